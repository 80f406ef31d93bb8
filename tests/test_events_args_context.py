"""Arguments from the article's context (issue 4, generalization pass): verdicts refer back to the
court, passive acts remember their default author, protests address the act they
protest, "این حمله تروریستی" is an armed group's, an armed group's attack at home is on its
country, property and people acted on abroad are the place's. Original sentences in agency style; exact (source, cameo, target, target_text,
evidence) with evidence = doc.text[start:end]."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "دادگاه انقلاب مشهد": ("IRNJUD", None, "ORG"), "کانون صنفی کارگران": ("IRNLAB", None, "ORG"),
    "علی رضایی": ("IRNCVL", "Ali Rezaei", "PER"), "تبریز": ("IRN", "Tabriz", "GPE"),
    "عفو بین‌الملل": ("NGOAMN", "Amnesty International", "ORG"),
    "پاکستان": ("PAK", "Pakistan", "GPE"), "پیشاور": ("PAK", "Peshawar", "GPE"),
    "طالبان پاکستان": ("PAKREB", "Tehrik-i-Taliban Pakistan", "ORG"), "ایسنا": ("IRNMED", "ISNA", "ORG"),
    "دولت نظامی مالی": ("MLIGOV", None, "ORG"), "اتحادیه آفریقا": ("IGOAFU", "African Union", "ORG"),
    "شهرک‌نشینان": ("ISRCVL", None, None), "رام‌الله": ("PSE", "Ramallah", "GPE"),
    "پلیس فرانسه": ("FRACOP", None, "ORG"), "ارتش آمریکا": ("USAMIL", None, "ORG"),
    "کارگران بندر روتردام": ("NLDLAB", None, "ORG"), "دولت هلند": ("NLDGOV", None, "ORG"), "هلند": ("NLD", "Netherlands", "GPE"),
}


def _events(text: str, actors=ACTORS) -> list[tuple]:
    doc = events_stage(make_doc(text, actors))
    return sorted(((e.source, e.cameo, e.target, e.target_text, doc.text[e.start:e.end]) for e in doc.events),
                  key=str)


CASES = [
    # "این حکم": a verdict's author is the court named before; a hunger strike "در اعتراض به این حکم"
    # addresses the same court
    ("دادگاه انقلاب مشهد روز شنبه علی رضایی را به سه سال حبس محکوم کرد. کانون صنفی کارگران در بیانیه‌ای "
     "این حکم را محکوم کرد. همسر رضایی گفت او در اعتراض به این حکم از روز دوشنبه دست به اعتصاب غذا زده است.",
     [("IRNJUD", "116", "IRNCVL", "علی رضایی", "محکوم کرد"),
      ("IRNLAB", "111", "IRNJUD", "دادگاه انقلاب مشهد", "محکوم کرد"),
      ("IRNCVL", "142", "IRNJUD", "دادگاه انقلاب مشهد", "دست به اعتصاب غذا زده است")]),
    # a passive arrest coded by its default role (police of the place) is the author "این بازداشت"
    # refers to; a foreign NGO addresses that state's government
    ("سه فعال مدنی روز دوشنبه در تبریز بازداشت شدند. عفو بین‌الملل این بازداشت را محکوم کرد.",
     [("IRNCOP", "173", "IRNCVL", "سه فعال مدنی روز دوشنبه در تبریز", "بازداشت شدند"),
      ("NGOAMN", "111", "IRNGOV", None, "محکوم کرد")]),
    # an armed group's attack at home is on its own country (a state's never is)
    ("طالبان پاکستان روز سه‌شنبه به یک پاسگاه پلیس در پیشاور حمله کردند.",
     [("PAKREB", "190", "PAK", "پیشاور", "حمله کردند")]),
    # the agency of the attribution is not the country of a passive's default agent
    ("به گزارش ایسنا، دولت نظامی مالی اعلام کرد که چند نظامی و غیرنظامی به اتهام دست داشتن در کودتا بازداشت شده‌اند.",
     [("MLICOP", "173", "MLICVL", None, "بازداشت شده‌اند")]),
    # "این حمله تروریستی": the armed group that claimed an attack, not the state that struck it since
    ("طالبان پاکستان مسئولیت انفجار در پیشاور را بر عهده گرفت. ارتش آمریکا روز جمعه مواضع این گروه را "
     "بمباران کرد. اتحادیه آفریقا این حمله تروریستی را محکوم کرد.",
     [("PAKREB", "015", None, None, "مسئولیت انفجار در پیشاور را بر عهده گرفت"),
      ("USAMIL", "195", None, None, "بمباران کرد"),
      ("IGOAFU", "111", "PAKREB", "طالبان پاکستان", "محکوم کرد")]),
    # property destroyed in a raid on a place abroad is that place's people's
    ("شهرک‌نشینان مسلح بامداد جمعه به روستای ترمسعیا در شمال رام‌الله یورش بردند، دو چوپان را به‌شدت مورد ضرب و شتم "
     "قرار دادند و ده‌ها درخت زیتون را به آتش کشیدند.",
     [("ISRCVL", "182", "PSE", "رام‌الله یورش بردند", "مورد ضرب و شتم قرار دادند"),
      ("ISRCVL", "1712", "PSECVL", None, "به آتش کشیدند")]),
    # dispersing acts on people even with no "را" object
    ("پلیس فرانسه برای متفرق کردن معترضان از گاز اشک‌آور استفاده کرد.",
     [("FRACOP", "175", "FRAOPP", None, "گاز اشک‌آور استفاده کرد")]),
    # a strike against a policy named with its author addresses that author
    ("کارگران بندر روتردام هلند در اعتراض به طرح دولت هلند دست به اعتصاب زدند.",
     [("NLDLAB", "143", "NLDGOV", "دولت هلند", "دست به اعتصاب زدند")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_context_arguments(text, expected):
    assert _events(text) == sorted(expected, key=str)


def test_hunger_strike_without_a_protested_act_keeps_no_target():
    # the analysis annotators leave a hunger strike's addressee open: no government is added
    text = "علی رضایی از روز یکشنبه در زندان دست به اعتصاب غذا زده است."
    assert _events(text) == [("IRNCVL", "142", None, None, "دست به اعتصاب غذا زده است")]


def test_object_after_a_comma_is_the_object_np():
    # "در پاسخ به این تجاوز، ناو آمریکایی را": the object NP starts after the comma, the anaphoric
    # adverbial before it does not name the target (nor does the side that attacked the speaker)
    actors = {"یحیی سریع": ("YEMREB", "Yahya Saree", "PER"), "نیروی دریایی یمن": ("YEMREB", None, "ORG"),
              "جنگنده‌های آمریکایی": ("USAMIL", None, None), "انگلیسی": ("GBRMIL", None, None),
              "صنعا": ("YEM", "Sanaa", "GPE")}
    text = ("جنگنده‌های آمریکایی و انگلیسی شامگاه جمعه فرودگاه صنعا را بمباران کردند. یحیی سریع تأکید کرد "
            "که نیروی دریایی یمن ساعاتی بعد در پاسخ به این تجاوز، ناوشکن آمریکایی را در خلیج عدن با دو "
            "پهپاد هدف قرار داده است.")
    assert _events(text, actors) == sorted([
        ("USAMIL", "195", "YEM", "صنعا", "بمباران کردند"),
        ("GBRMIL", "195", "YEM", "صنعا", "بمباران کردند"),
        ("YEMREB", "195", "USA", "ناوشکن آمریکایی", "هدف قرار داده است")], key=str)


def test_this_country_in_a_title_is_not_the_agency_home():
    # in an Iranian agency's story "وزارت امور خارجه این کشور" is the country named before it
    from rasad.events.clauses import analyzed
    actors = {"نواف سلام": ("LBNGOV", "Nawaf Salam", "PER"), "لبنان": ("LBN", "Lebanon", "GPE"),
              "وزارت امور خارجه این کشور": ("LBNGOV", None, "ORG"), "وزارت امور خارجه": ("LBNGOV", None, "ORG")}
    doc = make_doc("نواف سلام، نخست‌وزیر لبنان، از وزارت امور خارجه این کشور خواست شکایت کند. "
                   "وزارت امور خارجه هم بیانیه داد.", actors)
    doc.agency = "mehr"
    ments, _ = analyzed(doc)
    assert [(m.text, m.code) for m in ments if m.text.startswith("وزارت")] == [
        ("وزارت امور خارجه این کشور", "LBNGOV"), ("وزارت امور خارجه", "IRNGOV")]


def test_a_mediator_is_not_the_single_counterpart():
    # the parties' only counterpart is each other: the mediator's events do not make it a second one
    actors = {"روسیه": ("RUS", "Russia", "GPE"), "اوکراین": ("UKR", "Ukraine", "GPE"),
              "قطر": ("QAT", "Qatar", "GPE"), "مسکو": ("RUS", "Moscow", "GPE"),
              "سخنگوی کرملین": ("RUSGOV", None, None)}
    text = ("روسیه و اوکراین روز شنبه با میانجیگری قطر ۱۵۰ اسیر جنگی را مبادله کردند. سخنگوی کرملین گفت که "
            "مسکو خواستار بازگشت فوری دیگر اسیران است.")
    # (an exchange "با میانجیگری قطر" is the parties' act alone: no 045, tests/test_events_s7_arg2_mediation.py)
    assert _events(text, actors) == sorted([
        ("RUSGOV", "0841", "UKRGOV", "اوکراین", "اسیر جنگی را مبادله کردند"),
        ("RUSGOV", "020", "UKRGOV", None, "خواستار بازگشت فوری دیگر اسیران است")], key=str)


def test_a_bare_head_belongs_to_the_nationality_after_it():
    # "هیئت‌های مصری": the adjective names the delegation's country, whatever the actor stage guessed
    actors = {"هیئت": ("ISRGOV", None, None), "نمایندگان حماس": ("PSEREB", None, None),
              "قاهره": ("EGY", "Cairo", "GPE")}
    text = "هیئت‌های مصری و قطری روز دوشنبه در قاهره با نمایندگان حماس دیدار کردند."
    assert _events(text, actors) == [("EGYGOV", "040", "PSEREB", "نمایندگان حماس", "دیدار کردند")]


VETO_ACTORS = {"اتحادیه اروپا": ("IGOEUR", "European Union", "ORG"), "اسلواکی": ("SVK", "Slovakia", "GPE"),
               "روسیه": ("RUS", "Russia", "GPE"), "اوکراین": ("UKR", "Ukraine", "GPE"),
               "آمریکا": ("USA", "United States", "GPE")}


@pytest.mark.parametrize("text,expected", [
    # the vetoed proposal names no author: the body the article names is the target
    ("اتحادیه اروپا روز جمعه نوزدهمین بسته تحریمی خود علیه روسیه را تصویب کرد. اما اسلواکی پیشنهاد "
     "انتقال بخشی از دارایی‌های توقیف‌شده روسیه به اوکراین را وتو کرد.",
     ("SVKGOV", "129", "IGOEUR", "اتحادیه اروپا", "وتو کرد")),
    # the proposal's author named as its genitive stays the target
    ("روسیه قطعنامه آمریکا را وتو کرد.", ("RUSGOV", "129", "USAGOV", "آمریکا", "وتو کرد")),
])
def test_veto_targets_the_body_unless_the_proposal_has_an_author(text, expected):
    assert [e for e in _events(text, VETO_ACTORS) if e[1] == "129"] == [expected]


SANCTION_ACTORS = {"وزارت خزانه‌داری آمریکا": ("USAGOV", None, "ORG"), "مالزی": ("MYS", "Malaysia", "GPE"),
                   "سنگاپور": ("SGP", "Singapore", "GPE"), "ایران": ("IRN", "Iran", "GPE"),
                   "چین": ("CHN", "China", "GPE"), "روسیه": ("RUS", "Russia", "GPE"),
                   "اتحادیه اروپا": ("IGOEUR", "European Union", "ORG")}


@pytest.mark.parametrize("text,expected", [
    # firms named only by where they are based, sanctioned for a country's trade: that country
    ("وزارت خزانه‌داری آمریکا روز سه‌شنبه هفت شرکت مستقر در مالزی و سنگاپور را به اتهام نقش‌آفرینی "
     "در حمل نفت ایران به چین تحریم کرد.",
     [("USAGOV", "163", "IRN", "ایران", "تحریم کرد")]),
    # firms of a named country stay the target; a country after a preposition is no owner
    ("اتحادیه اروپا چهار شرکت ایرانی را به اتهام انتقال پهپاد به روسیه تحریم کرد.",
     [("IGOEUR", "163", "IRN", "ایران", "تحریم کرد")]),
])
def test_sanctions_for_a_countrys_trade(text, expected):
    assert _events(text, SANCTION_ACTORS) == expected


@pytest.mark.parametrize("text,actors,expected", [
    # a city a few nouns after "در" is a locative, not the subject: the crowd is the place's people
    ("صدها دامدار روز سه‌شنبه با ده‌ها کامیون در میدان مرکزی مادرید تظاهرات کردند.",
     {"مادرید": ("ESP", "Madrid", "GPE")},
     [("ESPCVL", "141", "ESPGOV", None, "تظاهرات کردند")]),
    # a place inside "به سوی ..." is not the head of the relative "که" after it; the armed noun that
    # opens the enclosing clause is the subject
    ("دفتر رسانه‌ای دولت غزه روز یکشنبه اعلام کرد که نظامیان اسرائیلی در غرب رفح به سوی ماهیگیرانی که به "
     "ساحل بازمی‌گشتند آتش گشودند.",
     {"دفتر رسانه‌ای دولت غزه": ("PSEGOV", None, "ORG"), "رفح": ("PSE", "Rafah", "GPE")},
     [("ISRMIL", "190", None, None, "آتش گشودند")]),
])
def test_places_are_not_subjects(text, actors, expected):
    assert _events(text, actors) == expected


def test_dictionary_row_orano_is_a_french_company():
    # actor dictionary row (rasad/analyze/data/places.tsv): without it the company took Niger's code
    from rasad.analyze.actors import analyze
    assert [(a.text, a.code) for a in analyze("شرکت اورانو اقدام دولت نیجر را غیرقانونی دانست.")[0]] == [
        ("شرکت اورانو", "FRABUS"), ("دولت نیجر", "NERGOV")]


def test_this_council_is_the_council_named_before_in_the_sentence():
    # "از این شورا خواست": the body named earlier in the same sentence whose head is "شورا"
    actors = {"وزارت امور خارجه سوریه": ("SYRGOV", None, "ORG"),
              "شورای امنیت": ("IGOUNO", "UN Security Council", "ORG"), "اسرائیل": ("ISR", "Israel", "GPE")}
    text = ("وزارت امور خارجه سوریه در نامه‌ای به اعضای شورای امنیت، از این شورا خواست که "
            "اسرائیل را به توقف حملاتش وادار کند.")
    assert _events(text, actors) == [("SYRGOV", "022", "IGOUNO", "شورای امنیت", "از این شورا خواست")]


@pytest.mark.parametrize("text,actors,expected", [
    # an agreement not signed is between the sentence's coordinated subject, not the last dyad
    ("شورای امنیت روز دوشنبه با ایران گفت‌وگو کرد. مقام‌های بغداد و آنکارا طی هفته‌های گذشته سه دور گفت‌وگوی "
     "فنی برگزار کرده‌اند ولی توافقی امضا نشده است.",
     {"مقام‌های بغداد": ("IRQGOV", None, "ORG"), "آنکارا": ("TURGOV", "Ankara", "GPE"),
      "شورای امنیت": ("IGOUNO", None, "ORG"), "ایران": ("IRN", "Iran", "GPE")},
     ("IRQGOV", "057", "TURGOV", "آنکارا", "امضا نشده است")),
    # people the actor stage gave the attacker's own country, attacked in another country's place
    ("ارتش اسرائیل شامگاه دوشنبه خیمه‌های آوارگان در اردوگاه النصیرات در دیرالبلح را هدف حمله هوایی قرار داد.",
     {"ارتش اسرائیل": ("ISRMIL", None, "ORG"), "آوارگان": ("ISRREF", None, None),
      "دیرالبلح": ("PSE", "Deir al-Balah", "GPE")},
     ("ISRMIL", "195", "PSE", "دیرالبلح", "هدف حمله هوایی قرار داد")),
])
def test_parties_from_the_sentence(text, actors, expected):
    assert expected in _events(text, actors)


def test_condemning_any_such_act_has_no_addressee():
    # "هرگونه X را محکوم کرد": generic, the text is kept; a rejection keeps its own handling
    actors = {"اتحادیه آفریقا": ("IGOAFU", "African Union", "ORG"), "حکومت": ("BFAGOV", None, None)}
    text = "اتحادیه آفریقا در نشست فوق‌العاده خود هرگونه تلاش برای براندازی حکومت را محکوم کرد."
    assert _events(text, actors) == [("IGOAFU", "111", None, "هرگونه تلاش برای براندازی حکومت", "محکوم کرد")]


@pytest.mark.parametrize("agency,expected", [
    # outside Iranian agencies, a bare "نمایندگان" is of the legislature just named in full
    (None, [("USALEG", "020", "USAGOV", "دولت آمریکا", "از دولت آمریکا خواستند")]),
    # in an Iranian agency's story the actor stage's home country stands
    ("irna", [("IRNLEG", "020", "USAGOV", "دولت آمریکا", "از دولت آمریکا خواستند")]),
])
def test_a_bare_role_noun_takes_the_country_of_the_body_named_before(agency, expected):
    actors = {"مجلس نمایندگان آمریکا": ("USALEG", None, "ORG"), "نمایندگان": ("IRNLEG", None, None),
              "دولت آمریکا": ("USAGOV", None, "ORG")}
    # (the day differs per case: clauses.analyzed caches by text and actors, not by agency)
    day = "سه‌شنبه" if agency is None else "چهارشنبه"
    doc = make_doc(f"مجلس نمایندگان آمریکا روز {day} قطعنامه‌ای را تصویب کرد. نمایندگان همچنین از دولت "
                   "آمریکا خواستند تحریم‌ها را تشدید کند.", actors)
    doc.agency = agency
    doc = events_stage(doc)
    assert [(e.source, e.cameo, e.target, e.target_text, doc.text[e.start:e.end]) for e in doc.events] == expected


def test_object_before_its_relative_clause():
    # "X را که ... Y را داشتند، دستگیر کردند": the object is X, not the relative clause's Y; members
    # of an armed group are REB of the group's country
    actors = {"پلیس مرزی ترکیه": ("TURCOP", None, "ORG")}
    text = "پلیس مرزی ترکیه سه عضو یک گروه مسلح سوری را که قصد ورود غیرقانونی به خاک این کشور را داشتند، دستگیر کرد."
    assert _events(text, actors) == [("TURCOP", "173", "SYRREB", "سه عضو یک گروه مسلح سوری", "دستگیر کرد")]


def test_a_quoted_predicate_closes_its_clause():
    # "ناتو ... «... تهدید می‌کند» و مسکو ... اتخاذ خواهد کرد": Moscow is the subject after "» و",
    # and the threat answers the party of the clause before it
    actors = {"ماریا زاخارووا": ("RUSGOV", "Maria Zakharova", "PER"), "ناتو": ("IGOWSTNAT", "NATO", "ORG"),
              "روسیه": ("RUS", "Russia", "GPE"), "مسکو": ("RUS", "Moscow", "GPE")}
    text = ("ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، گفت که ناتو با این رزمایش‌ها «ثبات منطقه را تهدید "
            "می‌کند» و مسکو تدابیر لازم را برای حفاظت از مرزهایش اتخاذ خواهد کرد.")
    assert _events(text, actors) == [
        ("RUSGOV", "130", "IGOWSTNAT", "ناتو", "تدابیر لازم را برای حفاظت از مرزهایش اتخاذ خواهد کرد")]


def test_denied_involvement_targets_the_attack_referred_to():
    # "هرگونه دست داشتن در این حمله را تکذیب کرد": the denied attack is the one reported, on its target
    actors = {"کتائب حزب‌الله": ("IRQREB", None, "ORG"), "اربیل": ("IRQ", "Erbil", "GPE"),
              "ارتش آمریکا": ("USAMIL", None, "ORG")}
    text = ("چند فرد مسلح ناشناس شامگاه پنجشنبه به پایگاه ارتش آمریکا در فرودگاه اربیل حمله کردند. کتائب حزب‌الله ساعاتی بعد "
            "هرگونه دست داشتن خود در این حمله را تکذیب کرد.")
    doc = events_stage(make_doc(text, actors))
    assert [(e.source, e.cameo, e.target, e.negated) for e in doc.events] == [
        (None, "190", "USAMIL", False), ("IRQREB", "190", "USAMIL", True)]


def test_denied_involvement_is_the_reported_act_negated():
    # the denied act is the bombing reported before: its code and its target, negated
    actors = {"جلال‌آباد": ("AFG", "Jalalabad", "GPE"), "وزارت خارجه پاکستان": ("PAKGOV", None, "ORG")}
    text = ("یک مهاجم انتحاری روز شنبه خودروی بمب‌گذاری شده را مقابل یک پایگاه نظامی در جلال‌آباد منفجر کرد. "
            "وزارت خارجه پاکستان روز یکشنبه هرگونه دخالت در این حمله را به‌شدت تکذیب کرد.")
    doc = events_stage(make_doc(text, actors))
    assert [(e.source, e.cameo, e.target, e.negated) for e in doc.events] == [
        (None, "1831", "AFG", False), ("PAKGOV", "1831", "AFG", True)]
