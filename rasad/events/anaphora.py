"""Anaphoric objects: "این حملات را محکوم کرد", "این درخواست را رد کرد", "هشدار داد که این جنایت ...".

The object names an earlier act by a demonstrative and a noun. Its author is, in order: the actor in
the genitive of the same noun earlier in the sentence ("با اشاره به حملات رژیم صهیونیستی ...، این
حملات را ..."); the source of the article's last act of the family the noun names (a request → the
last appeal or demand, attacks → the last use of force); the source of the last act of any material
kind (`act`). Only acts of earlier sentences count: a reaction does not refer to itself.
"""
from __future__ import annotations

from ..document import Event
from .actors import PREPS_NP, coordinated, same_actor
from .clauses import Sent, clause_start, subject_in
from .coder import _stem
from .mentions import STATE_ROLES, Mention
from .patterns import FORCE_ROOTS, VERBAL_COOP
from .tokens import key

DEMONSTRATIVES = {key(w) for w in ("این", "آن", "اینها", "آنها", "این‌ها", "آن‌ها")}
#: nouns naming an act → the CAMEO roots of acts they can refer to
NOUN_ROOTS = {_stem(key(w)): roots for w, roots in (
    ("درخواست", ("02", "10")), ("خواسته", ("10", "02")), ("مطالبه", ("10",)), ("پیشنهاد", ("03",)),
    ("حمله", ("19", "18", "20")), ("حملات", ("19", "18", "20")), ("بمباران", ("19",)), ("تجاوز", ("19", "18")),
    ("جنایت", ("18", "19", "20")), ("کشتار", ("20", "18", "19")), ("ترور", ("18",)), ("عملیات", ("19", "18")),
    ("تحریم", ("16",)), ("تحریم‌ها", ("16",)), ("اتهام", ("11",)), ("اتهامات", ("11",)), ("ادعا", ("11",)),
    ("ادعاها", ("11",)), ("تهدید", ("13",)), ("تهدیدها", ("13",)), ("تهدیدات", ("13",)), ("حکم", ("17", "11")),
    ("بازداشت", ("17",)), ("اخراج", ("17", "16")), ("توقیف", ("17",)), ("آزمایش", ("15",)),
    ("رزمایش", ("15", "06")), ("تصمیم", ("16", "12", "03")), ("یورش", ("19", "18", "17")),
    ("هجوم", ("19", "18")), ("تهاجم", ("19", "18")), ("تجاوزات", ("19", "18")), ("حملات", ("19", "18", "20")),
    ("اعدام", ("18", "17")), ("محاصره", ("19", "17")), ("اعتصاب", ("14",)), ("تظاهرات", ("14",)),
    ("اعتراضات", ("14",)), ("تجمع", ("14",)), ("تحصن", ("14",)), ("احکام", ("11", "17")),
    # verbal acts called by what they were: "این انتقادها/این واکنش/این بیانیه را ... خواند"
    ("انتقاد", ("11",)), ("انتقادها", ("11",)), ("انتقادات", ("11",)), ("واکنش", ("11", "12", "13")),
    ("بیانیه", ("11", "12", "13", "02", "01")), ("پرتاب", ("15", "19")), ("قطعنامه", ("11", "02", "16")))}


#: nouns of acts only a court does ("این حکم", "این احکام"): their author is the judiciary last named
VERDICTS = {_stem(key(w)) for w in ("حکم", "احکام")}


#: nouns that name some act without saying which ("این اقدام"): the last material act
ACT_NOUNS = {_stem(key(w)) for w in ("اقدام", "اقدامات", "حادثه", "رویداد", "واقعه", "عمل", "کار", "تصمیم",
                                     "سیاست", "رفتار", "تحرکات", "اظهارات", "سخنان", "موضع")}


def remember(state: dict, root: str, src: Mention | None, target: str | None = None,
             evidence: str = "", sentence: str = "", code: str = "") -> None:
    """Note the source of an act (None: an unknown author), by root, for later anaphoric objects;
    for acts on another country, also by the country acted on (its reply to "این اقدام"); and the
    act's own words, so "این رزمایش" finds the act stated with "رزمایش"."""
    state.setdefault("by_root", {})[root] = src
    if target:
        state.setdefault("target_by_root", {})[root] = target  # "دخالت در این حمله را تکذیب کرد"
    if code and root in FORCE_ROOTS:
        state["last_force"] = (code, target)
        state["force_src"] = src  # "تحقیق درباره این حادثه": the author of the last use of force
    if evidence:
        acts = state.setdefault("acts", [])
        acts.append((" " + key(evidence) + " ", " " + key(sentence) + " ", src, root))
        del acts[:-30]
    if src is not None and (root in FORCE_ROOTS or code == "015") and _non_state(src):
        # "این حمله تروریستی": the last armed group's use of force, or the group that claimed one
        state["terror_src"] = src
    if src is not None and root in ("15", "16", "17", "18", "19", "20"):
        state["deed_src"] = src  # "ضمن محکوم کردن این اقدام": a deed, before any protest of it
    if src is not None and root not in ("01", "02", "03", "04", "05"):
        state["act_src"] = src  # an act later sentences may call "این اقدام"
        state["act_root"] = root
        if target and src.country and target[:3] != src.country:
            state.setdefault("act_on", {})[target[:3]] = src


