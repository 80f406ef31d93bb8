"""Role composition for event actors: weapons and occupations, bridges over modifiers and portfolios,
coordinated countries, embassies, governing groups, organizations found by context (Persian)."""
from __future__ import annotations

from rasad.analyze.actors import analyze, resolve_actor_phrase


def acts(text):
    return [(a.text, a.code) for a in analyze(text, "2026-06-01")[0]]


def ents(text):
    return [(e.text, e.type, e.code) for e in analyze(text, "2026-06-01")[1]]


def test_weapons_with_a_nationality_are_the_military():
    assert acts("جنگنده‌های اسرائیلی شب گذشته چند روستا را بمباران کردند.")[0] == ("جنگنده‌های اسرائیلی", "ISRMIL")
    assert acts("پهپادهای اوکراینی به یک پالایشگاه حمله کردند.")[0] == ("پهپادهای اوکراینی", "UKRMIL")
    assert acts("یک پهپاد ارتش آمریکا سقوط کرد.")[0] == ("پهپاد ارتش آمریکا", "USAMIL")
    # alone, a weapon or a crew is an ordinary noun, not an actor
    assert acts("جنگنده‌ها بر فراز شهر پرواز کردند.") == []
    assert acts("خدمه کشتی سالم هستند.") == []


def test_nationals_and_occupations():
    assert acts("خدمه هندی این نفتکش بازداشت شدند.")[0] == ("خدمه هندی", "INDCVL")
    assert acts("مهاجر افغان به مرز رسید.")[0] == ("مهاجر افغان", "AFGREF")
    assert acts("معلمان بازنشسته مقابل مجلس تجمع کردند.")[0] == ("معلمان بازنشسته", "IRNEDU")
    assert acts("پرستاران معترض تجمع کردند.")[0] == ("پرستاران معترض", "IRNHLH")
    assert acts("کشاورزان فرانسوی جاده‌ها را بستند.")[0] == ("کشاورزان فرانسوی", "FRAAGR")
    assert acts("پیمانکاران نفتی حقوق کارگران را نپرداخته‌اند.")[0] == ("پیمانکاران", "IRNBUS")


def test_modifiers_between_role_and_country():
    text = "دادستانی فدرال آلمان اعلام کرد."
    assert acts(text) == [("دادستانی فدرال آلمان", "DEUJUD")]
    assert ents(text) == [("دادستانی فدرال آلمان", "ORG", "DEUJUD")]
    assert acts("مقامات ارشد نظامی آمریکا گفتند")[0] == ("مقامات ارشد نظامی آمریکا", "USAMIL")
    assert acts("سفیر سابق روسیه گفت")[0] == ("سفیر سابق روسیه", "RUSGOV")


def test_portfolio_words_before_the_country():
    assert acts("وزیر کشاورزی آلمان گفت")[0] == ("وزیر کشاورزی آلمان", "DEUGOV")
    assert acts("وزیر امور مهاجرین طالبان گفت")[0] == ("وزیر امور مهاجرین طالبان", "AFGGOV")
    # an object between a whole office and a country is no portfolio
    assert acts("رئیس‌جمهور پیشنهاد ایران را رد کرد")[0] == ("رئیس‌جمهور", "IRNGOV")
    assert ("دوبوا", None) in acts("رئیس‌جمهور دوبوا و دانشگاه تهران")


def test_coordinated_nationalities_share_the_role():
    assert acts("مقام‌های مصری و قطری میان دو طرف میانجیگری کردند.")[:2] == [
        ("مقام‌های مصری", "EGYGOV"), ("قطری", "QATGOV")]
    assert acts("وزرای خارجه ایران و عربستان دیدار کردند.")[:2] == [
        ("وزرای خارجه ایران", "IRNGOV"), ("عربستان", "SAUGOV")]
    # a singular office does not spread over the next country
    assert acts("وزیر خارجه ایران و عربستان را تحریم کرد")[1] == ("عربستان", "SAU")


