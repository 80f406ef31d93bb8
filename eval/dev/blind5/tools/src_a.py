# blind5 articles 1-10. "_" = ZWNJ. Events: (source, source_text, target, target_text, cameo, negated, sentence)
ARTICLES = []
A = ARTICLES.append

s1 = 'به گزارش گروه بین_الملل خبرگزاری تسنیم به نقل از خبرگزاری تاس، وزارت دفاع روسیه روز شنبه اعلام کرد که نیروهای این کشور شب گذشته با «سلاح_های دقیق دوربرد» تأسیسات نظامی و صنعتی اوکراین را هدف قرار داده_اند.'
s2 = 'ایهور تره_خوف، شهردار خارکیف، در پیامی نوشت که دست_کم ۴۰ پهپاد و سه موشک کروز به سوی این شهر شلیک شد و بخش_هایی از شبکه برق و گرمایش شهری از کار افتاد. به گفته وی، در این حمله یازده غیرنظامی از جمله دو کودک زخمی شدند.'
s3 = 'ولودیمیر زلنسکی، رئیس_جمهور اوکراین، ساعاتی پس از این حمله از شرکای غربی کی_یف خواست تحویل سامانه_های پدافند هوایی را سرعت بخشند.'
s4 = 'وی همچنین مسکو را به «تروریسم انرژی» متهم کرد و گفت: «روسیه می_خواهد زمستان را به سلاحی علیه مردم ما تبدیل کند.»'
s5 = 'در مقابل، دمیتری پسکوف، سخنگوی کرملین، به خبرنگاران گفت که ارتش روسیه تنها اهداف نظامی و زیرساخت_های مرتبط با صنایع دفاعی را هدف می_گیرد.'
s6 = 'این حمله دو روز پس از آن صورت گرفت که هیئت_های آمریکا و اوکراین در ژنو درباره طرح پیشنهادی واشنگتن برای پایان جنگ مذاکره کرده بودند. مقام_های اروپایی می_گویند هنوز درباره جزئیات این طرح اتفاق نظری وجود ندارد و بحث بر سر مرزها و تضمین_های امنیتی ادامه دارد.'
A(dict(name='tasnim-01', id='3401187', agency='tasnim', kind='txt', degrade=['nozwnj'], section='بین_الملل',
  published='2026-11-28T11:20+03:30', kicker='جنگ اوکراین',
  title='حمله گسترده پهپادی و موشکی روسیه به خارکیف',
  lead='زیرساخت_های انرژی شهر خارکیف در شرق اوکراین شامگاه جمعه هدف ده_ها پهپاد و چند موشک کروز قرار گرفت و رئیس_جمهور اوکراین بار دیگر از متحدان غربی سامانه پدافندی طلب کرد.',
  body=[s1, s2, s3 + ' ' + s4, s5, s6],
  related=['پیشنهاد تازه واشنگتن برای آتش_بس در اوکراین', 'نشست وزرای دفاع ناتو در بروکسل'], tags=['اوکراین', 'روسیه'],
  sources=['TASS'],
  ents=[('خبرگزاری تسنیم','ORG','Tasnim News Agency','IRNMED'),('خبرگزاری تاس','ORG','TASS','RUSMED'),
        ('وزارت دفاع روسیه','ORG','Ministry of Defence of Russia','RUSMIL'),('اوکراین','GPE','Ukraine','UKR'),
        ('روسیه','GPE','Russia','RUS'),('خارکیف','GPE','Kharkiv','UKR'),('ایهور تره_خوف','PER','Ihor Terekhov','UKRGOV'),
        ('ولودیمیر زلنسکی','PER','Volodymyr Zelensky','UKRGOV'),('کی_یف','GPE','Kyiv','UKR'),('مسکو','GPE','Moscow','RUS'),
        ('دمیتری پسکوف','PER','Dmitry Peskov','RUSGOV'),('کرملین','ORG','Kremlin','RUSGOV'),('ارتش روسیه','ORG','Russian Armed Forces','RUSMIL'),
        ('آمریکا','GPE','United States','USA'),('ژنو','GPE','Geneva','CHE'),('واشنگتن','GPE','Washington','USA')],
  quotes=[('نیروهای این کشور شب گذشته با «سلاح_های دقیق دوربرد» تأسیسات نظامی و صنعتی اوکراین را هدف قرار داده_اند','Ministry of Defence of Russia','وزارت دفاع روسیه',False),
          ('روسیه می_خواهد زمستان را به سلاحی علیه مردم ما تبدیل کند.','Volodymyr Zelensky','وی',True),
          ('ارتش روسیه تنها اهداف نظامی و زیرساخت_های مرتبط با صنایع دفاعی را هدف می_گیرد','Dmitry Peskov','دمیتری پسکوف',False)],
  events=[('RUSMIL','نیروهای این کشور','UKR','اوکراین','195',False,s1),
          ('UKRGOV','ولودیمیر زلنسکی',None,'شرکای غربی کی_یف','0232',False,s3),
          ('UKRGOV','وی','RUSGOV','مسکو','112',False,s4),
          ('USAGOV','آمریکا','UKRGOV','اوکراین','046',False,s6)],
  notes='The strike is one act: coded once from the MoD sentence (actor and target explicit), not again from the mayor\'s passive. "نوشت که" is not a quote verb. Western partners = generic target (null). Geneva talks two days earlier = same news cycle, pluperfect, coded 046.'))

