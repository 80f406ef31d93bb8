"""Rules that widen role composition beyond "role word + country" (read by actors.py).

- bridges: a role may reach its country over modifiers ("دادستانی فدرال آلمان" → DEUJUD,
  "مقامات ارشد نظامی آمریکا" → USAMIL) or, after a portfolio head, over up to four plain words
  ("وزیر کشاورزی آلمان" → DEUGOV); data/role_bridges.tsv;
- coordination: "مقام‌های مصری و قطری", "وزرای خارجه ایران و عربستان": the second country gets the
  same role (EGYGOV and QATGOV);
- embassies: "سفارت جمهوری اسلامی در لندن" is one actor (the embassy speaks, London does not);
- organizations found by context get a code from their head word and the country named inside
  them ("شرکت ملی نفت ایران" → IRNBUS, "کمیسیون حقوق بشر عراق" → IRQHRI); data/org_roles.tsv.
All checks look at a few words next to a match: linear in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import ActorMention
from .fold import fold
from .gazetteer import Entry, Match, country_name, rows
from .ner_tokens import WORD as _WORD

#: words that end a portfolio: prepositions, conjunctions, time words, pronouns, numbers
_GAP_STOP = {fold(w) for w in """
در به از با که را تا برای این آن او وی ما خود هم نیز یا اما ولی بر بین پس پیش بعد قبل روز امروز
دیروز فردا شب صبح ظهر عصر بامداد شامگاه هفته ماه سال علیه طی توسط نزد سوی جانب درباره یک دو سه
چند همه هر چه چون اگر گفت کرد شد است بود داد خواست اعلام همراه ضمن حضور دیدار سفر نشست
شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه
""".split()}
_VERB_ENDS = tuple(fold(w) for w in ("شود", "شوند", "شده", "کرد", "کرده", "کنند", "کند", "است", "اند",
                                     "باشد", "گردید", "دهد", "دادند", "کردند", "گفت"))
#: role words naming a diplomatic mission: "X در <city>" is part of the actor
_MISSIONS = {fold(w) for w in ("سفارت", "سفارتخانه", "کنسولگری", "سرکنسولگری", "نمایندگی")}
_COMPANY = fold("شرکت")
_GUILD = fold("صنفی")
_PLURAL_ENDS = tuple(fold(w) for w in ("ها", "های", "ان", "ات", "ین"))
_PLURAL_WORDS = {fold(w) for w in ("وزرا", "وزرای", "سفرا", "سفرای", "رهبران", "دولت ها", "مقامات", "رؤسا", "رؤسای",
                                    "سران")}


@lru_cache(maxsize=1)
def _bridges() -> tuple[dict[str, str], frozenset[str]]:
    mods: dict[str, str] = {}
    heads: set[str] = set()
    for r in rows("role_bridges.tsv"):
        if len(r) >= 2 and r[1] == "modifier":
            mods[fold(r[0])] = r[2] if len(r) > 2 else ""
        elif len(r) >= 2 and r[1] == "portfolio":
            heads.add(fold(r[0]))
    return mods, frozenset(heads)


_NO_BRIDGE = re.compile("[" + re.escape("،.؛:\n«»()0123456789۰۱۲۳۴۵۶۷۸۹") + "]")


def _words(gap: str) -> list[str] | None:
    """The folded words of a gap between two matches, or None if it holds punctuation/digits."""
    if not gap or len(gap) > 60 or _NO_BRIDGE.search(gap):
        return None  # punctuation or digits: never a bridge (cheap test before the regexes)
    words = _gap_words(gap)
    return None if words is None else list(words)


@lru_cache(maxsize=8192)
def _gap_words(gap: str) -> tuple[str, ...] | None:
    """Memoized: the same short gaps (" ", " ارشد ") come back on every page."""
    words = _WORD.findall(gap)
    if _WORD.sub("", gap).strip(" \u200c"):
        return None
    return tuple(fold(w) for w in words)


def modifier_role(text: str, a: int, b: int) -> str | None:
    """The gap [a, b) is only modifiers ("فدرال", "ارشد نظامی"): '' or the role they give; else None."""
    words = _words(text[a:b])
    if not words:
        return None
    mods, _ = _bridges()
    role, k = "", 0
    while k < len(words):  # two-word modifiers ("مستقر در") first
        two = words[k] + words[k + 1] if k + 1 < len(words) else None
        if two in mods:
            role, k = mods[two] or role, k + 2
        elif words[k] in mods:
            role, k = mods[words[k]] or role, k + 1
        else:
            return None
    return role


def bridge(text: str, run: list[Match], tail: Match) -> str | None:
    """Can the role run reach `tail` over the words between them? '' / a role override, else None."""
    a, b = run[-1].end, tail.start
    if tail.entry.kind not in ("country", "adjective", "place", "metonym", "igo", "group"):
        return None
    role = modifier_role(text, a, b)
    if role is not None:
        return role
    if tail.entry.kind == "igo" and b - a <= 30 and _members(text[a:b]):
        return ""  # "وزیران خارجه ۲۷ کشور عضو اتحادیه اروپا": the IGO's council
    words = _words(text[a:b])
    _, heads = _bridges()
    head = fold(text[run[-1].start:run[-1].end])  # the whole role word: "رئیس‌جمهور" is no portfolio head
    if not words or len(words) > 4 or (tail.entry.kind == "adjective" and not head.startswith(_COMPANY)):
        return None  # adjectives only after companies: "شرکت‌های خودروسازی ژاپنی"
    if head not in heads or words[0] == "و" or words[-1] == "و":
        return None
    if "و" in words and not head.startswith(("وزیر", "وزارت", "وزرا")):
        return None  # "وزیر امور اقتصادی و دارایی" but not "رئیس X و دانشگاه تهران"
    given = _given()
    for w in words:
        if w in given:
            return None
        if w in _GAP_STOP or w.endswith(_VERB_ENDS) or (w.startswith(("می", "نمی")) and len(w) > 4) \
                or (w.endswith(("ها", "های")) and w != "امور"):
            return None
    after = text[tail.end:tail.end + 4].lstrip(" \u200c")
    if after.startswith("را") and (len(after) == 2 or not after[2].isalpha()):
        return None  # "رئیس‌جمهور پیشنهاد ایران را": an object, not a portfolio
    return ""


_MEMBER_NOUNS = {fold(w) for w in ("کشور", "کشورهای", "دولت", "دولت‌های")}


def _members(gap: str) -> bool:
    """"[۲۷] کشور عضو" between a role and an IGO: the members of that IGO."""
    words = [fold(w) for w in gap.split()]  # fold drops ZWNJ: "کشور‌های" = "کشورهای"
    return 2 <= len(words) <= 3 and words[-1] == fold("عضو") and words[-2] in _MEMBER_NOUNS \
        and all(w.isdigit() for w in words[:-2])


def plural(text: str, run: list[Match]) -> bool:
    """A plural role ("وزرای خارجه", "مقام‌های"): several countries may share it."""
    surface = text[run[0].start:run[0].end]
    first = fold(surface.split(" ")[0].replace("\u200cها", "ها"))
    if first.endswith("ستان"):  # دادستان: singular
        return False
    return fold(surface) in _PLURAL_WORDS or first in _PLURAL_WORDS or first.endswith(_PLURAL_ENDS)


def coordinated(text: str, tail: Match, nxt: Match | None) -> bool:
    """"مصری و قطری" / "ایران و عربستان": the next match is a second tail of the same kind after "و";
    a group that governs may follow a country ("نیروهای پاکستان و طالبان": PAKMIL, AFGMIL)."""
    if nxt is None or not nxt.entry.country:
        return False
    governing = nxt.entry.kind == "group" and tail.entry.kind == "country" and (nxt.entry.code or "").endswith("GOV")
    if nxt.entry.kind != tail.entry.kind and not governing:
        return False
    return text[tail.end:nxt.start].strip(" \u200c") == "و" and nxt.start - tail.end <= 5


def mission_place(text: str, run: list[Match], end: int, nxt: Match | None) -> bool:
    """"سفارت ایران در لندن": the mission's city follows ("در" + a place)."""
    if nxt is None or nxt.entry.kind not in ("place", "metonym", "country"):
        return False
    last = fold(text[run[-1].start:run[-1].end])
    if last not in _MISSIONS:
        return False
    return fold(text[end:nxt.start]) == "در" and nxt.start - end <= 6


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    from .wordlists import word_lists
    return word_lists()[0]


