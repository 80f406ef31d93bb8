"""Verb patterns at a verb: which verbs.tsv pattern codes a clause, and its topic refinement.

For each verb form in the sentence (tokens.verb_at), the patterns of its lemma are tried most
specific first (patterns.py); the first that matches right-to-left from the verb wins. `refine`
then picks the sub-code a topics.tsv keyword names. Arguments (source, target) are found in
sentence.py with actors.py and targets.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .clauses import Sent, clause_start
from .coder_filters import (alleged, any_object, claims_own_force, in_protest, no_one, object_relative,
                            only_targets, opens_clause)
from .dates import _PLUPERFECT
from .patterns import FORCE_ROOTS, Elem, Pattern, patterns_by_word, topics
from .tokens import key


STOP_GAP = {".", ":", "؛", ";", "«", "»", "که", "!", "؟", "?"}


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
            "085": "1244", "087": "1246", "0871": "1246", "08": "124", "051": "120"}


def refusal_for(code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in REFUSALS:
            return REFUSALS[code[:n]]
    return None


#: past stems whose present forms are spelled alike: "می‌کشد" is far more often "pulls" (کشیدن: "انتظار ...
#: را می‌کشد"، "به آتش می‌کشند"، "دست می‌کشد") than "kills" (news reports killings in the past tense)
SHARED_PRESENT = {"کشت": "کشید"}
#: nouns whose light verb is کشیدن: with one of them earlier in the clause, "می‌کشد" pulls; else it kills
_PULL_NOUNS = {key(w) for w in ("طول", "انتظار", "دست", "نفس", "زحمت", "رنج", "عقب", "کنار", "بیرون", "سر",
                                "آتش", "تصویر", "چالش", "رخ", "زبانه", "فریاد", "درد", "سیگار")}


#: verb forms that are nouns in fixed pairs ("کشت و صنعت"، "کشت و کار"): form → the words after "و"
NOUN_HOMOGRAPHS = {key("کشت"): {key(w) for w in ("صنعت", "کار", "زرع", "برداشت", "دام")}}


def match_at(s: Sent, v: int) -> Match | None:
    form = s.verbs[v]
    if form.tense == "subjunctive":
        return None  # "تا ... محکوم کند", "بخواهیم": complements and wishes, not acts
    if _inside_form(s, v):
        return None  # "آماده کرده است": the "است" of a perfect is its auxiliary, not the copula "آماده است"
    if form.tense == "perfect" and form.ntok == 1 and v + 1 < len(s.toks):
        nxt = s.verbs.get(v + 1)
        if nxt is not None and nxt.lemma in PASSIVE_AUX:
            return None  # "کشته شدند": the participle of a passive, coded by the شد pattern
        if form.lemma in PASSIVE_AUX and s.keys[v] in BARE_PASSIVE and s.keys[v + 1] not in CLAUSE_ENDS:
            return None  # "اسیران آزاد شده از بند ...": a bare passive participle is an adjective
    if (form.ntok == 1 and s.keys[v] in NOUN_HOMOGRAPHS and v + 2 < len(s.toks)
            and s.keys[v + 1] == "و" and s.keys[v + 2] in NOUN_HOMOGRAPHS[s.keys[v]]):
        return None  # "شرکت کشت و صنعت": cultivation, not "killed"
    if form.ntok == 1 and s.keys[v] == _KESHT and v + 1 < len(s.toks) and s.keys[v + 1] not in CLAUSE_ENDS:
        return None  # "سهمیه آب کشت پاییزه": a bare "کشت" inside a noun phrase is cultivation (the verb ends its clause)
    lemma = SHARED_PRESENT.get(form.lemma, form.lemma) if form.tense == "present" and any(
        s.keys[k] in _PULL_NOUNS for k in range(clause_start(s, v), v)) else form.lemma
    entry = patterns_by_word().get(lemma)
    if entry is None:
        return None
    end = v
    if v > 1 and s.keys[v - 1] in FILLERS:
        end = v - 1  # "اعتراض رسمی کرد"، "انتقاد شدیدی کرد": an adjective between noun and light verb
    prev = s.keys[end - 1] if end > 0 else ""
    cands = _SORTED.get((lemma, prev))
    if cands is None:
        by_word, loose = entry
        cands = _SORTED[(lemma, prev)] = [(p, *_split_required(_required(p))) for p in
                                               sorted(loose + by_word.get(prev, []), key=_order)]
    if s.keyset is None:
        s.keyset = frozenset(tok.key for tok in s.toks)
    keyset = s.keyset
    for p, words, alts in cands:
        if words and not words <= keyset or alts and any(map(keyset.isdisjoint, alts)):
            continue  # a literal the pattern needs is nowhere in the sentence
        first = _match_elems(s, p.elems, end)
        if first is None:
            continue
        if p.ctx and not _ctx_ok(s, p, first, v):
            continue  # ctxbefore: "X را «غیرقانونی» دانست" (not a word of a later clause "... و از مقابله با تروریسم ...")
        if "finite" in p.flags and form.tense == "perfect" and form.ntok == 1 and s.keys[v].endswith("ه"):
            continue  # "۱۲ کشته و ۳۰ زخمی": a bare participle may be a noun ("کشته‌اند" is a verb)
        if "future" in p.flags and form.tense not in ("future", "present"):
            continue  # "پاسخ خواهد داد" is a threat of retaliation; "پاسخ داد" is an answer
        if "past" in p.flags and form.tense not in ("past", "perfect"):
            continue  # "محکوم کرد" by a court is a verdict; "X را محکوم می‌کند" is a condemnation
        if "negonly" in p.flags and not form.negated:
            continue  # "به توافق نرسیدند" is a failed agreement (057, negated); "به توافق رسیدند" an intent
        if "posonly" in p.flags and form.negated:
            continue  # "با هیچ کارگری برخورد قضایی نخواهد شد" reassures; "با عاملان برخورد خواهد شد" threatens
        if "nofuture" in p.flags and form.tense == "future":
            continue  # "همکاری را تعلیق خواهد کرد": announced, the act is the warning's threat
        if form.tense == "perfect" and s.keys[v + form.ntok - 1] in _PLUPERFECT and object_relative(s, first):
            continue  # "۲۵ زندانی را که به اتهام ... بازداشت شده بودند، آزاد کرد": how the object came to be
        if (p.cameo or "")[:2] in FORCE_ROOTS and only_targets(s, first):
            continue  # "مدعی شد که تنها مواضع شبه‌نظامیان را هدف گرفته است": an account of targets, no new attack
        if (p.cameo or "").startswith("112") and claims_own_force(s, v + form.ntok):
            continue  # "مدعی شد که حملات/عملیات ... تنها ... را هدف گرفته": a justification of its own attacks
        if (p.cameo or "").startswith("12") and not form.negated and in_protest(s, first):
            continue  # "در اعتراض به ... از بارگیری خودداری کردند": a protest action, no refusal of a request
        if (p.cameo or "").startswith("085") and opens_clause(s, first):
            continue  # "این تحریم‌ها درآمدهای کرملین را کاهش خواهد داد": the sanctions act, nobody eases them
        if form.tense in ("present", "copula") and alleged(s, first):
            continue  # "X را متهم کرد که از ... حمایت می‌کند": what an accusation says X does is no act of X
        if (p.cameo or "")[:2] in ("03", "05") and any_object(s, first):
            continue  # "از هر ابتکاری برای کاهش تنش حمایت می‌کند": support for anything at all, no act
        if form.negated and "passive" not in p.flags and no_one(s, clause_start(s, first), first):
            return None  # "هنوز هیچ گروهی مسئولیت ... را بر عهده نگرفته است": nobody acted ("هیچ متهمی آزاد
            # نخواهد شد" is a passive: no one will be released, a refusal)
        return Match(p, first, v, v + form.ntok - 1, form.negated, form.tense)
    return None


def _inside_form(s: Sent, v: int) -> bool:
    """Is token v the auxiliary of a longer verb form that starts before it ("کرده است"، "کرده بود")?"""
    for k in range(max(0, v - 3), v):
        f = s.verbs.get(k)
        if f is not None and k + f.ntok > v:
            return True
    return False


_KESHT = key("کشت")


BARE_PASSIVE = {key("شده"), key("گردیده")}
#: the passive auxiliary, plain and formal ("بازداشت شدند" / "بازداشت گردیدند")
PASSIVE_AUX = {"شد", "گردید"}
#: what may follow a passive participle that is a verb ("... آزاد شده و ..."، "... آزاد شده.")
CLAUSE_ENDS = {key(w) for w in (".", "،", ",", "و", "؛", "»", ":", "!", "؟")}
#: adjectives that may stand between a light verb's noun and its verb
FILLERS = {key(w) for w in ("رسمی", "شدید", "شدیدی", "شدیدا", "شدیداً", "گسترده", "گسترده‌ای", "تند", "تندی",
                            "جدی", "جدی‌ای", "مشترک", "مشترکی", "رسما", "رسماً", "مجدد", "دوباره", "سنگین",
                            "سنگینی", "مستقیم", "غیرمستقیم", "فوری", "جداگانه", "جداگانه‌ای")}
#: (lemma, word before the verb) → candidate patterns, most specific first, each with its required
#: word sets (computed once each)
_SORTED: dict[tuple[str, str], list[tuple[Pattern, frozenset, tuple[frozenset, ...]]]] = {}


_REQUIRED: dict[int, tuple[frozenset, ...]] = {}


def _split_required(required: tuple[frozenset, ...]) -> tuple[frozenset, tuple[frozenset, ...]]:
    """`required` as (the words of its one-word sets, its other sets): "a set is disjoint from the
    sentence's keys" is then one C subset test for all the one-word sets (most of them)."""
    return (frozenset(w for r in required if len(r) == 1 for w in r),
            tuple(r for r in required if len(r) != 1))


