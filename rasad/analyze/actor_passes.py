"""Whole-page passes over the actors `actors.analyze` found, each fixing one kind of mention from
what the rest of the page says: a later bare surname of a person the context found, a government
named by its leader ("دولت اردوغان"), an office placed in a government, "این کشور" after an office
named with its country, "این رژیم", and "سازمان" + a known body's name. Each is linear or
log-linear in the number of mentions (hostile pages repeat names thousands of times).
"""
from __future__ import annotations

import bisect
from itertools import accumulate

from ..document import ActorMention, Entity
from .fold import fold
from .gazetteer import Match, find
from .spans import later_surnames


def context_surnames(text: str, actors: list[ActorMention], entities: list[Entity]):
    """A person the context found ("آلپ ارسلان بایراکتار وزیر انرژی ترکیه"), later named by the
    surname alone before a speech verb ("بایراکتار گفت"): the same person (the dictionary's people
    get this from add_surnames)."""
    coded = {(a.start, a.end): a for a in actors if a.type == "PER" and a.code and not a.canonical}
    people = [e for e in entities if e.type == "PER" and not e.canonical and (e.start, e.end) in coded]
    if not people:
        return actors, entities
    found = later_surnames(text, [(e.start, e.end, e.text) for e in people])
    taken = sorted([(x.start, x.end) for x in entities] + [(a.start, a.end) for a in actors])
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # the furthest end of spans[:k+1]
    added: list[tuple[int, int]] = []  # the surnames taken here: disjoint, sorted (ends sorted too)
    for s, e, k in found:
        # a span starting before e overlaps (s, e) iff the furthest end among them passes s (bisect:
        # no scan of every span per surname; a page of 8000 "X گفت" was quadratic)
        i = bisect.bisect_left(starts, e)
        j = bisect.bisect_left(added, (e,))
        if (i and reach[i - 1] > s) or (j and added[j - 1][1] > s):
            continue
        p = coded[(people[k].start, people[k].end)]
        entities.append(Entity(text[s:e], "PER", None, p.code, s, e))
        actors.append(ActorMention(text[s:e], s, e, p.code, None, "PER", p.role, p.country))
        bisect.insort(added, (s, e))
    return (sorted(actors, key=lambda a: (a.start, a.end)), sorted(entities, key=lambda x: (x.start, x.end)))


#: countries whose people's names put the family name first ("شی جین‌پینگ" is later "شی")
_FAMILY_FIRST = ("CHN", "PRK", "KOR", "VNM", "TWN")


def family_first_surnames(text: str, actors: list[ActorMention], entities: list[Entity]):
    """A dictionary person of a family-name-first country ("شی جین‌پینگ"، "کیم جونگ اون"), later named
    by the first word alone before a speech verb ("شی گفت"، "شی در دیدار با ..."): the same person.
    The speech-verb guard of later_surnames keeps the ordinary word ("شی" = thing) out."""
    people = [e for e in entities if e.type == "PER" and e.canonical and e.code and e.code[:3] in _FAMILY_FIRST
              and len(e.text.split()) >= 2]
    if not people:
        return actors, entities
    turned = [(e.start, e.end, " ".join(e.text.split()[1:] + e.text.split()[:1])) for e in people]
    found = later_surnames(text, turned)
    taken = sorted((x.start, x.end) for x in list(entities) + list(actors))
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))
    for s, e, k in found:
        i = bisect.bisect_left(starts, e)
        if (i and reach[i - 1] > s) or not _clause_initial(text, s):
            continue
        p = people[k]
        role = p.code[3:] or None
        entities.append(Entity(text[s:e], "PER", p.canonical, p.code, s, e))
        actors.append(ActorMention(text[s:e], s, e, p.code, p.canonical, "PER", role, p.code[:3]))
    return (sorted(actors, key=lambda a: (a.start, a.end)), sorted(entities, key=lambda x: (x.start, x.end)))


_OPENERS = frozenset(("و", "اما", "ولی", "همچنین"))


def _clause_initial(text: str, s: int) -> bool:
    """The word at s opens a clause (after a stop, a comma, a line break or "و"): "هر شی در" is a
    thing, "... . شی در دیدار ..." the person."""
    before = text[max(0, s - 12):s].rstrip(" \u200c")
    if not before or before[-1] in ".،؛:!?\n«»":
        return True
    return before.split()[-1] in _OPENERS


