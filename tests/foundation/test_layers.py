"""The imports run one way: alerts → tracker → statements → reforms → plenaries → accounts → common;
kptracker only wires.

An import moved inside a function to dodge a cycle is a cycle: only an AppConfig's ready() may import
late, because models can only be imported once the apps are loaded.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

LAYERS = ["common", "accounts", "plenaries", "reforms", "statements", "tracker", "alerts"]  # bottom first
ROOT = Path(settings.BASE_DIR)


def imports(path: Path) -> list[tuple[str, bool]]:
    """(imported top-level package, imported inside a function other than ready()) for every import."""
    found = []

    def visit(node, in_function: bool):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, in_function or child.name != "ready")
            elif isinstance(child, ast.Import):
                found.extend((alias.name.split(".")[0], in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append((child.module.split(".")[0], in_function))
            else:
                visit(child, in_function)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def sources(package: str):
    return [path for path in (ROOT / package).rglob("*.py") if "migrations" not in path.parts]


@pytest.mark.parametrize("package", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(package):
    below = set(LAYERS[: LAYERS.index(package) + 1])
    upward = {
        (str(path.relative_to(ROOT)), imported)
        for path in sources(package)
        for imported, _late in imports(path)
        if imported in {*LAYERS, "kptracker"} and imported not in below
    }
    assert not upward


@pytest.mark.parametrize("package", [*LAYERS, "kptracker"])
def test_no_project_import_hides_inside_a_function(package):
    late = {
        (str(path.relative_to(ROOT)), imported)
        for path in sources(package)
        for imported, in_function in imports(path)
        if in_function and imported in {*LAYERS, "kptracker"}
    }
    assert not late