def _required(p: Pattern) -> tuple[frozenset, ...]:
    """The word sets a pattern cannot match without (literals with no "*" alternative), cached."""
    req = _REQUIRED.get(id(p))
    if req is None:
        req = _REQUIRED[id(p)] = tuple(e.words for e in p.elems if not e.gap and not e.optional
                                       and not e.prefixes)
    return req


def elided_passive(s: Sent, i: int) -> Match | None:
    """"X بازداشت و به Y تحویل داده شدند"، "صدها مهاجر را بازداشت و به مرز منتقل کرد": a light-verb
    noun before "و" shares the verb of the next predicate of its clause; the match takes that verb
    form (tense, negation) as its own, with the noun's pattern for that verb."""
    if i + 1 >= len(s.toks) or s.keys[i + 1] != "و":
        return None
    own_object = i > 1 and s.keys[i - 1] == "را"  # "این تجاوز را محکوم و از X خواست": the noun has its object
    crossed = False  # a "را" after the noun: the next verb has an object of its own
    for v in range(i + 2, min(i + 14, len(s.toks))):
        if s.keys[v] in STOP_GAP or (s.keys[v] == "را" and not own_object):
            return None  # "اشغال و جنایت X را محکوم می‌کنیم": the noun is part of the next verb's object
        crossed = crossed or s.keys[v] == "را"
        form = s.verbs.get(v)
        if form is None or form.tense == "subjunctive":
            continue
        if form.tense == "perfect" and form.ntok == 1 and s.verbs.get(v + 1) is not None:
            continue  # "تحویل داده شدند": the participle before "شدند"
        if crossed:
            return _elided_light_verb(s, i, v, form) if form.lemma not in PASSIVE_AUX else None
        entry = patterns_by_word().get(form.lemma)
        cands = [p for p in entry[0].get(s.keys[i], []) if len(p.elems) == 1] if entry else []
        for p in sorted(cands, key=_order):  # the first whose context and tense fit, as match_at does
            if p.ctx and not _ctx_ok(s, p, i, v):
                continue
            if ("future" in p.flags and form.tense not in ("future", "present")
                    or "past" in p.flags and form.tense not in ("past", "perfect")
                    or "nofuture" in p.flags and form.tense == "future"):
                continue
            return Match(p, i, v, v + form.ntok - 1, form.negated, form.tense)
        if own_object and form.lemma not in PASSIVE_AUX:
            return _elided_light_verb(s, i, v, form)
        return None
    return None


