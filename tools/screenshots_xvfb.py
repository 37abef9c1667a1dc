"""Check the app's windows in a real X session: laptop + beamer, keyboard only.

One Xvfb screen split into two RandR monitors (the laptop on the left, a 1280x720 beamer
to its right), openbox as the window manager, keys sent with xdotool to the chair's
window, screenshots with ``import -window root`` plus crops of each monitor. For each
laptop size (1366x768 and 1280x720) a fresh demo database goes through a whole meeting:

    agenda -> (settings for the time-up state) -> meeting started -> F6 projector ->
    item running -> bell -> decision form -> decision + next item -> block time up
    (prompt, "Toch nemen" dialog) -> privacy mode -> closing -> Ctrl+Q from another area

Checks: the chair's window lies fully inside the laptop monitor, the projector on the
beamer monitor, the focus stays on the chair's window after F6, and after Ctrl+Q no
window and no process is left. Exits 1 if a check fails, 2 if the run itself broke.

    .venv/bin/python tools/screenshots_xvfb.py [OUTPUT_DIR] [--display :61]
        [--sizes 1366x768,1280x720] [--no-time-up]

Needs Xvfb, openbox, xdotool, xrandr and ImageMagick (import, convert). Works as root.
Settings and data go to temporary XDG folders, never the user's own. The time-up state
needs about a minute of real waiting per size: the tool sets the acute block to 1 minute
and "eerst acute punten" (Team > Instellingen) before the meeting; --no-time-up skips
that (and the state).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEAMER = (1280, 720)
CHAIR_TITLE = r"— Vergadering$"
PROJECTOR_TITLE = r"beamer"
TIME_UP_TITLE = r"is op$|Toch nemen"


class RunError(Exception):
    """The run could not go on (a window did not appear, a tool failed)."""


@dataclass
class Geometry:
    x: int
    y: int
    w: int
    h: int

    def inside(self, x: int, y: int, w: int, h: int) -> bool:
        return (self.x >= x and self.y >= y and self.x + self.w <= x + w
                and self.y + self.h <= y + h)

    def __str__(self) -> str:
        return f"{self.w}x{self.h}+{self.x}+{self.y}"


@dataclass
class Report:
    states: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    checks: list[tuple[str, bool, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        self.checks.append((name, ok, detail))
        print(f"  [{'OK ' if ok else 'FOUT'}] {name}{': ' + detail if detail else ''}",
              flush=True)
        return ok

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"  note: {text}", flush=True)


class Session:
    """Xvfb + openbox + the app on one display, for one laptop size."""

    def __init__(self, display: str, laptop: tuple[int, int], out: Path, report: Report,
                 python: str) -> None:
        self.display = display
        self.laptop = laptop
        self.out = out
        self.report = report
        self.python = python
        self.tag = f"{laptop[0]}x{laptop[1]}"
        self.tmp = Path(tempfile.mkdtemp(prefix=f"vergadering-xvfb-{self.tag}-"))
        self.db = self.tmp / "team.db"
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.number = 0
        self.chair: str | None = None
        self.env = dict(os.environ)
        for folder in ("config", "data", "runtime", "cache"):
            (self.tmp / folder).mkdir(mode=0o700)
        self.env.update(
            DISPLAY=display, QT_QPA_PLATFORM="xcb",
            XDG_CONFIG_HOME=str(self.tmp / "config"), XDG_DATA_HOME=str(self.tmp / "data"),
            XDG_CACHE_HOME=str(self.tmp / "cache"),
            XDG_RUNTIME_DIR=str(self.tmp / "runtime"), HOME=str(self.tmp))
        self.env.pop("WAYLAND_DISPLAY", None)

    # -- processes ----------------------------------------------------------------------
    def x(self, *args: str, check: bool = True, timeout: float = 15) -> str:
        result = subprocess.run(args, env=self.env, capture_output=True, text=True,
                                timeout=timeout)
        if check and result.returncode != 0:
            raise RunError(f"{' '.join(args)}: {result.stderr.strip() or result.returncode}")
        return result.stdout

    def spawn(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115 (lives with the process)
        proc = subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=ROOT, start_new_session=True)
        self.procs[name] = proc
        return proc

    def start_x(self) -> None:
        lw, lh = self.laptop
        width, height = lw + BEAMER[0], max(lh, BEAMER[1])
        lock = Path(f"/tmp/.X{self.display.lstrip(':')}-lock")
        if lock.exists():
            raise RunError(f"display {self.display} is in use ({lock}): choose --display")
        self.spawn("xvfb", "Xvfb", self.display, "-screen", "0", f"{width}x{height}x24",
                   "+extension", "RANDR", "-nolisten", "tcp", "-noreset")
        wait_for(lambda: self.x("xdpyinfo", check=False, timeout=3) != "", 10,
                 "Xvfb did not start")
        bw, bh = BEAMER

        def monitors_set() -> bool:
            listed = self.x("xrandr", "--listmonitors", check=False)
            if "laptop" not in listed:
                self.x("xrandr", "--setmonitor", "laptop",
                       f"{lw}/300x{lh}/200+0+0", "screen", check=False)
            if "beamer" not in listed:
                self.x("xrandr", "--setmonitor", "beamer",
                       f"{bw}/300x{bh}/200+{lw}+0", "none", check=False)
            listed = self.x("xrandr", "--listmonitors", check=False)
            return "laptop" in listed and "beamer" in listed
        wait_for(monitors_set, 10, "xrandr --setmonitor did not hold")
        print("  " + self.x("xrandr", "--listmonitors").strip().replace("\n", "\n  "))
        self.spawn("openbox", "openbox")
        wait_for(lambda: "_NET_SUPPORTING_WM_CHECK" in self.x(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False)
            and "not found" not in self.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK",
                                          check=False), 10, "openbox did not start")

    def make_demo(self) -> None:
        env = dict(self.env, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([self.python, "main.py", "--db", str(self.db), "--nieuw",
                                 "demo"], env=env, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        if result.returncode != 0:
            raise RunError(f"demo: {result.stdout}{result.stderr}")
        print("  " + result.stdout.strip())

    def start_app(self) -> None:
        self.spawn("app", self.python, "main.py", "--db", str(self.db))
        self.chair = self.wait_window(CHAIR_TITLE, 60)

    def app_pid(self) -> int:
        return self.procs["app"].pid

    def stop(self) -> None:
        for name in ("app", "openbox", "xvfb"):
            proc = self.procs.get(name)
            if proc is None or proc.poll() is not None:
                continue
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(5)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    pass
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- windows ------------------------------------------------------------------------
    def windows(self, name: str = ".") -> list[str]:
        """The app's visible windows whose title matches ``name``."""
        out = self.x("xdotool", "search", "--all", "--onlyvisible", "--pid",
                     str(self.app_pid()), "--name", name, check=False)
        return out.split()

    def all_app_windows(self) -> list[str]:
        out = self.x("xdotool", "search", "--pid", str(self.app_pid()), check=False)
        return out.split()

    def wait_window(self, name: str, timeout: float = 10) -> str:
        found: list[str] = []

        def seen() -> bool:
            found[:] = self.windows(name)
            return bool(found)
        wait_for(seen, timeout, f"no window {name!r} within {timeout} s")
        return found[0]

    def wait_gone(self, name: str, timeout: float = 10) -> bool:
        return wait_for(lambda: not self.windows(name), timeout, "", must=False)

    def title(self, window: str) -> str:
        return self.x("xdotool", "getwindowname", window, check=False).strip()

    def geometry(self, window: str) -> Geometry:
        """The window's own area on the screen (xwininfo's absolute position: xdotool's
        getwindowgeometry adds the frame's title bar once more under openbox)."""
        out = self.x("xwininfo", "-id", window)
        nums = {k: int(v) for k, v in re.findall(
            r"(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)", out)}
        return Geometry(nums["Absolute upper-left X"], nums["Absolute upper-left Y"],
                        nums["Width"], nums["Height"])

    def frame_geometry(self, window: str) -> Geometry | None:
        """The window with the window manager's frame (_NET_FRAME_EXTENTS)."""
        out = self.x("xprop", "-id", window, "_NET_FRAME_EXTENTS", check=False)
        found = re.search(r"=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)", out)
        if found is None:
            return None
        left, right, top, bottom = (int(v) for v in found.groups())
        g = self.geometry(window)
        return Geometry(g.x - left, g.y - top, g.w + left + right, g.h + top + bottom)

    def active_title(self) -> str:
        return self.x("xdotool", "getactivewindow", "getwindowname", check=False).strip()

    def key(self, *keys: str, settle: float = 0.8) -> None:
        self.x("xdotool", "key", "--delay", "60", *keys)
        time.sleep(settle)

    def ensure_chair_focus(self, why: str) -> None:
        """Keys go to the focused window: put the focus back on the chair's window if
        it is elsewhere (and say so: the chair would have to click)."""
        active = self.active_title()
        if not re.search(CHAIR_TITLE, active):
            self.report.note(f"{self.tag} {why}: focus on {active!r}, not the chair's window;"
                             " activated it")
            self.x("xdotool", "windowactivate", str(self.chair), check=False)
            wait_for(lambda: bool(re.search(CHAIR_TITLE, self.active_title())), 3, "",
                     must=False)

    # -- screenshots --------------------------------------------------------------------
    def shoot(self, state: str) -> None:
        self.number += 1
        name = f"{self.tag}_{self.number:02d}_{state}"
        full = self.out / f"{name}.png"
        self.x("import", "-window", "root", str(full), timeout=30)
        lw, lh = self.laptop
        parts = [(full, "")]
        crops = {"laptop": f"{lw}x{lh}+0+0",
                 "beamer": f"{BEAMER[0]}x{BEAMER[1]}+{lw}+0"}
        for part, crop in crops.items():
            target = self.out / f"{name}_{part}.png"
            self.x("convert", str(full), "-crop", crop, "+repage", str(target), timeout=30)
            parts.append((target, part))
        self.report.files += [p for p, _ in parts]
        self.report.states.append(f"{self.tag} {state}")
        visible = ", ".join(f"{self.title(w)!r} {self.geometry(w)}" for w in self.windows())
        print(f"  {full.name}  [{visible}]", flush=True)


