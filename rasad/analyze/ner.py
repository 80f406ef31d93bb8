"""Named entities the dictionary lacks, found from context (linear, token-level rules).

- titles before names: "آقای ...", "سردار ...", "حجت‌الاسلام ...", "دکتر ..." → PER;
- a known given name followed by name-like words: "کریم انصاری‌فرد" → PER;
- a role right before or after a name: 'وزیر خارجه فرانسه ژان ...', '"X Y" سخنگوی ...' → PER,
  coded with the role's actor code;
- organization heads: "سازمان ...", "وزارت ...", "شرکت ...", "دانشگاه ...", "حزب ..." → ORG;
- "استان/شهرستان/شهر X" → X is a GPE;
- a surname alone, after the full name was found: both forms count.
A name word is a Persian or Latin word that is not a function word and not a frequent ordinary
word (data/common_words.txt), unless it is a known given or family name.
Tokens, offsets and folded forms come from ner_tokens.py.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from functools import lru_cache
from pathlib import Path

from ..document import ActorMention, Entity
from .fold import fold
from .gated import club_spans
from .ner_tokens import Tokens as _Tokens, mark as _mark, next_token as _next_token, prev_end as _prev_end
from .wordlists import adjectives as _adjectives, seed_names as _seeds, word_lists as _lists

DATA = Path(__file__).parent / "data"

#: function words and verbs that end a name (folded forms)
_STOP = {fold(w) for w in """
و در به از با که را تا برای این آن او وی ما آنها ایشان خود هم نیز یا اما ولی بر بین پس پیش بعد
قبل روز امروز دیروز فردا گفت گفته گفتند افزود افزودند کرد کرده کردند شد شده شدند است بود بودند
هست هستند نیست داد داده دادند دارد دارند کند کنند شود شوند گردید اعلام تاکید تصریح خاطرنشان ادامه
اظهار داشت همچنین درباره باره علیه طی توسط نزد سوی جانب یک دو سه چند همه هر چه چون اگر زیرا
کنندگان کننده های ها ای می نمی خواهد خواهند باید نباید گذشته جاری آینده سابق اسبق فعلی کنونی ارشد
جدید پیشین قبلی اخیر نامزد منتخب عضو اعضای ریاست معاون مشاور دستیار مدیرعامل مدیر رئیس دبیر
سخنگو سخنگوی نماینده وزیر سفیر فرمانده استاندار شهردار دبیرکل مدیره عامل کل کشور کشورمان
افزوده نوشت نوشته نوشتند خواست خواسته خواستار رسید رسیده منتقل گرفت گرفته زد زده آمد آمده رفت رفته
دانست خواند کشته زخمی بازداشت اضافه بیان هشدار اعزام عصر صبح ظهر شب شامگاه بامداد امشب ساعاتی
هنگام زمان ساعتی دقایقی لحظاتی پیشتر پیش‌تر سپس قبلا قبلاً اخیرا اخیراً یکی صریحا فورا رسما کاملا دقیقا
شدیدا مجددا اساسا ضمنا عمدتا اصلا تقریبا بعدا بیش کمتر بیشتر کمی حاضر مورد قرار نسبت خصوص درخصوص شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه رزمایش نشست دیدار سفر گفتگو گفت‌وگو مذاکره
هیچ ژانویه فوریه آوریل ژوئن ژوئیه ژوییه سپتامبر اکتبر نوامبر دسامبر ماه هفته سال همجواری نیت
مدعی متوقف آماده تحت خواهان همچنان مسئولیت
""".split()} | {fold(m + "\u200cماه") for m in "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()}
_TITLES = [t.split() for t in """
آقای|خانم|آقایان|سردار|سرلشکر|سرتیپ|سرهنگ|سرگرد|سروان|دریادار|دریابان|امیر سرتیپ|امیر دریادار|ژنرال
حجت الاسلام|حجت الاسلام والمسلمین|حجت‌الاسلام|حجت‌الاسلام والمسلمین|آیت الله|آیت‌الله|آیت الله العظمی
دکتر|مهندس|شهید|شیخ|سناتور|پروفسور|حاج|ملا|مولوی|شاهزاده
""".replace("\n", "|").split("|") if t.strip()]
_MIL_TITLES = {fold(t) for t in ("سردار", "سرلشکر", "سرتیپ", "سرهنگ", "دریادار", "دریابان", "امیر سرتیپ",
                                  "امیر دریادار")}
_ORG_HEADS = {fold(w): w for w in """
سازمان وزارت شرکت دانشگاه حزب جنبش بانک بنیاد ستاد مجمع انجمن اتحادیه کمیته کمیسیون صندوق
شهرداری استانداری فرمانداری روزنامه باشگاه دانشکده پژوهشگاه موسسه مؤسسه هلدینگ کارخانه جبهه
ائتلاف سندیکا دفتر مرکز اداره اداره‌کل خبرگزاری کانون جماعت دیوان رادیو
""".split()}
#: an organization head followed by one of these names a meeting, not a body ("مجمع گفت‌وگوی اسلو")
_EVENT_NOUNS = {fold(w) for w in """
گفتگو گفت‌وگو گفتگوی گفت‌وگوی نشست همایش اجلاس کنفرانس رزمایش مذاکره مذاکرات جشنواره نمایشگاه مشترک
""".split()}
#: heads of armed groups' names: "ارتش اراکان", "ارتش استقلال X" (not "ارتش اسرائیل", a country)
_ARMY_HEADS = {fold("ارتش")}
#: media heads do not swallow the outlet after them ("شبکه ایکس" → "ایکس" is the entity)
_MEDIA_HEADS = {fold(w) for w in ("شبکه", "خبرگزاری", "روزنامه", "رادیو")}
#: light verbs: the word before them is a verbal noun ("پیش‌بینی کرد"), not a name
_LIGHT_VERBS = {fold(w) for w in ("کرد", "کرده", "کردند", "کند", "کنند", "می‌کند", "می‌کنند", "نمود", "نموده",
                                  "نمودند", "گردید", "گردیده", "گردیدند", "می‌گردد", "شود", "شوند", "گشت",
                                  "شد", "شده", "شدند", "داد", "داده", "دادند", "می‌دهد", "کرده‌اند", "کرده‌است",
                                  "شده‌اند", "داده‌اند", "نموده‌اند", "می‌شود", "می‌شوند", "کرده‌ایم", "می‌کنیم")}
#: "شرکت" + a trade alone is a kind of company, not a named one ("شرکت پتروشیمی")
_COMPANY = fold("شرکت")
_TRADES = {fold(w) for w in """
کشتیرانی پیمانکار پیمانکاری پتروشیمی خودروساز خودروسازی دانش‌بنیان دانش بنیان هواپیمایی بیمه دارویی
داروسازی ساختمانی معدنی فولادی تولیدی خصوصی دولتی سازنده نفتی گازی مخابراتی فناوری پخش بازرگانی
""".split()}
#: ships are named after people ("ناو هواپیمابر جرالد فورد"): no person after these nouns
_VESSELS = {fold(w) for w in ("ناو", "هواپیمابر", "ناوشکن", "زیردریایی", "کشتی", "نفتکش", "ناوچه")}
#: heads of movements: they never swallow the group named after them ("جنبش حماس" → "حماس")
_GROUP_HEADS = {fold(w) for w in ("جنبش", "گروه", "گروهک")}
#: heads that are ordinary nouns before a bare place ("مرکز تفلیس" = the centre of Tbilisi)
_GENERIC_HEADS = {fold(w) for w in ("مرکز", "دفتر", "پایگاه")}


_PLACE_VERBS = {fold(w) for w in ("دارد", "دارند", "گرفت", "گرفته", "گرفتند", "است", "هستند")}
#: suffixes of ordinary words that are never names ("عجله‌ای", "کتاب‌ها")
_WORD_SUFFIXES = tuple(fold(w) for w in ("هایی", "های", "ها", "ای", "ان"))


def _inner_ok(tk: "_Tokens", i: int, j: int, n: int, ent_taken: list[bool]) -> bool:
    """A stop word inside an organization's name: "اداره کل ...", "حزب دموکراسی و برابری خلق‌ها"."""
    w = tk.folded[j + 1]
    if w == _KOL:
        return j == i
    if w != _VA or j == i or j + 2 >= n or ent_taken[j + 2] or not tk.joined(j + 1):
        return False
    nxt = tk.folded[j + 2]
    return nxt not in _STOP and nxt not in _ORG_HEADS and not _verbish(nxt) and len(nxt) > 1


