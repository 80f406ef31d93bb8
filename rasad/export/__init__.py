"""Export: stored records and events in the ecosystem's formats.

jsonl (CONTRACT records), csv / parquet (articles or events tables), events-tsv (GDELT 2.0 event
table), plover (PLOVER JSON events, one per line). Mappings are documented in docs/store.md.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

FORMATS = ("jsonl", "csv", "parquet", "events-tsv", "plover")


@contextmanager
def _text_out(path: str):
    """stdout for "-", else a temporary file renamed into place: no half-written export on a crash."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(store, out, *, include_rejected: bool = False) -> int:
    n = 0
    for rec in store.iter_records(include_rejected=include_rejected):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def export(store, fmt: str, output: str, *, table: str = "articles", include_rejected: bool = False,
           header: bool = True) -> int:
    """Write `fmt` to `output` ("-" = stdout for text formats); returns the number of rows/records."""
    from ..errors import InputError
    from . import gdelt, plover, tables
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if output == "-":
            raise InputError("parquet is binary: give a file with -o")
        tmp = f"{output}.part"
        n = tables.write_parquet(store, tmp, table)
        os.replace(tmp, output)
        return n
    with _text_out(output) as out:
        if fmt == "jsonl":
            return write_jsonl(store, out, include_rejected=include_rejected)
        if fmt == "csv":
            return tables.write_csv(store, out, table)
        if fmt == "events-tsv":
            return gdelt.write(store, out, header=header)
        return plover.write(store, out)


__all__ = ["export", "FORMATS", "write_jsonl"]