s1 = 'به گزارش ایرنا به نقل از خبرگزاری فرانسه، وزیران خارجه ۲۷ کشور عضو اتحادیه اروپا روز دوشنبه در بروکسل بیست_ودومین بسته تحریم_ها علیه روسیه را تصویب کردند.'
s2 = 'این بسته صادرات گاز مایع روسیه به بنادر اروپایی را از آغاز سال ۲۰۲۷ ممنوع می_کند و ۴۵ نفتکش دیگر از «ناوگان سایه» مسکو را در فهرست سیاه قرار می_دهد.'
s3 = 'کایا کالاس، مسئول سیاست خارجی اتحادیه اروپا، پس از نشست تأکید کرد که فشار بر کرملین تا زمانی که نیروهای روسیه در خاک اوکراین حضور دارند کاهش نخواهد یافت.'
s4 = 'تصویب این بسته هفته_ها به دلیل مخالفت مجارستان و اسلواکی معطل مانده بود. بوداپست سرانجام پس از آنکه کمیسیون اروپا برای تأمین انرژی این کشور تضمین_هایی داد، از وتوی خود دست کشید.'
s5 = 'وزارت خارجه روسیه در واکنش، تحریم_های تازه را «غیرقانونی» خواند و هشدار داد که مسکو به این اقدام پاسخ متقابل خواهد داد.'
s6 = 'ماریا زاخارووا، سخنگوی این وزارتخانه، نیز اروپا را به «خودزنی اقتصادی» متهم کرد و افزود که شهروندان اروپایی هزینه این سیاست را با قبوض گران_تر انرژی می_پردازند.'
A(dict(name='irna-01', id='85290114', agency='irna', kind='html', section='بین_الملل', jsonld=True,
  published='2026-11-23T19:05+03:30', kicker='',
  title='اتحادیه اروپا بسته بیست_ودوم تحریم_ها علیه روسیه را تصویب کرد',
  lead='وزیران خارجه اتحادیه اروپا با کنار رفتن مخالفت مجارستان، بسته تازه_ای از تحریم_ها را تصویب کردند که واردات گاز مایع روسیه را هدف گرفته است.',
  body=[s1, s2, s3, s4, s5 + ' ' + s6], irna_code='خبرنگار: محمد رضایی - ۲۱۱۰',
  related=['قیمت گاز در اروپا افزایش یافت', 'نشست سران اتحادیه اروپا در ماه دسامبر'], tags=['اتحادیه اروپا', 'تحریم', 'روسیه'],
  comments=[('علی', 'این تحریم_ها فایده_ای ندارد')],
  sources=['AFP'],
  ents=[('ایرنا','ORG','IRNA','IRNMED'),('خبرگزاری فرانسه','ORG','AFP','FRAMED'),('اتحادیه اروپا','ORG','European Union','IGOEUR'),
        ('بروکسل','GPE','Brussels','BEL'),('روسیه','GPE','Russia','RUS'),('مسکو','GPE','Moscow','RUS'),('کایا کالاس','PER','Kaja Kallas','IGOEUR'),
        ('کرملین','ORG','Kremlin','RUSGOV'),('اوکراین','GPE','Ukraine','UKR'),('مجارستان','GPE','Hungary','HUN'),('اسلواکی','GPE','Slovakia','SVK'),
        ('بوداپست','GPE','Budapest','HUN'),('کمیسیون اروپا','ORG','European Commission','IGOEUR'),('وزارت خارجه روسیه','ORG','Ministry of Foreign Affairs of Russia','RUSGOV'),
        ('ماریا زاخارووا','PER','Maria Zakharova','RUSGOV'),('اروپا','LOC','Europe',None)],
  quotes=[('فشار بر کرملین تا زمانی که نیروهای روسیه در خاک اوکراین حضور دارند کاهش نخواهد یافت','Kaja Kallas','کایا کالاس',False),
          ('مسکو به این اقدام پاسخ متقابل خواهد داد','Ministry of Foreign Affairs of Russia','وزارت خارجه روسیه',False),
          ('شهروندان اروپایی هزینه این سیاست را با قبوض گران_تر انرژی می_پردازند','Maria Zakharova','ماریا زاخارووا',False)],
  events=[('IGOEUR','اتحادیه اروپا','RUS','روسیه','163',False,s1),
          ('HUNGOV','بوداپست','IGOEUR','کمیسیون اروپا','080',False,s4),
          ('RUSGOV','وزارت خارجه روسیه','IGOEUR','تحریم_های تازه','111',False,s5),
          ('RUSGOV','مسکو','IGOEUR',None,'130',False,s5),
          ('RUSGOV','ماریا زاخارووا','IGOEUR','اروپا','112',False,s6)],
  notes='Sanctions package = 163 with bare RUS target (economic). Hungary dropping its veto = 080 (yield) toward the EU. "پاسخ متقابل" threat without stated means = 130 (family only). Europe as a continent = LOC; target of Zakharova\'s accusation resolved to the EU.'))

