"""A learned ranker for an event's target country, trained on rasad's annotated dev pages.

Why: the rules find the right act (CAMEO root) more often than the right party; about half of
the wrong parties on unseen pages are a missing target where the sentence or its neighbours name
one. For each event the rules coded, the candidates are the countries (ISO3, or the six-letter
IGO/NGO root) of the actor mentions rasad already found in the event's sentence, the sentence
before it, the title and the lead, plus NULL ("no target"). Each candidate gets a few features
that do not name a page or an actor (position and token distance to the trigger, the adposition
before the nearest mention, same country as the source, actor role, how often the page names it,
title/lead, inside a quote, the act's family, whether the rules chose it). For an event the rules
left without a target, two models trained by bench/train_targets.py (weights in
data/learned_targets.tsv) score them: `null:` P(no target), `which:` which country if there is one;
`refine_targets` fills the target only when the policy line of the weights file allows it and the
pick beats NULL by the margin. Targets the rules gave are never changed (an override model changed
nothing in cross-validation). Docs: docs/events.md, "Learned target ranker".

Plain Python at run time: the weights file is a sorted TSV, read once.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..document import Event
from ..eval.analysis import actor_country
from .actors import actor_code, coordinated
from .clauses import analyzed
from .mentions import Mention
from .tokens import key

WEIGHTS = Path(__file__).parent / "data" / "learned_targets.tsv"
#: off: `refine_targets` returns the rules' events unchanged (tests of the rules turn it off)
ENABLED = True
#: adpositions / markers before (or "را" after) a mention that say what part it plays
PREPS = {key(w): w for w in ("با", "به", "از", "علیه", "برای", "درباره", "در", "بر", "میان", "بین", "توسط",
                             "سوی", "نزد", "مقابل", "ضد", "و")}
#: families of CAMEO roots: verbal cooperation, material cooperation, verbal conflict, force
FAMILY = {**{r: "V" for r in ("01", "02", "03", "04", "05")}, **{r: "M" for r in ("06", "07", "08", "09")},
          **{r: "C" for r in ("10", "11", "12", "13", "14", "16")}, **{r: "F" for r in ("15", "17", "18", "19", "20")}}
NULL = "∅"


#: the scorer's country of an actor code (ISO3, or the six-letter IGO/NGO root): the model learns
#: exactly what `rasad eval` counts
country_of = actor_country


@dataclass(slots=True)
class Cand:
    """One possible target: a country with its best mention (None for NULL), and its features."""

    country: str | None
    mention: Mention | None
    feats: dict[str, float] = field(default_factory=dict)
    code: str | None = None  # the target code the event would get (actor_code of the mention)


def _sentence_of(sents, pos: int) -> int:
    for i, s in enumerate(sents):
        if s.start <= pos < s.end:
            return i
    return -1


def _token_at(s, pos: int) -> int:
    for i, t in enumerate(s.toks):
        if t.end > pos:
            return i
    return max(len(s.toks) - 1, 0)


def _in_quote(s, a: int, b: int) -> bool:
    """Is the token range [a, b] between an opening « and its closing » in the sentence?"""
    depth = 0
    for i, k in enumerate(s.keys):
        if i >= a:
            return depth > 0
        depth += (k == "«") - (k == "»")
    return False


def doc_context(doc, ments: list[Mention]) -> dict:
    """What every event of a document shares: mentions per country, the most named country, the
    countries named in the title and the lead (computed once per document, not per event)."""
    counts: dict[str, int] = {}
    heads: dict[str, set] = {}
    for m in ments:
        c = country_of(m.code)
        if not c:
            continue
        counts[c] = counts.get(c, 0) + 1
        p = doc.part_at(m.start)
        if p in ("title", "lead"):
            heads.setdefault(c, set()).add(p)
    main = max(counts, key=counts.get) if counts else None
    return {"counts": counts, "main": main, "heads": heads}


def candidates(doc, ments: list[Mention], sents, ev: Event, events: list[Event] = (),
               ctx: dict | None = None) -> list[Cand]:
    """NULL plus one candidate per country named near the event, each with its features.

    `events`: the document's events as the rules coded them (the targets of the other acts of the
    same sentence and of the same source's previous act are features)."""
    ctx = ctx if ctx is not None else doc_context(doc, ments)
    counts, main = ctx["counts"], ctx["main"]
    si = _sentence_of(sents, ev.start)
    fam = FAMILY.get(ev.root, "O")
    src = country_of(ev.source)
    rules = country_of(ev.target)
    others = {c: n for c, n in counts.items() if c != src}
    second = max(others, key=others.get) if others else None
    sib = {country_of(e.target) for e in events if e is not ev and e.sentence == ev.sentence and e.target}
    sib_src = {country_of(e.source) for e in events if e is not ev and e.sentence == ev.sentence and e.source}
    before = [e for e in events if e.start < ev.start and e.target and e.source == ev.source and e is not ev]
    prev_tgt = country_of(before[-1].target) if before else None
    by: dict[str, dict] = {}

    def slot(c: str) -> dict:
        return by.setdefault(c, {"f": {}, "m": None, "d": 10 ** 6})

    if si >= 0:
        s = sents[si]
        t = _token_at(s, ev.start)
        for m in s.ments:
            c = country_of(m.code)
            if not c or m.pronoun and not m.code:
                continue
            if ev.source_text and m.text == ev.source_text:
                continue  # the source's own mention is never its target
            a, b = s.span.get(id(m), (None, None))
            if a is None:
                continue
            d = (a - t) if a > t else (t - b)
            e = slot(c)
            e["f"]["sent"] = 1.0
            if d < e["d"]:  # features of the nearest mention of that country
                e["d"], e["m"] = d, m
                f = {k: v for k, v in e["f"].items() if not k.startswith(("near:", "prep", "ra", "role", "quote",
                                                                          "after", "first", "person"))}
                f["after"] = 1.0 if a > t else 0.0
                f["near:dist"] = math.log1p(max(d, 0))
                prev = s.keys[a - 1] if a > 0 else ""
                p = PREPS.get(prev)
                if p:
                    f["prep=" + p] = 1.0
                    f[f"prep={p}&{fam}"] = 1.0
                if b + 1 < len(s.keys) and s.keys[b + 1] == "را":
                    f["ra"] = 1.0
                    f["ra&" + fam] = 1.0
                f["role=" + (m.role or ("PER" if m.person else "-"))] = 1.0
                if m.person:
                    f["person"] = 1.0
                if _in_quote(s, a, b):
                    f["quote"] = 1.0
                if a <= s.body_from + 1 or min((j for j in s.first), default=a) == a:
                    f["first"] = 1.0
                e["f"] = f
        lo = si - 1
        while lo >= 0 and doc.part_at(sents[lo].start) == "title":
            lo -= 1
        if lo >= 0 and lo != si:
            for m in sents[lo].ments:
                c = country_of(m.code)
                if c:
                    slot(c)["f"]["prev"] = 1.0
    for c, names in ctx["heads"].items():
        slot(c)["f"].update(dict.fromkeys(names, 1.0))
    if rules and rules not in by:
        slot(rules)
    near = [e for c, e in by.items() if "sent" in e["f"] and e["m"] is not None]
    nf = {"null": 1.0, "null&" + fam: 1.0, "null&root=" + ev.root: 1.0,
          "null&rules_null": 1.0 if rules is None else 0.0,
          "null&ncand": math.log1p(len(near)),
          "null&no_cand": 0.0 if near else 1.0,
          "null&prep_cand": 1.0 if any(k.startswith(("prep=", "ra")) for e in near for k in e["f"]) else 0.0}
    out = [Cand(None, None, {k: v for k, v in nf.items() if v})]
    for c, e in by.items():
        f = dict(e["f"])
        if "sent" not in f:
            f["out_sent"] = 1.0
        if c == src:
            f["is_src"] = 1.0
            f["is_src&" + fam] = 1.0
        if c == rules:
            f["rules"] = 1.0
        elif rules is None:
            f["rules_null"] = 1.0
        if c == main:
            f["main"] = 1.0
        if c == second:
            f["second"] = 1.0
        if c in sib:
            f["sib_tgt"] = 1.0
        if c in sib_src:
            f["sib_src"] = 1.0
        if c == prev_tgt:
            f["prev_tgt"] = 1.0
        f["count"] = math.log1p(counts.get(c, 0))
        code = actor_code(e["m"], ev.root, ev.cameo, target=True) if e["m"] is not None else None
        out.append(Cand(c, e["m"], {k: v for k, v in f.items() if v}, code))
    return out


