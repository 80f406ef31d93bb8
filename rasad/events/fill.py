"""The fallbacks for an act's target, run after its frame (sentence.py) found the sources and
targets it could: kept apart from the frame because they read the article's memory (`state`: the
last attacks, sanctions, dyads, anaphors) and the rest of the sentence rather than the clause's
own arguments, and because they form one ordered chain.
"""
from __future__ import annotations

from .actors import coordinated, same_actor
from .anaphora import denied_code, denied_target, investigated_author
from .clauses import Sent, phrase_at
from .coder import Match
from .fallbacks import (PEOPLE_CODES, SHARED_ROOTS, TALK_ROOTS, domestic_target, material_target, people_target,
                        place_target, refugee_target, sanctioned_trade, talk_partner, vetoed_body)
from .mentions import Mention, country_actor
from .patterns import FORCE_ROOTS
from .subjects import complement_party, near_mention
from .targets import generic_addressee, protest_cause
from .tokens import key

SANCTION = key("تحریم")
#: acts done to people (aid, arrests, expulsions, violence): their refugees are the article's
REFUGEE_ROOTS = {"07", "17", "18", "20"}


def _untargeted(a) -> bool:
    """No target mention and no target text yet."""
    return all(t is None and x is None for t, x in a.targets)


def _one_source(a) -> bool:
    """A single, known source."""
    return len(a.sources) == 1 and a.sources[0] is not None


def fill_targets(s: Sent, m: Match, cs: int, a, state: dict) -> None:
    """Where the frame named no target (`a`: sentence.Args, changed in place): the place of an attack or
    the side's previous target; the party a threat answers; the talk partner; the cause protested; the
    domestic government or people; sanctions and vetoes by whom they hit; a country after a people
    noun is its people (CVL/OPP). The steps run in this order and each fires only where the steps
    before it left the act without a target, so their order is part of the coding."""
    root = a.code[:2]
    if root in FORCE_ROOTS and "denial" in m.pattern.flags and all(t is None for t, _ in a.targets):
        code = denied_target(s, cs, m.first, state.get("anaphor"))
        if code:  # "هرگونه دخالت در این حمله را تکذیب کرد": the attack's own target and code
            a.targets = [(Mention("", 0, 0, code, None, code[:3], False, code[3:6] or None), None)]
            a.code = denied_code(state.get("anaphor")) or a.code
    if a.code.startswith("0253") and _untargeted(a) and _one_source(a):
        captor = captor_of(state.get("anaphor"), a.sources[0])
        if captor is not None:  # "خواستار آزادی فوری بازداشت‌شدگان شد": those who hold them
            a.targets = [(captor, captor.text if s.start <= captor.start < s.end else None)]
    if root == "09" and _untargeted(a) and _one_source(a):
        auth = investigated_author(s, cs, m.vend + 1, a.sources[0], state.get("anaphor"))
        if auth is not None and auth.code:  # "تحقیقاتی درباره این حادثه آغاز کرد": who did it
            a.targets = [(auth, auth.text or None)]
    if root in FORCE_ROOTS and _one_source(a) and len(a.targets) == 1:
        t0 = a.targets[0][0]
        if t0 is not None and t0.country == a.sources[0].country and (t0.code or "")[3:6] in ("CVL", "REF"):
            # "چادرهای آوارگان در خان‌یونس را هدف قرار داد": people the actor stage gave the attacker's
            # country, attacked in another country's place, are that place's
            fb = place_target(s, cs, m.first, a.sources[0])
            if fb is not None:
                a.targets = [(fb, fb.text)]
    if root in FORCE_ROOTS and all(t is None for t, _ in a.targets) and len(a.sources) == 1:
        src = a.sources[0]
        if src is None:  # unknown attackers ("مهاجمان ناشناس"): the place attacked
            fb = place_target(s, cs, m.first, None)
        else:
            fb = place_target(s, cs, m.first, src) or material_target(state, src) \
                or state.get("attackers", {}).get(src.country or "")  # defence against the attacker
        if fb is not None:
            a.targets = [(fb, fb.text)]
    if root == "15" and _untargeted(a) and _one_source(a):
        near = near_mention(s, cs, m.vend + 1, a.sources[0])
        if near is not None:  # "رزمایشی در اطراف تایوان آغاز کرد": a show of force aimed at that country
            near_all = [near] + (coordinated(s, near) if id(near) in s.span else [])  # "مرز لتونی و استونی"
            a.targets = [(country_actor(o), o.text) for o in near_all
                         if o.country and o.country != a.sources[0].country]
    if root == "13" and _untargeted(a) and _one_source(a):
        other = complement_party(s, cs, m.first, a.sources[0])
        if other is not None:  # "... گفت که ناتو با این اقدامات «...» و روسیه تدابیر لازم را اتخاذ خواهد کرد"
            a.targets = [(other, other.text)]
    if root == "13" and _untargeted(a) and _one_source(a):
        enemy = state.get("attackers", {}).get(a.sources[0].country or "")
        if enemy is not None:  # "هشدار داد که اگر حملات ادامه یابد ...": the side attacking (its government)
            a.targets = [(country_actor(enemy) if enemy.country else enemy, enemy.text)]
    if root == "13" and _untargeted(a) and _one_source(a) and any(k.startswith(SANCTION) for k in s.keys[cs:]):
        auth = (state.get("anaphor") or {}).get("16")
        src = a.sources[0]
        if auth is not None and auth.code and not same_actor(auth, src) and auth.country != src.country:
            # "مسکو هشدار داد که به هرگونه تحریم تازه پاسخ خواهد داد": the side that imposed sanctions
            a.targets = [(country_actor(auth) if auth.country else auth, auth.text)]
    if (root in ("03", "04", "05", "06") or a.code.startswith("057")) and _untargeted(a) and _one_source(a):
        partner = companion(s, cs, m.first, a.sources[0])
        if partner is not None:  # "X به همراه Y، همتای ... خود، یادداشت تفاهمی را امضا کرد"
            a.targets = [(partner, partner.text)]
    if root in TALK_ROOTS and _untargeted(a) and _one_source(a):
        partner = talk_partner(s, cs, m.first, a.sources[0])
        if partner is not None:  # "در تماس تلفنی با Y خواستار ... شد"
            a.targets = [(partner, partner.text)]
    if root == "14" and _untargeted(a) and len(a.sources) == 1:
        cause = protest_cause(s, cs, m.first, a.sources[0], state.get("anaphor"))
        if cause is not None:  # "در اعتراض به این حکم ...": the author of the act protested
            a.targets = [(cause, cause.text or None)]
    if _untargeted(a) and _one_source(a) and root == "12":
        body = inspecting_body(s, cs, min(len(s.keys), m.vend + 6), a.sources[0], state)
        if body is not None:  # "اجازه بازرسی از سایت‌ها را نخواهد داد": the inspectors' agency
            a.targets = [(body, body.text if s.start <= body.start < s.end else None)]
    if _untargeted(a) and _one_source(a):
        dom = domestic_target(s, m, cs, a.code, a.sources[0], state.get("home"))
        if dom is not None:
            a.targets = [(dom, None)]
    if root in SHARED_ROOTS and _untargeted(a):
        g = generic_addressee(s, cs, m.verb)  # "برای برگزاری نشست وزیران کشورهای اسلامی": no counterpart
        if g:
            a.targets = [(None, g)]
    if a.code[:3] == "163" and len(a.sources) == 1:
        owner = sanctioned_trade(s, cs, m.first, a.targets)
        if owner is not None:  # "۱۲ شرکت مستقر در امارات را به دلیل فروش نفت ایران تحریم کرد"
            a.targets = [(owner, owner.text)]
    if a.code[:3] == "129" and len(a.sources) == 1:
        body = vetoed_body(s, cs, m.first, a.targets, state)
        if body is not None:  # "مجارستان پیشنهاد استفاده از دارایی‌های روسیه برای ... اوکراین را وتو کرد"
            a.targets = [(body, body.text)]
    if a.code[:3] in PEOPLE_CODES:
        a.targets = [(people_target(s, cs, m.first, t), x) for t, x in a.targets]
    if root in REFUGEE_ROOTS and len(a.targets) == 1 and _one_source(a) and (a.targets[0][0] is None or (a.targets[0][0].code or "")[3:6] in ("", "CVL")):
        src = a.sources[0]
        lo = src.end if src.start >= s.start else cs  # after the source's own name
        ref = refugee_target(s, _token_after(s, lo, cs), len(s.toks), (state.get("anaphor") or {}).get("seen", ()))
        if ref is not None and ref.country != src.country:  # "... ۶۰۰ مهاجر دیگر را بازداشت کرد": the refugees
            a.targets = [(ref, ref.text)]


