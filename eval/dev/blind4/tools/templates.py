"""Page shapes per agency (text dumps and HTML). Invented menus and footers."""
import datetime, html, json

ZW = '\u200c'
FA = '۰۱۲۳۴۵۶۷۸۹'

def fa(s):
    return ''.join(FA[int(c)] if c.isdigit() else c for c in str(s))

JM = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند']
GM = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']
WD = ['دوشنبه', 'سه\u200cشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه']

def parse(pub):
    d = datetime.date(int(pub[:4]), int(pub[5:7]), int(pub[8:10]))
    t = pub[11:16] if len(pub) > 10 else None
    return d, t

def jal(d):
    off = (d - datetime.date(2026, 9, 23)).days
    return 1405, 7 + off // 30, off % 30 + 1

def date_line(a):
    pub = a.get('pub')
    if not pub:
        return ''
    d, t = parse(pub)
    y, m, dd = jal(d)
    style = a.get('dstyle', 'j1')
    if style == 'j1':
        s = f'{fa(dd)} {JM[m-1]} {fa(y)}' + (f' - {fa(t)}' if t else '')
    elif style == 'j2':
        s = f'{fa(y)}/{fa(str(m).zfill(2))}/{fa(str(dd).zfill(2))}' + (f' {fa(t)}' if t else '')
    elif style == 'j3':
        s = f'{WD[d.weekday()]} {fa(dd)} {JM[m-1]} {fa(y)}' + (f' ساعت {fa(t)}' if t else '')
    elif style == 'g1':
        s = f'{fa(d.day)} {GM[d.month-1]} {fa(d.year)}' + (f' - {fa(t)}' if t else '')
    elif style == 'g2':
        s = f'{fa(str(d.day).zfill(2))}/{fa(d.month)}/{fa(d.year)} - {fa(t)} GMT+{fa(pub[-4])}'
    elif style == 'jg':
        s = f'{WD[d.weekday()]} {fa(dd)} {JM[m-1]} {fa(y)} - {fa(d.day)} {GM[d.month-1]} {fa(d.year)}'
    return s

