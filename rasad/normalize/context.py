"""ZWNJ decisions that look beyond one word: the writer and the next word.

- The writer: a text that has ZWNJs and no sign of leaving them out (a stand-alone می/ها, a verb
  glued to می) is careful; its joined words and spaced pairs are its writer's spelling, and only
  the inflections the conventions bind (‌ها, ‌ترین) and words the corpus never writes joined are
  fixed (`writer_style`, `_trusted_word`). This keeps correctly written text unchanged.
- The next word: «Xهای» is X‌های or Xه‌ای (`_plural_or_indefinite`); a word + past participle is a
  verb before است/بود/و and an adjective (X‌شده) before را/در/از (`_merge_in_context`).
Everything else is decided per word or per pair (zwnj.py). Linear in the text.
"""
from __future__ import annotations

import re

from .affixes import (BOUND, DEGREE, MI, MI_ZWNJ, PLURAL, SPACED_PREVERBS, convention_pair,
                      joins)
from .chars import LETTERS, ZWNJ
from . import zwnj
from .lexicon import KEEP_JOINED, Lexicon, lexicon
from .words import adjective, known, restore_word, restore_words
from .zwnj import RUN_RX, _merge, touching

TRUST_JOINED = 3  # careful text: a joined plural seen this often in the corpus stays joined (سالها)
TRUST_KNOWN = 5  # careful text: a spelling seen this often with a ZWNJ and never joined is fixed
TIGHT_SHARE = 0.8  # ... when its right pieces follow a ZWNJ this share of their uses in compounds
SUFFIXES = frozenset(PLURAL + DEGREE)
# After «Xه‌ای» vs «X‌های» (PerDT+Seraji train): a function word or the end of the phrase follows
# 52 % vs 0.6 % (ratio 88), another word 48 % vs 99.4 % (ratio 2.1).
FUNCTION_NEXT = frozenset("که از را به در است با برای و بر بود نیز نیست".split())
INDEF_AFTER = 88.0
INDEF_AFTER_NOT = 2.1
DOMINANT = 4  # ... the next word decides unless one reading is this many times more frequent
# The word after a noun + past participle (PerDT train, «X‌شده» vs «X شده»): see _merge_in_context.
NOUN_PHRASE_NEXT = frozenset(("را", "در", "از", "با", "توسط", "برای", "بر"))
VERBAL_NEXT = frozenset(("است", "بود", "باشد", "بودند", "باشند", "اند", "بوده", "و", "که", "شد", "شود",
                         "بودم", "بودیم", "هستند"))
SLOPPY_PAIR = 20  # a spaced pair the corpus writes this often with a ZWNJ and never spaced
SLOPPY_TOKENS = frozenset(("می", "نمی", "ها", "های", "هایی", "ترین"))
WORD_RX = re.compile(f"[{LETTERS}{ZWNJ}]+")
JOINED_SIGN = 3  # a joined word the corpus never writes joined and this often with a ZWNJ
# The model threshold for spaced pairs by the writer's style (zwnj._merge; dev-tuned).
STYLE_T = {"joined": 2.0, "spaced": -0.3, "mixed": 1.0, "plain": 2.0}
TRUST_SPACES = {"careful", "joined"}  # styles whose spaces are the writer's (only inflections join)
# The model threshold for splitting unknown words by style (True: words.JOINED_T); a spaced writer's
# joined words are theirs (False: never split); a text with no sign of either corruption changes less.
SEAMS_T = {"spaced": False, "plain": 1.5}
SPACED_KEEP = 1  # spaced text: a joined word the corpus writes joined this often stays (عکسبرداری)
SURE_MIN, SURE_RATIO = 3, 5  # ... and, in joined text, pairs the corpus nearly always writes with a ZWNJ