s1 = 'به گزارش ایسنا به نقل از رادیو بین_المللی فرانسه، نیروهای امنیتی مالی روز چهارشنبه عمر دیارا، خبرنگار مستقل و همکار چند رسانه محلی، را در منزلش در باماکو بازداشت کردند.'
s2 = 'دادستانی باماکو روز پنجشنبه اتهام «تضعیف روحیه ارتش» و «انتشار اخبار نادرست» را به او تفهیم کرد.'
s3 = 'دیارا در هفته_های اخیر چند گزارش درباره کمبود سوخت در پایتخت و محاصره جاده_های منتهی به آن از سوی شبه_نظامیان منتشر کرده بود.'
s4 = 'سازمان گزارشگران بدون مرز این بازداشت را به شدت محکوم کرد و از مقام_های نظامی مالی خواست این روزنامه_نگار را فوراً و بدون قید و شرط آزاد کنند.'
s5 = 'سادیبو مارونگ، مدیر دفتر آفریقای این سازمان، گفت که شورای نظامی حاکم بر مالی از زمان به قدرت رسیدن، رسانه_های مستقل را گام به گام خاموش کرده است.'
s6 = 'دولت انتقالی مالی تاکنون درباره این پرونده اظهار نظری نکرده است. پیش_تر نیز پخش برنامه_های چند شبکه خارجی در این کشور متوقف شده بود.'
A(dict(name='isna-01', id='1405090500812', agency='isna', kind='txt', degrade=['arabic'], section='بین_الملل',
  published='2026-11-26T16:40+03:30', datefmt='slash', kicker='',
  title='بازداشت یک روزنامه_نگار در مالی؛ گزارشگران بدون مرز خواستار آزادی او شد',
  lead='یک خبرنگار مستقل در باماکو پس از انتشار گزارش_هایی درباره بحران سوخت بازداشت و به «تضعیف روحیه ارتش» متهم شد.',
  body=[s1, s2 + ' ' + s3, s4, s5, s6],
  related=['افزایش حملات شبه_نظامیان در ساحل آفریقا'], tags=['مالی', 'آزادی مطبوعات'],
  sources=['RFI'],
  ents=[('ایسنا','ORG','ISNA','IRNMED'),('رادیو بین_المللی فرانسه','ORG','RFI','FRAMED'),('مالی','GPE','Mali','MLI'),
        ('عمر دیارا','PER','Oumar Diarra','MLIMED'),('دیارا','PER','Oumar Diarra','MLIMED'),('باماکو','GPE','Bamako','MLI'),
        ('دادستانی باماکو','ORG','Bamako prosecutor\'s office','MLIJUD'),
        ('سازمان گزارشگران بدون مرز','ORG','Reporters Without Borders','NGORSF'),('گزارشگران بدون مرز','ORG','Reporters Without Borders','NGORSF'),
        ('سادیبو مارونگ','PER','Sadibou Marong','NGORSF'),('شورای نظامی حاکم بر مالی','ORG','Malian military junta','MLIGOV'),
        ('دولت انتقالی مالی','ORG','Transitional government of Mali','MLIGOV')],
  quotes=[('شورای نظامی حاکم بر مالی از زمان به قدرت رسیدن، رسانه_های مستقل را گام به گام خاموش کرده است','Sadibou Marong','سادیبو مارونگ',False)],
  events=[('MLICOP','نیروهای امنیتی مالی','MLIMED','عمر دیارا','173',False,s1),
          ('MLIJUD','دادستانی باماکو','MLIMED','او','173',False,s2),
          ('NGORSF','سازمان گزارشگران بدون مرز','MLIGOV','بازداشت','111',False,s4),
          ('NGORSF','سازمان گزارشگران بدون مرز','MLIGOV','مقام_های نظامی مالی','0253',False,s4),
          ('NGORSF','سادیبو مارونگ','MLIGOV','شورای نظامی حاکم بر مالی','112',False,s5)],
  notes='Arrest and formal charge are two acts (173 each). The title is not coded. Condemnation + call for release in one sentence = two events. The Mali government "made no comment" is 011 at most; not coded (a non-act). Earlier suspension of channels is background.'))

s1 = 'به گزارش خبرگزاری مهر، رافائل گروسی، مدیرکل آژانس بین_المللی انرژی اتمی، روز سه_شنبه در سفری از پیش اعلام_نشده وارد مسکو شد و با الکسی لیخاچف، رئیس شرکت دولتی روس_اتم، دیدار و گفت_وگو کرد.'
s2 = 'محور اصلی این دیدار وضعیت نیروگاه اتمی زاپروژیا بود که از سال ۲۰۲۲ در کنترل نیروهای روسیه است و در ماه_های اخیر چند بار برق خارجی آن قطع شده است.'
s3 = 'گروسی پس از دیدار به خبرنگاران گفت که دو طرف بر سر یک «برنامه فنی» برای تعمیر خطوط انتقال برق اطراف نیروگاه به توافق رسیده_اند.'
s4 = 'وی افزود: «این خطوط تنها شریان حیاتی نیروگاه است و هر روز تأخیر، خطر یک حادثه جدی را بیشتر می_کند.»'
s5 = 'لیخاچف نیز اعلام کرد که روسیه آماده است به بازرسان آژانس اجازه دهد از بخش_های تازه_ای از نیروگاه بازدید کنند.'
s6 = 'اوکراین اما این گفت_وگوها را مورد انتقاد قرار داد. وزارت خارجه اوکراین در بیانیه_ای از آژانس خواست از هر اقدامی که به «مشروعیت_بخشی به اشغال» نیروگاه تعبیر شود پرهیز کند.'
A(dict(name='mehr-01', id='6673021', agency='mehr', kind='html', section='بین_الملل', degrade=['zwnjspace'],
  published='2026-11-24T21:10+03:30', kicker='در سفر به مسکو',
  title='توافق گروسی و روس_اتم بر سر تعمیر خطوط برق نیروگاه زاپروژیا',
  lead='مدیرکل آژانس بین_المللی انرژی اتمی در مسکو با رئیس روس_اتم درباره امنیت نیروگاه زاپروژیا رایزنی کرد.',
  body=[s1, s2, s3 + ' ' + s4, s5, s6],
  readmore='نگرانی آژانس از قطع برق نیروگاه_های اوکراین',
  related=['گروسی: بازرسی_ها باید از سر گرفته شود'], tags=['آژانس بین_المللی انرژی اتمی', 'زاپروژیا'],
  sources=[],
  ents=[('خبرگزاری مهر','ORG','Mehr News Agency','IRNMED'),('رافائل گروسی','PER','Rafael Grossi','IGOUNOIAE'),('گروسی','PER','Rafael Grossi','IGOUNOIAE'),
        ('آژانس بین_المللی انرژی اتمی','ORG','International Atomic Energy Agency','IGOUNOIAE'),('مسکو','GPE','Moscow','RUS'),
        ('الکسی لیخاچف','PER','Alexey Likhachev','RUSGOV'),('لیخاچف','PER','Alexey Likhachev','RUSGOV'),('روس_اتم','ORG','Rosatom','RUSGOV'),
        ('زاپروژیا','GPE','Zaporizhzhia','UKR'),('روسیه','GPE','Russia','RUS'),('اوکراین','GPE','Ukraine','UKR'),
        ('وزارت خارجه اوکراین','ORG','Ministry of Foreign Affairs of Ukraine','UKRGOV'),('آژانس','ORG','International Atomic Energy Agency','IGOUNOIAE')],
  quotes=[('دو طرف بر سر یک «برنامه فنی» برای تعمیر خطوط انتقال برق اطراف نیروگاه به توافق رسیده_اند','Rafael Grossi','گروسی',False),
          ('این خطوط تنها شریان حیاتی نیروگاه است و هر روز تأخیر، خطر یک حادثه جدی را بیشتر می_کند.','Rafael Grossi','وی',True),
          ('روسیه آماده است به بازرسان آژانس اجازه دهد از بخش_های تازه_ای از نیروگاه بازدید کنند','Alexey Likhachev','لیخاچف',False)],
  events=[('IGOUNOIAE','رافائل گروسی','RUSGOV','الکسی لیخاچف','042',False,s1),
          ('IGOUNOIAE','دو طرف','RUSGOV',None,'030',False,s3),
          ('RUSGOV','روسیه','IGOUNOIAE','بازرسان آژانس','0355',False,s5),
          ('UKRGOV','اوکراین','IGOUNOIAE','این گفت_وگوها','111',False,s6),
          ('UKRGOV','وزارت خارجه اوکراین','IGOUNOIAE','آژانس','020',False,s6)],
  notes='Visit to Moscow + meeting = one 042 (IAEA -> RUSGOV). "به توافق رسیده‌اند" on a plan not yet signed = 030 (intent to cooperate), symmetric, first-named party source; target kept as RUSGOV because the article names a single counterpart. "آماده است اجازه دهد" bazresan = 0355. Ukraine asking the agency to refrain = generic appeal 020. Entity type of Zaporizhzhia: GPE (city/oblast).'))