_KOL, _VA, _DAR = fold("کل"), fold("و"), fold("در")


#: named sites: "فرودگاه معیتیقه", "کاخ الیزه", "تنگه X", "صخره X" → LOC, the head inside the span
#: (only before name-like words: "میدان جنگ" is no place)
_SITE_HEADS = ("فرودگاه", "ورزشگاه", "کاخ", "میدان", "تنگه", "خلیج", "صخره", "دریای", "پایگاه")
_PLACE_HEADS = {fold(w) for w in "استان ایالت ولایت ولسوالی شهرستان شهر روستای بندر جزیره رود رودخانه دریاچه گذرگاه".split()
                + list(_SITE_HEADS)}
#: heads that are part of the place's name span ("استان لرستان", "ایالت خیبر پختونخوا": maximal GPE;
#: "رود ولگا", "گذرگاه رفح", "ولسوالی X": LOC)
_NAMED_HEADS = {fold(w) for w in ("استان", "ایالت", "ولایت", "ولسوالی", "رود", "رودخانه", "دریاچه")
                + _SITE_HEADS}
_LOC_HEADS = {fold(w) for w in ("ولسوالی", "رود", "رودخانه", "دریاچه", "گذرگاه") + _SITE_HEADS}
#: towns whose names are ordinary words ("نور" light, "جم", "بم"): places only after "شهر X", "بندر X"
_CONTEXT_PLACES = {fold(k): v for k, v in {
    "نور": "IRN", "بم": "IRN", "جم": "IRN", "لار": "IRN", "کنگ": "IRN", "تیر": "IRN", "قائن": "IRN",
    "دیر": "IRN", "بیله سوار": "IRN", "صور": "LBN", "جنین": "PSE", "جبالیا": "PSE",
    "چمن": "PAK", "مهران": "IRN"}.items()}