def _merge_in_context(lex: Lexicon, left: str, right: str, nxt: str, t: float | None = None,
                      plain: bool = False) -> str | None:
    """`_merge`, with the next word deciding for a word + past participle (انجام شده): before
    است/بود/و/که it is a verb, written with a space (PerDT train «X شده»: 593 vs 14); «X شده»
    before را/در/از/... is an adjective, written «X‌شده» (84 vs 12). Other participles before
    را/در are too often nouns or adjectives of their own (گذشته, آینده): dev got worse."""
    if nxt and right[-2:] in ("ده", "ته") and ZWNJ not in right and joins(left[-1:]) \
            and left not in MI and _participle_word(lex, right):  # not می کرده است
        if nxt in VERBAL_NEXT:
            return None
        if right == "شده" and nxt in NOUN_PHRASE_NEXT and lex.W.get(left.rsplit(ZWNJ, 1)[-1], 0) >= 3:
            return ZWNJ
    sep = _merge(lex, left, right, t)
    if sep is not None and plain and _both_ways(lex, left, right):
        return None  # no sign of corruption: a space the corpus also writes is the writer's
    return sep


def _participle_word(lex: Lexicon, b: str) -> bool:
    stem = b[:-1]
    return b.endswith(("ده", "ته")) and lex.W.get(b, 0) >= 20 and (
        stem in lex.VB or lex.W.get(stem + "ند", 0) > 0 or lex.W.get(stem + "ن", 0) > 0)


def _trusted_word(lex: Lexicon, w: str) -> str:
    """A word of a careful writer's text: fixed only when the corpus never writes it joined and
    often with a ZWNJ (بینالمللی), or for a ZWNJ before a plural/degree ending whose joined form
    the corpus rarely writes (بانکهای -> بانک‌های; سالها stays)."""
    out = restore_word(w)
    if out == w or lex.W.get(w, 0) >= TRUST_JOINED:
        return w
    if lex.W.get(w, 0) == 0 and lex.words.get(out, 0) >= TRUST_KNOWN and _tight(lex, out):
        return out  # the corpus never writes it joined: بینالمللی -> بین‌المللی
    if out.count(ZWNJ) != 1:
        return w
    head, _, suf = out.partition(ZWNJ)
    if suf in DEGREE and not adjective(lex, head):
        return w  # هانتر, فیلتر: no adjective + ‌تر, a word of its own
    return out if head + suf == w and suf in SUFFIXES else w


def _tight(lex: Lexicon, form: str) -> bool:
    """Every seam of `form` is one the corpus never spaces, before a piece it seldom glues to a
    word (بین‌المللی, نخست‌وزیر): a careful writer's joined پرچمدار (‌دار is glued 4 times in 5),
    یکباره or امامجمعه (also written «امام جمعه») is that writer's spelling."""
    pieces = form.split(ZWNJ)
    for a, b in zip(pieces, pieces[1:]):
        r = lex.R.get(b, 0)
        if lex.S.get((a, b), 0) or r < TIGHT_SHARE * (r + lex.J.get(b, 0)):
            return False
    return True


def _spaced_keeps(lex: Lexicon, w: str, out: str) -> bool:
    """A joined word of a writer who types spaces for ZWNJs is theirs when the corpus also writes it
    joined (عکسبرداری, پاکسازی), unless careful text would fix it too (a plural, ‌ها being the
    conventions') or it is a verb glued to می (a sign of dropped ZWNJs): so that a second pass,
    which reads the output as careful text, changes nothing."""
    return lex.W.get(w, 0) >= SPACED_KEEP and not (w.startswith(MI) and out.startswith(MI_ZWNJ)) \
        and _trusted_word(lex, w) == w


def _plural_or_indefinite(lex: Lexicon, w: str, out: str, nxt: str) -> str:
    """«Xهای» is X‌های (plural) or Xه‌ای (indefinite): the next word decides with the corpus counts
    as prior. In PerDT+Seraji train a function word or the end of the phrase follows 52 % of
    «Xه‌ای» but 0.6 % of «X‌های» (which takes an ezafe: زمین‌های کشاورزی, زمینه‌ای برای ...)."""
    plural, indef = w[:-3], w[:-2]
    if len(plural) < 2 or not joins(plural) or not known(lex, plural, 2) or not known(lex, indef, 2):
        return out
    n_pl = lex.Z.get((plural, "های"), 0) + 1.0
    n_in = lex.Z.get((indef, "ای"), 0) + 1.0
    if max(n_pl, n_in) >= DOMINANT * min(n_pl, n_in):
        return out  # the corpus knows which (حرفه‌ای: a relational adjective, not an indefinite)
    ratio = n_in / n_pl * (INDEF_AFTER if (not nxt or nxt in FUNCTION_NEXT) else 1 / INDEF_AFTER_NOT)
    if ratio > 1:
        return restore_word(indef, 1) + ZWNJ + "ای"
    return restore_word(plural, 1) + ZWNJ + "های"


