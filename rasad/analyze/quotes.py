"""Quotes and their speakers: direct «...» passages and reported speech ("... گفت که ...").

Spans (a choice, documented in docs/events.md): a quote's `start`/`end` cover its CONTENT — for a
direct quote the text inside « », for reported speech the clause after "که" up to the end of the
sentence (final punctuation excluded); `text` = `doc.text[start:end]`.

Reported speech: one of the speech verbs of the conventions (any person, tense, negation) directly
followed by "که". Not quotes: "از ... خواست که", "خواستار شد که" (appeals, coded as events),
"به گفته X،", "X می‌گویند" without که, media reports ("گزارش داد که").
Speaker: the subject of the speech clause (events.clauses), pronouns ("وی", "او", "این مقام")
resolved to the last person named, titles to the person they were introduced with; when the
clause names nobody, the previous speaker (quote_speakers.py).
"""
from __future__ import annotations

from bisect import bisect_left

from ..document import Document, Quote
from ..events.clauses import Sent, analyzed, clause_start, subject_in
from ..events.mentions import Mention, speaker_name
from ..events.tokens import key
from .quote_speakers import SPEECH, name_part, speaker, speaker_titles

__all__ = ["SPEECH", "find_quotes", "quotes_stage"]

_SPEECH = {(key(n) if n else None, lem) for n, lems in SPEECH for lem in lems}
_INTRO = {key(w) for w in ("گفت", "افزود", "کرد", "داشت", "نوشت", "است", "شد", "داد", "نمود", "گفته",
                           "اظهار", "تصریح", "تاکید", "تأکید", "خواند", "دانست", "نامید", "توصیف")}
MIN_DIRECT_WORDS = 4
_BE = key("به")
#: verbs that frame a short «...» as someone's words even a few words after it
_FRAMING = {key(w) for w in ("خواند", "خواندند", "نامید", "نامیدند", "دانست", "دانستند", "متهم", "توصیف")}


def quotes_stage(doc: Document) -> Document:
    doc.quotes = find_quotes(doc)
    return doc


def find_quotes(doc: Document) -> list[Quote]:
    ments, sents = analyzed(doc)
    titles: dict[str, Mention] | None = None  # built when the first sentence that may quote comes
    out: list[Quote] = []
    last: Mention | None = None
    pending: list[Sent] = []  # sentences that cannot hold a quote, since `last` was last settled
    for s in sents:
        if not s.toks:
            continue
        if not _may_quote(doc.text, s):
            pending.append(s)  # its subject may become `last`: looked up only if a quote follows
            continue
        if pending:
            last = _settle(last, pending)
            pending = []
        if titles is None:
            titles = speaker_titles(doc, ments)
        found, last = _sentence_quotes(doc.text, s, last, titles)
        out.extend(found)
    return _drop_nested(out)


def _may_quote(text: str, s: Sent) -> bool:
    """A speech verb + "که" or a "«" in the sentence: else `_sentence_quotes` finds nothing."""
    toks = s.toks
    for v, form in s.verbs.items():
        nxt = v + form.ntok
        if nxt < len(toks) and toks[nxt].key == "که":
            return True
    return text.find("«", s.start, s.end) >= 0


def _settle(last: Mention | None, pending: list[Sent]) -> Mention | None:
    """`last` after sentences without quotes: the subject of the latest one naming a person (the
    fallback `_sentence_quotes` applies sentence by sentence, evaluated lazily, latest first)."""
    for s in reversed(pending):
        m = subject_in(s, s.body_from, len(s.toks))
        if m is not None and m.person:
            return m
    return last


_QUOTE_MARKS = " \"'«»“”„"


def _make(text: str, sp: Mention | None, a: int, b: int, direct: bool) -> Quote | None:
    while a < b and text[a] in " \u200c":
        a += 1
    while b > a and text[b - 1] in " .!؟?\u200c":
        b -= 1
    if b <= a:
        return None
    name, surface = (speaker_name(sp), sp.text) if sp is not None else (None, None)
    if sp is not None and not sp.canonical and not sp.antecedent and name == surface:
        name = surface = name_part(surface).strip(_QUOTE_MARKS)  # '"هرمان وان رامپوی"' → the name
    elif surface:
        surface = surface.strip(_QUOTE_MARKS)
    return Quote(name, surface, text[a:b], direct, a, b)