#: border words: a town with an ordinary-word name right after them is the town ("مرز مهران")
_BORDER = {fold(w) for w in ("مرز", "مرزی")}
#: a crossing is named by its town, without the head ("گذرگاه چمن" → "چمن")
_CROSSING = fold("گذرگاه")
#: stadiums are named after ordinary words ("ورزشگاه آزادی", "ورزشگاه نقش جهان"): see _stadium_end
_STADIUM = fold("ورزشگاه")
_STADIUM_NOT_NAMES = {fold(w) for w in ("محل", "بزرگ", "جدید", "اصلی", "خالی", "شهر", "مورد", "خود", "تازه",
                                        "سرپوشیده", "روباز", "قدیمی", "میزبان", "مملو")}
_ADMIN_HEADS = {fold("استان"), fold("شهرستان"), fold("ایالت"), fold("ولایت")}
#: roles after which a name may follow directly ("وزیر خارجه فرانسه ژان‌نوئل بارو")
_PERSON_ROLES = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "NGO", "HRI", "BUS", "EDU", "MED", "LAB", "AGR", "HLH",
                 "REB", "PTY")
_PERSON_ROLE_WORDS = tuple(fold(w) for w in """
وزیر سخنگو رئیس نخست فرمانده سفیر دبیرکل دبیر نماینده معاون استاندار شهردار دادستان قاضی مشاور
رهبر پادشاه صدراعظم سناتور مدیرکل مدیر دستیار فرستاده کاردار ولیعهد امیر
""".split())
#: whole offices (no portfolio can follow them): "رئیس‌جمهور X", "نخست‌وزیر X" name a person
_HEAD_ROLES = {fold(w) for w in ("رئیس جمهور", "رئیس جمهوری", "نخست وزیر", "صدراعظم", "ولیعهد",
                                 "سخنگوی دولت", "سخنگوی وزارت خارجه", "سخنگوی وزارت امور خارجه")}
#: agency short names that are ordinary words elsewhere: media only after "به گزارش"/"به نقل از"
_CONTEXT_MEDIA = {fold(k): v for k, v in {
    "مهر": ("Mehr News Agency", "IRNMED"), "فارس": ("Fars News Agency", "IRNMED"),
    "انتخاب": ("Entekhab", "IRNMED"), "میزان": ("Mizan", "IRNMED"), "شرق": ("Shargh", "IRNMED"),
    "اعتماد": ("Etemad", "IRNMED"), "همشهری": ("Hamshahri", "IRNMED"), "جوان": ("Javan", "IRNMED"),
    "ایران": ("Iran newspaper", "IRNMED"), "اطلاعات": ("Ettelaat", "IRNMED"),
    "تابناک": ("Tabnak", "IRNMED")}.items()}
