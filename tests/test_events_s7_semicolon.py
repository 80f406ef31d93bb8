"""A clause after "؛" has its own subject: the actor that opens it is not the genitive of the object
that follows ("... تحریم کرد؛ وزارت خارجه ایران این اقدام را ..."), so the first half's subject is
never borrowed for the second half's act."""
from rasad.pipeline import process


def _events(body: str) -> list[tuple[str | None, str, str | None]]:
    doc = process(f"عنوان خبر\n\n{body}\n".encode(), analyze=True)
    return [(e.source, e.cameo, e.target) for e in doc.events]


def test_second_half_after_semicolon_does_not_borrow_the_first_subject():
    body = ("وزارت بازرگانی ژاپن روز سه‌شنبه سه شرکت کشتیرانی چینی را تحریم کرد؛ "
            "وزارت خارجه چین این اقدام را غیرقانونی خواند.")
    events = _events(body)
    assert ("JPNGOV", "163", "CHN") in events or ("JPNGOV", "163", "CHNBUS") in events
    assert not any(src == "JPNGOV" and code.startswith("11") for src, code, _ in events)


def test_the_same_two_clauses_as_two_sentences_code_the_criticism():
    body = ("وزارت بازرگانی ژاپن روز سه‌شنبه سه شرکت کشتیرانی چینی را تحریم کرد. "
            "وزارت خارجه چین این اقدام را غیرقانونی خواند.")
    assert ("CHNGOV", "111", "JPNGOV") in _events(body)
