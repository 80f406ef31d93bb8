"""Clause-level CAMEO coding of one sentence: match verb patterns, find source and target.

For each verb form in the sentence (tokens.verb_at), the patterns of its lemma are tried most
specific first (patterns.py); the first that matches right-to-left from the verb wins. The
source is the clause subject (clauses.py), the speaker for clauses inside reported speech, or for
passives the agent ("توسط X", "در حمله X") or the pattern's default role (COP for arrests). The
target comes from the pattern's frame words ("از X خواست", "X را محکوم کرد").
"""
from __future__ import annotations

from dataclasses import dataclass

from .clauses import Sent, clause_start, eligible_subject, speech_subject, subject_in
from .mentions import Mention, is_country
from .patterns import Elem, Pattern, patterns_by_word, topics
from .tokens import key

STOP_GAP = {".", ":", "؛", ";", "«", "»", "که", "!", "؟", "?"}
GENERIC = [tuple(key(w) for w in g.split()) for g in (
    "جامعه جهانی", "جامعه بین‌المللی", "همه کشورها", "تمامی کشورها", "تمام کشورها", "کشورهای جهان",
    "همه طرف‌ها", "تمامی طرف‌ها", "طرفین", "طرف‌های درگیر", "کشورهای منطقه", "کشورهای اسلامی",
    "جهانیان", "دولت‌ها", "کشورهای غربی", "همه کشورهای", "سازمان‌های بین‌المللی", "نهادهای بین‌المللی")]
_GENERIC_FIRST = {g[0] for g in GENERIC}
BACKGROUND = {key(w) for w in ("پیش‌تر", "پیشتر", "قبلاً", "قبلا", "پیشین", "بارها")}
BACKGROUND_PAIRS = {(key(a), key(b)) for a, b in (("در", "سال"), ("سال", "گذشته"), ("ماه", "گذشته"),
                                                 ("ماه‌های", "گذشته"), ("سال‌های", "اخیر"),
                                                 ("پیش", "از"), ("سال", "قبل"), ("سال‌های", "گذشته"),
                                                 ("از", "سال"))}
#: month names (Gregorian, Iranian, lunar): "در مارس ۲۰۲۳", "ژانویه گذشته" date an act outside the news cycle
MONTHS = {key(w) for w in (
    "ژانویه", "ژانویهٔ", "فوریه", "مارس", "آوریل", "آپریل", "مه", "مى", "مئی", "ژوئن", "ژوئیه", "جولای", "اوت", "آگوست",
    "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
    "آبان", "آذر", "دی", "بهمن", "اسفند", "محرم", "صفر", "رمضان", "شوال")}
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _is_year(k: str) -> bool:
    """A four-digit year ("۲۰۱۶", "1402")."""
    return len(k) == 4 and k.translate(_DIGITS).isdigit()


def _dated_past(s: Sent, i: int, hi: int) -> bool:
    """Token i opens an explicit past date outside the news cycle: a month with a year ("ژانویه ۲۰۱۶")
    or "گذشته". A deadline ("تا پایان مارس ۲۰۲۷") is not a date of the act."""
    k = s.toks[i].key
    if i + 1 >= hi or (i > 0 and s.toks[i - 1].key in _DEADLINE) or (i > 1 and s.toks[i - 2].key in _DEADLINE):
        return False
    nxt = s.toks[i + 1].key
    if k in MONTHS:
        return _is_year(nxt) or nxt == key("گذشته") or (nxt == key("سال") and i + 2 < hi
                                                          and s.toks[i + 2].key == key("گذشته"))
    return False


_DEADLINE = {key("تا")}  # "تا مارس ۲۰۲۷"، "تا پایان ژوئن ۲۰۲۶"


AGENT_MARKERS = [tuple(key(w) for w in g.split()) for g in ("توسط", "از سوی", "از طرف", "به دست", "به‌دست")]
ATTACK_NOUNS = {key(w) for w in ("حمله", "حملات", "بمباران", "شلیک", "حمله‌های", "تجاوز", "تهاجم")}
#: codes whose target is a territory or population: a bare country stays bare
BARE_CODES = {"163", "07", "070", "071", "072", "073", "074", "191"}


