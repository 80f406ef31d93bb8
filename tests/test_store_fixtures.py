"""Fixtures for the store and export tests: a store on each backend, and hand-built Persian documents.

`store` is parametrized over SQLite (a file in tmp_path) and PostgreSQL (a uniquely named database
created on 127.0.0.1:5432 for the session and dropped after; each test starts from empty tables).
PostgreSQL tests skip, with the reason, when no server answers.
"""
from __future__ import annotations

import os
import uuid

import pytest

from rasad.document import Document, Entity, Event, Quote, Source

#: A text dump in the shape of an IRNA news page (written for these tests), long enough to pass extraction.
PAGE = ("{title}\n\n{title}\n\nتهران - ایرنا - سخنگوی وزارت امور خارجه در نشست خبری هفتگی شماره {n} گفت که "
        "سرویس‌های امنیتی کشور آماده‌اند و ایران در نشست ژنو شرکت می‌کند.\n\n"
        "به گزارش خبرگزاری جمهوری اسلامی، وی در پاسخ به پرسش خبرنگاران درباره مذاکرات هسته‌ای افزود که هیئت "
        "ایرانی با برنامه روشن به ژنو می‌رود و از هر ابتکار سازنده استقبال می‌کند.\n\n"
        "سخنگوی وزارت امور خارجه همچنین درباره سفر وزیر خارجه روسیه به تهران گفت که این سفر در چارچوب "
        "رایزنی‌های منظم دو کشور انجام می‌شود و موضوعات منطقه‌ای در دستور کار است.\n\n"
        "وی در پایان تاکید کرد که جمهوری اسلامی ایران به تعهدات بین‌المللی خود پایبند است و انتظار دارد "
        "طرف‌های مقابل نیز به تعهدات خود عمل کنند.\n\nانتهای پیام/\n")


def write_pages(folder, n: int) -> None:
    """`n` distinct pages p00000.txt ... in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"p{i:05d}.txt").write_text(PAGE.format(title=f"خبر شماره {i} درباره نشست ژنو", n=i),
                                              encoding="utf-8")


PG_HOST = os.environ.get("RASAD_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("RASAD_TEST_PG_PORT", "5432"))
TABLES = "search_index, events, quotes, entities, rejected, articles"


def _pg_admin():
    """A psycopg autocommit connection to database `test`, as postgres or root; or the reason why not."""
    try:
        import psycopg
    except ImportError:
        return None, None, "psycopg is not installed (pip install 'rasad[postgres]')"
    last = ""
    for user in ("postgres", "root", os.environ.get("USER") or "postgres"):
        try:
            conn = psycopg.connect(host=PG_HOST, port=PG_PORT, dbname="test", user=user, autocommit=True,
                                   connect_timeout=3)
            return conn, user, ""
        except Exception as exc:  # noqa: BLE001 - any failure means "no server for the tests"
            last = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
    return None, None, f"no PostgreSQL server answers on {PG_HOST}:{PG_PORT} (database test): {last}"


@pytest.fixture(scope="session")
def pg_url():
    admin, user, reason = _pg_admin()
    if admin is None:
        pytest.skip(reason)
    name = f"rasad_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://{user}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            admin.close()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    """A URL of an empty store on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasad.db'}"
    url = request.getfixturevalue("pg_url")
    from sqlalchemy import text
    from rasad.store import open_store
    with open_store(url) as s, s.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {TABLES}"))
    return url


@pytest.fixture
def store(store_url):
    from rasad.store import open_store
    s = open_store(store_url)
    yield s
    s.close()


