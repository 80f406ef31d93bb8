# blind5 articles 11-20. "_" = ZWNJ.
ARTICLES = []
A = ARTICLES.append

s1 = 'به گزارش خبرآنلاین به نقل از خبرگزاری پرس تراست هند، ارتش هند روز پنجشنبه اعلام کرد که نیروهای پاکستانی بامداد همان روز در بخش پونچ در امتداد خط کنترل کشمیر با سلاح_های سبک و خمپاره به مواضع هندی آتش گشوده_اند.'
s2 = 'سخنگوی ارتش هند افزود که نیروهای این کشور «به شکلی متناسب» پاسخ داده_اند و یک سرباز هندی در این درگیری کشته شده است.'
s3 = 'شاخه روابط عمومی ارتش پاکستان اما روایت دهلی نو را رد کرد و مدعی شد که آتش_بس از سوی نیروهای هندی نقض شده و دو غیرنظامی در روستایی در سمت پاکستانی خط کنترل جان باخته_اند.'
s4 = 'وزارت خارجه پاکستان کاردار هند در اسلام_آباد را احضار کرد و مراتب اعتراض شدید این کشور را به وی ابلاغ کرد.'
s5 = 'چین، متحد نزدیک پاکستان، از دو کشور خواست خویشتن_داری کنند و اختلافات خود را از راه گفت_وگو حل کنند.'
s6 = 'مائو نینگ، سخنگوی وزارت خارجه چین، گفت: «ثبات در جنوب آسیا به سود همه است و پکن آماده است نقشی سازنده ایفا کند.»'
A(dict(name='khabaronline-01', id='2099417', agency='khabaronline', kind='html', section='بین_الملل', og=True,
  published='2026-11-26T15:20+03:30', kicker='تنش در کشمیر',
  title='درگیری مرزی هند و پاکستان در کشمیر؛ یک سرباز و دو غیرنظامی کشته شدند',
  lead='نیروهای هند و پاکستان در امتداد خط کنترل کشمیر با یکدیگر درگیر شدند و هر یک دیگری را به نقض آتش_بس متهم کرد.',
  body=[s1, s2, s3, s4, s5 + ' ' + s6],
  related=['دیدار وزیران خارجه هند و پاکستان لغو شد'], tags=['هند', 'پاکستان', 'کشمیر'],
  comments=[('رضا', 'امیدوارم به جنگ نرسد')],
  sources=['Press Trust of India'],
  ents=[('خبرآنلاین','ORG','Khabaronline','IRNMED'),('خبرگزاری پرس تراست هند','ORG','Press Trust of India','INDMED'),('ارتش هند','ORG','Indian Army','INDMIL'),
        ('پونچ','GPE','Poonch','IND'),('کشمیر','LOC','Kashmir',None),('هند','GPE','India','IND'),('پاکستان','GPE','Pakistan','PAK'),
        ('ارتش پاکستان','ORG','Pakistan Army','PAKMIL'),('دهلی نو','GPE','New Delhi','IND'),('وزارت خارجه پاکستان','ORG','Ministry of Foreign Affairs of Pakistan','PAKGOV'),
        ('اسلام_آباد','GPE','Islamabad','PAK'),('چین','GPE','China','CHN'),('مائو نینگ','PER','Mao Ning','CHNGOV'),('وزارت خارجه چین','ORG','Ministry of Foreign Affairs of China','CHNGOV'),
        ('پکن','GPE','Beijing','CHN')],
  quotes=[('نیروهای پاکستانی بامداد همان روز در بخش پونچ در امتداد خط کنترل کشمیر با سلاح_های سبک و خمپاره به مواضع هندی آتش گشوده_اند','Indian Army','ارتش هند',False),
          ('نیروهای این کشور «به شکلی متناسب» پاسخ داده_اند و یک سرباز هندی در این درگیری کشته شده است','Indian Army','سخنگوی ارتش هند',False),
          ('آتش_بس از سوی نیروهای هندی نقض شده و دو غیرنظامی در روستایی در سمت پاکستانی خط کنترل جان باخته_اند','Pakistan Army','شاخه روابط عمومی ارتش پاکستان',False),
          ('ثبات در جنوب آسیا به سود همه است و پکن آماده است نقشی سازنده ایفا کند.','Mao Ning','مائو نینگ',True)],
  events=[('PAKMIL','نیروهای پاکستانی','INDMIL','مواضع هندی','193',False,s1),
          ('INDMIL','نیروهای این کشور','PAKMIL',None,'193',False,s2),
          ('PAKMIL','ارتش پاکستان','INDMIL','نیروهای هندی','112',False,s3),
          ('PAKGOV','وزارت خارجه پاکستان','INDGOV','کاردار هند','114',False,s4),
          ('CHNGOV','چین','INDGOV','دو کشور','027',False,s5),
          ('CHNGOV','چین','PAKGOV','دو کشور','027',False,s5),
          ('CHNGOV','پکن',None,None,'039',False,s6)],
  notes='Small arms + mortar fire: 193 (the mortar is light). India\'s "proportionate response" = a second act of fire, 193. Pakistan\'s claim blaming India via مدعی شد = 112 (the alleged Indian ceasefire violation is not coded as a fact). Summoning the chargé = 114 (complain officially). China\'s appeal aimed at two parties = two events; willingness to play a constructive role = 039 (intent to mediate), no target named.'))