#: verbal conflict (disapprove, reject, accuse, threaten, protest): a deed before such an act is what
#: "این اقدام" names ("X موشک آزمایش کرد. Y آن را محکوم کرد. Z این اقدام را ..."); after an act of
#: another kind ("امارات کمک ارسال کرد. قطر این اقدام را ستود") the last act is meant
VERBAL_CONFLICT = {"11", "12", "13", "14"}


def for_act(anaphors: dict | None, cameo: str | None) -> dict | None:
    """The anaphors an act of code `cameo` may refer to: a disapproval, protest or threat of "این
    اقدام" names the last deed even after an act of another kind ("X خارکیف را بمباران کرد. Y کمک
    ارسال کرد. Z این اقدام را محکوم کرد": the bombing)."""
    if not anaphors or (cameo or "")[:2] not in VERBAL_CONFLICT or anaphors.get("deed") is anaphors.get("deed_any"):
        return anaphors
    return dict(anaphors, deed=anaphors.get("deed_any"))


def snapshot(state: dict) -> None:
    """At a sentence's start: the authors its anaphors may refer to (earlier sentences only)."""
    state["anaphor"] = dict(state.get("by_root", {}), act=state.get("act_src"), seen=state.get("seen", ()),
                            deed=state.get("deed_src") if state.get("act_root") in VERBAL_CONFLICT else None,
                            deed_any=state.get("deed_src"),
                            terror=state.get("terror_src"), targets=dict(state.get("target_by_root", {})),
                            last_force=state.get("last_force"), force_src=state.get("force_src"),
                            act_on=dict(state.get("act_on", {})), acts=tuple(state.get("acts", ())))


def seen(state: dict, ments: list[Mention]) -> None:
    """Remember a sentence's coded mentions (the last 40) for "این نیروها"، "این گروه"."""
    state["seen"] = (list(state.get("seen", ())) + [m for m in ments if m.code and m.text])[-40:]


def _head(m: Mention) -> str:
    """The mention's head noun, plural and ezafe "ی" off ("شورای امنیت" → "شورا")."""
    w = _stem(key(m.text.split(" ", 1)[0]))
    return w[:-1] if w.endswith("ی") and len(w) > 3 else w


def _named_here(s: Sent, d: int, noun: str) -> Mention | None:
    """The last mention before token d of this sentence whose head is the noun ("این شورا")."""
    if d >= len(s.toks):
        return None
    pos = s.toks[d].start
    for m in reversed(s.ments):
        if m.end <= pos and m.code and m.text and _head(m) == noun:
            return m
    return None


def _named_before(noun: str, ments) -> Mention | None:
    """The last mention of an earlier sentence whose first word, or its head with the ezafe "ی" off, is
    the noun ("نیروهای واکنش سریع" for "این نیروها", "شورای امنیت" for "این شورا")."""
    for m in reversed(ments):
        if _stem(key(m.text.split(" ", 1)[0])) == noun or _head(m) == noun:
            return m
    return None


def demonstrative_at(s: Sent, lo: int, hi: int) -> int:
    """Index of a demonstrative in tokens [lo, hi), or -1. An act noun called new right before the
    object marker ("تحریم‌های جدید را", "حملات اخیر را") refers back like "این": the index before
    the noun is returned."""
    for j in range(max(lo, hi - 4), hi):
        if s.keys[j] in DEMONSTRATIVES:
            return j
    if hi - 2 >= lo and s.keys[hi - 1] in NEWNESS and _stem(s.keys[hi - 2]) in NOUN_ROOTS:
        return hi - 3
    return -1


#: adjectives that make an act noun refer to the act just reported ("تحریم‌های تازه")
NEWNESS = {key(w) for w in ("جدید", "تازه", "اخیر", "یادشده", "مذکور")}


