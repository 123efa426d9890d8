"""Every package the code imports is declared, every declared one is pinned where tested.

So that a later change cannot import something only present by accident (pydantic and httpx
once were), nor add a dependency that `make run` would install at an untested version.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.devtools.lock import read_pins

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
RUNTIME = [Requirement(r) for r in PROJECT["dependencies"]]
DEV = [Requirement(r) for r in PROJECT["optional-dependencies"]["dev"]]
BUILD = [Requirement(r) for r in PROJECT["optional-dependencies"]["build"]]
TUNE = [Requirement(r) for r in PROJECT["optional-dependencies"]["tune"]]
# Modules in bot/ that only regenerate committed files (`make places`, `make train-safety`,
# `make tune-safety`, `make lock`): they may import the `build`, `tune` and dev extras, and nothing
# the bot runs imports them.
BUILD_ONLY = {
    "bot/services/places_build.py",
    "bot/services/safety/training.py",
    "bot/services/safety/tuning.py",
    "bot/services/safety/fitting.py",
    "bot/services/safety/writing.py",
    "bot/devtools/lock.py",
}


def declared(requirements: list[Requirement]) -> set[str]:
    return {canonicalize_name(r.name) for r in requirements}


def imports(folder: Path) -> dict[str, set[str]]:
    """Top-level module -> files importing it, for absolute imports not guarded by
    ``except ImportError``, and the guarded ones marked with a trailing '?'."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        guarded: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and any(
                isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                for h in node.handlers
            ):
                guarded |= {id(n) for child in node.body for n in ast.walk(child)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0] + ("?" if id(node) in guarded else "")
                found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def third_party(folder: Path, own: set[str]) -> dict[str, set[str]]:
    return {
        module: files
        for module, files in imports(folder).items()
        if module.rstrip("?") not in sys.stdlib_module_names and module.rstrip("?") not in own
    }


def undeclared(modules: dict[str, set[str]], allowed: set[str]) -> list[str]:
    owners = metadata.packages_distributions()
    problems = []
    for module, files in sorted(modules.items()):
        name = module.rstrip("?")
        dists = {canonicalize_name(d) for d in owners.get(name, [])}
        if not dists:
            if module.endswith("?"):
                continue  # optional, and not installed here (a platform-specific package)
            if canonicalize_name(name) in allowed:
                continue  # declared under its own name (an extra this venv did not install)
            problems.append(f"{name} (imported by {sorted(files)[0]}) is not installed")
        elif not dists & allowed:
            problems.append(
                f"{name} (imported by {sorted(files)[0]}) comes from {sorted(dists)[0]}, "
                "which pyproject.toml does not declare"
            )
    return problems


def test_everything_the_bot_imports_is_a_declared_dependency():
    modules = third_party(ROOT / "bot", {"bot"})
    running = {m: files - BUILD_ONLY for m, files in modules.items() if files - BUILD_ONLY}
    building = {m: files & BUILD_ONLY for m, files in modules.items() if files & BUILD_ONLY}
    assert undeclared(running, declared(RUNTIME)) == []
    allowed = declared(RUNTIME) | declared(BUILD) | declared(DEV) | declared(TUNE)
    assert undeclared(building, allowed) == []


def test_the_build_only_modules_are_not_imported_by_the_bot():
    users = {
        file for module, files in imports(ROOT / "bot").items() if module == "bot" for file in files
    }
    for path in users:
        text = (ROOT / path).read_text()
        for module in BUILD_ONLY:
            name = module.removesuffix(".py").replace("/", ".")
            assert name not in text or path in BUILD_ONLY, (path, name)


def test_everything_the_tests_and_benchmarks_import_is_declared():
    allowed = declared(RUNTIME) | declared(DEV)
    own = {"bot", "tests", "common", "conftest"}
    for folder in ("tests", "bench"):
        # benchmarks may compare against what the build extra installs (bench/places.py)
        extra = declared(BUILD) if folder == "bench" else set()
        local = {path.stem for path in (ROOT / folder).glob("*.py")}  # bench/evening.py & co
        assert undeclared(third_party(ROOT / folder, own | local), allowed | extra) == [], folder


def test_every_range_has_an_upper_bound_and_admits_the_tested_version():
    pins = read_pins()
    problems = []
    for requirement in RUNTIME + DEV:
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # not for this platform: the lock made here cannot pin it
        name = canonicalize_name(requirement.name)
        if not any(spec.operator in ("<", "<=", "==", "~=") for spec in requirement.specifier):
            problems.append(f"{requirement}: no upper bound")
        if name not in pins:
            problems.append(f"{name}: not in constraints.txt (run `make lock`)")
        elif not requirement.specifier.contains(pins[name], prereleases=True):
            problems.append(f"{name}: constraints.txt pins {pins[name]}, outside {requirement}")
    assert problems == []


def test_the_installed_versions_are_the_pinned_ones():
    """What the tests run on is what constraints.txt says was tested."""
    pins = read_pins()
    drift = []
    for dist in metadata.distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name in pins and pins[name] != dist.version:
            drift.append(f"{name}: installed {dist.version}, pinned {pins[name]}")
    assert drift == [], "run `make test` (it reinstalls) or `make lock` after testing"
