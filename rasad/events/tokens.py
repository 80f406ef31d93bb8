"""Word tokens with offsets, and the conjugated forms of the verbs event patterns use.

Why not a parser: Persian event predicates are mostly light-verb constructions (محکوم کرد,
خواستار ... شد) whose verb is one of a dozen stems; a table of every conjugated surface form
of those stems (past, present, perfect, future, negated, with or without ZWNJ) is exact,
linear to match and needs no model. Comparison keys drop ZWNJ, so "می‌کند" and "میکند" match.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

ZWNJ = "\u200c"
#: punctuation kept as its own token: clause boundaries and quote marks
PUNCT = set("،,.؛;:!?؟«»\"()[]")


class Tok(NamedTuple):
    """One token. A named tuple, not a dataclass: a sentence's tokens are built by one C-level
    map (no Python `__init__` per token), and its fields read through C descriptors."""

    text: str
    start: int
    end: int
    key: str  # comparison key: no ZWNJ


_NEW_TUPLE = tuple.__new__


def key(word: str) -> str:
    return word.replace(ZWNJ, "")


#: an abbreviation written with dots ("پ.ک.ک", "آ.س.ه") is one token, not three sentence ends; the
#: pattern that knows them runs only on sentences that hold one (_HAS_ABBR), the plain one elsewhere
_TOKEN_RE_ABBR = re.compile(r"(?:[^\W\d_]\.){2,}[^\W\d_]?|[^\s،,.؛;:!?؟«»\"()\[\]]+|[،,.؛;:!?؟«»\"()\[\]]")
_TOKEN_RE = re.compile(r"[^\s،,.؛;:!?؟«»\"()\[\]]+|[،,.؛;:!?؟«»\"()\[\]]")
#: the same two patterns as one capturing group, for `split`: every character a token does not
#: take is whitespace, so split() alternates gap, token, gap, ... and the offsets are the running
#: sums of the pieces' lengths (no match object per token; see tokenize_keys)
_SPLIT_ABBR = re.compile("(" + _TOKEN_RE_ABBR.pattern + ")")
_SPLIT = re.compile("(" + _TOKEN_RE.pattern + ")")
_HAS_ABBR = re.compile(r"[^\W\d_]\.[^\W\d_]\.")




def _has_abbr(text: str, start: int, end: int) -> bool:
    """`_HAS_ABBR.search(text, start, end)`, tried only at the dots (str.find, not a regex scan of
    every character: most sentences hold one dot, at their end)."""
    match = _HAS_ABBR.match
    q = text.find(".", start + 1, end)
    while q >= 0:
        if match(text, q - 1, end):
            return True
        q = text.find(".", q + 1, end)
    return False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Words (letters, digits, ZWNJ, hyphen inside) and single punctuation marks, with offsets.

    A detached "می"/"نمی" is merged with the next word ("می کند" → one verb token).
    """
    return tokenize_keys(text, start, end)[0]


def tokenize_keys(text: str, start: int = 0, end: int | None = None) -> tuple[list[Tok], list[str], list[int],
                                                                                list[int]]:
    """`tokenize`, and the tokens' keys, starts and ends as lists (for callers that scan them:
    no attribute read per token).

    Words, offsets and keys are taken with C-level maps; the per-token loop runs only when a
    sentence holds a detached "می"/"نمی" (rare in normalized text).
    """
    end = len(text) if end is None else end
    rx = _SPLIT_ABBR if _has_abbr(text, start, end) else _SPLIT  # the simple one is faster
    # one split in C (`finditer` made a match object and three calls per token): `_pieces`
    n = len(text)
    # finditer's clamping of pos/endpos (slices read negatives from the end); min/max spelled out
    a = 0 if start < 0 else n if start > n else start
    b = 0 if end < 0 else n if end > n else end
    words, starts, ends, keys = _pieces(rx, text, a, b)
    if "می" in keys or "نمی" in keys:
        return _merged_lists(text, words, starts, keys)
    return list(map(_NEW_TUPLE, repeat(Tok), zip(words, starts, ends, keys))), keys, starts, ends


