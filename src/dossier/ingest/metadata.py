"""Metadata of a cleaned article: title, authors, outlet, publisher, wire, dateline and date.

Every reader here looks at the *shape* of news pages in general (a byline line, a dateline
prefix, a wire credit, a copyright line, a date header), never at one outlet's strings.

Publication dates follow one rule: **never invent a date**. ``PublishedDate.date`` is set only
when the page states it (a date header, an "Updated on"/"Published" stamp, HTML or JSONL
metadata). Otherwise the article's own content may give a window (``basis="inferred"``):

* a copyright line "© 2024" bounds the date to that year;
* the latest fully dated *past* event the story mentions ("in December 2023", "on June 19,
  2024") is a lower bound (an article is written after the events it reports);
* with a single inferred year, a bare month named as past ("in August", "earlier in
  October") narrows the lower bound to that month of that year (a known risk: a bare month
  can belong to the previous year when the article is from early in the year).

Sentences with future markers ("will", "by December", "scheduled") are never used as bounds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import MONTHS, safe_date
from ..model import PublishedDate
from ..outlets import WIRE_SERVICES

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_TIME = (
    r"(?:\s*(?:at|[-–—|,@])?\s*\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)?"
    r"(?:\s*(?:ET|EST|EDT|CT|CST|PT|PST|PDT|GMT|UTC|BST|CET|CEST|KST|JST|IST|[A-Z]{2,4}))?)?"
)
_TIME_RE = re.compile(_TIME)
# "Updated 5:35 AM EST, Wed November 13, 2024": a time written before the date
_TIME_FIRST = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|AM|PM)?\s*(?:[A-Z]{2,4}\b)?\s*[,|·-]?\s*", re.IGNORECASE)
# "Thursday, October 24, 2024", "Nov. 13, 2024", "24 October 2024", "2024-10-24"
DATE_MDY = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")
DATE_DMY = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")
DATE_MY = re.compile(rf"\b(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
STAMP_PREFIX = re.compile(
    r"^(?P<kind>updated|last updated|published|first published|posted|originally published|modified|"
    r"last modified|date)\b\s*(?:on|at|:)?\s*",
    re.IGNORECASE,
)
COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|shall|expected|expects|expect|plans?|planned|scheduled|upcoming|"
    rf"next|due|until|later this|forecasts?|projected|aims?|intends?|by\s+(?:the\s+end\s+of\s+)?(?:{_MONTH}|\d|early|mid|late))\b",
    re.IGNORECASE,
)
_BARE_PAST_MONTH = re.compile(
    rf"\b(?i:in|since|during|earlier in|early|late|mid|in early|in late|in mid|in mid-|last)\s*-?\s*(?P<mon>{_MONTH})\b(?!\.?\s+\d)"
)

# --- dates ---------------------------------------------------------------------------------


def _month_num(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _date_of(m: re.Match[str]) -> dt.date | None:
    """The day a ``DATE_MDY`` / ``DATE_DMY`` / ``DATE_ISO`` match names (None if it does not exist)."""
    word = m.group("mon")
    mon = int(word) if word.isdigit() else _month_num(word)
    return safe_date(int(m.group("year")), mon, int(m.group("day"))) if mon else None


def find_full_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Find every fully dated day ("Oct. 24, 2024", "24 October 2024", "2024-10-24") in ``text``.

    Args:
        text: any text.

    Returns:
        ``(date, start, end)`` for each valid date found, in text order.
    """
    out: list[tuple[dt.date, int, int]] = []
    for rx in (DATE_MDY, DATE_DMY, DATE_ISO):
        for m in rx.finditer(text):
            d = _date_of(m)
            if d:
                out.append((d, m.start(), m.end()))
    out.sort(key=lambda t: t[1])
    return out


