"""Passes over the actors and entities once the text has been read (called by actors.analyze).

Each gives a mention a code from context the dictionary alone cannot: organizations found by
context (head word + the place inside them), "این کشور/این گروه/این وزارتخانه" (the last one named),
private people (civilians of the story's country), a person named again by a surname that is an
ordinary word, namesakes of known people, outlets by their short name, family names, short names in
brackets. All are linear in the number of mentions (bisect, dicts), never n×m.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from ..document import ActorMention, Entity
from .compose_rules import org_code
from .fold import fold
from .gazetteer import Match, find
from .spans import abbreviation, anaphora_spans, family_end, later_surnames, media_start
from .wordlists import word_lists

_DEFAULT_COUNTRY = "IRN"
#: role words that name an institution (the antecedent of "این وزارتخانه/این سازمان")
_INSTITUTION_HEADS = tuple(fold(w) for w in ("وزارت", "سازمان", "نهاد", "هیئت", "ستاد", "دفتر", "اداره"))


@lru_cache(maxsize=4096)
def is_place(s: str) -> bool:
    """Does this short name hold a country, adjective or place ("فرانسه", "مرکزی کره شمالی")?"""
    return any(m.entry.kind in ("country", "adjective", "place") for m in find(s))


def other_given_name(text: str, m: Match) -> bool:
    """A surname-only match right after a given name that is not the person's own."""
    surface = text[m.start:m.end]
    if " " in surface or not m.entry.canonical or " " not in m.entry.canonical:
        return False  # only a one-word (surname) form of a person with a full name
    k = m.start - 1
    while k >= 0 and text[k] in " \u200c":
        k -= 1
    e = k + 1
    while k >= 0 and (text[k].isalpha() or text[k] == "\u200c"):
        k -= 1
    prev = fold(text[k + 1:e])
    if not prev or e == m.start:
        return False
    return prev in word_lists()[0] and not _own_given(text, m, prev)


def _own_given(text: str, m: Match, prev: str) -> bool:
    """The word before is in one of the person's own Persian forms ("علی خامنه‌ای", "محمدجواد ظریف")."""
    return any(prev in fold(f) for f, _ in _forms_of(m.entry.canonical))


def _forms_of(canonical: str):
    return _person_forms().get(canonical, ())


@lru_cache(maxsize=1)
def _person_forms() -> dict:
    from .gazetteer import load_entries
    out: dict = {}
    for f, e in load_entries():
        if e.kind == "person":
            out.setdefault(e.canonical, []).append((f, e))
    return out


def private_people(text: str, actors: list[ActorMention], ctx_iso: str) -> None:
    """A person the dictionary lacks, named with no title next to them ("زهرا احمدی، فعال حقوق زنان"
    has one; "رضا محمدی" alone has none), is a civilian of the story's country (CVL)."""
    surnames = {a.text.replace("\u200c", " ").split(" ")[-1]: a for a in actors
                if a.type == "PER" and a.canonical and a.code and " " in a.text.replace("\u200c", " ")}
    for k, a in enumerate(actors):
        if a.type != "PER" or a.code:
            continue
        prev = actors[k - 1] if k else None
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if (prev is not None and prev.type is None and a.start - prev.end <= 3
                and not text[prev.end:a.start].strip(" \u200c،,")) or \
                (nxt is not None and nxt.type is None and nxt.start - a.end <= 3
                 and not text[a.end:nxt.start].strip(" \u200c،,")):
            continue  # next to a title: mentions.py merges them and the title gives the code
        known = surnames.get(a.text.replace("\u200c", " ").split(" ")[-1])
        if known is not None:  # "خانم کوپر" after "ایوت کوپر": the same person
            a.code, a.canonical, a.country, a.role = known.code, known.canonical, known.country, known.role
            continue
        a.code, a.country, a.role = ctx_iso + "CVL", ctx_iso, "CVL"