s1 = 'به گزارش خبرگزاری فارس به نقل از رویترز، وزارت بازرگانی چین روز جمعه اعلام کرد که از اول دسامبر صدور مجوز برای صادرات گالیم، ژرمانیوم و چند فلز کمیاب دیگر به شرکت_های آمریکایی فعال در صنایع دفاعی متوقف می_شود.'
s2 = 'این وزارتخانه تصمیم خود را پاسخی به «محدودیت_های غیرمنصفانه» واشنگتن بر فروش تراشه_های پیشرفته به چین توصیف کرد.'
s3 = 'ساعاتی بعد، نماینده تجاری آمریکا تهدید کرد که اگر پکن این محدودیت_ها را لغو نکند، تعرفه_های تازه_ای بر واردات باتری و خودروهای برقی چینی وضع خواهد شد.'
s4 = 'او در گفت_وگو با شبکه سی_ان_بی_سی تصریح کرد که ایالات متحده «اجازه نخواهد داد زنجیره تأمین صنایع دفاعی_اش گروگان گرفته شود».'
s5 = 'لین جیان، سخنگوی وزارت خارجه چین، در نشست خبری روزانه این تهدیدها را «باج_خواهی آشکار» خواند و آمریکا را مسئول تشدید تنش دانست.'
s6 = 'تحلیلگران بازار می_گویند چین بیش از ۹۰ درصد گالیم جهان را تولید می_کند و جایگزینی آن در کوتاه_مدت تقریباً ناممکن است.'
A(dict(name='fars-01', id='14050907000351', agency='fars', kind='txt', section='اقتصاد بین_الملل',
  published='2026-11-27T14:45+03:30', kicker='جنگ تجاری',
  title='پکن صادرات فلزات کمیاب به صنایع دفاعی آمریکا را متوقف کرد',
  lead='چین در پاسخ به محدودیت_های آمریکا بر فروش تراشه، صادرات فلزات حیاتی به شرکت_های دفاعی آمریکایی را ممنوع کرد و واشنگتن به وضع تعرفه_های تازه تهدید کرد.',
  body=[s1, s2, s3 + ' ' + s4, s5, s6], suffix=True,
  related=['کاهش رشد صادرات چین در ماه اکتبر'], tags=['چین', 'آمریکا', 'تعرفه'],
  sources=['Reuters', 'CNBC'],
  ents=[('خبرگزاری فارس','ORG','Fars News Agency','IRNMED'),('رویترز','ORG','Reuters','GBRMED'),('وزارت بازرگانی چین','ORG','Ministry of Commerce of China','CHNGOV'),
        ('چین','GPE','China','CHN'),('پکن','GPE','Beijing','CHN'),('واشنگتن','GPE','Washington','USA'),('آمریکا','GPE','United States','USA'),
        ('سی_ان_بی_سی','ORG','CNBC','USAMED'),('ایالات متحده','GPE','United States','USA'),('لین جیان','PER','Lin Jian','CHNGOV'),
        ('وزارت خارجه چین','ORG','Ministry of Foreign Affairs of China','CHNGOV')],
  quotes=[('از اول دسامبر صدور مجوز برای صادرات گالیم، ژرمانیوم و چند فلز کمیاب دیگر به شرکت_های آمریکایی فعال در صنایع دفاعی متوقف می_شود','Ministry of Commerce of China','وزارت بازرگانی چین',False),
          ('ایالات متحده «اجازه نخواهد داد زنجیره تأمین صنایع دفاعی_اش گروگان گرفته شود»','United States Trade Representative','نماینده تجاری آمریکا',False)],
  events=[('CHNGOV','وزارت بازرگانی چین','USABUS','شرکت_های آمریکایی','163',False,s1),
          ('USAGOV','نماینده تجاری آمریکا','CHNGOV','پکن','1312',False,s3),
          ('CHNGOV','لین جیان','USAGOV','این تهدیدها','111',False,s5),
          ('CHNGOV','لین جیان','USAGOV','آمریکا','112',False,s5)],
  notes='Export ban = 163 (embargo) on US defence firms (USABUS). Tariff threat conditional on Beijing = 1312. "باج‌خواهی خواند" = 111, "مسئول دانست" = 112, two acts in one sentence. The quote keeps the inner guillemets. CNBC cited ("در گفت‌وگو با") counted as attributed.'))

