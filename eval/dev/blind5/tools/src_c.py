# blind5 articles 21-30. "_" = ZWNJ.
ARTICLES = []
A = ARTICLES.append

A(dict(name='ilna-02', id='1390412', agency='ilna', kind='txt', section='کارگری',
  published='2026-11-27T11:00+03:30', datefmt='slash',
  title='گزارش سازمان جهانی کار: شکاف دستمزد زنان و مردان در آسیا کاهش نیافته است',
  lead='تازه_ترین گزارش سازمان بین_المللی کار نشان می_دهد که زنان شاغل در آسیا و اقیانوسیه به طور میانگین ۲۲ درصد کمتر از مردان دستمزد می_گیرند.',
  body=['به گزارش ایلنا، سازمان بین_المللی کار در گزارش سالانه دستمزد جهانی که این هفته در ژنو منتشر شد، وضعیت دستمزدها در ۱۳۰ کشور را در سال_های ۲۰۲۴ و ۲۰۲۵ بررسی کرده است.',
        'بر اساس این گزارش، دستمزد واقعی در جهان پس از دو سال کاهش ناشی از تورم، در سال ۲۰۲۵ به طور میانگین ۱.۸ درصد افزایش یافته است، اما این رشد میان مناطق مختلف یکسان نبوده است.',
        'در کشورهای گروه بیست، دستمزد واقعی در اقتصادهای نوظهور سریع_تر از اقتصادهای پیشرفته رشد کرده و چین، هند و اندونزی بیشترین افزایش را تجربه کرده_اند.',
        'نویسندگان گزارش تأکید می_کنند که شکاف دستمزد جنسیتی در آسیا و اقیانوسیه طی یک دهه تنها سه واحد درصد کاهش یافته است. به نوشته این گزارش، بخش بزرگی از این شکاف با تفاوت در تحصیلات یا تجربه کاری قابل توضیح نیست.',
        'سهم کارگران غیررسمی، که از هیچ حداقل دستمزدی برخوردار نیستند، در جنوب آسیا همچنان بیش از ۸۰ درصد است. این گزارش همچنین نشان می_دهد که در کشورهایی که حداقل دستمزد به طور منظم و بر پایه شاخص هزینه زندگی تعدیل می_شود، نابرابری درآمدی سریع_تر کاهش یافته است.'],
  related=['حداقل دستمزد ۱۴۰۵ چقدر است؟'], tags=['سازمان بین_المللی کار', 'دستمزد'],
  sources=[],
  ents=[('ایلنا','ORG','ILNA','IRNMED'),('سازمان جهانی کار','ORG','International Labour Organization','IGOUNOILO'),('سازمان بین_المللی کار','ORG','International Labour Organization','IGOUNOILO'),
        ('آسیا','LOC','Asia',None),('اقیانوسیه','LOC','Oceania',None),('ژنو','GPE','Geneva','CHE'),('گروه بیست','ORG','G20','IGOGTW'),('چین','GPE','China','CHN'),('هند','GPE','India','IND'),
        ('اندونزی','GPE','Indonesia','IDN')],
  quotes=[], events=[],
  notes='A statistics story with no codable political act (a report being published is not an event). "تأکید می‌کنند" without که is not a quote. "جنوب آسیا" is direction + place: only Asia is tagged.'))

A(dict(name='iranintl-02', id='202611270301', agency='iranintl', kind='txt', section='اقتصاد', title2=False,
  published='2026-11-27',
  title='رشد اقتصادی چین در سه_ماهه سوم به پایین_ترین سطح دو سال اخیر رسید',
  lead=None,
  body=['اقتصاد چین در سه_ماهه سوم سال ۲۰۲۶ تنها ۴.۲ درصد رشد کرد؛ رقمی که پایین_تر از پیش_بینی اغلب اقتصاددانان و کمترین نرخ رشد فصلی در دو سال گذشته است.',
        'بر پایه داده_های اداره ملی آمار چین، تولید صنعتی در ماه اکتبر ۴.۵ درصد و خرده_فروشی تنها ۲.۹ درصد نسبت به مدت مشابه سال قبل افزایش یافت. سرمایه_گذاری در بخش مسکن نیز برای سی_وهفتمین ماه پیاپی کاهش داشت.',
        'کارشناسان می_گویند ضعف تقاضای داخلی، بحران بدهی شرکت_های ساختمانی و کاهش صادرات به آمریکا پس از افزایش تعرفه_ها، سه عامل اصلی کندی رشد هستند.',
        'صادرات چین به اتحادیه اروپا و کشورهای جنوب شرق آسیا اما افزایش یافته و بخشی از افت بازار آمریکا را جبران کرده است. مازاد تجاری این کشور در ده ماه نخست سال از مرز ۹۰۰ میلیارد دلار گذشت.',
        'بسیاری از تحلیلگران انتظار دارند بانک مرکزی چین در ماه_های آینده نرخ بهره را باز هم کاهش دهد. یوان در هفته جاری در برابر دلار به ضعیف_ترین سطح خود از ماه مه رسید.'],
  related=['جنگ تعرفه_ای؛ برنده کیست؟'], tags=['چین', 'اقتصاد'],
  sources=[],
  ents=[('چین','GPE','China','CHN'),('اداره ملی آمار چین','ORG','National Bureau of Statistics of China','CHNGOV'),('آمریکا','GPE','United States','USA'),
        ('اتحادیه اروپا','ORG','European Union','IGOEUR'),('آسیا','LOC','Asia',None),('بانک مرکزی چین','ORG','People\'s Bank of China','CHNGOV')],
  quotes=[], events=[],
  notes='Economic data story, no codable events (expected rate cuts are speculation). Iran International has no lead; section from the breadcrumb line. "جنوب شرق آسیا" direction + place: only Asia tagged.'))

