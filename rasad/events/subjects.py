"""Who does an act when the clause names no plain subject: the subject before the object, a
crowd of the place, the agent named in an act noun's genitive, the speaker's role; and the setting
a topic refinement skips; the parties behind "دو طرف" in a coordinated clause, "طرف‌های درگیر" and
a delegation head ("هیئت‌های X و Y"); the country a show of force is near. Used by sentence.py.
"""
from __future__ import annotations

from .actors import adjective_subject, coordinated
from .clauses import PREPS, Sent, clause_start, phrase_at, previous_clause_subject, speech_subject, subject_in
from .context import find_dyad
from .fallbacks import PEOPLE, PROTESTERS, attack_location
from .mentions import Mention, is_country
from .tokens import key


SETTINGS = {key(w) for w in ("گفت‌وگو", "گفتگو", "دیدار", "تماس", "سفر", "نشست", "جلسه", "مذاکرات", "ملاقات",
                             "رایزنی", "گفت‌وگوی", "دیدارها", "مراسم")}


def after_setting(s: Sent, lo: int, hi: int) -> int:
    """Skip "در این گفت‌وگو"، "در این دیدار"، "در تماس تلفنی" after the subject: the setting of the
    act is not its topic."""
    while lo + 2 < hi and s.keys[lo] == "در" and (s.keys[lo + 1] in SETTINGS
                                                       or s.keys[lo + 1] in ("این", "آن", "همین")
                                                       and s.keys[lo + 2] in SETTINGS):
        lo += 2 if s.keys[lo + 1] in SETTINGS else 3  # "تلفنی" stays: it makes a talk a call (041)
    return lo


def speaker_role(s: Sent, cs: int) -> str | None:
    """Role of the speaker of a clause with no subject ("دادستانی آلمان اعلام کرد که ... متهم کرده است")."""
    spk = speech_subject(s, cs)
    return spk.code[3:6] if spk is not None and spk.code and len(spk.code) >= 6 else None


def people_in(s: Sent, lo: int, hi: int) -> str | None:
    """"۴۷ نفر"، "معترضان" in a clause: the role of unnamed people acted on (OPP for protesters)."""
    keys = [s.keys[k] for k in range(max(lo, s.body_from), hi)]
    if any(k in PROTESTERS and k not in PROTEST_ACTS for k in keys):
        return "OPP"
    return "CVL" if any(k in PEOPLE for k in keys) else None


PROTEST_ACTS = {key(w) for w in ("تجمع", "تظاهرات", "اعتراض", "اعتراضات")}


#: nouns of acts whose genitive is their agent ("رزمایش نیروی زمینی ارتش ... آغاز شد")
EVENT_NOUNS = {key(w) for w in ("رزمایش", "رزمایشی", "عملیات", "مانور", "آزمایش", "سفر", "نشست", "اجلاس")}


def event_owner(s: Sent, cs: int, hi: int) -> Mention | None:
    """A clause opening with an act noun and no subject: the actor in its genitive is the agent."""
    lo = max(cs, s.body_from)
    if lo >= hi or s.keys[lo] not in EVENT_NOUNS:
        return None
    for k in range(lo + 1, min(lo + 6, hi)):
        if s.keys[k] in PREPS or s.keys[k] in ("،", ","):
            return None
        m = s.first.get(k)
        if m is not None and m.code:
            return m
    return None


def crowd(s: Sent, cs: int, hi: int, main_country: str | None) -> Mention | None:
    """Protesters named by no actor: the civilians (OPP when called protesters) of the place the
    clause names ("در برلین"), else of the article's main country."""
    loc = attack_location(s, cs, hi)
    country = loc.country if loc is not None and loc.country else main_country
    if not country:
        return None
    role = "OPP" if any(s.keys[k] in PROTESTERS and s.keys[k] not in PROTEST_ACTS
                        for k in range(cs, hi)) else "CVL"
    return Mention("", 0, 0, country + role, None, country, False, role)


def subject_before_object(s: Sent, cs: int, hi: int) -> Mention | None:
    """The clause subject; Persian is SOV, so a mention after the first "را" object is not it
    ("... و دولت بریتانیا را به همراهی با X متهم کرد": X is not the accuser)."""
    lo = cs if cs > s.body_from else s.body_from
    ra = hi
    if lo < hi:
        try:
            ra = s.keys.index("را", lo, hi)  # the first "را" of the clause (C scan)
        except ValueError:
            pass
    m = subject_in(s, cs, ra)
    if m is not None and ra < hi and _placed_object(s, m, ra):
        return subject_in(s, s.span[id(m)][1] + 1, ra)
    return m


