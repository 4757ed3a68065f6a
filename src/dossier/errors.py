"""Exceptions raised by the dossier library.

Tree::

    DossierError                 base class: catch this to catch them all
    ├── InputError               the input folder or a file in it cannot be read at all
    ├── ModelNotInstalledError   the spaCy model package is missing
    ├── StoreError               the DuckDB store cannot be written or read
    └── EvaluationDataError      an evaluation set is missing or not in the expected format

Bad articles are not exceptions: they become ``Rejection`` records and the build goes on.
"""

from __future__ import annotations


class DossierError(Exception):
    """Base class of every error the dossier library raises on purpose."""


class InputError(DossierError):
    """The input cannot be read at all (missing folder, no permission)."""


class ModelNotInstalledError(DossierError):
    """No usable spaCy English model is installed."""


class StoreError(DossierError):
    """The output store cannot be written or read."""


class EvaluationDataError(DossierError):
    """An evaluation data set is missing or malformed."""
