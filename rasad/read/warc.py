"""WARC / WARC.gz input with FastWARC: one Document per HTML response, constant memory."""
from __future__ import annotations

from typing import Iterator

from ..document import Document, Source


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def iter_warc(path: str) -> Iterator[Document]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    from fastwarc.stream_io import FileStream, GZipStream
    from .files import MAX_PAGE_BYTES
    n = 0
    try:
        with open(path, "rb") as fh:
            gz = fh.read(2) == b"\x1f\x8b"
        stream = FileStream(path, "rb")
        if gz:
            stream = GZipStream(stream)
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            ctype = (record.http_headers.get("Content-Type") or "").lower() if record.http_headers else ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            n += 1
            url = record.headers.get("WARC-Target-URI")
            rid = record.headers.get("WARC-Record-ID")
            body = record.reader.read(MAX_PAGE_BYTES + 1)
            doc = Document(raw=body[:MAX_PAGE_BYTES], source=Source(path=path, url=url, kind="warc", warc_record_id=rid))
            if len(body) > MAX_PAGE_BYTES:
                doc.fail("too_large", f"response body is over {MAX_PAGE_BYTES} bytes")
            elif ctype:
                m = ctype.split("charset=", 1)
                if len(m) == 2:
                    doc.encoding = m[1].split(";")[0].strip() or None
            yield doc
    except Exception as exc:  # FastWARC raises plain exceptions on truncated streams
        doc = Document(raw=f"{path}#{n}".encode("utf-8", "surrogateescape"), source=Source(path=path, kind="warc"))
        yield doc.fail("malformed_warc", f"WARC stopped after {n} pages: {type(exc).__name__}: {exc}")
