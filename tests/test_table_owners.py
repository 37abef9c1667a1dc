"""Every table has one owning module in ``vergadering/``: only it writes the table, it
says so in its docstring ("owns: table X"), and other modules call its public
functions, never another module's private ones."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from vergadering.store import TABLES

DOMAIN = Path(__file__).resolve().parent.parent / "vergadering"
OWNERS = {
    "setting": "settings", "member": "members", "client": "clients",
    "client_dates": "clients", "meeting": "meetings", "item": "items",
    "item_change": "items", "meeting_event": "meeting_events", "decision": "decisions",
    "rating": "ratings", "rating_respondent": "ratings", "consultation": "consultations",
    "action": "actions",
}
# Migrations write data once, as they run: they are no owner of the data.
NOT_OPERATIONS = {"schema"}
_WRITE = re.compile(r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)")


def _modules() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in DOMAIN.glob("*.py")}


def _sql_strings(source: str) -> list[str]:
    """The string literals of a module (adjacent literals joined, as Python does)."""
    return [node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_every_table_has_an_owner() -> None:
    assert set(OWNERS) == set(TABLES)


def test_only_the_owner_writes_a_table() -> None:
    writers: dict[str, set[str]] = {}
    for name, source in _modules().items():
        if name in NOT_OPERATIONS:
            continue
        for text in _sql_strings(source):
            for table in _WRITE.findall(text):
                if table in OWNERS:
                    writers.setdefault(table, set()).add(name)
    assert writers == {table: {owner} for table, owner in OWNERS.items()}


def test_each_owner_says_what_it_owns() -> None:
    modules = _modules()
    for table, owner in OWNERS.items():
        docstring = ast.get_docstring(ast.parse(modules[owner])) or ""
        owns = next((line for line in docstring.splitlines() if line.startswith("owns:")), "")
        assert re.search(rf"\b{table}\b", owns), (owner, table)


def test_no_module_calls_a_private_function_of_another() -> None:
    found: list[str] = []
    for name, source in _modules().items():
        tree = ast.parse(source)
        imported = {alias.asname or alias.name for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module is None
                    for alias in node.names}  # from . import items as agenda_items
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in imported and node.attr.startswith("_")
                    and not node.attr.startswith("__")):
                found.append(f"{name}: {node.value.id}.{node.attr} (line {node.lineno})")
    assert found == []
