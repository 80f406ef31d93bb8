"""rasad (رصد): Persian news in, clean articles, actors, quotes and CAMEO/PLOVER events out.

    >>> import rasad
    >>> doc = rasad.process(open("page.txt", "rb").read())
    >>> doc.to_dict()["title"]

Public API: `process`, `normalize`, `Document` and its span types, `__version__`.
"""
from __future__ import annotations

import logging

from .document import Document, Entity, ErrorInfo, Event, Quote, Source
from .normalize import normalize
from .pipeline import process

__version__ = "0.1.0"

__all__ = ["Document", "Entity", "ErrorInfo", "Event", "Quote", "Source", "__version__", "normalize", "process"]

logging.getLogger("rasad").addHandler(logging.NullHandler())
