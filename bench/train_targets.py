"""Train and cross-validate the learned target ranker (rasad/events/learned.py).

    python bench/train_targets.py dump  [SET ...]     # run rasad on the dev sets, cache candidates
    python bench/train_targets.py cv    [SET ...]     # leave-one-set-out CV: rules vs rules+model
    python bench/train_targets.py train [SET ...]     # train on all sets, write data/learned_targets.tsv

SET defaults to every dev set with events gold (eval/dev/analysis, blind2 ...). Deterministic: the
pages are read in sorted order and the model is fitted by full-batch gradient descent from zero.

Labels: each event rasad codes is aligned to the gold events of its sentence with the same CAMEO
root (one-to-one; a gold event whose target country equals the rules' is taken first); its label
is the candidate whose country is the gold target's country (NULL when gold has no target).
Events with no aligned gold event, or whose gold country is not among the candidates, are not
used in training (they cannot teach the ranker anything).

The policy (fill only / override, and the margin) is chosen for each held-out set by an inner
leave-one-set-out over the six training sets, so the reported CV never sees the held-out set.
"""
from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasad.eval import find_pairs  # noqa: E402
from rasad.eval.analysis import key as tkey, score_events  # noqa: E402
from rasad.events import learned  # noqa: E402

CACHE = Path("/tmp/learned_cache")
L2 = 0.01
L2S = (0.05, 0.01, 0.002)
STEPS = 1500
LR = 0.5
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
#: the `over` model (replace a target the rules gave) never changed a matched count in CV at any
#: margin (docs/events.md); `--over` still trains and measures it
MODES = ("fill", "over") if "--over" in sys.argv else ("fill",)


def dev_sets() -> list[str]:
    base = ROOT / "eval" / "dev"
    out = []
    for d in sorted(base.iterdir()):
        if d.is_dir() and any('"events"' in g.read_text(encoding="utf-8") for g in d.glob("*.gold.json")):
            out.append(d.name)
    return out


# ------------------------------------------------------------------------------------ dump

def _align(gold: list[dict], preds: list) -> list[dict | None]:
    """For each predicted Event its gold event (same sentence, same root), or None."""
    out: list[dict | None] = [None] * len(preds)
    used: set[int] = set()

    def same_place(g, p):
        gs = tkey(g.get("sentence"))
        if gs and gs == tkey(p.sentence):
            return True
        a, b = g.get("start"), g.get("end")
        return isinstance(a, int) and isinstance(b, int) and a <= p.start < b

    for exact in (True, False):
        for j, p in enumerate(preds):
            if out[j] is not None:
                continue
            for i, g in enumerate(gold):
                if i in used or str(g.get("root") or g.get("cameo", "")[:2]).zfill(2)[:2] != p.root:
                    continue
                if not same_place(g, p):
                    continue
                if exact and learned.country_of(g.get("target")) != learned.country_of(p.target):
                    continue
                used.add(i)
                out[j] = g
                break
    return out


def dump_set(name: str) -> dict:
    from rasad.events.clauses import analyzed
    from rasad.pipeline import process
    learned.ENABLED = False  # the candidates and labels come from the rules' events alone
    pages = []
    for page, gold_path in find_pairs(ROOT / "eval" / "dev" / name):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not isinstance(gold.get("events"), list):
            continue
        doc = process(page.read_bytes(), path=str(page), kind=gold.get("kind"))
        gevs = [e for e in gold["events"] if isinstance(e, dict)]
        evs = list(doc.events or [])
        rows = []
        if evs:
            ments, sents = analyzed(doc)
            for ev, g in zip(evs, _align(gevs, evs)):
                cands = learned.candidates(doc, ments, sents, ev, evs)
                rows.append({
                    "cands": [(c.country, c.feats, c.code, c.mention.text if c.mention else None)
                              for c in cands],
                    "gold": None if g is None else learned.country_of(g.get("target")),
                    "aligned": g is not None,
                    "model": learned.model_of(ev),
                })
        pages.append({"name": page.name, "gold": gevs, "pred": [e.to_dict() for e in evs], "rows": rows})
    return {"set": name, "pages": pages}


def load(name: str) -> dict:
    p = CACHE / f"{name}.pkl"
    if not p.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        p.write_bytes(pickle.dumps(dump_set(name)))
    return pickle.loads(p.read_bytes())