def resolve(s: Sent, d: int, hi: int, subj: Mention | None, anaphors: dict | None) -> Mention | None:
    """The author of the act the demonstrative phrase at token d (up to token hi) refers to."""
    noun = _stem(s.keys[d + 1]) if d + 1 < hi else ""
    if noun and d + 2 < len(s.toks) and s.keys[d + 2] in TERROR and anaphors is not None:
        # "این حمله/اقدام تروریستی": an armed group's act, never a state's (nor its victim's)
        c = anaphors.get("terror")
        return c if c is not None and not (subj is not None and same_actor(c, subj)) else None
    cands: list[Mention | None] = []
    if noun:
        cands.append(_same_sentence(s, d, noun))
        if noun in VERDICTS and anaphors:
            cands.append(_last_with_role("JUD", anaphors.get("seen", ())))
    else:
        cands.append(_previous_object(s, d, anaphors))  # "X را «...» خواند و آن را رد کرد": the same X
    if anaphors:
        roots = NOUN_ROOTS.get(noun, ())
        if roots:  # "این رزمایش": the last earlier act stated with the same noun
            cands.append(_stated_with(noun, anaphors.get("acts", ()), roots))
        if roots and roots[0] in anaphors and anaphors[roots[0]] is None:
            cands.append(None)  # the last such act had no known author ("مهاجمان ناشناس")
            return next((c for c in cands if c is not None and c.code), None)
        cands.extend(anaphors.get(r) for r in roots)
        if noun in SPEECH_NOUNS:  # "این اظهارات": whose remarks the article named ("اظهارات X")
            cands.append(_speaker_named(s.text, noun, anaphors.get("seen", ())))
        if roots or not noun or noun in ACT_NOUNS:  # "این زندانی" is a person, not an act
            if noun in ACT_NOUNS and subj is not None and subj.country:
                # "X هشدار داد که به این اقدام پاسخ می‌دهد": the last act done to X's country
                cands.append(anaphors.get("act_on", {}).get(subj.country))
            if noun in ACT_NOUNS:
                cands.append(anaphors.get("deed"))
            cands.append(anaphors.get("act"))
        elif noun:
            cands.append(_named_here(s, d, noun))  # "... شورای امنیت ...، از این شورا خواست"
            cands.append(_named_before(noun, anaphors.get("seen", ())))  # "این نیروها" → "نیروهای X"
    for c in cands:
        if c is not None and c.code and not (subj is not None and (c is subj or same_actor(c, subj))):
            return c
    return None


#: nouns of what someone said: "این اظهارات" refers to the remarks of the person named with them
SPEECH_NOUNS = {_stem(key(w)) for w in ("اظهارات", "سخنان", "گفته‌های", "اظهارنظر")}


def _speaker_named(text: str, noun: str, seen) -> Mention | None:
    """The last earlier mention written right after the noun ("به اظهارات سانائه تاکائیچی اعتراض کرد"
    ... "پس گرفتن این اظهارات"): the author of the remarks."""
    for m in reversed(list(seen)):
        before = text[max(0, m.start - 16):m.start].rstrip(" \u200c").rsplit(" ", 1)[-1]
        if before and _stem(key(before)) == noun:
            return m
    return None


def _stated_with(noun: str, acts, roots: tuple = ()) -> Mention | None:
    """The author of the last act whose words hold the noun ("رزمایش", "تحریم‌های")."""
    for words, _, src, _ in reversed(acts):
        if src is not None and _states(words, noun):
            return src
    for _, words, src, root in reversed(acts):  # "... به روستای X یورش بردند و ... را به آتش کشیدند"
        # a sentence that calls an act of the noun's kind "این حمله" names that act ("X را بمباران
        # کردند؛ دولت Y از این حمله شکایت کرد": the bombing, not the complaint)
        if src is not None and ((_states(words, noun) and root not in APPEALS)
                                or (root in roots and (" " + noun) in words)):
            # only an act of the noun's kind: "از جامعه جهانی خواست برای توقف موج اعدام‌ها ..." is an
            # appeal about executions, not one
            return src
    return None


_DEMONSTRATIVES = ("این", "آن", "همین", "همان")
#: cooperative verbal acts: their sentences name acts they are about, not acts they are
APPEALS = VERBAL_COOP - {"01"}


def _states(words: str, noun: str) -> bool:
    """The act's words hold the noun not as a reference back ("از این حمله شکایت کرد" complains of
    an attack: it is not one, and its author is not the attacker)."""
    needle = " " + noun
    i = words.find(needle)
    while i >= 0:
        if not words[:i].endswith(_DEMONSTRATIVES):
            return True
        i = words.find(needle, i + 1)
    return False


def _previous_object(s: Sent, d: int, anaphors: dict | None) -> Mention | None:
    """The first actor of the object NP of the previous "را" in the sentence (bare "آن را" after
    "پیشنهاد X برای ... را «...» خواند و آن را رد کرد" is X's proposal), after the clause's
    subjects; an anaphoric object there ("این آزمایش را ... و آن را ...") is resolved in turn."""
    r = next((k for k in range(d - 1, s.body_from - 1, -1) if s.keys[k] == "را"), None)
    if r is None:
        return None
    cs = clause_start(s, r)
    lo = cs
    subj = subject_in(s, cs, r)
    if subj is not None and id(subj) in s.span:
        last = ([subj] + coordinated(s, subj))[-1]
        lo = s.span[id(last)][1] + 1
    d2 = demonstrative_at(s, lo, r)
    if d2 >= 0:
        return resolve(s, d2, r, subj, anaphors) if d2 + 1 < r else None
    return next((s.first[k] for k in range(lo, r) if k in s.first and s.first[k].code), None)


