"""Targets of an act from the pattern's frame words ("از X خواست", "X را محکوم کرد"): the object
NP, generic addressees ("جامعه جهانی": null target, text kept), pronoun and anaphoric objects
(anaphora.py). Where the frame names no actor, fallbacks.py supplies what the conventions allow.
"""
from __future__ import annotations

from itertools import chain

from .actors import AGENT_MARKERS, PREPS_NP, gazetteer_actor, same_actor
from .anaphora import NOUN_ROOTS, demonstrative_at, for_act, resolve
from .anaphora import _named_before as _seen_with_head, _named_here
from .context import unknown_agent
from .clauses import PARTITIVE, Sent, phrase_at
from .coder import STOP_GAP, Match, _stem
from .mentions import STATE_ROLES, Mention, country_actor, is_country
from .patterns import FORCE_ROOTS
from .tokens import key


GENERIC = [tuple(key(w) for w in g.split()) for g in (
    "جامعه جهانی", "جامعه بین‌المللی", "همه کشورها", "تمامی کشورها", "تمام کشورها", "کشورهای جهان",
    "همه طرف‌ها", "تمامی طرف‌ها", "طرفین", "طرف‌های درگیر", "کشورهای منطقه", "کشورهای اسلامی",
    "جهانیان", "دولت‌ها", "کشورهای غربی", "متحدان غربی", "متحدان", "شرکای غربی", "کشورهای عضو", "کشورهای همسایه", "قدرت‌های جهانی", "دشمن", "دشمنان", "همه کشورهای", "سازمان‌های بین‌المللی", "نهادهای بین‌المللی")]


_GENERIC_FIRST = {g[0] for g in GENERIC}


GZ_FRAMES = {key(w) for w in ("از", "با", "علیه", "اختیار")}
#: frames whose "این X" (an act noun) is read as the author of that act
ANAPHOR_FRAMES = {key(w) for w in ("از", "علیه")}


