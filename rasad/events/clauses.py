"""One sentence as tokens with its mentions placed on them; clause boundaries and subjects.

Persian is SOV: the subject of a predicate is, by default, the first actor of its clause that is
not governed by a preposition, not marked by "را" and not inside the attribution prefix
("به گزارش ایسنا به نقل از رویترز، ..."). A clause opened by "که", ":" or "«" after a speech
verb takes the speaker as its subject when it names none ("لاوروف گفت: «ما خواستار ... هستیم»").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from .mentions import Mention, build_mentions
from .tokens import (Tok, key, tokenize, tokenize_keys, tokenize_spans, verb_at_keys,  # noqa: F401 (tokenize: re-export)
                     verb_starts)

PREPS = {key(w) for w in ("از", "با", "به", "برای", "علیه", "در", "بر", "میان", "بین", "توسط", "سوی",
                          "نزد", "درباره", "پیرامون", "مقابل", "همراه", "تا", "بدون", "جز", "نسبت", "طی",
                          "روی", "سمت", "به‌سوی", "به‌دست", "دست", "پیش", "وارد", "خطاب", "علیه", "ضد",
                          "همتای", "سفارت", "مرز", "خاک", "شهر", "پایتخت")}
#: no clause is longer than this many tokens: every scan stays linear on pathological input
MAX_CLAUSE = 60
HARD_BOUNDARY = {".", ":", "؛", ";", "«", "»", "!", "?", "؟"}
SPEECH_KEYS = {key(w) for w in ("گفت", "افزود", "اعلام", "تأکید", "تاکید", "تصریح", "هشدار", "خاطرنشان",
                                "یادآور", "اظهار", "ادامه", "عنوان", "مدعی", "نوشت", "آمده", "گفته")}
#: media / agency attribution openings ("به گزارش"، "بر پایه گزارش"، "به نوشته" ...): never a source
ATTRIB_STARTS = tuple((key(a), key(b)) for a, b in (
    ("به", "گزارش"), ("به", "نقل"), ("به", "گفته"), ("بنابر", "گزارش"), ("بنا", "بر"), ("طبق", "گزارش"),
    ("بر", "پایه"), ("بر", "اساس"), ("براساس", "گزارش"), ("برپایه", "گزارش"), ("به", "نوشته"),
    ("به", "اعلام"), ("طبق", "اعلام"), ("آن‌طور", "که"), ("آنطور", "که"), ("چنان‌که", "گزارش"),
    ("بنابه", "گزارش"), ("طبق", "اطلاعات"), ("به", "روایت")))


@dataclass(slots=True)
class Sent:
    start: int
    end: int
    toks: list[Tok]
    ments: list[Mention]                       # mentions inside the sentence
    first: dict[int, Mention] = field(default_factory=dict)   # token index where a mention starts (ascending)
    last: dict[int, Mention] = field(default_factory=dict)    # token index where a mention ends
    span: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(mention) → token range
    verbs: dict[int, object] = field(default_factory=dict)    # token index → VerbForm
    body_from: int = 0                          # first token after the attribution prefix
    text: str = ""                               # the document text (spans are offsets into it)
    stems: list | None = None                     # token keys without plural suffixes (topics), lazily
    keyset: frozenset | None = None               # the sentence's token keys (pattern prefilter)
    keys: list[str] = field(default_factory=list)  # the tokens' keys, in order (scans read these)
    # answers of the pure per-sentence reads the coders repeat (clause_start, subject_in,
    # eligible_subject): about half of their calls ask again what an earlier call already found
    starts_memo: dict[int, int] = field(default_factory=dict)
    subj_memo: dict[tuple[int, int], Mention | None] = field(default_factory=dict)
    elig_memo: dict[int, bool] = field(default_factory=dict)
    stop_at: list[int] | None = None  # indices of the tokens clause_start stops at (_STOPS), lazily


def build_sentence(text: str, start: int, end: int, ments: list[Mention],
                   starts: list[int] | None = None, tokenized: tuple | None = None) -> Sent:
    """`starts`: the mentions' start offsets when `ments` is sorted by start (a bisect, not a scan
    of the whole document's mentions per sentence); `tokenized`: `tokenize_keys(text, start, end)`
    when the caller has it (tokens.tokenize_spans makes them for all sentences at once)."""
    toks, keys, tstarts, tends = tokenized or tokenize_keys(text, start, end)
    if starts is not None:
        ments = ments[bisect_left(starts, start):bisect_right(starts, end)]
    inside = [m for m in ments if m.start >= start and m.end <= end]
    s = Sent(start, end, toks, inside, text=text)
    if not toks:
        return s
    s.keys = keys
    s.keyset = frozenset(keys)  # match_at's prefilter and the phrase rules' cue test read it
    ti = 0
    n = len(toks)
    for m in inside:
        # first token ending after the mention's start; last token starting before its end
        a = ti = bisect_right(tends, m.start, ti)
        if a < n:
            b = bisect_left(tstarts, m.end, a + 1) - 1
            if b < a:  # max(a, b), without the builtin call (a hot loop)
                b = a
            if not _inside_word(text, tstarts[a], tends[b], m):
                s.first[a] = m
                s.last[b] = m
                s.span[id(m)] = (a, b)
    vstarts = verb_starts()
    if not vstarts.keys().isdisjoint(keys):
        verbs = s.verbs
        for i in compress(range(n), map(vstarts.__contains__, keys)):  # C loops, not a Python test per token
            v = verb_at_keys(keys, i)
            if v is not None:
                verbs[i] = v
    s.body_from = _attribution_end(keys)
    return s


def phrase_at(s: Sent, i: int, phrases) -> tuple | None:
    """The first of `phrases` (tuples of token keys: "از سوی", "دو طرف") that starts at token i."""
    keys = s.keys
    if i < 0:  # a negative index slices from the end: the plain comparison, as ever
        return next((p for p in phrases if tuple(keys[i:i + len(p)]) == p), None)
    k = keys[i] if i < len(keys) else None
    for p in phrases:  # the first word is compared first: no slice and tuple for most phrases
        if (not p or p[0] == k) and tuple(keys[i:i + len(p)]) == p:
            return p
    return None


def _inside_word(text: str, ta_start: int, tb_end: int, m: Mention) -> bool:
    """A mention that is only part of a word ("ایران" in "ایران‌هراسی") names no actor of a clause;
    inflectional endings may follow it ("نماینده‌ای"، "ترکیه‌ای"، "دیپلمات‌های"). Takes the first
    token's start and the last token's end (offsets, not tokens)."""
    if m.start > ta_start:
        return True
    return m.end < tb_end and text[m.end:tb_end].replace("\u200c", "") not in WORD_ENDINGS


WORD_ENDINGS = {"ای", "ی", "ها", "های", "هایی", "ان", "یان", "ش", "شان", "مان", "تان", "اش", "ایی"}


_ATTRIB_PAIRS = frozenset(ATTRIB_STARTS)


def _attribution_end(keys: list[str]) -> int:
    """Index after the "به گزارش ...، " prefix (0 when the sentence has none); reads the keys."""
    if len(keys) > 2 and (keys[0], keys[1]) in _ATTRIB_PAIRS:
        for i, k in enumerate(keys[:40]):
            if k == "،" or k == ",":
                return i + 1
    return 0


def clause_start(s: Sent, i: int) -> int:
    """First token of the clause that contains token i (scanning left to a boundary)."""
    r = s.starts_memo.get(i)
    if r is None:
        r = s.starts_memo[i] = _clause_start(s, i)
    return r


def _clause_start(s: Sent, i: int) -> int:
    """The scan left from token i-1, visiting only the tokens in _STOPS (every other token is
    stepped over): their indices are listed once per sentence, and a bisect finds the next one."""
    keys = s.keys
    floor = s.body_from if s.body_from > i - MAX_CLAUSE else i - MAX_CLAUSE  # max(), without the call
    stops = s.stop_at
    if stops is None:
        stops = s.stop_at = list(compress(range(len(keys)), map(_STOPS.__contains__, keys)))  # C loops
    p = bisect_right(stops, i - 1) - 1  # the last stop at or before token i-1
    while p >= 0:
        j = stops[p]
        if j < floor:
            break
        t = keys[j]
        if t == "،" or t == ",":
            if _ends_verb(s, j - 1):
                k = _relative_start(s, j - 1)
                if k is not None:  # "X، که ... شد، ...": skip the embedded relative clause
                    p = bisect_right(stops, k - 1) - 1
                    continue
                return j + 1
        elif t == "»":  # a quoted phrase inside the clause («...» خواند): skip over it
            k = j - 1
            while k >= s.body_from and keys[k] != "«":
                k -= 1
            if k > s.body_from and keys[k - 1] != ":":
                p = bisect_right(stops, k - 1) - 1
                continue
            return j + 1
        elif t == "و":
            if _ends_verb(s, j - 1):
                return j + 1
        else:  # HARD_BOUNDARY or "که"
            return j + 1
        p -= 1
    return floor


#: every key clause_start stops to look at (anything else is stepped over)
_STOPS = frozenset(HARD_BOUNDARY | {"،", ",", "که", "و"})


def _ends_verb(s: Sent, j: int) -> bool:
    """Does a finite verb form end at token j?"""
    for k in range(j, max(j - 3, -1), -1):
        v = s.verbs.get(k)
        if v is not None and k + v.ntok - 1 == j:
            return True
    return False


def _relative_start(s: Sent, j: int) -> int | None:
    """Index of the "که" opening the relative clause that ends at token j, if any."""
    keys = s.keys
    for k in range(j - 1, max(s.body_from, j - 25) - 1, -1):
        key_ = keys[k]
        if key_ == "که":
            return k
        if key_ in HARD_BOUNDARY:
            return None
    return None


ADVERBIAL_PPS = [tuple(key(w) for w in p.split()) for p in (
    "در پاسخ به", "در واکنش به", "به دنبال", "پس از", "در اعتراض به", "در پی", "به تلافی", "در جریان",
    "بر اثر", "در نتیجه", "به دلیل", "به علت", "در حمله",
    # attributions inside a sentence ("... که به گفته مقام‌های اسرائیلی، حماس ...") are adverbials too
    "به گفته", "به نقل از", "به گزارش", "به ادعای", "به اعتقاد", "به باور", "از نظر", "به نوشته")]


_ADV_FIRST = {p[0] for p in ADVERBIAL_PPS}


def _in_adverbial(s: Sent, a: int) -> bool:
    """Is token a inside "در پاسخ به حمله X، ..." (an adverbial PP, up to its comma)?"""
    keys = s.keys
    for j in range(a - 1, (s.body_from if s.body_from > a - 10 else a - 10) - 1, -1):
        k = keys[j]
        if k in _ADV_STOPS:
            return False
        if k in _ADV_FIRST:
            for p in ADVERBIAL_PPS:
                if p[0] == k and tuple(keys[j:j + len(p)]) == p:
                    return True
    return False


_ADV_STOPS = frozenset(("،", ",", ".", ":", "«", "»", "که"))


CIRCUMSTANCE = {key(w) for w in ("این", "آن", "دیدار", "نشست", "سفر", "گفت‌وگو", "گفتگو", "جلسه", "پیام",
                                  "پیامی", "بیانیه", "بیانیه‌ای", "گزارشی", "مصاحبه", "مراسم", "حاشیه", "ادامه",
                                  "همین", "واکنش", "پایان", "جریان", "تماس", "نامه‌ای", "سخنانی", "حالی")}
DETERMINERS = {key(w) for w in ("هر", "دو", "سه", "چهار", "این", "آن", "همه", "تمام", "تمامی", "چند", "برخی",
                                 "همین", "همان", "یک", "دیگر")}
PARTITIVE = {key(w) for w in ("جمعی", "گروهی", "شماری", "تعدادی", "هزاران", "صدها", "ده‌ها", "نفر", "تن",
                               "برخی", "بسیاری", "یکی", "عده‌ای", "بخشی", "هیئتی")}


def governed_list(s: Sent, m: Mention, depth: int = 0) -> bool:
    """Is m governed by a preposition, directly or as a later item of a list that is?"""
    a = s.span[id(m)][0]
    if a > 0 and s.keys[a - 1] in PREPS:
        return True
    if depth < 8 and a - 2 >= s.body_from and s.keys[a - 1] in ("،", ",", "و") and (a - 2) in s.last \
            and id(s.last[a - 2]) in s.span:
        return governed_list(s, s.last[a - 2], depth + 1)
    return False


def eligible_subject(s: Sent, m: Mention) -> bool:
    """May m be the subject of its clause (not governed, not an object, not in an adverbial)?"""
    r = s.elig_memo.get(id(m))  # m lives as long as s (s.ments holds it): its id is its own
    if r is None:
        r = s.elig_memo[id(m)] = _eligible_subject(s, m)
    return r


def _eligible_subject(s: Sent, m: Mention) -> bool:
    a, b = s.span[id(m)]
    if _in_adverbial(s, a):
        return False
    keys = s.keys
    if a > 1 and keys[a - 1] == "از" and keys[a - 2] in PARTITIVE:
        # "جمعی از معلمان", "۲۳ نفر از معترضان"; not an object ("یکی از فرماندهان X را ترور کرد")
        return not (b + 1 < len(keys) and keys[b + 1] == "را")
    if a > 0 and keys[a - 1] in PREPS:
        return False
    if a - 2 >= s.body_from and keys[a - 1] in ("،", ",", "و") and (a - 2) in s.last and s.last[a - 2] is not m \
            and id(s.last[a - 2]) in s.span and governed_list(s, s.last[a - 2]):
        return False  # "در غزه، کرانه غربی، لبنان و سوریه": a list goes on in its preposition
    j = a - 1
    while j > s.body_from and (keys[j] in DETERMINERS or keys[j].isdigit()):
        j -= 1
    if j < a - 1 and keys[j] in PREPS:
        return False  # "به هر دو رهبر", "از این سه کشور"
    if a > 1 and keys[a - 2] in PREPS and keys[a - 1] not in CIRCUMSTANCE \
            and keys[a - 1] not in ("،", ",") and (a - 1) not in s.verbs:
        return False  # "از حمایت توکیو", "به حملات اسرائیل"
    if a > 1 and keys[a - 1] == "سوی" or (a > 1 and keys[a - 2] in ("به", "از") and keys[a - 1] in ("سوی", "دست")):
        return False
    if b + 1 < len(keys) and keys[b + 1] == "را":
        return False
    if a > s.body_from and _object_genitive(s, a, b):
        return False
    return True


_OPENERS = {key(w) for w in ("روز", "گذشته", "امروز", "دیروز", "شب", "بامداد", "صبح", "عصر", "ظهر", "همچنین",
                             "نیز", "هم", "و", "،", ",", "که", ":", "«", "اما", "ولی", "سپس", "همزمان",
                             "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "امشب",
                             "بعد", "اکنون", "حال", "بار", "دیگر", "نیز", "امروز", "ظهر", "دیروز")}


#: head nouns of armed agents: an actor after them is the force that acts, not a genitive of the object
AGENT_HEADS = {key(w) for w in ("جنگنده‌های", "جنگنده", "پهپادهای", "پهپاد", "نیروهای", "هواپیماهای",
                                "بالگردهای", "ناوهای", "یگان‌های", "واحدهای", "سربازان", "نظامیان", "توپخانه")}


#: "جنبش X"، "گروه X" opening a clause: the group named is the clause's subject (arguments engineer)
GROUP_HEADS = {key(w) for w in ("جنبش", "گروه", "حزب", "جبهه", "شبه‌نظامیان", "ائتلاف")}


def _object_genitive(s: Sent, a: int, b: int) -> bool:
    """"تأسیسات بندری الحدیده ... را هدف قرار داد": a mention after a plain noun, inside the NP
    that "را" closes, is the object's genitive, not the subject."""
    keys = s.keys
    if keys[a - 1] in _OPENERS or keys[a - 1] in PREPS or keys[a - 1] in ("؛", ";"):
        return False  # "... تحریم کرد؛ وزارت خارجه ایران این اقدام را ...": "؛" opens a clause
    if not AGENT_HEADS.isdisjoint(keys[max(s.body_from, a - 3):a]):
        return False  # "پهپادهای رزمی ارتش اهداف ... را": the armed force is the agent
    if keys[a - 1] in GROUP_HEADS and (a - 1 <= s.body_from or keys[a - 2] in ("،", ",", "و")):
        return False  # "جنبش حماس در بیانیه‌ای این یورش را ...": a clause-opening group is the subject
    for j in range(b + 1, min(b + 7, len(keys))):
        k = keys[j]
        if k == "را":
            return True
        if j in s.first or j in s.verbs or k in HARD_BOUNDARY or k in _OPENERS or k in ("،", ",", "که", "و"):
            return False
    return False


