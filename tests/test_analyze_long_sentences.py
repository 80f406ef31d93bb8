"""A page that lost its punctuation, or a hostile one-sentence page, is analysed in pieces: no
sentence is longer than MAX_SENTENCE characters, so per-sentence work stays bounded. Pages written
for these tests."""
from rasad.analyze.sentences import MAX_SENTENCE, split_sentences

def test_long_run_without_sentence_end_is_cut_at_commas_or_spaces():
    text = ("کارگران، " * 600) + ("تجمع کردند " * 600) + "."
    spans = split_sentences(text)
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
    assert all(text[b - 1] == "،" or text[b] == " " for a, b in spans[:-1])  # never inside a word


def test_ordinary_sentences_are_untouched():
    text = "وزیر خارجه گفت که مذاکرات ادامه دارد. سخنگوی دولت نیز از این گفت‌وگوها استقبال کرد."
    assert split_sentences(text) == [(0, 37), (38, len(text))]


def test_a_thousand_clause_sentence_is_processed_with_its_quote():
    """Linear work per role and per back-reference: the actors stage looks at most 64 dictionary
    matches either side of a role for its sentence's place (it was quadratic in the sentence)."""
    from rasad.pipeline import process
    clause = "مدیرعامل شرکت پیمانکار این ادعا را رد کرد و "
    page = "به گزارش خبرگزاری ایلنا، " + clause * 1000 + "گفت که حقوق کارگران پرداخت می‌شود."
    doc = process(page.encode("utf-8"))
    assert doc.error is None
    assert [q.text for q in doc.quotes] == ["حقوق کارگران پرداخت می‌شود"]