s1 = 'به گزارش باشگاه خبرنگاران جوان به نقل از الجزیره، موسی فکی محمد، رئیس کمیسیون اتحادیه آفریقا، روز دوشنبه در آدیس_آبابا با آبی احمد، نخست_وزیر اتیوپی، دیدار کرد.'
s2 = 'این دیدار در حالی انجام شد که دولت اریتره روز یکشنبه به اتیوپی اولتیماتوم داده بود ظرف ۷۲ ساعت نیروهای خود را از نزدیکی مرز بوره عقب بکشد.'
s3 = 'اسمره پیش_تر آدیس_آبابا را به استقرار چند تیپ زرهی در نزدیکی مرز و طرح_ریزی برای دسترسی به بندر عصب متهم کرده بود.'
s4 = 'آبی احمد پس از دیدار در پیامی در شبکه ایکس تأکید کرد که اتیوپی «هیچ قصدی برای جنگ» ندارد اما دسترسی به دریا را «مسئله_ای وجودی» می_داند.'
s5 = 'اتحادیه آفریقا اعلام کرد که آماده است میزبان گفت_وگوهای مستقیم میان دو کشور باشد و فرستاده_ای ویژه را به اسمره اعزام می_کند.'
s6 = 'آنتونیو گوترش، دبیرکل سازمان ملل، نیز در بیانیه_ای از دو همسایه خواست از هرگونه اقدامی که به تشدید تنش منجر شود پرهیز کنند. اتیوپی از زمان جدایی اریتره در سال ۱۹۹۳ به آب_های آزاد راه ندارد.'
A(dict(name='yjc-01', id='9120344', agency='yjc', kind='txt', section='بین_الملل', menu=9,
  published='2026-11-24T12:05+03:30', kicker='شاخ آفریقا',
  title='میانجیگری اتحادیه آفریقا در تنش اتیوپی و اریتره',
  lead='رئیس کمیسیون اتحادیه آفریقا در پی اولتیماتوم اسمره به آدیس_آبابا، با نخست_وزیر اتیوپی دیدار کرد.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['بندر عصب؛ گره کور روابط اتیوپی و اریتره'], tags=['اتیوپی', 'اریتره', 'اتحادیه آفریقا'],
  sources=['Al Jazeera'],
  ents=[('باشگاه خبرنگاران جوان','ORG','Young Journalists Club','IRNMED'),('الجزیره','ORG','Al Jazeera','QATMED'),('موسی فکی محمد','PER','Moussa Faki Mahamat','IGOAFU'),
        ('کمیسیون اتحادیه آفریقا','ORG','African Union Commission','IGOAFU'),('اتحادیه آفریقا','ORG','African Union','IGOAFU'),('آدیس_آبابا','GPE','Addis Ababa','ETH'),
        ('آبی احمد','PER','Abiy Ahmed','ETHGOV'),('اتیوپی','GPE','Ethiopia','ETH'),('اریتره','GPE','Eritrea','ERI'),('بوره','GPE','Bure','ETH'),
        ('اسمره','GPE','Asmara','ERI'),('عصب','GPE','Assab','ERI'),('ایکس','ORG','X','USABUS'),('آنتونیو گوترش','PER','António Guterres','IGOUNO'),
        ('سازمان ملل','ORG','United Nations','IGOUNO')],
  quotes=[('اتیوپی «هیچ قصدی برای جنگ» ندارد اما دسترسی به دریا را «مسئله_ای وجودی» می_داند','Abiy Ahmed','آبی احمد',False),
          ('آماده است میزبان گفت_وگوهای مستقیم میان دو کشور باشد و فرستاده_ای ویژه را به اسمره اعزام می_کند','African Union','اتحادیه آفریقا',False)],
  events=[('IGOAFU','موسی فکی محمد','ETHGOV','آبی احمد','042',False,s1),
          ('ERIGOV','دولت اریتره','ETHGOV','اتیوپی','139',False,s2),
          ('ETHGOV','اتیوپی',None,None,'138',True,s4),
          ('IGOAFU','اتحادیه آفریقا','ETHGOV','دو کشور','039',False,s5),
          ('IGOAFU','اتحادیه آفریقا','ERIGOV','دو کشور','039',False,s5),
          ('IGOUNO','آنتونیو گوترش','ETHGOV','دو همسایه','0256',False,s6),
          ('IGOUNO','آنتونیو گوترش','ERIGOV','دو همسایه','0256',False,s6)],
  notes='AU chair travelling to Addis (AU seat but Ethiopian host) and meeting Abiy = 042 IGOAFU -> ETHGOV. Eritrea\'s 72-hour ultimatum (Sunday, pluperfect, same cycle) = 139. Eritrea\'s accusation is "پیش‌تر": background. "هیچ قصدی برای جنگ ندارد" = 138 negated (the convention keeps act code + negated when no refusal code fits). AU offer to host talks aimed at two parties = 039 to each; Guterres appeal to both = 0256 to each.'))

