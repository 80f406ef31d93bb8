"""Character-level normalization: letters, marks, digits, spaces and punctuation spacing.

Every rule is a table lookup (`str.translate`) or one regex substitution whose callback decides
locally, so the cost is linear in the input and the same callbacks drive the offset-map path
(`mapping.sub_with_map`). Policies (see docs/normalization.md):

- Arabic ي ى ك ە ھ ۀ → Persian ی ک ه; ة, أ, إ, ؤ, ئ are kept (Arabic names and phrases).
- Arabic-Indic digits ٠–٩ → Persian ۰–۹ always; Latin 0–9 → Persian inside Persian text only
  (not next to Latin letters, not in URLs, e-mails or Latin tokens).
- Tatweel, harakat (fatha, damma, kasra, sukun, shadda, superscript alef), bidi controls, ZWJ,
  zero-width space, soft hyphen, BOM: removed. Tanvin (ً ٌ ٍ) is kept (فوراً).
- The ezafe after a silent ه is written without a mark: «هٔ», «ۀ», «ه‌ی», «ه ی» → «ه».
- NBSP and the other Unicode spaces → a plain space; runs of spaces → one; no spaces at line ends.
- ZWNJ: one at most, only between a joining letter and a letter.
- Punctuation: no space before ، ؛ ؟ ! : . » ) after Persian text; one space after them when a
  Persian word follows; one space before « ( and none after them.
"""
from __future__ import annotations

import re
import unicodedata

ZWNJ = "\u200c"
# Letters of Persian (and the Arabic ones that appear in Persian text), plus the marks kept.
LETTERS = "\u0621-\u063a\u0641-\u064a\u064b-\u064d\u0654\u067e\u0686\u0698\u06a9\u06af\u06cc"
# Letters after which a ZWNJ is never written (they do not join to the left).
NON_JOINING = frozenset("اآأإٱدذرزژوؤءة")
MARKS = frozenset("\u064b\u064c\u064d\u0654")

_DELETE = (
    "\u0640"  # tatweel
    "\u064e\u064f\u0650\u0651\u0652\u0653\u0655\u0656\u0657\u0658\u0670"  # harakat, maddah, etc.
    "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
    "\u00ad\ufeff"
)
_MAP = {
    "ي": "ی", "ى": "ی", "ې": "ی", "ێ": "ی", "ۍ": "ی", "ك": "ک", "ڪ": "ک", "ە": "ه", "ھ": "ه",
    "ۀ": "ه", "ۂ": "ه", "ۃ": "ه", "ٱ": "ا", "٤": "۴", "٥": "۵", "٦": "۶",
}
_MAP.update({chr(0x0660 + d): chr(0x06F0 + d) for d in range(10)})
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
TABLE: dict[int, str | None] = {ord(c): None for c in _DELETE}
TABLE.update({ord(k): v for k, v in _MAP.items()})
TABLE.update({ord(c): " " for c in _SPACES})
_DELETED = frozenset(_DELETE)
_LATIN_TO_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def translate_with_map(text: str) -> tuple[str, list[int]]:
    """One-to-one-or-none table: the map is the indices of the chars that survive."""
    out = text.translate(TABLE)
    if len(out) == len(text):
        return out, list(range(len(text)))
    return out, [i for i, c in enumerate(text) if c not in _DELETED]


# --- rewrites that need context: one regex, one callback -----------------------------------
_L = f"[{LETTERS}]"
_PUNCT_CLOSE = "،؛؟!:.»)"
_FIX_RX = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s«»،؛]+)"
    r"|(?P<lat>[A-Za-z][A-Za-z0-9._%+\-@/:?#=&~]*)"  # Latin words, e-mails, domains, code
    r"|(?P<dig>[0-9]+(?:[.,:/][0-9]+)*)"
    "|(?P<fadig>[\u06f0-\u06f9]+)"  # a Persian number (no look-ahead: linear); glued word: ۹متر
    r"|(?P<pres>[\ufb50-\ufdff\ufe70-\ufefc])"  # presentation forms, ligatures
    f"|(?P<ezafe>ه(?:{ZWNJ}*\u0654+|{ZWNJ}ی(?!{_L})| ی(?![{LETTERS}\u200c])))"
    r"|(?P<zw>\u200c+)"
    r"|(?P<close> *[،؛؟!:.»)]+ *)"
    r"|(?P<open> *[«(]+ *)"
    r"|(?P<sp>  +)"
)


