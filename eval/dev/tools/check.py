"""Sanity checks on the dev set's gold files (run after build.py; prints problems, exit 1 if any).

- gold text uses Persian ی/ک, Persian digits, no ZWNJ after non-joining letters, no doubled or
  edge ZWNJ, no tatweel;
- words that usually need a ZWNJ (می /نمی  + verb, ها after a joining letter...) are listed for review;
- every gold title / lead / body paragraph is present on its page in the page's own degraded form.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import OUT, load_articles  # noqa: E402
from common import degrade  # noqa: E402

NONJOIN = "اآأإدذرزژوؤة"
BAD = [
    (re.compile("[يك]"), "Arabic yeh/kaf"),
    (re.compile("[0-9٠-٩]"), "non-Persian digit"),
    (re.compile(f"[{NONJOIN}]\u200c"), "ZWNJ after a non-joining letter"),
    (re.compile("\u200c\u200c|\u200c(?=[\\s،.؛:«»!؟)(])|(?<=[\\s«(])\u200c|^\u200c"), "ZWNJ at an edge"),
    (re.compile("ـ"), "tatweel"),
    (re.compile(r"(?<![\w\u200c])(?:ن?می) (?=\w)"), "می + space"),
    (re.compile(r"\w(?:ها|های|هایی|تر|ترین) "), "suffix glued? (review)"),
]
REVIEW = re.compile(r"\S*[بپتثجچحخسشصضطظعغفقکگلمنهی](?:ها|های|هایی)(?=[\s،.؛:»]|$)")
OK_WORDS = {"آنها", "اینها", "تنها", "تنهایی"}


def texts(g: dict) -> list[str]:
    return [g.get("title") or "", g.get("lead") or "", *(g.get("body") or []), g.get("section") or ""]


def main() -> int:
    problems = 0
    arts = {a["name"]: a for a in load_articles()}
    for gp in sorted(OUT.glob("*.gold.json")):
        name = gp.name[:-10]
        g = json.loads(gp.read_text(encoding="utf-8"))
        if "error" in g:
            continue
        for t in texts(g):
            for rx, what in BAD:
                for m in rx.finditer(t):
                    if what.startswith("suffix"):
                        continue
                    print(f"{name}: {what}: …{t[max(0, m.start()-15):m.end()+15]}…")
                    problems += 1
            for m in REVIEW.finditer(t):
                if m.group(0) not in OK_WORDS:
                    print(f"{name}: review: {m.group(0)}")
        art = arts[name]
        page = OUT / (name + (".txt" if art["form"] == "txt" else ".html"))
        raw = page.read_bytes()
        text = raw.decode("cp1256") if art.get("opts", {}).get("cp1256") else raw.decode("utf-8")
        text = html.unescape(text)
        deg = list(art.get("deg", [])) + (["arabic", "latin"] if art.get("opts", {}).get("cp1256") else [])
        for t in [g["title"], g.get("lead") or "", *g["body"]]:
            if t and degrade(t, deg) not in text:
                print(f"{name}: not on page: {t[:50]}")
                problems += 1
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