s1 = 'به گزارش خبرنگار ایلنا، کارگران بندر آنتورپ بلژیک از بامداد سه_شنبه دست به اعتصابی ۴۸ ساعته زدند و فعالیت بارگیری و تخلیه در دومین بندر بزرگ اروپا تقریباً متوقف شد.'
s2 = 'اتحادیه_های کارگری بلژیک این اعتصاب را در اعتراض به طرح دولت برای افزایش سن بازنشستگی و حذف امتیازات مشاغل سخت سازمان داده_اند.'
s3 = 'صدها کامیون در ورودی_های بندر متوقف ماندند و به گفته اداره بندر، دست_کم ۶۰ کشتی در انتظار پهلوگیری هستند.'
s4 = 'بارت دو ور، نخست_وزیر بلژیک، در پارلمان تصریح کرد که دولت از اصل اصلاحات عقب نمی_نشیند اما برای مذاکره درباره جزئیات آمادگی دارد.'
s5 = 'تیری بودسون، دبیرکل فدراسیون عمومی کار بلژیک، در واکنش گفت: «اگر دولت طرح را پس نگیرد، ماه آینده کل کشور را تعطیل می_کنیم.»'
s6 = 'کنفدراسیون اتحادیه_های کارگری اروپا نیز با صدور بیانیه_ای از این اعتصاب پشتیبانی کرد. انجمن شرکت_های کشتیرانی هشدار داد که تداوم اعتصاب زنجیره تأمین قاره را مختل می_کند.'
A(dict(name='ilna-01', id='1390027', agency='ilna', kind='txt', degrade=['zwnjspace'], section='کارگری',
  published='2026-11-24T17:35+03:30',
  title='اعتصاب ۴۸ ساعته بندر آنتورپ در اعتراض به افزایش سن بازنشستگی',
  lead='کارگران بندر آنتورپ در اعتراض به اصلاحات بازنشستگی دولت بلژیک کار را متوقف کردند.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['اعتراض کارگران فرانسوی به لایحه کار'], tags=['بلژیک', 'اعتصاب'],
  sources=[],
  ents=[('ایلنا','ORG','ILNA','IRNMED'),('آنتورپ','GPE','Antwerp','BEL'),('بلژیک','GPE','Belgium','BEL'),('اروپا','LOC','Europe',None),
        ('بارت دو ور','PER','Bart De Wever','BELGOV'),('تیری بودسون','PER','Thierry Bodson','BELLAB'),('فدراسیون عمومی کار بلژیک','ORG','General Labour Federation of Belgium','BELLAB'),
        ('کنفدراسیون اتحادیه_های کارگری اروپا','ORG','European Trade Union Confederation','NGOETU')],
  quotes=[('دولت از اصل اصلاحات عقب نمی_نشیند اما برای مذاکره درباره جزئیات آمادگی دارد','Bart De Wever','بارت دو ور',False),
          ('اگر دولت طرح را پس نگیرد، ماه آینده کل کشور را تعطیل می_کنیم.','Thierry Bodson','تیری بودسون',True)],
  events=[('BELLAB','کارگران بندر آنتورپ بلژیک','BELGOV',None,'143',False,s1),
          ('BELGOV','دولت',None,None,'123',False,s4),
          ('BELGOV','دولت',None,None,'036',False,s4),
          ('BELLAB','تیری بودسون','BELGOV','دولت','133',False,s5),
          ('NGOETU','کنفدراسیون اتحادیه_های کارگری اروپا','BELLAB','این اعتصاب','051',False,s6)],
  notes='Strike = 143, target the government the strike is aimed at (text null). s2 describes the same strike: not coded twice. PM refuses to drop the reform (123) and offers talks on details (036): two acts in one sentence, target null (the unions are not named in the sentence) — annotated null. Union threat of a general shutdown = 133. ETUC support = 051.'))

s1 = 'ناتو از روز دوشنبه بزرگ_ترین رزمایش دریایی سال را در دریای بالتیک آغاز کرد؛ رزمایشی با نام «سپر شمالی» که بیش از ۴۰ ناو و ۹ هزار نیرو از ۱۴ کشور عضو در آن شرکت دارند.'
s2 = 'به گفته فرماندهی دریایی ناتو، هدف این رزمایش تمرین حفاظت از کابل_های زیردریایی و خطوط لوله انرژی است که در دو سال گذشته چند بار آسیب دیده_اند.'
s3 = 'مارک روته، دبیرکل ناتو، در سفر به تالین گفت: «ما اجازه نمی_دهیم بالتیک به منطقه_ای بی_قانون تبدیل شود.» او در پایتخت استونی با کریستن میشال، نخست_وزیر این کشور، دیدار کرد.'
s4 = 'مسکو به این رزمایش واکنش تندی نشان داد. الکساندر گروشکو، معاون وزیر خارجه روسیه، به خبرگزاری ریا نووستی گفت که ناتو با این اقدامات «منطقه را به سمت رویارویی سوق می_دهد» و روسیه تدابیر لازم را برای حفاظت از کالینینگراد اتخاذ خواهد کرد.'
s5 = 'ناوگان بالتیک روسیه نیز هم_زمان اعلام کرد که رزمایش آماده_باش ناگهانی خود را با مشارکت ناوهای موشک_انداز آغاز کرده است.'
A(dict(name='euronews-fa-01', id='2026/11/23/nato-baltic', agency='euronews-fa', kind='html', section='اروپا', jsonld=True,
  published='2026-11-23T14:00+01:00',
  title='آغاز رزمایش بزرگ ناتو در بالتیک؛ مسکو هشدار داد',
  lead=None,
  body=[s1, s2, s3, s4, s5],
  related=['خرابکاری در کابل_های زیردریایی بالتیک؛ آنچه می_دانیم'], tags=['ناتو', 'روسیه', 'بالتیک'],
  sources=['RIA Novosti'],
  ents=[('ناتو','ORG','NATO','IGOWSTNAT'),('دریای بالتیک','LOC','Baltic Sea',None),('بالتیک','LOC','Baltic Sea',None),('فرماندهی دریایی ناتو','ORG','NATO Maritime Command','IGOWSTNAT'),
        ('مارک روته','PER','Mark Rutte','IGOWSTNAT'),('تالین','GPE','Tallinn','EST'),('استونی','GPE','Estonia','EST'),('کریستن میشال','PER','Kristen Michal','ESTGOV'),
        ('مسکو','GPE','Moscow','RUS'),('الکساندر گروشکو','PER','Alexander Grushko','RUSGOV'),('روسیه','GPE','Russia','RUS'),('خبرگزاری ریا نووستی','ORG','RIA Novosti','RUSMED'),
        ('کالینینگراد','GPE','Kaliningrad','RUS'),('ناوگان بالتیک روسیه','ORG','Russian Baltic Fleet','RUSMIL')],
  quotes=[('ما اجازه نمی_دهیم بالتیک به منطقه_ای بی_قانون تبدیل شود.','Mark Rutte','مارک روته',True),
          ('ناتو با این اقدامات «منطقه را به سمت رویارویی سوق می_دهد» و روسیه تدابیر لازم را برای حفاظت از کالینینگراد اتخاذ خواهد کرد','Alexander Grushko','الکساندر گروشکو',False),
          ('رزمایش آماده_باش ناگهانی خود را با مشارکت ناوهای موشک_انداز آغاز کرده است','Russian Baltic Fleet','ناوگان بالتیک روسیه',False)],
  events=[('IGOWSTNAT','ناتو',None,None,'150',False,s1),
          ('IGOWSTNAT','او','ESTGOV','کریستن میشال','042',False,s3),
          ('RUSGOV','الکساندر گروشکو','IGOWSTNAT','ناتو','112',False,s4),
          ('RUSGOV','روسیه','IGOWSTNAT',None,'130',False,s4),
          ('RUSMIL','ناوگان بالتیک روسیه',None,None,'152',False,s5)],
  notes='Exercise = 150 (no target). Rutte\'s visit to Tallinn + meeting = 042 (IGO -> ESTGOV); his "we will not allow" is a general warning with no addressee, not coded. Grushko: accusation (112) and a vague threat of "necessary measures" (130). Russian snap readiness drill = 152. "مسکو به این رزمایش واکنش تندی نشان داد" is the same as Grushko\'s statement, not coded separately. Euronews has no lead.'))

