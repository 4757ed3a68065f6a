"""Ingest: read a folder (recursively) of .txt, .html/.htm and .jsonl files into raw articles.

What is read (sorted by path, so every run sees the same order; hidden files and folders
are skipped):

* ``.txt`` / ``.text`` — scraped page text, one article per file;
* ``.html`` / ``.htm`` / ``.xhtml`` — saved pages; trafilatura extracts the article text
  (comments excluded) and its metadata (title, author, date, site name);
* ``.jsonl`` / ``.ndjson`` — one article per line: ``text`` or ``html``, optional ``title``,
  ``url``, ``outlet``, ``published``, ``authors`` (and ``sitename``); the names common
  scrapers and datasets give these fields are read too (``_JSONL_KEYS``: ``body``/``maintext``/
  ``articleBody``, ``headline``, ``date``/``publish_date``/``date_publish``/``datePublished``,
  ``author``/``byline``, ``publisher``/``site_name``). The source of a line is its ``url`` or
  ``id``, else ``file.jsonl#L<n>``.

Other files are rejections naming their format (``README``/``LICENSE``-style files that
describe the folder are skipped with a debug note). The folder is walked without ever
looping: links are followed once; a symlink loop, a dangling link, an unreadable folder or
a special file is a rejection with its reason. dossier's own output folders (marker file
``.dossier-output``) are never read. Control characters (NUL, other C0/C1 controls, lone
surrogates) are removed from every text and the removal recorded as an ingest note. Bytes are decoded as UTF-8 (with or without BOM),
UTF-16 with a BOM, the charset an HTML page declares, else the encoding charset-normalizer
detects (Latin-1/cp1252 text comes out right).

A file that cannot be used becomes a ``Rejection(stage="ingest")`` whose reason says what
was found, what was expected and what to do, plus one warning in the log; the rest goes on:
binary files (NUL bytes, known magic numbers), empty files, undecodable bytes, texts too
short to be an article (``settings.min_words``), texts not in English (lingua, restricted to
a few dozen common languages), bad JSONL lines.

Very long inputs: the whole file is read, but only the first ``settings.max_chars``
characters go downstream, cut at the last paragraph break (else line break, else sentence
end) before the limit. The number of characters cut is kept in ``RawArticle.cut_chars``; the
clean stage records it as a ``Removed`` item with reason ``"other"``, and a warning is logged.
"""

from __future__ import annotations

import errno
import functools
import json
import logging
import os
import re
import stat
from pathlib import Path
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from ..errors import InputError
from ..model import RawArticle, Rejection
from ..settings import Settings

log = logging.getLogger(__name__)

TEXT_EXTS = {".txt": "txt", ".text": "txt"}
HTML_EXTS = {".html": "html", ".htm": "html", ".xhtml": "html"}
JSONL_EXTS = {".jsonl": "jsonl", ".ndjson": "jsonl"}

# leading bytes of common non-text files: what the file most likely is
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub document)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ", "an xz-compressed file"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc/.xls)"),
    (b"RIFF", "an audio/video/image file (RIFF)"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio/video file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"SQLite format 3", "an SQLite database"),
)