def find_target(s: Sent, m: Match, cs: int, subj: Mention | None, material: bool = True,
                exclude: tuple = (), anaphor: dict | None = None) -> tuple[Mention | None, str | None]:
    """(target mention, target text) by the pattern's frame words; generic addressees give (None, text)."""
    anaphor = for_act(anaphor, m.pattern.cameo)
    if not (m.pattern.cameo or "0").startswith("0") and COURTESY_NOUNS & s.keyset:
        exclude = tuple(exclude) + courtesy_addressees(s, m.verb)
    for frame in m.pattern.targets:
        if frame == "subj":
            continue
        if frame.startswith(">"):  # after the verb: "هشدار داد که اگر X ..."
            fk = key(frame[1:])
            for i in range(m.vend + 1, min(m.vend + 10, len(s.toks))):
                if s.keys[i] in (".", "؟", "!"):
                    break
                if s.keys[i] == fk:
                    agent = unknown_agent(s, i + 1, min(i + 8, len(s.toks))) if fk == "که" else None
                    if agent is not None:  # "مدعی شد که افراد مسلح ناشناس ...": accused, unnamed
                        return None, s.text[s.toks[agent[0]].start:s.toks[agent[1]].end]
                    d = next((k for k in range(i + 1, min(i + 7, len(s.toks)))
                              if s.keys[k] in ("این", "آن")), -1)
                    if d > 0 and not any(s.keys[k] in STOP_GAP for k in range(i + 1, d)):
                        # "که این جنایت بی‌پاسخ نمی‌ماند"، "که به این اقدام پاسخ ..."، "که تداوم این حملات ..."
                        ref = _as_author(s, resolve(s, d, min(d + 3, len(s.toks)), subj, anaphor), subj)
                        if ref is not None:
                            return ref, ref.text
                    for k in range(i + 1, min(i + (8 if fk == "که" else 4), len(s.toks))):
                        if s.keys[k] in (".", "،", ",", "«", "»"):
                            break
                        t = s.first.get(k)
                        if t is not None and t is not subj and t.code and not _own_side(t, subj):
                            return t, t.text
            continue
        fk = key(frame)
        if fk == "را":  # the object may sit inside the pattern's gap ("آموزش X را ... آغاز کرد")
            for i in range(m.verb - 1, cs - 1, -1):
                if s.keys[i] == "را":
                    g = _any_object(s, cs, i, subj) if (m.pattern.cameo or "")[:2] == "11" else None
                    if g is not None:  # "هرگونه تغییر ... را محکوم کرد": criticism of any such act
                        return None, g
                    t = _object(s, cs, i, subj, material, exclude)
                    if t is None and not material:
                        t = _relative_author(s, i, m.verb, subj)  # "پیشنهاد ... را که از سوی X مطرح شده بود رد کرد"
                    if t is not None and not material and _attacked_place(s, t):
                        # "بمباران حومه دمشق را تقبیح کرد": the place is the victim; the act's author
                        h = s.span[id(t)][0] - 2
                        ref = _as_author(s, resolve(s, h - 1, i, subj, anaphor), subj)
                        if ref is not None and ref.country != t.country:
                            return ref, ref.text
                    if t is not None:
                        return t, t.text
                    if i > cs and s.keys[i - 1] in PLURAL_PRONOUNS:
                        ref = _pronoun_referent(s, i - 1, subj)  # "آنها را ... تلقی خواهد کرد"
                        if ref is not None:
                            return ref, ref.text
                    ref = None if material else _this_country_object(s, _after_subject(s, cs, subj), i, subj, anaphor)
                    if ref is not None:  # "دو دیپلمات این کشور را ... متهم کرد": that country, not one's own
                        # (not for material acts: "دو شهروند این کشور را بازداشت کرد" may be one's own)
                        return ref, ref.text
                    d = demonstrative_at(s, _after_subject(s, cs, subj), i)
                    ref = _as_author(s, resolve(s, d, i, subj, anaphor), subj) if d >= 0 else None
                    if ref is None and d < 0 and not material:
                        ref = _definite_act(s, _after_subject(s, cs, subj), i, subj, anaphor)
                    if ref is not None:
                        return ref, ref.text  # "این تحریم‌ها را محکوم کرد": the act's author
                    lo_np = max([cs, i - 6] + [s.span[id(x)][1] + 1 for x in (subj, *exclude)
                                               if x is not None and id(x) in s.span])
                    has_pp = any(s.keys[k] in PREPS_NP for k in range(lo_np, i))
                    gz = None if has_pp and not material else gazetteer_actor(s, lo_np, i)  # "یک مرد ایرانی را"
                    # the object NP after the last comma first ("در پاسخ به این تجاوز، ناو آمریکایی را")
                    comma = next((k + 1 for k in range(i - 1, lo_np, -1) if s.keys[k] in ("،", ",")), None)
                    if comma is not None and not any(s.keys[k] in PREPS_NP for k in range(comma, i)):
                        gz = gazetteer_actor(s, comma, i) or gz
                    if gz is not None and not (subj is not None and gz.country == subj.country):
                        return gz, gz.text
                    g = generic_addressee(s, i - 4, i)
                    if g:
                        return None, g
                    if _object_before_relative(s, cs, i):
                        continue  # "دو عضو یک گروه مسلح ایرانی را که قصد عبور از مرز را داشتند، دستگیر کرد"
                    break
            continue
        topic = m.verb if TOPIC_MARKERS.isdisjoint(s.keys[cs:m.verb]) else \
            next(k for k in range(cs, m.verb) if s.keys[k] in TOPIC_MARKERS)
        for i in topic_order(cs, m.verb, topic):
            if s.keys[i] != fk:
                continue
            if fk == _ASKING and i + 1 < m.verb and s.keys[i + 1] in RELEASE:
                break  # "خواستار آزادی X شد": X is the detainee, not the one asked
            if fk == _WITH and i + 1 < m.verb and s.keys[i + 1] in NOT_PARTNER:
                continue  # "با میانجیگری X"، "با حضور X": X mediates or attends, it is not the partner
            j = i + 1
            if j < len(s.toks) and s.keys[j] in ("سوی", "سمت"):
                j += 1
            for k in range(j, min(j + (8 if material else 4), m.verb)):
                if k > j and s.keys[k] in PREPS_NP | STOP_GAP:
                    break
                t = s.first.get(k)
                if t is None and s.keys[k] in THIS and k + 1 < m.verb and s.keys[k + 1] == _COUNTRY:
                    t = this_country(s, k, subj, anaphor)  # "به پاسگاه‌های مرزی این کشور حمله کردند"
                if k == j and (t is None or s.keys[k] in MEMBERS):
                    t = body_by_head(s, k + (t is not None), m.verb, anaphor) or t  # "با دیوان"، "از قضات دیوان"
                if t is not None and t is not subj and t.code and not (subj is not None and same_actor(t, subj)
                                                                       and not inner_pair(subj, t)):
                    return _government_first(s, k, t), t.text
            if fk in ANAPHOR_FRAMES and j < m.verb and s.keys[j] in ("این", "آن"):
                # "شکایتی علیه این تجاوزات ... ارائه کرد"، "از این اقدام انتقاد کرد": the act's author;
                # "... را «...» خواند و از آن انتقاد کرد": a bare "آن" before the verb's own noun
                last = m.pattern.elems[-1] if m.pattern.elems else None
                own_noun = j + 2 == m.verb and last is not None and not last.gap and last.matches(s.keys[j + 1])
                hi = j + 1 if own_noun else min(j + 3, m.verb)
                ref = _as_author(s, resolve(s, j, hi, subj, anaphor), subj)
                if ref is not None:
                    return ref, ref.text
            g = generic_addressee(s, j, j + 1)
            if g:
                return None, g
            if fk == _ABOUT:  # "تحقیق درباره سرکوب ... در ایران": the state where it happened
                place = _place_in(s, j, min(j + 9, m.verb))
                if place is not None and not (subj is not None and same_actor(place, subj)):
                    return place, place.text
            gz = gazetteer_actor(s, j, min(j + 5, m.verb)) if fk in GZ_FRAMES else None
            if gz is not None and not (subj is not None and gz.country == subj.country):
                return gz, gz.text
    return None, None