def parse_date_line(line: str) -> tuple[str | None, dt.date] | None:
    """Read a line that is only a date header or a date stamp.

    "Thursday, October 24, 2024", "Updated on Nov. 13, 2024 at 5:35 a.m. ET",
    "Published: 2024-10-24 10:00". A sentence that merely contains a date is not one.

    Args:
        line: one stripped line of page text.

    Returns:
        ``(stamp kind or None, date)`` — kind is the lower-cased prefix ("updated",
        "published", ...) — or ``None`` when the line is not a date line.
    """
    s = line.strip().strip("|·•-–— ")
    if not s or len(s) > 90:
        return None
    kind = None
    m = STAMP_PREFIX.match(s)
    if m:
        kind = m.group("kind").lower()
        s = s[m.end() :]
        # a time before the date: "Updated 5:35 AM EST, Wed November 13, 2024"
        s = _TIME_FIRST.sub("", s)
    for rx in (DATE_MDY, DATE_DMY, DATE_ISO):
        dm = rx.match(s)
        if not dm:
            continue
        rest = s[dm.end() :]
        tm = _TIME_RE.match(rest)
        if tm:
            rest = rest[tm.end() :]
        rest = rest.strip(" .|,-–—()")
        if rest and len(rest.split()) > 3:
            return None
        d = _date_of(dm)
        return (kind, d) if d else None
    return None


def parse_metadata_date(value: str | None) -> dt.date | None:
    """Parse a date given by the input's metadata (JSONL ``published``, HTML meta).

    Args:
        value: an ISO date or datetime ("2024-10-24", "2024-10-24T10:00:00Z"), or a
            written date ("Oct. 24, 2024").

    Returns:
        The date, or ``None`` when it cannot be read.
    """
    if not value:
        return None
    v = value.strip()
    m = re.match(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)", v)
    if m:
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    found = find_full_dates(v)
    if found:
        return found[0][0]
    try:
        import dateparser

        parsed = dateparser.parse(v, languages=["en"], settings={"STRICT_PARSING": True})
    except Exception:  # noqa: BLE001 - a date we cannot read is simply not a date
        parsed = None
    return parsed.date() if parsed else None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"‘(])|\n+")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_BREAK.split(text) if s.strip()]


def infer_date(text: str, removed_texts: Sequence[str]) -> PublishedDate:
    """Infer a publication window from the article's own content (never a made-up day).

    Args:
        text: the cleaned article text.
        removed_texts: the clutter lines taken out of it (copyright lines live there).

    Returns:
        An ``inferred`` ``PublishedDate`` with ``earliest``/``latest``, or an ``unknown`` one.
    """
    evidence: list[str] = []
    earliest: dt.date | None = None
    latest: dt.date | None = None
    year_lo: int | None = None
    for line in removed_texts:
        m = COPYRIGHT_YEAR.search(line)
        if m:
            y = int(m.group("year"))
            if year_lo is None or y > year_lo:
                year_lo = y
                ev = m.group(0)
    if year_lo is not None:
        earliest, latest = dt.date(year_lo, 1, 1), dt.date(year_lo, 12, 31)
        evidence.append(ev)
    # the latest fully dated past event is a lower bound
    lower: tuple[dt.date, str] | None = None
    past_sentences = [sent for sent in _sentences(text) if not _FUTURE.search(sent)]  # split once, read twice
    for sent in past_sentences:
        cands: list[tuple[dt.date, str]] = [(d, sent[s:e]) for d, s, e in find_full_dates(sent)]
        for m in DATE_MY.finditer(sent):
            mon = _month_num(m.group("mon"))
            if mon:
                cands.append((dt.date(int(m.group("year")), mon, 1), m.group(0)))
        for d, words in cands:
            if lower is None or d > lower[0]:
                lower = (d, words)
    if lower is not None:
        if latest is not None and lower[0] > latest:
            # the copyright year is older than the story's own events: it is a stale page
            # footer, not the publication year — drop it
            earliest = latest = None
            evidence = []
        if earliest is None or lower[0] > earliest:
            earliest = lower[0]
            evidence.append(lower[1])
    # a bare month named as past, with one inferred year, narrows the lower bound
    if earliest is not None and latest is not None and earliest.year == latest.year:
        best: tuple[dt.date, str] | None = None
        for sent in past_sentences:
            for m in _BARE_PAST_MONTH.finditer(sent):
                mon = _month_num(m.group("mon"))
                if not mon or m.group("mon") == "May" and not m.group(0).lower().startswith(("in", "since", "during")):
                    continue
                d = dt.date(earliest.year, mon, 1)
                if earliest < d <= latest and (best is None or d > best[0]):
                    best = (d, m.group(0))
        if best is not None:
            earliest = best[0]
            evidence.append(best[1])
    if earliest is None and latest is None:
        return PublishedDate(basis="unknown")
    one_day = earliest is not None and earliest == latest
    return PublishedDate(
        date=earliest.isoformat() if one_day and earliest else None,
        basis="inferred",
        earliest=earliest.isoformat() if earliest else None,
        latest=latest.isoformat() if latest else None,
        evidence="; ".join(evidence) or None,
    )