s1 = 'سازمان ملل متحد روز یکشنبه اعلام کرد که نیروهای واکنش سریع در جریان حمله به اردوگاه آوارگان ابوشوک در نزدیکی شهر الفاشر دست_کم ۶۰ غیرنظامی را کشته_اند.'
s2 = 'به گفته شاهدان عینی، مهاجمان پس از گلوله_باران اردوگاه با خودروهای مسلح وارد آن شدند و خانه_ها را به آتش کشیدند.'
s3 = 'تام فلچر، معاون دبیرکل سازمان ملل در امور بشردوستانه، این حمله را «وحشیانه» توصیف کرد و از طرفین درگیری خواست فوراً به آتش_بس انسانی تن دهند.'
s4 = 'وی همچنین از کشورهای کمک_کننده درخواست کرد سهم خود در تأمین بودجه عملیات امدادی در دارفور را افزایش دهند.'
s5 = 'نیروهای واکنش سریع در بیانیه_ای مسئولیت کشتار غیرنظامیان را نپذیرفتند و مدعی شدند که اردوگاه به پایگاهی برای شبه_نظامیان هوادار ارتش سودان تبدیل شده بود.'
s6 = 'در همین حال، برنامه جهانی غذا اعلام کرد که نخستین کاروان کمک_های غذایی پس از سه ماه روز شنبه به شهر طویله رسیده و میان حدود ۴۰ هزار آواره توزیع شده است. جنگ میان ارتش و نیروهای واکنش سریع از آوریل ۲۰۲۳ تاکنون میلیون_ها نفر را آواره کرده است.'
A(dict(name='bbcpersian-01', id='c8e41kq2', agency='bbcpersian', kind='html', section='جهان', og=True, jsonld=True,
  published='2026-11-29T09:30+00:00',
  title='سازمان ملل: دست_کم ۶۰ غیرنظامی در حمله به اردوگاه آوارگان در دارفور کشته شدند',
  lead=None,
  body=[s1, s2, s3, s4, s5, s6], caption='آوارگان سودانی در اردوگاهی در شمال دارفور',
  related=['سودان؛ جنگی که فراموش شد'], tags=['سودان', 'دارفور'],
  sources=[],
  ents=[('سازمان ملل متحد','ORG','United Nations','IGOUNO'),('سازمان ملل','ORG','United Nations','IGOUNO'),('نیروهای واکنش سریع','ORG','Rapid Support Forces','SDNREB'),
        ('ابوشوک','LOC','Abu Shouk','SDN'),('الفاشر','GPE','El Fasher','SDN'),('تام فلچر','PER','Tom Fletcher','IGOUNO'),('دارفور','LOC','Darfur','SDN'),
        ('ارتش سودان','ORG','Sudanese Armed Forces','SDNMIL'),('برنامه جهانی غذا','ORG','World Food Programme','IGOUNOWFP'),('طویله','GPE','Tawila','SDN')],
  quotes=[('نیروهای واکنش سریع در جریان حمله به اردوگاه آوارگان ابوشوک در نزدیکی شهر الفاشر دست_کم ۶۰ غیرنظامی را کشته_اند','United Nations','سازمان ملل متحد',False),
          ('اردوگاه به پایگاهی برای شبه_نظامیان هوادار ارتش سودان تبدیل شده بود','Rapid Support Forces','نیروهای واکنش سریع',False),
          ('نخستین کاروان کمک_های غذایی پس از سه ماه روز شنبه به شهر طویله رسیده و میان حدود ۴۰ هزار آواره توزیع شده است','World Food Programme','برنامه جهانی غذا',False)],
  events=[('SDNREB','نیروهای واکنش سریع','SDNCVL','غیرنظامی','202',False,s1),
          ('IGOUNO','تام فلچر','SDNREB','این حمله','111',False,s3),
          ('IGOUNO','تام فلچر','SDNMIL','طرفین درگیری','0256',False,s3),
          ('IGOUNO','تام فلچر','SDNREB','طرفین درگیری','0256',False,s3),
          ('IGOUNO','وی',None,'کشورهای کمک_کننده','0233',False,s4),
          ('SDNREB','نیروهای واکنش سریع','IGOUNO',None,'016',False,s5),
          ('SDNREB','نیروهای واکنش سریع','SDNMIL','ارتش سودان','112',False,s5),
          ('IGOUNOWFP','برنامه جهانی غذا','SDN','طویله','073',False,s6)],
  notes='Killing of ~60 civilians in a camp = 202 (mass killing), CVL target. The shelling in the eyewitness sentence is the same attack, not coded twice. Appeal to "طرفین درگیری" = one 0256 per party (SAF, RSF). RSF "نپذیرفتند مسئولیت" = 016 deny responsibility (no refusal code fits a denial of responsibility); target null->UN as the accuser is the single counterpart. WFP aid delivery = 073 to bare SDN. BBC has no lead.'))

