"""blind7 articles 11-20 (fars, bbcpersian, radiofarda, iranintl, hamshahri, entekhab). "_" = ZWNJ. Invented news."""


def A(**kw):
    return kw


ARTICLES = [
A(name="fars-02", agency="fars", kind="html", crumbs=["ورزش", "فوتبال ایران"], published="2026-11-27T20:55+03:30",
  meta="og+ld", ldtype="ReportageNewsArticle", caption="شادی بازیکنان پرسپولیس پس از گل دوم", more=["برنامه هفته سیزدهم لیگ برتر"],
  kicker="هفته دوازدهم لیگ برتر",
  title="پرسپولیس با پیروزی در تبریز صدرنشین شد",
  lead="سرخپوشان پایتخت در هفته دوازدهم لیگ برتر فوتبال با دو گل تراکتور را در خانه_اش شکست دادند و به صدر جدول رسیدند.",
  body=[
   "به گزارش خبرگزاری فارس، در دیداری که عصر جمعه با حضور حدود ۶۰ هزار تماشاگر در تبریز برگزار شد، پرسپولیس با گل_های محمد نادری در دقیقه ۳۴ و آرمان قاسمی در دقیقه ۸۱ از سد تراکتور گذشت.",
   "سرمربی پرسپولیس پس از بازی گفت که بازیکنانش در نیمه دوم با تمرکز بیشتری بازی کردند و پیروزی حق تیمش بود.",
   "سرمربی تراکتور اما از قضاوت داور گلایه داشت و تصریح کرد: «گلی که در دقیقه ۶۰ از ما گرفته شد کاملاً سالم بود و کمک_داور ویدئویی باید وارد عمل می_شد.»",
   "با این نتیجه، پرسپولیس با ۲۷ امتیاز به صدر جدول رسید و استقلال که روز پنجشنبه برابر سپاهان متوقف شده بود، با یک امتیاز کمتر در رده دوم قرار گرفت.",
  ],
  tags=["پرسپولیس", "تراکتور", "لیگ برتر"], comments=["قهرمانی حق ماست", "داوری ضعیف بود"],
  ents="""
پرسپولیس|ORG|Persepolis FC|
تبریز|GPE|Tabriz|IRN
تراکتور|ORG|Tractor FC|
خبرگزاری فارس|ORG|Fars News Agency|
محمد نادری|PER|Mohammad Naderi|
آرمان قاسمی|PER|Arman Ghasemi|
استقلال|ORG|Esteghlal FC|
سپاهان|ORG|Sepahan FC|
""",
  quotes=[("head coach of Persepolis", "سرمربی پرسپولیس", "r", "بازیکنانش در نیمه دوم با تمرکز بیشتری بازی کردند و پیروزی حق تیمش بود"),
          ("head coach of Tractor", "سرمربی تراکتور", "d", "گلی که در دقیقه ۶۰ از ما گرفته شد کاملاً سالم بود و کمک_داور ویدئویی باید وارد عمل می_شد.")],
  events="",
  notes="Sport: no political event (a coach's complaint about refereeing is not coded)."),

A(name="bbcpersian-01", agency="bbcpersian", kind="html", crumbs=["خبرها", "جهان"], published="2026-11-27T18:40+00:00",
  meta="og+ld", lead=None, caption="پلیس ضدشورش در خیابان_های مرکزی داکا",
  more=["دولت موقت بنگلادش: انتخابات به بهار موکول شد"],
  title="درگیری پلیس و معترضان در داکا بر سر تعویق انتخابات",
  body=[
   "پلیس بنگلادش روز جمعه برای متفرق کردن هزاران نفر از هواداران حزب ملی_گرای بنگلادش که در مرکز داکا علیه تعویق انتخابات پارلمانی تظاهرات کرده بودند، از گاز اشک_آور و گلوله_های پلاستیکی استفاده کرد.",
   "به گفته سخنگوی پلیس داکا، ۸۷ نفر از معترضان به اتهام آتش زدن اتوبوس_ها و حمله به مأموران بازداشت شدند.",
   "دبیرکل حزب ملی_گرای بنگلادش در گفت_وگو با خبرگزاری فرانسه گفت که دولت موقت با به تعویق انداختن رأی_گیری، اعتماد مردم را از دست داده است.",
   "او افزود: «اگر تا پایان ماه دسامبر تاریخ انتخابات اعلام نشود، اعتصاب سراسری را آغاز خواهیم کرد.»",
   "دولت موقت در بیانیه_ای تعویق انتخابات را ناشی از ملاحظات امنیتی خواند و اعلام کرد که گفت_وگو با احزاب را از هفته آینده آغاز می_کند.",
   "سازمان ملل متحد هم از همه طرف_ها خواست از خشونت پرهیز کنند.",
  ],
  tags=["بنگلادش", "داکا"],
  ents="""
داکا|GPE|Dhaka|BGD
پلیس بنگلادش|ORG|Bangladesh Police|BGDCOP
حزب ملی_گرای بنگلادش|ORG|Bangladesh Nationalist Party|BGDOPP
پلیس داکا|ORG|Dhaka Metropolitan Police|BGDCOP
خبرگزاری فرانسه|ORG|AFP|
سازمان ملل متحد|ORG|United Nations|IGOUNO
""",
  sources=["AFP"],
  quotes=[("secretary general of the Bangladesh Nationalist Party", "دبیرکل حزب ملی_گرای بنگلادش", "r", "دولت موقت با به تعویق انداختن رأی_گیری، اعتماد مردم را از دست داده است"),
          ("secretary general of the Bangladesh Nationalist Party", "او", "d", "اگر تا پایان ماه دسامبر تاریخ انتخابات اعلام نشود، اعتصاب سراسری را آغاز خواهیم کرد."),
          ("interim government of Bangladesh", "دولت موقت", "r", "گفت_وگو با احزاب را از هفته آینده آغاز می_کند")],
  events="""
BGDOPP|هواداران حزب ملی_گرای بنگلادش|BGDGOV|تعویق انتخابات|141|0|از گاز اشک_آور
BGDCOP|پلیس بنگلادش|BGDOPP|هواداران حزب ملی_گرای بنگلادش|175|0|از گاز اشک_آور
BGDCOP|سخنگوی پلیس داکا|BGDOPP|معترضان|173|0|بازداشت شدند
BGDOPP|دبیرکل حزب ملی_گرای بنگلادش|BGDGOV|دولت موقت|111|0|اعتماد مردم را از دست داده است
BGDOPP|او|BGDGOV||133|0|اعتصاب سراسری را آغاز خواهیم کرد
BGDGOV|دولت موقت|BGDOPP|احزاب|036|0|گفت_وگو با احزاب
IGOUNO|سازمان ملل متحد||همه طرف_ها|020|0|از خشونت پرهیز کنند
""",
  notes="The rally in a relative clause (pluperfect, same day) is coded 141 besides the police's 175. Passive arrests: agent = Dhaka police. Conditional strike threat = 133 (threaten political dissent), not an ultimatum. Interim government's plan to open talks = 036. UN appeal to 'همه طرف‌ها' = 020, target null (generic)."),

A(name="bbcpersian-02", agency="bbcpersian", kind="txt", crumbs=None, published="2026-11-26", lead=None, today=False,
  title="چین با ده_ها جنگنده و ناو در اطراف تایوان رزمایش برگزار کرد",
  body=[
   "ارتش آزادی_بخش خلق چین روز چهارشنبه رزمایشی گسترده با مشارکت دست_کم ۴۰ فروند هواپیمای نظامی و ۱۴ شناور جنگی در آب_های شمال و شرق تایوان آغاز کرد.",
   "فرماندهی منطقه شرقی ارتش چین در بیانیه_ای اعلام کرد که این مانورها هشداری جدی به نیروهای جدایی_طلب و حامیان خارجی آن_ها است.",
   "وزارت دفاع تایوان در مقابل، سطح آماده_باش نیروهای خود را بالا برد و سامانه_های موشکی ساحلی را در وضعیت آماده شلیک قرار داد.",
   "لای چینگ_ته، رهبر تایوان، گفت که تایپه به دنبال درگیری نیست اما در برابر فشار سر خم نخواهد کرد.",
   "وزارت خارجه آمریکا هم از پکن خواست فعالیت_های نظامی خود در تنگه را فوراً متوقف کند.",
   "همزمان در دریای چین جنوبی، گارد ساحلی چین یک کشتی تدارکاتی فیلیپین را در نزدیکی صخره سکند توماس با ماشین آب_پاش هدف قرار داد و مسیر آن را سد کرد.",
   "مانیل سفیر چین را احضار کرد و این اقدام را «تحریک_آمیز و غیرقانونی» خواند.",
  ],
  related=["تایوان؛ جزیره_ای در سایه تهدید", "فیلیپین و آمریکا رزمایش مشترک برگزار کردند"],
  ents="""
چین|GPE|China|CHN
تایوان|GPE|Taiwan|TWN
ارتش آزادی_بخش خلق چین|ORG|People's Liberation Army|CHNMIL
فرماندهی منطقه شرقی ارتش چین|ORG|PLA Eastern Theater Command|CHNMIL
وزارت دفاع تایوان|ORG|Ministry of National Defense of Taiwan|TWNMIL
لای چینگ_ته|PER|Lai Ching-te|TWNGOV
تایپه|GPE|Taipei|TWN
وزارت خارجه آمریکا|ORG|US Department of State|USAGOV
پکن|GPE|Beijing|CHN
دریای چین جنوبی|LOC|South China Sea|
گارد ساحلی چین|ORG|China Coast Guard|CHNMIL
فیلیپین|GPE|Philippines|PHL
صخره سکند توماس|LOC|Second Thomas Shoal|
مانیل|GPE|Manila|PHL
""",
  quotes=[("PLA Eastern Theater Command", "فرماندهی منطقه شرقی ارتش چین", "r", "این مانورها هشداری جدی به نیروهای جدایی_طلب و حامیان خارجی آن_ها است"),
          ("Lai Ching-te", "لای چینگ_ته", "r", "تایپه به دنبال درگیری نیست اما در برابر فشار سر خم نخواهد کرد"),
          ("Government of the Philippines", "مانیل", "d", "تحریک_آمیز و غیرقانونی")],
  events="""
CHNMIL|ارتش آزادی_بخش خلق چین|TWN|تایوان|150|0|رزمایشی گسترده با مشارکت
TWNMIL|وزارت دفاع تایوان|CHN||152|0|سطح آماده_باش
TWNGOV|لای چینگ_ته|CHNGOV||124|0|سر خم نخواهد کرد
USAGOV|وزارت خارجه آمریکا|CHNGOV|پکن|0256|0|از پکن خواست
CHNMIL|گارد ساحلی چین|PHL|یک کشتی تدارکاتی فیلیپین|170|0|با ماشین آب_پاش
CHNMIL|گارد ساحلی چین|PHL|یک کشتی تدارکاتی فیلیپین|191|0|با ماشین آب_پاش
PHLGOV|مانیل|CHNGOV|سفیر چین|114|0|سفیر چین را احضار کرد
PHLGOV|مانیل|CHNGOV||111|0|سفیر چین را احضار کرد
""",
  notes="BBC dump: no lead, no breadcrumb (section null), date only. Drills = 150 → TWN; raised alert = 152 → CHN (posture to the bare country). 'سر خم نخواهد کرد' = 124 (refuse to yield). Water cannon on a ship = 170 (coerce, family only) and blocking its path = 191. Manila: summons (114) and criticism (111) in one sentence. The Eastern Command's 'warning' characterises the drill and is not coded separately."),

A(name="radiofarda-01", agency="radiofarda", kind="txt", crumbs=["ایران", "حقوق بشر"], published="2026-11-26T14:10+00:00", lead=None,
  crumbsep=" / ", datepos="top",
  title="دادگاه انقلاب تهران یک روزنامه_نگار اقتصادی را به پنج سال زندان محکوم کرد",
  body=[
   "شعبه ۲۶ دادگاه انقلاب تهران، سارا محمدی، روزنامه_نگار حوزه اقتصاد را به اتهام اجتماع و تبانی علیه امنیت ملی و تبلیغ علیه نظام به پنج سال حبس محکوم کرده است.",
   "همسر این روزنامه_نگار به رادیو فردا گفت که حکم روز چهارشنبه به وکیل او ابلاغ شده و وکیل حتی فرصت نیافته است در جلسه دادگاه از موکلش دفاع کند.",
   "خانم محمدی اردیبهشت_ماه گذشته پس از انتشار گزارشی درباره فساد در یک شرکت پتروشیمی دولتی بازداشت شده بود و سه ماه بعد با قرار وثیقه آزاد شد.",
   "سازمان عفو بین_الملل روز پنجشنبه در بیانیه_ای این حکم را «سرکوب آشکار روزنامه_نگاری مستقل» توصیف کرد و از مقام_های ایران خواست حکم را لغو کنند.",
   "سخنگوی قوه قضائیه در نشست هفتگی خود این انتقادها را نپذیرفت و گفت که پرونده خانم محمدی هیچ ارتباطی با فعالیت رسانه_ای او ندارد و حکم هنوز قطعی نیست.",
   "انجمن صنفی روزنامه_نگاران استان تهران نیز با انتشار نامه_ای سرگشاده از رئیس قوه قضائیه درخواست کرد پرونده در دادگاه تجدیدنظر با حضور هیئت منصفه بررسی شود.",
  ],
  tags=["آزادی مطبوعات", "دادگاه انقلاب"],
  ents="""
دادگاه انقلاب تهران|ORG|Tehran Revolutionary Court|IRNJUD
سارا محمدی|PER|Sara Mohammadi|IRNMED
محمدی|PER|Sara Mohammadi|IRNMED
رادیو فردا|ORG|Radio Farda|
سازمان عفو بین_الملل|ORG|Amnesty International|NGOAMN
ایران|GPE|Iran|IRN
قوه قضائیه|ORG|Judiciary of Iran|IRNJUD
انجمن صنفی روزنامه_نگاران استان تهران|ORG|Tehran Province Journalists' Association|IRNLAB
""",
  quotes=[("husband of Sara Mohammadi", "همسر این روزنامه_نگار", "r", "حکم روز چهارشنبه به وکیل او ابلاغ شده و وکیل حتی فرصت نیافته است در جلسه دادگاه از موکلش دفاع کند"),
          ("Amnesty International", "سازمان عفو بین_الملل", "d", "سرکوب آشکار روزنامه_نگاری مستقل"),
          ("spokesperson of the Judiciary of Iran", "سخنگوی قوه قضائیه", "r", "پرونده خانم محمدی هیچ ارتباطی با فعالیت رسانه_ای او ندارد و حکم هنوز قطعی نیست")],
  events="""
IRNJUD|دادگاه انقلاب تهران|IRNMED|سارا محمدی|116|0|به پنج سال حبس محکوم
NGOAMN|سازمان عفو بین_الملل|IRNJUD|این حکم|111|0|سرکوب آشکار
NGOAMN|سازمان عفو بین_الملل|IRNGOV|مقام_های ایران|0243|0|سرکوب آشکار
IRNJUD|سخنگوی قوه قضائیه|NGOAMN||120|0|این انتقادها را نپذیرفت
IRNLAB|انجمن صنفی روزنامه_نگاران استان تهران|IRNJUD|رئیس قوه قضائیه|020|0|نامه_ای سرگشاده
""",
  notes="Radio Farda: no lead. Sentence = 116 (find guilty). Her arrest in Ordibehesht is background. Amnesty: criticism of the verdict (→ IRNJUD) and appeal to Iran's officials to annul it (0243, rights). The judiciary's 'نپذیرفت' of the criticism = 120 (reject, no more specific code). The journalists' request for a jury retrial = 020."),

A(name="radiofarda-02", agency="radiofarda", kind="html", degrade="nozwnj+arabic", crumbs=["جهان", "افغانستان"], published="2026-11-24T16:20+00:00",
  meta="og", lead=None, caption="زنان معترض در کابل، عکس آرشیوی", more=["طالبان فعالیت زنان در سازمان_های امدادی را ممنوع کرد"],
  title="دیوان کیفری بین_المللی تحقیقات درباره آزار زنان در افغانستان را گسترش داد",
  body=[
   "دفتر دادستان دیوان کیفری بین_المللی روز سه_شنبه اعلام کرد که دامنه تحقیقات خود درباره آزار و اذیت سیستماتیک زنان و دختران در افغانستان را به ولایت_های هرات و بلخ گسترش داده است.",
   "این دفتر افزود که شواهد گردآوری_شده نشان می_دهد مقام_های طالبان در یک سال گذشته دست_کم ۲۰۰ زن معترض را بدون محاکمه زندانی کرده_اند.",
   "ذبیح_الله مجاهد، سخنگوی طالبان، در واکنش این تحقیقات را «دخالت در امور داخلی افغانستان» خواند و اعلام کرد که حکومت طالبان با دیوان لاهه همکاری نخواهد کرد.",
   "گزارشگر ویژه سازمان ملل در امور حقوق بشر افغانستان نیز از کشورهای عضو خواست از کار دیوان پشتیبانی کنند.",
   "دولت هلند هم روز چهارشنبه پرداخت بخشی از کمک_های توسعه_ای خود به نهادهای تحت کنترل طالبان را به حالت تعلیق درآورد.",
   "در همین حال، استخبارات طالبان در کابل دو خبرنگار یک رسانه محلی را که درباره اعتراض زنان گزارش تهیه کرده بودند بازداشت کرد؛ خبری که مرکز خبرنگاران افغانستان آن را تأیید کرد.",
  ],
  tags=["افغانستان", "دیوان کیفری بین_المللی", "طالبان"],
  ents="""
دیوان کیفری بین_المللی|ORG|International Criminal Court|IGOICC
افغانستان|GPE|Afghanistan|AFG
هرات|GPE|Herat|AFG
بلخ|GPE|Balkh|AFG
طالبان|ORG|Taliban|AFGGOV
ذبیح_الله مجاهد|PER|Zabihullah Mujahid|AFGGOV
دیوان لاهه|ORG|International Criminal Court|IGOICC
سازمان ملل|ORG|United Nations|IGOUNO
استخبارات طالبان|ORG|Taliban General Directorate of Intelligence|AFGSPY
کابل|GPE|Kabul|AFG
هلند|GPE|Netherlands|NLD
مرکز خبرنگاران افغانستان|ORG|Afghanistan Journalists Center|
""",
  quotes=[("Office of the Prosecutor of the International Criminal Court", "دفتر دادستان دیوان کیفری بین_المللی", "r", "دامنه تحقیقات خود درباره آزار و اذیت سیستماتیک زنان و دختران در افغانستان را به ولایت_های هرات و بلخ گسترش داده است"),
          ("Office of the Prosecutor of the International Criminal Court", "این دفتر", "r", "شواهد گردآوری_شده نشان می_دهد مقام_های طالبان در یک سال گذشته دست_کم ۲۰۰ زن معترض را بدون محاکمه زندانی کرده_اند"),
          ("Zabihullah Mujahid", "ذبیح_الله مجاهد", "d", "دخالت در امور داخلی افغانستان"),
          ("Zabihullah Mujahid", "ذبیح_الله مجاهد", "r", "حکومت طالبان با دیوان لاهه همکاری نخواهد کرد")],
  events="""
IGOICC|دفتر دادستان دیوان کیفری بین_المللی|AFGGOV||092|0|دامنه تحقیقات خود
AFGGOV|ذبیح_الله مجاهد|IGOICC|این تحقیقات|111|0|دخالت در امور داخلی
AFGGOV|حکومت طالبان|IGOICC|دیوان لاهه|1213|0|دخالت در امور داخلی
IGOUNO|گزارشگر ویژه سازمان ملل||کشورهای عضو|022|0|از کشورهای عضو خواست
NLDGOV|دولت هلند|AFGGOV|نهادهای تحت کنترل طالبان|162|0|کمک_های توسعه_ای
AFGSPY|استخبارات طالبان|AFGMED|دو خبرنگار|173|0|دو خبرنگار یک رسانه محلی
""",
  notes="ICC code IGOICC (not in the contract's list; chosen by analogy with IGOUNO). Widened investigation of abuses by the Taliban = 092 → AFGGOV. Imprisonments 'در یک سال گذشته' inside the prosecutor's speech = background, not coded. 'همکاری نخواهد کرد' with the court = 1213 (reject judicial cooperation). Appeal to member states (generic) = 022, target null. Dutch suspension of development aid = 162."),

A(name="iranintl-01", agency="iranintl", kind="html", crumbs=["ایران"], published="2026-11-23T09:20+00:00",
  meta="og+ld", caption="دود ناشی از گلوله_باران در ارتفاعات سیدکان", more=["حزب دموکرات: حملات سپاه تلفات غیرنظامی داشته است"],
  title="سپاه پاسداران مقرهای حزب دموکرات کردستان ایران را در اقلیم کردستان گلوله_باران کرد",
  lead="نیروی زمینی سپاه با توپخانه و پهپاد به ارتفاعات مرزی سیدکان در استان اربیل حمله کرد؛ بغداد این اقدام را نقض حاکمیت عراق دانست.",
  body=[
   "به گزارش ایران اینترنشنال، نیروی زمینی سپاه پاسداران بامداد دوشنبه مقرهای حزب دموکرات کردستان ایران در ارتفاعات اطراف سیدکان در استان اربیل را با توپخانه سنگین و پهپادهای انتحاری هدف قرار داد.",
   "قرارگاه حمزه سیدالشهدای سپاه در بیانیه_ای مدعی شد که این عملیات در پاسخ به تحرکات مسلحانه گروه_های تجزیه_طلب در نوار مرزی انجام شده است. این قرارگاه هرگونه گلوله_باران مناطق مسکونی اقلیم را قاطعانه تکذیب کرد.",
   "حزب دموکرات کردستان ایران اعلام کرد که دو تن از اعضایش زخمی شده_اند و افزود که مقرهای هدف قرار گرفته از ماه_ها پیش خالی از نیروی نظامی بوده است.",
   "وزارت امور خارجه عراق با صدور بیانیه_ای حمله را نقض حاکمیت کشور دانست و از تهران خواست به جای توسل به زور، از سازوکار امنیتی مشترک دو کشور استفاده کند.",
   "دولت اقلیم کردستان نیز بر ضرورت پایبندی دو طرف به توافق امنیتی سال ۲۰۲۳ تأکید کرد.",
  ],
  tags=["سپاه پاسداران", "اقلیم کردستان"], comments=["مردم بی_دفاع قربانی می_شوند"],
  ents="""
سپاه پاسداران|ORG|Islamic Revolutionary Guard Corps|IRNMIL
نیروی زمینی سپاه پاسداران|ORG|IRGC Ground Force|IRNMIL
نیروی زمینی سپاه|ORG|IRGC Ground Force|IRNMIL
حزب دموکرات کردستان ایران|ORG|Democratic Party of Iranian Kurdistan|IRNREB
اقلیم کردستان|GPE|Kurdistan Region|IRQ
سیدکان|GPE|Sidakan|IRQ
اربیل|GPE|Erbil|IRQ
بغداد|GPE|Baghdad|IRQ
عراق|GPE|Iraq|IRQ
ایران اینترنشنال|ORG|Iran International|
قرارگاه حمزه سیدالشهدای سپاه|ORG|IRGC Hamzeh Seyed al-Shohada Base|IRNMIL
وزارت امور خارجه عراق|ORG|Ministry of Foreign Affairs of Iraq|IRQGOV
تهران|GPE|Tehran|IRN
دولت اقلیم کردستان|ORG|Kurdistan Regional Government|IRQGOV
""",
  quotes=[("IRGC Hamzeh Seyed al-Shohada Base", "قرارگاه حمزه سیدالشهدای سپاه", "r", "این عملیات در پاسخ به تحرکات مسلحانه گروه_های تجزیه_طلب در نوار مرزی انجام شده است"),
          ("Democratic Party of Iranian Kurdistan", "حزب دموکرات کردستان ایران", "r", "دو تن از اعضایش زخمی شده_اند"),
          ("Democratic Party of Iranian Kurdistan", "حزب دموکرات کردستان ایران", "r", "مقرهای هدف قرار گرفته از ماه_ها پیش خالی از نیروی نظامی بوده است")],
  events="""
IRNMIL|نیروی زمینی سپاه پاسداران|IRNREB|مقرهای حزب دموکرات کردستان ایران|194|0|با توپخانه سنگین و پهپادهای انتحاری
IRNMIL|قرارگاه حمزه سیدالشهدای سپاه|IRNREB|گروه_های تجزیه_طلب|112|0|تحرکات مسلحانه
IRNMIL|این قرارگاه|IRQ|مناطق مسکونی اقلیم|194|1|قاطعانه تکذیب کرد
IRQGOV|وزارت امور خارجه عراق|IRNGOV|تهران|111|0|نقض حاکمیت کشور دانست
IRQGOV|وزارت امور خارجه عراق|IRNGOV|تهران|0256|0|نقض حاکمیت کشور دانست
""",
  notes="Artillery and drone strike on the PDKI's bases = 194 → IRNREB (the stated target; artillery is the most specific weapon named). IRGC's 'مدعی شد' blaming separatists = 112; its denial of shelling residential areas = the act itself (194 → IRQ), negated. Iraq's criticism and its appeal to Tehran to use the joint mechanism instead of force = 111 and 0256. The KRG's 'تأکید کرد' without که on a 2023 agreement is not coded."),

A(name="iranintl-02", agency="iranintl", kind="txt", degrade="nozwnj", crumbs=None, published="2026-11-27T06:35+00:00", datepos="bottom",
  title="آمریکا یک نفتکش را در نزدیکی سواحل ونزوئلا توقیف کرد؛ کاراکاس نیروهایش را در آماده_باش قرار داد",
  lead="نیروی دریایی آمریکا روز پنجشنبه نفتکشی حامل نفت ونزوئلا را در آب_های بین_المللی دریای کارائیب توقیف کرد.",
  body=[
   "به گزارش ایران اینترنشنال به نقل از آسوشیتدپرس، وزیر جنگ آمریکا در پیامی اعلام کرد که نفتکش توقیف_شده بخشی از ناوگانی بوده که تحریم_های واشنگتن علیه شرکت ملی نفت ونزوئلا را دور می_زده است.",
   "نیکلاس مادورو، رئیس_جمهور ونزوئلا، ساعاتی بعد این اقدام را «دزدی دریایی آشکار» نامید و فرمان داد نیروهای مسلح بولیواری در سراسر سواحل شمالی کشور در حالت آماده_باش کامل قرار گیرند.",
   "وزیر دفاع ونزوئلا، ولادیمیر پادرینو لوپز، نیز اعلام کرد که ۲۵ هزار نیروی ذخیره برای حفاظت از تأسیسات نفتی فراخوانده شده_اند.",
   "رئیس_جمهور آمریکا در گفت_وگو با خبرنگاران در کاخ سفید هشدار داد که واشنگتن هر کشتی دیگری را که تحریم_ها را نقض کند توقیف خواهد کرد.",
   "برزیل و کلمبیا در بیانیه_ای مشترک خواستار خویشتن_داری هر دو طرف شدند.",
  ],
  related=["مادورو: ونزوئلا تسلیم فشار نمی_شود"],
  ents="""
آمریکا|GPE|United States|USA
ونزوئلا|GPE|Venezuela|VEN
کاراکاس|GPE|Caracas|VEN
نیروی دریایی آمریکا|ORG|US Navy|USAMIL
دریای کارائیب|LOC|Caribbean Sea|
ایران اینترنشنال|ORG|Iran International|
آسوشیتدپرس|ORG|Associated Press|
واشنگتن|GPE|Washington|USA
شرکت ملی نفت ونزوئلا|ORG|PDVSA|VENBUS
نیکلاس مادورو|PER|Nicolas Maduro|VENGOV
نیروهای مسلح بولیواری|ORG|Bolivarian National Armed Forces|VENMIL
ولادیمیر پادرینو لوپز|PER|Vladimir Padrino Lopez|VENMIL
کاخ سفید|ORG|White House|USAGOV
برزیل|GPE|Brazil|BRA
کلمبیا|GPE|Colombia|COL
""",
  sources=["Associated Press"],
  quotes=[("US Secretary of War", "وزیر جنگ آمریکا", "r", "نفتکش توقیف_شده بخشی از ناوگانی بوده که تحریم_های واشنگتن علیه شرکت ملی نفت ونزوئلا را دور می_زده است"),
          ("Nicolas Maduro", "نیکلاس مادورو", "d", "دزدی دریایی آشکار"),
          ("Vladimir Padrino Lopez", "ولادیمیر پادرینو لوپز", "r", "۲۵ هزار نیروی ذخیره برای حفاظت از تأسیسات نفتی فراخوانده شده_اند"),
          ("President of the United States", "رئیس_جمهور آمریکا", "r", "واشنگتن هر کشتی دیگری را که تحریم_ها را نقض کند توقیف خواهد کرد")],
  events="""
USAMIL|نیروی دریایی آمریکا|VEN|نفتکشی حامل نفت ونزوئلا|171|0|نفتکشی حامل نفت ونزوئلا
VENGOV|نیکلاس مادورو|USAGOV||111|0|دزدی دریایی آشکار
VENGOV|نیکلاس مادورو|USA||152|0|دزدی دریایی آشکار
VENMIL|ولادیمیر پادرینو لوپز|USA||154|0|۲۵ هزار نیروی ذخیره
USAGOV|رئیس_جمهور آمریکا|VENGOV||130|0|هر کشتی دیگری
BRAGOV|برزیل و کلمبیا|USAGOV||0256|0|خویشتن_داری هر دو طرف
BRAGOV|برزیل و کلمبیا|VENGOV||0256|0|خویشتن_داری هر دو طرف
""",
  notes="The seizure is stated by a verb only in the lead (the body has the participle 'توقیف‌شده') = 171 → VEN. Maduro: criticism (111) and ordering full alert (152 → USA) in one sentence. Reservists called up (passive, in the minister's speech) = 154. Threat to seize further ships = 130. Joint appeal of Brazil and Colombia to both sides: first-named source (BRAGOV), one event per addressee. No breadcrumb: section null; date line after the body."),

A(name="hamshahri-01", agency="hamshahri", kind="txt", crumbs=["صفحه نخست", "محیط زیست"], published="2026-11-29T09:15+03:30", today=True,
  kicker="پیش_بینی هواشناسی",
  title="سامانه بارشی تازه از سه_شنبه وارد کشور می_شود؛ هوای تهران پاک می_شود",
  lead="کارشناس سازمان هواشناسی از ورود یک سامانه بارشی از غرب کشور خبر داد که تا پایان هفته بیشتر استان_ها را فرا می_گیرد.",
  body=[
   "به گزارش همشهری آنلاین، این سامانه از بعدازظهر سه_شنبه ابتدا در استان_های آذربایجان غربی، کردستان و کرمانشاه سبب بارش باران و در ارتفاعات سبب بارش برف خواهد شد.",
   "فاطمه رحیمی، کارشناس سازمان هواشناسی، گفت که با فعالیت این سامانه از روز چهارشنبه غلظت آلاینده_ها در تهران، کرج و اصفهان به طور محسوسی کاهش می_یابد.",
   "وی افزود: «دمای هوا در شمال غرب کشور تا ۸ درجه کاهش پیدا می_کند و رانندگان باید در گردنه_های کوهستانی تجهیزات زمستانی همراه داشته باشند.»",
   "به گفته این کارشناس، وزش باد شدید در خلیج فارس سبب مواج شدن دریا می_شود و تردد شناورهای سبک از روز پنجشنبه ممنوع است.",
  ],
  tags=["هواشناسی", "آلودگی هوا"], related=["شاخص کیفیت هوای تهران در وضعیت ناسالم"],
  ents="""
سازمان هواشناسی|ORG|Iran Meteorological Organization|IRNGOV
تهران|GPE|Tehran|IRN
همشهری آنلاین|ORG|Hamshahri Online|
آذربایجان غربی|GPE|West Azerbaijan|IRN
کردستان|GPE|Kurdistan Province|IRN
کرمانشاه|GPE|Kermanshah|IRN
فاطمه رحیمی|PER|Fatemeh Rahimi|IRNGOV
کرج|GPE|Karaj|IRN
اصفهان|GPE|Isfahan|IRN
خلیج فارس|LOC|Persian Gulf|
""",
  quotes=[("Fatemeh Rahimi", "فاطمه رحیمی", "r", "با فعالیت این سامانه از روز چهارشنبه غلظت آلاینده_ها در تهران، کرج و اصفهان به طور محسوسی کاهش می_یابد"),
          ("Fatemeh Rahimi", "وی", "d", "دمای هوا در شمال غرب کشور تا ۸ درجه کاهش پیدا می_کند و رانندگان باید در گردنه_های کوهستانی تجهیزات زمستانی همراه داشته باشند.")],
  events="",
  notes="Weather: no political event."),

A(name="hamshahri-02", agency="hamshahri", kind="html", degrade="latin", crumbs=["جهان", "آفریقا"], published="2026-11-26T13:00+03:30",
  meta="og", caption="تانکرهای سوخت سوخته در جاده سگو", more=["کودتاچیان ساحل و خروج نیروهای فرانسوی"],
  kicker="بحران ساحل",
  title="محاصره سوخت باماکو ادامه دارد؛ دولت نظامی مالی پخش دو شبکه فرانسوی را متوقف کرد",
  lead="شبه_نظامیان جماعت نصرت اسلام و مسلمین همچنان مسیرهای اصلی انتقال سوخت به پایتخت مالی را بسته نگه داشته_اند.",
  body=[
   "به گزارش همشهری آنلاین به نقل از خبرگزاری فرانسه، شبه_نظامیان وابسته به القاعده روز سه_شنبه بار دیگر کاروانی متشکل از ۴۰ تانکر سوخت را در جاده سگو به باماکو متوقف و ۱۲ دستگاه از آن_ها را به آتش کشیدند.",
   "به گفته منابع محلی، مهاجمان دو راننده تانکرها را نیز با خود برده_اند.",
   "ارتش مالی اعلام کرد که در عملیاتی هوایی در منطقه کولیکورو ۳۰ شبه_نظامی را از پا درآورده است.",
   "در همین حال، شورای عالی ارتباطات مالی روز چهارشنبه پخش شبکه_های فرانس ۲۴ و تی_وی_سنک موند را به اتهام انتشار تبلیغات گروه_های تروریستی برای مدتی نامعلوم تعلیق کرد.",
   "وزارت امور خارجه فرانسه این تصمیم را «حمله_ای دیگر به آزادی رسانه_ها» خواند.",
   "رئیس دولت نظامی نیجر که روز دوشنبه در باماکو با همتای مالیایی خود دیدار کرده بود، وعده داد کاروان_های سوخت از مسیر نیامی با اسکورت نظامی به مالی ارسال شوند.",
  ],
  tags=["مالی", "ساحل", "القاعده"], comments=["فرانسه خودش مقصر است"],
  ents="""
باماکو|GPE|Bamako|MLI
مالی|GPE|Mali|MLI
جماعت نصرت اسلام و مسلمین|ORG|Jama'at Nusrat al-Islam wal-Muslimin|MLIREB
همشهری آنلاین|ORG|Hamshahri Online|
خبرگزاری فرانسه|ORG|AFP|
القاعده|ORG|al-Qaeda|
سگو|GPE|Segou|MLI
ارتش مالی|ORG|Malian Armed Forces|MLIMIL
کولیکورو|GPE|Koulikoro|MLI
شورای عالی ارتباطات مالی|ORG|High Authority for Communication of Mali|MLIGOV
فرانس ۲۴|ORG|France 24|FRAMED
تی_وی_سنک موند|ORG|TV5Monde|FRAMED
وزارت امور خارجه فرانسه|ORG|Ministry of Foreign Affairs of France|FRAGOV
نیجر|GPE|Niger|NER
نیامی|GPE|Niamey|NER
""",
  sources=["AFP"],
  quotes=[("Malian Armed Forces", "ارتش مالی", "r", "در عملیاتی هوایی در منطقه کولیکورو ۳۰ شبه_نظامی را از پا درآورده است"),
          ("Ministry of Foreign Affairs of France", "وزارت امور خارجه فرانسه", "d", "حمله_ای دیگر به آزادی رسانه_ها")],
  events="""
MLIREB|شبه_نظامیان وابسته به القاعده|MLI|کاروانی متشکل از ۴۰ تانکر سوخت|191|0|کاروانی متشکل از ۴۰ تانکر
MLIREB|شبه_نظامیان وابسته به القاعده|MLI|۱۲ دستگاه از آن_ها|1712|0|کاروانی متشکل از ۴۰ تانکر
MLIREB|مهاجمان|MLICVL|دو راننده تانکرها|181|0|با خود برده_اند
MLIMIL|ارتش مالی|MLIREB|شبه_نظامی|195|0|در عملیاتی هوایی
MLIGOV|شورای عالی ارتباطات مالی|FRAMED|شبکه_های فرانس ۲۴ و تی_وی_سنک موند|172|0|شورای عالی ارتباطات
FRAGOV|وزارت امور خارجه فرانسه|MLIGOV||111|0|حمله_ای دیگر
NERGOV|رئیس دولت نظامی نیجر|MLIGOV|همتای مالیایی خود|042|0|رئیس دولت نظامی نیجر
NERGOV|رئیس دولت نظامی نیجر|MLI|مالی|033|0|رئیس دولت نظامی نیجر
""",
  notes="JNIM ('affiliated with al-Qaeda') = MLIREB. Stopping the convoy = 191, burning tankers = 1712, both in one sentence. Abduction of two drivers ('به گفته', not a quote) = 181. Army air strike (in its own statement) = 195. Suspending two French channels = 172 → FRAMED. Niger's leader: Monday's visit to Bamako (pluperfect, this news cycle) = 042 and promise of escorted fuel convoys = 033 → MLI."),

A(name="entekhab-01", agency="entekhab", kind="html", crumbs=["اقتصادی", "بازار ارز"], published="2026-11-25T15:45+03:30",
  meta="og", caption="تابلوی نرخ ارز در یک صرافی در خیابان فردوسی", more=["پیش_بینی بازار ارز در هفته آینده"],
  title="دلار در بازار آزاد از مرز ۱۱۵ هزار تومان گذشت",
  lead="نرخ دلار در معاملات امروز بازار آزاد تهران با ۲ درصد افزایش به ۱۱۵ هزار و ۴۰۰ تومان رسید.",
  body=[
   "به گزارش انتخاب، فعالان بازار ارز جهش امروز را به خبر افزایش تنش_های منطقه_ای و کاهش عرضه اسکناس در صرافی_های مجاز نسبت می_دهند.",
   "رئیس کل بانک مرکزی در حاشیه جلسه هیئت دولت گفت که ذخایر ارزی کشور برای کنترل بازار کافی است و نوسان اخیر موقتی خواهد بود.",
   "یک عضو کمیسیون اقتصادی مجلس اما مدعی شد که بانک مرکزی با تأخیر در تخصیص ارز به واردکنندگان، خود عامل اصلی التهاب بازار بوده است.",
   "وزارت خزانه_داری آمریکا نیز روز گذشته دو شرکت پتروشیمی ایرانی و شش نفتکش را به فهرست تحریم_های خود افزود؛ اقدامی که به اعتقاد کارشناسان بر انتظارات تورمی دامن زده است.",
  ],
  tags=["دلار", "بازار ارز", "بانک مرکزی"], comments=["حقوق ما کفاف نمی_دهد"],
  ents="""
تهران|GPE|Tehran|IRN
انتخاب|ORG|Entekhab|
بانک مرکزی|ORG|Central Bank of Iran|IRNGOV
کمیسیون اقتصادی مجلس|ORG|Economic Committee of the Parliament|IRNLEG
وزارت خزانه_داری آمریکا|ORG|US Department of the Treasury|USAGOV
""",
  quotes=[("Governor of the Central Bank of Iran", "رئیس کل بانک مرکزی", "r", "ذخایر ارزی کشور برای کنترل بازار کافی است و نوسان اخیر موقتی خواهد بود"),
          ("member of the Economic Committee of the Parliament", "یک عضو کمیسیون اقتصادی مجلس", "r", "بانک مرکزی با تأخیر در تخصیص ارز به واردکنندگان، خود عامل اصلی التهاب بازار بوده است")],
  events="""
IRNGOV|رئیس کل بانک مرکزی|||013|0|نوسان اخیر موقتی
IRNLEG|یک عضو کمیسیون اقتصادی مجلس|IRNGOV|بانک مرکزی|112|0|عامل اصلی التهاب
USAGOV|وزارت خزانه_داری آمریکا|IRNBUS|دو شرکت پتروشیمی ایرانی|163|0|به فهرست تحریم_های خود افزود
""",
  notes="Central bank governor's reassurance = 013 (no addressee). MP's 'مدعی شد' blaming the central bank = 112 (IRNLEG → IRNGOV). New US sanctions on two companies and tankers = 163 → IRNBUS."),
]
