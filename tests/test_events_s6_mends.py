"""Review mends (session 6): arguments a reviewer showed misfiring on ordinary news. Sentences written
for these tests; exact codes and spans."""
from __future__ import annotations

from rasad.analyze.actors import analyze
from rasad.pipeline import process


def _events(text: str) -> list[tuple]:
    doc = process(text.encode())
    return sorted((e.source, e.cameo, e.target, e.target_text, doc.text[e.start:e.end]) for e in doc.events)


_AID = ("به گزارش ایرنا، جنگنده‌های روسیه روز جمعه شهر خارکیف را بمباران کردند. ژاپن روز شنبه دو محموله "
        "کمک انسانی به اوکراین ارسال کرد. وزیر خارجه کانادا این اقدام را ")


def test_this_act_praised_after_aid_is_the_aid_not_the_last_deed():
    # the last act is the aid (07), not a verbal conflict: "این اقدام" is the aid, not the bombing
    evs = _events(_AID + "ستود.")
    assert ("CANGOV", "051", "JPNGOV", "ژاپن", "ستود") in evs
    assert not any(e[0] == "CANGOV" and e[2] == "RUSGOV" for e in evs)


def test_this_act_condemned_after_aid_is_the_last_deed():
    # a disapproval of "این اقدام" still names the last deed (the bombing), not the aid
    evs = _events(_AID + "محکوم کرد.")
    assert ("CANGOV", "111", "RUSGOV", "جنگنده\u200cهای روسیه", "محکوم کرد") in evs


def test_meeting_a_resident_diplomat_at_home_is_no_visit():
    # a chargé d'affaires lives in Tehran: the host met him, he did not visit
    evs = _events("به گزارش مهر، وزیر امور خارجه کشورمان عصر یکشنبه در تهران با کاردار سفارت سوئیس دیدار کرد.")
    assert evs == [("IRNGOV", "040", "CHEGOV", "کاردار سفارت سوئیس", "دیدار کرد")]


def test_untitled_defence_minister_in_a_foreign_story_is_that_countrys():
    # any cabinet has a defence minister: untitled in a story about India, he is India's, not Iran's
    text = ("به گزارش تسنیم، نخست‌وزیر هند روز پنجشنبه برای دیداری دوروزه وارد توکیو شد. مودی در این سفر با "
            "همتای ژاپنی خود گفت‌وگو می‌کند. وزیر دفاع نیز روز پنجشنبه در دهلی نو از پاکستان انتقاد کرد.")
    doc = process(text.encode())
    assert [(a.text, a.code) for a in doc.actors if a.text == "وزیر دفاع"] == [("وزیر دفاع", "INDMIL")]
    assert [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events if e.cameo == "111"] \
        == [("INDMIL", "111", "PAKGOV", "انتقاد کرد")]


def test_later_surnames_skip_taken_spans_and_take_each_free_one():
    # the surname index (bisect over taken spans) must keep what the pairwise scan kept
    head = "به گزارش ایسنا، گونار استرومبرگ وزیر بازرگانی سوئد روز دوشنبه در استکهلم سخن گفت. "
    text = head + " ".join(["استرومبرگ افزود."] * 300)
    actors, entities = analyze(text)
    later = [a for a in actors if a.text == "استرومبرگ"]
    assert len(later) == 300 and {a.code for a in later} == {"SWEGOV"}
    assert all(text[a.start:a.end] == "استرومبرگ" for a in later)
    spans = sorted((a.start, a.end) for a in actors)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))  # no two actors overlap
