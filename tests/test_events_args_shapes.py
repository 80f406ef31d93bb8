"""Argument shapes of events (issue 4): coordinated objects, indefinite settings, shared "دو طرف",
the article's first two parties. Original sentences in agency style; exact (source, cameo, target,
evidence) with evidence = doc.text[start:end]."""
from __future__ import annotations

import pytest

from rasad.events import events_stage
from rasad.events.testing import make_doc

ACTORS = {
    "کره شمالی": ("PRK", "North Korea", "GPE"), "کره جنوبی": ("KOR", "South Korea", "GPE"),
    "آمریکا": ("USA", "United States", "GPE"), "اسرائیل": ("ISR", "Israel", "GPE"),
    "ایران": ("IRN", "Iran", "GPE"), "روسیه": ("RUS", "Russia", "GPE"), "پاکستان": ("PAK", "Pakistan", "GPE"),
    "نماینده فرانسه": ("FRAGOV", None, None), "محمد پاکپور": ("IRNMIL", "Mohammad Pakpour", "PER"),
    "نخست‌وزیر هند": ("INDGOV", None, None), "نتانیاهو": ("ISRGOV", "Benjamin Netanyahu", "PER"),
    "هاکان فیدان": ("TURGOV", "Hakan Fidan", "PER"), "تهران": ("IRN", "Tehran", "GPE"),
    "عراقچی": ("IRNGOV", "Abbas Araghchi", "PER"), "وزیر خارجه مصر": ("EGYGOV", None, None),
    "فیصل بن فرحان": ("SAUGOV", "Faisal bin Farhan", "PER"), "قاهره": ("EGY", "Cairo", "GPE"),
    "ایسنا": ("IRNMED", "ISNA", "ORG"),
}

CASES = [
    # "X و Y را": one coordinated object, one event per party
    ("کره شمالی روز جمعه کره جنوبی و آمریکا را به اقدام نظامی تهدید کرد.",
     [("PRKGOV", "138", "KORGOV", "تهدید کرد"), ("PRKGOV", "138", "USAGOV", "تهدید کرد")]),
    ("نماینده فرانسه در شورای امنیت، ایران و روسیه را به نقض قطعنامه متهم کرد.",
     [("FRAGOV", "112", "IRNGOV", "متهم کرد"), ("FRAGOV", "112", "RUSGOV", "متهم کرد")]),
    # one warning to two parties: two events, not one threat
    ("محمد پاکپور روز سه‌شنبه به اسرائیل و آمریکا هشدار داد که هرگونه تجاوز با پاسخ قاطع روبرو خواهد شد.",
     [("IRNMIL", "138", "ISRGOV", "هشدار داد"), ("IRNMIL", "138", "USAGOV", "هشدار داد")]),
    # an indefinite setting noun ("در سخنانی") closes its phrase: the name after it is the object
    ("نتانیاهو در سخنانی ایران را به حمایت از گروه‌های مسلح متهم کرد.",
     [("ISRGOV", "112", "IRNGOV", "متهم کرد")]),
    ("نخست‌وزیر هند روز دوشنبه در پیامی پاکستان را مسئول این حادثه دانست و آن را محکوم کرد.",
     [("INDGOV", "112", "PAKGOV", "مسئول این حادثه دانست"), ("INDGOV", "111", "PAKGOV", "محکوم کرد")]),
]


def _events(text: str, actors=ACTORS) -> list[tuple]:
    doc = events_stage(make_doc(text, actors))
    return sorted(((e.source, e.cameo, e.target, doc.text[e.start:e.end]) for e in doc.events), key=str)


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_argument_shapes(text, expected):
    assert _events(text) == sorted(expected, key=str)


def test_two_parties_shared_by_a_coordinated_clause():
    """"دو طرف بر ... تأکید کردند و یادداشت تفاهمی امضا کردند": the second clause has the same two parties."""
    text = ("هاکان فیدان روز یکشنبه در تهران با عراقچی دیدار کرد. در این دیدار دو طرف بر گسترش همکاری‌ها"
            " تأکید کردند و یادداشت تفاهمی در زمینه انرژی امضا کردند.")
    evs = [e for e in _events(text) if e[1] == "057"]
    assert evs == [("TURGOV", "057", "IRNGOV", "امضا کردند")]


