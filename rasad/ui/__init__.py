"""The web UI: Jinja2 templates, static assets (ECharts, Swagger UI) and the CAMEO root names.

The pages themselves are served by `rasad.api` (one process, one store); this package only holds
what they are made of, so it can be shipped as plain files inside the wheel.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

__all__ = ["HERE", "STATIC", "TEMPLATES"]
