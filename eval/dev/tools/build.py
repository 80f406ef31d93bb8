"""Regenerate the extraction dev set (eval/dev/extract) and the demo pages (rasad/samples).

    python eval/dev/tools/build.py

The articles are written clean in corpus_*.py (that clean text IS the gold); the renderers turn
each into a text dump or an HTML page in its agency's habits and then degrade it (lost ZWNJ,
Arabic yeh/kaf, other digits, cp1256) as the article's `deg`/`opts` say.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import degrade, gold_published  # noqa: E402
import render_pages  # noqa: E402
import render_text  # noqa: E402

ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "dev" / "extract"
SAMPLES = ROOT / "rasad" / "samples"
GOLD_KEYS = ("title", "lead", "body", "agency", "section", "published", "attributed_sources")


def load_articles() -> list[dict]:
    arts = []
    for mod in sorted(HERE.glob("corpus_*.py")):
        ns: dict = {}
        exec(compile(mod.read_text(encoding="utf-8"), str(mod), "exec"), ns)
        arts.extend(ns["ARTICLES"])
    return [_zwnj(a) for a in arts]


KEEP = {"name", "agency", "form", "sources", "code", "html", "irna_code"}


def _zwnj(x, key=None):
    """In the corpus files "_" stands for ZWNJ (easy to type and to see); never in URLs or codes."""
    if key in KEEP:
        return x
    if isinstance(x, str):
        return x.replace("_", "\u200c")
    if isinstance(x, list):
        return [_zwnj(v) for v in x]
    if isinstance(x, tuple):
        return tuple(_zwnj(v) for v in x)
    if isinstance(x, dict):
        return {k: _zwnj(v, k) for k, v in x.items()}
    return x


def gold_of(art: dict, page_text: str) -> dict:
    g = {"title": art["title"], "lead": art.get("lead"), "body": art["body"], "agency": art["agency"],
         "section": art.get("section"), "published": gold_published(art), "attributed_sources": art.get("sources", [])}
    if art["form"] == "txt" and art.get("jdate"):
        shown = degrade(render_text.jdate_text(art, art.get("opts", {}).get("date_style" if art.get("opts", {}).get("date_top") else "footer_date",
                                                                           "dash" if art.get("opts", {}).get("date_top") else "slash")), art.get("deg", []))
        if shown not in page_text:
            g["published"] = None
    return {k: g[k] for k in GOLD_KEYS}


def build() -> list[str]:
    OUT.mkdir(parents=True, exist_ok=True)
    names = []
    for art in load_articles():
        name = art["name"]
        if art["form"] == "txt":
            page = degrade(render_text.render(art), art.get("deg", []))
            (OUT / f"{name}.txt").write_text(page, encoding="utf-8")
            page_path, text = OUT / f"{name}.txt", page
        elif art["form"] == "html":
            data = render_pages.render(art)
            if art.get("deg"):
                data = degrade(data.decode("utf-8"), art["deg"]).encode("utf-8")
            (OUT / f"{name}.html").write_bytes(data)
            page_path, text = OUT / f"{name}.html", ""
        else:  # a non-article page written by hand in corpus (raw HTML)
            (OUT / f"{name}.html").write_text(art["html"], encoding="utf-8")
            (OUT / f"{name}.gold.json").write_text(json.dumps({"error": "not_article"}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            names.append(name)
            continue
        gold = gold_of(art, text)
        (OUT / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if art.get("demo"):
            shutil.copyfile(page_path, SAMPLES / page_path.name)
        names.append(name)
    return names


if __name__ == "__main__":
    names = build()
    print(f"{len(names)} pages written to {OUT.relative_to(ROOT)}")