s1 = 'به گزارش رادیو فردا، وزیران خارجه ارمنستان و جمهوری آذربایجان روز پنجشنبه در کاخ سفید متن نهایی پیمان صلح دو کشور را امضا کردند.'
s2 = 'آرارات میرزویان و جیحون بایرام_اف پیش از امضا با مارکو روبیو، وزیر خارجه آمریکا، دیدار کردند. روبیو این توافق را «دستاوردی تاریخی برای قفقاز جنوبی» خواند و از تلاش_های دو طرف قدردانی کرد.'
s3 = 'بر اساس این پیمان، دو کشور تمامیت ارضی یکدیگر را به رسمیت می_شناسند و متعهد می_شوند ادعای ارضی علیه هم مطرح نکنند.'
s4 = 'نیکول پاشینیان، نخست_وزیر ارمنستان، در پیامی گفت: «امروز فصل جنگ در منطقه ما بسته شد.»'
s5 = 'الهام علی_اف، رئیس_جمهور آذربایجان، نیز اعلام کرد که باکو آماده است روابط دیپلماتیک کامل با ایروان برقرار کند.'
s5b = 'بایرام_اف اما در نشست خبری از پاسخ به پرسشی درباره زمان بازگشایی مرزهای زمینی خودداری کرد.'
s6 = 'مسکو اما به این پیمان با تردید نگریست. وزارت خارجه روسیه از «حذف بازیگران منطقه_ای» از روند صلح انتقاد کرد. پیمان پیش از اجرا باید به تصویب پارلمان_های دو کشور برسد.'
A(dict(name='radiofarda-02', id='33594020', agency='radiofarda', kind='html', section='قفقاز', og=True,
  published='2026-11-26T22:05+00:00',
  title='ارمنستان و آذربایجان در واشنگتن پیمان صلح امضا کردند',
  lead=None,
  body=[s1, s2, s3, s4, s5 + ' ' + s5b, s6],
  related=['دالان زنگزور؛ مسیر تازه ترانزیت'], tags=['ارمنستان', 'جمهوری آذربایجان'],
  sources=[],
  ents=[('رادیو فردا','ORG','Radio Farda','USAMED'),('ارمنستان','GPE','Armenia','ARM'),('جمهوری آذربایجان','GPE','Azerbaijan','AZE'),('آذربایجان','GPE','Azerbaijan','AZE'),
        ('کاخ سفید','ORG','White House','USAGOV'),('آرارات میرزویان','PER','Ararat Mirzoyan','ARMGOV'),('جیحون بایرام_اف','PER','Jeyhun Bayramov','AZEGOV'),('بایرام_اف','PER','Jeyhun Bayramov','AZEGOV'),
        ('مارکو روبیو','PER','Marco Rubio','USAGOV'),('روبیو','PER','Marco Rubio','USAGOV'),('آمریکا','GPE','United States','USA'),('قفقاز','LOC','Caucasus',None),
        ('نیکول پاشینیان','PER','Nikol Pashinyan','ARMGOV'),('الهام علی_اف','PER','Ilham Aliyev','AZEGOV'),('باکو','GPE','Baku','AZE'),('ایروان','GPE','Yerevan','ARM'),
        ('مسکو','GPE','Moscow','RUS'),('وزارت خارجه روسیه','ORG','Ministry of Foreign Affairs of Russia','RUSGOV'),('واشنگتن','GPE','Washington','USA')],
  quotes=[('امروز فصل جنگ در منطقه ما بسته شد.','Nikol Pashinyan','نیکول پاشینیان',True),
          ('باکو آماده است روابط دیپلماتیک کامل با ایروان برقرار کند','Ilham Aliyev','الهام علی_اف',False)],
  events=[('ARMGOV','ارمنستان','AZEGOV','جمهوری آذربایجان','057',False,s1),
          ('ARMGOV','آرارات میرزویان','USAGOV','مارکو روبیو','042',False,s2),
          ('USAGOV','روبیو',None,'این توافق','051',False,s2),
          ('AZEGOV','باکو','ARMGOV','ایروان','032',False,s5),
          ('AZEGOV','بایرام_اف',None,None,'011',False,s5b),
          ('RUSGOV','وزارت خارجه روسیه',None,None,'111',False,s6)],
  notes='Signing by two FMs = one 057, first-named (Armenia) as source. The two FMs meeting Rubio in Washington: a joint act of two parties toward a host, coded once from the first-named (042). Rubio praising the deal and both sides = 051 with no single addressee (target null). Treaty contents (s3) describe the signed text, not new acts. Aliyev: intent to establish diplomatic relations = 032. Bayramov refusing to answer a question = 011 (decline comment). Russia criticising the exclusion: no addressee named, target null. "قفقاز جنوبی": direction + place, only Caucasus tagged.'))