def _elided_light_verb(s: Sent, i: int, v: int, form) -> Match | None:
    """"روستا را اشغال و جوانان را بازداشت کردند"، "این تجاوز را محکوم و از شورای امنیت خواست": a noun
    with its own object before "و" has lost its light verb "کرد"; its act takes the tense of the next
    verb but ends at the noun (the next verb keeps its own act)."""
    entry = patterns_by_word().get("کرد")
    cands = [p for p in entry[0].get(s.keys[i], []) if len(p.elems) == 1 and not p.ctx] if entry else []
    for p in sorted(cands, key=_order):
        if ("future" in p.flags and form.tense not in ("future", "present")
                or "past" in p.flags and form.tense not in ("past", "perfect")
                or "nofuture" in p.flags and form.tense == "future" or "passive" in p.flags):
            continue
        return Match(p, i, i, i, form.negated, form.tense)
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
        floor = j - gap if gap else j  # max(floor, s.body_from, 0), without the builtin call
        if floor < s.body_from:
            floor = s.body_from
        if floor < 0:
            floor = 0
        k = j
        hit = None
        comma = -1  # the last comma the gap crossed (a relative clause "که ...،" may close there)
        while k >= floor:
            t = s.keys[k]
            if e.matches(t):
                hit = k
                break
            if gap and t == "که" and 0 < comma - k <= REL_MAX and _relative_head(s, k):
                floor = max(s.body_from, floor - (comma - k + 1))
                k -= 1  # "۳۰ زندانی را که ... در بازداشت بودند، ... تحویل دادند": skip the relative clause
                comma = -1
                continue
            if t == "،" or t == ",":
                comma = k
            if gap and t == "»":
                g = _guillemet(s, k, floor)  # a short name in «...» ("رزمایش «X» را برگزار کرد")
                if g is None:
                    break  # no short quote: the gap ends (never a word at the sentence's start)
                hit = next((q for q in (g + 1, g + 2) if q < k and e.matches(s.keys[q])), None)
                if hit is not None:  # the quote opens with the word: "«نگرانی جدی» خود را به X منتقل کرد"
                    break  # (not a word deep in a quoted phrase: "«نقض آشکار توافق آتش‌بس» خواند")
                k = g - 1
                continue
            if not gap or t in STOP_GAP or (t == _AND and _ends_verb(s, k - 1)):
                break  # "... را به حمایت از تروریسم متهم کرد و اعلام کرد": a gap never reaches into the clause before "V و"
            k -= 1
        if hit is None:
            if e.optional:
                continue
            return None
        first, j, gap = hit, hit - 1, 0
    if first > s.body_from and s.keys[first - 1] == "«" and first < v - 1 and "»" in s.keys[first:v]:
        first -= 1  # the pattern opens inside a short quote ("«نگرانی جدی» خود را ..."): the clause is outside it
    return first


