"""Actors and named entities: `actors_stage` fills `doc.actors` and `doc.entities`.

Three steps, all linear in the text:
1. dictionary matches (gazetteer.find: countries, places, IGOs, media, groups, people, roles);
2. composition: a run of role words followed by a country, its adjective, a capital, an IGO or
   "این کشور" becomes one actor ("وزیر امور خارجه ترکیه" → TURGOV, "ارتش اسرائیل" → ISRMIL,
   "نیروهای آمریکایی" → USAMIL, "دبیرکل سازمان ملل" → IGOUNO); a role alone takes its country
   from the dictionary (Iranian institutions) or from the article's main country;
   (wider composition: compose_rules.py; span edges: spans.py);
3. contextual named entities the dictionary lacks (ner.py: titles before names, "سازمان ..."), then
   codes from context (context_codes.py: organizations, "این کشور/این وزارتخانه", private people,
   surnames, outlets' short names, namesakes).

A person named with a title gets two mentions: the title phrase ("رئیس جمهوری روسیه", RUSGOV) and
the name ("ولادیمیر پوتین", RUSGOV, PER). Adjectives ("روسی") are never entities and are actors
only inside a composition. Pronouns are not resolved here.
"""
from __future__ import annotations

import bisect
import re

from ..document import ActorMention, Document, Entity
from .fold import fold
from .compose_rules import (bridge, coordinated, institution_in, mission_place, modifier_role, plural,
                            with_place)
from .gazetteer import Entry, Match, current_role, find
from ..events.mentions import IRANIAN_OUTLETS
from .gated import with_gated
from .context_codes import (add_anaphora, add_surnames, code_orgs, family_names, is_place, other_given_name,
                            private_people, short_media, with_abbreviations)
from .actor_passes import (context_surnames, explicit_country, family_first_surnames, generic_prefix,
                           government_of_person, office_in_government, this_country, this_regime)
from .spans import about_end, admin_start, family_end, is_body, media_start

from .ner import contextual_entities

#: kinds that can follow a run of roles and give it a country or an IGO
_TAILS = {"country", "adjective", "place", "metonym", "igo", "group"}
_THIS_COUNTRY = ("این کشور", "این\u200cکشور", "آن کشور")
_OUR_COUNTRY = ("کشورمان", "کشور\u200cمان", "کشور ما")
_BOTH_SIDES = ("دو کشور", "دو طرف", "طرفین", "هر دو کشور")
_DEFAULT_COUNTRY = "IRN"
#: armed forces that Persian-language news names after a country but that CAMEO codes as a non-state
#: group: Yemen's "armed forces/navy" are Ansarallah's (Sanaa) forces, YEMREB like the Houthis
_DE_FACTO = {"YEMMIL": "YEMREB"}
#: untitled offices that in Persian-language news are Iran's unless the article named them with
#: another country first (besides institutions: "سخنگوی وزارت امور خارجه", "مجلس", "قوه قضاییه")
_HOME_OFFICES = (fold("سخنگوی دولت"),)
#: a city's own bodies: of the country the sentence (else the story) is about, not the outlet's home
_LOCAL_BODIES = (fold("شورای شهر"), fold("شهرداری"))
#: ministers of ministries by the names only Iran's cabinet uses ("وزیر کشور", "وزیر نفت", "وزیر صمت"):
#: untitled in an Iranian outlet they are Iran's even in a foreign story; a minister any cabinet has
#: ("وزیر دفاع", "وزیر امور خارجه"), like bare "دولت"/"وزیر"/"رهبر", follows the article's country
_IRAN_MINISTERS = tuple(fold("وزیر " + w) for w in (
    "آموزش و پرورش", "ارتباطات", "ارشاد", "اطلاعات", "اقتصاد و دارایی", "امور اقتصادی و دارایی",
    "بهداشت، درمان", "تعاون", "جهاد کشاورزی", "راه و شهرسازی", "صمت", "صنعت، معدن و تجارت", "علوم",
    "فرهنگ و ارشاد اسلامی", "میراث فرهنگی", "نفت", "نیرو", "ورزش و جوانان", "کشور"))