s1 = 'به گزارش همشهری آنلاین به نقل از خبرگزاری کیودو، چهار کشتی گارد ساحلی چین روز چهارشنبه برای چند ساعت وارد آب_های سرزمینی اطراف جزایر سنکاکو شدند.'
s2 = 'گارد ساحلی ژاپن اعلام کرد که کشتی_های چینی یک قایق ماهیگیری ژاپنی را تعقیب کرده و از آن خواسته_اند منطقه را ترک کند.'
s3 = 'وزارت خارجه ژاپن سفیر چین در توکیو را احضار کرد و به این «نقض آشکار حاکمیت» اعتراض کرد.'
s4 = 'لین جیان، سخنگوی وزارت خارجه چین، در پکن اعتراض ژاپن را نپذیرفت و تأکید کرد که جزایر دیائویو «از دیرباز بخشی جدایی_ناپذیر از خاک چین» بوده_اند.'
s5 = 'این حادثه یک هفته پس از آن رخ داد که سانائه تاکایچی، نخست_وزیر ژاپن، در پارلمان از احتمال مداخله نظامی توکیو در صورت حمله چین به تایوان سخن گفته بود و پکن خواستار پس گرفتن این اظهارات شده بود.'
s6 = 'در همین حال، وزارت فرهنگ و گردشگری چین به شهروندان این کشور توصیه کرد از سفر به ژاپن خودداری کنند.'
A(dict(name='hamshahri-02', id='912388', agency='hamshahri', kind='txt', section='جهان', degrade=['zwnjspace', 'arabic'],
  published='2026-11-25T16:50+03:30',
  title='ورود کشتی_های گارد ساحلی چین به آب_های جزایر مورد مناقشه با ژاپن',
  lead='توکیو در پی ورود چهار کشتی چینی به آب_های اطراف جزایر سنکاکو، سفیر چین را احضار کرد.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['تنش دیپلماتیک پکن و توکیو بر سر تایوان'], tags=['چین', 'ژاپن', 'سنکاکو'],
  sources=['Kyodo'],
  ents=[('همشهری آنلاین','ORG','Hamshahri Online','IRNMED'),('خبرگزاری کیودو','ORG','Kyodo','JPNMED'),('گارد ساحلی چین','ORG','China Coast Guard','CHNMIL'),
        ('سنکاکو','LOC','Senkaku Islands',None),('گارد ساحلی ژاپن','ORG','Japan Coast Guard','JPNCOP'),('وزارت خارجه ژاپن','ORG','Ministry of Foreign Affairs of Japan','JPNGOV'),
        ('چین','GPE','China','CHN'),('توکیو','GPE','Tokyo','JPN'),('لین جیان','PER','Lin Jian','CHNGOV'),('وزارت خارجه چین','ORG','Ministry of Foreign Affairs of China','CHNGOV'),
        ('پکن','GPE','Beijing','CHN'),('ژاپن','GPE','Japan','JPN'),('دیائویو','LOC','Diaoyu Islands',None),('سانائه تاکایچی','PER','Sanae Takaichi','JPNGOV'),
        ('تایوان','GPE','Taiwan','TWN'),('وزارت فرهنگ و گردشگری چین','ORG','Ministry of Culture and Tourism of China','CHNGOV')],
  quotes=[('کشتی_های چینی یک قایق ماهیگیری ژاپنی را تعقیب کرده و از آن خواسته_اند منطقه را ترک کند','Japan Coast Guard','گارد ساحلی ژاپن',False),
          ('جزایر دیائویو «از دیرباز بخشی جدایی_ناپذیر از خاک چین» بوده_اند','Lin Jian','لین جیان',False)],
  events=[('CHNMIL','گارد ساحلی چین','JPN','آب_های سرزمینی اطراف جزایر سنکاکو','192',False,s1),
          ('CHNMIL','کشتی_های چینی','JPNCVL','یک قایق ماهیگیری ژاپنی','191',False,s2),
          ('JPNGOV','وزارت خارجه ژاپن','CHNGOV','سفیر چین','114',False,s3),
          ('CHNGOV','لین جیان','JPNGOV','اعتراض ژاپن','120',False,s4),
          ('CHNGOV','وزارت فرهنگ و گردشگری چین','JPN','ژاپن','163',False,s6)],
  notes='Coast guard (para-military) = CHNMIL. Entering territorial waters for hours: no exact code; coded 192 (occupy territory) is too strong, but it is the nearest root for an incursion; chase + order to leave = 191 (restrict movement). Summoning the ambassador = 114. Rejecting the protest = 120. Travel advisory against Japan = 163 (boycott) on bare JPN. The Takaichi remarks and Beijing\'s demand a week earlier sit in a "پس از آن که" clause: older than the cycle, not coded. Senkaku/Diaoyu islands: LOC.'))

