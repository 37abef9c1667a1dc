"""Free-text checks shared by every form: required, length, one line, no control codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vergadering.problems import Code, Problem, ValidationError, check_text


def check(value: str, **options: object) -> tuple[str, list[Code]]:
    problems: list[Problem] = []
    text = check_text(problems, "veld", value, max_length=options.pop("max_length", 10),
                      **options)  # type: ignore[arg-type]
    assert all(p.field == "veld" for p in problems)
    return text, [p.code for p in problems]


def test_text_is_trimmed() -> None:
    assert check("  hallo \n") == ("hallo", [])


def test_required() -> None:
    assert check("   ") == ("", [Code.REQUIRED])
    assert check("", required=False) == ("", [])


def test_too_long_reports_the_limit() -> None:
    problems: list[Problem] = []
    check_text(problems, "veld", "x" * 11, max_length=10)
    assert problems == [Problem("veld", Code.TOO_LONG, {"max": 10, "length": 11})]
    assert check("x" * 10) == ("x" * 10, [])


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "a\r\nb"])
def test_line_breaks(value: str) -> None:
    assert check(value) == (value, [Code.LINE_BREAK])
    assert check(value, single_line=False) == (value, [])


@pytest.mark.parametrize("value", ["a\x00b", "a\x07b", "a\x1bb", "a\x7fb"])
def test_control_characters(value: str) -> None:
    assert check(value)[1] == [Code.CONTROL_CHARACTERS]


def test_tabs_and_accents_are_ordinary_text() -> None:
    assert check("a\tb ë é") == ("a\tb ë é", [])


def test_validation_error_carries_every_problem() -> None:
    problems = [Problem("a", Code.REQUIRED), Problem("b", Code.TOO_LONG, {"max": 3})]
    error = ValidationError(problems)
    assert error.problems == problems
    assert "a: required" in str(error) and "b: too_long" in str(error)


@given(st.text(), st.integers(min_value=0, max_value=50), st.booleans(), st.booleans())
def test_check_text_never_crashes(value: str, max_length: int, required: bool,
                                  single_line: bool) -> None:
    problems: list[Problem] = []
    text = check_text(problems, "veld", value, max_length=max_length, required=required,
                      single_line=single_line)
    assert text == value.strip()
    assert all(isinstance(p.code, Code) for p in problems)
    if not problems:
        assert len(text) <= max_length
        assert text or not required
