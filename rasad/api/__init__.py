"""JSON API and web UI (FastAPI). PLACEHOLDER (skeleton)."""