s1 = 'به گزارش پایگاه خبری انتخاب به نقل از خبرگزاری فرانسه، گوستاوو پترو، رئیس_جمهور کلمبیا، روز شنبه گفت_وگوهای صلح دولت با ارتش آزادی_بخش ملی را به حالت تعلیق درآورد.'
s2 = 'این تصمیم پس از آن اعلام شد که شبه_نظامیان این گروه روز جمعه در استان آرائوکا ۱۲ کارمند یک شرکت نفتی و دو سرباز را ربودند.'
s3 = 'پترو در شبکه ایکس نوشت که «گروگان_گیری با گفت_وگو قابل جمع نیست» و از فرماندهان گروه خواست همه ربوده_شدگان را بی_درنگ آزاد کنند.'
s4 = 'وزارت دفاع کلمبیا همچنین از اعزام دو هزار نیروی اضافی به مرز ونزوئلا خبر داد.'
s5 = 'ارتش آزادی_بخش ملی در بیانیه_ای آدم_ربایی را «بازداشت_های نظامی» نامید و دولت را به نقض تعهدات آتش_بس متهم کرد.'
s6 = 'دفتر حقوق بشر سازمان ملل در بوگوتا از هر دو طرف خواست به میز مذاکره بازگردند. کلیسای کاتولیک کلمبیا که از میانجی_های این گفت_وگوها است، اعلام کرد آماده است برای آزادی گروگان_ها وساطت کند.'
A(dict(name='entekhab-02', id='888251', agency='entekhab', kind='txt', section='بین_الملل', menu=6,
  published='2026-11-29T08:40+03:30',
  title='پترو مذاکرات صلح با ارتش آزادی_بخش ملی را تعلیق کرد',
  lead='رئیس_جمهور کلمبیا پس از ربوده شدن ۱۴ نفر در شرق این کشور، گفت_وگوهای صلح با شورشیان چپ_گرا را متوقف کرد.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['کلمبیا و چالش صلح کامل'], tags=['کلمبیا', 'آمریکای لاتین'],
  sources=['AFP'],
  ents=[('پایگاه خبری انتخاب','ORG','Entekhab','IRNMED'),('خبرگزاری فرانسه','ORG','AFP','FRAMED'),('گوستاوو پترو','PER','Gustavo Petro','COLGOV'),('پترو','PER','Gustavo Petro','COLGOV'),
        ('کلمبیا','GPE','Colombia','COL'),('ارتش آزادی_بخش ملی','ORG','National Liberation Army','COLREB'),('آرائوکا','GPE','Arauca','COL'),('ایکس','ORG','X','USABUS'),
        ('وزارت دفاع کلمبیا','ORG','Ministry of Defence of Colombia','COLMIL'),('ونزوئلا','GPE','Venezuela','VEN'),('سازمان ملل','ORG','United Nations','IGOUNO'),
        ('بوگوتا','GPE','Bogotá','COL'),('کلیسای کاتولیک کلمبیا','ORG','Catholic Church in Colombia','COLREL')],
  quotes=[('آماده است برای آزادی گروگان_ها وساطت کند','Catholic Church in Colombia','کلیسای کاتولیک کلمبیا',False)],
  events=[('COLGOV','گوستاوو پترو','COLREB','ارتش آزادی_بخش ملی','164',False,s1),
          ('COLREB','شبه_نظامیان این گروه','COLBUS','۱۲ کارمند یک شرکت نفتی','181',False,s2),
          ('COLGOV','پترو','COLREB','فرماندهان گروه','0253',False,s3),
          ('COLMIL','وزارت دفاع کلمبیا',None,None,'154',False,s4),
          ('COLREB','ارتش آزادی_بخش ملی','COLGOV','دولت','112',False,s5),
          ('IGOUNO','دفتر حقوق بشر سازمان ملل','COLGOV','هر دو طرف','026',False,s6),
          ('IGOUNO','دفتر حقوق بشر سازمان ملل','COLREB','هر دو طرف','026',False,s6),
          ('COLREL','کلیسای کاتولیک کلمبیا','COLREB',None,'039',False,s6)],
  notes='Suspending talks = 164. Kidnapping on Friday (same cycle, inside "پس از آن که" but dated) = 181, target the oil workers (BUS); the soldiers are the same act. Petro "نوشت" is not a quote verb; the appeal to release = 0253. Troop reinforcement = 154. UN appeal to both sides = one 026 per party. The church\'s offer to mediate = 039, target the rebels who hold the hostages.'))

s1 = 'به گزارش خبرآنلاین، مقام_های پاکستانی روز دوشنبه گذرگاه مرزی تورخم را برای سومین روز پیاپی به روی تردد کامیون_ها و مسافران بسته نگه داشتند.'
s2 = 'این گذرگاه پس از درگیری شدید مرزبانان دو کشور در شامگاه جمعه بسته شد؛ درگیری_ای که به گفته مقام_های محلی دست_کم چهار کشته بر جا گذاشت.'
s3 = 'ذبیح_الله مجاهد، سخنگوی طالبان، نیروهای پاکستانی را به شلیک خمپاره به خانه_های غیرنظامیان در ولسوالی دور بابا متهم کرد.'
s4 = 'وزارت خارجه پاکستان در مقابل رسماً از کابل مطالبه کرد که فرماندهان تحریک طالبان پاکستان را که به گفته اسلام_آباد در ولایت ننگرهار پناه گرفته_اند، تحویل دهد.'
s5 = 'هم_زمان پلیس استان خیبر پختونخوا از اخراج بیش از سه هزار مهاجر افغان فاقد مدرک از شهر پیشاور در هفته گذشته خبر داد.'
s6 = 'کمیساریای عالی سازمان ملل در امور پناهندگان از اسلام_آباد خواست اخراج_ها را در فصل زمستان متوقف کند. ده_ها کامیون حامل میوه و دارو در دو سوی مرز سرگردان مانده_اند و بازرگانان از زیان روزانه میلیون_ها دلار خبر می_دهند.'
A(dict(name='khabaronline-02', id='2099880', agency='khabaronline', kind='txt', section='بین_الملل', degrade=['nozwnj', 'latin'],
  published='2026-11-23T13:25+03:30', kicker='تنش مرزی',
  title='تورخم سه روز است بسته مانده است؛ اسلام_آباد از کابل تحویل فرماندهان تی_تی_پی را خواست',
  lead='گذرگاه مرزی تورخم میان افغانستان و پاکستان پس از درگیری مرزبانان دو کشور همچنان بسته است.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['طالبان و پاکستان؛ از هم_پیمانی تا رویارویی'], tags=['افغانستان', 'پاکستان', 'تورخم'],
  sources=[],
  ents=[('خبرآنلاین','ORG','Khabaronline','IRNMED'),('تورخم','LOC','Torkham',None),('ذبیح_الله مجاهد','PER','Zabihullah Mujahid','AFGGOV'),('طالبان','ORG','Taliban','AFGGOV'),
        ('دور بابا','GPE','Dur Baba','AFG'),('وزارت خارجه پاکستان','ORG','Ministry of Foreign Affairs of Pakistan','PAKGOV'),('کابل','GPE','Kabul','AFG'),
        ('تحریک طالبان پاکستان','ORG','Tehrik-i-Taliban Pakistan','PAKREB'),('اسلام_آباد','GPE','Islamabad','PAK'),('ننگرهار','GPE','Nangarhar','AFG'),
        ('خیبر پختونخوا','GPE','Khyber Pakhtunkhwa','PAK'),('پیشاور','GPE','Peshawar','PAK'),('کمیساریای عالی سازمان ملل در امور پناهندگان','ORG','UNHCR','IGOUNOHCR'),
        ('افغانستان','GPE','Afghanistan','AFG'),('پاکستان','GPE','Pakistan','PAK'),('تی_تی_پی','ORG','Tehrik-i-Taliban Pakistan','PAKREB')],
  quotes=[],
  events=[('PAKGOV','مقام_های پاکستانی','AFG','گذرگاه مرزی تورخم','191',False,s1),
          ('AFGGOV','ذبیح_الله مجاهد','PAKMIL','نیروهای پاکستانی','112',False,s3),
          ('PAKGOV','وزارت خارجه پاکستان','AFGGOV','کابل','1013',False,s4),
          ('PAKCOP','پلیس استان خیبر پختونخوا','AFGREF','مهاجر افغان','174',False,s5),
          ('IGOUNOHCR','کمیساریای عالی سازمان ملل در امور پناهندگان','PAKGOV','اسلام_آباد','0243',False,s6)],
  notes='Keeping the crossing closed = 191, target bare AFG (trade/passage). The Friday border clash is only a noun ("پس از درگیری"): not coded. Explicit "مطالبه کرد" to hand over TTP commanders = demand, 1013 (judicial cooperation). Expelling 3,000 undocumented Afghans = 174 (not 201: ordinary deportation), target AFGREF. UNHCR appeal to halt expulsions = 0243 (rights). The Taliban as the de facto government of Afghanistan = AFGGOV. Torkham a crossing: LOC; "دور بابا" a district with an administration: GPE.'))

