"""Persian-aware search on both backends: folding, ranking, snippets, filters, hostile queries."""
from __future__ import annotations

import pytest

from rasad.store.fold import groups, index_terms, query_terms, snippet_html
from test_store_fixtures import corpus, make_doc, pg_url, store, store_url  # noqa: F401

VARIANTS = ["سرویسهای امنیتی", "سرویس های امنیتی", "سرویس‌های امنیتی", "سرويس‌هاي امنيتي"]


def titles(result) -> set[str]:
    return {item["title"] for item in result[1]}


def test_folding_gives_one_joined_term_per_variant():
    assert {tuple(query_terms(v)) for v in VARIANTS} == {("سرویسهای", "امنیتی")}
    assert index_terms("سرویس‌های امنیتی").split() == ["سرویسهای", "سرویس", "های", "امنیتی"]
    assert index_terms("سرویس های") .split() == ["سرویسهای", "سرویس", "های"]
    assert query_terms("كتاب ۱۴۰۳ ٢٠٢٦ يك") == ["کتاب", "1403", "2026", "یک"]
    assert query_terms("می خواهد") == query_terms("می‌خواهد") == query_terms("میخواهد") == ["میخواهد"]
    assert query_terms("مُحَمَّد") == ["محمد"]
    assert query_terms('"NEAR( * OR AND - ^ : ) {x}') == ["near", "or", "and", "x"]


def test_groups_keep_offsets_into_the_original_text():
    text = "گفت سرویس‌های امنیتی"
    assert [text[g.start:g.end] for g in groups(text)] == ["گفت", "سرویس‌های", "امنیتی"]


def test_adversarial_long_input_is_linear():
    text = ("\u200c" * 5000 + "ا" * 5000 + " های") * 20
    assert len(index_terms(text)) > 0 and len(query_terms(text)) >= 1


@pytest.mark.parametrize("query", VARIANTS)
def test_zwnj_space_and_letter_variants_find_the_same_articles(store, query):
    store.ingest(corpus())
    assert titles(store.search(query)) == {"دیدار لاوروف و عراقچی در مسکو", "هشدار سپاه به اسرائیل",
                                           "نشست شورای امنیت درباره اوکراین"}


def test_digits_and_arabic_letters_fold(store):
    store.ingest(corpus())
    assert titles(store.search("1403")) == titles(store.search("۱۴۰۳")) == {"هشدار سپاه به اسرائیل"}
    assert titles(store.search("امنيتي اسرائيل")) == {"هشدار سپاه به اسرائیل"}


def test_entity_names_and_codes_are_searchable(store):
    store.ingest(corpus())
    assert titles(store.search("Lavrov")) == {"دیدار لاوروف و عراقچی در مسکو"}


def test_title_matches_rank_first_and_scores_descend(store):
    store.ingest(corpus())
    store.ingest([make_doc("خبر دیگر", ["در این خبر یک بار از اوکراین نام برده شد و بس."], agency="isna",
                           published="2026-11-26")])
    total, items = store.search("اوکراین")
    assert total == 2
    assert items[0]["title"] == "نشست شورای امنیت درباره اوکراین"
    assert items[0]["score"] >= items[1]["score"]


def test_snippets_are_escaped_and_marked(store):
    store.ingest(corpus())
    (item,) = store.search("نفت")[1]
    assert item["snippet_html"].startswith("&lt;script&gt;alert(1)&lt;/script&gt; قیمت <mark>نفت</mark>")
    assert "<script>" not in item["snippet_html"]
    (item,) = store.search("سرویسهای", agency="tasnim")[1]
    assert "<mark>سرویس های</mark>" in item["snippet_html"]
    assert set(item) == {"id", "title", "agency", "section", "published", "lead", "n_events", "snippet_html", "score"}


def test_snippet_window_on_long_text():
    text = "آغاز " + "واژه " * 200 + "هدف پایان " + "واژه " * 200
    snip = snippet_html(text, ["هدف"])
    assert snip.startswith("…") and snip.endswith("…") and "<mark>هدف</mark>" in snip
    assert len(snip) < 300


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "OR", "a AND", "(", ")", "-", "^x", "col:val", "'", ";",
                                   "\\", "%", "_", "'; DROP TABLE articles; --", "", "   ", "\u200c", "!!!"])
def test_query_syntax_from_users_never_errors(store, query):
    store.ingest(corpus())
    total, items = store.search(query)
    assert total == len(items)
    assert store.stats()["articles"] == 5


def test_search_filters_and_pagination(store):
    store.ingest(corpus())
    q = "سرویس‌های"
    assert titles(store.search(q, agency="irna")) == {"دیدار لاوروف و عراقچی در مسکو", "نشست شورای امنیت درباره اوکراین"}
    assert titles(store.search(q, date_from="2026-11-21", date_to="2026-11-24")) == {"هشدار سپاه به اسرائیل"}
    assert titles(store.search(q, actor="IRNMIL")) == {"هشدار سپاه به اسرائیل"}
    assert titles(store.search(q, root="11")) == {"نشست شورای امنیت درباره اوکراین"}
    total, page = store.search(q, limit=1, offset=1)
    assert total == 3 and len(page) == 1