SITES = {
    'tasnim': ('خبرگزاری تسنیم', ['صفحه اصلی', 'سیاسی', 'بین\u200cالملل', 'اقتصادی', 'ورزشی', 'فرهنگی', 'استان\u200cها', 'چندرسانه\u200cای'], 'انتهای پیام/', ['پربیننده\u200cترین اخبار', 'اخبار روز', 'آرشیو', 'تماس با ما', 'همراه اول', 'تبلیغات']),
    'irna': ('ایرنا', ['ایرنا', 'سیاست', 'اقتصاد', 'جامعه', 'جهان', 'فرهنگ', 'ورزش', 'استان\u200cها', 'عکس'], None, ['اخبار مرتبط', 'کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است', 'درباره ما']),
    'isna': ('ایسنا', ['صفحه نخست', 'سیاسی', 'اقتصادی', 'اجتماعی', 'بین\u200cالملل', 'علمی', 'ورزشی', 'استان\u200cها'], 'انتهای پیام', ['اخبار مرتبط', 'برچسب\u200cها', 'نظرات', 'کلیه حقوق محفوظ است']),
    'mehr': ('خبرگزاری مهر', ['صفحه اصلی', 'سیاست', 'بین\u200cالملل', 'اقتصاد', 'جامعه', 'فرهنگ', 'ورزش', 'عکس', 'فیلم'], None, ['برچسب\u200cها', 'لینک کوتاه کپی شد', 'اخبار مرتبط', 'نظر شما', 'Mehr News Agency']),
    'fars': ('خبرگزاری فارس', ['خانه', 'سیاسی', 'اقتصادی', 'اجتماعی', 'بین\u200cالملل', 'ورزشی', 'فارس من'], 'انتهای پیام/م', ['پربازدیدترین\u200cها', 'فارس من', 'اپلیکیشن فارس', 'ارتباط با ما', 'بانک سپه']),
    'bbcpersian': ('بی\u200cبی\u200cسی فارسی', ['خانه', 'ایران', 'جهان', 'اقتصاد', 'ورزش', 'ویدیو', 'پادکست'], None, ['مطالب مرتبط', 'پربیننده\u200cترین', 'چرا می\u200cتوانید به بی\u200cبی\u200cسی اعتماد کنید', '© ۲۰۲۶ بی\u200cبی\u200cسی']),
    'radiofarda': ('رادیو فردا', ['خانه', 'ایران', 'جهان', 'اقتصاد', 'حقوق بشر', 'ویدیو', 'برنامه\u200cها'], None, ['مطالب مرتبط', 'پربیننده\u200cترین مطالب', 'رادیو فردا در شبکه\u200cهای اجتماعی', 'سیاست حفظ حریم خصوصی']),
    'iranintl': ('ایران اینترنشنال', ['خانه', 'ایران', 'جهان', 'اقتصاد', 'ورزش', 'پخش زنده'], None, ['بیشتر بخوانید', 'ایران اینترنشنال را در تلگرام دنبال کنید', 'درباره ما', 'تماس']),
    'hamshahri': ('همشهری آنلاین', ['صفحه نخست', 'سیاسی', 'شهری', 'اقتصادی', 'جهان', 'ورزشی', 'فرهنگی'], None, ['برچسب\u200cها', 'خبرهای مرتبط', 'دیدگاه\u200cها', 'همه حقوق این سایت برای همشهری آنلاین محفوظ است']),
    'entekhab': ('پایگاه خبری تحلیلی انتخاب', ['صفحه نخست', 'سیاسی', 'اقتصادی', 'بین\u200cالملل', 'اجتماعی', 'ورزشی', 'دیدنی\u200cها'], None, ['اخبار مرتبط', 'نظرات بینندگان', 'ارسال نظر', 'پربازدیدها', 'کلیه حقوق محفوظ است']),
    'khabaronline': ('خبرآنلاین', ['صفحه نخست', 'سیاسی', 'اقتصادی', 'جهان', 'اجتماعی', 'ورزش', 'فرهنگ'], None, ['کد خبر ۲۲۱۰۴۵۸', 'برچسب\u200cها', 'پربازدیدترین', 'نظر شما', 'ارسال']),
    'yjc': ('باشگاه خبرنگاران جوان', ['صفحه اصلی', 'سیاسی', 'اقتصادی', 'اجتماعی', 'بین\u200cالملل', 'ورزشی', 'استان\u200cها'], 'انتهای پیام/', ['اخبار پیشنهادی', 'آخرین اخبار', 'باشگاه خبرنگاران جوان', 'تبلیغات', 'اپلیکیشن yjc']),
    'ilna': ('ایلنا', ['خانه', 'سیاسی', 'کارگری', 'اقتصادی', 'اجتماعی', 'بین\u200cالملل', 'فرهنگی'], 'انتهای پیام/', ['اخبار مرتبط', 'پربازدیدترین\u200cها', 'ارسال نظر', 'ILNA']),
    'euronews-fa': ('یورونیوز فارسی', ['خانه', 'ایران', 'جهان', 'اروپا', 'اقتصاد', 'ویدیو'], None, ['مطالب مرتبط', 'خبرهای برگزیده', 'بیشتر از یورونیوز', 'حریم خصوصی', 'شرایط استفاده']),
}

RELATED = [
    'نشست وزیران خارجه منطقه در دوحه برگزار می\u200cشود',
    'قیمت دلار در بازار آزاد امروز',
    'پیش\u200cبینی هوای تهران برای آخر هفته',
    'گزارش تصویری از نمایشگاه کتاب استان فارس',
    'نتایج هفته دوازدهم لیگ برتر فوتبال',
    'آغاز ثبت\u200cنام کنکور سراسری از هفته آینده',
    'افزایش پروازهای فرودگاه امام در ماه آینده',
]

def render_txt(a):
    site, menu, marker, footer = SITES[a['agency']]
    L = [site] + menu
    if a.get('today'):
        L.append(a['today'])
    L.append('')
    if a.get('crumb'):
        L.append('خانه » ' + a['crumb'])
    code = a.get('code_top')
    if code:
        L.append('کد خبر: ' + code)
    if a.get('kicker'):
        L.append(a['kicker'])
    L.append(a['title'])
    L.append('')
    if a.get('twice', True):
        L.append(a['title'] + (' - ' + site if a.get('suffix') else ''))
        L.append('')
    dl = date_line(a)
    if dl and not a.get('date_footer'):
        L.append(dl)
        L.append('')
    if a.get('lead'):
        L.append(a['lead'])
        L.append('')
    for i, p in enumerate(a['body']):
        L.append(p)
        L.append('')
        if a.get('more') and i == 1:
            L.append('بیشتر بخوانید: ' + RELATED[0])
            L.append('')
    if a['agency'] == 'irna':
        L.append(fa(a.get('irna_code', '85012477')))
        L.append('')
    elif marker:
        L.append(marker)
        L.append('')
    if dl and a.get('date_footer'):
        L.append('تاریخ انتشار: ' + dl)
    if a.get('tags'):
        L.append('برچسب\u200cها: ' + '، '.join(a['tags']))
    L.extend(footer)
    L.extend(RELATED[1:5])
    s = '\n'.join(L) + '\n'
    if a.get('cut'):
        s = s[:-a['cut']]
    return s

