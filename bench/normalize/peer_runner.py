"""Run one normalizer over sets of lines and report outputs, speed and peak memory.

Usage (inside the tool's own virtual environment):  python peer_runner.py TOOL IN.json OUT.json
IN.json: {"sets": {name: [line, ...]}}; OUT.json: {"outputs": {name: [...]}, "seconds", "chars",
"load_seconds", "maxrss_mb", "version", "errors"}. Only the normalization calls are timed, in CPU
time of this process (the machine is shared: wall time would count other jobs); the import and a
one-line warm-up, which loads lexicons and models, are reported as load_seconds (wall time).
Standalone on purpose: it must run under the peers' interpreters, which do not have rasad.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from importlib import metadata


def make(tool: str):
    if tool == "rasad":
        from rasad.normalize import normalize

        return normalize
    if tool == "hazm":
        from hazm import Normalizer

        return Normalizer().normalize
    if tool == "shekar":
        from shekar import Normalizer

        return Normalizer()
    if tool == "parsivar":
        from parsivar import Normalizer

        return Normalizer().normalize
    if tool == "rishe":
        import rishe

        return rishe.Normalizer().normalize
    if tool == "negar":
        from negar import Negar  # type: ignore  # the Persian editor; not on the package index

        return lambda s: Negar(s).cleanup()
    raise SystemExit(f"unknown tool {tool}")


def main() -> None:
    tool, src, dst = sys.argv[1:4]
    sets = json.load(open(src, encoding="utf-8"))["sets"]
    t0 = time.perf_counter()
    fn = make(tool)
    fn("میکنند سرویس های بینالمللی")
    load = time.perf_counter() - t0
    outputs, errors, chars, spent = {}, 0, 0, 0.0
    for name, lines in sets.items():
        out = []
        t = time.process_time()
        for line in lines:
            try:
                out.append(fn(line))
            except Exception:  # a peer crashing on one line must not stop the run
                errors += 1
                out.append(line)
        spent += time.process_time() - t
        chars += sum(map(len, lines))
        outputs[name] = out
    try:
        version = metadata.version(tool)
    except Exception:
        version = "?"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump({"outputs": outputs, "seconds": spent, "chars": chars, "load_seconds": load,
               "maxrss_mb": rss, "version": version, "errors": errors},
              open(dst, "w", encoding="utf-8"), ensure_ascii=False)


if __name__ == "__main__":
    main()