s1 = 'به گزارش رادیو فردا، پلیس ضدشورش گرجستان شامگاه یکشنبه با شلیک گاز اشک_آور و ماشین آب_پاش معترضانی را که مقابل ساختمان پارلمان در تفلیس تجمع کرده بودند پراکنده کرد.'
s2 = 'هزاران نفر برای دومین هفته پیاپی در خیابان روستاولی دست به تظاهرات زده بودند تا به تصویب قانونی اعتراض کنند که فعالیت سازمان_های مدنی دارای بودجه خارجی را محدود می_کند.'
s3 = 'وزارت کشور گرجستان روز دوشنبه خبر داد که ۴۷ نفر از جمله دو روزنامه_نگار در جریان این ناآرامی_ها بازداشت شده_اند.'
s4 = 'اتحادیه اروپا برخورد با معترضان را به باد انتقاد گرفت. سخنگوی کمیسیون اروپا گفت که این قانون با مسیر عضویت گرجستان در اتحادیه «سازگار نیست» و از دولت تفلیس خواست آن را پس بگیرد.'
s5 = 'ایراکلی کوباخیدزه، نخست_وزیر گرجستان، اما هرگونه عقب_نشینی را رد کرد و گفت دولت «زیر فشار خارجی» قانون را تغییر نمی_دهد.'
s6 = 'حزب حاکم رؤیای گرجی پیش_تر نیز بروکسل را به دخالت در امور داخلی کشور متهم کرده بود. رهبران مخالفان برای روز جمعه فراخوان یک راهپیمایی سراسری داده_اند.'
A(dict(name='radiofarda-01', id='33590211', agency='radiofarda', kind='txt', degrade=['latin'], section='جهان',
  published='2026-11-23', datefmt='greg', title2=False,
  title='پراکنده کردن معترضان در تفلیس با گاز اشک_آور؛ اتحادیه اروپا انتقاد کرد',
  lead=None,
  body=[s1, s2, s3, s4, s5, s6],
  related=['قانون «عوامل خارجی» در گرجستان چیست؟'], tags=['گرجستان', 'اعتراضات'],
  sources=[],
  ents=[('رادیو فردا','ORG','Radio Farda','USAMED'),('گرجستان','GPE','Georgia','GEO'),('تفلیس','GPE','Tbilisi','GEO'),('روستاولی','LOC','Rustaveli Avenue','GEO'),
        ('وزارت کشور گرجستان','ORG','Ministry of Internal Affairs of Georgia','GEOCOP'),('اتحادیه اروپا','ORG','European Union','IGOEUR'),
        ('کمیسیون اروپا','ORG','European Commission','IGOEUR'),('ایراکلی کوباخیدزه','PER','Irakli Kobakhidze','GEOGOV'),('رؤیای گرجی','ORG','Georgian Dream','GEOPTY'),
        ('بروکسل','GPE','Brussels','BEL')],
  quotes=[('۴۷ نفر از جمله دو روزنامه_نگار در جریان این ناآرامی_ها بازداشت شده_اند','Ministry of Internal Affairs of Georgia','وزارت کشور گرجستان',False),
          ('این قانون با مسیر عضویت گرجستان در اتحادیه «سازگار نیست» و از دولت تفلیس خواست آن را پس بگیرد','European Commission','سخنگوی کمیسیون اروپا',False)],
  events=[('GEOCOP','پلیس ضدشورش گرجستان','GEOCVL','معترضانی','175',False,s1),
          ('GEOCVL','هزاران نفر','GEOGOV',None,'141',False,s2),
          ('GEOCOP','وزارت کشور گرجستان','GEOCVL','۴۷ نفر','173',False,s3),
          ('IGOEUR','اتحادیه اروپا','GEOGOV','برخورد با معترضان','111',False,s4),
          ('IGOEUR','سخنگوی کمیسیون اروپا','GEOGOV','دولت تفلیس','0242',False,s4),
          ('GEOGOV','ایراکلی کوباخیدزه','IGOEUR',None,'123',False,s5)],
  notes='Tear gas and water cannon on protesters = 175. Protest against a law: target GEOGOV (null text). The reported quote of the Commission spokesman runs to the end of the sentence, including the appeal clause, as the convention says. Refusing to withdraw the law under EU pressure = 123 (reject request for political reform). Georgian Dream accusation is "پیش‌تر" background; the opposition call for a Friday march is a plan, not coded (it would be 133 threat at most).'))