# the languages the detector chooses between: English and the languages news most often
# comes in besides it (a closed set keeps the detector fast and its guesses stable)
_LANGUAGES = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH", "RUSSIAN", "UKRAINIAN",
    "POLISH", "TURKISH", "ARABIC", "CHINESE", "JAPANESE", "KOREAN", "INDONESIAN", "MALAY", "SWEDISH",
    "DANISH", "BOKMAL", "FINNISH", "CZECH", "ROMANIAN", "HUNGARIAN", "GREEK", "HEBREW", "PERSIAN",
    "HINDI", "URDU", "BENGALI", "VIETNAMESE", "THAI", "TAGALOG", "SWAHILI", "CATALAN", "CROATIAN",
    "SERBIAN", "BULGARIAN", "SLOVAK",
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _language_detector() -> Any:
    """Build the lingua detector once per process (restricted language set, low-accuracy mode)."""
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> tuple[str | None, float]:
    """Guess the language of an article from its longest lines (page clutter is short).

    Args:
        text: decoded article text.

    Returns:
        ``(language name in lower case or None, confidence that it is English 0..1)``.
    """
    lines = sorted((ln.strip() for ln in text.splitlines() if len(ln.split()) >= 6), key=len, reverse=True)
    sample = " ".join(lines)[:3000] if lines else text[:3000]
    if not sample.strip():
        return None, 0.0
    from lingua import Language

    det = _language_detector()
    lang = det.detect_language_of(sample)
    english = det.compute_language_confidence(sample, Language.ENGLISH)
    if lang is not None and lang != Language.ENGLISH and len(lines) > 1:
        # an English story quoting posts in another language ("... 53 ölü, 12 esir pic.twitter.com/..."):
        # read line by line, the story's own lines are most of its words
        words = {True: 0, False: 0}
        for ln in lines:
            words[det.detect_language_of(ln) == Language.ENGLISH] += len(ln.split())
        if words[True] > words[False]:
            return "english", max(float(english), words[True] / (words[True] + words[False]))
    return (lang.name.lower() if lang is not None else None), float(english)