@dataclass(slots=True)
class Match:
    pattern: Pattern
    first: int      # first token of the pattern
    verb: int       # verb token index
    vend: int       # last token of the verb form
    negated: bool
    tense: str = "past"


#: acts whose future/present negation is a refusal (conventions: 03x/06x ↔ 121–127, 08x ↔ 124x)
REFUSALS = {"04": "125", "036": "125", "045": "126", "057": "127", "03": "120", "06": "121", "061": "1211",
            "062": "1212", "063": "1213", "064": "1214", "07": "122", "084": "1243", "0841": "1243",
            "085": "1244", "087": "1246", "0871": "1246", "08": "124"}


def refusal_for(code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in REFUSALS:
            return REFUSALS[code[:n]]
    return None


def match_at(s: Sent, v: int) -> Match | None:
    form = s.verbs[v]
    if form.tense == "subjunctive":
        return None  # "تا ... محکوم کند", "بخواهیم": complements and wishes, not acts
    if form.tense == "perfect" and form.ntok == 1 and v + 1 < len(s.toks):
        nxt = s.verbs.get(v + 1)
        if nxt is not None and nxt.lemma == "شد":
            return None  # "کشته شدند": the participle of a passive, coded by the شد pattern
    entry = patterns_by_word().get(form.lemma)
    if entry is None:
        return None
    by_word, loose = entry
    cands = loose + by_word.get(s.toks[v - 1].key, []) if v > 0 else loose
    if len(cands) > 1:
        cands = sorted(cands, key=_order)
    for p in cands:
        first = _match_elems(s, p.elems, v)
        if first is None:
            continue
        if p.ctx and not _has_ctx(s, clause_start(s, first), len(s.toks), p.ctx):
            continue
        if "finite" in p.flags and form.tense == "perfect" and form.ntok == 1:
            continue  # "۱۲ کشته و ۳۰ زخمی": a bare participle may be a noun
        return Match(p, first, v, v + form.ntok - 1, form.negated, form.tense)
    return None


def _order(p: Pattern) -> tuple:
    return (-p.specificity[0], -p.specificity[1], p.line)


def _match_elems(s: Sent, elems: list[Elem], v: int) -> int | None:
    """Match elems right to left ending just before token v; the first matched token, or None."""
    j = v - 1
    first = v
    gap = 0
    for e in reversed(elems):
        if e.gap:
            gap = e.gap
            continue
        lo = j - gap if gap else j
        k = j
        hit = None
        while k >= max(lo, s.body_from, 0):
            t = s.toks[k].key
            if e.matches(t):
                hit = k
                break
            if not gap or t in STOP_GAP:
                break
            k -= 1
        if hit is None:
            if e.optional:
                continue
            return None
        first, j, gap = hit, hit - 1, 0
    return first


def _has_ctx(s: Sent, lo: int, hi: int, words: list[str]) -> bool:
    joined = " " + " ".join(t.key for t in s.toks[lo:min(hi, lo + 80)]) + " "
    return any((" " + w + " ") in joined or (" " + w) in joined for w in words)


def _stem(k: str) -> str:
    """Plural/indefinite suffixes off, for topic matching ("تحریم‌های" → "تحریم")."""
    for suf in ("هایی", "های", "ها"):
        if k.endswith(suf) and len(k) > len(suf) + 2:
            return k[: -len(suf)]
    return k


def _stem_phrase(words: str) -> str:
    return " ".join(_stem(w) for w in words.split(" "))


_STEMMED: dict[str, str] = {}


def _stemmed_key(w: str) -> str:
    """" " + the keyword without plural suffixes, memoized (keywords are few)."""
    k = _STEMMED.get(w)
    if k is None:
        k = _STEMMED[w] = " " + _stem_phrase(w)
    return k


def refine(code: str, s: Sent, lo: int) -> str:
    """The topics.tsv sub-code whose keyword occurs first in the clause (to the sentence end).

    Earliest mention wins ("همکاری در زمینه کمک‌های حقوقی، تبادل اطلاعات ..." is judicial);
    at the same position the longer keyword wins ("کمک‌های حقوقی" over "کمک‌های"). Plural suffixes
    are ignored on both sides ("همکاری‌های اقتصادی" = "همکاری اقتصادی").
    """
    rows = topics().get(code)
    if not rows and code in NARROW:
        rows = [(w, c) for w, c in topics().get(NARROW[code], []) if c.startswith(code)]
    if not rows:
        return code
    if s.stems is None:
        s.stems = [_stem(t.key) for t in s.toks]
    joined = " " + " ".join(s.stems[lo:lo + 80]) + " "
    best = None
    for n, (words, sub) in enumerate(rows):
        for w in words:
            i = joined.find(_stemmed_key(w))
            if i >= 0:
                cand = (i, -len(w), n, sub)
                if best is None or cand < best:
                    best = cand
    return best[3] if best else code


#: a 3-digit code refined through its family's table, keeping only its own sub-codes
NARROW = {"124": "120", "121": "120", "122": "120", "123": "120", "025": "020", "105": "100", "035": "030"}


def background(s: Sent, lo: int, hi: int) -> bool:
    """Is the clause dated to the past ("پیش‌تر", "در سال ...")? Relative clauses ("که ...،") inside
    the range are skipped: their dates are theirs."""
    skip_to = -1
    for i in range(max(lo, hi - 60), hi):
        if i < skip_to:
            continue
        if s.toks[i].key == "که":
            for j in range(i + 1, min(hi, i + 25)):
                if s.toks[j].key in ("،", ","):
                    skip_to = j + 1
                    break
            if skip_to > i:
                continue
        k = s.toks[i].key
        if k in BACKGROUND:
            return True
        if i + 1 < hi and (k, s.toks[i + 1].key) in BACKGROUND_PAIRS:
            return True
        if k in MONTHS and _dated_past(s, i, hi):
            return True
    return False


def find_target(s: Sent, m: Match, cs: int, subj: Mention | None, material: bool = True,
                exclude: tuple = (), anaphor: Mention | None = None) -> tuple[Mention | None, str | None]:
    """(target mention, target text) by the pattern's frame words; generic addressees give (None, text)."""
    for frame in m.pattern.targets:
        if frame == "subj":
            continue
        if frame.startswith(">"):  # after the verb: "هشدار داد که اگر X ..."
            fk = key(frame[1:])
            for i in range(m.vend + 1, min(m.vend + 6, len(s.toks))):
                if s.toks[i].key == fk:
                    if anaphor is not None and i + 1 < len(s.toks) and s.toks[i + 1].key in ("این", "آن"):
                        return anaphor, anaphor.text  # "هشدار داد که این جنایت بی‌پاسخ نمی‌ماند"
                    for k in range(i + 1, min(i + 4, len(s.toks))):
                        t = s.first.get(k)
                        if t is not None and t is not subj and t.code:
                            return t, t.text
            continue
        fk = key(frame)
        if fk == "را":
            for i in range(m.first - 1, cs - 1, -1):
                if s.toks[i].key == "را":
                    t = _object(s, cs, i, subj, material, exclude)
                    if t is not None:
                        return t, t.text
                    if anaphor is not None and _demonstrative_np(s, cs, i, subj):
                        return anaphor, anaphor.text  # "این تحریم‌ها را محکوم کرد": the act's author
                    lo_np = max([cs, i - 6] + [s.span[id(x)][1] + 1 for x in (subj, *exclude)
                                               if x is not None and id(x) in s.span])
                    has_pp = any(s.toks[k].key in PREPS_NP for k in range(lo_np, i))
                    gz = None if has_pp and not material else _gazetteer_actor(s, lo_np, i)  # "یک مرد ایرانی را"
                    if gz is not None and not (subj is not None and gz.country == subj.country):
                        return gz, gz.text
                    g = _generic(s, i - 4, i)
                    if g:
                        return None, g
                    break
            continue
        for i in range(m.verb - 1, cs - 1, -1):
            if s.toks[i].key != fk:
                continue
            j = i + 1
            if j < len(s.toks) and s.toks[j].key in ("سوی", "سمت"):
                j += 1
            for k in range(j, min(j + (8 if material else 4), m.verb)):
                if k > j and s.toks[k].key in PREPS_NP | STOP_GAP:
                    break
                t = s.first.get(k)
                if t is not None and t is not subj and t.code and not (subj is not None and _same_actor(t, subj)):
                    return t, t.text
            g = _generic(s, j, j + 1)
            if g:
                return None, g
            gz = _gazetteer_actor(s, j, min(j + 5, m.verb)) if fk in GZ_FRAMES else None
            if gz is not None and not (subj is not None and gz.country == subj.country):
                return gz, gz.text
    return None, None


def _object(s: Sent, cs: int, ra: int, subj: Mention | None, material: bool = True,
            exclude: tuple = ()) -> Mention | None:
    """The actor of the object NP before "را": its first actor not inside a PP (no preposition in
    the three tokens before it), else (for material acts: attacks, seizures) its last actor.

    "حمله اسرائیل به غزه را محکوم کرد" → اسرائیل; "مناطقی در غزه را بمباران کرد" → غزه;
    "پیشنهاد استفاده از دارایی‌های روسیه را وتو کرد" → none (Russia is inside "از ...").
    """
    lo = cs
    if subj is not None and id(subj) in s.span:
        lo = max(lo, s.span[id(subj)][1] + 1)
    lo = max(lo, ra - 12)
    for j in range(ra - 1, lo - 1, -1):  # the object NP does not cross a comma
        if s.toks[j].key in ("،", ","):
            lo = j + 1
            break
    last = None
    for j in range(lo, ra):
        t = s.first.get(j)
        if t is None or t is subj or any(t is x for x in exclude) or not t.code:
            continue
        if subj is not None and _same_actor(t, subj):
            continue
        if not any(s.toks[k].key in PREPS_NP for k in range(max(lo, j - 3), j)):
            return t
        last = t
    return last if material else None


PREPS_NP = {key(w) for w in ("از", "با", "به", "برای", "در", "بر", "میان", "بین", "توسط", "سوی", "علیه",
                             "درباره", "پیرامون", "مقابل", "نزد")}


def _same_actor(a: Mention, b: Mention) -> bool:
    """Same code, or the same country with one of them bare ("هند" / "دیپلمات‌های هند")."""
    if a.code == b.code:
        return True
    return bool(a.country) and a.country == b.country and (len(a.code or "") == 3 or len(b.code or "") == 3)


def _demonstrative_np(s: Sent, cs: int, ra: int, subj: Mention | None) -> bool:
    """Is the object before "را" an anaphoric act ("این تحریم‌ها", "این حکم", "آن را")?"""
    lo = cs
    if subj is not None and id(subj) in s.span:
        lo = max(lo, s.span[id(subj)][1] + 1)
    for j in range(max(lo, ra - 4), ra):
        if s.toks[j].key in ("این", "آن", "اینها", "آنها", "این‌ها", "آن‌ها"):
            return True
    return False


def _generic(s: Sent, lo: int, hi: int) -> str | None:
    for i in range(max(lo, 0), min(hi, len(s.toks))):
        if s.toks[i].key not in _GENERIC_FIRST:
            continue
        for g in GENERIC:
            n = len(g)
            if tuple(t.key for t in s.toks[i:i + n]) == g:
                return _text(s, i, i + n - 1)
    return None


def _text(s: Sent, a: int, b: int) -> str:
    return s.text[s.toks[a].start:s.toks[b].end]


def find_agent(s: Sent, cs: int, hi: int) -> Mention | None:
    """Agent of a passive: "توسط X", "از سوی X", "به دست X", or "در حمله X"."""
    for i in range(cs, hi):
        for g in AGENT_MARKERS:
            n = len(g)
            if tuple(t.key for t in s.toks[i:i + n]) == g:
                t = s.first.get(i + n)
                if t is not None:
                    return t
        if s.toks[i].key in ATTACK_NOUNS:
            for j in range(i + 1, min(i + 4, hi)):
                t = s.first.get(j)
                if t is not None:
                    if j > 0 and s.toks[j - 1].key in ("به", "در", "علیه", "بر"):
                        break
                    return t
    return None


def coordinated(s: Sent, m: Mention) -> list[Mention]:
    """Mentions joined to m by "و" ("X و Y"), or a comma list closed by "و" ("X، Y و Z")."""
    out = []
    _, b = s.span[id(m)]
    j = b + 1
    while j + 1 < len(s.toks) and s.toks[j].key in ("و", "،", ","):
        t = s.first.get(j + 1)
        if t is None:
            break
        tb = s.span[id(t)][1]
        if tb + 1 < len(s.toks) and s.toks[tb + 1].key == "را":
            break  # "X، پاکستان را متهم کرد": an object, not a second subject
        if s.toks[j].key != "و" and not any(s.toks[k].key == "و" for k in range(tb + 1, min(tb + 2, len(s.toks)))):
            break  # a comma must lead on to "و": "X، Y و Z"
        out.append(t)
        j = tb + 1
    return out


MIL_HEADS = {key(w) for w in ("جنگنده", "جنگنده‌های", "نیروهای", "نیروی", "ارتش", "پهپادهای", "پهپاد",
                              "هواپیماهای", "ناوهای", "ناو", "سربازان", "نظامیان", "توپخانه", "تانک‌های",
                              "بالگردهای", "زیردریایی", "یگان‌های", "واحدهای")}
COP_HEADS = {key(w) for w in ("پلیس", "مأموران", "ماموران", "نیروهای امنیتی", "گارد")}
GOV_HEADS = {key(w) for w in ("مقام‌های", "مقامات", "مقام", "مسئولان", "دولت", "مقامهای")}


GZ_FRAMES = {key(w) for w in ("از", "با", "علیه", "اختیار")}


def _gazetteer_actor(s: Sent, a: int, b: int) -> Mention | None:
    """A country named inside a phrase the actor stage left uncoded ("مقام‌های حاکم بر افغانستان")."""
    from ..analyze.gazetteer import find
    if a >= b:
        return None
    for j in range(a, b):
        if s.toks[j].key in STOP_GAP or s.toks[j].key in ("،", ","):
            b = j
            break
    if a >= b:
        return None
    for j in range(b - 1, a - 1, -1):  # the object phrase starts after the last comma / clause word
        if s.toks[j].key in ("،", ",") or j in s.verbs:
            a = j + 1
            break
    if a >= b:
        return None
    ca, cb = s.toks[a].start, s.toks[b - 1].end
    for mt in find(s.text[ca:cb]):
        iso = mt.entry.country
        if iso and mt.entry.kind in ("adjective", "country", "metonym", "place"):
            return Mention(s.text[ca:cb], ca, cb, iso, None, iso, False)
    return None


def adjective_subject(s: Sent, cs: int, hi: int) -> Mention | None:
    """"جنگنده‌های اسرائیلی ... بمباران کردند": an actor from a nationality adjective in the
    clause-opening noun phrase, when the actor stage made none (role MIL/COP from the head noun)."""
    from ..analyze.gazetteer import find
    lo = max(cs, s.body_from)
    if lo >= hi:
        return None
    head = s.toks[lo].key
    if head not in MIL_HEADS and head not in COP_HEADS and head not in GOV_HEADS:
        return None
    b = lo
    while b + 1 < hi and b - lo < 4 and s.toks[b + 1].key not in PREPS_NP and s.toks[b + 1].key not in STOP_GAP \
            and s.toks[b + 1].key not in ("،", ","):
        b += 1
    a_char, b_char = s.toks[lo].start, s.toks[b].end
    for mt in find(s.text[a_char:b_char]):
        iso = mt.entry.country
        if iso and mt.entry.kind in ("adjective", "country", "metonym", "place"):
            role = "MIL" if head in MIL_HEADS else "COP" if head in COP_HEADS else "GOV"
            return Mention(s.text[a_char:b_char], a_char, b_char, iso + role, None, iso, False, role)
    return None


def actor_code(m: Mention | None, root: str, cameo: str, *, target: bool) -> str | None:
    """The CAMEO actor code an event uses for a mention; a bare country gets GOV where the act is
    verbal or diplomatic (conventions: "از ایران خواست" → IRNGOV), and stays bare for acts on
    territory and population (attacks, aid deliveries, economic sanctions, blockades)."""
    if m is None or not m.code:
        return None
    code = m.code
    if is_country(code):
        force = root in ("15", "18", "19", "20")
        if target:
            bare = force or cameo in BARE_CODES or cameo[:3] in BARE_CODES or cameo[:2] + "0" in BARE_CODES
        else:
            bare = force
        if not bare:
            return code + "GOV"
    return code
