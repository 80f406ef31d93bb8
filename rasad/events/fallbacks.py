"""Fallback targets, where the pattern's frame names none (the conventions allow them): the place
of an attack, the people acted on (CVL/OPP), the domestic government of a protest, the target of
the same side's previous attack, and the article's single counterpart of a verbal act.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Event
from .actors import actor_code
from .clauses import Sent
from .coder import Match
from .mentions import Mention, is_country
from .patterns import FORCE_ROOTS
from .tokens import key


def domestic_target(s: Sent, m: Match, cs: int, code: str, src: Mention, home: str | None = None) -> Mention | None:
    """Domestic acts with an unnamed target: protests address the country's government; arrests,
    sentences and repression fall on its civilians ("دادگاه ... رضا محمدی را محکوم کرد" → IRNCVL)."""
    country = src.country or (src.code[:3] if src.code and len(src.code) >= 3 else None)
    if not country or not is_country(country):
        return None
    if code[:3] == "141" or (code[:3] == "133" and (src.code or "")[3:6] in SOCIETY):
        # protests, and citizens' threats of protest ("تهدید کرده‌اند که ... تجمع می‌کنند"), address the state
        return Mention("", 0, 0, country + "GOV", None, country, False, "GOV")
    if code[:2] in ("02", "10") and (src.code or "")[3:6] in SOCIETY:
        # "معترضان ... خواستار برگزاری انتخابات زودهنگام بودند": citizens' demands address their state
        return Mention("", 0, 0, country + "GOV", None, country, False, "GOV")
    has_object = any(s.keys[k] in ("را", "آنها", "آن‌ها") for k in range(cs, m.verb)) \
        or any(s.keys[k] in ("آنها", "آن‌ها") for k in range(cs, m.verb))
    abroad = code[:3] == "181" and (src.code or "")[3:6] != "MIL" and home is not None and home != country
    if (has_object or code[:3] == "175") and not abroad and (code[:3] in ("173", "175", "116", "174", "182", "181")
                                                             or code[:4] in ("1822", "1712")):
        # (an armed group's hostages in a story about another country are not its own people)
        # dispersing (175) always acts on people: "برای متفرق کردن گروهی از معترضان ... استفاده کرد"
        role = "OPP" if any(s.keys[k] in PROTESTERS for k in range(cs, m.verb)) else "CVL"
        if (src.code or "")[3:6] == "MIL" and code[:3] in ("173", "181"):
            # "نیروهای اسرائیلی هفت مرد را بازداشت کردند" in a story set in Syria: troops abroad
            # arrest the people of the place (named in the clause, else the article's country)
            loc = place_target(s, cs, m.first, None)
            place = loc.country if loc is not None and loc.country else home
            if place and place != country and is_country(place):
                country = place
        elif code[:4] in ("1712", "1822") or code[:3] == "182":
            # "شهرک‌نشینان ... به روستای X در نابلس یورش بردند و ... درختان زیتون را به آتش کشیدند":
            # property and people of the place the sentence names, when it is another country
            loc = place_target(s, s.body_from, m.first, None)
            if loc is not None and loc.country and loc.country != country and is_country(loc.country):
                country = loc.country
        return Mention("", 0, 0, country + role, None, country, False, role)
    if code[:2] in FORCE_ROOTS and any(s.keys[k] in CIVILIANS for k in range(cs, m.verb)):
        # "صدها غیرنظامی را قتل‌عام کردند": the civilians of the place, else of the actor's country
        loc = place_target(s, cs, m.first, None)
        place = loc.country if loc is not None and loc.country else country
        return Mention("", 0, 0, place + "CVL", None, place, False, "CVL")
    return None


#: domestic society: its appeals and demands with no addressee are to its own government
SOCIETY = {"OPP", "CVL", "LAB", "EDU", "HLH", "AGR", "REF"}


#: objects that are civilians of the place of a use of force
CIVILIANS = {key(w) for w in ("غیرنظامی", "غیرنظامیان", "غیرنظامیانی", "شهروندان", "شهروند", "ساکنان", "مردم",
                              "روستاییان", "کودکان", "زنان")}


#: objects that make the people acted on protesters (OPP), not plain civilians (CVL)
PROTESTERS = {key(w) for w in ("معترض", "معترضان", "معترضانی", "معترضین", "تظاهرکنندگان", "تظاهرکننده",
                               "تجمع‌کنندگان", "تجمع‌کننده", "معترضی", "تجمع", "تظاهرات", "اعتراض", "اعتراضات",
                               "راهپیمایان", "مخالفان", "اعتصاب‌کنندگان")}


#: verbal and diplomatic roots whose unnamed counterpart is the article's single one; not
#: investigations (09), force posture (15) or force (18–20, found by place and previous attack)
COUNTERPART_ROOTS = {"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"}


#: acts on people (arrests, expulsions, sentences, repression): a country named with the people
#: is their nationality, not their government ("دو شهروند ترکیه را بازداشت کرد" → TURCVL)
PEOPLE_CODES = {"173", "174", "175", "116", "172", "181", "182", "180", "201", "202", "203"}


PEOPLE = {key(w) for w in ("شهروند", "شهروندان", "شهروندانی", "تبعه", "اتباع", "نفر", "تن", "زن", "مرد",
                           "زنان", "مردان", "دانشجو", "دانشجویان", "روزنامه‌نگار", "روزنامه‌نگاران",
                           "فعال", "فعالان", "مهاجر", "مهاجران", "مهاجرین", "پناهجو", "پناهجویان", "کارگر",
                           "کارگران", "گردشگر", "گردشگران", "ملوان", "ملوانان", "ماهیگیر", "ماهیگیران",
                           "غیرنظامی", "غیرنظامیان", "ساکنان", "خدمه", "تابعیت", "ملیت", "افراد")}


#: words that make the people acted on members of an armed group (REB)
ARMED_GROUP = {key(w) for w in ("گروه", "گروهک", "مسلح", "شبه‌نظامیان", "شبه‌نظامی", "شورشیان")}


def people_target(s: Sent, cs: int, hi: int, t: Mention | None) -> Mention | None:
    """A bare country or its government named after a people noun in the object NP is the people:
    CVL, or OPP when they are protesters."""
    if t is None or not t.code or not is_country(t.code[:3]) or len(t.code) not in (3, 6) \
            or (len(t.code) == 6 and not t.code.endswith("GOV")):
        return t
    if id(t) in s.span:
        a = s.span[id(t)][0]
        before = [s.keys[k] for k in range(max(cs, a - 3), a)]
    else:  # a phrase found by the gazetteer ("ده‌ها معترض ترکیه‌ای"): its own words
        before = [tk.key for tk in s.toks[cs:hi] if t.start <= tk.start and tk.end <= t.end]
    if any(k in PROTESTERS for k in before):
        role = "OPP"
    elif len(t.code) == 3 and any(k in ARMED_GROUP for k in before):
        role = "REB"  # "دو عضو یک گروه مسلح ایرانی را بازداشت کردند" (not "شبه‌نظامی طالبان": a named actor)
    elif any(k in PEOPLE for k in before):
        role = "CVL"
    else:
        return t
    return Mention(t.text, t.start, t.end, t.code[:3] + role, None, t.code[:3], False, role)


def place_target(s: Sent, cs: int, hi: int, src: Mention | None) -> Mention | None:
    """An attack that names no target but its place ("در خوست حمله هوایی انجام داد", "به چند
    روستا در خوست حمله کرد"): the place's country, when it is not the attacking state's own (an
    armed group's attack at home is on its country)."""
    for k in range(max(cs, s.body_from), hi):
        if s.keys[k] not in ("در", "به"):
            continue
        for j in range(k + 1, min(k + 5, hi)):
            t = s.first.get(j)
            if t is not None and t.code and len(t.code) == 3 and is_country(t.code) \
                    and (src is None or t.country != src.country or not _state_organ(src)):
                return t
            if s.keys[j] in ("،", ",", "و") or j in s.verbs:
                break
    return None


def _state_organ(m: Mention) -> bool:
    """A state's organ (or the bare state): its attacks at home are not on its own country; an armed
    group's are ("یک مهاجم انتحاری ... در کویته منفجر کرد" → PAK)."""
    return (m.code or "")[3:6] in STATE_SIDE or not m.country


def target_mention(s: Sent, ev: Event) -> Mention | None:
    for mm in s.ments:
        if mm.text == ev.target_text and mm.code:
            return mm
    return None


def material_target(state: dict, src: Mention) -> Mention | None:
    """For an attack that names no target: the target of the article's previous attack by the same
    side ("... آتش‌بس را نقض کرد" after "... به جنوب لبنان حمله کرد")."""
    war = state.get("war")
    if war and same_side(war[0], src) and war[1].country != src.country:
        return war[1]
    return None


#: state organs: one side with their country ("ارتش اسرائیل" and "اسرائیل"); rebels are another
STATE_SIDE = {"", "GOV", "MIL", "COP", "SPY"}


def same_side(a: Mention, b: Mention) -> bool:
    """Same country and both state organs, or the same non-state actor (a Pakistani rebel group's
    kidnapping is not the Pakistani army's previous attack)."""
    if not a.country or a.country != b.country:
        return False
    ra, rb = (a.code or "")[3:6], (b.code or "")[3:6]
    return (ra in STATE_SIDE and rb in STATE_SIDE) or a.code == b.code


def attack_location(s: Sent, lo: int, hi: int) -> Mention | None:
    for i in range(lo + 1, hi):
        if s.keys[i - 1] in ("در", "به") and i in s.first:
            return s.first[i]
    return None


def sentence_country(s: Sent, other_than: str | None = None) -> str | None:
    """The first country named in the sentence, skipping `other_than` (the people acted on: "۱۶ خدمه
    هندی ... بازداشت شدند" by the authorities of the other country named)."""
    for m in s.ments:
        if m.country and is_country(m.country) and m.country != other_than \
                and m.start >= s.toks[s.body_from].start and (m.code or "")[3:6] != "MED":
            return m.country  # not the agency of "به گزارش خبرگزاری فارس،"
    return None


def _country_of(code: str | None) -> str | None:
    if not code:
        return None
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


def article_counterpart(evs: list[Event]) -> list[Event]:
    """Conventions: a target is null when the sentence names no addressee, unless the article names
    a single counterpart for that act. An event with no target takes the one foreign party its
    source's country deals with in the article's other events (as target or as source). An event
    that this turns into a copy of another (a lead restating a body act) is dropped."""
    partners: dict[str, dict[str, str]] = {}
    for ev in evs:
        if ev.cameo.startswith(MEDIATE):
            continue  # a mediator is not a party's counterpart ("با میانجیگری امارات ... مبادله کردند")
        if ev.cameo.startswith(SYMPATHY):
            continue  # the victim consoled is not the one a condemnation is aimed at

        a, b = _country_of(ev.source), _country_of(ev.target)
        if a and b and a != b:
            partners.setdefault(a, {}).setdefault(b, ev.target)
            partners.setdefault(b, {}).setdefault(a, ev.source)
    for ev in evs:
        if ev.target or ev.target_text or not ev.source or ev.root not in COUNTERPART_ROOTS:
            continue
        other = partners.get(_country_of(ev.source) or "", {})
        if len(other) != 1:
            continue
        code = next(iter(other.values()))
        m = Mention("", 0, 0, code[:3] if is_country(code[:3]) else code, None, None, False)
        ev.target = actor_code(m, ev.root, ev.cameo, target=True)
        ev.target_text = _FILLED
    named = {(e.source, e.cameo[:3], e.target, e.negated) for e in evs if e.target and e.target_text is not _FILLED}
    out = [e for e in evs if e.target_text is not _FILLED
           or (e.source, e.cameo[:3], e.target, e.negated) not in named]
    for e in out:
        if e.target_text is _FILLED:
            e.target_text = None
    return out


#: condolences and sympathy (018): addressed to the victim
SYMPATHY = ("018",)
#: mediation (045) and offers to mediate (039)
MEDIATE = ("045", "039")


_FILLED = "\u0000counterpart"  # a marker, cleared before the events leave this function


#: verbal and diplomatic roots whose clause may leave its addressee to the previous clause
SHARED_ROOTS = {"02", "03", "04", "05", "10", "11", "12", "13"}


def shared_targets(s: Sent, out: list[tuple[Event, Mention | None]]) -> list[tuple[Event, Mention | None]]:
    """"X Y را محکوم کرد و خواستار ... شد"، "از X و Y خواست که ... و آمادگی ... را اعلام کرد": a
    verbal act with no addressee takes the addressees of the same source's previous act in the
    sentence (one event each). Not across polarity: "در پیامی به دولت و ملت عراق تسلیت گفت و این
    اقدام را محکوم کرد" condemns someone else than the one consoled."""
    res: list[tuple[Event, Mention | None]] = []
    last: dict[str, list[tuple[str, str | None, str]]] = {}
    for ev, src in out:
        prev = last.get(ev.source or "")
        if prev and _conflictual(prev[0][2]) != _conflictual(ev.root):
            prev = None
        if ev.target is None and ev.target_text is None and ev.source and ev.root in SHARED_ROOTS and prev \
                and (not s.text[ev.start:ev.end].startswith("از ")  # "از میانجی‌ها خواست": its own addressee
                     or key(s.text[ev.start:ev.end].split(" ", 2)[1]) in THEM):  # "... و از آنان خواست"
            for n, (tcode, ttxt, _) in enumerate(prev):
                e2 = ev if n == 0 else replace(ev)
                e2.target, e2.target_text = tcode, ttxt
                res.append((e2, src))
            continue
        if ev.target is None and ev.target_text is None and ev.source and res and _shares_object(s, res[-1][0], ev):
            ev.target, ev.target_text = res[-1][0].target, res[-1][0].target_text
        res.append((ev, src))
        if ev.source and ev.target and ev.root in SHARED_ROOTS:
            group = last.get(ev.source) if res and len(res) > 1 and res[-2][0].start == ev.start \
                and res[-2][0].source == ev.source else None
            if group is not None:
                group.append((ev.target, ev.target_text, ev.root))
            else:
                last[ev.source] = [(ev.target, ev.target_text, ev.root)]
    return res


#: what ends a coordination of two verbs on one object ("X را بازداشت کردند و ... آزاد نمودند")
_OWN_OBJECT = {key(w) for w in ("را", "که", "،", ",", "؛", "«", "»", ":")}


def _shares_object(s: Sent, prev: Event, ev: Event) -> bool:
    """"X را بازداشت کردند و پس از اخذ تعهد آزاد نمودند": a material act joined by "و" to the same
    source's previous act, with no object or clause of its own between them (six words at most), acts on
    the same object."""
    if prev.source != ev.source or prev.target is None or prev.end > ev.start or ev.root not in MATERIAL_SHARED:
        return False
    gap = [key(w) for w in s.text[prev.end:ev.start].split()]
    return bool(gap) and gap[0] == "و" and len(gap) <= 6 and not _OWN_OBJECT.intersection(gap[1:])


#: material roots an object may be shared across: release, aid, sanctions, detention, expulsion, force
MATERIAL_SHARED = {"06", "07", "08", "16", "17", "18", "19", "20"}


#: plural pronouns as an addressee ("با مقام‌های دو طرف گفت‌وگو کرد و از آنان خواست"): the parties just named
THEM = {key(w) for w in ("آنان", "آنها", "آن‌ها", "ایشان")}


def _conflictual(root: str | None) -> bool:
    """CAMEO roots 10-20 (demands to force) against 01-09 (statements to cooperation)."""
    return bool(root) and root >= "10"


def people_of(o: Mention, t: Mention) -> bool:
    """Not a second addressee: "به دولت و ملت عراق" (the people named after their government), or
    places listed after a body ("۱۲ شرکت مستقر در امارات، هنگ‌کنگ و مالزی را")."""
    if bool(o.country) and o.country == t.country and (o.code or "")[3:6] == "CVL":
        return True
    return len(o.code or "") == 3 and len(t.code or "") > 3 and " در " in t.text


#: "در تماس تلفنی با X"، "در دیدار با X": the partner of the talk an appeal or pledge is made in
TALK_OCCASIONS = {key(w) for w in ("تماس", "دیدار", "دیدارش", "ملاقات", "گفت‌وگو", "گفتگو", "مکالمه", "نشست")}
TALK_ROOTS = {"02", "03", "05", "10"}


def talk_partner(s: Sent, cs: int, hi: int, src: Mention) -> Mention | None:
    """"X در تماس تلفنی با Y خواستار کاهش تنش‌ها شد": an appeal (pledge, demand) made in a call or a
    meeting with Y addresses Y, when the clause names no other addressee."""
    for i in range(cs, hi):
        if s.keys[i] not in TALK_OCCASIONS:
            continue
        for j in range(i + 1, min(i + 3, hi)):
            if s.keys[j] != _WITH:
                continue
            for k in range(j + 1, min(j + 4, hi)):
                t = s.first.get(k)
                if t is not None and t.code and t is not src and t.country != src.country:
                    return t
            return None
    return None


DEEP_PREPS = {key(w) for w in ("از", "برای", "به", "علیه", "در")}
TO = key("به")
_WITH = key("با")
CAUSES = {key(w) for w in ("دلیل", "اتهام", "خاطر", "سبب")}
IN = key("در")


def sanctioned_trade(s: Sent, cs: int, hi: int, targets: list) -> Mention | None:
    """Sanctions on firms and ships named only by where they are based ("شرکت مستقر در امارات")
    for a country's trade ("به دلیل مشارکت در فروش نفت ایران") target that country: the genitive
    country of the cause phrase, not one after a preposition ("انتقال پهپاد به روسیه")."""
    for t, _ in targets:
        if t is not None and " در " not in t.text and (
                id(t) not in s.span or IN not in s.keys[max(cs, s.span[id(t)][0] - 8):s.span[id(t)][0]]):
            return None  # "چهار شرکت ایرانی را": the object names its own country
    for i in range(max(cs, s.body_from), hi - 1):
        if s.keys[i] != TO or s.keys[i + 1] not in CAUSES:
            continue
        for k in range(i + 2, min(i + 12, hi)):
            c = s.first.get(k)
            if c is not None and c.code and is_country(c.code) and s.keys[k - 1] not in DEEP_PREPS:
                return c
        return None
    return None


def vetoed_body(s: Sent, cs: int, hi: int, targets: list, state: dict) -> Mention | None:
    """A veto is cast inside a body: when the vetoed proposal names no author (a country named only
    deep inside it, "برای بازسازی اوکراین", is no author), its target is the international body
    named: the sentence's first IGO, else the last one an earlier sentence named (the EU, the
    Security Council)."""
    for t, _ in targets:
        if t is None:
            continue
        if (t.code or "").startswith("IGO") or id(t) not in s.span:
            return None
        a0 = s.span[id(t)][0]
        if not any(s.keys[k] in DEEP_PREPS for k in range(max(cs, a0 - 6), a0)):
            return None  # "قطعنامه آمریکا را وتو کرد": the proposal's author
    here = [mm for mm in s.ments if (mm.code or "").startswith("IGO")]
    seen = [mm for mm in (state.get("anaphor") or {}).get("seen", ()) if (mm.code or "").startswith("IGO")]
    return (here or seen[-1:] or [None])[0]


#: nouns for refugees and migrants: acted on, they are the article's refugees (AFGREF ...), whatever
#: country they are in
REFUGEES = {key(w) for w in ("مهاجر", "مهاجران", "مهاجرین", "پناهجو", "پناهجویان", "پناهنده", "پناهندگان",
                              "آواره", "آوارگان", "بازگشت‌کننده", "بازگشت‌کنندگان", "رانده‌شدگان")}


def refugee_target(s: Sent, lo: int, hi: int, seen) -> Mention | None:
    """"پلیس کراچی ۶۰۰ مهاجر دیگر را بازداشت کرد" in a story about Afghan migrants: the refugees the
    article named with their origin (its most named REF country), when tokens [lo, hi) name refugees
    outside any actor's name ("کمیساریای عالی ... پناهندگان" is a body, not refugees)."""
    inside = {k for m in s.ments if id(m) in s.span for k in range(s.span[id(m)][0], s.span[id(m)][1] + 1)}
    if not any(s.keys[k] in REFUGEES and k not in inside for k in range(max(lo, s.body_from), min(hi, len(s.toks)))):
        return None
    refs = [m for m in list(seen) + list(s.ments) if (m.code or "")[3:6] == "REF" and m.country]
    if not refs:
        return None
    counts: dict[str, int] = {}
    for m in refs:
        counts[m.country] = counts.get(m.country, 0) + 1
    top = max(counts, key=counts.get)  # the refugees the article is about (ties: the first named)
    return next(m for m in reversed(refs) if m.country == top)
