"""Read queries of the Store (the interface in docs/team/store-api.md). All SQL is parameterized."""
from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any, Iterator

from sqlalchemy import bindparam, text

from .filters import article_where, check_code, event_where, like_prefix
from .fold import snippet_html
from .query import parse

_LIST_COLS = "a.id, a.title, a.agency, a.section, a.published, a.lead, a.n_events"
_ORDER = "ORDER BY a.published DESC NULLS LAST, a.id"
_EVENT_COLS = ("e.source, e.source_text, e.target, e.target_text, e.cameo, e.root, e.plover, e.negated, "
               "e.sentence, e.start_offset, e.end_offset, e.article_id, e.published, a.title")


def _page(limit: int, offset: int) -> dict[str, int]:
    return {"limit": max(0, min(int(limit), 1000)), "offset": max(0, int(offset))}


def _event_dict(row) -> dict[str, Any]:
    m = row._mapping
    return {"source": m["source"], "source_text": m["source_text"], "target": m["target"],
            "target_text": m["target_text"], "cameo": m["cameo"], "root": m["root"],
            "plover": json.loads(m["plover"]) if m["plover"] else None, "negated": bool(m["negated"]),
            "sentence": m["sentence"], "start": m["start_offset"], "end": m["end_offset"],
            "article_id": m["article_id"], "published": m["published"], "title": m["title"]}


def monday(day: str) -> str:
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