#: condolence and solidarity: "ضمن تسلیت به ملت و دولت لبنان، ... را محکوم کرد" addresses the
#: victim, not the one criticised ("در پیامی به دولت و ملت عراق تسلیت گفت و ... را محکوم کرد")
COURTESY_NOUNS = frozenset(key(w) for w in ("تسلیت", "همبستگی", "همدردی"))
_COURTESY_PREPS = frozenset(key(w) for w in ("به", "با"))
_MESSAGES = frozenset(key(w) for w in ("پیامی", "پیام", "پیام‌هایی"))


def courtesy_addressees(s: Sent, verb: int) -> tuple:
    """Mentions before token `verb` addressed by a condolence or solidarity phrase: "تسلیت به X",
    "همبستگی با X", "پیامی به X تسلیت گفت" (a comma or a verb-like break ends the phrase)."""
    out = []
    for k, t in s.first.items():
        if k >= verb:
            break
        for b in range(k - 1, max(-1, k - 6), -1):
            kb = s.keys[b]
            if kb in ("،", ",", ".") or b == 0:
                break
            if kb in _COURTESY_PREPS and (s.keys[b - 1] in COURTESY_NOUNS or (
                    s.keys[b - 1] in _MESSAGES and COURTESY_NOUNS.intersection(s.keys[k + 1:k + 4]))):
                out.append(t)
                break
    return tuple(out)


PROTEST = key("اعتراض")
TO = key("به")


def protest_cause(s: Sent, lo: int, hi: int, subj: Mention | None, anaphor: dict | None) -> Mention | None:
    """"در اعتراض به این حکم دست به اعتصاب غذا زد": a protest against an act named earlier addresses
    that act's author (anaphora.py); "در اعتراض به سیاست‌های X" addresses X."""
    for i in range(max(lo, s.body_from), hi - 2):
        if s.keys[i] != PROTEST or s.keys[i + 1] != TO:
            continue
        j = i + 2
        if s.keys[j] in THIS:
            return _as_author(s, resolve(s, j, min(j + 3, hi), subj, anaphor), subj)
        for k in range(j, min(j + 4, hi)):
            if k > j and s.keys[k] in PREPS_NP | STOP_GAP:
                break
            t = s.first.get(k)
            if t is not None and t.code and t is not subj and not (subj is not None and same_actor(t, subj)):
                return t
        return None
    return None


THIS = {key("این"), key("آن")}
_COUNTRY = key("کشور")


def this_country(s: Sent, k: int, subj: Mention | None, anaphor: dict | None) -> Mention | None:
    """"این کشور" as an act's target: the last country named before it (this sentence, then earlier
    ones) other than the subject's own: one does not act on oneself."""
    earlier = [s.last[j] for j in range(k - 1, s.body_from - 1, -1) if j in s.last]
    for c in earlier + list(reversed((anaphor or {}).get("seen", ()))):
        if c.country and is_country(c.country) and (subj is None or c.country != subj.country):
            return Mention(s.text[s.toks[k].start:s.toks[k + 1].end], s.toks[k].start, s.toks[k + 1].end,
                           c.country, None, c.country, False)
    return None