_REPORT_CUES = {fold("گزارش"), fold("نقل از"), fold("نقل")}


_VERB_ENDS = tuple(fold(w) for w in ("شود", "شوند", "شده", "کرد", "کرده", "کنند", "کند", "است", "اند",
                                     "اند", "باشد", "گردد", "گردید", "دهد", "دهند"))
#: plural past endings ("گردآمدند", "گفتند"), only on longer words ("دند" is also a place name)
_PAST_PLURAL = tuple(fold(w) for w in ("دند", "تند"))


def _verbish(f: str) -> bool:
    """A folded word that looks like a verb form ("میشود", "باختهاند", "افزوده")."""
    return f.startswith(("می", "نمی")) and len(f) > 4 or f.endswith(_VERB_ENDS) \
        or (len(f) > 4 and f.endswith(_PAST_PLURAL))


def _is_name(f: str, given: frozenset, family: frozenset, common: frozenset, strict: bool = True) -> bool:
    """A word that may be part of a name; strict: not a frequent ordinary word either."""
    seeds = _seeds()
    if len(f) < 2 or f in _STOP or f in _ORG_HEADS or f in _PLACE_HEADS or _verbish(f):
        return False
    if f in seeds:
        return True
    if strict and f in common:
        return False
    if strict and fold("نامه") in f:
        return False  # "توافق‌نامه‌ای", "قطعنامه": documents, never names
    if strict:
        for suf in _WORD_SUFFIXES:  # "پیمان عجله‌ای": an ordinary word with a suffix
            if f.endswith(suf) and len(f) - len(suf) >= 3 and f[:-len(suf)] in common:
                return False
    return True


