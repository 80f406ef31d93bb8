"""Events: clause-level CAMEO / PLOVER coding of Persian predicates.

`events_stage(doc)` sets `doc.events`. Verb patterns, topic refinements, the CAMEO code table and
the CAMEO→PLOVER map are data files in rasad/events/data/ (format: docs/events.md). The title is
never coded; each real-world act is kept once, from the body when the body states it (the lead
only otherwise).
"""
from __future__ import annotations

from ..document import Document, Event
from .clauses import Sent, analyzed, clause_start, previous_clause_subject, speech_subject, subject_in
from .coder import (Match, actor_code, adjective_subject, refusal_for, background, coordinated, find_agent, find_target, match_at,
                    refine)
from .mentions import Mention, is_country
from .patterns import plover_for
from .tokens import key

__all__ = ["events_stage", "code_document"]

DENIAL = {key("تکذیب")}
#: material cooperation or aid announced for the future is an intent to provide it
INTENT = {"060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314", "070": "033",
          "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "030"}
#: acts with no direction: the same act reported X→Y in the lead and Y→X in the body is one event
SYMMETRIC = {"040", "041", "044", "046", "057", "060", "061", "062"}
MATERIAL_ROOTS = {"06", "07", "15", "16", "17", "18", "19", "20"}
VISIT = key("سفر")


def part_of(doc: Document, pos: int) -> str:
    for name, s, e in doc.parts:
        if s <= pos < e:
            return name
    return "body"


def events_stage(doc: Document) -> Document:
    doc.events = code_document(doc)
    return doc


def code_document(doc: Document) -> list[Event]:
    ments, sents = analyzed(doc)
    state = {"last": None}  # last source mention, for zero subjects across sentences
    cands: list[tuple[int, Event, str | None]] = []
    home = _main_country(ments)
    for s in sents:
        part = part_of(doc, s.start)
        if part == "title":
            continue
        rank = 0 if part == "body" else 1
        for ev, src in code_sentence(s, state, home):
            cands.append((rank, ev, src.canonical if src is not None else None))
    return _dedup(cands)


def _main_country(ments: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for m in ments:
        if m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _dedup(cands: list[tuple[int, Event, str | None]]) -> list[Event]:
    """Each act once: body before lead, earlier first. Two events are the same act when they share
    (source person or code, root, target, negated) and their codes are equal, one is the root-level
    code ("020") or one refines the other ("021" / "0214"); the more specific code is kept."""
    kept: list[tuple[tuple, Event]] = []
    body: list[Event] = []
    for rank, ev, who in sorted(cands, key=lambda c: (c[0], c[1].start)):
        if rank == 0:
            body.append(ev)
        elif _in_body(ev, body):
            continue  # the lead restates an act the body states: the body's sentence is kept
        k = (who or ev.source, ev.root, ev.target, ev.negated)
        if ev.cameo[:3] in SYMMETRIC and ev.source and ev.target:
            k = (frozenset((ev.source[:3], ev.target[:3])), ev.root, None, ev.negated)
        for n, (k2, old) in enumerate(kept):
            if k2 == k and _same_act(old.cameo, ev.cameo):
                if len(ev.cameo) > len(old.cameo) and not old.cameo.startswith(ev.cameo):
                    kept[n] = (k, ev)
                break
        else:
            kept.append((k, ev))
    evs = [ev for _, ev in kept]
    visits = {(ev.source[:3], ev.target[:3]) for ev in evs if ev.cameo == "042" and ev.source and ev.target}
    # a meeting during a visit is the visit (042) only; the host's side (043) is not coded either
    evs = [ev for ev in evs if not (ev.cameo in ("040", "043", "046") and ev.source and ev.target and not ev.negated
                                    and ((ev.source[:3], ev.target[:3]) in visits
                                         or (ev.target[:3], ev.source[:3]) in visits))]
    named = {(ev.source, ev.root, ev.sentence, ev.negated) for ev in evs if ev.target}
    # "آن را «...» خواند و آن را محکوم کرد": one criticism; the clause with no target adds nothing
    evs = [ev for ev in evs if ev.target or ev.target_text or (ev.source, ev.root, ev.sentence, ev.negated) not in named]
    return sorted(evs, key=lambda e: e.start)


def _in_body(lead: Event, body: list[Event]) -> bool:
    """Is the lead's act stated in the body too? Same source country, root and negation, targets of
    the same country (or one unnamed), codes of one act ("190" / "195"). A body event that names no
    target takes the lead's ("... با همتای عراقی خود امضا کردند")."""
    for ev in body:
        if ev.root != lead.root or ev.negated != lead.negated or not _same_act(ev.cameo, lead.cameo):
            continue
        if (ev.source or "")[:3] != (lead.source or "")[:3]:
            continue
        if ev.target and lead.target and ev.target[:3] != lead.target[:3]:
            continue
        if ev.target is None and lead.target is not None:
            if ev.target_text:
                continue
            ev.target, ev.target_text = lead.target, lead.target_text
        if lead.cameo != ev.cameo and (len(ev.cameo) == 3 and ev.cameo.endswith("0") or lead.cameo.startswith(ev.cameo)):
            ev.cameo, ev.plover = lead.cameo, plover_for(lead.cameo)  # the lead's more specific code ("042")
        return True
    return False


def _same_act(a: str, b: str) -> bool:
    return a == b or a.endswith("0") and len(a) == 3 or b.endswith("0") and len(b) == 3 \
        or a.startswith(b) or b.startswith(a)


def code_sentence(s: Sent, state: dict, main_country: str | None) -> list[tuple[Event, Mention | None]]:
    out: list[tuple[Event, Mention | None]] = []
    sent_src: Mention | None = None
    taken: set[int] = set()
    for v in sorted(s.verbs):
        if v in taken:
            continue
        m = match_at(s, v)
        if m is None:
            continue
        taken.update(range(m.verb, m.vend + 1))
        evs = _events_for(s, m, state, sent_src, main_country)
        for ev, src in evs:
            out.append((ev, src))
            tm = _target_mention(s, ev)
            if ev.root in ("18", "19", "20") and tm is not None and src is not None:
                state["war"] = (src.country, tm)
            if src is not None and ev.root not in ("01", "02", "03", "04", "05"):
                state["act_src"] = src  # an act later sentences may call "این اقدام"
            if src is not None:
                sent_src = src
                state["last"] = src
    _visit_phrase(s, out, state, sent_src)
    _meeting_place(s, out)
    _phone_phrase(s, out, sent_src)
    _must_appeals(s, out, state)
    return out


def _events_for(s: Sent, m: Match, state: dict, sent_src: Mention | None,
                main_country: str | None) -> list[tuple[Event, Mention | None]]:
    p = m.pattern
    cs = clause_start(s, m.first)
    if background(s, cs, m.vend + 1) or (cs > s.body_from and s.toks[cs - 1].key == "که"
                                         and background(s, s.body_from, cs)):
        return []
    if _embedded_relative(s, cs, m):
        return []
    cs = _after_relative(s, cs, m)
    code, negated = p.cameo, m.negated
    if negated and p.neg:
        code, negated = p.neg, False
    elif negated and code and m.tense in ("future", "present"):
        ref = refusal_for(code)
        if ref:  # "مذاکره نخواهد کرد": a refusal (12x), not a negated act
            code, negated = ref, False
    if code is None:
        return []
    if not negated and ("denial" in p.flags or any(t.key in DENIAL for t in s.toks[cs:m.first])
                        or _complement_of_denial(s, cs)):
        negated = True
    if "norefine" not in p.flags:
        subj0 = subject_in(s, cs, m.first)
        lo = s.span[id(subj0)][1] + 1 if subj0 is not None and id(subj0) in s.span else cs
        code = refine(code, s, lo)  # after the subject: "کمیسیون حقوق بشر" is not the topic
    if code.startswith("112") and _subject_role(s, cs, m.first) == "JUD":
        code = "173"  # a prosecutor "accuses": charges with legal action
    if m.tense == "future" and not negated and code[:2] in ("06", "07"):
        code = INTENT.get(code, "030")  # "۲۰۰ میلیون یورو اختصاص خواهد داد": a pledge (03x)
    root = code[:2]
    subj = subject_in(s, cs, m.first)
    sources: list[Mention | None]
    src_code: str | None = None
    targets: list[tuple[Mention | None, str | None]]
    if "passive" in p.flags:
        agent = find_agent(s, cs, m.vend + 1)
        tgt = subj if "subj" in p.targets else None
        if tgt is not None and agent is not None and tgt.start <= agent.start < tgt.end + 1:
            tgt = None
        if tgt is agent:
            tgt = None
        if tgt is None:
            t2, txt = find_target(s, m, cs, None)
            tgt = t2
        targets = [(tgt, tgt.text if tgt else None)]
        if tgt is None and root in ("18", "19", "20"):
            loc = _location(s, cs, m.first)
            if loc is not None:
                targets = [(loc, loc.text)]
        if agent is None and p.source not in ("subj", "-", ""):
            spk = speech_subject(s, cs)  # "پلیس اعلام کرد که ... بازداشت شدند": the police itself
            if spk is not None and spk.code and spk.code.endswith(p.source):
                agent = spk
        sources = [agent]
        if agent is None and p.source not in ("subj", "-", ""):
            country = _sentence_country(s) or (tgt.country if tgt else None) or main_country
            src_code = country + p.source if country else None
    else:
        dyad, dyad_at = _dyad(s, cs, m.first, state)
        dyad_targets = None
        if dyad is not None:
            if subj is None or s.span[id(subj)][0] > dyad_at:
                if dyad_at > 0 and s.toks[dyad_at - 1].key in DYAD_OBJ:
                    dyad_targets = [dyad[0], dyad[1]]  # "از همکاری دو طرف قدردانی کرد"
                else:
                    subj = dyad[0]
            else:
                dyad_targets = [dyad[0], dyad[1]]
        if _first_person(s, cs, m.first, subj):
            subj = speech_subject(s, cs) or _quote_speaker(s, cs) or subj  # «ما ...» / «من ...»: the speaker
        if subj is None:
            subj = (previous_clause_subject(s, cs) or adjective_subject(s, cs, m.first)
                    or speech_subject(s, cs) or _relative_head(s, cs) or sent_src)
            if subj is None and root not in ("15", "17", "18", "19", "20"):
                subj = state["last"]  # zero subject: the previous sentence's actor (not for force)
            if subj is None and root == "14" and main_country:
                subj = Mention("", 0, 0, main_country + "CVL", None, main_country, False, "CVL")
            others = []
        else:
            others = coordinated(s, subj) if subj in s.ments else []
        if "person" in p.flags and (subj is None or not subj.person):
            return []
        anaphor = state.get("act_src")
        if anaphor is not None and subj is not None and anaphor.code == subj.code:
            anaphor = None
        t, txt = find_target(s, m, cs, subj, material=root in MATERIAL_ROOTS, exclude=tuple(others),
                             anaphor=anaphor)
        if t is None and txt is None and dyad_targets is None and dyad is not None and dyad[1] is not None:
            t, txt = dyad[1], dyad[1].text
        mutual = any(tk.key == "یکدیگر" for tk in s.toks[cs:m.verb])
        if dyad_targets is not None and t is None:
            sources, targets = [subj], [(d, d.text) for d in dyad_targets if d is not subj]
        elif t is None and txt is None and ("sym" in p.flags or mutual) and others:
            sources, targets = [subj], [(o, o.text) for o in others]
        else:
            sources = [subj] + ([] if "sym" in p.flags else others)
            targets = [(t, txt)] + ([(o, o.text) for o in coordinated(s, t)] if t is not None and t in s.ments else [])
        if "needtarget" in p.flags and t is None and txt is None:
            alt = next((f[4:] for f in p.flags if f.startswith("else")), None)
            if alt is None:
                return []
            code, root = alt, alt[:2]  # "موشک شلیک کرد" with no target: a test (150)
    if root in ("18", "19", "20") and all(t is None for t, _ in targets) and len(sources) == 1 \
            and sources[0] is not None:
        fb = _place_target(s, cs, m.first, sources[0]) or _material_target(state, sources[0])  # the place the article's fighting is about
        if fb is not None:
            targets = [(fb, fb.text)]
    if all(t is None and x is None for t, x in targets) and len(sources) == 1 and sources[0] is not None:
        dom = _domestic_target(s, m, cs, code, sources[0])
        if dom is not None:
            targets = [(dom, None)]
    if code[:3] in PEOPLE_CODES:
        targets = [(_people_target(s, cs, m.first, t), x) for t, x in targets]
    if code == "045" and len(targets) == 2 and all(t is not None for t, _ in targets):
        state["dyad"] = (targets[0][0], targets[1][0])  # "میان X و Y": later "دو طرف" are X and Y
        state["dyad04"] = True
    out = []
    start, end = s.toks[m.first].start, s.toks[m.vend].end
    sentence = s.text[s.start:s.end]
    for src in sources:
        scode = src_code if src is None else actor_code(src, root, code, target=False)
        for tgt, ttxt in targets:
            if src is not None and tgt is not None and code != "045" and (root == "04" or not state.get("dyad04")):
                state["dyad"] = (src, tgt)
                state["dyad04"] = state.get("dyad04") or root == "04"
            tcode = actor_code(tgt, root, code, target=True)
            if tcode is not None and tcode == scode:
                tcode, ttxt = None, None
            if scode is None and tcode is None and ttxt is None:
                continue  # no actor on either side: nothing a user can count
            ev = Event(source=scode, source_text=src.text if src is not None and src.text else None,
                       target=tcode, target_text=ttxt, cameo=code, root=root, plover=plover_for(code),
                       negated=negated, sentence=sentence, start=start, end=end)
            out.append((ev, src))
    return out


PARTIES = [tuple(key(w) for w in p.split()) for p in ("دو طرف", "طرفین", "دو کشور", "دو وزیر", "دو رهبر",
                                                    "دو رئیس‌جمهور", "دو مقام")]


_PARTY_FIRST = {p[0] for p in PARTIES}
DYAD_OBJ = {key(w) for w in ("همکاری", "روابط", "میان", "بین", "از", "با", "به", "تلاش", "اقدام")}


def _dyad(s: Sent, lo: int, hi: int, state: dict) -> tuple[tuple[Mention, Mention | None] | None, int]:
    """"دو طرف/طرفین ... امضا کردند": the two parties of the last dyadic event, and where the phrase is."""
    if state.get("dyad") is None:
        return None, -1
    for i in range(max(lo, s.body_from, hi - 60), hi):
        if s.toks[i].key in _PARTY_FIRST:
            for p in PARTIES:
                if tuple(t.key for t in s.toks[i:i + len(p)]) == p:
                    return state["dyad"], i
    return None, -1


def _relative_head(s: Sent, cs: int) -> Mention | None:
    """Subject of a relative clause "X که ... شد": the actor right before "که"."""
    if cs <= s.body_from or s.toks[cs - 1].key != "که":
        return None
    for j in range(cs - 2, max(s.body_from, cs - 8) - 1, -1):
        m = s.last.get(j)
        if m is not None:
            return m
        if s.toks[j].key in ("،", ",", ".", ":", "«", "»"):
            break
    return None


FIRST_PERSON = {key(w) for w in ("ما", "من", "کشورم", "کشورمان", "دولتم", "دولتمان")}


def _complement_of_denial(s: Sent, cs: int) -> bool:
    """"X تکذیب کرد که ...": the clause after a denial states the denied act."""
    if cs < 2 or s.toks[cs - 1].key != "که":
        return False
    return any(t.key in DENIAL for t in s.toks[max(s.body_from, cs - 4):cs - 1])


def _quote_speaker(s: Sent, i: int) -> Mention | None:
    """Inside «...», the speaker who introduced the quote."""
    for j in range(i - 1, max(s.body_from, i - 80) - 1, -1):
        k = s.toks[j].key
        if k == "»":
            return None
        if k == "«":
            return speech_subject(s, j + 1)
    return None


def _first_person(s: Sent, cs: int, hi: int, subj: Mention | None) -> bool:
    """Does the clause open with "ما"/"من" (before any subject mention)?"""
    end = s.span[id(subj)][0] if subj is not None and id(subj) in s.span else hi
    return any(s.toks[i].key in FIRST_PERSON for i in range(max(cs, s.body_from), min(end, cs + 3)))


def _subject_role(s: Sent, lo: int, hi: int) -> str | None:
    m = subject_in(s, lo, hi)
    return m.code[3:6] if m is not None and m.code and len(m.code) >= 6 else None


def _embedded_relative(s: Sent, cs: int, m: Match) -> bool:
    """A relative clause describing a noun ("تجمع معترضانی را که ... تجمع کرده بودند متفرق کرد"):
    its verb opens onto the main clause's verb (no comma, no "و" between), so it is a description,
    not the story's act; the main verb is coded instead."""
    if cs < 2 or s.toks[cs - 1].key != "که" or s.toks[cs - 2].key in SPEECH_BEFORE_KE:
        return False
    for j in range(m.vend + 1, min(m.vend + 4, len(s.toks))):
        if s.toks[j].key in STOPS_REL:
            return False
        if j in s.verbs:
            return True
    return False


def _after_relative(s: Sent, cs: int, m: Match) -> int:
    """The main clause's start when an embedded relative clause ends just before its predicate:
    "... معترضانی را که ... کرده بودند متفرق کرد" → the clause opens before "که"."""
    if cs < 2 or s.toks[cs - 1].key != "که" or s.toks[cs - 2].key in SPEECH_BEFORE_KE:
        return cs
    for j in range(m.first - 1, max(cs, m.first - 4) - 1, -1):
        if j in s.verbs or (j - 1 in s.verbs and s.verbs[j - 1].ntok > 1):
            return clause_start(s, cs - 1)
        if s.toks[j].key in STOPS_REL:
            break
    return cs


STOPS_REL = {key(w) for w in ("و", "،", ",", ".", ":", "؛", "«", "»", "که")}


#: "گفت که"، "اعلام کرد که": the clause after is reported speech, never a relative clause
SPEECH_BEFORE_KE = {key(w) for w in ("گفت", "افزود", "کرد", "شد", "داد", "است", "بود", "کردند", "داشت",
                                     "گفتند", "نوشت", "خواست", "خواستند")}


def _domestic_target(s: Sent, m: Match, cs: int, code: str, src: Mention) -> Mention | None:
    """Domestic acts with an unnamed target: protests address the country's government; arrests,
    sentences and repression fall on its civilians ("دادگاه ... رضا محمدی را محکوم کرد" → IRNCVL)."""
    country = src.country or (src.code[:3] if src.code and len(src.code) >= 3 else None)
    if not country or not is_country(country):
        return None
    if code[:3] == "141":
        return Mention("", 0, 0, country + "GOV", None, country, False, "GOV")
    has_object = any(s.toks[k].key in ("را", "آنها", "آن‌ها") for k in range(cs, m.verb)) \
        or any(s.toks[k].key in ("آنها", "آن‌ها") for k in range(cs, m.verb))
    if has_object and (code[:3] in ("173", "175", "116", "174", "182") or code[:4] in ("1822",)):
        role = "OPP" if any(s.toks[k].key in PROTESTERS for k in range(cs, m.verb)) else "CVL"
        return Mention("", 0, 0, country + role, None, country, False, role)
    return None


#: objects that make the people acted on protesters (OPP), not plain civilians (CVL)
PROTESTERS = {key(w) for w in ("معترض", "معترضان", "معترضانی", "معترضین", "تظاهرکنندگان", "تظاهرکننده",
                               "تجمع‌کنندگان", "تجمع‌کننده", "معترضی", "تجمع", "تظاهرات", "اعتراض", "اعتراضات",
                               "راهپیمایان", "مخالفان", "اعتصاب‌کنندگان")}


#: acts on people (arrests, expulsions, sentences, repression): a country named with the people
#: is their nationality, not their government ("دو شهروند ترکیه را بازداشت کرد" → TURCVL)
PEOPLE_CODES = {"173", "174", "175", "116", "172", "181", "182"}
PEOPLE = {key(w) for w in ("شهروند", "شهروندان", "شهروندانی", "تبعه", "اتباع", "نفر", "تن", "زن", "مرد",
                           "زنان", "مردان", "دانشجو", "دانشجویان", "روزنامه‌نگار", "روزنامه‌نگاران",
                           "فعال", "فعالان", "مهاجر", "مهاجران", "مهاجرین", "پناهجو", "پناهجویان", "کارگر",
                           "کارگران", "گردشگر", "گردشگران", "ملوان", "ملوانان", "ماهیگیر", "ماهیگیران")}


def _people_target(s: Sent, cs: int, hi: int, t: Mention | None) -> Mention | None:
    """A bare country or its government named after a people noun in the object NP is the people:
    CVL, or OPP when they are protesters."""
    if t is None or not t.code or not is_country(t.code[:3]) or len(t.code) not in (3, 6) \
            or (len(t.code) == 6 and not t.code.endswith("GOV")) or id(t) not in s.span:
        return t
    a = s.span[id(t)][0]
    before = [s.toks[k].key for k in range(max(cs, a - 3), a)]
    if any(k in PROTESTERS for k in before):
        role = "OPP"
    elif any(k in PEOPLE for k in before):
        role = "CVL"
    else:
        return t
    return Mention(t.text, t.start, t.end, t.code[:3] + role, None, t.code[:3], False, role)


def _place_target(s: Sent, cs: int, hi: int, src: Mention) -> Mention | None:
    """An attack that names no target but its place ("در خوست حمله هوایی انجام داد", "به چند
    روستا در خوست حمله کرد"): the place's country, when it is not the attacker's own."""
    for k in range(max(cs, s.body_from), hi):
        if s.toks[k].key not in ("در", "به"):
            continue
        for j in range(k + 1, min(k + 5, hi)):
            t = s.first.get(j)
            if t is not None and t.code and len(t.code) == 3 and is_country(t.code) \
                    and t.country != src.country:
                return t
            if s.toks[j].key in ("،", ",", "و") or j in s.verbs:
                break
    return None


def _target_mention(s: Sent, ev: Event) -> Mention | None:
    for mm in s.ments:
        if mm.text == ev.target_text and mm.code:
            return mm
    return None


def _material_target(state: dict, src: Mention) -> Mention | None:
    """For an attack that names no target: the target of the article's previous attack by the same
    side ("... آتش‌بس را نقض کرد" after "... به جنوب لبنان حمله کرد")."""
    war = state.get("war")
    if war and war[0] == src.country and war[1].country != src.country:
        return war[1]
    return None


def _location(s: Sent, lo: int, hi: int) -> Mention | None:
    for i in range(lo + 1, hi):
        if s.toks[i - 1].key in ("در", "به") and i in s.first:
            return s.first[i]
    return None


def _sentence_country(s: Sent) -> str | None:
    for m in s.ments:
        if m.country and is_country(m.country):
            return m.country
    return None


MUST = key("باید")


def _must_appeals(s: Sent, pairs: list, state: dict) -> None:
    """"X تأکید کرد که کشورهای اسلامی باید ..." / «جامعه جهانی باید ...»: the speaker appeals to
    the addressee named right before "باید" (an actor or a generic addressee)."""
    from .coder import _generic
    for i, t in enumerate(s.toks):
        if t.key != MUST or i < 2:
            continue
        cs = clause_start(s, i)
        opener = s.toks[cs - 1].key if cs > s.body_from else ""
        if opener not in ("که", "«", ":"):
            continue
        speaker = speech_subject(s, cs)
        if speaker is None or any(s.toks[k].key in FIRST_PERSON for k in range(cs, i)):
            continue
        tgt, ttxt = None, None
        for j in range(i - 1, max(cs, i - 4) - 1, -1):
            mm = s.last.get(j)
            if mm is not None:
                tgt, ttxt = mm, mm.text
                break
        if tgt is None:
            ttxt = _generic(s, max(cs, i - 4), i)
            if ttxt is None:
                continue
        code = refine("020", s, cs)
        scode = actor_code(speaker, "02", code, target=False)
        tcode = actor_code(tgt, "02", code, target=True) if tgt is not None else None
        if scode is None or scode == tcode:
            continue
        pairs.append((Event(scode, speaker.text or None, tcode, ttxt, code, code[:2], plover_for(code), False,
                            s.text[s.start:s.end], s.toks[cs].start, t.end), speaker))


PHONE = (key("تماس"), key("تلفنی"), key("با"))


def _phone_phrase(s: Sent, pairs: list, sent_src: Mention | None) -> None:
    """"X در تماس تلفنی با Y، ... تسلیت گفت": the call itself is 041 X → Y."""
    if any(ev.root == "04" for ev, _ in pairs):
        return
    for i in range(len(s.toks) - 3):
        if tuple(t.key for t in s.toks[i:i + 3]) == PHONE and (i + 3) in s.first:
            other = s.first[i + 3]
            caller = subject_in(s, s.body_from, i) or sent_src
            if caller is None or other.code is None:
                return
            scode = actor_code(caller, "04", "041", target=False)
            tcode = actor_code(other, "04", "041", target=True)
            if scode and tcode and scode != tcode:
                pairs.append((Event(scode, caller.text or None, tcode, other.text, "041", "04", plover_for("041"),
                                    False, s.text[s.start:s.end], s.toks[i].start, other.end), caller))
            return


def _meeting_place(s: Sent, pairs: list[tuple[Event, Mention | None]]) -> None:
    """"X در پاریس با مکرون دیدار کرد": a foreign official meeting in the host's country is a visit
    (042, visitor → host government)."""
    for ev, src in pairs:
        if ev.root != "04" or ev.cameo == "042" or src is None or not src.country:
            continue
        for i in range(len(s.toks) - 1):
            if s.toks[i].key == "در" and (i + 1) in s.first and s.toks[i].end <= ev.start:
                place = s.first[i + 1]
                if place.country and place.country != src.country and is_country(place.country) \
                        and (place.code or "").startswith(place.country) and len(place.code or "") <= 6:
                    if ev.target is None or not ev.target.startswith(place.country):
                        ev.target, ev.target_text = place.country + "GOV", place.text
                    ev.cameo, ev.plover = "042", plover_for("042")
                    break


def _visit_phrase(s: Sent, pairs: list[tuple[Event, Mention | None]], state: dict,
                  sent_src: Mention | None) -> None:
    """"در سفر به X": the visitor's meeting becomes 042, or a 042 is added when nothing else codes it."""
    for i, t in enumerate(s.toks):
        if t.key not in (VISIT, VISIT + "ی"):
            continue
        host = None
        for j in range(i + 1, min(i + 4, len(s.toks) - 1)):
            if s.toks[j].key == "به" and (j + 1) in s.first:
                host = s.first[j + 1]
                break
        if host is None or not host.country:
            return
        visitor = subject_in(s, s.body_from, i) or sent_src
        if visitor is None or visitor.country == host.country:
            return
        vcode = actor_code(visitor, "04", "042", target=False)
        hcode = host.country + "GOV"
        out = [ev for ev, _ in pairs]
        for ev in out:
            if ev.root in ("04",) and ev.source == vcode:
                ev.cameo, ev.root, ev.plover = "042", "04", plover_for("042")
                if ev.target is None or not ev.target.startswith(host.country):
                    ev.target, ev.target_text = hcode, host.text
                return
        if not any(ev.cameo == "042" for ev in out):
            pairs.append((Event(vcode, visitor.text, hcode, host.text, "042", "04", plover_for("042"), False,
                                s.text[s.start:s.end], t.start, host.end), visitor))
        return