def test_two_ministers_before_any_two_sided_act():
    """"دو وزیر ... رایزنی کردند" when no act between two parties is coded yet: the article's first two
    countries (the agency is not a party)."""
    text = ("به گزارش ایسنا، وزیر خارجه مصر روز یکشنبه میزبان فیصل بن فرحان در قاهره بود."
            " دو وزیر درباره تحولات غزه و سودان رایزنی کردند.")
    evs = [e for e in _events(text) if e[3] == "رایزنی کردند"]
    assert evs == [("EGYGOV", "040", "SAUGOV", "رایزنی کردند")]


def test_conflict_sides_addressed_one_event_each():
    """"از طرف‌های درگیر خواست": one appeal to each side of the article's fighting."""
    actors = dict(ACTORS, **{"نیروهای پشتیبانی سریع": ("SDNREB", "Rapid Support Forces", "ORG"),
                             "ارتش سودان": ("SDNMIL", None, None), "گوترش": ("IGOUNO", "Antonio Guterres", "PER")})
    text = ("نیروهای پشتیبانی سریع شامگاه جمعه به مواضع ارتش سودان در کردفان حمله کردند."
            " گوترش روز شنبه از طرف‌های درگیر خواست که آتش‌بس را بپذیرند.")
    evs = [e for e in _events(text, actors) if e[1].startswith("02")]
    assert [(a, c) for a, _, c, _ in evs] == [("IGOUNO", "SDNMIL"), ("IGOUNO", "SDNREB")]


def test_unknown_counterpart_takes_the_nationality_after_hamta():
    """"با <name> همتای روس خود": a name the dictionary does not know is an official of Russia."""
    from rasad.events.mentions import build_mentions
    actors = dict(ACTORS, **{"عزیز نصیرزاده": ("IRNMIL", "Aziz Nasirzadeh", "PER"),
                             "آندری بلوسف": ("IRNCVL", None, "PER")})
    doc = make_doc("عزیز نصیرزاده روز دوشنبه با آندری بلوسف همتای روس خود دیدار کرد.", actors)
    m = next(m for m in build_mentions(doc) if m.text == "آندری بلوسف")
    assert (m.code, m.country) == ("RUSGOV", "RUS")


MEDIATION_ACTORS = dict(ACTORS, **{
    "نمایندگان حماس": ("PSEREB", "Hamas", None), "حماس": ("PSEREB", "Hamas", "ORG"),
    "مصر": ("EGY", "Egypt", "GPE"), "قطر": ("QAT", "Qatar", "GPE"), "قاهره": ("EGY", "Cairo", "GPE"),
    "ارمنستان": ("ARM", "Armenia", "GPE"), "آذربایجان": ("AZE", "Azerbaijan", "GPE"),
    "نمایندگان اتحادیه اروپا": ("IGOEUR", "European Union", None), "دوحه": ("QAT", "Doha", "GPE")})


def test_mediators_are_not_partners_and_mediate_each_party():
    """"X و Y با میانجیگری Z و W مذاکره کردند": X ↔ Y talk (first-named source); Z and W mediate,
    one 045 per mediator and party."""
    text = "نمایندگان حماس و اسرائیل روز پنجشنبه با میانجیگری قطر و مصر در دوحه بر سر آتش‌بس مذاکره کردند."
    evs = _events(text, MEDIATION_ACTORS)
    assert [(a, b, c) for a, b, c, _ in evs] == sorted([
        ("PSEREB", "046", "ISRGOV"), ("EGYGOV", "045", "PSEREB"), ("EGYGOV", "045", "ISRGOV"),
        ("QATGOV", "045", "PSEREB"), ("QATGOV", "045", "ISRGOV")], key=str)


