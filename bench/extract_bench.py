"""Extraction benchmark: rasad vs trafilatura, readability-lxml and resiliparse on the same pages.

Run by hand (not a test):  python bench/extract_bench.py [--dev eval/dev/extract] [--reps 5] [--warc-records 1000]
Needs the bench extra: pip install trafilatura readability-lxml warcio

What it measures (CPU time of this process, so a busy machine skews less than wall time):
1. Body quality on the dev set's HTML pages: letter P/R/F1 against gold lead+body (the generic
   tools cannot tell a lead from the body), ZWNJ kept, and ms per page, for each tool; rasad also
   body-only against the gold body.
2. The same on "real-size" pages: each dev page padded to ~140 KB with menus, scripts, side boxes
   and footers (the median size of real agency pages), since speed depends on page size.
3. rasad pages/s for text dumps, HTML, and a WARC (read + decode + extract, one core).
4. Peak memory (the WARC process's own VmHWM) while streaming a large generated WARC, against a
   small one: constant memory means the two peaks are close.
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasad.document import Document, Source  # noqa: E402
from rasad.eval.extraction import body_pr  # noqa: E402
from rasad.extract import extract_stage  # noqa: E402
from rasad.extract.fold import soft  # noqa: E402
from rasad.read.decode import decode_stage  # noqa: E402

ZWNJ = "\u200c"


def rasad_extract(raw: bytes, kind: str | None = None) -> Document:
    doc = decode_stage(Document(raw=raw, source=Source(kind=kind)))
    return doc if doc.error else extract_stage(doc)


def pad_page(html: str, i: int) -> str:
    """Wrap a page in ~130 KB of the boilerplate real agency pages carry."""
    menu = "".join(f'<li><a href="/service/{k}">سرویس خبری شماره {k}</a></li>' for k in range(120))
    side = "".join(f'<li><a href="/news/{i}{k}">عنوان خبر پربیننده شماره {k} درباره رویدادهای روز</a>'
                   f'<span class="date">۸ آذر ۱۴۰۵</span></li>' for k in range(150))
    script = "<script>var cfg = {" + ",".join(f'"k{k}": "{"x" * 40}"' for k in range(400)) + "};</script>"
    style = "<style>" + "".join(f".c{k}{{margin:{k}px;padding:{k}px}}" for k in range(600)) + "</style>"
    foot = "".join(f"<a href='/p/{k}'>پیوند پانویس {k}</a> " for k in range(200))
    head_extra = script + style
    html = html.replace("</head>", head_extra + "</head>", 1) if "</head>" in html else head_extra + html
    pre = f'<div class="topnav"><ul class="menu">{menu}</ul></div>'
    post = (f'<aside class="sidebar"><h3>پربیننده‌ترین</h3><ul>{side}</ul></aside>'
            f'<footer class="site-footer">{foot}<p>کلیه حقوق محفوظ است.</p></footer>')
    if "<body" in html:
        k = html.index(">", html.index("<body")) + 1
        html = html[:k] + pre + html[k:]
    else:
        html = pre + html
    return html.replace("</body>", post + "</body>", 1) if "</body>" in html else html + post


def tools():
    out = {}
    try:
        import trafilatura
        out["trafilatura"] = lambda h: (trafilatura.extract(h, include_comments=False) or "").split("\n")
        out["trafilatura (precision)"] = lambda h: (trafilatura.extract(h, include_comments=False, favor_precision=True) or "").split("\n")
    except ImportError:
        print("trafilatura not installed", file=sys.stderr)
    try:
        from readability import Document as RDoc
        from lxml import html as lh

        def readability_text(h):
            frag = RDoc(h).summary(html_partial=True)
            return [t for t in lh.fromstring(frag).text_content().split("\n")] if frag.strip() else []
        out["readability-lxml"] = readability_text
    except ImportError:
        print("readability-lxml not installed", file=sys.stderr)
    try:
        from resiliparse.extract.html2text import extract_plain_text
        out["resiliparse main_content"] = lambda h: extract_plain_text(h, main_content=True).split("\n")
    except ImportError:
        print("resiliparse not installed", file=sys.stderr)
    return out


def load_dev(folder: Path):
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "body" not in gold:
            continue
        stem = gold_path.name[: -len(".gold.json")]
        for suf in (".html", ".txt"):
            p = folder / (stem + suf)
            if p.exists():
                pages.append((p, gold))
    return pages


def pr(gold: list[str], got: list[str]) -> tuple[float, float]:
    """Letter P/R after folding ي/ك and digits (normalization is not the extractors' job)."""
    return body_pr([soft(x) for x in gold], [soft(x) for x in got])


def cpu_ms(fn, arg, reps: int) -> float:
    t = time.process_time()
    for _ in range(reps):
        fn(arg)
    return (time.process_time() - t) / reps * 1000


def quality(pages, extract, reps: int) -> dict:
    ps, rs, ms, zg, zk = [], [], [], 0, 0
    for html, gold in pages:
        gold_text = ([gold["lead"]] if gold.get("lead") else []) + gold["body"]
        got = extract(html)
        p, r = pr(gold_text, got)
        ps.append(p)
        rs.append(r)
        if ZWNJ in html:
            g = sum(x.count(ZWNJ) for x in gold_text)
            zg += g
            zk += min(g, sum(x.count(ZWNJ) for x in got))
        ms.append(cpu_ms(extract, html, reps))
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    ms.sort()
    return {"P": round(P, 3), "R": round(R, 3), "F1": round(2 * P * R / (P + R), 3) if P + R else 0.0,
            "zwnj_kept": round(zk / zg, 3) if zg else None, "ms_median": round(ms[len(ms) // 2], 3),
            "ms_mean": round(sum(ms) / len(ms), 3)}


def rasad_lines(html: str) -> list[str]:
    doc = rasad_extract(html.encode("utf-8"), "html")
    return ([doc.lead] if doc.lead else []) + doc.body


def write_warc(path: Path, htmls: list[str], n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=True)
        for i in range(n):
            h = htmls[i % len(htmls)].encode("utf-8")
            hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.ir/news/{i}", "response",
                                                payload=io.BytesIO(h), http_headers=hdr))


WARC_CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from rasad.read import iter_documents
from rasad.read.decode import decode_stage
from rasad.extract import extract_stage
t = time.process_time(); n = ok = 0
for doc in iter_documents([{path!r}]):
    if doc.error is None:
        doc = decode_stage(doc)
    if doc.error is None:
        doc = extract_stage(doc)
    n += 1; ok += doc.error is None
cpu = time.process_time() - t
# VmHWM: this process's own peak. ru_maxrss would also count the parent's peak before exec
# (Linux keeps it across exec), i.e. the benchmark process with trafilatura and lxml loaded.
try:
    peak = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, ok, cpu, peak)
