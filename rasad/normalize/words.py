"""ZWNJs inside one word written without them ("میکنند" -> "می‌کنند").

A known word gets the corpus's most frequent spelling of its letters (unless the corpus also
writes it joined often); an unknown word is split only by evidence (`_split_oov`): a verb prefix
می/نمی before a verb body seen in the corpus or a verb by its shape, an inflectional suffix (ها,
های, تر, ترین, ‌اند after a silent ه, ...) after a known word, a silent ه between two known words,
بی/هم + a known word, or, at the best seam by the model (model.py), two pieces the corpus knows.
Words that already carry a ZWNJ are trusted; nothing is split after a non-joining letter. Answers
are cached per word (and per seam threshold: the writer's style sets it, context.py).
"""
from __future__ import annotations

from .affixes import (AFTER_HE, AFTER_YE, BOUND, DEGREE, DERIVED, JOINED_ENDINGS, MI, MI_ZWNJ,
                      NUMERAL_HEADS, NUMERALS, OOV_HE, PERFECT, PLURAL, POSSESSIVE, PREFIXES, PREVERBS,
                      VERB_ENDINGS, VERB_FORM, joins, silent_he)
from .chars import ZWNJ
from . import model
from .lexicon import GAR, KEEP_JOINED, PERSON_ENDINGS, Lexicon, lexicon

MAX_WORD = 40  # longer "words" are junk; leave them as they are (and keep the cost linear)
MIN_BASE = 2
VERB_MIN = 3
# Tuned on the dev splits (bench/normalize/zwnj_errors.py) and checked on a held-out tail of train
# (bench/normalize/zwnj_xval.py).
NAME_WORD = 3  # a می-remainder seen this often as a word of its own is no verb body
JOINED_KEEP = 0.5  # a joined form with this share of its letters' uses stays joined (نفتکش)
JOINED_MIN = 3  # ... and this often
HE_MIN = 5  # _after_he: how often each piece must be a word of its own
HE_NOT = frozenset(("نگه", "بده", "بره", "مین", "است", "ایشان", "اند"))
PREFIX_MIN = 5  # how often the rest must be a word of its own
JOINED_T = 0.0  # model log-odds above which an unknown word is split at its best seam (model.py)
SEAM_MIN = 1  # both pieces of a seam seen this often


def known(lex: Lexicon, w: str, floor: int = 1) -> bool:
    return lex.W.get(w, 0) + lex.L.get(w, 0) >= floor or w in lex.best


def _verb_body(lex: Lexicon, rest: str) -> bool:
    if rest in lex.VB:
        return True
    if rest.endswith("ی") and lex.W.get(rest, 0) >= NAME_WORD:
        return False  # میدری: «دری» is a word (and a name), not در + ی
    for e in PERSON_ENDINGS:
        if rest.endswith(e) and len(rest) - len(e) >= 2 and rest[: -len(e)] in lex.stems:
            return True
    return False


def _split_oov(lex: Lexicon, w: str, depth: int = 0, seams: Seams = True) -> str | None:
    """A ZWNJ spelling for a word the corpus never saw, or None."""
    for pre in ("نمی", "می"):
        if w.startswith(pre) and len(w) > len(pre) + 2:
            rest = w[len(pre):]
            if _verb_body(lex, rest) or (depth == 0 and (
                    _looks_verbal(lex, rest) or _verb_form(lex, rest) or _present_form(lex, w, rest))):
                return pre + ZWNJ + rest
            if depth == 0:  # می + body + suffix: میکردهاند
                sub = _suffix(lex, rest, depth + 1, seams)
                if sub and _verb_body(lex, sub.split(ZWNJ)[0]):
                    return pre + ZWNJ + sub
    for pv in PREVERBS:  # برمیدارم -> برمی‌دارم
        if depth == 0 and w.startswith(pv) and w[len(pv):].startswith(MI):
            inner = _split_oov(lex, w[len(pv):], depth + 1, seams)
            if inner and inner.startswith(MI_ZWNJ):
                return pv + inner
    if _inflected_joined(lex, w):
        return w
    for num in NUMERALS:  # سهجانبه -> سه‌جانبه
        if w.startswith(num) and w[len(num):] in NUMERAL_HEADS:
            return num + ZWNJ + w[len(num):] if joins(num) else w  # چندلایه: no ZWNJ after د
    if depth == 0 and w.startswith("بی") and not known(lex, w[:-3], 2):
        pre = _prefixed(lex, w)  # بیانتهایش: بی‌انتهایش, not بیانت‌هایش
        if pre:
            return pre
    sub = _suffix(lex, w, depth, seams)
    if sub:
        return sub
    return (_after_he(lex, w) or (_compound(lex, w, seams) if seams is not False else None)
            or (_prefixed(lex, w) if depth == 0 else None))


