"""Quote speakers: "وی افزود" continues the speaker, not the last person merely mentioned; speaker
spans are noun phrases (never a lone "یک", never the object of the sentence)."""
from __future__ import annotations

import pytest

from rasad.analyze.quotes import quotes_stage
from rasad.events.testing import make_doc

ACTORS = {
    "لاوروف": ("RUSGOV", "Sergey Lavrov", "PER"), "اسماعیل بقائی": ("IRNGOV", "Esmaeil Baghaei", "PER"),
    "هاکان فیدان": ("TURGOV", "Hakan Fidan", "PER"),
}


def _speakers(text: str):
    doc = quotes_stage(make_doc(text, ACTORS))
    return [(q.speaker, q.speaker_text) for q in doc.quotes]


@pytest.mark.parametrize("text,expected", [
    ("یک منبع آگاه گفت که مذاکرات با حضور لاوروف ادامه دارد. وی افزود که نتیجه هنوز روشن نیست.",
     [("unnamed source", "یک منبع آگاه"), ("unnamed source", "وی")]),
    ("اسماعیل بقائی از لاوروف انتقاد کرد. یک دیپلمات اروپایی گفت که گفت‌وگوها متوقف شده است. "
     "وی افزود که هیچ برنامه‌ای برای دیدار تازه وجود ندارد.",
     [("unnamed diplomat", "یک دیپلمات اروپایی"), ("unnamed diplomat", "وی")]),
    ("یک مقام ارشد گفت که توافق نزدیک است.", [("unnamed official", "یک مقام ارشد")]),
    ("هاکان فیدان در دیدار با اسماعیل بقائی گفت که روابط دو کشور راهبردی است. وی افزود که همکاری ادامه می‌یابد.",
     [("Hakan Fidan", "هاکان فیدان"), ("Hakan Fidan", "وی")]),
    ("هاکان فیدان از کشورهای کمک‌کننده تشکر کرد. وی از کشورهای کمک‌کننده تشکر کرد و گفت که کمک‌ها باید افزایش یابد.",
     [("Hakan Fidan", "وی")]),
])
def test_speaker_resolution(text, expected):
    assert _speakers(text) == expected


def test_speaker_before_a_relative_clause():
    text = ("یک منبع آگاه در وزارت خارجه که نخواست نامش فاش شود درباره دیدار با لاوروف گفت که مذاکرات ادامه دارد. "
            "وی افزود که نتیجه هنوز روشن نیست.")
    assert _speakers(text) == [("unnamed source", "یک منبع آگاه"), ("unnamed source", "وی")]