s1 = 'به گزارش باشگاه خبرنگاران جوان به نقل از رویترز، شورای نظامی نیجر روز سه_شنبه با صدور فرمانی، سهام شرکت فرانسوی اورانو در معدن اورانیوم سومایر را مصادره کرد و مدیریت آن را به یک شرکت دولتی سپرد.'
s2 = 'عبدالرحمان چیانی، رهبر شورای نظامی، در سخنرانی تلویزیونی تأکید کرد که منابع زیرزمینی نیجر «متعلق به مردم این کشور است و نه شرکت_های استعمارگر». وی افزود که قراردادهای معدنی دوران گذشته «ناعادلانه» بوده و بازنگری خواهد شد.'
s3 = 'شرکت اورانو این اقدام را «غیرقانونی» دانست و اعلام کرد که برای دریافت غرامت به دیوان داوری بین_المللی شکایت می_کند.'
s4 = 'وزارت خارجه فرانسه نیز تصمیم نیامی را مغایر با تعهدات قراردادی خواند.'
s5 = 'هم_زمان خبرگزاری اسپوتنیک گزارش داد که هیئتی از شرکت روس_اتم برای گفت_وگو درباره سرمایه_گذاری در معادن اورانیوم نیجر وارد نیامی شده است.'
s6 = 'نیجر هفتمین تولیدکننده بزرگ اورانیوم جهان است و تا پیش از کودتای ژوئیه ۲۰۲۳ بخش مهمی از سوخت نیروگاه_های اتمی فرانسه را تأمین می_کرد.'
A(dict(name='yjc-02', id='9121905', agency='yjc', kind='html', section='بین_الملل', og=True, degrade=['latin'],
  published='2026-11-25T14:30+03:30', kicker='ساحل آفریقا',
  title='نیجر معدن اورانیوم شرکت فرانسوی اورانو را مصادره کرد',
  lead='شورای نظامی نیجر سهام شرکت فرانسوی اورانو در معدن سومایر را ملی اعلام کرد؛ پاریس و اورانو این تصمیم را غیرقانونی خواندند.',
  body=[s1, s2, s3, s4, s5, s6], readmore='روسیه در حال جایگزینی فرانسه در ساحل آفریقا',
  related=['اخراج نیروهای فرانسوی از نیجر'], tags=['نیجر', 'فرانسه', 'اورانیوم'],
  sources=['Reuters', 'Sputnik'],
  ents=[('باشگاه خبرنگاران جوان','ORG','Young Journalists Club','IRNMED'),('رویترز','ORG','Reuters','GBRMED'),('نیجر','GPE','Niger','NER'),('اورانو','ORG','Orano','FRABUS'),
        ('سومایر','ORG','Somair','NERBUS'),('عبدالرحمان چیانی','PER','Abdourahamane Tchiani','NERGOV'),('دیوان داوری بین_المللی','ORG','International arbitration tribunal','IGOJUD'),
        ('وزارت خارجه فرانسه','ORG','Ministry for Europe and Foreign Affairs of France','FRAGOV'),('نیامی','GPE','Niamey','NER'),('خبرگزاری اسپوتنیک','ORG','Sputnik','RUSMED'),
        ('روس_اتم','ORG','Rosatom','RUSGOV'),('فرانسه','GPE','France','FRA'),('پاریس','GPE','Paris','FRA')],
  quotes=[('منابع زیرزمینی نیجر «متعلق به مردم این کشور است و نه شرکت_های استعمارگر»','Abdourahamane Tchiani','عبدالرحمان چیانی',False),
          ('قراردادهای معدنی دوران گذشته «ناعادلانه» بوده و بازنگری خواهد شد','Abdourahamane Tchiani','وی',False),
          ('برای دریافت غرامت به دیوان داوری بین_المللی شکایت می_کند','Orano','شرکت اورانو',False)],
  events=[('NERGOV','شورای نظامی نیجر','FRABUS','شرکت فرانسوی اورانو','1711',False,s1),
          ('FRABUS','شرکت اورانو','NERGOV','این اقدام','111',False,s3),
          ('FRABUS','شرکت اورانو','NERGOV',None,'115',False,s3),
          ('FRAGOV','وزارت خارجه فرانسه','NERGOV','نیامی','111',False,s4),
          ('RUSGOV','هیئتی از شرکت روس_اتم','NERGOV','نیامی','042',False,s5)],
  notes='Confiscation of shares = 1711 (NERGOV -> FRABUS). Orano announcing it will sue: coded 115 (bring lawsuit) as an announced act of the cycle. A Rosatom delegation arriving for talks = 042 (Rosatom as a state company → RUSGOV). "سومایر" tagged as ORG (the mining company). The arbitration tribunal kept as ORG with an approximate code.'))