@lru_cache(maxsize=4)
def load_weights(path: str = str(WEIGHTS)) -> tuple[dict[str, float], dict[str, str]]:
    """(feature → weight, policy settings) from the TSV; an absent file means no model."""
    w: dict[str, float] = {}
    pol: dict[str, str] = {}
    p = Path(path)
    if not p.exists():
        return w, pol
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, val = line.split("\t")[:2]
        if name.startswith("policy:"):
            pol[name[7:]] = val
        else:
            w[name] = float(val)
    return w, pol


@lru_cache(maxsize=4)
def _split(path: str) -> tuple[dict, dict, dict]:
    """The weights file's `null:`, `which:` and `over:` weights, split once."""
    w = load_weights(path)[0]
    return weights_for(w, "null"), weights_for(w, "which"), weights_for(w, "over")


def probabilities(cands: list[Cand], w: dict[str, float]) -> list[float]:
    z = [sum(w.get(k, 0.0) * v for k, v in c.feats.items()) for c in cands]
    top = max(z)
    ex = [math.exp(x - top) for x in z]
    tot = sum(ex)
    return [x / tot for x in ex]


def model_of(ev: Event) -> str:
    """Which of the two models scores an event: `fill` (the rules gave no target) or `over`."""
    return "fill" if country_of(ev.target) is None else "over"


