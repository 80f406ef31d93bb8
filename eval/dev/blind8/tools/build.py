#!/usr/bin/env python3
"""Render the blind8 pages and gold files from tools/src_*.py and check them.

Article specs ("_" stands for ZWNJ in every string):
  name, agency, kind ('txt'|'html'), section, published, date (as the page shows it), title, lead,
  body [paragraphs], sources [English names], degrade (None|'nozwnj'|'zwnjspace'|'arabic'|'latin'|
  'arabicdigits'|'arabic+nozwnj'), jsonld (bool, html), entities [(surface, type, canonical, code)],
  quotes [(speaker, speaker_text, text, direct)], events [(src, src_text, tgt, tgt_text, cameo,
  negated, fragment)], notes.
"""
import collections
import html
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REPO = os.path.abspath(os.path.join(OUT, '..', '..', '..'))
ZW = '\u200c'


def load_tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            rows.append(line.rstrip('\n').split('\t'))
    return rows


CAMEO = {r[0]: r[1] for r in load_tsv(os.path.join(REPO, 'rasad/events/data/cameo.tsv'))}
PLOVER = {r[0]: (r[1], r[2]) for r in load_tsv(os.path.join(REPO, 'rasad/events/data/cameo_plover.tsv'))}


def plover(code):
    for n in range(len(code), 0, -1):
        if code[:n] in PLOVER:
            t, m = PLOVER[code[:n]]
            if t == '-':
                return None
            return {'event_type': t, 'mode': None if m == '-' else m}
    return None


def z(s):
    return None if s is None else s.replace('_', ZW)


FA = '۰۱۲۳۴۵۶۷۸۹'
AR = '٠١٢٣٤٥٦٧٨٩'


def degrade(s, how):
    if not how:
        return s
    for h in how.split('+'):
        if h == 'nozwnj':
            s = s.replace(ZW, '')
        elif h == 'zwnjspace':
            s = s.replace(ZW, ' ')
        elif h == 'arabic':
            s = s.replace('ی', 'ي').replace('ک', 'ك')
        elif h == 'latin':
            s = s.translate(str.maketrans(FA, '0123456789'))
        elif h == 'arabicdigits':
            s = s.translate(str.maketrans(FA, AR))
        else:
            raise ValueError(h)
    return s


SITES = {
    'tasnim': ('خبرگزاری تسنیم', 'انتهای پیام/', 'tasnimnews.com'),
    'mehr': ('خبرگزاری مهر', None, 'mehrnews.com'),
    'irna': ('ایرنا', 'code', 'irna.ir'),
    'isna': ('ایسنا', 'انتهای پیام', 'isna.ir'),
    'fars': ('خبرگزاری فارس', 'انتهای پیام/', 'farsnews.ir'),
    'bbcpersian': ('BBC News فارسی', None, 'bbc.com/persian'),
    'radiofarda': ('رادیو فردا', None, 'radiofarda.com'),
    'iranintl': ('ایران اینترنشنال', None, 'iranintl.com'),
    'hamshahri': ('همشهری آنلاین', None, 'hamshahrionline.ir'),
    'entekhab': ('پایگاه خبری تحلیلی انتخاب', None, 'entekhab.ir'),
    'khabaronline': ('خبرآنلاین', None, 'khabaronline.ir'),
    'yjc': ('باشگاه خبرنگاران جوان', 'انتهای پیام/', 'yjc.ir'),
    'ilna': ('ایلنا', 'انتهای پیام/', 'ilna.ir'),
    'euronews-fa': ('یورونیوز فارسی', None, 'parsi.euronews.com'),
    'asriran': ('عصر ایران', None, 'asriran.com'),
    'tabnak': ('تابناک', None, 'tabnak.ir'),
}
MENU = ['صفحه اصلی', 'سیاسی', 'اقتصادی', 'اجتماعی', 'بین_الملل', 'ورزشی', 'فرهنگی', 'ویدئو', 'عکس']


def fa_digits(s):
    return s.translate(str.maketrans('0123456789', FA))