def add_anaphora(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """"این کشور" / "این گروه" standing alone: the last country / armed group named before them."""
    spans = anaphora_spans(text)
    if not spans:
        return actors
    out, k = list(actors), 0
    last: dict[str, tuple[str, str | None] | None] = {"country": None, "group": None, "org": None}
    drop: set[int] = set()
    for s, e, kind in spans:
        while k < len(actors) and actors[k].start < s:
            a = actors[k]
            if a.type == "GPE" and a.country:
                last["country"] = (a.country, a.country)
            elif (a.code or "").endswith("REB"):
                last["group"] = (a.code, a.country)
            if a.code and (a.type == "ORG" or (a.type is None and a.role in ("GOV", "MIL", "JUD", "COP", "SPY", "LEG")
                                                and any(h in fold(a.text) for h in _INSTITUTION_HEADS))):
                last["org"] = (a.code, a.country)
            k += 1
        if any(a.start <= s < a.end for a in actors[max(0, k - 2):k]) or last[kind] is None:
            continue
        inner = [x for x in range(k, min(k + 2, len(actors))) if s <= actors[x].start and actors[x].end <= e]
        drop.update(id(actors[x]) for x in inner)  # "این وزارتخانه" replaces the bare role "وزارتخانه"
        code, iso = last[kind]
        role = code[3:] or None if code and not code.startswith(("IGO", "NGO")) else None
        head = actors[k - 1] if k else None
        if head is not None and head.type is None and 0 <= s - head.end <= 2 and not text[head.end:s].strip(" \u200c") \
                and iso and not (code or "").startswith(("IGO", "NGO")):
            # "سخنگوی این وزارتخانه": the role of the head, the country of the antecedent
            drop.add(id(head))
            out.append(ActorMention(text[head.start:e], head.start, e, iso + (head.role or role or ""), None, None,
                                    head.role or role, iso))
            continue
        out.append(ActorMention(text[s:e], s, e, code, None, None, role, iso))
    return sorted((a for a in out if id(a) not in drop), key=lambda a: (a.start, a.end))


def family_names(text: str, actors: list[ActorMention], entities: list[Entity]) -> None:
    """Names found by context keep a family name "آل X" after them ("محمد کاظم آل صادق")."""
    by_span = {(a.start, a.end): a for a in actors if a.type == "PER"}
    for e in entities:
        if e.type == "PER" and (end := family_end(text, e.end)) != e.end:
            a = by_span.get((e.start, e.end))
            e.end, e.text = end, text[e.start:end]
            if a is not None:
                a.end, a.text = end, text[a.start:end]


def short_media(text: str, entities: list[Entity]) -> None:
    """Outlets found by context ("روزنامه بیلد") are named by their short name too ("بیلد")."""
    for e in entities:
        if e.type == "ORG" and e.code and e.code.endswith("MED"):
            s0 = media_start(text, e.start, e.end, is_place)
            if s0 != e.start:
                e.start, e.text = s0, text[s0:e.end]


def add_surnames(text: str, actors: list[ActorMention], entities: list[Entity]):
    """A person named in full, later by a surname that is an ordinary word ("سریع افزود")."""
    people = [e for e in entities if e.type == "PER" and e.canonical]
    found = later_surnames(text, [(e.start, e.end, e.text) for e in people])
    if not found:
        return actors, entities
    taken = sorted((x.start, x.end) for x in entities)
    tstarts = [a for a, _ in taken]
    for s, e, k in found:
        i = bisect.bisect_left(tstarts, e) - 1  # the last span starting before e: overlap iff it ends after s
        if i >= 0 and max(b for _, b in taken[max(0, i - 3):i + 1]) > s:
            continue
        p = people[k]
        entities.append(Entity(text[s:e], "PER", p.canonical, p.code, s, e))
        role = p.code[3:] if p.code and len(p.code) > 3 and not p.code.startswith(("IGO", "NGO")) else None
        country = p.code[:3] if role else None
        actors.append(ActorMention(text[s:e], s, e, p.code, p.canonical, "PER", role, country))
    return (sorted(actors, key=lambda a: (a.start, a.end)), sorted(entities, key=lambda x: (x.start, x.end)))


def with_abbreviations(text: str, entities: list[Entity]) -> list[Entity]:
    """An ORG followed by its short name in brackets ("(یوناما)") names it twice."""
    out: list[Entity] = []
    taken = {(e.start, e.end) for e in entities}
    starts = {e.start for e in entities}
    for e in entities:
        out.append(e)
        if e.type == "ORG" and (ab := abbreviation(text, e.end)) and ab not in taken and ab[0] not in starts:
            out.append(Entity(text[ab[0]:ab[1]], "ORG", e.canonical, e.code, ab[0], ab[1]))
    return out


def code_orgs(matches: list[Match], actors: list[ActorMention], entities: list[Entity], ctx_iso: str,
               home: str = _DEFAULT_COUNTRY) -> None:
    """Organizations found by context get a code from their head word and the places inside them."""
    starts = [m.start for m in matches]
    codes: dict[tuple[int, int], str] = {}
    for e in entities:
        if e.type != "ORG" or e.code:
            continue
        k = bisect.bisect_left(starts, e.start)
        inside = []
        while k < len(matches) and matches[k].start < e.end:
            if matches[k].end <= e.end:
                inside.append(matches[k])
            k += 1
        code = org_code(e.text, inside, ctx_iso, home)
        if code:
            e.code = code
            codes[(e.start, e.end)] = code
    for a in actors:
        code = codes.get((a.start, a.end))
        if code and not a.code:
            a.code = code
            if not code.startswith(("IGO", "NGO")):
                a.country, a.role = code[:3], code[3:] or None
