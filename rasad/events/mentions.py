"""Actor mentions as events and quotes need them: appositions merged, pronouns resolved.

`doc.actors` (from analyze/actors.py) lists every mention separately; "سرگئی لاوروف وزیر امور
خارجه روسیه" may come as a name and a title. Here adjacent name+title become one `Mention` that
carries the name's canonical, and a title seen in apposition with a name is remembered, so a later
"وزیر خارجه روسیه" alone resolves to the same person. "وی"/"او"/"این مقام" become mentions of the
last person named before them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..document import ActorMention, Document
from .tokens import key


def find(text: str):
    """analyze.gazetteer.find, bound here on the first call (rasad.analyze imports rasad.events, so
    not at import time; an import statement per call cost ~1 µs each time)."""
    global find
    from ..analyze.gazetteer import find
    return find(text)


PRONOUNS = ("وی", "او", "ایشان", "این مقام", "این مقام روس", "این مقام آمریکایی", "این مقام ایرانی",
            "این دیپلمات", "این مسئول", "این سیاستمدار")
TITLE_WORDS = ("وزیر", "رئیس", "رییس", "سخنگو", "نخست", "دبیرکل", "دبیر", "سفیر", "فرمانده", "معاون",
               "نماینده", "مشاور", "پادشاه", "امیر", "ولیعهد", "صدراعظم", "رهبر", "مدیرکل", "دادستان",
               "وزیر", "همتای", "سرکنسول", "کاردار", "ژنرال", "سردار", "سرلشکر", "دیپلمات", "مقام")
#: anonymous speakers ("یک کارگر") → English speaker names
ANONYMOUS = {"یک کارگر": "unnamed worker", "یک منبع": "unnamed source", "یک مقام": "unnamed official",
             "یک منبع آگاه": "unnamed source", "منابع": "unnamed sources", "یک شاهد": "unnamed witness",
             "شاهدان": "unnamed witnesses", "یک دیپلمات": "unnamed diplomat", "یک مقام ارشد": "unnamed official",
             "یک شهروند": "unnamed citizen", "یک کارشناس": "unnamed expert", "یک نظامی": "unnamed soldier"}


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    code: str | None
    canonical: str | None
    country: str | None
    person: bool
    role: str | None = None
    pronoun: bool = False
    antecedent: str | None = None  # for a pronoun: the surface form of the person it stands for


def country_actor(m: Mention) -> Mention:
    """The bare country of m, at m's place ("ارتش X" addressed as X, a threat aimed at X's state)."""
    return Mention(m.text, m.start, m.end, m.country, None, m.country, False)


ROLE_CODES = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "OPP", "CVL", "LAB", "BUS", "MED", "NGO", "CRM",
              "REB", "REF", "IGO", "INS", "SEP", "UAF", "PTY", "EDU", "ELI", "HLH", "HRI", "MNC", "IMG",
              "INT", "UIS", "AGR", "ENV", "DEV", "RAD", "MOD", "SET", "NGM", "PKO"}


#: roles of a state's own organs ("" for the bare country): addressed as that state; never the
#: author of "a terrorist attack"
STATE_ROLES = {"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


@lru_cache(maxsize=4096)
def is_country(code: str | None) -> bool:
    """A bare ISO3 country code (not a role such as COP used alone)."""
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper() and code not in ROLE_CODES


def _is_person(a: ActorMention) -> bool:
    if a.type == "PER":
        return True
    return a.type != "GPE" and a.text.split(" ")[0].replace("\u200c", "").startswith(TITLE_WORDS)


def _country(a: ActorMention) -> str | None:
    if a.country:
        return a.country
    if a.code and a.code[:3].isalpha() and a.code[:3] not in ROLE_CODES:
        return a.code[:3]
    return None


def build_mentions(doc: Document) -> list[Mention]:
    """Merged, pronoun-resolved mentions of the document, sorted by start."""
    text = doc.text
    acts = sorted(doc.actors, key=lambda a: (a.start, -a.end))
    # drop mentions nested inside a longer one
    flat: list[ActorMention] = []
    for a in acts:
        if flat and a.start < flat[-1].end:
            continue
        flat.append(a)
    merged: list[Mention] = []
    title_map: dict[str, Mention] = {}
    i = 0
    while i < len(flat):
        a = flat[i]
        m = Mention(a.text, a.start, a.end, a.code, a.canonical, _country(a), _is_person(a), a.role)
        if i + 1 < len(flat):
            b = flat[i + 1]
            gap = text[a.end:b.start]
            comma = gap.strip(" \u200c") in ("،", ",") and text[b.end:b.end + 2].strip(" ")[:1] in ("،", ",")
            if (gap.strip(" \u200c\"'“”") == "" or comma) and "\n" not in gap and _apposition(a, b):
                name, title = (a, b) if a.type == "PER" else (b, a)
                both_unknown = not name.canonical and not title.canonical
                title_person = title.type == "PER" or title.type is None
                retitled = not name.canonical and title.code and _country(title) and _country(name) \
                    and _country(title) != _country(name)  # "سردار X رئیس‌جمهور ترکمنستان": the apposition
                m = Mention(text[a.start:b.end] if both_unknown else name.text, a.start, b.end,
                            title.code if retitled else name.code or title.code,
                            name.canonical or (title.canonical if title_person else None),
                            _country(title) if retitled else _country(name) or _country(title), True,
                            title.role if retitled else name.role or title.role)
                title_map[title_key(title.text)] = m
                i += 1
        merged.append(m)
        i += 1
    # a title alone anywhere (even before the name is introduced) is the person it was seen with
    for m in merged:
        if not m.canonical and m.person and title_key(m.text) in title_map:
            prev = title_map[title_key(m.text)]
            m.canonical, m.code = prev.canonical, m.code or prev.code
    _home_country(doc, merged)
    _counterparts(text, merged)
    _affiliations(text, merged)
    _dual_nationals(text, merged)
    _attached(text, merged)
    _code_institutions(doc, merged)
    _bare_roles(doc, merged)
    return _add_pronouns(text, merged)


_CITIZENSHIP = tuple(key(w) for w in ("دارای تابعیت", "با تابعیت", "دوتابعیتی"))


def _dual_nationals(text: str, ments: list[Mention]) -> None:
    """"شهروند دارای تابعیت ایران و فرانسه": a dual national of Iran and another country is coded with
    the other country (as the annotators code one Iran arrests); of two foreign ones, the first."""
    for m in ments:
        if not m.code or len(m.code) < 6 or m.code[3:6] not in ("CVL", "BUS", "MED", "EDU", "LAB"):
            continue
        after = text[m.end:m.end + 60].lstrip(" \u200c")
        if not key(after[:14]).startswith(_CITIZENSHIP):
            continue
        stop = min((after.find(c) for c in ("،", ".", "؛") if c in after), default=len(after))
        isos = [mt.entry.country for mt in find(after[:stop]) if mt.entry.kind in ("country", "adjective")
                and mt.entry.country]
        other = next((c for c in isos if c != "IRN"), None)
        if len(set(isos)) >= 2 and other:
            m.code, m.country = other + m.code[3:], other


#: outlets inside Iran (short names as `doc.agency` gives them): their untitled offices are Iran's;
#: the one list (rasad.analyze.actors reads it too)
IRANIAN_OUTLETS = {"tasnim", "irna", "isna", "mehr", "fars", "hamshahri", "entekhab", "khabaronline", "yjc",
                   "ilna", "tabnak", "shargh", "etemad", "donya-e-eqtesad", "irib", "iribnews", "presstv",
                   "alef", "asriran", "mashregh", "javan", "kayhan", "ettelaat", "mizan", "farhikhtegan"}


def iranian_outlet(agency: str | None) -> bool:
    """Whether an outlet is inside Iran (`IRANIAN_OUTLETS`)."""
    return (agency or "") in IRANIAN_OUTLETS


#: Iranian institutions an Iranian agency names without the country ("سخنگوی وزارت امور خارجه")
HOME_TITLES = tuple(key(w) for w in ("وزارت امور خارجه", "وزارت خارجه", "سخنگوی وزارت", "وزیر امور خارجه",
                                     "وزیر خارجه", "رئیس‌جمهور", "رئیس جمهور", "مجلس شورای اسلامی", "قوه قضاییه",
                                     "سپاه", "سخنگوی دولت", "وزیر کشور", "وزارت کشور"))


def _home_country(doc: Document, ments: list[Mention]) -> None:
    """"رئیس‌جمهور کشورمان", and bare Iranian titles in Iranian agencies' stories, are Iran's."""
    text = doc.text
    iranian = iranian_outlet(doc.agency)
    for m in ments:
        after = text[m.end:m.end + 10].lstrip(" ")
        ours = after.startswith("کشورمان") or "کشورمان" in m.text
        if not ours and iranian and m.code and not m.canonical and key(m.text).startswith(HOME_TITLES):
            # "وزارت امور خارجه این کشور": the country named before, not the agency's own
            # "سخنگوی وزارت امور مهاجرین طالبان": an office a group names is the group's
            ours = not _names_country(m.text, ("group",)) and not any(w in m.text for w in THIS_COUNTRY)
        if ours and m.code:
            role = m.code[3:] if len(m.code) > 3 and m.code[:3].isalpha() else "GOV"
            m.code, m.country = "IRN" + (role or "GOV"), "IRN"


THIS_COUNTRY = ("این کشور", "آن کشور")


COUNTERPART = "همتای"


def _counterparts(text: str, ments: list[Mention]) -> None:
    """"با آندری بلوسف همتای روس خود دیدار کرد": a person the dictionary does not know, followed by
    "همتای <nationality>" ("همتای روسی‌اش"، "همتای خود در ترکیه"), is an official of that country."""
    for m in ments:
        if not m.person or m.canonical:
            continue
        after = text[m.end:m.end + 40].lstrip(" ،,\u200c")
        if not after.startswith(COUNTERPART):
            continue
        phrase = after[len(COUNTERPART):].split("،", 1)[0].split(".", 1)[0]
        phrase = " ".join(phrase.split()[:4])
        iso = next((mt.entry.country for mt in find(phrase)
                    if mt.entry.country and mt.entry.kind in ("adjective", "country")), None)
        if iso and is_country(iso) and iso != m.country:
            m.code, m.country, m.role = iso + "GOV", iso, "GOV"


#: role nouns of an appositive title ("تام اندروز، گزارشگر ویژه سازمان ملل، ...")
ROLE_NOUNS = tuple(TITLE_WORDS) + ("گزارشگر", "فرستاده", "کمیسر", "مسئول", "عضو", "سخنگوی", "دستیار", "مدیر",
                                   "بازرس", "ناظر", "قاضی", "دادستان", "فرماندار", "استاندار", "شهردار")
_AFFILIATION_REACH = 60


def _affiliations(text: str, ments: list[Mention]) -> None:
    """"تام اندروز، گزارشگر ویژه سازمان ملل، ..." : a person the dictionary does not know, with an
    appositive title naming a body or a country, acts for that body (IGOUNO) or country's government."""
    for n, m in enumerate(ments):
        if not m.person or m.canonical or n + 1 >= len(ments):
            continue
        after = text[m.end:m.end + 3].lstrip(" ")
        if not after.startswith("،"):
            continue
        nxt = ments[n + 1]
        gap = text[m.end:nxt.start].strip(" ،\u200c")
        if nxt.start - m.end > _AFFILIATION_REACH or not gap.startswith(ROLE_NOUNS) or "،" in gap or "." in gap \
                or not nxt.code or nxt.person:
            continue
        code = nxt.code + "GOV" if is_country(nxt.code) else nxt.code
        if code != m.code:
            m.code, m.country, m.role = code, nxt.country, code[3:6] if is_country(code[:3]) else m.role