s1 = 'به گزارش ایران اینترنشنال، وزارت خزانه_داری آمریکا روز سه_شنبه ۱۸ مقام ارشد دولت ونزوئلا از جمله رئیس شورای ملی انتخابات این کشور را در فهرست تحریم_ها قرار داد.'
s2 = 'اسکات بسنت، وزیر خزانه_داری آمریکا، در بیانیه_ای گفت که این افراد در «دستکاری نتایج انتخابات و سرکوب معترضان» نقش مستقیم داشته_اند.'
s3 = 'این اقدام دو هفته پس از انتخابات پارلمانی ونزوئلا انجام می_شود که به گفته ناظران مستقل با تقلب گسترده همراه بود و ائتلاف مخالفان نتایج آن را به رسمیت نشناخت.'
s4 = 'ایوان خیل، وزیر خارجه ونزوئلا، تحریم_های جدید را «تجاوز اقتصادی» نامید و کاراکاس را مصمم به ادامه راه خود خواند.'
s5 = 'هم_زمان ده_ها هزار نفر از هواداران مخالفان روز سه_شنبه در کاراکاس و چند شهر دیگر به خیابان آمدند. سازمان دیده_بان حقوق بشر گزارش داد که نیروهای گارد ملی دست_کم ۱۲ معترض را در شهر والنسیا بازداشت کرده_اند.'
s6 = 'ماریا کورینا ماچادو، رهبر مخالفان، از ارتش ونزوئلا خواست «در کنار مردم بایستد».'
s7 = 'دولت کاراکاس نیز روز سه_شنبه اعلام کرد که به هیئت ناظران اتحادیه اروپا برای دور دوم انتخابات محلی اجازه ورود نخواهد داد.'
A(dict(name='iranintl-01', id='202611250871', agency='iranintl', kind='html', section='جهان', jsonld=True, og=True,
  published='2026-11-25T08:15+00:00',
  title='آمریکا ۱۸ مقام ونزوئلایی را تحریم کرد',
  lead=None,
  body=[s1, s2, s3, s4 + ' ' + s7, s5 + ' ' + s6],
  related=['ماچادو: انتخابات ونزوئلا نمایشی بود'], tags=['ونزوئلا', 'تحریم'],
  comments=[('کاربر', 'خیلی دیر است')],
  sources=[],
  ents=[('ایران اینترنشنال','ORG','Iran International','GBRMED'),('وزارت خزانه_داری آمریکا','ORG','US Department of the Treasury','USAGOV'),
        ('ونزوئلا','GPE','Venezuela','VEN'),('شورای ملی انتخابات','ORG','National Electoral Council','VENGOV'),('اسکات بسنت','PER','Scott Bessent','USAGOV'),
        ('آمریکا','GPE','United States','USA'),('ایوان خیل','PER','Yván Gil','VENGOV'),('کاراکاس','GPE','Caracas','VEN'),
        ('سازمان دیده_بان حقوق بشر','ORG','Human Rights Watch','NGOHRW'),('والنسیا','GPE','Valencia','VEN'),('ماریا کورینا ماچادو','PER','María Corina Machado','VENOPP'),
        ('ارتش ونزوئلا','ORG','Venezuelan Armed Forces','VENMIL'),('اتحادیه اروپا','ORG','European Union','IGOEUR')],
  quotes=[('این افراد در «دستکاری نتایج انتخابات و سرکوب معترضان» نقش مستقیم داشته_اند','Scott Bessent','اسکات بسنت',False),
          ('به هیئت ناظران اتحادیه اروپا برای دور دوم انتخابات محلی اجازه ورود نخواهد داد','Government of Venezuela','دولت کاراکاس',False)],
  events=[('USAGOV','وزارت خزانه_داری آمریکا','VENGOV','۱۸ مقام ارشد دولت ونزوئلا','163',False,s1),
          ('USAGOV','اسکات بسنت','VENGOV','این افراد','112',False,s2),
          ('VENGOV','ایوان خیل','USAGOV','تحریم_های جدید','111',False,s4),
          ('VENOPP','ده_ها هزار نفر از هواداران مخالفان','VENGOV',None,'141',False,s5),
          ('VENMIL','نیروهای گارد ملی','VENCVL','۱۲ معترض','173',False,s5),
          ('VENOPP','ماریا کورینا ماچادو','VENMIL','ارتش ونزوئلا','0241',False,s6),
          ('VENGOV','دولت کاراکاس','IGOEUR','هیئت ناظران اتحادیه اروپا','1245',False,s7)],
  notes='Sanctions on named officials: target VENGOV (persons of the government). HRW "گزارش داد" but is an NGO, not media: not in attributed_sources. Opposition non-recognition of results is part of the background clause, not coded. Machado asking the army to side with the people = 0241 (appeal for change in leadership). "اجازه ورود نخواهد داد" to EU observers = 1245 (refusal code, not negation).'))

s1 = 'به گزارش همشهری آنلاین به نقل از بلومبرگ، هشت عضو ائتلاف اوپک پلاس که کاهش داوطلبانه تولید را اجرا می_کنند، روز یکشنبه در یک نشست مجازی توافق کردند این کاهش را تا پایان سه_ماهه نخست ۲۰۲۷ تمدید کنند.'
s2 = 'عبدالعزیز بن سلمان، وزیر انرژی عربستان سعودی، پس از نشست گفت که بازار نفت در زمستان با «مازاد عرضه قابل توجهی» روبه_رو خواهد بود و احتیاط ضروری است.'
s3 = 'الکساندر نواک، معاون نخست_وزیر روسیه، نیز از این تصمیم حمایت کرد و افزود که مسکو به سهمیه تعیین_شده پایبند می_ماند.'
s4 = 'قزاقستان و عراق که در ماه_های گذشته بیش از سهمیه خود تولید کرده بودند، متعهد شدند مازاد تولید را تا ژوئن جبران کنند.'
s5 = 'قیمت نفت برنت پس از انتشار خبر این توافق حدود یک درصد افزایش یافت و به ۶۴ دلار در هر بشکه رسید. تحلیلگران می_گویند نگرانی از کاهش تقاضای چین و افزایش تولید آمریکا همچنان بر بازار سایه انداخته است.'
s6 = 'نشست بعدی وزیران این ائتلاف قرار است اوایل ماه مارس برگزار شود.'
A(dict(name='hamshahri-01', id='912044', agency='hamshahri', kind='txt', section='اقتصاد جهان',
  published='2026-11-22T18:30+03:30',
  title='اوپک پلاس کاهش تولید را تا بهار تمدید کرد',
  lead='هشت کشور عضو اوپک پلاس در نشستی مجازی بر ادامه کاهش داوطلبانه تولید نفت تا پایان مارس ۲۰۲۷ توافق کردند.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['پیش_بینی آژانس بین_المللی انرژی از بازار نفت'], tags=['نفت', 'اوپک'],
  sources=['Bloomberg'],
  ents=[('همشهری آنلاین','ORG','Hamshahri Online','IRNMED'),('بلومبرگ','ORG','Bloomberg','USAMED'),('اوپک پلاس','ORG','OPEC+','IGOOPC'),
        ('عبدالعزیز بن سلمان','PER','Abdulaziz bin Salman','SAUGOV'),('عربستان سعودی','GPE','Saudi Arabia','SAU'),('الکساندر نواک','PER','Alexander Novak','RUSGOV'),
        ('روسیه','GPE','Russia','RUS'),('مسکو','GPE','Moscow','RUS'),('قزاقستان','GPE','Kazakhstan','KAZ'),('عراق','GPE','Iraq','IRQ'),('چین','GPE','China','CHN'),
        ('آمریکا','GPE','United States','USA')],
  quotes=[('بازار نفت در زمستان با «مازاد عرضه قابل توجهی» روبه_رو خواهد بود و احتیاط ضروری است','Abdulaziz bin Salman','عبدالعزیز بن سلمان',False),
          ('مسکو به سهمیه تعیین_شده پایبند می_ماند','Alexander Novak','الکساندر نواک',False)],
  events=[('IGOOPC','اوپک پلاس',None,None,'030',False,s1),
          ('RUSGOV','الکساندر نواک','IGOOPC','این تصمیم','051',False,s3),
          ('KAZGOV','قزاقستان','IGOOPC',None,'030',False,s4)],
  notes='An agreement among members of one IGO with no partner named: source IGOOPC, target null, 030 (intent; no document signed). Novak supporting the decision = 051. Kazakhstan and Iraq pledging compensation = one joint act of two parties, first-named as source, target the alliance (single counterpart) kept null as none is named in the sentence. Price moves are not events.'))