def _binary_kind(data: bytes) -> str | None:
    """Name what a binary file most likely is, or ``None`` for text."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data (it contains NUL bytes)"
    return None


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode the bytes of a text file, detecting the encoding when it is not UTF-8.

    Args:
        data: the file's bytes.
        html: look for a declared ``<meta charset>`` before detecting.

    Returns:
        ``(text, encoding name)``.

    Raises:
        UnicodeDecodeError: the bytes are not text in any encoding that can be detected.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.IGNORECASE)
        if m:
            enc = m.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode(enc), enc
            except (LookupError, UnicodeDecodeError):
                pass
    from charset_normalizer import from_bytes

    sample = data if len(data) <= 200_000 else data[:200_000]
    best = from_bytes(sample).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no text encoding fits these bytes")
    enc = best.encoding.lower()
    # English news in a single-byte encoding is nearly always Windows-1252 / Latin-1; the
    # detector sometimes names a sibling code page for short texts, which garbles quotes
    # and accents: prefer cp1252 whenever it decodes the bytes cleanly.
    if enc not in {"utf_16", "utf_32", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"}:
        try:
            text = data.decode("cp1252")
            if not re.search(r"[\x80-\x9f]", text):
                return text, "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode(best.encoding, errors="replace"), enc


def cap_text(text: str, max_chars: int) -> tuple[str, int]:
    """Cut a text longer than ``max_chars`` at the last paragraph break before the limit.

    Args:
        text: the decoded text.
        max_chars: the most characters that go downstream.

    Returns:
        ``(kept text, number of characters cut)``.
    """
    if len(text) <= max_chars:
        return text, 0
    head = text[:max_chars]
    for sep in ("\n\n", "\n", ". "):
        cut = head.rfind(sep)
        if cut > max_chars // 2:
            kept = head[: cut + (1 if sep == ". " else 0)]
            return kept, len(text) - len(kept)
    return head, len(text) - max_chars


def _reject(source: str, reason: str) -> Rejection:
    log.warning("%s: rejected at ingest: %s", source, reason)
    return Rejection(source=source, stage="ingest", reason=reason)


# control characters that are never article text: C0/C1 controls (not tab, CR, LF), lone
# surrogates (JSON can carry them; they cannot be written as UTF-8) and non-characters
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\x0b\x0c\x85]")  # vertical tab, form feed, next-line: line breaks


def strip_control(text: str) -> tuple[str, int]:
    """Remove control characters from a text (vertical tab, form feed and NEL become line breaks).

    Args:
        text: decoded text.

    Returns:
        ``(clean text, number of characters removed)``.
    """
    text = _BREAKS.sub("\n", text)
    clean, n = _CONTROL.subn("", text)
    return clean, n


def _sanitize(source: str, text: str, notes: list[Rejection]) -> str:
    """``strip_control``, recording what was removed as a note (the article is kept)."""
    clean, n = strip_control(text)
    if n:
        log.warning("%s: %d control characters removed", source, n)
        notes.append(
            Rejection(
                source=source,
                stage="ingest",
                reason=f"{n} control characters (NUL bytes or other non-text characters) were removed from the text; "
                "the article is kept. Re-save the file as plain UTF-8 text to avoid this.",
            )
        )
    return clean


# a news brief ("Forty soldiers were killed when gunmen attacked a base in the north, the army
# said on Sunday.") is shorter than ``min_words`` but is news: a full sentence of this many words
_BRIEF_SENTENCE_WORDS = 12
_BRIEF_MIN_WORDS = 15
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")


def too_short(text: str, settings: Settings) -> bool:
    """Whether ``text`` has too few words to be an article: fewer than ``settings.min_words``,
    unless it is a news brief — at least 15 words with one full sentence of 12 or more words ending
    in a full stop (a page frame's "Skip to content" or "More soon." is no sentence of news)."""
    words = len(text.split())
    if words >= settings.min_words:
        return False
    if words < min(_BRIEF_MIN_WORDS, settings.min_words):
        return True
    return not any(
        len(sent.split()) >= _BRIEF_SENTENCE_WORDS and sent.rstrip("\"'”’) ").endswith((".", "!", "?"))
        for line in text.splitlines()
        for sent in _SENTENCE_END.split(line.strip())
    )


def _check_text(source: str, text: str, settings: Settings) -> Rejection | None:
    """Too short to be an article, or not English: a rejection; else ``None``."""
    words = len(text.split())
    if words == 0:
        return _reject(source, "the file holds no text (only whitespace); expected an article. Remove it or save the article text into it.")
    if too_short(text, settings):
        return _reject(
            source,
            f"only {words} words of text; an article needs at least {settings.min_words} (setting min_words). "
            "If this is a real article, check that the whole story was saved, or lower min_words.",
        )
    lang, english = detect_language(text)
    if lang is not None and lang != "english" and english < 0.2:
        return _reject(
            source,
            f"the text looks like {lang.title()}, not English (English confidence {english:.2f}); dossier analyses "
            "English news only. Remove the file or add an English version of the article.",
        )
    return None


def _extract_html_plain(html: str) -> dict[str, Any]:
    """Fallback extraction without trafilatura: headings and paragraphs outside page chrome."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - an unparseable page simply yields no text
        return {"text": "", "title": None, "authors": (), "published": None, "sitename": None, "url": None}
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside|//form"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in tree.xpath("//h1|//h2|//h3|//p|//li[not(ancestor::p)]")]
    titles = tree.xpath("//title/text()")
    site = tree.xpath("//meta[@property='og:site_name']/@content")
    return {
        "text": "\n".join(b for b in blocks if b),
        "title": (tree.xpath("//h1") and " ".join(tree.xpath("//h1")[0].text_content().split())) or (titles[0].strip() if titles else None),
        "authors": tuple(tree.xpath("//meta[@name='author']/@content")[:1]),
        "published": (tree.xpath("//meta[@property='article:published_time']/@content") or [None])[0],
        "sitename": site[0].strip() if site else None,
        "url": None,
    }


def _extract_html(source: str, html: str) -> dict[str, Any] | Rejection:
    """Extract the article text and metadata of an HTML page with trafilatura."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its html-clean part
        log.warning("%s: trafilatura is not usable (%s); using the plain HTML fallback", source, exc)
        got = _extract_html_plain(html)
        if not got["text"].strip():
            return _reject(source, "no article text could be extracted from this HTML page; expected a saved article "
                           "page. Save the article page itself, or paste its text into a .txt file.")
        return got

    doc = None
    for recall in (False, True):
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True, favor_recall=recall
        )
        if doc is not None and (getattr(doc, "text", None) or "").strip():
            break
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return _reject(
            source,
            "no article text could be extracted from this HTML page (it may be only scripts, a login wall or a "
            "page frame); expected a saved article page. Save the article page itself, or paste its text into a .txt file.",
        )
    author = getattr(doc, "author", None)
    authors = tuple(a.strip() for a in re.split(r";|\s+and\s+|,(?=\s*[A-Z][a-z]+\s+[A-Z])", author) if a.strip()) if author else ()
    return {
        "text": text,
        "title": getattr(doc, "title", None) or None,
        "authors": authors,
        "published": getattr(doc, "date", None) or None,
        "sitename": getattr(doc, "sitename", None) or None,
        "url": getattr(doc, "url", None) or None,
    }


