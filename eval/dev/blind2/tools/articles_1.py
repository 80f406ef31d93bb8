"""Batch 1 of eval/dev/blind2: 12 invented late-2026 articles (original text, CC0). "_" = ZWNJ."""
from spec import E, Q, ents

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------------------------------------
A(dict(
    name="tasnim-01", agency="tasnim", date="2026-11-28", time="13:40", degrade=None,
    title="سفر عراقچی به آنکارا و رایزنی با فیدان درباره تحولات منطقه",
    lead="وزیر امور خارجه کشورمان در سفر به آنکارا با همتای ترکیه_ای خود درباره روابط دوجانبه و تحولات لبنان و سوریه گفت_وگو کرد.",
    body=[
        "به گزارش گروه بین_الملل خبرگزاری تسنیم، سید عباس عراقچی وزیر امور خارجه جمهوری اسلامی ایران که صبح امروز (شنبه) وارد آنکارا شده بود، در دیدار با هاکان فیدان وزیر امور خارجه ترکیه درباره گسترش مناسبات اقتصادی و آخرین تحولات منطقه رایزنی کرد.",
        "عراقچی در این دیدار با اشاره به ادامه حملات رژیم صهیونیستی به جنوب لبنان، این حملات را نقض آشکار آتش_بس خواند و آن را محکوم کرد.",
        "وی افزود که تهران آماده است برای تقویت ثبات در سوریه با آنکارا همکاری نزدیک_تری داشته باشد.",
        "هاکان فیدان نیز با استقبال از این سفر اعلام کرد که ترکیه آمادگی دارد میان تهران و ریاض نقش میانجی ایفا کند.",
        "دو وزیر پیش_تر در حاشیه نشست سازمان همکاری اسلامی در استانبول نیز با یکدیگر دیدار کرده بودند.",
        "قرار است عراقچی فردا (یکشنبه) با رجب طیب اردوغان رئیس_جمهور ترکیه نیز دیدار کند.",
    ],
    related=["واکنش تهران به قطعنامه شورای حکام", "ادامه حملات به جنوب لبنان"],
    entities=ents("""
        عراقچی | PER | Abbas Araghchi | IRNGOV
        سید عباس عراقچی | PER | Abbas Araghchi | IRNGOV
        آنکارا | GPE | Ankara | TUR
        فیدان | PER | Hakan Fidan | TURGOV
        هاکان فیدان | PER | Hakan Fidan | TURGOV
        لبنان | GPE | Lebanon | LBN
        سوریه | GPE | Syria | SYR
        خبرگزاری تسنیم | ORG | Tasnim News Agency | IRNMED
        جمهوری اسلامی ایران | GPE | Iran | IRN
        ترکیه | GPE | Turkey | TUR
        رژیم صهیونیستی | GPE | Israel | ISR
        تهران | GPE | Tehran | IRN
        ریاض | GPE | Riyadh | SAU
        سازمان همکاری اسلامی | ORG | Organisation of Islamic Cooperation | IGOMOSOIC
        استانبول | GPE | Istanbul | TUR
        رجب طیب اردوغان | PER | Recep Tayyip Erdogan | TURGOV
    """),
    quotes=[
        Q("تهران آماده است…", "Abbas Araghchi", "وی"),
        Q("ترکیه آمادگی دارد…", "Hakan Fidan", "هاکان فیدان"),
    ],
    events=[
        E("در دیدار با هاکان فیدان", "IRNGOV", "سید عباس عراقچی", "TURGOV", "هاکان فیدان", "042"),
        E("آن را محکوم کرد", "IRNGOV", "عراقچی", "ISRGOV", "رژیم صهیونیستی", "111"),
        E("همکاری نزدیک_تری", "IRNGOV", "وی", "TURGOV", "آنکارا", "030"),
        E("نقش میانجی ایفا کند", "TURGOV", "هاکان فیدان", "IRNGOV", "تهران", "039"),
        E("نقش میانجی ایفا کند", "TURGOV", "هاکان فیدان", "SAUGOV", "ریاض", "039"),
    ],
    notes=[
        "The visit (arrival + meeting) is one 042 event coded from the body, not the lead.",
        "Offer to mediate between Tehran and Riyadh: 039 once per party.",
        "Earlier OIC-sidelines meeting (پیش_تر) is background; the meeting planned for tomorrow (قرار است) has not happened: neither coded.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="irna-01", agency="irna", date="2026-11-23", time="19:15", degrade="arabic",
    kicker="سیاست خارجی", code="85981234", code_line="۲۰۴۵**۱۴۰۱",
    title="گفت_وگوی تلفنی پزشکیان و شهباز شریف درباره امنیت مرزها",
    lead="رئیس_جمهور در گفت_وگوی تلفنی با نخست_وزیر پاکستان بر ضرورت هماهنگی دو کشور برای مقابله با گروه_های تروریستی در مناطق مرزی تأکید کرد.",
    body=[
        "به گزارش ایرنا، مسعود پزشکیان عصر دوشنبه در تماس تلفنی با شهباز شریف نخست_وزیر پاکستان درباره امنیت مرزهای مشترک و گسترش مبادلات تجاری گفت_وگو کرد.",
        "رئیس_جمهور با اشاره به حمله هفته گذشته به یک پاسگاه مرزی در استان سیستان و بلوچستان گفت که گروه_های تروریستی از خلأهای امنیتی در دو سوی مرز سوءاستفاده می_کنند و این وضعیت برای هیچ_یک از دو کشور قابل قبول نیست.",
        "پزشکیان از دولت پاکستان خواست که اطلاعات مربوط به تحرکات این گروه_ها را به_طور منظم در اختیار طرف ایرانی قرار دهد.",
        "شهباز شریف نیز با دولت و ملت ایران ابراز همدردی کرد و تأکید کرد که اسلام_آباد آماده است در زمینه تبادل اطلاعات امنیتی با تهران همکاری کند.",
        "دو طرف همچنین توافق کردند که کمیسیون مشترک اقتصادی دو کشور ماه آینده در تهران تشکیل جلسه دهد.",
        "ایران و پاکستان در سال ۲۰۲۴ پس از تبادل حملات هوایی، سفیران خود را برای مدتی فراخوانده بودند.",
    ],
    tags=["پاکستان", "مسعود پزشکیان", "امنیت مرز"],
    related=["سفر هیئت تجاری پاکستان به زاهدان"],
    entities=ents("""
        پزشکیان | PER | Masoud Pezeshkian | IRNGOV
        مسعود پزشکیان | PER | Masoud Pezeshkian | IRNGOV
        شهباز شریف | PER | Shehbaz Sharif | PAKGOV
        پاکستان | GPE | Pakistan | PAK
        ایرنا | ORG | IRNA | IRNMED
        استان سیستان و بلوچستان | GPE | Sistan and Baluchestan Province | IRN
        ایران | GPE | Iran | IRN
        اسلام_آباد | GPE | Islamabad | PAK
        تهران | GPE | Tehran | IRN
    """),
    quotes=[
        Q("گروه_های تروریستی از خلأهای امنیتی…", "Masoud Pezeshkian", "رئیس_جمهور"),
        Q("اسلام_آباد آماده است…", "Shehbaz Sharif", "شهباز شریف"),
    ],
    events=[
        E("در تماس تلفنی با شهباز شریف", "IRNGOV", "مسعود پزشکیان", "PAKGOV", "شهباز شریف", "041"),
        E("پزشکیان از دولت پاکستان خواست", "IRNGOV", "پزشکیان", "PAKGOV", "دولت پاکستان", "0214"),
        E("ابراز همدردی کرد", "PAKGOV", "شهباز شریف", "IRNGOV", "دولت و ملت ایران", "018"),
        E("در زمینه تبادل اطلاعات امنیتی", "PAKGOV", "شهباز شریف", "IRNGOV", "تهران", "0314"),
        E("دو طرف همچنین توافق کردند", "IRNGOV", "دو طرف", "PAKGOV", "دو طرف", "036"),
    ],
    notes=[
        "The lead restates the call: coded once, from the body (041).",
        "'از دولت پاکستان خواست که اطلاعات ... در اختیار ... قرار دهد' is an appeal for intelligence cooperation (0214), not a quote.",
        "'دو طرف توافق کردند' that a joint commission meets: symmetric, one 036 event with the first-named party (Iran) as source.",
        "The 2024 recall of ambassadors is background (در سال ۲۰۲۴), not coded. The attack of last week is a nominal mention.",
        "Page degraded: Arabic ي/ك throughout.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="isna-01", agency="isna", date="2026-11-24", time="16:05", degrade="nozwnj",
    title="روسیه دو دیپلمات لهستانی را اخراج کرد",
    lead="مسکو در واکنش به بسته شدن کنسولگری روسیه در گدانسک، دو دیپلمات لهستانی را عنصر نامطلوب اعلام کرد.",
    body=[
        "به گزارش ایسنا به نقل از رویترز، وزارت امور خارجه روسیه روز سه_شنبه دو دیپلمات لهستانی را عنصر نامطلوب اعلام کرد و به آنها هفت روز مهلت داد تا خاک این کشور را ترک کنند.",
        "ماریا زاخارووا سخنگوی وزارت امور خارجه روسیه در این باره گفت که این اقدام پاسخی متقابل به تصمیم غیردوستانه ورشو برای بستن کنسولگری روسیه در شهر گدانسک است.",
        "وی افزود: «مسکو هیچ اقدام خصمانه_ای را بی_پاسخ نمی_گذارد و اگر لهستان به این مسیر ادامه دهد، گام_های بعدی نیز در راه خواهد بود.»",
        "رادوسلاو سیکورسکی وزیر امور خارجه لهستان ماه گذشته دستور بستن این کنسولگری را صادر کرده و روسیه را به دست داشتن در یک سلسله خرابکاری در خطوط راه_آهن لهستان متهم کرده بود.",
        "سخنگوی وزارت امور خارجه لهستان نیز ساعاتی بعد اعلام کرد که ورشو اقدام مسکو را بی_پایه و تلافی_جویانه می_داند.",
        "روابط مسکو و ورشو از زمان آغاز جنگ اوکراین در سال ۲۰۲۲ به پایین_ترین سطح خود رسیده است.",
    ],
    tags=["روسیه", "لهستان", "اخراج دیپلمات"],
    related=["هشدار ناتو درباره خرابکاری در زیرساخت_های اروپا"],
    entities=ents("""
        روسیه | GPE | Russia | RUS
        مسکو | GPE | Moscow | RUS
        گدانسک | GPE | Gdansk | POL
        ایسنا | ORG | ISNA | IRNMED
        رویترز | ORG | Reuters | GBRMED
        وزارت امور خارجه روسیه | ORG | Ministry of Foreign Affairs of Russia | RUSGOV
        ماریا زاخارووا | PER | Maria Zakharova | RUSGOV
        ورشو | GPE | Warsaw | POL
        لهستان | GPE | Poland | POL
        رادوسلاو سیکورسکی | PER | Radoslaw Sikorski | POLGOV
        وزارت امور خارجه لهستان | ORG | Ministry of Foreign Affairs of Poland | POLGOV
        اوکراین | GPE | Ukraine | UKR
    """),
    quotes=[
        Q("این اقدام پاسخی متقابل…", "Maria Zakharova", "ماریا زاخارووا"),
        Q("مسکو هیچ اقدام خصمانه_ای…", "Maria Zakharova", "وی", direct=True),
        Q("ورشو اقدام مسکو را بی_پایه…", "Ministry of Foreign Affairs of Poland", "سخنگوی وزارت امور خارجه لهستان"),
    ],
    events=[
        E("دو دیپلمات لهستانی را عنصر نامطلوب اعلام کرد و", "RUSGOV", "وزارت امور خارجه روسیه", "POLGOV", "دو دیپلمات لهستانی", "174"),
        E("مسکو هیچ اقدام خصمانه_ای", "RUSGOV", "وی", "POLGOV", "لهستان", "130"),
        E("ورشو اقدام مسکو را بی_پایه", "POLGOV", "سخنگوی وزارت امور خارجه لهستان", "RUSGOV", "مسکو", "111"),
    ],
    notes=[
        "Declaring diplomats persona non grata = expulsion of individuals (174), target the sending government (POLGOV).",
        "Zakharova's conditional 'next steps' warning is an unspecified threat (130).",
        "Sikorski's closure order and accusation 'ماه گذشته' are older than this news cycle: background, not coded.",
        "Unnamed spokesperson of a ministry: speaker is the ministry.",
        "Page degraded: every ZWNJ lost.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="mehr-01", agency="mehr", date="2026-11-25", time="18:30", degrade=None, code="6698123",
    title="ایران درخواست آژانس برای دسترسی بازرسان به تأسیسات آسیب_دیده را نپذیرفت",
    lead="نماینده ایران در سازمان_های بین_المللی مستقر در وین اعلام کرد که تا تضمین امنیت تأسیسات هسته_ای، بازرسی از مراکز آسیب_دیده ممکن نیست.",
    body=[
        "به گزارش خبرگزاری مهر، رافائل گروسی مدیرکل آژانس بین_المللی انرژی اتمی روز چهارشنبه در سخنرانی افتتاحیه نشست شورای حکام از ایران خواست که بدون تأخیر امکان دسترسی بازرسان آژانس به تأسیسات هسته_ای آسیب_دیده را فراهم کند.",
        "گروسی گفت که آژانس بیش از پنج ماه است اطلاع دقیقی از وضعیت ذخایر اورانیوم غنی_شده ایران ندارد و این وضعیت نگران_کننده است.",
        "ساعاتی بعد رضا نجفی نماینده دائم ایران در سازمان_های بین_المللی مستقر در وین این درخواست را نپذیرفت و تأکید کرد که تا زمانی که امنیت تأسیسات و کارکنان آن تضمین نشود، بازرسی از مراکز آسیب_دیده ممکن نیست.",
        "وی همچنین آژانس را به درز دادن اطلاعات حساس تأسیسات ایران به طرف_های غربی متهم کرد.",
        "فرانسه نیز به نمایندگی از سه کشور اروپایی در بیانیه_ای ایران را به عدم همکاری با آژانس متهم کرد و خواستار بازگشت فوری بازرسان به این کشور شد.",
        "شورای حکام در خرداد ماه گذشته نیز قطعنامه_ای علیه ایران تصویب کرده بود.",
    ],
    tags=["آژانس بین_المللی انرژی اتمی", "رافائل گروسی", "شورای حکام"],
    entities=ents("""
        ایران | GPE | Iran | IRN
        آژانس | ORG | International Atomic Energy Agency | IGOUNOIAE
        وین | GPE | Vienna | AUT
        خبرگزاری مهر | ORG | Mehr News Agency | IRNMED
        رافائل گروسی | PER | Rafael Grossi | IGOUNOIAE
        گروسی | PER | Rafael Grossi | IGOUNOIAE
        آژانس بین_المللی انرژی اتمی | ORG | International Atomic Energy Agency | IGOUNOIAE
        شورای حکام | ORG | IAEA Board of Governors | IGOUNOIAE
        رضا نجفی | PER | Reza Najafi | IRNGOV
        فرانسه | GPE | France | FRA
    """),
    quotes=[
        Q("تا تضمین امنیت تأسیسات هسته_ای…", "Reza Najafi", "نماینده ایران در سازمان_های بین_المللی مستقر در وین"),
        Q("آژانس بیش از پنج ماه است…", "Rafael Grossi", "گروسی"),
        Q("تا زمانی که امنیت تأسیسات…", "Reza Najafi", "رضا نجفی"),
    ],
    events=[
        E("از ایران خواست که بدون تأخیر", "IGOUNOIAE", "رافائل گروسی", "IRNGOV", "ایران", "0255"),
        E("این درخواست را نپذیرفت", "IRNGOV", "رضا نجفی", "IGOUNOIAE", None, "1245"),
        E("به درز دادن اطلاعات حساس", "IRNGOV", "وی", "IGOUNOIAE", "آژانس", "112"),
        E("ایران را به عدم همکاری با آژانس متهم کرد", "FRAGOV", "فرانسه", "IRNGOV", "ایران", "112"),
        E("خواستار بازگشت فوری بازرسان", "FRAGOV", "فرانسه", "IRNGOV", "این کشور", "0255"),
    ],
    notes=[
        "Appeal to give inspectors access = appeal to allow international involvement (0255); its refusal 'نپذیرفت' = 1245 (refuse to allow international involvement), not a negated act.",
        "The lead's speaker 'نماینده ایران ...' is Reza Najafi, named in the body; the lead's reported clause is a quote too; the refusal is coded once, from the body.",
        "France acting 'on behalf of the three European countries' is the single source.",
        "The June resolution (خرداد ماه گذشته) is background.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="fars-01", agency="fars", date="2026-11-26", time="09:20", degrade=None,
    title="انصارالله مسئولیت حمله به کشتی تجاری در دریای سرخ را بر عهده گرفت",
    lead="سخنگوی نیروهای مسلح یمن از هدف قرار دادن یک کشتی باری مرتبط با رژیم صهیونیستی در دریای سرخ با چند فروند پهپاد خبر داد.",
    body=[
        "به گزارش خبرگزاری فارس به نقل از المسیره، یحیی سریع سخنگوی نیروهای مسلح یمن بامداد پنجشنبه در بیانیه_ای تلویزیونی اعلام کرد که یگان پهپادی این نیروها یک کشتی باری متعلق به یک شرکت اسرائیلی را در شمال دریای سرخ هدف قرار داده است.",
        "سریع افزود که این عملیات در پاسخ به ادامه محاصره غزه انجام شده و نیروهای مسلح یمن مسئولیت آن را بر عهده می_گیرند.",
        "ساعاتی پس از این حمله، جنگنده_های آمریکایی چند نقطه در اطراف بندر الحدیده را بمباران کردند.",
        "فرماندهی مرکزی ارتش آمریکا (سنتکام) در بیانیه_ای مدعی شد که انصارالله از انبارهای هدف گرفته_شده برای حمله به کشتیرانی بین_المللی استفاده می_کرد.",
        "وزارت بهداشت یمن از کشته شدن دست_کم چهار غیرنظامی در این حملات خبر داد.",
        "انصارالله از سال ۲۰۲۳ تاکنون ده_ها کشتی را در دریای سرخ و خلیج عدن هدف قرار داده است.",
    ],
    related=["هشدار صنعا به شرکت_های کشتیرانی", "تحولات یمن"],
    entities=ents("""
        انصارالله | ORG | Ansar Allah | YEMREB
        دریای سرخ | LOC | Red Sea | -
        نیروهای مسلح یمن | ORG | Yemeni Armed Forces (Ansar Allah) | YEMREB
        رژیم صهیونیستی | GPE | Israel | ISR
        خبرگزاری فارس | ORG | Fars News Agency | IRNMED
        المسیره | ORG | Al-Masirah | YEMMED
        یحیی سریع | PER | Yahya Saree | YEMREB
        سریع | PER | Yahya Saree | YEMREB
        غزه | GPE | Gaza | PSE
        الحدیده | GPE | Hodeidah | YEM
        فرماندهی مرکزی ارتش آمریکا | ORG | United States Central Command | USAMIL
        سنتکام | ORG | United States Central Command | USAMIL
        وزارت بهداشت یمن | ORG | Ministry of Health of Yemen | YEMGOV
        خلیج عدن | LOC | Gulf of Aden | -
    """),
    quotes=[
        Q("یگان پهپادی این نیروها…", "Yahya Saree", "یحیی سریع"),
        Q("این عملیات در پاسخ به ادامه…", "Yahya Saree", "سریع"),
        Q("انصارالله از انبارهای هدف…", "United States Central Command", "فرماندهی مرکزی ارتش آمریکا"),
    ],
    events=[
        E("یگان پهپادی این نیروها", "YEMREB", "یحیی سریع", "ISRBUS", "یک کشتی باری متعلق به یک شرکت اسرائیلی", "195"),
        E("مسئولیت آن را بر عهده می_گیرند", "YEMREB", "نیروهای مسلح یمن", None, None, "015"),
        E("را بمباران کردند", "USAMIL", "جنگنده_های آمریکایی", "YEM", "بندر الحدیده", "195"),
        E("مدعی شد که انصارالله", "USAMIL", "فرماندهی مرکزی ارتش آمریکا", "YEMREB", "انصارالله", "112"),
    ],
    notes=[
        "Drone strike on a ship of an Israeli company, stated inside Saree's reported speech: 195, target ISRBUS (a company's asset).",
        "Claim of responsibility is a separate act (015), no target.",
        "CENTCOM's 'مدعی شد' blames Ansar Allah: accusation 112 (the strikes themselves coded once, from the sentence with the verb بمباران کردند).",
        "Deaths reported by the health ministry and the 2023- background are not coded. Ansar Allah / Houthi forces coded YEMREB.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="bbcpersian-01", agency="bbcpersian", date="2026-11-23", degrade=None,
    title="ده_ها نفر در اعتراضات شبانه تفلیس بازداشت شدند",
    lead=None,
    body=[
        "پلیس گرجستان شامگاه یکشنبه با استفاده از گاز اشک_آور و ماشین_های آب_پاش، معترضانی را که مقابل ساختمان پارلمان در تفلیس تجمع کرده بودند، متفرق کرد.",
        "معترضان که برای سومین شب پیاپی علیه دولت به خیابان آمده بودند، خواستار برگزاری انتخابات زودهنگام و آزادی فعالان بازداشت_شده بودند.",
        "وزارت کشور گرجستان روز دوشنبه اعلام کرد که ۴۷ نفر به اتهام اخلال در نظم عمومی و مقاومت در برابر مأموران بازداشت شده_اند.",
        "کایا کالاس، مسئول سیاست خارجی اتحادیه اروپا، در پیامی در شبکه ایکس برخورد خشن با معترضان را محکوم کرد و از مقامات گرجستان خواست به حق تجمع مسالمت_آمیز احترام بگذارند.",
        "ایراکلی کوباخیدزه، نخست_وزیر گرجستان، اما اتحادیه اروپا را به دخالت در امور داخلی کشورش متهم کرد و گفت که دولت به مسیر خود ادامه خواهد داد.",
        "اعتراضات در گرجستان از اواخر سال ۲۰۲۴ و پس از تصمیم دولت برای تعلیق مذاکرات پیوستن به اتحادیه اروپا آغاز شده است.",
    ],
    related=["گرجستان؛ اعتراض به قانون نفوذ خارجی", "اتحادیه اروپا و آینده تفلیس"],
    entities=ents("""
        تفلیس | GPE | Tbilisi | GEO
        گرجستان | GPE | Georgia | GEO
        وزارت کشور گرجستان | ORG | Ministry of Internal Affairs of Georgia | GEOGOV
        کایا کالاس | PER | Kaja Kallas | IGOEUR
        اتحادیه اروپا | ORG | European Union | IGOEUR
        ایکس | ORG | X | -
        ایراکلی کوباخیدزه | PER | Irakli Kobakhidze | GEOGOV
    """),
    quotes=[
        Q("۴۷ نفر به اتهام…", "Ministry of Internal Affairs of Georgia", "وزارت کشور گرجستان"),
        Q("دولت به مسیر خود ادامه خواهد داد", "Irakli Kobakhidze", "ایراکلی کوباخیدزه"),
    ],
    events=[
        E("معترضانی را که مقابل ساختمان پارلمان", "GEOCOP", "پلیس گرجستان", "GEOOPP", "معترضانی", "175"),
        E("علیه دولت به خیابان آمده بودند", "GEOOPP", "معترضان", "GEOGOV", "دولت", "141"),
        E("خواستار برگزاری انتخابات زودهنگام", "GEOOPP", "معترضان", "GEOGOV", "دولت", "024"),
        E("خواستار برگزاری انتخابات زودهنگام", "GEOOPP", "معترضان", "GEOGOV", "دولت", "0253"),
        E("۴۷ نفر به اتهام", "GEOCOP", None, "GEOOPP", "۴۷ نفر", "173"),
        E("برخورد خشن با معترضان را محکوم کرد", "IGOEUR", "کایا کالاس", "GEOGOV", "مقامات گرجستان", "111"),
        E("به حق تجمع مسالمت_آمیز احترام بگذارند", "IGOEUR", "کایا کالاس", "GEOGOV", "مقامات گرجستان", "0243"),
        E("به دخالت در امور داخلی کشورش متهم کرد", "GEOGOV", "ایراکلی کوباخیدزه", "IGOEUR", "اتحادیه اروپا", "112"),
    ],
    notes=[
        "Dispersal with tear gas and water cannon: 175 (violent repression), police → protesters (protesters coded OPP).",
        "One sentence, three events: the demonstration (141) and two appeals (early elections 024, release of detainees 0253).",
        "Passive 'بازداشت شده_اند' reported by the interior ministry: agent police (GEOCOP), source_text null as the sentence names no agent.",
        "BBC Persian: no lead; the 2024 start of protests is background.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="radiofarda-01", agency="radiofarda", date="2026-11-24", time="20:10", degrade="space",
    title="دادگاه انقلاب تهران یک روزنامه_نگار را به پنج سال زندان محکوم کرد",
    lead="عفو بین_الملل خواستار آزادی فوری این روزنامه_نگار شده و سخنگوی قوه قضاییه گزارش_ها درباره شکنجه او را تکذیب کرده است.",
    body=[
        "شعبه ۲۶ دادگاه انقلاب تهران، سارا احمدی، روزنامه_نگار و فعال حقوق زنان، را به اتهام تبلیغ علیه نظام به پنج سال حبس محکوم کرد.",
        "وکیل این روزنامه_نگار به رادیو فردا گفت که موکلش در دوران بازداشت از دسترسی به وکیل محروم بوده و حکم بدون برگزاری جلسه علنی صادر شده است.",
        "سازمان عفو بین_الملل روز سه_شنبه با انتشار بیانیه_ای این حکم را «ناعادلانه و سیاسی» توصیف کرد و از مقامات ایران خواست که او را فوراً و بدون قید و شرط آزاد کنند.",
        "در همین حال، اصغر جهانگیر، سخنگوی قوه قضاییه، گزارش_ها درباره شکنجه این زندانی را تکذیب کرد و گفت که با همه متهمان طبق قانون رفتار می_شود.",
        "خانم احمدی پیش_تر نیز در سال ۲۰۲۲ به دلیل پوشش اعتراضات سراسری بازداشت شده بود.",
    ],
    related=["افزایش احکام زندان برای روزنامه_نگاران در ایران"],
    entities=ents("""
        دادگاه انقلاب تهران | ORG | Islamic Revolutionary Court of Tehran | IRNJUD
        عفو بین_الملل | ORG | Amnesty International | NGOAMN
        سازمان عفو بین_الملل | ORG | Amnesty International | NGOAMN
        قوه قضاییه | ORG | Judiciary of Iran | IRNJUD
        سارا احمدی | PER | Sara Ahmadi | IRNMED
        احمدی | PER | Sara Ahmadi | IRNMED
        رادیو فردا | ORG | Radio Farda | USAMED
        ایران | GPE | Iran | IRN
        اصغر جهانگیر | PER | Asghar Jahangir | IRNJUD
    """),
    quotes=[
        Q("موکلش در دوران بازداشت…", "unnamed lawyer", "وکیل این روزنامه_نگار"),
        Q("ناعادلانه و سیاسی", "Amnesty International", "سازمان عفو بین_الملل", direct=True),
        Q("با همه متهمان طبق قانون…", "Asghar Jahangir", "اصغر جهانگیر"),
    ],
    events=[
        E("به پنج سال حبس محکوم کرد", "IRNJUD", "شعبه ۲۶ دادگاه انقلاب تهران", "IRNMED", "سارا احمدی", "116"),
        E("این حکم را «ناعادلانه و سیاسی» توصیف کرد", "NGOAMN", "سازمان عفو بین_الملل", "IRNGOV", "مقامات ایران", "111"),
        E("بدون قید و شرط آزاد کنند", "NGOAMN", "سازمان عفو بین_الملل", "IRNGOV", "مقامات ایران", "0253"),
        E("گزارش_ها درباره شکنجه این زندانی را تکذیب کرد", "IRNJUD", "اصغر جهانگیر", "IRNMED", "این زندانی", "1822", True),
    ],
    notes=[
        "Sentencing = find guilty (116), judiciary → journalist (MED). The court entity is 'دادگاه انقلاب تهران' (the branch number is not part of the name).",
        "Amnesty's criticism and appeal in one sentence: 111 and 0253; verbal acts target the government body named (مقامات ایران → IRNGOV).",
        "Denial of own act (torture) = 1822 negated, source the judiciary's spokesman.",
        "The lead restates the appeal and the denial: coded once, from the body. The 2022 arrest is background. Sara Ahmadi is an invented private person.",
        "Page degraded: ZWNJ written as spaces.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="iranintl-01", agency="iranintl", date="2026-11-26", time="21:45", degrade=None,
    title="آمریکا ۱۲ شرکت و هشت نفتکش مرتبط با صادرات نفت ایران را تحریم کرد",
    lead=None,
    body=[
        "وزارت خزانه_داری آمریکا روز پنجشنبه ۱۲ شرکت مستقر در امارات متحده عربی، هنگ_کنگ و مالزی و هشت نفتکش را به دلیل مشارکت در فروش نفت ایران به چین در فهرست تحریم_ها قرار داد.",
        "اسکات بسنت، وزیر خزانه_داری آمریکا، در بیانیه_ای گفت: «ما از همه ابزارهای خود برای قطع جریان درآمدهای نفتی حکومت ایران استفاده خواهیم کرد.»",
        "بر اساس این تصمیم، همه دارایی_های این شرکت_ها در آمریکا مسدود می_شود و شهروندان آمریکایی از هرگونه معامله با آنها منع می_شوند.",
        "اسماعیل بقائی، سخنگوی وزارت امور خارجه ایران، این تحریم_ها را «غیرقانونی و مصداق جنایت علیه بشریت» خواند و آن را محکوم کرد.",
        "وی افزود که ایران به فروش نفت خود به خریداران آسیایی ادامه خواهد داد.",
        "این سومین دور تحریم_های نفتی آمریکا علیه ایران در دو ماه گذشته است.",
    ],
    related=["کاهش صادرات نفت ایران در ماه اکتبر", "نفتکش_های ناوگان سایه"],
    entities=ents("""
        آمریکا | GPE | United States | USA
        ایران | GPE | Iran | IRN
        وزارت خزانه_داری آمریکا | ORG | United States Department of the Treasury | USAGOV
        امارات متحده عربی | GPE | United Arab Emirates | ARE
        هنگ_کنگ | GPE | Hong Kong | HKG
        مالزی | GPE | Malaysia | MYS
        چین | GPE | China | CHN
        اسکات بسنت | PER | Scott Bessent | USAGOV
        اسماعیل بقائی | PER | Esmaeil Baghaei | IRNGOV
        وزارت امور خارجه ایران | ORG | Ministry of Foreign Affairs of Iran | IRNGOV
    """),
    quotes=[
        Q("ما از همه ابزارهای خود…", "Scott Bessent", "اسکات بسنت", direct=True),
        Q("غیرقانونی و مصداق جنایت علیه بشریت", "Esmaeil Baghaei", "اسماعیل بقائی", direct=True),
        Q("ایران به فروش نفت خود…", "Esmaeil Baghaei", "وی"),
    ],
    events=[
        E("در فهرست تحریم_ها قرار داد", "USAGOV", "وزارت خزانه_داری آمریکا", "IRN", "ایران", "163"),
        E("ما از همه ابزارهای خود", "USAGOV", "اسکات بسنت", "IRNGOV", "حکومت ایران", "1312"),
        E("آن را محکوم کرد", "IRNGOV", "اسماعیل بقائی", "USAGOV", None, "111"),
    ],
    notes=[
        "Sanctions on third-country firms for Iran's oil trade: one 163 event, target the country whose trade is hit (bare IRN).",
        "Bessent's pledge to cut revenues with all tools: threat of sanctions (1312), verbal → IRNGOV.",
        "The freezing of assets (sentence 3) spells out the same sanction: not a second event. Baghaei's 'will keep selling oil' is not coded.",
        "Baghaei's condemnation names no addressee in the sentence; the article's single counterpart is the US (USAGOV, target_text null).",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="hamshahri-01", agency="hamshahri", date="2026-11-22", time="11:20", degrade=None,
    title="پیش_بینی بارش برف و کاهش ۱۰ درجه_ای دما در تهران",
    lead="سازمان هواشناسی از ورود سامانه بارشی تازه به کشور از روز سه_شنبه خبر داد؛ ارتفاعات البرز و جاده_های شمالی بیشترین بارش را خواهند داشت.",
    body=[
        "به گزارش همشهری آنلاین، بر اساس اعلام سازمان هواشناسی کشور، سامانه بارشی تازه_ای که از غرب وارد کشور می_شود، از سه_شنبه تا پنجشنبه در بیشتر استان_های شمالی و غربی باران و برف به همراه خواهد داشت.",
        "کارشناسان این سازمان پیش_بینی کرده_اند که دمای هوای تهران در این مدت تا ۱۰ درجه کاهش یابد و کمینه دما در برخی مناطق شمالی پایتخت به زیر صفر برسد.",
        "مدیرکل پیش_بینی سازمان هواشناسی گفت که رانندگان باید از سفرهای غیرضروری در جاده_های شمالی خودداری کنند و زنجیر چرخ همراه داشته باشند.",
        "بر اساس این گزارش، کیفیت هوای تهران نیز پس از بارش_ها بهبود خواهد یافت و شاخص آلودگی به محدوده قابل قبول بازمی_گردد.",
        "سازمان مدیریت بحران استان تهران نیز از آمادگی تیم_های امدادی برای کمک به خودروهای گرفتار در برف خبر داد.",
    ],
    tags=["هواشناسی", "برف", "آلودگی هوا"],
    related=["تعطیلی مدارس تهران در روزهای آلوده"],
    entities=ents("""
        تهران | GPE | Tehran | IRN
        سازمان هواشناسی | ORG | Iran Meteorological Organization | IRNGOV
        سازمان هواشناسی کشور | ORG | Iran Meteorological Organization | IRNGOV
        البرز | LOC | Alborz Mountains | -
        همشهری آنلاین | ORG | Hamshahri Online | IRNMED
        سازمان مدیریت بحران استان تهران | ORG | Tehran Province Crisis Management Organization | IRNGOV
    """),
    quotes=[
        Q("رانندگان باید از سفرهای…", "Iran Meteorological Organization", "مدیرکل پیش_بینی سازمان هواشناسی"),
    ],
    events=[],
    notes=[
        "No political event: weather forecast and advice to drivers. 'پیش_بینی کرده_اند که' is not a quote verb of the conventions.",
        "The unnamed forecasting director speaks for the Meteorological Organization (speaker = the body).",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="khabaronline-01", agency="khabaronline", date="2026-11-27", time="10:05", degrade="nozwnj", code="2101456",
    title="حمله گسترده پهپادی و موشکی روسیه به کی_یف؛ زلنسکی خواستار سامانه_های پدافندی بیشتر شد",
    lead="روسیه بامداد امروز با صدها پهپاد و ده_ها موشک زیرساخت_های انرژی اوکراین را هدف قرار داد.",
    body=[
        "به گزارش خبرآنلاین به نقل از خبرگزاری فرانسه، ارتش روسیه بامداد جمعه با بیش از ۴۰۰ پهپاد و ۳۰ موشک کروز و بالستیک به کی_یف و چند شهر دیگر اوکراین حمله کرد.",
        "نیروی هوایی اوکراین اعلام کرد که پدافند هوایی این کشور ۳۶۰ پهپاد و ۱۹ موشک را رهگیری و منهدم کرده است.",
        "به گفته شهردار کی_یف، دست_کم شش نفر کشته و بیش از ۳۰ نفر زخمی شدند و برق بخش_های گسترده_ای از شهر قطع شده است.",
        "ولودیمیر زلنسکی، رئیس_جمهور اوکراین، پس از این حمله از متحدان غربی خواست که تحویل سامانه_های پدافند هوایی پاتریوت به کشورش را تسریع کنند.",
        "وی در پیامی ویدیویی گفت: «هر روز تأخیر در ارسال این سامانه_ها به معنای جان_باختن غیرنظامیان بیشتر است.»",
        "دیمیتری پسکوف، سخنگوی کرملین، هدف قرار دادن مناطق مسکونی را تکذیب کرد و گفت که حملات روسیه فقط تأسیسات نظامی و انرژی را هدف گرفته است.",
    ],
    tags=["اوکراین", "روسیه", "جنگ اوکراین"],
    related=["زمستان سخت اوکراین بدون برق"],
    entities=ents("""
        روسیه | GPE | Russia | RUS
        کی_یف | GPE | Kyiv | UKR
        زلنسکی | PER | Volodymyr Zelensky | UKRGOV
        اوکراین | GPE | Ukraine | UKR
        خبرآنلاین | ORG | Khabaronline | IRNMED
        خبرگزاری فرانسه | ORG | AFP | FRAMED
        ارتش روسیه | ORG | Russian Armed Forces | RUSMIL
        نیروی هوایی اوکراین | ORG | Ukrainian Air Force | UKRMIL
        ولودیمیر زلنسکی | PER | Volodymyr Zelensky | UKRGOV
        دیمیتری پسکوف | PER | Dmitry Peskov | RUSGOV
        کرملین | ORG | Kremlin | RUSGOV
    """),
    quotes=[
        Q("پدافند هوایی این کشور…", "Ukrainian Air Force", "نیروی هوایی اوکراین"),
        Q("هر روز تأخیر…", "Volodymyr Zelensky", "وی", direct=True),
        Q("حملات روسیه فقط تأسیسات…", "Dmitry Peskov", "دیمیتری پسکوف"),
    ],
    events=[
        E("به کی_یف و چند شهر دیگر اوکراین حمله کرد", "RUSMIL", "ارتش روسیه", "UKR", "کی_یف", "195"),
        E("رهگیری و منهدم کرده است", "UKRMIL", "پدافند هوایی این کشور", "RUSMIL", "۳۶۰ پهپاد و ۱۹ موشک", "190"),
        E("از متحدان غربی خواست", "UKRGOV", "ولودیمیر زلنسکی", None, "متحدان غربی", "0232"),
        E("هدف قرار دادن مناطق مسکونی را تکذیب کرد", "RUSGOV", "دیمیتری پسکوف", "UKR", "مناطق مسکونی", "195", True),
    ],
    notes=[
        "Drone and missile strike = aerial weapons (195), coded once from the body (the lead restates it).",
        "Interception of Russian drones and missiles by Ukrainian air defence: 190 (use of conventional military force).",
        "Appeal to 'متحدان غربی' (generic, unnamed) for Patriot systems: 0232, target null.",
        "Peskov denies an act of his own side (hitting residential areas): that act negated (195, negated), source the denier (RUSGOV). His 'attacks hit only military targets' restates the coded strike.",
        "'به گفته شهردار کی_یف' is not a quote. Page degraded: every ZWNJ lost.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="yjc-01", agency="yjc", date="2026-11-24", time="08:50", degrade=None, code="9287341",
    title="حمله هوایی رژیم صهیونیستی به جنوب لبنان؛ عون: سکوت جامعه جهانی پذیرفتنی نیست",
    lead="جنگنده_های رژیم صهیونیستی بامداد امروز چند روستا در جنوب لبنان را بمباران کردند که در نتیجه آن سه نفر شهید شدند.",
    body=[
        "به گزارش خبرنگار گروه بین_الملل باشگاه خبرنگاران جوان به نقل از المنار، هواپیماهای جنگی ارتش اسرائیل بامداد سه_شنبه مناطقی در اطراف الخیام و بنت جبیل را هدف حملات هوایی قرار دادند.",
        "منابع محلی از شهادت سه غیرنظامی، از جمله یک کودک، در این حملات خبر دادند.",
        "سخنگوی ارتش اسرائیل مدعی شد که این حملات تأسیساتی از حزب_الله را هدف گرفته که برای حمله به شمال سرزمین_های اشغالی آماده می_شد.",
        "ژوزف عون رئیس_جمهور لبنان این حملات را نقض آشکار توافق آتش_بس دانست و آن را به_شدت محکوم کرد.",
        "عون همچنین از شورای امنیت سازمان ملل خواست که تل_آویو را برای توقف فوری حملات تحت فشار قرار دهد.",
        "نعیم قاسم دبیرکل حزب_الله نیز در سخنانی تلویزیونی هشدار داد که اگر حملات ادامه یابد، مقاومت دست بسته نخواهد ماند و پاسخ خواهد داد.",
        "آتش_بس میان لبنان و رژیم صهیونیستی در نوامبر ۲۰۲۴ برقرار شد.",
    ],
    tags=["لبنان", "حزب_الله", "رژیم صهیونیستی"],
    related=["شهادت دو شهروند لبنانی در حمله پهپادی"],
    entities=ents("""
        رژیم صهیونیستی | GPE | Israel | ISR
        لبنان | GPE | Lebanon | LBN
        عون | PER | Joseph Aoun | LBNGOV
        باشگاه خبرنگاران جوان | ORG | Young Journalists Club | IRNMED
        المنار | ORG | Al-Manar | LBNMED
        ارتش اسرائیل | ORG | Israel Defense Forces | ISRMIL
        الخیام | GPE | Khiam | LBN
        بنت جبیل | GPE | Bint Jbeil | LBN
        حزب_الله | ORG | Hezbollah | LBNREB
        ژوزف عون | PER | Joseph Aoun | LBNGOV
        شورای امنیت سازمان ملل | ORG | United Nations Security Council | IGOUNO
        تل_آویو | GPE | Tel Aviv | ISR
        نعیم قاسم | PER | Naim Qassem | LBNREB
    """),
    quotes=[
        Q("این حملات تأسیساتی از حزب_الله…", "Israel Defense Forces", "سخنگوی ارتش اسرائیل"),
        Q("اگر حملات ادامه یابد…", "Naim Qassem", "نعیم قاسم"),
    ],
    events=[
        E("را هدف حملات هوایی قرار دادند", "ISRMIL", "ارتش اسرائیل", "LBN", "الخیام و بنت جبیل", "195"),
        E("تأسیساتی از حزب_الله را هدف گرفته", "ISRMIL", "سخنگوی ارتش اسرائیل", "LBNREB", "حزب_الله", "112"),
        E("آن را به_شدت محکوم کرد", "LBNGOV", "ژوزف عون", "ISRGOV", None, "111"),
        E("از شورای امنیت سازمان ملل خواست", "LBNGOV", "عون", "IGOUNO", "شورای امنیت سازمان ملل", "022"),
        E("مقاومت دست بسته نخواهد ماند", "LBNREB", "نعیم قاسم", "ISRGOV", None, "138"),
    ],
    notes=[
        "Air strikes coded once, from the body sentence (the lead restates them); deaths are not events.",
        "IDF's 'مدعی شد' blaming Hezbollah for preparing attacks: 112. Its statement that the strikes hit Hezbollah sites restates the coded strike.",
        "Aoun's request that the UNSC press Israel: appeal for diplomatic cooperation/policy support (022) → IGOUNO.",
        "Qassem's conditional warning of a response: threat of military force (138); verbal acts target the government body (ISRGOV, target not named in the sentence).",
        "Hezbollah coded LBNREB (ISO3 + role, as the conventions list). The 2024 ceasefire is background. The title's 'عون:' line is not a quote.",
    ],
))

# ---------------------------------------------------------------------------------------------
A(dict(
    name="euronews-fa-01", agency="euronews-fa", date="2026-11-23", time="17:30", degrade=None,
    title="اسلواکی بسته تحریمی جدید اتحادیه اروپا علیه روسیه را متوقف کرد",
    lead=None,
    body=[
        "بسته جدید تحریم_های اتحادیه اروپا علیه روسیه روز دوشنبه در نشست وزیران امور خارجه این اتحادیه در بروکسل به دلیل مخالفت اسلواکی تصویب نشد.",
        "روبرت فیتسو، نخست_وزیر اسلواکی، درخواست کمیسیون اروپا برای کنار گذاشتن مخالفت با این بسته را نپذیرفت و گفت که تا دریافت تضمین_های لازم درباره تأمین گاز کشورش با آن موافقت نخواهد کرد.",
        "کایا کالاس، مسئول سیاست خارجی اتحادیه اروپا، پس از پایان نشست به خبرنگاران گفت: «نمی_توانیم اجازه دهیم منافع یک کشور، سیاست مشترک ۲۷ عضو را گروگان بگیرد.»",
        "وی موضع براتیسلاوا را غیرمسئولانه خواند.",
        "به گزارش یورونیوز، این بسته شامل ممنوعیت واردات گاز مایع روسیه و تحریم ۴۰ نفتکش ناوگان سایه مسکو است.",
        "در همین حال، ماریا زاخارووا، سخنگوی وزارت امور خارجه روسیه، هشدار داد که مسکو به هرگونه تحریم جدید پاسخی متقارن و دردناک خواهد داد.",
        "اتحادیه اروپا از فوریه ۲۰۲۲ تاکنون بیش از بیست بسته تحریمی علیه روسیه تصویب کرده است.",
    ],
    related=["اروپا و چالش تأمین گاز در زمستان", "کالاس: فشار بر مسکو ادامه می_یابد"],
    entities=ents("""
        اسلواکی | GPE | Slovakia | SVK
        اتحادیه اروپا | ORG | European Union | IGOEUR
        روسیه | GPE | Russia | RUS
        بروکسل | GPE | Brussels | BEL
        روبرت فیتسو | PER | Robert Fico | SVKGOV
        کمیسیون اروپا | ORG | European Commission | IGOEUR
        کایا کالاس | PER | Kaja Kallas | IGOEUR
        براتیسلاوا | GPE | Bratislava | SVK
        یورونیوز | ORG | Euronews | FRAMED
        مسکو | GPE | Moscow | RUS
        ماریا زاخارووا | PER | Maria Zakharova | RUSGOV
        وزارت امور خارجه روسیه | ORG | Ministry of Foreign Affairs of Russia | RUSGOV
    """),
    quotes=[
        Q("تا دریافت تضمین_های لازم…", "Robert Fico", "روبرت فیتسو"),
        Q("نمی_توانیم اجازه دهیم…", "Kaja Kallas", "کایا کالاس", direct=True),
        Q("مسکو به هرگونه تحریم جدید…", "Maria Zakharova", "ماریا زاخارووا"),
    ],
    events=[
        E("به دلیل مخالفت اسلواکی تصویب نشد", "IGOEUR", "اتحادیه اروپا", "RUS", "روسیه", "163", True),
        E("را نپذیرفت و گفت", "SVKGOV", "روبرت فیتسو", "IGOEUR", "کمیسیون اروپا", "124"),
        E("وی موضع براتیسلاوا را غیرمسئولانه خواند", "IGOEUR", "وی", "SVKGOV", "براتیسلاوا", "111"),
        E("مسکو به هرگونه تحریم جدید", "RUSGOV", "ماریا زاخارووا", "IGOEUR", None, "130"),
    ],
    notes=[
        "Sanctions package not adopted ('تصویب نشد'): 163 negated, EU → Russia (bare RUS: economic measure).",
        "Fico refusing the Commission's request to drop his objection: refusal to yield (124), not negation; the Commission's request is a nominal mention.",
        "Kallas's direct quote is not itself coded; her explicit criticism in the next sentence is (111).",
        "Zakharova's warning of a 'symmetric and painful response': unspecified threat (130), counterpart EU.",
        "Background: packages adopted since 2022.",
    ],
))