# ----------------------------------------------------------------------------------- model

def examples(data: list[dict], which: str):
    """(candidate feature dicts, gold index) for every trainable event of model `which`."""
    out = []
    for d in data:
        for page in d["pages"]:
            for r in page["rows"]:
                if not r["aligned"] or r["model"] != which:
                    continue
                idx = [i for i, c in enumerate(r["cands"]) if c[0] == r["gold"]]
                if idx:
                    out.append(([c[1] for c in r["cands"]], idx[0]))
    return out


def fit(exs, l2: float = None) -> dict[str, float]:
    """Conditional logit, L2, full-batch gradient descent from zero (deterministic)."""
    l2 = L2 if l2 is None else l2
    names = sorted({k for feats, _ in exs for f in feats for k in f})
    ix = {n: i for i, n in enumerate(names)}
    rows, groups, gold = [], [], []
    for g, (feats, y) in enumerate(exs):
        for c, f in enumerate(feats):
            v = np.zeros(len(names))
            for k, x in f.items():
                v[ix[k]] = x
            rows.append(v)
            groups.append(g)
            gold.append(1.0 if c == y else 0.0)
    X, G, Y = np.array(rows), np.array(groups), np.array(gold)
    w = np.zeros(len(names))
    n = len(exs)
    for _ in range(STEPS):
        z = X @ w
        e = np.exp(z - z.max())  # one shift for all groups: weights stay small under L2
        p = e / np.bincount(G, weights=e, minlength=n)[G]
        grad = X.T @ (p - Y) / n + l2 * w
        w -= LR * grad
    return {k: float(round(w[i], 4)) for k, i in ix.items() if abs(w[i]) >= 1e-4}


NO_RULES = ("rules", "rules_null")


def which_examples(data: list[dict]):
    """Stage A: every aligned event whose gold target is among its countries (NULL left out),
    without the features that say what the rules chose."""
    out = []
    for d in data:
        for page in d["pages"]:
            for r in page["rows"]:
                if not r["aligned"] or r["gold"] is None:
                    continue
                cands = [c for c in r["cands"] if c[0] is not None]
                idx = [i for i, c in enumerate(cands) if c[0] == r["gold"]]
                if idx:
                    out.append(([{k: v for k, v in c[1].items() if k not in NO_RULES} for c in cands], idx[0]))
    return out


def null_examples(data: list[dict]):
    """Stage B: rules-NULL aligned events whose gold is NULL or among the countries: NULL vs a target."""
    out = []
    for d in data:
        for page in d["pages"]:
            for r in page["rows"]:
                if not r["aligned"] or r["model"] != "fill":
                    continue
                if r["gold"] is None or r["gold"] in [c[0] for c in r["cands"]]:
                    out.append(([r["cands"][0][1], {}], 0 if r["gold"] is None else 1))
    return out


def fit_both(data: list[dict], l2: float = None, models=None) -> dict[str, float]:
    """The models' weights in one dict, prefixed `which:` and `null:` (the two stages of the fill
    model), and `over:` with --over."""
    w = {f"which:{k}": v for k, v in fit(which_examples(data), l2).items()}
    w.update({f"null:{k}": v for k, v in fit(null_examples(data), l2).items()})
    if "over" in (models or MODES):
        w.update({f"over:{k}": v for k, v in fit(examples(data, "over"), l2).items()})
    return w


def apply(data: list[dict], w: dict[str, float], policy: dict[str, str]) -> list[dict]:
    """Pages with their predicted events' targets as rules+model would give them."""
    out = []
    wn, wa, wo = (learned.weights_for(w, m) for m in ("null", "which", "over"))
    for d in data:
        for page in d["pages"]:
            preds = [dict(p) for p in page["pred"]]
            for p, r in zip(preds, page["rows"]):
                cands = [learned.Cand(c[0], object() if c[3] else None, c[1], c[2]) for c in r["cands"]]
                ev = learned.Event(p["source"], None, p["target"], None, p["cameo"], p["root"], None, False, "", 0, 0)
                if policy.get(r["model"], "off") == "off":
                    continue
                probs = learned.fill_probabilities(cands, wn, wa) if r["model"] == "fill" else \
                    learned.probabilities(cands, wo)
                pick = learned.decide(ev, cands, probs, policy)
                if pick is not None:
                    c = r["cands"][cands.index(pick)]
                    p["target"], p["target_text"] = c[2], c[3]
            out.append({"gold": page["gold"], "pred": preds})
    return out


