"""Shared helper for the src files: fills the defaults of an article dict."""

def A(**kw):
    kw.setdefault("degrade", [])
    kw.setdefault("layout", 0)
    kw.setdefault("sources", [])
    kw.setdefault("quotes", [])
    kw.setdefault("events", [])
    kw.setdefault("section_line", kw.get("section"))
    return kw