def restore_run(run: str, style: str = "mixed") -> str:
    """Restore a run of Persian words separated by single spaces (linear in the run).

    style (see `writer_style`): "careful": joined words and spaces are the writer's choice, and only
    inflections the conventions bind (‌ها, ‌ترین) are fixed; "joined": the writer drops ZWNJs, so
    a space is a space (the model joins only a pair it is sure of); "spaced": the writer types a
    space for a ZWNJ, so a joined word is joined (no compound split of unknown words); "mixed";
    "plain" (no sign either way): the model's thresholds are higher."""
    lex = lexicon()
    careful = style == "careful"
    t = STYLE_T.get(style)
    if careful:
        words = [_trusted_word(lex, w) for w in run.split(" ")]
    else:
        raw = run.split(" ")
        seams = SEAMS_T.get(style, True)
        words = restore_words(raw, seams)
        if "های" in run:
            for k, w in enumerate(raw):  # زمینهای: زمین‌های or زمینه‌ای, by the next word
                if w.endswith("های") and ZWNJ not in w:
                    words[k] = _plural_or_indefinite(lex, w, words[k], raw[k + 1] if k + 1 < len(raw) else "")
        if style == "spaced":
            words = [r if o != r and _spaced_keeps(lex, r, o) else o for o, r in zip(words, raw)]
    if len(words) == 1:
        return words[0]
    parts = [words[0]]
    cached = zwnj.cached_answer
    trust = style in TRUST_SPACES
    plain = style == "plain"
    for k in range(1, len(words)):
        left, w = words[k - 1], words[k]
        # touching(left, w), inlined: this is the hot path
        if w != "شده" and cached((left.rsplit(ZWNJ, 1)[-1] if ZWNJ in left else left,
                                  w.split(ZWNJ, 1)[0] if ZWNJ in w else w), 0) is None:
            parts.append(" ")  # the common case: a pair whose answer is cached as a space
            parts.append(w)
            continue
        sep = _merge_in_context(lex, left, w, words[k + 1] if k + 1 < len(words) else "", t, plain)
        if sep is not None and trust and not _bound_right(w) \
                and not (style == "joined" and _sure_pair(lex, touching(left, w))):
            sep = None
        parts.append(" " if sep is None else sep)
        parts.append(w)
    text = "".join(parts)
    if careful or SPACED_PREVERBS.isdisjoint(words):
        return text
    final: list[str] = []
    for w in text.split(" "):  # a preverb joins its verb: بر می‌گردم -> برمی‌گردم
        if final and final[-1] in SPACED_PREVERBS and w.startswith(MI_ZWNJ):
            final[-1] += w
        else:
            final.append(w)
    return " ".join(final)


def _sure_pair(lex: Lexicon, key: tuple[str, str]) -> bool:
    """A pair of touching pieces the corpus writes with a ZWNJ far more often than with a space
    (آتش‌نشانی)."""
    z = lex.Z.get(key, 0)
    return z >= SURE_MIN and z > SURE_RATIO * lex.S.get(key, 0)


def _both_ways(lex: Lexicon, left: str, right: str) -> bool:
    """The corpus writes this pair with a space too, and not 5 times as often with a ZWNJ
    (رئیس جمهوری 38/18, بنی صدر): in text with no sign of corruption the space is the writer's
    spelling (not an inflection, nor a compound the conventions fix: دست‌کم, یک‌روزه)."""
    key = touching(left, right)
    return lex.S.get(key, 0) > 0 and key[1] not in BOUND and not convention_pair(*key) \
        and not _sure_pair(lex, key)


def _bound_right(right: str) -> bool:
    return right.split(ZWNJ, 1)[0] in BOUND