def _placed_object(s: Sent, m: Mention, ra: int) -> bool:
    """"و کاردار افغانستان در اسلام‌آباد را احضار نمود": a mention whose "در" + place phrase runs up
    to the object marker is the object, located, not the clause's subject."""
    if id(m) not in s.span:
        return False
    b = s.span[id(m)][1]
    if b + 2 >= ra or s.keys[b + 1] != IN:
        return False
    place = s.first.get(b + 2)
    return place is not None and id(place) in s.span and s.span[id(place)][1] == ra - 1


#: "طرف‌های درگیر": the sides of the article's fighting, one event per side (conventions: appeals
#: aimed at two parties are one event per party)
CONFLICT_SIDES = [tuple(key(w) for w in p.split()) for p in (
    "طرف‌های درگیر", "طرفین درگیر", "طرفین درگیری", "دو طرف درگیر", "طرف‌های درگیری", "طرف‌های جنگ",
    "طرفین جنگ", "دو طرف جنگ", "طرف‌های متخاصم", "طرفین متخاصم")]


def conflict_parties(s: Sent, lo: int, hi: int, state: dict) -> list | None:
    """The two sides of the article's last use of force, when the clause addresses "طرف‌های درگیر"."""
    war = state.get("war")
    if not war or war[1] is None or not war[0].code or not war[1].code or war[0].code == war[1].code:
        return None
    for i in range(max(lo, s.body_from), hi):
        if s.keys[i] in _SIDE_FIRST and phrase_at(s, i, CONFLICT_SIDES) is not None:
            return [war[0], war[1]]
    return None


_SIDE_FIRST = {p[0] for p in CONFLICT_SIDES}


#: "در اطراف/نزدیکی/حوالی X": a military posture near another country's territory
NEAR = {key(w) for w in ("اطراف", "نزدیکی", "حوالی", "پیرامون", "مجاورت", "سواحل", "مرزهای", "مرز", "آب‌های",
                         "حریم", "مرزی", "شمال", "جنوب", "شرق", "غرب", "شمال‌غرب", "شمال‌شرق", "جنوب‌غرب",
                         "جنوب‌شرق")}


def near_mention(s: Sent, lo: int, hi: int, src: Mention) -> Mention | None:
    """The other country named right after a "near" noun in the clause (four tokens; a comma ends the
    look): "در اطراف تایوان"، "در آب‌های شمال و شرق تایوان"، "به مناطق مرزی ایالت تیگرای با اریتره".
    The act aims at its territory (fill.py codes it as the bare country)."""
    for i in range(max(lo, s.body_from), min(hi, len(s.toks) - 1)):
        if s.keys[i] not in NEAR:
            continue
        for k in range(i + 1, min(i + 5, hi)):
            if s.keys[k] in ("،", ","):
                break
            t = s.first.get(k)
            if t is not None and t.country and t.country != src.country:
                return t
    return None


#: bare heads the actor stage may code from context ("هیئت" → a nearby country): the named owner wins
BARE_HEADS = {key(w) for w in ("هیئت", "هیات", "هیئت‌های", "هیات‌های", "نمایندگان", "دفتر", "نمایندگی")}


def owner_of_head(s: Sent, subj: Mention | None) -> Mention | None:
    """"هیئت‌های آمریکا و اوکراین ... مذاکره کردند": the subject is the countries the delegations are of."""
    if subj is None or id(subj) not in s.span or key(subj.text) not in BARE_HEADS:
        return subj
    b = s.span[id(subj)][1]
    nxt = s.first.get(b + 1)
    if nxt is not None and nxt.code:
        return nxt
    return _adjective_owner(s, subj, b) or subj


def _adjective_owner(s: Sent, head: Mention, b: int) -> Mention | None:
    """"هیئت‌های مصری و قطری": a nationality adjective right after a bare head names its country
    (the actor stage may have coded the head from a country named elsewhere in the sentence)."""
    from ..analyze.gazetteer import find
    if b + 1 >= len(s.toks):
        return None
    tok = s.toks[b + 1]
    for mt in find(s.text[tok.start:tok.end]):
        iso = mt.entry.country
        if iso and mt.entry.kind == "adjective" and is_country(iso):
            if iso == head.country:
                return None
            a = head.start
            return Mention(s.text[a:tok.end], a, tok.end, iso + "GOV", None, iso, False, "GOV")
    return None


