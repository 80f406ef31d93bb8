"""HTML pages: selectolax (lexbor) DOM -> title, lead, body and metadata.

Order of trust: the agency's own CSS rules (agencies/*.toml) when they match and give a body at
least half as long as the generic finder's; else the generic main-content finder (blocks.py).
Either way the blocks then go through the same segmenter as text dumps (end markers, footers,
captions), so a rule that grabs a little too much is still cut at "انتهای پیام".
Metadata: og:*, article:*, JSON-LD NewsArticle, <title>, visible date elements.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .attribution import (agency_from_name, agency_from_url, agency_in_text, attribution_parts,
                          canon_section)
from .blocks import Block, blocks, by_tag, score_containers
from .dates import parse_date, parse_iso, reconcile
from .fold import key
from .lexicon import Agency, agencies
from .lines import HOME_KEYS, has_letters, letters
from .meta import ld_field as _ld, node_text as _text, read_meta
from .segment import segment_lines, strip_title_suffix
from .textdump import footer_meta, published_from

_STRIP = ["script", "style", "noscript", "svg", "iframe", "form", "button", "select", "template", "nav",
          "footer", "aside", "object", "embed", "canvas", "video", "audio", "textarea", "figcaption", "figure"]
_BOILER = ("[class*=related], [class*=share], [class*=social], [class*=comment], [id*=comment], "
           "[class*=breadcrumb], [class*=sidebar], [class*=menu], [class*=footer], [class*=banner], "
           "[class*=advert], [class*=newsletter], [class*=popular], [class*=most-], [class*=tags], "
           "[class*=keyword], [role=navigation], [role=complementary], [hidden], body > header, "
           "[class*=caption], [class*=social]")
_DATE_SEL = "time, [itemprop=datePublished], [class*=date], [class*=time], [class*=publish]"
_LEAD_CLASS = ("[class*=lead], [class*=summary], [class*=intro], [class*=subtitle], [class*=teaser], "
               "[class*=excerpt], [itemprop=description], [class*=Lead], [class*=Summary]")
_TITLE_PARTS = re.compile(r"\s[\-–—|:»]{1,2}\s|\s?\|\s?")


def _rule_section(tree, selectors, title: str | None) -> str | None:
    """The agency rule's section: the last section-like text the first matching selector finds (a
    breadcrumb's section is its last item, "خانه » جهان » افغانستان" → افغانستان, whatever its
    depth); the home link, a last item that is the story's own headline (many breadcrumbs end
    with it) and anything over 40 characters are not sections. Read before cleaning drops the
    breadcrumb."""
    skip = {key(title)} if title else set()
    for sel in selectors:
        try:
            texts = [t for t in map(_text, tree.css(sel)) if _section_like(t, skip)]
        except Exception:  # a bad selector in a data file must not break a batch
            continue
        if texts:
            return texts[-1]
    return None


def _section_like(text: str, skip: set[str]) -> bool:
    k = key(text)
    return bool(k) and k not in HOME_KEYS and k not in skip and len(text) <= 40


def _first(tree, selectors) -> object | None:
    for sel in selectors:
        try:
            node = tree.css_first(sel)
        except Exception:  # a bad selector in a data file must not break a batch
            continue
        if node is not None and node.text(strip=True):
            return node
    return None


def _title(tree, rule: Agency | None, meta: dict) -> str | None:
    ref = meta.get("og:title") or _ld(meta, "headline") or meta.get("<title>") or ""
    rk = key(ref)
    cands = []
    node = _first(tree, rule.selectors.get("title", ())) if rule else None
    if node is not None:
        cands.append(_text(node))
    cands += [_text(h) for h in by_tag(tree, "h1")[:5]]
    cands = [c for c in cands if letters(c) >= 4 and (agency_from_name(c) is None or len(c.split()) > 4)]
    for c in cands:
        ck = key(c)
        if ck and rk and (ck == rk or rk.startswith(ck) or ck.startswith(key(strip_title_suffix(ref)))):
            return c
    if cands and not rk:
        return cands[0]
    if ref:
        return strip_title_suffix(ref)
    return cands[0] if cands else None


def _in_site_chrome(node, depth: int = 12) -> bool:
    """Is the node inside the page's header, nav or footer (bounded walk up the tree)?"""
    cur = node.parent
    for _ in range(depth):
        if cur is None:
            return False
        if cur.tag in ("header", "nav", "footer"):
            return True
        cur = cur.parent
    return False


