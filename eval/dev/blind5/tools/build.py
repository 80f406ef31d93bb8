#!/usr/bin/env python3
"""Render blind5 pages + gold from tools/src_*.py and check the gold."""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, '..', '..', '..'))
Z = '\u200c'

CAMEO = {}
for line in open(os.path.join(ROOT, 'rasad/events/data/cameo.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    c, n = line.rstrip('\n').split('\t')[:2]
    CAMEO[c.strip()] = n
PLOVER = {}
for line in open(os.path.join(ROOT, 'rasad/events/data/cameo_plover.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    p, t, m = line.rstrip('\n').split('\t')[:3]
    PLOVER[p.strip()] = (t, m)

def plover(code):
    for k in range(len(code), 0, -1):
        if code[:k] in PLOVER:
            t, m = PLOVER[code[:k]]
            if t == '-':
                return None
            return {'event_type': t, 'mode': None if m == '-' else m}
    return None

SITES = {
 'tasnim': ('خبرگزاری تسنیم', 'www.tasnimnews.com', 'انتهای پیام/'),
 'irna': ('ایرنا', 'www.irna.ir', None),
 'isna': ('ایسنا', 'www.isna.ir', 'انتهای پیام'),
 'mehr': ('خبرگزاری مهر', 'www.mehrnews.com', None),
 'fars': ('خبرگزاری فارس', 'www.farsnews.ir', 'انتهای پیام/م'),
 'bbcpersian': ('BBC News فارسی', 'www.bbc.com', None),
 'radiofarda': ('رادیو فردا', 'www.radiofarda.com', None),
 'iranintl': ('ایران اینترنشنال', 'www.iranintl.com', None),
 'hamshahri': ('همشهری آنلاین', 'www.hamshahrionline.ir', None),
 'entekhab': ('پایگاه خبری تحلیلی انتخاب', 'www.entekhab.ir', None),
 'khabaronline': ('خبرآنلاین', 'www.khabaronline.ir', None),
 'yjc': ('باشگاه خبرنگاران جوان', 'www.yjc.ir', 'انتهای پیام/'),
 'ilna': ('ایلنا', 'www.ilna.ir', 'انتهای پیام/'),
 'euronews-fa': ('یورونیوز فارسی', 'parsi.euronews.com', None),
}
FA = '۰۱۲۳۴۵۶۷۸۹'; AR = '٠١٢٣٤٥٦٧٨٩'
def fa_digits(s): return ''.join(FA[int(c)] if c.isdigit() and c.isascii() else c for c in s)

def degrade(s, kinds):
    for k in kinds:
        if k == 'nozwnj': s = s.replace(Z, '')
        elif k == 'zwnjspace': s = s.replace(Z, ' ')
        elif k == 'arabic': s = s.replace('ی', 'ي').replace('ک', 'ك')
        elif k == 'latin': s = ''.join(str(FA.index(c)) if c in FA else c for c in s)
        elif k == 'arabicindic': s = ''.join(AR[FA.index(c)] if c in FA else c for c in s)
    return s

def clean(s):
    return s.replace('_', Z) if s is not None else None

ERR = []
def err(name, msg): ERR.append(f'{name}: {msg}')

JOIN_NOT = 'ادذرزژوآأ'
def ortho(name, s):
    for i, ch in enumerate(s):
        if ch == Z:
            if i == 0 or s[i-1] in JOIN_NOT or s[i-1] == ' ' or i+1 >= len(s) or s[i+1] == ' ':
                err(name, f'bad ZWNJ at {s[max(0,i-8):i+8]!r}')
    if re.search('[يك]', s): err(name, 'Arabic letters')
    if re.search(r'(^|\s)(ن?می) ', s): err(name, f'detached می: {s[:40]}')
    if re.search(r'\s(ها|های|هایی|ترین|تر)(\s|[،.])', s): err(name, f'detached ها/تر in {s[:40]}')
    if re.search(r'[0-9٠-٩]', s): err(name, f'non-Persian digit in {s[:50]}')

LET = re.compile(r'[\w\u200c]')
def find_all(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        a, b = i, i + len(sub)
        if (a == 0 or not LET.match(text[a-1])) and (b == len(text) or not LET.match(text[b])):
            out.append((a, b))
        i = text.find(sub, i + 1)
    return out

def entity_occ(name, text, ents):
    taken = [False] * len(text)
    res = []
    for e in sorted(ents, key=lambda e: -len(clean(e[0]))):
        t = clean(e[0]); n = 0
        for a, b in find_all(text, t):
            if any(taken[a:b]): continue
            for k in range(a, b): taken[k] = True
            res.append((a, {'text': t, 'type': e[1], 'canonical': e[2], 'code': e[3]}))
            n += 1
        if n == 0: err(name, f'entity not found: {t}')
        if e[1] not in ('PER', 'ORG', 'GPE', 'LOC'): err(name, f'bad type {e}')
    return [d for _, d in sorted(res, key=lambda x: x[0])]

def jalali(pub):
    y, m, d = int(pub[:4]), int(pub[5:7]), int(pub[8:10])
    assert y == 2026 and m == 11 and 22 <= d <= 30, pub
    return 1405, 9, d - 21

DOW = {22: 'یکشنبه', 23: 'دوشنبه', 24: 'سه‌شنبه', 25: 'چهارشنبه', 26: 'پنجشنبه', 27: 'جمعه', 28: 'شنبه', 29: 'یکشنبه', 30: 'دوشنبه'}

MENU = ['صفحه نخست', 'سیاسی', 'اقتصادی', 'بین‌الملل', 'ورزشی', 'فرهنگی', 'اجتماعی', 'عکس', 'ویدئو']
FOOT = ['درباره ما', 'تماس با ما', 'آرشیو', 'خبرنامه', 'تبلیغات', 'کلیه حقوق این سایت محفوظ است']

def render_txt(a, site):
    name, dom, endm = site
    deg = a.get('degrade', [])
    pub = a['published']
    L = []
    L += MENU[:a.get('menu', 7)]
    L.append('')
    if a.get('crumb', True) and a.get('section'):
        L.append('صفحه نخست » ' + clean(a['section'])); L.append('')
    if a.get('kicker'): L.append(clean(a['kicker']))
    L.append(clean(a['title']))
    if a.get('title2', True): L += ['', clean(a['title']) + (' - ' + name if a.get('suffix') else '')]
    L.append('')
    if pub:
        y, m, d = jalali(pub)
        if a.get('datefmt') == 'slash':
            ds = f'{y}/{m:02d}/{d:02d}' + (' - ' + pub[11:16] if 'T' in pub else '')
        elif a.get('datefmt') == 'greg':
            ds = f'{int(pub[8:10])} نوامبر 2026' + (' - ' + pub[11:16] if 'T' in pub else '')
        else:
            ds = f'{DOW[int(pub[8:10])]} {d} آذر {y}' + (' - ' + pub[11:16] if 'T' in pub else '')
        L.append(fa_digits(ds)); L.append('')
    if a.get('lead'): L += [clean(a['lead']), '']
    for p in a['body']: L += [clean(p), '']
    if a.get('irna_code'): L += [fa_digits(a['irna_code']), '']
    if endm: L += [endm, '']
    L += ['اخبار مرتبط'] + [clean(x) for x in a.get('related', [])] + ['', 'برچسب‌ها: ' + '، '.join(clean(x) for x in a.get('tags', []))]
    L += [''] + FOOT
    return '\n'.join(degrade(x, deg) for x in L) + '\n'

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

def render_html(a, site):
    name, dom, endm = site
    deg = a.get('degrade', [])
    D = lambda s: esc(degrade(clean(s), deg))
    pub = a['published']
    iso = None
    if pub:
        iso = pub if 'T' not in pub else pub[:16] + ':00' + pub[16:]
    title = D(a['title'])
    head = [f'<meta charset="utf-8">', f'<title>{title} - {esc(name)}</title>',
            f'<meta name="viewport" content="width=device-width, initial-scale=1">']
    if a.get('og', True):
        head += [f'<meta property="og:title" content="{title}">', f'<meta property="og:site_name" content="{esc(name)}">',
                 f'<meta property="og:type" content="article">', f'<meta property="og:url" content="https://{dom}/news/{a["id"]}">']
        if a.get('lead'): head.append(f'<meta property="og:description" content="{D(a["lead"])}">')
        if iso: head.append(f'<meta property="article:published_time" content="{iso}">')
        if a.get('section'): head.append(f'<meta property="article:section" content="{D(a["section"])}">')
    if a.get('jsonld'):
        j = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': degrade(clean(a['title']), deg),
             'publisher': {'@type': 'Organization', 'name': name}}
        if iso: j['datePublished'] = iso
        if a.get('section'): j['articleSection'] = degrade(clean(a['section']), deg)
        head.append('<script type="application/ld+json">' + json.dumps(j, ensure_ascii=False) + '</script>')
    nav = ''.join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(MENU))
    vis = ''
    if pub:
        y, m, d = jalali(pub)
        vis = fa_digits(f'{DOW[int(pub[8:10])]} {d} آذر {y}' + (' - ' + pub[11:16] if 'T' in pub else ''))
        vis = esc(degrade(vis, deg))
    body = []
    for i, p in enumerate(a['body']):
        body.append(f'<p>{D(p)}</p>')
        if i == 1 and a.get('readmore'):
            body.append(f'<div class="read-more"><span>بیشتر بخوانید:</span> <a href="/news/1">{D(a["readmore"])}</a></div>')
        if i == 0 and a.get('caption'):
            body.append(f'<figure><img src="/img/{a["id"]}.jpg" alt=""><figcaption>{D(a["caption"])}</figcaption></figure>')
    if a.get('irna_code'): body.append(f'<p>{esc(degrade(fa_digits(a["irna_code"]), deg))}</p>')
    if endm: body.append(f'<p class="end">{endm}</p>')
    rel = ''.join(f'<li><a href="/news/{i+100}">{D(x)}</a></li>' for i, x in enumerate(a.get('related', [])))
    tags = ''.join(f'<a class="tag" href="/tag/{i}">{D(x)}</a>' for i, x in enumerate(a.get('tags', [])))
    crumb = f'<nav class="breadcrumb"><a href="/">صفحه نخست</a> › <a href="/section">{D(a["section"])}</a></nav>' if a.get('section') else ''
    lead = f'<p class="lead summary">{D(a["lead"])}</p>' if a.get('lead') else ''
    kicker = f'<div class="rutitr">{D(a["kicker"])}</div>' if a.get('kicker') else ''
    comments = ''.join(f'<div class="comment"><b>{esc(degrade(clean(u), deg))}</b><p>{esc(degrade(clean(c), deg))}</p></div>' for u, c in a.get('comments', []))
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl">\n<head>\n' + '\n'.join(head) + '\n</head>\n<body>\n'
            f'<header class="site-header"><a class="logo" href="/">{esc(name)}</a><nav class="menu"><ul>{nav}</ul></nav>'
            f'<div class="today">{esc(fa_digits("امروز: یکشنبه ۸ آذر ۱۴۰۵"))}</div></header>\n<main>\n{crumb}\n<article class="news">\n'
            f'{kicker}<h1 class="title">{title}</h1>\n<div class="meta"><time>{vis}</time> <span class="code">کد خبر: {a["id"]}</span></div>\n'
            f'{lead}\n<div class="article-body">\n' + '\n'.join(body) + '\n</div>\n'
            f'<div class="tags"><span>برچسب‌ها:</span>{tags}</div>\n<div class="share">اشتراک‌گذاری: تلگرام | واتس‌اپ | ایکس | چاپ</div>\n</article>\n'
            f'<aside class="related"><h3>اخبار مرتبط</h3><ul>{rel}</ul></aside>\n'
            f'<section class="comments"><h3>نظرات</h3>{comments}</section>\n</main>\n'
            f'<footer><p>{" | ".join(FOOT)}</p><p>© {esc(name)}</p></footer>\n</body>\n</html>\n')

def build(a):
    nm = a['name']
    site = SITES[a['agency']]
    title, lead = clean(a['title']), clean(a.get('lead'))
    body = [clean(p) for p in a['body']]
    parts = [title] + ([lead] if lead else []) + body
    text = '\n\n'.join(parts)
    for p in parts: ortho(nm, p)
    nw = len(' '.join(body).split())
    if not 140 <= nw <= 470: err(nm, f'{nw} words')
    ents = entity_occ(nm, text, a['ents'])
    quotes = []
    for q in a.get('quotes', []):
        t, sp, spt, d = q
        t, spt = clean(t), clean(spt)
        if t not in text: err(nm, f'quote not found: {t[:40]}')
        if spt and spt not in text: err(nm, f'speaker_text not found: {spt}')
        quotes.append({'text': t, 'speaker': sp, 'speaker_text': spt, 'direct': d})
    evs = []
    for e in a.get('events', []):
        src, st, tgt, tt, code, neg, sent = e
        st, tt, sent = clean(st), clean(tt), clean(sent)
        if code not in CAMEO: err(nm, f'bad CAMEO {code}')
        if text.count(sent) != 1: err(nm, f'sentence count {text.count(sent)}: {sent[:40]}')
        parts_ = [x for x in re.split(r'(?<=[.!؟])(?<!\d\.)\s+|(?<=\.»)\s+', sent) if x.strip()]
        if len(parts_) > 1:
            sc = [(bool(st and st in x) * 2 + bool(tt and tt in x), x) for x in parts_]
            best = max(v for v, _ in sc)
            cands = [x for v, x in sc if v == best]
            if len(cands) != 1: err(nm, f'ambiguous sentence for {code} {st}')
            sent = cands[0]
            if text.count(sent) != 1: err(nm, f'split sentence count {text.count(sent)}: {sent[:40]}')
        for s in (st, tt):
            if s and s not in sent: err(nm, f'actor text not in sentence: {s} [{code}]')
        evs.append({'source': src, 'source_text': st, 'target': tgt, 'target_text': tt, 'cameo': code,
                    'root': code[:2], 'negated': neg, 'plover': plover(code), 'sentence': sent})
    gold = {'title': title, 'lead': lead, 'body': body, 'agency': a['agency'], 'section': clean(a.get('section')),
            'published': a['published'], 'attributed_sources': a.get('sources', []),
            'entities': ents, 'quotes': quotes, 'events': evs, 'notes': a.get('notes', '')}
    ext = a['kind']
    page = render_txt(a, site) if ext == 'txt' else render_html(a, site)
    # every gold body paragraph reachable on a clean page
    with open(os.path.join(OUT, f'{nm}.{ext}'), 'w', encoding='utf-8') as f: f.write(page)
    with open(os.path.join(OUT, f'{nm}.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write('\n')
    json.loads(open(os.path.join(OUT, f'{nm}.gold.json'), encoding='utf-8').read())
    return gold

def main():
    sys.path.insert(0, HERE)
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, 'src_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        arts += m.ARTICLES
    stats = {'pages': 0, 'txt': 0, 'html': 0, 'degraded': 0, 'entities': 0, 'quotes': 0, 'direct': 0, 'events': 0}
    roots, ag = {}, set()
    for a in arts:
        g = build(a)
        stats['pages'] += 1; stats[a['kind']] += 1; stats['degraded'] += bool(a.get('degrade'))
        stats['entities'] += len(g['entities']); stats['quotes'] += len(g['quotes'])
        stats['direct'] += sum(q['direct'] for q in g['quotes']); stats['events'] += len(g['events'])
        ag.add(a['agency'])
        for e in g['events']: roots[e['root']] = roots.get(e['root'], 0) + 1
    print(stats, 'agencies', len(ag))
    print('roots', len(roots), dict(sorted(roots.items())))
    for e in ERR: print('ERR', e)
    sys.exit(1 if ERR else 0)

if __name__ == '__main__':
    main()