def test_attending_third_party_is_not_the_partner():
    """"با حضور X": X attends; the delegations of "دو طرف" meet each other."""
    text = ("ارمنستان روز دوشنبه آذربایجان را به نقض آتش‌بس متهم کرد. هیئت‌های دو طرف روز سه‌شنبه"
            " با حضور نمایندگان اتحادیه اروپا در بروکسل دیدار کردند.")
    evs = [e for e in _events(text, MEDIATION_ACTORS) if e[3] == "دیدار کردند"]
    assert [(a, b, c) for a, b, c, _ in evs] == [("ARMGOV", "040", "AZEGOV")]


def test_background_talks_get_no_mediation():
    """The mediated act must be the clause's own verb: background talks ("برگزار کرده بودند") are not
    coded, so neither is their mediator."""
    text = "ارمنستان و آذربایجان در سال‌های گذشته با میانجیگری قطر چند دور گفت‌وگو برگزار کرده بودند."
    assert [e for e in _events(text, MEDIATION_ACTORS) if e[1] == "045"] == []


MORE_ACTORS = dict(ACTORS, **{
    "کی‌یف": ("UKR", "Kyiv", "GPE"), "کمیسر حقوق بشر روسیه": ("RUSGOV", None, None),
    "اتحادیه آفریقا": ("IGOAFRAFU", "African Union", "ORG"), "سازمان ملل": ("IGOUNO", "United Nations", "ORG"),
    "روبیو": ("USAGOV", "Marco Rubio", "PER"), "ارمنستان": ("ARM", "Armenia", "GPE"),
    "آذربایجان": ("AZE", "Azerbaijan", "GPE")})


def test_closed_adverbial_before_the_object():
    """"در همین حال کی‌یف را": the adverbial is complete, so Kyiv is the object, not inside a phrase."""
    actors = dict(MORE_ACTORS, **{"دیمیتری پسکوف": ("RUSGOV", "Dmitry Peskov", "PER")})
    text = "دیمیتری پسکوف در همین حال کی‌یف را به کارشکنی در مذاکرات صلح متهم کرد."
    assert _events(text, actors) == [("RUSGOV", "112", "UKRGOV", "متهم کرد")]


def test_office_of_a_body_in_a_compound_subject():
    """"X و دفتر Y ... را محکوم کردند": Y's office is a second subject, not the object."""
    text = "اتحادیه آفریقا و دفتر سازمان ملل در بیانیه‌های جداگانه انفجار روز شنبه را محکوم کردند."
    assert [(a, b, c) for a, b, c, _ in _events(text, MORE_ACTORS)] == [
        ("IGOAFRAFU", "111", None), ("IGOUNO", "111", None)]


def test_two_parties_inside_a_prepositional_object():
    """"از تلاش‌های دو طرف ... قدردانی کرد": the praiser is the clause's subject, the parties are praised."""
    text = ("ارمنستان و آذربایجان روز جمعه پیمان صلح را امضا کردند. روبیو این پیمان را «گامی بزرگ» خواند و"
            " از تلاش‌های دو طرف برای صلح قدردانی کرد.")
    evs = [(a, b, c) for a, b, c, d in _events(text, MORE_ACTORS) if d == "قدردانی کرد"]
    assert evs == [("USAGOV", "051", "ARMGOV"), ("USAGOV", "051", "AZEGOV")]


def test_appositive_title_gives_an_unknown_person_his_body():
    """"NAME، گزارشگر ویژه سازمان ملل، ...": the person speaks for the UN; "وی" later too."""
    actors = dict(MORE_ACTORS, **{"جان اسمیت": ("MMRCVL", None, "PER"), "میانمار": ("MMR", "Myanmar", "GPE")})
    text = ("جان اسمیت، گزارشگر ویژه سازمان ملل، روز دوشنبه میانمار را به سرکوب معترضان متهم کرد."
            " وی از دولت میانمار خواست زندانیان سیاسی را آزاد کند.")
    evs = [(a, b[:2], c) for a, b, c, _ in _events(text, actors)]
    assert ("IGOUNO", "11", "MMRGOV") in evs and ("IGOUNO", "02", "MMRGOV") in evs