_ATTACHED = ("وابسته به ", "وابسته‌به ")
_GROUP_WORDS = {"گروه", "گروهک", "جنبش", "سازمان", "تروریستی", "شبه‌نظامی", "مسلح"}


def _attached(text: str, ments: list[Mention]) -> None:
    """"شبه‌نظامیان وابسته به گروه نصرت الاسلام": fighters "attached to" a named group are that
    group (its code and country), not a role the actor stage gave the story's main country."""
    for n, m in enumerate(ments[:-1]):
        if m.person or m.canonical or not m.role:
            continue
        nxt = ments[n + 1]
        gap = text[m.end:nxt.start].strip(" \u200c")
        if not nxt.code or nxt.person or nxt.code == m.code or not gap.startswith(_ATTACHED):
            continue
        rest = gap[len(_ATTACHED[0]):].split()
        if len(rest) > 3 or any(w not in _GROUP_WORDS for w in rest):
            continue
        m.code, m.country = nxt.code, nxt.country
        m.role = nxt.code[3:6] if nxt.country and len(nxt.code) >= 6 else None


#: head word of an institution's name → its CAMEO role ("وزارت امور مهاجرین طالبان" → GOV)
HEAD_ROLES = {key(w): r for w, r in (
    ("وزارت", "GOV"), ("وزارتخانه", "GOV"), ("سفارت", "GOV"), ("دولت", "GOV"), ("کابینه", "GOV"),
    ("سازمان", "GOV"), ("اداره", "GOV"), ("استانداری", "GOV"), ("شهرداری", "GOV"), ("ریاست‌جمهوری", "GOV"),
    ("شرکت", "BUS"), ("بانک", "BUS"), ("گروه", None), ("ارتش", "MIL"), ("نیروهای", "MIL"), ("نیروی", "MIL"),
    ("پلیس", "COP"), ("دادگاه", "JUD"), ("دادستانی", "JUD"), ("مجلس", "LEG"), ("پارلمان", "LEG"),
    ("کمیسیون", "LEG"), ("خبرگزاری", "MED"), ("شبکه", "MED"), ("روزنامه", "MED"), ("اتحادیه", "LAB"),
    ("سندیکا", "LAB"), ("انجمن", "LAB"), ("دانشگاه", "EDU"))}
