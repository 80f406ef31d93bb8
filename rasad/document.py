"""The one object that flows through rasad: a `Document` and its span types.

Every stage (read → extract → normalize → analyze → events) takes a Document and adds to it.
Spans (entities, quotes, events) are character offsets into `Document.text`, the one
normalized text of the article; `text[start:end]` is always the span's surface form.

`Document.to_dict()` is the record of ../shared/CONTRACT.md and nothing else; fields that are
internal working state (the raw bytes, the decoded page, sentence spans, actor mentions) are
kept on the object but never serialized.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

RECORD_VERSION = 1

#: Kinds of input, as they appear in `source.kind`.
KINDS = ("text", "html", "warc")


@dataclass(slots=True)
class Source:
    """Where a page came from."""

    path: str | None = None
    url: str | None = None
    kind: str | None = None  # "text" | "html" | "warc"
    warc_record_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "kind": self.kind, "warc_record_id": self.warc_record_id}


@dataclass(slots=True)
class Entity:
    """A named actor or place the article names: PER, ORG, GPE or LOC."""

    text: str
    type: str
    canonical: str | None
    code: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "type": self.type, "canonical": self.canonical, "code": self.code,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class ActorMention:
    """Anything that can be the source or target of an event, named or not.

    Entities are named actors; an actor mention may also be a bare role ("معترضان" → IRNOPP when
    the article is about Iran, "ارتش اسرائیل" → ISRMIL) or a pronoun resolved to an earlier actor.
    Internal to the pipeline: events and quotes read these, the record does not carry them.
    """

    text: str
    start: int
    end: int
    code: str | None            # CAMEO actor code: ISO3 + role, or IGO code
    canonical: str | None       # English name when known ("Sergey Lavrov")
    type: str | None = None     # PER / ORG / GPE / LOC when it is also a named entity
    role: str | None = None     # CAMEO role (GOV, MIL, ...) when known
    country: str | None = None  # ISO3 when known


@dataclass(slots=True)
class Quote:
    """A direct («...») or reported (گفت که ...) quotation and who said it."""

    speaker: str | None
    speaker_text: str | None
    text: str
    direct: bool
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_text": self.speaker_text, "text": self.text,
                "direct": self.direct, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    """One coded act: who did what (CAMEO/PLOVER) to whom, with its evidence span."""

    source: str | None
    source_text: str | None
    target: str | None
    target_text: str | None
    cameo: str
    root: str
    plover: dict[str, Any] | None
    negated: bool
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "source_text": self.source_text, "target": self.target,
                "target_text": self.target_text, "cameo": self.cameo, "root": self.root,
                "plover": self.plover, "negated": self.negated, "sentence": self.sentence,
                "start": self.start, "end": self.end}


@dataclass(slots=True)
class ErrorInfo:
    """Why a page could not be processed; one of the codes in `rasad.errors.ERROR_CODES`."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(slots=True)
class Document:
    """A page on its way through the pipeline; `to_dict()` is the CONTRACT record."""

    raw: bytes
    source: Source = field(default_factory=Source)
    id: str = ""
    # read / decode
    html: str | None = None          # decoded page when it is HTML
    page_text: str | None = None     # decoded page when it is a text dump
    encoding: str | None = None
    # extract (before normalization)
    agency: str | None = None
    title: str | None = None
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    section: str | None = None
    published: str | None = None
    attributed_sources: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # extra extracted facts (tags, news code, ...)
    # normalize
    text: str = ""
    #: (start, end) in `text` of the title, lead and each body paragraph, in that order
    parts: list[tuple[str, int, int]] = field(default_factory=list)
    # analyze
    sentences: list[tuple[int, int]] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: ErrorInfo | None = None
    #: names of the stages that ran, in order (provenance)
    stages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = hashlib.sha256(self.raw).hexdigest()

    @property
    def ok(self) -> bool:
        return self.error is None

    def part_at(self, pos: int) -> str:
        """The part ("title", "lead", "body") that holds text offset `pos`; "body" outside them all."""
        for name, start, end in self.parts:
            if start <= pos < end:
                return name
        return "body"

    def fail(self, code: str, message: str) -> "Document":
        """Mark the page as rejected; later stages skip it."""
        self.error = ErrorInfo(code, message)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT record. An error record carries `error` in place of the content fields."""
        record: dict[str, Any] = {"rasad": RECORD_VERSION, "id": self.id, "source": self.source.to_dict()}
        if self.error is not None:
            record["error"] = self.error.to_dict()
            record["warnings"] = list(self.warnings)
            return record
        record.update({
            "agency": self.agency,
            "title": self.title,
            "lead": self.lead,
            "body": list(self.body),
            "section": self.section,
            "published": self.published,
            "attributed_sources": list(self.attributed_sources),
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        })
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> "Document":
        """Rebuild a Document from a record (for stores and exports); `raw` is not kept in records."""
        src = record.get("source") or {}
        doc = cls(raw=b"", id=record["id"], source=Source(**{k: src.get(k) for k in ("path", "url", "kind", "warc_record_id")}))
        if "error" in record:
            doc.error = ErrorInfo(**record["error"])
            doc.warnings = list(record.get("warnings", []))
            return doc
        for key in ("agency", "title", "lead", "section", "published"):
            setattr(doc, key, record.get(key))
        doc.body = list(record.get("body") or [])
        doc.attributed_sources = list(record.get("attributed_sources") or [])
        doc.text = record.get("text") or ""
        doc.entities = [Entity(**e) for e in record.get("entities") or []]
        doc.quotes = [Quote(**q) for q in record.get("quotes") or []]
        doc.events = [Event(**e) for e in record.get("events") or []]
        doc.warnings = list(record.get("warnings") or [])
        return doc
