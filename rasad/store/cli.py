"""CLI commands of the store: `rasad ingest`, `rasad search`, `rasad export`.

Exit codes follow rasad/cli.py: 0 ok, 3 some pages rejected, 2 bad usage (InputError/ConfigError),
1 database or internal error (StoreError). Progress and summaries go to stderr; `search` prints
its table on stdout (it is the command's output).
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

DB_HELP = "database URL (default: $RASAD_DB, else sqlite:///rasad.db); postgresql://... selects PostgreSQL"
FORMATS = ("jsonl", "csv", "parquet", "events-tsv", "plover")


def _console():
    from rich.console import Console
    return Console(stderr=True)


def print_summary(summary, console) -> None:
    """The end-of-ingest summary (stderr)."""
    console.print(f"pages {summary.pages}, stored {summary.stored}, duplicates {summary.duplicates}, "
                  f"rejected {summary.n_rejected}")
    for code, n in sorted(summary.rejected.items(), key=lambda kv: (-kv[1], kv[0])):
        console.print(f"  rejected {code}: {n}")


def ingest(
    paths: List[str] = typer.Argument(..., help="files or folders (.txt, .html, .warc[.gz], .gz), or - for stdin"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="pages per transaction"),
    no_progress: bool = typer.Option(False, "--no-progress", help="no progress line on stderr"),
) -> None:
    """Process pages and store them; safe to re-run and to kill at any moment."""
    from ..cli import EXIT_OK, EXIT_REJECTED
    from ..read import iter_documents
    from . import open_store
    console = _console()
    with open_store(db) as store:
        summary = store.ingest(iter_documents(paths), batch_size=batch_size,
                               progress=not no_progress and console.is_terminal)
    print_summary(summary, console)
    raise typer.Exit(EXIT_REJECTED if summary.n_rejected else EXIT_OK)


def search(
    query: str = typer.Argument(..., help='words to find, all required; "a phrase", a OR b, -excluded (Persian spelling variants fold together)'),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    agency: Optional[str] = typer.Option(None, "--agency", help="agency slug, e.g. irna"),
    date_from: Optional[str] = typer.Option(None, "--from", help="published on or after YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to", help="published on or before YYYY-MM-DD"),
    actor: Optional[str] = typer.Option(None, "--actor", help="CAMEO actor code prefix, e.g. RUS or IRNGOV"),
    root: Optional[str] = typer.Option(None, "--root", help="CAMEO root code 01..20"),
    limit: int = typer.Option(20, "--limit", min=1, max=1000, help="rows to show"),
) -> None:
    """Full-text search over stored articles, best first."""
    import re
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    from . import open_store
    with open_store(db) as store:
        total, items = store.search(query, agency=agency, date_from=date_from, date_to=date_to,
                                    actor=actor, root=root, limit=limit)
    table = Table(title=f"{total} articles", show_lines=True)
    for col in ("title", "agency", "date", "snippet"):
        table.add_column(col, overflow="fold")
    for it in items:
        snippet = Text()
        for i, piece in enumerate(re.split(r"</?mark>", it["snippet_html"])):
            snippet.append(_unescape(piece), style="bold reverse" if i % 2 else "")
        table.add_row(it["title"] or "", it["agency"] or "", (it["published"] or "")[:10], snippet)
    Console().print(table)


def _unescape(s: str) -> str:
    import html
    return html.unescape(s)


def export(
    fmt: str = typer.Option(..., "--format", "-f", help="jsonl | csv | parquet | events-tsv | plover"),
    output: str = typer.Option(..., "-o", "--output", help="file to write (- for stdout, text formats only)"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    table: str = typer.Option("articles", "--table", help="csv/parquet: articles or events"),
    include_rejected: bool = typer.Option(False, "--include-rejected", help="jsonl: also the error records"),
    header: bool = typer.Option(True, "--header/--no-header", help="events-tsv: a first line of column names"),
) -> None:
    """Write the stored records or events in the ecosystem's formats."""
    from ..errors import InputError
    from ..export import export as run_export
    from . import open_store
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if table not in ("articles", "events"):
        raise InputError(f"unknown table {table!r}; use articles or events")
    if output != "-" and not Path(output).expanduser().resolve().parent.is_dir():
        raise InputError(f"folder does not exist: {Path(output).parent}")
    with open_store(db) as store:
        n = run_export(store, fmt, output, table=table, include_rejected=include_rejected, header=header)
    _console().print(f"exported {n} rows as {fmt} to {output}")


def register(app) -> None:
    """Add this package's commands to the Typer app."""
    app.command("ingest")(ingest)
    app.command("search")(search)
    app.command("export")(export)