def _after_he(lex: Lexicon, w: str) -> str | None:
    """Two known words, the first ending in a silent ه: نیمهابری -> نیمه‌ابری. The corpus writes
    such compounds with a ZWNJ 50 times as often as joined (a medial ه would change the letter);
    not after ا/و (راه, گروه: a sounded h) nor for verb forms (نگهداری) and ordinals (دوازدهمین)."""
    best, where = 0, 0
    for i in range(3, len(w) - 1):
        a, b = w[:i], w[i:]
        if not silent_he(a) or a in HE_NOT or b in HE_NOT or _sounded_h(lex, a):
            continue
        na, nb = lex.W.get(a, 0), lex.W.get(b, 0)
        if na >= HE_MIN and nb >= HE_MIN and min(na, nb) > best:
            best, where = min(na, nb), i
    return w[:where] + ZWNJ + restore_word(w[where:], 1) if where else None


def _sounded_h(lex: Lexicon, a: str) -> bool:
    """a's final ه is a consonant (اله, توجه, گروه): the corpus writes a + ی joined (الهی) more
    often than a + ‌ای (a silent ه takes ‌ای: خانه‌ای, and never a joined ی)."""
    n = lex.W.get(a + "ی", 0)
    return n >= 2 and n > lex.Z.get((a, "ای"), 0)


def _inflected_joined(lex: Lexicon, w: str) -> bool:
    """A word the corpus writes joined + an ending that never takes a ZWNJ after it: حسابداران,
    همکارش, سالمندی, رهایم stay joined (not حساب‌داران, ره‌ایم)."""
    for e in JOINED_ENDINGS:
        stem = w[: -len(e)]
        if w.endswith(e) and len(stem) >= 3 and lex.W.get(stem, 0) >= 2 and lex.best.get(stem) == stem \
                and not any(stem.endswith(p) and len(stem) - len(p) >= 2 for p in PLURAL):
            return True
    return False


def _prefixed(lex: Lexicon, w: str) -> str | None:
    """بی/هم + a word the corpus knows well (بیتعادلی -> بی‌تعادلی); the joined form is unseen."""
    for pre in PREFIXES:
        rest = w[len(pre):]
        if not w.startswith(pre) or len(rest) < 3:
            continue
        if lex.W.get(rest, 0) >= PREFIX_MIN:
            return pre + ZWNJ + restore_word(rest, 1)
        if pre == "بی" and derived(lex, rest):
            return pre + ZWNJ + rest
    return None


def derived(lex: Lexicon, rest: str) -> bool:
    """rest = a well-known word + a derivational ending: تعادلی, شرمانه, انتهایش (after بی)."""
    for e in DERIVED:
        stem = rest[: -len(e)]
        if rest.endswith(e) and len(stem) >= 3 and lex.W.get(stem, 0) >= PREFIX_MIN:
            return True
    return False


def _verb_form(lex: Lexicon, rest: str) -> bool:
    """An unseen verb by its shape: a past stem in -ید/-ست/-شت/-سود or a causative -ان + person
    ending (میلیسید, میلغزاندند, مینوشانیم). On the train vocabulary every joined «می…» word
    of this shape is a verb; میر + a name (میرسعید) and a می-word + ending (میزبانید) are not."""
    if len(rest) < 4 or not VERB_FORM.search(rest):
        return False
    for e in ("ند", "ید", "یم", "م", "ی"):  # میزبانید: a word (میزبان) + a person ending
        if rest.endswith(e) and lex.W.get("می" + rest[: -len(e)], 0) >= 2:
            return False
    return not (rest[0] == "ر" and lex.W.get(rest[1:], 0) > 0)


