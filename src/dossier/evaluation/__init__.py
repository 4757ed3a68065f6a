"""Evaluation of the dossier stages on public annotated sets (``dossier eval NAME``).

Each module here has ``evaluate(data_dir: Path, **options) -> dict`` returning plain
figures (floats, ints, strings) and never writes outside a temporary folder.
"""
