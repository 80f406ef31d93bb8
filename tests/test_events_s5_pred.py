"""Predicate recall, session 5 (issue 4): constructions the blind dev sets showed missing, each
written here with names, places and wording of its own, with exact codes, actors and evidence
offsets; the everyday uses of the same words stay uncoded."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ANY = "*"

ACTORS = {
    "وزیر خارجه اسپانیا": ("ESPGOV", None, None), "رئیس‌جمهور قزاقستان": ("KAZGOV", None, None),
    "امیر قطر": ("QATGOV", None, None), "پادشاه اردن": ("JORGOV", None, None),
    "رئیس‌جمهور مصر": ("EGYGOV", None, None), "خبرگزاری ایسنا": ("IRNMED", None, "ORG"),
    "وزیر کار": ("IRNGOV", None, None),
}


def _events(text: str, actors: dict | None = None):
    doc = events_stage(make_doc(text, actors or ACTORS))
    return [(e.source, e.cameo, e.target, doc.text[e.start:e.end], e.negated) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # calls to two parties, plural "تماس‌های": one call each
    ("رئیس‌جمهور قزاقستان در تماس‌های تلفنی جداگانه با امیر قطر و پادشاه اردن درباره تحولات منطقه سخن گفت.",
     [("KAZGOV", "041", "QATGOV", "تماس‌های تلفنی جداگانه با امیر قطر", False),
      ("KAZGOV", "041", "JORGOV", "تماس‌های تلفنی جداگانه با امیر قطر و پادشاه اردن", False)]),
    # the counterpart named by a nationality adjective
    ("وزیر خارجه اسپانیا در تماس تلفنی با همتای مصری خود درباره غزه سخن گفت.",
     [("ESPGOV", "041", "EGYGOV", "تماس تلفنی با همتای مصری خود", False)]),
    # talking to a news agency is an interview, not a call
    ("وزیر کار در تماس با خبرگزاری ایسنا از افزایش دستمزدها سخن گفت.", []),
])
def test_phone_calls(text, expected):
    assert _events(text) == expected


CHAR_ACTORS = dict(ACTORS, **{"سخنگوی دولت شیلی": ("CHLGOV", None, None), "پرو": ("PER", None, "GPE"),
                              "وزارت خارجه پرو": ("PERGOV", None, None)})


@pytest.mark.parametrize("text,expected", [
    # the characterisation is the complement between "را" and the verb: a negative one is criticism
    ("سخنگوی دولت شیلی این تصمیم پرو را «حمله‌ای آشکار به حقوق مهاجران» خواند.",
     [("CHLGOV", "111", "PERGOV", "خواند", False)]),
    ("سخنگوی دولت شیلی تحریم‌های پرو را «ظالمانه و مبتنی بر ادعاهای واهی» خواند.",
     [("CHLGOV", "111", "PERGOV", "خواند", False)]),
    # calling an accusation (the object) or calling it a claim (the complement's head) is not criticism
    ("سخنگوی دولت شیلی اتهامات پرو را «بی‌اساس» خواند.", []),
    ("سخنگوی دولت شیلی سخنان وزارت خارجه پرو را «ادعاهایی بی‌پایه» خواند.", []),
    # a neutral complement with a negative word elsewhere in the clause is no criticism
    ("سخنگوی دولت شیلی پیشنهاد پرو را «سازنده» خواند و گفت مهاجرت غیرقانونی کاهش یافته است.", []),
])
def test_characterisation(text, expected):
    assert _events(text, CHAR_ACTORS) == expected


FAM_ACTORS = dict(ACTORS, **{
    "دبیرکل ناتو": ("IGOWSTNAT", None, None), "ناتو": ("IGOWSTNAT", None, "ORG"), "لیتوانی": ("LTU", None, "GPE"),
    "دولت نروژ": ("NORGOV", None, None), "مالی": ("MLI", None, "GPE"), "دولت مالی": ("MLIGOV", None, None),
    "وزارت بازرگانی هند": ("INDGOV", None, None), "ویتنام": ("VNM", None, "GPE"),
    "شبه‌نظامیان جنجوید": ("SDNREB", None, "ORG"), "سودان": ("SDN", None, "GPE"),
    "وزارت خارجه کویت": ("KWTGOV", None, None), "بیروت": ("LBN", None, "GPE"), "کویت": ("KWT", None, "GPE"),
    "ارتش میانمار": ("MMRMIL", None, None), "سخنگوی دولت کره جنوبی": ("KORGOV", None, None),
    "ژاپن": ("JPNGOV", None, None), "سئول": ("KORGOV", None, "GPE"),
    "شورای رسانه‌ای بورکینافاسو": ("BFAGOV", None, None), "شبکه الحدث": ("AREMED", None, "ORG"),
    "کارگران": ("TUNLAB", None, None), "اتحادیه کارگری": ("TUNLAB", None, "ORG"),
})


@pytest.mark.parametrize("text,expected", [
    # 013: hope stated with the copula
    ("دبیرکل ناتو گفت که امیدوار است رایزنی‌ها با لیتوانی هفته آینده ادامه یابد.",
     [("IGOWSTNAT", "013", "LTUGOV", "امیدوار است", False)]),
    # 162: aid suspended ("به حالت تعلیق درآورد")
    ("دولت نروژ کمک‌های توسعه‌ای خود به مالی را به حالت تعلیق درآورد.",
     [("NORGOV", "162", "MLIGOV", "کمک‌های توسعه‌ای خود به مالی را به حالت تعلیق درآورد", False)]),
    # 163: tariffs imposed on a party's goods; announced ones are not an act yet
    ("وزارت بازرگانی هند عوارض ۳۰ درصدی بر واردات فولاد از ویتنام وضع کرد.",
     [("INDGOV", "163", "VNM", "عوارض ۳۰ درصدی بر واردات فولاد از ویتنام وضع کرد", False)]),
    ("وزارت بازرگانی هند گفت که بر واردات فولاد از ویتنام تعرفه وضع می‌کند.", []),
    # 180 → 202 by count: summary executions of civilians
    ("شبه‌نظامیان جنجوید در شمال سودان دست‌کم ۵۰ غیرنظامی را اعدام کردند.",
     [("SDNREB", "202", "SDN", "اعدام کردند", False)]),
    # 07: aid sent ("روانه X کرد"; passive "ارسال شد" by the agent), past only
    ("وزارت خارجه کویت اعلام کرد که هواپیمایی حامل دارو را روانه بیروت کرده است.",
     [("KWTGOV", "073", "LBN", "روانه بیروت کرده است", False)]),
    ("محموله‌ای از دارو از سوی کویت به بیروت ارسال شد.",
     [("KWTGOV", "073", "LBN", "ارسال شد", False)]),
    ("نخستین محموله‌ها هفته آینده از سوی کویت به بیروت ارسال می‌شود.", []),
    # 19: houses destroyed by artillery are shelling
    ("ارتش میانمار با شلیک توپخانه خانه‌های روستاییان را ویران کرد.",
     [("MMRMIL", "194", "MMRCVL", "ویران کرد", False)]),
    # 124: will not retract
    ("سخنگوی دولت کره جنوبی تصریح کرد که سئول اظهارات وزیر را درباره ژاپن پس نخواهد گرفت.",
     [("KORGOV", "124", None, "پس نخواهد گرفت", False)]),
    # 172: a medium's broadcasts suspended
    ("شورای رسانه‌ای بورکینافاسو پخش شبکه الحدث را برای سه ماه تعلیق کرد.",
     [("BFAGOV", "172", "AREMED", "پخش شبکه الحدث را برای سه ماه تعلیق کرد", False)]),
    # 133: workers' conditional threat of a strike addresses their own government
    ("نماینده اتحادیه کارگری گفت: «اگر تا پایان ماه حقوق‌ها پرداخت نشود، اعتصاب سراسری را آغاز خواهیم کرد.»",
     [("TUNLAB", "133", "TUNGOV", "اگر تا پایان ماه حقوق‌ها پرداخت نشود", False)]),
])
def test_families(text, expected):
    assert _events(text, FAM_ACTORS) == expected


MEET_ACTORS = {"وزیر خارجه اسپانیا": ("ESPGOV", None, None), "وزیر خارجه الجزایر": ("DZAGOV", None, None),
               "عبدالمجید تبون": ("DZAGOV", None, None), "الجزایر": ("DZAGOV", None, "GPE"),
               "ارمنستان": ("ARMGOV", None, "GPE"), "آذربایجان": ("AZEGOV", None, "GPE"), "ژنو": ("CHE", None, "GPE"),
               "شورشیان": ("NGAREB", None, None), "لاگوس": ("NGA", None, "GPE"),
               "وزارت خارجه غنا": ("GHAGOV", None, None)}


@pytest.mark.parametrize("text,expected", [
    # a visitor meeting two officials of the host in two sentences: two meetings
    ("وزیر خارجه اسپانیا در سفر به الجزایر با وزیر خارجه الجزایر دیدار کرد. وزیر خارجه اسپانیا در ادامه سفر "
     "خود به الجزایر با عبدالمجید تبون دیدار کرد.",
     [("ESPGOV", "042", "DZAGOV", "دیدار کرد", False), ("ESPGOV", "042", "DZAGOV", "دیدار کرد", False)]),
    # an earlier visit ("پیش‌تر") is background
    ("وزیر خارجه اسپانیا پیش‌تر نیز در سفر به الجزایر با مقامات این کشور گفت‌وگو کرده بود.", []),
    # "پشت میز مذاکره نشستند": negotiations
    ("هیئت‌های ارمنستان و آذربایجان روز دوشنبه در ژنو پشت میز مذاکره نشستند.",
     [("ARMGOV", "046", "AZEGOV", "پشت میز مذاکره نشستند", False)]),
    # condolences to the victims' families: the people the last attack hit
    ("شورشیان به بازاری در لاگوس حمله کردند. وزارت خارجه غنا ضمن تسلیت به خانواده‌های قربانیان، این حمله را "
     "محکوم کرد.",
     [("NGAREB", "190", "NGA", "حمله کردند", False), ("GHAGOV", "018", "NGACVL", "تسلیت", False),
      ("GHAGOV", "111", "NGAREB", "محکوم کرد", False)]),
])
def test_meetings_and_courtesies(text, expected):
    assert _events(text, MEET_ACTORS) == expected


B3_ACTORS = {"وزارت خارجه مراکش": ("MARGOV", None, None), "سفیر الجزایر": ("DZAGOV", None, None),
             "رباط": ("MARGOV", None, "GPE"), "الجزایر": ("DZAGOV", None, "GPE"), "الجزیره": ("DZAGOV", None, "GPE"),
             "شورای اتحادیه اروپا": ("IGOEUR", None, "ORG"), "بلاروس": ("BLR", None, "GPE"),
             "پلیس": ("TUNCOP", None, None), "کارگران": ("TUNLAB", None, None), "شرکت فولاد": ("TUNBUS", None, None),
             "مأموران امنیتی": ("TUNSPY", None, None), "دو کارمند سفارت الجزایر": ("DZAGOV", None, None)}


@pytest.mark.parametrize("text,expected", [
    # a foreign envoy "in our capital" summoned (114); one's own ambassador recalled (161)
    ("وزارت خارجه مراکش سفیر الجزایر در رباط را فراخواند.",
     [("MARGOV", "114", "DZAGOV", "سفیر الجزایر در رباط را فراخواند", False)]),
    ("وزارت خارجه مراکش سفیر خود در الجزایر را فراخواند.",
     [("MARGOV", "161", "DZAGOV", "سفیر خود در الجزایر را فراخواند", False)]),
    # a deadline to leave goes with the expulsion: no ultimatum
    ("وزارت خارجه مراکش دو کارمند سفارت الجزایر را عنصر نامطلوب اعلام کرد و به آنان ۴۸ ساعت مهلت داد.",
     [("MARGOV", "174", "DZAGOV", "نامطلوب اعلام کرد", False)]),
    # sanctions adopted at a meeting are no boycott of the meeting (the object is what is boycotted)
    ("شورای اتحادیه اروپا در نشست روز دوشنبه سه مقام بلاروس را تحریم کرد.",
     [("IGOEUR", "163", "BLR", "تحریم کرد", False)]),
    # a month of this year or last year dates the arrest outside the news cycle
    ("پلیس این فعال کارگری را اردیبهشت‌ماه امسال بازداشت کرده بود.", []),
    ("پلیس این فعال کارگری را خرداد‌ماه گذشته بازداشت کرده بود.", []),
    ("پلیس این فعال کارگری را روز ۱۲ آذر امسال بازداشت کرد.",
     [("TUNCOP", "173", "TUNCVL", "بازداشت کرد", False)]),
    # seizure of belongings ("ضبط کردند"), not a recording
    ("مأموران امنیتی تلفن همراه این روزنامه‌نگار را ضبط کردند.",
     [("TUNSPY", "1711", ANY, "ضبط کردند", False)]),
    ("کارگران ویدیویی از تجمع خود ضبط کردند.", []),
])
def test_expulsions_dates_strikes(text, expected):
    got = _events(text, B3_ACTORS)
    got = [(g[0], g[1], ANY if x[2] == ANY else g[2], g[3], g[4]) for g, x in zip(got, expected)] + got[len(expected):]
    assert got == expected


B4_ACTORS = {"وزیر خارجه قطر": ("QATGOV", None, None), "دوحه": ("QATGOV", None, "GPE"),
             "کابل": ("AFGGOV", None, "GPE"), "اسلام‌آباد": ("PAKGOV", None, "GPE"),
             "بوروندی": ("BDIGOV", None, "GPE"), "شورشیان رد تابارا": ("BDIREB", None, "ORG"),
             "رئیس کمیسیون بودجه مجلس": ("KENLEG", None, None), "وزارت دارایی کنیا": ("KENGOV", None, None)}


@pytest.mark.parametrize("text,expected", [
    # readiness to host talks between two parties: one event per party (039)
    ("وزیر خارجه قطر گفت که دوحه آماده است میزبان گفت‌وگوهای کابل و اسلام‌آباد باشد.",
     [("QATGOV", "039", "AFGGOV", "آماده است", False), ("QATGOV", "039", "PAKGOV", "آماده است", False)]),
    # denying military support: the support, negated
    ("بوروندی هرگونه حمایت نظامی از شورشیان رد تابارا را تکذیب کرد.",
     [("BDIGOV", "072", "BDIREB", "حمایت نظامی از شورشیان رد تابارا را تکذیب کرد", True)]),
    # a negative evaluation is criticism
    ("رئیس کمیسیون بودجه مجلس عملکرد وزارت دارایی کنیا را ناکافی دانست.",
     [("KENLEG", "111", "KENGOV", "دانست", False)]),
])
def test_offers_denials_evaluations(text, expected):
    assert _events(text, B4_ACTORS) == expected


B5_ACTORS = {"فرانسه": ("FRAGOV", None, "GPE"), "آلمان": ("DEUGOV", None, "GPE"), "ایتالیا": ("ITAGOV", None, "GPE"),
             "نخست‌وزیر کانادا": ("CANGOV", None, None), "اتاوا": ("CANGOV", None, "GPE"),
             "پلیس ترکیه": ("TURCOP", None, None), "سوریه": ("SYR", None, "GPE")}


@pytest.mark.parametrize("text,expected", [
    # data shared among three parties over a long object: first-named to each partner
    ("بر اساس بیانیه مشترک، فرانسه، آلمان و ایتالیا داده‌های ردیابی این پهپادها را به صورت آنی با یکدیگر "
     "به اشتراک گذاشتند.",
     [("FRAGOV", "064", "DEUGOV", "داده‌های ردیابی این پهپادها را به صورت آنی با یکدیگر به اشتراک گذاشتند", False),
      ("FRAGOV", "064", "ITAGOV", "داده‌های ردیابی این پهپادها را به صورت آنی با یکدیگر به اشتراک گذاشتند", False)]),
    # seizures announced in a warning are a threat of repression (137)
    ("نخست‌وزیر کانادا هشدار داد که اتاوا هر کشتی ماهیگیری دیگری را که وارد آب‌های کشور شود توقیف خواهد کرد.",
     [("CANGOV", "137", None, "توقیف خواهد کرد", False)]),
    # an elided light-verb noun takes the pattern that fits the shared verb's tense (not the threat)
    ("پلیس ترکیه صدها مهاجر سوریه را بازداشت و به مرز منتقل کرد.",
     [("TURCOP", "173", "SYRCVL", "بازداشت و به مرز منتقل کرد", False)]),
])
def test_sharing_threats_elided(text, expected):
    assert _events(text, B5_ACTORS) == expected


def _codes(text):
    from rasad.pipeline import process
    return [(e.source, e.cameo, e.target) for e in process(("به گزارش ایسنا، " + text).encode()).events]


def test_this_years_month_ahead_is_no_background():
    assert ("IRNGOV", "036", "RUSGOV") in _codes(
        "رئیس‌جمهور ایران در سفر اسفند امسال به مسکو با پوتین دیدار خواهد کرد.")
    assert _codes("این فعال مدنی اردیبهشت‌ماه امسال توسط پلیس بازداشت شده بود.") == []


def test_a_call_after_an_interview_in_the_same_sentence_is_coded():
    """A guard, not a proof of the phone_phrase mend (a call noun that names no party no longer ends
    the search): this sentence was coded right before that mend too, by the clause's own 04 path."""
    assert ("IRQGOV", "041", "TURGOV") in _codes(
        "وزیر خارجه عراق در تماس با خبرنگاران و سپس در تماس تلفنی با هاکان فیدان درباره آب دجله گفت‌وگو کرد.")



def test_this_meeting_told_again_with_the_ministers_name_is_one_meeting():
    from rasad.pipeline import process
    page = ("خبرگزاری مهر\nدیدار وزیران خارجه دو کشور\nبه گزارش خبرگزاری مهر، عباس عراقچی وزیر امور خارجه ایران "
            "امروز با وزیر امور خارجه ترکیه دیدار کرد.\nعراقچی در این دیدار با هاکان فیدان درباره "
            "گذرگاه‌های مرزی گفت‌وگو کرد.\n")
    meetings = [e for e in process(page.encode()).events if e.root == "04"]
    assert [(e.source, e.target) for e in meetings] == [("IRNGOV", "TURGOV")]