def esc(s):
    return html.escape(s, quote=True)

def render_html(a):
    site, menu, marker, footer = SITES[a['agency']]
    pub = a.get('pub')
    iso = None
    if pub:
        iso = pub[:16] + ':00' + pub[16:] if len(pub) > 10 else pub
    title = a['title']
    head = [f'<meta charset="utf-8">', f'<title>{esc(title)} - {esc(site)}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if a.get('og', True):
        head += [f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:site_name" content="{esc(site)}">',
                 '<meta property="og:type" content="article">']
        if a.get('lead'):
            head.append(f'<meta property="og:description" content="{esc(a["lead"])}">')
        if iso:
            head.append(f'<meta property="article:published_time" content="{iso}">')
        if a.get('section'):
            head.append(f'<meta property="article:section" content="{esc(a["section"])}">')
    if a.get('jsonld') and iso:
        ld = {'@context': 'https://schema.org', '@type': a.get('jsonld_type', 'NewsArticle'), 'headline': title,
              'datePublished': iso, 'inLanguage': 'fa', 'publisher': {'@type': 'Organization', 'name': site}}
        if a.get('section'):
            ld['articleSection'] = a['section']
        if a.get('lead'):
            ld['description'] = a['lead']
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    nav = '<nav class="main-menu"><ul>' + ''.join(f'<li><a href="/{i}">{esc(m)}</a></li>' for i, m in enumerate(menu)) + '</ul></nav>'
    parts = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>'] + head + ['</head>', '<body>',
             f'<header class="site-header"><div class="logo"><a href="/">{esc(site)}</a></div>{nav}'
             f'<div class="today">{esc(a.get("today", ""))}</div></header>', '<main class="container">']
    if a.get('crumb'):
        parts.append(f'<ol class="breadcrumb"><li><a href="/">خانه</a></li><li><a href="/section">{esc(a["crumb"])}</a></li></ol>')
    parts.append('<article class="news-item">')
    if a.get('kicker'):
        parts.append(f'<div class="kicker">{esc(a["kicker"])}</div>')
    parts.append(f'<h1 class="title">{esc(title)}</h1>')
    dl = date_line(a)
    if dl:
        parts.append(f'<div class="news-date"><time datetime="{iso}">{esc(dl)}</time></div>')
    if a.get('lead'):
        parts.append(f'<p class="lead summary">{esc(a["lead"])}</p>')
    parts.append('<figure class="main-photo"><img src="/img/main.jpg" alt=""><figcaption>'
                 + esc(a.get('caption', 'عکس: آرشیو')) + '</figcaption></figure>')
    parts.append('<div class="item-body">')
    for i, p in enumerate(a['body']):
        parts.append(f'<p>{esc(p)}</p>')
        if a.get('more') and i == 1:
            parts.append(f'<div class="read-more"><strong>بیشتر بخوانید:</strong> <a href="/r">{esc(RELATED[0])}</a></div>')
    if a['agency'] == 'irna':
        parts.append(f'<p>{fa(a.get("irna_code", "85012477"))}</p>')
    elif marker:
        parts.append(f'<p class="end">{marker}</p>')
    parts.append('</div>')
    if a.get('tags'):
        parts.append('<div class="tags"><span>برچسب\u200cها:</span>' + ''.join(f'<a href="/tag">{esc(t)}</a>' for t in a['tags']) + '</div>')
    parts.append('<div class="share">اشتراک\u200cگذاری: تلگرام | واتس\u200cاپ | ایکس | کپی لینک</div>')
    parts.append('</article>')
    parts.append('<aside class="related"><h3>اخبار مرتبط</h3><ul>' + ''.join(f'<li><a href="/n{i}">{esc(r)}</a></li>' for i, r in enumerate(RELATED[1:6])) + '</ul></aside>')
    if a.get('comments'):
        parts.append('<section class="comments"><h3>نظرات</h3>' + ''.join(f'<div class="comment"><span class="author">{esc(n)}</span><p>{esc(c)}</p></div>' for n, c in a['comments']) + '</section>')
    parts.append('</main>')
    parts.append('<footer><ul>' + ''.join(f'<li>{esc(f)}</li>' for f in footer) + '</ul></footer>')
    parts.append('</body></html>')
    return '\n'.join(parts) + '\n'
