"""The pipeline: an ordered list of named stages, each `Document -> Document`.

A stage declares what it needs and what it adds, so a broken order is caught when the pipeline is
built, not halfway through a crawl. A stage that raises does not stop a batch: the page gets an
`internal_error` record and the next page goes on. A stage never runs on a page an earlier stage
rejected (`doc.error` set).

Stages are named `module.what.vN` (provenance: the names are kept in `Document.stages`).
Heavy resources (lexicons, automata) are loaded lazily once per process by the stages themselves,
so a `Pipeline` pickles cheaply and the same per-page function runs inside Spark executors.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .document import Document, Source

log = logging.getLogger("rasad")

StageFn = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


class Pipeline:
    """Runs stages in order over Documents; validates requires/assigns once at construction."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        have: set[str] = {"raw", "source", "id"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise ValueError(f"stage {stage.name} requires {missing}, which no earlier stage assigns")
            have.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            if doc.error is not None:
                break
            try:
                out = stage.fn(doc)
            except Exception as exc:  # a bug in one stage must not stop a batch
                log.exception("stage %s failed on %s", stage.name, doc.source.path or doc.id[:12])
                doc.fail("internal_error", f"stage {stage.name} failed: {type(exc).__name__}: {exc}"[:500])
                break
            if not isinstance(out, Document):
                raise TypeError(f"stage {stage.name} returned {type(out).__name__}, not Document")
            doc = out
            doc.stages.append(stage.name)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def default_stages(*, analyze: bool = True) -> list[Stage]:
    """The built-in stages, in order. This is the one registry of what runs."""
    from .read.decode import decode_stage
    from .extract import extract_stage
    from .normalize.stage import normalize_stage
    stages = [
        Stage("read.decode.v1", decode_stage, (), ("html", "page_text", "encoding")),
        Stage("extract.article.v1", extract_stage, ("html", "page_text"),
              ("title", "lead", "body", "agency", "section", "published", "attributed_sources")),
        Stage("normalize.text.v1", normalize_stage, ("title", "body"), ("text", "parts")),
    ]
    if analyze:
        from .analyze import sentences_stage, actors_stage, quotes_stage
        from .events import events_stage
        stages += [
            Stage("analyze.sentences.v1", sentences_stage, ("text",), ("sentences",)),
            Stage("analyze.actors.v1", actors_stage, ("text", "sentences"), ("actors", "entities")),
            Stage("analyze.quotes.v1", quotes_stage, ("text", "sentences", "actors"), ("quotes",)),
            Stage("events.cameo.v1", events_stage, ("text", "sentences", "actors"), ("events",)),
        ]
    return stages


_DEFAULT: dict[bool, Pipeline] = {}


def get_pipeline(*, analyze: bool = True) -> Pipeline:
    """The default pipeline, built once per process."""
    if analyze not in _DEFAULT:
        _DEFAULT[analyze] = Pipeline(default_stages(analyze=analyze))
    return _DEFAULT[analyze]


def process(raw: bytes | str, *, url: str | None = None, kind: str | None = None,
            path: str | None = None, warc_record_id: str | None = None,
            analyze: bool = True) -> Document:
    """Process one page (text dump or HTML) into a Document; `.to_dict()` is the CONTRACT record.

    `kind` ("text" or "html") overrides detection from the content. A WARC is many pages: use
    `rasad.read.iter_inputs` / `process_paths` for those.
    """
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    doc = Document(raw=raw, source=Source(path=path, url=url, kind=kind, warc_record_id=warc_record_id))
    return get_pipeline(analyze=analyze)(doc)
