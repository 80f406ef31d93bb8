"""Arguments of events (session 6): the actors an act's source and target come from. Sentences
written for these tests; exact codes and spans."""
from __future__ import annotations

from rasad.analyze.actors import analyze
from rasad.events import events_stage
from rasad.events.testing import make_doc


def _codes(text: str) -> list[tuple[str, str | None]]:
    actors, _ = analyze(text)
    return [(a.text, a.code) for a in actors]


def test_generic_head_before_known_ngo_keeps_its_code():
    # "سازمان" + a known NGO's name is that NGO, not a human-rights office of the story's country
    text = "به گزارش خبرگزاری‌ها، سازمان دیده‌بان حقوق بشر روز سه‌شنبه در گزارشی از پلیس کنیا انتقاد کرد."
    assert _codes(text) == [("سازمان دیده\u200cبان حقوق بشر", "NGOHRW"), ("پلیس کنیا", "KENCOP")]


def test_variant_spelling_of_human_rights_watch():
    text = "سازمان دیدبان حقوق بشر از مقام‌های اندونزی خواست که فعالان را آزاد کنند."
    assert _codes(text) == [("سازمان دیدبان حقوق بشر", "NGOHRW"), ("مقام\u200cهای اندونزی", "IDNGOV")]


ACTORS = {
    "وزارت خارجه مصر": ("EGYGOV", None, "ORG"), "سفیر اتیوپی": ("ETHGOV", None, None),
    "قاهره": ("EGYGOV", "Cairo", "GPE"), "اتیوپی": ("ETH", "Ethiopia", "GPE"),
    "وزیر خارجه اردن": ("JORGOV", None, None), "امان": ("JORGOV", "Amman", "GPE"),
    "وزیر خارجه مجارستان": ("HUNGOV", None, None),
    "وزیر خارجه ونزوئلا": ("VENGOV", None, None), "کاراکاس": ("VENGOV", "Caracas", "GPE"),
    "آمریکا": ("USA", "United States", "GPE"), "کلمبیا": ("COL", "Colombia", "GPE"),
    "رئیس‌جمهور برزیل": ("BRAGOV", None, None), "ترامپ": ("USAGOV", "Donald Trump", "PER"),
    "شورای امنیت": ("IGOUNO", None, "ORG"), "فرانسه": ("FRA", "France", "GPE"),
    "بریتانیا": ("GBR", "United Kingdom", "GPE"), "سودان": ("SDN", "Sudan", "GPE"),
    "آژانس بین‌المللی انرژی اتمی": ("IGOUNOIAE", None, "ORG"), "کره شمالی": ("PRK", None, "GPE"),
    "سخنگوی وزارت خارجه کره شمالی": ("PRKGOV", None, None),
    "وزیر خارجه لبنان": ("LBNGOV", None, None), "اسرائیل": ("ISR", "Israel", "GPE"),
}


def _events(text: str) -> list[tuple]:
    doc = events_stage(make_doc(text, ACTORS))
    return sorted(((e.source, e.cameo, e.target, e.target_text, doc.text[e.start:e.end]) for e in doc.events),
                  key=str)


def test_located_object_of_a_coordinated_clause_is_no_subject():
    # "و X در Y را احضار کرد": X (placed in Y) is the object; the subject is the first clause's
    text = ("وزارت خارجه مصر روز دوشنبه اقدام اتیوپی را محکوم کرد و سفیر اتیوپی در قاهره را "
            "برای ارائه توضیح احضار کرد.")
    evs = _events(text)
    assert ("EGYGOV", "114", "ETHGOV", "سفیر اتیوپی", "احضار کرد") in evs
    assert not any(e[0] == "ETHGOV" for e in evs)


def test_this_regime_is_the_regime_last_named_not_the_last_country():
    text = ("ارتش رژیم صهیونیستی روز سه‌شنبه اعلام کرد که مواضعی در جنوب لبنان را هدف قرار داده است. "
            "همزمان جنگنده‌های این رژیم اطراف شهر صور را بمباران کردند.")
    codes = _codes(text)
    assert ("این رژیم", "ISR") in codes
    assert ("این رژیم", "LBN") not in codes


