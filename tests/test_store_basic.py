"""The store on both backends: migrations, idempotent ingest, records, filters, aggregates."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

import rasad
from rasad.errors import InputError
from rasad.store import open_store, resolve_url
from test_store_fixtures import corpus, make_doc, pg_url, store, store_url, write_pages  # noqa: F401


def test_open_migrates_to_head_and_reopens(store_url):
    with open_store(store_url) as s:
        with s.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0005"
    with open_store(store_url) as s:  # a second open is a no-op migration
        assert s.stats()["articles"] == 0


def test_urls_default_env_and_postgres_rewrite(monkeypatch):
    monkeypatch.delenv("RASAD_DB", raising=False)
    assert resolve_url(None) == "sqlite:///rasad.db"
    monkeypatch.setenv("RASAD_DB", "sqlite:////tmp/x.db")
    assert resolve_url(None) == "sqlite:////tmp/x.db"
    assert resolve_url("postgresql://u@h:5432/d") == "postgresql+psycopg://u@h:5432/d"
    from rasad.errors import ConfigError
    with pytest.raises(ConfigError):
        resolve_url("mysql://u@h/d")
    with pytest.raises(ConfigError):
        resolve_url("not a url")


def test_ingest_is_idempotent_and_keeps_every_child(store):
    docs = corpus()
    first = store.ingest(docs)
    assert (first.pages, first.stored, first.duplicates, first.rejected) == (5, 5, 0, {})
    again = store.ingest(corpus() + corpus()[:2])
    assert (again.pages, again.stored, again.duplicates) == (7, 0, 7)
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["entities"], stats["quotes"]) == (5, 6, 10, 1)
    assert stats["agencies"] == {"irna": 2, "isna": 1, "mehr": 1, "tasnim": 1}
    assert stats["roots"] == {"04": 1, "03": 1, "13": 1, "14": 1, "17": 1, "11": 1}
    assert (stats["first"], stats["last"]) == ("2026-11-20", "2026-11-25")


def test_get_article_returns_the_contract_record(store):
    doc = corpus()[0]
    store.ingest([doc])
    rec = store.get_article(doc.id)
    ingested_at = rec.pop("ingested_at")
    assert rec == doc.to_dict()
    assert ingested_at.endswith("+00:00")
    assert store.get_article("0" * 64) is None


def test_duplicates_inside_one_batch_are_stored_once(store):
    doc = corpus()[1]
    twin = make_doc(doc.title, [doc.lead, *doc.body], agency="tasnim", published="2026-11-22")
    assert twin.id == doc.id
    summary = store.ingest([doc, twin], batch_size=10)
    assert (summary.stored, summary.duplicates) == (1, 1)


def test_rejected_pages_are_kept_with_their_reason(store):
    bad = rasad.process(b"")
    summary = store.ingest([bad, corpus()[0]])
    assert summary.rejected == {"empty_input": 1} and summary.stored == 1
    assert store.stats()["rejected"] == 1
    recs = list(store.iter_records(include_rejected=True))
    assert [r.get("error", {}).get("code") for r in recs] == [None, "empty_input"]
    again = store.ingest([bad])  # still rejected on a re-run, still one row
    assert again.rejected == {"empty_input": 1} and store.stats()["rejected"] == 1


def test_raw_pages_run_through_the_pipeline(store, tmp_path):
    write_pages(tmp_path, 2)
    from rasad.read import iter_documents
    summary = store.ingest(iter_documents([str(tmp_path)]))
    assert summary.stored == 2
    items = store.list_articles()[1]
    assert sorted(i["title"] for i in items) == [rasad.normalize(f"خبر شماره {i} درباره نشست ژنو") for i in (0, 1)]
    rec = store.get_article(items[0]["id"])
    assert rec["text"] and rec["source"]["path"].endswith(".txt")
    assert store.stats()["entities"] == 2 * len(rec["entities"])


def test_a_failing_batch_stores_nothing_of_it(store):
    good, broken = corpus()[0], corpus()[1]
    broken.events[0].cameo = None  # NOT NULL violation in the middle of the batch
    with pytest.raises(Exception):
        store.ingest([good, broken], batch_size=10)
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["entities"]) == (0, 0, 0)
    assert store.search("لاوروف") == (0, [])


def test_list_articles_filters_and_order(store):
    store.ingest(corpus())
    total, items = store.list_articles()
    assert total == 5
    assert [i["published"][:10] if i["published"] else None for i in items] == [
        "2026-11-25", "2026-11-24", "2026-11-22", "2026-11-20", None]
    assert set(items[0]) == {"id", "title", "agency", "section", "published", "lead", "n_events"}
    assert store.list_articles(agency="irna")[0] == 2
    assert store.list_articles(date_from="2026-11-22", date_to="2026-11-24")[0] == 2
    assert store.list_articles(actor="RUS")[0] == 2          # RUSGOV events and the RUS entity
    assert store.list_articles(actor="IGOUNO")[0] == 1        # entity code only
    assert store.list_articles(root="4")[0] == 1
    assert store.list_articles(root="17", actor="IRNCOP")[0] == 1
    total, page = store.list_articles(limit=2, offset=4)
    assert total == 5 and len(page) == 1


@pytest.mark.parametrize("kwargs", [{"date_from": "1403/08/20"}, {"root": "99"}, {"actor": "RUS%"},
                                    {"actor": "' OR 1=1 --"}])
def test_bad_filters_are_input_errors(store, kwargs):
    with pytest.raises(InputError):
        store.list_articles(**kwargs)


def test_events_counts_pairs_and_actor(store):
    store.ingest(corpus())
    total, evs = store.events(actor="RUS")
    assert total == 3
    assert {e["cameo"] for e in evs} == {"042", "036", "112"}
    ev = next(e for e in evs if e["cameo"] == "042")
    assert ev["title"] == "دیدار لاوروف و عراقچی در مسکو" and ev["source_text"] == "لاوروف"
    assert ev["published"] == "2026-11-20T10:30+03:30" and ev["negated"] is False
    assert store.events(source="IRNCOP")[1][0]["negated"] is True
    assert store.events(target="IRNGOV", code="042")[0] == 1
    assert store.events(date_from="2026-11-24")[0] == 3
    assert store.events(article_id=corpus()[0].id)[0] == 2
    assert store.event_counts(by="day", actor="RUS") == [
        {"period": "2026-11-20", "root": "03", "count": 1}, {"period": "2026-11-20", "root": "04", "count": 1},
        {"period": "2026-11-25", "root": "11", "count": 1}]
    weeks = store.event_counts(by="week")
    assert {w["period"] for w in weeks} == {"2026-11-16", "2026-11-23"}  # Mondays
    assert sum(w["count"] for w in weeks) == 6
    assert store.actor_pairs()[0] == {"source": "RUSGOV", "target": "IRNGOV", "count": 2}
    assert store.actor_pairs(root="14") == [{"source": "IRNLAB", "target": "IRNGOV", "count": 1}]
    actor = store.actor("RUSGOV")
    assert actor["n_events"] == 2 and actor["n_articles"] == 1
    assert "لاوروف" in actor["names"] and "Sergey Lavrov" in actor["names"]
    assert actor["partners"] == [{"code": "IRNGOV", "count": 2}]
    assert actor["timeline"] == [{"period": "2026-11-16", "root": "03", "count": 1},
                                 {"period": "2026-11-16", "root": "04", "count": 1}]
    assert store.actor("CHN") is None


def test_a_page_rejected_before_is_stored_once_it_passes(store):
    bad = corpus()[0].fail("not_article", "too little text")
    assert store.ingest([bad]).rejected == {"not_article": 1}
    good = corpus()[0]
    assert good.id == bad.id
    assert store.ingest([good]).stored == 1
    stats = store.stats()
    assert (stats["articles"], stats["rejected"]) == (1, 0)


def test_concurrent_ingests_of_the_same_pages_store_each_once(store_url):
    import threading
    docs = corpus()
    results = []

    def run():
        with open_store(store_url) as s:
            results.append(s.ingest(corpus(), batch_size=2))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sum(r.stored for r in results) == len(docs)
    assert sum(r.duplicates for r in results) == 2 * len(docs)
    with open_store(store_url) as s:
        assert s.stats()["events"] == 6


def test_parallel_opens_of_a_new_database_migrate_once(tmp_path):
    import threading
    url = f"sqlite:///{tmp_path / 'new.db'}"
    errors = []

    def run():
        try:
            with open_store(url) as s:
                s.stats()
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with open_store(url) as s, s.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1


def test_migration_0003_keeps_the_search_index_of_existing_rows(tmp_path):
    """A database made by revision 0002 (FTS5 with article_id) is searchable after the upgrade."""
    from alembic import command
    from alembic.config import Config
    from rasad.store.migrate import MIGRATIONS, make_engine
    from rasad.store.search import index_fields
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    doc = corpus()[0]
    rec = doc.to_dict()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(text("INSERT INTO articles (id, text, record, n_entities, n_quotes, n_events, ingested_at, "
                          "title) VALUES (:id, :text, :record, 0, 0, 0, 'now', :title)"),
                     {"id": doc.id, "text": doc.text, "record": json.dumps(rec), "title": doc.title})
        conn.execute(text("INSERT INTO search_index (article_id, title, body, extra) VALUES (:a, :title, :body, :extra)"),
                     {"a": doc.id, **index_fields(rec)})
    engine.dispose()
    with open_store(url) as s:
        (item,) = s.search("سرویس های امنیتی")[1]
        assert item["id"] == doc.id
        s.ingest([corpus()[3]])
        assert s.search("سرویس های امنیتی")[0] == 2
