"""CAMEO / PLOVER look-ups the exporters need: quad class, Goldstein scale, PLOVER type and score.

Source: /work/shared/reference/event-coding.md sections 2.1, 2.2 and 2.4 (CAMEO codebook 1.1b3,
GDELT's CAMEO.goldsteinscale.txt and the PLOVER manual draft 0.8), facts restated, not copied files.
The Goldstein value of a code not listed falls back to its 3-digit base, then to its root.
"""
from __future__ import annotations

#: GDELT quad class per CAMEO root: 1 verbal coop 01-05, 2 material coop 06-09,
#: 3 verbal conflict 10-14, 4 material conflict 15-20.
def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


GOLDSTEIN_ROOT = {"01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
                  "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -4.4, "14": -6.5, "15": -7.2,
                  "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0}

GOLDSTEIN = {
    "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0, "016": -2.0, "017": 0.0,
    "018": 3.4, "019": 3.4, "020": 3.0, "021": 3.4, "022": 3.2, "023": 3.4, "024": -0.3, "025": -0.3,
    "026": 4.0, "027": 4.0, "028": 4.0, "030": 4.0, "031": 5.2, "032": 4.5, "033": 5.2, "0334": 6.0,
    "034": 7.0, "035": 7.0, "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0, "040": 1.0, "041": 1.0,
    "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0, "050": 3.5, "051": 3.4, "052": 3.5,
    "053": 3.8, "054": 6.0, "055": 7.0, "056": 7.0, "057": 8.0, "060": 6.0, "061": 6.4, "062": 7.4,
    "063": 7.4, "064": 7.0, "0874": 10.0, "100": -5.0, "110": -2.0, "120": -4.0, "125": -5.0, "126": -5.0,
    "127": -5.0, "128": -5.0, "129": -5.0, "130": -4.4, "131": -5.8, "132": -5.8, "133": -5.8,
    "134": -5.8, "135": -5.8, "136": -7.0, "137": -7.0, "138": -7.0, "139": -7.0, "161": -4.0,
    "163": -8.0, "166": -7.0, "170": -7.0, "171": -9.2, "172": -5.0, "173": -5.0, "174": -5.0,
    "175": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "1822": -9.0, "1823": -10.0, "183": -10.0,
    "184": -8.0, "185": -8.0, "186": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0,
    "194": -10.0, "195": -10.0, "196": -9.5,
}


def goldstein(cameo: str) -> float | None:
    for key in (cameo, cameo[:3]):
        if key in GOLDSTEIN:
            return GOLDSTEIN[key]
    return GOLDSTEIN_ROOT.get(cameo[:2])


def plover_type(cameo: str) -> str | None:
    """PLOVER event type of a CAMEO code, from the coder's own table (rasad/events/data/
    cameo_plover.tsv), so exports and records can never disagree."""
    from ..events.patterns import plover_for
    hit = plover_for(cameo)
    return hit["event_type"] if hit else None


PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4,
               "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}

PLOVER_SCORE = {"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
                "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5,
                "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0}
PLOVER_MODE_SCORE = {("CONSULT", "visit"): 4.0, ("CONSULT", "multilateral"): 4.0, ("CONSULT", "phone"): 1.5,
                     ("CONSULT", "third-party"): 1.0, ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0,
                     ("REQUEST", "yield"): -1.0, ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5,
                     ("ACCUSE", "allege"): -3.5, ("ASSAULT", "unconventional"): -10.0}


def plover_score(event_type: str, mode: str | None) -> float | None:
    return PLOVER_MODE_SCORE.get((event_type, mode or ""), PLOVER_SCORE.get(event_type))


def split_actor(code: str | None) -> dict[str, str]:
    """A CAMEO actor code in GDELT's pieces: country, known group (IGO/NGO...), up to three types."""
    out = {"CountryCode": "", "KnownGroupCode": "", "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    if not code:
        return out
    code = code.upper()
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if blocks[0] in ("IGO", "NGO", "IMG", "MNC", "NGM"):
        out["Type1Code"] = blocks[0]
        out["KnownGroupCode"] = blocks[1] if len(blocks) > 1 else ""
        return out
    out["CountryCode"] = blocks[0]
    for i, block in enumerate(blocks[1:4], start=1):
        out[f"Type{i}Code"] = block
    return out