#: institutions Iran does not have: named alone they are never Iran's, but the story's main foreign
#: country ("کنگره" in a story about Washington, "مجلس نمایندگان" in one about Baghdad)
#: (value: the country when the story names no foreign one: in Persian news a bare "کنگره" is the US's)
_FOREIGN_BODIES = {fold(w): iso for w, iso in (("کنگره", "USA"), ("سنا", "USA"), ("سنای", "USA"),
                                                ("مجلس سنا", "USA"), ("مجلس نمایندگان", "USA"),
                                                ("دولت فدرال", None), ("کنفدراسیون عمومی کار", None),
                                                ("کنفدراسیون عمومی کارگران", None))}


def _year(published: str | None) -> int | None:
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces/ZWNJ between two matches (an ezafe joins them)."""
    return a <= b and b - a <= 3 and not text[a:b].strip(" \u200c")


_COUNTED = frozenset(("country", "adjective", "place", "metonym", "person"))
#: place names shared by several countries: the dictionary's country only when the article names it
#: too, else the story's main country ("صلاح‌الدین" is a province of Iraq and a district of Tripoli)
_AMBIGUOUS_PLACES = frozenset(fold(w) for w in ("صلاح الدین", "استان صلاح الدین"))


def main_country(matches: list[Match], skip: str | None = None) -> str:
    """The country the article is most about: most mentioned ISO3 (first on ties), else IRN.

    `skip`: a country left out of the count (the main *foreign* country: skip="IRN").
    """
    counts: dict[str, int] = {}  # a plain dict: Counter's __missing__ is a Python call per new key
    first: dict[str, int] = {}
    get = counts.get
    for i, m in enumerate(matches):
        e = m.entry
        iso = e.country
        if iso and iso != skip and e.kind in _COUNTED:
            if iso not in counts:
                first[iso] = i
            counts[iso] = get(iso, 0) + 1
    if not counts:
        return _DEFAULT_COUNTRY
    return max(counts, key=lambda k: (counts[k], -first[k]))


def _follow_story(text: str, matches: list[Match]) -> tuple[list[Match], str]:
    """Matches with ambiguous places re-coded to the story's country, and that main country.

    An ambiguous place keeps its dictionary country when the article names that country elsewhere
    (a "صلاح‌الدین" in a story about Iraq); otherwise it is a place of the story's main country.
    """
    amb = [k for k, m in enumerate(matches)
           if m.entry.kind == "place" and fold(text[m.start:m.end]) in _AMBIGUOUS_PLACES]
    if not amb:
        return matches, main_country(matches)
    ambset = set(amb)
    rest = [m for k, m in enumerate(matches) if k not in ambset]
    ctx_iso = main_country(rest)
    named = {m.entry.country for m in rest if m.entry.kind in _COUNTED}
    out = list(matches)
    for k in amb:
        e = matches[k].entry
        if e.country in named or ctx_iso not in named or ctx_iso == e.country:
            continue
        out[k] = Match(matches[k].start, matches[k].end,
                       Entry(e.kind, None, ctx_iso, e.etype, ctx_iso, None, entity_code=ctx_iso))
    return out, main_country(out)


def _named(m: Match, text: str, year: int | None) -> tuple[ActorMention | None, Entity | None]:
    """Actor and entity for a dictionary match that is not part of a role run."""
    e = m.entry
    surface = text[m.start:m.end]
    code, role = e.code, e.role
    if e.kind == "person" and e.spans:
        r = current_role(e.spans, year)
        if r and e.country:
            code, role = e.country + r, r
    ent = None
    start, end = m.start, m.end
    if e.kind == "person":
        end = family_end(text, end)
        surface = text[start:end]
    if e.etype:
        s0 = start
        if e.kind == "media":
            s0 = media_start(text, start, end, is_place)
        elif e.kind == "place" and e.etype == "GPE":
            s0 = admin_start(text, start)
        ent = Entity(text[s0:end], e.etype, e.canonical, e.entity_code or code, s0, end)
    if e.kind == "adjective" or (e.kind == "place" and e.etype == "LOC"):
        return None, ent
    actor = ActorMention(surface, start, end, code, e.canonical, e.etype, role, e.country)
    return actor, ent


def _home(text: str, run: list[Match], seen: dict[str, str], ctx_iso: str, home: str = _DEFAULT_COUNTRY,
          foreign: str | None = None, local: str | None = None) -> str:
    """Country of a role run that names none.

    The country the article gave the same office before ("وزارت خارجه آمریکا ... وزارت خارجه"),
    else, for a body Iran does not have (Congress, Senate), the main foreign country `foreign`;
    else Iran for ministries, parliament, government and their officials (Persian-language news
    names Iran's own offices without a country), else the article's main country ("ارتش"), except
    that where that is Iran only by count, the country the sentence names (`local`: "نیروهای امنیتی
    ... در نایروبی") wins: an Iranian outlet's foreign story names Iran often in its background.
    """
    key = fold(text[run[0].start:run[-1].end])
    if key in seen:
        return seen[key]
    body = fold(text[run[-1].start:run[-1].end])
    if body in _FOREIGN_BODIES:  # "نمایندگان کنگره": the US, not Iran, even in an Iranian outlet
        if foreign and foreign != _DEFAULT_COUNTRY:
            return foreign
        return _FOREIGN_BODIES[body] or ctx_iso
    if key.startswith(_LOCAL_BODIES) and (local or ctx_iso) != _DEFAULT_COUNTRY:
        return local or ctx_iso  # "شورای شهر" in a story about Istanbul: the city's, even in an Iranian outlet
    if any(m.entry.etype == "ORG" for m in run) or key.startswith(_HOME_OFFICES):
        return home  # Iran in Iranian outlets; the story's country in foreign ones ("وزارت کشور" in Berlin)
    if home == _DEFAULT_COUNTRY and key.startswith(_IRAN_MINISTERS):
        return home  # "وزیر کشور" untitled in an Iranian outlet is Iran's, like "وزارت کشور"
    if local and ctx_iso == _DEFAULT_COUNTRY:
        return local
    return ctx_iso


def _compose(text: str, run: list[Match], tail: Match | None, last_iso: str | None, ctx_iso: str,
             year: int | None, seen: dict[str, str] | None = None,
             override: str = "", home: str = _DEFAULT_COUNTRY,
             foreign: str | None = None, local: str | None = None) -> tuple[ActorMention, list[Entity]]:
    """One actor for role words [+ country/IGO tail]; entities for the named part.

    `override`: the role a modifier gives a generic head ("مقامات نظامی" → MIL). A group that
    governs (Taliban: AFGGOV) gives its country to the run's role ("نیروهای طالبان" → AFGMIL).
    """
    role = run[-1].entry.role
    if tail is not None and tail.entry.kind == "metonym" and tail.entry.role and role == "GOV":
        role = tail.entry.role  # "سخنگوی پنتاگون" → USAMIL
    if override and (role in ("GOV", "MIL") or (override == "REF" and role == "CVL")):
        role = override  # "مقامات نظامی" → MIL, "اتباع غیرقانونی" → REF
    start, end = run[0].start, (tail.end if tail else run[-1].end)
    ents: list[Entity] = []
    named = tail is not None and tail.entry.kind in ("country", "place")
    # "ORG+": an institution only when it names its country ("ارتش اسرائیل" is an ORG, "ارتش" is not)
    institution = next((m for m in run if m.entry.etype == "ORG" or (m.entry.etype == "ORG+" and named)), None)
    if tail is not None and tail.entry.kind == "group" and (tail.entry.code or "").endswith("GOV") \
            and tail.entry.country:
        iso = tail.entry.country
        code, canonical = iso + (role or "GOV"), None
        ents.append(Entity(text[tail.start:tail.end], "ORG", tail.entry.canonical, tail.entry.code,
                           tail.start, tail.end))
    elif tail is not None and tail.entry.kind in ("igo", "group"):
        code, iso = tail.entry.code, tail.entry.country
        canonical = None  # "دبیرکل ناتو" is an official of NATO, not NATO (speakers keep the title)
        if tail.entry.kind == "igo" and is_body(text, start):  # "هیئت حقیقت‌یاب سازمان ملل": one ORG
            ents.append(Entity(text[start:tail.end], "ORG", None, code, start, tail.end))
        else:
            ents.append(Entity(text[tail.start:tail.end], "ORG", tail.entry.canonical, code, tail.start, tail.end))
    else:
        after = _skip_space(text, end) if tail is None and end < len(text) else -1  # where the next word starts
        if tail is not None:
            iso = tail.entry.country
        elif after >= 0 and text.startswith(_THIS_COUNTRY, after):
            iso = last_iso or ctx_iso
            end = after + len("این کشور")
        elif after >= 0 and (our := next((t for t in _OUR_COUNTRY if text.startswith(t, after)), None)):
            iso = _DEFAULT_COUNTRY  # "وزیر خارجه کشورمان"
            end = after + len(our)
        else:
            iso = next((m.entry.country for m in run if m.entry.country), None) \
                or _home(text, run, seen or {}, ctx_iso, home, foreign, local)
        code, canonical = (iso or "") + (role or ""), None
        if tail is not None and tail.entry.etype and tail.entry.kind != "adjective":
            if institution is not None:
                name = institution.entry.canonical
                name = f"{name} of {tail.entry.canonical}" if name and tail.entry.canonical else name
                ents.append(Entity(text[institution.start:end], "ORG", name, code, institution.start, end))
            else:
                t0 = admin_start(text, tail.start) if tail.entry.kind == "place" and tail.entry.etype == "GPE" \
                    else tail.start  # "مقامات قضایی استان هرمزگان": the province keeps its head
                ents.append(Entity(text[t0:tail.end], tail.entry.etype, tail.entry.canonical,
                                   tail.entry.entity_code or tail.entry.country, t0, tail.end))
        elif institution is not None:
            s, e = institution.start, run[-1].end
            ents.append(Entity(text[s:e], "ORG", institution.entry.canonical, code, s, e))
    if code in _DE_FACTO:  # "نیروی دریایی یمن" in Persian news: Ansarallah's forces
        old, code, role = code, _DE_FACTO[code], _DE_FACTO[code][3:]
        for e in ents:
            if e.code == old:
                e.code = code
    actor = ActorMention(text[start:end], start, end, code or None, canonical, None, role, iso)
    return actor, ents


def _after_person(text: str, actor: ActorMention, actors: list[ActorMention], seen: dict[str, str],
                  office: str) -> ActorMention:
    """"اسکندر مومنی وزیر کشور": an office named right after a person is the person's country's."""
    prev = actors[-1] if actors else None
    if prev is None or prev.type != "PER" or not prev.country or prev.country == actor.country \
            or actor.start - prev.end > 3 or text[prev.end:actor.start].strip(" \u200c،,"):
        return actor
    seen.setdefault(office, prev.country)
    return ActorMention(actor.text, actor.start, actor.end, prev.country + (actor.role or ""), actor.canonical,
                        actor.type, actor.role, prev.country)


def _this_country_after(text: str, end: int) -> bool:
    k = _skip_space(text, end)
    return any(text.startswith(t, k) for t in _THIS_COUNTRY + _OUR_COUNTRY)


_SENTENCE_ENDS = frozenset(".!?؟\n")
#: is a sentence end in text[pos:endpos]? (one C scan; a set of the slice's characters made a string
#: object per character)
_END_IN = re.compile("[" + re.escape("".join(sorted(_SENTENCE_ENDS))) + "]").search
#: officials travel: "معاون وزیر کشور در سفر به کویته" is still the home country's
_TRAVELLERS = frozenset(("GOV", "ELI", "LEG", "JUD"))
_PLACE_KINDS = ("country", "place")
#: how many dictionary matches either side of a role are searched for its sentence's place: no
#: real sentence holds more, and a hostile one-sentence page stays linear
_NEAR_MATCHES = 64


def _sentence_country(text: str, matches: list[Match], i: int, j: int) -> str | None:
    """The country of the country or place nearest to matches[i:j] in the same sentence, or None.

    A bare role ("معترضان", "نیروهای امنیتی") belongs to the place its sentence is about.
    """
    best, dist = None, len(text)
    right = matches[i].start  # each gap between neighbouring matches is read once: linear
    for k in range(i - 1, max(-1, i - 1 - _NEAR_MATCHES), -1):  # backwards to the sentence start
        m = matches[k]
        if _END_IN(text, m.end, right):
            break
        if m.entry.kind in _PLACE_KINDS and m.entry.country:
            best, dist = m.entry.country, matches[i].start - m.end
            break
        if m.start < right:
            right = m.start
    end = left = matches[j - 1].end
    for k in range(j, min(len(matches), j + _NEAR_MATCHES)):  # forwards to the sentence end
        m = matches[k]
        if m.start - end >= dist or _END_IN(text, left, m.start):
            break
        if m.entry.kind in _PLACE_KINDS and m.entry.country:
            return m.entry.country
        if m.end > left:
            left = m.end
    return best


def _skip_space(text: str, i: int) -> int:
    """The first index from i on that is not a space or ZWNJ (i itself past the text's end)."""
    return _SPACES(text, i).end() if i < len(text) else i


_SPACES = re.compile("[ \u200c]*").match


def analyze(text: str, published: str | None = None,
            agency: str | None = None) -> tuple[list[ActorMention], list[Entity]]:
    """Actor mentions and entities of a normalized text (see module docstring).

    `agency`: the outlet's short name; untitled institutions are Iran's in Iranian outlets (and
    when unknown), the story's main country in foreign Persian-language ones (BBC, Euronews ...).
    """
    matches = with_gated(text, find(text))
    year = _year(published)
    matches, ctx_iso = _follow_story(text, matches)
    home = ctx_iso if agency and agency not in IRANIAN_OUTLETS else _DEFAULT_COUNTRY
    actors: list[ActorMention] = []
    entities: list[Entity] = []
    last_iso: str | None = None
    seen: dict[str, str] = {}  # folded office → the country the article named it with
    last_mil: tuple[int, str] | None = None  # end and country of the last military actor
    foreign: str | None = None  # the main country other than Iran, counted on first need
    i, n = 0, len(matches)
    while i < n:
        m = matches[i]
        if m.entry.kind == "role" and m.entry.role == "-":  # a blocker ("شرکت کنندگان")
            i += 1
            continue
        if m.entry.kind == "role":
            j = i + 1
            while j < n and matches[j].entry.kind == "role" and matches[j].entry.role != "-" and (
                    _gap_ok(text, matches[j - 1].end, matches[j].start)
                    or modifier_role(text, matches[j - 1].end, matches[j].start) == ""):
                j += 1
            tail, roles_end, override = None, j, ""
            if j < n and matches[j].entry.kind in _TAILS and (matches[j].entry.country or matches[j].entry.code):
                if _gap_ok(text, matches[j - 1].end, matches[j].start):
                    tail = matches[j]
                else:
                    br = bridge(text, matches[i:j], matches[j])
                    if br is not None:
                        tail, override = matches[j], br
                if tail is not None:
                    j += 1
            run = matches[i:roles_end]
            if tail is None and all(r.entry.needs_tail for r in run) and not _this_country_after(text, run[-1].end):
                i = j
                continue
            if tail is None and text.startswith(_BOTH_SIDES, _skip_space(text, run[-1].end)):
                i = j  # "وزیران دو کشور": both parties, not one country's (the events coder pairs them)
                continue
            if foreign is None:
                foreign = main_country(matches, skip=_DEFAULT_COUNTRY)
            local = _sentence_country(text, matches, i, roles_end) \
                if tail is None and matches[roles_end - 1].entry.role not in _TRAVELLERS else None
            actor, ents = _compose(text, run, tail, last_iso, ctx_iso, year, seen, override, home, foreign, local)
            if tail is None and actor.end == run[-1].end and not any(r.entry.country for r in run) \
                    and j < n and institution_in(text, run, matches[j]):
                # "وزارت کشور در برلین": a building does not travel, the city names its country
                iso = matches[j].entry.country
                actor = ActorMention(actor.text, actor.start, actor.end, iso + (actor.role or ""), None, None,
                                     actor.role, iso)
                for k2, e2 in enumerate(ents):
                    if e2.start == actor.start:
                        ents[k2] = Entity(e2.text, e2.type, e2.canonical, actor.code, e2.start, e2.end)
            elif tail is None and actor.end == run[-1].end and not any(r.entry.country for r in run):
                office = fold(text[run[0].start:run[-1].end])
                actor = _after_person(text, actor, actors, seen, office)
                if actor.role == "MIL" and office not in seen and last_mil and 0 <= actor.start - last_mil[0] <= 400 \
                        and actor.country != last_mil[1]:
                    # "وزارت دفاع روسیه اعلام کرد که یگان‌ها ...": a bare unit is the last army's
                    actor = ActorMention(actor.text, actor.start, actor.end, last_mil[1] + "MIL", None, None, "MIL",
                                         last_mil[1])
            if actor.role == "MIL" and actor.country:
                last_mil = (actor.end, actor.country)
            nxt = matches[j] if j < n else None
            if tail is not None and nxt is not None and coordinated(text, tail, nxt) \
                    and (tail.entry.kind == "adjective" or plural(text, run)):
                # "مقام‌های مصری و قطری", "وزرای خارجه ایران و عربستان": the same role for both
                iso2 = nxt.entry.country
                actors.append(actor)
                actor = ActorMention(text[nxt.start:nxt.end], nxt.start, nxt.end, iso2 + (actor.role or ""),
                                     None, None, actor.role, iso2)
                _, ent2 = _named(nxt, text, year)
                if ent2 is not None:
                    ents.append(ent2)
                j += 1
            elif nxt is not None and tail is not None and tail.entry.kind == "igo" and ents \
                    and ents[-1].start == actor.start and nxt.entry.kind == "country" \
                    and about_end(text, actor.end, nxt.start, nxt.end) > actor.end:
                # "هیئت حقیقت‌یاب سازمان ملل درباره ایران": the body's name swallows its subject
                e0 = ents[-1]
                ents[-1] = Entity(text[e0.start:nxt.end], "ORG", None, e0.code, e0.start, nxt.end)
                actor = ActorMention(text[actor.start:nxt.end], actor.start, nxt.end, actor.code, None, None,
                                     actor.role, actor.country)
                j += 1
            elif nxt is not None and mission_place(text, run, actor.end, nxt):
                # "سفارت جمهوری اسلامی در لندن": one actor, the city stays an entity
                _, ent2 = _named(nxt, text, year)
                if ent2 is not None:
                    ents.append(ent2)
                actor = with_place(text, actor, nxt)
                j += 1
            if tail is not None and tail.entry.country and tail.entry.kind != "igo":
                seen.setdefault(fold(text[matches[i].start:matches[roles_end - 1].end]), tail.entry.country)
            actors.append(actor)
            entities += ents
            if tail is not None and tail.entry.country:
                last_iso = tail.entry.country
            i = j
            continue
        if m.entry.kind == "igo" and i + 1 < n and matches[i + 1].entry.kind == "igo" \
                and _gap_ok(text, m.end, matches[i + 1].start):
            # "برنامه جهانی غذای سازمان ملل": a body and its parent organization are one ORG
            e2 = matches[i + 1].end
            actors.append(ActorMention(text[m.start:e2], m.start, e2, m.entry.code, m.entry.canonical, "ORG"))
            entities.append(Entity(text[m.start:e2], "ORG", m.entry.canonical, m.entry.code, m.start, e2))
            i += 2
            continue
        if m.entry.kind == "person" and other_given_name(text, m):
            i += 1  # "سید هادی خامنه‌ای": a namesake, left to the context rules
            continue
        actor, ent = _named(m, text, year)
        if actor is not None and m.entry.kind == "group" and (actor.code or "").startswith("IMG"):
            # a transnational jihadist group (ISIS, al-Qaeda) is coded, as annotators code it, as an
            # armed group of the country it acts in: the place its sentence names, else the story's
            # foreign country (none named: the group's own code)
            if foreign is None:
                foreign = main_country(matches, skip=_DEFAULT_COUNTRY)
            iso = _sentence_country(text, matches, i, i + 1) or foreign
            named = iso is not None and (iso != _DEFAULT_COUNTRY or any(k.entry.country == iso for k in matches))
            if named:
                actor = ActorMention(actor.text, actor.start, actor.end, iso + "REB", actor.canonical, actor.type,
                                     "REB", iso)
        if actor is not None:
            actors.append(actor)
        if ent is not None:
            entities.append(ent)
        if m.entry.kind in ("country", "place", "metonym") and m.entry.country:
            last_iso = m.entry.country
        i += 1
    extra_actors, extra_entities = contextual_entities(text, entities, ctx_iso, actors)
    generic_prefix(text, matches, extra_actors, extra_entities)
    code_orgs(matches, extra_actors, extra_entities, ctx_iso, home)
    # a new span that contains a known place ("دانشگاه تهران", "استان خوزستان") replaces it
    spans = sorted((e.start, e.end) for e in extra_entities)
    starts = [sp[0] for sp in spans]
    if spans:
        entities = [e for e in entities if not _inside_any(e, spans, starts)]
        actors = [a for a in actors if not _inside_any(a, spans, starts)]
    actors = sorted(actors + extra_actors, key=lambda a: (a.start, a.end))
    entities = sorted(entities + extra_entities, key=lambda e: (e.start, e.end))
    entities = with_abbreviations(text, entities)
    short_media(text, entities)
    family_names(text, actors, entities)
    actors, entities = add_surnames(text, actors, entities)
    actors, entities = context_surnames(text, actors, entities)
    actors, entities = family_first_surnames(text, actors, entities)
    actors = add_anaphora(text, actors)
    this_regime(text, actors)
    this_country(text, actors)
    office_in_government(text, actors)
    actors = government_of_person(text, actors)
    private_people(text, actors, ctx_iso)
    return actors, entities


def _inside_any(x, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """x lies strictly inside one of the sorted, non-overlapping `spans` (bisect: no n×m scan)."""
    k = bisect.bisect_right(starts, x.start) - 1
    if k < 0:
        return False
    s, e = spans[k]
    return x.end <= e and (s, e) != (x.start, x.end)


def resolve_actor_phrase(text: str, context_country: str | None = None) -> ActorMention | None:
    """The actor a noun phrase names ("وزیر امور خارجه ترکیه" → TURGOV), or None.

    Offsets are into `text`. Of several mentions, the one covering most of the phrase wins.
    """
    actors, _ = analyze(text)
    if not actors:
        return None
    best = max(actors, key=lambda a: (a.end - a.start, -a.start))
    if context_country and best.role and best.country == _DEFAULT_COUNTRY and not explicit_country(text):
        best.country, best.code = context_country, context_country + best.role
    return best


def actors_stage(doc: Document) -> Document:
    doc.actors, doc.entities = analyze(doc.text or "", doc.published, doc.agency)
    return doc