def _is_fa(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _is_fa_letter(ch: str) -> bool:
    return ("\u0621" <= ch <= "\u064a") or ch in "پچژکگیۀ"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _letter_script(text: str, i: int, step: int) -> str | None:
    """Script of the nearest letter from i in direction step, on the same line (bounded scan)."""
    n = len(text)
    for _ in range(40):
        if i < 0 or i >= n or text[i] == "\n":
            return None
        c = text[i]
        if _is_fa_letter(c):
            return "fa"
        if _is_latin(c) or c.isalpha():
            return "lat"
        i += step
    return None


def _base_before(text: str, i: int) -> str:
    """The letter before position i, skipping the kept marks (tanvin, hamza)."""
    while i >= 0 and text[i] in MARKS:
        i -= 1
    return text[i] if i >= 0 else "\n"


def _peek(text: str, i: int, step: int) -> str:
    """The char at i, looking past a few ZWNJs (they are dropped next to punctuation)."""
    for _ in range(8):
        if i < 0 or i >= len(text):
            return "\n"
        if text[i] != ZWNJ:
            return text[i]
        i += step
    return ZWNJ


def _is_abbreviation_dot(text: str, a: int) -> bool:
    """A dot between single Persian letters with no spaces: part of an initialism."""
    before = text[a - 1] if a >= 1 else ""
    two_before = text[a - 2] if a >= 2 else "\n"
    after = text[a + 1] if a + 1 < len(text) else ""
    return (_is_fa_letter(before) and not _is_fa_letter(two_before) and two_before != ZWNJ
            and _is_fa_letter(after))


# Letters that may stay glued to a number: ordinals and inflections (۱۲ام, ۱۲مین, دهه ۹۰ها, ۵ای).
_GLUED_OK = frozenset(("ام", "امین", "مین", "م", "ها", "های", "هایی", "ای", "ی", "ه"))


def _glue_space(text: str, b: int) -> str:
    """A space between a Persian number and a Persian word glued to it («۹متر» → «۹ متر»),
    unless the letters are an ordinal or an inflection of the number (bounded scan: linear)."""
    while b < len(text) and text[b] == ZWNJ:  # dropped after a digit: look past it
        b += 1
    word = ""
    for ch in text[b:b + 12]:
        if _is_fa_letter(ch):
            word += ch
        elif ch == ZWNJ:  # read through: the zw rule may drop it («۰ً‌ء», «۰م‌ٔء»), and the second
            continue      # pass must see the same word as the first
        elif not "\u064b" <= ch <= "\u065f":  # marks (removed later in this pass) do not end the word
            break
    if not word or word in _GLUED_OK:
        return ""
    return " "


def _fix(mo: re.Match) -> str:
    kind = mo.lastgroup
    s = mo.group()
    text = mo.string
    a, b = mo.span()
    if kind in ("url", "email", "lat"):
        return s
    if kind == "dig":
        before = text[a - 1] if a else "\n"
        after = text[b] if b < len(text) else "\n"
        if _is_latin(before) or _is_latin(after) or before in "_-/@#$€£" or after in "_/@":
            return s
        left, right = _letter_script(text, a - 1, -1), _letter_script(text, b, 1)
        if "lat" in (left, right) or (left is None and right is None):
            return s
        return s.translate(_LATIN_TO_FA) + _glue_space(text, b)
    if kind == "fadig":
        return s + _glue_space(text, b)
    if kind == "pres":
        return unicodedata.normalize("NFKC", s).translate(TABLE)
    if kind == "ezafe":
        return "ه"
    if kind == "zw":
        prev, nxt = _base_before(text, a - 1), text[b] if b < len(text) else "\n"
        if prev and prev not in NON_JOINING and _is_fa_letter(prev) and _is_fa_letter(nxt):
            return ZWNJ
        return ""
    if kind == "sp":
        return " "
    before, after = _peek(text, a - 1, -1), _peek(text, b, 1)
    core = s.strip(" ")
    had_lead, had_trail = s[0] == " ", s[-1] == " " and core != s
    at_start, at_end = before == "\n", after == "\n"
    if kind == "close":
        if s == "." and _is_abbreviation_dot(text, a):
            return s  # initialisms such as «پ.ک.ک» or «ا.ب.ج» stay tight
        if core[0] in ".:":
            fa_before = _is_fa_letter(before) or before in "»)"
            if not fa_before:
                return s  # a Latin sentence, a number, a time or a ratio: leave it
        else:
            fa_before = _is_fa(before) or before in "»)" or before.isdigit()
        lead = " " if had_lead and not fa_before and not at_start else ""
        if core[-1] in ".:" and not _is_fa_letter(after) and after not in "«(":
            trail = " " if had_trail and not at_end else ""
        elif _is_fa(after) or after.isalnum() or after in "«(":
            trail = " "
        else:
            trail = " " if had_trail and not at_end else ""
        return lead + core + trail
    # open: « (
    if before in MARKS:  # «کتابٌ«», «ۀٔ«» (ezafe → ه): the letter under the mark decides
        i = a - 1  # past marks and the ZWNJs among them (dropped there by the zw rule)
        while i >= 0 and (text[i] == ZWNJ or text[i] in MARKS):
            i -= 1
        before = text[i] if i >= 0 else "\n"
    lead = " " if (_is_fa_letter(before) or (had_lead and not at_start)) else ""
    trail = "" if _is_fa(after) or after.isdigit() or not had_trail or at_end else " "
    return lead + core + trail


_EDGE_RX = re.compile(r"^ +| +$", re.M)


# Runs of spaces and ZWNJs: one space if the run has a space (so that the punctuation rules see
# plain spaces), else left to the ZWNJ rule. A single character class: linear.
_GAP_RX = re.compile("[ \u200c]{2,}")


def _gap(mo: re.Match) -> str:
    s = mo.group()
    return " " if " " in s else s


def fix(text: str) -> str:
    """Context rules (digits, ezafe, ZWNJ cleanup, spaces, punctuation) on translated text."""
    return _EDGE_RX.sub("", _FIX_RX.sub(_fix, _GAP_RX.sub(_gap, text)))


def fix_with_map(text: str) -> tuple[str, list[int]]:
    from .mapping import compose, sub_with_map

    t0, m0 = sub_with_map(_GAP_RX, _gap, text)
    t1, m1 = sub_with_map(_FIX_RX, _fix, t0)
    t2, m2 = sub_with_map(_EDGE_RX, lambda mo: "", t1)
    return t2, compose(compose(m0, m1), m2)


def normalize_chars(text: str) -> str:
    return fix(text.translate(TABLE))