s1 = 'به گزارش خبرگزاری تسنیم، ناوهای جنگی روسیه و چین روز جمعه رزمایش مشترک دریایی «تعامل دریایی ۲۰۲۶» را در دریای چین شرقی آغاز کردند.'
s2 = 'وزارت دفاع چین اعلام کرد که در این رزمایش پنج_روزه، دو کشور شلیک جنگی، مقابله با زیردریایی و عملیات نجات را تمرین خواهند کرد و رزمایش «علیه هیچ کشور ثالثی» نیست.'
s3 = 'هم_زمان دو بمب_افکن راهبردی تی_یو-۹۵ روسیه و دو بمب_افکن اچ-۶ چین گشت هوایی مشترکی را بر فراز دریای ژاپن انجام دادند.'
s4 = 'وزارت دفاع ژاپن اعلام کرد که جنگنده_های نیروی هوایی این کشور برای رهگیری بمب_افکن_ها به پرواز درآمدند. یوشیماسا هایاشی، دبیر ارشد کابینه ژاپن، گفت که توکیو «نگرانی جدی» خود را از مجاری دیپلماتیک به پکن و مسکو منتقل کرده است.'
s5 = 'سخنگوی وزارت خارجه آمریکا نیز همکاری نظامی رو به گسترش دو کشور را نکوهش کرد و آن را «تهدیدی برای ثبات منطقه هند و اقیانوس آرام» دانست.'
s6 = 'مسکو و پکن از سال ۲۰۱۲ هر سال رزمایش دریایی مشترک برگزار می_کنند.'
A(dict(name='tasnim-02', id='3402050', agency='tasnim', kind='html', section='بین_الملل', og=True,
  published='2026-11-27T18:40+03:30', kicker='رزمایش',
  title='آغاز رزمایش دریایی مشترک روسیه و چین در دریای چین شرقی',
  lead='نیروی دریایی روسیه و چین رزمایش سالانه مشترک خود را آغاز کردند و بمب_افکن_های دو کشور نیز گشت هوایی مشترک برگزار کردند.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['پوتین و شی بر گسترش همکاری نظامی تأکید کردند'], tags=['روسیه', 'چین', 'رزمایش'],
  sources=[],
  ents=[('خبرگزاری تسنیم','ORG','Tasnim News Agency','IRNMED'),('روسیه','GPE','Russia','RUS'),('چین','GPE','China','CHN'),('دریای چین شرقی','LOC','East China Sea',None),
        ('وزارت دفاع چین','ORG','Ministry of National Defense of China','CHNMIL'),('دریای ژاپن','LOC','Sea of Japan',None),('وزارت دفاع ژاپن','ORG','Ministry of Defense of Japan','JPNMIL'),
        ('ژاپن','GPE','Japan','JPN'),('یوشیماسا هایاشی','PER','Yoshimasa Hayashi','JPNGOV'),('توکیو','GPE','Tokyo','JPN'),('پکن','GPE','Beijing','CHN'),('مسکو','GPE','Moscow','RUS'),
        ('وزارت خارجه آمریکا','ORG','US Department of State','USAGOV'),('اقیانوس آرام','LOC','Pacific Ocean',None)],
  quotes=[('در این رزمایش پنج_روزه، دو کشور شلیک جنگی، مقابله با زیردریایی و عملیات نجات را تمرین خواهند کرد و رزمایش «علیه هیچ کشور ثالثی» نیست','Ministry of National Defense of China','وزارت دفاع چین',False),
          ('جنگنده_های نیروی هوایی این کشور برای رهگیری بمب_افکن_ها به پرواز درآمدند','Ministry of Defense of Japan','وزارت دفاع ژاپن',False),
          ('توکیو «نگرانی جدی» خود را از مجاری دیپلماتیک به پکن و مسکو منتقل کرده است','Yoshimasa Hayashi','یوشیماسا هایاشی',False)],
  events=[('RUSMIL','روسیه','CHNMIL','چین','062',False,s1),
          ('RUSMIL','روسیه','CHNMIL','چین','062',False,s3),
          ('JPNMIL','جنگنده_های نیروی هوایی این کشور',None,None,'152',False,s4),
          ('JPNGOV','توکیو','CHNGOV','پکن','114',False,s4),
          ('JPNGOV','توکیو','RUSGOV','مسکو','114',False,s4),
          ('USAGOV','سخنگوی وزارت خارجه آمریکا','RUSGOV','دو کشور','111',False,s5),
          ('USAGOV','سخنگوی وزارت خارجه آمریکا','CHNGOV','دو کشور','111',False,s5)],
  notes='Joint exercise of two states = 062 (cooperate militarily), symmetric, first-named source. The joint bomber patrol is a separate act (062). Scrambling jets = 152. Concern conveyed through diplomatic channels to two capitals = 114 to each. US criticism of both = 111 to each (two targets). The annual history since 2012 is background.'))