s1 = 'به گزارش یورونیوز، هزاران کشاورز از فرانسه، بلژیک، لهستان و ایرلند روز پنجشنبه با صدها تراکتور در محله اروپایی بروکسل تظاهرات کردند و خیابان_های اطراف ساختمان کمیسیون اروپا را بستند.'
s2 = 'معترضان با پرتاب تخم_مرغ و روشن کردن آتش، خواهان توقف روند تصویب توافق تجارت آزاد اتحادیه اروپا و مرکوسور بودند.'
s3 = 'پلیس بلژیک برای متفرق کردن گروهی از معترضان که به حصارهای امنیتی یورش برده بودند از گاز اشک_آور استفاده کرد.'
s4 = 'اورسولا فون در لاین، رئیس کمیسیون اروپا، اما از این توافق دفاع کرد و گفت که توافق با کشورهای آمریکای جنوبی «بازارهای تازه_ای به روی صادرکنندگان اروپایی می_گشاید».'
s5 = 'امانوئل مکرون، رئیس_جمهور فرانسه، که کشورش با شکل کنونی توافق مخالف است، اعلام کرد که پاریس «متن فعلی را امضا نخواهد کرد».'
s6 = 'در مقابل، لوئیز ایناسیو لولا دا سیلوا، رئیس_جمهور برزیل، از اروپایی_ها خواست پس از ۲۵ سال مذاکره، توافق را تا پایان سال نهایی کنند.'
s7 = 'فون در لاین که روز پنجشنبه در بروکسل حضور داشت، با نمایندگان کشاورزان دیدار نکرد و سخنگوی وی گفت که گفت_وگو با تشکل_های کشاورزی «در چارچوب رسمی» ادامه دارد.'
A(dict(name='euronews-fa-02', id='2026/11/26/eu-mercosur-farmers', agency='euronews-fa', kind='txt', section='اروپا', degrade=['arabic', 'arabicindic'],
  published='2026-11-26T19:45+01:00', datefmt='greg',
  title='تظاهرات کشاورزان اروپایی در بروکسل علیه توافق با مرکوسور',
  lead=None,
  body=[s1, s2, s3, s4 + ' ' + s7, s5, s6],
  related=['مرکوسور چیست و توافق با اروپا چه می_گوید؟'], tags=['کشاورزان', 'مرکوسور'],
  sources=[],
  ents=[('یورونیوز','ORG','Euronews','FRAMED'),('فرانسه','GPE','France','FRA'),('بلژیک','GPE','Belgium','BEL'),('لهستان','GPE','Poland','POL'),('ایرلند','GPE','Ireland','IRL'),
        ('بروکسل','GPE','Brussels','BEL'),('کمیسیون اروپا','ORG','European Commission','IGOEUR'),('اتحادیه اروپا','ORG','European Union','IGOEUR'),('مرکوسور','ORG','Mercosur','IGOMER'),
        ('پلیس بلژیک','ORG','Belgian Police','BELCOP'),('اورسولا فون در لاین','PER','Ursula von der Leyen','IGOEUR'),('امانوئل مکرون','PER','Emmanuel Macron','FRAGOV'),
        ('پاریس','GPE','Paris','FRA'),('لوئیز ایناسیو لولا دا سیلوا','PER','Luiz Inácio Lula da Silva','BRAGOV'),('فون در لاین','PER','Ursula von der Leyen','IGOEUR'),('برزیل','GPE','Brazil','BRA')],
  quotes=[('توافق با کشورهای آمریکای جنوبی «بازارهای تازه_ای به روی صادرکنندگان اروپایی می_گشاید»','Ursula von der Leyen','اورسولا فون در لاین',False),
          ('پاریس «متن فعلی را امضا نخواهد کرد»','Emmanuel Macron','امانوئل مکرون',False),
          ('گفت_وگو با تشکل_های کشاورزی «در چارچوب رسمی» ادامه دارد','Ursula von der Leyen\'s spokesperson','سخنگوی وی',False)],
  events=[('FRACVL','کشاورز','IGOEUR','کمیسیون اروپا','141',False,s1),
          ('FRACVL','کشاورز','IGOEUR','کمیسیون اروپا','144',False,s1),
          ('BELCOP','پلیس بلژیک','BELCVL','گروهی از معترضان','175',False,s3),
          ('IGOEUR','اورسولا فون در لاین',None,'این توافق','052',False,s4),
          ('FRAGOV','پاریس','IGOMER',None,'057',True,s5),
          ('BRAGOV','لوئیز ایناسیو لولا دا سیلوا','IGOEUR','اروپایی_ها','022',False,s6),
          ('IGOEUR','فون در لاین','FRACVL','نمایندگان کشاورزان','040',True,s7)],
  notes='Multinational farmers: source coded from the first-named country (FRACVL). Demonstration (141) and blocking streets (144) are two acts in one sentence. s2 restates the protest aims, not coded again. Von der Leyen defending the deal = 052. "امضا نخواهد کرد" has no refusal code for signing: 057 negated, target Mercosur as the single counterpart. Lula\'s appeal to conclude = 022 (diplomatic cooperation), target EU. "دیدار نکرد" = 040 negated (meeting that did not happen; the farmers\' delegation coded FRACVL like the protest). "آمریکای جنوبی" is not tagged (continent + direction).'))