def subject_in(s: Sent, lo: int, hi: int) -> Mention | None:
    """The first eligible mention starting in tokens [lo, hi) (`s.first` is in token order: its
    few entries are walked, not every token of the range)."""
    k = (lo, hi)
    memo = s.subj_memo
    if k in memo:
        return memo[k]
    r = memo[k] = _subject_in(s, lo, hi)
    return r


def _subject_in(s: Sent, lo: int, hi: int) -> Mention | None:
    if lo < s.body_from:  # lo = max(lo, s.body_from, hi - MAX_CLAUSE), without the builtin call
        lo = s.body_from
    if lo < hi - MAX_CLAUSE:
        lo = hi - MAX_CLAUSE
    for i, m in s.first.items():
        if i >= hi:
            break
        if i >= lo and eligible_subject(s, m):
            return m
    return None


def speech_subject(s: Sent, cs: int, depth: int = 0) -> Mention | None:
    """Subject of the speech verb right before a clause opened at token cs by که / : / «."""
    if cs <= s.body_from or depth > 3:
        return None
    j = cs - 1
    while j >= s.body_from and s.keys[j] in ("«", ":", "که", "،", ","):
        j -= 1
    if j < s.body_from:
        return None
    # the opener must follow a speech verb (or a speech noun phrase like "در این پیام آمده است")
    lo = clause_start(s, j + 1)
    if not any(s.keys[k] in SPEECH_KEYS for k in range(lo, j + 1)):
        return None
    m = subject_in(s, lo, j + 1) or previous_clause_subject(s, lo)  # "X ... رد کرد و گفت که ..."
    if m is None:
        return speech_subject(s, lo, depth + 1)
    return m


