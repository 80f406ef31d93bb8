"""WARC input: one record per HTML response, ids and URLs kept, truncation ends with malformed_warc."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

import rasad  # noqa: E402
from rasad.read import iter_documents  # noqa: E402

FIX = Path(__file__).parent / "fixtures" / "extract"
PAGES = [("https://www.tasnimnews.com/fa/news/1405/09/08/1", FIX / "tasnim_page.html"),
         ("https://www.irna.ir/news/85012345/", FIX / "irna_page.html"),
         ("https://www.isna.ir/news/1405090812345/", FIX / "isna_page_nozwnj.html")]


def write_warc(path: Path, gz: bool, extra: bool = True, repeat: int = 1) -> list[str]:
    """A WARC like CC-NEWS: warcinfo, request/response pairs, a non-HTML response. Returns record ids."""
    ids = []
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "rasad tests"}))
        for _ in range(repeat):
            for url, page in PAGES:
                req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
                w.write_record(req)
                hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                rec = w.create_warc_record(url, "response", payload=io.BytesIO(page.read_bytes()), http_headers=hdr)
                ids.append(rec.rec_headers.get_header("WARC-Record-ID"))
                w.write_record(rec)
                if extra:
                    img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                    w.write_record(w.create_warc_record(url + ".jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff" * 50),
                                                        http_headers=img))
                    moved = StatusAndHeaders("301 Moved", [("Location", url), ("Content-Type", "text/html")], protocol="HTTP/1.1")
                    w.write_record(w.create_warc_record(url + "?amp", "response", payload=io.BytesIO(b""), http_headers=moved))
    return ids


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_one_record_per_html_response_with_url_and_id(tmp_path, gz):
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    ids = write_warc(path, gz)
    docs = list(iter_documents([str(path)]))
    assert [d.source.url for d in docs] == [u for u, _ in PAGES]
    assert [d.source.warc_record_id for d in docs] == ids
    assert all(d.source.kind == "warc" and d.error is None for d in docs)
    out = [rasad.pipeline.get_pipeline(analyze=False)(d) for d in docs]
    assert [d.agency for d in out] == ["tasnim", "irna", "isna"]
    assert all(d.error is None and d.body for d in out)


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("frac", [0.35, 0.6, 0.8, 0.97])
def test_truncated_warc_gives_good_pages_then_malformed_warc(tmp_path, gz, frac):
    full = tmp_path / ("full.warc.gz" if gz else "full.warc")
    write_warc(full, gz, extra=False)
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * frac)])
    docs = list(iter_documents([str(cut)]))
    assert docs, "a truncated WARC still yields a record"
    good, last = docs[:-1], docs[-1]
    assert last.error is not None and last.error.code == "malformed_warc"
    assert all(d.error is None for d in good)
    assert [d.source.url for d in good] == [u for u, _ in PAGES][: len(good)]


def test_cli_on_truncated_warc_exits_3_after_the_good_pages(tmp_path):
    full = tmp_path / "full.warc.gz"
    write_warc(full, True, extra=False)
    data = full.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    full.unlink()
    out = subprocess.run([sys.executable, "-m", "rasad.cli", "process", str(tmp_path / "cut.warc.gz")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 3
    recs = [json.loads(l) for l in out.stdout.splitlines()]
    assert recs[-1]["error"]["code"] == "malformed_warc"
    assert all("error" not in r for r in recs[:-1]) and len(recs) >= 2


def test_garbage_after_warc_magic_is_malformed(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n" + bytes(range(256)) * 20)
    docs = list(iter_documents([str(bad)]))
    assert len(docs) == 1 and docs[0].error.code == "malformed_warc"


@pytest.mark.parametrize("cut", [None, 30_000], ids=["whole", "cut-in-image"])
def test_big_non_html_records_are_skipped_and_still_checked(tmp_path, cut):
    """Images are skipped after their HTTP head; a page whose head is over 16 KB is still a page;
    an image cut short still ends the file with malformed_warc."""
    path = tmp_path / "m.warc"
    page = PAGES[0][1].read_bytes()
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=False)
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://x.ir/a.jpg", "response", payload=io.BytesIO(b"\xff\xd8" * 60_000),
                                            http_headers=img))
        big = StatusAndHeaders("200 OK", [("Set-Cookie", "a=" + "x" * 20_000), ("Content-Type", "text/html")],
                               protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(PAGES[0][0], "response", payload=io.BytesIO(page), http_headers=big))
        w.write_record(w.create_warc_record("https://x.ir/b.jpg", "response", payload=io.BytesIO(b"\xff\xd8" * 60_000),
                                            http_headers=img))
    if cut:
        data = path.read_bytes()
        path.write_bytes(data[:len(data) - cut])
    docs = list(iter_documents([str(path)]))
    assert docs[0].source.url == PAGES[0][0] and docs[0].error is None and docs[0].raw == page
    if cut:
        assert len(docs) == 2 and docs[1].error.code == "malformed_warc"
    else:
        assert len(docs) == 1
