"""CLI commands of the store: ingest, search, export. PLACEHOLDER (skeleton)."""
from __future__ import annotations


def register(app) -> None:
    """Add this package's commands to the Typer app."""