def make_doc(title: str, paragraphs: list[str], *, agency: str | None = "irna", published: str | None = "2026-11-20",
             entities: list[tuple[str, str, str | None, str | None]] = (),
             events: list[tuple[str | None, str | None, str, str, bool]] = (),
             quotes: list[tuple[str, str]] = (), url: str | None = None) -> Document:
    """A processed Document built by hand; spans are found by searching `text`.

    entities: (surface, type, canonical, code); events: (source, target, cameo, evidence, negated)
    where source/target are actor codes whose surfaces are the first entity with that code;
    quotes: (speaker surface, quoted text).
    """
    raw = ("\n".join([title, *paragraphs]) + f"\n{agency}{published}{url}").encode("utf-8")
    doc = Document(raw=raw, source=Source(path=None, url=url, kind="text"))
    doc.title, doc.lead, doc.body = title, (paragraphs[0] if paragraphs else None), list(paragraphs[1:])
    doc.agency, doc.published = agency, published
    doc.text = "\n\n".join([title, *paragraphs])
    for surface, typ, canonical, code in entities:
        start = doc.text.index(surface)
        doc.entities.append(Entity(surface, typ, canonical, code, start, start + len(surface)))
    surfaces = {e.code: e.text for e in doc.entities}
    for source, target, cameo, evidence, negated in events:
        start = doc.text.index(evidence)
        sentence = next(s for s in doc.text.split("\n\n") if evidence in s)
        plover = None
        doc.events.append(Event(source, surfaces.get(source), target, surfaces.get(target), cameo, cameo[:2], plover,
                                negated, sentence, start, start + len(evidence)))
    for speaker, quoted in quotes:
        start = doc.text.index(quoted)
        doc.quotes.append(Quote(None, speaker, quoted, True, start, start + len(quoted)))
    doc.stages.append("test.handmade")
    return doc


def corpus() -> list[Document]:
    """Five small articles from different agencies and days, with actors, quotes and events."""
    return [
        make_doc("دیدار لاوروف و عراقچی در مسکو",
                 ["وزیر خارجه روسیه با عراقچی در مسکو دیدار کرد.",
                  "لاوروف گفت: «سرویس‌های امنیتی دو کشور همکاری می‌کنند.»"],
                 agency="irna", published="2026-11-20T10:30+03:30",
                 entities=[("لاوروف", "PER", "Sergey Lavrov", "RUSGOV"), ("عراقچی", "PER", "Abbas Araghchi", "IRNGOV"),
                           ("مسکو", "GPE", "Moscow", "RUS")],
                 events=[("RUSGOV", "IRNGOV", "042", "دیدار کرد", False), ("RUSGOV", "IRNGOV", "036", "همکاری می‌کنند", False)],
                 quotes=[("لاوروف", "سرویس‌های امنیتی دو کشور همکاری می‌کنند.")], url="https://www.irna.ir/news/1"),
        make_doc("هشدار سپاه به اسرائیل",
                 ["فرمانده سپاه اسرائیل را تهدید کرد.", "او گفت سرویس های امنيتي آماده‌اند و ۱۴۰۳ سال سختی بود."],
                 agency="tasnim", published="2026-11-22",
                 entities=[("سپاه", "ORG", "IRGC", "IRNMIL"), ("اسرائیل", "GPE", "Israel", "ISR")],
                 events=[("IRNMIL", "ISR", "138", "تهدید کرد", False)]),
        make_doc("اعتراض کارگران در تهران",
                 ["کارگران در تهران تجمع کردند.", "پلیس کسی را بازداشت نکرد."],
                 agency="isna", published="2026-11-24",
                 entities=[("تهران", "GPE", "Tehran", "IRN"), ("پلیس", "ORG", "Police", "IRNCOP")],
                 events=[("IRNLAB", "IRNGOV", "141", "تجمع کردند", False), ("IRNCOP", "IRNLAB", "173", "بازداشت نکرد", True)]),
        make_doc("نشست شورای امنیت درباره اوکراین",
                 ["روسیه در شورای امنیت سازمان ملل اوکراین را متهم کرد.", "سرویسهای امنیتی اوکراین پاسخ دادند."],
                 agency="irna", published="2026-11-25",
                 entities=[("روسیه", "GPE", "Russia", "RUS"), ("سازمان ملل", "ORG", "United Nations", "IGOUNO"),
                           ("اوکراین", "GPE", "Ukraine", "UKR")],
                 events=[("RUS", "UKR", "112", "متهم کرد", False)]),
        make_doc("<script>alert(1)</script> قیمت نفت",
                 ["قیمت نفت امروز افزایش یافت.", "بازار منتظر تصمیم اوپک است."],
                 agency="mehr", published=None),
    ]