#: heads that, in an Iranian agency's story with no country named, are Iran's ("وزارت کار")
HOME_HEADS = {key(w) for w in ("وزارت", "کمیسیون", "مجلس", "استانداری")}


def _code_institutions(doc: Document, ments: list[Mention]) -> None:
    """An institution the actor stage left uncoded gets the country its name contains and the role
    of its head word ("شرکت ملی نفت ایران" → IRNBUS, "وزارت امور مهاجرین طالبان" → AFGGOV); in an
    Iranian agency's story an untitled ministry or parliamentary body is Iran's ("وزارت کار")."""
    iranian = iranian_outlet(doc.agency)
    for m in ments:
        if m.code or m.person or not m.text or " " not in m.text.strip():
            continue
        head = key(m.text.split(" ")[0])
        if head not in HEAD_ROLES or HEAD_ROLES[head] is None:
            continue
        country = None
        for mt in find(m.text):
            if mt.entry.country and mt.entry.kind in ("country", "adjective", "place", "metonym", "group"):
                country = mt.entry.country
        if country is None and iranian and head in HOME_HEADS:
            country = "IRN"
        if country and is_country(country):
            m.code, m.country, m.role = country + HEAD_ROLES[head], country, HEAD_ROLES[head]


#: one-word role nouns the actor stage codes with the story's home country ("نمایندگان"، "سناتور")
BARE_ROLE_NOUNS = {key(w) for w in ("نمایندگان", "نماینده", "سناتور", "سناتورها", "سناتورهای", "مجلس", "پارلمان",
                                    "قانونگذاران", "قانون‌گذاران", "دادستان", "دادگاه", "پلیس", "ارتش")}