def test_embassy_in_a_city_is_one_actor():
    text = "سفارت جمهوری اسلامی در لندن این ادعا را رد کرد."
    a = analyze(text, "2026-06-01")[0][0]
    assert (a.text, a.code, a.canonical) == ("سفارت جمهوری اسلامی در لندن", "IRNGOV", "Embassy of Iran in London")
    assert ("لندن", "GPE", "GBR") in ents(text)
    # an ambassador is a person: the city stays its own actor (the host government)
    assert acts("سفیر پاکستان در کابل احضار شد.")[:2] == [("سفیر پاکستان", "PAKGOV"), ("کابل", "AFGGOV")]


def test_governing_group_gives_its_country_to_the_role():
    assert acts("نیروهای طالبان در مرز مستقر شدند")[0] == ("نیروهای طالبان", "AFGMIL")
    assert acts("نیروهای استخبارات طالبان او را بازداشت کردند")[0] == ("نیروهای استخبارات طالبان", "AFGSPY")
    assert acts("نیروهای حزب‌الله عقب نشستند")[0] == ("نیروهای حزب‌الله", "LBNREB")


def test_red_crescent_takes_its_country():
    assert acts("جمعیت هلال احمر فلسطین اعلام کرد")[0] == ("جمعیت هلال احمر فلسطین", "PSENGO")
    assert acts("هلال احمر محموله‌ای ارسال کرد")[0] == ("هلال احمر", "IRNNGO")


def test_context_organizations_get_codes():
    assert ents("کمیسیون حقوق بشر عراق خواستار تحقیق شد") == [("کمیسیون حقوق بشر عراق", "ORG", "IRQHRI")]
    assert ents("دفتر ریاست‌جمهوری کره جنوبی گفت") == [("دفتر ریاست‌جمهوری کره جنوبی", "ORG", "KORGOV")]
    assert acts("وزارت امور مهاجرین طالبان این اقدام را محکوم کرد")[0] == ("وزارت امور مهاجرین طالبان", "AFGGOV")
    assert acts("اتحادیه ملی کشاورزان فرانسه هشدار داد")[0] == ("اتحادیه ملی کشاورزان فرانسه", "FRAAGR")


def test_resolve_phrase_still_works():
    assert resolve_actor_phrase("وزیر امور خارجه ترکیه").code == "TURGOV"
    assert resolve_actor_phrase("سخنگوی ارتش میانمار").code == "MMRMIL"


def test_more_officials_and_agencies():
    assert acts("کیم یو جونگ پیشنهاد را رد کرد")[0] == ("کیم یو جونگ", "PRKGOV")
    assert acts("محمد حمدان دقلو این گزارش را رد کرد")[0] == ("محمد حمدان دقلو", "SDNREB")
    assert acts("شینجیرو کویزومی وزیر دفاع ژاپن گفت")[0] == ("شینجیرو کویزومی", "JPNMIL")
    assert acts("موساد این عملیات را طراحی کرد")[0] == ("موساد", "ISRSPY")
    assert ents("مقر سازمان سیا")[0] == ("سازمان سیا", "ORG", "USASPY")


def test_irregular_migrants_unknown_gunmen_kurdish_forces():
    assert acts("پلیس پاکستان اتباع غیرقانونی افغان را بازداشت کرد") == [
        ("پلیس پاکستان", "PAKCOP"), ("اتباع غیرقانونی افغان", "AFGREF")]
    # unknown attackers are no actor: the coder leaves the source empty
    assert acts("افراد مسلح ناشناس به یک پاسگاه حمله کردند") == []
    assert acts("نیروهای کرد از مرز عقب‌نشینی کردند")[0] == ("نیروهای کرد", "SYRREB")


