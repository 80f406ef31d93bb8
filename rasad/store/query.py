"""The search query language: words, "quoted phrases", OR, and -exclusions; rendered per backend.

Why a small language of our own: users of news archives expect what web search taught them
(`تحریم "شورای امنیت" -ایران`, `روسیه OR اوکراین`), while FTS5 and tsquery each have their own
syntax that a stray quote or parenthesis breaks. So the query is parsed here into a tree of folded
terms (`fold.groups`: letters and digits only), and each backend's expression is *generated* from
that tree: nothing the user types reaches either syntax, and the expression is a bound parameter.

The language:
- words are all required (AND); a word is folded like the text, so every ZWNJ/letter/digit
  spelling of it matches (see fold.py);
- "..." or «...» (or “...”) is a phrase: its words adjacent and in order, however the text
  spelled its ZWNJs (the index keeps each word's joined term contiguous);
- `OR` (or `|`) between two items means either (it binds tighter than the implicit AND, as in
  web search: `تحریم روسیه OR ایران` = تحریم AND (روسیه OR ایران));
- `-word` or `-"phrase"` excludes articles that contain it;
- anything else (`*`, `(`, `NEAR`, `:`) is an ordinary word or nothing; an `OR` with no item on
  one side is dropped.
A query with no required item (empty, punctuation only, or only exclusions) matches nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .fold import groups

# one token: optional '-', then a quoted phrase or a run of non-space; no nested quantifiers
# (an unclosed quote scans only to the next quote of its kind, so a query is read in linear time)
_TOKEN = re.compile(r'(-?)(?:"([^"]*)"|«([^«»]*)»|“([^“”]*)”|(\S+))')
_OR = frozenset({"OR", "|"})


@dataclass(frozen=True, slots=True)
class Item:
    """A word or phrase as folded terms; several terms must stand adjacent and in order (a quoted
    phrase, or one unspaced token that folds to several words)."""

    terms: tuple[str, ...]

    @property
    def phrase(self) -> bool:
        return len(self.terms) > 1


@dataclass(frozen=True, slots=True)
class Query:
    """Required clauses (each satisfied by any one of its items) and excluded items."""

    clauses: tuple[tuple[Item, ...], ...]
    excluded: tuple[Item, ...]

    @property
    def empty(self) -> bool:
        return not self.clauses

    def terms(self) -> list[str]:
        """The required terms, for highlighting (deduplicated, in order)."""
        seen: dict[str, None] = {}
        for clause in self.clauses:
            for item in clause:
                for t in item.terms:
                    seen.setdefault(t, None)
        return list(seen)


def _item(text: str) -> Item | None:
    """A quoted phrase or an excluded word as its folded words."""
    terms = tuple(g.joined for g in groups(text))
    return Item(terms) if terms else None


def _run_items(words: list[str]) -> list[Item]:
    """Consecutive plain words, folded together so that a detached affix joins its word
    ("سرویس های" is one word, as in the index); the words one unspaced token folds to
    ("U.S.", "۱۴۰۵/۰۹/۰۸") stay together as a phrase."""
    starts, text = [], ""
    for w in words:
        starts.append(len(text))
        text += w + " "
    items: list[tuple[int | None, list[str]]] = []  # (the one token the terms lie in, terms)
    for g in groups(text):
        i = bisect_right(starts, g.start) - 1
        tok = i if g.end <= starts[i] + len(words[i]) else None  # None: spans tokens ("سرویس های")
        if items and tok is not None and items[-1][0] == tok:
            items[-1][1].append(g.joined)
        else:
            items.append((tok, [g.joined]))
    return [Item(tuple(terms)) for _, terms in items]


def parse(query: str) -> Query:
    """The parsed query (never raises; unknown syntax is read as words)."""
    raw: list[tuple[str, str]] = []  # (kind, text): "or", "phrase", "word", "-phrase", "-word"
    for m in _TOKEN.finditer(query or ""):
        neg, *quoted, word = m.groups()
        phrase = next((q for q in quoted if q is not None), None)
        if phrase is not None:
            raw.append((neg + "phrase", phrase))
        elif not neg and word in _OR:
            raw.append(("or", word))
        elif word:
            raw.append((neg + "word", word))
    tokens: list[tuple[str, Item | None]] = []  # (kind, item): "or", "+", "-"
    run: list[str] = []
    for kind, text in raw + [("end", "")]:
        if kind == "word":
            run.append(text)
            continue
        tokens.extend(("+", it) for it in _run_items(run))
        run = []
        if kind == "or":
            tokens.append(("or", None))
        elif kind != "end":
            item = _item(text)
            if item is not None:
                tokens.append(("-" if kind.startswith("-") else "+", item))
    clauses: list[list[Item]] = []
    excluded: list[Item] = []
    joins_previous = False
    for i, (kind, item) in enumerate(tokens):
        if kind == "or":
            prev_ok = i > 0 and tokens[i - 1][0] == "+"
            next_ok = i + 1 < len(tokens) and tokens[i + 1][0] == "+"
            joins_previous = prev_ok and next_ok
            continue
        if kind == "-":
            excluded.append(item)
        elif joins_previous and clauses:
            clauses[-1].append(item)
        else:
            clauses.append([item])
        joins_previous = False
    return Query(tuple(tuple(dict.fromkeys(c)) for c in clauses), tuple(dict.fromkeys(excluded)))


# ---------------------------------------------------------------- rendering, one per backend

def _render(q: Query, item, and_: str, or_: str, and_not: str) -> str:
    """The clauses ANDed, each clause's items ORed, then the excluded items cut out."""
    required = and_.join("(" + or_.join(map(item, c)) + ")" for c in q.clauses)
    if not q.excluded:
        return required
    return "(" + required + ")" + and_not + "(" + or_.join(map(item, q.excluded)) + ")"


def _fts5_item(item: Item) -> str:
    """An FTS5 phrase: its terms adjacent, in order (one term is a phrase of one)."""
    return '"' + " ".join(t.replace('"', '""') for t in item.terms) + '"'


def fts5(q: Query) -> str:
    """An FTS5 MATCH expression (call only when `not q.empty`)."""
    return _render(q, _fts5_item, " AND ", " OR ", " NOT ")


def _ts_item(item: Item) -> str:
    return "(" + " <-> ".join("'" + t.replace("'", "''") + "'" for t in item.terms) + ")"


def tsquery(q: Query) -> str:
    """A PostgreSQL `to_tsquery('simple', ...)` expression (call only when `not q.empty`)."""
    return _render(q, _ts_item, " & ", " | ", " & !")