_AND = key("و")


def _ends_verb(s: Sent, k: int) -> bool:
    """Does a verb form end at token k ("متهم کرد"، "کرده است")?"""
    for j in range(max(0, k - 2), k + 1):
        f = s.verbs.get(j)
        if f is not None and j + f.ntok - 1 == k:
            return True
    return False


#: the longest relative clause ("که ... ،") a pattern's gap may step over
REL_MAX = 24


def _relative_head(s: Sent, k: int) -> bool:
    """Does the "که" at k open a relative clause on the noun before it ("زندانی فلسطینی را که ...")
    rather than a complement ("گفت که ..."، "خواست که ...") or a conjunction ("، که")?"""
    if k <= s.body_from:
        return False
    prev = s.keys[k - 1]
    if prev in STOP_GAP or prev in ("،", ",", "و") or (k - 1) in s.verbs:
        return False
    return (k - 2) not in s.verbs or prev == "را"


def _guillemet(s: Sent, k: int, lo: int) -> int | None:
    """Index of the "«" that opens the short quoted name closing at token k (at most 7 tokens
    inside, none of them a stop or a comma); None when there is none."""
    for i in range(k - 1, max(lo, s.body_from, k - 8) - 1, -1):
        key_ = s.keys[i]
        if key_ == "«":
            return i
        if key_ in STOP_GAP or key_ in ("،", ","):
            break
    return None


#: words that close an object phrase on its left
OBJ_STOPS = {key(w) for w in ("در", "از", "به", "با", "برای", "،", ",", "که", "و")}