def captor_of(anaphors: dict | None, src: Mention) -> Mention | None:
    """Who holds the people a call for release (0253) names none for: the author of the article's
    last arrest or abduction (17x, 18x), the state's organ as its country's government; not the caller."""
    for root in ("17", "18"):
        c = (anaphors or {}).get(root)
        if c is not None and c.code and not same_actor(c, src):
            return country_actor(c) if c.country and (c.code or "")[3:6] in ("COP", "SPY", "MIL") else c
    return None


def _token_after(s: Sent, pos: int, default: int) -> int:
    """The first token starting at or after character pos (default when none)."""
    return next((k for k, t in enumerate(s.toks) if t.start >= pos), default)


INSPECT = key("بازرس")
IAEA = "IGOUNOIAE"


def inspecting_body(s: Sent, lo: int, hi: int, src: Mention, state: dict) -> Mention | None:
    """Inspections ("بازرسی", "بازرسان") refused in the clause are refused to the inspecting agency
    the article named (the IAEA), when the source is not that agency."""
    if src.code == IAEA or not any(k.startswith(INSPECT) for k in s.keys[lo:hi]):
        return None
    for mm in list(s.ments) + list(reversed((state.get("anaphor") or {}).get("seen", ()))):
        if mm.code == IAEA:
            return mm
    return None


WITH_TOGETHER = [tuple(key(w) for w in p.split()) for p in ("به همراه", "همراه با", "به‌همراه")]


def companion(s: Sent, lo: int, hi: int, src: Mention) -> Mention | None:
    """The actor right after "به همراه"/"همراه با" in the clause: the partner of a cooperative act
    (a signing, a joint statement), when it is another country's."""
    for k in range(max(lo, s.body_from), hi - 1):
        p = phrase_at(s, k, WITH_TOGETHER)
        if p is not None:
            t = s.first.get(k + len(p))
            if t is not None and t.code and t.country and t.country != src.country:
                return t
    return None