def render_txt(a, i):
    site, marker, dom = SITES[a['agency']]
    L = []
    if i % 3 == 0:
        L += MENU
    elif i % 3 == 1:
        L.append(' | '.join(MENU))
    else:
        L.append(' '.join(MENU[:6]))
    L.append('امروز: یکشنبه ۸ آذر ۱۴۰۵')
    if a['section']:
        L.append('خانه > ' + a['section'])
    if i % 2 == 0:
        L.append(a['title'] + ' - ' + site)
    L.append(a['title'])
    if a['date'] and i % 4 != 3:
        L.append(a['date'])
    if a['lead']:
        L.append(a['lead'])
    L += a['body']
    if marker == 'code':
        L.append(fa_digits('8%d**2201' % (4100 + i * 7)))
    elif marker:
        L.append(marker)
    if a['date'] and i % 4 == 3:
        L.append('تاریخ انتشار: ' + a['date'])
    L.append('برچسب_ها: ' + '، '.join(a.get('tags') or ['ایران', 'سیاست']))
    L.append('اخبار مرتبط')
    L.append('واکنش_ها به تحولات اخیر منطقه ادامه دارد')
    L.append('گزارش تصویری از بازار تهران')
    L.append('اشتراک_گذاری: تلگرام | واتساپ | ایکس')
    L.append('حامی رسانه_ای: بیمه پارسیان')
    L.append('کلیه حقوق این سایت متعلق به ' + site + ' است.')
    sep = '\n\n' if i % 2 else '\n'
    return z(sep.join(L)) + '\n'


def render_html(a, i):
    site, marker, dom = SITES[a['agency']]
    e = html.escape
    title, lead = a['title'], a['lead']
    url = 'https://www.%s/news/%d/' % (dom, 700000 + i * 131)
    pub = a['published']
    if len(pub) > 10:
        d, t = pub.split('T')
        pubmeta = d + 'T' + t[:5] + ':00' + t[5:]
    else:
        pubmeta = pub
    head = ['<!DOCTYPE html>', '<html lang="fa" dir="rtl">', '<head>', '<meta charset="utf-8">',
            '<title>%s - %s</title>' % (e(title), e(site)),
            '<meta property="og:site_name" content="%s">' % e(site),
            '<meta property="og:title" content="%s">' % e(title),
            '<meta property="og:url" content="%s">' % url,
            '<meta property="og:type" content="article">']
    if lead:
        head.append('<meta property="og:description" content="%s">' % e(lead))
    head.append('<meta property="article:published_time" content="%s">' % pubmeta)
    if a['section']:
        head.append('<meta property="article:section" content="%s">' % e(a['section']))
    if a.get('jsonld'):
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'datePublished': pubmeta, 'articleSection': a['section'],
              'publisher': {'@type': 'Organization', 'name': site}}
        if lead:
            ld['description'] = lead
        head.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    head.append('</head>')
    b = ['<body>', '<header><nav><ul>' + ''.join('<li><a href="/s/%d">%s</a></li>' % (k, e(z(m))) for k, m in enumerate(MENU)) + '</ul></nav>',
         '<div class="today">یکشنبه ۸ آذر ۱۴۰۵</div></header>',
         '<ol class="breadcrumb"><li><a href="/">خانه</a></li><li><a href="/s">%s</a></li></ol>' % e(a['section']),
         '<article>', '<h1 class="title">%s</h1>' % e(title)]
    if a['date']:
        b.append('<time datetime="%s">%s</time>' % (pubmeta, e(a['date'])))
    if lead:
        b.append('<p class="lead">%s</p>' % e(lead))
    b.append('<div class="body">')
    for k, p in enumerate(a['body']):
        b.append('<p>%s</p>' % e(p))
        if k == 1 and i % 3 == 0:
            b.append('<figure><img src="/img/%d.jpg"><figcaption>تصویر آرشیوی</figcaption></figure>' % i)
    if marker == 'code':
        b.append('<p>%s</p>' % fa_digits('8%d**2201' % (4100 + i * 7)))
    elif marker:
        b.append('<p class="end">%s</p>' % marker)
    b.append('</div>')
    b.append('<div class="tags">' + ''.join('<a href="/tag/%d">%s</a>' % (k, e(t)) for k, t in enumerate(a.get('tags') or ['ایران', 'سیاست'])) + '</div>')
    b.append(z('<div class="share">اشتراک_گذاری: تلگرام | واتساپ | ایکس</div>'))
    b.append('</article>')
    b.append('<aside class="related"><h3>اخبار مرتبط</h3><ul><li><a href="/n/1">' + z('واکنش_ها') + ' به تحولات اخیر منطقه ادامه دارد</a></li><li><a href="/n/2">گزارش تصویری از بازار تهران</a></li></ul></aside>')
    b.append('<footer><p>کلیه حقوق این سایت متعلق به %s است.</p></footer>' % e(site))
    b += ['</body>', '</html>']
    return '\n'.join(head + b) + '\n'


