"""Clause context an argument depends on: "دو طرف" (the parties of the last meeting), relative
clauses (description vs. act), first-person clauses inside quotes, the clause after a denial.
"""
from __future__ import annotations

from .clauses import Sent, clause_start, phrase_at, speech_subject, subject_in
from .coder import Match
from .mentions import Mention
from .patterns import plover_for
from .tokens import key


PARTIES = [tuple(key(w) for w in p.split()) for p in ("دو طرف", "طرفین", "دو کشور", "دو وزیر", "دو رهبر",
                                                    "دو رئیس‌جمهور", "دو مقام", "دو همسایه", "دو دولت",
                                                    "دو هیئت", "دو هیات", "دو نخست‌وزیر", "دو پایتخت")]


_PARTY_FIRST = {p[0] for p in PARTIES}


DYAD_OBJ = {key(w) for w in ("همکاری", "روابط", "میان", "بین", "از", "با", "به", "تلاش", "اقدام")}


def find_dyad(s: Sent, lo: int, hi: int, state: dict) -> tuple[tuple[Mention, Mention | None] | None, int]:
    """"دو طرف/طرفین ... امضا کردند": the two parties, and where the phrase is. The parties are the
    "میان X و Y" named earlier in the same sentence ("قطر که میزبان مذاکرات میان X و Y است، از دو
    طرف خواست"), else those of the article's last dyadic event."""
    if _PARTY_FIRST.isdisjoint(s.keys):  # one C test: most sentences name no "دو طرف"
        return None, -1
    for i in range(max(lo, s.body_from, hi - 60), hi):
        if s.keys[i] in _PARTY_FIRST and phrase_at(s, i, PARTIES) is not None:
            pair = between_pair(s, i) or article_order(state.get("dyad"), state)
            return (pair, i) if pair is not None else (None, -1)
    return None, -1


def article_order(pair, state: dict):
    """The last dyad with the party the article names first first ("دو وزیر توافق کردند" after a
    call reported from the other side: the source is the first-named party of the article)."""
    if not pair or pair[1] is None:
        return pair
    seen = state.get("first_seen", {})
    a, b = pair
    if seen.get(b.country or "", 1 << 30) < seen.get(a.country or "", 1 << 30):
        return b, a
    return pair


BETWEEN = {key(w) for w in ("میان", "بین")}


def between_pair(s: Sent, hi: int) -> tuple[Mention, Mention] | None:
    """"میان X و Y" before token hi in the sentence: (X, Y)."""
    for i in range(hi - 1, s.body_from - 1, -1):
        if s.keys[i] not in BETWEEN:
            continue
        x = next((s.first[k] for k in range(i + 1, min(i + 4, hi)) if k in s.first and s.first[k].code), None)
        if x is None or id(x) not in s.span:
            return None
        b = s.span[id(x)][1]
        if b + 2 < hi and s.keys[b + 1] == "و" and (b + 2) in s.first and s.first[b + 2].code:
            return x, s.first[b + 2]
        return None
    return None


def relative_head(s: Sent, cs: int) -> Mention | None:
    """Subject of a relative clause "X که ... شد": the actor right before "که"."""
    if cs <= s.body_from or s.keys[cs - 1] != "که":
        return None
    for j in range(cs - 2, max(s.body_from, cs - 8) - 1, -1):
        m = s.last.get(j)
        if m is not None:
            return m
        if s.keys[j] in ("،", ",", ".", ":", "«", "»") or s.keys[j] in HEAD_PREPS:
            break  # "در شرق X به سوی غیرنظامیانی که ...": X is inside a phrase, not the head
    return None


#: prepositions between a mention and "که": the mention is not the relative clause's head
HEAD_PREPS = {key(w) for w in ("به", "از", "در", "با", "سوی", "برای", "علیه")}


FIRST_PERSON = {key(w) for w in ("ما", "من", "کشورم", "کشورمان", "دولتم", "دولتمان")}


DENIAL = {key("تکذیب")}


def complement_of_denial(s: Sent, cs: int) -> bool:
    """"X تکذیب کرد که ...": the clause after a denial states the denied act."""
    if cs < 2 or s.keys[cs - 1] != "که":
        return False
    return any(t.key in DENIAL for t in s.toks[max(s.body_from, cs - 4):cs - 1])


def quote_speaker(s: Sent, i: int) -> Mention | None:
    """Inside «...», the speaker who introduced the quote."""
    for j in range(i - 1, max(s.body_from, i - 80) - 1, -1):
        k = s.keys[j]
        if k == "»":
            return None
        if k == "«":
            return speech_subject(s, j + 1)
    return None


def first_person(s: Sent, cs: int, hi: int, subj: Mention | None) -> bool:
    """Does the clause open with "ما"/"من" (before any subject mention)?"""
    end = s.span[id(subj)][0] if subj is not None and id(subj) in s.span else hi
    return any(s.keys[i] in FIRST_PERSON for i in range(max(cs, s.body_from), min(end, cs + 3)))


def subject_role(s: Sent, lo: int, hi: int) -> str | None:
    m = subject_in(s, lo, hi)
    return m.code[3:6] if m is not None and m.code and len(m.code) >= 6 else None


def embedded_relative(s: Sent, cs: int, m: Match) -> bool:
    """A relative clause describing a noun ("تجمع معترضانی را که ... تجمع کرده بودند متفرق کرد"):
    its verb opens onto the main clause's verb (no comma, no "و" between), so it is a description,
    not the story's act; the main verb is coded instead."""
    if cs < 2 or s.keys[cs - 1] != "که" or s.keys[cs - 2] in SPEECH_BEFORE_KE:
        return False
    for j in range(m.vend + 1, min(m.vend + 4, len(s.toks))):
        if s.keys[j] in STOPS_REL:
            return False
        if j in s.verbs:
            return True
    return False