def _sentence_quotes(text: str, s: Sent, last: Mention | None,
                     titles: dict[str, Mention]) -> tuple[list[Quote], Mention | None]:
    out: list[Quote] = []
    toks = s.toks
    # reported speech: speech verb + "که"
    for v, form in sorted(s.verbs.items()):
        end_v = v + form.ntok - 1
        if end_v + 1 >= len(toks) or toks[end_v + 1].key != "که":
            continue
        noun = toks[v - 1].key if v > 0 else None
        if (None, form.lemma) not in _SPEECH and (noun, form.lemma) not in _SPEECH:
            continue
        if form.lemma == "گفت" and noun == _BE:
            continue
        first = v - 1 if (noun, form.lemma) in _SPEECH else v
        lo = clause_start(s, first)
        sp = speaker(s, lo, first, last, titles)
        q = _make(text, sp, toks[end_v + 1].end, s.end, False)
        if q:
            out.append(q)
            last = sp or last
    # direct quotes «...»
    # jump from one "«" to the next instead of stepping over every token in Python
    opens = [x for x, t in enumerate(toks) if t.key == "«"] if text.find("«", s.start, s.end) >= 0 else []
    i = 0
    while i < len(toks):
        k = bisect_left(opens, i)
        if k == len(opens):
            break
        i = opens[k]
        j = i + 1
        depth = 1
        stop = len(toks) if len(toks) < i + 400 else i + 400  # a quote longer than a page section is a stray «
        while j < stop:
            if toks[j].key == "«":
                depth += 1
            elif toks[j].key == "»":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= stop:
            i += 1
            continue
        words = sum(1 for t in toks[i + 1:j] if t.key not in "،,.:؛")
        intro_before = i > 0 and (toks[i - 1].key == ":" or toks[i - 1].key in _INTRO)
        reach = 6 if words >= MIN_DIRECT_WORDS else 3  # «بی‌پایه» خواند: short quotes need the verb close
        after = []
        for t in toks[j + 1:j + 1 + reach]:
            if t.key in ("،", ",", ".", "«"):
                break
            after.append(t.key)
        intro_after = any(k in _INTRO for k in after)
        framer = _framer_after(s, i, j) if not (intro_before or intro_after) and words >= MIN_DIRECT_WORDS else None
        if framer is not None:
            # "«...»، بقائی در ادامه گفت." / "«...»؛ این را X به خبرنگاران گفت.": the quote opens the
            # sentence and the clause after it says who spoke
            sp = speaker(s, framer[0], framer[1], last, titles)
            q = _make(text, sp, toks[i].end, toks[j].start, True)
            if q:
                out.append(q)
                last = sp or last
            i = j + 1
            continue
        if not intro_after and words < MIN_DIRECT_WORDS:
            # "«انقلاب رنگی» با حمایت خارجی متهم کرد", "«...» در قفقاز جنوبی خواند": a framing verb a few
            # words on still attributes a short quote
            far = []
            for t in toks[j + 1:j + 7]:
                if t.key in ("،", ",", ".", "«", ":"):
                    break
                far.append(t.key)
            intro_after = any(k in _FRAMING for k in far)
        if (words >= MIN_DIRECT_WORDS and (intro_before or intro_after)) or (words and intro_after):
            outer = next((q for q in out if not q.direct and q.start <= toks[i].start < q.end), None)
            if outer is not None and toks[i - 1].key != ":":
                # "ترامپ گفت که آمریکا آماده است «در هر زمان و هر مکانی» ...": the reported speaker
                q = Quote(outer.speaker, outer.speaker_text, text[toks[i].end:toks[j].start], True,
                          toks[i].end, toks[j].start)
                out.append(q)
                i = j + 1
                continue
            if intro_before:
                lo = clause_start(s, i - 1 if toks[i - 1].key == ":" else i)
                sp = speaker(s, lo, i, last, titles)
            else:
                # the subject of the verb that frames it ("X معترضان را به «...» متهم کرد": X)
                v = next((v for v in sorted(s.verbs) if j < v <= j + 8), None)
                lo = min(clause_start(s, v), clause_start(s, i)) if v is not None else clause_start(s, i)
                sp = speaker(s, lo, i, last, titles)
            q = _make(text, sp, toks[i].end, toks[j].start, True)
            if q:
                out.append(q)
                last = sp or last
        i = j + 1
    # remember the sentence subject as a fallback speaker for the next one
    if not out:
        m = subject_in(s, s.body_from, len(toks))
        if m is not None and m.person:
            last = m
    return out, last


#: a clause after an opening quote that points back at it: "این را X گفت", "این جمله را X بر زبان آورد",
#: "X چنین هشدار داد"
_THIS, _SUCH = key("این"), key("چنین")
_BACK_OBJECT = {key(w) for w in ("جمله", "جملات", "سخن", "سخنان", "مطلب", "مطالب", "را")}
#: ... whose verb is one of saying: "بیان کرد", "مطرح کرد", "بر زبان آورد"
_SAY_NOUNS = {key(w) for w in ("بیان", "مطرح", "زبان", "ابراز")}
MAX_FRAMER = 30


def _framer_after(s: Sent, i: int, j: int) -> tuple[int, int] | None:
    """(start, verb) of the clause that attributes a quote «i..j» opening its sentence, or None.

    The quote must open the sentence (only punctuation before it) and be followed by "،" / "؛"; the
    clause runs to its first verb, which must be a speech verb of the conventions ("بقائی در ادامه
    گفت", "X هشدار داد") or, when the clause points back at the quote ("این را", "این جمله را",
    "چنین"), any verb of saying ("بیان کرد", "بر زبان آورد"). No other « in between."""
    toks = s.toks
    if any(toks[x].key not in "«\"'-–" for x in range(s.body_from, i)) or j + 2 >= len(toks) \
            or toks[j + 1].key not in ("،", ",", "؛"):
        return None
    lo = j + 2
    v = next((v for v in sorted(s.verbs) if lo < v < lo + MAX_FRAMER), None)
    if v is None or any(toks[x].key == "«" for x in range(lo, v)):
        return None
    form = s.verbs[v]
    noun = toks[v - 1].key
    keys = [toks[x].key for x in range(lo, v)]
    back = _SUCH in keys or any(a == _THIS and b in _BACK_OBJECT for a, b in zip(keys, keys[1:]))
    if (None, form.lemma) in _SPEECH or (noun, form.lemma) in _SPEECH or back and noun in _SAY_NOUNS:
        return lo, v
    return None


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """A reported clause that only wraps a direct quote is the direct quote."""
    direct = [q for q in quotes if q.direct]
    keep = []
    for q in quotes:
        if not q.direct and any(d.start >= q.start - 2 and d.end <= q.end + 2 and
                                (d.end - d.start) >= 0.8 * (q.end - q.start) for d in direct):
            continue
        keep.append(q)
    return sorted(keep, key=lambda q: q.start)
