"""Sources of events (session 7): the subject after an opening place phrase. Sentences written for
these tests; exact codes and spans."""
from __future__ import annotations

from events_helpers import coded
from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "آنکارا": ("TURGOV", "Ankara", "GPE"), "سخنگوی وزارت خارجه ترکیه": ("TURGOV", None, None),
    "روسیه": ("RUS", "Russia", "GPE"), "گرجستان": ("GEO", "Georgia", "GPE"),
    "غزه": ("PSE", "Gaza", "GPE"), "لبنان": ("LBN", "Lebanon", "GPE"),
    "ارتش اسرائیل": ("ISRMIL", None, "ORG"),
}


def _events(text: str) -> list[tuple]:
    return coded(text, ACTORS, sort=True)


def test_actor_after_an_opening_place_and_comma_is_the_subject():
    # "در آنکارا، X ضمن ... روسیه، از ... حمایت کرد": X acts, not the country named inside the adverbial
    text = ("در آنکارا، سخنگوی وزارت خارجه ترکیه ضمن انتقاد از تحرکات نظامی روسیه، از تمامیت ارضی "
            "گرجستان حمایت کرد.")
    evs = _events(text)
    assert ("TURGOV", "051", "GEOGOV", "حمایت کرد") in evs
    assert not any(e[0] and e[0].startswith("RUS") for e in evs)


def test_a_list_of_places_is_no_opening_place():
    # "در غزه، لبنان و ...": the places go on after the comma; the list is not a subject
    from rasad.events.clauses import analyzed
    from rasad.events.subjects import _after_opening_place
    doc = make_doc("در غزه، لبنان و سوریه ارتش اسرائیل حملات تازه‌ای انجام داد.", ACTORS)
    _, sents = analyzed(doc)
    s = sents[0]
    assert _after_opening_place(s, 0, len(s.toks)) is None


def test_clause_after_a_verb_and_comma_keeps_the_subject_before_it():
    # "X ... آنچه ... خواند، اعلام کرد آماده است ...": the clause after the comma is still X's
    actors = {"آنکارا": ("TURGOV", "Ankara", "GPE"), "باکو": ("AZEGOV", "Baku", "GPE")}
    text = ("آنکارا عصر پنج‌شنبه با رد آنچه دخالت بیگانگان خواند، تأکید کرد آماده است مبادلات "
            "تجاری با باکو را دو برابر کند.")
    doc = events_stage(make_doc(text, actors))
    evs = [(e.source, e.target) for e in doc.events if e.root == "03"]
    assert evs == [("TURGOV", "AZEGOV")]