#: head nouns a body named in full is later called by alone ("دیوان بین‌المللی دادگستری" ... "دیوان")
BODY_HEADS = {_stem(key(w)) for w in ("دیوان", "شورا", "شورای", "آژانس", "کمیسیون", "دادگاه", "اتحادیه",
                                      "سازمان", "ائتلاف", "پیمان", "نهاد", "هیئت", "کمیته")}
#: members of a body: "قضات دیوان" act and are addressed as the body
MEMBERS = {key(w) for w in ("قضات", "قاضیان", "اعضای", "بازرسان", "کارشناسان")}


def body_by_head(s: Sent, k: int, hi: int, anaphor: dict | None) -> Mention | None:
    """A body called by its bare head noun at token k ("با دیوان همکاری خواهد کرد"): the last body
    named in full with that head, in this sentence, then earlier ones. Not when a name follows the
    head (then the head is part of that name)."""
    if k >= hi or k in s.first or _stem(s.keys[k]) not in BODY_HEADS or (k + 1 < len(s.toks) and k + 1 in s.first):
        return None
    head = _stem(s.keys[k])
    head = head[:-1] if head.endswith("ی") and len(head) > 3 else head
    found = _named_here(s, k, head) or _seen_with_head(head, (anaphor or {}).get("seen", ()))
    return found if found is not None and found.code and len(found.text.split()) > 1 else None


def _relative_author(s: Sent, ra: int, verb: int, subj: Mention | None) -> Mention | None:
    """"X را که از سوی/توسط Y مطرح شده بود رد کرد": the object is Y's (its proposal, its plan), so a
    verbal act on it addresses Y. Only a relative clause opened right after "را" and closed by the verb."""
    if ra + 1 >= verb or s.keys[ra + 1] != THAT:
        return None
    for k in range(ra + 2, min(verb, ra + 10)):
        if s.keys[k] in ("،", ",", "«", "»", ".") or s.keys[k] == THAT:
            return None
        g = phrase_at(s, k, AGENT_MARKERS)
        if g is not None:
            t = s.first.get(k + len(g))
            if t is not None and t.code and not (subj is not None and same_actor(t, subj)):
                return t
            return None
    return None


THAT = key("که")


def _this_country_object(s: Sent, lo: int, ra: int, subj: Mention | None,
                         anaphor: dict | None) -> Mention | None:
    """"این کشور" in the object NP before "را" (up to four tokens back, no comma): the country it
    stands for, other than the subject's (the actor stage may have given it the subject's own)."""
    for k in range(ra - 2, max(lo, ra - 5) - 1, -1):
        if s.keys[k] in ("،", ","):
            return None
        if s.keys[k] in THIS and s.keys[k + 1] == _COUNTRY:
            return this_country(s, k, subj, anaphor)
    return None


_OWN = {key(w) for w in ("خود", "خویش")}


def _definite_act(s: Sent, lo: int, ra: int, subj: Mention | None, anaphor: dict | None) -> Mention | None:
    """"اتهامات را نپذیرفت"، "اتهام سوءمدیریت را رد کرد": a bare act noun heading the object (no
    actor, no "خود") names the act already reported: its author, as for "این اتهامات"."""
    h = next((k for k in (ra - 1, ra - 2) if k >= max(lo, 1) and _stem(s.keys[k]) in NOUN_ROOTS), None)
    if h is None or any(s.keys[k] in _OWN or k in s.first for k in range(h, ra)):
        return None
    return _as_author(s, resolve(s, h - 1, ra, subj, anaphor), subj)


#: place nouns between an attack noun and the place it hit ("بمباران حومه دمشق", "حمله به شهر X")
PLACE_NOUNS = {key(w) for w in ("حومه", "شهر", "منطقه", "مناطق", "اطراف", "نوار", "اردوگاه", "روستای", "روستا",
                                "شهرک", "بندر")}

def _attacked_place(s: Sent, t: Mention) -> bool:
    """Is t named as the place an attack noun hit: attack noun, place noun, then t?"""
    if id(t) not in s.span:
        return False
    k = s.span[id(t)][0]
    if k < 2 or s.keys[k - 1] not in PLACE_NOUNS:
        return False
    roots = NOUN_ROOTS.get(_stem(s.keys[k - 2]), ())
    return any(r in FORCE_ROOTS for r in roots)


