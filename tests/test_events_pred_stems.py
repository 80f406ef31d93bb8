"""Verb stems added for predicates agencies write with them (نشستن in "عقب نمی‌نشیند", درآمدن in
"به پرواز/به حالت آماده‌باش درآمد"), and the nouns spelled like their forms ("نشست سران",
"درآمد نفتی", "آمد و شد") that must stay nouns. Sentences written for these tests."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc
from rasad.events.tokens import tokenize, verb_at, verb_at_keys

ACTORS = {
    "دولت بلژیک": ("BELGOV", None, "ORG"), "ارتش ژاپن": ("JPNMIL", None, "ORG"),
    "ارتش ونزوئلا": ("VENMIL", None, "ORG"), "ایران": ("IRN", None, "GPE"),
}


def _verbs(text: str) -> list[tuple[str, str, bool, str]]:
    toks = tokenize(text)
    keys = [t.key for t in toks]
    out = []
    for i, t in enumerate(toks):
        a, b = verb_at_keys(keys, i), verb_at(toks, i)
        assert a == b
        if a:
            out.append((t.text, a.lemma, a.negated, a.tense))
    return out


def test_new_stems_conjugate():
    assert _verbs("دولت عقب نمی‌نشیند.") == [("نمی‌نشیند", "نشست", True, "present")]
    assert _verbs("جنگنده‌ها به پرواز درآمدند.") == [("درآمدند", "درآمد", False, "past")]
    assert _verbs("ارتش به حالت آماده‌باش درآمد.") == [("درآمد", "درآمد", False, "past")]


@pytest.mark.parametrize("text", [
    "منع آمد و شد در شهر اعلام شد.",       # only the final شد is a verb
    "رفت و آمد خودروها در مرز ادامه دارد.",
    "درآمد نفتی ایران کاهش یافت.",
    "نشست سران در بغداد برگزار شد.",
    "کشتی به گل نشسته در ساحل ماند.",
])
def test_nouns_spelled_like_verbs_are_not_verbs(text):
    lemmas = [v[0] for v in _verbs(text)]
    assert "آمد" not in lemmas and "درآمد" not in lemmas and "نشست" not in lemmas
    assert "نشسته" not in lemmas and "رفت" not in lemmas
    if text.startswith("منع"):
        assert _verbs(text) == [("شد", "شد", False, "past")]


@pytest.mark.parametrize("sentence,expected", [
    ("دولت بلژیک از اصل اصلاحات عقب نمی‌نشیند.", [("BELGOV", "124", "عقب نمی‌نشیند", False)]),
    ("ارتش ژاپن برای رهگیری بمب‌افکن‌ها جنگنده‌ها را به پرواز درآورد.", []),  # درآورد: not this line
    ("جنگنده‌های ارتش ژاپن به پرواز درآمدند.", [("JPNMIL", "152", "به پرواز درآمدند", False)]),
    ("ارتش ونزوئلا به حالت آماده‌باش درآمد.", [("VENMIL", "152", "به حالت آماده‌باش درآمد", False)]),
])
def test_stem_predicates(sentence, expected):
    doc = events_stage(make_doc(sentence, ACTORS))
    got = [(e.source, e.cameo, doc.text[e.start:e.end], e.negated) for e in doc.events]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "درآمد نفتی ایران در سال گذشته به پرواز قیمت‌ها وابسته بود.",
    "بادبادک‌ها به پرواز درآمدند.",            # no jets: not a mobilization
    "دانش‌آموزان پس از زنگ سر جای خود نشستند.",
])
def test_not_coded(sentence):
    assert events_stage(make_doc(sentence, ACTORS)).events == []


ACTORS_111 = {"دولت بلژیک": ("BELGOV", None, "ORG"), "ایران": ("IRN", None, "GPE"), "علی": (None, None, "PER")}


@pytest.mark.parametrize("sentence,word", [
    ("دولت بلژیک اقدام ایران را «دخالت آشکار» خواند.", "خواند"),
    ("دولت بلژیک حکم ایران را «سرکوب روزنامه‌نگاران» توصیف کرد.", "توصیف کرد"),
    ("دولت بلژیک بازداشت‌های ایران را «آزار سازمان‌یافته» نامید.", "نامید"),
])
def test_negative_labels_are_criticism(sentence, word):
    doc = events_stage(make_doc(sentence, ACTORS_111))
    got = [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]
    assert got == [("BELGOV", "111", "IRNGOV", word)]


def test_a_name_that_only_resembles_a_label_is_not_criticism():
    assert events_stage(make_doc("علی دخترش را «آزاده» نامید.", ACTORS_111)).events == []


def test_persona_non_grata_is_an_expulsion():
    actors = {"وزارت امور خارجه روسیه": ("RUSGOV", None, "ORG"), "لهستان": ("POL", None, "GPE")}
    doc = events_stage(make_doc("وزارت امور خارجه روسیه دو دیپلمات لهستان را عنصر نامطلوب اعلام کرد.", actors))
    assert [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events] == [
        ("RUSGOV", "174", "POLGOV", "نامطلوب اعلام کرد")]


def test_unwelcome_guest_is_not_coded():
    actors = {"وزارت امور خارجه روسیه": ("RUSGOV", None, "ORG")}
    doc = events_stage(make_doc("این مهمان در مهمانی فردی نامطلوب شناخته شد و کسی با او حرف نزد.", actors))
    assert doc.events == []


SANCTIONS = {"وزارت خزانه‌داری آمریکا": ("USAGOV", None, "ORG"), "ایران": ("IRN", None, "GPE")}


def test_added_to_the_sanctions_list():
    doc = events_stage(make_doc("وزارت خزانه‌داری آمریکا دو شرکت ایران را به فهرست تحریم‌های خود افزود.", SANCTIONS))
    assert [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events] == [
        ("USAGOV", "163", "IRN", "به فهرست تحریم‌های خود افزود")]


def test_said_after_naming_the_list_is_not_a_sanction():
    text = "وزارت خزانه‌داری آمریکا درباره فهرست تحریم‌ها توضیح داد و افزود این کار ادامه دارد."
    assert events_stage(make_doc(text, SANCTIONS)).events == []