SENT_END = re.compile(r'[.!?؟]')


def sentences(text):
    """(start, end) of every sentence: paragraphs split at . ! ? ؟ outside «» followed by space/end."""
    out = []
    pos = 0
    for para in text.split('\n\n'):
        s = pos
        depth = 0
        k = 0
        n = len(para)
        while k < n:
            c = para[k]
            if c == '«':
                depth += 1
            elif c == '»':
                depth = max(0, depth - 1)
            elif c in '.!?؟' and depth == 0 and (k + 1 == n or para[k + 1] == ' '):
                out.append((pos + (s - pos), pos + k + 1))
                s = pos + k + 2
            k += 1
        if s < pos + n:
            out.append((s, pos + n))
        pos += n + 2
    # strip
    res = []
    for a, b in out:
        while a < b and text[a] == ' ':
            a += 1
        res.append((a, b))
    return res


LETTER = re.compile(r'[\w\u200c]')


def find_all(text, s):
    res = []
    k = text.find(s)
    while k >= 0:
        before = text[k - 1] if k else ' '
        after = text[k + len(s)] if k + len(s) < len(text) else ' '
        if not LETTER.match(before) and not LETTER.match(after):
            res.append((k, k + len(s)))
        k = text.find(s, k + 1)
    return res


BAD_ORTH = [
    (re.compile('[اددذرزژو]' + ZW), 'ZWNJ after non-joining letter'),
    (re.compile(r'(^|\s)(می|نمی) '), 'detached می'),
    (re.compile(r' (ها|های|هایی|ترین)(\s|$)'), 'detached ها/ترین'),
    (re.compile('[يك0-9٠-٩]'), 'Arabic letter or non-Persian digit'),
]


