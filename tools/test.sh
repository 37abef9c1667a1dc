#!/usr/bin/env bash
# Installeert de app met testafhankelijkheden in .venv en draait alle tests.
# Extra argumenten gaan naar pytest, bv.: bash tools/test.sh -k agenda -x
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! .venv/bin/python -c '' 2>/dev/null; then
    "${PYTHON:-python3}" -m venv --clear .venv
fi
stamp=".venv/.installed-test-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -e $stamp ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    rm -f .venv/.installed-*
    touch "$stamp"
fi

export QT_QPA_PLATFORM=offscreen
# Zonder XDG_RUNTIME_DIR geeft Qt een waarschuwing, en waarschuwingen laten tests falen.
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
    XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/runtime-$(id -u)"
    export XDG_RUNTIME_DIR
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi
exec .venv/bin/python -m pytest -q "$@"
