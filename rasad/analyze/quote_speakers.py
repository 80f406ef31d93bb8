"""Who speaks a quote: the speaker of a speech clause and the titles that stand for a person.

Split from quotes.py (which finds the quoted spans): `speaker()` takes the clause [lo, hi) before
a speech verb or «...» and returns its subject mention ("لاوروف گفت"), the noun phrase opening it
("دبیر جشنواره گفت که" → speaker_text "دبیر جشنواره"), an unnamed person ("یک دیپلمات اروپایی" →
"unnamed diplomat"), a pronoun or demonstrative title resolved to the last speaker ("وی افزود",
"این وزیر گفت"), a title seen next to a name earlier (`speaker_titles`), else the previous speaker.
"""
from __future__ import annotations

from ..document import Document
from ..events.clauses import Sent, _ends_verb, clause_start, previous_clause_subject, subject_in
from ..events.mentions import TITLE_WORDS, Mention, title_key
from ..events.tokens import key

#: speech predicates: (noun before the verb or None, verb lemmas)
SPEECH = [(None, {"گفت", "افزود"}), ("اعلام", {"کرد", "نمود"}), ("تأکید", {"کرد", "نمود"}),
          ("تاکید", {"کرد", "نمود"}), ("تصریح", {"کرد", "نمود"}), ("هشدار", {"داد"}),
          ("خاطرنشان", {"کرد", "ساخت", "نمود"}), ("یادآور", {"شد"}), ("اظهار", {"داشت", "کرد", "نمود"}),
          ("ادامه", {"داد"}), ("عنوان", {"کرد", "نمود"}), ("مدعی", {"شد"})]
_SPEECH_NOUNS = {key(n) for n, _ in SPEECH if n}
_PRONOUNS = {key(w) for w in ("وی", "او", "ایشان")}


_NP_STOP = {key(w) for w in ("در", "به", "با", "برای", "پس", "پیش", "طی", "ضمن", "روز", "امروز", "دیروز",
                              "امشب", "صبح", "شب", "عصر", "بامداد", "نیز", "هم", "همچنین", "که", "را", "تا",
                              "روزهای", "هفته", "اخیرا", "اخیراً", "سپس", "بعد", "درباره", "دربارهٔ", "ظهر",
                              "شامگاه", "صبح‌امروز", "بعدازظهر", "بعد‌ازظهر", "دیشب", "سحرگاه", "نیمه‌شب", "امسال", "پنجشنبه", "جمعه", "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه",
                              "چهارشنبه", "علاوه", "ولی", "اما", "البته", "پیش‌تر", "پیشتر", "قبلاً", "قبلا",
                              "اخیراً", "اخیرا", "بامداد", "شامگاه", "همزمان", "هم‌زمان")}
#: words that end a subject noun phrase without opening a clause: "ارتش اسرائیل ساعتی بعد اعلام کرد"
_NP_END = _NP_STOP | {key(w) for w in ("ساعتی", "ساعاتی", "دقایقی", "لحظاتی", "ظرف", "طی", "خطاب")}
_TITLE_KEYS = tuple(key(w) for w in TITLE_WORDS + ("شهردار", "استاندار", "خواهر", "برادر", "همسر", "پسر",
                                                    "دختر", "مدیر", "عضو", "نایب", "قائم", "جانشین", "سرپرست"))
_NP_PUNCT = {"،", ",", ":", "«", "»", ".", "؛", "!", "؟", "?", "(", ")", "\""}
_ANON_NOUNS = {"کارگر": "worker", "کارمند": "employee", "شاهد": "witness", "منبع": "source", "مقام": "official",
               "دیپلمات": "diplomat", "ساکن": "resident", "شهروند": "citizen", "معترض": "protester",
               "دانشجو": "student", "پزشک": "doctor", "پرستار": "nurse", "کشاورز": "farmer", "راننده": "driver",
               "معلم": "teacher", "نظامی": "soldier", "کارشناس": "expert", "مسئول": "official", "عضو": "member",
               "فعال": "activist", "خبرنگار": "journalist", "زن": "woman", "مرد": "man", "بازنشسته": "retiree",
               "پژوهشگر": "researcher", "تحلیلگر": "analyst", "کاسب": "shopkeeper", "بازرگان": "merchant",
               "صیاد": "fisherman", "ماهیگیر": "fisherman", "پناهجو": "asylum seeker", "مهاجر": "migrant",
               "سرباز": "soldier", "افسر": "officer", "پلیس": "police officer", "پزشک": "doctor"}