s1 = 'به گزارش ایرنا، سید عباس عراقچی، وزیر امور خارجه، که در سفری دوروزه به جاکارتا رفته است، روز چهارشنبه با سوگیونو، همتای اندونزیایی خود، دیدار و درباره گسترش روابط دوجانبه گفت_وگو کرد.'
s2 = 'در پایان این دیدار، دو وزیر یک یادداشت تفاهم برای تشکیل کمیسیون مشترک همکاری_های اقتصادی امضا کردند.'
s3 = 'عراقچی در نشست خبری مشترک با همتای اندونزیایی گفت: «ایران و اندونزی به عنوان دو کشور بزرگ جهان اسلام می_توانند نقش مؤثری در توقف جنایات در غزه ایفا کنند.»'
s4 = 'سوگیونو نیز از مواضع جمهوری اسلامی ایران در حمایت از مردم فلسطین قدردانی کرد و افزود که جاکارتا از عضویت ایران در سازوکارهای همکاری جنوب_جنوب استقبال می_کند.'
s5 = 'وزیر امور خارجه کشورمان همچنین با پرابوو سوبیانتو، رئیس_جمهور اندونزی، دیدار کرد و پیام کتبی رئیس_جمهور ایران را به وی تسلیم کرد.'
s6 = 'حجم مبادلات تجاری دو کشور در سال گذشته حدود یک میلیارد دلار بوده است. عراقچی قرار است پس از جاکارتا راهی کوالالامپور شود.'
A(dict(name='irna-02', id='85293377', agency='irna', kind='txt', section='سیاست خارجی', degrade=['nozwnj'],
  published='2026-11-25T20:15+03:30',
  title='عراقچی و سوگیونو یادداشت تفاهم همکاری اقتصادی امضا کردند',
  lead='وزیران امور خارجه ایران و اندونزی در جاکارتا بر گسترش همکاری_های دوجانبه و هماهنگی درباره فلسطین تأکید کردند.',
  body=[s1, s2, s3, s4, s5, s6], irna_code='۲۲۰۹۴۸',
  related=['سفر عراقچی به شرق آسیا'], tags=['ایران', 'اندونزی'],
  sources=[],
  ents=[('ایرنا','ORG','IRNA','IRNMED'),('سید عباس عراقچی','PER','Abbas Araghchi','IRNGOV'),('عراقچی','PER','Abbas Araghchi','IRNGOV'),('جاکارتا','GPE','Jakarta','IDN'),
        ('سوگیونو','PER','Sugiono','IDNGOV'),('ایران','GPE','Iran','IRN'),('اندونزی','GPE','Indonesia','IDN'),('غزه','GPE','Gaza','PSE'),
        ('جمهوری اسلامی ایران','GPE','Iran','IRN'),('فلسطین','GPE','Palestine','PSE'),('پرابوو سوبیانتو','PER','Prabowo Subianto','IDNGOV'),('کوالالامپور','GPE','Kuala Lumpur','MYS')],
  quotes=[('ایران و اندونزی به عنوان دو کشور بزرگ جهان اسلام می_توانند نقش مؤثری در توقف جنایات در غزه ایفا کنند.','Abbas Araghchi','عراقچی',True),
          ('جاکارتا از عضویت ایران در سازوکارهای همکاری جنوب_جنوب استقبال می_کند','Sugiono','سوگیونو',False)],
  events=[('IRNGOV','سید عباس عراقچی','IDNGOV','سوگیونو','042',False,s1),
          ('IRNGOV','دو وزیر','IDNGOV',None,'057',False,s2),
          ('IDNGOV','سوگیونو','IRNGOV','جمهوری اسلامی ایران','051',False,s4),
          ('IRNGOV','وزیر امور خارجه کشورمان','IDNGOV','پرابوو سوبیانتو','042',False,s5)],
  notes='Visit + meeting with counterpart = 042; a second meeting with the president on the same trip is a separate meeting, also 042. MoU signed by the two = 057, first-named side as source. Sugiono\'s thanks = 051. Welcoming Iran\'s membership is stated as a reported quote, not coded (no clear act). "کشورمان" → Iran; Gaza as GPE.'))

