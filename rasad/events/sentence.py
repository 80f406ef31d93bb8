"""One sentence → events: for each verb a pattern matches, the code (refusals, pledges, topic
refinement), the source (subject, speaker, agent of a passive) and the target(s) its frame names,
then the fallbacks for a missing target (fill.py), then the acts stated by phrases (phrases.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Event
from .actors import (MEDIATION, actor_code, adjective_subject, coordinated, e3_members, find_agent, gazetteer_actor,
                     mediation_phrase, other_countries, same_actor)
from .anaphora import default_author, remember, seen, snapshot
from .clauses import Sent, clause_start, speech_subject, subject_in
from .coder import Match, _stem, elided_passive, match_at, refine, refusal_for
from .context import (DENIAL, DYAD_OBJ, after_relative, article_order, between_pair, complement_of_denial,
                      embedded_relative, find_dyad, first_person, host_side, quote_speaker, relative_head,
                      subject_role, unknown_agent)
from .dates import background
from .fallbacks import PEOPLE_CODES, attack_location, people_of, people_target, sentence_country, shared_targets, \
    target_mention
from .fill import fill_targets
from .mentions import Mention
from .patterns import FORCE_ROOTS, VERBAL_COOP, plover_for
from .phrases import (IF, MUST, PHONE, VISIT, conditional_threats, meeting_place, must_appeals, phone_phrase,
                      visit_phrase)
from .subjects import (after_setting, clause_subject, comma_clause_subject, conflict_parties, coordinated_dyad,
                       crowd, event_owner, keep_state_pair, outer_adjective, passive_subject, people_in,
                       sentence_pair, shared_subject, speaker_role, states_for)
from .targets import THIS, find_target, inner_pair
from .tokens import key


#: material cooperation or aid announced for the future is an intent to provide it
INTENT = {"060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314", "070": "033",
          "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "030"}


#: cooperative verbal roots: "ملت X"/"مردم X" as their addressee is X's government
NATION_WORDS = {"ملت", "مردم"}
#: armed roles: their threats are threats of force (138)
ARMED = {"MIL", "REB", "INS", "SEP", "UAF"}
MATERIAL_ROOTS = {"06", "07", "15", "16", "17", "18", "19", "20"}


def code_sentence(s: Sent, state: dict, main_country: str | None) -> list[tuple[Event, Mention | None]]:
    out: list[tuple[Event, Mention | None]] = []
    sent_src: Mention | None = None
    snapshot(state)  # "این اقدام" refers to an act of an earlier sentence
    state["home"] = main_country
    taken: set[int] = set()
    for v in sorted(set(s.verbs) | _elided(s)):
        if v in taken:
            continue
        m = match_at(s, v) if v in s.verbs else elided_passive(s, v)
        if m is None:
            continue
        taken.update(range(m.verb, m.vend + 1))
        evs = _events_for(s, m, state, sent_src, main_country)
        for ev, src in evs:
            out.append((ev, src))
            tm = target_mention(s, ev)
            if ev.root in FORCE_ROOTS and tm is not None and src is not None:
                state["war"] = (src, tm)
                if tm.country and tm.country != src.country:
                    state.setdefault("attackers", {})[tm.country] = src  # who attacks whom, for threats
            remember(state, ev.root, src if src is not None else default_author(ev), ev.target,
                     s.text[ev.start:ev.end], ev.sentence, ev.cameo)
            if src is not None:
                sent_src = src
                state["last"] = src
    seen(state, s.ments)
    out = shared_targets(s, out)
    keys = _keyset(s)  # each phrase rule needs its cue word: skip the scan when the sentence lacks it
    if VISIT in keys or VISIT + "ی" in keys:
        visit_phrase(s, out, state, sent_src)
    meeting_place(s, out)
    out = host_side(s, out, target_mention)
    if not MEDIATION.isdisjoint(keys):
        mediation_phrase(s, out, state.get("dyad"))
    if PHONE[0] in keys:
        phone_phrase(s, out, sent_src)
    if IF in keys:
        conditional_threats(s, out)
    if MUST in keys:
        must_appeals(s, out, state)
    return out


def _keyset(s: Sent) -> frozenset:
    """The sentence's token keys, computed once (match_at's pattern prefilter shares it)."""
    if s.keyset is None:
        s.keyset = frozenset(tok.key for tok in s.toks)
    return s.keyset


def _elided(s: Sent) -> set[int]:
    """Light-verb nouns that may share a later verb ("بازداشت و ... تحویل داده شدند")."""
    if ELIDABLE.isdisjoint(_keyset(s)):
        return set()
    return {i for i in range(len(s.toks) - 1) if s.keys[i + 1] == "و" and s.keys[i] in ELIDABLE}


ELIDABLE = {key(w) for w in ("بازداشت", "دستگیر", "اخراج", "ربوده", "کشته", "ترور", "محکوم", "توقیف",
                             "تصرف", "اشغال", "محاصره", "بمباران", "تخریب", "سرکوب", "متفرق", "آزاد", "احضار")}


THAT = key("که")
#: "این حملات"، "این حمله"، "این عملیات": a demonstrative naming a use of force already reported
FORCE_NOUNS = {_stem(key(w)) for w in ("حمله", "حملات", "حمله‌ها", "عملیات", "بمباران", "بمباران‌ها",
                                       "تجاوز", "تجاوزات", "یورش")}


def _restated_force(s: Sent, i: int) -> bool:
    """The clause at token i opens with "این/آن" + a force noun: it restates attacks, not a new act."""
    return (i + 1 < len(s.toks) and s.keys[i] in THIS
            and _stem(s.keys[i + 1]) in FORCE_NOUNS)


@dataclass(slots=True)
class Args:
    """Sources and targets of one act (a None source with `src_code`: the pattern's default role)."""
    code: str
    sources: list
    targets: list
    src_code: str | None = None


def _events_for(s: Sent, m: Match, state: dict, sent_src: Mention | None,
                main_country: str | None) -> list[tuple[Event, Mention | None]]:
    cs = clause_start(s, m.first)
    if background(s, cs, m.vend + 1, m.tense) or (cs > s.body_from and s.keys[cs - 1] == "که"
                                         and background(s, s.body_from, cs)):
        return []
    if embedded_relative(s, cs, m):
        return []
    cs = after_relative(s, cs, m)
    coded = _code_of(s, m, cs)
    if coded is None:
        return []
    code, negated = coded
    if code[:2] in FORCE_ROOTS and _restated_force(s, cs):
        return []  # "... مدعی شد که این حملات تأسیسات نظامی را هدف گرفته‌اند": attacks already coded
    if (code.startswith("112") and m.vend + 2 < len(s.toks) and s.keys[m.vend + 1] == THAT
            and _restated_force(s, m.vend + 2)):
        return []  # an attacker's claim about what its attacks hit justifies them: no accusation
    if "passive" in m.pattern.flags:
        args = _passive_args(s, m, cs, code, main_country, state)
    else:
        args = _active_args(s, m, cs, code, state, sent_src, main_country)
        if args is None:
            return []
    fill_targets(s, m, cs, args, state)
    return _emit(s, m, args, negated, state)


def _code_of(s: Sent, m: Match, cs: int) -> tuple[str, bool] | None:
    """The clause's CAMEO code and negation: refusals for negated future acts, denials, topic
    refinement, prosecutors' charges, pledges of future material acts."""
    p = m.pattern
    code, negated = p.cameo, m.negated
    if negated and p.neg:
        code, negated = p.neg, False
    elif negated and code and m.tense in ("future", "present"):
        ref = refusal_for(code)
        if ref:  # "مذاکره نخواهد کرد": a refusal (12x), not a negated act
            code, negated = ref, False
    if code is None or (negated and code.startswith("02") and m.tense in ("copula", "present")):
        return None  # "کابل خواهان جنگ نیست": not wanting something is no appeal
    if not negated and ("denial" in p.flags or not DENIAL.isdisjoint(s.keys[cs:m.first])
                        or complement_of_denial(s, cs)):
        negated = True
    if "norefine" not in p.flags:
        subj0 = subject_in(s, cs, m.first)
        lo = s.span[id(subj0)][1] + 1 if subj0 is not None and id(subj0) in s.span else cs
        # after the subject ("کمیسیون حقوق بشر" is not a topic) and the setting ("در این گفت‌وگو
        # آمادگی ... را برای میانجیگری اعلام کرد" is about mediation, not talks)
        code = refine(code, s, after_setting(s, lo, m.first))
    if code.startswith("02") and not PRESSURE.isdisjoint(s.keys[m.first:min(len(s.toks), m.vend + 30)]):
        code = "022"  # "از X خواست که Y را ... تحت فشار قرار دهد": an appeal for diplomatic cooperation
    if code.startswith("112") and (subject_role(s, cs, m.first) or speaker_role(s, cs)) == "JUD":
        code = "173"  # a prosecutor "accuses": charges with legal action
    if m.tense == "future" and not negated and code[:2] in ("06", "07"):
        code = INTENT.get(code, "030")  # "۲۰۰ میلیون یورو اختصاص خواهد داد": a pledge (03x)
    if m.tense == "future" and not negated and code in ("040", "041", "042", "043", "044", "046"):
        code = "036"  # "گفت‌وگو خواهند کرد": a meeting announced is an intent to meet
    if m.tense == "future" and not negated and code[:2] in FORCE_ROOTS:
        code = "138"  # "هر کشتی ... را هدف قرار خواهیم داد": force announced is a threat of force
    return code, negated


PRESSURE = {key(w) for w in ("فشار", "وادار")}
#: "از تلاش‌های دو طرف قدردانی کرد": "دو طرف" in the genitive of a prepositional object is acted on
DYAD_PREPS = {key(w) for w in ("از", "با", "به", "علیه", "برای", "میان", "بین")}


def _passive_args(s: Sent, m: Match, cs: int, code: str, main_country: str | None, state: dict) -> Args:
    """"X بازداشت شد": the surface subject is the target; the agent ("توسط Y"، "از سوی Y") or the
    pattern's default role in the sentence's country is the source."""
    p, root = m.pattern, code[:2]
    subj = passive_subject(s, subject_in(s, cs, m.first), m.first)
    if p.source == "dyad":  # "توافق‌نامه ... در این نشست امضا نشد": between the meeting's two parties
        pair = between_pair(s, m.verb) or sentence_pair(s, m.first) or article_order(state.get("dyad"), state)
        return Args(code, [pair[0] if pair else None], [(pair[1], pair[1].text) if pair and pair[1] else (None, None)])
    if p.source == "speaker":  # "X گفت که Y مسئول ... است": X holds Y responsible
        spk = speech_subject(s, cs)
        if spk is None or subj is None or spk is subj:
            return Args(code, [None], [(None, None)])
        return Args(code, [spk], [(subj, subj.text)])
    agent = find_agent(s, cs, m.vend + 1)
    if agent is None and subj is not None and root in FORCE_ROOTS and _relative_subject(s, subj):
        agent, subj = subj, None  # "بمبی که گروه X کار گذاشته بود ... منفجر شد": X planted it
    tgt = subj if "subj" in p.targets else None
    if tgt is not None and agent is not None and tgt.start <= agent.start < tgt.end + 1:
        tgt = None
    if tgt is agent:
        tgt = None
    if tgt is None:
        tgt, _ = find_target(s, m, cs, None)
    if tgt is None and root in MATERIAL_ROOTS and "subj" in p.targets:
        gz = gazetteer_actor(s, max(cs, s.body_from), m.first)  # "یک کشتی تجاری یونانی ... هدف حمله قرار گرفت"
        if gz is not None and not (agent is not None and gz.country == agent.country):
            tgt = gz
    targets = [(tgt, tgt.text if tgt else None)]
    if tgt is None and root in FORCE_ROOTS:
        loc = attack_location(s, cs, m.first)
        if loc is not None:
            targets = [(loc, loc.text)]
    if agent is None and p.source not in ("subj", "-", ""):
        spk = speech_subject(s, cs)  # "پلیس اعلام کرد که ... بازداشت شدند": the police itself
        if spk is not None and spk.code and spk.code.endswith(p.source):
            agent = spk
    src_code = None
    if p.source not in ("subj", "-", "") and tgt is None and code[:3] in PEOPLE_CODES:
        crowd = people_in(s, cs, m.vend + 1)  # "۴۷ نفر ... بازداشت شده‌اند": people of the sentence's country
        country = (agent.country if agent is not None else None) or sentence_country(s) or main_country
        if crowd and country:
            targets = [(Mention("", 0, 0, country + crowd, None, country, False, crowd), None)]
    if agent is None and p.source not in ("subj", "-", ""):
        people = people_target(s, cs, m.first, tgt) if code[:3] in PEOPLE_CODES else tgt
        victims = people.country if people is not None and (people.code or "")[3:6] in ("CVL", "OPP", "REF", "MED") \
            else None
        country = sentence_country(s, victims) or main_country or (tgt.country if tgt else None)
        src_code = country + p.source if country else None
    return Args(code, [agent], targets, src_code)


def _relative_subject(s: Sent, m: Mention) -> bool:
    """The mention opens a relative clause on the passive's head noun ("بمبی که X ... کار گذاشته بود"):
    it is the clause's subject, the author of the thing, not the passive's surface subject."""
    if id(m) not in s.span:
        return False
    a = s.span[id(m)][0]
    k = a - 1
    if k >= s.body_from and s.keys[k] in ("گروه", "گروهک"):
        k -= 1
    return k - 1 >= s.body_from and s.keys[k] == "که" and s.keys[k - 1] not in ("،", ",")


def _active_args(s: Sent, m: Match, cs: int, code: str, state: dict, sent_src: Mention | None,
                 main_country: str | None) -> Args | None:
    """Subject (or "دو طرف", the speaker, the previous subject) and the frame's target; compound
    subjects and objects give one event per party (symmetric acts: first-named → the others)."""
    p, root = m.pattern, code[:2]
    subj = clause_subject(s, cs, m.first)
    dyad, dyad_at = find_dyad(s, cs, m.verb, state)
    if dyad is None and subj is None:
        dyad, dyad_at = coordinated_dyad(s, cs, state)
    dyad = states_for(s, dyad, dyad_at, state)
    dyad_targets = None
    if dyad is not None and dyad[1] is not None and subj is None:
        spk = speech_subject(s, cs)  # "گروسی گفت که دو طرف توافق کرده‌اند": the speaker's side first
        if spk is not None and (spk.code or "")[3:6] != "MED" and (same_actor(spk, dyad[1]) or (spk.country and spk.country == dyad[1].country)) \
                and not same_actor(spk, dyad[0]):
            dyad = (dyad[1], dyad[0])
    if dyad is not None and subj is not None and id(subj) in s.span and s.span[id(subj)][1] + 1 == dyad_at:
        subj = None  # "هیئت‌های دو طرف ... دیدار کردند": the two parties' delegations are the parties
    if dyad is not None:
        if subj is None or s.span[id(subj)][0] > dyad_at:
            if dyad_at > 0 and s.keys[dyad_at - 1] in DYAD_OBJ or (dyad_at - 2 >= cs
                                                                        and s.keys[dyad_at - 2] in DYAD_PREPS):
                dyad_targets = [dyad[0], dyad[1]]  # "از همکاری دو طرف قدردانی کرد"
            else:
                subj = dyad[0]
        else:
            dyad_targets = [dyad[0], dyad[1]]
    if first_person(s, cs, m.first, subj):
        subj = speech_subject(s, cs) or quote_speaker(s, cs) or subj  # «ما ...» / «من ...»: the speaker
    if subj is None and unknown_agent(s, cs, m.first) is not None:
        others = []  # "افراد مسلح ناشناس ... آتش گشودند": the act has no known source
    elif subj is None:
        shared = shared_subject(s, cs)
        subj = (shared or adjective_subject(s, cs, m.first) or event_owner(s, cs, m.verb)
                or comma_clause_subject(s, cs)
                or speech_subject(s, cs) or relative_head(s, cs) or outer_adjective(s, cs) or sent_src)
        if subj is None and root == "14":
            subj = crowd(s, cs, m.first, main_country)  # "صدها نفر در برلین تظاهرات کردند"
        if subj is None and root not in ("15", "17", "18", "19", "20"):
            subj = state["last"]  # zero subject: the previous sentence's actor (not for force)
        # "X و Y ... را نقض ... دانستند و آن را محکوم کردند": the shared compound subject, all of it
        others = coordinated(s, subj) if shared is not None and subj is shared and id(subj) in s.span else []
    else:
        others = coordinated(s, subj) if id(subj) in s.span else []
    if "person" in p.flags and (subj is None or not subj.person):
        return None
    anaphor = state.get("anaphor")
    t, txt = find_target(s, m, cs, subj, material=root in MATERIAL_ROOTS, exclude=tuple(others),
                         anaphor=anaphor)
    if t is None and txt is not None and dyad_targets is None and root in VERBAL_COOP | {"10", "11", "12", "13"}:
        dyad_targets = conflict_parties(s, cs, m.verb, state)  # "از طرف‌های درگیر خواست": each side
    if t is None and txt is None and dyad_targets is None and dyad is not None and dyad[1] is not None:
        t, txt = dyad[1], dyad[1].text
    mutual = "یکدیگر" in s.keys[cs:m.verb]
    if dyad_targets is not None and t is None:
        sources, targets = [subj], [(d, d.text) for d in dyad_targets if d is not subj
                                    and not (subj is not None and d.country and d.country == subj.country)]
    elif t is None and txt is None and ("sym" in p.flags or mutual or root == "04") and others:
        sources, targets = [subj], [(o, o.text) for o in others]
    else:
        sources = [subj] + ([] if "sym" in p.flags else others)
        targets = [(t, txt)] + ([(o, o.text) for o in coordinated(s, t) if not people_of(o, t)]
                                if t is not None and id(t) in s.span else
                                [(o, o.text) for o in other_countries(t)] if t is not None else [])
    if "needtarget" in p.flags and all(x is None and y is None for x, y in targets):
        alt = next((f[4:] for f in p.flags if f.startswith("else")), None)
        if alt is None:
            return None
        code = alt  # "موشک شلیک کرد" with no target: a test (150)
    targets = [x for t, txt in targets
               for x in ([(e, txt) for e in e3_members(t, s.text)] if e3_members(t, s.text) else [(t, txt)])]
    return Args(code, sources, targets)


def _emit(s: Sent, m: Match, a: Args, negated: bool, state: dict) -> list[tuple[Event, Mention | None]]:
    """One Event per (source, target) pair; remembers the dyad later "دو طرف" refer to."""
    code, root, targets = a.code, a.code[:2], a.targets
    two = len(targets) == 2 and all(t is not None for t, _ in targets)
    if two and code == "045":
        state["dyad"] = (targets[0][0], targets[1][0])  # "میان X و Y": later "دو طرف" are X and Y
        keep_state_pair(state, state["dyad"])
        state["dyad04"] = True
    out = []
    start, end = s.toks[m.first].start, s.toks[m.vend].end
    sentence = s.text[s.start:s.end]
    for src in a.sources:
        scode = a.src_code if src is None else actor_code(src, root, code, target=False)
        if scode and scode[3:6] == "MED" and root not in ("01", "02", "10", "11", "14"):
            # media report acts, they do not do them ("رویترز نوشته ..."، "روزنامه ... مدعی شده بود"); what
            # journalists do themselves stays: protest (a sit-in, a hunger strike), appeal, demand, disapprove
            continue
        if code == "130" and scode and scode[3:6] in ARMED:
            code = "138"  # an armed force's or group's unspecified threat is a threat of force
        if code.startswith("1711") and scode and scode[3:6] in ARMED - {"MIL"}:
            code, root = "181", "18"  # an armed group's seizure of a ship and crew is a hijacking
        if code == "180" and scode and scode[3:6] == "MIL":
            code, root = "190", "19"  # an army killing fighters in an operation uses conventional force
        for tgt, ttxt in targets:
            if src is not None and tgt is not None and code != "045" and not two \
                    and (root == "04" or not state.get("dyad04")):
                state["dyad"] = (src, tgt)
                keep_state_pair(state, state["dyad"])
                state["dyad04"] = state.get("dyad04") or root == "04"
            tcode = actor_code(tgt, root, code, target=True)
            if tcode and tcode.endswith("CVL") and root in VERBAL_COOP and tgt is not None \
                    and tgt.text.split(" ", 1)[0] in NATION_WORDS:
                tcode = tcode[:3] + "GOV"  # "در کنار ملت ونزوئلا ایستاده است": support for the state
            if tcode is not None and tcode == scode and not inner_pair(src, tgt):
                tcode, ttxt = None, None
            if scode is None and tcode is None and ttxt is None:
                continue  # no actor on either side: nothing a user can count
            ev = Event(source=scode, source_text=src.text if src is not None and src.text else None,
                       target=tcode, target_text=ttxt or None, cameo=code, root=root, plover=plover_for(code),
                       negated=negated, sentence=sentence, start=start, end=end)
            out.append((ev, src))
    return out
