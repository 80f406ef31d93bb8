"""Batch 3 of eval/dev/blind2: 8 invented late-2026 articles (original text, CC0). "_" = ZWNJ."""
from spec import E, Q, ents

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------------------------------------
A(dict(
    name="khabaronline-02", agency="khabaronline", date="2026-11-26", time="16:25", degrade="space", code="2101987",
    title="چین سفیر خود را از توکیو فراخواند",
    lead="پکن در واکنش به سخنان تازه نخست_وزیر ژاپن درباره تایوان، سفیر خود را برای رایزنی فراخواند و واردات محصولات دریایی ژاپن را به حالت تعلیق درآورد.",
    body=[
        "به گزارش خبرآنلاین به نقل از رویترز، وزارت امور خارجه چین روز پنجشنبه اعلام کرد که سفیر این کشور در توکیو را برای رایزنی به پکن فراخوانده است.",
        "لین جیان، سخنگوی این وزارتخانه، سخنان سانائه تاکائیچی درباره احتمال دخالت نظامی ژاپن در تنگه تایوان را «تحریک_آمیز و خطرناک» خواند.",
        "وی افزود: «اگر توکیو در امور داخلی چین دخالت کند، باید بهای سنگینی بپردازد.»",
        "اداره کل گمرک چین نیز واردات همه محصولات دریایی از ژاپن را تا اطلاع ثانوی متوقف کرد.",
        "تاکائیچی روز جمعه درخواست پکن برای پس گرفتن سخنانش را نپذیرفت و گفت که موضع دولت ژاپن درباره تایوان تغییری نکرده است.",
        "دبیرکل کابینه ژاپن هم در نشستی خبری اعلام کرد که توکیو از طریق مجاری دیپلماتیک به تصمیم پکن درباره واردات محصولات دریایی اعتراض رسمی کرده است.",
        "روابط دو کشور از نوامبر ۲۰۲۵ و پس از نخستین اظهارات تاکائیچی درباره تایوان رو به وخامت گذاشته است.",
    ],
    tags=["چین", "ژاپن", "تایوان"],
    related=["هشدار پکن به شهروندان چینی درباره سفر به ژاپن"],
    entities=ents("""
        چین | GPE | China | CHN
        توکیو | GPE | Tokyo | JPN
        پکن | GPE | Beijing | CHN
        ژاپن | GPE | Japan | JPN
        تایوان | GPE | Taiwan | TWN
        خبرآنلاین | ORG | Khabaronline | IRNMED
        رویترز | ORG | Reuters | GBRMED
        وزارت امور خارجه چین | ORG | Ministry of Foreign Affairs of China | CHNGOV
        لین جیان | PER | Lin Jian | CHNGOV
        سانائه تاکائیچی | PER | Sanae Takaichi | JPNGOV
        تاکائیچی | PER | Sanae Takaichi | JPNGOV
        تنگه تایوان | LOC | Taiwan Strait | -
        اداره کل گمرک چین | ORG | General Administration of Customs of China | CHNGOV
    """),
    quotes=[
        Q("سفیر این کشور در توکیو…", "Ministry of Foreign Affairs of China", "وزارت امور خارجه چین"),
        Q("تحریک_آمیز و خطرناک", "Lin Jian", "لین جیان", direct=True),
        Q("اگر توکیو در امور داخلی…", "Lin Jian", "وی", direct=True),
        Q("موضع دولت ژاپن…", "Sanae Takaichi", "تاکائیچی"),
        Q("توکیو از طریق مجاری دیپلماتیک…", "Chief Cabinet Secretary of Japan", "دبیرکل کابینه ژاپن"),
    ],
    events=[
        E("برای رایزنی به پکن فراخوانده است", "CHNGOV", "وزارت امور خارجه چین", "JPNGOV", "توکیو", "161"),
        E("را «تحریک_آمیز و خطرناک» خواند", "CHNGOV", "لین جیان", "JPNGOV", "سانائه تاکائیچی", "111"),
        E("باید بهای سنگینی بپردازد", "CHNGOV", "وی", "JPNGOV", "توکیو", "130"),
        E("تا اطلاع ثانوی متوقف کرد", "CHNGOV", "اداره کل گمرک چین", "JPN", "ژاپن", "163"),
        E("سخنانش را نپذیرفت", "JPNGOV", "تاکائیچی", "CHNGOV", "پکن", "124"),
        E("اعتراض رسمی کرده است", "JPNGOV", "دبیرکل کابینه ژاپن", "CHNGOV", "پکن", "114"),
    ],
    notes=[
        "Recalling the ambassador: reduce relations (161). The lead restates the recall and the import ban: coded once, from the body.",
        "Import ban on Japanese seafood: embargo 163, target bare JPN (trade).",
        "'اگر ... باید بهای سنگینی بپردازد': unspecified conditional threat (130).",
        "Refusing Beijing's request to retract: refusal to yield (124); the request itself is a nominal mention.",
        "Formal protest through diplomatic channels: 114. Role-only speaker: 'Chief Cabinet Secretary of Japan'; 'کابینه ژاپن' is a title, only 'ژاپن' is an entity.",
        "Page degraded: ZWNJ written as spaces.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="yjc-02", agency="yjc", date="2026-11-28", time="11:05", degrade=None, code="9288102",
    title="توقیف نفتکش حامل سوخت قاچاق در تنگه هرمز",
    lead="نیروی دریایی سپاه یک نفتکش خارجی را که دو میلیون لیتر سوخت قاچاق حمل می_کرد، در تنگه هرمز توقیف کرد.",
    body=[
        "به گزارش خبرنگار گروه دفاعی باشگاه خبرنگاران جوان، نیروی دریایی سپاه پاسداران انقلاب اسلامی بامداد شنبه یک نفتکش با پرچم پاناما را که دو میلیون لیتر گازوئیل قاچاق حمل می_کرد، در آب_های تنگه هرمز توقیف کرد.",
        "بر اساس این گزارش، ۱۶ خدمه این نفتکش که همگی تابعیت هند دارند، بازداشت و برای طی مراحل قانونی به مقامات قضایی استان هرمزگان تحویل داده شدند.",
        "فرمانده منطقه یکم نیروی دریایی سپاه گفت که این شناور از چند روز پیش تحت رصد اطلاعاتی بوده و پس از ورود به آب_های سرزمینی ایران متوقف شده است.",
        "ناوگان پنجم نیروی دریایی آمریکا در بیانیه_ای این اقدام را نقض آزادی کشتیرانی خواند و از ایران خواست که نفتکش و خدمه آن را فوراً آزاد کند.",
        "نیروی دریایی ارتش جمهوری اسلامی ایران نیز روز شنبه رزمایشی دو روزه را در دریای عمان و شمال اقیانوس هند آغاز کرد.",
        "سپاه پیش_تر نیز چندین نفتکش را به اتهام قاچاق سوخت در خلیج فارس توقیف کرده بود.",
    ],
    tags=["سپاه", "تنگه هرمز", "قاچاق سوخت"],
    related=["کشف ۵۰۰ هزار لیتر سوخت قاچاق در بندرعباس"],
    entities=ents("""
        تنگه هرمز | LOC | Strait of Hormuz | -
        نیروی دریایی سپاه | ORG | IRGC Navy | IRNMIL
        باشگاه خبرنگاران جوان | ORG | Young Journalists Club | IRNMED
        نیروی دریایی سپاه پاسداران انقلاب اسلامی | ORG | IRGC Navy | IRNMIL
        پاناما | GPE | Panama | PAN
        هند | GPE | India | IND
        استان هرمزگان | GPE | Hormozgan Province | IRN
        ایران | GPE | Iran | IRN
        ناوگان پنجم نیروی دریایی آمریکا | ORG | United States Fifth Fleet | USAMIL
        نیروی دریایی ارتش جمهوری اسلامی ایران | ORG | Islamic Republic of Iran Navy | IRNMIL
        دریای عمان | LOC | Gulf of Oman | -
        اقیانوس هند | LOC | Indian Ocean | -
        سپاه | ORG | Islamic Revolutionary Guard Corps | IRNMIL
        خلیج فارس | LOC | Persian Gulf | -
    """),
    quotes=[
        Q("این شناور از چند روز پیش…", "IRGC Navy", "فرمانده منطقه یکم نیروی دریایی سپاه"),
    ],
    events=[
        E("یک نفتکش با پرچم پاناما", "IRNMIL", "نیروی دریایی سپاه پاسداران انقلاب اسلامی", "PAN", "یک نفتکش با پرچم پاناما", "171"),
        E("۱۶ خدمه این نفتکش", "IRNMIL", None, "INDCVL", "۱۶ خدمه این نفتکش", "173"),
        E("نقض آزادی کشتیرانی خواند", "USAMIL", "ناوگان پنجم نیروی دریایی آمریکا", "IRNGOV", "ایران", "111"),
        E("نقض آزادی کشتیرانی خواند", "USAMIL", "ناوگان پنجم نیروی دریایی آمریکا", "IRNGOV", "ایران", "0253"),
        E("رزمایشی دو روزه", "IRNMIL", "نیروی دریایی ارتش جمهوری اسلامی ایران", None, None, "150"),
    ],
    notes=[
        "Seizure of the Panama-flagged tanker: 171 (seize property), target the flag state (bare PAN). The lead restates it; the commander's 'متوقف شده است' too.",
        "Passive arrest of the Indian crew: agent the IRGC navy from context, target INDCVL; the hand-over to the judiciary is internal procedure, not coded.",
        "Fifth Fleet: criticism (111) and appeal to release tanker and crew (0253) in one sentence.",
        "Start of a naval exercise: military posture 150, no target. Earlier seizures (پیش_تر) are background.",
        "Unnamed regional commander speaks for the IRGC Navy ('دریای عمان' is one LOC span; 'شمال اقیانوس هند' gives the ocean).",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="euronews-fa-02", agency="euronews-fa", date="2026-11-24", time="20:40", degrade="arabic",
    title="آلمان ۸۱ مهاجر افغان را به کابل بازگرداند",
    lead=None,
    body=[
        "دولت آلمان روز سه_شنبه ۸۱ تبعه افغانستان را که درخواست پناهندگی آنها رد شده بود یا سابقه کیفری داشتند، با یک پرواز چارتر از لایپزیگ به کابل اخراج کرد.",
        "الکساندر دوبریندت، وزیر کشور آلمان، به روزنامه بیلد گفت که پروازهای اخراج به افغانستان از این پس به_طور منظم ادامه خواهد یافت.",
        "این پرواز با هماهنگی قطر انجام شد؛ برلین با حکومت طالبان رابطه رسمی ندارد.",
        "کمیساریای عالی سازمان ملل در امور پناهندگان از آلمان خواست که بازگرداندن اجباری مهاجران به افغانستان را متوقف کند و هشدار داد که جان بازگشتگان در خطر است.",
        "صدها نفر نیز شامگاه سه_شنبه در مقابل ساختمان وزارت کشور در برلین علیه این اخراج_ها تظاهرات کردند.",
        "آلمان نخستین پرواز اخراج به افغانستان پس از بازگشت طالبان به قدرت را در اوت ۲۰۲۴ انجام داده بود.",
    ],
    related=["اروپا و سیاست سخت_گیرانه مهاجرتی", "پاکستان و اخراج مهاجران افغان"],
    entities=ents("""
        آلمان | GPE | Germany | DEU
        کابل | GPE | Kabul | AFG
        افغانستان | GPE | Afghanistan | AFG
        لایپزیگ | GPE | Leipzig | DEU
        الکساندر دوبریندت | PER | Alexander Dobrindt | DEUGOV
        بیلد | ORG | Bild | DEUMED
        قطر | GPE | Qatar | QAT
        برلین | GPE | Berlin | DEU
        طالبان | ORG | Taliban | AFGGOV
        کمیساریای عالی سازمان ملل در امور پناهندگان | ORG | UNHCR | IGOUNO
        وزارت کشور | ORG | Federal Ministry of the Interior of Germany | DEUGOV
    """),
    quotes=[
        Q("پروازهای اخراج به افغانستان…", "Alexander Dobrindt", "الکساندر دوبریندت"),
        Q("جان بازگشتگان در خطر است", "UNHCR", "کمیساریای عالی سازمان ملل در امور پناهندگان"),
    ],
    events=[
        E("با یک پرواز چارتر از لایپزیگ", "DEUGOV", "دولت آلمان", "AFGREF", "۸۱ تبعه افغانستان", "174"),
        E("از آلمان خواست که بازگرداندن اجباری", "IGOUNO", "کمیساریای عالی سازمان ملل در امور پناهندگان", "DEUGOV", "آلمان", "025"),
        E("علیه این اخراج_ها تظاهرات کردند", "DEUCVL", "صدها نفر", "DEUGOV", "وزارت کشور", "141"),
    ],
    notes=[
        "Deportation of rejected asylum seekers: 174, target AFGREF (refugees/migrants).",
        "Dobrindt's 'flights will continue' is a statement of policy, not coded. Qatar's facilitation is nominal ('با هماهنگی قطر').",
        "UNHCR's request to stop forced returns: appeal to yield (025, no sub-code fits). Its 'هشدار داد که' clause is a quote, not a threat.",
        "The August 2024 flight is background. Euronews: no lead. Page degraded: Arabic ي/ك.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="entekhab-02", agency="entekhab", date="2026-11-28", time="09:30", degrade=None, code="918877",
    source_label="رویترز",
    title="ترامپ ایران را به حمله دوباره تهدید کرد؛ عراقچی: مذاکره زیر سایه تهدید معنا ندارد",
    lead="رئیس_جمهور آمریکا هشدار داد که اگر ایران غنی_سازی را از سر بگیرد، با حمله_ای سنگین_تر از گذشته روبه_رو خواهد شد.",
    body=[
        "به گزارش انتخاب به نقل از رویترز، دونالد ترامپ روز جمعه در جمع خبرنگاران در کاخ سفید گفت که اگر ایران فعالیت_های غنی_سازی را از سر بگیرد، آمریکا بار دیگر تأسیسات هسته_ای این کشور را هدف قرار خواهد داد.",
        "وی همچنین مدعی شد که تهران در حال بازسازی بخشی از تأسیسات آسیب_دیده است.",
        "سید عباس عراقچی در واکنش، پیشنهاد ترامپ برای مذاکره مستقیم را نپذیرفت و گفت: «مذاکره زیر سایه تهدید هیچ معنایی ندارد.»",
        "امیرسعید ایروانی، نماینده دائم ایران در سازمان ملل، نیز در نامه_ای به آنتونیو گوترش و رئیس دوره_ای شورای امنیت به تهدیدهای رئیس_جمهور آمریکا اعتراض کرد.",
        "بدر البوسعیدی وزیر امور خارجه عمان از تهران و واشنگتن خواست که گفت_وگوهای غیرمستقیم را از سر بگیرند و آمادگی مسقط را برای میزبانی دور تازه مذاکرات اعلام کرد.",
        "آمریکا و رژیم صهیونیستی در خرداد ۱۴۰۴ تأسیسات هسته_ای ایران را بمباران کردند.",
    ],
    related=["واکنش مجلس به تهدیدهای ترامپ", "عمان و پرونده هسته_ای ایران"],
    entities=ents("""
        ترامپ | PER | Donald Trump | USAGOV
        دونالد ترامپ | PER | Donald Trump | USAGOV
        ایران | GPE | Iran | IRN
        عراقچی | PER | Abbas Araghchi | IRNGOV
        سید عباس عراقچی | PER | Abbas Araghchi | IRNGOV
        آمریکا | GPE | United States | USA
        انتخاب | ORG | Entekhab | IRNMED
        رویترز | ORG | Reuters | GBRMED
        کاخ سفید | ORG | White House | USAGOV
        تهران | GPE | Tehran | IRN
        امیرسعید ایروانی | PER | Amir Saeid Iravani | IRNGOV
        سازمان ملل | ORG | United Nations | IGOUNO
        آنتونیو گوترش | PER | Antonio Guterres | IGOUNO
        شورای امنیت | ORG | United Nations Security Council | IGOUNO
        بدر البوسعیدی | PER | Badr Albusaidi | OMNGOV
        عمان | GPE | Oman | OMN
        واشنگتن | GPE | Washington | USA
        مسقط | GPE | Muscat | OMN
        رژیم صهیونیستی | GPE | Israel | ISR
    """),
    quotes=[
        Q("اگر ایران غنی_سازی را…", "Donald Trump", "رئیس_جمهور آمریکا"),
        Q("اگر ایران فعالیت_های غنی_سازی…", "Donald Trump", "دونالد ترامپ"),
        Q("تهران در حال بازسازی…", "Donald Trump", "وی"),
        Q("مذاکره زیر سایه تهدید هیچ معنایی ندارد.", "Abbas Araghchi", "سید عباس عراقچی", direct=True),
    ],
    events=[
        E("آمریکا بار دیگر تأسیسات هسته_ای", "USAGOV", "دونالد ترامپ", "IRNGOV", "ایران", "1384"),
        E("مدعی شد که تهران", "USAGOV", "وی", "IRNGOV", "تهران", "112"),
        E("پیشنهاد ترامپ برای مذاکره مستقیم را نپذیرفت", "IRNGOV", "سید عباس عراقچی", "USAGOV", "ترامپ", "125"),
        E("به تهدیدهای رئیس_جمهور آمریکا اعتراض کرد", "IRNGOV", "امیرسعید ایروانی", "USAGOV", "رئیس_جمهور آمریکا", "114"),
        E("گفت_وگوهای غیرمستقیم را از سر بگیرند", "OMNGOV", "بدر البوسعیدی", "IRNGOV", "تهران", "026"),
        E("گفت_وگوهای غیرمستقیم را از سر بگیرند", "OMNGOV", "بدر البوسعیدی", "USAGOV", "واشنگتن", "026"),
        E("آمادگی مسقط را برای میزبانی", "OMNGOV", "بدر البوسعیدی", "IRNGOV", "تهران", "039"),
        E("آمادگی مسقط را برای میزبانی", "OMNGOV", "بدر البوسعیدی", "USAGOV", "واشنگتن", "039"),
    ],
    notes=[
        "Threat to strike the nuclear facilities again: threaten conventional attack (1384), verbal → IRNGOV. The lead restates it (quoted, not coded again).",
        "'مدعی شد' blaming Tehran for rebuilding: 112.",
        "Rejecting the proposal of direct talks: 125. Direct quote keeps its final period because it sits inside the «».",
        "Iravani's letter objecting to the threats: official complaint 114, target the party complained about (USAGOV), not the letter's addressees.",
        "Oman: appeal to both to resume talks (026) and readiness to host (039), each once per party. The June 2025 strikes are background.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="ilna-02", agency="ilna", date="2026-11-22", time="17:45", degrade="nozwnj", code="1761988",
    title="پ.ک.ک خروج نیروهایش از خاک ترکیه را تکمیل کرد",
    lead="حزب کارگران کردستان اعلام کرد که خروج همه نیروهای مسلح این گروه از خاک ترکیه به پایان رسیده است.",
    body=[
        "به گزارش ایلنا به نقل از خبرگزاری آناتولی، شاخه نظامی حزب کارگران کردستان (پ.ک.ک) روز یکشنبه در بیانیه_ای اعلام کرد که آخرین گروه از نیروهایش خاک ترکیه را ترک کرده و به مناطق کوهستانی شمال عراق منتقل شده_اند.",
        "رجب طیب اردوغان رئیس_جمهور ترکیه این اقدام را گامی مهم در مسیر پروژه ترکیه عاری از تروریسم خواند.",
        "حزب دموکراسی و برابری خلق_ها نیز از دولت خواست که با تصویب قانون ادغام اجتماعی، راه بازگشت اعضای این گروه به زندگی عادی را هموار کند.",
        "در همین حال، دادگاهی در دیاربکر دستور آزادی ۲۳ تن از سیاستمداران کرد را که به اتهام عضویت در این گروه در زندان بودند، صادر کرد.",
        "عبدالله اوجالان، رهبر زندانی این گروه، در فوریه ۲۰۲۵ از اعضای آن خواسته بود که سلاح_های خود را زمین بگذارند و گروه را منحل کنند.",
    ],
    tags=["ترکیه", "پ.ک.ک", "اردوغان"],
    related=["نشست کمیسیون صلح مجلس ترکیه"],
    entities=ents("""
        پ.ک.ک | ORG | Kurdistan Workers' Party | TURREB
        ترکیه | GPE | Turkey | TUR
        حزب کارگران کردستان | ORG | Kurdistan Workers' Party | TURREB
        ایلنا | ORG | ILNA | IRNMED
        خبرگزاری آناتولی | ORG | Anadolu Agency | TURMED
        عراق | GPE | Iraq | IRQ
        رجب طیب اردوغان | PER | Recep Tayyip Erdogan | TURGOV
        حزب دموکراسی و برابری خلق_ها | ORG | Peoples' Equality and Democracy Party | TUROPP
        دیاربکر | GPE | Diyarbakir | TUR
        عبدالله اوجالان | PER | Abdullah Ocalan | TURREB
    """),
    quotes=[
        Q("خروج همه نیروهای مسلح…", "Kurdistan Workers' Party", "حزب کارگران کردستان"),
        Q("آخرین گروه از نیروهایش…", "Kurdistan Workers' Party", "شاخه نظامی حزب کارگران کردستان (پ.ک.ک)"),
    ],
    events=[
        E("آخرین گروه از نیروهایش", "TURREB", "شاخه نظامی حزب کارگران کردستان (پ.ک.ک)", "TURGOV", "ترکیه", "0874"),
        E("این اقدام را گامی مهم", "TURGOV", "رجب طیب اردوغان", "TURREB", None, "051"),
        E("قانون ادغام اجتماعی", "TUROPP", "حزب دموکراسی و برابری خلق_ها", "TURGOV", "دولت", "0242"),
        E("دستور آزادی ۲۳ تن", "TURJUD", "دادگاهی در دیاربکر", "TUROPP", "۲۳ تن از سیاستمداران کرد", "0841"),
    ],
    notes=[
        "Withdrawal of PKK forces from Turkish territory, stated in its reported statement: 0874 (retreat militarily), target the Turkish state (TURGOV). Coded from the body, not the lead.",
        "Erdogan calling it an important step: praise (051) of the PKK's act.",
        "DEM Party's call for a social-integration law: appeal for policy change (0242).",
        "Court-ordered release of 23 Kurdish politicians: 0841. Ocalan's February 2025 call is background (pluperfect with an old date).",
        "Page degraded: every ZWNJ lost.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="tasnim-03", agency="tasnim", date="2026-11-26", time="19:30", degrade=None,
    title="پیشروی نظامیان صهیونیست در قنیطره و ربودن سه چوپان سوری",
    lead="نظامیان رژیم صهیونیستی با پیشروی در حومه قنیطره، دو روستای دیگر در جنوب سوریه را به اشغال خود درآوردند.",
    body=[
        "به گزارش گروه بین_الملل خبرگزاری تسنیم به نقل از خبرگزاری سانا، یک ستون از نظامیان رژیم صهیونیستی روز پنجشنبه با پشتیبانی تانک و بولدوزر وارد روستاهای الصمدانیه و الحمیدیه در حومه قنیطره شدند و در آنجا مواضع نظامی احداث کردند.",
        "منابع محلی گزارش دادند که نظامیان اشغالگر سه چوپان سوری را در نزدیکی روستای الحمیدیه ربودند و به مکان نامعلومی منتقل کردند.",
        "وزارت امور خارجه سوریه در بیانیه_ای این تجاوز را نقض آشکار توافق جداسازی نیروها در سال ۱۹۷۴ دانست و آن را محکوم کرد.",
        "این وزارتخانه همچنین از شورای امنیت سازمان ملل خواست که رژیم صهیونیستی را به خروج فوری از خاک سوریه وادار کند.",
        "در تحولی دیگر، وزارت دفاع ترکیه اعلام کرد که نخستین دوره آموزش نظامیان سوری را در پایگاهی در استان هاتای آغاز کرده است.",
        "ارتش رژیم صهیونیستی از دسامبر ۲۰۲۴ و پس از سقوط بشار اسد، مناطق گسترده_ای از جنوب سوریه را اشغال کرده است.",
    ],
    related=["تحولات سوریه", "هشدار دمشق درباره طرح منطقه حائل"],
    entities=ents("""
        قنیطره | GPE | Quneitra | SYR
        رژیم صهیونیستی | GPE | Israel | ISR
        سوریه | GPE | Syria | SYR
        خبرگزاری تسنیم | ORG | Tasnim News Agency | IRNMED
        خبرگزاری سانا | ORG | SANA | SYRMED
        الصمدانیه | GPE | Al-Samdaniyah | SYR
        الحمیدیه | GPE | Al-Hamidiyah | SYR
        وزارت امور خارجه سوریه | ORG | Ministry of Foreign Affairs of Syria | SYRGOV
        شورای امنیت سازمان ملل | ORG | United Nations Security Council | IGOUNO
        وزارت دفاع ترکیه | ORG | Ministry of National Defence of Turkey | TURMIL
        استان هاتای | GPE | Hatay Province | TUR
        ارتش رژیم صهیونیستی | ORG | Israel Defense Forces | ISRMIL
        بشار اسد | PER | Bashar al-Assad | -
    """),
    quotes=[
        Q("نخستین دوره آموزش نظامیان سوری…", "Ministry of National Defence of Turkey", "وزارت دفاع ترکیه"),
    ],
    events=[
        E("مواضع نظامی احداث کردند", "ISRMIL", "نظامیان رژیم صهیونیستی", "SYR", "روستاهای الصمدانیه و الحمیدیه", "192"),
        E("سه چوپان سوری را در نزدیکی", "ISRMIL", "نظامیان اشغالگر", "SYRCVL", "سه چوپان سوری", "181"),
        E("این تجاوز را نقض آشکار", "SYRGOV", "وزارت امور خارجه سوریه", "ISRGOV", None, "111"),
        E("از شورای امنیت سازمان ملل خواست", "SYRGOV", "این وزارتخانه", "IGOUNO", "شورای امنیت سازمان ملل", "022"),
        E("نخستین دوره آموزش نظامیان سوری", "TURMIL", "وزارت دفاع ترکیه", "SYRMIL", "نظامیان سوری", "062"),
    ],
    notes=[
        "Entering villages and building positions: occupy territory (192), coded from the body (the lead restates it).",
        "'منابع محلی گزارش دادند که' is not a quote verb; the abduction it reports is coded (181).",
        "Training Syrian soldiers: military cooperation (062). Occupation since December 2024 and the 1974 agreement are background.",
        "Bashar al-Assad: former president, actor code left null.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="isna-03", agency="isna", date="2026-11-28", time="13:50", degrade=None,
    title="شورشیان ام ۲۳ کنترل شهر بونیا را به دست گرفتند",
    lead="دولت کنگو رواندا را به حمایت نظامی از شورشیان متهم کرد؛ کیگالی این اتهام را نپذیرفته است.",
    body=[
        "به گزارش ایسنا به نقل از خبرگزاری فرانسه، شورشیان گروه ام ۲۳ روز جمعه پس از دو روز درگیری سنگین با ارتش جمهوری دموکراتیک کنگو وارد شهر بونیا در استان ایتوری شدند و کنترل فرودگاه آن را به دست گرفتند.",
        "دولت کینشاسا در بیانیه_ای رواندا را به ارسال سلاح و نیرو برای این گروه متهم کرد و خواستار اعمال تحریم_های بین_المللی علیه کیگالی شد.",
        "وزیر امور خارجه رواندا این اتهامات را تکذیب کرد و گفت که کشورش هیچ کمک نظامی در اختیار ام ۲۳ قرار نداده است.",
        "آنتونیو گوترش دبیرکل سازمان ملل متحد با ابراز نگرانی شدید از گسترش درگیری_ها، از ام ۲۳ خواست که فوراً از مناطق تصرف_شده عقب_نشینی کند.",
        "قطر که میزبان مذاکرات صلح میان دولت کنگو و ام ۲۳ در دوحه است، از دو طرف خواست که به میز گفت_وگو بازگردند.",
        "دو طرف در ژوئیه ۲۰۲۵ در دوحه اعلامیه اصولی برای آتش_بس امضا کرده بودند.",
    ],
    tags=["کنگو", "رواندا", "ام ۲۳"],
    related=["بحران انسانی در شرق کنگو"],
    entities=ents("""
        ام ۲۳ | ORG | M23 | CODREB
        بونیا | GPE | Bunia | COD
        کنگو | GPE | Democratic Republic of the Congo | COD
        رواندا | GPE | Rwanda | RWA
        کیگالی | GPE | Kigali | RWA
        ایسنا | ORG | ISNA | IRNMED
        خبرگزاری فرانسه | ORG | AFP | FRAMED
        ارتش جمهوری دموکراتیک کنگو | ORG | Armed Forces of the Democratic Republic of the Congo | CODMIL
        استان ایتوری | GPE | Ituri Province | COD
        کینشاسا | GPE | Kinshasa | COD
        آنتونیو گوترش | PER | Antonio Guterres | IGOUNO
        سازمان ملل متحد | ORG | United Nations | IGOUNO
        قطر | GPE | Qatar | QAT
        دوحه | GPE | Doha | QAT
    """),
    quotes=[
        Q("کشورش هیچ کمک نظامی…", "Minister of Foreign Affairs of Rwanda", "وزیر امور خارجه رواندا"),
    ],
    events=[
        E("کنترل فرودگاه آن را به دست گرفتند", "CODREB", "شورشیان گروه ام ۲۳", "COD", "شهر بونیا", "192"),
        E("رواندا را به ارسال سلاح و نیرو", "CODGOV", "دولت کینشاسا", "RWAGOV", "رواندا", "112"),
        E("خواستار اعمال تحریم_های بین_المللی", "CODGOV", "دولت کینشاسا", None, None, "022"),
        E("این اتهامات را تکذیب کرد", "RWAGOV", "وزیر امور خارجه رواندا", "CODREB", "ام ۲۳", "072", True),
        E("فوراً از مناطق تصرف_شده", "IGOUNO", "آنتونیو گوترش", "CODREB", "ام ۲۳", "0256"),
        E("از دو طرف خواست که به میز", "QATGOV", "قطر", "CODGOV", "دولت کنگو", "026"),
        E("از دو طرف خواست که به میز", "QATGOV", "قطر", "CODREB", "ام ۲۳", "026"),
    ],
    notes=[
        "Taking the town and its airport: occupy territory (192); the preceding two days of fighting are a nominal mention.",
        "Kinshasa's appeal for international sanctions on Kigali names no addressee: 022, target null.",
        "Rwanda denies its own act (military aid to M23): 072 negated; its quote restates the denial. The lead's 'نپذیرفته است' restates it too (coded once, from the body).",
        "Guterres's call to withdraw: appeal for de-escalation (0256). Qatar's call on both parties: 026 per party; 'که میزبان مذاکرات ... است' is a standing role, not coded. July 2025 declaration: background.",
        "'کنگو' alone and in the army's full name refer to the DR Congo.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="hamshahri-02", agency="hamshahri", date="2026-11-29", time="10:15", degrade=None,
    title="ایستگاه جدید خط ۷ متروی تهران به بهره_برداری رسید",
    lead="ایستگاه بوستان لاله در خط ۷ متروی تهران با حضور شهردار تهران افتتاح شد و از فردا مسافر می_پذیرد.",
    body=[
        "به گزارش همشهری آنلاین، ایستگاه بوستان لاله خط ۷ متروی تهران صبح امروز با حضور علیرضا زاکانی شهردار تهران و جمعی از اعضای شورای اسلامی شهر تهران افتتاح شد.",
        "مدیرعامل شرکت بهره_برداری متروی تهران گفت که با افتتاح این ایستگاه، فاصله زمانی حرکت قطارها در خط ۷ به هفت دقیقه کاهش می_یابد.",
        "زاکانی نیز در این مراسم اعلام کرد که تا پایان سال جاری سه ایستگاه دیگر در خطوط ۶ و ۱۰ به شبکه مترو افزوده خواهد شد.",
        "به گفته مسئولان شهرداری، ۲۴۰ واگن جدید نیز تا پایان سال آینده وارد ناوگان مترو می_شود.",
        "متروی تهران با بیش از ۲۵۰ کیلومتر خط، روزانه حدود دو میلیون مسافر را جابه_جا می_کند.",
    ],
    tags=["مترو", "شهرداری تهران", "حمل_ونقل عمومی"],
    related=["افزایش نرخ کرایه تاکسی از فروردین"],
    entities=ents("""
        تهران | GPE | Tehran | IRN
        همشهری آنلاین | ORG | Hamshahri Online | IRNMED
        علیرضا زاکانی | PER | Alireza Zakani | IRNGOV
        زاکانی | PER | Alireza Zakani | IRNGOV
        شورای اسلامی شهر تهران | ORG | Tehran City Council | IRNGOV
        شرکت بهره_برداری متروی تهران | ORG | Tehran Metro Operation Company | IRNGOV
    """),
    quotes=[
        Q("با افتتاح این ایستگاه…", "Tehran Metro Operation Company", "مدیرعامل شرکت بهره_برداری متروی تهران"),
        Q("تا پایان سال جاری سه ایستگاه…", "Alireza Zakani", "زاکانی"),
    ],
    events=[],
    notes=[
        "No political event: a metro station opening. 'به گفته مسئولان شهرداری' is not a quote.",
        "The unnamed managing director speaks for the metro operating company.",
    ],
))
