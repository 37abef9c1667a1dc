#!/usr/bin/env bash
# Tries the README's two commands (bash tools/test.sh, bash tools/start.sh) on a fresh
# Debian 12 (bookworm): a debootstrap chroot (minbase plus python3, python3-venv, git),
# the repository cloned into it, then three fresh copies of that system:
#   root-test-first   as root: test.sh, then start.sh (--help, no screen, --startup-check)
#   root-start-first  as root: start.sh (--help, demo), then test.sh
#   user              as an ordinary user: test.sh and start.sh stop with the hint;
#                     root runs the hinted command; the user runs both again
# Run as root:  bash tools/fresh-debian.sh [--head] [--only NAME] [--rebuild] [WORKDIR]
#   --head     clone the last commit only (default: also the uncommitted changes and new
#              files of this working tree, so a change can be tried before it is committed)
#   --only     run one scenario (root-test-first, root-start-first or user)
#   --rebuild  make the base system again (else it is reused from WORKDIR/base)
#   WORKDIR    default /var/tmp/vergadering-fresh-debian; the scenarios' systems and logs
#              stay there for a look afterwards (WORKDIR/<scenario>.log)
# Needs: root, network to deb.debian.org and PyPI, mount (proc, /dev) in a chroot.
# A network whose TLS goes through an inspecting proxy: the host's extra certificates
# (/usr/local/share/ca-certificates) are given to pip in the chroot; a real fresh machine
# needs none of that.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

head_only=0 only="" rebuild=0 work=/var/tmp/vergadering-fresh-debian
while (( $# )); do
    case $1 in
        --head) head_only=1 ;;
        --only) only=$2; shift ;;
        --rebuild) rebuild=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "onbekende optie: $1" >&2; exit 2 ;;
        *) work=$1 ;;
    esac
    shift
done
[[ $(id -u) == 0 ]] || { echo "fresh-debian: als root starten (debootstrap, chroot)" >&2; exit 2; }
mkdir -p "$work"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null \
        || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
fi
if [[ $rebuild == 1 || ! -e $work/base/.complete ]]; then
    rm -rf "${work:?}/base"
    echo "fresh-debian: debootstrap bookworm (minbase + python3 python3-venv git)"
    debootstrap --variant=minbase --include=python3,python3-venv,git bookworm \
        "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -5 "$work/debootstrap.log"; exit 1; }
    touch "$work/base/.complete"
fi