s1 = 'به گزارش ایسنا به نقل از آسوشیتدپرس، یک خودروی بمب_گذاری_شده شامگاه پنجشنبه در ورودی هتلی در نزدیکی کاخ ریاست_جمهوری در موگادیشو منفجر شد و پس از آن چند مرد مسلح وارد ساختمان شدند.'
s2 = 'گروه الشباب در پیامی که از طریق رادیو اندلس پخش شد مسئولیت این حمله را بر عهده گرفت.'
s3 = 'پلیس سومالی اعلام کرد که دست_کم ۱۹ نفر از جمله چهار نماینده پارلمان در این حمله کشته شده_اند و نیروهای امنیتی پس از هفت ساعت درگیری، مهاجمان را از پای درآوردند.'
s4 = 'حسن شیخ محمود، رئیس_جمهور سومالی، این حمله را «جنایتی بزدلانه» خواند و دستور داد کمیته_ای ویژه ابعاد آن را بررسی کند.'
s5 = 'فرماندهی ارتش آمریکا در آفریقا موسوم به آفریکام نیز روز جمعه اعلام کرد که در پاسخ به درخواست دولت فدرال سومالی، مواضع الشباب در منطقه جوبای میانه را هدف حمله هوایی قرار داده است.'
s6 = 'اتحادیه آفریقا و دفتر سازمان ملل در سومالی در بیانیه_های جداگانه این حمله تروریستی را محکوم کردند.'
A(dict(name='isna-02', id='1405090700211', agency='isna', kind='html', section='بین_الملل', og=True, jsonld=True,
  published='2026-11-28T10:10+03:30',
  title='۱۹ کشته در حمله الشباب به هتلی در موگادیشو',
  lead='حمله انتحاری و مسلحانه به هتلی در پایتخت سومالی دست_کم ۱۹ کشته بر جا گذاشت و گروه الشباب مسئولیت آن را پذیرفت.',
  body=[s1, s2, s3, s4, s5, s6], caption='دود برخاسته از محل انفجار در موگادیشو',
  related=['افزایش حملات الشباب در جنوب سومالی'], tags=['سومالی', 'الشباب'],
  sources=['AP'],
  ents=[('ایسنا','ORG','ISNA','IRNMED'),('آسوشیتدپرس','ORG','Associated Press','USAMED'),('موگادیشو','GPE','Mogadishu','SOM'),('الشباب','ORG','al-Shabaab','SOMREB'),
        ('رادیو اندلس','ORG','Radio Andalus','SOMREB'),('پلیس سومالی','ORG','Somali Police Force','SOMCOP'),('حسن شیخ محمود','PER','Hassan Sheikh Mohamud','SOMGOV'),
        ('سومالی','GPE','Somalia','SOM'),('آمریکا','GPE','United States','USA'),('آفریقا','LOC','Africa',None),('آفریکام','ORG','AFRICOM','USAMIL'),
        ('جوبای میانه','GPE','Middle Juba','SOM'),('اتحادیه آفریقا','ORG','African Union','IGOAFU'),('سازمان ملل','ORG','United Nations','IGOUNO')],
  quotes=[('دست_کم ۱۹ نفر از جمله چهار نماینده پارلمان در این حمله کشته شده_اند و نیروهای امنیتی پس از هفت ساعت درگیری، مهاجمان را از پای درآوردند','Somali Police Force','پلیس سومالی',False),
          ('در پاسخ به درخواست دولت فدرال سومالی، مواضع الشباب در منطقه جوبای میانه را هدف حمله هوایی قرار داده است','AFRICOM','فرماندهی ارتش آمریکا در آفریقا',False)],
  events=[('SOMREB',None,'SOM','هتلی در نزدیکی کاخ ریاست_جمهوری','1832',False,s1),
          ('SOMREB','گروه الشباب',None,None,'015',False,s2),
          ('SOMCOP','نیروهای امنیتی','SOMREB','مهاجمان','193',False,s3),
          ('SOMGOV','حسن شیخ محمود','SOMREB','این حمله','111',False,s4),
          ('SOMGOV','حسن شیخ محمود',None,None,'091',False,s4),
          ('USAMIL','آفریکام','SOMREB','مواضع الشباب','195',False,s5),
          ('IGOAFU','اتحادیه آفریقا','SOMREB','این حمله تروریستی','111',False,s6),
          ('IGOUNO','سازمان ملل','SOMREB','این حمله تروریستی','111',False,s6)],
  notes='Car bomb = 1832, source al-Shabaab from the claim sentence (source_text null: not in the sentence) and target bare SOM (the hotel). Claim of responsibility = 015. Security forces killing the attackers = 193. President ordering an inquiry = 091, no target. AFRICOM air strike = 195. Separate condemnations by AU and UN = two events, each ->SOMREB. Radio Andalus carried the claim but is not cited as a source by the story: not in attributed_sources. AFRICOM entity counted only as "آفریکام"; "فرماندهی ارتش آمریکا در آفریقا" left as title + GPE + LOC.'))