def explicit_date(d: dt.date, evidence: str) -> PublishedDate:
    """Make an explicit ``PublishedDate`` for a date the page or its metadata states.

    Args:
        d: the stated date.
        evidence: the words it was read from.

    Returns:
        ``PublishedDate(basis="explicit")`` with ``date == earliest == latest``.
    """
    iso = d.isoformat()
    return PublishedDate(date=iso, basis="explicit", earliest=iso, latest=iso, evidence=evidence)


# --- bylines and names ---------------------------------------------------------------------

_NAME_PARTICLES = {"de", "da", "del", "della", "di", "dos", "du", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "ibn", "y"}
_NOT_NAME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "then",
    "now", "late", "early", "last", "next", "this", "that", "noon", "midnight", "contrast",
    "comparison", "law", "order", "far", "some", "most", "all", "several", "many",
} | set(MONTHS)  # fmt: skip
_ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|producer|bureau|chief|"
    r"desk|analyst|photographer|journalist)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(?:news|press|times|post|herald|tribune|journal|gazette|wire|agency|radio|tv|television|"
    r"network|media|daily|reuters|associated|observer|guardian|telegraph|mail|star|chronicle|"
    r"broadcasting|service|channel|magazine|online|today|standard|independent|express|sun|record|courier|"
    r"dispatch|bulletin|sentinel|monitor|inquirer|examiner|register|review|weekly|ledger)\b",
    re.IGNORECASE,
)
_FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "protonmail.com", "icloud.com", "aol.com", "mail.com", "gmx.com"}
BYLINE = re.compile(r"^(?:by|written by|words by|story by|reporting by|reported by)\s*:?\s+(?P<rest>.+)$", re.IGNORECASE)
_EMAIL = re.compile(r"[\[\(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\]\)>]?")


def name_case(name: str) -> str:
    """Title-case an all-caps name sensibly ("YOUNGNAM KIM" -> "Youngnam Kim").

    Args:
        name: a person's name as printed.

    Returns:
        The name, title-cased if it was written in capitals, else unchanged.
    """
    if not any(c.isalpha() for c in name) or not name.isupper():
        return name
    words = []
    for w in name.split():
        lw = w.lower()
        if lw in _NAME_PARTICLES:
            words.append(lw)
        elif re.fullmatch(r"[A-Z]\.?", w):
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    out = " ".join(words)
    out = re.sub(r"\b([OD])'(\w)", lambda m: f"{m.group(1)}'{m.group(2).upper()}", out)  # O'Neill, D'Arcy
    return re.sub(r"\bMc(\w)", lambda m: "Mc" + m.group(1).upper(), out)  # McDonald


def _looks_like_name(s: str) -> bool:
    words = s.split()
    if not 2 <= len(words) <= 5:
        return False
    caps = 0
    for w in words:
        core = w.strip(".,'’")
        if not core:
            return False
        if core.lower() in _NAME_PARTICLES:
            continue
        if core.lower() in _NOT_NAME_WORDS or any(ch.isdigit() for ch in core):
            return False
        if not core[0].isupper():
            return False
        caps += 1
    return caps >= 2


def _is_org(s: str) -> bool:
    s = s.strip()
    if not s:
        return False
    if re.fullmatch(r"[A-Z][A-Z0-9&.\- ]{1,12}", s):  # CNN, AP, BBC, NBC News
        return True
    return bool(_ORG_WORDS.search(s)) and len(s.split()) <= 6


def is_org_name(s: str) -> bool:
    """Whether a short name reads like a news organisation ("CNN", "Valley Post", "Associated Press").

    Args:
        s: a name.

    Returns:
        True for an acronym or a name with a news word (News, Post, Times, Press, ...).
    """
    return _is_org(s)


def _is_affiliation(s: str) -> bool:
    """The segment after a byline's last comma names an outlet, not a person."""
    s = s.strip()
    one_word = len(s.split()) == 1 and s[:1].isupper()  # "Reuters", "Meridian": names have 2+ words
    return one_word or (_is_org(s) and (not _looks_like_name(s) or bool(_ORG_WORDS.search(s))))


