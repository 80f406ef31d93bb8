"""Arguments of events (session 7): compound parties. Sentences written for these tests; exact
codes and spans."""
from __future__ import annotations

from events_helpers import coded
from rasad.events.testing import make_doc

ACTORS = {
    "کره شمالی": ("PRK", "North Korea", "GPE"), "سئول": ("KORGOV", "Seoul", "GPE"),
    "توکیو": ("JPNGOV", "Tokyo", "GPE"), "شورای امنیت": ("IGOUNO", None, "ORG"),
}


def _events(text: str) -> list[tuple]:
    return coded(text, ACTORS, sort=True)


def test_shared_compound_subject_acts_in_the_second_clause_too():
    # "X و Y ... تشکیل دادند و این آزمایش را محکوم کردند": both capitals condemn, not only the first named
    text = ("کره شمالی عصر سه‌شنبه دو موشک کروز را از یک زیردریایی آزمایش کرد. سئول و توکیو همان شب "
            "نشست‌های فوری تشکیل دادند و این آزمایش را محکوم کردند.")
    evs = [e for e in _events(text) if e[1] == "111"]
    assert ("KORGOV", "111", "PRKGOV", "محکوم کردند") in evs
    assert ("JPNGOV", "111", "PRKGOV", "محکوم کردند") in evs


def test_learned_fill_of_one_coordinated_party_adds_the_others():
    # the learned filler picks one country of "به آنکارا و دوحه"; both are addressed
    from rasad.events.clauses import analyzed
    from rasad.events.learned import coordinated_copies
    from rasad.document import Event
    actors = {"وزیر خارجه عمان": ("OMNGOV", None, None), "آنکارا": ("TURGOV", "Ankara", "GPE"),
              "دوحه": ("QATGOV", "Doha", "GPE")}
    text = "وزیر خارجه عمان پیشنهاد مسقط را به آنکارا و دوحه ارائه کرد."
    doc = make_doc(text, actors)
    ments, sents = analyzed(doc)
    doha = next(m for m in ments if m.text == "دوحه")
    ev = Event(source="OMNGOV", source_text="وزیر خارجه عمان", target="QATGOV", target_text="دوحه",
               cameo="030", root="03", plover=None, negated=False, sentence=text, start=0, end=len(text))
    extra = coordinated_copies(sents, ev, doha)
    assert [(e.source, e.cameo, e.target, e.target_text) for e in extra] == [("OMNGOV", "030", "TURGOV", "آنکارا")]


def test_coordinated_copies_skip_the_source_country():
    from rasad.events.clauses import analyzed
    from rasad.events.learned import coordinated_copies
    from rasad.document import Event
    actors = {"وزیر خارجه ترکیه": ("TURGOV", None, None), "آنکارا": ("TURGOV", "Ankara", "GPE"),
              "دوحه": ("QATGOV", "Doha", "GPE")}
    text = "وزیر خارجه ترکیه پیشنهاد را به آنکارا و دوحه ارائه کرد."
    doc = make_doc(text, actors)
    ments, sents = analyzed(doc)
    doha = next(m for m in ments if m.text == "دوحه")
    ev = Event(source="TURGOV", source_text="وزیر خارجه ترکیه", target="QATGOV", target_text="دوحه",
               cameo="030", root="03", plover=None, negated=False, sentence=text, start=0, end=len(text))
    assert coordinated_copies(sents, ev, doha) == []