s1 = 'به گزارش خبرگزاری مهر به نقل از رویترز، شورای نظامی میانمار روز یکشنبه نخستین مرحله انتخابات پارلمانی را در بخش_هایی از کشور برگزار کرد؛ انتخاباتی که احزاب اصلی مخالف از شرکت در آن منع شده بودند.'
s2 = 'تام اندروز، گزارشگر ویژه سازمان ملل در امور حقوق بشر میانمار، این انتخابات را «نمایشی برای مشروعیت_بخشی به کودتا» توصیف کرد.'
s3 = 'وی در بیانیه_ای از کشورهای منطقه خواست نتایج آن را به رسمیت نشناسند و آزادی آنگ سان سوچی و دیگر زندانیان سیاسی را در اولویت قرار دهند.'
s4 = 'دولت وحدت ملی، دولت در تبعید مخالفان، اعلام کرد که در مناطق تحت کنترل نیروهای مقاومت هیچ حوزه رأی_گیری برپا نخواهد شد.'
s5 = 'ژنرال مین آنگ هلاینگ، رهبر شورای نظامی، پس از دادن رأی خود در نی_پی_دو به رسانه_های دولتی گفت که ارتش «قدرت را به دولت منتخب مردم» واگذار خواهد کرد.'
s6 = 'کشورهای عضو آسه_آن درباره این انتخابات موضع یکسانی ندارند. تایلند و کامبوج اعلام کرده_اند ناظر اعزام می_کنند، اما مالزی و اندونزی از اعزام ناظر خودداری کردند.'
A(dict(name='mehr-02', id='6674188', agency='mehr', kind='txt', section='بین_الملل', degrade=['arabic', 'latin'],
  published='2026-11-22T22:40+03:30', kicker='',
  title='برگزاری انتخابات در میانمار در سایه جنگ داخلی',
  lead='شورای نظامی میانمار نخستین دور انتخابات پارلمانی را برگزار کرد؛ گزارشگر سازمان ملل آن را «نمایشی» خواند.',
  body=[s1, s2, s3, s4, s5, s6],
  related=['گزارش سازمان ملل درباره حملات هوایی ارتش میانمار'], tags=['میانمار', 'آسه_آن'],
  sources=['Reuters'],
  ents=[('خبرگزاری مهر','ORG','Mehr News Agency','IRNMED'),('رویترز','ORG','Reuters','GBRMED'),('شورای نظامی میانمار','ORG','Myanmar military junta','MMRGOV'),
        ('میانمار','GPE','Myanmar','MMR'),('تام اندروز','PER','Tom Andrews','IGOUNO'),('سازمان ملل','ORG','United Nations','IGOUNO'),('آنگ سان سوچی','PER','Aung San Suu Kyi','MMROPP'),
        ('دولت وحدت ملی','ORG','National Unity Government','MMROPP'),('مین آنگ هلاینگ','PER','Min Aung Hlaing','MMRGOV'),('نی_پی_دو','GPE','Naypyidaw','MMR'),
        ('آسه_آن','ORG','ASEAN','IGOSEA'),('تایلند','GPE','Thailand','THA'),('کامبوج','GPE','Cambodia','KHM'),('مالزی','GPE','Malaysia','MYS'),('اندونزی','GPE','Indonesia','IDN')],
  quotes=[('در مناطق تحت کنترل نیروهای مقاومت هیچ حوزه رأی_گیری برپا نخواهد شد','National Unity Government','دولت وحدت ملی',False),
          ('ارتش «قدرت را به دولت منتخب مردم» واگذار خواهد کرد','Min Aung Hlaing','مین آنگ هلاینگ',False),
          ('ناظر اعزام می_کنند، اما مالزی و اندونزی از اعزام ناظر خودداری کردند','Government of Thailand','تایلند',False)],
  events=[('IGOUNO','تام اندروز','MMRGOV','این انتخابات','111',False,s2),
          ('IGOUNO','وی',None,'کشورهای منطقه','020',False,s3),
          ('MMRGOV','ارتش',None,None,'0341',False,s5),
          ('THAGOV','تایلند','MMRGOV',None,'030',False,s6),
          ('MYSGOV','مالزی','MMRGOV',None,'120',False,s6)],
  notes='The election itself is not a CAMEO event. Appeal to "کشورهای منطقه" = generic, target null, root 020 (appeal not to recognise + to prioritise prisoners: mixed, family only). Junta pledge to hand power to an elected government = 0341. Thailand/Cambodia sending observers = joint act of two, 030 (intent to cooperate); Malaysia/Indonesia refusing to send observers = 120, one event from first-named. Reported quote after "اعلام کرده‌اند" runs to sentence end, crossing the "اما" clause.'))

s1 = 'به گزارش خبرگزاری فارس، دولت نظامی بورکینافاسو شامگاه دوشنبه اعلام کرد که یک تلاش برای کودتا را خنثی کرده و ده_ها نظامی و غیرنظامی در ارتباط با آن بازداشت شده_اند.'
s2 = 'محمدو سانا، وزیر امنیت بورکینافاسو، در تلویزیون دولتی گفت که طراحان کودتا قصد داشتند روز ۳۰ نوامبر کاخ ریاست_جمهوری در واگادوگو را هدف قرار دهند و ابراهیم تراوره را به قتل برسانند.'
s3 = 'وی ساحل عاج را متهم کرد که به شبکه کودتا «پناه و پول» داده است.'
s4 = 'دولت ساحل عاج این اتهامات را قاطعانه تکذیب کرد و آن را «ادعاهایی بی_پایه» خواند.'
s5 = 'اتحادیه آفریقا با صدور بیانیه_ای هرگونه تغییر غیرقانونی حکومت را محکوم کرد و از واگادوگو خواست حقوق بازداشت_شدگان را رعایت کند.'
s6 = 'بورکینافاسو از زمان کودتای سال ۲۰۲۲ به رهبری تراوره، دست_کم سه بار اعلام کرده است که توطئه_های کودتا را خنثی کرده است. این کشور به همراه مالی و نیجر از جامعه اقتصادی کشورهای غرب آفریقا خارج شده است.'
A(dict(name='fars-02', id='14050904000788', agency='fars', kind='html', section='آفریقا', jsonld=True, degrade=['zwnjspace', 'arabicindic'],
  published='2026-11-24T23:30+03:30', kicker='بورکینافاسو',
  title='خنثی شدن کودتا در بورکینافاسو؛ واگادوگو ساحل عاج را متهم کرد',
  lead='مقام_های نظامی بورکینافاسو از خنثی شدن یک توطئه کودتا و بازداشت ده_ها نفر خبر دادند.',
  body=[s1, s2 + ' ' + s3, s4, s5, s6],
  related=['تراوره: ساحل آفریقا دیگر حیاط خلوت فرانسه نیست'], tags=['بورکینافاسو', 'کودتا'],
  comments=[('ناشناس', 'خبر خوبی بود')],
  sources=[],
  ents=[('خبرگزاری فارس','ORG','Fars News Agency','IRNMED'),('بورکینافاسو','GPE','Burkina Faso','BFA'),('محمدو سانا','PER','Mahamadou Sana','BFAGOV'),
        ('واگادوگو','GPE','Ouagadougou','BFA'),('ابراهیم تراوره','PER','Ibrahim Traoré','BFAGOV'),('تراوره','PER','Ibrahim Traoré','BFAGOV'),('ساحل عاج','GPE','Ivory Coast','CIV'),
        ('اتحادیه آفریقا','ORG','African Union','IGOAFU'),('مالی','GPE','Mali','MLI'),('نیجر','GPE','Niger','NER'),
        ('جامعه اقتصادی کشورهای غرب آفریقا','ORG','ECOWAS','IGOWAS')],
  quotes=[('طراحان کودتا قصد داشتند روز ۳۰ نوامبر کاخ ریاست_جمهوری در واگادوگو را هدف قرار دهند و ابراهیم تراوره را به قتل برسانند','Mahamadou Sana','محمدو سانا',False)],
  events=[('BFAGOV','دولت نظامی بورکینافاسو','BFAMIL','ده_ها نظامی و غیرنظامی','173',False,s1),
          ('BFAGOV','وی','CIVGOV','ساحل عاج','112',False,s3),
          ('CIVGOV','دولت ساحل عاج','BFAMIL',None,'070',True,s4),
          ('IGOAFU','اتحادیه آفریقا',None,None,'111',False,s5),
          ('IGOAFU','اتحادیه آفریقا','BFAGOV','واگادوگو','0243',False,s5)],
  notes='Arrests after a foiled coup = 173, target BFAMIL (soldiers named first). The plan to attack the palace is a claim about an intended act, not coded. Ivory Coast "تکذیب کرد" the accusation of giving the plotters "shelter and money": per the conventions the denied act itself, negated: 070 (provide aid) negated, target the plotters (BFAMIL). AU condemning "any unconstitutional change" = 111 with no addressee; appeal to respect detainees\' rights = 0243.'))

