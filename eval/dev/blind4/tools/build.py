"""Render blind4 pages and gold from tools/src_*.py; check the gold. Written blind to rasad's code."""
import glob, importlib.util, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROOT = os.path.abspath(os.path.join(OUT, '..', '..', '..'))
ZW = '\u200c'
FA = '۰۱۲۳۴۵۶۷۸۹'
AR = '٠١٢٣٤٥٦٧٨٩'
LETTERS = '\u0621-\u063A\u0641-\u065F\u0660-\u0669\u0670-\u06D3\u06F0-\u06F9' + ZW + 'A-Za-z0-9'

def load_cameo():
    codes = {}
    for line in open(os.path.join(ROOT, 'rasad/events/data/cameo.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c, n = line.rstrip('\n').split('\t')[:2]
        codes[c] = n
    plov = {}
    for line in open(os.path.join(ROOT, 'rasad/events/data/cameo_plover.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        p, t, m = line.rstrip('\n').split('\t')[:3]
        plov[p] = (t, m)
    return codes, plov

CAMEO, PLOVER = load_cameo()

def plover(code):
    for k in range(len(code), 0, -1):
        if code[:k] in PLOVER:
            t, m = PLOVER[code[:k]]
            if t == '-':
                return None
            return {'event_type': t, 'mode': None if m == '-' else m}
    return None

def z(s):
    return s.replace('_', ZW) if isinstance(s, str) else s

def fa(n, width=0):
    s = str(n).rjust(width, '0') if width else str(n)
    return ''.join(FA[int(c)] if c.isdigit() else c for c in s)

JMONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند']
GMONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']
WEEKDAYS = ['دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه']

def jalali(d):
    # valid for 2026-09-23 (1 Mehr 1405) .. 2027-03-20
    off = (d - datetime.date(2026, 9, 23)).days
    assert 0 <= off < 180
    return 1405, 7 + off // 30, off % 30 + 1

# ---------------- degradations ----------------
def degrade(s, kinds):
    for k in kinds:
        if k == 'nozwnj':
            s = s.replace(ZW, '')
        elif k == 'zwspace':
            s = s.replace(ZW, ' ')
        elif k == 'arabic':
            s = s.replace('ی', 'ي').replace('ک', 'ك')
        elif k == 'latin':
            s = ''.join(str(FA.index(c)) if c in FA else c for c in s)
        elif k == 'arabicdigits':
            s = ''.join(AR[FA.index(c)] if c in FA else c for c in s)
    return s

# ---------------- sentence expansion ----------------
END = '.!؟?'

def sentence_of(text, frag, name):
    i = text.find(frag)
    if i < 0:
        raise SystemExit(f'{name}: event fragment not in text: {frag}')
    if text.find(frag, i + 1) >= 0:
        raise SystemExit(f'{name}: event fragment not unique: {frag}')
    # backward
    s = i
    while s > 0:
        c = text[s - 1]
        if c == '\n':
            break
        if c in ' ' and s >= 2 and (text[s - 2] in END or (text[s - 2] == '»' and s >= 3 and text[s - 3] in END)):
            break
        s -= 1
    e = i + len(frag)
    while e < len(text):
        c = text[e]
        if c == '\n':
            break
        if c in END and (e + 1 == len(text) or text[e + 1] in ' \n»'):
            e += 1
            if e < len(text) and text[e] == '»':
                # only if the quote opened inside this sentence
                if text[s:e].count('«') > text[s:e].count('»'):
                    e += 1
            break
        e += 1
    return text[s:e].strip()

# ---------------- entity occurrence counting ----------------
def occurrences(text, form):
    pat = re.compile(r'(?<![' + LETTERS + '])' + re.escape(form) + r'(?![' + LETTERS + '])')
    return [(m.start(), m.end()) for m in pat.finditer(text)]

def count_entities(text, ents, name):
    spans = []
    for e in ents:
        occ = occurrences(text, e['text'])
        if not occ:
            raise SystemExit(f'{name}: entity not in text: {e["text"]}')
        for a, b in occ:
            spans.append((a, b, e))
    # drop spans nested in a longer one
    keep = []
    for a, b, e in spans:
        if any((a2 <= a and b <= b2 and (b2 - a2) > (b - a)) for a2, b2, _ in spans):
            continue
        keep.append((a, b, e))
    keep.sort(key=lambda x: x[0])
    return keep

# ---------------- orthography checks ----------------
NONJOIN = 'ادذرزژوآأ'

def check_orth(s, name):
    errs = []
    for m in re.finditer(ZW, s):
        p = m.start()
        if p == 0 or s[p - 1] in NONJOIN or s[p - 1] in ' \n' or p + 1 >= len(s) or s[p + 1] in ' \n.،:؛':
            errs.append('bad ZWNJ at ' + repr(s[max(0, p - 8):p + 8]))
    if re.search(r'(?<![' + LETTERS + r'])ن?می (?=[\u0600-\u06FF])', s):
        errs.append('detached می: ' + re.search(r'.{0,10}(?<![' + LETTERS + r'])ن?می .{0,10}', s).group(0))
    if re.search(r' (ها|های|هایی|ترین|تر) ', s):
        errs.append('detached ها/ترین: ' + re.search(r'.{0,10} (ها|های|هایی|ترین|تر) .{0,5}', s).group(0))
    if re.search('[يك]', s):
        errs.append('Arabic ي/ك')
    if re.search('[0-9٠-٩]', s):
        errs.append('non-Persian digits: ' + re.search('.{0,10}[0-9٠-٩].{0,10}', s).group(0))
    if '_' in s:
        errs.append('stray _')
    for e in errs:
        print(f'  ORTH {name}: {e}')
    return len(errs)

# ---------------- rendering ----------------
from templates import render_txt, render_html  # noqa: E402

def main():
    sys.path.insert(0, HERE)
    arts = []
    for f in sorted(glob.glob(os.path.join(HERE, 'src_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    names = set()
    stats = dict(pages=0, txt=0, html=0, degraded=0, entities=0, quotes=0, events=0)
    roots = {}
    orth = 0
    for a in arts:
        name = a['name']
        assert name not in names, name
        names.add(name)
        title, lead = z(a['title']), z(a.get('lead'))
        body = [z(p) for p in a['body']]
        text = '\n\n'.join([title] + ([lead] if lead else []) + body)
        orth += check_orth(text, name)
        ents = [dict(text=z(e[0]), type=e[1], canonical=e[2], code=e[3]) for e in a.get('ents', [])]
        for e in ents:
            assert e['type'] in ('PER', 'ORG', 'GPE', 'LOC'), (name, e)
        kept = count_entities(text, ents, name)
        gold_ents = [dict(e) for _, _, e in kept]
        quotes = []
        for q in a.get('quotes', []):
            t = z(q[0])
            if t not in text:
                raise SystemExit(f'{name}: quote not in text: {t}')
            if z(q[2]) and z(q[2]) not in text:
                raise SystemExit(f'{name}: speaker_text not in text: {q[2]}')
            quotes.append(dict(text=t, speaker=q[1], speaker_text=z(q[2]), direct=q[3]))
        events = []
        for ev in a.get('events', []):
            src, st, tgt, tt, code, neg, frag = ev
            st, tt, frag = z(st), z(tt), z(frag)
            if code not in CAMEO:
                raise SystemExit(f'{name}: CAMEO code unknown: {code}')
            for s_ in (st, tt):
                if s_ and s_ not in text:
                    raise SystemExit(f'{name}: actor text not in text: {s_}')
            sent = sentence_of(text, frag, name)
            if text.count(sent) != 1:
                raise SystemExit(f'{name}: sentence not unique: {sent}')
            root = code[:2]
            roots[root] = roots.get(root, 0) + 1
            events.append(dict(source=src, source_text=st, target=tgt, target_text=tt, cameo=code,
                               root=root, negated=neg, plover=plover(code), sentence=sent))
        pub = a.get('pub')
        published = None
        if pub:
            published = pub
        gold = dict(title=title, lead=lead, body=body, agency=a['agency'], section=z(a.get('section')),
                    published=published, attributed_sources=a.get('srcs', []), entities=gold_ents,
                    quotes=quotes, events=events, notes=a.get('notes', ''))
        json.loads(json.dumps(gold, ensure_ascii=False))
        kinds = a.get('degr', [])
        page_art = dict(a, title=title, lead=lead, body=body, kicker=z(a.get('kicker', '')),
                        section=z(a.get('section')), crumb=z(a.get('crumb', a.get('section'))))
        if a['kind'] == 'txt':
            page = degrade(render_txt(page_art), kinds)
            fn = name + '.txt'
            stats['txt'] += 1
        else:
            page = degrade(render_html(page_art), kinds)
            fn = name + '.html'
            stats['html'] += 1
        # every gold string must be findable after normalizing the page loosely
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
            f.write(page)
        with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        stats['pages'] += 1
        stats['degraded'] += bool(kinds)
        stats['entities'] += len(gold_ents)
        stats['quotes'] += len(quotes)
        stats['events'] += len(events)
        wc = len(re.findall(r'\S+', '\n'.join(body)))
        if not 150 <= wc <= 450:
            print(f'  WORDS {name}: {wc}')
    print(json.dumps(stats), 'roots', len(roots), json.dumps(dict(sorted(roots.items()))))
    print('agencies', len({a["agency"] for a in arts}), 'orth errors', orth)
    if orth:
        sys.exit(1)

if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