"""


def warc_run(path: Path) -> tuple[int, int, float, int]:
    root = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", WARC_CHILD.format(root=root, path=str(path))],
                         capture_output=True, text=True, check=True)
    n, ok, cpu, rss = out.stdout.split()
    return int(n), int(ok), float(cpu), int(rss)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", default="eval/dev/extract")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--warc-records", type=int, default=3000)
    ap.add_argument("--small-warc-records", type=int, default=300)
    args = ap.parse_args()
    dev = load_dev(Path(args.dev))
    html_pages = [(p.read_bytes().decode("utf-8", "replace") if b"windows-1256" not in p.read_bytes()[:2048]
                   else p.read_bytes().decode("cp1256"), g) for p, g in dev if p.suffix == ".html"]
    text_pages = [(p.read_bytes(), g) for p, g in dev if p.suffix == ".txt"]
    padded = [(pad_page(h, i), g) for i, (h, g) in enumerate(html_pages)]
    res: dict = {"pages": {"html": len(html_pages), "text": len(text_pages),
                           "html_kb_mean": round(sum(len(h.encode()) for h, _ in html_pages) / len(html_pages) / 1024, 1),
                           "padded_kb_mean": round(sum(len(h.encode()) for h, _ in padded) / len(padded) / 1024, 1)}}
    all_tools = {"rasad": rasad_lines, **tools()}
    for label, pages in (("dev HTML", html_pages), ("dev HTML padded to real size", padded)):
        res[label] = {name: quality(pages, fn, args.reps) for name, fn in all_tools.items()}
    # rasad body-only against the gold body (its own contract)
    ps = rs = 0.0
    for h, g in html_pages:
        d = rasad_extract(h.encode("utf-8"), "html")
        p, r = pr(g["body"], d.body)
        ps += p
        rs += r
    res["rasad body-only (HTML)"] = {"P": round(ps / len(html_pages), 3), "R": round(rs / len(html_pages), 3)}
    ps = rs = 0.0
    for raw, g in text_pages:
        d = rasad_extract(raw, "text")
        p, r = pr(g["body"], d.body)
        ps += p
        rs += r
    res["rasad body-only (text dumps)"] = {"P": round(ps / len(text_pages), 3), "R": round(rs / len(text_pages), 3)}
    # throughput, one core
    for label, items, kind in (("text dumps", [r for r, _ in text_pages], "text"),
                               ("HTML dev pages", [h.encode() for h, _ in html_pages], "html"),
                               ("HTML real-size pages", [h.encode() for h, _ in padded], "html")):
        t = time.process_time()
        n = 0
        for _ in range(args.reps):
            for raw in items:
                rasad_extract(raw, kind)
                n += 1
        cpu = time.process_time() - t
        res.setdefault("rasad throughput (pages/s, CPU)", {})[label] = round(n / cpu, 1)
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.warc.gz", Path(tmp) / "big.warc.gz"
        htmls = [h for h, _ in padded]
        write_warc(small, htmls, args.small_warc_records)
        write_warc(big, htmls, args.warc_records)
        for label, path in (("small", small), ("large", big)):
            n, ok, cpu, rss = warc_run(path)
            res.setdefault("WARC (read+decode+extract, one core)", {})[label] = {
                "records": n, "ok": ok, "MB_gz": round(path.stat().st_size / 2**20, 1),
                "MB_payload": round(sum(len(htmls[i % len(htmls)].encode()) for i in range(n)) / 2**20, 1),
                "pages_per_s": round(n / cpu, 1), "peak_rss_MB": round(rss / 1024, 1)}
    print(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
