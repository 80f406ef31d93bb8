"""Store benchmark: ingest rate (pages/s) and search latency (p50/p99) on SQLite and PostgreSQL.

Run by hand (never in tests); results go to docs/store.md.

    python bench/store_bench.py --backend sqlite --pages 500 --articles 100000 --queries 300
    python bench/store_bench.py --backend postgres --pg postgresql://postgres@127.0.0.1:5432/test ...

1. ingest: --pages generated text pages written to a temp folder, then `Store.ingest` over
   `iter_documents` with the full pipeline (what `rasad ingest` does), pages/s end to end; and the
   same pages again (all duplicates: the cost of an idempotent re-run).
2. search: --articles generated, already-processed Documents stored through the fast path
   (`Store.ingest` of Documents with text set: no pipeline), then --queries searches (1-3 words,
   spelling variants, some with filters), latency p50/p99 per query including snippets. Words of
   articles and queries are drawn from a 30,000-word vocabulary with Zipf frequencies (the first
   ~200 are real Persian news words), so queries range from very common to rare terms.
For PostgreSQL a scratch database is created next to the one in --pg and dropped at the end.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasad.document import Document, Entity, Event, Source  # noqa: E402

WORDS = ("ایران روسیه آمریکا چین اوکراین اسرائیل عراق سوریه لبنان ترکیه اروپا ژنو تهران مسکو بغداد وزیر رئیس "
         "جمهور خارجه دفاع امنیتی سرویس‌های نظامی اقتصادی سیاسی مذاکرات توافق هسته‌ای تحریم‌ها نفت گاز بازار "
         "قیمت دلار بورس مجلس دولت دادگاه پلیس سپاه ارتش حمله موشک پهپاد مرز نشست دیدار سفر گفتگو بیانیه "
         "هشدار اعتراض کارگران دانشجویان انتخابات نامزد رأی شورای امنیت سازمان ملل آژانس بین‌المللی انرژی "
         "گزارش خبرگزاری سخنگو گفت کرد شد است بود خواهد می‌شود می‌کند نمی‌شود همکاری روابط دوجانبه منطقه "
         "جهان کشور مردم شهر استان زلزله سیل بیمارستان واکسن آموزش مدرسه دانشگاه فناوری اینترنت فیلترینگ "
         "خودرو صادرات واردات بانک مرکزی تورم بودجه مالیات یارانه کالا گندم آب برق بنزین").split()
AGENCIES = ["irna", "isna", "tasnim", "mehr", "fars", "bbcpersian", "radiofarda", "iranintl", "hamshahri", "yjc"]
ACTORS = [("ایران", "IRN"), ("روسیه", "RUS"), ("آمریکا", "USA"), ("چین", "CHN"), ("اوکراین", "UKR"),
          ("اسرائیل", "ISR"), ("دولت", "IRNGOV"), ("سپاه", "IRNMIL"), ("پلیس", "IRNCOP"), ("مجلس", "IRNLEG")]
CAMEO = ["010", "036", "042", "043", "046", "057", "112", "120", "138", "141", "163", "173", "190"]


LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"


def vocabulary(size: int = 30_000, seed: int = 11) -> tuple[list[str], list[float]]:
    """The real words above, then `size` pseudo-words; Zipf weights (rank^-1), as in news text."""
    rng = random.Random(seed)
    words = list(dict.fromkeys(WORDS))
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 8)))
        if rng.random() < 0.15:
            w += "\u200c" + rng.choice(("ها", "های", "تر", "ای"))
        if w not in seen:
            seen.add(w)
            words.append(w)
    cum, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        cum.append(total)
    return words, cum


VOCAB, CUM = vocabulary()


def zipf_words(rng: random.Random, n: int) -> list[str]:
    return rng.choices(VOCAB, cum_weights=CUM, k=n)


def fake_sentence(rng: random.Random) -> str:
    return " ".join(zipf_words(rng, rng.randint(8, 20))) + "."


def fake_doc(i: int, rng: random.Random) -> Document:
    """An already-processed article: title, 3-6 paragraphs, a few entities and events."""
    title = " ".join(zipf_words(rng, rng.randint(4, 9)))
    paras = [" ".join(fake_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
    doc = Document(raw=f"bench-{i}".encode(), source=Source(url=f"https://example.org/news/{i}", kind="html"))
    doc.title, doc.lead, doc.body = title, paras[0], paras[1:]
    doc.agency = rng.choice(AGENCIES)
    doc.published = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    doc.text = "\n\n".join([title, *paras])
    for name, code in rng.sample(ACTORS, 3):
        pos = doc.text.find(name)
        if pos >= 0:
            doc.entities.append(Entity(name, "GPE", None, code, pos, pos + len(name)))
    for _ in range(rng.randint(0, 3)):
        (_, src), (_, tgt) = rng.sample(ACTORS, 2)
        cameo = rng.choice(CAMEO)
        doc.events.append(Event(src, None, tgt, None, cameo, cameo[:2], None, False, paras[0][:80], 0, 5))
    doc.stages.append("bench.generated")
    return doc


def write_pages(folder: Path, n: int, rng: random.Random) -> None:
    for i in range(n):
        d = fake_doc(i, rng)
        page = (f"{d.title}\n\n{d.title}\n\nبه گزارش خبرگزاری ایرنا، " + "\n\n".join([d.lead, *d.body])
                + f"\n\nانتهای پیام/ {i}\n")
        (folder / f"p{i:06d}.txt").write_text(page, encoding="utf-8")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


class Scratch:
    """A store URL: a temp SQLite file, or a new PostgreSQL database dropped on exit."""

    def __init__(self, backend: str, pg: str, tag: str):
        self.backend, self.pg, self.tag = backend, pg, tag

    def __enter__(self) -> str:
        if self.backend == "sqlite":
            self.tmp = tempfile.TemporaryDirectory()
            return f"sqlite:///{self.tmp.name}/{self.tag}.db"
        import psycopg
        from sqlalchemy.engine import make_url
        base = make_url(self.pg.replace("postgresql://", "postgresql+psycopg://", 1))
        self.admin = psycopg.connect(host=base.host, port=base.port or 5432, user=base.username,
                                     dbname=base.database, autocommit=True)
        self.name = f"rasad_bench_{self.tag}_{uuid.uuid4().hex[:8]}"
        self.admin.execute(f'CREATE DATABASE "{self.name}"')
        return base.set(database=self.name).render_as_string(hide_password=False)

    def __exit__(self, *exc) -> None:
        if self.backend == "sqlite":
            self.tmp.cleanup()
        else:
            self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.admin.close()


def bench_ingest(args, rng) -> dict:
    from rasad.read import iter_documents
    from rasad.store import open_store
    with tempfile.TemporaryDirectory() as folder, Scratch(args.backend, args.pg, "ingest") as url:
        write_pages(Path(folder), args.pages, rng)
        from rasad.pipeline import get_pipeline
        get_pipeline()(next(iter_documents([folder])))  # load lexicons and automata before timing
        with open_store(url) as store:
            t0 = time.perf_counter()
            first = store.ingest(iter_documents([folder]))
            t1 = time.perf_counter()
            again = store.ingest(iter_documents([folder]))
            t2 = time.perf_counter()
    assert first.stored == args.pages and again.duplicates == args.pages, (first, again)
    return {"pages": args.pages, "ingest_pages_per_s": args.pages / (t1 - t0), "rerun_pages_per_s": args.pages / (t2 - t1)}


def bench_search(args, rng) -> dict:
    from rasad.store import open_store
    with Scratch(args.backend, args.pg, "search") as url, open_store(url) as store:
        t0 = time.perf_counter()
        docs = (fake_doc(i, rng) for i in range(args.articles))
        summary = store.ingest(docs, batch_size=1000)
        load_s = time.perf_counter() - t0
        assert summary.stored == args.articles, summary
        queries = []
        for _ in range(args.queries):
            q = " ".join(zipf_words(rng, rng.randint(1, 3)))
            q = rng.choice([q, q.replace("\u200c", " "), q.replace("\u200c", ""), q.replace("ی", "ي")])
            filters = rng.choice([{}, {}, {"agency": rng.choice(AGENCIES)}, {"date_from": "2026-06-01"},
                                  {"actor": "RUS"}, {"root": "04"}])
            queries.append((q, filters))
        for q, f in queries[:20]:  # warm caches
            store.search(q, **f)
        lat, hits = [], []
        for q, f in queries:
            t = time.perf_counter()
            total, _ = store.search(q, **f)
            lat.append((time.perf_counter() - t) * 1000)
            hits.append(total)
        other = {}
        for name, call in (("list_ms", lambda: store.list_articles()),
                           ("list_agency_ms", lambda: store.list_articles(agency="irna")),
                           ("list_actor_ms", lambda: store.list_articles(actor="RUS")),
                           ("list_root_ms", lambda: store.list_articles(root="04")),
                           ("event_counts_week_ms", lambda: store.event_counts(by="week")),
                           ("actor_pairs_ms", lambda: store.actor_pairs()),
                           ("actor_ms", lambda: store.actor("RUS")),
                           ("stats_ms", lambda: store.stats())):
            times = []
            for _ in range(5):
                t = time.perf_counter()
                call()
                times.append((time.perf_counter() - t) * 1000)
            other[name] = statistics.median(times)
    return {"articles": args.articles, "load_articles_per_s": args.articles / load_s, "queries": len(queries),
            "search_p50_ms": pct(lat, 50), "search_p99_ms": pct(lat, 99), "search_mean_ms": statistics.mean(lat),
            "median_hits": statistics.median(hits), **other}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    results = {"backend": args.backend}
    if args.pages:
        results.update(bench_ingest(args, rng))
    if args.articles:
        results.update(bench_search(args, rng))
    for k, v in results.items():
        print(f"{k}\t{v:.1f}" if isinstance(v, float) else f"{k}\t{v}")


if __name__ == "__main__":
    main()
