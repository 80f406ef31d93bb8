#!/usr/bin/env bash
# One virtual environment per peer normalizer (their pins conflict: hazm pins numpy 1.24, shekar
# needs numpy 2). Usage: bash bench/normalize/setup_peers.sh [/tmp]  then zwnj_bench.py --venvs /tmp
set -u
root="${1:-/tmp}"
for spec in "hazm==0.10.0" "shekar==1.7.0" "parsivar==0.2.3.1" "rishe==0.5.1"; do
  tool="${spec%%=*}"
  python3 -m venv "$root/venv_$tool" && "$root/venv_$tool/bin/pip" install -q "$spec" \
    || echo "could not install $spec" >&2
done
# negar (the Persian editor, 1.4.x) is not on the package index reachable here; the PyPI package
# named "negar" (0.6.0) is an unrelated project, so it is not installed.