def wait_for(condition, timeout: float, message: str, *, must: bool = True,
             interval: float = 0.15) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if condition():
                return True
        except (RunError, subprocess.TimeoutExpired):
            pass
        if time.monotonic() > deadline:
            if must:
                raise RunError(message)
            return False
        time.sleep(interval)


def run_size(session: Session, time_up: bool) -> None:
    s, report, tag = session, session.report, session.tag
    lw, lh = s.laptop
    beamer = (lw, 0, BEAMER[0], BEAMER[1])
    print(f"\n== laptop {tag}, beamer {BEAMER[0]}x{BEAMER[1]} on {s.display}", flush=True)
    s.start_x()
    s.make_demo()
    s.start_app()
    time.sleep(1.5)  # the first paint

    def check_chair(when: str) -> None:
        g = s.geometry(str(s.chair))
        frame = s.frame_geometry(str(s.chair))
        report.check(f"{tag} {when}: chair's window with its frame inside the laptop monitor",
                     g.inside(0, 0, lw, lh) and (frame is None or frame.inside(0, 0, lw, lh)),
                     f"client {g}, frame {frame}, laptop {lw}x{lh}+0+0")

    check_chair("start")
    report.check(f"{tag} start: focus on the chair's window",
                 bool(re.search(CHAIR_TITLE, s.active_title())), s.active_title())
    s.shoot("agenda_start")

    if time_up:
        # Team > Instellingen: acute items first, 1 minute for them (for the time-up state).
        s.key("ctrl+5")
        s.key("alt+s")
        s.key("alt+u")
        s.key("alt+a", "ctrl+a")
        s.x("xdotool", "type", "--delay", "60", "1")
        s.key("Tab", "ctrl+s", settle=1.2)
        s.shoot("instellingen_acuut_1_minuut")

    # The meeting area, F5 and its question.
    s.key("ctrl+2", settle=1.5)
    s.shoot("vergadering_voor_start")
    s.key("F1")
    try:
        s.wait_window("^Sneltoetsen$", 5)
        s.shoot("sneltoetsen_vergadering")
        s.key("Escape")
    except RunError:
        report.skipped.append(f"{tag} sneltoetsen: F1 showed no window")
    s.ensure_chair_focus("after F1")
    s.key("F5")
    try:
        question = s.wait_window("Vandaag vergaderen", 5)
        s.shoot("vandaag_vergaderen")
        del question
        s.key("alt+v", settle=1.5)
    except RunError:
        report.note(f"{tag}: F5 asked no 'Vandaag vergaderen?' (meeting day is today?)")
    s.ensure_chair_focus("after starting the meeting")
    check_chair("meeting started")
    s.shoot("vergadering_gestart")

    # F6: the projector on the beamer, the focus stays with the chair.
    s.key("F6")
    try:
        projector = s.wait_window(PROJECTOR_TITLE, 10)
        time.sleep(1.0)
        g = s.geometry(projector)
        report.check(f"{tag} F6: projector on the beamer monitor", g.inside(*beamer),
                     f"{s.title(projector)!r} {g}, beamer {BEAMER[0]}x{BEAMER[1]}+{lw}+0")
        report.check(f"{tag} F6: projector fills the beamer",
                     (g.w, g.h) == BEAMER and (g.x, g.y) == (lw, 0), str(g))
    except RunError:
        projector = None
        report.check(f"{tag} F6: projector shown", False, "no projector window")
    active = s.active_title()
    report.check(f"{tag} F6: focus stays on the chair's window",
                 bool(re.search(CHAIR_TITLE, active)), repr(active))
    s.ensure_chair_focus("after F6")
    s.shoot("vergadering_gestart_beamer")

    # N: an item runs.
    s.key("n", settle=1.2)
    first_started = time.monotonic()
    s.shoot("punt_loopt")
    s.key("b", settle=0.5)
    s.shoot("belletje")
    time.sleep(2.5)  # the bell's flash passes
    s.shoot("belletje_daarna")

    # D: the decision form; 2 = afsluiten (needs nothing else), Ctrl+Enter records it.
    try:
        decide(s, shots=True)
        s.ensure_chair_focus("after the decision")
        s.shoot("besluit_vastgelegd")
        s.key("n", settle=1.2)
        s.shoot("volgend_punt")
    except RunError as error:
        report.skipped.append(f"{tag} besluit: {error}")

    if time_up:
        # The acute block has 1 minute from the first item's start: T (Toch nemen) works
        # once it is spent. Wait out most of the minute, then try T every few seconds.
        time.sleep(max(0.0, 50 - (time.monotonic() - first_started)))
        if not _press_until(s, "t", TIME_UP_TITLE, 45):
            report.skipped.append(f"{tag} tijd op: the block's time-up choice did not come")
        else:
            dialog = s.windows(TIME_UP_TITLE)[0]
            time.sleep(0.5)
            s.shoot("tijd_op_toch_nemen")
            report.check(f"{tag} time-up dialog inside the laptop monitor",
                         s.geometry(dialog).inside(0, 0, lw, lh), str(s.geometry(dialog)))
            s.key("Escape", settle=1.0)
            s.ensure_chair_focus("after the time-up dialog")
            s.shoot("tijd_op_prompt")
            s.key("m", settle=1.0)
            s.shoot("tijd_op_nog_1_minuut")
    else:
        report.skipped.append(f"{tag} tijd op: --no-time-up")

    # Privacy mode: Team > Instellingen > Privacymodus (Alt+Y), Ctrl+S, back.
    s.key("ctrl+5", settle=1.0)
    s.key("alt+s")
    s.key("alt+y")
    s.key("ctrl+s", settle=1.0)
    s.shoot("privacymodus_instelling")
    s.key("ctrl+2", settle=1.5)
    s.shoot("privacymodus")

    # Decide the item that still runs (D with none running would start the next one):
    # doorgaan with an action, by keyboard; then close the meeting (Ctrl+W).
    try:
        decide_with_action(s)
    except RunError as error:
        report.skipped.append(f"{tag} besluit met actie: {error}")
        s.key("Escape")
    s.ensure_chair_focus("before closing")
    s.key("ctrl+w")
    try:
        s.wait_window("Vergadering afsluiten", 5)
        time.sleep(0.5)
        s.shoot("afsluiten_vraag")
        s.key("alt+v", settle=0.5)   # CloseMeetingDialog: all acute to the next meeting
        s.key("alt+a", settle=1.5)   # Vergadering afsluiten (both dialogs)
        if s.windows("Vergadering afsluiten"):
            s.shoot("afsluiten_nog_open")
            raise RunError("the closing dialog stayed open")
        s.ensure_chair_focus("after closing")
        s.shoot("vergadering_afgesloten")
    except RunError as error:
        report.skipped.append(f"{tag} afsluiten: {error}")

    # Ctrl+Q from another area with the projector up.
    if not s.windows(PROJECTOR_TITLE):
        s.key("F6", settle=1.0)
    s.ensure_chair_focus("before Ctrl+Q")
    s.key("ctrl+1", settle=1.0)
    report.check(f"{tag} projector up before Ctrl+Q", bool(s.windows(PROJECTOR_TITLE)))
    s.shoot("agenda_voor_ctrl_q")
    pid = s.app_pid()
    s.key("ctrl+q", settle=0.3)
    exited = wait_for(lambda: s.procs["app"].poll() is not None, 10, "", must=False)
    if not exited and s.windows():
        s.shoot("ctrl_q_vraag")
        report.note(f"{tag}: Ctrl+Q left windows: "
                    + ", ".join(repr(s.title(w)) for w in s.windows()))
        exited = wait_for(lambda: s.procs["app"].poll() is not None, 5, "", must=False)
    report.check(f"{tag} Ctrl+Q: app process ended", exited,
                 f"exit status {s.procs['app'].poll()}")
    left = s.x("xdotool", "search", "--name", "Vergadering|beamer|Besluit", check=False).split()
    left_named = [f"{w} {s.title(w)!r}" for w in left]
    report.check(f"{tag} Ctrl+Q: no app window left", not left_named, ", ".join(left_named))
    pgrep = subprocess.run(["pgrep", "-f", str(s.db)], capture_output=True, text=True)
    report.check(f"{tag} Ctrl+Q: no process left (pgrep -f {s.db.name})",
                 pgrep.returncode == 1, pgrep.stdout.strip() or f"pid {pid} gone")
    s.shoot("na_ctrl_q")
    check_action_stored(s)


