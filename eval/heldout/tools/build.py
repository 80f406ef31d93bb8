"""Write eval/heldout/NAME.{txt,html} and NAME.gold.json from tools/articles_*.py.

    python eval/heldout/tools/build.py && python eval/heldout/check.py
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import gold, render_html, render_text  # noqa: E402

OUT = HERE.parent


def main() -> None:
    arts = []
    for mod in sorted(HERE.glob("articles_*.py")):
        arts += importlib.import_module(mod.stem).ARTICLES
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for a in arts:
        if a["kind"] == "text":
            (OUT / f"{a['id']}.txt").write_bytes(render_text(a).encode("utf-8"))
        else:
            (OUT / f"{a['id']}.html").write_bytes(render_html(a).encode("utf-8"))
        (OUT / f"{a['id']}.gold.json").write_text(
            json.dumps(gold(a), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(arts)} pages written to {OUT}")


if __name__ == "__main__":
    main()
