"""Predicate coverage: the constructions agency editors use for the CAMEO families diplomacy and
security news report most (synonyms, light verbs, formal register نمود/گردید, passives), and acts
the conventions say not to code. Sentences written for these tests."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "وزیر امور خارجه ایران": ("IRNGOV", None, None), "وزیر امور خارجه قطر": ("QATGOV", None, None),
    "وزیر امور خارجه فرانسه": ("FRAGOV", None, None), "وزیر امور خارجه چین": ("CHNGOV", None, None),
    "وزیر امور خارجه ترکیه": ("TURGOV", None, None), "نخست‌وزیر عراق": ("IRQGOV", None, None),
    "رئیس‌جمهور فرانسه": ("FRAGOV", None, None), "رئیس‌جمهور ایران": ("IRNGOV", None, None),
    "وزیر دفاع اسرائیل": ("ISRGOV", None, None), "نخست‌وزیر پاکستان": ("PAKGOV", None, None),
    "پلیس پاکستان": ("PAKCOP", None, None), "ارتش اسرائیل": ("ISRMIL", None, None),
    "ایران": ("IRN", None, "GPE"), "عراق": ("IRQ", None, "GPE"), "ترکیه": ("TUR", None, "GPE"),
    "روسیه": ("RUS", None, "GPE"), "چین": ("CHN", None, "GPE"), "مصر": ("EGY", None, "GPE"),
    "سوریه": ("SYR", None, "GPE"), "لبنان": ("LBN", None, "GPE"), "اسرائیل": ("ISR", None, "GPE"),
    "آمریکا": ("USA", None, "GPE"), "هند": ("IND", None, "GPE"), "ریاض": ("SAU", None, "GPE"),
    "تهران": ("IRN", None, "GPE"), "سوئد": ("SWE", None, "GPE"), "هلند": ("NLD", None, "GPE"),
    "اوکراین": ("UKR", None, "GPE"), "انگلیس": ("GBR", None, "GPE"), "رفح": ("PSE", None, "GPE"),
    "غزه": ("PSE", None, "GPE"), "حماس": ("PSEREB", None, "ORG"), "مردم غزه": ("PSECVL", None, None),
    "حزب‌الله": ("LBNREB", None, "ORG"), "یمن": ("YEM", None, "GPE"), "ناوهای آمریکا": ("USAMIL", None, None),
    "حوثی‌ها": ("YEMREB", None, "ORG"), "بغداد": ("IRQ", None, "GPE"), "کانادا": ("CAN", None, "GPE"),
    "ارتش عراق": ("IRQMIL", None, "ORG"), "اوکراین‌": ("UKR", None, "GPE"),
    "وزیر کشور": ("IRNGOV", None, None), "پلیس عراق": ("IRQCOP", None, None), "پاکستان": ("PAK", None, "GPE"),
    "افغانستان": ("AFG", None, "GPE"), "نیروی دریایی آمریکا": ("USAMIL", None, "ORG"),
    "کارگران": ("IRNLAB", None, None), "ارتش لبنان": ("LBNMIL", None, "ORG"),
    "مجارستان": ("HUN", None, "GPE"), "ژاپن": ("JPN", None, "GPE"), "تایوان": ("TWN", None, "GPE"),
    "دادستانی تهران": ("IRNJUD", None, "ORG"), "وزارت خارجه چین": ("CHNGOV", None, "ORG"),
}

CASES = [
    # (sentence, [(source, cameo, target, negated)]) — exact, in order
    # 01: concern and hope in both registers ("اظهار"/"ابراز"، noun first)
    ("وزیر امور خارجه قطر از ادامه درگیری‌ها در سوریه اظهار نگرانی کرد.", [("QATGOV", "012", None, False)]),
    ("وزیر امور خارجه فرانسه نگرانی شدید خود را از وضعیت لبنان ابراز داشت.", [("FRAGOV", "012", None, False)]),
    ("وزیر امور خارجه چین از آتش‌بس در لبنان ابراز خشنودی کرد.", [("CHNGOV", "013", None, False)]),
    ("حماس مسئولیت این عملیات را پذیرفت.", [("PSEREB", "015", None, False)]),
    ("حماس مسئولیت حمله موشکی به «مواضع نظامی» در جنوب اسرائیل و اطراف شهر عسقلان را بر عهده گرفت.",
     [("PSEREB", "015", None, False)]),  # a long object between مسئولیت and the verb
    # 03: pledges and declared willingness
    ("ترکیه تعهد کرد که گذرگاه‌های مرزی با عراق را باز نگه دارد.", [("TURGOV", "030", None, False)]),
    ("وزیر امور خارجه ترکیه موافقت کشورش را با تمدید آتش‌بس اعلام کرد.", [("TURGOV", "0356", None, False)]),
    ("وزیر امور خارجه قطر ابراز آمادگی کرد که میان ایران و آمریکا میانجیگری کند.",
     [("QATGOV", "039", "IRNGOV", False), ("QATGOV", "039", "USAGOV", False)]),
    # 04: calls and visits
    ("رئیس‌جمهور فرانسه با رئیس‌جمهور ایران تماس تلفنی برقرار کرد.", [("FRAGOV", "041", "IRNGOV", False)]),
    ("نخست‌وزیر عراق با وزیر امور خارجه ایران تماس گرفت.", [("IRQGOV", "041", "IRNGOV", False)]),
    ("وزیر امور خارجه ایران و وزیر امور خارجه ترکیه گفت‌وگوی تلفنی داشتند.", [("IRNGOV", "041", "TURGOV", False)]),
    ("نخست‌وزیر پاکستان در رأس هیئتی به ریاض رفت.", [("PAKGOV", "042", "SAUGOV", False)]),
    ("وزیر امور خارجه قطر بامداد امروز به تهران آمد.", [("QATGOV", "042", "IRNGOV", False)]),
    ("وزیر امور خارجه ترکیه با نخست‌وزیر عراق رایزنی‌هایی انجام داد.", [("TURGOV", "040", "IRQGOV", False)]),
    ("ایران و آمریکا دور تازه مذاکرات را آغاز کردند.", [("IRNGOV", "046", "USAGOV", False)]),
    # 05: praise, apology
    ("وزیر امور خارجه ترکیه از موضع چین سپاسگزاری کرد.", [("TURGOV", "051", "CHNGOV", False)]),
    ("رئیس‌جمهور ایران نقش عراق را در برگزاری این نشست ستود.", [("IRNGOV", "051", "IRQGOV", False)]),
    ("وزیر دفاع اسرائیل از مصر پوزش خواست.", [("ISRGOV", "055", "EGYGOV", False)]),
    # formal register: نمود = کرد, گردید = شد
    ("ترکیه و عراق توافقنامه‌ای در زمینه آب امضا نمودند.", [("TURGOV", "057", "IRQGOV", False)]),
    ("پلیس پاکستان سه مظنون را دستگیر نمود.", [("PAKCOP", "173", "PAKCVL", False)]),
    ("ارتش اسرائیل شهر رفح را بمباران نمود.", [("ISRMIL", "195", "PSE", False)]),
    # 07, 08: aid sent, forces withdrawn
    ("ترکیه ۲۰ تن دارو برای مردم غزه فرستاد.", [("TURGOV", "073", "PSECVL", False)]),
    ("روسیه نیروهایش را از سوریه خارج کرد.", [("RUSGOV", "0874", "SYRGOV", False)]),
    # 11, 12: criticism, accusation, summons, refusal
    ("وزیر امور خارجه چین انتقادات تندی را متوجه آمریکا کرد.", [("CHNGOV", "111", "USAGOV", False)]),
    ("ایران اسرائیل را عامل این ترور دانست.", [("IRNGOV", "112", "ISRGOV", False)]),
    ("ترکیه کاردار سوئد را فراخواند.", [("TURGOV", "114", "SWEGOV", False)]),
    ("حماس از امضای توافق امتناع ورزید.", [("PSEREB", "120", None, False)]),
    # 16: relations downgraded, sanctions announced
    ("هلند سطح روابط دیپلماتیک خود با ایران را کاهش داد.", [("NLDGOV", "161", "IRNGOV", False)]),
    ("انگلیس تحریم‌های جدیدی علیه ایران اعلام کرد.", [("GBRGOV", "163", "IRN", False)]),
    # 19: attack predicates and passives
    ("اسرائیل به لبنان حمله‌ور شد.", [("ISR", "190", "LBN", False)]),
    ("مواضع حزب‌الله هدف حملات هوایی ارتش اسرائیل قرار گرفت.", [("ISRMIL", "195", "LBNREB", False)]),
    ("ارتش اسرائیل حملات خود به لبنان را از سر گرفت.", [("ISRMIL", "190", "LBN", False)]),
    # more light verbs and phrasal predicates
    ("وزیر امور خارجه ترکیه در بغداد به دیدار نخست‌وزیر عراق رفت.", [("TURGOV", "042", "IRQGOV", False)]),
    ("ایران دو تیم امداد و نجات به ترکیه اعزام کرد.", [("IRNGOV", "073", "TUR", False)]),
    ("روسیه و اوکراین ۱۵۰ اسیر را با یکدیگر مبادله کردند.", [("RUSGOV", "0841", "UKRGOV", False)]),
    ("ایران آمریکا را به دخالت در امور داخلی خود متهم ساخت.", [("IRNGOV", "112", "USAGOV", False)]),
    ("ارتش عراق در حالت آماده‌باش کامل قرار گرفت.", [("IRQMIL", "152", None, False)]),
    ("کانادا سفارت خود در تهران را بست.", [("CANGOV", "161", None, False)]),
    ("سه سرباز اسرائیلی در حمله حزب‌الله به شهادت رسیدند.", [("LBNREB", "190", "ISR", False)]),
    ("حماس اعلام کرد که حاضر به مذاکره با اسرائیل نیست.", [("PSEREB", "125", "ISRGOV", False)]),
    # denials: of an accusation (016), of one's own act (the act, negated)
    ("وزیر کشور اتهامات نمایندگان را نپذیرفت.", [("IRNGOV", "016", None, False)]),
    ("پاکستان ادعای افغانستان را رد کرد.", [("PAKGOV", "016", "AFGGOV", False)]),
    ("پلیس عراق خبر بازداشت دو روزنامه‌نگار را تکذیب کرد.", [("IRQCOP", "173", "IRQCVL", True)]),
    ("ایران هرگونه ارسال پهپاد به روسیه را تکذیب کرد.", [("IRNGOV", "072", "RUS", True)]),
    # ceasefire agreed, joint patrols, announcements "از X خبر داد"
    ("پاکستان و افغانستان با میانجیگری قطر بر سر آتش‌بس توافق کردند.", [("PAKGOV", "0871", "AFGGOV", False)]),
    ("ایران و عراق گشت‌های مرزی مشترکی را آغاز کردند.", [("IRNMIL", "062", "IRQMIL", False)]),
    ("ارتش لبنان از اعزام نیروهای کمکی به مرز خبر داد.", [("LBNMIL", "154", None, False)]),
    ("ارتش اسرائیل حاضر نیست از جنوب لبنان عقب‌نشینی کند.", [("ISRMIL", "1246", "LBNGOV", False)]),
    ("کارگران دست به اعتصابی سه روزه زدند.", [("IRNLAB", "143", None, False)]),
    ("نیروی دریایی آمریکا گفت که واکنشی نشان نداده است.", [("USAMIL", "011", None, False)]),
    ("دادستانی تهران اتهام جاسوسی را به او تفهیم کرد.", [("IRNJUD", "173", "IRNCVL", False)]),
    ("مجارستان سرانجام از وتوی خود دست کشید.", [("HUNGOV", "080", None, False)]),
    ("ژاپن نگرانی جدی خود را به چین منتقل کرد.", [("JPNGOV", "114", "CHNGOV", False)]),
    ("آمریکا فروش یک بسته تسلیحاتی به تایوان را تصویب کرد.", [("USAGOV", "072", "TWN", False)]),
    ("حماس سه سرباز اسرائیلی را کشته‌اند.", [("PSEREB", "180", "ISR", False)]),  # a joined perfect is a verb
    ("پاکستان روایت هند را رد کرد.", [("PAKGOV", "016", "INDGOV", False)]),
    ("پاکستان روایت هند را رد کرد و هند را به نقض آتش‌بس متهم کرد.", [("PAKGOV", "112", "INDGOV", False)]),
    ("اوکراین گفت که کی‌یف هیچ توافقی را با روسیه امضا نخواهد کرد.", [("UKRGOV", "127", "RUSGOV", False)]),
    # negation after a preverb ("فرانخوانده", not "نفراخوانده"); a long "اجازه ... نخواهد داد"
    ("عراق سفیر خود را از ترکیه فرانخوانده است.", [("IRQGOV", "161", "TURGOV", True)]),
    ("ترکیه اجازه استفاده از پایگاه‌های خود را به هیچ کشور ثالثی برای حمله به عراق نخواهد داد.",
     [("TURGOV", "124", "IRQGOV", False)]),
    ("وزیر امور خارجه ایران در تماس با وزیر امور خارجه ترکیه درباره سوریه گفت‌وگو کرد.",
     [("IRNGOV", "041", "TURGOV", False)]),
    # accepting mediation or an invitation; refusing them; condolence and congratulation messages
    ("ایران پیشنهاد میانجیگری قطر را پذیرفت.", [("IRNGOV", "038", "QATGOV", False)]),
    ("اسرائیل پیشنهاد میانجیگری ترکیه را نپذیرفت.", [("ISRGOV", "126", "TURGOV", False)]),
    ("روسیه دعوت ایران برای سفر به تهران را پذیرفت.", [("RUSGOV", "036", "IRNGOV", False)]),
    ("رئیس‌جمهور ایران پیام تسلیتی برای ترکیه فرستاد.", [("IRNGOV", "018", "TURGOV", False)]),
    ("چین پیام تبریکی به رئیس‌جمهور ایران ارسال کرد.", [("CHNGOV", "051", "IRNGOV", False)]),
    ("سه شرکت ایرانی از سوی آمریکا تحریم شدند.", [("USAGOV", "163", "IRN", False)]),
    # a warning of a forceful answer with no addressee named is still a threat (130)
    ("وزیر دفاع اسرائیل هشدار داد که هر حمله‌ای با پاسخ قاطع روبه‌رو خواهد شد.", [("ISRGOV", "130", None, False)]),
    # negation: a past act not done keeps its code, negated; a future refusal is 12x
    ("روسیه هیچ سلاحی به ایران تحویل نداده است.", [("RUSGOV", "072", "IRN", True)]),
    ("ارتش اسرائیل اعلام کرد که از جنوب لبنان عقب‌نشینی نخواهد کرد.", [("ISRMIL", "1246", "LBNGOV", False)]),
]

NOT_CODED = [
    "ایران باید حملات اسرائیل را محکوم کند.",                      # normative, no act
    "پس از دیدار وزیر امور خارجه ایران با وزیر امور خارجه ترکیه، نشست خبری برگزار شد.",  # nominal
    "ایران و آمریکا در سال ۲۰۱۵ توافق هسته‌ای را امضا کردند.",        # background year
    "احتمال دارد آمریکا تحریم‌های جدیدی علیه ایران اعمال کند.",        # speculation
    "وزیر امور خارجه ترکیه قرار است فردا با وزیر امور خارجه ایران دیدار کند.",  # scheduled
    "توافقی که سال ۲۰۱۵ میان ایران و آمریکا امضا شد، اکنون در آستانه فروپاشی است.",  # a year: older act
    "وزیر امور خارجه ایران نشست خبری هفتگی برگزار کرد.",  # a press conference is no meeting
    "سه نفر در یک تصادف رانندگی در تهران کشته شدند.",  # no attack
    "وزارت خارجه چین به شهروندان خود توصیه کرد تا اطلاع ثانوی از سفر به ژاپن خودداری کنند.",  # a travel advisory, no visit
    "وزیر امور خارجه ایران برای سفر به ترکیه آماده می‌شود.",  # a visit still to come
    "بر اساس این معاهده، عراق و ترکیه مرزهای یکدیگر را به رسمیت می‌شناسند و همچنین متعهد می‌شوند هیچ ادعای سرزمینی مطرح نکنند.",
    "لبنان اجازه نمی‌دهد سرزمینش به پایگاهی برای تهدید سوریه تبدیل شود.",  # resolve, no refusal
    "سخنگوی طالبان گفت که کابل از خاک خود دفاع می‌کند.",  # defending territory is no verbal act
    "وکیل او گفت که موکلش به این حکم اعتراض خواهد کرد.",  # an appeal in court
    "تا این لحظه هیچ گروهی مسئولیت این حمله انتحاری را بر عهده نگرفته است.",  # nobody acted
    "وزیر کشور گفت که تا این لحظه هیچ گروهی مسئولیت این حمله انتحاری را بر عهده نگرفته است.",  # nobody, after a speaker
]


def _events(sentence: str):
    return [(e.source, e.cameo, e.target, e.negated) for e in events_stage(make_doc(sentence, ACTORS)).events]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_predicate(sentence, expected):
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_CODED, ids=[s[:30] for s in NOT_CODED])
def test_not_coded(sentence):
    assert _events(sentence) == []


def test_future_passive_attack_restates_the_warning():
    """The warning is the threat; "... هدف موشک‌ها قرار خواهند گرفت" adds no sourceless second event."""
    evs = _events("حوثی‌ها هشدار دادند که ناوهای آمریکا در صورت نزدیک شدن به یمن هدف موشک‌ها قرار خواهند گرفت.")
    assert [(s, c[:2], t) for s, c, t, _ in evs] == [("YEMREB", "13", "USAMIL")]


def test_new_act_noun_refers_back_like_this():
    """"تحریم‌های تازه را «غیرقانونی» خواند": the new sanctions are the ones just reported (their
    author is the target), as "این تحریم‌ها" would be."""
    actors = {"اتحادیه اروپا": ("IGOEUR", None, "ORG"), "روسیه": ("RUS", None, "GPE"),
              "وزارت خارجه روسیه": ("RUSGOV", None, "ORG")}
    doc = make_doc("اتحادیه اروپا روز دوشنبه روسیه را تحریم کرد. وزارت خارجه روسیه تحریم‌های تازه را «غیرقانونی» خواند.",
                   actors)
    assert [(e.source, e.cameo, e.target) for e in events_stage(doc).events] == [
        ("IGOEUR", "163", "RUS"), ("RUSGOV", "111", "IGOEUR")]
