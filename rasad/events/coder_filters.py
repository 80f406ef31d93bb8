"""Post-match filters of the coder: conditions under which a pattern that matched a clause states no
act of the news (a relative clause on the object, an account of one's own strikes, conduct an
accusation alleges, a refusal made in protest, support for "anything", "nobody did X"). Each is
a pure test on one `Sent` and the pattern's first token; `coder.match_at` applies them in turn.
"""
from __future__ import annotations

from .clauses import Sent, clause_start
from .tokens import key


def object_relative(s: Sent, first: int) -> bool:
    """Is the clause a relative clause on the main verb's object ("X را که ... شده بودند، ...")? Its
    pluperfect act describes the object (background), the main verb states the news."""
    cs = clause_start(s, first)
    return cs >= s.body_from + 2 and s.keys[cs - 1] == "که" and s.keys[cs - 2] == "را"


_ONLY = {key("تنها"), key("فقط")}


def only_targets(s: Sent, first: int) -> bool:
    """Is the clause the speech of its author ("X گفت/مدعی شد (که) ...") stating that its force hit "only"
    ("تنها"/"فقط") some targets? That justifies attacks already reported; the blind annotators code the
    denial or the claim around it, never a new attack (6 of 6 such clauses in the dev sets)."""
    cs = clause_start(s, first)
    if not any(s.keys[k] in _ONLY for k in range(cs, first)):
        return False
    j = cs - 1
    if j >= s.body_from and s.keys[j] == "که":
        j -= 1
    return any(k in s.verbs for k in range(max(s.body_from, j - 2), j + 1))


_THAT = key("که")
_SOLELY = _ONLY | {key("صرفا"), key("صرفاً")}
#: a force noun opening the claim: "حملات روز شنبه ..."، "عملیات ارتش ..." (not "اهداف"، which the
#: annotators code both ways)
_OWN_FORCE = {key(w) for w in ("حمله", "حملات", "حمله‌ها", "عملیات", "بمباران", "بمباران‌ها")}


def claims_own_force(s: Sent, after: int) -> bool:
    """Does the "که" complement after the verb open with the attacks themselves or with "تنها/فقط/صرفاً"
    ("مدعی شد که حملات روز شنبه انبارهای تسلیحاتی ... را هدف گرفته است"، "مدعی شد که تنها تأسیسات
    نظامی ... هدف قرار گرفته")? The author describes what its own force hit: a justification, not an
    accusation (none of the 3 such clauses in the dev sets is coded 112; an accusation names the
    accused first: "مدعی شد که نیروهای پاکستانی ... را هدف گرفتند")."""
    if after + 1 >= len(s.toks) or s.keys[after] != _THAT:
        return False
    k = s.keys[after + 1]
    return k in _SOLELY or k in _OWN_FORCE


#: the nouns of "متهم کرد که"، "مدعی شد که"، "ادعا کرد که": their complement is an allegation
_ALLEGING = {key(w) for w in ("متهم", "مدعی", "ادعا")}


def alleged(s: Sent, first: int) -> bool:
    """Is the clause the "که" complement of an accusation or claim ("کی‌یف را متهم کرد که از بازگرداندن
    ... خودداری می‌کند"، "مدعی شد که دولت کاراکاس از شبکه‌های قاچاق حمایت می‌کند")? In the present
    (habitual) or copula tense it describes conduct the speaker alleges, no act of the news: the annotators
    code the accusation alone (3 of 3 in the dev sets; a claimed past attack, "مدعی شد که ... بمباران
    کرده‌اند", they do code, so past tenses stay)."""
    cs = clause_start(s, first)
    if cs < s.body_from + 3 or s.keys[cs - 1] != _THAT:
        return False
    return any(s.keys[k] in _ALLEGING for k in range(max(s.body_from, cs - 5), cs - 1))


_DEMONSTRATIVES = {key("این"), key("آن")}


