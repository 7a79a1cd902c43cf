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
