"""Quotes and their speakers: direct «...» passages and reported speech ("... گفت که ...").

Spans (a choice, documented in docs/events.md): a quote's `start`/`end` cover its CONTENT — for a
direct quote the text inside « », for reported speech the clause after "که" up to the end of the
sentence (final punctuation excluded); `text` = `doc.text[start:end]`.

Reported speech: one of the speech verbs of the conventions (any person, tense, negation) directly
followed by "که". Not quotes: "از ... خواست که", "خواستار شد که" (appeals, coded as events),
"به گفته X،", "X می‌گویند" without که, media reports ("گزارش داد که").
Speaker: the subject of the speech clause (events.clauses), pronouns ("وی", "او", "این مقام")
resolved to the last person named, titles to the person they were introduced with; when the
clause names nobody, the previous speaker.
"""
from __future__ import annotations

from ..document import Document, Quote
from ..events.clauses import Sent, analyzed, clause_start, subject_in
from ..events.mentions import Mention, speaker_name
from ..events.tokens import key

#: speech predicates: (noun before the verb or None, verb lemmas)
SPEECH = [(None, {"گفت", "افزود"}), ("اعلام", {"کرد", "نمود"}), ("تأکید", {"کرد", "نمود"}),
          ("تاکید", {"کرد", "نمود"}), ("تصریح", {"کرد", "نمود"}), ("هشدار", {"داد"}),
          ("خاطرنشان", {"کرد", "ساخت", "نمود"}), ("یادآور", {"شد"}), ("اظهار", {"داشت", "کرد", "نمود"}),
          ("ادامه", {"داد"}), ("عنوان", {"کرد", "نمود"}), ("مدعی", {"شد"})]
_SPEECH = {(key(n) if n else None, lem) for n, lems in SPEECH for lem in lems}
_INTRO = {key(w) for w in ("گفت", "افزود", "کرد", "داشت", "نوشت", "است", "شد", "داد", "نمود", "گفته",
                           "اظهار", "تصریح", "تاکید", "تأکید")}
MIN_DIRECT_WORDS = 4
ANON_HEADS = ("یک", "منابع", "شاهدان")


def quotes_stage(doc: Document) -> Document:
    doc.quotes = find_quotes(doc)
    return doc


def find_quotes(doc: Document) -> list[Quote]:
    _, sents = analyzed(doc)
    out: list[Quote] = []
    last: Mention | None = None
    for s in sents:
        if not s.toks:
            continue
        found, last = _sentence_quotes(doc.text, s, last)
        out.extend(found)
    return _drop_nested(out)


def _speaker(s: Sent, lo: int, hi: int, last: Mention | None) -> tuple[Mention | None, str | None]:
    m = subject_in(s, lo, hi)
    if m is not None:
        return m, None
    anon = _anonymous(s, lo, hi)
    if anon:
        return None, anon
    return last, None


def _anonymous(s: Sent, lo: int, hi: int) -> str | None:
    for i in range(max(lo, s.body_from), hi):
        if s.toks[i].key in ANON_HEADS and i + 1 < hi:
            surface = s.text[s.toks[i].start:s.toks[min(i + 1, hi - 1)].end]
            name = speaker_name(Mention(surface, 0, 0, None, None, None, True))
            if name and name.startswith("unnamed"):
                return surface
    return None


def _make(text: str, sp: Mention | None, anon: str | None, a: int, b: int, direct: bool) -> Quote | None:
    while a < b and text[a] in " \u200c":
        a += 1
    while b > a and text[b - 1] in " .!؟?\u200c":
        b -= 1
    if b <= a:
        return None
    if anon:
        name, surface = speaker_name(Mention(anon, 0, 0, None, None, None, True)), anon
    elif sp is not None:
        name, surface = speaker_name(sp), sp.text
    else:
        name, surface = None, None
    return Quote(name, surface, text[a:b], direct, a, b)


def _sentence_quotes(text: str, s: Sent, last: Mention | None) -> tuple[list[Quote], Mention | None]:
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
        if form.lemma == "گفت" and noun == key("به"):
            continue
        first = v - 1 if (noun, form.lemma) in _SPEECH else v
        lo = clause_start(s, first)
        sp, anon = _speaker(s, lo, first, last)
        q = _make(text, sp, anon, toks[end_v + 1].end, s.end, False)
        if q:
            out.append(q)
            last = sp or last
    # direct quotes «...»
    i = 0
    while i < len(toks):
        if toks[i].key != "«":
            i += 1
            continue
        j = i + 1
        depth = 1
        while j < len(toks):
            if toks[j].key == "«":
                depth += 1
            elif toks[j].key == "»":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= len(toks):
            break
        words = sum(1 for t in toks[i + 1:j] if t.key not in "،,.:؛")
        intro_before = i > 0 and (toks[i - 1].key == ":" or toks[i - 1].key in _INTRO)
        intro_after = j + 1 < len(toks) and any(t.key in _INTRO for t in toks[j + 1:j + 6])
        if words >= MIN_DIRECT_WORDS and (intro_before or intro_after):
            if intro_before:
                lo = clause_start(s, i - 1 if toks[i - 1].key == ":" else i)
                sp, anon = _speaker(s, lo, i, last)
            else:
                sp, anon = _speaker(s, j + 1, min(j + 8, len(toks)), last)
            q = _make(text, sp, anon, toks[i].end, toks[j].start, True)
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
