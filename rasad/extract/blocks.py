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
_SKIP_TAGS = ("script", "style", "noscript", "template")
_LINK = -1
_UNLINK = -2
_FLUSH = -3


def _ids():
    """Lexbor's numeric ids of the tags `blocks` tells apart (standard tags have fixed ids; reading
    `node.tag_id` is cheaper than building the `node.tag` string for every node of a page)."""
    from selectolax.lexbor import LexborHTMLParser
    probe = LexborHTMLParser("<p>t<!--c--></p>")
    text_node = probe.css_first("p").first_child
    comment = text_node.next
    ids = {name: probe.create_node(name).tag_id for name in BLOCK_TAGS | {"a", "br", *_SKIP_TAGS}}
    assert text_node.tag == "-text" and comment.tag == "-comment" and len(set(ids.values())) == len(ids)
    return ids, text_node.tag_id, comment.tag_id


_ID, _TEXT_ID, _COMMENT_ID = _ids()
_BLOCK_NAME = {_ID[t]: t for t in BLOCK_TAGS}            # block tag id -> tag name
_SKIP_IDS = frozenset([_COMMENT_ID] + [_ID[t] for t in _SKIP_TAGS])
_A_ID, _BR_ID = _ID["a"], _ID["br"]


@dataclass(slots=True)
class Block:
    text: str
    link_chars: int
    tag: str

    @property
    def link_density(self) -> float:
        n = len(self.text.replace(" ", ""))
        return self.link_chars / n if n else 0.0


def _emit(buf: list[str], link_chars: int, tag: str, out: list["Block"]) -> None:
    """Close the text gathered so far into one Block (whitespace collapsed) and empty `buf`.
    Called at block boundaries only, not per node, so the call costs nothing measurable."""
    if buf:
        text = " ".join("".join(buf).split())
        if text:
            out.append(Block(text, min(link_chars, len(text)), tag))
        buf.clear()


def blocks(node, max_nodes: int = 200_000) -> list[Block]:
    """Paragraph blocks under `node`, in document order (whitespace collapsed, ZWNJ kept).

    A block's tag is the last block element entered before its text was flushed. Written as one
    flat loop over an explicit stack (no recursion: pages nest 10,000 deep) with int sentinels
    and tag ids: this walk is a large share of a page's extraction time.
    """
    out: list[Block] = []
    buf: list[str] = []
    link = link_chars = 0
    cur = "p"
    stack: list = [node]
    pop, push = stack.pop, stack.append
    seen = 0
    while stack:
        item = pop()
        if item.__class__ is int:
            if item == _FLUSH:
                _emit(buf, link_chars, cur, out)
                link_chars = 0
            elif item == _LINK:
                link += 1
            else:
                link -= 1
            continue
        seen += 1
        if seen > max_nodes:
            break
        tid = item.tag_id
        if tid == _TEXT_ID:
            t = item.text_content or ""
            buf.append(t)
            if link > 0:
                link_chars += len(t.replace(" ", ""))
            continue
        if tid in _SKIP_IDS:
            continue
        name = _BLOCK_NAME.get(tid)
        if name is not None or tid == _BR_ID:
            _emit(buf, link_chars, cur, out)
            link_chars = 0
            if tid == _BR_ID:
                continue
            cur = name
            push(_FLUSH)
        if tid == _A_ID:
            push(_UNLINK)
            children = list(item.iter(include_text=True))
            children.reverse()
            stack.extend(children)
            push(_LINK)
        else:
            children = list(item.iter(include_text=True))
            if children:
                children.reverse()
                stack.extend(children)
    if buf:
        text = " ".join("".join(buf).split())
        if text:
            out.append(Block(text, min(link_chars, len(text)), cur))
    return out


def by_tag(tree, name: str) -> list:
    """Elements named `name` in document order: the parser's tag index walk (`tags`) is ~1.5x
    faster than the CSS engine for a bare tag name (same nodes); nodes fall back to `css`."""
    return tree.tags(name) if hasattr(tree, "tags") else tree.css(name)


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
    for p in by_tag(tree, "p"):
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