@dataclass(frozen=True)
class Byline:
    """What a byline line says: authors and, where given, their outlet and e-mail domain."""

    authors: tuple[str, ...]
    outlet: str | None
    domain: str | None = None  # "koreadaily.com" from "[kim@koreadaily.com]" (not free mail)


def parse_byline(line: str) -> Byline | None:
    """Read a byline ("By Jennifer X and Haley Y, CNN", "BY YOUNGNAM KIM [email]").

    "Edited by ..." is an editor credit, not a byline: it returns ``None``. So does a story
    sentence that merely starts with "By" ("By Tuesday, the toll had risen to 40.").

    Args:
        line: one stripped line.

    Returns:
        A ``Byline`` or ``None``.
    """
    s = line.strip()
    m = BYLINE.match(s.strip("()"))
    if not m or len(s.split()) > 20:
        return None
    emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", m.group("rest"))
    domain = emails[0].lower() if emails and emails[0].lower() not in _FREE_MAIL else None
    rest = _EMAIL.sub("", m.group("rest")).strip(" ,;|-–—")
    rest = re.split(r"\s*;\s*|\s+(?:editing|edited|additional reporting)\s+by\b", rest, flags=re.IGNORECASE)[0]
    outlet = None
    # affiliation after " | ", " - ", " — " or the last comma
    parts = re.split(r"\s+[|–—-]\s+|\s*\|\s*", rest)
    if len(parts) > 1 and (_is_org(parts[-1]) or _ROLE_WORDS.search(parts[-1])):
        if _is_org(parts[-1]) and not _ROLE_WORDS.search(parts[-1]):
            outlet = parts[-1].strip()
        rest = " ".join(parts[:-1])
    whole = rest.strip(" .")
    if whole.lower() in KNOWN_WIRES or (_is_org(whole) and not _looks_like_name(whole) and len(whole.split()) <= 5):
        # "By Reuters", "By Associated Press", "By CNN staff": a byline that names no person
        org = re.sub(r"\s+(?:staff|wire|reporters?|correspondents?)$", "", whole, flags=re.IGNORECASE)
        return Byline(authors=(), outlet=KNOWN_WIRES.get(org.lower(), org), domain=domain)
    segs = [p.strip() for p in rest.split(",")]
    while len(segs) > 1 and (_ROLE_WORDS.search(segs[-1]) or _is_affiliation(segs[-1])):
        tail = segs.pop()
        if outlet is None and _is_affiliation(tail) and not _ROLE_WORDS.search(tail):
            outlet = tail
    names: list[str] = []
    for seg in segs:
        for piece in re.split(r"\s+and\s+|\s*&\s*", seg, flags=re.IGNORECASE):
            piece = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", piece.strip(" .()"))
            if not piece:
                continue
            if not _looks_like_name(piece):
                return None
            names.append(name_case(piece))
    if not names:
        return None
    return Byline(
        authors=tuple(names), outlet=name_case(outlet) if outlet and not outlet.isupper() else outlet, domain=domain
    )


# --- outlet, wire, publisher, dateline -----------------------------------------------------

# news agencies by lower-cased name or alias -> canonical name ("associated press" -> "AP"); the
# table of wire services is owned by ``relations_tables.WIRE_SERVICES``
KNOWN_WIRES: dict[str, str] = {
    alias.lower(): w.name for w in WIRE_SERVICES if w.agency for alias in (w.name, *w.aliases)
}
# the agencies' names as written ("The Associated Press", "AFP"), longest first
_AGENCY_ALTERNATION = "|".join(
    re.escape(alias)
    for alias in sorted({a for w in WIRE_SERVICES if w.agency for a in (w.name, *w.aliases)}, key=lambda a: (-len(a), a))
)
WIRE_CREDIT = re.compile(
    r"^(?:The-(?P<a>[A-Za-z]+)-Wire|(?P<b>[A-Z][\w&.]*(?:\s[A-Z][\w&.]*)?)\s+(?:Newsource|Newswire|Wire Service)"
    r"|Copyright\s+(?:©\s*)?(?:19|20)\d\d\s+(?P<c>" + _AGENCY_ALTERNATION + r"))\b"
)
# "TAIPEI, Taiwan –", "KYIV, Ukraine (AP) —", "LONDON, Nov 13 (Reuters) -", "(CNN) —"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?)?"
    rf"(?:,?\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}}))?\s*(?:\((?P<org>[A-Z][A-Za-z&. ]{{1,30}})\))?\s*(?:[—–-]{{1,2}}\s+(?=\S)|(?<=\))(?=[A-Z]))"
)
PUBLISHER_CLUTTER = re.compile(
    r"^(?P<org>[A-Z][\w&.'’ -]{1,40}?)\s+(?:is committed to|welcomes your|thanks you for|values your|depends on|relies on)\b"
)


