"""Paragraph blocks from a lexbor DOM, and the generic main-content finder.

`blocks(node)` walks a subtree without recursion (pages nest 10,000 deep) and returns its
paragraphs: text split at block elements and <br>, each with the share of its letters inside links.
`main_container(tree)` scores containers the Readability way (paragraph text to the parent, half
to the grandparent, link text not counted) and returns the best, plus siblings that carry text.
"""
from __future__ import annotations

from dataclasses import dataclass

BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article br tr td th table "
                       "dd dt dl pre figure header main aside footer nav form hr address details summary".split())
_LINK = 1
_UNLINK = 2
_FLUSH = 3


@dataclass(slots=True)
class Block:
    text: str
    link_chars: int
    tag: str

    @property
    def link_density(self) -> float:
        n = len(self.text.replace(" ", ""))
        return self.link_chars / n if n else 0.0


def blocks(node, max_nodes: int = 200_000) -> list[Block]:
    """Paragraph blocks under `node`, in document order (whitespace collapsed, ZWNJ kept)."""
    out: list[Block] = []
    buf: list[str] = []
    state = {"link": 0, "link_chars": 0, "tag": "p"}

    def flush() -> None:
        text = " ".join("".join(buf).split())
        if text:
            out.append(Block(text, min(state["link_chars"], len(text)), state["tag"]))
        buf.clear()
        state["link_chars"] = 0

    stack: list = [node]
    seen = 0
    while stack:
        item = stack.pop()
        if item is _FLUSH:
            flush()
            continue
        if item is _LINK:
            state["link"] += 1
            continue
        if item is _UNLINK:
            state["link"] -= 1
            continue
        seen += 1
        if seen > max_nodes:
            break
        tag = item.tag
        if tag == "-text":
            t = item.text_content or ""
            buf.append(t)
            if state["link"] > 0:
                state["link_chars"] += len(t.replace(" ", ""))
            continue
        if tag in ("-comment", "script", "style", "noscript", "template"):
            continue
        if tag == "br":
            flush()
            continue
        block = tag in BLOCK_TAGS
        if block:
            flush()
            state["tag"] = tag
            stack.append(_FLUSH)
        if tag == "a":
            stack.append(_UNLINK)
        children = list(item.iter(include_text=True))
        stack.extend(reversed(children))
        if tag == "a":
            stack.append(_LINK)
    flush()
    return out


def _text_len(node) -> int:
    return len(node.text(strip=True))


def main_container(tree):
    """The node that holds the most paragraph text (Readability-style), or None when no <p>."""
    return score_containers(tree)[0]


def score_containers(tree):
    """(best node or None, number of teaser boxes, paragraphs in the best node).

    A teaser box is a paragraph parent holding at most two paragraphs and a linked heading: home
    pages, section indexes and tag pages are lists of them; an article has one big container.
    """
    scores: dict[int, float] = {}
    counts: dict[int, int] = {}
    nodes: dict[int, object] = {}
    for p in tree.css("p"):
        n = _text_len(p)
        if n < 25:
            continue
        link = sum(_text_len(a) for a in p.css("a"))
        if link > n * 0.5:
            continue
        val = n - link
        parent = p.parent
        if parent is None:
            continue
        scores[parent.mem_id] = scores.get(parent.mem_id, 0) + val
        counts[parent.mem_id] = counts.get(parent.mem_id, 0) + 1
        nodes[parent.mem_id] = parent
        gp = parent.parent
        if gp is not None:
            scores[gp.mem_id] = scores.get(gp.mem_id, 0) + val / 2
            nodes[gp.mem_id] = gp
    if not scores:
        return None, 0, 0
    best = max(scores, key=scores.get)
    teasers = sum(1 for mid, c in counts.items()
                  if c <= 2 and nodes[mid].css_first("h2 a, h3 a, h4 a, a h2, a h3, a h4") is not None)
    return nodes[best], teasers, counts.get(best, 0)
