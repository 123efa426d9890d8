"""The layers keep their arrows: handlers -> services and views -> scheduling -> storage.

Read from the source (every import, those inside functions included), so a new arrow the wrong
way fails here rather than in a review.
"""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"
MIGRATIONS = BOT / "storage" / "migrations"


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: str = "") -> dict[str, Path]:
    root = BOT / package.replace(".", "/") if package else BOT
    return {module_name(p): p for p in root.rglob("*.py") if MIGRATIONS not in p.parents}


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (``from bot.x import y`` counts as both
    bot.x and bot.x.y, since y may be a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_import_cycles_between_handler_modules():
    handlers = modules("handlers")
    graph = {
        name: {i for i in imports(path) if i in handlers and i != name and i != "bot.handlers"}
        for name, path in handlers.items()
        if name != "bot.handlers"  # the registry imports them all and nothing imports it
    }
    cycles = []

    def visit(name: str, trail: list[str]) -> None:
        for target in graph.get(name, ()):
            if target in trail:
                cycles.append([*trail[trail.index(target) :], target])
            else:
                visit(target, [*trail, target])

    for name in graph:
        visit(name, [name])
    assert not cycles, f"handler modules importing each other in a cycle: {cycles[0]}"


def test_setup_and_common_import_no_other_handler():
    handlers = modules("handlers")
    for name in ("bot.handlers.setup", "bot.handlers.common"):
        others = {i for i in imports(handlers[name]) if i in handlers and i != name}
        assert others <= {"bot.handlers.common"}, (name, others)


def test_scheduling_depends_only_on_storage_and_itself():
    allowed = ("bot.scheduling", "bot.storage", "bot.clock", "bot.config")
    for name, path in modules("scheduling").items():
        ours = {i for i in imports(path) if i == "bot" or i.startswith("bot.")}
        wrong = {i for i in ours if not i.startswith(allowed)}
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_services_know_nothing_of_telegram_views_or_handlers():
    for name, path in modules("services").items():
        wrong = {
            i
            for i in imports(path)
            if i.split(".")[0] == "telegram" or i.startswith(("bot.views", "bot.handlers"))
        }
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_views_know_nothing_of_telegram_or_handlers():
    for name, path in modules("views").items():
        wrong = {
            i
            for i in imports(path)
            if i.split(".")[0] == "telegram" or i.startswith("bot.handlers")
        }
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_callback_data_is_read_only_by_the_codec():
    readers = {
        name
        for name, path in modules().items()
        if "callback_query.data" in path.read_text() or "query.data" in path.read_text()
    }
    assert readers <= {"bot.handlers.common"}, readers  # common hands it to bot.callbacks


def test_no_module_is_too_long_to_read_in_one_sitting():
    lengths = {name: len(path.read_text().splitlines()) for name, path in modules().items()}
    assert max(lengths.values()) <= 700, max(lengths.items(), key=lambda kv: kv[1])