@lru_cache(maxsize=1)
def _org_roles() -> tuple[dict[str, str], dict[str, str]]:
    heads: dict[str, str] = {}
    words: dict[str, str] = {}
    for r in rows("org_roles.tsv"):
        if len(r) >= 3:
            (heads if r[1] == "head" else words)[fold(r[0])] = r[2]
    return heads, words


_STATE_ROLES = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
_HOME_HEADS = {fold(w) for w in ("وزارت", "سازمان", "ستاد", "مجمع", "شورای", "بنیاد", "کمیسیون")}


def org_code(span: str, inside: list[Match], ctx_iso: str, home: str = "IRN") -> str | None:
    """CAMEO code of an organization span found by context, from its head and the places in it."""
    heads, words = _org_roles()
    toks = [fold(w) for w in _WORD.findall(span)]
    if not toks:
        return None
    role = heads.get(toks[0] + toks[1]) if len(toks) > 1 else None
    role = role or heads.get(toks[0])
    if role is None:
        return None
    for k in range(1, len(toks)):
        hit = words.get(toks[k] + toks[k + 1]) if k + 1 < len(toks) else None
        hit = hit or words.get(toks[k])
        if hit:
            role = hit
    if _GUILD in toks:  # "کانون صنفی معلمان": a trade union, whatever trade it names
        role = "LAB"
    iso = None
    for m in inside:
        e: Entry = m.entry
        if e.kind == "igo" and e.code:
            return e.code
        if e.kind in ("country", "adjective", "place", "metonym", "group") and e.country:
            iso = e.country
    if iso is None:  # untitled ministries and state bodies follow the outlet; other offices the story
        iso = home if role in _STATE_ROLES and toks[0] in _HOME_HEADS else ctx_iso
    return iso + ("" if role == "-" else role)


def institution_in(text: str, run: list[Match], nxt: Match) -> bool:
    """An institution (ORG role) right before "در <city>" ("وزارت کشور در برلین")."""
    return any(m.entry.etype == "ORG" for m in run) and nxt.entry.kind in ("place", "metonym") \
        and nxt.entry.etype == "GPE" and bool(nxt.entry.country) and nxt.start - run[-1].end <= 6 \
        and fold(text[run[-1].end:nxt.start]) == "در"


def with_place(text: str, actor: ActorMention, place: Match) -> ActorMention:
    """The mission actor widened over "در <city>", canonical "Embassy of Iran in London"."""
    canonical = actor.canonical
    if fold(actor.text).startswith(fold("سفارت")) and place.entry.canonical:
        home = country_name(actor.country)
        canonical = f"Embassy of {home} in {place.entry.canonical}" if home else None
    return ActorMention(text[actor.start:place.end], actor.start, place.end, actor.code, canonical, actor.type,
                        actor.role, actor.country)