def government_of_person(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """"دولت اردوغان"، "حکومت مادورو": a government named by its leader is one actor, that
    leader's country's government (not a bare "دولت" followed by a separate person)."""
    out: list[ActorMention] = []
    skip = False
    for k, a in enumerate(actors):
        if skip:
            skip = False
            continue
        b = actors[k + 1] if k + 1 < len(actors) else None
        if b is not None and a.text in _GOVERNMENTS and b.type == "PER" and b.country \
                and text[a.end:b.start] == " " and a.type != "PER":
            out.append(ActorMention(text[a.start:b.end], a.start, b.end, b.country + "GOV", None, None, "GOV",
                                    b.country))
            skip = True
            continue
        out.append(a)
    return out


_GOVERNMENTS = ("دولت", "حکومت", "کابینه")


def office_in_government(text: str, actors: list[ActorMention]) -> None:
    """"وزارت امور مهاجرین در دولت طالبان"، "دفتر امور کوزوو در دولت صربستان": an office placed in a
    government belongs to that government's country, whatever its own name suggests."""
    for a, b in zip(actors, actors[1:]):
        if not a.role or not b.country or a.country == b.country or b.role != "GOV" \
                or a.code is None or a.code.startswith(("IGO", "NGO")):
            continue
        if text[a.end:b.start].strip() == "در" and b.text.startswith(_GOVERNMENTS):
            a.country, a.code = b.country, b.country + a.role


_THIS = ("این کشور", "آن کشور")


def this_country(text: str, actors: list[ActorMention]) -> None:
    """"وزارت خارجه امارات ... اعلام کرد که این کشور ...": an office named with its country is the
    antecedent of "این کشور" as much as a bare country name; the nearer of the two wins (the
    anaphora step counts only country names)."""
    for k, a in enumerate(actors):
        if not a.text.endswith(_THIS) or not a.country:
            continue
        for p in reversed(actors[max(0, k - 6):k]):
            if not p.country or p.end > a.start or p.text.endswith(_THIS):
                continue
            if p.type == "GPE":
                break  # the country name the anaphora step took
            if p.type is None and p.role and a.start - p.end < 200 and explicit_country(p.text):
                if p.country != a.country:
                    a.country = p.country
                    a.code = p.country + (a.code[3:] if a.code and len(a.code) > 3 else "")
                break


_REGIME = ("این رژیم", "آن رژیم")


def this_regime(text: str, actors: list[ActorMention]) -> None:
    """"جنگنده‌های این رژیم": "این رژیم" is the regime last named as one ("رژیم صهیونیستی", "ارتش
    رژیم صهیونیستی"), not the last country named (often the place attacked)."""
    last: str | None = None
    israel = False  # Persian news calls Israel "رژیم" far more than any other state
    for a in actors:
        if a.text in _REGIME:
            if last and a.country != last and (a.code or "") == (a.country or ""):
                a.code, a.country = last, last
        elif a.text.endswith(_REGIME) and a.country:
            # "نیروهای زمینی این رژیم" after "جنگنده‌های اسرائیلی" (no regime named as one): Israel's
            owner = last or ("ISR" if israel else None)
            if owner and a.country != owner:
                a.code, a.country = owner + (a.code[3:] if a.code and len(a.code) > 3 else ""), owner
        elif a.country and "رژیم" in a.text:
            last = a.country
        if a.country == "ISR":
            israel = True


#: generic heads a Persian text puts before an organization's own name ("سازمان دیده‌بان حقوق بشر")
_ORG_HEADS = {fold(w) for w in ("سازمان", "نهاد", "گروه", "جنبش", "ائتلاف", "کمیته", "شبکه", "موسسه", "مؤسسه",
                                "بنیاد", "جمعیت", "انجمن")}


def generic_prefix(text: str, matches: list[Match], actors: list[ActorMention], entities: list[Entity]) -> None:
    """An organization the context found as "سازمان" + a known IGO or NGO's name is that body: it
    takes the dictionary's code, not one guessed from its head words and the article's country."""
    known = {m.end: m for m in matches if m.entry.kind in ("igo", "group") and m.entry.code}
    codes: dict[tuple[int, int], str] = {}
    for e in entities:
        m = known.get(e.end)
        if e.type != "ORG" or e.code or m is None or m.start <= e.start:
            continue
        if fold(text[e.start:m.start].strip()) in _ORG_HEADS:
            e.code = m.entry.code
            codes[(e.start, e.end)] = m.entry.code
    for a in actors:
        code = codes.get((a.start, a.end))
        if code and not a.code:
            a.code = code
            if m_country := (None if code.startswith(("IGO", "NGO")) else code[:3]):
                a.country, a.role = m_country, code[3:] or None


def explicit_country(text: str) -> bool:
    return any(m.entry.kind in ("country", "adjective", "place", "metonym") for m in find(text))
