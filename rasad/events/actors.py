"""Actor codes of event arguments: the CAMEO code a mention gets, agents of passives, compound
subjects, and actors the actor stage missed (nationality adjectives, countries inside phrases).

A bare country becomes GOV for verbal and diplomatic acts and stays bare for acts on territory or
population (conventions: "از ایران خواست" → IRNGOV; "روسیه به اوکراین حمله کرد" → RUS → UKR).
"""
from __future__ import annotations

from ..document import Event
from .clauses import Sent, phrase_at
from .coder import STOP_GAP
from . import mentions as _mentions  # _mentions.find: the gazetteer, bound on first use
from .mentions import Mention, is_country
from .patterns import plover_for
from .tokens import key


PREPS_NP = {key(w) for w in ("از", "با", "به", "برای", "در", "بر", "میان", "بین", "توسط", "سوی", "علیه",
                             "درباره", "پیرامون", "مقابل", "نزد")}


AGENT_MARKERS = [tuple(key(w) for w in g.split()) for g in ("توسط", "از سوی", "از طرف", "به دست", "به‌دست")]


ATTACK_NOUNS = {key(w) for w in ("حمله", "حملات", "بمباران", "شلیک", "حمله‌های", "تجاوز", "تهاجم")}


#: codes whose target is a territory or population: a bare country stays bare
BARE_CODES = {"163", "07", "070", "071", "072", "073", "074", "191", "171", "1711", "1712"}


def actor_code(m: Mention | None, root: str, cameo: str, *, target: bool) -> str | None:
    """The CAMEO actor code an event uses for a mention; a bare country gets GOV where the act is
    verbal or diplomatic (conventions: "از ایران خواست" → IRNGOV), and stays bare for acts on
    territory and population (attacks, aid deliveries, economic sanctions, blockades)."""
    if m is None or not m.code:
        return None
    code = m.code
    if is_country(code):
        force = root in ("15", "18", "19", "20")
        if target:
            bare = force or cameo in BARE_CODES or cameo[:3] in BARE_CODES or cameo[:2] + "0" in BARE_CODES
        else:
            bare = force
        if cameo.startswith(("062", "1212")):
            return code + "MIL"  # military cooperation is between the countries' armed forces
        if not bare:
            return code + "GOV"
    return code


def find_agent(s: Sent, cs: int, hi: int) -> Mention | None:
    """Agent of a passive: "توسط X", "از سوی X", "به دست X", or "در حمله X"."""
    for i in range(cs, hi):
        g = phrase_at(s, i, AGENT_MARKERS)  # the markers differ at their first two words: one at most
        if g is not None:
            t = s.first.get(i + len(g))
            if t is not None:
                return t
        if s.keys[i] in ATTACK_NOUNS:
            for j in range(i + 1, min(i + 4, hi)):
                t = s.first.get(j)
                if t is not None:
                    if j > 0 and s.keys[j - 1] in ("به", "در", "علیه", "بر"):
                        break
                    return t
    return None


def coordinated(s: Sent, m: Mention) -> list[Mention]:
    """Mentions joined to m by "و" ("X و Y"), or a comma list closed by "و" ("X، Y و Z")."""
    out = []
    _, b = s.span[id(m)]
    j = b + 1
    if j < len(s.toks) and s.keys[j] == '"':
        j += 1  # '"محمود عباس" و "اسماعیل هنیه"': quoted names
    while j + 1 < len(s.toks) and s.keys[j] in ("و", "،", ","):
        conj = s.keys[j]
        if s.keys[j + 1] == '"' and j + 2 < len(s.toks):
            j += 1
        t = s.first.get(j + 1)
        if t is None and conj == "و" and j + 2 < len(s.toks) and s.keys[j + 1] in COORD_HEADS:
            t = s.first.get(j + 2)  # "اتحادیه آفریقا و دفتر سازمان ملل": the office acts for its body
        if t is None:
            break
        tb = s.span[id(t)][1]
        if tb + 1 < len(s.toks) and s.keys[tb + 1] == "را" and conj != "و":
            break  # "X، پاکستان را متهم کرد": an object, not a second subject ("X و Y را": one object)
        if conj != "و" and not any(s.keys[k] == "و" for k in range(tb + 1, min(tb + 3, len(s.toks)))):
            break  # a comma must lead on to "و": "X، Y و Z"
        nxt = tb + 2 if tb + 1 < len(s.toks) and s.keys[tb + 1] == '"' else tb + 1
        if t.code == m.code and not t.canonical and (m.person or t.person):
            j = nxt
            continue  # "اسحاق دار معاون نخست‌وزیر و وزیر امور خارجه پاکستان": the same person's titles
        out.append(t)
        j = nxt
    return out