#: sentence adverbs that may open a clause before its subject
_LEADING = {key(w) for w in ("همزمان", "هم‌زمان", "همچنین", "سپس", "البته", "اما", "ولی", "ساعاتی", "ساعتی",
                             "دقایقی", "لحظاتی", "روزی", "بعد", "پس")}
#: adverbs that may stand alone before a speech verb ("... خودداری کرد و تنها گفت که"): no speaker
_ADVERBS = {key(w) for w in ("تنها", "فقط", "صرفاً", "صرفا", "سرانجام", "نهایتاً", "نهایتا", "بلافاصله",
                             "مجدداً", "مجددا", "دوباره", "بعداً", "بعدا", "سپس", "همچنین", "نیز")}
_VA = key("و")
_AZ = key("از")
_BUT = (key("اما"), key("ولی"))
_MEDIA_NOUNS = {key(w) for w in ("خبرگزاری", "روزنامه", "شبکه", "پایگاه", "نشریه", "تلویزیون", "رادیو")}
_DEMONSTRATIVES = {key(w) for w in ("این", "آن", "همین", "همان")}
_MEANWHILE = [key("در"), key("همین"), key("حال")]
#: bodies whose name includes "درباره X" (fact-finding missions, mechanisms, commissions)
_BODIES = {key(w) for w in ("هیئت", "هیات", "سازوکار", "کمیسیون", "کمیته", "گروه", "ماموریت", "مأموریت")}