def _pieces(rx, text: str, a: int, b: int) -> tuple[list[str], list[int], list[int], list[str]]:
    """Words of text[a:b] (split by `rx`: gap, word, gap, ..., gap) with their starts, ends and keys,
    the offsets from the running sums of the pieces' lengths: all in C."""
    parts = rx.split(text[a:b])
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=a))  # bounds[k]: where parts[k] starts
    keys = [w.replace(ZWNJ, "") for w in words] if text.find(ZWNJ, a, b) >= 0 else words
    return words, bounds[1:-1:2], bounds[2::2], keys


def _merged_lists(text: str, words: list[str], starts: list[int], keys: list[str]):
    """`_merged` tokens, and their keys, starts and ends as lists."""
    toks = _merged(text, words, starts, keys)
    return toks, [t.key for t in toks], [t.start for t in toks], [t.end for t in toks]


def tokenize_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[list[Tok], list[str], list[int],
                                                                          list[int]]]:
    """`tokenize_keys(text, a, b)` for each (a, b) of `spans` (the document's sentences), from one
    split of the whole text: one regex call, one running sum and one token map per document, not
    per sentence. A sentence gets the slice of the text's tokens that lie inside it; the result is
    the same whenever no token of the text crosses one of its ends and it holds no dotted
    abbreviation (those sentences, rare, are tokenized on their own)."""
    n = len(text)
    words, starts, ends, keys = _pieces(_SPLIT, text, 0, n)
    toks = list(map(_NEW_TUPLE, repeat(Tok), zip(words, starts, ends, keys)))
    abbr = _has_abbr(text, 0, n)  # none in the text: none in any sentence
    out = []
    for a, b in spans:
        i = bisect_left(starts, a)
        j = bisect_left(starts, b, i)  # tokens starting before b
        if (0 <= a <= b <= n and (i == 0 or ends[i - 1] <= a) and (j == i or ends[j - 1] <= b)
                and not (abbr and _has_abbr(text, a, b))):
            k = keys[i:j]
            if "می" in k or "نمی" in k:
                out.append(_merged_lists(text, words[i:j], starts[i:j], k))
            else:
                out.append((toks[i:j], k, starts[i:j], ends[i:j]))
        else:
            out.append(tokenize_keys(text, a, b))
    return out


def _merged(text: str, words: list[str], starts: list[int], keys: list[str]) -> list[Tok]:
    """Tokens with each detached "می"/"نمی" joined to the word after it."""
    merged: list[Tok] = []
    prefix = False  # the last token is a detached "می"/"نمی"
    for w, a, k in zip(words, starts, keys):
        if prefix and k not in PUNCT:
            p = merged.pop()
            merged.append(Tok(text[p.start:a + len(w)], p.start, a + len(w), p.key + k))
            prefix = False
            continue
        merged.append(Tok(w, a, a + len(w), k))
        prefix = k == "می" or k == "نمی"
    return merged


# --- verb forms -------------------------------------------------------------------------------