def _strip_site(title: str | None, sitename: str | None) -> str | None:
    """Take the site name off a page title: "Flood hits town | Valley Post" -> "Flood hits town"."""
    if not title:
        return None
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and sitename and parts[-1].strip().casefold() == sitename.strip().casefold():
        return " - ".join(parts[:-1]).strip() or title
    return title


def _read_text_file(data: bytes, source: str, settings: Settings, notes: list[Rejection]) -> RawArticle | Rejection:
    if not data.strip():
        return _reject(source, "the file is empty; expected the text of a news article. Remove it or save the article into it.")
    kind = _binary_kind(data)
    if kind:
        return _reject(
            source,
            f"the file is {kind}, not text; expected a plain-text (.txt) article. Convert it to text and save it as .txt, or remove it.",
        )
    try:
        text, enc = decode_bytes(data)
    except UnicodeDecodeError:
        return _reject(source, "the bytes could not be decoded as text in any known encoding; expected a text file. Re-save it as UTF-8.")
    text, cut = cap_text(_sanitize(source, text, notes), settings.max_chars)
    if cut:
        log.warning("%s: %d characters cut (longer than max_chars=%d)", source, cut, settings.max_chars)
    bad = _check_text(source, text, settings)
    if bad:
        return bad
    return RawArticle(source=source, fmt="txt", text=text, encoding=enc, cut_chars=cut)


def _read_html_file(data: bytes, source: str, settings: Settings, notes: list[Rejection]) -> RawArticle | Rejection:
    if not data.strip():
        return _reject(source, "the file is empty; expected a saved HTML article page. Remove it or save the page again.")
    kind = _binary_kind(data)
    if kind:
        return _reject(source, f"the file is {kind}, not an HTML page; expected a saved article page (.html). Remove it or save the page again.")
    try:
        html, enc = decode_bytes(data, html=True)
    except UnicodeDecodeError:
        return _reject(source, "the bytes could not be decoded as text in any known encoding; expected an HTML page. Re-save it as UTF-8.")
    return _raw_from_html(source, html, enc, settings, {}, fmt="html", notes=notes)


def _raw_from_html(
    source: str, html: str, enc: str | None, settings: Settings, given: dict[str, Any], *, fmt: str,
    notes: list[Rejection],
) -> RawArticle | Rejection:
    html = _sanitize(source, html, notes)
    got = _extract_html(source, html)
    if isinstance(got, Rejection):
        return got
    text, cut = cap_text(strip_control(got["text"])[0], settings.max_chars)
    bad = _check_text(source, text, settings)
    if bad:
        return bad
    return RawArticle(
        source=source,
        fmt=fmt,
        text=text,
        html=html,
        title=given.get("title") or _strip_site(got["title"], got["sitename"]),
        url=given.get("url") or got["url"],
        outlet=given.get("outlet"),
        published=given.get("published") or got["published"],
        authors=tuple(given.get("authors") or got["authors"]),
        encoding=enc,
        sitename=given.get("sitename") or got["sitename"],
        cut_chars=cut,
    )


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(a.strip() for a in re.split(r";|,|\s+and\s+", value) if a.strip())
    if isinstance(value, list):
        return tuple(str(a).strip() for a in value if str(a).strip())
    return ()


def _str_field(obj: dict[str, Any], key: str) -> str | None:
    value = _field(obj, key)
    return strip_control(value)[0] or None if isinstance(value, str) else None