def _visible_date(tree, rule: Agency | None) -> str | None:
    """The date the page shows: the agency's date element, else the first date-like element."""
    node = _first(tree, rule.selectors.get("date", ())) if rule else None
    if node is not None:
        d = parse_date(_text(node))
        if d:
            return d
    for n in tree.css(_DATE_SEL)[:30]:
        txt = _text(n)
        if len(txt) > 80 or txt.lstrip().startswith(("امروز", "Today", "today")) or _in_site_chrome(n):
            continue  # the site's clock ("امروز: ...") in the header is the crawl day, not the story's
        d = parse_date(txt)
        if d:
            return d
    return None


def _date_near_title(tree) -> str | None:
    """A date line in the block around the <h1> (pages whose date element has no telling class)."""
    h1 = next(iter(by_tag(tree, "h1")), None)
    box = h1.parent if h1 is not None else None
    if box is None:
        return None
    for b in blocks(box, max_nodes=400)[:12]:
        if len(b.text) <= 80:
            d = parse_date(b.text)
            if d:
                return d
    return None


def _machine_date(tree, meta: dict) -> str | None:
    for k in ("article:published_time", "og:published_time", "datepublished", "pubdate"):
        if meta.get(k):
            d = parse_iso(meta[k])
            if d:
                return d
    d = _ld(meta, "datePublished")
    if d and parse_iso(d):
        return parse_iso(d)
    t = tree.css_first("time[datetime]")
    return parse_iso(t.attributes.get("datetime") or "") if t is not None else None


def _breadcrumb_section(tree) -> str | None:
    """The last item of a breadcrumb that is not the home page; or a category link."""
    for n in tree.css("[class*=breadcrumb], [class*=Breadcrumb], [class*=category], [class*=Category], "
                      "[class*=service]")[:5]:
        subs = n.css("a, span, li")
        for item in reversed(subs) if subs else (n,):   # the last good item: read from the end
            i = _text(item)
            if 2 <= len(i) <= 40 and key(i) not in HOME_KEYS and letters(i) >= 2:
                return i
    return None


def _agency(rule_slug: str | None, meta: dict, url: str | None) -> str | None:
    return (agency_from_url(url) or agency_from_url(meta.get("og:url")) or agency_from_url(meta.get("canonical"))
            or agency_from_name(meta.get("og:site_name")) or agency_from_name(meta.get("application-name"))
            or agency_from_name(_ld(meta, "publisher")) or rule_slug)


def _title_suffix_agency(meta: dict) -> str | None:
    """An agency named in a part of <title> ("خبرگزاری فارس - عنوان", "عنوان | ایسنا")."""
    t = meta.get("<title>") or ""
    parts = [x for x in _TITLE_PARTS.split(t) if x.strip()]
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if len(part.split()) <= 8:
            found = agency_from_name(part)
            if found:
                return found
    return None


def _lead_by_class(tree, container, by_class: list | None = None, opening: frozenset = frozenset()) -> str | None:
    """A summary element (class lead/summary/intro...) outside the body container, or inside it as
    one of its first text blocks (`opening`: their keys): a teaser deeper in the body is no lead."""
    for n in (tree.css(_LEAD_CLASS) if by_class is None else by_class)[:20]:
        t = _text(n)
        if 40 <= letters(t) <= 800 and (container is None or not _inside(n, container) or key(t) in opening):
            return t
    return None


def _inside(node, container) -> bool:
    depth = 0
    while node is not None and depth < 60:
        if node.mem_id == container.mem_id:
            return True
        node = node.parent
        depth += 1
    return False


def _lead_from_description(tree, meta: dict, container, by_class: list) -> str | None:
    desc = meta.get("og:description") or meta.get("description") or _ld(meta, "description")
    dk = key(desc or "")
    if len(dk) < 40:
        return None
    probe = dk[:80]
    for n in _chain_lazy(by_class[:30], lambda: tree.css("h2, h3, p, strong")[:60]):
        raw = n.text()
        if len(raw) < len(desc) * 0.6 or len(raw) > len(desc) * 1.5 + 40:
            continue
        t = " ".join(raw.split())
        tk = key(t)
        if tk.startswith(probe) and len(tk) <= len(dk) * 1.3 + 20 and not _inside(n, container):
            return t
    return None


