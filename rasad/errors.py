"""Errors: the catalogue of record error codes, and the exception tree for programmer errors.

Bad pages are not exceptions: they become `Document.error` with one of `ERROR_CODES`, and the
batch goes on. Exceptions are for misuse and broken setups:

- RasadError            root of everything rasad raises
  - InputError          a path that does not exist, an unreadable file (CLI exit 2)
  - ConfigError         bad settings or database URL (CLI exit 2)
  - StoreError          the database refused or failed (CLI exit 1)
"""
from __future__ import annotations

#: Every code a record's `error.code` may hold, with what it means to a user.
ERROR_CODES: dict[str, str] = {
    "empty_input": "the input is empty or only whitespace",
    "not_text": "the input is binary, not text or HTML",
    "decode_error": "the bytes could not be decoded in any supported encoding",
    "not_persian": "the page is not in Persian",
    "not_article": "the page is not a news article (home page, section index, tag page, too little text)",
    "too_large": "the page is larger than the size limit",
    "malformed_warc": "the WARC file is truncated or corrupt",
    "unreadable": "the file could not be read",
    "internal_error": "a stage failed unexpectedly; the page was skipped (please report)",
}


class RasadError(Exception):
    """Root of the exceptions rasad raises."""


class InputError(RasadError):
    """A path or argument the user gave cannot be used."""


class ConfigError(RasadError):
    """A setting (database URL, environment variable) is invalid."""


class StoreError(RasadError):
    """The database failed or refused an operation."""