def coordinated_dyad(s: Sent, cs: int, state: dict):
    """"دو طرف بر ... تأکید کردند و یادداشتی امضا کردند": a clause with no subject after "و" shares
    the "دو طرف" of the clause it is joined to."""
    for _ in range(3):
        if cs - 1 < s.body_from or s.keys[cs - 1] != "و":
            break
        lo = clause_start(s, cs - 1)
        if subject_in(s, lo, cs - 1) is not None:
            break
        dyad, at = find_dyad(s, lo, cs - 1, state)
        if dyad is not None:
            return dyad, at
        cs = lo
    return None, -1


#: "دو کشور"، "دو همسایه": parties that are states, never an IGO or a group
STATE_PAIR_WORDS = {key(w) for w in ("کشور", "همسایه", "دولت", "پایتخت")}


def _states(pair) -> bool:
    return bool(pair) and all(x is not None and x.country and is_country(x.country) and not (x.code or "").startswith(
        ("IGO", "NGO")) for x in pair)


def keep_state_pair(state: dict, pair) -> None:
    """Remember the last two-party act between two states, for a later "دو کشور"/"دو همسایه"."""
    if _states(pair) and pair[0].country != pair[1].country:
        state["state_pair"] = pair


def states_for(s: Sent, dyad, at: int, state: dict):
    """"از دو همسایه خواست" after a meeting of an IGO with one of them: the last pair of states."""
    if dyad is None or at < 0 or at + 1 >= len(s.toks) or s.keys[at + 1] not in STATE_PAIR_WORDS or _states(dyad):
        return dyad
    return state.get("state_pair") or dyad


#: speech verbs that may open a complement without "که" ("X می‌گوید Y ... حمله کردند")
SAY_BARE = {key(w) for w in ("می‌گوید", "می‌گویند", "میگوید", "میگویند", "گفت", "گفتند", "نوشت", "می‌نویسد",
                             "افزود", "مدعی", "معتقد")}


def subject_after_speech(s: Sent, subj: Mention | None, hi: int, *, or_speaker: bool = True) -> Mention | None:
    """"ارتش پاکستان اما می‌گوید نیروهای طالبان ... حمله کردند": the speaker is not the attacker;
    a subject named after a bare speech verb is the complement's. Where the complement names none,
    the speaker (`or_speaker`), or None (passive_subject)."""
    if subj is None or id(subj) not in s.span:
        return subj
    for k in range(s.span[id(subj)][1] + 1, min(hi, len(s.toks) - 1)):
        if s.keys[k] in SAY_BARE and s.keys[k + 1] not in ("که", ":", "«", "،", ","):
            return subject_in(s, k + 1, hi) or (subj if or_speaker else None)
    return subj


def passive_subject(s: Sent, subj: Mention | None, hi: int) -> Mention | None:
    """"دفتر ... سازمان ملل می‌گوید ۴۰ غیرنظامی در حملات X کشته شده‌اند": the speaker of a bare
    speech verb is not the surface subject of the passive after it (the complement's, if any)."""
    return subject_after_speech(s, subj, hi, or_speaker=False)


FOR = key("برای")
OWN = {key(w) for w in ("خود", "خویش")}
#: people named after "برای" in their clause are who an act is for, not who does it
BENEFICIARIES = {"REF", "CVL", "IMG"}


def clause_subject(s: Sent, cs: int, hi: int) -> Mention | None:
    """The subject of the clause [cs, hi): before the first object, after a bare speech verb, the
    owner a delegation head names; "X خود را" is an object (the sentence's opener is the subject
    after a comma-closed phrase); people after "برای" receive the act."""
    cs = _after_quoted_clause(s, cs, hi)
    named = _named_as(s, cs, hi) or _after_opening_place(s, cs, hi)
    if named is not None:
        return named  # "گروه موسوم به ارتش آزادی‌بخش بلوچستان ... مسئولیت ... را پذیرفت"
    subj = owner_of_head(s, subject_after_speech(s, subject_before_object(s, cs, hi), hi))
    if subj is None or id(subj) not in s.span:
        return subj
    a, b = s.span[id(subj)]
    if _in_locative(s, cs, a, subj):
        return None  # "در محله اروپایی بروکسل"، "در شرق خان یونس": a place, not the subject
    if _deep_in_opening_pp(s, cs, a, subj):
        return None  # "... احضار کرد و به اظهارات X درباره مداخله نظامی ژاپن ... اعتراض کرد"
    if a > cs + 2 and cs > s.body_from and s.keys[cs - 1] == "که" and _joined_after(s, b, hi):
        return speech_subject(s, cs) or subj  # "X گفت که ... عضویت Y «سازگار نیست» و از Z خواست": X asks
    if b + 2 < len(s.toks) and s.keys[b + 1] in OWN and s.keys[b + 2] == "را":
        opener = subject_in(s, s.body_from, cs) if cs > s.body_from and s.keys[cs - 1] in ("،", ",") else None
        subj = opener or subj  # "کویت ... ، سفیر خود را فراخواند": "X خود را" is the subject's own X
    elif (subj.code or "")[3:6] in BENEFICIARIES and any(s.keys[k] == FOR for k in range(cs, a)):
        subj = None  # "... کمک برای تأمین سرپناه، دارو و سوخت آوارگان اختصاص داده است": they receive it
    return subj