def _present_form(lex: Lexicon, w: str, rest: str) -> bool:
    """An unseen present verb (میپزیم, میفریبد): an unknown stem + a person ending, when no word
    the corpus knows starts the whole word (میلگرد, میزگرد, میهنم) and it is not میر + a name."""
    if len(rest) < 4 or rest[0] == "ر" or not rest.endswith(("یم", "ید", "ند", "د", "م")):
        return False
    return not any(lex.W.get(w[:i], 0) >= 5 for i in range(3, len(w) - 1))


def _looks_verbal(lex: Lexicon, rest: str) -> bool:
    """An unseen verb body after می: a person ending on a stem of 2+ letters that is no word."""
    if len(rest) < VERB_MIN or rest in lex.W:
        return False
    # the stem before the ending must be one the corpus has seen after می‌ (not میرزاجواد)
    return any(rest.endswith(e) and rest[: -len(e)] in lex.stems for e in VERB_ENDINGS)


def _suffix(lex: Lexicon, w: str, depth: int, seams: Seams = True) -> str | None:
    """Best base + inflectional suffix split, scored by how often the corpus has that pair."""
    best: tuple[float, str] | None = None
    for group in (PLURAL, DEGREE, AFTER_HE):
        for suf in group:
            if not w.endswith(suf) or len(w) - len(suf) < MIN_BASE:
                continue
            base = w[: -len(suf)]
            if group is AFTER_HE and not (base.endswith("ه") or (base.endswith("ی") and suf in AFTER_YE)):
                continue
            if suf in POSSESSIVE and (len(base) < 3 or base[-2] in "اوآ"):
                continue  # a sounded h takes them joined: راهشان, نگاهتان
            if suf == "تری" and not adjective(lex, base):
                continue  # دمیتری, کاتتری: ‌تری (a comparative + ی) only after an adjective
            if not joins(base):
                if group is PLURAL and known(lex, base):  # کشورها: written joined
                    score = 0.001 * (lex.W.get(base, 0) + lex.L.get(base, 0))
                    if best is None or score > best[0]:
                        best = (score, w)
                continue
            if known(lex, base, 2 if group is not PLURAL else 1):
                form = restore_word(base, depth + 1, seams) + ZWNJ + suf
            elif len(base) >= 3 and (group is PLURAL or suf == "ترین" or (group is AFTER_HE and base.endswith(OOV_HE))):
                form = (_split_oov(lex, base, depth + 1, seams) if depth < 1 else None) or base
                form += ZWNJ + suf
            elif depth < 1:
                inner = _split_oov(lex, base, depth + 1, seams)
                if not inner:
                    continue
                form = inner + ZWNJ + suf
            else:
                continue
            score = lex.Z.get((base, suf), 0) + 0.001 * _count(lex, base)
            if group is AFTER_HE and suf in PERFECT and _participle(lex, base):
                score += 1.0  # دریافته‌ایم, not دریافت‌هایم: a perfect tense after a past participle
            if best is None or score > best[0]:
                best = (score, form)
    return best[1] if best else None


def adjective(lex: Lexicon, base: str) -> bool:
    """The corpus has `base` with a degree ending in some spelling (بزرگ‌تر, کوچکترین)."""
    return any(lex.Z.get((base, d), 0) or lex.W.get(base + d, 0) for d in DEGREE)


def _count(lex: Lexicon, w: str) -> int:
    """How often the corpus has these letters as a word or a left piece, or in any spelling."""
    return max(lex.W.get(w, 0) + lex.L.get(w, 0), lex.words.get(lex.best.get(w, ""), 0))


def _participle(lex: Lexicon, base: str) -> bool:
    """A past participle (دریافته, پاشیده): a past stem in د/ت + ه, the stem seen as a verb."""
    stem = base[:-1]
    if not (base.endswith("ه") and stem.endswith(("د", "ت")) and len(stem) >= 3):
        return False
    return (stem in lex.VB or lex.W.get(stem + "ند", 0) > 0 or lex.W.get(stem + "ن", 0) > 0
            or (stem.endswith("ید") and lex.W.get(stem, 0) > 0))  # برگردید: a past 3sg