#: past stem → present stem, for every verb a pattern may name as V(stem)
STEMS = {
    "کرد": "کن", "شد": "شو", "داد": "ده", "زد": "زن", "گرفت": "گیر", "خواست": "خواه",
    "داشت": "دار", "گفت": "گو", "افزود": "افزا", "نمود": "نما", "آورد": "آور", "رساند": "رسان",
    "رسید": "رس", "کشت": "کش", "کشید": "کش", "پذیرفت": "پذیر", "گذاشت": "گذار", "ساخت": "ساز",
    "یافت": "یاب", "فرستاد": "فرست", "بست": "بند", "ربود": "ربا", "انداخت": "انداز",
    "شکست": "شکن", "پیوست": "پیوند", "بازگشت": "بازگرد", "خواند": "خوان", "نامید": "نام", "آمد": "آ",
    "ورزید": "ورز", "گشود": "گشا", "فروخت": "فروش", "بود": "باش", "گماشت": "گمار",
    "بخشید": "بخش", "شناخت": "شناس", "فراخواند": "فراخوان", "تاخت": "تاز", "دانست": "دان", "جنگید": "جنگ", "رفت": "رو", "بازگرداند": "بازگردان", "کوبید": "کوب", "ماند": "مان", "درآورد": "درآور", "ایستاد": "ایست",
    "گردید": "گرد", "ستود": "ستا", "نشست": "نشین", "درآمد": "درآ", "راند": "ران",
}
#: bare 3rd-singular pasts that are more often nouns ("درآمد نفتی"): a
#: verb only at the clause's end (before punctuation or the sentence end: "به منزل او یورش برد.")
_NOUN_LIKE_PAST = {"درآمد"}
#: forms of نشستن that are nouns or adjectives far more often than verbs ("نشست سران", "به گل نشسته")
_NOUN_FORMS = {"نشست", "نشسته", "ننشست", "ننشسته", "شدید"}  # and "شدید" (severe), never "you became" in news
#: "آمد و شد"، "رفت و آمد" (traffic) are nouns, not the verbs آمد/شد/رفت
_VOWEL_PRESENT = {"گو", "افزا", "نما", "ربا", "گشا", "آ", "ستا", "درآ"}
_PAST_SUF = ("", "م", "یم", "ید", "ند")  # no 2nd singular: "کشتی" is a ship
_PRES_SUF = ("م", "د", "یم", "ید", "ند")
_FUT_AUX = ("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند")
_PERF_AUX = ("است", "اند", "ام", "ای", "ایم", "اید", "بود", "بودند", "بودیم", "بودم", "باشد", "باشند")
#: copula forms, lemma "است" ("خواستار ... هستیم", "مخالف ... است")
_COPULA = {"است": False, "هست": False, "هستند": False, "هستیم": False, "هستم": False, "اند": False,
           "بود": False, "بودند": False, "بودیم": False, "نیست": True, "نیستند": True, "نیستیم": True,
           "نبود": True, "نبودند": True, "می‌باشد": False, "می‌باشند": False}
#: bare present of داشتن ("دارند") — a finite verb, so a clause boundary, though never an act
_HAVE = ("دارم", "داری", "دارد", "داریم", "دارید", "دارند", "ندارم", "ندارد", "نداریم", "ندارند")


#: light verbs whose bare present ("کند"، "دهند"، "شود") is a subjunctive verb, not a noun
_BARE_SUBJUNCTIVE = {"کرد", "داد", "شد"}


@dataclass(frozen=True, slots=True)
class VerbForm:
    lemma: str      # past stem ("کرد")
    negated: bool
    tense: str      # past | present | perfect | future | copula
    ntok: int       # how many tokens the form spans


#: preverbs the negation follows ("فرانخواند", "بازنگشت", "درنیاورد")
_PREVERBS = ("فرا", "باز", "در")


def _neg(stem: str) -> str:
    for pv in _PREVERBS:
        if stem.startswith(pv) and len(stem) > len(pv) + 2:
            return pv + _neg(stem[len(pv):])
    if stem.startswith("آ"):
        return "نیا" + stem[1:]
    if stem.startswith("ا"):
        return "نی" + stem[1:]
    return "ن" + stem


def _present_forms(pres: str) -> list[str]:
    if pres in _VOWEL_PRESENT:
        return [pres + "ی" + s if s != "ی" else pres + "یی" for s in _PRES_SUF]
    return [pres + s for s in _PRES_SUF]


@lru_cache(maxsize=1)
def verb_table() -> dict[tuple[str, ...], VerbForm]:
    """Every surface form (as a tuple of ZWNJ-free token keys) of every stem in STEMS."""
    table: dict[tuple[str, ...], VerbForm] = {}

    def put(words: tuple[str, ...], lemma: str, neg: bool, tense: str) -> None:
        table.setdefault(tuple(key(w) for w in words), VerbForm(lemma, neg, tense, len(words)))

    for past, pres in STEMS.items():  # past forms first: "می‌کشید" is "was pulling", not "you kill"
        if not pres:
            continue
        for neg in (False, True):
            p = _neg(past) if neg else past
            mi = "نمی" if neg else "می"
            for s in _PAST_SUF:
                put((p + s,), past, neg, "past")
                put((mi + past + s,), past, neg, "past")
    for past, pres in STEMS.items():
        if not pres:
            continue
        for neg in (False, True):
            p = _neg(past) if neg else past
            mi = "نمی" if neg else "می"
            for f in _present_forms(pres):
                put((mi + f,), past, neg, "present")
            part = p + "ه"
            put((part,), past, neg, "perfect")
            for aux in _PERF_AUX:
                put((part, aux), past, neg, "perfect")
                if aux != "ای":  # "بسته‌ای"، "کشته‌ای" are indefinite nouns ("a package"), never "you have closed"
                    put((part + aux,), past, neg, "perfect")
            for aux in _FUT_AUX:
                put(((("ن" + aux) if neg else aux), past), past, neg, "future")
        # subjunctive / bare present ("بکند", "نکند", "کنند" after modals), marked present
        for f in _present_forms(pres):
            put(("ب" + f,), past, False, "subjunctive")
            put(("ن" + f,), past, True, "subjunctive")
            if past in _BARE_SUBJUNCTIVE:  # "متوقف کند و ..."، "آزاد شود": light verbs end clauses
                put((f,), past, False, "subjunctive")
    for w, neg in _COPULA.items():
        put((w,), "است", neg, "copula")
    for w in _HAVE:
        put((w,), "داشت", w.startswith("ند"), "present")
    return table


