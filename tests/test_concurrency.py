"""Several app instances (separate OS processes) on one team database file at once.

Each worker process runs the domain operations the app uses, driven line by line over
its stdin/stdout (one JSON object per line). The test lets every worker get ready and
wait on stdin, then sends them their work back to back, so they start together; the
real busy timeout (store.BUSY_TIMEOUT_MS) decides who waits. Nothing here sleeps.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from vergadering import clients, items, members, schema
from vergadering import store as store_module
from vergadering.clients import ClientInput
from vergadering.clock import FakeClock
from vergadering.items import Action, ItemInput
from vergadering.settings import Block, ItemType
from vergadering.store import StoreError, open_store

ROOT = Path(__file__).resolve().parents[1]
NEXT = dt.date(2026, 11, 24)  # the next meeting as seen from the clock fixture's Monday
TIMEOUT = 30  # seconds; a hang fails the test instead of the whole run

WORKER = r"""
import dataclasses, datetime as dt, json, sys
from vergadering import agenda, items
from vergadering.clock import FakeClock
from vergadering.items import ConflictError, ItemInput
from vergadering.problems import ValidationError
from vergadering.settings import Block, ItemType
from vergadering.store import StoreError, open_store

store = None
seen = {}  # item id -> the version this instance read

def run(op, a):
    global store
    if op == "open":
        now = dt.datetime.fromisoformat(a.get("now", "2026-11-23T09:00"))
        store = open_store(a["path"], FakeClock(now))
        return {}
    if op == "accept":
        try:
            created = agenda.accept_proposals(store, [(a["client"], None)], ItemType.VRAAG,
                                              "Doorgaan?", by=a["by"])
        except ValidationError as error:
            return {"refused": [[p.field, p.code.value] for p in error.problems]}
        return {"created": [i.id for i in created]}
    if op == "carry_over":
        return {"moved": items.carry_over(store)}
    if op == "queue_and_edit":
        ids = []
        for n in range(a["count"]):
            block = Block.ACUUT if n % 2 else Block.LOPEND
            item = items.queue_item(store, ItemInput(
                a["client"], a["by"], ItemType.VRAAG, block, f"{a['tag']} vraag {n}"),
                by=a["by"])
            ids.append(item.id)
            agenda.plan(store)  # reading while others write, as the planner does
        for n, item_id in enumerate(ids):
            item = items.get(store, item_id)
            edited = dataclasses.replace(item.as_input(), question=f"{a['tag']} vraag {n} bewerkt",
                                         minutes=item.minutes + 1)
            items.update_item(store, item_id, edited, by=a["by"], expected_version=item.version)
        return {"ids": ids}
    if op == "read":
        item = items.get(store, a["item"])
        seen[item.id] = item.version
        return {"version": item.version, "question": item.question}
    if op == "save":
        item = items.get(store, a["item"])
        mine = dataclasses.replace(item.as_input(), question=a["question"])
        try:
            saved = items.update_item(store, a["item"], mine, by=a["by"],
                                      expected_version=seen[a["item"]])
        except ConflictError as conflict:
            return {"conflict": {"question": conflict.current.question,
                                 "version": conflict.current.version,
                                 "mine": conflict.mine.question}}
        return {"saved": saved.version}
    if op == "ping":
        return {}
    raise ValueError(op)

for line in sys.stdin:
    command = json.loads(line)
    op = command.pop("op")
    if op == "quit":
        break
    print(json.dumps(run(op, command)), flush=True)
if store is not None:
    store.close()