#: head nouns of a body's office or delegation ("دفتر سازمان ملل"، "هیئت ایران") in a compound subject
COORD_HEADS = {key(w) for w in ("دفتر", "نمایندگی", "هیئت", "هیات", "سفارت", "کنسولگری", "دولت", "وزارت",
                                "نمایندگان", "مقام‌های", "مقامات", "رهبران", "سران", "وزیران", "وزرای")}


def same_actor(a: Mention, b: Mention) -> bool:
    """Same code, or the same country with one of them bare and the other a state organ ("هند" /
    "دیپلمات‌های هند"); a rebel group is not its country ("پ.ک.ک خاک ترکیه را ترک کرد")."""
    if a.code == b.code:
        return True
    if not a.country or a.country != b.country:
        return False
    ca, cb = a.code or "", b.code or ""
    if len(ca) == 3:
        return cb[3:6] in STATE_ORGANS
    if len(cb) == 3:
        return ca[3:6] in STATE_ORGANS
    return False


#: roles that act for their country: a bare country mention is the same actor as them
STATE_ORGANS = {"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "MED", "CVL", "BUS", "EDU", "HLH", "LAB", "AGR"}


MIL_HEADS = {key(w) for w in ("جنگنده", "جنگنده‌های", "نیروهای", "نیروی", "ارتش", "پهپادهای", "پهپاد",
                              "هواپیماهای", "ناوهای", "ناو", "سربازان", "نظامیان", "توپخانه", "تانک‌های",
                              "بالگردهای", "زیردریایی", "یگان‌های", "واحدهای")}


COP_HEADS = {key(w) for w in ("پلیس", "مأموران", "ماموران", "نیروهای امنیتی", "گارد")}


GOV_HEADS = {key(w) for w in ("مقام‌های", "مقامات", "مقام", "مسئولان", "دولت", "مقامهای")}


def adjective_subject(s: Sent, cs: int, hi: int) -> Mention | None:
    """"جنگنده‌های اسرائیلی ... بمباران کردند": an actor from a nationality adjective in the
    clause-opening noun phrase, when the actor stage made none (role MIL/COP from the head noun)."""
    lo = max(cs, s.body_from)
    if lo >= hi:
        return None
    head = s.keys[lo]
    if head in JUD_HEADS:
        return _court_of_place(s, lo, hi)
    if head not in MIL_HEADS and head not in COP_HEADS and head not in GOV_HEADS:
        return None
    b = lo
    while b + 1 < hi and b - lo < 4 and s.keys[b + 1] not in PREPS_NP and s.keys[b + 1] not in STOP_GAP \
            and s.keys[b + 1] not in ("،", ","):
        b += 1
    a_char, b_char = s.toks[lo].start, s.toks[b].end
    for mt in _mentions.find(s.text[a_char:b_char]):
        iso = mt.entry.country
        if iso and mt.entry.kind in ("adjective", "country", "metonym", "place"):
            role = "MIL" if head in MIL_HEADS else "COP" if head in COP_HEADS else "GOV"
            return Mention(s.text[a_char:b_char], a_char, b_char, iso + role, None, iso, False, role)
    return None


JUD_HEADS = {key(w) for w in ("دادگاه", "دادگاهی", "دادستانی", "دادستان")}


def _court_of_place(s: Sent, lo: int, hi: int) -> Mention | None:
    """"دادگاهی در دیاربکر ... صادر کرد": the judiciary of the place's country."""
    for k in range(lo + 1, min(lo + 6, hi - 1)):
        if s.keys[k] == "در":
            m = s.first.get(k + 1)
            if m is not None and m.country and is_country(m.country):
                a, b = s.toks[lo].start, m.end
                return Mention(s.text[a:b], a, b, m.country + "JUD", None, m.country, False, "JUD")
            return None
    return None


def other_countries(m: Mention) -> list[Mention]:
    """"از طرف‌های یمنی و سعودی خواست": the further countries a phrase found by the gazetteer
    (not an actor mention) joins with "و", one target each."""
    if " و " not in m.text:
        return []
    out, seen = [], {m.country}
    for mt in _mentions.find(m.text):
        iso = mt.entry.country
        if iso and iso not in seen and is_country(iso) and mt.entry.kind in ("adjective", "country", "metonym"):
            seen.add(iso)
            out.append(Mention(m.text, m.start, m.end, iso, None, iso, False))
    return out


def gazetteer_actor(s: Sent, a: int, b: int) -> Mention | None:
    """A country named inside a phrase the actor stage left uncoded ("مقام‌های حاکم بر افغانستان")."""
    if a >= b:
        return None
    for j in range(a, b):
        if s.keys[j] in STOP_GAP or s.keys[j] in ("،", ","):
            b = j
            break
    if a >= b:
        return None
    for j in range(b - 1, a - 1, -1):  # the object phrase starts after the last comma / clause word
        if s.keys[j] in ("،", ",") or j in s.verbs:
            a = j + 1
            break
    if a >= b:
        return None
    ca, cb = s.toks[a].start, s.toks[b - 1].end
    for mt in _mentions.find(s.text[ca:cb]):
        iso = mt.entry.country
        if iso and mt.entry.kind in ("adjective", "country", "metonym", "place"):
            return Mention(s.text[ca:cb], ca, cb, iso, None, iso, False)
    return None


#: "با میانجیگری X": X mediates the act of the two parties the clause names
MEDIATION = {key(w) for w in ("میانجیگری", "میانجی‌گری", "وساطت", "پادرمیانی")}


def mediation_phrase(s: Sent, out: list, dyad: tuple | None = None) -> None:
    """"X و Y با میانجیگری Z و W ... توافق کردند": Z and W mediate between X and Y (045), one event
    per mediator and party (conventions: mediation aimed at two parties is one event per party). The
    parties are the source and target of the first two-sided act after the phrase."""
    for i in range(s.body_from, len(s.toks) - 2):
        if s.keys[i] != "با" or s.keys[i + 1] not in MEDIATION:
            continue
        med = next((s.first[k] for k in range(i + 2, min(i + 5, len(s.toks))) if k in s.first and s.first[k].code),
                   None)
        if med is None:
            return
        at = s.toks[i].start
        v = min((k for k in s.verbs if k > i + 1), default=None)  # the act is the clause's own verb
        if v is None:
            return
        act = next((ev for ev, _ in out if at < ev.start <= s.toks[v].start and ev.source and ev.target
                    and ev.cameo != "045" and not ev.negated and ev.source[:3] != ev.target[:3]), None)
        if act is None:
            # "این مبادله با میانجیگری Z انجام شد": the sentence is about the mediation of an act told
            # before; its parties are the article's last two-sided pair
            parties = _done_pair(s, i, v, dyad)
            if parties is None:
                return
            act = Event(source=parties[0], source_text=None, target=parties[1], target_text=None, cameo="",
                        root="", plover=None, negated=False, sentence=s.text[s.start:s.end], start=at, end=at)
        elif act.cameo.startswith("084"):
            # "X و Y با میانجیگری Z اسرا را مبادله کردند": a release or an exchange is the parties'
            # act alone (the annotators code the 084, not a mediation)
            return
        parties = [act.source, act.target]
        for mm in [med] + coordinated(s, med):
            mcode = actor_code(mm, "04", "045", target=False)
            if not mcode or any(mcode[:3] == p[:3] for p in parties):
                continue
            for p in parties:
                ev = Event(source=mcode, source_text=mm.text, target=p, target_text=None, cameo="045", root="04",
                           plover=plover_for("045"), negated=False, sentence=act.sentence,
                           start=s.toks[i].start, end=s.toks[i + 1].end)
                out.append((ev, mm))
        return


_DONE = frozenset(key(w) for w in ("انجام", "صورت"))
_PREPS = frozenset(key(w) for w in ("به", "از", "در", "با", "برای", "درباره", "بر"))


def _done_pair(s: Sent, i: int, v: int, dyad: tuple | None) -> tuple[str, str] | None:
    """"این ... با میانجیگری Z انجام شد/صورت گرفت": the codes of the pair of the act told before."""
    if not dyad or i < 2 or s.keys[i - 2] != key("این") or _DONE.isdisjoint(s.keys[i + 2:v + 1]):
        return None
    if i >= 3 and s.keys[i - 3] in _PREPS:
        return None  # "مذاکرات مربوط به این توافق با میانجیگری Z ...": "این" is not the subject
    codes = [actor_code(m, "04", "045", target=True) for m in dyad]
    return (codes[0], codes[1]) if all(codes) and codes[0][:3] != codes[1][:3] else None


#: the E3 ("تروئیکای اروپایی", "سه کشور اروپایی"): as an addressee, each of its three states
E3_NAMES = {key(w).replace("\u200c", "") for w in ("تروئیکای اروپایی", "سه کشور اروپایی", "تروئیکای اروپا")}
E3_STATES = ("GBR", "FRA", "DEU")
#: "سه کشور اروپایی" may be any three ("اسپانیا، ایرلند و نروژ"): the E3 only on a page that names
#: two of its states (or their capitals)
_THREE = key("سه کشور اروپایی").replace("\u200c", "")
_E3_WORDS = (("انگلیس", "بریتانیا", "لندن"), ("فرانسه", "پاریس"), ("آلمان", "برلین"))


def e3_members(m: Mention | None, text: str = "") -> list[Mention] | None:
    """The three states a mention of the E3 stands for (one target each), else None."""
    if m is None or not m.text:
        return None
    k = key(m.text).replace("\u200c", "")
    if k not in E3_NAMES or (k == _THREE and sum(any(w in text for w in ws) for ws in _E3_WORDS) < 2):
        return None
    return [Mention(m.text, m.start, m.end, iso, None, iso, False) for iso in E3_STATES]
