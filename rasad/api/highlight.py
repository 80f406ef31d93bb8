"""Server-side highlighting of an article's spans (entities, quotes, events) as safe HTML.

Spans may overlap or nest in any way (an event's evidence holds two entities and half a quote),
so the text is cut at every span boundary and each piece is wrapped in ONE <mark> whose classes
name every span covering it: the result is always well-formed, whatever the overlap. Every text
piece and attribute goes through markupsafe.escape; nothing from the page reaches the HTML raw.
Paragraphs (the record joins parts with blank lines) become <p>, single line breaks <br>.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

#: span layer -> CSS class of its marks
CLASSES = {"entity": "hl-ent", "quote": "hl-quote", "event": "hl-ev"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str            # "entity" | "quote" | "event"
    index: int           # position in its layer, for anchors (#event-3)
    label: str           # tooltip text


def record_spans(record: dict, *, root_name=None) -> list[Span]:
    """The spans of a CONTRACT record, with tooltips; spans outside the text are dropped."""
    n = len(record.get("text") or "")
    spans: list[Span] = []
    for i, e in enumerate(record.get("entities") or []):
        label = " | ".join(x for x in (e.get("type"), e.get("code"), e.get("canonical")) if x)
        spans.append(Span(e["start"], e["end"], "entity", i, label))
    for i, q in enumerate(record.get("quotes") or []):
        label = "نقل قول" + (f" | {q['speaker_text'] or q['speaker']}" if (q.get("speaker_text") or q.get("speaker")) else "")
        spans.append(Span(q["start"], q["end"], "quote", i, label))
    for i, ev in enumerate(record.get("events") or []):
        name = root_name(ev.get("cameo")) if root_name else ""
        who = f"{ev.get('source') or '?'} ← {ev.get('target') or '?'}"
        label = " | ".join(x for x in (f"CAMEO {ev.get('cameo')}", name, who) if x)
        spans.append(Span(ev["start"], ev["end"], "event", i, label))
    return [s for s in spans if 0 <= s.start < s.end <= n]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines."""
    out, pos = [], 0
    while pos <= len(text):
        cut = text.find("\n\n", pos)
        end = len(text) if cut < 0 else cut
        if text[pos:end].strip():
            out.append((pos, end))
        if cut < 0:
            break
        pos = cut + 2
        while pos < len(text) and text[pos] == "\n":
            pos += 1
    return out


def _piece(text: str) -> str:
    return str(escape(text)).replace("\n", "<br>")


def highlight(text: str, spans: list[Span], *, skip_first_if: str | None = None) -> Markup:
    """`text` as <p> paragraphs with every span marked; see the module docstring.

    skip_first_if: leave out the first paragraph when it equals this (the title shown above)
    and no span touches it.
    """
    out: list[str] = []
    first_anchor: set[tuple[str, int]] = set()
    order = sorted(spans, key=lambda s: s.start)
    nxt, carry = 0, []  # spans overlapping the current paragraph, found in one pass over `order`
    for n, (ps, pe) in enumerate(_paragraphs(text)):
        carry = [s for s in carry if s.end > ps]
        while nxt < len(order) and order[nxt].start < pe:
            if order[nxt].end > ps:
                carry.append(order[nxt])
            nxt += 1
        inside = list(carry)
        if n == 0 and skip_first_if is not None and text[ps:pe].strip() == skip_first_if.strip() and not inside:
            continue
        starts: dict[int, list[Span]] = {}
        ends: dict[int, list[Span]] = {}
        for s in inside:
            starts.setdefault(max(ps, s.start), []).append(s)
            ends.setdefault(min(pe, s.end), []).append(s)
        cuts = sorted({ps, pe, *starts, *ends})
        active: dict[Span, None] = {}  # ordered set: a sweep, so long pages stay linear
        html: list[str] = []
        for a, b in zip(cuts, cuts[1:]):
            for s in ends.get(a, ()):
                active.pop(s, None)
            for s in starts.get(a, ()):
                active[s] = None
            if not active:
                html.append(_piece(text[a:b]))
                continue
            covering = list(active)
            classes = sorted({CLASSES[s.kind] for s in covering})
            anchors = ""
            for s in covering:
                if (s.kind, s.index) not in first_anchor:
                    first_anchor.add((s.kind, s.index))
                    anchors += f'<span class="anchor" id="{s.kind}-{s.index}"></span>'
            title = " | ".join(dict.fromkeys(s.label for s in covering))
            html.append(f'{anchors}<mark class="hl {" ".join(classes)}" title="{escape(title)}">{_piece(text[a:b])}</mark>')
        out.append(f"<p>{''.join(html)}</p>")
    return Markup("\n".join(out))