_ROLE_REACH = 800


def _bare_roles(doc: Document, ments: list[Mention]) -> None:
    """"مجلس نمایندگان ایالات متحده ... نمایندگان ..."، "... کنگره آمریکا ... ۱۴ سناتور": outside
    Iranian agencies, a bare role noun is of the country of the last body with that role named in
    full shortly before it, not of the story's home country."""
    if iranian_outlet(doc.agency):
        return
    last: dict[str, Mention] = {}
    for m in ments:
        role = (m.code or "")[3:6]
        if not role or m.person or not m.country:
            continue
        if " " in m.text.strip() and _names_country(m.text):
            last[role] = m
            continue
        prev = last.get(role)
        if key(m.text.strip()) in BARE_ROLE_NOUNS and prev is not None and prev.country != m.country \
                and m.start - prev.end < _ROLE_REACH and is_country(prev.country or ""):
            m.code, m.country = prev.country + m.code[3:], prev.country


def _names_country(surface: str, more: tuple[str, ...] = ()) -> bool:
    kinds = ("country", "adjective", "place", "metonym") + more
    return any(mt.entry.country for mt in find(surface) if mt.entry.kind in kinds)


def title_key(text: str) -> str:
    """Titles compared loosely: "وزیر امور خارجه روسیه" = "وزیر خارجه روسیه"."""
    k = key(text).replace(" ", "").replace("امور", "").replace("جمهوری", "جمهور")
    return k.replace("رییس", "رئیس")