def build_one(a, i, errors, stats):
    a = dict(a)
    for key in ('title', 'lead', 'section', 'date'):
        a[key] = z(a.get(key))
    a['body'] = [z(p) for p in a['body']]
    a['tags'] = [z(t) for t in a.get('tags') or []] or None
    name = a['name']
    page = render_txt(a, i) if a['kind'] == 'txt' else render_html(a, i)
    page = degrade(page, a.get('degrade'))
    text = '\n\n'.join([x for x in [a['title'], a['lead']] if x] + a['body'])
    err = lambda m: errors.append('%s: %s' % (name, m))
    # orthography of the gold
    for part in [a['title'], a['lead'] or ''] + a['body']:
        for rx, msg in BAD_ORTH:
            m = rx.search(part)
            if m:
                err('%s near %r' % (msg, part[max(0, m.start() - 10):m.end() + 10]))
    # on the page modulo degradation
    esc = (lambda s: html.escape(s)) if a['kind'] == 'html' else (lambda s: s)
    for part in [a['title'], a['lead']] + a['body']:
        if part and esc(degrade(part, a.get('degrade'))) not in page:
            err('not on page: %r' % part[:40])
    sents = sentences(text)
    # entities
    claimed = []
    ents = []
    specs = sorted(a['entities'], key=lambda e: -len(z(e[0])))
    for surf, typ, canon, code in specs:
        surf = z(surf)
        if typ not in ('PER', 'ORG', 'GPE', 'LOC'):
            err('bad type %s' % typ)
        occ = find_all(text, surf)
        if not occ:
            err('entity not in text: %r' % surf)
        for s, e_ in occ:
            if any(s < ce and cs < e_ for cs, ce in claimed):
                continue
            claimed.append((s, e_))
            ents.append({'text': surf, 'type': typ, 'canonical': canon, 'code': code, 'start': s, 'end': e_})
    ents.sort(key=lambda x: x['start'])
    # quotes
    quotes = []
    for speaker, stext, qtext, direct in a['quotes']:
        stext, qtext = z(stext), z(qtext)
        k = text.find(qtext)
        if k < 0:
            err('quote not in text: %r' % qtext[:40])
            continue
        if stext and stext not in text:
            err('speaker_text not in text: %r' % stext)
        if direct and not (text[k - 1] == '«' and text[k + len(qtext)] == '»'):
            err('direct quote not inside «»: %r' % qtext[:30])
        quotes.append({'speaker': speaker, 'speaker_text': stext, 'text': qtext, 'direct': direct,
                       'start': k, 'end': k + len(qtext)})
    # events
    events = []
    for src, stext, tgt, ttext, cameo, neg, frag in a['events']:
        stext, ttext, frag = z(stext), z(ttext), z(frag)
        if cameo not in CAMEO:
            err('unknown CAMEO %s' % cameo)
        for t in (stext, ttext):
            if t and t not in text:
                err('actor text not in text: %r' % t)
        hits = [(s, e_) for s, e_ in sents if frag in text[s:e_]]
        if len(hits) != 1:
            err('fragment in %d sentences: %r' % (len(hits), frag))
            continue
        s, e_ = hits[0]
        if stext and ttext is not None and False:
            pass
        events.append({'source': src, 'source_text': stext, 'target': tgt, 'target_text': ttext,
                       'cameo': cameo, 'root': cameo[:2], 'plover': plover(cameo), 'negated': neg,
                       'sentence': text[s:e_], 'start': s, 'end': e_})
    gold = {'title': a['title'], 'lead': a['lead'], 'body': a['body'], 'agency': a['agency'],
            'section': a['section'], 'published': a['published'],
            'attributed_sources': a['sources'], 'text': text,
            'entities': ents, 'quotes': quotes, 'events': events, 'notes': z(a.get('notes', ''))}
    ext = '.txt' if a['kind'] == 'txt' else '.html'
    with open(os.path.join(OUT, name + ext), 'w', encoding='utf-8') as f:
        f.write(page)
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    st = stats
    st['pages'] += 1
    st['kind'][a['kind']] += 1
    st['agency'][a['agency']] += 1
    if a.get('degrade'):
        st['degraded'].append('%s (%s)' % (name, a['degrade']))
    for x in ents:
        st['ent'][x['type']] += 1
    for q in quotes:
        st['quotes']['direct' if q['direct'] else 'reported'] += 1
    for ev in events:
        st['root'][ev['root']] += 1
        st['neg'] += ev['negated']
        st['nulltgt'] += ev['target'] is None
    st['events'] += len(events)
    if not events:
        st['noevent'].append(name)


def main():
    sys.path.insert(0, HERE)
    arts = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith('src_') and fn.endswith('.py'):
            arts += importlib.import_module(fn[:-3]).ARTICLES
    names = [a['name'] for a in arts]
    assert len(names) == len(set(names)), 'duplicate names'
    errors = []
    stats = {'pages': 0, 'kind': collections.Counter(), 'agency': collections.Counter(), 'degraded': [],
             'ent': collections.Counter(), 'quotes': collections.Counter(), 'root': collections.Counter(),
             'neg': 0, 'nulltgt': 0, 'events': 0, 'noevent': []}
    for i, a in enumerate(arts):
        build_one(a, i, errors, stats)
    s = stats
    print('pages %d (%s); agencies %d: %s' % (s['pages'], dict(s['kind']), len(s['agency']),
                                               ', '.join('%s %d' % kv for kv in sorted(s['agency'].items()))))
    print('degraded %d: %s' % (len(s['degraded']), ', '.join(s['degraded'])))
    print('entities %d: %s' % (sum(s['ent'].values()), dict(s['ent'])))
    print('quotes %d: %s' % (sum(s['quotes'].values()), dict(s['quotes'])))
    print('events %d; negated %d; null target %d' % (s['events'], s['neg'], s['nulltgt']))
    print('roots: ' + ' '.join('%s:%d' % (r, s['root'][r]) for r in sorted(s['root'])))
    missing = ['%02d' % r for r in range(1, 21) if s['root']['%02d' % r] == 0]
    print('roots missing: %s' % (missing or 'none'))
    print('pages without events: %s' % ', '.join(s['noevent']))
    if errors:
        print('\n%d ERRORS' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