mounted=()
unmount_all() {
    local i
    for (( i = ${#mounted[@]} - 1; i >= 0; i-- )); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
trap unmount_all EXIT

# A fresh copy of the base system with the repository cloned into /home/tester/vergadering
# (owned by the ordinary user "tester"; root uses it too).
make_root() {
    local root=$1
    if [[ -d $root ]]; then
        if findmnt -rn -o TARGET | grep -q "^$root/"; then
            echo "fresh-debian: $root has mounts still; not removed" >&2; exit 1
        fi
        rm -rf "$root"
    fi
    cp -a "$work/base" "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    chroot "$root" useradd -m -s /bin/bash tester
    git clone -q --no-hardlinks "$here" "$root/home/tester/vergadering"
    if [[ $head_only == 0 ]]; then
        (cd "$here" && git ls-files -z --cached --others --exclude-standard \
            | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) \
            | tar -xf - -C "$root/home/tester/vergadering"
    fi
    chroot "$root" chown -R tester:tester /home/tester/vergadering
    # See the top: only for a TLS-inspecting proxy on this network.
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        cat /etc/ssl/certs/ca-certificates.crt > "$root/etc/host-ca-bundle.crt"
    fi
    mount -t proc proc "$root/proc"; mounted+=("$root/proc")
    mount --bind /dev "$root/dev"; mounted+=("$root/dev")
    if [[ -d /dev/pts ]]; then mount --bind /dev/pts "$root/dev/pts"; mounted+=("$root/dev/pts"); fi
    if [[ -d /dev/shm ]]; then mount -t tmpfs tmpfs "$root/dev/shm"; mounted+=("$root/dev/shm"); fi
}

# run_in ROOT USER COMMAND...: run in the chroot, in the clone, with a clean environment.
run_in() {
    local root=$1 user=$2; shift 2
    local home=/root
    [[ $user == root ]] || home=/home/$user
    local env=(HOME="$home" USER="$user" LOGNAME="$user" LANG=C.UTF-8
               PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb)
    [[ -e $root/etc/host-ca-bundle.crt ]] && env+=(PIP_CERT=/etc/host-ca-bundle.crt)
    chroot --userspec="$user:$user" "$root" env -i "${env[@]}" \
        bash -c 'cd /home/tester/vergadering && "$@"' bash "$@"
}

failures=0
# step ROOT LOG USER WANT PATTERN COMMAND...: WANT is 0 (must pass) or "fail" (must end
# non-zero); PATTERN (may be empty) must be in the output.
step() {
    local root=$1 log=$2 user=$3 want=$4 pattern=$5; shift 5
    local out rc=0 start=$SECONDS
    echo "=== [$user] $* (want: $want${pattern:+, \"$pattern\"})" >>"$log"
    out=$(run_in "$root" "$user" "$@" 2>&1) || rc=$?
    printf '%s\n' "$out" >>"$log"
    local ok=1
    if [[ $want == 0 && $rc != 0 ]] || [[ $want == fail && $rc == 0 ]]; then ok=0; fi
    if [[ -n $pattern ]] && ! grep -qF -- "$pattern" <<<"$out"; then ok=0; fi
    local verdict=ok
    (( ok )) || { verdict=FOUT; failures=$((failures + 1)); }
    printf '  %-4s [%s] %s -> exit %s (%s s)\n' "$verdict" "$user" "$*" "$rc" $((SECONDS - start))
    # The key lines: pytest's summary, our hints, Qt's complaints.
    grep -vE '^(Get:|Selecting|Preparing|Unpacking|Setting up|Processing|Reading|Building|The following|Need to get|After this|Fetched|Hit:|Ign:|debconf)' <<<"$out" \
        | grep -E '^(=+ .* in [0-9.]+s|[0-9]+ (passed|failed)|FAILED|ERROR|SKIPPED|INTERNALERROR)|Installeer eerst|^  apt-get|Geen beeldscherm|Systeempakketten installeren|Let op|Traceback|xcb-cursor0 or|Editable installation' \
        | head -12 | sed 's/^/         /' || true
    LAST_OUTPUT=$out
}

offscreen=(env QT_QPA_PLATFORM=offscreen)
scenario() {
    local name=$1
    [[ -z $only || $only == "$name" ]] || return 0
    local root=$work/$name log=$work/$name.log
    : >"$log"
    echo "fresh-debian: $name ($root, log $log)"
    make_root "$root"
    case $name in
        root-test-first)
            step "$root" "$log" root 0 " passed" bash tools/test.sh
            step "$root" "$log" root 0 "" bash tools/start.sh --help
            step "$root" "$log" root fail "Geen beeldscherm" bash tools/start.sh
            step "$root" "$log" root 0 "" "${offscreen[@]}" bash tools/start.sh --db /tmp/a.db --nieuw --startup-check
            ;;
        root-start-first)
            step "$root" "$log" root 0 "" bash tools/start.sh --help
            step "$root" "$log" root 0 "" bash tools/start.sh --db /tmp/demo.db --nieuw demo
            step "$root" "$log" root 0 " passed" bash tools/test.sh
            ;;
        user)
            step "$root" "$log" tester fail "Installeer eerst, als root" bash tools/test.sh
            local hint
            hint=$(grep -A1 '^Installeer eerst, als root:' <<<"$LAST_OUTPUT" | tail -1 | sed 's/^ *//')
            step "$root" "$log" tester fail "Installeer eerst, als root" bash tools/start.sh --help
            if [[ $hint == "apt-get update && apt-get install "* ]]; then
                echo "  root: $hint" | cut -c1-150
                step "$root" "$log" root 0 "" env DEBIAN_FRONTEND=noninteractive bash -c "${hint/apt-get install/apt-get install -y}"
            else
                echo "  FOUT geen apt-get-hint gevonden"; failures=$((failures + 1))
            fi
            step "$root" "$log" tester 0 "" bash tools/start.sh --help
            step "$root" "$log" tester fail "Geen beeldscherm" bash tools/start.sh
            step "$root" "$log" tester 0 "" "${offscreen[@]}" bash tools/start.sh --db /tmp/u.db --nieuw --startup-check
            step "$root" "$log" tester 0 " passed" bash tools/test.sh
            ;;
        *) echo "onbekend scenario: $name" >&2; exit 2 ;;
    esac
    unmount_all
}

scenario root-test-first
scenario root-start-first
scenario user
if (( failures )); then
    echo "fresh-debian: $failures stap(pen) niet zoals verwacht (logs in $work)"
    exit 1
fi
echo "fresh-debian: alles zoals verwacht"
