"""The flow lives in the folders, and a test keeps it so.

Every module of ``dossier`` belongs to one layer: the shared core, a stage of the flow
(``ingest`` -> ``extract`` -> ``reconcile`` -> ``present``), ``evaluation``, or the
orchestration at the top (``pipeline``, ``scale``, ``cli``). A stage imports only from the core
and from stages before it; the core imports no stage; no stage imports the orchestration.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "dossier"

# modules at the top of the package that every layer may use
CORE = {"model", "settings", "errors", "lexicon", "outlets", "unionfind", "schema", "store", "kept"}
# the modules that know the order of the stages or run them; nothing below imports them
ORCHESTRATION = {"pipeline", "scale", "cli", "cache", "__init__", "__main__"}
STAGES = ["ingest", "extract", "reconcile", "present"]


def _layer(module: str) -> str:
    """The layer of a dotted module name inside ``dossier`` ("extract.claims" -> "extract")."""
    head = module.split(".")[0]
    if head in CORE:
        return "core"
    if head in ORCHESTRATION:
        return "orchestration"
    if head in STAGES or head == "evaluation":
        return head
    raise AssertionError(f"dossier.{module}: a module outside every layer; add it to one in this test")


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = rel.parts[:-1] if rel.parts[-1] == "__init__" and len(rel.parts) > 1 else rel.parts
        out.append((".".join(parts), path))
    return out


def _imports(module: str, path: Path) -> set[str]:
    """The ``dossier`` modules that ``module`` imports, as dotted names inside the package."""
    is_package = path.name == "__init__.py"
    package = module.split(".") if is_package else module.split(".")[:-1]
    if module == "__init__":
        package = []
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                names = [node.module] if node.module else [a.name for a in node.names]
                found |= {".".join([*base, n]) for n in names if n and n != "__version__"}
            elif node.module and node.module.startswith("dossier."):
                found.add(node.module.removeprefix("dossier."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("dossier.") for a in node.names if a.name.startswith("dossier.")}
    return {f for f in found if f}


def _allowed(src: str, dst: str, target_module: str = "") -> bool:
    if src == "orchestration":
        return True
    if dst == "orchestration":
        # the evaluation scores finished dossiers, so it may run the pipeline (never the CLI)
        return src == "evaluation" and target_module == "pipeline"
    if src == "core":
        return dst == "core"
    if dst == "core":
        return True
    if src == "evaluation":
        return dst in STAGES or dst == "evaluation"
    if dst == "evaluation":
        return False
    return STAGES.index(dst) <= STAGES.index(src)


def test_every_module_has_a_layer() -> None:
    for module, _ in _modules():
        if module:
            _layer(module)


def test_no_import_runs_against_the_flow() -> None:
    wrong = []
    for module, path in _modules():
        if not module:
            continue
        src = _layer(module)
        for target in sorted(_imports(module, path)):
            dst = _layer(target)
            if not _allowed(src, dst, target):
                wrong.append(f"dossier.{module} ({src}) imports dossier.{target} ({dst})")
    assert not wrong, "imports against ingest -> extract -> reconcile -> present:\n" + "\n".join(wrong)


@pytest.mark.parametrize("src,dst,ok", [
    ("extract", "ingest", True), ("ingest", "extract", False), ("present", "reconcile", True),
    ("reconcile", "present", False), ("core", "extract", False), ("extract", "orchestration", False),
    ("orchestration", "present", True), ("evaluation", "extract", True),
])
def test_the_rule_itself(src: str, dst: str, ok: bool) -> None:
    assert _allowed(src, dst) is ok


def test_evaluation_may_run_the_pipeline_but_not_the_cli() -> None:
    assert _allowed("evaluation", "orchestration", "pipeline")
    assert not _allowed("evaluation", "orchestration", "cli")
    assert not _allowed("extract", "orchestration", "pipeline")


def test_imports_are_read_from_relative_and_absolute_forms(tmp_path: Path) -> None:
    mod = tmp_path / "claims.py"
    mod.write_text("from ..model import X\nfrom .quantities import Y\nfrom . import dates\nimport dossier.present.views\n")
    assert _imports("extract.claims", mod) == {"model", "extract.quantities", "extract.dates", "present.views"}


def test_the_folders_tell_the_flow() -> None:
    for stage in [*STAGES, "evaluation"]:
        init = PACKAGE / stage / "__init__.py"
        assert init.exists(), f"dossier/{stage}/ is not a package"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"dossier/{stage}/__init__.py says nothing of its job"
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top <= CORE | ORCHESTRATION | {"lexicon"}, f"modules at the top outside the core: {sorted(top - CORE - ORCHESTRATION)}"


def test_modules_named_outside_the_package_exist() -> None:
    """The Makefile, benches and docs name modules by path (``from dossier.extract.nlp import``):
    each must still be importable after a module moves (a stale one broke ``make`` once)."""
    import importlib
    import re

    root = PACKAGE.parent.parent
    files = [root / "Makefile", root / "README.md", *sorted((root / "docs").glob("*.md")), *sorted((root / "bench").glob("*.py"))]
    named: set[str] = set()
    for f in files:
        named |= set(re.findall(r"from (dossier(?:\.\w+)+) import", f.read_text(encoding="utf-8")))
    assert "dossier.extract.nlp" in named  # the Makefile's model check
    missing = []
    for module in sorted(named):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError:
            missing.append(module)
    assert not missing, f"modules named in the Makefile, README, docs or benches that do not exist: {missing}"