def test_demonstrative_finds_the_act_stated_with_the_same_noun():
    """"این رزمایش را محکوم کرد": the author of the act stated with "رزمایش", not of the last act of
    that family (the other side's alert)."""
    actors = dict(MORE_ACTORS, **{"ارتش چین": ("CHNMIL", None, None), "تایوان": ("TWN", "Taiwan", "GPE"),
                                  "ارتش تایوان": ("TWNMIL", None, None), "رهبر تایوان": ("TWNGOV", None, None)})
    text = ("ارتش چین روز دوشنبه رزمایش گسترده‌ای را در اطراف تایوان آغاز کرد. ارتش تایوان بلافاصله یگان‌های خود را"
            " در حالت آماده‌باش قرار داد. رهبر تایوان این رزمایش را محکوم کرد.")
    evs = {(a, b, c) for a, b, c, d in _events(text, actors)}
    assert ("TWNGOV", "111", "CHNGOV") in evs
    # a show of force "در اطراف X" is aimed at X's territory
    assert any(a == "CHNMIL" and b.startswith("15") and c == "TWN" for a, b, c in evs)


def test_group_head_opening_a_clause_is_the_subject():
    """"جنبش جهاد اسلامی در بیانیه‌ای این یورش را ... خواند": the movement is the subject; "این یورش" is the
    raid stated earlier with the same noun (its authors' country is criticised)."""
    actors = dict(MORE_ACTORS, **{"جهاد اسلامی": ("PSEREB", "Islamic Jihad", "ORG"), "شهرک‌نشینان": ("ISRCVL", None, None),
                                  "رام‌الله": ("PSE", "Ramallah", "GPE")})
    text = ("شهرک‌نشینان شامگاه سه‌شنبه به روستایی در شرق رام‌الله یورش بردند و یک مسجد را به آتش کشیدند."
            " جنبش جهاد اسلامی در بیانیه‌ای این یورش را «جنایت آشکار» خواند.")
    evs = [(a, b[:2], c) for a, b, c, d in _events(text, actors) if "جهاد" in d or d == "خواند"]
    assert evs == [("PSEREB", "11", "ISRCVL")]


def test_warning_about_ones_own_territory_has_no_target_there():
    """"هشدار داد که هرگونه حمله به خاک ایران ...": Iran is the speaker's own side, not the warned."""
    actors = dict(MORE_ACTORS, **{"فرمانده کل ارتش": ("IRNMIL", None, None)})
    text = "فرمانده کل ارتش روز شنبه هشدار داد که هرگونه حمله به خاک ایران با پاسخی ویرانگر مواجه خواهد شد."
    assert all(c != "IRNGOV" for _, _, c, _ in _events(text, actors))


def test_delegations_head_gives_way_to_the_countries_named():
    """"هیئت‌های آمریکا و اوکراین ... مذاکره کردند" (the head coded from context): the two countries."""
    actors = dict(MORE_ACTORS, **{"هیئت": ("UKRGOV", None, None), "اوکراین": ("UKR", "Ukraine", "GPE"),
                                  "ژنو": ("CHE", "Geneva", "GPE")})
    text = "هیئت‌های آمریکا و اوکراین روز یکشنبه در ژنو درباره طرح صلح مذاکره کردند."
    assert [(a, b, c) for a, b, c, _ in _events(text, actors)] == [("USAGOV", "046", "UKRGOV")]