def _apposition(a: ActorMention, b: ActorMention) -> bool:
    """Name next to a title of the same country ("لاوروف وزیر خارجه روسیه")."""
    if (a.type == "PER") == (b.type == "PER"):
        return False
    title = b if a.type == "PER" else a
    if not title.text.replace("\u200c", "").startswith(TITLE_WORDS):
        return False
    ca, cb = _country(a), _country(b)
    name = a if a.type == "PER" else b
    # a name the dictionary does not know took its country from a title word before it ("سردار"):
    # the apposition that names a country says whose it is
    return ca is None or cb is None or ca == cb or not name.canonical


def _add_pronouns(text: str, ments: list[Mention]) -> list[Mention]:
    """Add a Mention for each pronoun, resolved to the last person mention before it."""
    found: list[tuple[int, int]] = []
    for p in sorted(PRONOUNS, key=len, reverse=True):
        start = 0
        while True:
            i = text.find(p, start)
            if i < 0:
                break
            j = i + len(p)
            before = text[i - 1] if i else " "
            after = text[j] if j < len(text) else " "
            if not before.isalpha() and before != "\u200c" and not after.isalpha() and after != "\u200c":
                if not any(s <= i < e for s, e in found) and not any(m.start <= i < m.end for m in ments):
                    found.append((i, j))
            start = j
    out = list(ments)
    # pronouns in text order: the mentions before each one (up to the first that ends after it)
    # only grow, so one pass carries the last ungoverned person forward
    prev = None
    k, n = 0, len(ments)
    for s, e in sorted(found):
        while k < n and ments[k].end <= s:
            m = ments[k]
            if m.person and not _governed(text, m.start):
                prev = m
            k += 1
        if prev is not None:
            out.append(Mention(text[s:e], s, e, prev.code, prev.canonical, prev.country, True, prev.role, True,
                               prev.antecedent or prev.text))
    out.sort(key=lambda m: m.start)
    return out


_GOVERNORS = ("با", "از", "به", "برای", "همتای", "علیه", "درباره")


#: nouns whose genitive a person often is ("سخنان تاکائیچی"): not the one "وی" later refers to
_POSSESSED = ("سخنان", "اظهارات", "پیشنهاد", "موضع", "مواضع", "درخواست", "دیدگاه", "سفر", "ادعای", "ادعاهای",
              "تصمیم", "دستور", "حکم", "پیام", "نامه", "انتقاد", "انتقادات", "تهدید", "تهدیدهای")


def _governed(text: str, start: int) -> bool:
    """Is the mention at `start` the object of a preposition ("با لاوروف") or the genitive of a noun
    ("سخنان تاکائیچی")? Pronouns skip those."""
    before = text[max(0, start - 14):start].rstrip().rsplit(" ", 1)[-1]
    return before in _GOVERNORS or before in _POSSESSED


def speaker_name(m: Mention) -> str | None:
    """The English name a quote's speaker gets: canonical, else anonymous, else the surface form."""
    if m.canonical:
        return m.canonical
    if m.antecedent:
        return m.antecedent
    k = key(m.text)
    for fa, en in _ANON_KEYS:
        if k.startswith(fa):
            return en
    return m.text


#: ANONYMOUS with each form's key, in its order (computed once, not per speaker)
_ANON_KEYS = tuple((key(fa), en) for fa, en in ANONYMOUS.items())