@lru_cache(maxsize=1)
def _first_words() -> dict[str, list[tuple[tuple[str, ...], VerbForm]]]:
    out: dict[str, list] = {}
    for words, form in verb_table().items():
        out.setdefault(words[0], []).append((words, form))
    for lst in out.values():
        lst.sort(key=lambda x: -len(x[0]))
    return out


def verb_starts() -> dict[str, list]:
    """First word of every verb form → its forms (a cheap test before verb_at)."""
    return _first_words()


@lru_cache(maxsize=1)
def _forms_by_length() -> dict[str, tuple[tuple[int, dict[tuple[str, ...], VerbForm]], ...]]:
    """First word → ((n, {the n-1 words after it: form}), ...), longest n first: `verb_at_keys`
    makes one dict lookup per length, not one comparison per form."""
    out: dict[str, dict[int, dict[tuple[str, ...], VerbForm]]] = {}
    for first, cands in _first_words().items():
        by_n = out.setdefault(first, {})
        for words, form in cands:
            by_n.setdefault(len(words), {}).setdefault(words[1:], form)  # first in _first_words order wins
    return {first: tuple(sorted(by_n.items(), reverse=True)) for first, by_n in out.items()}


_AMBIG_KEYS = _NOUN_LIKE_PAST | _NOUN_FORMS | {"آمد", "رفت", "شد"}


def _not_verb(keys: list[str], i: int) -> bool:
    """The word at i is a noun though it spells a verb form: a noun-like bare past not at the
    clause's end, or a half of "آمد و شد" / "رفت و آمد"."""
    k = keys[i]
    if k in _NOUN_FORMS:
        return True
    if k in _NOUN_LIKE_PAST:
        return i + 1 < len(keys) and keys[i + 1] not in PUNCT and keys[i + 1] not in _PERF_AUX
    if k == "آمد" or k == "رفت":
        if i + 2 < len(keys) and keys[i + 1] == "و" and keys[i + 2] in ("شد", "آمد"):
            return True
    if (k == "شد" or k == "آمد") and i >= 2 and keys[i - 1] == "و" and keys[i - 2] in ("آمد", "رفت"):
        return True
    return False


def verb_at_keys(keys: list[str], i: int) -> VerbForm | None:
    """`verb_at` over the tokens' keys."""
    lengths = _forms_by_length().get(keys[i])
    if lengths is None:
        return None
    if keys[i] in _AMBIG_KEYS and _not_verb(keys, i):
        return None
    for n, rest in lengths:
        if i + n <= len(keys):
            form = rest.get(tuple(keys[i + 1:i + n]))
            if form is not None:
                return form
    return None


def verb_at(toks: list[Tok], i: int) -> VerbForm | None:
    """The verb form starting at token i (longest match), or None."""
    cands = _first_words().get(toks[i].key)
    if not cands:
        return None
    if toks[i].key in _AMBIG_KEYS and _not_verb([t.key for t in toks[max(0, i - 2):i + 3]], min(i, 2)):
        return None
    for words, form in cands:
        n = len(words)
        if i + n <= len(toks) and all(toks[i + k].key == words[k] for k in range(1, n)):
            return form
    return None
