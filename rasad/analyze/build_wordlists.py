"""Build the word lists ner.py reads (run by hand; the outputs are committed in data/).

    python -m rasad.analyze.build_wordlists /work/shared/data

- data/names_given.txt, data/names_family.txt: first / last tokens of person names in the
  ParsTwiNER train split (MIT), seen at least twice, plus the hand-written lists in
  data/names_seed.txt (rasad, Apache-2.0).
- data/common_words.txt: word forms seen at least 12 times in the UD Persian PerDT and Seraji train
  text (CC BY-SA 4.0), minus words ParsTwiNER tags as part of a person's name more often than not. ner.py
  uses it to stop a name before an ordinary word. Licence of this list: CC BY-SA 4.0 (see NOTICE).
PEYMA and Arman are never used here (their licences do not allow shipping derived data).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .fold import fold

DATA = Path(__file__).parent / "data"
HEADER = "# {what}\n# Built by rasad/analyze/build_wordlists.py from {src}; licence {lic}.\n"


def _parstwiner(path: Path):
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        tok, _, tag = line.rpartition("\t")
        sent.append((tok, tag))
    if sent:
        yield sent


def build(shared: Path) -> None:
    given, family, in_name, as_other = Counter(), Counter(), Counter(), Counter()
    for sent in _parstwiner(shared / "ner_parstwiner" / "parstwiner_train.txt"):
        span: list[str] = []
        for tok, tag in sent + [("", "O")]:
            if tag == "I-PER" and span:
                span.append(tok)
                continue
            if len(span) >= 2:
                given[span[0]] += 1
                family[span[-1]] += 1
            span = [tok] if tag == "B-PER" else []
            if tag.endswith("-PER"):
                in_name[tok] += 1
            elif tok:
                as_other[tok] += 1
    words: Counter[str] = Counter()
    for name in ("ud_persian_perdt/fa_perdt-train.txt", "ud_persian_seraji/fa_seraji-train.txt"):
        for line in (shared / name).read_text(encoding="utf-8").splitlines():
            for tok in line.split():
                tok = tok.strip(".,:;!?؟،؛«»()\"'[]")
                if tok and all("\u0600" <= c <= "\u06ff" or c == "\u200c" for c in tok):
                    words[tok] += 1
    common = sorted({fold(w) for w, c in words.items() if c >= 12 and in_name[w] <= as_other[w]})
    names_g = sorted({fold(w) for w, c in given.items() if c >= 2 and len(w) > 1})
    names_f = sorted({fold(w) for w, c in family.items() if c >= 2 and len(w) > 1})
    (DATA / "common_words.txt").write_text(
        HEADER.format(what="Frequent ordinary Persian words (folded), one per line.",
                      src="UD Persian PerDT + Seraji train text (CC BY-SA 4.0) and ParsTwiNER (MIT)",
                      lic="CC BY-SA 4.0") + "\n".join(common) + "\n", encoding="utf-8")
    (DATA / "names_given.txt").write_text(
        HEADER.format(what="Given names (folded), one per line.", src="ParsTwiNER train (MIT)", lic="MIT")
        + "\n".join(names_g) + "\n", encoding="utf-8")
    (DATA / "names_family.txt").write_text(
        HEADER.format(what="Family names (folded), one per line.", src="ParsTwiNER train (MIT)", lic="MIT")
        + "\n".join(names_f) + "\n", encoding="utf-8")
    print(len(common), len(names_g), len(names_f))


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"))