def test_signers_of_a_motion_are_members_of_parliament():
    text = "به گزارش ایرنا، امضاکنندگان طرح استیضاح، وزیر نیرو را به سوءمدیریت در بحران آب متهم کرده‌اند."
    assert ("امضاکنندگان طرح", "IRNLEG") in _codes(text)


def test_host_meeting_in_its_own_capital_is_the_guests_visit():
    text = "وزیر خارجه اردن روز یکشنبه در امان با وزیر خارجه مجارستان دیدار و گفت‌وگو کرد."
    evs = _events(text)
    assert [e[:3] for e in evs] == [("HUNGOV", "042", "JORGOV")]


def test_a_security_service_named_with_its_country_is_its_intelligence_arm():
    # "مأموران سرویس امنیت دولتی X": the officers are X's security service, not the story's main country
    text = "مأموران سرویس امنیت دولتی قزاقستان روز پنجشنبه دفتر یک خبرگزاری روسی را بستند."
    assert _codes(text)[0] == ("مأموران سرویس امنیت دولتی قزاقستان", "KAZSPY")
    assert ("سرویس امنیت اوکراین", "UKRSPY") in _codes("سرویس امنیت اوکراین اعلام کرد که دو مظنون را بازداشت کرده است.")


def test_this_country_after_an_office_named_with_its_country():
    # the office "وزارت خارجه قطر" is nearer than the country name "روسیه": "این کشور" is Qatar
    text = ("گفت‌وگوهای روسیه و اوکراین روز شنبه ادامه یافت. وزارت خارجه قطر روز یکشنبه تأیید کرد که "
            "این کشور میان دو طرف میانجیگری کرده است.")
    assert ("این کشور", "QAT") in _codes(text)
    # a country named after the office is nearer still
    text2 = "وزارت خارجه قطر اعلام کرد که روسیه و این کشور گفت‌وگو کرده‌اند."
    assert ("این کشور", "RUS") in _codes(text2)


def test_talks_named_as_the_object_target_the_partner_after_ba():
    text = ("وزیر خارجه ونزوئلا در دیدار با همتای کلمبیایی گفت: «کاراکاس گفت‌وگوی مستقیم با آمریکا را "
            "تا زمانی که تهدیدها ادامه دارد، نمی‌پذیرد.»")
    evs = _events(text)
    assert any(e[:3] == ("VENGOV", "125", "USAGOV") and e[4] == "نمی‌پذیرد" for e in evs), evs


def test_labour_confederation_is_labour_of_the_story_country():
    # Iran has no "کنفدراسیون عمومی کار": in an Iranian outlet's story about Italy it is Italy's unions
    text = ("به گزارش ایلنا، هزاران کارگر در رم و میلان علیه طرح بودجه دولت ایتالیا تظاهرات کردند. "
            "دبیرکل کنفدراسیون عمومی کار روز سه‌شنبه گفت که اعتصاب سراسری را آغاز خواهد کرد.")
    actors, _ = analyze(text, agency="ilna")
    assert [(a.text, a.code) for a in actors if "کنفدراسیون" in a.text] == [
        ("دبیرکل کنفدراسیون عمومی کار", "ITALAB")]


def test_an_office_in_a_government_belongs_to_that_government():
    text = "دفتر امور فلسطین در دولت مصر روز دوشنبه با صدور اطلاعیه‌ای این اقدام را تقبیح کرد."
    assert ("دفتر امور فلسطین", "EGYGOV") in _codes(text)
    text = "وزارت امور پناهندگان در حکومت طالبان از رفتار با مهاجران انتقاد کرد."
    assert _codes(text)[0] == ("وزارت امور پناهندگان", "AFGGOV")


def test_a_name_right_after_dar_vakonesh_is_the_object():
    # "در واکنش" is a closed adverbial: the name after it opens the object, not a PP
    evs = _events("رئیس‌جمهور برزیل در واکنش ترامپ را به «زورگویی» متهم کرد.")
    assert evs == [("BRAGOV", "112", "USAGOV", "ترامپ", "متهم کرد")]


