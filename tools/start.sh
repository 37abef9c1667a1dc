#!/usr/bin/env bash
# Installeert wat nodig is (.venv) en start de app. Argumenten gaan naar main.py.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Systeembibliotheken voor Qt (Debian/Ubuntu): als root installeren, anders een hint.
# shellcheck source=tools/system-packages.sh
. tools/system-packages.sh
system_packages_install

if ! .venv/bin/python -c '' 2>/dev/null; then
    "${PYTHON:-python3}" -m venv --clear .venv
fi
sha=$(sha256sum pyproject.toml | cut -c1-16)
if [[ ! -e .venv/.installed-app-$sha && ! -e .venv/.installed-test-$sha ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    # -q twice: also without setuptools' "Editable installation" warning block.
    .venv/bin/python -m pip install -qq -e .
    rm -f .venv/.installed-*
    touch ".venv/.installed-app-$sha"
fi

# Zonder argumenten start de app met een venster; zonder beeldscherm zegt Qt alleen iets
# misleidends over xcb-cursor0. (Met argumenten beslist main.py: de opdrachten op de
# opdrachtregel hebben geen scherm nodig, en ui/app.py zegt hetzelfde als hieronder.)
no_screen=0
if [[ $(uname -s) == Linux && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    no_screen=1
fi
if [[ $# == 0 && $no_screen == 1 ]]; then
    cat >&2 <<'TEXT'
Geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg): de app heeft een
scherm nodig. Start hem vanuit een grafische sessie (of met ssh -X). Zonder scherm werken:
  bash tools/start.sh --help                   de opdrachten op de opdrachtregel
                                               (bv. overdue, minutes, demo)
  bash tools/test.sh                           de tests
  QT_QPA_PLATFORM=offscreen bash tools/start.sh --startup-check
                                               alleen nagaan of de app start
TEXT
    exit 1
fi
if [[ $no_screen == 1 ]]; then
    system_packages_verify
else
    system_packages_verify --screen
fi

# Not exec: --startup-check measures from the start of the Python process, not this script.
.venv/bin/python main.py "$@"