NAMED_AS = [tuple(key(w) for w in p.split()) for p in ("موسوم به", "معروف به", "مشهور به")]


def _named_as(s: Sent, cs: int, hi: int) -> Mention | None:
    """A clause opening with "گروه/جنبشی موسوم به X": the name after "موسوم به" is its subject (the
    preposition "به" there introduces a name, not a complement)."""
    lo = max(cs, s.body_from)
    for k in range(lo, min(hi - 2, lo + 3)):
        if phrase_at(s, k, NAMED_AS):
            m = s.first.get(k + 2)
            return m if m is not None and m.code else None
    return None


#: prepositions of a place that opens a sentence before its comma ("در تهران، ...", "از مسکو، ...")
PLACE_OPENERS = {key(w) for w in ("در", "از")}


def comma_clause_subject(s: Sent, cs: int) -> Mention | None:
    """"مسکو ... با انتقاد از آنچه تهدید نظامی خواند، اعلام کرد ...": a clause opened after "V،" with no
    subject of its own goes on with the subject of the clause before the comma. The verb is not
    tested here: `clause_start` opens a clause after a comma only when a verb ends the part before it."""
    if cs - 2 < s.body_from or s.keys[cs - 1] not in ("،", ","):
        return None
    lo = clause_start(s, cs - 1)
    return subject_in(s, lo, cs - 1) if lo < cs - 1 else None


def _after_opening_place(s: Sent, cs: int, hi: int) -> Mention | None:
    """"در تهران، سخنگوی وزارت خارجه ... حمایت کرد": a clause opened by "در/از" + a place and a comma;
    the actor right after the comma is the subject, not the next item of a list of places ("در غزه،
    کرانه غربی و لبنان": a list goes on with "،"/"و" after it)."""
    lo = max(cs, s.body_from)
    if lo + 3 >= hi or s.keys[lo] not in PLACE_OPENERS:
        return None
    place = s.first.get(lo + 1)
    if place is None or id(place) not in s.span:
        return None
    k = s.span[id(place)][1] + 1
    if k + 1 >= hi or s.keys[k] not in ("،", ","):
        return None
    m = s.first.get(k + 1)
    if m is None or not m.code or id(m) not in s.span:
        return None
    b = s.span[id(m)][1]
    if b + 1 >= hi or s.keys[b + 1] in ("،", ",", "و", "را") or s.keys[b + 1] in PREPS:
        return None
    return m


def _after_quoted_clause(s: Sent, cs: int, hi: int) -> int:
    """"ناتو با این اقدامات «منطقه را ... سوق می‌دهد» و روسیه تدابیر لازم را اتخاذ خواهد کرد": a
    quoted predicate closes its clause; after "» و" a new subject opens the clause of the verb."""
    for k in range(hi - 2, max(cs, s.body_from) + 1, -1):
        if s.keys[k] == "و" and s.keys[k - 1] == "»" and (k + 1) in s.first and s.first[k + 1].code:
            return k + 1
    return cs


def complement_party(s: Sent, cs: int, hi: int, src: Mention) -> Mention | None:
    """A threat clause joined by "» و" to an earlier clause of the same reported complement: that
    clause's subject, another party, is whom the threat answers."""
    k = _after_quoted_clause(s, cs, hi)
    if k == cs:
        return None
    other = subject_in(s, cs, k - 2)
    return other if other is not None and other.code and other.country != src.country else None


IN = key("در")


