"""Pure rendering helpers: span highlighting, safe JSON blocks, snippets, dates, CAMEO names."""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

from hypothesis import given, settings, strategies as st

from rasad.api.fmt import fa_digits, http_url, jalali, json_block, snippet
from rasad.api.highlight import Span, highlight, record_spans
from rasad.ui import cameo


class _Nesting(HTMLParser):
    """Fails on a close tag that does not match the open one (badly nested HTML)."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"bad nesting at </{tag}>"


def plain(markup: str) -> str:
    return htmllib.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br>", "\n").replace("</p>\n<p>", "\n\n")))


def test_overlapping_spans_give_well_formed_marks():
    text = "شورای امنیت سازمان ملل حمله ارتش روسیه را محکوم کرد."
    spans = [Span(0, 23, "entity", 0, "ORG"), Span(6, 40, "event", 0, "CAMEO 122"),
             Span(29, 39, "entity", 1, "RUSMIL"), Span(12, 45, "quote", 0, "q")]
    out = str(highlight(text, spans))
    parser = _Nesting()
    parser.feed(out)
    assert parser.stack == []
    assert plain(out) == text
    assert '<mark class="hl hl-ent hl-ev hl-quote"' in out
    for anchor in ("entity-0", "entity-1", "event-0", "quote-0"):
        assert out.count(f'id="{anchor}"') == 1


def test_every_piece_is_escaped():
    text = 'عنوان\n\n<script>alert(1)</script> & "x" <img src=x onerror=alert(2)>'
    spans = [Span(7, 15, "entity", 0, '"><script>alert(5)</script>')]
    out = str(highlight(text, spans))
    assert "<script" not in out and "<img" not in out
    assert 'title="&#34;&gt;&lt;script&gt;alert(5)&lt;/script&gt;"' in out
    assert plain(out) == text


def test_title_paragraph_is_skipped_only_when_unmarked():
    text = "تیتر خبر\n\nمتن خبر"
    assert plain(str(highlight(text, [], skip_first_if="تیتر خبر"))) == "متن خبر"
    marked = str(highlight(text, [Span(0, 4, "entity", 0, "x")], skip_first_if="تیتر خبر"))
    assert plain(marked) == text


def test_record_spans_drop_out_of_range_and_label_events():
    record = {"text": "ایران و عمان", "entities": [{"text": "ایران", "type": "GPE", "code": "IRN", "canonical": "Iran",
                                                      "start": 0, "end": 5}, {"start": 5, "end": 99, "type": "GPE"}],
              "quotes": [], "events": [{"cameo": "042", "source": "IRNGOV", "target": "OMNGOV", "start": 0, "end": 12}]}
    spans = record_spans(record, root_name=cameo.name_fa)
    assert [(s.kind, s.start, s.end) for s in spans] == [("entity", 0, 5), ("event", 0, 12)]
    assert "رایزنی" in spans[1].label and "IRNGOV" in spans[1].label


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="اب <>&\"'\n", min_size=1, max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["entity", "quote", "event"])), max_size=6))
def test_highlight_is_well_formed_for_any_spans(text, raw_spans):
    spans = [Span(min(a, b), max(a, b), k, i, "<l>") for i, (a, b, k) in enumerate(raw_spans)
             if min(a, b) < max(a, b) <= len(text)]
    out = str(highlight(text, spans))
    parser = _Nesting()
    parser.feed(out)
    assert parser.stack == []
    assert "<l>" not in out and not re.search(r"<(?!/?(p|mark|br|span)\b)", out)
    from rasad.api.highlight import _paragraphs
    assert plain(out) == "\n\n".join(text[a:b] for a, b in _paragraphs(text))


def test_json_block_is_inert_inside_script():
    out = str(json_block({"t": "</script><script>alert(1)</script>", "a": "&\u2028"}))
    assert "<" not in out and ">" not in out and "&" not in out
    import json
    assert json.loads(out) == {"t": "</script><script>alert(1)</script>", "a": "&\u2028"}


def test_snippet_keeps_only_marks():
    assert str(snippet("a &lt;b&gt; <mark>x</mark><img src=x>")) == "a &lt;b&gt; <mark>x</mark>&lt;img src=x&gt;"


def test_display_helpers():
    assert fa_digits(12345) == "۱۲٬۳۴۵" and fa_digits("2026") == "۲۰۲۶"
    assert jalali("2026-11-29T10:30+03:30") == "۸ آذر ۱۴۰۵" and jalali(None) == "" and jalali("bad-date!") == ""
    assert http_url("https://irna.ir/x") == "https://irna.ir/x"
    assert http_url("javascript:alert(1)") is None and http_url(" JaVaScRiPt:x") is None


def test_cameo_root_table():
    roots = cameo.roots()
    assert list(roots) == [f"{i:02d}" for i in range(1, 21)]
    assert all(r.fa and r.en and r.color.startswith("#") for r in roots.values())
    assert [r.quad for r in roots.values()] == [1] * 5 + [2] * 4 + [3] * 5 + [4] * 6
    assert cameo.name_fa("0214") == "درخواست" and cameo.name_en("190") == "Fight" and cameo.root_of("99") is None
    assert cameo.code_en("042") == "Make a visit" and cameo.code_en("1999") == "Fight"