def _np(s: Sent, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that opens a clause, [lo, b]: up to a preposition, time word, verb or comma."""
    lo = max(lo, s.body_from)
    first = lo
    while lo + 1 < hi and s.keys[lo] in _LEADING:  # "همزمان خانواده X اعلام کردند"
        lo += 1
    if lo > first and lo + 1 < hi and s.keys[lo] in ("،", ","):  # "ساعاتی بعد، سازمان X اعلام کرد"
        lo += 1
    if lo + 3 < hi and [t.key for t in s.toks[lo:lo + 3]] == _MEANWHILE:  # "در همین حال، منابع مصری"
        lo += 4 if s.keys[lo + 3] in ("،", ",") else 3
    if all(t.key in _ADVERBS for t in s.toks[lo:hi]):
        return None  # "و تنها گفت که": the subject of the previous clause speaks
    if lo >= hi or s.keys[lo] in _NP_STOP or s.keys[lo] in _NP_PUNCT or lo in s.verbs:
        return None
    has_ra = any(t.key == "را" for t in s.toks[lo:hi])
    if has_ra and s.keys[lo] in ("این", "آن"):
        return None  # "آن را «...» خواند": an object, not a speaker
    b = lo
    if s.keys[lo] in _BODIES:
        k = next((x for x in range(lo + 1, min(hi, lo + 9)) if s.keys[x] == "درباره"), None)
        end = hi - 1
        while k is not None and end > k and s.keys[end] in _NP_STOP:  # "... درباره ایران نیز اعلام کرد"
            end -= 1
        if k is not None and 1 <= end - k <= 2 and not any(t.key in _NP_PUNCT for t in s.toks[lo:hi]):
            return lo, end  # "هیئت حقیقت‌یاب سازمان ملل درباره سودان اعلام کرد"
    while b + 1 < hi and b - lo < 8:
        inner = _mention_end(s, lo, b)
        if inner > b:  # "نمایندگان فراکسیون وفاداری به مقاومت": never cut a known name in two
            b = min(inner, hi - 1)
            continue
        k = s.keys[b + 1]
        if k == _DAR and (s.keys[lo] in _ENVOYS or s.keys[b] == _BASED) and b + 2 < hi and (b + 2) in s.first:
            b = min(s.span[id(s.first[b + 2])][1], hi - 1)  # "نماینده ایران در سازمان ملل"
            continue
        if has_ra and k in ("این", "آن"):
            break  # "وزارت ... این اقدام را «...» خواند"
        if k in _SPEECH_NOUNS and (b + 2) in s.verbs:
            break  # "این وزیر کره‌ای تاکید کرد: «...»": the speech noun starts the predicate
        if k in _NP_PUNCT or k in _NP_END or (b + 1) in s.verbs:
            if not (k == "از" and s.keys[b] in ("یکی", "برخی", "بسیاری", "شماری", "تعدادی")):
                break
        b += 1
    return lo, b


_DAR = key("در")
_BASED = key("مستقر")  # "دولت سودان مستقر در پورتسودان": the seat is part of the name
#: heads of a mission named with its seat: "نماینده ایران در سازمان ملل", "سفیر روسیه در تهران"
_ENVOYS = {key(w) for w in ("نماینده", "سفیر", "سفارت", "نمایندگی", "کاردار", "سرکنسول", "کنسول")}


def _mention_end(s: Sent, lo: int, b: int) -> int:
    """Last token of a known mention that starts in [lo, b] and runs past b, else b."""
    end = b
    for x in range(lo, b + 1):
        m = s.first.get(x)
        if m is not None:
            end = max(end, s.span[id(m)][1])
    return end


_ANON_ADJ = {"بازنشسته": "retired"}


def _after_subordinate(s: Sent, lo: int, hi: int) -> int:
    """"در حالی که ... مانده، نماینده ایران گفت": a clause opened by a preposition or subordinator
    and closed by a comma holds no speaker; the speaker follows the last comma."""
    lo = max(lo, s.body_from)
    if lo >= hi or (s.keys[lo] not in _NP_STOP and s.keys[lo] != _AZ):  # "از سوی دیگر، X گفت"
        return lo
    commas = [x for x in range(lo + 1, hi - 1) if s.keys[x] in ("،", ",")]
    for c in commas[:-1]:  # "در مقابل، دمیتری پسکوف، سخنگوی کرملین، گفت": the first comma closes it
        m = subject_in(s, c + 1, hi)
        if m is not None and m.person and m.canonical and s.span[id(m)][0] == c + 1:
            return c + 1
    # the last comma that opens a noun phrase: "...، رئیس‌جمهور گویان، از قضات دیوان ... تشکر کرد"
    # (after the last comma comes the object, not the speaker)
    for c in reversed(commas):
        if s.keys[c + 1] not in _NP_STOP and s.keys[c + 1] != _AZ:
            return c + 1
    return commas[-1] + 1 if commas else lo


def _quoted_name(s: Sent, lo: int, hi: int) -> tuple[int, int] | None:
    """Tokens of a name in quote marks that opens the clause and is followed by a title."""
    lo = max(lo, s.body_from)
    if lo > s.body_from and lo < hi and s.keys[lo - 1] in ("»", "\"", "”"):  # the clause began after it
        opening = next((x for x in range(lo - 3, max(s.body_from, lo - 7) - 1, -1)
                        if s.keys[x] in ("«", "\"", "“")), None)
        if opening is not None and s.keys[lo].startswith(_TITLE_KEYS):
            return opening + 1, lo - 2
    if lo >= hi or s.keys[lo] not in ("«", "\"", "“"):
        return None
    close = next((x for x in range(lo + 2, min(hi, lo + 6)) if s.keys[x] in ("»", "\"", "”")), None)
    if close is None or close + 1 >= hi or not s.keys[close + 1].startswith(_TITLE_KEYS):
        return None
    return lo + 1, close - 1


def _anon_name(words: list[str]) -> str | None:
    """"یک کارگر" / "یکی از معلمان بازنشسته" → "unnamed worker" / "unnamed retired teacher"."""
    if not words or words[0] not in ("یک", "یکی", "برخی", "شماری", "چند"):
        return None
    for k, w in enumerate(words[1:], 1):
        for suf in ("گان", "ان", "ها", "های", "ین", ""):
            stem = w[: -len(suf)] if suf and w.endswith(suf) else w
            if suf == "گان" and stem != w:
                stem += "ه"  # "بازنشستگان" → "بازنشسته"
            if stem in _ANON_NOUNS:
                adj = _ANON_ADJ.get(words[k + 1]) if k + 1 < len(words) else None
                return "unnamed " + (adj + " " if adj else "") + _ANON_NOUNS[stem]
    return None


def _person_subject(s: Sent, lo: int, hi: int) -> bool:
    m = subject_in(s, lo, hi)
    return m is not None and m.person


def speaker(s: Sent, lo: int, hi: int, last: Mention | None,
             titles: dict[str, Mention]) -> Mention | None:
    """The speaker of a speech clause [lo, hi): its subject mention, or the noun phrase opening it
    ("دبیر جشنواره گفت که" → speaker_text "دبیر جشنواره"), else the previous speaker."""
    lo = _after_subordinate(s, lo, hi)
    if s.body_from < lo < hi and all(s.keys[x] in _BUT for x in range(lo, hi)) \
            and s.keys[lo - 1] in (_VA, "،", ","):
        # "X ... استقبال کرد، اما تأکید کرد که": a clause of only "اما" has the previous subject
        prev = clause_start(s, lo - 1)
        if prev < lo - 1:
            return speaker(s, prev, lo - 1, last, titles)
    if s.body_from < lo < hi - 1 and s.keys[lo] in _SPEECH_NOUNS and (lo + 1) in s.verbs \
            and s.keys[lo - 1] in (_VA, "،", ","):
        # "سرمربی تراکتور از داوری گلایه داشت و تصریح کرد:": the clause is only the speech noun;
        # the subject of the clause before "و" speaks
        prev = clause_start(s, lo - 1)
        if prev < lo - 1:
            return speaker(s, prev, lo - 1, last, titles)
    if lo - 1 > s.body_from and hi - 2 > lo and s.keys[hi - 1] == _VA and s.keys[lo - 1] == "که" \
            and not _person_subject(s, lo, hi - 1):
        # "X ابراز اطمینان کرد که بازار ... بازمی‌گردد و تأکید کرد که ...": the second speech verb
        # is coordinated with the first, past its complement: X speaks again (unless the
        # complement's own subject is a person, who might be the one speaking)
        main = clause_start(s, lo - 1)
        if main < lo - 1:
            return speaker(s, main, lo - 1, last, titles)
    if lo >= s.body_from and lo < hi and s.keys[lo] == _VA:
        if subject_in(s, lo + 1, hi) is None:  # "... گفت: «...» و «...» را رد کرد": the same subject
            return _previous_speaker(s, lo + 1, last, titles)
        lo += 1
    m = subject_in(s, lo, hi)
    quoted = _quoted_name(s, lo, hi)
    if quoted is not None:  # '«فرانکو فراتینی» وزیر امور خارجه ایتالیا گفت که': the name speaks
        a, b = quoted
        code = m.code if m is not None else None
        country = m.country if m is not None else None
        canon = m.canonical if m is not None and m.person and m.canonical else None
        return Mention(s.text[s.toks[a].start:s.toks[b].end], 0, 0, code, canon, country, True)
    np = _np(s, lo, hi)
    if np is not None and np[1] + 1 < hi and s.toks[np[1] + 1].key == "را":
        if m is not None and m.person and s.span[id(m)][0] == np[0] and s.span[id(m)][1] < np[1]:
            return m  # "کوباخیدزه نخست‌وزیر گرجستان معترضان را ...": the subject, then its object
        # "... خواند و دولت بریتانیا را به «...» متهم کرد": an object; the earlier subject speaks
        return previous_clause_subject(s, lo) or last
    if np is not None and m is not None and s.span[id(m)][0] == np[0] and not m.canonical \
            and s.span[id(m)][1] < np[1] and not m.pronoun:
        m = None  # "رهبر اتحادیه ملی کشاورزان فرانسه": a bare role word heads a longer phrase
    if m is not None and m.pronoun and last is not None and last.person \
            and s.span[id(m)][0] == max(lo, s.body_from):
        # "وی افزود": the speaker goes on; the last person merely mentioned is not the speaker
        return Mention(m.text, m.start, m.end, last.code, last.canonical, last.country, True, last.role, True,
                       last.antecedent or (last.text if not last.canonical else None))
    if m is None and np is not None and np[0] == np[1] and s.toks[np[0]].key in _PRONOUNS and last is not None:
        a = np[0]  # "وی افزود" with no person named before: the previous speaker goes on
        return Mention(s.text[s.toks[a].start:s.toks[a].end], 0, 0, last.code, last.canonical, last.country, True,
                       last.role, True, last.antecedent or (last.text if not last.canonical else None))
    if np is not None and (m is None or s.span[id(m)][0] != np[0]):
        a, b = np
        anon = _anon_name([t.key for t in s.toks[a:b + 1]])
        if anon:  # "یک دیپلمات اروپایی": an unnamed person, whatever title words follow
            return Mention(s.text[s.toks[a].start:s.toks[b].end], 0, 0, None, anon, None, True)
        if s.keys[a] in _DEMONSTRATIVES and b > a and s.keys[a + 1].startswith(_TITLE_KEYS) \
                and last is not None and last.person and (last.canonical or last.antecedent or last.text):
            # "این وزیر کره‌ای تاکید کرد": the person just quoted, under a demonstrative title
            return Mention(s.text[s.toks[a].start:s.toks[b].end], 0, 0, last.code, last.canonical, last.country,
                           True, last.role, True,
                           last.antecedent or (name_part(last.text) if not last.canonical else None))
        for k in range(a + 1, b + 1):  # "احمد میدری وزیر تعاون": the name, not its title
            if s.keys[k].startswith(_TITLE_KEYS) and not s.keys[a].startswith(_TITLE_KEYS):
                if all(t.key in _DEMONSTRATIVES for t in s.toks[a:k]):
                    break  # "این مقام آمریکایی": a demonstrative, not a name, before the title
                b = k - 1
                break
        comma = next((x for x in range(a + 1, b + 1) if s.keys[x] in ("،", ",")), None)
        if comma is not None and m is not None and m.person and not m.canonical:
            b = comma - 1  # "سردار X، فرمانده ...، گفت": the name, not the title in apposition
        surface = s.text[s.toks[a].start:s.toks[b].end]
        words = [t.key for t in s.toks[a:b + 1]]
        anon = _anon_name(words)
        if anon:
            return Mention(surface, 0, 0, None, anon, None, True)
        hit = titles.get(title_key(surface)) or titles.get(_loose(surface))
        if hit is not None:
            return Mention(surface, 0, 0, hit.code, hit.canonical, hit.country, True)
        if m is None:  # the phrase is itself a known person the clause rules skipped ("با X، Y گفت")
            cand = s.first.get(a)
            if cand is not None and cand.person and cand.canonical and s.span[id(cand)][1] == b:
                return cand
        if m is not None and s.span[id(m)][0] > b + 1 and b + 2 < hi and s.keys[b + 1] in ("،", ",") \
                and ((1 <= b - a <= 3 and s.keys[b + 2].startswith(_TITLE_KEYS)) or s.keys[b + 2] in _MEDIA_NOUNS) \
                and not s.keys[a].startswith(_TITLE_KEYS):
            # (or "میزان، خبرگزاری قوه قضاییه، ... مدعی شد": an outlet named before what it is)
            # "سادیبو مارونگ، مدیر دفتر آفریقای این سازمان، گفت": a name in apposition to its title
            return Mention(surface, 0, 0, m.code, None, None, True)
        if m is None or s.span[id(m)][0] <= b + 2:  # inside the phrase, or its title right after
            canon = m.canonical if (m is not None and m.person) else None
            return Mention(surface, 0, 0, m.code if m else None, canon, None, True)
    if m is not None and not m.canonical and not m.pronoun:  # "نماینده ایران" = the person seen with it
        hit = titles.get(title_key(m.text)) or titles.get(_loose(m.text))
        if hit is not None:
            return Mention(m.text, m.start, m.end, hit.code, hit.canonical, hit.country, True, hit.role)
    if m is not None and m.person and not m.canonical and not m.pronoun and "،" in m.text:
        # "X، فرمانده مرزبانی، تصریح کرد": the name, without the title in apposition after it
        name = m.text.split("،")[0].rstrip(" \u200c")
        return Mention(name, m.start, m.start + len(name), m.code, None, m.country, True, m.role)
    if m is not None:
        return m
    if np is None and lo - 2 >= s.body_from and s.keys[lo - 1] == "که" and not _ends_verb(s, lo - 2):
        # "یک منبع آگاه که نخواست نامش فاش شود ... گفت که": the head before the relative clause
        head = clause_start(s, lo - 1)
        if head < lo - 1:
            return speaker(s, head, lo - 1, last, titles)
    return _previous_speaker(s, lo, last, titles)


def _previous_speaker(s: Sent, cs: int, last: Mention | None, titles: dict[str, Mention]) -> Mention | None:
    """The speaker of the clause before "و" at cs - 1 ("X ... تکذیب کرد و گفت که"), else `last`.

    A role mention in that clause may be part of a longer noun phrase ("مدیرعامل شرکت پیمانکار",
    "شورای هماهنگی تشکل‌های بازنشستگان"): then the phrase, as that clause's own speaker, speaks."""
    prev = previous_clause_subject(s, cs)
    if prev is not None and not prev.canonical and not prev.person and not prev.pronoun \
            and s.body_from < cs - 1 and s.keys[cs - 1] == _VA:
        first = clause_start(s, cs - 1)
        whole = speaker(s, first, cs - 1, last, titles) if s.body_from <= first < cs - 1 else None
        if whole is not None and len(whole.text) > len(prev.text) and (
                whole.text.endswith(prev.text)  # "شورای هماهنگی تشکل‌های بازنشستگان"
                or (whole.text.startswith(prev.text) and len(whole.text[len(prev.text):].split()) <= 2)):
            # (two more words at most after the mention: "مدیرعامل شرکت پیمانکار", "شورای نظامی حاکم
            # بر میانمار"; a phrase with the mention inside that runs on into the object and the verb's
            # noun, "شورای ... بازنشستگان بیانیه‌ای صادر", is no speaker)
            return whole
    if prev is None and s.body_from < cs - 1 and s.keys[cs - 1] in (_VA, "،", ","):
        # "X ... پیشنهادی را که از سوی Y مطرح شده بود رد کرد و گفت که": the clause before is a
        # relative clause; its head clause has the subject
        first = clause_start(s, cs - 1)
        if s.body_from < first - 1 and s.keys[first - 1] == "که":
            main = _sentence_subject(s, first - 1)
            if main is not None:
                return main
    return prev or last


def _sentence_subject(s: Sent, k: int) -> Mention | None:
    """The subject of the clause that holds token k, looking back over its commas (appositions
    and adverbials: "X، سخنگوی ...، در واکنش، ضمن ... که"): the first mention that opens a clause."""
    lo = clause_start(s, k)
    for _ in range(4):
        m = subject_in(s, lo, k)
        if m is not None and s.span[id(m)][0] == max(lo, s.body_from):
            return m
        if lo - 1 <= s.body_from or s.keys[lo - 1] not in ("،", ","):
            return None
        lo = clause_start(s, lo - 1)
    return None


def speaker_titles(doc: Document, ments: list[Mention]) -> dict[str, Mention]:
    """Titles seen next to a named person ("کایا کالاس، مسئول سیاست خارجی اتحادیه اروپا، ...")."""
    out: dict[str, Mention] = {}
    text = doc.text
    for m in ments:
        if not (m.person and m.canonical) or m.pronoun:
            continue
        rest = text[m.end:m.end + 90]
        if rest[:2].strip(" ")[:1] in ("،", ","):
            body = rest.lstrip(" ")[1:]
            for stop in ("،", ",", "\n", ".", ":"):
                i = body.find(stop)
                if i > 0:
                    body = body[:i]
            if 2 < len(body.strip()) < 80:
                out[title_key(body.strip())] = m
    # "رضا نجفی نماینده دائم ایران ..." → "نماینده ایران" elsewhere is the same person
    by_start = {m.start: m for m in ments if m.person and m.canonical and not m.pronoun}
    acts = sorted(doc.actors, key=lambda a: a.start)
    for a, b in zip(acts, acts[1:]):
        if a.type == "PER" and a.canonical and b.type is None and a.start in by_start \
                and 0 <= b.start - a.end <= 3 and not text[a.end:b.start].strip(" \u200c،,"):
            out.setdefault(_loose(b.text), by_start[a.start])
    return out


#: words a title may drop when repeated ("نماینده دائم ایران" → "نماینده ایران")
_TITLE_FILLERS = {key(w) for w in ("دائم", "ویژه", "ارشد", "کل", "وقت", "فعلی", "جدید")}


def _loose(surface: str) -> str:
    return "~" + title_key(" ".join(w for w in surface.split(" ") if key(w) not in _TITLE_FILLERS))



def name_part(surface: str) -> str:
    """"پیرحسین کولیوند رئیس جمعیت هلال احمر" → the name before its title (unknown people)."""
    words = surface.split(" ")
    if len(words) < 3 or key(words[0]).startswith(_TITLE_KEYS):
        return surface
    for k in range(1, len(words)):
        if key(words[k]).startswith(_TITLE_KEYS):
            return " ".join(words[:k]) if k >= 2 else surface
    return surface
