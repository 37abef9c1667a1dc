#!/usr/bin/env bash
# Installeert wat nodig is (.venv) en start de app. Argumenten gaan naar main.py.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Systeembibliotheken voor Qt (alleen op Debian/Ubuntu te controleren).
if command -v dpkg-query >/dev/null; then
    missing=()
    # shellcheck disable=SC2013  # één pakketnaam per regel
    for pkg in $(grep -v '^#' tools/debian-packages.txt); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
    done
    if (( ${#missing[@]} )); then
        if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -q
            apt-get install -y -q --no-install-recommends "${missing[@]}"
        else
            echo "Let op: Qt mist mogelijk systeempakketten. Installeer ze met:" >&2
            echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        fi
    fi
fi

if ! .venv/bin/python -c '' 2>/dev/null; then
    "${PYTHON:-python3}" -m venv --clear .venv
fi
sha=$(sha256sum pyproject.toml | cut -c1-16)
if [[ ! -e .venv/.installed-app-$sha && ! -e .venv/.installed-test-$sha ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e .
    rm -f .venv/.installed-*
    touch ".venv/.installed-app-$sha"
fi
# Not exec: --startup-check measures from the start of the Python process, not this script.
.venv/bin/python main.py "$@"
