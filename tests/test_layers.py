"""The layers stay as drawn: core < kb, skills < agent < channels, jobs < hub; nothing imports upward.

Read from the source with `ast`, so a function-level import counts as much as a top-level one.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER = {"core": 0, "kb": 1, "skills": 1, "agent": 2, "channels": 3, "jobs": 3, "hub": 4}
# Peers on one layer may import each other only in this direction (so they cannot form a cycle):
# jobs deliver through the channels' adapters; channels are handed the jobs' intake by `hub`.
PEERS = {("skills", "kb"), ("jobs", "channels")}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & LAYER.keys()


def edges() -> set[tuple[str, str, str]]:
    result = set()
    for package in LAYER:
        for path in (ROOT / package).rglob("*.py"):
            for target in imports_of(path):
                if target != package:
                    result.add((package, target, str(path.relative_to(ROOT))))
    return result


def test_no_package_imports_upward_or_sideways():
    wrong = sorted(
        f"{where} imports {target}"
        for package, target, where in edges()
        if (LAYER[target] > LAYER[package]
            or (LAYER[target] == LAYER[package] and (package, target) not in PEERS))
    )
    assert not wrong, "\n".join(wrong)


def module_graph() -> dict[str, set[str]]:
    """Module → the modules it imports while loading (top level; not in functions or under TYPE_CHECKING)."""
    paths = {".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
             for package in LAYER for path in (ROOT / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        found: set[str] = set()
        pending = list(ast.parse(path.read_text(), filename=str(path)).body)
        while pending:
            node = pending.pop()
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.If | ast.Try | ast.With):
                pending += [*node.body, *getattr(node, "orelse", []), *getattr(node, "finalbody", []),
                            *[child for handler in getattr(node, "handlers", []) for child in handler.body]]
        graph[name] = {target for target in found if target in paths and target != name}
    return graph


def test_no_module_imports_itself_round_a_cycle():
    graph, state, path, cycles = module_graph(), {}, [], []

    def visit(module: str) -> None:
        state[module] = "open"
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append(" -> ".join(path[path.index(target):] + [target]))
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert not cycles, "\n".join(cycles)
