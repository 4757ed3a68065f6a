"""``python -m dossier``: the same as the ``dossier`` command."""

from .cli import main

main()
