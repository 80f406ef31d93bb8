"""Span edges of entities, per the conventions' flat, maximal spans (read by actors.py).

- a province or state keeps its head: "استان لرستان", "ایالت خیبر پختونخوا" (a city does not:
  "شهر گدانسک" → "گدانسک");
- a royal's family name is part of the person: "فیصل بن فرحان آل سعود";
- an outlet is named by its short name: "روزنامه داون" → "داون" (the conventions accept the short
  name; the full form is kept when the short one is a country: "خبرگزاری فرانسه");
- a UN body keeps its subject: "هیئت حقیقت‌یاب سازمان ملل درباره ایران".
Each check looks at a few characters next to a span: linear in the text.
"""
from __future__ import annotations

import re

from .fold import fold
from .ner_tokens import WORD as _WORDS

_ADMIN_HEADS = ("استان", "ایالت")
_FAMILY = re.compile(r"[ \u200c]+آل[ \u200c]+[^\W\d_]+")
_ABOUT = re.compile(r"[ \u200c]+(?:درباره|در)[ \u200c]+")
MEDIA_PREFIXES = ("خبرگزاری", "روزنامه", "شبکه", "پایگاه خبری", "تلویزیون", "رادیو")
#: first words of bodies whose name runs over the IGO they belong to ("هیئت ... سازمان ملل")
BODY_HEADS = {fold(w) for w in ("هیئت", "هیات", "سازوکار", "ماموریت", "مأموریت", "کمیته", "کمیسیون", "گروه",
                                "دفتر", "نمایندگی", "برنامه", "صندوق")}


def admin_start(text: str, start: int) -> int:
    """Start of a province/state span: before "استان "/"ایالت " when one precedes `start`."""
    for head in _ADMIN_HEADS:
        k = start - len(head) - 1
        if k >= 0 and text[k:start - 1] == head and text[start - 1] in " \u200c" \
                and (k == 0 or not text[k - 1].isalpha()):
            return k
    return start


def family_end(text: str, end: int) -> int:
    """End of a person's span over " آل سعود"."""
    m = _FAMILY.match(text, end)
    return m.end() if m else end


def media_start(text: str, start: int, end: int, is_place) -> int:
    """Start of an outlet's short name inside "خبرگزاری X" (unchanged when X is a country/place)."""
    surface = text[start:end]
    for p in MEDIA_PREFIXES:
        if surface.startswith(p) and len(surface) > len(p) + 1 and surface[len(p)] in " \u200c":
            rest = start + len(p) + 1
            while rest < end and text[rest] in " \u200c":
                rest += 1
            if rest < end and not is_place(text[rest:end]):
                return rest
    return start


def about_end(text: str, end: int, next_start: int, next_end: int) -> int:
    """End of a body's span over "درباره/در <country>" when the next match follows it."""
    m = _ABOUT.match(text, end)
    return next_end if m and m.end() == next_start else end


def is_body(text: str, start: int) -> bool:
    first = text[start:start + 20].replace("\u200c", " ").split(" ")[0]
    return fold(first) in BODY_HEADS


_ABBREV = re.compile(r"[ \u200c]*\(([\u0621-\u06cc](?:[\u0621-\u06cc]|\u200c){1,15})\)")


def abbreviation(text: str, end: int) -> tuple[int, int] | None:
    """"هیئت ... (یوناما)", "آژانس ... (جایکا)": a one-word short name in brackets right after an ORG."""
    m = _ABBREV.match(text, end)
    return (m.start(1), m.end(1)) if m else None


#: words after which a bare surname that is also an ordinary word ("سریع") is a person
_SPEECH_AFTER = {fold(w) for w in ("افزود", "گفت", "اعلام", "تاکید", "تأکید", "تصریح", "خاطرنشان", "هشدار",
                                   "ادامه", "اظهار", "یادآور", "نوشت", "همچنین", "نیز", "در")}


def later_surnames(text: str, persons: list[tuple[int, int, str]]) -> list[tuple[int, int, int]]:
    """(start, end, index of the person) for later bare surnames of people named in full.

    `persons`: (start, end, surface) of full names found in the dictionary; a surname that is an
    ordinary word ("سریع" = fast) counts only before a speech verb ("سریع افزود"). One str.find
    scan per person: linear in the text.
    """
    out = []
    seen: set[str] = set()
    for k, (s, e, surface) in enumerate(persons):
        words = _WORDS.findall(surface)
        if len(words) < 2 or words[-1] in seen:
            continue
        sur = words[-1]
        seen.add(sur)
        i = text.find(sur, e)
        while i >= 0:
            j = i + len(sur)
            if (i == 0 or not (text[i - 1].isalpha() or text[i - 1] == "\u200c")) \
                    and (j >= len(text) or not (text[j].isalpha() or text[j] == "\u200c")):
                m = _WORDS.match(text, j + 1) if j < len(text) and text[j] == " " else None
                if m and fold(m.group()) in _SPEECH_AFTER:
                    out.append((i, j, k))
            i = text.find(sur, j)
    return out


#: demonstrative phrases that stand for the last country / armed group named before them
ANAPHORA = {"این کشور": "country", "این رژیم": "country", "این گروه": "group", "این جنبش": "group",
            "این گروهک": "group", "این شبه‌نظامیان": "group", "این وزارتخانه": "org", "این سازمان": "org",
            "این نهاد": "org", "این هیئت": "org"}


def anaphora_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of "این کشور", "این گروه" ... as whole words, in text order."""
    out = []
    for phrase, kind in ANAPHORA.items():
        k = text.find(phrase)
        while k >= 0:
            e = k + len(phrase)
            if (k == 0 or not text[k - 1].isalpha()) and (e >= len(text) or not (text[e].isalpha() or text[e] == "\u200c")):
                out.append((k, e, kind))
            k = text.find(phrase, e)
    return sorted(out)
