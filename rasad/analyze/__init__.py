"""Analyze: sentences, actors and entities, quotes: spans over `Document.text`.

Each stage is a `Document -> Document` function; the heavy data (actor dictionary, automata) is
loaded lazily once per process.
"""
from .sentences import sentences_stage
from .actors import actors_stage
from .quotes import quotes_stage

__all__ = ["sentences_stage", "actors_stage", "quotes_stage"]