# each JSONL field with the names scrapers and datasets give it (news-please, newspaper3k,
# trafilatura's JSON, schema.org NewsArticle, RSS), ours first: the first one present is read
_JSONL_KEYS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "maintext", "articleBody", "article_text", "full_text"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "outlet": ("outlet", "publisher", "source_name"),
    "published": ("published", "date", "publish_date", "date_publish", "datePublished", "published_at",
                  "pubDate", "publication_date", "pub_date"),
    "authors": ("authors", "author", "byline"),
    "sitename": ("sitename", "site_name"),
}


def _field(obj: dict[str, Any], key: str) -> Any:
    """The value of a JSONL field under the first of its names that holds one (``_JSONL_KEYS``)."""
    for name in _JSONL_KEYS.get(key, (key,)):
        value = obj.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _read_jsonl_file(data: bytes, rel: str, settings: Settings) -> tuple[list[RawArticle], list[Rejection]]:
    raws: list[RawArticle] = []
    rejections: list[Rejection] = []
    if not data.strip():
        return raws, [_reject(rel, "the file is empty; expected one JSON object per line. Remove it or fill it.")]
    kind = _binary_kind(data)
    if kind:
        return raws, [_reject(rel, f"the file is {kind}, not JSON Lines text; expected one JSON object per line. Remove it.")]
    try:
        content, enc = decode_bytes(data)
    except UnicodeDecodeError:
        return raws, [_reject(rel, "the bytes could not be decoded as text; expected UTF-8 JSON Lines. Re-save it as UTF-8.")]
    content = _sanitize(rel, content, rejections)
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{rel}#L{n}"
        try:
            obj = json.loads(line)
        except RecursionError:
            rejections.append(_reject(where, f"line {n} is JSON nested too deeply to be an article; expected one JSON "
                                      "object per line with a \"text\" or \"html\" field. Fix or remove the line."))
            continue
        except json.JSONDecodeError as exc:
            rejections.append(
                _reject(where, f"line {n} is not valid JSON ({exc.msg} at column {exc.colno}); expected one JSON object "
                "per line with a \"text\" or \"html\" field. Fix or remove the line.")
            )
            continue
        if not isinstance(obj, dict):
            rejections.append(_reject(where, f"line {n} is a JSON {type(obj).__name__}, not an object; expected "
                                      "{\"text\": ..., \"title\": ...}. Fix or remove the line."))
            continue
        text, html = _field(obj, "text"), _field(obj, "html")
        if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
            rejections.append(_reject(where, f"line {n} has no \"text\" or \"html\" string (keys found: "
                                      f"{', '.join(sorted(obj)) or 'none'}); expected an article object with one of them. "
                                      "Add the article text or remove the line."))
            continue
        ident = _field(obj, "url") or obj.get("id")
        source = strip_control(str(ident))[0][:2000] if ident and isinstance(ident, (str, int, float)) else where
        given: dict[str, Any] = {
            "title": _str_field(obj, "title"),
            "url": _str_field(obj, "url"),
            "outlet": _str_field(obj, "outlet"),
            "published": strip_control(str(published))[0][:200] if (published := _field(obj, "published")) else None,
            "authors": tuple(strip_control(a)[0] for a in _authors(_field(obj, "authors"))),
            "sitename": _str_field(obj, "sitename"),
        }
        if isinstance(text, str) and text.strip():
            capped, cut = cap_text(_sanitize(source, text, rejections), settings.max_chars)
            bad = _check_text(source, capped, settings)
            if bad:
                rejections.append(bad)
                continue
            raws.append(RawArticle(source=source, fmt="jsonl", text=capped, encoding=enc, cut_chars=cut, **given))
        else:
            got = _raw_from_html(source, str(html), enc, settings, given, fmt="jsonl", notes=rejections)
            (rejections if isinstance(got, Rejection) else raws).append(got)  # type: ignore[arg-type]
    return raws, rejections


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


# files that describe a folder rather than hold an article: skipped without a rejection
_FOLDER_DOCS = re.compile(r"^(readme|license|licence|changelog|notice)(\.[a-z0-9]+)?$", re.IGNORECASE)