def test_untitled_institutions_follow_the_outlet_and_the_person_before_them():
    text = "صدها نفر مقابل ساختمان وزارت کشور تجمع کردند. آلمان پناهجویان را اخراج می‌کند."
    assert ("وزارت کشور", "DEUGOV") in [(a.text, a.code) for a in analyze(text, "2026-06-01", "euronews-fa")[0]]
    assert ("وزارت کشور", "IRNGOV") in [(a.text, a.code) for a in analyze(text, "2026-06-01", "tasnim")[0]]
    # a building does not travel: "در برلین" names the ministry's country in any outlet
    text = "صدها نفر مقابل ساختمان وزارت کشور در برلین تجمع کردند."
    assert ("وزارت کشور", "DEUGOV") in [(a.text, a.code) for a in analyze(text, "2026-06-01", "tasnim")[0]]
    assert acts("صدها نفر در برلین تجمع کردند")[0] == ("صدها نفر", "DEUCVL")
    assert acts("طرف ایرانی آمادگی خود را اعلام کرد")[0] == ("طرف ایرانی", "IRNGOV")
    text = "اسکندر مومنی وزیر کشور وارد بغداد شد و با همتای عراقی دیدار کرد. وزیر کشور گفت که همکاری ادامه دارد."
    got = [(a.text, a.code) for a in analyze(text, "2026-06-01", "irna")[0]]
    assert got.count(("وزیر کشور", "IRNGOV")) == 2


def test_this_group_and_this_country_stand_for_the_last_one_named():
    assert acts("حماس اعلام کرد که این جنبش به آتش‌بس پایبند است.")[1] == ("این جنبش", "PSEREB")
    assert acts("پاکستان اعلام کرد که اتباع این کشور بازگردانده شدند.")[-1] == ("اتباع این کشور", "PAKCVL")
    assert acts("ژاپن اعلام کرد که چین به این کشور هشدار داده است.")[-1] == ("این کشور", "CHN")


def test_air_defence_prisoners_and_suicide_bombers():
    assert acts("پدافند هوایی اوکراین ۴۰ پهپاد را رهگیری کرد")[0] == ("پدافند هوایی اوکراین", "UKRMIL")
    assert acts("آزادی ۳۰ زندانی فلسطینی")[0] == ("زندانی فلسطینی", "PSECVL")
    assert acts("شورشیان گروه ام ۲۳ شهر را تصرف کردند")[0] == ("شورشیان گروه ام ۲۳", "CODREB")


def test_this_ministry_and_private_people():
    text = "وزارت دفاع روسیه اعلام کرد که حمله‌ای انجام نشده است. این وزارتخانه همچنین گفت که آماده است."
    assert acts(text)[-1] == ("این وزارتخانه", "RUSMIL")
    text = "سازمان عفو بین‌الملل بیانیه داد. این سازمان خواستار آزادی او شد."
    assert acts(text)[-1] == ("این سازمان", "NGOAMN")
    # a private person with no title: a civilian of the story's country; with a title: left to it
    assert acts("ماموران طالبان در کابل زهرا احمدی را بازداشت کردند.")[-1] == ("زهرا احمدی", "AFGCVL")
    got = acts("پیرحسین کولیوند رئیس جمعیت هلال احمر گفت")
    assert got[0] == ("پیرحسین کولیوند", "IRNNGO")


def test_pages_that_write_zwnj_as_a_space():
    assert acts("پهپاد های اوکراینی به پالایشگاه حمله کردند")[0] == ("پهپاد های اوکراینی", "UKRMIL")
    assert acts("مقام های مصری و قطری میانجیگری کردند")[:2] == [("مقام های مصری", "EGYGOV"), ("قطری", "QATGOV")]
    assert acts("فرد و خانواده او") == []  # a one-word form still never spans two words


def test_metonym_role_fighters_warships_supreme_court():
    assert acts("سخنگوی پنتاگون گفت")[0] == ("سخنگوی پنتاگون", "USAMIL")
    assert acts("رزمندگان حزب‌الله حمله کردند")[0] == ("رزمندگان حزب‌الله", "LBNREB")
    assert acts("ناوهای جنگی آمریکا وارد خلیج فارس شدند")[0] == ("ناوهای جنگی آمریکا", "USAMIL")
    assert ents("دادگاه عالی آمریکا حکم داد") == [("دادگاه عالی آمریکا", "ORG", "USAJUD")]