def _deep_in_opening_pp(s: Sent, cs: int, a: int, m: Mention) -> bool:
    """A clause coordinated by "و" after a verb that opens with a preposition and has no comma
    before a bare country name: the name is a genitive deep in that phrase, the clause shares the
    previous subject."""
    if not m.code or len(m.code) != 3 or not is_country(m.code) or cs - 1 < s.body_from:
        return False
    if s.keys[cs - 1] != "و" or s.keys[cs] not in PREPS or (cs - 2) not in _verb_ends(s):
        return False
    return not any(s.keys[k] in ("،", ",") or k in s.verbs for k in range(cs, a))


def _verb_ends(s: Sent) -> set[int]:
    return {v + s.verbs[v].ntok - 1 for v in s.verbs}


def _in_locative(s: Sent, cs: int, a: int, m: Mention) -> bool:
    """A bare place named a few nouns after "در" ("در محله اروپایی بروکسل") is inside a locative."""
    if not m.code or len(m.code) != 3 or not is_country(m.code):
        return False
    for k in range(a - 1, max(cs, s.body_from, a - 4) - 1, -1):
        if s.keys[k] == IN:
            return True
        if s.keys[k] in ("،", ",", "و") or k in s.verbs or k in s.last:
            return False
    return False


def shared_subject(s: Sent, cs: int) -> Mention | None:
    """The subject a clause opened by "و" shares. "X گفت که این قانون با عضویت Y سازگار نیست و از Z
    خواست": when the clause before is a reported complement whose first mention stands deep inside it
    (a genitive, not its subject), the "و" continues the speaker's clause: X."""
    prev = previous_clause_subject(s, cs)
    if prev is None:
        prev = _before_but(s, cs)
    if prev is None or id(prev) not in s.span or cs - 1 < s.body_from:
        return prev
    lo = clause_start(s, cs - 1)
    if lo - 2 >= s.body_from and s.keys[lo - 1] == "که" and s.keys[lo - 2] == "را" \
            and s.span[id(prev)][0] >= lo:
        # "X قطعنامه‌ای را که Y تهیه کرده بود تصویب کرد و از Z خواست": the relative clause on the
        # object names Y; the clause "و" continues is X's
        outer = subject_before_object(s, clause_start(s, lo - 2), lo - 2)
        if outer is not None:
            return outer
    if lo > s.body_from and s.keys[lo - 1] == "که" and s.span[id(prev)][0] > lo + 2:
        return speech_subject(s, lo) or prev
    return prev


BUT = {key(w) for w in ("اما", "ولی")}


def _before_but(s: Sent, cs: int) -> Mention | None:
    """"X به تعهدات خود پایبند است، اما اجازه نخواهد داد ...": a clause opened by "، اما" with no
    subject of its own continues the clause before the comma: its subject."""
    k = cs
    if k - 1 >= s.body_from and s.keys[k - 1] in BUT:
        k -= 1
    elif k < len(s.keys) and s.keys[k] in BUT:
        pass
    else:
        return None
    if k - 1 < s.body_from or s.keys[k - 1] not in ("،", ","):
        return None
    return subject_in(s, clause_start(s, k - 1), k - 1)


def _joined_after(s: Sent, b: int, hi: int) -> bool:
    """Does a "و" after a finished verb (or a closing quote) come between token b and hi?"""
    ends = {v + s.verbs[v].ntok - 1 for v in s.verbs if b < v < hi}
    return any(s.keys[k] == "و" and (k - 1 in ends or s.keys[k - 1] == "»") for k in range(b + 1, hi))


THAT = key("که")


def sentence_pair(s: Sent, hi: int):
    """"مقام‌های دمشق و تل‌آویو ... گفت‌وگو کرده‌اند اما توافقی امضا نشده است": the coordinated
    subject of the sentence's first clause is the pair an agreement not signed is between."""
    first = subject_in(s, s.body_from, hi)
    if first is None or id(first) not in s.span:
        return None
    others = [o for o in coordinated(s, first) if o.country and o.country != first.country]
    return (first, others[0]) if others else None


def outer_adjective(s: Sent, cs: int) -> Mention | None:
    """"نظامیان اسرائیلی در ... به سوی غیرنظامیانی که ... بازمی‌گشتند آتش گشودند": a clause opened
    by a relative "که" whose verb is the main clause's: the enclosing clause's armed head noun."""
    if cs <= s.body_from or s.keys[cs - 1] != THAT:
        return None
    return adjective_subject(s, clause_start(s, cs - 1), cs - 1)