def test_speakers_side_first_when_he_reports_both_sides_agreed():
    """"گروسی گفت که دو طرف توافق کرده‌اند": the speaker's side is the source; a newspaper reporting
    the same is no party and changes nothing."""
    actors = dict(MORE_ACTORS, **{"گروسی": ("IGOUNOIAE", "Rafael Grossi", "PER"), "لیخاچف": ("RUSBUS", None, "PER"),
                                  "روزنامه ایزوستیا": ("RUSMED", None, None)})
    text = ("لیخاچف روز دوشنبه با گروسی در مسکو دیدار کرد. گروسی پس از دیدار گفت که دو طرف درباره یک سازوکار"
            " نظارتی به توافق رسیده‌اند.")
    evs = [(a, c) for a, b, c, d in _events(text, actors) if d == "به توافق رسیده‌اند"]
    assert evs == [("IGOUNOIAE", "RUSBUS")]
    text2 = text.replace("گروسی پس از دیدار گفت", "روزنامه ایزوستیا نوشت")
    evs2 = [(a, c) for a, b, c, d in _events(text2, actors) if d == "به توافق رسیده‌اند"]
    assert evs2 == [("RUSBUS", "IGOUNOIAE")]


def test_two_neighbours_are_the_last_two_states():
    """"از دو همسایه خواست" after an IGO met one of them: the two states of the article's dispute."""
    actors = dict(MORE_ACTORS, **{"اتیوپی": ("ETH", "Ethiopia", "GPE"), "اریتره": ("ERI", "Eritrea", "GPE"),
                                  "دولت اریتره": ("ERIGOV", None, None), "گوترش": ("IGOUNO", "Antonio Guterres", "PER")})
    text = ("دولت اریتره روز یکشنبه اتیوپی را به تجاوز مرزی متهم کرد. اتحادیه آفریقا روز دوشنبه با اتیوپی"
            " دیدار کرد. گوترش از دو همسایه خواست خویشتنداری کنند.")
    evs = [(a, c) for a, b, c, d in _events(text, actors) if d == "از دو همسایه خواست"]
    assert evs == [("IGOUNO", "ERIGOV"), ("IGOUNO", "ETHGOV")]


def test_subject_after_a_bare_speech_verb_and_this_country():
    """"ارتش پاکستان اما می‌گوید نیروهای طالبان ... به پاسگاه‌های این کشور حمله کردند": the attacker
    is named after the speech verb; "این کشور" is the last country named other than the attacker's."""
    actors = dict(MORE_ACTORS, **{"ارتش پاکستان": ("PAKMIL", None, None), "نیروهای طالبان": ("AFGMIL", None, None)})
    text = "ارتش پاکستان اما می‌گوید نیروهای طالبان بامداد جمعه به پاسگاه‌های مرزی این کشور حمله کردند."
    assert [(a, b[:2], c) for a, b, c, _ in _events(text, actors)] == [("AFGMIL", "19", "PAK")]


def test_two_nationality_adjectives_after_a_frame_word():
    """"از طرف‌های یمنی و سعودی خواست": one appeal to each country the phrase names."""
    actors = dict(MORE_ACTORS, **{"فرستاده سازمان ملل": ("IGOUNO", None, None)})
    text = "فرستاده سازمان ملل روز جمعه از طرف‌های یمنی و سعودی خواست که مذاکرات را ادامه دهند."
    assert sorted((a, c) for a, _, c, _ in _events(text, actors)) == [("IGOUNO", "SAUGOV"), ("IGOUNO", "YEMGOV")]


def test_support_for_this_strike_targets_the_strikers():
    """"از این اعتصاب پشتیبانی کرد": the strike stated before is the strikers' act."""
    actors = dict(MORE_ACTORS, **{"کارگران بندر": ("BELLAB", None, None), "دولت بلژیک": ("BELGOV", None, None),
                                  "کنفدراسیون کارگری اروپا": ("NGOETU", None, None)})
    text = ("کارگران بندر روز سه‌شنبه در اعتراض به طرح دولت بلژیک دست به اعتصاب زدند."
            " کنفدراسیون کارگری اروپا در بیانیه‌ای از این اعتصاب پشتیبانی کرد.")
    evs = [(a, c) for a, b, c, d in _events(text, actors) if d == "پشتیبانی کرد"]
    assert evs == [("NGOETU", "BELLAB")]


