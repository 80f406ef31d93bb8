"""CLI commands of the server: `rasad serve` (API + UI) and `rasad demo` (sample pages, then serve).

Exit codes follow rasad/cli.py: a bad --db URL is a ConfigError (2), a database failure a
StoreError (1), a port already in use 1 (uvicorn's own exit). Progress goes to stderr; `demo`
prints the URL to open on stdout, since that is its output.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer

DB_HELP = "database URL (default: $RASAD_DB, else sqlite:///rasad.db); postgresql://... selects PostgreSQL"


def _console():
    from rich.console import Console
    return Console(stderr=True)


def _run(app, host: str, port: int, workers: int = 1, db: str | None = None) -> None:
    import uvicorn
    opts = dict(host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
    if workers <= 1:
        uvicorn.run(app, **opts)
        return
    # several processes: each builds its own app (and store) from the environment
    import os
    if db:
        os.environ["RASAD_DB"] = db
    uvicorn.run("rasad.api.app:app_from_env", factory=True, workers=workers, **opts)


def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (0.0.0.0: every interface)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port"),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="server processes (more CPUs, more throughput)"),
) -> None:
    """Serve the JSON API (OpenAPI at /docs) and the web UI."""
    from .app import create_app
    app = create_app(db)  # opened here too, so a bad URL or database fails before listening
    _console().print(f"rasad: serving on http://{host}:{port}/  (API docs: /docs"
                     f"{', POST /api/ingest enabled' if app.state.token else ', read-only'})")
    if workers > 1:
        app.state.store.close()
    _run(app, host, port, workers, db)


@contextmanager
def samples_folder() -> Iterator[Path | None]:
    """The sample pages shipped in rasad/samples/ as a real folder (None if none are shipped)."""
    from importlib.resources import as_file, files
    resource = files("rasad") / "samples"
    if not resource.is_dir():
        yield None
        return
    with as_file(resource) as path:
        yield Path(path)


def demo(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port"),
    no_serve: bool = typer.Option(False, "--no-serve", help="ingest the samples and exit (for scripts and tests)"),
) -> None:
    """Ingest the sample pages shipped with rasad into a local database, then serve the UI."""
    from ..read import iter_documents
    from ..store import open_store
    console = _console()
    with samples_folder() as folder:
        pages = sorted(p for p in folder.rglob("*") if p.is_file() and _is_page(p)) if folder else []
        store = open_store(db)
        try:
            if pages:
                summary = store.ingest(iter_documents([str(p) for p in pages]), progress=console.is_terminal)
                console.print(f"rasad demo: {summary.pages} sample pages: stored {summary.stored}, "
                              f"already there {summary.duplicates}, rejected {sum(summary.rejected.values())}")
            else:
                console.print("rasad demo: no sample pages are shipped in this install; serving what the database holds")
            stats = store.stats()
        finally:
            store.close()
    console.print(f"rasad demo: the database holds {stats.get('articles', 0)} articles, {stats.get('events', 0)} events")
    url = f"http://{host}:{port}/"
    print(f"open {url}" if not no_serve else f"ready: rasad serve --port {port}, then open {url}")
    sys.stdout.flush()
    if no_serve:
        return
    from .app import create_app
    _run(create_app(db), host, port)


_PAGE_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".gz")


def _is_page(path: Path) -> bool:
    return path.name.lower().endswith(_PAGE_SUFFIXES) and path.name.lower() not in ("readme.txt",)


def register(app) -> None:
    """Add this package's commands to the Typer app."""
    app.command("serve")(serve)
    app.command("demo")(demo)