def contextual_entities(text: str, known: list[Entity], ctx_iso: str,
                        actors: list[ActorMention] | None = None) -> tuple[list[ActorMention], list[Entity]]:
    """Extra (actors, entities) from context, not overlapping `known` entities."""
    given, family, common = _lists()
    titles = _title_index()
    tk = _Tokens(text)
    n = len(tk.spans)
    starts = dict(zip(tk._starts, range(n)))
    ends = dict(zip(tk._ends, range(n)))
    ent_taken = [False] * n  # covered by a named entity (role words alone do not count)
    known_spans = {(e.start, e.end) for e in known}
    _mark(tk, ent_taken, known_spans)
    taken = ent_taken.copy()  # covered by an entity or any actor mention
    _mark(tk, taken, {(a.start, a.end) for a in actors or []} - known_spans)
    clubs = _club_entities(text, tk, known, starts, ends, taken, ent_taken)
    place_tok: dict[int, int] = {}
    gpe_tok: set[int] = set()
    gpe_code: dict[int, str] = {}
    for e in known:
        if e.type in ("GPE", "ORG") and e.start in starts and e.end in ends:
            place_tok[starts[e.start]] = ends[e.end]
            if e.type == "GPE":
                gpe_tok.add(starts[e.start])
                if e.code:
                    gpe_code[starts[e.start]] = e.code[:3]
    role_after: dict[int, ActorMention] = {}  # token index right after a role mention → the mention
    role_before: dict[int, ActorMention] = {}  # token index right before a role mention
    known_ends = {e.end for e in known}
    for a in actors or []:
        if a.type is None and a.role in _PERSON_ROLES and fold(a.text).startswith(_PERSON_ROLE_WORDS):
            j = _next_token(tk, a.end)
            # a name right after the role only when the role names its country ("وزیر خارجه فرانسه X")
            # or the name is quoted; "وزیر خزانه‌داری" is a portfolio, not a name
            if j is not None and tk.folded[j] != _DAR and (a.end in known_ends or fold(a.text) in _HEAD_ROLES
                                                           or text[a.end:tk.spans[j][0]].strip(" \u200c")):
                role_after[j] = a  # the role names its country or body ("سخنگوی ارتش سودان X")
            elif j is not None and tk.folded[j] == _DAR and j + 1 in place_tok and a.end in known_ends:
                after = _next_token(tk, tk.spans[place_tok[j + 1]][1])
                if after is not None:  # "سفیر ایران در بغداد X": the envoy named after the post
                    role_after[after] = a
            k = ends.get(_prev_end(text, a.start))
            # only a role that names its country or body gives a name before it its code
            # ("X، سخنگوی وزارت خارجه فرانسه"; not "X رهبر حزب ...")
            if k is not None and a.end in known_ends:
                role_before[k] = a
    out: list[tuple[int, int, str, str | None]] = []  # token i..j inclusive, type, code

    adjs = _adjectives()

    def names_from(i: int, limit: int, strict: bool) -> int:
        """Last index of a run of name tokens starting at i (i-1 if none)."""
        j = i - 1
        while j + 1 < n and j + 1 - i < limit and not taken[j + 1] \
                and _is_name(tk.folded[j + 1], given, family, common, strict) \
                and tk.folded[j + 1] not in adjs and (j < i or tk.joined(j)):
            j += 1
        return j

    # only tokens that start a rule can produce anything; every other token is stepped over, so
    # jump from one candidate to the next instead of testing each token in Python
    trig = _triggers(given)
    cand = sorted(set(compress(range(n), map(trig.__contains__, tk.folded))).union(role_after))  # C loops
    n_cand = len(cand)
    i = 0
    while i < n:
        k = bisect_left(cand, i)
        if k == n_cand:
            break
        i = cand[k]
        f = tk.folded[i]
        if taken[i] and (ent_taken[i] or (f not in _ORG_HEADS and f not in _ARMY_HEADS)):
            i += 1
            continue
        # an armed group named after its head: "ارتش اراکان" (REB of the article's country)
        if f in _ARMY_HEADS and tk.joined(i) and i + 1 < n and not taken[i + 1]:
            j = names_from(i + 1, 2, strict=True)
            if j > i:
                out.append((i, j, "ORG", ctx_iso + "REB"))
                i = j + 1
                continue
        # titles ("آقای", "سردار", "حجت‌الاسلام والمسلمین")
        tlen = _title_len(tk, i) if f in titles else 0
        if tlen and i + tlen < n and tk.joined(i + tlen - 1):
            j = names_from(i + tlen, 3, strict=False)
            if j >= i + tlen:
                title = "".join(tk.folded[i:i + tlen])
                code = "IRNMIL" if title in _MIL_TITLES and ctx_iso == "IRN" else None
                out.append((i + tlen, j, "PER", code))
                i = j + 1
                continue
        if tlen:  # "امیر سرتیپ" before a known name: a title, never a given name
            i += tlen
            continue
        # organization heads
        if f in _ORG_HEADS and tk.joined(i) and not (i + 1 < n and tk.folded[i + 1] in _EVENT_NOUNS):
            j = i
            adjs = _adjectives()
            while j + 1 < n and j - i < 5 and not ent_taken[j + 1] and tk.joined(j) \
                    and (tk.folded[j + 1] not in _STOP or _inner_ok(tk, i, j, n, ent_taken)) \
                    and (len(tk.folded[j + 1]) > 1 or tk.folded[j + 1] == _VA) and not _verbish(tk.folded[j + 1]) \
                    and tk.folded[j + 1] not in adjs and tk.folded[j + 1] not in _PLACE_HEADS:
                j += 1
            if j > i and j + 1 < n and tk.folded[j + 1] in _LIGHT_VERBS:
                j -= 1  # "این سازمان پیش‌بینی کرده است": a verbal noun, not part of a name
            # "دانشگاه تهران", "کمیسیون آموزش مجلس": the head takes the place/body that ends it
            if j + 1 < n and tk.joined(j) and (j + 1) in place_tok and f not in _GROUP_HEADS \
                    and not (j == i and f in _GENERIC_HEADS) \
                    and (f not in _MEDIA_HEADS or (j + 1) in gpe_tok):
                j = place_tok[j + 1]
            if j == i + 1 and f == _COMPANY and tk.folded[j] in _TRADES:
                j = i  # "شرکت کشتیرانی", "شرکت پیمانکار": a kind of company, no name
            if j > i:
                out.append((i, j, "ORG", None))
                i = j + 1
                continue
        if taken[i]:
            i += 1
            continue
        if f in _BORDER and tk.joined(i) and i + 1 < n and not taken[i + 1] and tk.folded[i + 1] in _CONTEXT_PLACES:
            out.append((i + 1, i + 1, "GPE", _CONTEXT_PLACES[tk.folded[i + 1]]))
            i += 2
            continue
        # place heads: "استان X", "شهر X" → X (the head is not part of the entity)
        if f in _PLACE_HEADS and tk.joined(i):
            j = names_from(i + 1, 2 if f in _NAMED_HEADS else 1, strict=f not in _ADMIN_HEADS)
            if f == _STADIUM and j == i:
                j = _stadium_end(tk, i, names_from(i + 1, 2, strict=False), taken, common)
            known_place = _CONTEXT_PLACES.get(tk.folded[i + 1]) if i + 1 < n and not taken[i + 1] else None
            if j > i and j + 1 < n and tk.folded[j + 1] in _LIGHT_VERBS | _PLACE_VERBS:
                j -= 1  # "در این استان قرار دارد": no name; "در ولایت پکتیا آغاز شد": the name before
            if j > i or known_place:
                j = max(j, i + 1)
                first = i if f in _NAMED_HEADS else i + 1
                typ = "LOC" if f in _LOC_HEADS and not (known_place and f == _CROSSING) else "GPE"
                # a town: its province/country when "در X" follows ("روستای بیت جن در استان قنیطره"), else
                # the story's country
                where = gpe_code.get(j + 2) if j + 2 < n and tk.folded[j + 1] == _DAR else None
                out.append((first, j, typ, known_place or where or ctx_iso))
                i = j + 1
                continue
        # "به گزارش مهر", "به نقل از فارس"
        if f in _CONTEXT_MEDIA and i > 0 and tk.folded[i - 1] in _REPORT_CUES and tk.joined(i - 1):
            out.append((i, i, "ORG", _CONTEXT_MEDIA[f][1]))
            i += 1
            continue
        # a role right before: 'وزیر خارجه فرانسه X Y' / a quoted name
        if (i in role_after or f in given) and not (i > 0 and tk.folded[i - 1] in _VESSELS and tk.joined(i - 1)):
            j = names_from(i, 3, strict=True)
            if j == i and i in role_after and i + 1 < n and tk.folded[i + 1] in _LIGHT_VERBS:
                j = i - 1  # "نخست‌وزیر عراق لغو گردید": a verbal noun after the role, not a name
            if f in given and j == i and i not in role_after:
                j = i - 1  # a given name alone is not enough
            if j >= i and (i in role_after or j > i):
                a = role_after.get(i) or role_before.get(j)  # "توماس بکر، وزیر دفاع آلمان"
                # "رئیس‌جمهور X" with no country: a person, country unknown
                out.append((i, j, "PER", a.code if a and a.end in known_ends else None))
                i = j + 1
                continue
        i += 1
    # '"X Y" سخنگوی ...': a quoted run of name words right before a role
    for k, a in role_before.items():
        if taken[k]:
            continue
        q_end = tk.spans[k][1]
        if q_end < len(text) and text[q_end] in "\"»”":
            i = k
            while i - 1 >= 0 and k - i < 3 and tk.joined(i - 1) and not taken[i - 1]:
                i -= 1
            if all(_is_name(tk.folded[x], given, family, common, strict=False) for x in range(i, k + 1)):
                out.append((i, k, "PER", a.code))
        else:
            # "مارکو دلا رووره، سخنگوی ..." / "X Y وزیر خارجه فرانسه": 2-3 unusual words, not after a name
            i = k
            while i - 1 >= 0 and k - i < 2 and tk.joined(i - 1) and not taken[i - 1] \
                    and _is_name(tk.folded[i - 1], given, family, common, strict=True):
                i -= 1
            if i < k and _is_name(tk.folded[k], given, family, common, strict=True) \
                    and not (i > 0 and tk.joined(i - 1) and taken[i - 1]):
                out.append((i, k, "PER", a.code))
    extra_actors, extra = _emit(text, tk, taken, out, given, place_tok, ent_taken)
    return extra_actors, extra + clubs