def test_untitled_minister_in_an_iranian_outlet_is_irans():
    # the story names Pakistan most, but an Iranian outlet's untitled "وزیر کشور" is Iran's
    text = ("وزیر کشور در تماس تلفنی با همتای پاکستانی خود خواستار اقدام اسلام‌آباد شد. "
            "وزیر کشور پاکستان گفت که اسلام‌آباد آماده همکاری است و پاکستان گشت‌های مرزی را افزایش می‌دهد.")
    actors, _ = analyze(text, agency="irna")
    assert (actors[0].text, actors[0].code) == ("وزیر کشور", "IRNGOV")


def test_relative_clause_on_the_object_does_not_lend_its_subject():
    # "X قطعنامه‌ای را که Y و Z نوشته بودند تصویب کرد و از W خواست": X asks, not Y
    text = ("شورای امنیت روز پنجشنبه قطعنامه‌ای را که فرانسه و بریتانیا نوشته بودند تصویب کرد و "
            "از سودان خواست آتش‌بس را اجرا کند.")
    evs = _events(text)
    assert [e for e in evs if e[4] == "از سودان خواست"] == [("IGOUNO", "0256", "SDNGOV", "سودان", "از سودان خواست")]


def test_refused_inspections_target_the_inspecting_agency_and_keep_the_subject_before_ama():
    text = ("آژانس بین‌المللی انرژی اتمی روز دوشنبه گزارش تازه‌ای منتشر کرد. سخنگوی وزارت خارجه کره شمالی "
            "گفت: «کره شمالی به توافق‌های قبلی وفادار است، اما اجازه نخواهد داد که بازرسان به سایت‌های نظامی وارد شوند.»")
    evs = _events(text)
    assert [e for e in evs if e[4] == "اجازه نخواهد داد"] == [("PRKGOV", "1245", "IGOUNOIAE", None, "اجازه نخواهد داد")]


def test_later_surname_of_a_person_found_by_context():
    text = ("آلپ ارسلان بایراکتار وزیر انرژی ترکیه صبح دوشنبه در استانبول تفاهم‌نامه برق را امضا کرد. "
            "بایراکتار گفت که کشورش آماده سرمایه‌گذاری است.")
    actors, entities = analyze(text, agency="entekhab")
    i = text.rindex("بایراکتار")
    assert [(a.text, a.code) for a in actors if a.start == i] == [("بایراکتار", "TURGOV")]
    assert [(e.text, e.type) for e in entities if e.start == i] == [("بایراکتار", "PER")]


def test_apposition_naming_a_country_recodes_an_unknown_name():
    # "سردار" made the unknown name an Iranian commander; the apposition says he is Turkmenistan's president
    actors = {"وزیر خارجه ایران": ("IRNGOV", None, None), "سردار قلیچ‌اف": ("IRNMIL", None, "PER"),
              "رئیس‌جمهور ترکمنستان": ("TKMGOV", None, None)}
    doc = events_stage(make_doc("وزیر خارجه ایران در عشق‌آباد با سردار قلیچ‌اف رئیس‌جمهور ترکمنستان دیدار کرد.",
                                actors))
    assert [(e.source, e.target) for e in doc.events] == [("IRNGOV", "TKMGOV")]


def test_fighters_attached_to_a_named_group_are_that_group():
    actors = {"شبه‌نظامیان": ("FRAREB", None, None), "الشباب": ("SOMREB", "Al-Shabaab", "ORG"),
              "موگادیشو": ("SOMGOV", "Mogadishu", "GPE")}
    doc = events_stage(make_doc("شبه‌نظامیان وابسته به گروه الشباب روز یکشنبه به یک پایگاه نظامی در نزدیکی "
                                "موگادیشو حمله کردند.", actors))
    assert [e.source for e in doc.events] == ["SOMREB"]
    assert ("جماعت نصرت اسلام و مسلمین", "MLIREB") in _codes("جماعت نصرت اسلام و مسلمین به یک کاروان حمله کرد.")