s1 = 'به گزارش گروه بین_الملل خبرگزاری تسنیم، وزارت دفاع روسیه روز یکشنبه اعلام کرد که ۱۵۰ نظامی روس در جریان تبادل اسرا با اوکراین به کشور بازگشته_اند و در مقابل ۱۵۰ اسیر اوکراینی به طرف مقابل تحویل داده شده است.'
s2 = 'این مبادله با میانجیگری امارات متحده عربی انجام شد؛ چهاردهمین تبادلی که ابوظبی از آغاز جنگ میان دو طرف ترتیب داده است.'
s3 = 'ستاد هماهنگی امور اسرای جنگی اوکراین نیز این تبادل را تأیید کرد و از امارات سپاسگزاری کرد.'
s4 = 'تاتیانا موسکالکووا، کمیسر حقوق بشر روسیه، در همین حال کی_یف را متهم کرد که از بازگرداندن ده_ها غیرنظامی اهل منطقه کورسک خودداری می_کند.'
s5 = 'وی خاطرنشان کرد که مسکو «فهرست کامل» این افراد را به کمیته بین_المللی صلیب سرخ تحویل داده و خواستار بازگشت فوری آنان است.'
s6 = 'یک مقام اوکراینی که نخواست نامش فاش شود، به خبرگزاری رویترز گفت که کی_یف آماده است تبادل بعدی را پیش از فرارسیدن سال نو انجام دهد.'
A(dict(name='tasnim-03', id='3402815', agency='tasnim', kind='txt', section='بین_الملل', suffix=True,
  published='2026-11-29T12:10+03:30', kicker='با میانجیگری امارات',
  title='تبادل ۳۰۰ اسیر میان روسیه و اوکراین',
  lead='روسیه و اوکراین با میانجیگری امارات ۳۰۰ اسیر جنگی را مبادله کردند.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['دیدار پوتین و محمد بن زاید در مسکو'], tags=['روسیه', 'اوکراین', 'اسرا'],
  sources=['Reuters'],
  ents=[('خبرگزاری تسنیم','ORG','Tasnim News Agency','IRNMED'),('وزارت دفاع روسیه','ORG','Ministry of Defence of Russia','RUSMIL'),('اوکراین','GPE','Ukraine','UKR'),
        ('امارات متحده عربی','GPE','United Arab Emirates','ARE'),('ابوظبی','GPE','Abu Dhabi','ARE'),('امارات','GPE','United Arab Emirates','ARE'),
        ('تاتیانا موسکالکووا','PER','Tatiana Moskalkova','RUSGOV'),('روسیه','GPE','Russia','RUS'),('کی_یف','GPE','Kyiv','UKR'),('کورسک','GPE','Kursk','RUS'),
        ('مسکو','GPE','Moscow','RUS'),('کمیته بین_المللی صلیب سرخ','ORG','International Committee of the Red Cross','NGOICRC'),('خبرگزاری رویترز','ORG','Reuters','GBRMED'),
        ('ستاد هماهنگی امور اسرای جنگی اوکراین','ORG','Coordination Headquarters for the Treatment of POWs','UKRGOV')],
  quotes=[('۱۵۰ نظامی روس در جریان تبادل اسرا با اوکراین به کشور بازگشته_اند و در مقابل ۱۵۰ اسیر اوکراینی به طرف مقابل تحویل داده شده است','Ministry of Defence of Russia','وزارت دفاع روسیه',False),
          ('مسکو «فهرست کامل» این افراد را به کمیته بین_المللی صلیب سرخ تحویل داده و خواستار بازگشت فوری آنان است','Tatiana Moskalkova','وی',False),
          ('کی_یف آماده است تبادل بعدی را پیش از فرارسیدن سال نو انجام دهد','unnamed Ukrainian official','یک مقام اوکراینی',False)],
  events=[('RUSGOV','روسیه','UKRGOV','اوکراین','0841',False,s1),
          ('AREGOV','امارات متحده عربی','RUSGOV',None,'045',False,s2),
          ('AREGOV','امارات متحده عربی','UKRGOV',None,'045',False,s2),
          ('UKRGOV','ستاد هماهنگی امور اسرای جنگی اوکراین','AREGOV','امارات','051',False,s3),
          ('RUSGOV','تاتیانا موسکالکووا','UKRGOV','کی_یف','112',False,s4),
          ('RUSGOV','مسکو','UKRGOV',None,'0253',False,s5),
          ('UKRGOV','کی_یف','RUSGOV',None,'0353',False,s6)],
  notes='A prisoner swap is a symmetric release: one 0841 event, first-named party (Russia, source of the MoD statement) as source. UAE mediation aimed at two parties = 045 to each. Ukraine confirming + thanking UAE: 051 (the confirmation itself is not coded). "خودداری می‌کند" inside an accusation is the alleged act, so only 112 is coded. "خواستار بازگشت فوری آنان است" inside the reported quote = 0253 (appeal, not demand: no مطالبه). Unnamed official: intent to release in a next swap = 0353. "خبرگزاری رویترز" attributed (به ... گفت).'))