def _chain_lazy(first: list, then):
    """The items of `first`, then those of `then()` (called only if the caller gets that far)."""
    yield from first
    yield from then()


def _lead(tree, meta: dict, container, opening: frozenset = frozenset()) -> str | None:
    """The lead from og:description, else from a summary-class element; their CSS query (~0.3 ms
    on a real page: substring matches on class) is run once for both."""
    by_class = tree.css(_LEAD_CLASS)
    return (_lead_from_description(tree, meta, container, by_class)
            or _lead_by_class(tree, container, by_class, opening))


def _clean(tree, rule: Agency | None) -> None:
    """Remove scripts, navigation, side boxes, captions and comments from `tree` (a parser or a node)."""
    if hasattr(tree, "strip_tags"):
        tree.strip_tags(_STRIP)
    else:
        for n in tree.css(", ".join(_STRIP)):
            n.decompose()
    sels = list(rule.selectors.get("remove", ())) if rule else []
    for sel in sels + [_BOILER]:
        try:
            for n in tree.css(sel):
                if n.tag not in ("html", "body", "main", "article"):
                    n.decompose()
        except Exception:
            continue


def _body_blocks(tree, rule: Agency | None) -> tuple[list[Block], object | None, tuple[int, int]]:
    generic, teasers, paras = score_containers(tree)
    gen_blocks = blocks(generic) if generic is not None else []
    if rule:
        node = _first(tree, rule.selectors.get("body", ()))
        if node is not None:
            rb = blocks(node)
            rl = sum(letters(b.text) for b in rb if b.link_density < 0.5)
            gl = sum(letters(b.text) for b in gen_blocks if b.link_density < 0.5)
            if rl >= 0.5 * gl and rl > 0:
                return rb, node, (teasers, len(node.css("p")))
    if generic is None and tree.body is not None:
        return blocks(tree.body), tree.body, (teasers, 0)
    return gen_blocks, generic, (teasers, paras)


def _not_article(tree, meta: dict, container, body: list[str], shape: tuple[int, int]) -> str | None:
    body_letters = sum(letters(p) for p in body)
    teasers, paras = shape
    website = (meta.get("og:type") or "").lower() == "website" and not meta.get("ld")
    if paras <= 2 and (teasers >= 4 or (website and teasers >= 2)):
        return f"a list of {teasers} teasers (home page, section index or tag page), not an article"
    if container is not None:
        inner = container.css("a")
        if len(inner) >= 12 and not meta.get("ld"):
            link_letters = sum(len(a.text(strip=True)) for a in inner)
            total = max(1, len(container.text(strip=True)))
            if link_letters / total > 0.25:
                return "the main block is a list of links (section index or tag page)"
        if len(inner) >= 6 and len(container.css("h2, h3, h4")) >= 6:
            return "the main block is a list of headlines with teasers (section index or tag page)"
    index_like = (meta.get("og:type") or "").lower() == "website" and not meta.get("ld") \
        and max((letters(p) for p in body), default=0) < 300
    if not index_like and body_letters >= 200:
        return None     # neither test below can pass: skip counting the page's links
    n_links = len(by_tag(tree, "a"))
    if index_like and n_links > 40:
        return "a home or index page: many links and no long paragraph"
    if body_letters < 200 and n_links > 30:
        return f"little paragraph text ({body_letters} letters) and {n_links} links"
    return None


MAX_DEPTH = 3000
#: a rule's body container with this many letters is trusted without scoring the whole page
RULE_TRUST_LETTERS = 400
_TAG = re.compile(r"<(/?)(?!(?:br|img|meta|link|input|hr|wbr|source|area|base|col|embed|param|track|!|\?)\b)[a-zA-Z]")


def nesting_depth(html: str) -> int:
    """Upper bound of the page's element nesting (void elements excluded), without parsing.

    The HTML parser's time grows with the square of the depth (20,000 unclosed <div>s: seconds;
    200,000: minutes), so pages deeper than MAX_DEPTH are refused before parsing. Pages with
    fewer tags than that cannot be that deep and skip the count.
    """
    if html.count("<") <= MAX_DEPTH:     # (str.count is ~2x faster here than bytes.count)
        return 0
    depth = peak = 0
    for slash in _TAG.findall(html):
        depth = depth - 1 if slash else depth + 1
        if depth > peak:
            peak = depth
    return peak