def _own_side(t: Mention, subj: Mention | None) -> bool:
    """Is t the subject's own side ("هرگونه تجاوز به خاک ایران" in an Iranian general's warning)?"""
    return subj is not None and (same_actor(t, subj) or (is_country(t.code) and t.country == subj.country))


PLURAL_PRONOUNS = {key(w) for w in ("آنها", "آن‌ها", "ایشان")}


def _pronoun_referent(s: Sent, i: int, subj: Mention | None) -> Mention | None:
    """"آنها" as an object: the last actor named before it in the sentence, other than the subject."""
    for j in range(i - 1, s.body_from - 1, -1):
        t = s.last.get(j)
        if t is not None and t.code and t is not subj and not (subj is not None and same_actor(t, subj)):
            return t
    return None


#: "درباره همکاری و مقابله با تحریم‌های آمریکا": frame words inside the topic phrase are tried last
TOPIC_MARKERS = {key(w) for w in ("درباره", "پیرامون", "دربارهٔ", "خصوص", "زمینه", "مورد")}


def topic_order(cs: int, verb: int, topic: int):
    """Tokens cs..verb-1 back from the topic marker to the clause start, then back from the verb to
    the marker: sorted(range(cs, verb), key=lambda k: (k > topic, -k)) without a key call per token."""
    return chain(range(min(topic, verb - 1), cs - 1, -1), range(verb - 1, topic, -1))


_ASKING = key("خواستار")
_ABOUT = key("درباره")


def _place_in(s: Sent, a: int, b: int) -> Mention | None:
    """A country named after "در" in tokens [a, b) (mention or gazetteer), or None."""
    for k in range(a, b - 1):
        if s.keys[k] in STOP_GAP or s.keys[k] in ("،", ","):
            return None
        if s.keys[k] == "در":
            t = s.first.get(k + 1)
            if t is not None and t.code and len(t.code) == 3 and is_country(t.code) and _names_country(t.text):
                return t  # the country itself, not a province of it ("در راخین")
            return None
    return None


def _names_country(text: str) -> bool:
    from ..analyze.gazetteer import find
    return any(mt.entry.kind == "country" for mt in find(text))
_WITH = key("با")
#: "با <noun> X": X is a third party or a means, not the one met, talked to or fought
NOT_PARTNER = {key(w) for w in ("حضور", "میانجیگری", "میانجی‌گری", "وساطت", "پادرمیانی", "میزبانی", "اشاره",
                                "تأکید", "تاکید", "استناد", "انتشار", "صدور", "ابراز", "حمایت", "پشتیبانی",
                                "مشارکت", "همراهی", "کمک", "استفاده", "نظارت", "ابتکار", "دعوت")}
RELEASE = {key(w) for w in ("آزادی", "آزادسازی", "رهایی", "بازگشت", "استرداد")}


def _government_first(s: Sent, k: int, t: Mention) -> Mention:
    """"به دولت و ملت عراق تسلیت گفت": the government and the people of X are addressed as X's
    government (the first-named)."""
    if t.country and is_country(t.country) and k >= 2 and s.keys[k - 1] == "و" \
            and s.keys[k - 2] == _GOVT and (t.code or "")[3:6] in ("CVL", ""):
        return Mention(t.text, t.start, t.end, t.country + "GOV", None, t.country, False, "GOV")
    return t


_GOVT = key("دولت")


def _object(s: Sent, cs: int, ra: int, subj: Mention | None, material: bool = True,
            exclude: tuple = ()) -> Mention | None:
    """The actor of the object NP before "را": its first actor not inside a PP (no preposition in
    the three tokens before it), else (for material acts: attacks, seizures) its last actor.

    "حمله اسرائیل به غزه را محکوم کرد" → اسرائیل; "مناطقی در غزه را بمباران کرد" → غزه;
    "پیشنهاد استفاده از دارایی‌های روسیه را وتو کرد" → none (Russia is inside "از ...").
    """
    lo = cs
    if subj is not None and id(subj) in s.span:
        lo = max(lo, s.span[id(subj)][1] + 1)
    lo = max(lo, ra - 12)
    for j in range(ra - 1, lo - 1, -1):  # the object NP does not cross a comma
        if s.keys[j] in ("،", ","):
            lo = j + 1
            break
    last = partner = None
    for j in range(lo, ra):
        t = s.first.get(j)
        if t is None or t is subj or any(t is x for x in exclude) or not t.code:
            continue
        if subj is not None and same_actor(t, subj) and not inner_pair(subj, t):
            continue
        if not _in_pp(s, lo, j):
            return t
        last = t
        if partner is None and (_talks_with(s, lo, j) or _agent_of_act(s, lo, j)):
            partner = t
    return last if material else partner


