"""Is the page Persian? A cheap script test, no language model.

Persian pages are written in Arabic script; English or Russian pages are not. Among Arabic-script
pages, Arabic ones lack the Persian letters پ چ ژ گ (which survive even when a page writes ي/ك)
and use ة often. Thresholds: at least half of the letters Arabic-script; and, on pages with 300+
letters, not (no پچژگ at all and ة in over 0.5% of letters).
"""
from __future__ import annotations

import re

from .lines import letters

MIN_ARABIC_SHARE = 0.5
_NON_ARABIC_LETTER = re.compile(r"[^\W\d_\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def persian_verdict(text: str) -> str | None:
    """None when `text` is Persian enough; else why not (the error message).

    Fast path first: with no letter outside the Arabic-script blocks the share test passes, and
    with a Persian-only letter (or no ة) the Arabic test cannot fail, so no letter count is needed.
    """
    sample = text[:6000]
    non_arabic = len(_NON_ARABIC_LETTER.findall(sample))
    persian_only = any(c in sample for c in "پچژگ")
    if non_arabic == 0 and (persian_only or "ة" not in sample):
        return None
    total = letters(sample)
    arabic = total - non_arabic
    teh_marbuta = sample.count("ة")
    if total < 20:
        return None
    share = arabic / total
    if share < MIN_ARABIC_SHARE:
        return f"only {share:.0%} of the letters are Arabic-script; the page is not in Persian"
    if total >= 300 and not persian_only and teh_marbuta > 0.005 * total:
        return "the page is in Arabic script but has no Persian letters (پ چ ژ گ): Arabic, not Persian"
    return None