def _compound(lex: Lexicon, w: str, t: Seams = True) -> str | None:
    """An unknown word split into two pieces the corpus knows: the best seam by the model, if its
    score passes t (True: JOINED_T)."""
    best, where = (JOINED_T if t is True else t), 0
    for i in _seams(lex, w):
        sc = model.score(lex, "joined", w[:i], w[i:])
        if sc > best:
            best, where = sc, i
    return w[:where] + ZWNJ + w[where:] if where else None


def _seams(lex: Lexicon, w: str):
    """Split points worth asking the model about: both pieces seen, the left one joining."""
    for i in range(2, len(w) - 1):
        a, b = w[:i], w[i:]
        if joins(a) and b not in BOUND and a not in MI and lex.W.get(a, 0) + lex.L.get(a, 0) >= SEAM_MIN \
                and lex.W.get(b, 0) + lex.R.get(b, 0) >= SEAM_MIN:
            yield i


Seams = bool | float  # see restore_word
_CACHES: dict[Seams, dict[str, str]] = {}  # per seam threshold: word -> its spelling


def _cache(seams: Seams) -> dict[str, str]:
    cache = _CACHES.get(seams)
    if cache is None:
        cache = _CACHES[seams] = {}
    return cache


def clear_word_caches() -> None:
    for cache in _CACHES.values():
        cache.clear()


def restore_words(words: list[str], seams: Seams = True) -> list[str]:
    """restore_word over a list, the cached words looked up in one pass (the common case)."""
    cache = _cache(seams)
    out = list(map(cache.get, words))
    if None in out:
        out = [o if o is not None else restore_word(w, 0, seams) for o, w in zip(out, words)]
    return out


def restore_word(w: str, depth: int = 0, seams: Seams = True) -> str:
    """The spelling of one word (no spaces) with its ZWNJs. seams: the model threshold for splitting
    an unknown word into a compound (True: JOINED_T; False: never, for text whose writer spaces its
    compounds: its joined words are joined)."""
    cache = _cache(seams)
    if ZWNJ in w or len(w) < 3 or len(w) > MAX_WORD:
        if depth == 0 and len(w) < 3:
            cache[w] = w  # short words are most tokens: restore_words finds them in one lookup
        return w
    hit = cache.get(w)
    if hit is not None:
        return hit
    lex = lexicon()
    out = lex.best.get(w)
    if out is not None and ZWNJ not in out and w.endswith(PLURAL) and w not in KEEP_JOINED:
        out = _plural_override(lex, w) or out
    if out is not None and ZWNJ in out and w not in KEEP_JOINED:
        n_joined = lex.W.get(w, 0)
        if n_joined >= JOINED_MIN and n_joined >= JOINED_KEEP * lex.words.get(out, 0):
            out = w  # the corpus also writes it joined often: the page's spelling stands (نفتکش)
    if out is None:
        out = _split_oov(lex, w, depth, seams) or w
    if ZWNJ in out:
        out = _drop_gar(out)
    if depth == 0:
        if len(cache) > 200_000:
            cache.clear()
        cache[w] = out
    return out


def _plural_override(lex: Lexicon, w: str) -> str | None:
    """Seraji writes plurals joined (بیماریهای); the conventions want ‌ها when the base is a word
    that is more frequent than the joined plural (تنها is not تن + ها)."""
    for suf in PLURAL:
        if w.endswith(suf):
            base = w[: -len(suf)]
            n = lex.W.get(w, 0)
            if len(base) >= MIN_BASE and joins(base) and n <= 5 and 3 * n + 2 <= lex.W.get(base, 0):
                return base + ZWNJ + suf
            return None
    return None


def _drop_gar(form: str) -> str:
    """-گر/-گری are written joined (میانجیگری), except after a silent ه (حیله‌گر, نظاره‌گر)."""
    head, _, last = form.rpartition(ZWNJ)
    return head + last if last in GAR and not silent_he(head) else form