def writer_style(text: str) -> str:
    """How the writer of `text` spells ZWNJs: "careful" (it has one, and no sign of leaving them
    out: a stand-alone می/نمی/ها/ترین, a verb glued to می as in «میکنند», a spaced pair the corpus
    only ever writes with a ZWNJ); else "joined" (signs of dropped ZWNJs only: «میکنند»,
    «بینالمللی»), "spaced" (signs of spaces for ZWNJs only: «می کنند», «کتاب ها»), "mixed" (both)
    or "plain" (neither: perhaps correct text, changed more cautiously). Scrapers and writers are
    consistent within a text: the style tells whether a space or a joined word is likely the
    writer's own."""
    lex = lexicon()
    has_zwnj = ZWNJ in text
    words = WORD_RX.findall(text)
    spaced = not SLOPPY_TOKENS.isdisjoint(words)
    if not spaced:  # بین المللی: a pair the corpus only ever writes with a ZWNJ
        sloppy = _sloppy_pairs(lex)
        if has_zwnj:
            spaced = any(touching(a, b) in sloppy for a, b in zip(words, words[1:]))
        else:
            spaced = any(p in sloppy for p in zip(words, words[1:]))
    if not has_zwnj:  # the common case, in one pass at C speed: known words only
        joined = not _joined_forms(lex).isdisjoint(words)
        return _style(joined, spaced)
    glued_mi = joined = False
    signs = list(map(_SIGNS.get, words))
    for w, sign in zip(words, signs):
        if sign is None:
            sign = _word_sign(lex, w)
        if sign == GLUED_MI:
            glued_mi = joined = True
            break
        if sign == JOINED:
            joined = True
            if spaced:
                break
    if not spaced and not glued_mi:  # (it has a ZWNJ: the other case returned above)
        return "careful"
    return _style(joined, spaced)


def _style(joined: bool, spaced: bool) -> str:
    if joined != spaced:
        return "joined" if joined else "spaced"
    return "mixed" if joined else "plain"


_SIGNS: dict[str, int] = {}  # word -> its sign of the writer's style (cleared with zwnj's caches)
zwnj.EXTRA_CACHES.append(_SIGNS)
GLUED_MI, JOINED = 2, 1


def _word_sign(lex: Lexicon, w: str) -> int:
    """GLUED_MI for a verb glued to می (میکنند), JOINED for a word the corpus never writes joined
    and often with a ZWNJ (بینالمللی), else 0; cached per word."""
    sign = 0
    if ZWNJ not in w and len(w) >= 3:
        out = restore_word(w)
        if ZWNJ in out:
            if out.startswith(MI_ZWNJ) and w.startswith(MI):
                sign = GLUED_MI
            elif not lex.W.get(w, 0) and lex.words.get(out, 0) >= JOINED_SIGN:
                sign = JOINED
    if len(_SIGNS) > 200_000:
        _SIGNS.clear()
    _SIGNS[w] = sign
    return sign


def _joined_forms(lex: Lexicon) -> frozenset:
    """Known words whose letters the corpus never writes joined and this often with a ZWNJ
    (میکنند, بینالمللی): a sign of dropped ZWNJs (kept on lex)."""
    forms = lex.__dict__.get("_joined")
    if forms is None:
        forms = lex.__dict__["_joined"] = frozenset(
            k for k, f in lex.best.items() if ZWNJ in f and not lex.W.get(k, 0)
            and lex.words.get(f, 0) >= JOINED_SIGN and (k not in KEEP_JOINED))
    return forms


def _sloppy_pairs(lex: Lexicon) -> frozenset:
    """Piece pairs the corpus writes this often with a ZWNJ and never with a space (kept on lex)."""
    pairs = lex.__dict__.get("_sloppy")
    if pairs is None:
        pairs = lex.__dict__["_sloppy"] = frozenset(
            p for p, n in lex.Z.items() if n >= SLOPPY_PAIR and not lex.S.get(p, 0))
    return pairs


def restore(text: str, style: str | None = None) -> str:
    """ZWNJ restoration of `text`; `style` is the writer's (`writer_style`), read from `text`
    itself unless the caller knows it from more of the same page."""
    style = style or writer_style(text)
    return RUN_RX.sub(lambda mo: restore_run(mo.group(), style), text)


def restore_with_map(text: str) -> tuple[str, list[int]]:
    from .mapping import sub_with_map

    style = writer_style(text)
    return sub_with_map(RUN_RX, lambda mo: restore_run(mo.group(), style), text)
