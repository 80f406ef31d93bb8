"""All held-out-2 articles: clean text ("_" = ZWNJ) + annotation. See build.py."""
ZONES = {"bbcpersian": "+00:00", "radiofarda": "+00:00", "iranintl": "+00:00", "euronews-fa": "+01:00"}


def A(**k):
    """Fill the derived fields: zone and ISO `published` from `when` ("YYYY-MM-DD[ hh:mm]")."""
    k.setdefault("zone", ZONES.get(k["agency"], "+03:30"))
    w = k["when"]
    k["published"] = w[:10] + (f"T{w[11:]}{k['zone']}" if len(w) > 10 else "")
    if k.get("no_date"):
        k["published"] = None
    return k


from art1 import ARTS as _A1  # noqa: E402

ARTICLES = [A(**a) for a in _A1]
try:
    from art2 import ARTS as _A2
    ARTICLES += [A(**a) for a in _A2]
except ImportError:
    pass
try:
    from art3 import ARTS as _A3
    ARTICLES += [A(**a) for a in _A3]
except ImportError:
    pass