def _ctx_ok(s: Sent, p: Pattern, first: int, v: int) -> bool:
    """Does the clause hold one of the pattern's ctx words where its flags say: anywhere in the
    clause; anywhere in the sentence (`ctxsent`: "X را عنصر نامطلوب اعلام کرد و به آنان ۷۲ ساعت مهلت
    داد"); before the verb (`ctxbefore`); in the object, before its "را" (`ctxobj`: "این اتهامات را
    ... خواند" is about an accusation); in the complement between "را" and the verb (`ctxcomp`: "X را
    «غیرقانونی» خواند"); the complement's first word (`ctxhead`: "آن را «ادعایی بی‌پایه» خواند" is about
    a claim, "X را «مبتنی بر ادعاهای بی‌اساس» خواند" is not); the object's last words, after any
    preposition (`ctxnear`: "انتخابات را تحریم کرد" is a boycott, "در نشست ... سه مقام را تحریم کرد" is not)."""
    lo = s.body_from if "ctxsent" in p.flags else clause_start(s, first)
    hi = v if "ctxbefore" in p.flags else len(s.toks)
    if "ctxobj" in p.flags or "ctxcomp" in p.flags or "ctxhead" in p.flags or "ctxnear" in p.flags:
        r = next((k for k in range(v - 1, lo - 1, -1) if s.keys[k] == "را"), None)
        if r is None:
            return False
        if "ctxhead" in p.flags:  # the complement's head word: "آن را «ادعایی بی‌پایه» خواند"
            lo = r + 2 if r + 2 < v and s.keys[r + 1] == "«" else r + 1
            hi = lo + 1
        elif "ctxcomp" in p.flags:
            lo, hi = r + 1, v
        elif "ctxobj" in p.flags:
            hi = r
        else:  # ctxnear: the object's last words, back from "را" to a preposition ("در نشست ... سه مقام را")
            k = r - 1
            while k > lo and r - k < 4 and s.keys[k - 1] not in OBJ_STOPS:
                k -= 1
            lo, hi = k, r
    return _has_ctx(s, lo, hi, p.ctx)


def _has_ctx(s: Sent, lo: int, hi: int, words: list[str]) -> bool:
    """Does a word of the clause start with one of `words` (" w" in the joined keys; a whole word
    " w " is one of those)?"""
    joined = " " + " ".join(s.keys[lo:min(hi, lo + 80)]) + " "
    for w in words:
        if " " + w in joined:
            return True
    return False


@lru_cache(maxsize=65536)
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
    if code == "180" and mass_killing(s, lo):
        return "202"
    if code == "174" and mass_expulsion(s, lo):
        return "201"
    auto = _TOPIC_AUTOMATA.get(code, _UNBUILT)
    if auto is _UNBUILT:
        auto = _TOPIC_AUTOMATA[code] = _topic_automaton(code)
    if auto is None:
        return code
    if s.stems is None:
        s.stems = list(map(_stem, s.keys))
    joined = " " + " ".join(s.stems[lo:lo + 80]) + " "
    # one C pass finds every keyword occurrence (a code has up to ~120 keywords: a str.find and a
    # Python step each, before); the least (start, -len, row) is what the first occurrences gave
    best = None
    for end, (back, neg_len, n, sub) in auto.iter(joined):
        cand = (end - back, neg_len, n, sub)
        if best is None or cand < best:
            best = cand
    return best[3] if best else code


#: code → its keywords as (" " + stemmed keyword, -len(keyword), row, sub-code), in file order
_KEYWORDS: dict[str, list[tuple[str, int, int, str]]] = {}
_UNBUILT = object()
#: code → an automaton over its stemmed keywords (None: the code has none), built on first use
_TOPIC_AUTOMATA: dict[str, object] = {}


def _topic_automaton(code: str):
    """Aho-Corasick automaton over the code's stemmed keywords; a key's value is (len - 1, -len(keyword),
    row, sub-code), the least of those a stemmed form has (the same text at the same place: the
    least tuple wins, as in the scan it replaced)."""
    keywords = _KEYWORDS.get(code)
    if keywords is None:
        keywords = _KEYWORDS[code] = _keywords_of(code)
    if not keywords:
        return None
    best: dict[str, tuple[int, int, str]] = {}
    for stemmed, neg_len, n, sub in keywords:
        old = best.get(stemmed)
        if old is None or (neg_len, n, sub) < old:
            best[stemmed] = (neg_len, n, sub)
    auto = ahocorasick.Automaton()
    for stemmed, (neg_len, n, sub) in best.items():
        auto.add_word(stemmed, (len(stemmed) - 1, neg_len, n, sub))
    auto.make_automaton()
    return auto


def _keywords_of(code: str) -> list[tuple[str, int, int, str]]:
    rows = topics().get(code)
    if not rows and code in NARROW:
        rows = [(w, c) for w, c in topics().get(NARROW[code], []) if c.startswith(code)]
    return [(_stemmed_key(w), -len(w), n, sub) for n, (words, sub) in enumerate(rows or []) for w in words]