def _walk(root: Path) -> tuple[list[Path], list[Rejection]]:
    """List the regular files under ``root`` in sorted order, without ever looping.

    Hidden entries are skipped. Symbolic links are followed once: a link to a folder
    already read (a loop, or the same folder twice) and a dangling link become rejections,
    as does a folder that cannot be listed and anything that is not a regular file. A
    folder that is dossier's own output (``store.MARKER`` or a dossier.json with its
    dossier.duckdb) is skipped with a log note: our outputs are never input.

    Args:
        root: the input folder.

    Returns:
        ``(files, rejections)``.
    """
    from ..store import is_dossier_output

    files: list[Path] = []
    rejections: list[Rejection] = []
    try:
        root_id = (root.stat().st_dev, root.stat().st_ino)
    except OSError as exc:
        raise InputError(f"{root} cannot be read ({exc.strerror or exc}); check its permissions.") from exc
    seen: dict[tuple[int, int], str] = {root_id: "."}

    def rel(p: Path) -> str:
        return p.relative_to(root).as_posix()

    def visit(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            where = rel(folder) + "/" if folder != root else "./"
            rejections.append(_reject(where, f"the folder could not be read ({exc.strerror or exc}); expected a readable "
                                      "folder of articles. Fix its permissions or remove it."))
            return
        for entry in entries:
            path = Path(entry.path)
            source = rel(path)
            if entry.name.startswith("."):
                log.debug("%s: hidden, skipped", source)
                continue
            try:
                st = path.stat()  # follows links
            except FileNotFoundError:
                rejections.append(_reject(source, "a symbolic link to something that does not exist (dangling link); "
                                          "expected an article file or folder. Fix or remove the link."))
                continue
            except OSError as exc:
                what = "a symbolic link loop" if exc.errno == errno.ELOOP else f"unreadable ({exc.strerror or exc})"
                rejections.append(_reject(source, f"the path is {what}; expected an article file or folder. "
                                          "Fix or remove it."))
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    rejections.append(_reject(source + "/", f"a link to a folder already read ({seen[key]}/): a symbolic "
                                              "link loop or a second way into the same folder; expected each folder once. "
                                              "Remove the link."))
                    continue
                if is_dossier_output(path):
                    log.info("%s/: skipped: it is a dossier output folder, never input", source)
                    continue
                seen[key] = source
                visit(path)
            elif stat.S_ISREG(st.st_mode):
                files.append(path)
            else:
                rejections.append(_reject(source, "not a regular file (a pipe, socket or device); expected an article file. "
                                          "Remove it from the input folder."))

    visit(root)
    return files, rejections


def _unsupported(source: str, ext: str) -> Rejection:
    return _reject(
        source,
        f"the format {ext or '(no extension)'} is not supported; expected .txt, .html/.htm or .jsonl articles. "
        "Convert it to one of these (e.g. save the article text as .txt) or remove it.",
    )


def list_inputs(input_dir: Path) -> tuple[list[Path], list[Rejection]]:
    """The files ``read_inputs`` reads, in its order, and the rejections of walking the folder.

    Raises:
        InputError: ``input_dir`` does not exist, is not a folder, or is a dossier output.
    """
    from ..store import is_dossier_output

    root = Path(input_dir)
    if not root.is_dir():
        raise InputError(f"{root} is not a folder; give the folder that holds the article files (.txt, .html, .jsonl).")
    if is_dossier_output(root):
        raise InputError(f"{root} is a dossier output folder, not input; give the folder that holds the article files.")
    return _walk(root)


class FileResults(Protocol):
    """Where ``read_file`` keeps what it read (``cache.AnalysisCache``)."""

    def file_key(self, source: str, data: bytes, settings: Settings) -> str:
        """The key of one file's read result (source name, bytes and the settings' version)."""

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The results found for the keys."""

    def put_many(self, items: Mapping[str, Any]) -> None:
        """Keep results under their keys."""


def read_inputs(
    input_dir: Path, *, settings: Settings, cache: FileResults | None = None
) -> tuple[tuple[RawArticle, ...], tuple[Rejection, ...]]:
    """Read every usable article under ``input_dir``; unusable files become rejections.

    Args:
        input_dir: the folder to read, recursively (hidden files and folders skipped; links
            followed once; dossier output folders skipped).
        settings: build settings (``min_words``, ``max_chars``).
        cache: results of earlier reads (see ``read_file``): unchanged files are not read again.

    Returns:
        ``(raw articles, rejections)``, both in sorted path order.

    Raises:
        InputError: ``input_dir`` does not exist or is not a folder.
    """
    root = Path(input_dir)
    files, walk_rejections = list_inputs(root)
    raws: list[RawArticle] = []
    rejections: list[Rejection] = []
    rejections.extend(walk_rejections)
    for path in files:
        r, j, _ = read_file(path, path.relative_to(root).as_posix(), settings=settings, cache=cache)
        raws.extend(r)
        rejections.extend(j)
    return tuple(raws), tuple(rejections)


def walk_order(source: str) -> tuple[str, ...]:
    """The sort key that puts a file's source name (its path relative to the input folder) where
    ``read_inputs`` reads it: folder by folder, each sorted by name."""
    return tuple(source.split("/"))


def file_kind(path: Path) -> str:
    """``txt``, ``html``, ``jsonl``, ``doc`` (a README-like file, skipped) or ``other``."""
    ext = path.suffix.lower()
    if ext in TEXT_EXTS:
        return "txt"
    if ext in HTML_EXTS:
        return "html"
    if ext in JSONL_EXTS:
        return "jsonl"
    return "doc" if _FOLDER_DOCS.match(path.name) else "other"


def read_file(
    path: Path, source: str, *, settings: Settings, cache: FileResults | None = None
) -> tuple[tuple[RawArticle, ...], tuple[Rejection, ...], str]:
    """Read one input file: its raw articles and its rejections (notes first), in order.

    The result depends only on the file's bytes, its source name and the settings, so a
    ``cache`` (``cache.AnalysisCache``) keeps it: decoding, HTML extraction and language
    detection run once per file content.

    Args:
        path: the file.
        source: its path relative to the input folder (the articles' source name).
        settings: build settings (``min_words``, ``max_chars``).
        cache: results of earlier reads, by ``cache.file_key(source, bytes, settings)``.

    Returns:
        ``(raw articles, rejections, cache key)``; the key is empty without a cache or when
        the file is not read (unsupported, unreadable).
    """
    kind = file_kind(path)
    if kind == "doc":
        log.debug("%s: skipped (describes the folder, not an article)", source)
        return (), (), ""
    if kind == "other":
        return (), (_unsupported(source, path.suffix.lower()),), ""
    notes: list[Rejection] = []
    key = ""
    try:
        data = path.read_bytes()
        if cache is not None:
            key = cache.file_key(source, data, settings)
            known = cache.get_many([key]).get(key)
            if known is not None:
                got_raws, got_rejections = known
                return tuple(got_raws), tuple(got_rejections), key
        raws: list[RawArticle] = []
        if kind == "jsonl":
            r, j = _read_jsonl_file(data, source, settings)
            raws.extend(r)
            notes.extend(j)
        else:
            reader = _read_text_file if kind == "txt" else _read_html_file
            got = reader(data, source, settings, notes)
            (notes if isinstance(got, Rejection) else raws).append(got)  # type: ignore[arg-type]
    except OSError as exc:
        return (), (*notes, _reject(source, f"the file could not be read ({exc.strerror or exc}); check its permissions.")), ""
    except (MemoryError, RecursionError) as exc:
        return (), (*notes, _reject(source, f"the file could not be processed ({type(exc).__name__}); expected an ordinary "
                                    "article file. Split it into smaller files or remove it.")), ""
    out = (tuple(raws), tuple(notes))
    if cache is not None:
        cache.put_many({key: out})
    return (*out, key)