def _club_entities(text: str, tk: _Tokens, known: list[Entity], starts: dict, ends: dict,
                   taken: list[bool], ent_taken: list[bool]) -> list[Entity]:
    """Sports clubs and leagues on a page about sport (gated.club_spans) as ORG entities; their
    tokens are taken. A club inside a longer known entity is left to it; a known entity inside a
    club's name ("آسیا" in "لیگ نخبگان آسیا") is dropped by the caller (a new span replaces it)."""

    out: list[Entity] = []
    for s, e, en in club_spans(text):
        i, j = starts.get(s), ends.get(e)
        if i is None or j is None or any(k.start < e and s < k.end and (k.start < s or k.end > e) for k in known):
            continue
        for x in range(i, j + 1):
            taken[x] = ent_taken[x] = True
        out.append(Entity(text[s:e], "ORG", en or None, None, s, e))
    return out


def _stadium_end(tk: _Tokens, i: int, j: int, taken: list[bool], common: frozenset) -> int:
    """Last token of a stadium's name after its head at i, given the loose name run i+1..j: a
    second ordinary word belongs to the name only when the city or a punctuation mark follows it
    ("ورزشگاه نقش جهان اصفهان"), not a predicate ("ورزشگاه آزادی شکست دادند"). A describing word
    right after the head is no name ("ورزشگاه محل بازی", "ورزشگاه بزرگ شهر")."""
    if j > i and tk.folded[i + 1] in _STADIUM_NOT_NAMES:
        return i
    if j == i + 2 and tk.folded[j] in common:
        after = j + 1 >= len(tk.spans) or taken[j + 1] or not tk.joined(j)
        if not after:
            j -= 1
    return j


