"""What Persian words are made of, for ZWNJ restoration: the inflectional endings, verb prefixes
and shapes, derivational prefixes, and the compounds the conventions fix (coding-conventions.md).
Plain tables and two letter tests, shared by words.py (ZWNJs inside one word) and zwnj.py (between
two words).
"""
from __future__ import annotations

import re

from .chars import MARKS, NON_JOINING, ZWNJ
from .lexicon import GAR

PLURAL = ("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها")
DEGREE = ("ترین", "تری", "تر")
POSSESSIVE = ("شان", "تان", "مان")  # after a silent ه with a ZWNJ (علاقه‌تان), else joined
PERFECT = frozenset(("ایم", "اید", "اند", "ای"))  # after a participle: the perfect (دیده‌ایم)
AFTER_HE = ("ایم", "اید", "اند", "ای", "ام", "ات", "اش", "شان", "تان", "مان")  # only after a silent ه
OOV_HE = ("ده", "ته")  # an unseen base may take ‌ام/‌ای/... if shaped like a participle (not استفه‌ام)
MI = ("می", "نمی")  # the verb prefixes
MI_ZWNJ = tuple(m + ZWNJ for m in MI)  # ... as they start a verb written with its ZWNJ
PREVERBS = frozenset(("بر", "در", "باز", "فرو", "فرا", "وا"))
PREVERB_MI = frozenset(p + m for p in PREVERBS for m in MI)
SPACED_PREVERBS = frozenset(("بر", "فرو", "فرا"))  # در and باز are also words: "باز می‌کنند"
AFTER_YE = ("ایم", "اید", "اند", "ای", "ام", "اش")  # after ی (ات: مادیات is a word)
# inflections: never the right half of a compound (the possessives take a ZWNJ only after a silent ه)
BOUND = frozenset(PLURAL + DEGREE + AFTER_HE + ("مان", "تان", "شان", "ان", "اتان", "اشان")) | GAR
VERB_ENDINGS = ("ند", "ید", "یم", "دم", "دی", "تم", "تی", "د", "م")
VERB_FORM = re.compile("(?:ید|یدند|یدم|یدیم|یدی|اندند|انند|انیم|انم|انید|اندم|اندیم|اندی|شت|شتند|شتم|"
                       "ستند|ستم|ست|سود|سودند)$")
JOINED_ENDINGS = ("یان", "ان", "ی", "ش", "م", "ت", "یم", "ید", "ند", "یش", "یت")
PREFIXES = ("بی", "هم")
BI_FREE = frozenset(("آن", "آنکه", "هیچ", "چون", "آنها", "این", "اینکه"))
DERIVED = ("ی", "انه", "یش", "ش", "ی‌اش")

# Compounds the conventions write with a ZWNJ whatever the corpus's spacing (coding-conventions.md).
ZWNJ_PAIRS = frozenset((("دست", "کم"), ("کوتاه", "برد"), ("میان", "برد"), ("بلند", "برد"),
                        ("دور", "برد"), ("کوتاه", "مدت"), ("میان", "مدت"), ("بلند", "مدت")))
# A number word + a head that makes an adjective of it: یک‌روزه, سه‌جانبه, هفت‌ساله.
NUMERALS = frozenset("یک دو سه چهار پنج شش هفت هشت نه ده صد هزار چند".split())
NUMERAL_HEADS = frozenset("روزه ساله ماهه هفته‌ای ساعته دقیقه‌ای جانبه طرفه گانه شاخه بعدی نفره "
                          "مرحله‌ای درصدی لایه ضلعی قطبی".split())


def convention_pair(a: str, b: str) -> bool:
    """A compound the conventions write with a ZWNJ, whatever the corpus says (دست‌کم, یک‌روزه)."""
    return (a, b) in ZWNJ_PAIRS or (a in NUMERALS and b in NUMERAL_HEADS)


def joins(piece: str) -> bool:
    """Whether a ZWNJ may follow `piece` (its last letter joins to the left)."""
    if piece and piece[-1] not in MARKS:
        return piece[-1] not in NON_JOINING
    i = len(piece) - 1
    while i >= 0 and piece[i] in MARKS:
        i -= 1
    return i >= 0 and piece[i] not in NON_JOINING


def silent_he(piece: str) -> bool:
    """piece ends in a silent ه (خانه, حیله; not راه, گروه)."""
    return len(piece) >= 3 and piece[-1] == "ه" and piece[-2] not in "اوآ"


def gar(a: str, b: str) -> bool:
    """b is -گر/-گری that stays joined to a."""
    return b in GAR and not silent_he(a)