@dataclass(frozen=True)
class Dateline:
    """The dateline at the start of a story: place and/or the credited outlet."""

    place: str | None
    org: str | None
    end: int  # characters of the line the dateline prefix covers
    month: int | None = None  # "LONDON, Nov 13 (Reuters) -": the day the dateline states, without a year
    day: int | None = None


# "Washington (AFP) –": a mixed-case place counts only before a credited outlet in brackets
DATELINE_CREDITED = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?)"
    rf"(?:,?\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}}))?\s*\((?P<org>[A-Z][A-Za-z&. ]{{1,30}})\)\s*[—–-]{{1,2}}\s+(?=\S)"
)


def parse_dateline(line: str) -> Dateline | None:
    """Read a leading dateline: "TAIPEI, Taiwan – ...", "(CNN) — ...", "KYIV (AP) — ...".

    Args:
        line: the first line of story text.

    Returns:
        A ``Dateline`` or ``None`` when the line starts without one.
    """
    m = DATELINE.match(line)
    if not m:
        c = DATELINE_CREDITED.match(line)
        if c and (c.group("org").lower() in KNOWN_WIRES or c.group("org").isupper()):
            return Dateline(place=c.group("place").strip(), org=c.group("org").strip(), end=c.end(), **_month_day(c))
        return None
    place, org = m.group("place"), m.group("org")
    if not place and not org:
        return None
    if place:
        head = place.split(",")[0]
        # the city part is written in capitals: "TAIPEI", "NEW YORK", "U.S." is not a place
        if not re.search(r"[A-Z]{3,}", head) or len(head.replace(".", "")) < 3:
            return None
    return Dateline(place=place.strip() if place else None, org=org.strip() if org else None, end=m.end(), **_month_day(m))


def _month_day(m: re.Match[str]) -> dict[str, int | None]:
    mon = _month_num(m.group("mon")) if m.group("mon") else None
    day = int(m.group("day")) if m.group("day") and mon else None
    return {"month": mon, "day": day}


def wire_from_credit(line: str) -> str | None:
    """Name the outlet of a wire credit line ("The-CNN-Wire", "CNN Newsource", "Copyright 2024 The Associated Press").

    Args:
        line: one stripped clutter line.

    Returns:
        The outlet's short name, or ``None``.
    """
    bare = line.strip().strip("-–—() ").lower()
    if bare in KNOWN_WIRES:  # a credit line that is just the agency: "— Associated Press", "(Reuters)"
        return KNOWN_WIRES[bare]
    m = WIRE_CREDIT.match(line.strip())
    if not m:
        return None
    name = m.group("a") or m.group("b") or m.group("c")
    return KNOWN_WIRES.get(name.lower(), name) if name else None


COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"(?P<holder>[A-Z][\w&'’ .-]{1,50}?)(?:,|\.\s|\.$|\s+all rights|\s*$)",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> str | None:
    """Name the holder of a copyright line ("© 2025 Orlen Herald. All rights reserved.").

    Args:
        line: one clutter line.

    Returns:
        The holder's name (without "Inc."), or ``None``.
    """
    m = COPYRIGHT_HOLDER.search(line)
    if not m:
        return None
    holder = re.sub(r"\s+(?:inc|ltd|llc|plc|gmbh|co)\.?$", "", m.group("holder").strip(" .,"), flags=re.IGNORECASE)
    if not holder or holder.lower().startswith(("all rights", "the author", "by ")) or not holder[0].isupper():
        return None
    return holder


def publisher_from_clutter(line: str) -> str | None:
    """Name the site that carried a page from its own clutter ("KVIA ABC 7 is committed to ...").

    Args:
        line: one clutter line (comments box, footer).

    Returns:
        The publisher's name, or ``None``.
    """
    m = PUBLISHER_CLUTTER.match(line.strip())
    if not m:
        return None
    org = m.group("org").strip()
    if org.lower() in {"we", "our team", "this site", "the site", "it", "this newsroom", "our newsroom", "this website", "our work"}:
        return None
    return org


