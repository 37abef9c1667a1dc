#!/usr/bin/env bash
# Refresh the translation sources after changing user-visible strings:
#   bash tools/update-translations.sh
# Dutch is the source language (the strings in the code). Translate
# resources/translations/vergadering_en.ts with Qt Linguist (pyside6-linguist), then
# run this script again to compile the .qm that the app loads with VERGADERING_LANG=en.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
if [[ ! -x $bin/pyside6-lupdate ]]; then
    bin=$(dirname "$(command -v pyside6-lupdate || { echo "pyside6-lupdate niet gevonden: eerst bash tools/test.sh" >&2; exit 1; })")
fi
"$bin/pyside6-lupdate" -source-language nl_NL -target-language en_GB \
    $(git ls-files 'ui/*.py' 'ui/**/*.py') main.py -ts resources/translations/vergadering_en.ts
"$bin/pyside6-lrelease" resources/translations/vergadering_en.ts \
    -qm resources/translations/vergadering_en.qm