def extract_html(html: str, url: str | None = None, raw: bytes | None = None) -> dict:
    """Fields of an HTML page, before normalization. `raw`: the page's UTF-8 bytes when `html` is
    exactly their decoding (the parser then skips re-encoding the page)."""
    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        return {"too_deep": f"HTML nested about {depth} levels deep (limit {MAX_DEPTH})", "body": []}
    tree = LexborHTMLParser(raw if raw is not None else html)
    meta = read_meta(tree)
    slug = _agency(None, meta, url) or _title_suffix_agency(meta)
    rule = agencies().get(slug) if slug else None
    title = _title(tree, rule, meta)
    no_lead = rule is not None and not rule.selectors.get("lead")
    lead_node = _first(tree, rule.selectors.get("lead", ())) if rule else None
    lead = _text(lead_node) if lead_node is not None else None
    rutitr_node = _first(tree, rule.selectors.get("rutitr", ())) if rule else None
    machine_date = _machine_date(tree, meta)
    rule_date = _visible_date(tree, rule) if rule else None
    rule_section = _rule_section(tree, rule.selectors.get("section", ()), title) if rule else None
    tags = [_text(n) for n in tree.css(", ".join(rule.selectors["tags"]))] if rule and rule.selectors.get("tags") else []
    footer_text = " ".join(_text(n) for n in by_tag(tree, "footer")[:2])[:2000] if slug is None else ""
    rule_node = _first(tree, rule.selectors.get("body", ())) if rule else None
    meta_section = meta.get("article:section") or _ld(meta, "articleSection")
    crumb = None
    trusted = rule_node is not None and has_letters(rule_node.text(), RULE_TRUST_LETTERS)
    if not trusted and not meta_section and rule_section is None:
        crumb = _breadcrumb_section(tree)   # read before cleaning removes breadcrumbs
    if trusted:
        # the agency's own body container with a real story in it: clean only inside it
        _clean(rule_node, rule)
        blks, container, shape = blocks(rule_node), rule_node, (0, 0)
    else:
        _clean(tree, rule)
        blks, container, shape = _body_blocks(tree, rule)
    if lead is None and not no_lead:
        opening = frozenset(key(b.text) for b in blks[:3] if b.link_density < 0.5)
        lead = _lead(tree, meta, container, opening)
    published = reconcile(rule_date or _visible_date(tree, None), machine_date)
    lines = [b.text for b in blks if b.link_density < 0.5 and b.tag not in ("h1",)]
    seg = segment_lines(lines, title=title, lead=lead)
    if published is None:
        published = published_from(seg) or _date_near_title(tree)
    if title:
        tk = key(title)
        seg.body = [p for p in seg.body if key(p) != tk]
    text_for_attr = " ".join(seg.body[:2])
    att_agency, att_section, reporter_desk = attribution_parts(text_for_attr)
    if slug is None:
        slug = att_agency or agency_in_text(text_for_attr[:80])
    if slug is None:
        slug = agency_in_text(footer_text) if footer_text else None
    # the page's own structure (its section element, article:section, breadcrumb) names its
    # section; then "به گزارش گروه X"; "به گزارش خبرنگار سیاسی ..." names only the desk that wrote
    # the story, the section when nothing else does
    section = (canon_section(rule_section)
               or canon_section(meta.get("article:section")) or canon_section(_ld(meta, "articleSection"))
               or canon_section(crumb if crumb is not None or meta_section or not trusted
                                else _breadcrumb_section(tree))
               or att_section or reporter_desk)
    fmeta = footer_meta(seg.footer)
    out_meta = {}
    if rutitr_node is not None:
        out_meta["rutitr"] = _text(rutitr_node)
    if tags or fmeta.get("tags"):
        out_meta["tags"] = tags or fmeta["tags"]
    elif meta.get("keywords"):
        out_meta["tags"] = [t.strip() for t in meta["keywords"].replace("،", ",").split(",") if t.strip()][:30]
    if fmeta.get("news_code"):
        out_meta["news_code"] = fmeta["news_code"]
    return {"title": title, "lead": seg.lead, "body": seg.body, "agency": slug, "section": section,
            "published": published, "meta": out_meta, "end_found": seg.end_found,
            "not_article": _not_article(tree, meta, container, seg.body, shape),
            "page_text": " ".join(lines)[:5000]}
