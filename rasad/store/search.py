"""The full-text index, per backend: SQLite FTS5 (contentless) or PostgreSQL tsvector ('simple', GIN).

Both index the same folded terms (`fold.index_terms`) in three fields: title, body, extra
(entity names and codes, agency), weighted title > body > extra. A query is parsed
(`query.parse`: words, phrases, OR, exclusions) into folded terms, letters and digits only, and
each backend's expression is generated from that tree and bound as a parameter, so nothing a user
types can reach FTS5 or tsquery syntax.
"""
from __future__ import annotations

from typing import Any

from .fold import index_terms
from .query import Query, fts5, tsquery


def index_fields(record: dict[str, Any]) -> dict[str, str]:
    """The three folded fields of a record for the index."""
    title = record.get("title") or ""
    text = record.get("text") or ""
    body = text[len(title):] if title and text.startswith(title) else text
    extra = [record.get("agency") or ""]
    for ent in record.get("entities") or []:
        extra += [ent.get("canonical") or "", ent.get("code") or ""]
    return {"title": index_terms(title), "body": index_terms(body), "extra": index_terms(" ".join(extra))}


class SqliteSearch:
    """Contentless FTS5 table `search_index(title, body, extra)`, rowid = articles.seq; bm25."""

    insert_sql = "INSERT INTO search_index (rowid, title, body, extra) VALUES (:seq, :title, :body, :extra)"
    table = "search_index s"
    # CROSS JOIN: SQLite keeps the FTS scan outermost; driving from a filter's index and probing
    # FTS5 once per article is ten times slower
    join = "search_index s CROSS JOIN articles a ON a.seq = s.rowid"
    where = "search_index MATCH :fts"
    score = "-bm25(search_index, 3.0, 1.0, 0.5)"
    key = "s.rowid"           # what a ranked row carries ...
    article_key = "a.seq"     # ... and the articles column it matches

    @staticmethod
    def params(query: Query) -> dict[str, Any]:
        return {"fts": fts5(query)}


class PostgresSearch:
    """`search_index(article_id, tsv)` with a GIN index; ts_rank over weighted tsvectors."""

    insert_sql = ("INSERT INTO search_index (article_id, tsv) VALUES (:article_id, "
                  "setweight(to_tsvector('simple', :title), 'A') || setweight(to_tsvector('simple', :body), 'C') "
                  "|| setweight(to_tsvector('simple', :extra), 'D'))")
    table = "search_index s"
    join = "search_index s JOIN articles a ON a.id = s.article_id"
    where = "s.tsv @@ to_tsquery('simple', :tsq)"
    score = "ts_rank(s.tsv, to_tsquery('simple', :tsq))"
    key = "s.article_id"
    article_key = "a.id"

    @staticmethod
    def params(query: Query) -> dict[str, Any]:
        return {"tsq": tsquery(query)}


def for_dialect(name: str):
    return PostgresSearch if name == "postgresql" else SqliteSearch
