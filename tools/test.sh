#!/usr/bin/env bash
# Installeert de app met testafhankelijkheden in .venv en draait alle tests.
# Extra argumenten gaan naar pytest, bv.: bash tools/test.sh -k agenda -x
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Systeembibliotheken voor Qt (Debian/Ubuntu), en poppler-utils (pdftotext) om de
# PDF-besluitenlijst terug te lezen: als root installeren, anders een hint.
# shellcheck source=tools/system-packages.sh
. tools/system-packages.sh
system_packages_install poppler-utils

if ! .venv/bin/python -c '' 2>/dev/null; then
    "${PYTHON:-python3}" -m venv --clear .venv
fi
stamp=".venv/.installed-test-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -e $stamp ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    # -q twice: also without setuptools' "Editable installation" warning block.
    .venv/bin/python -m pip install -qq -e '.[test]'
    rm -f .venv/.installed-*
    touch "$stamp"
fi
system_packages_verify

export QT_QPA_PLATFORM=offscreen
# Zonder XDG_RUNTIME_DIR geeft Qt een waarschuwing, en waarschuwingen laten tests falen.
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
    XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/runtime-$(id -u)"
    export XDG_RUNTIME_DIR
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi
exec .venv/bin/python -m pytest -q "$@"
