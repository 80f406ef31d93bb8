"""The fields of one page share one writer style (`normalize_fields`): a title or a lead with no
sign of its own is spelled like the rest of its page, not guessed alone."""
from rasad.normalize import normalize, normalize_fields
from rasad.document import Document, Source
from rasad.normalize.stage import normalize_stage

CAREFUL = "دولت‌ها می‌گویند که این کارها را انجام نمی‌دهند و گزارش‌های تازه را بررسی می‌کنند."
JOINED = "دولتها میگویند که این کارها را انجام نمیدهند و گزارشهای تازه را بررسی میکنند."


def test_a_careful_page_keeps_the_joined_words_of_its_heading():
    # alone, the heading shows no sign and its joined word is split; on a careful page the writer
    # wrote it joined on purpose
    assert normalize("پیشبینی بارش") == "پیش‌بینی بارش"
    assert normalize_fields(["پیشبینی بارش", CAREFUL])[0] == "پیشبینی بارش"


def test_a_page_that_drops_its_zwnjs_has_them_restored_in_every_field():
    title, body = normalize_fields(["پیشبینی بارش", JOINED])
    assert title == "پیش‌بینی بارش"
    assert body == CAREFUL


def test_empty_fields_stay_empty():
    assert normalize_fields(["", "کشورها", ""]) == ["", "کشورها", ""]


def test_stage_normalizes_title_lead_section_and_body_together():
    doc = Document(raw=b"", source=Source())
    doc.title, doc.lead, doc.section = "پیشبینی بارش", "گزارشها", "بينالملل"
    doc.body = [JOINED, "   "]
    doc = normalize_stage(doc)
    assert (doc.title, doc.lead, doc.section) == ("پیش‌بینی بارش", "گزارش‌ها", "بین‌الملل")
    assert doc.body == [CAREFUL]
    assert doc.text == "پیش‌بینی بارش\n\nگزارش‌ها\n\n" + CAREFUL