def opens_clause(s: Sent, first: int) -> bool:
    """Is the pattern's first word the clause's subject ("این تحریم‌ها ... را کاهش خواهد داد")? An
    easing of sanctions has them as its object ("تحریم‌ها را تعلیق کرد"), never as its subject."""
    cs = clause_start(s, first)
    if not (first == cs or (first == cs + 1 and s.keys[cs] in _DEMONSTRATIVES)):
        return False
    # "تحریم‌های نفتی ونزوئلا را تعلیق کرده است" (after "اعلام کرد که") is an object NP with its
    # ezafe; a bare plural followed by another noun ("تحریم‌ها درآمدهای ... را") is the subject
    return first + 1 < len(s.toks) and not s.keys[first].endswith("ی") and s.keys[first + 1] != "را"


_PROTEST = key("اعتراض")
_DAR = key("در")


def in_protest(s: Sent, first: int) -> bool:
    """Does the clause state its act "در اعتراض به ..." before the pattern? Then a refusal ("از بارگیری
    خودداری کردند"، "از خوردن غذا خودداری می‌کند") is the form of a protest, not the rejection of anyone's
    proposal or demand (the dev annotators code none of the 3 such refusals)."""
    cs = clause_start(s, first)
    return any(s.keys[k] == _DAR and s.keys[k + 1] == _PROTEST for k in range(max(cs, s.body_from), first - 1))


_ANY = {key("هر"), key("هرگونه")}
_ANY_PREPS = {key("از"), key("برای")}  # "از هر ابتکاری حمایت می‌کند"، "برای هر سناریویی آماده است"


def any_object(s: Sent, first: int) -> bool:
    """Is the "از"/"برای" object before the pattern "هر/هرگونه ..." with no actor in it ("عمان از هر ابتکاری که
    به کاهش تنش منجر شود، حمایت خواهد کرد")? Backing any initiative at all supports no one: the blind
    annotators code none of the four such sentences in the dev sets ("از هرگونه اقدام بغداد ..." names
    an actor and stays)."""
    for k in range(first - 1, max(s.body_from, first - 25) - 1, -1):
        if s.keys[k] in (".", "؛", ";", ":"):
            return False
        if s.keys[k] in _ANY_PREPS and k + 1 < first and s.keys[k + 1] in _ANY:
            return not any(s.first.get(j) is not None for j in range(k + 2, first))
    return False


#: adverbs that may open a clause before its subject
_OPENERS = {key(w) for w in ("هنوز", "تاکنون", "کنون", "تا", "اما", "ولی", "و", "همچنین", "نیز", "البته")}
_NONE = key("هیچ")


def no_one(s: Sent, cs: int, first: int) -> bool:
    """Does a negated clause open with "هیچ ..." as its subject ("هیچ گروهی ... نکرده است")?"""
    for k in range(cs, min(first, cs + 4)):
        t = s.keys[k]
        if t == _NONE:  # "هیچ توافقی را امضا نخواهد کرد": an object, the refusal stands
            return not any(s.keys[j] == "را" for j in range(k + 1, min(first, k + 6)))
        if t not in _OPENERS:
            break
    # "خانواده او می‌گویند هنوز هیچ نهادی مسئولیت ... را بر عهده نگرفته است": right before the predicate
    return any(s.keys[k] == _NONE and s.keys[k + 1].startswith(_AGENT_NOUNS) and k > cs and s.keys[k - 1] not in _LINKS
               for k in range(max(cs, first - 3), first - 1))


#: words that make "هیچ X" part of a phrase, not the subject ("با امارات یا هیچ طرف دیگری مذاکره نخواهد کرد")
_LINKS = {key(w) for w in ("با", "به", "از", "یا", "و", "برای", "علیه", "درباره")}


#: nouns of "هیچ X" that name a (missing) agent: "هیچ گروهی"، "هیچ نهادی"، "هیچ کشوری"
_AGENT_NOUNS = tuple(key(w) for w in ("گروه", "نهاد", "کشور", "دولت", "مقام", "طرف", "کس", "سازمان", "فرد"))
