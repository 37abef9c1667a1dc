# Qt's system libraries on Debian/Ubuntu, for tools/start.sh and tools/test.sh (sourced,
# never run on its own). Two steps:
#   system_packages_install [extra package...]   before the venv is made
#   system_packages_verify [--screen]            after pip has installed PySide6
# As root with apt-get, the first installs what tools/debian-packages.txt (plus the
# extras, and python3-venv when Python has no ensurepip) lists and dpkg does not have.
# As an ordinary user it cannot install: it stops with a hint when python3-venv is
# missing (no venv without it), and otherwise the second step tries PySide6 in the venv
# (and, with --screen, the X11 plugin's libraries): when that fails it stops with the
# same hint and exit status 1, before any traceback. When it works (e.g. Ubuntu 24.04
# calls libglib2.0-0 libglib2.0-0t64, which dpkg-query does not find under the old
# name) the hint is only a warning. No dpkg-query (not Debian): nothing is checked.

_sp_missing=()

_sp_hint() {
    local list="${_sp_missing[*]}"
    echo "De app mist systeempakketten (bibliotheken voor Qt), en alleen root kan ze installeren." >&2
    echo "Installeer eerst, als root:" >&2
    echo "  apt-get update && apt-get install --no-install-recommends ${list}" >&2
    echo "Zonder sudo kan dat met su (het wachtwoord van root):" >&2
    echo "  su -c 'apt-get update && apt-get install --no-install-recommends ${list}'" >&2
    echo "Start daarna dit commando opnieuw." >&2
}

system_packages_install() {
    _sp_missing=()
    command -v dpkg-query >/dev/null || return 0
    local pkg
    # shellcheck disable=SC2013  # one package name a line
    for pkg in $(grep -v '^#' tools/debian-packages.txt) "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' \
            || _sp_missing+=("$pkg")
    done
    if [[ ! -x .venv/bin/python ]] && ! "${PYTHON:-python3}" -c 'import ensurepip, venv' 2>/dev/null; then
        _sp_missing+=(python3-venv)
    fi
    (( ${#_sp_missing[@]} )) || return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "Systeempakketten installeren: ${_sp_missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q >/dev/null
        apt-get install -y -q --no-install-recommends "${_sp_missing[@]}" >/dev/null
        _sp_missing=()
        return 0
    fi
    local pkg2
    for pkg2 in "${_sp_missing[@]}"; do
        if [[ $pkg2 == python3-venv ]]; then
            _sp_hint
            exit 1
        fi
    done
}

system_packages_verify() {
    (( ${#_sp_missing[@]} )) || return 0
    local ok=1
    QT_QPA_PLATFORM=offscreen .venv/bin/python -c \
        'from PySide6 import QtGui, QtWidgets, QtMultimedia, QtPdf, QtSvg' >/dev/null 2>&1 || ok=0
    if [[ $ok == 1 && ${1:-} == --screen ]]; then
        local plugin
        plugin=$(.venv/bin/python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")' 2>/dev/null) || ok=0
        if [[ $ok == 1 && -e $plugin ]] && ldd "$plugin" 2>/dev/null | grep -q 'not found'; then
            ok=0
        fi
    fi
    if [[ $ok == 0 ]]; then
        _sp_hint
        exit 1
    fi
    echo "Let op: volgens dpkg ontbreken: ${_sp_missing[*]}" >&2
    echo "Qt laadt wel, dus dit gaat door. Installeren kan als root met:" >&2
    echo "  apt-get install --no-install-recommends ${_sp_missing[*]}" >&2
}
