"""Exports on both backends: JSONL records, CSV/Parquet tables, GDELT events TSV, PLOVER JSON."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from rasad.export import export
from rasad.export.codes import goldstein, plover_type, quad_class, split_actor
from rasad.export.gdelt import COLUMNS, event_id
from test_store_fixtures import corpus, pg_url, store, store_url  # noqa: F401


@pytest.fixture
def full(store):
    store.ingest(corpus())
    return store


def test_jsonl_is_the_stored_records(full, tmp_path):
    out = tmp_path / "r.jsonl"
    assert export(full, "jsonl", str(out)) == 5
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {d.id: d.to_dict() for d in corpus()}
    assert sorted(r["id"] for r in recs) == sorted(by_id)
    assert all(r == by_id[r["id"]] for r in recs)


def test_csv_articles_and_events(full, tmp_path):
    out = tmp_path / "a.csv"
    assert export(full, "csv", str(out)) == 5
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0])[:3] == ["id", "agency", "title"]
    lavrov = next(r for r in rows if r["title"].startswith("دیدار"))
    assert lavrov["actor_codes"] == "IRNGOV; RUS; RUSGOV" and lavrov["n_events"] == "2"
    assert export(full, "csv", str(out), table="events") == 6
    evs = list(csv.DictReader(out.open(encoding="utf-8")))
    threat = next(r for r in evs if r["cameo"] == "138")
    assert (threat["source"], threat["target"], threat["quad_class"], threat["goldstein"]) == ("IRNMIL", "ISR", "3", "-7.0")


def test_parquet_is_readable_by_pyarrow(full, tmp_path):
    import pyarrow.parquet as pq
    out = tmp_path / "a.parquet"
    assert export(full, "parquet", str(out)) == 5
    table = pq.read_table(out)
    assert table.num_rows == 5 and "actor_codes" in table.column_names
    assert sorted(table.column("agency").to_pylist()) == ["irna", "irna", "isna", "mehr", "tasnim"]
    assert export(full, "parquet", str(out), table="events") == 6
    ev = pq.read_table(out).to_pylist()
    assert {e["cameo"] for e in ev} == {"042", "036", "138", "141", "173", "112"}
    assert [e["negated"] for e in ev if e["cameo"] == "173"] == [True]


def test_events_tsv_has_the_gdelt_columns(full, tmp_path):
    out = tmp_path / "e.tsv"
    assert export(full, "events-tsv", str(out)) == 5                 # the negated arrest is left out
    lines = out.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == COLUMNS and len(header) == 61 and header[0] == "GLOBALEVENTID" and header[-1] == "SOURCEURL"
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert all(len(line.split("\t")) == 61 for line in lines)
    visit = next(r for r in rows if r["EventCode"] == "042")
    lavrov = corpus()[0]
    assert visit["GLOBALEVENTID"] == str(event_id(lavrov.id, 0))
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == ("20261120", "202611", "2026")
    assert visit["FractionDate"] == f"{2026 + 324 / 365:.4f}"
    assert (visit["Actor1Code"], visit["Actor1Name"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == (
        "RUSGOV", "SERGEY LAVROV", "RUS", "GOV")
    assert (visit["Actor2Code"], visit["Actor2CountryCode"]) == ("IRNGOV", "IRN")
    assert (visit["EventBaseCode"], visit["EventRootCode"], visit["QuadClass"], visit["GoldsteinScale"]) == (
        "042", "04", "1", "1.9")
    assert visit["IsRootEvent"] == "1" and visit["SOURCEURL"] == "https://www.irna.ir/news/1"
    assert len(visit["DATEADDED"]) == 14 and visit["DATEADDED"].isdigit()
    assert next(r for r in rows if r["EventCode"] == "036")["IsRootEvent"] == "0"
    assert not any(r["EventCode"] == "173" for r in rows)
    export(full, "events-tsv", str(out), header=False)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_plover_json_fields(full, tmp_path):
    out = tmp_path / "p.jsonl"
    assert export(full, "plover", str(out)) == 6
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for rec in recs:
        for key in ("id", "has_event", "date", "actor", "recipient", "event", "event_text", "quad_code",
                    "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder",
                    "coded_date", "coded_time"):
            assert key in rec
    visit = next(r for r in recs if r["cameo"] == "042")
    assert visit["event"] == ["CONSULT"] and visit["quad_code"] == 1 and visit["event_scale"] == 2.5
    assert visit["date"] == "2026-11-20" and visit["event_text"] == ["دیدار کرد"]
    assert visit["actor"][0] | {} == {"code": "RUS", "sector": "GOV", "entity_text": "لاوروف",
                                      "entity_name": "Sergey Lavrov", "cameo_code": "RUSGOV"}
    assert visit["recipient"][0]["code"] == "IRN"
    assert visit["cite_info"]["language"] == "fa" and visit["cite_info"]["publication"] == "irna"
    arrest = next(r for r in recs if r["cameo"] == "173")
    assert arrest["has_event"] is False and arrest["event"] == ["COERCE"]


def test_code_tables():
    assert [quad_class(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert goldstein("0214") == 3.4 and goldstein("1823") == -10.0 and goldstein("0999") == -2.0
    assert plover_type("010") is None and plover_type("081") == "CONCEDE" and plover_type("087") == "RETREAT"
    assert split_actor("IGOUNO")["KnownGroupCode"] == "UNO"
    assert split_actor("IRNGOVLEG")["Type2Code"] == "LEG"


def test_cli_export_to_file_and_stdout(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    from rasad.store import open_store
    with open_store(db) as s:
        s.ingest(corpus())
    run = lambda *a: subprocess.run([sys.executable, "-m", "rasad.cli", "export", *a, "--db", db],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    out = run("--format", "jsonl", "-o", "-")
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 5
    out = run("--format", "parquet", "--table", "events", "-o", str(tmp_path / "e.parquet"))
    assert out.returncode == 0 and "exported 6 rows" in out.stderr
    assert run("--format", "parquet", "-o", "-").returncode == 2
    assert run("--format", "csv", "--table", "nope", "-o", str(tmp_path / "a.csv")).returncode == 2
