"""Each real-world act once (conventions): body before lead, the more specific code kept, a lead
that restates the body dropped, meetings during a visit folded into the visit.
"""
from __future__ import annotations

from ..document import Event
from .patterns import FORCE_ROOTS, plover_for
from .fallbacks import article_counterpart


#: acts with no direction: the same act reported X→Y in the lead and Y→X in the body is one event
SYMMETRIC = {"040", "041", "044", "046", "057", "060", "061", "062"}


def dedup(cands: list[tuple[int, Event, str | None]]) -> list[Event]:
    """Each act once: body before lead, earlier first. Two events are the same act when they share
    (source person or code, root, target, negated) and their codes are equal, one is the root-level
    code ("020") or one refines the other ("021" / "0214"); the more specific code is kept."""
    _host_organs([ev for _, ev, _ in cands])
    kept: list[tuple[tuple, Event]] = []
    body: list[Event] = []
    for rank, ev, who in sorted(cands, key=lambda c: (c[0], c[1].start)):
        if rank == 0:
            body.append(ev)
        elif _in_body(ev, body):
            continue  # the lead restates an act the body states: the body's sentence is kept
        k = (who or ev.source, ev.root, ev.target, ev.negated)
        if ev.cameo[:3] in SYMMETRIC and ev.source and ev.target:
            k = (frozenset((ev.source[:3], ev.target[:3])), ev.root, None, ev.negated)
        for n, (k2, old) in enumerate(kept):
            if k2 == k and _same_act(old.cameo, ev.cameo) and not _other_person_met(old, ev):
                if len(ev.cameo) > len(old.cameo) and not old.cameo.startswith(ev.cameo):
                    kept[n] = (k, ev)
                break
        else:
            kept.append((k, ev))
    evs = [ev for _, ev in kept]
    visits = {(ev.source[:3], ev.target[:3]) for ev in evs if ev.cameo == "042" and ev.source and ev.target}
    # a meeting during a visit is the visit (042) only; the host's side (043) is not coded either
    evs = [ev for ev in evs if not (ev.cameo in ("040", "043", "046") and ev.source and ev.target and not ev.negated
                                    and ((ev.source[:3], ev.target[:3]) in visits
                                         or (ev.target[:3], ev.source[:3]) in visits))]
    named = {(ev.source, _act_family(ev), ev.sentence, ev.negated) for ev in evs if ev.target}
    # "آن را «...» خواند و آن را محکوم کرد": one criticism; the clause with no target adds nothing
    # "خودرویی را هدف قرار داد و یکی از فرماندهان X را ترور کرد": one use of force, on X
    evs = [ev for ev in evs if ev.target or ev.target_text
           or (ev.source, _act_family(ev), ev.sentence, ev.negated) not in named]
    evs = [ev for ev in evs if ev.source or ev.target or ev.target_text]  # no party at all: no event
    # "دادگاه دستور بازداشت سه روزنامه‌نگار را صادر کرد که ... دستگیر شده بودند": a passive with neither
    # a named agent nor a target, beside an act of the same family with a target, restates it
    targeted = {(ev.sentence, _act_family(ev)) for ev in evs if ev.target}
    evs = [ev for ev in evs if ev.target or ev.target_text or ev.source_text
           or (ev.sentence, _act_family(ev)) not in targeted]
    evs = _one_criticism(evs)
    evs = _rebuttals(evs)
    _claimed_attacks(evs)
    evs = _one_threat(_sourceless_restatements(evs))
    evs = _unattributed_force(evs)
    evs = article_counterpart(evs)
    return sorted(evs, key=lambda e: e.start)


#: meeting codes: a meeting with another named official in another sentence is another meeting
MEETING_CODES = {"040", "042", "043", "046"}
_NOT_NAME_WORDS = {"وزیر", "رئیس", "رئیس‌جمهور", "نخست‌وزیر", "همتای", "امور", "خارجه", "دولت", "جمهوری", "معاون",
               "سخنگوی", "دبیر", "سفیر", "کشور", "کشورمان", "خود", "و", "پادشاه", "امیر", "ولیعهد", "مجلس",
               "دو", "طرف", "طرفین", "وی", "او", "این", "آن", "همتا", "همتایش", "مقام", "مقامات", "مقام‌های",
               "هیئت", "هیئتی", "مسئولان", "مسئولین"}


#: a later sentence that speaks of "this meeting" tells more of the same one
_SAME_MEETING = ("در این دیدار", "در این ملاقات", "در این نشست", "در این گفت‌وگو", "در جریان این دیدار",
                 "در حاشیه این دیدار")


