"""Scores for entities, quotes and events. PLACEHOLDER (skeleton): the events issue fills this in."""
from __future__ import annotations

from typing import Any


def score(pairs) -> dict[str, Any]:
    return {}
