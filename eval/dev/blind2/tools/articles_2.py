"""Batch 2 of eval/dev/blind2: 10 invented late-2026 articles (original text, CC0). "_" = ZWNJ."""
from spec import E, Q, ents

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------------------------------------
A(dict(
    name="entekhab-01", agency="entekhab", date="2026-11-22", time="14:10", degrade="space", code="918234",
    source_label="ایسنا",
    title="فیصل بن فرحان در تهران؛ امضای تفاهم_نامه همکاری کنسولی میان ایران و عربستان",
    lead="وزیر امور خارجه عربستان سعودی که برای دومین بار در سال جاری به تهران سفر کرده است، با همتای ایرانی خود دیدار و گفت_وگو کرد.",
    body=[
        "به گزارش انتخاب به نقل از ایسنا، شاهزاده فیصل بن فرحان آل سعود وزیر امور خارجه عربستان سعودی صبح یکشنبه در ساختمان وزارت امور خارجه با سید عباس عراقچی دیدار و درباره روابط دوجانبه، امنیت خلیج فارس و تحولات یمن رایزنی کرد.",
        "در پایان این دیدار، دو وزیر تفاهم_نامه_ای برای تسهیل صدور روادید و همکاری در امور کنسولی و حج امضا کردند.",
        "عراقچی در نشست خبری مشترک با همتای سعودی خود از نقش سازنده ریاض در کاهش تنش_های منطقه_ای قدردانی کرد و گفت که روابط تهران و ریاض امروز در بهترین وضعیت سال_های اخیر قرار دارد.",
        "فیصل بن فرحان نیز تأکید کرد که عربستان آماده است در صورت درخواست تهران و واشنگتن، میزبان گفت_وگوهای دو طرف باشد.",
        "دو کشور در مارس ۲۰۲۳ با میانجیگری چین در پکن توافق کردند روابط دیپلماتیک خود را پس از هفت سال از سر بگیرند.",
        "وزیر امور خارجه عربستان قرار است عصر امروز با مسعود پزشکیان نیز دیدار کند.",
    ],
    related=["واکنش ریاض به تحولات یمن", "سفر هیئت تجاری ایران به جده"],
    entities=ents("""
        فیصل بن فرحان | PER | Faisal bin Farhan Al Saud | SAUGOV
        فیصل بن فرحان آل سعود | PER | Faisal bin Farhan Al Saud | SAUGOV
        تهران | GPE | Tehran | IRN
        ایران | GPE | Iran | IRN
        عربستان | GPE | Saudi Arabia | SAU
        عربستان سعودی | GPE | Saudi Arabia | SAU
        انتخاب | ORG | Entekhab | IRNMED
        ایسنا | ORG | ISNA | IRNMED
        وزارت امور خارجه | ORG | Ministry of Foreign Affairs of Iran | IRNGOV
        سید عباس عراقچی | PER | Abbas Araghchi | IRNGOV
        عراقچی | PER | Abbas Araghchi | IRNGOV
        خلیج فارس | LOC | Persian Gulf | -
        یمن | GPE | Yemen | YEM
        ریاض | GPE | Riyadh | SAU
        واشنگتن | GPE | Washington | USA
        چین | GPE | China | CHN
        پکن | GPE | Beijing | CHN
        مسعود پزشکیان | PER | Masoud Pezeshkian | IRNGOV
    """),
    quotes=[
        Q("روابط تهران و ریاض امروز…", "Abbas Araghchi", "عراقچی"),
        Q("عربستان آماده است…", "Faisal bin Farhan Al Saud", "فیصل بن فرحان"),
    ],
    events=[
        E("با سید عباس عراقچی دیدار", "SAUGOV", "شاهزاده فیصل بن فرحان آل سعود", "IRNGOV", "سید عباس عراقچی", "042"),
        E("دو وزیر تفاهم_نامه_ای", "SAUGOV", "دو وزیر", "IRNGOV", "دو وزیر", "057"),
        E("از نقش سازنده ریاض", "IRNGOV", "عراقچی", "SAUGOV", "ریاض", "051"),
        E("میزبان گفت_وگوهای دو طرف باشد", "SAUGOV", "فیصل بن فرحان", "IRNGOV", "تهران", "039"),
        E("میزبان گفت_وگوهای دو طرف باشد", "SAUGOV", "فیصل بن فرحان", "USAGOV", "واشنگتن", "039"),
    ],
    notes=[
        "Visit in Tehran: one 042, visitor → host; the lead restates it.",
        "'دو وزیر ... امضا کردند': symmetric signing, one 057 with the first-named party of the story (Saudi Arabia) as source.",
        "Offer to host Iran–US talks: intent to mediate (039) once per party.",
        "2023 China-brokered deal is background; the meeting with Pezeshkian 'قرار است' has not happened yet.",
        "The entity 'انتخاب' is the agency's name in 'به گزارش انتخاب'. Page degraded: ZWNJ written as spaces.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="ilna-01", agency="ilna", date="2026-11-24", time="12:35", degrade=None, code="1762214",
    title="اعتصاب کارگران ریسندگی سپیدبافت قزوین وارد سومین روز شد",
    lead="جمعی از کارگران کارخانه ریسندگی سپیدبافت در اعتراض به چهار ماه حقوق معوقه مقابل فرمانداری قزوین تجمع کردند.",
    body=[
        "به گزارش خبرنگار ایلنا، بیش از ۳۰۰ نفر از کارگران کارخانه ریسندگی سپیدبافت در قزوین از صبح شنبه در اعتراض به پرداخت نشدن چهار ماه دستمزد دست از کار کشیده_اند.",
        "کارگران روز دوشنبه نیز مقابل ساختمان فرمانداری قزوین تجمع کردند و پرداخت فوری مطالبات معوقه و تمدید قراردادهای خود را مطالبه کردند.",
        "یکی از کارگران معترض به ایلنا گفت که کارفرما با وجود فروش محصولات کارخانه، هر ماه پرداخت حقوق را به تعویق می_اندازد و حق بیمه کارگران نیز چند ماه است پرداخت نشده است.",
        "فرماندار قزوین پس از دیدار با نمایندگان کارگران اعلام کرد که پیگیری مشکلات این واحد تولیدی در دستور کار شورای تأمین استان قرار گرفته است.",
        "دبیر اجرایی خانه کارگر در استان قزوین نیز مدیریت کارخانه را به بی_توجهی به معیشت کارگران متهم کرد.",
    ],
    tags=["کارگران", "حقوق معوقه", "قزوین"],
    related=["تجمع بازنشستگان فولاد مقابل مجلس"],
    entities=ents("""
        ریسندگی سپیدبافت | ORG | Sepidbaft Spinning | IRNBUS
        کارخانه ریسندگی سپیدبافت | ORG | Sepidbaft Spinning | IRNBUS
        قزوین | GPE | Qazvin | IRN
        فرمانداری قزوین | ORG | Qazvin Governorate | IRNGOV
        ایلنا | ORG | ILNA | IRNMED
        خانه کارگر | ORG | Workers' House | IRNLAB
        استان قزوین | GPE | Qazvin Province | IRN
    """),
    quotes=[
        Q("کارفرما با وجود فروش…", "unnamed worker", "یکی از کارگران معترض"),
        Q("پیگیری مشکلات این واحد…", "Qazvin Governorate", "فرماندار قزوین"),
    ],
    events=[
        E("دست از کار کشیده_اند", "IRNLAB", "کارگران کارخانه ریسندگی سپیدبافت", "IRNBUS", "کارخانه ریسندگی سپیدبافت", "143"),
        E("مقابل ساختمان فرمانداری قزوین تجمع کردند", "IRNLAB", "کارگران", "IRNGOV", "فرمانداری قزوین", "141"),
        E("قراردادهای خود را مطالبه کردند", "IRNLAB", "کارگران", "IRNGOV", "فرمانداری قزوین", "100"),
        E("مدیریت کارخانه را به بی_توجهی", "IRNLAB", "خانه کارگر", "IRNBUS", "مدیریت کارخانه", "112"),
    ],
    notes=[
        "Strike 143 (workers → employer); the rally at the governorate 141; the explicit 'مطالبه کردند' is a demand, root code 100 (wages fit no sub-code).",
        "The lead restates the rally: coded once, from the body. 'پس از دیدار با نمایندگان کارگران' is a nominal mention of the meeting: not coded.",
        "The unnamed governor speaks for the governorate; the unnamed worker is 'unnamed worker'. The company is invented.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="tasnim-02", agency="tasnim", date="2026-11-25", time="15:55", degrade=None,
    title="حماس: رژیم صهیونیستی توافق آتش_بس را نقض کرده است",
    lead="جنبش حماس در بیانیه_ای رژیم صهیونیستی را به نقض مکرر توافق آتش_بس غزه متهم کرد و از میانجی_ها خواست به تعهدات خود عمل کنند.",
    body=[
        "به گزارش خبرگزاری تسنیم به نقل از الجزیره، ارتش رژیم صهیونیستی بامداد چهارشنبه با شلیک توپخانه_ای مناطقی در شرق خان یونس را هدف قرار داد که به شهادت دو فلسطینی انجامید.",
        "حماس در بیانیه_ای این حمله را نقض آشکار توافق آتش_بس خواند و رژیم صهیونیستی را به کارشکنی در اجرای مرحله دوم توافق متهم کرد.",
        "این جنبش همچنین از مصر، قطر و ترکیه به_عنوان ضامنان توافق خواست که رژیم صهیونیستی را به پایبندی به تعهداتش وادار کنند.",
        "در همین حال، منابع مصری اعلام کردند که هیئت_هایی از حماس و رژیم صهیونیستی قرار است هفته آینده در قاهره با میانجیگری مصر و قطر درباره مرحله دوم توافق گفت_وگو کنند.",
        "رژیم صهیونیستی روز سه_شنبه ۳۰ زندانی فلسطینی را آزاد کرد.",
        "بر اساس توافقی که در اکتبر ۲۰۲۵ با میانجیگری آمریکا، مصر و قطر حاصل شد، جنگ دو ساله غزه متوقف شده است.",
    ],
    related=["ورود محموله_های جدید کمک به غزه", "نشست شرم_الشیخ"],
    entities=ents("""
        حماس | ORG | Hamas | PSEREB
        رژیم صهیونیستی | GPE | Israel | ISR
        غزه | GPE | Gaza | PSE
        خبرگزاری تسنیم | ORG | Tasnim News Agency | IRNMED
        الجزیره | ORG | Al Jazeera | QATMED
        ارتش رژیم صهیونیستی | ORG | Israel Defense Forces | ISRMIL
        خان یونس | GPE | Khan Yunis | PSE
        مصر | GPE | Egypt | EGY
        قطر | GPE | Qatar | QAT
        ترکیه | GPE | Turkey | TUR
        قاهره | GPE | Cairo | EGY
        آمریکا | GPE | United States | USA
    """),
    quotes=[
        Q("هیئت_هایی از حماس…", "unnamed Egyptian sources", "منابع مصری"),
    ],
    events=[
        E("با شلیک توپخانه_ای", "ISRMIL", "ارتش رژیم صهیونیستی", "PSE", "خان یونس", "194"),
        E("این حمله را نقض آشکار توافق آتش_بس خواند", "PSEREB", "حماس", "ISRGOV", "رژیم صهیونیستی", "111"),
        E("این حمله را نقض آشکار توافق آتش_بس خواند", "PSEREB", "حماس", "ISRGOV", "رژیم صهیونیستی", "112"),
        E("به_عنوان ضامنان توافق خواست", "PSEREB", "این جنبش", "EGYGOV", "مصر", "022"),
        E("به_عنوان ضامنان توافق خواست", "PSEREB", "این جنبش", "QATGOV", "قطر", "022"),
        E("به_عنوان ضامنان توافق خواست", "PSEREB", "این جنبش", "TURGOV", "ترکیه", "022"),
        E("۳۰ زندانی فلسطینی را آزاد کرد", "ISRGOV", "رژیم صهیونیستی", "PSE", "۳۰ زندانی فلسطینی", "0841"),
    ],
    notes=[
        "Artillery fire: 194, target the territory/population (bare PSE).",
        "Hamas calling the strike a violation (111) and accusing Israel of obstruction (112): two acts in one sentence. The lead restates them.",
        "Appeal to Egypt, Qatar and Turkey to press Israel: 022 once per addressee.",
        "Talks in Cairo next week are planned, not coded; the October 2025 deal is background (relative clause).",
        "Prisoner release on Tuesday (this news cycle): 0841.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="irna-02", agency="irna", date="2026-11-25", time="21:05", degrade=None, code="85983310",
    code_line="۲۱۷۹**۱۴۱۲", kicker="امنیت مرزها",
    title="سفر وزیر کشور به بغداد؛ عراق ۱۲ متهم تحت تعقیب را به ایران تحویل داد",
    lead="اسکندر مومنی در سفر به بغداد با مقامات عالی_رتبه عراقی درباره اجرای توافق امنیتی دو کشور رایزنی کرد.",
    body=[
        "به گزارش ایرنا، اسکندر مومنی وزیر کشور که روز سه_شنبه در رأس هیئتی وارد بغداد شد، در دیدار با قاسم الاعرجی مشاور امنیت ملی عراق بر ضرورت خلع سلاح کامل گروه_های مسلح معارض مستقر در اقلیم کردستان تأکید کرد.",
        "مقامات عراقی در جریان این سفر ۱۲ نفر از اعضای گروهک_های تروریستی را که از سوی دستگاه قضایی ایران تحت تعقیب بودند، به طرف ایرانی تحویل دادند.",
        "الاعرجی گفت که بغداد تعهدات خود در قبال توافق امنیتی با تهران را به_طور کامل اجرا خواهد کرد.",
        "وزیر کشور در ادامه از دولت عراق خواست که روند صدور روادید برای زائران اربعین سال آینده را تسهیل کند.",
        "ایران و عراق در مارس ۲۰۲۳ توافق امنیتی مرزی امضا کردند که بر اساس آن بغداد متعهد شد گروه_های معارض را از مناطق مرزی دور کند.",
    ],
    tags=["عراق", "اسکندر مومنی", "توافق امنیتی"],
    related=["آغاز ثبت_نام زائران اربعین"],
    entities=ents("""
        بغداد | GPE | Baghdad | IRQ
        عراق | GPE | Iraq | IRQ
        ایران | GPE | Iran | IRN
        اسکندر مومنی | PER | Eskandar Momeni | IRNGOV
        ایرنا | ORG | IRNA | IRNMED
        قاسم الاعرجی | PER | Qasim al-Araji | IRQGOV
        الاعرجی | PER | Qasim al-Araji | IRQGOV
        اقلیم کردستان | GPE | Kurdistan Region | IRQ
        تهران | GPE | Tehran | IRN
    """),
    quotes=[
        Q("بغداد تعهدات خود…", "Qasim al-Araji", "الاعرجی"),
    ],
    events=[
        E("در دیدار با قاسم الاعرجی", "IRNGOV", "اسکندر مومنی", "IRQGOV", "قاسم الاعرجی", "042"),
        E("به طرف ایرانی تحویل دادند", "IRQGOV", "مقامات عراقی", "IRNGOV", "طرف ایرانی", "063"),
        E("تعهدات خود در قبال توافق امنیتی", "IRQGOV", "الاعرجی", "IRNGOV", "تهران", "030"),
        E("از دولت عراق خواست", "IRNGOV", "وزیر کشور", "IRQGOV", "دولت عراق", "020"),
    ],
    notes=[
        "Visit 042 (the lead restates it). 'بر ضرورت ... تأکید کرد' without که is neither a quote nor an appeal: not coded separately.",
        "Handing over wanted persons: judicial cooperation / extradition (063).",
        "Pledge to implement the security agreement: intent to cooperate (030). Visa request: appeal, family only (020).",
        "The March 2023 agreement is background.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="isna-02", agency="isna", date="2026-11-27", time="11:40", degrade=None,
    title="کشف گونه جدیدی از لاله وحشی در ارتفاعات زاگرس",
    lead="پژوهشگران دانشگاه تهران گونه_ای از لاله وحشی را که تاکنون در هیچ منبع علمی ثبت نشده بود، در ارتفاعات استان لرستان شناسایی کردند.",
    body=[
        "به گزارش ایسنا، این گونه که پژوهشگران نام لاله زاگرسی را برای آن برگزیده_اند، در ارتفاع بیش از دو هزار و ۸۰۰ متری کوه_های اشترانکوه یافت شده است.",
        "مسئول این طرح پژوهشی گفت که نتایج این بررسی پس از دو سال مطالعه میدانی و تحلیل ژنتیکی در یک مجله بین_المللی گیاه_شناسی منتشر شده است.",
        "به گفته این پژوهشگر، جمعیت این گونه بسیار محدود است و چرای بی_رویه دام و تغییرات اقلیمی بقای آن را تهدید می_کند.",
        "اداره کل حفاظت محیط زیست لرستان اعلام کرد که زیستگاه این گیاه در فهرست مناطق حفاظت_شده قرار می_گیرد.",
        "ایران با بیش از هشت هزار گونه گیاهی، از غنی_ترین کشورهای منطقه از نظر تنوع زیستی به شمار می_رود.",
    ],
    tags=["محیط زیست", "تنوع زیستی", "لرستان"],
    related=["ثبت ملی ذخیره_گاه زیستکره دنا"],
    entities=ents("""
        زاگرس | LOC | Zagros Mountains | -
        دانشگاه تهران | ORG | University of Tehran | IRNEDU
        استان لرستان | GPE | Lorestan Province | IRN
        ایسنا | ORG | ISNA | IRNMED
        اشترانکوه | LOC | Oshtorankuh | -
        اداره کل حفاظت محیط زیست لرستان | ORG | Lorestan Department of Environment | IRNGOV
        ایران | GPE | Iran | IRN
    """),
    quotes=[
        Q("نتایج این بررسی…", "unnamed researcher", "مسئول این طرح پژوهشی"),
        Q("زیستگاه این گیاه…", "Lorestan Department of Environment", "اداره کل حفاظت محیط زیست لرستان"),
    ],
    events=[],
    notes=[
        "No political event. 'تهدید می_کند' has grazing and climate change as subject: not an actor, not coded. 'به گفته این پژوهشگر' is not a quote.",
        "'زاگرسی' (adjective) and 'تهران' inside 'دانشگاه تهران' are not separate entities.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="mehr-02", agency="mehr", date="2026-11-23", time="13:15", degrade="arabic", code="6699457",
    title="انفجار انتحاری در شمال غرب پاکستان ۱۴ کشته بر جای گذاشت",
    lead="یک عامل انتحاری خودروی بمب_گذاری_شده خود را به ورودی مقر پلیس در ایالت خیبر پختونخوا کوبید.",
    body=[
        "به گزارش خبرگزاری مهر به نقل از روزنامه داون، یک عامل انتحاری صبح دوشنبه خودروی مملو از مواد منفجره را به دروازه مقر پلیس در شهر بنو در ایالت خیبر پختونخوا کوبید و دست_کم ۱۴ نفر از جمله ۹ مأمور پلیس را کشت.",
        "گروه تحریک طالبان پاکستان در پیامی به رسانه_ها مسئولیت این حمله را بر عهده گرفت.",
        "ساعاتی بعد ارتش پاکستان اعلام کرد که در عملیاتی در منطقه وزیرستان شمالی ۱۱ شبه_نظامی وابسته به این گروه را کشته است.",
        "شهباز شریف نخست_وزیر پاکستان این حمله را محکوم کرد و بار دیگر از حکومت طالبان در کابل خواست که اجازه ندهد خاک افغانستان علیه پاکستان به کار گرفته شود.",
        "پلیس ایالت خیبر پختونخوا نیز اعلام کرد که شش مظنون مرتبط با این حمله را در حومه بنو بازداشت کرده است.",
        "تحریک طالبان پاکستان از سال ۲۰۲۱ حملات خود را در مناطق مرزی با افغانستان افزایش داده است.",
    ],
    tags=["پاکستان", "تروریسم", "تحریک طالبان پاکستان"],
    entities=ents("""
        پاکستان | GPE | Pakistan | PAK
        ایالت خیبر پختونخوا | GPE | Khyber Pakhtunkhwa | PAK
        خبرگزاری مهر | ORG | Mehr News Agency | IRNMED
        داون | ORG | Dawn | PAKMED
        بنو | GPE | Bannu | PAK
        تحریک طالبان پاکستان | ORG | Tehrik-i-Taliban Pakistan | PAKREB
        ارتش پاکستان | ORG | Pakistan Army | PAKMIL
        وزیرستان شمالی | LOC | North Waziristan | -
        شهباز شریف | PER | Shehbaz Sharif | PAKGOV
        طالبان | ORG | Taliban | AFGGOV
        کابل | GPE | Kabul | AFG
        افغانستان | GPE | Afghanistan | AFG
    """),
    quotes=[
        Q("در عملیاتی در منطقه وزیرستان…", "Pakistan Army", "ارتش پاکستان"),
        Q("شش مظنون مرتبط…", "Khyber Pakhtunkhwa Police", "پلیس ایالت خیبر پختونخوا"),
    ],
    events=[
        E("به دروازه مقر پلیس", "PAKREB", "یک عامل انتحاری", "PAKCOP", "مقر پلیس", "1831"),
        E("مسئولیت این حمله را بر عهده گرفت", "PAKREB", "تحریک طالبان پاکستان", None, None, "015"),
        E("۱۱ شبه_نظامی وابسته", "PAKMIL", "ارتش پاکستان", "PAKREB", "۱۱ شبه_نظامی وابسته به این گروه", "190"),
        E("این حمله را محکوم کرد و بار دیگر", "PAKGOV", "شهباز شریف", "PAKREB", None, "111"),
        E("از حکومت طالبان در کابل خواست", "PAKGOV", "شهباز شریف", "AFGGOV", "حکومت طالبان", "0212"),
        E("شش مظنون مرتبط", "PAKCOP", "پلیس ایالت خیبر پختونخوا", "PAKREB", "شش مظنون مرتبط با این حمله", "173"),
    ],
    notes=[
        "Suicide car bomb: 1831 (suicide bombing; the vehicle could also give 1832). The bomber's side is known from the TTP claim: PAKREB.",
        "Condemnation of the attack targets its author (TTP, PAKREB); the sentence names no addressee.",
        "Appeal to the Taliban government not to let its soil be used: appeal for security (military) cooperation 0212; 'اجازه ندهد' is the content of the request, not a refusal.",
        "Province names keep their designator in the span ('ایالت خیبر پختونخوا'), as 'استان ...'. 'پلیس' + place gives only the GPE.",
        "Page degraded: Arabic ي/ك.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="fars-02", agency="fars", date="2026-11-27", time="22:30", degrade=None,
    title="درگیری مرزی نیروهای افغانستان و پاکستان؛ عراقچی با متقی تلفنی گفت_وگو کرد",
    lead="درگیری میان نیروهای طالبان و ارتش پاکستان در نزدیکی گذرگاه مرزی چمن تا عصر جمعه ادامه داشت.",
    body=[
        "به گزارش خبرگزاری فارس، نیروهای مرزی افغانستان و پاکستان روز جمعه در نزدیکی گذرگاه چمن با سلاح_های سبک و سنگین به سوی یکدیگر آتش گشودند.",
        "ذبیح_الله مجاهد سخنگوی حکومت طالبان پاکستان را به آغاز درگیری متهم کرد و گفت که کابل خواهان جنگ با هیچ کشوری نیست.",
        "ارتش پاکستان نیز با انتشار بیانیه_ای اعلام کرد که نیروهای کمکی و توپخانه به منطقه مرزی چمن اعزام کرده است.",
        "سید عباس عراقچی وزیر امور خارجه کشورمان عصر جمعه در تماس تلفنی با امیرخان متقی وزیر امور خارجه طالبان درباره تنش_های مرزی افغانستان و پاکستان گفت_وگو کرد.",
        "عراقچی در این گفت_وگو آمادگی جمهوری اسلامی ایران را برای میانجیگری میان کابل و اسلام_آباد اعلام کرد.",
        "اسحاق دار معاون نخست_وزیر و وزیر امور خارجه پاکستان نیز در تماس تلفنی جداگانه_ای با عراقچی از مواضع تهران قدردانی کرد.",
    ],
    related=["بسته شدن گذرگاه تورخم", "هشدار سازمان ملل درباره بازگشت اجباری مهاجران افغان"],
    entities=ents("""
        افغانستان | GPE | Afghanistan | AFG
        پاکستان | GPE | Pakistan | PAK
        عراقچی | PER | Abbas Araghchi | IRNGOV
        سید عباس عراقچی | PER | Abbas Araghchi | IRNGOV
        متقی | PER | Amir Khan Muttaqi | AFGGOV
        امیرخان متقی | PER | Amir Khan Muttaqi | AFGGOV
        طالبان | ORG | Taliban | AFGGOV
        ارتش پاکستان | ORG | Pakistan Army | PAKMIL
        چمن | GPE | Chaman | PAK
        خبرگزاری فارس | ORG | Fars News Agency | IRNMED
        ذبیح_الله مجاهد | PER | Zabihullah Mujahid | AFGGOV
        کابل | GPE | Kabul | AFG
        جمهوری اسلامی ایران | GPE | Iran | IRN
        اسلام_آباد | GPE | Islamabad | PAK
        اسحاق دار | PER | Ishaq Dar | PAKGOV
        تهران | GPE | Tehran | IRN
    """),
    quotes=[
        Q("کابل خواهان جنگ…", "Zabihullah Mujahid", "ذبیح_الله مجاهد"),
        Q("نیروهای کمکی و توپخانه…", "Pakistan Army", "ارتش پاکستان"),
    ],
    events=[
        E("به سوی یکدیگر آتش گشودند", "AFGMIL", "نیروهای مرزی افغانستان", "PAKMIL", "پاکستان", "190"),
        E("پاکستان را به آغاز درگیری متهم کرد", "AFGGOV", "ذبیح_الله مجاهد", "PAKGOV", "پاکستان", "112"),
        E("نیروهای کمکی و توپخانه", "PAKMIL", "ارتش پاکستان", "AFGMIL", None, "154"),
        E("در تماس تلفنی با امیرخان متقی", "IRNGOV", "سید عباس عراقچی", "AFGGOV", "امیرخان متقی", "041"),
        E("برای میانجیگری میان کابل", "IRNGOV", "عراقچی", "AFGGOV", "کابل", "039"),
        E("برای میانجیگری میان کابل", "IRNGOV", "عراقچی", "PAKGOV", "اسلام_آباد", "039"),
        E("در تماس تلفنی جداگانه_ای با عراقچی", "PAKGOV", "اسحاق دار", "IRNGOV", "عراقچی", "041"),
        E("از مواضع تهران قدردانی کرد", "PAKGOV", "اسحاق دار", "IRNGOV", "تهران", "051"),
    ],
    notes=[
        "Exchange of fire with light and heavy weapons: symmetric, one event, first-named party (Afghanistan) as source; mixed weapons → 190.",
        "Reinforcements and artillery sent to the border: 154 (mobilize armed forces); no addressee in the sentence, the single counterpart is Afghanistan's forces.",
        "Araghchi's readiness to mediate between Kabul and Islamabad: 039 per party. Dar's call: 041 and praise 051 in one sentence.",
        "The lead restates the clash (coded once, from the body).",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="bbcpersian-02", agency="bbcpersian", date="2026-11-28", degrade="nozwnj",
    title="برنامه جهانی غذا نخستین محموله کمک به کادوقلی را پس از ماه_ها تحویل داد",
    lead=None,
    body=[
        "برنامه جهانی غذای سازمان ملل می_گوید نخستین کاروان کمک_های غذایی پس از پنج ماه روز شنبه به شهر محاصره_شده کادوقلی در ایالت کردفان جنوبی رسیده است.",
        "این کاروان ۲۳ کامیون آرد، روغن و مکمل_های غذایی کودکان را حمل می_کرد.",
        "نیروهای پشتیبانی سریع که از ماه_ها پیش این شهر را در محاصره دارند، روز جمعه بار دیگر محله_های مسکونی کادوقلی را با توپخانه گلوله_باران کردند.",
        "ارتش سودان این نیروها را به ارتکاب جنایت جنگی علیه غیرنظامیان متهم کرد.",
        "تام فلچر، معاون دبیرکل سازمان ملل در امور بشردوستانه، از طرفین درگیر خواست که راه_های امن برای رساندن کمک به همه مناطق محاصره_شده را باز کنند.",
        "جنگ میان ارتش و نیروهای پشتیبانی سریع از آوریل ۲۰۲۳ تاکنون ده_ها هزار کشته و میلیون_ها آواره بر جای گذاشته است.",
    ],
    related=["سودان؛ بزرگ_ترین بحران آوارگی جهان", "گزارش ویژه: زندگی در شهرهای محاصره_شده"],
    entities=ents("""
        برنامه جهانی غذا | ORG | World Food Programme | IGOUNO
        برنامه جهانی غذای سازمان ملل | ORG | World Food Programme | IGOUNO
        کادوقلی | GPE | Kadugli | SDN
        ایالت کردفان جنوبی | GPE | South Kordofan | SDN
        نیروهای پشتیبانی سریع | ORG | Rapid Support Forces | SDNREB
        ارتش سودان | ORG | Sudanese Armed Forces | SDNMIL
        تام فلچر | PER | Tom Fletcher | IGOUNO
        سازمان ملل | ORG | United Nations | IGOUNO
    """),
    quotes=[],
    events=[
        E("نخستین کاروان کمک_های غذایی", "IGOUNO", "برنامه جهانی غذای سازمان ملل", "SDN", "کادوقلی", "073"),
        E("با توپخانه گلوله_باران کردند", "SDNREB", "نیروهای پشتیبانی سریع", "SDN", "محله_های مسکونی کادوقلی", "194"),
        E("به ارتکاب جنایت جنگی", "SDNMIL", "ارتش سودان", "SDNREB", "این نیروها", "1124"),
        E("از طرفین درگیر خواست", "IGOUNO", "تام فلچر", "SDNMIL", "طرفین درگیر", "0255"),
        E("از طرفین درگیر خواست", "IGOUNO", "تام فلچر", "SDNREB", "طرفین درگیر", "0255"),
    ],
    notes=[
        "'... می_گوید' without که is not a quote; the aid delivery it reports is coded (073, aid → bare SDN).",
        "The months-long siege (relative clause, 'از ماه_ها پیش') is background; Friday's shelling is 194.",
        "Appeal to both warring parties to open safe routes: appeal to allow humanitarian access (0255), one event per party.",
        "'ارتش' in the last sentence is a common noun (no country named), not an entity. Page degraded: every ZWNJ lost.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="radiofarda-02", agency="radiofarda", date="2026-11-25", time="19:50", degrade="arabic+nozwnj",
    title="دیدار وزیران خارجه ارمنستان و جمهوری آذربایجان در ابوظبی بدون امضای پیمان صلح پایان یافت",
    lead="آرارات میرزویان و جیحون بایرام_اف روز چهارشنبه در ابوظبی دیدار کردند، اما پیمان صلح دو کشور همچنان امضا نشده است.",
    body=[
        "وزیران امور خارجه ارمنستان و جمهوری آذربایجان روز چهارشنبه در ابوظبی، پایتخت امارات متحده عربی، درباره متن نهایی پیمان صلح و بازگشایی مسیرهای ارتباطی گفت_وگو کردند.",
        "با وجود پیش_بینی_ها، پیمان صلح در این نشست امضا نشد و دو طرف تنها بر ادامه مذاکرات تأکید کردند.",
        "جیحون بایرام_اف پس از این دیدار گفت که باکو برای امضای پیمان عجله_ای ندارد و توپ در زمین ایروان است.",
        "وزارت امور خارجه جمهوری آذربایجان در بیانیه_ای بار دیگر حذف ادعاهای ارضی از قانون اساسی ارمنستان را مطالبه کرد.",
        "نخست_وزیر ارمنستان این درخواست را مداخله در امور داخلی کشورش خواند و گفت که تغییر قانون اساسی تنها از راه همه_پرسی ممکن است.",
        "دو کشور در اوت ۲۰۲۵ در واشنگتن و با حضور دونالد ترامپ متن پیمان صلح را پاراف کرده بودند.",
    ],
    related=["کریدور زنگزور و نگرانی تهران", "قفقاز جنوبی پس از قره_باغ"],
    entities=ents("""
        ارمنستان | GPE | Armenia | ARM
        جمهوری آذربایجان | GPE | Azerbaijan | AZE
        ابوظبی | GPE | Abu Dhabi | ARE
        آرارات میرزویان | PER | Ararat Mirzoyan | ARMGOV
        جیحون بایرام_اف | PER | Jeyhun Bayramov | AZEGOV
        امارات متحده عربی | GPE | United Arab Emirates | ARE
        باکو | GPE | Baku | AZE
        ایروان | GPE | Yerevan | ARM
        وزارت امور خارجه جمهوری آذربایجان | ORG | Ministry of Foreign Affairs of Azerbaijan | AZEGOV
        واشنگتن | GPE | Washington | USA
        دونالد ترامپ | PER | Donald Trump | USAGOV
    """),
    quotes=[
        Q("باکو برای امضای پیمان…", "Jeyhun Bayramov", "جیحون بایرام_اف"),
        Q("تغییر قانون اساسی تنها…", "Prime Minister of Armenia", "نخست_وزیر ارمنستان"),
    ],
    events=[
        E("درباره متن نهایی پیمان صلح", "ARMGOV", "وزیران امور خارجه ارمنستان", "AZEGOV", "جمهوری آذربایجان", "044"),
        E("پیمان صلح در این نشست امضا نشد", "ARMGOV", "دو طرف", "AZEGOV", "دو طرف", "057", True),
        E("پیمان صلح در این نشست امضا نشد", "ARMGOV", "دو طرف", "AZEGOV", "دو طرف", "036"),
        E("از قانون اساسی ارمنستان را مطالبه کرد", "AZEGOV", "وزارت امور خارجه جمهوری آذربایجان", "ARMGOV", "ارمنستان", "104"),
        E("این درخواست را مداخله در امور داخلی", "ARMGOV", "نخست_وزیر ارمنستان", "AZEGOV", None, "111"),
    ],
    notes=[
        "Meeting of both ministers in Abu Dhabi: symmetric, one 044 (third location), first-named Armenia as source.",
        "'امضا نشد' = 057 negated; 'بر ادامه مذاکرات تأکید کردند' = intent to negotiate (036); both symmetric, source Armenia.",
        "Explicit 'مطالبه کرد' of a constitutional change: demand for political reform (104).",
        "Armenia's prime minister is referred to by role only; speaker 'Prime Minister of Armenia'. The 2025 initialling is background.",
        "Page degraded: Arabic ي/ك and every ZWNJ lost.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="iranintl-02", agency="iranintl", date="2026-11-26", time="18:20", degrade=None,
    title="بازداشت ۱۸ شهروند بهائی در شیراز؛ سازمان ملل خواستار آزادی آنها شد",
    lead=None,
    body=[
        "دست_کم ۱۸ شهروند بهائی روز سه_شنبه در یورش همزمان مأموران وزارت اطلاعات به منازلشان در شیراز بازداشت شدند.",
        "جامعه جهانی بهائی در بیانیه_ای اعلام کرد که مأموران در جریان این بازداشت_ها کتاب_ها، تلفن_های همراه و رایانه_های این افراد را ضبط کرده_اند.",
        "مای ساتو، گزارشگر ویژه سازمان ملل در امور حقوق بشر ایران، این بازداشت_ها را محکوم کرد و خواستار آزادی فوری این شهروندان شد.",
        "هیئت حقیقت_یاب مستقل سازمان ملل درباره ایران نیز اعلام کرد که تحقیق درباره سرکوب اقلیت_های دینی در ایران را آغاز کرده است.",
        "قوه قضاییه جمهوری اسلامی اما اعلام کرد که برای این افراد به اتهام تبلیغ علیه نظام پرونده قضایی تشکیل شده است.",
        "بهائیان بزرگ_ترین اقلیت دینی غیرمسلمان در ایران هستند و از سال ۱۳۵۷ با محدودیت_های گسترده روبه_رو بوده_اند.",
    ],
    related=["حکم زندان برای سه شهروند بهائی در یزد"],
    entities=ents("""
        شیراز | GPE | Shiraz | IRN
        سازمان ملل | ORG | United Nations | IGOUNO
        وزارت اطلاعات | ORG | Ministry of Intelligence of Iran | IRNSPY
        جامعه جهانی بهائی | ORG | Baha'i International Community | -
        مای ساتو | PER | Mai Sato | IGOUNO
        ایران | GPE | Iran | IRN
        هیئت حقیقت_یاب مستقل سازمان ملل درباره ایران | ORG | Independent International Fact-Finding Mission on Iran | IGOUNO
        قوه قضاییه جمهوری اسلامی | ORG | Judiciary of Iran | IRNJUD
    """),
    quotes=[
        Q("مأموران در جریان این بازداشت_ها…", "Baha'i International Community", "جامعه جهانی بهائی"),
        Q("تحقیق درباره سرکوب…", "Independent International Fact-Finding Mission on Iran", "هیئت حقیقت_یاب مستقل سازمان ملل درباره ایران"),
        Q("برای این افراد به اتهام…", "Judiciary of Iran", "قوه قضاییه جمهوری اسلامی"),
    ],
    events=[
        E("در یورش همزمان مأموران وزارت اطلاعات", "IRNSPY", "مأموران وزارت اطلاعات", "IRNCVL", "۱۸ شهروند بهائی", "173"),
        E("رایانه_های این افراد را ضبط کرده_اند", "IRNSPY", "مأموران", "IRNCVL", "این افراد", "1711"),
        E("این بازداشت_ها را محکوم کرد", "IGOUNO", "مای ساتو", "IRNGOV", None, "111"),
        E("خواستار آزادی فوری این شهروندان شد", "IGOUNO", "مای ساتو", "IRNGOV", None, "0253"),
        E("تحقیق درباره سرکوب اقلیت_های دینی", "IGOUNO", "هیئت حقیقت_یاب مستقل سازمان ملل درباره ایران", "IRNGOV", "ایران", "092"),
        E("پرونده قضایی تشکیل شده است", "IRNJUD", "قوه قضاییه جمهوری اسلامی", "IRNCVL", "این افراد", "173"),
    ],
    notes=[
        "Passive arrest with the agent in the sentence (intelligence ministry agents → IRNSPY). Charging the same people by the judiciary is a second 173 act.",
        "Confiscation stated inside the Baha'i community's reported speech: 1711.",
        "UN rapporteur's condemnation and appeal for release: 111 and 0253 (verbal → IRNGOV; no addressee named, single counterpart Iran).",
        "Fact-finding mission opens an inquiry into repression of religious minorities: investigate human rights abuses (092).",
        "Restrictions 'از سال ۱۳۵۷' are background. Iran International has no lead.",
    ],
))