def _other_person_met(old: Event, ev: Event) -> bool:
    """"X با وزیر خارجه Y دیدار کرد. ... وی سپس با رئیس‌جمهور Y دیدار کرد": two meetings (the
    annotators code each), unless the two targets share a name word ("سرگئی لاوروف" / "لاوروف")."""
    if old.cameo not in MEETING_CODES or ev.cameo not in MEETING_CODES or old.sentence == ev.sentence:
        return False
    if not old.target_text or not ev.target_text:
        return False
    if any(ref in ev.sentence for ref in _SAME_MEETING):
        return False  # "X با وزیر خارجه روسیه دیدار کرد. X در این دیدار با لاوروف ...": that meeting
    a = set(old.target_text.split()) - _NOT_NAME_WORDS
    b = set(ev.target_text.split()) - _NOT_NAME_WORDS
    return bool(a) and bool(b) and a.isdisjoint(b)


def _host_organs(evs: list[Event]) -> None:
    """A meeting during a visit with another organ of the host ("... و فالح الفیاض رئیس حشد الشعبی",
    IRQMIL while the visit is to IRQGOV) is a visit to that organ too: 042 visitor → that organ."""
    hosts = {(ev.source[:3], ev.target) for ev in evs if ev.cameo == "042" and ev.source and ev.target}
    visits = {(a, t[:3]) for a, t in hosts}
    for ev in sorted(evs, key=lambda e: e.start):
        if (ev.cameo in ("040", "046") and ev.source and ev.target and not ev.negated
                and (ev.source[:3], ev.target[:3]) in visits and (ev.source[:3], ev.target) not in hosts):
            ev.cameo, ev.plover = "042", plover_for("042")
            hosts.add((ev.source[:3], ev.target))


def _rebuttals(evs: list[Event]) -> list[Event]:
    """"X این اتهام را رد کرد و Y را متهم کرد / گفت که Y مسئول ... است": a denial answered with a
    counter-accusation is that accusation (112) only; a bare denial stays 016."""
    accusers = {(ev.source, ev.sentence) for ev in evs if ev.cameo.startswith("112")}
    return [ev for ev in evs if not (ev.cameo == "016" and (ev.source, ev.sentence) in accusers)]


def _sourceless_restatements(evs: list[Event]) -> list[Event]:
    """"X هشدار داد که ناوهای Y هدف موشک‌ها قرار خواهند گرفت": the passive clause with no agent
    restates the act its sentence already codes with a source (same root, same or no target)."""
    sourced = {(ev.sentence, ev.root, ev.target) for ev in evs if ev.source}
    return [ev for ev in evs if ev.source or not (
        (ev.sentence, ev.root, ev.target) in sourced
        or ev.target is None and any(k[0] == ev.sentence and k[1] == ev.root for k in sourced))]


def _one_criticism(evs: list[Event]) -> list[Event]:
    """"X حمله Y را محکوم کرد و آن را «تهدیدی برای ثبات منطقه» دانست": the characterization restates
    the condemnation: one criticism (111) per source and sentence, from its first verb (a verb with
    several targets keeps them all)."""
    first: dict[tuple, int] = {}
    out = []
    for ev in sorted(evs, key=lambda e: e.start):
        if ev.cameo != "111" or not ev.source:
            out.append(ev)
            continue
        k = (ev.source, ev.sentence, ev.negated)
        if first.setdefault(k, ev.start) == ev.start:
            out.append(ev)
    return out


def _claimed_attacks(evs: list[Event]) -> None:
    """"یک خودروی بمب‌گذاری‌شده ... منفجر شد" ... "گروه الشباب مسئولیت این حمله را بر عهده گرفت": a use of
    force the article reports with no author is the act of the group that claims it (015), when one
    group claims an attack after it."""
    claims = [ev for ev in evs if ev.cameo == "015" and ev.source and not ev.negated]
    if len({ev.source for ev in claims}) != 1:
        return
    claim = claims[0]
    for ev in evs:
        if (ev.source is None and not ev.source_text and ev.root in FORCE_ROOTS and not ev.negated
                and ev.start < claim.start):
            ev.source = claim.source