def _same_sentence(s: Sent, d: int, noun: str) -> Mention | None:
    """"حملات رژیم صهیونیستی ...، این حملات را": the genitive actor of the same noun named earlier."""
    if s.stems is None:
        s.stems = [_stem(t.key) for t in s.toks]
    for j in range(d - 1, s.body_from - 1, -1):
        if s.stems[j] != noun:
            continue
        for k in range(j + 1, min(j + 4, d)):
            if s.keys[k] in PREPS_NP:
                break
            m = s.first.get(k)
            if m is not None and m.code:
                return m
    return None


def denied_target(s: Sent, lo: int, hi: int, anaphors: dict | None) -> str | None:
    """"هرگونه دخالت در این حمله را تکذیب کرد": the denied act is the attack referred to, so its
    target is that attack's target (the code of the last act of the noun's family)."""
    if not anaphors:
        return None
    for d in range(max(lo, s.body_from), hi - 1):
        if s.keys[d] in DEMONSTRATIVES:
            roots = NOUN_ROOTS.get(_stem(s.keys[d + 1]), ())
            last = anaphors.get("last_force")
            if last and last[1] and last[0][:2] in roots:
                return last[1]  # the last use of force reported
            return next((anaphors["targets"][r] for r in roots if r in anaphors.get("targets", {})), None)
    return None


def denied_code(anaphors: dict | None) -> str | None:
    """The code of the last use of force reported: a denial of "this attack" is that act, negated."""
    last = (anaphors or {}).get("last_force")
    return last[0] if last else None


def _last_with_role(role: str, ments) -> Mention | None:
    """The last mention of an earlier sentence with this role ("دادگاه انقلاب شیراز" for "این حکم")."""
    for m in reversed(ments):
        if (m.code or "")[3:6] == role:
            return m
    return None


#: adjectives that make an act an armed group's ("این حمله تروریستی"، "این اقدام انتحاری")
TERROR = {key(w) for w in ("تروریستی", "انتحاری", "تروریستیِ")}  # key() keeps the ezafe kasra


def _non_state(m: Mention) -> bool:
    """An armed group, party or other non-state actor that is not a person: the author a later "این
    حمله تروریستی" may mean (a state organ, an IGO or a person never is)."""
    role = (m.code or "")[3:6] if m.country else "IGO" if (m.code or "").startswith("IGO") else "NGO"
    return role not in STATE_ROLES and role != "IGO" and not m.person


def default_author(ev: Event) -> Mention | None:
    """The author of a passive act coded by its pattern's default role ("بازداشت شده بود" → IRNCOP):
    a later "این حکم را محکوم کرد" refers to it; an unknown author (no source at all) stays None."""
    code = ev.source
    if not code or len(code) < 6 or not code[:3].isalpha():
        return None
    return Mention("", 0, 0, code, None, code[:3] if not code.startswith(("IGO", "NGO")) else None, False, code[3:6])


#: words that open what an investigation is about ("تحقیق درباره این حادثه"، "بررسی ابعاد این حمله")
ABOUT = {key(w) for w in ("درباره", "دربارهٔ", "پیرامون", "بررسی", "ابعاد", "علل", "چگونگی")}


def investigated_author(s: Sent, lo: int, hi: int, subj: Mention | None, anaphors: dict | None) -> Mention | None:
    """"تحقیقاتی درباره این حادثه آغاز کرد": an investigation of an act referred to looks into its
    author (resolve: the act's noun, else the last act done)."""
    for d in range(max(lo, s.body_from) + 1, hi - 1):
        if s.keys[d] in DEMONSTRATIVES and s.keys[d - 1] in ABOUT:
            noun = _stem(s.keys[d + 1])
            if noun in INCIDENTS or any(r in FORCE_ROOTS for r in NOUN_ROOTS.get(noun, ())):
                src = (anaphors or {}).get("force_src")  # an incident: the last use of force reported
                return src if src is not None and not (subj is not None and same_actor(src, subj)) else None
            if noun in NOUN_ROOTS or noun in ACT_NOUNS:
                return resolve(s, d, min(d + 3, hi), subj, anaphors)
    return None


#: nouns for an incident of violence ("این حادثه"): investigated, it is the last use of force
INCIDENTS = {_stem(key(w)) for w in ("حادثه", "رویداد", "واقعه", "انفجار", "تیراندازی")}
