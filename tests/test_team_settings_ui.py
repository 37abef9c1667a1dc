"""The Instellingen tab: the team's meeting settings, validated before they are stored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt, QTime, QTimer

from ui.team.settings_form import SettingsForm
from vergadering import settings
from vergadering.clock import FakeClock
from vergadering.settings import Block, ItemType, TeamSettings
from vergadering.store import StoreError, StoreProblem, open_store


@pytest.fixture
def form(qtbot, store):
    widget = SettingsForm(store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_new_team_sees_the_recommended_defaults(form):
    assert form.length.value() == 90
    assert form.lopend_first.isChecked() and not form.acuut_first.isChecked()
    assert "raadt af om met acute punten te beginnen" in form.order_hint.text()
    assert [form.item_minutes[t].value() for t in ItemType] == [2, 5, 10]
    assert form.horizon.value() == 6
    assert not form.privacy.isChecked()
    assert form.weekday.currentText() == "dinsdag"
    assert form.summary.text() == "Blokken samen 90 van 90 minuten"
    assert not form.save_action.isEnabled()  # nothing to save yet


def test_the_summary_follows_the_budgets_as_you_type(qtbot, form):
    form.acuut.setValue(45)
    assert form.summary.text() == "Blokken samen 105 van 90 minuten: 15 minuten te veel"
    form.length.setValue(120)
    assert form.summary.text().startswith("Blokken samen 105 van 120 minuten")
    assert form.end_label.text() == "tot 11:00"


def test_one_minute_is_said_in_the_singular(qtbot, form):
    """"1 minuut te veel", "1 minuut blijft over", "hard na 1 minuut" (they were
    "1 minuten te veel", "1 minuten blijven over", "hard na 1 minuten")."""
    acuut = form.acuut.value()
    form.acuut.setValue(acuut + 1)
    assert form.summary.text() == "Blokken samen 91 van 90 minuten: 1 minuut te veel"
    form.acuut.setValue(acuut - 1)
    assert form.summary.text() == (
        "Blokken samen 89 van 90 minuten; 1 minuut blijft over voor opening en afronding")
    form.acuut.setValue(acuut - 2)
    assert form.summary.text() == (
        "Blokken samen 88 van 90 minuten; 2 minuten blijven over voor opening en afronding")
    form.acuut_first.setChecked(True)
    form.acuut.setValue(1)
    assert form.order_hint.text().endswith("Het acute blok stopt daarom hard na 1 minuut.")
    form.acuut.setValue(2)
    assert form.order_hint.text().endswith("Het acute blok stopt daarom hard na 2 minuten.")


def test_budgets_over_the_meeting_length_show_the_message_and_nothing_is_saved(qtbot, form):
    form.acuut.setValue(60)
    form.lopend.setValue(60)
    assert form.save() is False
    message = form.errors["acuut_budget"]
    assert message.isVisible()
    assert "De blokken samen (120 min)" in message.text()
    assert "30 min korter" in message.text()
    assert settings.load(form.store) == TeamSettings()
    assert (form.acuut.value(), form.lopend.value()) == (60, 60)  # nothing lost

    form.lopend.setValue(30)  # fixing it removes the message while editing
    assert not message.isVisible()


def test_an_empty_team_name_is_refused_and_kept_as_typed(qtbot, form):
    form.team_name.clear()
    form.horizon.setValue(12)
    assert form.save() is False
    assert "Teamnaam is verplicht" in form.errors["team_name"].text()
    assert form.horizon.value() == 12
    assert settings.load(form.store).horizon_months == 6


def test_ctrl_s_saves_and_the_values_round_trip(qtbot, form, store):
    form.team_name.setText("  FACT Noord ")
    form.weekday.setCurrentIndex(3)
    form.start.setTime(QTime(13, 30))
    form.length.setValue(120)
    form.acuut.setValue(40)
    form.lopend.setValue(70)
    form.acuut_first.setChecked(True)
    form.item_minutes[ItemType.KWESTIE].setValue(15)
    form.horizon.setValue(4)
    form.privacy.setChecked(True)
    assert form.has_unsaved_changes()
    form.team_name.setFocus()
    qtbot.waitUntil(form.team_name.hasFocus)
    qtbot.keyClick(form.team_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    stored = settings.load(store)
    assert stored == TeamSettings(
        team_name="FACT Noord", meeting_weekday=3, meeting_start=dt.time(13, 30),
        meeting_minutes=120, acuut_budget=40, lopend_budget=70, first_block=Block.ACUUT,
        default_minutes={ItemType.MEDEDELING: 2, ItemType.VRAAG: 5, ItemType.KWESTIE: 15},
        horizon_months=4, privacy_mode=True)
    assert form.team_name.text() == "FACT Noord"
    assert not form.has_unsaved_changes()
    assert form.status.text() == "Opgeslagen."
    assert "hard na 40 minuten" in form.order_hint.text()

    again = SettingsForm(store)
    qtbot.addWidget(again)
    assert again.values() == stored


def test_herstel_goes_back_to_what_is_stored(qtbot, form):
    form.team_name.setText("Iets anders")
    form.acuut.setValue(10)
    assert form.revert_action.isEnabled()
    form.revert_action.trigger()
    assert form.values() == TeamSettings()
    assert not form.revert_action.isEnabled()


def test_a_storage_problem_shows_a_message_and_keeps_the_form(qtbot, form, monkeypatch):
    def locked(store, values):
        raise StoreError(StoreProblem.LOCKED, "team.db")

    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr("ui.common.BUSY_GIVE_UP_S", 0.3)  # stays busy: given up soon
    monkeypatch.setattr(settings, "save", locked)
    form.team_name.setText("FACT Zuid")
    assert form.save() is False
    assert len(shown) == 1 and "bezet" in shown[0]
    assert form.team_name.text() == "FACT Zuid"
    assert form.has_unsaved_changes()


def test_the_settings_are_saved_while_a_colleague_saves(qtbot, tmp_path, monkeypatch):
    """Another computer holds the team file for a moment: Opslaan waits without freezing
    the window and succeeds, with no error shown."""
    shown: list[str] = []
    monkeypatch.setattr("ui.common.show_error", lambda parent, text, title=None: shown.append(text))
    team = open_store(tmp_path / "team.db", FakeClock(dt.datetime(2026, 11, 23, 9, 0)),
                      create=True)
    try:
        widget = SettingsForm(team)
        qtbot.addWidget(widget)
        widget.team_name.setText("FACT Noord")
        other = sqlite3.connect(team.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # a colleague's save
        QTimer.singleShot(600, other.rollback)
        started = time.monotonic()
        assert widget.save() is True
        other.close()
        assert time.monotonic() - started >= 0.5  # it did wait for the colleague
        assert shown == [] and widget.form_error.text() == ""
        assert settings.load(team).team_name == "FACT Noord"
        assert widget.status.text() == "Opgeslagen."
    finally:
        team.close()


def test_a_change_saved_elsewhere_shows_unless_the_form_has_edits(qtbot, form, store):
    settings.save(store, dataclasses.replace(TeamSettings(), team_name="Van elders"))
    assert form.team_name.text() == "Van elders"

    form.horizon.setValue(9)  # an edit in progress is never overwritten
    settings.save(store, dataclasses.replace(TeamSettings(), team_name="Nog eens"))
    assert form.horizon.value() == 9
    assert form.team_name.text() == "Van elders"
    form.revert_action.trigger()
    assert form.team_name.text() == "Nog eens"


def test_read_only_store_disables_the_form_and_says_why(qtbot, store):
    store.read_only = True
    widget = SettingsForm(store)
    qtbot.addWidget(widget)
    assert not widget.team_name.isEnabled()
    assert not widget.acuut.isEnabled()
    widget.team_name.setText("x")  # even if something changes, it cannot be saved
    assert not widget.save_action.isEnabled()
    assert widget.save() is False
    assert "alleen-lezen" in widget.read_only_label.text()