_LAST: list = [None, None]  # (cache key, result): quotes and events share one analysis per doc
_ACTOR_KEY = attrgetter("start", "end", "code", "canonical")  # what the cache key keeps of an actor


def analyzed(doc) -> tuple[list[Mention], list[Sent]]:
    """Mentions and Sents of a document, built once and shared by quotes_stage and events_stage."""
    # everything build_mentions reads: a reused id with the same text from another agency (whose
    # home country resolves bare role words) must not get the other document's mentions
    k = (id(doc), doc.text, doc.agency, tuple(doc.sentences), tuple(map(_ACTOR_KEY, doc.actors)))
    if _LAST[0] == k:
        return _LAST[1]
    ments = build_mentions(doc)
    starts = [m.start for m in ments]  # build_mentions sorts by start
    spans = tokenize_spans(doc.text, doc.sentences) if doc.sentences else []
    sents = [build_sentence(doc.text, a, b, ments, starts, toks) for (a, b), toks in zip(doc.sentences, spans)]
    _LAST[0], _LAST[1] = k, (ments, sents)
    return ments, sents


def previous_clause_subject(s: Sent, cs: int, depth: int = 0) -> Mention | None:
    """"X ... خواند و آنها را محکوم کرد": a clause coordinated after a verb shares its subject."""
    if depth > 3 or cs - 1 < s.body_from or s.keys[cs - 1] != "و":
        return None
    lo = clause_start(s, cs - 1)
    if lo > s.body_from and s.keys[lo - 1] == "که" and _subjunctive_before(s, cs - 1):
        # "X از Y خواست که ... متوقف کند و هشدار داد": the complement is subjunctive, so "و"
        # joins the main clause: its subject is X, not the complement's
        main = clause_start(s, lo - 1)
        return subject_in(s, main, lo - 1) or previous_clause_subject(s, main, depth + 1)
    return subject_in(s, lo, cs - 1) or previous_clause_subject(s, lo, depth + 1)


def _subjunctive_before(s: Sent, j: int) -> bool:
    """Does a subjunctive verb form end right before token j ("... متوقف کند و")?"""
    for k in range(j - 1, max(j - 4, s.body_from - 1), -1):
        v = s.verbs.get(k)
        if v is not None and k + v.ntok - 1 == j - 1:
            return v.tense == "subjunctive"
    return False