def test_coordinated_clause_opening_with_a_pp_shares_the_subject_and_remarks_have_an_author():
    actors = {"وزیر خارجه هند": ("INDGOV", None, None), "سفیر پاکستان": ("PAKGOV", None, None),
              "شهباز شریف": ("PAKGOV", "Shehbaz Sharif", "PER"), "پاکستان": ("PAK", "Pakistan", "GPE"),
              "کشمیر": ("IND", "Kashmir", "GPE"), "دهلی‌نو": ("INDGOV", "New Delhi", "GPE")}
    text = ("وزیر خارجه هند روز چهارشنبه سفیر پاکستان را احضار کرد و به اظهارات شهباز شریف درباره "
            "احتمال مداخله نظامی پاکستان در کشمیر اعتراض کرد. وی افزود که دهلی‌نو عذرخواهی رسمی بابت این "
            "اظهارات را مطالبه می‌کند.")
    doc = events_stage(make_doc(text, actors))
    got = [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]
    assert not any(src == "PAKGOV" for src, *_ in got), got
    actors["سفیر بنگلادش"] = ("BGDGOV", None, None)
    text = ("وزیر خارجه هند به اظهارات شهباز شریف درباره کشمیر اعتراض کرد. هند روز پنجشنبه سفیر بنگلادش "
            "را احضار کرد. وی افزود که دهلی‌نو عذرخواهی رسمی بابت این اظهارات را مطالبه می‌کند.")
    doc = events_stage(make_doc(text, actors))
    got = [(e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events]
    assert ("INDGOV", "100", "PAKGOV", "مطالبه می‌کند") in got, got  # Sharif's remarks, not Bangladesh


def test_speaker_of_a_bare_speech_verb_is_not_the_passive_subject():
    actors = {"دفتر حقوق بشر سازمان ملل": ("IGOUNO", None, "ORG"), "ارتش میانمار": ("MMRMIL", None, None),
              "راخین": ("MMR", "Rakhine", "GPE")}
    text = "دفتر حقوق بشر سازمان ملل می‌گوید دست‌کم ۳۰ غیرنظامی در حملات ارتش میانمار در راخین کشته شده‌اند."
    doc = events_stage(make_doc(text, actors))
    assert [(e.source, e.cameo[:2], e.target) for e in doc.events] == [("MMRMIL", "19", "MMR")]


def test_agent_of_an_act_named_in_the_object_is_the_target():
    evs = _events("وزیر خارجه لبنان گفت که بیروت اشغال بخش‌هایی از جنوب این کشور توسط اسرائیل را نمی‌پذیرد.")
    assert [(e[0], e[2], e[3]) for e in evs if e[4] == "نمی‌پذیرد"] == [("LBNGOV", "ISRGOV", "اسرائیل")]


def test_this_move_is_the_last_deed_not_the_last_protest_of_it():
    actors = {"کره شمالی": ("PRK", "North Korea", "GPE"), "نخست‌وزیر ژاپن": ("JPNGOV", None, None),
              "توکیو": ("JPNGOV", "Tokyo", "GPE"), "پیونگ‌یانگ": ("PRKGOV", "Pyongyang", "GPE"),
              "رئیس‌جمهور کره جنوبی": ("KORGOV", None, None)}
    text = ("کره شمالی روز جمعه یک موشک بالستیک قاره‌پیما آزمایش کرد. نخست‌وزیر ژاپن اعلام کرد که توکیو "
            "به پیونگ‌یانگ اعتراض کرده است. رئیس‌جمهور کره جنوبی نیز این اقدام را محکوم کرد.")
    doc = events_stage(make_doc(text, actors))
    got = [(e.source, e.cameo, e.target) for e in doc.events if doc.text[e.start:e.end] == "محکوم کرد"]
    assert got == [("KORGOV", "111", "PRKGOV")], got


def test_partner_after_be_hamrah_is_the_target_of_a_signing():
    actors = {"وزیر خارجه ترکیه": ("TURGOV", None, None), "بدر عبدالعاطی": ("EGYGOV", "Badr Abdelatty", "PER")}
    text = "وزیر خارجه ترکیه سپس به همراه بدر عبدالعاطی، همتای مصری خود، یادداشت تفاهمی را امضا کرد."
    doc = events_stage(make_doc(text, actors))
    assert [(e.source, e.cameo, e.target, e.target_text) for e in doc.events] == [
        ("TURGOV", "057", "EGYGOV", "بدر عبدالعاطی")]


def test_the_name_after_mowsum_be_is_the_subject():
    actors = {"الشباب": ("SOMREB", "Al-Shabaab", "ORG")}
    doc = events_stage(make_doc("گروه موسوم به الشباب روز جمعه در پیامی صوتی مسئولیت این انفجار را بر عهده گرفت.", actors))
    assert [(e.source, e.cameo) for e in doc.events] == [("SOMREB", "015")]


def test_an_act_between_two_offices_of_one_government_keeps_its_target():
    actors = {"پزشکیان": ("IRNGOV", "Masoud Pezeshkian", "PER"), "وزیر نیرو": ("IRNGOV", None, None)}
    doc = events_stage(make_doc("پزشکیان روز دوشنبه از وزیر نیرو خواست که برنامه خاموشی‌ها را اصلاح کند.", actors))
    assert [(e.source, e.cameo[:2], e.target, e.target_text) for e in doc.events] == [
        ("IRNGOV", "02", "IRNGOV", "وزیر نیرو")]


def test_an_office_of_the_same_government_as_the_object():
    actors = {"استاندار تهران": ("IRNGOV", None, None), "شهرداری": ("IRNGOV", None, "ORG")}
    doc = events_stage(make_doc("استاندار تهران شهرداری را به کوتاهی در مدیریت سیلاب متهم کرد.", actors))
    assert [(e.source, e.cameo, e.target, e.target_text) for e in doc.events] == [
        ("IRNGOV", "112", "IRNGOV", "شهرداری")]


def test_the_group_in_a_relative_clause_on_a_bomb_planted_it():
    actors = {"الشباب": ("SOMREB", "Al-Shabaab", "ORG"), "ارتش سومالی": ("SOMMIL", None, None)}
    text = "بمبی که گروه الشباب در کنار جاده کار گذاشته بود، هنگام عبور کاروان ارتش سومالی منفجر شد."
    doc = events_stage(make_doc(text, actors))
    assert [(e.source, e.cameo[:2]) for e in doc.events] == [("SOMREB", "18")]
    assert all(e.target != "SOMREB" for e in doc.events)


def test_a_government_named_by_its_leader_is_one_actor():
    text = "رهبر اپوزیسیون ونزوئلا دولت مادورو را به تقلب در انتخابات متهم کرد."
    codes = _codes(text)
    assert ("دولت مادورو", "VENGOV") in codes and ("دولت", "VENGOV") not in codes


def test_an_appeal_about_executions_is_not_the_execution_protested():
    actors = {"دادگاه انقلاب": ("IRNJUD", None, "ORG"), "زندانی سیاسی": ("IRNOPP", None, None),
              "سازمان عفو بین‌الملل": ("NGOAMN", None, "ORG"), "جامعه جهانی": (None, None, None),
              "ایرانیان": ("IRNCVL", None, None)}
    text = ("دادگاه انقلاب یک زندانی سیاسی را به اعدام محکوم کرد. سازمان عفو بین‌الملل روز یکشنبه از جامعه جهانی خواست "
            "که به اعدام‌ها در ایران واکنش نشان دهد. شماری از ایرانیان در اعتراض به این اعدام در لندن تجمع کردند.")
    doc = events_stage(make_doc(text, actors))
    got = [(e.source, e.target) for e in doc.events if doc.text[e.start:e.end] == "تجمع کردند"]
    assert got and all(tgt != "NGOAMN" for _, tgt in got), got