def _unattributed_force(evs: list[Event]) -> list[Event]:
    """"در این حمله ۱۹ نفر کشته شدند"، "حومه دمشق هدف حمله هوایی قرار گرفت": a use of force with no
    author, in an article that names the author of force on the same side (the same target country,
    or any when it names none), restates that act: it is coded once, with its author."""
    sourced = [ev for ev in evs if ev.source and ev.root in FORCE_ROOTS and not ev.negated]
    if not sourced:
        return evs
    hit = {(ev.target or "")[:3] for ev in sourced}
    attackers = {ev.source for ev in sourced}  # fire at the attackers themselves is another act
    return [ev for ev in evs if ev.source or ev.source_text or ev.root not in FORCE_ROOTS or ev.negated
            or ev.target in attackers or not (ev.target is None or ev.target[:3] in hit)]


def _one_threat(evs: list[Event]) -> list[Event]:
    """"هشدار داد که اگر X ...، Y را هدف قرار خواهد داد": the warning and the force it announces are
    one threat: the first (the warning, with its addressee) is kept, with the most specific code."""
    first: dict[tuple, Event] = {}
    out = []
    for ev in sorted(evs, key=lambda e: e.start):
        if ev.root != "13" or not ev.source:
            out.append(ev)
            continue
        k = (ev.source, ev.sentence, ev.negated)
        kept = first.get(k)
        if kept is not None and ev.start == kept.start and ev.target and kept.target and ev.target != kept.target:
            out.append(ev)  # one warning to two parties ("به X و Y هشدار داد"): one event per party
            continue
        if kept is None:
            first[k] = ev
            out.append(ev)
            continue
        if kept.cameo == "130" and ev.cameo != "130":
            kept.cameo, kept.plover = ev.cameo, plover_for(ev.cameo)
        if kept.target is None and ev.target is not None:
            kept.target, kept.target_text = ev.target, ev.target_text
    return out


def _act_family(ev: Event) -> str:
    """`_family`, with the statements of root 01 told apart by code: condolences to X (018) and hope
    (013) in one sentence are two acts."""
    return ev.cameo[:3] if ev.root == "01" else _family(ev.root)


def _family(root: str) -> str:
    """Roots counted as one act within a sentence: the uses of force (18–20) are one family."""
    return "force" if root in FORCE_ROOTS else root


def _in_body(lead: Event, body: list[Event]) -> bool:
    """Is the lead's act stated in the body too? Same source country, root and negation, codes of one
    act ("190" / "195"; any two uses of force of one root: the lead sums up what the body details).
    Targets of another country do not make it another act: a lead names the other party loosely (a
    topic, a place), the body's sentence states it (13 lead events of the dev sets so, 5 the other way
    round). A body event that names no target takes the lead's ("... با همتای عراقی خود امضا کردند")."""
    for ev in body:
        if ev.root != lead.root or ev.negated != lead.negated or not (
                _same_act(ev.cameo, lead.cameo) or ev.root in FORCE_ROOTS):
            continue
        if (ev.source or "")[:3] != (lead.source or "")[:3]:
            continue
        if ev.target and lead.target and ev.target[:3] != lead.target[:3]:
            if _loose_target(lead):
                return True  # the lead names the other party loosely ("... درباره تایوان"): the body's act is kept
            continue  # 'سفیر X را احضار کرد' / 'مواضعی در X را بمباران کرد' against Y: another act
        if ev.target is None and lead.target is not None:
            if ev.target_text:
                continue
            ev.target, ev.target_text = lead.target, lead.target_text
        if lead.cameo != ev.cameo and (len(ev.cameo) == 3 and ev.cameo.endswith("0") or lead.cameo.startswith(ev.cameo)):
            ev.cameo, ev.plover = lead.cameo, plover_for(lead.cameo)  # the lead's more specific code ("042")
        return True
    return False


#: words that bring in a topic or a grievance, not the party acted on
_LOOSE_MARKERS = ("درباره", "در مورد", "پیرامون", "در اعتراض به", "در واکنش به")


def _loose_target(ev: Event) -> bool:
    """Was the event's target named loosely: its mention within four words after 'درباره' / 'در اعتراض
    به' ..., with no 'را' or comma between (a topic or a grievance, not the object of the verb)?"""
    text, sent = ev.target_text, ev.sentence
    if not text or not sent:
        return False
    i = sent.find(text)
    while i >= 0:
        words = sent[max(0, i - 60):i].replace("،", " ، ").split()[-5:]
        for j in range(len(words)):
            if any(" ".join(words[j:]).startswith(m) for m in _LOOSE_MARKERS) \
                    and "را" not in words[j:] and "،" not in words[j:]:
                return True
        i = sent.find(text, i + 1)
    return False


def _same_act(a: str, b: str) -> bool:
    return a == b or a.endswith("0") and len(a) == 3 or b.endswith("0") and len(b) == 3 \
        or a.startswith(b) or b.startswith(a)