def test_requests_from_the_events_coder():
    # "سخنگوی این وزارتخانه": the head's role, the antecedent ministry's country
    text = "لین جیان، سخنگوی وزارت خارجه چین گفت که ژاپن مقصر است. لین جیان، سخنگوی این وزارتخانه افزود که ..."
    assert ("سخنگوی این وزارتخانه", "CHNGOV") in acts(text)
    # a bare unit inside the statement of an army is that army's, not the story's main country
    text = ("ارتش پاکستان اعلام کرد که نیروهای کمکی به منطقه مرزی اعزام شدند. "
            "افغانستان و افغانستان و طالبان")
    assert acts(text)[1] == ("نیروهای", "PAKMIL")
    # a title with "دوره انتقالی" still names its country
    assert acts("رئیس‌جمهور دوره انتقالی سوریه با مکرون دیدار کرد")[0] == (
        "رئیس‌جمهور دوره انتقالی سوریه", "SYRGOV")
    # nationals are no persons; "ایران‌هراسی" holds no Iran
    assert acts("دو مهندس چینی شاغل در پروژه ربوده شدند") == [("مهندس چینی", "CHNCVL")]
    assert ents("این اتهامات را پروژه ایران‌هراسی خواند") == []
    # "خانم کوپر" after "ایوت کوپر" is the same minister
    got = analyze("ایوت کوپر وزیر خارجه بریتانیا گفت. خانم کوپر افزود که ...", "2026-06-01")[0]
    assert [(a.text, a.code, a.canonical) for a in got][-1] == ("کوپر", "GBRGOV", "Yvette Cooper")
    assert acts("کارفرما حقوق کارگران را نپرداخته است")[0] == ("کارفرما", "IRNBUS")


def test_more_bodies_and_groups():
    assert acts("بانک مرکزی اروپا نرخ بهره را کاهش داد")[0] == ("بانک مرکزی اروپا", "IGOEUR")
    assert acts("شرکت‌های خودروسازی ژاپنی تولید را متوقف کردند")[0] == ("شرکت‌های خودروسازی ژاپنی", "JPNBUS")
    assert acts("گروه‌های مقاومت عراق حمله کردند")[0] == ("گروه‌های مقاومت عراق", "IRQREB")
    assert acts("شهرک‌نشینان اسرائیلی به روستا حمله کردند")[0] == ("شهرک‌نشینان اسرائیلی", "ISRCVL")
    assert acts("دولت خودگردان فلسطین اعلام کرد")[0] == ("دولت خودگردان فلسطین", "PSEGOV")
    # a region with no government gives no country to a role ("GOV" alone is never a code)
    assert all(c and len(c) >= 3 and c != "GOV" for _, c in acts("وزیر خارجه اروپا گفت"))


def test_more_armed_groups_and_a_final_hamza():
    assert acts("حرکت النجباء هشدار داد")[0] == ("حرکت النجباء", "IRQREB")
    assert acts("طالبان پاکستانی به پاسگاه حمله کردند")[0] == ("طالبان پاکستانی", "PAKREB")
    assert acts("داعش خراسان مسئولیت حمله را بر عهده گرفت")[0] == ("داعش خراسان", "IMGMOSISI")
    assert acts("یگان‌های مدافع خلق عقب‌نشینی کردند")[0] == ("یگان‌های مدافع خلق", "SYRREB")


def test_yemens_armed_forces_are_ansarallahs():
    assert acts("نیروی دریایی یمن یک کشتی را توقیف کرد")[0] == ("نیروی دریایی یمن", "YEMREB")
    assert acts("نیروهای یمنی حمله کردند")[0] == ("نیروهای یمنی", "YEMREB")
    assert acts("نیروهای مسلح یمن اعلام کردند")[0] == ("نیروهای مسلح یمن", "YEMREB")


def test_ceo_suicide_attacker_inspectors():
    assert acts("مدیرعامل شرکت اعلام کرد")[0] == ("مدیرعامل شرکت", "IRNBUS")
    assert acts("یک مهاجم انتحاری در کویته خود را منفجر کرد")[0] == ("مهاجم انتحاری", "PAKREB")
    assert acts("بازرسان آژانس بین‌المللی انرژی اتمی وارد شدند")[0][1] == "IGOUNOIAE"
    assert acts("بازرسان وارد شدند") == []