_WITH = key("با")
#: talks named as an object ("مذاکره مستقیم با آمریکا را نمی‌پذیرد"): the partner after "با" is whom
#: the act concerns
NEGOTIATION_NOUNS = {key(w) for w in ("مذاکره", "مذاکرات", "گفت‌وگو", "گفتگو", "گفت‌وگوها", "دیدار", "رایزنی",
                                      "ملاقات", "توافق", "همکاری", "روابط", "عادی‌سازی")}


_BY = key("توسط")


def _agent_of_act(s: Sent, lo: int, j: int) -> bool:
    """Token j follows "توسط"/"از سوی" inside the object ("اشغال جنوب سوریه توسط اسرائیل را
    نمی‌پذیرد"): the agent of the act named is whom the act concerns."""
    return (j - 1 > lo and s.keys[j - 1] == _BY) or (j - 2 > lo and s.keys[j - 1] == key("سوی")
                                                      and s.keys[j - 2] == key("از"))


def _talks_with(s: Sent, lo: int, j: int) -> bool:
    """Token j follows "با" that follows a talk noun in the object NP ("مذاکره مستقیم با X")."""
    return j - 1 > lo and s.keys[j - 1] == _WITH and any(
        s.keys[k] in NEGOTIATION_NOUNS or (s.keys[k].endswith("ی") and s.keys[k][:-1] in NEGOTIATION_NOUNS)
        for k in range(max(lo, j - 4), j - 1))  # "گفت‌وگوی مستقیم با X"


_FROM = key("از")
TERRITORY = {key(w) for w in ("خاک", "قلمرو", "حریم", "آب‌های", "آسمان")}


def _in_pp(s: Sent, lo: int, j: int) -> bool:
    """Is token j inside a prepositional phrase (a preposition in the three tokens before it)? An
    indefinite noun ("در بیانیه‌ای ایران را") closes the phrase: nothing hangs on it by ezafe."""
    for k in range(j - 1, max(lo, j - 3) - 1, -1):
        tok = s.toks[k]
        if tok.key in PREPS_NP:
            if tuple(s.keys[k:j]) in ADVERBIALS:
                return False  # "در همین حال کی‌یف را متهم کرد": a closed adverbial, not X's phrase
            # "۲۳ تن از سیاستمداران X را": a partitive, the object itself
            if any(_named_before(s, x, j) for x in range(k + 1, j)):
                return False  # "در شبکه ایکس ارتش X را": the PP ended with its own name
            return not (tok.key == _FROM and k > 0 and s.keys[k - 1] in PARTITIVE)
        if tok.key in TERRITORY:
            return False  # "... از نیروهایش خاک ترکیه را": the territory heads the object
        if tok.text.endswith("\u200cای") or tok.text.endswith("\u200cهایی") or tok.key in INDEFINITES:
            return False
    return False


#: prepositional adverbials complete in themselves: a name after them starts a new phrase
ADVERBIALS = {tuple(key(w) for w in a.split()) for a in (
    "در همین حال", "در این حال", "در عین حال", "با این حال", "با این همه", "در این میان", "در همین راستا",
    "در این راستا", "در این زمینه", "در همین زمینه", "در ادامه", "در پایان", "در پاسخ", "از سوی دیگر",
    "از طرف دیگر", "در مقابل", "در عوض", "به‌ویژه", "به ویژه", "در نهایت", "در این باره", "در این بیانیه",
    "در این دیدار", "در این نشست", "در این گفت‌وگو", "در این تماس", "در این پیام", "در این نامه",
    "در واکنش", "در این رابطه", "در همین رابطه")}


#: indefinite nouns of the act's setting ("در سخنانی ایران را ... متهم کرد"، "در پیامی X را"): the
#: "-ی" closes the phrase, so the name after it starts the object (the "‌ای" forms are caught above)
INDEFINITES = {key(w) for w in ("سخنانی", "پیامی", "توییتی", "گزارشی", "نشستی", "یادداشتی", "پستی", "تماسی",
                                "گفت‌وگویی", "گفتگویی", "اظهاراتی", "واکنشی", "نطقی", "سخنرانی‌ای", "دیداری",
                                "اجلاسی", "کنفرانسی", "همایشی", "جلسه‌ای", "برنامه‌ای")}