def after_relative(s: Sent, cs: int, m: Match) -> int:
    """The main clause's start when an embedded relative clause ends just before its predicate:
    "... معترضانی را که ... کرده بودند متفرق کرد" → the clause opens before "که"."""
    if cs < 2 or s.keys[cs - 1] != "که" or s.keys[cs - 2] in SPEECH_BEFORE_KE:
        return cs
    for j in range(m.first - 1, max(cs, m.first - 4) - 1, -1):
        if j in s.verbs or (j - 1 in s.verbs and s.verbs[j - 1].ntok > 1):
            return clause_start(s, cs - 1)
        if s.keys[j] in STOPS_REL:
            break
    return cs


STOPS_REL = {key(w) for w in ("و", "،", ",", ".", ":", "؛", "«", "»", "که")}


#: "گفت که"، "اعلام کرد که": the clause after is reported speech, never a relative clause
SPEECH_BEFORE_KE = {key(w) for w in ("گفت", "افزود", "کرد", "شد", "داد", "است", "بود", "کردند", "داشت",
                                     "گفتند", "نوشت", "خواست", "خواستند")}


#: subjects that name an unknown agent: the act's source stays null, never borrowed from context
UNKNOWN_AGENTS = {key(w) for w in ("افراد", "فردی", "فرد", "مهاجمان", "مهاجم", "عاملان", "عامل", "ناشناسان",
                                   "افرادی", "گروهی", "تروریست‌ها", "تروریست‌هایی", "مردان", "شبه‌نظامیان")}
UNKNOWN_MARKS = {key(w) for w in ("ناشناس", "مسلح", "انتحاری", "نامعلوم", "مسلحی")}


def unknown_agent(s: Sent, cs: int, hi: int) -> tuple[int, int] | None:
    """Does the clause open with an unnamed agent ("افراد مسلح ناشناس", "مهاجمان ناشناس", "یک عامل
    انتحاری")? Only with a mark of anonymity or arms after the noun. Its token range, or None."""
    i = max(cs, s.body_from)
    while i < hi and s.keys[i] in ("یک", "چند", "دو", "سه", "شماری", "تعدادی"):
        i += 1
    if i + 1 >= hi or s.keys[i] not in UNKNOWN_AGENTS:
        return None
    marks = [k for k in range(i + 1, min(i + 3, hi)) if s.keys[k] in UNKNOWN_MARKS]
    return (max(cs, s.body_from), marks[-1]) if marks else None


#: meetings a host's own official can state ("X در آنکارا با Y دیدار کرد")
HOST_MEETINGS = {"040", "043", "044", "046"}
IN_ = key("در")
AND = key("و")
#: diplomats who live in the host's country ("سفیر آلمان در تهران"): meeting one there is no visit
RESIDENT_DIPLOMATS = {key(w) for w in ("سفیر", "سفرای", "سفرا", "کاردار", "نماینده", "نمایندگان")}


def _resident_diplomat(text: str) -> bool:
    """"سفیر آلمان", "کاردار سفارت سوئیس", "نماینده ... در تهران"; an envoy ("نماینده ویژه") travels."""
    words = [key(w) for w in text.split()]
    return any(w in RESIDENT_DIPLOMATS and not (w.startswith("نمای") and words[i + 1:i + 2] == ["ویژه"])
               for i, w in enumerate(words))


def host_side(s: Sent, pairs: list, target_of) -> list:
    """"کالین در آنکارا با طالبانی دیدار کرد": a host's official meeting a foreign official in the
    host's own country states the guest's visit (042, visitor → host); the host's side is not coded
    (conventions: visits). `target_of(s, ev)`: the target's mention."""
    out = []
    spans = [(ev.start, ev.end) for ev, _ in pairs]
    for ev, src in pairs:
        out.append((ev, src))
        if spans.count((ev.start, ev.end)) > 1:
            continue  # several parties (talks, mediation): no single guest
        if ev.cameo not in HOST_MEETINGS or src is None or not src.country or not ev.target \
                or ev.target[:3] == src.country or ev.target.startswith(("IGO", "NGO")):
            continue
        tm = target_of(s, ev)
        if tm is None or not tm.country or tm.country != ev.target[:3] or _resident_diplomat(tm.text):
            continue
        for i in range(s.body_from, len(s.toks) - 1):
            if s.toks[i].end > ev.start:
                break
            if s.keys[i] == IN_ and (i + 1) in s.first:
                place = s.first[i + 1]
                if place is src or place is tm or place.country != src.country or place.person \
                        or not (place.code or "").startswith(src.country) or len(place.code or "") > 6:
                    continue
                if place.start < src.end or place.start > tm.start:
                    continue  # "X با Y در آنکارا دیدار کرد": the place is the meeting's, not X's
                if any(s.keys[k] == AND for k in range(s.body_from, i) if s.toks[k].start >= src.start):
                    continue  # "هیئت‌های مصری و قطری در قاهره ...": hosts and mediators together
                ev.source, ev.target = ev.target, ev.source
                ev.source_text, ev.target_text = ev.target_text, ev.source_text
                ev.cameo, ev.root, ev.plover = "042", "04", plover_for("042")
                out[-1] = (ev, tm)
                break
    return out