"""


class Worker:
    """One app instance in its own process."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen(
            [sys.executable, "-W", "error", "-c", WORKER], cwd=ROOT, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def send(self, op: str, **args: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.process.stdin.flush()

    def reply(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:  # the worker died: show why
            _, err = self.process.communicate(timeout=TIMEOUT)
            pytest.fail(f"worker exited with {self.process.returncode}:\n{err}")
        result: dict[str, Any] = json.loads(line)
        return result

    def ask(self, op: str, **args: Any) -> dict[str, Any]:
        self.send(op, **args)
        return self.reply()

    def finish(self) -> tuple[int, str]:
        self.send("quit")
        _, err = self.process.communicate(timeout=TIMEOUT)
        return self.process.returncode, err

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


def _started(count: int) -> Iterator[list[Worker]]:
    started = [Worker() for _ in range(count)]
    # A worker that hangs is killed, so a read from it ends and the test fails.
    watchdog = threading.Timer(TIMEOUT, lambda: [w.process.kill() for w in started])
    watchdog.start()
    yield started
    watchdog.cancel()
    for worker in started:
        worker.kill()


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    yield from _started(4)


@pytest.fixture
def eight_workers() -> Iterator[list[Worker]]:
    """A team of eight on one file, as from their own PCs through a shared folder."""
    yield from _started(8)


def together(workers: list[Worker], op: str, args: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every worker is idle and waiting on its stdin; hand out the work back to back,
    then collect the replies."""
    for worker in workers:  # barrier: each has started, imported and answered
        assert worker.ask("ping") == {}
    for worker, a in zip(workers, args, strict=True):
        worker.send(op, **a)
    return [worker.reply() for worker in workers]


def finished_cleanly(workers: list[Worker]) -> None:
    for worker in workers:
        code, err = worker.finish()
        assert (code, err) == (0, "")  # no crash, no "database is locked", no warning


@pytest.fixture
def team_file(tmp_path: Path, clock: FakeClock) -> tuple[Path, list[int], list[int]]:
    """A team database file with eight members and a client each, closed again."""
    path = tmp_path / "team.db"
    store = open_store(path, clock)
    try:
        member_ids = [members.add_member(store, name).id
                      for name in ("Anna", "Bram", "Carol", "Daan", "Eva", "Fatima", "Gijs",
                                   "Hanna")]
        client_ids = [clients.add_client(store, ClientInput(f"C-{n}", m)).id
                      for n, m in enumerate(member_ids)]
    finally:
        store.close()
    return path, member_ids, client_ids


def test_four_instances_queue_and_edit_at_the_same_moment(
    workers: list[Worker], team_file: tuple[Path, list[int], list[int]], clock: FakeClock
) -> None:
    queue_and_edit_together(workers, team_file, clock, count=25)


def test_eight_instances_queue_and_edit_at_the_same_moment(
    eight_workers: list[Worker], team_file: tuple[Path, list[int], list[int]], clock: FakeClock
) -> None:
    queue_and_edit_together(eight_workers, team_file, clock, count=20)


def queue_and_edit_together(workers: list[Worker], team_file: tuple[Path, list[int], list[int]],
                            clock: FakeClock, count: int) -> None:
    """Every instance queues ``count`` items, reading the agenda after each, then edits
    them all: no lost item, no lost edit, no "database is locked", positions intact."""
    path, member_ids, client_ids = team_file
    together(workers, "open", [{"path": str(path)}] * len(workers))
    replies = together(workers, "queue_and_edit", [
        {"tag": f"w{n}", "count": count, "client": client_ids[n], "by": member_ids[n]}
        for n in range(len(workers))])
    finished_cleanly(workers)

    store = open_store(path, clock)
    try:
        everything = items.list_items(store, NEXT, status=None)
        assert len(everything) == len(workers) * count  # no lost item
        assert sorted(i.id for i in everything) == sorted(i for r in replies for i in r["ids"])
        assert store.query("SELECT count(*) FROM meeting")[0][0] == 1  # created once
        for n, reply in enumerate(replies):
            for k, item_id in enumerate(reply["ids"]):
                item = items.get(store, item_id)
                assert item.question == f"w{n} vraag {k} bewerkt"  # no lost edit
                assert (item.version, item.minutes) == (2, 6)
                assert item.client_id == client_ids[n]
                assert [c.action for c in items.history(store, item_id)] == [Action.QUEUED,
                                                                             Action.EDITED]
        for block in Block:  # every item got its own place at the end of its block
            positions = sorted(i.position for i in everything if i.block is block)
            assert positions == list(range(1, len(positions) + 1))
    finally:
        store.close()


class _LetsAnotherInstanceIn:
    """A connection that, just before its first statement about ``sqlite_master``,
    lets another instance open (and so create) the same database file: the moment two
    people starting the app on a new team file at once can meet."""

    def __init__(self, conn: sqlite3.Connection, other: Callable[[], None]) -> None:
        self._conn = conn
        self._other: Callable[[], None] | None = other

    def execute(self, sql: str, *params: Any) -> sqlite3.Cursor:
        if self._other is not None and "sqlite_master" in sql:
            other, self._other = self._other, None
            other()
        return self._conn.execute(sql, *params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_two_instances_creating_the_same_new_file_at_once(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared" / "new.db"
    real_connect = store_module._connect

    def other_instance() -> None:
        # A short wait: if this instance holds a read lock, the other one would wait
        # for it (and the race cannot happen); here it must not block this thread.
        monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
        with contextlib.suppress(StoreError):
            open_store(path, clock).close()

    def connect_once(uri: str) -> sqlite3.Connection:
        monkeypatch.setattr(store_module, "_connect", real_connect)
        return _LetsAnotherInstanceIn(real_connect(uri), other_instance)  # type: ignore[return-value]

    monkeypatch.setattr(store_module, "_connect", connect_once)
    store = open_store(path, clock)
    try:
        assert store.is_empty()
        assert store.query("PRAGMA user_version")[0][0] == schema.VERSION
    finally:
        store.close()


@pytest.fixture
def one_item(team_file: tuple[Path, list[int], list[int]], clock: FakeClock
             ) -> tuple[Path, int, list[int]]:
    path, member_ids, client_ids = team_file
    store = open_store(path, clock)
    try:
        item = items.queue_item(store, ItemInput(client_ids[0], member_ids[0], ItemType.KWESTIE,
                                                 Block.ACUUT, "Oorspronkelijke vraag"),
                                by=member_ids[0])
    finally:
        store.close()
    return path, item.id, member_ids


def test_the_later_save_of_the_same_item_is_refused_with_the_other_version(
    workers: list[Worker], one_item: tuple[Path, int, list[int]], clock: FakeClock
) -> None:
    path, item_id, (anna, bram, *_) = one_item
    a, b = workers[:2]
    together([a, b], "open", [{"path": str(path)}] * 2)
    assert together([a, b], "read", [{"item": item_id}] * 2) == [
        {"version": 1, "question": "Oorspronkelijke vraag"}] * 2

    assert a.ask("save", item=item_id, question="Anna's vraag", by=anna) == {"saved": 2}
    assert b.ask("save", item=item_id, question="Brams vraag", by=bram) == {
        "conflict": {"question": "Anna's vraag", "version": 2, "mine": "Brams vraag"}}
    finished_cleanly([a, b])

    store = open_store(path, clock)
    try:
        item = items.get(store, item_id)
        assert (item.question, item.version, item.updated_by) == ("Anna's vraag", 2, "Anna")
        assert [(c.action, c.by) for c in items.history(store, item_id)] == [
            (Action.QUEUED, "Anna"), (Action.EDITED, "Anna")]
    finally:
        store.close()


def test_two_saves_of_the_same_item_at_the_same_moment(
    workers: list[Worker], one_item: tuple[Path, int, list[int]], clock: FakeClock
) -> None:
    path, item_id, member_ids = one_item
    together(workers, "open", [{"path": str(path)}] * len(workers))
    together(workers, "read", [{"item": item_id}] * len(workers))
    texts = [f"versie van {n}" for n in range(len(workers))]
    replies = together(workers, "save", [
        {"item": item_id, "question": text, "by": member}
        for text, member in zip(texts, member_ids[:len(texts)], strict=True)])
    finished_cleanly(workers)

    winners = [n for n, r in enumerate(replies) if r == {"saved": 2}]
    assert len(winners) == 1  # exactly one save wins ...
    winner = texts[winners[0]]
    for n, reply in enumerate(replies):
        if n != winners[0]:  # ... and every other one sees it, keeping what it typed
            assert reply == {"conflict": {"question": winner, "version": 2, "mine": texts[n]}}
    store = open_store(path, clock)
    try:
        item = items.get(store, item_id)
        assert (item.question, item.version) == (winner, 2)
        assert [c.action for c in items.history(store, item_id)] == [Action.QUEUED,
                                                                     Action.EDITED]
    finally:
        store.close()


def test_four_instances_carry_over_at_the_same_moment(
    workers: list[Worker], team_file: tuple[Path, list[int], list[int]], clock: FakeClock
) -> None:
    # Every instance carries over when it shows the agenda; an item moves only once.
    path, member_ids, client_ids = team_file
    store = open_store(path, clock)
    try:
        queued = [items.queue_item(store, ItemInput(c, m, ItemType.MEDEDELING, Block.LOPEND),
                                   by=m).id
                  for m, c in zip(member_ids, client_ids, strict=True) for _ in range(5)]
    finally:
        store.close()
    day_after = "2026-11-25T08:00"  # Tuesday's meeting never ran
    together(workers, "open", [{"path": str(path), "now": day_after}] * len(workers))
    replies = together(workers, "carry_over", [{}] * len(workers))
    finished_cleanly(workers)

    assert sum(r["moved"] for r in replies) == len(queued)
    store = open_store(path, clock)
    try:
        moved = items.list_items(store, dt.date(2026, 12, 1))
        assert [i.id for i in moved] == queued  # order kept
        assert {i.carried_over for i in moved} == {1}
        assert items.list_items(store, NEXT) == []
    finally:
        store.close()


def test_two_chairs_accept_the_same_proposal_at_the_same_moment(
    workers: list[Worker], team_file: tuple[Path, list[int], list[int]], clock: FakeClock
) -> None:
    path, member_ids, client_ids = team_file
    together(workers, "open", [{"path": str(path)}] * len(workers))
    replies = together(workers, "accept", [{"client": client_ids[0], "by": m}
                                           for m in member_ids[:len(workers)]])
    finished_cleanly(workers)

    created = [r for r in replies if "created" in r]
    assert len(created) == 1
    assert [r for r in replies if "refused" in r] == [
        {"refused": [["client", "already_on_agenda"]]}] * (len(workers) - 1)
    store = open_store(path, clock)
    try:
        assert [i.id for i in items.list_items(store, NEXT)] == created[0]["created"]
    finally:
        store.close()