def _named_before(s: Sent, x: int, j: int) -> bool:
    """Does a coded name start at token x and end before token j? A proper name closes the noun
    phrase it ends (names take no ezafe chain), so what follows it starts a new phrase."""
    t = s.first.get(x)
    return t is not None and bool(t.code) and id(t) in s.span and s.span[id(t)][1] < j


def _as_author(s: Sent, ref: Mention | None, subj: Mention | None) -> Mention | None:
    """An act's author named in an earlier sentence is addressed as its country: criticism of "این
    حمله" targets the government (actor_code makes a bare country GOV for verbal acts), the body
    only when the sentence itself names it ("حملات ارتش X ... را محکوم کرد")."""
    if ref is None or (s.start <= ref.start < s.end) or not ref.country or not is_country(ref.country) \
            or (ref.code or "")[3:6] not in STATE_ROLES or (subj is not None and subj.country == ref.country):
        return ref  # armed groups, parties, companies, one's own state's organs: addressed as themselves
    return country_actor(ref)


def _after_subject(s: Sent, cs: int, subj: Mention | None) -> int:
    if subj is not None and id(subj) in s.span:
        return max(cs, s.span[id(subj)][1] + 1)
    return cs


def _object_before_relative(s: Sent, cs: int, i: int) -> bool:
    """The "را" at token i belongs to a relative clause on the real object: "X را که ... Y را ...، V"."""
    prev = next((k for k in range(i - 1, cs - 1, -1) if s.keys[k] == "را"), None)
    return prev is not None and s.keys[prev + 1] == "که"


ANY = {key(w) for w in ("هرگونه", "هر‌گونه", "هرنوع")}
_EACH, _KIND = key("هر"), {key("گونه"), key("نوع")}  # "هر گونه"، "هر نوع"


def _any_object(s: Sent, cs: int, ra: int, subj: Mention | None) -> str | None:
    """"هرگونه X را محکوم کرد": an object opened by "هرگونه"/"هر نوع" is any such act, no addressee
    (the text is kept as target_text)."""
    lo = _after_subject(s, cs, subj)
    for k in range(ra - 1, max(lo, ra - 8) - 1, -1):
        if s.keys[k] in ("،", ",", "و") or k in s.verbs:
            return None
        if s.keys[k] in ANY or (s.keys[k] == _EACH and k + 1 < ra and s.keys[k + 1] in _KIND):
            return _text(s, k, ra - 1)
    return None


def generic_addressee(s: Sent, lo: int, hi: int) -> str | None:
    for i in range(max(lo, 0), min(hi, len(s.toks))):
        if s.keys[i] not in _GENERIC_FIRST:
            continue
        g = phrase_at(s, i, GENERIC)
        if g is not None:
            return _text(s, i, i + len(g) - 1)
    return None


def _text(s: Sent, a: int, b: int) -> str:
    return s.text[s.toks[a].start:s.toks[b].end]


#: roles whose distinct holders act on each other inside one state ("وی از وزیر صمت خواست")
INNER_ROLES = {"GOV", "LEG"}
#: a single office named as the other party ("از وزیر صمت خواست"، "دولت از عملکرد وزیر راه دفاع می‌کند")
OFFICES = ("وزیر ", "وزیر\u200c", "وزارت", "شهردار", "استاندار", "رئیس\u200cجمهور", "رئیس جمهور", "دولت",
           "مجلس", "شورای شهر")


def inner_pair(src: Mention | None, tgt: Mention | None) -> bool:
    """Two different offices or office-holders of one state with the same code (the president and a
    minister, an MP and a ministry): annotators code the act between them (IRNGOV → IRNGOV)."""
    if src is None or tgt is None or not src.text or not tgt.text or tgt.pronoun or src.code != tgt.code:
        return False
    if len(tgt.code or "") != 6 or tgt.code[3:6] not in INNER_ROLES or not (tgt.text + " ").startswith(OFFICES):
        return False
    names = {src.text, src.canonical, src.antecedent} - {None}
    return tgt.text not in names and (tgt.canonical is None or tgt.canonical not in names) \
        and not (src.start <= tgt.start < src.end or tgt.start <= src.start < tgt.end)
