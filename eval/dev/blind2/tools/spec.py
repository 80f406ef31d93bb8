"""Small helpers for writing annotated articles compactly ("_" = ZWNJ in every string)."""


def ents(block: str):
    """One entity surface form a line: 'surface | TYPE | canonical | code' ('-' = null code)."""
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        s, t, c, code = [x.strip() for x in line.split("|")]
        out.append((s, t, c, None if code == "-" else code))
    return out


def E(at, source, source_text, target, target_text, cameo, negated=False):
    """An event; `at` is a unique fragment of the sentence that states it (expanded to the sentence)."""
    return {"at": at, "source": source, "source_text": source_text, "target": target,
            "target_text": target_text, "cameo": cameo, "negated": negated}


def Q(text, speaker, speaker_text, direct=False):
    """A quote; text ending in '…' runs to the closing » (direct) or to the end of the sentence."""
    return {"text": text, "speaker": speaker, "speaker_text": speaker_text, "direct": direct}