s1 = 'به گزارش ایرنا به نقل از خبرگزاری شین_هوا، فرماندهی منطقه شرقی ارتش آزادی_بخش خلق چین روز سه_شنبه رزمایش گسترده_ای با عنوان «شمشیر عدالت» را در اطراف جزیره تایوان آغاز کرد.'
s2 = 'در این رزمایش که با مشارکت ناوشکن_ها، جنگنده_ها و یگان_های موشکی برگزار می_شود، محاصره بنادر اصلی و حمله به اهداف دریایی تمرین می_شود.'
s3 = 'سخنگوی این فرماندهی گفت که رزمایش «هشداری جدی به نیروهای جدایی_طلب و مداخله_گران خارجی» است.'
s4 = 'وزارت دفاع تایوان اعلام کرد که ۷۱ فروند هواپیمای نظامی و ۱۴ کشتی جنگی چین را در اطراف جزیره ردیابی کرده و نیروهای خود را در حالت آماده_باش قرار داده است.'
s5 = 'لای چینگ_ته، رهبر تایوان، این رزمایش را به شدت محکوم کرد و پکن را به «تهدید صلح منطقه» متهم ساخت.'
s6a = 'این رزمایش چند روز پس از آن آغاز شد که وزارت خارجه آمریکا فروش یک بسته تسلیحاتی ۱.۲ میلیارد دلاری شامل سامانه_های پدافندی به تایوان را تصویب کرد.'
s6b = 'سخنگوی وزارت خارجه آمریکا از پکن خواست به فشار نظامی بر تایوان پایان دهد.'
s6 = s6a + ' ' + s6b
A(dict(name='irna-03', id='85295520', agency='irna', kind='html', section='آسیا و اقیانوسیه', jsonld=True,
  published='2026-11-24T10:25+03:30',
  title='آغاز رزمایش گسترده ارتش چین در اطراف تایوان',
  lead='ارتش چین چند روز پس از تصویب فروش تسلیحات آمریکایی به تایوان، رزمایش «شمشیر عدالت» را در اطراف این جزیره آغاز کرد.',
  body=[s1, s2, s3, s4, s5, s6], irna_code='۲۲۱۰۳۴',
  related=['آمریکا فروش تسلیحات به تایوان را تصویب کرد'], tags=['چین', 'تایوان', 'رزمایش'],
  comments=[('حسین', 'تنش در شرق آسیا بالا گرفته')],
  sources=['Xinhua'],
  ents=[('ایرنا','ORG','IRNA','IRNMED'),('خبرگزاری شین_هوا','ORG','Xinhua','CHNMED'),('ارتش آزادی_بخش خلق چین','ORG','People\'s Liberation Army','CHNMIL'),
        ('تایوان','GPE','Taiwan','TWN'),('وزارت دفاع تایوان','ORG','Ministry of National Defense of Taiwan','TWNMIL'),('چین','GPE','China','CHN'),
        ('لای چینگ_ته','PER','Lai Ching-te','TWNGOV'),('پکن','GPE','Beijing','CHN'),('وزارت خارجه آمریکا','ORG','US Department of State','USAGOV')],
  quotes=[('رزمایش «هشداری جدی به نیروهای جدایی_طلب و مداخله_گران خارجی» است','PLA Eastern Theater Command','سخنگوی این فرماندهی',False),
          ('۷۱ فروند هواپیمای نظامی و ۱۴ کشتی جنگی چین را در اطراف جزیره ردیابی کرده و نیروهای خود را در حالت آماده_باش قرار داده است','Ministry of National Defense of Taiwan','وزارت دفاع تایوان',False)],
  events=[('CHNMIL','ارتش آزادی_بخش خلق چین','TWN','جزیره تایوان','150',False,s1),
          ('CHNMIL','سخنگوی این فرماندهی','TWNGOV','نیروهای جدایی_طلب','130',False,s3),
          ('TWNMIL','وزارت دفاع تایوان',None,None,'152',False,s4),
          ('TWNGOV','لای چینگ_ته','CHNMIL','این رزمایش','111',False,s5),
          ('TWNGOV','لای چینگ_ته','CHNGOV','پکن','112',False,s5),
          ('USAGOV','وزارت خارجه آمریکا','TWNGOV','تایوان','072',False,s6a),
          ('USAGOV','سخنگوی وزارت خارجه آمریکا','CHNGOV','پکن','0256',False,s6b)],
  notes='Drills around Taiwan = 150 with target TWN (aimed at the island). "هشدار جدی" with no stated action = 130, target TWNGOV ("separatist forces" read as the Taipei government). Taiwan alert = 152. Lai: condemnation + accusation = 111 + 112 in one sentence. US approval of an arms sale "چند روز پس از آن" — dated to the cycle, pluperfect-like: coded 072 (provide military aid), as the sale is the act. US appeal to end military pressure = 0256. Taiwan coded TWN (CAMEO has TWN).'))