def decide(s: Session, *, shots: bool) -> None:
    """D, 7 (a follow-up, if due; nothing otherwise), 2 (afsluiten), Ctrl+Enter, and
    Alt+J on "Behandeling afsluiten?" if asked."""
    lw, lh = s.laptop
    s.key("d")
    form = s.wait_window("^Besluit", 3)
    if shots:
        time.sleep(0.4)
        s.shoot("besluitformulier")
        s.report.check(f"{s.tag} decision form inside the laptop monitor",
                       s.geometry(form).inside(0, 0, lw, lh), str(s.geometry(form)))
    s.key("7", "2")  # 7: the previous decision carried out fully, when the form asks
    if shots:
        s.shoot("besluitformulier_afsluiten")
    s.key("ctrl+Return", settle=1.0)
    if s.windows("^Behandeling afsluiten$"):
        if shots:
            s.shoot("behandeling_afsluiten_vraag")
        s.key("alt+j", settle=1.0)
    if not s.wait_gone("^Besluit", 5):
        s.shoot("besluit_niet_vastgelegd")
        raise RunError("the decision form stayed open after Ctrl+Enter")


ACTION_TEXT = "Huisarts bellen 789"  # digits: typed, not the form's 7/8/9


def decide_with_action(s: Session) -> None:
    """D; 7 (the previous decision carried out fully, when the form asks: the key does
    nothing otherwise); 1 doorgaan and its koers typed; Alt+C and an action typed straight
    away; Alt+J (discussed with the client); Ctrl+Enter. Checked in the file after Ctrl+Q."""
    s.key("d")
    s.wait_window("^Besluit", 3)
    time.sleep(0.4)
    s.key("7", "1", settle=0.4)
    s.x("xdotool", "type", "--delay", "40", "Zo doorgaan")
    s.key("alt+c", settle=0.0)  # no pause: typing at once must land in the action
    s.x("xdotool", "type", "--delay", "40", ACTION_TEXT)
    s.key("alt+j", settle=0.4)
    s.shoot("besluit_met_actie")
    s.key("ctrl+Return", settle=1.0)
    if not s.wait_gone("^Besluit", 5):
        s.shoot("besluit_met_actie_niet_vastgelegd")
        raise RunError("the decision with an action stayed open after Ctrl+Enter")
    s.shoot("besluit_met_actie_vastgelegd")