def is_prose(line: str) -> bool:
    """Whether a line reads like a story sentence (ends a sentence and has several words).

    Args:
        line: one stripped line.

    Returns:
        True for prose, False for headline-, label- or menu-shaped lines.
    """
    s = line.strip()
    if len(s.split()) < 4:
        return False
    return bool(re.search(r"[.!?…](?:[\"'”’)\]]*)$|[.!?,][\"'”’]$", s)) and not re.search(r"\b(?:[A-Z]|[A-Z][a-z])\.$", s)


def is_headline(line: str) -> bool:
    """Whether a line is headline-shaped: 3 to 30 words, no sentence-final period.

    Args:
        line: one stripped line.

    Returns:
        True when the line could be a title.
    """
    s = line.strip()
    words = s.split()
    starts_ok = s[0].isupper() or s[0].isdigit() or s[0] in "“\"‘'$£€¥&#" or bool(re.match(r"[a-z]+[A-Z]", words[0]))
    if not 3 <= len(words) <= 30 or not starts_ok:
        return False
    if s.endswith((".", ":", ";", ",")) and not re.search(r"\b[A-Z]\.[A-Z]\.$|\.\.\.$", s):
        return False
    return not parse_dateline(s)


def title_from_lines(first_line: str | None, lead: str | None, following: Sequence[str] = ()) -> str | None:
    """Decide whether the first remaining line of a page is its title.

    Args:
        first_line: the first line left after clutter removal.
        lead: the line after it (the story's first paragraph), if any.
        following: the next few lines after the lead (a short standfirst or a label such
            as "ABSTRACT." can sit between a title and the story).

    Returns:
        The title, or ``None`` when the first line is already a story sentence.
    """
    if not first_line:
        return None
    if lead is not None and _norm(first_line) == _norm(lead):
        return None
    if is_headline(first_line):
        return first_line.strip()
    if _headline_with_period(first_line, [x for x in (lead, *following) if x is not None][:3]):
        return first_line.strip()
    return None


_ATTRIBUTION = re.compile(r"\b(?:said|told|added|according to|reported|stated|announced|wrote)\b", re.IGNORECASE)


def _headline_with_period(line: str, after: Sequence[str]) -> bool:
    """A short first line that ends in a period but does not read like prose is still a title.

    Some feeds end every headline with a period ("Former party chairman calls for a
    contingency plan."). It counts as a title only when it is short (at most 16 words), the
    paragraph after it is clearly longer, it starts with no dateline, has one sentence and
    no past-tense attribution ("officials said") — the marks of a lead sentence.
    """
    s = line.strip()
    if not s.endswith(".") or not after or not (s[:1].isupper() or s[:1].isdigit()):
        return False
    words = s.split()
    if not 3 <= len(words) <= 16 or not any(len(x.split()) >= max(12, int(1.5 * len(words))) for x in after):
        return False
    return not (parse_dateline(s) or _ATTRIBUTION.search(s) or sentence_breaks(s[:-1]) > 0)


_ABBREV = {"dr", "mr", "mrs", "ms", "st", "jr", "sr", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "prof", "no", "vs", "inc", "co", "mt", "ft"}


_SENTENCE_END = re.compile(r"(\w+)?([.!?…])[\"'”’)]*\s+(?=[A-Z“\"‘])")


def sentence_breaks(s: str) -> int:
    """Count sentence ends inside ``s`` (not abbreviations such as "Dr.", "Sen." or initials).

    Args:
        s: a line of text.

    Returns:
        How many times a sentence ends and another starts within it.
    """
    n = 0
    for m in _SENTENCE_END.finditer(s):
        word = m.group(1) or ""
        if m.group(2) == "." and (word.lower() in _ABBREV or (len(word) == 1 and word.isupper())):
            continue
        n += 1
    return n


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def norm_text(s: str) -> str:
    """Lower-case a short text and reduce punctuation and spacing to single spaces.

    Args:
        s: a title or a line.

    Returns:
        The normalised text used to compare titles.
    """
    return _norm(s)


def same_text(a: str | None, b: str | None) -> bool:
    """Whether two short texts (titles) are the same up to case, punctuation and spacing.

    Args:
        a: one text.
        b: the other.

    Returns:
        True when they match.
    """
    return bool(a and b and _norm(a) == _norm(b))