s1 = 'به گزارش پایگاه خبری انتخاب به نقل از خبرگزاری یونهاپ، ستاد مشترک ارتش کره جنوبی اعلام کرد که کره شمالی بامداد شنبه دست_کم سه موشک بالستیک کوتاه_برد از منطقه سونان به سمت دریای ژاپن شلیک کرده است.'
s2 = 'این آزمایش یک روز پس از پایان رزمایش مشترک هوایی آمریکا، کره جنوبی و ژاپن انجام شد که پیونگ_یانگ آن را «تمرین حمله» خوانده بود.'
s3 = 'دفتر ریاست_جمهوری کره جنوبی در سئول نشست اضطراری شورای امنیت ملی را برگزار کرد و این پرتاب را «تحریک آشکار» و نقض قطعنامه_های شورای امنیت سازمان ملل دانست.'
s4 = 'نخست_وزیر ژاپن نیز از طریق مجاری دیپلماتیک در پکن به کره شمالی اعتراض رسمی کرد.'
s5 = 'کیم یو جونگ، خواهر رهبر کره شمالی، در بیانیه_ای که خبرگزاری مرکزی کره منتشر کرد، هشدار داد که کشورش در برابر هر «اقدام خصمانه» با «قاطع_ترین پاسخ نظامی» مقابله خواهد کرد.'
s6 = 'مقام_های ژاپنی می_گویند موشک_ها خارج از منطقه انحصاری اقتصادی این کشور سقوط کرده_اند و خسارتی به کشتی_ها وارد نشده است.'
A(dict(name='entekhab-01', id='887104', agency='entekhab', kind='txt', degrade=['nozwnj', 'arabicindic'], section='بین_الملل',
  published='2026-11-28T09:50+03:30', suffix=True,
  title='کره شمالی سه موشک بالستیک به سمت دریای ژاپن شلیک کرد',
  lead='پیونگ_یانگ یک روز پس از رزمایش سه_جانبه آمریکا، کره جنوبی و ژاپن دست به آزمایش موشکی تازه_ای زد.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['رزمایش هوایی سه_جانبه در شبه_جزیره کره'], tags=['کره شمالی', 'موشک'],
  sources=['Yonhap', 'KCNA'],
  ents=[('پایگاه خبری انتخاب','ORG','Entekhab','IRNMED'),('خبرگزاری یونهاپ','ORG','Yonhap','KORMED'),('ستاد مشترک ارتش کره جنوبی','ORG','South Korean Joint Chiefs of Staff','KORMIL'),
        ('کره شمالی','GPE','North Korea','PRK'),('سونان','GPE','Sunan','PRK'),('دریای ژاپن','LOC','Sea of Japan',None),('آمریکا','GPE','United States','USA'),
        ('کره جنوبی','GPE','South Korea','KOR'),('ژاپن','GPE','Japan','JPN'),('پیونگ_یانگ','GPE','Pyongyang','PRK'),('سئول','GPE','Seoul','KOR'),
        ('شورای امنیت ملی','ORG','National Security Council of South Korea','KORGOV'),('شورای امنیت سازمان ملل','ORG','UN Security Council','IGOUNO'),
        ('پکن','GPE','Beijing','CHN'),('کیم یو جونگ','PER','Kim Yo Jong','PRKGOV'),('خبرگزاری مرکزی کره','ORG','KCNA','PRKMED')],
  quotes=[('کره شمالی بامداد شنبه دست_کم سه موشک بالستیک کوتاه_برد از منطقه سونان به سمت دریای ژاپن شلیک کرده است','South Korean Joint Chiefs of Staff','ستاد مشترک ارتش کره جنوبی',False),
          ('کشورش در برابر هر «اقدام خصمانه» با «قاطع_ترین پاسخ نظامی» مقابله خواهد کرد','Kim Yo Jong','کیم یو جونگ',False)],
  events=[('PRKMIL','کره شمالی',None,None,'150',False,s1),
          ('KORGOV','دفتر ریاست_جمهوری کره جنوبی','PRKGOV','این پرتاب','111',False,s3),
          ('JPNGOV','نخست_وزیر ژاپن','PRKGOV','کره شمالی','114',False,s4),
          ('PRKGOV','کیم یو جونگ',None,'هر «اقدام خصمانه»','138',False,s5)],
  notes='A missile test into the sea with no target = 150 (military posture), source PRKMIL, target null. The joint exercise the day before sits in a relative clause as background, not coded. Formal protest via Beijing channels = 114. Kim Yo Jong\'s conditional threat of military response = 138, target null (no addressee named). "شورای امنیت سازمان ملل" as one ORG span.'))
