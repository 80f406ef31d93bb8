"""Background dates: a clause dated outside the story's news cycle is not coded.

"پیش‌تر"، "در سال ..."، "سال گذشته"، a month with a year ("ژانویه ۲۰۱۶") or "گذشته" date an act to the
past (conventions: undated or older background is not coded); a deadline ("تا پایان مارس ۲۰۲۷") does not.
"""
from __future__ import annotations

from .clauses import Sent, clause_start
from .tokens import key


#: "تاکنون" sums up a period ("تاکنون نوزده بسته تحریمی ... تصویب کرده است"): a tally, not this cycle's act
BACKGROUND = {key(w) for w in ("پیش‌تر", "پیشتر", "قبلاً", "قبلا", "پیشین", "بارها", "تاکنون")}
SO_FAR = {key("تاکنون"), key("کنون")}
#: "تاکنون" dates only completed acts: "تاکنون آماده ... است" is a present stance, still coded
NOW_TENSES = {"present", "copula", "future"}


BACKGROUND_PAIRS = {(key(a), key(b)) for a, b in (("در", "سال"), ("سال", "گذشته"), ("ماه", "گذشته"),
                                                 ("ماه‌های", "گذشته"), ("سال‌های", "اخیر"),
                                                 ("پیش", "از"), ("سال", "قبل"), ("سال‌های", "گذشته"),
                                                 ("از", "سال"), ("تا", "کنون"))}


