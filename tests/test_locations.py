"""The default database and the remembered one, found without Qt (ui/locations.py), are
what Qt finds (ui/paths.py): compared on this platform (Linux) in fresh processes,
because Qt keeps the folders it found for the life of a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ui import locations

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="compares with Qt's Linux folders")


def in_fresh_process(script: str, env: dict[str, str]) -> object:
    """Run ``script`` (which prints one JSON value) with ``env``; return that value."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env,
                            cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def environment(tmp_path: Path, **values: str | None) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    for name, value in values.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


BOTH_DEFAULTS = """
    import json
    from ui import locations, paths
    print(json.dumps([str(paths.default_database()), str(locations.default_database()),
                      paths.is_private(locations.default_database())]))
"""


@linux_only
@pytest.mark.parametrize("data_home", [None, "", "ABS", "ABS/", "relatief/map", "~/x"])
def test_the_default_database_is_where_qt_puts_it(tmp_path: Path,
                                                  data_home: str | None) -> None:
    if data_home is not None:
        data_home = data_home.replace("ABS", str(tmp_path / "data"))
    env = environment(tmp_path, XDG_DATA_HOME=data_home)
    qt, ours, private = in_fresh_process(BOTH_DEFAULTS, env)  # type: ignore[misc]
    assert Path(ours) == Path(qt)
    assert private
    expected = (Path(data_home) if data_home and data_home.startswith("/")
                else tmp_path / "home" / ".local" / "share")
    assert Path(ours) == expected / "vergadering" / "vergadering" / "vergadering.db"


def test_the_data_folder_on_windows_and_macos() -> None:
    windows = locations.data_folder({"APPDATA": r"C:\Users\an\AppData\Roaming"}, "win32")
    assert windows == Path(r"C:\Users\an\AppData\Roaming") / "vergadering" / "vergadering"
    mac = locations.data_folder({}, "darwin")
    assert mac == (Path.home() / "Library" / "Application Support" / "vergadering"
                   / "vergadering")


# Paths as a user may have chosen them: every character QSettings escapes or quotes.
CHOSEN = ["/teams/oost/team.db", "/a b/c.db", " begint met spatie.db", "eindigt op spatie ",
          "x,y.db", "punt;komma.db", "is=gelijk.db", 'aan"halings"teken.db',
          "back\\slash.db", "é ü 中.db", "@apenstaart.db", "tab\there.db", "#hekje.db",
          "C:\\Users\\x\\a.db", "a\\x41.db", "del\x7f.db", "procent%41.db", "ctrl\x01a.db", ""]

REMEMBER = """
    import json, sys
    from ui import locations, paths
    paths.remember_database(sys.argv[1])
    print(json.dumps([str(paths.remembered_database() or ""), paths.choose_database(None)[1]]))
"""


@linux_only
@pytest.mark.parametrize("chosen", CHOSEN)
def test_the_remembered_database_reads_as_qt_wrote_it(tmp_path: Path, chosen: str) -> None:
    config = tmp_path / "config"
    env = environment(tmp_path, XDG_CONFIG_HOME=str(config))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(REMEMBER), chosen],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    qt, _ = json.loads(result.stdout)
    ours = locations.remembered_database({"XDG_CONFIG_HOME": str(config)}, "linux")
    assert (str(ours) if ours else "") == qt


def test_nothing_remembered(tmp_path: Path) -> None:
    assert locations.remembered_database({"XDG_CONFIG_HOME": str(tmp_path)}, "linux") is None


def test_what_only_qt_can_read_is_left_to_qt(tmp_path: Path) -> None:
    conf = tmp_path / "vergadering" / "vergadering.conf"
    conf.parent.mkdir()
    for value in ("a, b", "@Variant(\\0\\0\\0\\n)", "x\\q"):
        conf.write_text(f"[database]\nlast={value}\n", encoding="utf-8")
        with pytest.raises(locations.NeedsQt):
            locations.remembered_database({"XDG_CONFIG_HOME": str(tmp_path)}, "linux")
    for platform in ("win32", "darwin"):
        with pytest.raises(locations.NeedsQt):
            locations.remembered_database({}, platform)


@linux_only
def test_the_command_line_opens_the_remembered_database_without_qt(tmp_path: Path) -> None:
    """Without --db, `overdue` reads the database the GUI opened last, as before."""
    from vergadering import members
    from vergadering.store import open_store

    team = tmp_path / "team folder" / "team,oost.db"
    team.parent.mkdir()
    store = open_store(team, create=True)
    members.add_member(store, "Anna de Vries")
    store.close()
    env = environment(tmp_path, XDG_CONFIG_HOME=str(tmp_path / "config"),
                      XDG_DATA_HOME=str(tmp_path / "data"))
    in_fresh_process(REMEMBER.replace("sys.argv[1]", repr(str(team))), env)
    script = """
        import contextlib, io, json, sys
        import main
        with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
            code = main.main(["overdue", "--format", "json"])
        from cli import database
        print(json.dumps([code, str(database.default_choice()[0]),
                          sorted(m for m in sys.modules if m.startswith("PySide6"))]))
    """
    code, path, qt = in_fresh_process(script, env)  # type: ignore[misc]
    assert (code, Path(path), qt) == (0, team, [])
