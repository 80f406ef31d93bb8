"""Hand-built Persian articles with entities, quotes and events, for the API, UI and browser tests.

Written for rasad's tests in the shapes of agency reports (not copied from any site). Spans are
placed by finding their surface text, so `text[start:end]` is right by construction; events are
built by hand so these tests do not depend on the event coder's current recall.
"""
from __future__ import annotations

from rasad.document import Document, Entity, Event, Quote, Source

SCRIPT_TITLE = "<script>alert(1)</script> خبر آزمایشی"


def _find(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    start = text.index(surface, after)
    return start, start + len(surface)


def make_doc(title: str, paras: list[str], *, agency: str, published: str, section: str | None = None,
             url: str | None = None, entities=(), quotes=(), events=(), attributed=()) -> Document:
    """entities: (surface, type, canonical, code); quotes: (speaker_text, speaker, quote_text, direct);
    events: (source, source_text, target, target_text, cameo, evidence)."""
    text = "\n\n".join([title, *paras])
    doc = Document(raw=("\n\n".join([title, *paras]) + agency + published).encode("utf-8"),
                   source=Source(url=url, kind="text"))
    doc.agency, doc.title, doc.lead, doc.body = agency, title, paras[0], paras[1:]
    doc.section, doc.published, doc.text = section, published, text
    doc.attributed_sources = list(attributed)
    for surface, typ, canonical, code in entities:
        s, e = _find(text, surface, len(title))
        doc.entities.append(Entity(surface, typ, canonical, code, s, e))
    for speaker_text, speaker, quoted, direct in quotes:
        s, e = _find(text, quoted)
        doc.quotes.append(Quote(speaker, speaker_text, quoted, direct, s, e))
    for src, src_text, tgt, tgt_text, code, evidence in events:
        s, e = _find(text, evidence, len(title))
        doc.events.append(Event(src, src_text, tgt, tgt_text, code, code[:2], None, False, evidence, s, e))
    return doc


def sample_docs() -> list[Document]:
    lavrov = make_doc(
        "لاوروف: مسکو آماده گفت‌وگو با کی‌یف است",
        ["وزیر امور خارجه روسیه اعلام کرد که مسکو آماده از سرگیری مذاکرات با اوکراین است.",
         "به گزارش خبرگزاری تسنیم به نقل از رویترز، سرگئی لاوروف روز پنجشنبه در مسکو گفت: «ما آماده گفت‌وگو با کی‌یف هستیم.»",
         "لاوروف همچنین از سرویس‌های امنیتی اوکراین انتقاد کرد."],
        agency="tasnim", published="2026-11-19", section="بین‌الملل", url="https://www.tasnimnews.com/fa/news/1",
        attributed=["Reuters"],
        entities=[("روسیه", "GPE", "Russia", "RUS"), ("مسکو", "GPE", "Moscow", "RUS"),
                  ("اوکراین", "GPE", "Ukraine", "UKR"), ("سرگئی لاوروف", "PER", "Sergey Lavrov", "RUSGOV")],
        quotes=[("سرگئی لاوروف", "Sergey Lavrov", "ما آماده گفت‌وگو با کی‌یف هستیم.", True)],
        events=[("RUSGOV", "وزیر امور خارجه روسیه", "UKRGOV", "اوکراین", "036",
                 "مسکو آماده از سرگیری مذاکرات با اوکراین است"),
                ("RUSGOV", "لاوروف", "UKRGOV", "سرویس‌های امنیتی اوکراین", "111",
                 "لاوروف همچنین از سرویس‌های امنیتی اوکراین انتقاد کرد")])
    muscat = make_doc(
        "دیدار عراقچی با وزیر خارجه عمان در مسقط",
        ["وزیر امور خارجه ایران در سفر به مسقط با همتای عمانی خود دیدار و گفت‌وگو کرد.",
         "به گزارش ایرنا، دو طرف درباره روابط دوجانبه و تحولات منطقه رایزنی کردند."],
        agency="irna", published="2026-11-25", section="سیاست خارجی",
        entities=[("ایران", "GPE", "Iran", "IRN"), ("مسقط", "GPE", "Muscat", "OMN")],
        events=[("IRNGOV", "وزیر امور خارجه ایران", "OMNGOV", "همتای عمانی", "042",
                 "وزیر امور خارجه ایران در سفر به مسقط با همتای عمانی خود دیدار و گفت‌وگو کرد")])
    council = make_doc(
        "شورای امنیت حمله به غیرنظامیان را محکوم کرد",
        ["شورای امنیت سازمان ملل متحد حمله ارتش روسیه به شهر خارکیف را محکوم کرد.",
         "روسیه این اتهام را رد کرد و ارتش روسیه به مواضع اوکراین در خارکیف حمله کرد."],
        agency="isna", published="2026-11-26", section="بین‌الملل",
        entities=[("شورای امنیت سازمان ملل متحد", "ORG", "UN Security Council", "IGOUNO"),
                  ("خارکیف", "GPE", "Kharkiv", "UKR")],
        events=[("IGOUNO", "شورای امنیت", "RUSMIL", "ارتش روسیه", "122",
                 "شورای امنیت سازمان ملل متحد حمله ارتش روسیه به شهر خارکیف را محکوم کرد"),
                ("RUSMIL", "ارتش روسیه", "UKRMIL", "اوکراین", "190",
                 "ارتش روسیه به مواضع اوکراین در خارکیف حمله کرد")])
    script = make_doc(
        SCRIPT_TITLE,
        ["این خبر برای آزمودن امنیت نمایش است: <img src=x onerror=alert(2)> و </script><script>alert(3)</script>.",
         "متن خبر دوم درباره همکاری اقتصادی ایران و روسیه است."],
        agency="mehr", published="2026-11-27", section="<b>بخش</b>", url="javascript:alert(4)",
        entities=[("ایران", "GPE", "Iran", "IRN")],
        events=[("IRNGOV", "ایران", "RUSGOV", "روسیه", "061", "همکاری اقتصادی ایران و روسیه")])
    return [lavrov, muscat, council, script]


def fill_store(url: str) -> list[Document]:
    """Create the store at `url` and ingest the sample documents; returns them."""
    from rasad.store import open_store
    docs = sample_docs()
    store = open_store(url)
    try:
        store.ingest(docs)
    finally:
        store.close()
    return docs