class _Pair:
    def __init__(self, gold, pred):
        self.gold, self.record = {"events": gold}, {"events": pred}


def score(pages: list[dict]) -> dict:
    return score_events([_Pair(p["gold"], p["pred"]) for p in pages])


def matched(data, w, policy) -> int:
    return score(apply(data, w, policy))["matched"]


def choose_policy(train: list[dict]) -> dict[str, str]:
    """L2 and margin with the largest gain in matched events over an inner leave-one-set-out
    (ties: the larger L2, then the larger margin); no gain > 0: the model stays off."""
    gains: Counter = Counter()
    for k in range(len(train)):
        inner = [d for i, d in enumerate(train) if i != k]
        base = matched([train[k]], {}, {})
        for l2 in L2S:
            w = fit_both(inner, l2)
            for which in MODES:
                for m in MARGINS:
                    gains[(which, l2, m)] += matched([train[k]], w, {which: str(m)}) - base
    pol = {}
    for which in MODES:
        best = max(((l2, m) for l2 in L2S for m in MARGINS), key=lambda t: (gains[(which, *t)], t))
        pol[which] = str(best[1]) if gains[(which, *best)] > 0 else "off"
        pol["l2"] = str(best[0])
    return pol


def cv(names: list[str]) -> None:
    data = [load(n) for n in names]
    tot_b = tot_m = 0
    print(f"{'held-out':10s} {'rules P/R/F1':22s} {'rules+model P/R/F1':22s} matched  policy")
    for k, d in enumerate(data):
        train = [x for i, x in enumerate(data) if i != k]
        pol = choose_policy(train)
        w = fit_both(train, float(pol["l2"]))
        b = score(apply([d], {}, {}))
        m = score(apply([d], w, pol))
        tot_b += b["matched"]
        tot_m += m["matched"]
        print(f"{names[k]:10s} {b['precision']:.3f}/{b['recall']:.3f}/{b['f1']:.3f}    "
              f"{m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f}    {b['matched']:3d}->{m['matched']:3d}  {pol}",
              flush=True)
    allb = score(apply(data, {}, {}))
    print(f"total matched {tot_b} -> {tot_m}; all sets rules F1 {allb['f1']:.3f}")


def train(names: list[str]) -> None:
    data = [load(n) for n in names]
    exs = which_examples(data) + null_examples(data)
    pol = choose_policy(data)
    w = fit_both(data, float(pol["l2"]))
    lines = ["# rasad learned target ranker: conditional-logit weights per candidate feature, and the policy",
             "# trained by bench/train_targets.py on the annotated dev sets " + ", ".join(names),
             f"# {len(exs)} training examples; L2 {pol['l2']} (chosen by inner leave-one-set-out), {STEPS} gradient steps of "
             f"{LR}; licence: as rasad (derived from rasad's own annotated dev pages)",
             "# prefixes: null: P(no target) of a rules-NULL event; which: the country given a target; policy: margin",
             "# feature\tweight"]
    lines += [f"policy:{k}\t{v}" for k, v in sorted(pol.items())]
    lines += [f"{k}\t{v}" for k, v in sorted(w.items())]
    learned.WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(exs)} examples, {len(w)} weights, policy {pol} -> {learned.WEIGHTS}")


def stats(names: list[str]) -> None:
    for n in names:
        d = load(n)
        c: Counter = Counter()
        for page in d["pages"]:
            for r in page["rows"]:
                if not r["aligned"]:
                    c["unaligned"] += 1
                    continue
                ctry = [x[0] for x in r["cands"]]
                rules = next((x[0] for x in r["cands"] if x[1].get("rules")), None)
                ok = "right" if rules == r["gold"] else "wrong"
                c[ok + ("" if r["gold"] in ctry else "_unreachable")] += 1
        print(n, dict(sorted(c.items())))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cmd, names = args[0], args[1:] or dev_sets()
    if cmd == "dump":
        for n in names:
            (CACHE / f"{n}.pkl").unlink(missing_ok=True)
            load(n)
            print("dumped", n, flush=True)
    else:
        {"cv": cv, "train": train, "stats": stats}[cmd](names)