def check_action_stored(s: Session) -> None:
    """After Ctrl+Q: the action typed by keyboard is in the file, on a doorgaan decision
    with the koers typed and 'besproken: ja'."""
    import sqlite3
    with sqlite3.connect(s.db) as conn:
        rows = conn.execute(
            "SELECT a.what, d.kind, d.koers, d.discussed_with_client FROM action a"
            " JOIN decision d ON d.id = a.decision_id WHERE a.what = ?",
            (ACTION_TEXT,)).fetchall()
    s.report.check(f"{s.tag} the action typed by keyboard is stored with its decision",
                   rows == [(ACTION_TEXT, "doorgaan", "Zo doorgaan", "yes")], repr(rows))


def _press_until(s: Session, key: str, name: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s.key(key, settle=0.5)
        if s.windows(name):
            return True
        time.sleep(3)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="screenshots/xvfb", help="output folder")
    parser.add_argument("--display", default=":61", help="X display to use (default :61)")
    parser.add_argument("--sizes", default="1366x768,1280x720",
                        help="laptop sizes, comma-separated (default 1366x768,1280x720)")
    parser.add_argument("--no-time-up", action="store_true",
                        help="skip the block's time-up state (saves a minute per size)")
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    args = parser.parse_args()
    for tool in ("Xvfb", "openbox", "xdotool", "xrandr", "xprop", "xdpyinfo", "import",
                 "convert"):
        if not shutil.which(tool):
            print(f"missing: {tool}", file=sys.stderr)
            return 2
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    broken: list[str] = []
    for size in args.sizes.split(","):
        w, h = (int(v) for v in size.lower().split("x"))
        session = Session(args.display, (w, h), out, report, args.python)
        try:
            run_size(session, not args.no_time_up)
        except (RunError, subprocess.TimeoutExpired) as error:
            broken.append(f"{w}x{h}: {error}")
            print(f"  RUN BROKE: {error}", flush=True)
            try:
                session.shoot("fout")
            except (RunError, subprocess.TimeoutExpired, KeyError):
                pass
            log = session.tmp / "app.log"
            if log.exists():
                print("  app log (tail):\n" + log.read_text(errors="replace")[-2000:])
        finally:
            session.stop()

    print("\n== summary")
    print(f"states reached ({len(report.states)}):")
    for state in report.states:
        print(f"  {state}")
    print("skipped / not reached:")
    for item in report.skipped or ["  (none)"]:
        print(f"  {item}")
    print(f"files written: {len(report.files)} in {out}")
    for note in report.notes:
        print(f"note: {note}")
    failed = [c for c in report.checks if not c[1]]
    print(f"checks: {len(report.checks) - len(failed)} ok, {len(failed)} failed")
    for name, _ok, detail in failed:
        print(f"  FAILED {name}: {detail}")
    for item in broken:
        print(f"  RUN BROKE {item}")
    if broken:
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