class Reads:
    """Mixin: needs `self._read()`, `self.fts`."""

    def get_article(self, id: str) -> dict | None:
        with self._read() as conn:
            row = conn.execute(text("SELECT record, ingested_at FROM articles WHERE id = :id"), {"id": str(id)}).first()
        if row is None:
            return None
        rec = json.loads(row.record)
        rec["ingested_at"] = row.ingested_at
        return rec

    def list_articles(self, *, agency=None, date_from=None, date_to=None, actor=None, root=None,
                      limit: int = 20, offset: int = 0) -> tuple[int, list[dict]]:
        w = article_where(agency=agency, date_from=date_from, date_to=date_to, actor=actor, root=root)
        with self._read() as conn:
            total = conn.execute(text("SELECT count(*) FROM articles a" + w.sql()), w.params).scalar_one()
            rows = conn.execute(text(f"SELECT {_LIST_COLS} FROM articles a{w.sql()} {_ORDER} LIMIT :limit OFFSET :offset"),
                                {**w.params, **_page(limit, offset)}).mappings().all()
        return total, [dict(r) for r in rows]

    def search(self, query: str, *, agency=None, date_from=None, date_to=None, actor=None, root=None,
               limit: int = 20, offset: int = 0) -> tuple[int, list[dict]]:
        """Ranked matches. Two steps on purpose: rank ids alone (the sorter then carries two small
        columns, not every matching article's text), then fetch the page's articles."""
        parsed = parse(query)
        w = article_where(agency=agency, date_from=date_from, date_to=date_to, actor=actor, root=root)
        if parsed.empty:
            return 0, []
        terms = parsed.terms()
        source = self.fts.join if w.conds else self.fts.table  # join articles only to filter
        w.add(self.fts.where, **self.fts.params(parsed))
        base = f"FROM {source}{w.sql()}"
        with self._read() as conn:
            total = conn.execute(text("SELECT count(*) " + base), w.params).scalar_one()
            ranked = conn.execute(text(f"SELECT {self.fts.key} AS k, {self.fts.score} AS score {base} "
                                       f"ORDER BY score DESC, {self.fts.key} LIMIT :limit OFFSET :offset"),
                                  {**w.params, **_page(limit, offset)}).all()
            rows = {}
            if ranked:
                stmt = text(f"SELECT {_LIST_COLS}, a.text, {self.fts.article_key} AS k FROM articles a "
                            f"WHERE {self.fts.article_key} IN :keys").bindparams(bindparam("keys", expanding=True))
                rows = {r["k"]: r for r in conn.execute(stmt, {"keys": [r.k for r in ranked]}).mappings()}
        items = []
        for rid, score in ranked:
            r = rows[rid]
            item = {k: r[k] for k in ("id", "title", "agency", "section", "published", "lead", "n_events")}
            item["snippet_html"] = snippet_html(r["text"] or "", terms)
            item["score"] = float(score)
            items.append(item)
        return total, items

    def events(self, *, actor=None, source=None, target=None, root=None, code=None, date_from=None, date_to=None,
               article_id=None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
        w = event_where(actor=actor, source=source, target=target, root=root, code=code, date_from=date_from,
                        date_to=date_to, article_id=article_id)
        with self._read() as conn:
            total = conn.execute(text("SELECT count(*) FROM events e" + w.sql()), w.params).scalar_one()
            rows = conn.execute(text(f"SELECT {_EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id{w.sql()} "
                                     "ORDER BY e.published DESC NULLS LAST, e.article_id, e.idx LIMIT :limit OFFSET :offset"),
                                {**w.params, **_page(limit, offset)}).all()
        return total, [_event_dict(r) for r in rows]

    def event_counts(self, *, by: str = "day", actor=None, root=None, date_from=None, date_to=None) -> list[dict]:
        if by not in ("day", "week"):
            from ..errors import InputError
            raise InputError(f"by must be 'day' or 'week', not {by!r}")
        w = event_where(actor=actor, root=root, date_from=date_from, date_to=date_to)
        w.add("e.pub_date IS NOT NULL")
        with self._read() as conn:
            rows = conn.execute(text(f"SELECT e.pub_date AS day, e.root AS root, count(*) AS n FROM events e{w.sql()} "
                                     "GROUP BY e.pub_date, e.root"), w.params).all()
        counts: dict[tuple[str, str], int] = {}
        for day, root_, n in rows:
            period = monday(day) if by == "week" else day
            counts[(period, root_)] = counts.get((period, root_), 0) + n
        return [{"period": p, "root": r, "count": n} for (p, r), n in sorted(counts.items())]

    def actor_pairs(self, *, actor=None, root=None, date_from=None, date_to=None, limit: int = 100) -> list[dict]:
        w = event_where(actor=actor, root=root, date_from=date_from, date_to=date_to)
        w.add("e.source IS NOT NULL AND e.target IS NOT NULL")
        with self._read() as conn:
            rows = conn.execute(text(f"SELECT e.source, e.target, count(*) AS n FROM events e{w.sql()} "
                                     "GROUP BY e.source, e.target ORDER BY n DESC, e.source, e.target LIMIT :limit"),
                                {**w.params, "limit": _page(limit, 0)["limit"]}).all()
        return [{"source": s, "target": tg, "count": n} for s, tg, n in rows]

    def actor(self, code: str) -> dict | None:
        code = check_code(code, "code")
        if not code:
            return None
        p = {"like": like_prefix(code)}
        cond = "(e.source LIKE :like OR e.target LIKE :like)"
        with self._read() as conn:
            n_events = conn.execute(text(f"SELECT count(*) FROM events e WHERE {cond}"), p).scalar_one()
            n_articles = conn.execute(text(
                "SELECT count(*) FROM articles a WHERE a.id IN (SELECT article_id FROM events WHERE source LIKE :like) "
                "OR a.id IN (SELECT article_id FROM events WHERE target LIKE :like) "
                "OR a.id IN (SELECT article_id FROM entities WHERE code LIKE :like)"), p).scalar_one()
            if not n_articles:
                return None
            names = conn.execute(text(
                "SELECT name, count(*) AS n FROM ("
                "SELECT e.source_text AS name FROM events e WHERE e.source LIKE :like "
                "UNION ALL SELECT e.target_text FROM events e WHERE e.target LIKE :like "
                "UNION ALL SELECT n.text FROM entities n WHERE n.code LIKE :like "
                "UNION ALL SELECT n.canonical FROM entities n WHERE n.code LIKE :like) x "
                "WHERE name IS NOT NULL GROUP BY name ORDER BY n DESC, name LIMIT 50"), p).all()
            partners = conn.execute(text(
                "SELECT partner, count(*) AS n FROM ("
                "SELECT e.target AS partner FROM events e WHERE e.source LIKE :like "
                "UNION ALL SELECT e.source FROM events e WHERE e.target LIKE :like) x "
                "WHERE partner IS NOT NULL GROUP BY partner ORDER BY n DESC, partner LIMIT 20"), p).all()
        return {"code": code, "names": [n for n, _ in names], "n_events": n_events, "n_articles": n_articles,
                "timeline": self.event_counts(by="week", actor=code),
                "partners": [{"code": c, "count": n} for c, n in partners]}

    def stats(self) -> dict:
        with self._read() as conn:
            one = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
            out = {"articles": one("SELECT count(*) FROM articles"), "events": one("SELECT count(*) FROM events"),
                   "entities": one("SELECT count(*) FROM entities"), "quotes": one("SELECT count(*) FROM quotes"),
                   "rejected": one("SELECT count(*) FROM rejected")}
            out["agencies"] = {a or "": n for a, n in conn.execute(text(
                "SELECT agency, count(*) FROM articles GROUP BY agency ORDER BY count(*) DESC, agency")).all()}
            out["roots"] = {r: n for r, n in conn.execute(text(
                "SELECT root, count(*) FROM events GROUP BY root ORDER BY root")).all()}
            first, last = conn.execute(text("SELECT min(pub_date), max(pub_date) FROM articles")).one()
        out["first"], out["last"] = first, last
        return out

    # -- streaming, for export -------------------------------------------------------------------
    def _keyset(self, sql: str, params: dict, key: str, chunk: int = 500) -> Iterator[Any]:
        last = None
        while True:
            cond = "" if last is None else f" AND {key} > :last"
            with self._read() as conn:
                rows = conn.execute(text(sql.format(cond=cond)), {**params, "last": last, "n": chunk}).all()
            yield from rows
            if len(rows) < chunk:
                return
            last = getattr(rows[-1], key.split(".")[-1])

    def iter_records(self, *, include_rejected: bool = False) -> Iterator[dict]:
        """Every stored record (CONTRACT shape), by id; error records of rejected pages if asked."""
        for row in self._keyset("SELECT a.id, a.record FROM articles a WHERE 1=1{cond} ORDER BY a.id LIMIT :n",
                                {}, "a.id"):
            yield json.loads(row.record)
        if include_rejected:
            for row in self._keyset("SELECT r.id, r.record FROM rejected r WHERE 1=1{cond} ORDER BY r.id LIMIT :n",
                                    {}, "r.id"):
                yield json.loads(row.record)

    def iter_events(self, *, include_negated: bool = True) -> Iterator[dict]:
        """Every event with its article's context (for exports), in storage order."""
        cond = "" if include_negated else " AND e.negated = :f"
        sql = ("SELECT e.id, e.idx, " + _EVENT_COLS + ", a.agency, a.source_url, a.source_path, a.ingested_at, "
               "a.lead, a.text AS article_text FROM events e JOIN articles a ON a.id = e.article_id "
               "WHERE 1=1" + cond + "{cond} ORDER BY e.id LIMIT :n")
        for row in self._keyset(sql, {"f": False}, "e.id"):
            item = _event_dict(row)
            m = row._mapping
            item.update({"event_id": m["id"], "idx": m["idx"], "agency": m["agency"], "url": m["source_url"],
                         "path": m["source_path"], "ingested_at": m["ingested_at"], "lead": m["lead"],
                         "article_text": m["article_text"]})
            yield item

    def entity_names(self, article_ids: list[str]) -> dict[tuple[str, str], str]:
        """(article_id, code) -> the canonical (else surface) name of that actor in that article."""
        from sqlalchemy import bindparam
        if not article_ids:
            return {}
        stmt = text("SELECT article_id, code, canonical, text FROM entities WHERE code IS NOT NULL "
                    "AND article_id IN :ids ORDER BY article_id, idx").bindparams(bindparam("ids", expanding=True))
        out: dict[tuple[str, str], str] = {}
        with self._read() as conn:
            for aid, code, canonical, surface in conn.execute(stmt, {"ids": list(article_ids)}):
                out.setdefault((aid, code), canonical or surface)
        return out