def weights_for(w: dict[str, float], which: str) -> dict[str, float]:
    pre = which + ":"
    return {k[len(pre):]: v for k, v in w.items() if k.startswith(pre)}


def fill_probabilities(cands: list[Cand], wn: dict[str, float], wa: dict[str, float]) -> list[float]:
    """Two-stage model for an event the rules left without a target: P(no target) from the NULL
    candidate's features (`null:` weights, a logistic model), times which country given that there
    is one (`which:` weights, a softmax over the countries, learned from every aligned event that
    has a target, so from far more data than the rules-NULL events alone)."""
    z = sum(wn.get(k, 0.0) * v for k, v in cands[0].feats.items())
    p_null = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
    rest = cands[1:]
    pa = probabilities(rest, wa) if rest else []
    return [p_null] + [(1.0 - p_null) * p for p in pa]


def decide(ev: Event, cands: list[Cand], probs: list[float], policy: dict[str, str]) -> Cand | None:
    """The candidate to put in place of the rules' target, or None to keep the rules' choice.

    policy `fill` / `over`: the margin (or "off") for events the rules left without a target / gave
    one. The margin is the model's probability of its pick minus that of the rules' choice."""
    which = model_of(ev)
    if policy.get(which, "off") == "off" or len(cands) < 2:
        return None
    margin = float(policy[which])
    rules = country_of(ev.target)
    best = max(range(len(cands)), key=lambda i: (probs[i], -i))
    pick = cands[best]
    if pick.country == rules or pick.country is None or pick.mention is None:
        return None
    if not pick.code or pick.code == ev.source:
        return None  # the rules drop a target equal to its source: so does the model
    cur = next((p for c, p in zip(cands, probs) if c.country == rules), 0.0)
    return pick if probs[best] - cur >= margin else None


def apply_choice(ev: Event, pick: Cand) -> None:
    ev.target = pick.code
    ev.target_text = pick.mention.text


def refine_targets(doc, events: list[Event], path: str | None = None) -> list[Event]:
    """Events with the model's target where the shipped policy lets it replace the rules' one."""
    if not ENABLED:
        return events
    w, pol = load_weights(path or str(WEIGHTS))
    if not w or all(pol.get(k, "off") == "off" for k in ("fill", "over")) or not events:
        return events
    todo = [ev for ev in events if pol.get(model_of(ev), "off") != "off"]
    if not todo:
        return events
    ments, sents = analyzed(doc)
    ruled = list(events)  # the features read the rules' choices, never the model's
    ctx = doc_context(doc, ments)
    wn, wa, wo = _split(path or str(WEIGHTS))
    picks = []
    for ev in todo:
        cands = candidates(doc, ments, sents, ev, ruled, ctx)
        probs = fill_probabilities(cands, wn, wa) if model_of(ev) == "fill" else probabilities(cands, wo)
        picks.append((ev, decide(ev, cands, probs, pol)))
    extra = []
    for ev, pick in picks:
        if pick is not None:
            apply_choice(ev, pick)
            extra += coordinated_copies(sents, ev, pick.mention)
    return events + extra if extra else events


def coordinated_copies(sents, ev: Event, m: Mention) -> list[Event]:
    """The filled target is one of coordinated parties ("به باکو و ایروان", "ناوهایی از روسیه و چین"):
    one more event for each other party of another country, as the frame's own targets get
    (sentence.py). Only parties of the event's own sentence."""
    si = _sentence_of(sents, ev.start)
    if si < 0 or id(m) not in sents[si].span:
        return []
    s = sents[si]
    a = s.span[id(m)][0]
    group = [m] + coordinated(s, m)
    for k in range(max(s.body_from, a - 12), a):  # m may close the group: "X، Y و m"
        t = s.first.get(k)
        if t is not None and t is not m and id(t) in s.span:
            co = coordinated(s, t)
            if any(x is m for x in co):
                group = [t] + co
                break
    seen = {country_of(ev.source), country_of(ev.target)}
    out = []
    for o in group:
        code = actor_code(o, ev.root, ev.cameo, target=True) if o is not m else None
        c = country_of(code)
        if not code or not c or c in seen:
            continue
        seen.add(c)
        out.append(replace(ev, target=code, target_text=o.text))
    return out