def _emit(text: str, tk: _Tokens, taken: list[bool], out: list, given: frozenset, place_tok: dict,
          ent_taken: list[bool]):
    actors: list[ActorMention] = []
    absorbed = {x for p, q in place_tok.items() for x in range(p, q + 1)}

    def absorbs_in(blocked: list[bool], i: int, j: int) -> bool:
        """Only known places/bodies may be inside a new span ("دانشگاه تهران"); dropped later."""
        return all(not blocked[x] or x in absorbed for x in range(i, j + 1))

    ents: list[Entity] = []
    surnames: dict[tuple[str, ...], str | None] = {}

    def add(s: int, e: int, typ: str, code: str | None) -> None:
        ents.append(Entity(text[s:e], typ, None, code, s, e))
        if typ != "LOC":
            role = code[3:] if code and len(code) > 3 and not code.startswith("IGO") else None
            iso = code[:3] if code and not code.startswith("IGO") else None
            actors.append(ActorMention(text[s:e], s, e, code, None, typ, role, iso))

    for i, j, typ, code in sorted(out, key=lambda o: (o[0], o[1])):
        blocked = ent_taken if typ == "ORG" else taken
        if any(blocked[i:j + 1]) and not absorbs_in(blocked, i, j):
            continue
        for x in range(i, j + 1):
            taken[x] = ent_taken[x] = True
        add(tk.spans[i][0], tk.spans[j][1], typ, code)
        if typ == "PER" and j > i:
            k = i + 1 if tk.folded[i] in given else i
            while k < j and tk.folded[k] in given:  # "محمد جواد ظریف": skip both given names
                k += 1
            surnames.setdefault(tuple(tk.folded[k:j + 1]), code)
    by_first: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    for key, code in surnames.items():
        if key:
            by_first.setdefault(key[0], []).append((key, code))
    for x in ([x for x, f in enumerate(tk.folded) if f in by_first] if by_first else ()):
        for key, code in by_first[tk.folded[x]]:
            m = len(key)
            if tuple(tk.folded[x:x + m]) == key and not any(taken[x:x + m]) \
                    and all(tk.joined(y) for y in range(x, x + m - 1)):
                for y in range(x, x + m):
                    taken[y] = True
                add(tk.spans[x][0], tk.spans[x + m - 1][1], "PER", code)
                break
    return actors, ents


@lru_cache(maxsize=4)
def _triggers(given: frozenset) -> frozenset:
    """Folded words that can start a context rule (heads, titles, context media, given names)."""
    return frozenset(set(_ARMY_HEADS) | set(_ORG_HEADS) | _BORDER | set(_PLACE_HEADS) | set(_CONTEXT_MEDIA) | set(_title_index())
                     | given)


@lru_cache(maxsize=1)
def _title_index() -> dict[str, list[tuple[str, ...]]]:
    """Folded titles by their first word (built once)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for t in _TITLES:
        key = tuple(fold(w) for w in t)
        index.setdefault(key[0], []).append(key)
    return index


def _title_len(tk: _Tokens, i: int) -> int:
    best = 0
    for key in _title_index().get(tk.folded[i], ()):
        k = len(key)
        if tuple(tk.folded[i:i + k]) == key and all(tk.joined(i + x) for x in range(k - 1)):
            best = max(best, k)
    return best
