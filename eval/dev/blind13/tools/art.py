"""Helper: one article as a dict ("_" in any Persian string stands for ZWNJ)."""


def A(name, kind, crumbs, published, dateline, datepos, title, lead, body, sources, ents, quotes, events,
      tags, related, caption="", kicker=None, degrade=None, jsonld=False, notes="", today=None, compact=False):
    agency = name.rsplit("-", 1)[0]
    iso_full = None
    if "T" in published:
        iso_full = published[:16] + ":00" + published[16:]
    else:
        iso_full = published + "T10:00:00+03:30"
    d = dict(name=name, agency=agency, kind=kind, crumbs=crumbs, published=published, iso_full=iso_full,
             dateline=dateline, datepos=datepos, title=title, lead=lead, body=body, sources=sources, ents=ents,
             quotes=quotes, events=events, tags=tags, related=related, caption=caption, kicker=kicker,
             degrade=degrade, jsonld=jsonld, notes=notes, compact=compact)
    if today:
        d["today"] = today
    return d
