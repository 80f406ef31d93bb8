"""The `rasad` command. Each command calls one library function; exit codes live here only.

Exit status (CONTRACT): 0 all inputs processed; 3 some inputs were rejected (each has an error
record); 2 bad usage; 1 internal error. Progress and errors go to stderr, never stdout.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import ConfigError, InputError, RasadError, StoreError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="rasad (رصد): Persian news pages in; clean articles, actors, quotes and CAMEO/PLOVER events out.")

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _stderr_console():
    from rich.console import Console
    return Console(stderr=True)


@app.command()
def process(
    paths: Optional[List[str]] = typer.Argument(None, help="files, folders, or - for stdin (default: stdin)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write JSON Lines here instead of stdout"),
    no_analyze: bool = typer.Option(False, "--no-analyze", help="extraction and normalization only (no entities, quotes, events)"),
) -> None:
    """One JSON record per input page, as JSON Lines."""
    from .pipeline import get_pipeline
    from .read import iter_documents
    pipeline = get_pipeline(analyze=not no_analyze)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    rejected = total = 0
    try:
        for doc in iter_documents(paths):
            doc = pipeline(doc)
            total += 1
            if doc.error is not None:
                rejected += 1
                print(f"rasad: {doc.source.path or '-'}: {doc.error.code}: {doc.error.message}", file=sys.stderr)
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
        else:
            out.flush()
    if paths and total == 0:
        print("rasad: no input pages found", file=sys.stderr)
    raise typer.Exit(EXIT_REJECTED if rejected else EXIT_OK)


@app.command()
def normalize(path: str = typer.Argument("-", help="a text file, or - for stdin")) -> None:
    """Normalize Persian text (letters, digits, spacing, ZWNJ); one output line per input line."""
    from .normalize import normalize as norm
    if path == "-":
        stream = sys.stdin
    else:
        if not Path(path).is_file():
            raise InputError(f"no such file: {path}")
        stream = open(path, encoding="utf-8", errors="replace")
    with stream:
        for line in stream:
            end = "\n" if line.endswith("\n") else ""
            sys.stdout.write(norm(line.rstrip("\r\n")) + end)


@app.command("eval")
def eval_cmd(folder: Path = typer.Argument(..., help="folder of pages with NAME.gold.json beside them"),
             as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
             misses: str = typer.Option("", "--misses", help="also print, per page, the gold items rasad "
                                        "missed and the ones it added: events, entities, quotes (comma list)")) -> None:
    """Score rasad against annotated pages (see docs/eval.md)."""
    from .eval import collect, run
    from .eval.report import print_misses, print_scores
    if not folder.is_dir():
        raise InputError(f"not a folder: {folder}")
    pairs = collect(folder)
    scores = run(folder, pairs)
    if misses:
        print_misses(pairs, [f.strip() for f in misses.split(",") if f.strip()])
    if as_json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        print_scores(scores)


def _register_optional_commands() -> None:
    """Commands whose modules bring heavier imports are registered from their own packages."""
    from .store.cli import register as register_store
    from .api.cli import register as register_api
    register_store(app)
    register_api(app)


_register_optional_commands()


def main() -> None:
    """Entry point: maps rasad's exception tree to the CONTRACT's exit codes."""
    try:
        rc = app(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (InputError, ConfigError) as exc:
        print(f"rasad: {exc}", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except StoreError as exc:
        print(f"rasad: database error: {exc}", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)
    except RasadError as exc:
        print(f"rasad: {exc}", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # click usage errors and anything unexpected
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):  # Typer/Click usage errors
            exc.show()
            sys.exit(EXIT_USAGE)
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        print(f"rasad: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
