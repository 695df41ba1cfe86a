"""The package's layout shows the pipeline: each stage imports only itself and earlier stages.

text -> document model -> RDF -> SPARQL text -> store -> validate -> ingest ->
explore / publish -> CLI / app. The imports are read from the source (``ast``),
function-level ones included; those under ``if TYPE_CHECKING:`` are type hints
only and do not count. Every module must also import alone in a fresh
interpreter, which an import cycle would break.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "vnpolicy"

# The stage of each top-level module or package; a module may import its own stage or an earlier one.
STAGES = {
    "vnpolicy": 0, "vnpolicy.settings": 0, "vnpolicy.namespaces": 0, "vnpolicy.iris": 0, "vnpolicy.textnorm": 0,
    "vnpolicy.errors": 0, "vnpolicy.provinces": 0,
    "vnpolicy.read": 0.5,
    "vnpolicy.extract": 1,
    "vnpolicy.rdf": 2,
    "vnpolicy.sparql": 3,
    "vnpolicy.store": 4,
    "vnpolicy.validate": 5,
    "vnpolicy.records": 5.5,
    "vnpolicy.ingest": 6,
    "vnpolicy.explore": 7, "vnpolicy.publish": 7,
    "vnpolicy.cli": 8, "vnpolicy.app": 8, "vnpolicy.__main__": 8,
}
# Stages that share a rank are peers and must not import each other.
PEERS = [{"vnpolicy.explore", "vnpolicy.publish"}, {"vnpolicy.cli", "vnpolicy.app"}]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def stage_of(module: str) -> str:
    """The key of ``STAGES`` that ``module`` belongs to (the longest that prefixes it)."""
    candidates = [key for key in STAGES if module == key or module.startswith(key + ".")]
    if not candidates:
        raise AssertionError(f"{module} belongs to no stage: add it to STAGES in {__file__}")
    return max(candidates, key=len)


def is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imported_modules(path: Path) -> set[str]:
    """The project modules ``path`` imports, wherever in the file, outside ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(inner) for node in ast.walk(tree) if is_type_checking_block(node) for inner in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name in MODULES}


IMPORTS = {name: imported_modules(path) - {name} for name, path in MODULES.items()}


def test_every_module_belongs_to_a_stage():
    for module in MODULES:
        stage_of(module)


def test_no_module_imports_a_later_stage_or_a_peer():
    upward = []
    for module, targets in IMPORTS.items():
        own = stage_of(module)
        for target in targets:
            theirs = stage_of(target)
            if target == "vnpolicy" or theirs == own:
                continue
            if STAGES[theirs] > STAGES[own] or any({own, theirs} <= peers for peers in PEERS):
                upward.append(f"{module} imports {target}")
    assert not upward, "imports against the pipeline's order:\n" + "\n".join(sorted(upward))


def import_cycles() -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in IMPORTS[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in MODULES:
        if module not in index:
            visit(module)
    return groups


def test_no_import_cycles():
    assert import_cycles() == []


def test_the_cycle_finder_finds_a_cycle(monkeypatch):
    monkeypatch.setitem(IMPORTS, "vnpolicy.settings", IMPORTS["vnpolicy.settings"] | {"vnpolicy.errors"})
    monkeypatch.setitem(IMPORTS, "vnpolicy.errors", IMPORTS["vnpolicy.errors"] | {"vnpolicy.settings"})
    assert ["vnpolicy.errors", "vnpolicy.settings"] in import_cycles()


def import_alone(module: str) -> tuple[str, int, str]:
    process = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=600)
    return module, process.returncode, process.stderr.strip().splitlines()[-1:] and process.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("package", sorted({stage_of(module) for module in MODULES}))
def test_every_module_imports_alone_in_a_fresh_interpreter(package):
    modules = [module for module in MODULES if stage_of(module) == package and module != "vnpolicy.__main__"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        failures = [f"{module}: {error}" for module, code, error in pool.map(import_alone, modules) if code != 0]
    assert not failures, "\n".join(failures)
