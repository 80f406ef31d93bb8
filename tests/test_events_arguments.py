"""Sources and targets of events (issue 4): general argument-finding rules, one original text each.

Each case asserts the exact (source, cameo, target, evidence) of every event coded, where the
evidence is `doc.text[start:end]` (so offsets are checked too)."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "اسلام‌آباد": ("PAK", "Islamabad", "GPE"), "پاکستان": ("PAK", None, "GPE"), "ونزوئلا": ("VEN", None, "GPE"),
    "وزارت امور پناهندگان طالبان": (None, None, "ORG"), "شرکت ملی گاز ایران": (None, None, "ORG"),
    "مقام‌های ترکیه‌ای": ("TURGOV", None, None), "قطری": ("QATGOV", None, None),
    "حماس": ("PSEREB", "Hamas", "ORG"), "اسرائیل": ("ISR", "Israel", "GPE"), "دوحه": ("QAT", "Doha", "GPE"),
    "آنکارا": ("TUR", "Ankara", "GPE"), "عبدالعاطی": ("EGYGOV", "Badr Abdelatty", "PER"),
    "قاهره": ("EGY", "Cairo", "GPE"),
    "سفارت ایران در لندن": ("IRNGOV", None, None), "دولت بریتانیا": ("GBRGOV", None, None),
    "ایران": ("IRN", "Iran", "GPE"), "نیروهای آمریکایی": ("USAMIL", None, None),
    "کتائب حزب‌الله": ("IRQREB", "Kataib Hezbollah", "ORG"), "زلنسکی": ("UKRGOV", "Volodymyr Zelensky", "PER"),
    "کی‌یف": ("UKR", "Kyiv", "GPE"), "مسکو": ("RUS", "Moscow", "GPE"),
    "عراق": ("IRQ", "Iraq", "GPE"), "چین": ("CHN", "China", "GPE"), "روسیه": ("RUS", "Russia", "GPE"),
    "ساکنان بصره": ("IRQCVL", None, None), "دولت": ("IRQGOV", None, None),
    "فرانسه": ("FRA", "France", "GPE"), "حزب‌الله": ("LBNREB", "Hezbollah", "ORG"),
    "جنگنده‌های اسرائیلی": ("ISRMIL", None, None), "لبنان": ("LBN", "Lebanon", "GPE"),
    "معترضان": ("GEOOPP", None, None), "دولت گرجستان": ("GEOGOV", None, None),
    "عراقچی": ("IRNGOV", "Abbas Araghchi", "PER"), "رژیم صهیونیستی": ("ISR", "Israel", "GPE"),
    "آژانس": ("IGOUNOIAE", "IAEA", "ORG"), "نماینده ایران": ("IRNGOV", None, None),
    "زلنسکی، رئیس‌جمهور اوکراین،": ("UKRGOV", "Volodymyr Zelensky", "PER"),
    "ارمنستان": ("ARM", "Armenia", "GPE"), "آذربایجان": ("AZE", "Azerbaijan", "GPE"),
    "ابوظبی": ("ARE", "Abu Dhabi", "GPE"), "تهران": ("IRN", "Tehran", "GPE"), "آنکارا ": ("TUR", "Ankara", "GPE"),
    "خیل": ("VENGOV", "Yvan Gil", "PER"), "آمریکا": ("USA", "United States", "GPE"),
    "عفو بین‌الملل": ("NGOAMN", "Amnesty International", "ORG"), "روزنامه‌نگار ایرانی": ("IRNMED", None, None),
    "ارتش": ("IRNMIL", None, None), "جاسک": ("IRN", "Jask", "GPE"), "پدافند هوایی اوکراین": ("UKRMIL", None, None),
    "نیروهای مرزی افغانستان": ("AFGMIL", None, None), "ارتش پاکستان": ("PAKMIL", None, None),
    "نیروهای امنیتی": ("IRQCOP", None, None), "وزارت کشور عراق": ("IRQGOV", None, None),
    "اسحاق دار": ("PAKGOV", "Ishaq Dar", "PER"),
    "لین جیان": ("CHNGOV", "Lin Jian", "PER"), "تاکائیچی": ("JPNGOV", "Sanae Takaichi", "PER"),
    "توکیو": ("JPN", "Tokyo", "GPE"), "ژاپن": ("JPN", "Japan", "GPE"), "کمیساریای عالی پناهندگان": ("IGOUNO", "UNHCR", "ORG"),
    "آلمان": ("DEU", "Germany", "GPE"), "مهاجران": ("DEUREF", None, None), "برلین": ("DEU", "Berlin", "GPE"),
    "نظامیان اسرائیلی": ("ISRMIL", None, None), "سوریه": ("SYR", "Syria", "GPE"),
    "رهبر اتحادیه کشاورزان فرانسه": ("FRAAGR", None, None), "سخنگوی ارتش": ("IRNMIL", None, None),
    "پیونگ‌یانگ": ("PRK", "Pyongyang", "GPE"), "کره شمالی": ("PRK", "North Korea", "GPE"),
    "ترکیه": ("TUR", "Turkey", "GPE"), "سئول": ("KOR", "Seoul", "GPE"), "قطر": ("QAT", "Qatar", "GPE"), "نظامیان سوری": ("SYRMIL", None, None), "سخنگوی طالبان": ("AFGGOV", None, None), "بغداد": ("IRQ", "Baghdad", "GPE"), "پاریس": ("FRA", "Paris", "GPE"),
    "کابل": ("AFG", "Kabul", "GPE"), "معاون نخست‌وزیر": ("IRQGOV", None, None),
    "فؤاد حسین": ("IRQGOV", "Fuad Hussein", "PER"), "وزیر امور خارجه عراق": ("IRQGOV", None, None),
    "مونیخ": ("DEU", "Munich", "GPE"), "استانبول": ("TUR", "Istanbul", "GPE"),
    "وزیر امور خارجه پاکستان": ("PAKGOV", None, None),
    "عمان": ("OMN", "Oman", "GPE"), "مسقط": ("OMN", "Muscat", "GPE"),
    "نیروهای واکنش سریع": ("SDNREB", "Rapid Support Forces", "ORG"), "ارتش سودان": ("SDNMIL", None, None),
    "طالبان": ("AFGGOV", "Taliban", "ORG"),
    "دادستانی آلمان": ("DEUJUD", None, None), "لی چیانگ": ("CHNGOV", "Li Qiang", "PER"),
    "پکن": ("CHN", "Beijing", "GPE"),
    "سازمان ملل": ("IGOUNO", "United Nations", "ORG"),
    "ملت عراق": ("IRQCVL", None, None),
    "افراد مسلح بلوچ": ("PAKREB", None, None), "مهندس چینی": ("CHNCVL", None, None),
    "ریاض": ("SAU", "Riyadh", "GPE"), "وزیر خارجه عربستان": ("SAUGOV", None, None),
    "حزب کارگران کردستان": ("TURREB", "PKK", "ORG"), "اردوغان": ("TURGOV", "Recep Tayyip Erdogan", "PER"),
    "دیاربکر": ("TUR", "Diyarbakir", "GPE"), "سیاستمداران کرد": ("TUROPP", None, None),
    "ملت ونزوئلا": ("VENCVL", None, None), "ونزوئلا": ("VEN", "Venezuela", "GPE"),
    "معترضان گرجی": ("GEOOPP", None, None), "شرکت مستقر در امارات": ("AREBUS", None, None),
    "هنگ‌کنگ": ("CHN", "Hong Kong", "GPE"), "مالزی": ("MYS", "Malaysia", "GPE"),
    "مقام‌های اسرائیلی": ("ISRGOV", None, None), "غزه": ("PSE", "Gaza", "GPE"),
    "معاون وزیر خارجه اسرائیل": ("ISRGOV", None, None), "کابینه ژاپن": ("JPNGOV", None, None),
    "پارلمان عراق": ("IRQLEG", None, None), "رویترز": ("GBRMED", "Reuters", "ORG"),
    "لاوروف": ("RUSGOV", "Sergey Lavrov", "PER"),
    "احزاب مخالف ژاپن": ("JPNOPP", None, None), "محمود عباس": ("PSEGOV", "Mahmoud Abbas", "PER"),
    "اسماعیل هنیه": ("PSEREB", "Ismail Haniyeh", "PER"), "عراق": ("IRQ", "Iraq", "GPE"),
    "مردم ایران": ("IRNCVL", None, None),
    "خدمه هندی": ("INDCVL", None, None), "هند": ("IND", "India", "GPE"),
    "مقامات قضایی هرمزگان": ("IRNJUD", None, None),
    "دادستان هرمزگان": ("IRNJUD", None, None), "وزیر خارجه رواندا": ("RWAGOV", None, None),
    "ام ۲۳": ("CODREB", "M23", "ORG"),
    "نیروی زمینی ارتش ایران": ("IRNMIL", None, None), "قالیباف": ("IRNLEG", "Mohammad Bagher Ghalibaf", "PER"),
    "پلیس پاکستان": ("PAKCOP", None, None), "مهاجر افغان": ("AFGREF", None, None),
    "پهپاد ارتش اسرائیل": ("ISRMIL", None, None), "فرماندهان ارشد حزب‌الله": ("LBNREB", "Hezbollah", None),
    "فرماندهان میدانی حزب‌الله": ("LBNREB", "Hezbollah", None),
}

CASES = [
    # an institution the actor stage left uncoded: the country its name holds, the role of its head
    ("وزارت امور پناهندگان طالبان از اسلام‌آباد خواست که اخراج را متوقف کند.",
     [("AFGGOV", "025", "PAKGOV", "از اسلام‌آباد خواست")]),
    ("شرکت ملی گاز ایران نخستین محموله را به ونزوئلا ارسال کرد.",
     [("IRNBUS", "070", "VEN", "ارسال کرد")]),
    # mediation in a third country is not a visit; "X و Y" adjectives are two mediators
    ("مقام‌های ترکیه‌ای و قطری در دوحه میان حماس و اسرائیل میانجیگری کردند.",
     [("TURGOV", "045", "PSEREB", "میانجیگری کردند"), ("TURGOV", "045", "ISRGOV", "میانجیگری کردند"),
      ("QATGOV", "045", "PSEREB", "میانجیگری کردند"), ("QATGOV", "045", "ISRGOV", "میانجیگری کردند")]),
    # an appeal to "دو طرف" after "از": one event per party of the last dyad
    ("عبدالعاطی در قاهره میان حماس و اسرائیل میانجیگری کرد. عبدالعاطی گفت که قاهره روز گذشته از دو طرف خواسته است"
     " انعطاف نشان دهند.",
     [("EGYGOV", "045", "PSEREB", "میانجیگری کرد"), ("EGYGOV", "045", "ISRGOV", "میانجیگری کرد"),
      ("EGYGOV", "020", "PSEREB", "از دو طرف خواسته است"), ("EGYGOV", "020", "ISRGOV", "از دو طرف خواسته است")]),
    # "یکی از X را": a partitive closed by "را" is the object, not the subject; one use of force per
    # sentence and side when only one names a target
    ("یک پهپاد ارتش اسرائیل امروز خودرویی را در صور هدف قرار داد و یکی از فرماندهان میدانی حزب‌الله را ترور کرد.",
     [("ISRMIL", "186", "LBNREB", "ترور کرد")]),
    # a mention inside a word ("ایران‌هراسی") is no actor; the subject comes before the "را" object
    ("سفارت ایران در لندن این اتهامات را رد کرد و دولت بریتانیا را به دامن زدن به «موج ایران‌هراسی» متهم کرد.",
     [("IRNGOV", "112", "GBRGOV", "متهم کرد")]),
    # "آنها را" is the plural actor named before it, not the author of the last act
    ("کتائب حزب‌الله هشدار داد که اگر نیروهای آمریکایی خارج نشوند، آنها را اشغالگر تلقی خواهد کرد.",
     [("IRQREB", "138", "USAMIL", "هشدار داد"), ("IRQREB", "111", "USAMIL", "تلقی خواهد کرد")]),
    # no addressee in the sentence: the article's single counterpart
    ("زلنسکی با مسکو مذاکره کرد. زلنسکی تصریح کرد که کی‌یف هیچ طرح تحمیلی را نخواهد پذیرفت.",
     [("UKRGOV", "046", "RUSGOV", "مذاکره کرد"), ("UKRGOV", "120", "RUSGOV", "نخواهد پذیرفت")]),
    # "خواستار <act> X شد": X is who is asked to act
    ("ساکنان بصره خواستار رسیدگی دولت به بحران آب شدند.",
     [("IRQCVL", "020", "IRQGOV", "خواستار رسیدگی دولت به بحران آب شدند")]),
    # a joint exercise with a «name»: first-named party to each partner, armed forces on both sides
    ("ایران، روسیه و چین رزمایش مشترک «کمربند امنیت» را در دریای عمان برگزار کردند.",
     [("IRNMIL", "062", "RUSMIL", "رزمایش مشترک «کمربند امنیت» را در دریای عمان برگزار کردند"),
      ("IRNMIL", "062", "CHNMIL", "رزمایش مشترک «کمربند امنیت» را در دریای عمان برگزار کردند")]),
    # an indefinite noun closes a PP: "در بیانیه‌ای ایران را" has Iran as the object
    ("آلمان در بیانیه‌ای ایران را به نقض تعهدات متهم کرد.", [("DEUGOV", "112", "IRNGOV", "متهم کرد")]),
    # "خواستار ... بودند" (pluperfect) is an appeal too
    ("معترضان خواستار استعفای دولت گرجستان بودند.",
     [("GEOOPP", "0241", "GEOGOV", "خواستار استعفای دولت گرجستان بودند")]),
    # a conditional warning with no addressee threatens the side attacking the speaker's country;
    # an armed group's threat is a threat of force (138)
    ("جنگنده‌های اسرائیلی جنوب لبنان را بمباران کردند. حزب‌الله هشدار داد که اگر حملات ادامه یابد، پاسخ می‌دهد.",
     [("ISRMIL", "195", "LBN", "بمباران کردند"), ("LBNREB", "138", "ISRGOV", "هشدار داد")]),
    # "این حملات را": the genitive actor of the same noun earlier in the sentence
    ("عراقچی ضمن یادآوری تشدید حملات رژیم صهیونیستی به شرق لبنان، این حملات را محکوم کرد.",
     [("IRNGOV", "111", "ISRGOV", "محکوم کرد")]),
    # "این درخواست را": the author of the article's last appeal, not of its last act
    ("آژانس از ایران خواست که بازرسان را بپذیرد. نماینده ایران این درخواست را رد کرد.",
     [("IGOUNOIAE", "0255", "IRNGOV", "از ایران خواست"), ("IRNGOV", "120", "IGOUNOIAE", "رد کرد")]),
    # a generic addressee ("متحدان غربی") is a null target, never the article's counterpart
    ("روسیه به کی‌یف حمله کرد. زلنسکی، رئیس‌جمهور اوکراین، از متحدان غربی خواست که سامانه پدافندی بفرستند.",
     [("RUS", "190", "UKR", "حمله کرد"), ("UKRGOV", "020", None, "از متحدان غربی خواست")]),
    # two foreign parties meeting in a third country: a meeting, not a visit to the host
    ("ارمنستان و آذربایجان روز چهارشنبه در ابوظبی دیدار کردند.", [("ARMGOV", "040", "AZEGOV", "دیدار کردند")]),
    # frame words after the verb may come after an adverbial phrase
    ("عراقچی گفت که تهران آماده است برای مهار بحران‌های مرزی با آنکارا همکاری کند.",
     [("IRNGOV", "030", "TURGOV", "آماده است")]),
    # a "با" inside the topic phrase ("درباره ... مقابله با X") is not the partner
    ("خیل در تهران با عراقچی درباره مقابله با تحریم‌های آمریکا گفت‌وگو کرد.",
     [("VENGOV", "042", "IRNGOV", "گفت‌وگو کرد")]),
    # "خواستار آزادی X": X is the detainee, not the addressee
    ("عفو بین‌الملل خواستار آزادی فوری روزنامه‌نگار ایرانی شد.",
     [("NGOAMN", "0253", None, "خواستار آزادی فوری روزنامه‌نگار ایرانی شد")]),
    # an armed agent before an object NP is the subject, not the object's genitive
    ("در نخستین روز رزمایش پهپادهای رزمی ارتش اهداف تعیین‌شده را در جاسک هدف قرار دادند.",
     [("IRNMIL", "190", None, "هدف قرار دادند")]),
    # force with no target named: against the side that attacks the actor's country
    ("روسیه به کی‌یف حمله کرد. پدافند هوایی اوکراین ۳۰ پهپاد را رهگیری و منهدم کرد.",
     [("RUS", "190", "UKR", "حمله کرد"), ("UKRMIL", "190", "RUS", "رهگیری و منهدم کرد")]),
    # "به سوی یکدیگر آتش گشودند": a compound subject fighting each other
    ("نیروهای مرزی افغانستان و ارتش پاکستان به سوی یکدیگر آتش گشودند.",
     [("AFGMIL", "190", "PAKMIL", "آتش گشودند")]),
    # an unnamed armed agent is no one's: the source stays null, never borrowed from the speaker
    ("وزارت کشور عراق مدعی شد که افراد مسلح ناشناس به سوی نیروهای امنیتی آتش گشودند.",
     [("IRQGOV", "112", None, "مدعی شد"), (None, "190", "IRQCOP", "آتش گشودند")]),
    # a phone call with words between "تلفنی" and "با"
    ("لاوروف در تماس تلفنی دیگری با عراقچی از مواضع اصولی تهران قدردانی کرد.",
     [("RUSGOV", "051", "IRNGOV", "قدردانی کرد"), ("RUSGOV", "041", "IRNGOV", "تماس تلفنی دیگری با عراقچی")]),
    # calling someone's remarks provocative is criticism of them (not a denial of a report)
    ("لین جیان سخنان تاکائیچی درباره تایوان را «تحریک‌آمیز و خطرناک» خواند.",
     [("CHNGOV", "111", "JPNGOV", "خواند")]),
    # «اگر X ...، باید بهای سنگینی بپردازد»: a threat to X
    ("لین جیان گفت: «اگر سئول در مسئله تایوان مداخله کند، باید بهای سنگینی بپردازد.»",
     [("CHNGOV", "130", "KORGOV", "اگر سئول در مسئله تایوان مداخله کند")]),
    # "X از Y خواست که ... کند و هشدار داد": the warning is X's (the complement is subjunctive)
    ("کمیساریای عالی پناهندگان از آلمان خواست که اخراج مهاجران را متوقف کند و به برلین هشدار داد.",
     [("IGOUNO", "025", "DEUGOV", "از آلمان خواست"), ("IGOUNO", "130", "DEUGOV", "هشدار داد")]),
    # a crowd named by no actor protests as the civilians of the place
    ("آلمان مهاجران را اخراج کرد. صدها نفر در مونیخ علیه این اخراج‌ها تظاهرات کردند.",
     [("DEUGOV", "174", "DEUREF", "اخراج کرد"), ("DEUCVL", "141", "DEUGOV", "تظاهرات کردند")]),
    # conditional threats inside speech: to the if-clause's actor, or a generic one kept as text
    ("رهبر اتحادیه کشاورزان فرانسه گفت: «اگر پاریس صدای ما را نشنود، اعتراض‌ها را گسترش می‌دهیم.»",
     [("FRAAGR", "133", "FRAGOV", "اگر پاریس صدای ما را نشنود")]),
    ("سخنگوی ارتش هشدار داد: «اگر دشمن خطایی کند، پاسخ ما قاطع خواهد بود.»",
     [("IRNMIL", "138", None, "هشدار داد")]),
    # an adjective between a light verb's noun and its verb
    ("سئول از مجرای دیپلماتیک به پکن اعتراض رسمی کرد.",
     [("KORGOV", "114", "CHNGOV", "اعتراض رسمی کرد")]),
    # bare "آن را" is the previous object of the sentence (its first actor)
    ("کره شمالی پیشنهاد سئول برای دیدار سران را «رؤیایی دور از دسترس» خواند و آن را رد کرد.",
     [("PRKGOV", "120", "KORGOV", "رد کرد")]),
    # "این حمله" after an attack by unknown assailants: no author, no counterpart
    ("مهاجمان ناشناس به یک بازار در بغداد حمله کردند. عراقچی این حمله را محکوم کرد.",
     [(None, "190", "IRQ", "حمله کردند"), ("IRNGOV", "111", None, "محکوم کرد")]),
    # "X ... رد کرد و گفت که Y مسئول ... بوده است": X holds Y responsible (112)
    ("وزیر خارجه رواندا این ادعا را رد کرد و گفت که ام ۲۳ مسئول آغاز خشونت‌ها بوده است.",
     [("RWAGOV", "112", "CODREB", "مسئول آغاز خشونت‌ها بوده است")]),
    # refusing to give up one's own arms is a refusal to yield (124), not a refused delivery
    ("حزب‌الله اعلام کرد که سلاح خود را تحویل نخواهد داد.", [("LBNREB", "124", None, "سلاح خود را تحویل نخواهد داد")]),
    # "دو طرف" after "میان X و Y" in the same sentence: one appeal per party
    ("قطر که میزبان مذاکرات میان حماس و اسرائیل است، از دو طرف خواست که به گفت‌وگو بازگردند.",
     [("QATGOV", "026", "PSEREB", "از دو طرف خواست"), ("QATGOV", "026", "ISRGOV", "از دو طرف خواست")]),
    # a passive signing (not) done: between the last meeting's two parties; "دو طرف بر ادامه
    # مذاکرات تأکید کردند" is an intent to meet (036)
    ("ارمنستان و آذربایجان در ابوظبی دیدار کردند. پیمان صلح در این نشست دوروزه امضا نشد و دو طرف بر ادامه"
     " مذاکرات تأکید کردند.",
     [("ARMGOV", "040", "AZEGOV", "دیدار کردند"), ("ARMGOV", "057", "AZEGOV", "امضا نشد"),
      ("ARMGOV", "036", "AZEGOV", "بر ادامه مذاکرات تأکید کردند")]),
    # the object may sit inside the pattern's gap ("آموزش X را ... آغاز کرد")
    ("ترکیه دوره آموزش نظامیان سوری را در استان هاتای آغاز کرد.",
     [("TURMIL", "062", "SYRMIL", "آموزش نظامیان سوری را در استان هاتای آغاز کرد")]),
    # the setting ("در این گفت‌وگو") is not the topic; a person's two titles are not two subjects
    ("عراقچی در این گفت‌وگو آمادگی ایران را برای میانجیگری میان ارمنستان و آذربایجان اعلام کرد.",
     [("IRNGOV", "039", "ARMGOV", "آمادگی ایران را برای میانجیگری میان ارمنستان و آذربایجان اعلام کرد"),
      ("IRNGOV", "039", "AZEGOV", "آمادگی ایران را برای میانجیگری میان ارمنستان و آذربایجان اعلام کرد")]),
    ("فؤاد حسین معاون نخست‌وزیر و وزیر امور خارجه عراق از مواضع تهران قدردانی کرد.",
     [("IRQGOV", "051", "IRNGOV", "قدردانی کرد")]),
    # an appeal to pressure a third party is an appeal for diplomatic cooperation (022)
    ("حماس از قطر خواست که اسرائیل را برای توقف حملات تحت فشار قرار دهد.",
     [("PSEREB", "022", "QATGOV", "از قطر خواست")]),
    # criticism of an act named only by "این حمله" targets the author's government
    ("جنگنده‌های اسرائیلی جنوب لبنان را بمباران کردند. حزب‌الله این حمله را محکوم کرد.",
     [("ISRMIL", "195", "LBN", "بمباران کردند"), ("LBNREB", "111", "ISRGOV", "محکوم کرد")]),
    # force announced for the future inside a warning is one threat of force, to the warned party
    ("ترکیه هشدار داد که اگر نیروهای مرزی افغانستان عقب‌نشینی نکنند، آنکارا عملیات نظامی در شمال سوریه آغاز خواهد کرد.",
     [("TURGOV", "138", "AFGMIL", "هشدار داد")]),
    # a verbal act with no addressee shares the previous clause's addressees (same source and sentence)
    ("قطر از ایران و آمریکا خواست که گفت‌وگوها را از سر بگیرند و آمادگی دوحه را برای میزبانی مذاکرات آینده اعلام کرد.",
     [("QATGOV", "026", "IRNGOV", "از ایران و آمریکا خواست"), ("QATGOV", "026", "USAGOV", "از ایران و آمریکا خواست"),
      ("QATGOV", "039", "IRNGOV", "آمادگی دوحه را برای میزبانی مذاکرات آینده اعلام کرد"),
      ("QATGOV", "039", "USAGOV", "آمادگی دوحه را برای میزبانی مذاکرات آینده اعلام کرد")]),
    # "این نیروها" is the last earlier mention named by that noun; not wanting war is no appeal
    ("نیروهای واکنش سریع به الفاشر حمله کردند. ارتش سودان این نیروها را به جنایت جنگی متهم کرد.",
     [("SDNREB", "190", None, "حمله کردند"), ("SDNMIL", "1124", "SDNREB", "متهم کرد")]),
    ("طالبان اعلام کرد که کابل خواهان درگیری با هیچ همسایه‌ای نیست.", []),
    # a prosecutor's accusation reported by the prosecutor is a charge (173) on the people named
    ("دادستانی آلمان اعلام کرد که یک مرد ایرانی را به جاسوسی متهم کرده است.",
     [("DEUJUD", "173", "IRNCVL", "متهم کرده است")]),
    # "به همکاری با X ادامه خواهد داد": an intent to cooperate
    ("لی چیانگ گفت که پکن به همکاری همه‌جانبه با مسکو ادامه خواهد داد.",
     [("CHNGOV", "030", "RUSGOV", "به همکاری همه‌جانبه با مسکو ادامه خواهد داد")]),
    # an army killing fighters is conventional force (190); an inquiry into acts "در X" targets X
    ("ارتش پاکستان اعلام کرد که در عملیاتی ۱۱ شبه‌نظامی طالبان را کشته است.",
     [("PAKMIL", "190", "AFGGOV", "کشته است")]),
    ("سازمان ملل تحقیق درباره سرکوب اقلیت‌ها در ایران را آغاز کرد.",
     [("IGOUNO", "092", "IRNGOV", "تحقیق درباره سرکوب اقلیت‌ها در ایران را آغاز کرد")]),
    # sanctions lists ("در فهرست تحریم‌ها قرار داد")
    ("آمریکا ۱۲ شرکت ایرانی را در فهرست تحریم‌ها قرار داد.",
     [("USAGOV", "163", "IRN", "فهرست تحریم‌ها قرار داد")]),
    # "به دولت و ملت عراق": one addressee, the government
    ("لاوروف در پیام جداگانه‌ای به دولت و ملت عراق تسلیت گفت.", [("RUSGOV", "018", "IRQGOV", "تسلیت گفت")]),
    # a rebel group's attack is not the army's previous target
    ("افراد مسلح بلوچ دو مهندس چینی را ربودند. ارتش پاکستان عملیاتی گسترده را آغاز کرد.",
     [("PAKREB", "181", "CHNCVL", "ربودند"), ("PAKMIL", "190", None, "عملیاتی گسترده را آغاز کرد")]),
    # a generic party anywhere in the clause is its addressee: no article counterpart
    ("عراقچی با ریاض دیدار کرد. وزیر خارجه عربستان از آمادگی ریاض برای برگزاری نشست کشورهای اسلامی خبر داد.",
     [("IRNGOV", "040", "SAUGOV", "دیدار کرد"),
      ("SAUGOV", "036", None, "آمادگی ریاض برای برگزاری نشست کشورهای اسلامی خبر داد")]),
    # an abbreviation with dots is one token (no sentence end inside "پ.ک.ک"); a rebel group leaving
    # its country's territory withdraws from it (the country is not the group itself)
    ("حزب کارگران کردستان (پ.ک.ک) اعلام کرد که واپسین دسته از رزمندگانش خاک ترکیه را ترک کرده است.",
     [("TURREB", "0874", "TURGOV", "خاک ترکیه را ترک کرده است")]),
    # praise by a positive label; a court "در X" is X's judiciary
    ("حزب کارگران کردستان سلاح‌های خود را زمین گذاشت. اردوغان این اقدام را گامی مهم خواند.",
     [("TURREB", "0873", None, "سلاح‌های خود را زمین گذاشت"), ("TURGOV", "051", "TURREB", "خواند")]),
    ("دادگاهی در استانبول دستور آزادی ۱۴ تن از سیاستمداران کرد را صادر کرد.",
     [("TURJUD", "0841", "TUROPP", "دستور آزادی ۱۴ تن از سیاستمداران کرد را صادر کرد")]),
    # standing by a nation is support for its state (051 → GOV); an armed group's seizure is a hijacking
    ("عراقچی گفت که ایران در کنار ملت ونزوئلا ایستاده است.",
     [("IRNGOV", "051", "VENGOV", "در کنار ملت ونزوئلا ایستاده است")]),
    ("حزب‌الله یک کشتی اسرائیلی را توقیف کرد.", [("LBNREB", "181", "ISR", "توقیف کرد")]),
    # citizens' demands with no addressee are to their own government; elections are political reform
    ("معترضان گرجی خواستار برگزاری انتخابات زودهنگام بودند.",
     [("GEOOPP", "024", "GEOGOV", "خواستار برگزاری انتخابات زودهنگام بودند")]),
    # places listed after a located body are not further targets
    ("آمریکا ۱۲ شرکت مستقر در امارات و مالزی را تحریم کرد.",
     [("USAGOV", "163", "AREBUS", "تحریم کرد")]),
    # a bare passive participle is an adjective; arriving somewhere that is no country is no visit
    ("اسیران آزاد شده از زندان‌های اسرائیل به لبنان بازگشتند.", []),
    ("عراقچی وارد سالن اجلاس شد.", []),
    # a list goes on in its preposition: "در غزه، لبنان و سوریه" holds no subject
    ("این اداره به پناهندگان در غزه، لبنان و سوریه کمک می‌کند.", []),
    # an attribution inside the sentence ("که به گفته مقام‌های اسرائیلی، حماس ...") is no subject
    ("جنگ پس از حمله‌ای آغاز شد که به گفته مقام‌های اسرائیلی، حماس در آن ۲۵۰ نفر را به گروگان گرفت.",
     [("PSEREB", "181", None, "گروگان گرفت")]),
    # from sampling unannotated pages: threatening with an attack is a threat; a target set on an
    # agenda is no attack; "صرف نظر کرد" is no talk; an adjective "متعهد" is no pledge; figurative
    # help; media do not act; a topic "میان X و Y ... باید" is no addressee; a future meeting is 036
    ("معاون وزیر خارجه اسرائیل ایران را تهدید به حمله نظامی کرد.",
     [("ISRGOV", "138", "IRNGOV", "تهدید به حمله نظامی کرد")]),
    ("کابینه ژاپن هدف اصلی خود را تمرکز بر اصلاحات قرار داد.", []),
    ("پارلمان عراق از تصمیم خود صرف نظر کرد.", []),
    ("مجلس به نیروهای متخصص، متعهد و پیگیر نیاز دارد.", []),
    ("لی چیانگ گفت که این توافق به حل مشکلات کمک کرد.", []),
    ("رویترز نوشت که آمریکا محموله کشتی‌های ایران را توقیف کرده است.",
     [("USAGOV", "1711", "IRN", "توقیف کرده است")]),
    ("لی چیانگ گفت: «گفت‌وگو میان حماس و اسرائیل باید ادامه یابد.»", []),
    ("لاوروف گفت که وزیران خارجه روسیه و ایران هفته آینده در مسکو با عراقچی گفت‌وگو خواهند کرد.",
     [("RUSGOV", "036", "IRNGOV", "گفت‌وگو خواهند کرد")]),
    # a conditional offer is no threat; a genitive before "باید" is no addressee; boycotting an event
    # is a protest (143); civilian "عملیات" is no attack; quoted names coordinate
    ("لاوروف گفت: «اگر ایران سوخت را بازگرداند، ما ساخت نیروگاه را از سر خواهیم گرفت.»", []),
    ("نماینده مجلس گفت: دیدگاه مردم ایران باید نسبت به مجلس تغییر کند.", []),
    ("احزاب مخالف ژاپن نشست‌های پارلمان را تحریم کردند.", [("JPNOPP", "143", None, "تحریم کردند")]),
    ("فرانسه عملیات بازسازی عراق را آغاز کرد.", []),
    ('"محمود عباس" و "اسماعیل هنیه" در غزه با یکدیگر دیدار کردند.',
     [("PSEGOV", "040", "PSEREB", "دیدار کردند")]),
    # "X بازداشت و ... تحویل داده شدند": an elided passive sharing the later "شدند"; the arresting
    # side is the other country named, not the detainees'
    ("۱۶ خدمه هندی این نفتکش بازداشت و به مقامات قضایی هرمزگان تحویل داده شدند.",
     [("IRNCOP", "173", "INDCVL", "بازداشت و به مقامات قضایی هرمزگان تحویل داده شدند")]),
    ("۱۶ خدمه این نفتکش که تابعیت هند دارند، بازداشت و به مقامات قضایی هرمزگان تحویل داده شدند.",
     [("IRNCOP", "173", "INDCVL", "بازداشت و به مقامات قضایی هرمزگان تحویل داده شدند")]),
    # a case opened "برای X" by a prosecutor who says so is a charge; aid put at X's disposal
    ("دادستان هرمزگان گفت که پرونده قاچاق برای این افراد تشکیل شده است.",
     [("IRNJUD", "173", "IRNCVL", "پرونده قاچاق برای این افراد تشکیل شده است")]),
    ("وزیر خارجه رواندا گفت که کشورش هرگز کمک نظامی در اختیار شورشیان ام ۲۳ قرار نداده است.",
     [("RWAGOV", "072", "CODREB", "کمک نظامی در اختیار شورشیان ام ۲۳ قرار نداده است")]),
    # an exercise named with its force and no subject: the force holds it; «اگر اروپا ...» keeps the
    # uncoded party as text
    ("رزمایش بزرگ نیروی زمینی ارتش ایران امروز در سواحل مکران آغاز شد.",
     [("IRNMIL", "150", None, "رزمایش بزرگ نیروی زمینی ارتش ایران امروز در سواحل مکران آغاز شد")]),
    ("قالیباف گفت: «اگر اروپا به فشارها ادامه دهد، نمایندگان خروج از ان‌پی‌تی را بررسی خواهند کرد.»",
     [("IRNLEG", "136", None, "اگر اروپا به فشارها ادامه دهد")]),
    # "هدف قرار داد" with no force in the clause is no attack; declining to explain is no refusal
    ("تحقیقات اف بی آی دو مقام دیگر را هدف قرار داده است.", []),
    ("لاوروف از ارائه توضیحات بیشتر خودداری کرد.", [("RUSGOV", "011", None, "از ارائه توضیحات بیشتر خودداری کرد")]),
    # an elided active light verb: "بازداشت [کرد] و به مرز منتقل کرد"
    ("پلیس پاکستان صدها مهاجر افغان را در اسلام‌آباد بازداشت و به مرز منتقل کرد.",
     [("PAKCOP", "173", "AFGREF", "بازداشت و به مرز منتقل کرد")]),
    ("انتخابات آزاد و منصفانه در گرجستان برگزار شد.", []),  # "آزاد و" is an adjective, not a release
    ("دانشجویان گفتند: «اشغال و جنایت رژیم صهیونیستی را محکوم می‌کنیم.»",  # a noun of the object, not elided
     [(None, "111", "ISRGOV", "محکوم می‌کنیم")]),
    # an act whose counterpart fill makes it a copy of a named one is one act (two different rejections stay two)
    ("عفو بین‌الملل از ایران خواست که او را آزاد کند. عفو بین‌الملل خواستار آزادی بی‌قیدوشرط این وبلاگ‌نویس شد.",
     [("NGOAMN", "0253", "IRNGOV", "از ایران خواست")]),
    # non-political uses: "responsible for ticketing", a fired coach, "talked about", "was pulling"
    ("سخنگوی فیفا گفت که حماس مسئول فروش بلیت مسابقات بوده است.", []),
    ("سرمربی تیم ملی ایران به دلیل نتایج ضعیف اخراج شد.", []),
    ("لاوروف از علاقه روسیه به همکاری صحبت کرد.", []),
    ("سربازان روسیه سیم‌ها را به سمت پل می‌کشیدند.", []),
    # embargoes and occupation
    ("چین واردات گوشت گاو از ژاپن را به مدت نامعلوم متوقف کرد.",
     [("CHNGOV", "163", "JPN", "واردات گوشت گاو از ژاپن را به مدت نامعلوم متوقف کرد")]),
    ("نظامیان اسرائیلی چند ارتفاع در غرب سوریه را به اشغال خود درآوردند.",
     [("ISRMIL", "192", "SYR", "به اشغال خود درآوردند")]),
]


def _events(text: str):
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events), key=str)


def test_headline_paragraph_not_coded():
    """A short paragraph without final punctuation (a repeated title, a kicker) is not coded."""
    doc = make_doc("عراق ۱۲ متهم را به ایران تحویل داد\n\nعراق ۱۲ متهم را به ایران تحویل داد.", ACTORS)
    doc.parts = [("lead", 0, 34), ("body", 36, len(doc.text))]
    evs = events_stage(doc).events
    assert [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in evs] == [
        ("IRQGOV", "063", "IRNGOV", "تحویل داد")]
    assert evs[0].start > 36


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_arguments(text, expected):
    assert _events(text) == sorted(expected, key=str)


def test_dotted_abbreviations_tokenize_linearly():
    """"پ.ک.ک" is one token; a long run of letters and dots is tokenized in one pass (no backtracking)."""
    from rasad.events.tokens import tokenize
    assert [t.text for t in tokenize("شاخه نظامی (پ.ک.ک) روز یکشنبه.")] == \
        ["شاخه", "نظامی", "(", "پ.ک.ک", ")", "روز", "یکشنبه", "."]
    toks = tokenize("ا." * 20000 + "ب")
    assert len(toks) == 1 and toks[0].end == 40001


def test_two_parties_in_article_order():
    """"دو وزیر توافق کردند" after a call reported from the second party: the source is the party the
    article names first (conventions: first-named party of a symmetric act)."""
    text = ("ایران و عربستان درباره غزه رایزنی کردند. فیصل بن فرحان در تماس تلفنی با عراقچی تبادل نظر کرد."
            " دو وزیر توافق کردند که رایزنی‌ها را ادامه دهند.")
    actors = dict(ACTORS, **{"عربستان": ("SAU", "Saudi Arabia", "GPE"),
                             "فیصل بن فرحان": ("SAUGOV", "Faisal bin Farhan", "PER")})
    doc = events_stage(make_doc(text, actors))
    last = [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events if "دو وزیر" in e.sentence]
    assert last == [("IRNGOV", "036", "SAUGOV", "توافق کردند")]
