"""Event patterns, one family per case: exact CAMEO code, actors and evidence offsets."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.patterns import patterns, plover_for
from rasad.events.testing import make_doc

ACTORS = {
    "عباس عراقچی": ("IRNGOV", "Abbas Araghchi", "PER"), "عراقچی": ("IRNGOV", "Abbas Araghchi", "PER"),
    "سرگئی لاوروف": ("RUSGOV", "Sergey Lavrov", "PER"), "لاوروف": ("RUSGOV", "Sergey Lavrov", "PER"),
    "وزیر امور خارجه روسیه": ("RUSGOV", None, None), "پوتین": ("RUSGOV", "Vladimir Putin", "PER"),
    "زلنسکی": ("UKRGOV", "Volodymyr Zelensky", "PER"), "ماکرون": ("FRAGOV", "Emmanuel Macron", "PER"),
    "ایران": ("IRN", None, "GPE"), "روسیه": ("RUS", None, "GPE"), "اسرائیل": ("ISR", None, "GPE"),
    "ارتش اسرائیل": ("ISRMIL", None, "ORG"), "غزه": ("PSE", None, "GPE"), "آمریکا": ("USA", None, "GPE"),
    "تهران": ("IRN", None, "GPE"), "مسکو": ("RUS", None, "GPE"), "چین": ("CHN", None, "GPE"),
    "اوکراین": ("UKR", None, "GPE"), "سازمان ملل": ("IGOUNO", "United Nations", "ORG"),
    "اتحادیه اروپا": ("IGOEUR", "European Union", "ORG"), "رویترز": (None, None, "ORG"),
    "ایسنا": (None, None, "ORG"), "سخنگوی وزارت امور خارجه ایران": ("IRNGOV", None, None),
    "اسماعیل بقائی": ("IRNGOV", "Esmaeil Baghaei", "PER"), "معترضان": ("FRAOPP", None, None),
    "پلیس فرانسه": ("FRACOP", None, None), "فرانسه": ("FRA", None, "GPE"), "عربستان": ("SAU", None, "GPE"),
    "کارگران": ("IRNLAB", None, None), "حماس": ("PSEREBHMS", "Hamas", "ORG"),
    "شورای امنیت": ("IGOUNO", "UN Security Council", "ORG"), "نیروهای امنیتی": ("IRNCOP", None, None),
    "افراد مسلح": ("UAF", None, None), "سرباز اسرائیلی": ("ISRMIL", None, None),
    "هلال احمر ایران": ("IRNNGO", None, "ORG"), "بیروت": ("LBN", None, "GPE"),
    "بازرسان آژانس": ("IGOUNOIAE", None, None), "کره شمالی": ("PRK", None, "GPE"),
    "ترکیه": ("TUR", None, "GPE"), "ارتش اوکراین": ("UKRMIL", None, None), "ارتش روسیه": ("RUSMIL", None, None),
    "هند": ("IND", None, "GPE"), "پاکستان": ("PAK", None, "GPE"), "دیپلمات‌های": ("INDGOV", None, None),
}

CASES = [
    # (sentence, [(source, cameo, target, evidence, negated)])
    ("عباس عراقچی با سرگئی لاوروف در مسکو دیدار کرد.",
     [("IRNGOV", "042", "RUSGOV", "دیدار کرد", False)]),  # meeting in the host's capital: a visit
    ("ایران حمله اسرائیل به غزه را محکوم کرد.", [("IRNGOV", "111", "ISRGOV", "محکوم کرد", False)]),
    ("سخنگوی وزارت امور خارجه ایران اقدام آمریکا را به شدت محکوم کرد و از سازمان ملل خواست تا به تعهدات خود عمل کند.",
     [("IRNGOV", "111", "USAGOV", "محکوم کرد", False), ("IRNGOV", "020", "IGOUNO", "از سازمان ملل خواست", False)]),
    ("به گزارش ایسنا به نقل از رویترز، اسماعیل بقائی سخنگوی وزارت امور خارجه ایران گفت که تهران آمریکا را تهدید نکرده است.",
     [("IRNGOV", "130", "USAGOV", "تهدید نکرده است", True)]),
    ("ارتش اسرائیل روز گذشته مناطقی در غزه را بمباران کرد.", [("ISRMIL", "195", "PSE", "بمباران کرد", False)]),
    ("ده‌ها نفر در تهران بازداشت شدند.", [("IRNCOP", "173", "IRNCVL", "بازداشت شدند", False)]),
    ("ایران و روسیه یک توافقنامه همکاری راهبردی امضا کردند.", [("IRNGOV", "057", "RUSGOV", "امضا کردند", False)]),
    ("عراقچی به مسکو سفر کرد.", [("IRNGOV", "042", "RUSGOV", "سفر کرد", False)]),
    ("عراقچی در سفر به مسکو با پوتین دیدار کرد.", [("IRNGOV", "042", "RUSGOV", "دیدار کرد", False)]),
    ("ایران پیشنهاد آمریکا برای مذاکره را نپذیرفت.", [("IRNGOV", "125", "USAGOV", "نپذیرفت", False)]),
    ("اتحادیه اروپا ایران را تحریم کرد.", [("IGOEUR", "163", "IRN", "تحریم کرد", False)]),
    ("پیش‌تر ایران و آمریکا در سال ۲۰۱۵ توافق کرده بودند.", []),
    ("آمریکا به ایران هشدار داد که پاسخ قاطعی خواهد داد.", [("USAGOV", "138", "IRNGOV", "هشدار داد", False)]),
    ("معترضان در مقابل سفارت آمریکا تظاهرات کردند.", [("FRAOPP", "141", "FRAGOV", "تظاهرات کردند", False)]),
    ("زلنسکی ادعای حمله به مسکو را تکذیب کرد.", [("UKRGOV", "190", "RUS", "تکذیب کرد", True)]),
    ("چین آمریکا را به جاسوسی متهم کرد.", [("CHNGOV", "1125", "USAGOV", "متهم کرد", False)]),
    ("پوتین و زلنسکی گفت‌وگو کردند.", [("RUSGOV", "040", "UKRGOV", "گفت‌وگو کردند", False)]),
    ("ماکرون خواستار آتش‌بس فوری در غزه شد.",
     [("FRAGOV", "0256", None, "خواستار آتش‌بس فوری در غزه شد", False)]),
    ("پوتین در تماس تلفنی با ماکرون گفت‌وگو کرد.", [("RUSGOV", "041", "FRAGOV", "تلفنی با ماکرون گفت‌وگو کرد", False)]),
    ("چین از ایران و عربستان خواست تا از طریق گفت‌وگو اختلافات خود را حل کنند.",
     [("CHNGOV", "026", "IRNGOV", "از ایران و عربستان خواست", False),
      ("CHNGOV", "026", "SAUGOV", "از ایران و عربستان خواست", False)]),
    ("پلیس فرانسه سه نفر را بازداشت کرد.", [("FRACOP", "173", "FRACVL", "بازداشت کرد", False)]),
    ("کارگران دست به اعتصاب زدند.", [("IRNLAB", "143", None, "دست به اعتصاب زدند", False)]),
    ("حماس ۵۰ اسیر را آزاد کرد.", [("PSEREBHMS", "0841", None, "آزاد کرد", False)]),
    ("آمریکا از اقدام چین انتقاد کرد.", [("USAGOV", "111", "CHNGOV", "انتقاد کرد", False)]),
    ("روسیه اجازه نمی‌دهد بازرسان وارد شوند.", [("RUSGOV", "1245", None, "اجازه نمی‌دهد", False)]),
    ("ایران آمادگی خود را برای گفت‌وگو با عربستان اعلام کرد.",
     [("IRNGOV", "036", "SAUGOV", "آمادگی خود را برای گفت‌وگو با عربستان اعلام کرد", False)]),
    # one case per remaining root
    ("ماکرون از وضعیت غزه ابراز نگرانی کرد.", [("FRAGOV", "012", None, "ابراز نگرانی کرد", False)]),
    ("ایران و روسیه در زمینه مبارزه با تروریسم همکاری کردند.",
     [("IRNGOV", "060", "RUSGOV", "همکاری کردند", False)]),
    ("چین کمک‌های بشردوستانه به غزه ارسال کرد.",
     [("CHNGOV", "073", "PSE", "ارسال کرد", False)]),
    ("سازمان ملل درباره حمله به غزه تحقیق کرد.", [("IGOUNO", "093", None, "تحقیق کرد", False)]),
    ("ایران آزادی دیپلمات‌های خود را از آمریکا مطالبه کرد.",
     [("IRNGOV", "1053", "USAGOV", "مطالبه کرد", False)]),
    ("روسیه نیروهای بیشتری به مرز اوکراین اعزام کرد.", [("RUS", "154", "UKR", "اعزام کرد", False)]),
    ("افراد مسلح دو خبرنگار فرانسوی را ربودند.", [("UAF", "181", "FRA", "ربودند", False)]),
    ("حماس یک سرباز اسرائیلی را گروگان گرفت.", [("PSEREBHMS", "181", "ISRMIL", "گروگان گرفت", False)]),
    ("ارتش اسرائیل در غزه نسل‌کشی کرد.", [("ISRMIL", "202", "PSE", "نسل‌کشی کرد", False)]),  # the place of the act is its target
    ("آمریکا روابط دیپلماتیک خود را با ایران قطع کرد.",
     [("USAGOV", "161", "IRNGOV", "روابط دیپلماتیک خود را با ایران قطع کرد", False)]),
    ("ایران سفیر فرانسه را احضار کرد.", [("IRNGOV", "114", "FRAGOV", "احضار کرد", False)]),
    ("آمریکا قطعنامه شورای امنیت درباره غزه را وتو کرد.", [("USAGOV", "129", "IGOUNO", "وتو کرد", False)]),
    # negation: a refused future act is a 12x refusal; a past act that did not happen is negated
    ("ایران اعلام کرد که به هیچ وجه با آمریکا مذاکره نخواهد کرد.",
     [("IRNGOV", "125", "USAGOV", "مذاکره نخواهد کرد", False)]),
    ("عراقچی با لاوروف دیدار نکرد.", [("IRNGOV", "040", "RUSGOV", "دیدار نکرد", True)]),
    ("هلال احمر ایران ۴۰ تن دارو و اقلام غذایی را به بیروت ارسال کرد.", [("IRNNGO", "073", "LBN", "ارسال کرد", False)]),
    ("دو کشور توافق کردند که تجارت دوجانبه را افزایش دهند.", []),  # no actor on either side
    ("کره شمالی یک موشک بالستیک به سمت دریا شلیک کرد.", [("PRK", "150", None, "شلیک کرد", False)]),
    ("هند و پاکستان دیپلمات‌های یکدیگر را اخراج کردند.", [("INDGOV", "161", "PAKGOV", "اخراج کردند", False)]),
    ("ایران به بازرسان آژانس اجازه داد از تأسیسات بازدید کنند.",
     [("IRNGOV", "0862", "IGOUNOIAE", "اجازه داد", False)]),
    ("چین این حمله را محکوم کرد.", [("CHNGOV", "111", None, "محکوم کرد", False)]),
    # passive with agent; attack with casualties
    ("در حمله هوایی اسرائیل به غزه ۱۰ نفر کشته شدند.", [("ISR", "195", "PSE", "کشته شدند", False)]),
    ("روسیه به اوکراین حمله موشکی کرد.", [("RUS", "195", "UKR", "حمله موشکی کرد", False)]),
    ("آمریکا تحریم‌های جدیدی علیه ایران اعمال کرد.",
     [("USAGOV", "163", "IRN", "تحریم‌های جدیدی علیه ایران اعمال کرد", False)]),
    ("نیروهای امنیتی به سوی معترضان شلیک کردند.", [("IRNCOP", "175", "FRAOPP", "شلیک کردند", False)]),
    # acts inside reported speech take the embedded subject, else the speaker
    ("لاوروف گفت که روسیه حمله به غزه را محکوم می‌کند.", [("RUSGOV", "111", None, "محکوم می‌کند", False)]),
    ("لاوروف گفت که کشورش حمله اسرائیل را محکوم می‌کند.",
     [("RUSGOV", "111", "ISRGOV", "محکوم می‌کند", False)]),
    # subjunctive complements are not acts
    ("ماکرون از ایران خواست تا حمله را محکوم کند.", [("FRAGOV", "020", "IRNGOV", "از ایران خواست", False)]),
    # verbs added for coverage (2026-11-29)
    ("ایران از آمادگی روسیه ابراز خرسندی کرد.", [("IRNGOV", "013", None, "ابراز خرسندی کرد", False)]),
    ("ترکیه آمادگی دارد میان ایران و اسرائیل میانجیگری کند.",
     [("TURGOV", "039", "IRNGOV", "آمادگی دارد", False), ("TURGOV", "039", "ISRGOV", "آمادگی دارد", False)]),
    ("پوتین روز دوشنبه عازم هند شد.", [("RUSGOV", "042", "INDGOV", "عازم هند شد", False)]),
    ("ایران از موضع هند تقدیر کرد.", [("IRNGOV", "051", "INDGOV", "تقدیر کرد", False)]),
    ("روسیه به اوکراین کمک نکرد.", [("RUSGOV", "070", "UKR", "کمک نکرد", True)]),
    ("ارتش اوکراین ۴۰ پهپاد روسیه را رهگیری کرد.", [("UKRMIL", "190", "RUS", "رهگیری کرد", False)]),
    ("ارتش روسیه مواضع اوکراین را گلوله‌باران کرد.", [("RUSMIL", "194", "UKR", "گلوله‌باران کرد", False)]),
    ("پاکستان هند را مقصر حمله دانست.", [("PAKGOV", "1123", "INDGOV", "مقصر حمله دانست", False)]),
    ("هند از پاسخ به پاکستان خودداری کرد.", [("INDGOV", "120", "PAKGOV", "از پاسخ به پاکستان خودداری کرد", False)]),
    ("اوکراین به آتش‌بس با روسیه پایبند خواهد بود.", [("UKRGOV", "0356", None, "به آتش‌بس با روسیه پایبند خواهد بود", False)]),
    ("ایران هرگونه دخالت در این پرونده را تکذیب کرد.", [("IRNGOV", "016", None, "دخالت در این پرونده را تکذیب کرد", False)]),
    ("ارتش روسیه کشتار غیرنظامیان در اوکراین را تکذیب کرد.",
     [("RUSMIL", "202", "UKRCVL", "کشتار غیرنظامیان در اوکراین را تکذیب کرد", True)]),
    ("پلیس گرجستان تیراندازی به تظاهرکنندگان را تکذیب کرد.",
     [("GEOCOP", "175", "GEOOPP", "تیراندازی به تظاهرکنندگان را تکذیب کرد", True)]),
]


def _events(sentence: str):
    doc = make_doc(sentence, ACTORS)
    doc = events_stage(doc)
    return doc, doc.events


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_event_codes(sentence, expected):
    doc, events = _events(sentence)
    got = [(e.source, e.cameo, e.target, doc.text[e.start:e.end], e.negated) for e in events]
    assert got == expected
    for e in events:
        assert e.root == e.cameo[:2]
        assert e.sentence in doc.text


def test_generic_addressee_keeps_text():
    doc, events = _events("پوتین از جامعه جهانی خواست تا در تبادل اطلاعات مشارکت کند.")
    assert [(e.source, e.cameo, e.target, e.target_text) for e in events] == [
        ("RUSGOV", "0214", None, "جامعه جهانی")]
    assert events[0].plover == {"event_type": "REQUEST", "mode": "assist"}


def test_act_inside_direct_quote_uses_speaker():
    doc, events = _events("لاوروف گفت: «ما خواستار همکاری در زمینه کمک‌های حقوقی، تبادل اطلاعات و استرداد تروریست‌ها هستیم.»")
    assert [(e.source, e.cameo) for e in events] == [("RUSGOV", "0213")]


def test_anaphoric_object_targets_the_author_of_the_act():
    doc, events = _events("آمریکا ایران را تحریم کرد. چین این تحریم‌ها را محکوم کرد.")
    assert [(e.source, e.cameo, e.target) for e in events] == [("USAGOV", "163", "IRN"), ("CHNGOV", "111", "USAGOV")]


def test_passive_agent_is_the_speaking_police():
    doc, events = _events("پلیس فرانسه اعلام کرد که ۲۳ نفر از معترضان بازداشت شدند.")
    assert [(e.source, e.cameo, e.target) for e in events] == [("FRACOP", "173", "FRAOPP")]


def test_must_in_reported_speech_is_an_appeal():
    doc, events = _events("عراقچی تأکید کرد که جامعه جهانی باید به حملات اسرائیل پایان دهد.")
    assert [(e.source, e.cameo, e.target, e.target_text) for e in events] == [
        ("IRNGOV", "025", None, "جامعه جهانی")]


def test_future_aid_is_a_pledge():
    doc, events = _events("ماکرون گفت که فرانسه ۲۰۰ میلیون یورو کمک به اوکراین اختصاص خواهد داد.")
    assert [(e.source, e.cameo, e.target) for e in events] == [("FRAGOV", "033", "UKRGOV")]


def test_nationality_adjective_gives_the_attacker():
    doc = events_stage(make_doc("جنگنده‌های اسرائیلی بامداد امروز مناطقی در غزه را بمباران کردند.",
                                {"غزه": ("PSE", None, "GPE")}))
    events = doc.events
    assert [(e.source, e.cameo, e.target) for e in events] == [("ISRMIL", "195", "PSE")]


def test_long_adversarial_line_is_linear():
    text = ("از " * 3000) + ("خواستار " * 3000) + ("را محکوم کرد و " * 1000) + "شد."
    doc = make_doc(text, {"ایران": ("IRN", None, "GPE")})
    events_stage(doc)  # must simply finish quickly


def test_title_is_never_coded():
    doc = make_doc("متن خبر بدون رویداد است.", ACTORS, title="ایران اسرائیل را محکوم کرد")
    assert events_stage(doc).events == []


def test_no_actors_no_events():
    doc = make_doc("ده‌ها نفر بازداشت شدند. آنها سپس آزاد شدند.", {})
    assert events_stage(doc).events == []


def test_every_root_has_patterns_and_plover_types():
    roots = {p.cameo[:2] for lst in patterns().values() for p in lst if p.cameo}
    roots |= {p.neg[:2] for lst in patterns().values() for p in lst if p.neg}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}
    assert plover_for("010") is None
    assert plover_for("0214")["event_type"] == "REQUEST"
    assert plover_for("195") == {"event_type": "ASSAULT", "mode": "aerial"}
    assert plover_for("173") == {"event_type": "COERCE", "mode": "arrest"}