#: a 3-digit code refined through its family's table, keeping only its own sub-codes
NARROW = {"124": "120", "121": "120", "122": "120", "123": "120", "025": "020", "105": "100", "035": "030"}


#: people who are not combatants: killing dozens of them is a mass killing (202), not 180
CIVILIANS = tuple(key(w) for w in ("غیرنظامی", "شهروند", "آواره", "پناهجو", "ساکن", "زن", "کودک", "روستایی",
                                   "نمازگزار", "معترض", "تظاهرکننده", "بیمار", "مردم", "فلسطینی", "روهینگیا"))
#: counts that are dozens or more without a digit
MANY = {key(w) for w in ("ده‌ها", "دهها", "صدها", "هزاران", "صد", "هزار")}
MASS = 20  # "دست‌کم ۶۰ غیرنظامی را کشته‌اند": from a score of victims a killing is a massacre


def mass_killing(s: Sent, lo: int) -> bool:
    """Does the clause count its victims as civilians by the score ("دست‌کم ۶۰ غیرنظامی"، "صدها تن از
    ساکنان")? CAMEO 202 (mass killings) rather than 180; a handful killed stays 180."""
    def many(k: str, n: int | None, _nxt: str) -> bool:
        return n >= MASS if n is not None else k in MANY
    return _counted(s, lo, many, CIVILIANS)  # "۶۰ غیرنظامی"، "صدها تن از ساکنان"، "۴۰ زن و کودک"


def _counted(s: Sent, lo: int, many, people: tuple[str, ...]) -> bool:
    """Is there, in the clause from `lo`, a count that `many(key, number or None, next key)` finds
    large, with one of `people` within the four words after it?"""
    hi = min(len(s.toks), lo + 60)
    skip_to = -1
    for i in range(lo, hi - 1):
        if i < skip_to:
            continue
        k = s.keys[i]
        if k == _KE:
            # "دولت X که مهلت ... اعلام کرده بود، ... ده‌ها هزار مهاجر را اخراج کرد": a relative
            # clause after the subject, closed by a comma, does not end the main clause
            skip_to = next((j + 1 for j in range(i + 1, min(hi, i + 25)) if s.keys[j] in ("،", ",")), -1)
            if skip_to > i:
                continue
        if k in STOP_GAP and k != "«":
            break
        if many(k, _count(k), s.keys[i + 1]) \
                and any(s.keys[j].startswith(people) for j in range(i + 1, min(i + 5, hi))):
            return True
    return False


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_KE = key("که")


def _count(k: str) -> int | None:
    """A number written in digits ("۶۰", "1,200"), or None."""
    d = k.translate(_DIGITS).replace(",", "").replace("٬", "")
    return int(d) if d.isascii() and d.isdigit() and len(d) <= 7 else None  # "²".isdigit(), int("²") fails


#: people expelled en masse: "هزاران مهاجر افغان را اخراج کرد" is 201 (mass expulsion), not 174
EXPELLED = tuple(key(w) for w in ("مهاجر", "پناهجو", "پناهنده", "خانواده", "تبعه", "اتباع", "آواره", "ساکن",
                                  "شهروند", "نفر", "روستایی", "کارگر"))
#: counts of thousands without a digit ("هزاران"، "صدها خانواده"); digits from ten thousand
MASS_EXPULSION = {key(w) for w in ("هزاران", "صدها")}
#: "ده‌ها هزار مهاجر": tens of thousands in words
TENS = {key(w) for w in ("ده‌ها", "دهها")}
MASS_EXPELLED = 20000  # tens of thousands ("۴۲ هزار مهاجر"); "۱۲ هزار" stays 174
_HEZAR = key("هزار")


def mass_expulsion(s: Sent, lo: int) -> bool:
    """Does the clause count the people expelled by the hundreds or thousands ("هزاران مهاجر"، "صدها
    خانواده"، "۴۲ هزار ..." in digits: from twenty thousand)? CAMEO 201 rather than 174."""
    def many(k: str, n: int | None, nxt: str) -> bool:
        if n is not None and nxt == _HEZAR:
            n *= 1000  # "۲۰ هزار"
        return k in MASS_EXPULSION or (k in TENS and nxt == _HEZAR) or (n is not None and n >= MASS_EXPELLED)
    return _counted(s, lo, many, EXPELLED)