#: month names (Gregorian, Iranian, lunar): "در مارس ۲۰۲۳", "ژانویه گذشته" date an act outside the news cycle
MONTHS = {key(w) for w in (
    "ژانویه", "ژانویهٔ", "فوریه", "مارس", "آوریل", "آپریل", "مه", "مى", "مئی", "ژوئن", "ژوئیه", "جولای", "اوت", "آگوست",
    "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
    "آبان", "آذر", "دی", "بهمن", "اسفند", "محرم", "صفر", "رمضان", "شوال",
    # Dari (Afghan) spellings of Gregorian months
    "جنوری", "فبروری", "مارچ", "اپریل", "جون", "اگست", "سپتمبر", "نومبر", "دسمبر")} | {key(w + "‌ماه") for w in (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")}


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _is_year(k: str) -> bool:
    """A four-digit year ("۲۰۱۶", "1402")."""
    return len(k) == 4 and k.translate(_DIGITS).isdigit()


def _dated_past(s: Sent, i: int, hi: int, tense: str | None = None) -> bool:
    """Token i opens an explicit past date outside the news cycle: a month with a year ("ژانویه ۲۰۱۶"),
    "گذشته", or "امسال" on a past act ("اردیبهشت‌ماه امسال بازداشت شده بود"; "اسفند امسال ... دیدار
    خواهد کرد" is ahead). A deadline ("تا پایان مارس ۲۰۲۷") is not a date of the act."""
    k = s.keys[i]
    if i + 1 >= hi or (i > 0 and s.keys[i - 1] in _DEADLINE) or (i > 1 and s.keys[i - 2] in _DEADLINE):
        return False
    nxt = s.keys[i + 1]
    if k in MONTHS:
        if nxt == _THIS_YEAR:  # "اردیبهشت‌ماه امسال ... بازداشت شده بود": months ago, unless a day is named
            return tense not in NOW_TENSES and not (i > 0 and s.keys[i - 1].translate(_DIGITS).isdigit())
        return _is_year(nxt) or nxt == _PAST or (nxt == _YEAR_WORD and i + 2 < hi and s.keys[i + 2] == _PAST)
    return False


_PLUPERFECT = {key("بود"), key("بودند")}


def _month_pluperfect(s: Sent, i: int, hi: int) -> bool:
    """"خانم X که در شهریورماه بازداشت شده بود، ...": a month named with no day, on a pluperfect, dates
    the act weeks or months back (a day inside the news cycle comes with its number: "۱۲ آبان")."""
    if hi < 2 or s.keys[hi - 1] not in _PLUPERFECT or i == 0:
        return False
    return s.keys[i - 1] in _MONTH_OPENERS  # "در شهریورماه"، "اوایل آبان"، "ماه ژوئن" (not "آذر منصوری")


#: words before a month name that make it a date, not a first name ("آذر منصوری")
_MONTH_OPENERS = {key(w) for w in ("در", "اوایل", "اواسط", "اواخر", "ماه", "از", "طی")}


_PAST = key("گذشته")
_THIS_YEAR = key("امسال")
_DEADLINE = {key("تا")}  # "تا مارس ۲۰۲۷"، "تا پایان ژوئن ۲۰۲۶"


#: "با اشاره به توافق امضا شده در سال ۲۰۲۳، خواستار ... شد": the phrase dates what it refers to, not the act
_WITH = key("با")
_REFERRING = {(key(a), key(b)) for a, b in (("اشاره", "به"), ("استناد", "به"), ("یادآوری", ""))}


def _referring(s: Sent, i: int, hi: int) -> bool:
    """Token i opens "با اشاره به ..." / "با استناد به ..." / "با یادآوری ...": a phrase about something else."""
    if s.keys[i] != _WITH or i + 1 >= hi:
        return False
    a = s.keys[i + 1]
    b = s.keys[i + 2] if i + 2 < hi else ""
    return (a, b) in _REFERRING or (a, "") in _REFERRING


def background(s: Sent, lo: int, hi: int, tense: str | None = None) -> bool:
    """Is the clause dated to the past ("پیش‌تر", "در سال ...")? Relative clauses ("که ...،") inside
    the range are skipped: their dates are theirs. A clause opened by "و" with no time of its own
    takes the past adverb of the clause it is coordinated with."""
    ks = s.keyset
    if ks is not None and not _may_date(ks):
        return False  # no word that can date a clause anywhere in the sentence: no token scan
    if _terms_before(s, lo):
        return True
    skip_to = -1
    for i in range(max(lo, hi - 60), hi):
        if i < skip_to:
            continue
        k = s.keys[i]
        if k == "که" or (k == _WITH and _referring(s, i, hi)):
            for j in range(i + 1, min(hi, i + 25)):
                if s.keys[j] in ("،", ","):
                    skip_to = j + 1
                    break
            if skip_to > i:
                continue
        if (k in SO_FAR or (i + 1 < hi and s.keys[i + 1] in SO_FAR)) and (
                tense in NOW_TENSES or _not_yet(s, hi)):
            continue
        if tense == "future" and k != _BASIS:
            continue  # "پیش از حصول توافق نهایی موافقت نخواهد کرد": a future act is never dated to the past
        if k in BACKGROUND:
            return True
        if i + 1 < hi and (k, s.keys[i + 1]) in BACKGROUND_PAIRS and not (k == _BEFORE and i > 0
                                                                         and s.keys[i - 1] in HOURS):
            return True  # "ساعاتی پیش از آن": hours before the story's act, in its news cycle
        if k in MONTHS and (_dated_past(s, i, hi, tense) or _month_pluperfect(s, i, hi)):
            return True
        if k == _BASIS and i > 0 and s.keys[i - 1] == _ON and _terms_follow(s, i + 1, hi):
            return True  # "بر اساس این پیمان، دو کشور ... متعهد می‌شوند": the terms of an agreement, not acts
        if k == _YEAR_WORD and i + 1 < hi and _is_year(s.keys[i + 1]) and not any(
                s.keys[j] in _DEADLINE for j in range(max(0, i - 2), i)) and not (i > 0 and s.keys[i - 1] in LABELS):
            return True  # "توافقی که سال ۲۰۱۵ ... امضا شد": a year names an older act
    if lo > s.body_from + 1 and s.keys[lo - 1] == _AND and not _own_time(s, lo, hi):
        # "X ماه گذشته دستور ... را صادر کرده و Y را ... متهم کرده بود": the date of the first of two
        # coordinated predicates dates the second, unless it names a time of its own
        return _past_adverb(s, clause_start(s, lo - 1), lo - 1)
    return False


def _not_yet(s: Sent, hi: int) -> bool:
    """The clause ends in a negated verb: "تاکنون ... واکنشی نشان نداده است" says what has NOT happened
    up to now (a current stance, "no comment yet"), not a tally of past acts."""
    for j in range(max(0, hi - 3), hi):
        form = s.verbs.get(j)  # the sentence's verb forms, found once when it was built
        if form is not None and j + form.ntok >= hi:
            return form.negated
    return False


#: adverbs of past time that date a whole coordination ("ماه گذشته ... کرده و ... کرده بود"); not "در سال
#: X" or "پیش از Y", which often date only their own phrase ("نقض توافق سال ۱۹۷۴ دانست و آن را محکوم کرد")
PAST_PAIRS = {(a, b) for a, b in BACKGROUND_PAIRS if b in {key(w) for w in ("گذشته", "قبل", "اخیر")}}


def _past_adverb(s: Sent, lo: int, hi: int) -> bool:
    for i in range(max(lo, hi - 60), hi):
        k = s.keys[i]
        if k == "که":
            return False  # the date may belong to a relative clause
        if k in BACKGROUND and k not in SO_FAR:
            return True
        if i + 1 < hi and (k, s.keys[i + 1]) in PAST_PAIRS:
            return True
        if k in MONTHS and _dated_past(s, i, hi, "past"):
            return True  # "اردیبهشت‌ماه گذشته بازداشت شده بود و سه ماه بعد ... آزاد شد"
    return False


_AND = key("و")

#: words that give a clause a time of its own ("... و امروز ..."، "... و سپس ...")
OWN_TIME = {key(w) for w in ("امروز", "روز", "دیروز", "بامداد", "شامگاه", "صبح", "عصر", "ظهر", "امشب", "اکنون",
                             "هم‌اکنون", "اینک", "سپس", "آنگاه", "اخیرا", "اخیراً", "امسال", "حالا", "هنوز",
                             "همچنان", "بعد", "پس")}


def _own_time(s: Sent, lo: int, hi: int) -> bool:
    return any((s.keys[k] in OWN_TIME and not _relative_time(s, k, hi)) or s.keys[k] in MONTHS
               for k in range(lo, min(hi, lo + 30)))


#: units of a span counted from an earlier date ("سه ماه بعد"، "پس از دو ماه")
_UNITS = {key(w) for w in ("ماه", "روز", "هفته", "سال", "ساعت")}
_AFTER, _LATER, _FROM = key("پس"), key("بعد"), key("از")


def _relative_time(s: Sent, k: int, hi: int) -> bool:
    """"... اردیبهشت گذشته بازداشت شده بود و سه ماه بعد آزاد شد": "بعد"/"پس از" a span counts from the
    first predicate's date, so the coordinated act is as old as it (not a time of its own)."""
    if s.keys[k] == _LATER:
        return k > 0 and s.keys[k - 1] in _UNITS
    if s.keys[k] == _AFTER and k + 3 < hi and s.keys[k + 1] == _FROM:
        return s.keys[k + 3] in _UNITS or s.keys[k + 2] in _UNITS
    return False


_YEAR_WORD = key("سال")
#: "لایحه بودجه سال ۲۰۲۷": the year labels a budget or a plan, it dates no act; not "انتخابات سال ۲۰۱۶"
#: (an election's year is as often a past one, dating the act: "در جریان انتخابات سال ۲۰۱۶ ... حمله کردند")
LABELS = {key(w) for w in ("بودجه", "مالی", "برنامه")}
_BEFORE = key("پیش")
#: spans short enough to stay in the news cycle: "ساعاتی پیش از آن"، "دقایقی پیش از این حمله"
HOURS = {key(w) for w in ("ساعاتی", "ساعتی", "ساعت", "ساعات", "دقایقی", "دقیقه", "لحظاتی")}
_ON, _BASIS = key("بر"), key("اساس")
#: nouns whose terms a clause "بر اساس ..." states ("بر اساس گزارش ..." is an attribution: not these)
_TERMS = {key(w) for w in ("توافق", "توافق‌نامه", "توافقنامه", "پیمان", "قرارداد", "تفاهم‌نامه", "تفاهمنامه",
                           "معاهده", "موافقت‌نامه", "موافقتنامه", "قطعنامه", "توافقی", "پیمانی")}
_THAT = key("آن")
_THIS = {key("این"), _THAT}


def _terms_before(s: Sent, lo: int) -> bool:
    """Does the clause open right after "بر اساس این پیمان،" (the phrase closed by a comma), or does
    the sentence open with it ("بر اساس این پیمان، دو کشور ... می‌شناسند و متعهد می‌شوند")?"""
    if lo < 3:
        return False
    starts = set(range(max(0, lo - 6), lo - 2)) if s.keys[lo - 1] in ("،", ",") else set()
    starts |= {j for j in (0, 1, s.body_from, s.body_from + 1) if j < lo - 2}  # also before an attribution
    return any(s.keys[j] == _ON and s.keys[j + 1] == _BASIS and _terms_follow(s, j + 2, lo)
               for j in sorted(starts))


def _terms_follow(s: Sent, j: int, hi: int) -> bool:
    """"بر اساس (این|آن) پیمان/توافق ..." or "بر اساس آن،": the clause states an agreement's terms."""
    if j >= hi:
        return False
    k = s.keys[j]
    if k in _TERMS:
        return True
    if k in _THIS and j + 1 < hi:
        nxt = s.keys[j + 1]
        return nxt in _TERMS or (k == _THAT and nxt in ("،", ","))
    return False


#: words without which no rule of `background` fires (single cues; the pairs are tested apart)
_CUES = frozenset(BACKGROUND | MONTHS | {_BASIS, _YEAR_WORD})


def _may_date(keyset: frozenset) -> bool:
    """Can `background` find a date in a sentence with these token keys? (a superset test: every
    rule needs one of _CUES or both words of a BACKGROUND_PAIRS pair)"""
    if not _CUES.isdisjoint(keyset):
        return True
    for a, b in BACKGROUND_PAIRS:
        if a in keyset and b in keyset:
            return True
    return False