s1 = 'دادگاهی در استانبول روز سه_شنبه دستور بازداشت موقت سه روزنامه_نگار را صادر کرد که هفته گذشته در جریان پوشش اعتراضات دانشجویی در این شهر دستگیر شده بودند.'
s2 = 'این سه نفر که برای رسانه_های مستقل و یک خبرگزاری خارجی کار می_کنند، به «شرکت در تجمع غیرقانونی» و «تبلیغ برای سازمان تروریستی» متهم شده_اند.'
s3 = 'وکیل یکی از متهمان به بی_بی_سی فارسی گفت که موکلش تنها کارت خبرنگاری خود را نشان داده و در هیچ شعاری شرکت نکرده است.'
s4 = 'کمیته حمایت از روزنامه_نگاران این حکم را «ضربه_ای تازه به آزادی مطبوعات در ترکیه» خواند و خواستار آزادی فوری آنها شد.'
s5 = 'دفتر ریاست_جمهوری ترکیه تا کنون در این باره اظهار نظر نکرده است، اما یک مقام حزب عدالت و توسعه در گفت_وگو با روزنامه حریت گفت که «هیچ کس به خاطر روزنامه_نگاری زندانی نمی_شود».'
s6 = 'دادستانی کل استانبول همچنین اعلام کرد که تحقیقات درباره «محرکان» اعتراضات دانشگاه بغازیچی را گسترش داده است. ترکیه در رده_بندی سال جاری گزارشگران بدون مرز در جایگاه ۱۵۸ قرار دارد.'
A(dict(name='bbcpersian-02', id='c4g7z9p1', agency='bbcpersian', kind='txt', section=None, crumb=False, title2=False,
  published='2026-11-25', datefmt='greg',
  title='بازداشت موقت سه روزنامه_نگار در ترکیه به اتهام «شرکت در تجمع غیرقانونی»',
  lead=None,
  body=[s1, s2, s3, s4, s5, s6],
  related=['اعتراضات دانشجویی در ترکیه وارد سومین هفته شد'], tags=['ترکیه', 'آزادی مطبوعات'],
  sources=['Hürriyet'],
  ents=[('استانبول','GPE','Istanbul','TUR'),('بی_بی_سی فارسی','ORG','BBC Persian','GBRMED'),('کمیته حمایت از روزنامه_نگاران','ORG','Committee to Protect Journalists','NGOCPJ'),
        ('ترکیه','GPE','Turkey','TUR'),('حزب عدالت و توسعه','ORG','Justice and Development Party','TURPTY'),('روزنامه حریت','ORG','Hürriyet','TURMED'),
        ('دادستانی کل استانبول','ORG','Istanbul Chief Public Prosecutor\'s Office','TURJUD'),('بغازیچی','ORG','Boğaziçi University','TUREDU'),
        ('گزارشگران بدون مرز','ORG','Reporters Without Borders','NGORSF')],
  quotes=[('موکلش تنها کارت خبرنگاری خود را نشان داده و در هیچ شعاری شرکت نکرده است','unnamed lawyer','وکیل یکی از متهمان',False),
          ('«هیچ کس به خاطر روزنامه_نگاری زندانی نمی_شود»','unnamed AKP official','یک مقام حزب عدالت و توسعه',False),
          ('تحقیقات درباره «محرکان» اعتراضات دانشگاه بغازیچی را گسترش داده است','Istanbul Chief Public Prosecutor\'s Office','دادستانی کل استانبول',False)],
  events=[('TURJUD','دادگاهی در استانبول','TURMED','سه روزنامه_نگار','173',False,s1),
          ('NGOCPJ','کمیته حمایت از روزنامه_نگاران','TURJUD','این حکم','111',False,s4),
          ('NGOCPJ','کمیته حمایت از روزنامه_نگاران','TURGOV',None,'0253',False,s4),
          ('TURJUD','دادستانی کل استانبول',None,None,'091',False,s6)],
  notes='A dump cut before breadcrumb: section null. Court-ordered pre-trial detention = 173 (JUD -> MED); the arrests "last week" are older background. The lawyer says to BBC Persian itself: not an attributed source. CPJ\'s call for release: no addressee in the sentence, target TURGOV as the single counterpart. The whole of the quoted phrase inside guillemets is the reported quote. Prosecutor widening the probe = 091 with no named target.'))