def test_passive_target_named_by_a_nationality_adjective():
    """"یک کشتی تجاری یونانی ... هدف حمله پهپادی حوثی‌ها قرار گرفت": the ship's country is the target."""
    actors = dict(MORE_ACTORS, **{"حوثی‌ها": ("YEMREB", "Houthis", "ORG")})
    text = "یک کشتی تجاری یونانی روز جمعه در دریای سرخ هدف حمله پهپادی حوثی‌ها قرار گرفت."
    assert [(a, b[:2], c) for a, b, c, _ in _events(text, actors)] == [("YEMREB", "19", "GRC")]


def test_bare_act_noun_object_is_the_reported_act():
    """"اتهامات را نپذیرفت": the accusations already reported; the accuser is the target. With "خود"
    ("اتهامات خود را") the noun is the subject's own act: no target is borrowed."""
    actors = dict(MORE_ACTORS, **{"نمایندگان مجلس": ("IRNLEG", None, None), "وزیر نیرو": ("IRNGOV", None, None)})
    text = ("نمایندگان مجلس روز یکشنبه وزیر نیرو را به سوءمدیریت در بحران آب متهم کردند."
            " وزیر نیرو در دفاع از کارنامه وزارتخانه خود اتهامات را نپذیرفت.")
    evs = [(a, c) for a, b, c, d in _events(text, actors) if d.endswith("نپذیرفت")]
    assert evs == [("IRNGOV", "IRNLEG")]


def test_people_after_for_receive_the_act():
    """"X اعلام کرد که ... کمک برای سرپناه و داروی آوارگان اختصاص داده است": X gives; the displaced
    receive (they are not the clause's subject)."""
    actors = dict(MORE_ACTORS, **{"کمیسیون اروپا": ("IGOEUR", "European Commission", "ORG"),
                                  "آوارگان": ("SYRREF", None, None), "سوریه": ("SYR", "Syria", "GPE")})
    text = ("کمیسیون اروپا روز چهارشنبه اعلام کرد که ۴۵ میلیون یورو کمک برای تأمین چادر، غذا و داروی"
            " آوارگان شمال سوریه اختصاص داده است.")
    evs = [(a, b[:2], (c or "")[:3]) for a, b, c, _ in _events(text, actors)]
    assert evs == [("IGOEUR", "07", "SYR")]


def test_own_ambassador_is_the_object_the_country_opening_the_sentence_acts():
    """"کویت ... خوانده، سفیر خود را از بیروت فراخواند": "سفیر خود را" is the object (whatever code
    the ambassador got); the country opening the sentence recalls him."""
    actors = dict(MORE_ACTORS, **{"کویت": ("KWT", "Kuwait", "GPE"), "سفیر": ("LBNGOV", None, None),
                                  "بیروت": ("LBN", "Beirut", "GPE")})
    text = ("کویت در اعتراض به آنچه «اهانت» یک شبکه تلویزیونی خوانده، سفیر خود را برای رایزنی از بیروت"
            " فراخواند.")
    evs = [(a, b[:2]) for a, b, c, _ in _events(text, actors)]
    assert evs and all(a == "KWTGOV" for a, _ in evs)


@pytest.mark.parametrize("verb", ["سازگار نیست", "«سازگار نیست»"])
def test_and_after_a_reported_complement_continues_the_speaker(verb):
    """"X گفت که این طرح با عضویت Y ... سازگار نیست و از Z خواست ...": X asks, not Y (a genitive deep
    in the complement)."""
    actors = dict(MORE_ACTORS, **{"سخنگوی کمیسیون اروپا": ("IGOEUR", None, None), "گرجستان": ("GEO", "Georgia", "GPE"),
                                  "دولت تفلیس": ("GEOGOV", None, None)})
    text = (f"سخنگوی کمیسیون اروپا گفت که این طرح با روند عضویت گرجستان در اتحادیه {verb} و از دولت تفلیس"
            " خواست آن را لغو کند.")
    evs = [(a, c) for a, b, c, d in _events(text, actors) if d == "از دولت تفلیس خواست"]
    assert evs == [("IGOEUR", "GEOGOV")]
