"""Walk paths and stdin; open .gz; hand WARC files to `warc.py`."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document, Source

#: Pages above this size are rejected with `too_large` (a news article is well under 5 MB).
MAX_PAGE_BYTES = 20 * 1024 * 1024

PAGE_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".text", ""}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


def _kind_from_name(name: str) -> str | None:
    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    if low.endswith(".warc"):
        return "warc"
    if low.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if low.endswith(".txt"):
        return "text"
    return None


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith("."):
                yield child
    else:
        yield path


def _read_limited(fh, limit: int) -> tuple[bytes, bool]:
    data = fh.read(limit + 1)
    return data[:limit], len(data) > limit


def _error_doc(path: str, code: str, message: str, raw: bytes = b"") -> Document:
    doc = Document(raw=raw or path.encode("utf-8", "surrogateescape"), source=Source(path=path))
    return doc.fail(code, message)


def iter_documents(paths: Iterable[str] | None) -> Iterator[Document]:
    """One Document per page found under `paths` ("-" or nothing: stdin)."""
    paths = list(paths or [])
    if not paths or paths == ["-"]:
        raw, too_big = _read_limited(sys.stdin.buffer, MAX_PAGE_BYTES)
        doc = Document(raw=raw, source=Source(path=None))
        if too_big:
            doc.fail("too_large", f"input is larger than {MAX_PAGE_BYTES} bytes")
        elif raw[:2] == b"\x1f\x8b":
            yield from _documents_from_bytes(raw, None)
            return
        yield doc
        return
    for p in paths:
        if p == "-":
            yield from iter_documents(["-"])
            continue
        root = Path(p)
        if not root.exists():
            yield _error_doc(p, "unreadable", f"no such file or folder: {p}")
            continue
        for file in _walk(root):
            yield from _documents_from_file(file)


def _documents_from_file(file: Path) -> Iterator[Document]:
    from .warc import iter_warc, looks_like_warc
    spath = str(file)
    kind = _kind_from_name(file.name)
    try:
        size = file.stat().st_size
        with open(file, "rb") as fh:
            head = fh.read(8)
        gz = head[:2] == b"\x1f\x8b"
        if kind == "warc" or (gz and file.name.lower().endswith(WARC_SUFFIXES)):
            yield from iter_warc(spath)
            return
        if gz:
            with gzip.open(file, "rb") as fh:
                try:
                    start = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
                except (OSError, EOFError):
                    start = b""
            if looks_like_warc(start):
                yield from iter_warc(spath)
                return
            with gzip.open(file, "rb") as fh:
                raw, too_big = _read_limited(fh, MAX_PAGE_BYTES)
        else:
            if looks_like_warc(head):
                yield from iter_warc(spath)
                return
            if size > MAX_PAGE_BYTES:
                yield _error_doc(spath, "too_large", f"{size} bytes is over the limit of {MAX_PAGE_BYTES}")
                return
            raw, too_big = file.read_bytes(), False
    except (OSError, EOFError) as exc:
        yield _error_doc(spath, "unreadable", f"{type(exc).__name__}: {exc}")
        return
    doc = Document(raw=raw, source=Source(path=spath, kind=kind if kind in ("text", "html") else None))
    if too_big:
        doc.fail("too_large", f"decompressed page is over the limit of {MAX_PAGE_BYTES} bytes")
    yield doc


def _documents_from_bytes(raw: bytes, path: str | None) -> Iterator[Document]:
    """stdin that turned out to be gzip: decompress (bounded) and treat as one page."""
    import io
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as fh:
            data, too_big = _read_limited(fh, MAX_PAGE_BYTES)
    except (OSError, EOFError) as exc:
        yield _error_doc(path or "-", "decode_error", f"bad gzip data: {exc}", raw)
        return
    doc = Document(raw=data, source=Source(path=path))
    if too_big:
        doc.fail("too_large", "decompressed input is over the size limit")
    yield doc
