"""Time expressions: find them in an article and normalise them to TIMEX3 values.

A rule-based tagger in the spirit of HeidelTime and SUTime: regular expressions over the
text find the extent of each expression ("Tuesday", "Aug. 6", "last week", "between early
to mid-October", "86 minutes", "every week"), then a normaliser turns the words into a
TIMEX3 ``type`` (DATE, TIME, DURATION, SET), ``value`` ("2024-11-12", "2024-10",
"2024-W45", "P2Y", "PRESENT_REF", "XXXX-11-03"), ``mod`` (START, MID, END, BEFORE,
AFTER, APPROX, LESS_THAN, MORE_THAN, ...) and, for fuzzy, ranged or open windows, an
``earliest``/``latest`` pair of ISO dates.

Relative expressions are resolved against the article's publication date (news convention:
a bare weekday is the most recent such day on or before the article date unless the clause
is in the future tense or says "next"/"this coming"; a month later in the year than the
article's month, in a past-tense clause, is last year's; a day and month at most 60 days
ahead stay in this year even in a past-tense clause). When the article's date is unknown
the tagger keeps what is known ("XXXX-11-03", "XXXX-WXX-2") instead of guessing; when the
date was inferred with a window that lies within one year, that year is used.

Reusable pieces (pure functions, no I/O):

* ``normalize_expression(text, anchor, *, tense=None, reference=None, anchor_year=None)``
  normalises the words of one expression, e.g.
  ``normalize_expression("last week", date(2024, 11, 13))`` gives
  ``Normalized(type="DATE", value="2024-W45", anchor="publication", ...)``. Other stages
  (claims' ``as_of``, quotes' ``date``, the timeline) can call it on any phrase.
  ``tense`` is "past" | "present" | "future" | None; ``reference`` is the ISO date of an
  earlier expression in the text, used for "the 23rd" or "the next day".
* ``find_expressions(text)`` returns the ``(start, end)`` extents the tagger finds.
* ``value_bounds(value)`` turns a TIMEX3 date value into its first and last day (the one
  owner of TIMEX3 calendar spans: ``events.date_window`` and so the timeline and tracks read it).
* ``MONTHS`` and ``safe_date`` come from the shared core (``dossier.lexicon``), which
  ``ingest.metadata`` reads too.
* ``tag_text(text, anchor, *, doc=None, anchor_year=None, article_id="")`` tags any text
  (the TempEval-3 evaluation uses it).
* ``extract_time_expressions(article, doc, *, settings)`` is the pipeline stage.

The spaCy ``Doc`` is used only where it adds something: the tense of the clause that governs
an expression, ruling out counts that look like years ("2000 soldiers") and the modal "May".
Without a ``Doc`` the tagger still works, with no tense information.

Quality (``dossier eval timex``, TempEval-3 platinum, 20 documents, 138 TIMEX3): value F1
0.844, relaxed extent F1 0.933, strict extent F1 0.889 (HeidelTime, best in TempEval-3:
value F1 0.776). Rules were tuned on the TBAQ-cleaned training set (value F1 0.778 there).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..ingest.metadata import find_full_dates, parse_dateline
from ..lexicon import MONTHS, safe_date
from ..model import Article, TimeExpression
from ..settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Normalized:
    """A normalised time expression (without position)."""

    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    anchor: str = "none"  # publication | previous | none
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None


# --- vocabulary -----------------------------------------------------------------------

_WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
_SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
_NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2,
    "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5,
}
_VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "dozens of", "hundreds of", "the")
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
_UNIT_CODES: dict[str, tuple[str, int]] = {
    # unit -> (TIMEX3 letter, multiplier); time units are written after "T"
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1), "week": ("W", 1),
    "fortnight": ("W", 2), "month": ("M", 1), "year": ("Y", 1), "decade": ("Y", 10),
    "century": ("Y", 100), "quarter": ("Q", 1), "weekend": ("WE", 1),
}
_TIME_UNITS = {"second", "minute", "hour"}

# --- regex building blocks ------------------------------------------------------------

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s+\d)))"
)
_WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.(?=,?\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"
)
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"
_NUMWORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred|a hundred|a dozen|dozen)"
)
_NUM_RE = (
    r"(?:\d+(?:[.,]\d+)?(?:\s+1/2|½)?|" + _NUMWORD_RE + r"(?:\s+and\s+a\s+half)?"
    r"|a\s+couple\s+of|a\s+couple|couple\s+of|half\s+an?|a|an|several|a\s+few|few|many|some|dozens\s+of|hundreds\s+of)"
)
_UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|quarters?|weekends?)"
_UNIT_SING_RE = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|quarter|weekend)"
_QUAL_IN_RE = r"(?:almost|nearly|more\s+than|less\s+than|at\s+least|a\s+mere|no\s+more\s+than|up\s+to|just\s+over|just\s+under)"
_REL_RE = r"(?:this\s+coming|this\s+past|this|last|next|past|previous|coming|current|following|same|present)"
_AMPM_RE = r"(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|a\.m|p\.m)"
_TZ_RE = r"(?:(?-i:[A-Z]{1,2}[SD]?T\b|GMT|UTC)|local\s+time|Moscow\s+time|Kyiv\s+time|Pyongyang\s+time)"
_CLOCK_RE = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)(?:\s*" + _AMPM_RE + r")?|(?:1[0-2]|0?[1-9])\s*" + _AMPM_RE
    + r"|noon|midnight)(?:\s+" + _TZ_RE + r")?"
)
_POD_RE = r"(?:morning|afternoon|evening|night)"

_B = r"(?<![\w])"  # left boundary
_E = r"(?![\w])"  # right boundary

# The patterns: (name, regex). Extraction runs every pattern over the text; normalisation
# (a pattern changed or added must keep its words in ``_NEEDS`` true: tests/test_speed_prefilters.py)
# runs them as full matches over the words of one expression. Case: see ``_CASED``.
_PATTERN_SOURCES: tuple[tuple[str, str], ...] = (
    ("iso", r"\d{4}-[01]\d-[0-3]\d(?!\d)"),
    ("numeric", r"(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:\d{4}|\d{2})(?![\d/])"),
    (
        "mdy",
        r"(?:(?P<wd>" + _WEEKDAY_RE + r"),?\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<mon>" + _MONTH_RE + r")\s*(?P<day>" + _DAY_RE + r")"
        r"(?:,?\s*(?P<year>" + _YEAR_RE + r"))?",
    ),
    (
        "dmy",
        r"(?:(?P<wd>" + _WEEKDAY_RE + r"),?\s+)?(?P<rel>)(?:the\s+)?(?P<day>" + _DAY_RE + r")(?:\s+of)?\s+(?P<mon>" + _MONTH_RE + r")"
        r"(?:,?\s*(?P<year>" + _YEAR_RE + r"))?",
    ),
    ("my", r"(?P<mon>" + _MONTH_RE + r")(?:\s*(?P<day>" + _DAY_RE + r"))?,?\s+(?:(?:of\s+)?(?P<year>" + _YEAR_RE + r")|(?P<rely>last|this|next)\s+year)"),
    ("month", r"(?:(?P<rel>this\s+coming|this\s+past|this|last|next|past|coming)\s+)?(?P<mon>" + _MONTH_RE + r")"),
    ("year", r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?P<year>" + _YEAR_RE + r")"),
    ("decade", r"(?:the\s+)?(?P<dec>(?:1[5-9]|20)\d0|'\d0)'?s"),
    ("century", r"(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")[\s-]+century"),
    (
        "weekday",
        r"(?:(?P<rel>this\s+coming|this\s+past|this|last|next|past|coming)\s+)?(?P<wd>" + _WEEKDAY_RE + r")"
        r"(?:\s+(?P<pod>" + _POD_RE + r"))?",
    ),
    ("deictic", r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)(?:\s+(?P<pod>" + _POD_RE + r"))?"),
    ("pod", r"(?P<w>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+(?P<pod>" + _POD_RE + r")|(?P<w2>tonight|overnight)"),
    ("present", r"now|currently|right\s+now|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|so\s+far\s+this\s+year"),
    ("pastref", r"recently|the\s+past|lately"),
    ("futref", r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future"),
    (
        "window",
        r"(?:the\s+)?(?P<dir>coming|next\s+few|next\s+several|past\s+few|last\s+few|past\s+several|last\s+several|recent|following)"
        r"\s+(?P<unit>days|weeks|months|years|decades|hours)",
    ),
    (
        "rel",
        r"(?:the\s+)?(?P<rel>" + _REL_RE + r")\s+(?P<fiscal>fiscal\s+)?(?P<unit>" + _UNIT_SING_RE + r")",
    ),
    ("season", r"(?:(?P<rel>this\s+coming|this\s+past|this|last|next|past|coming|the)\s+)?(?P<season>" + _SEASON_RE + r")(?:\s+(?:of\s+)?(?P<year>" + _YEAR_RE + r"))?"),
    (
        "quarter",
        r"(?:the\s+)?(?P<q>first|second|third|fourth|final|last|latest|current|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter"
        r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>" + _YEAR_RE + r")))?",
    ),
    (
        "ago",
        r"(?:(?P<qual>" + _QUAL_IN_RE + r"|about|around|some|roughly|approximately)\s+)?(?P<num>" + _NUM_RE + r")[\s-]+(?P<unit>" + _UNIT_RE + r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|hence|back)(?!\s+than)",
    ),
    (
        "relday",
        r"(?P<w>the\s+(?:next|following|previous|same)\s+day|the\s+day\s+(?:before|after)|that\s+day|the\s+night\s+before"
        r"|(?:the\s+(?:next|following)|that)\s+(?P<pod>morning|afternoon|evening|night))",
    ),
    (
        "holiday",
        r"(?:(?P<rel>last|this|next)\s+)?(?P<h>Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year['’]s\s+(?:Day|Eve)"
        r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Boxing\s+Day)",
    ),
    ("that", r"(?:that|the\s+same)\s+(?P<unit>year|month|week)"),
    (
        "duration",
        r"(?:(?P<qual>" + _QUAL_IN_RE + r")\s+)?(?:(?P<det>the)\s+(?:(?P<dir>next|past|last|first|coming|previous|final|following)\s+)?)?"
        r"(?P<num>" + _NUM_RE + r")(?:[\s-]+(?:more|additional|full|long|straight|consecutive))?[\s-]+(?P<unit>" + _UNIT_RE + r")"
        r"(?:'|’)?(?P<half>\s+and\s+a\s+half)?",
    ),
    ("bare", r"(?P<pre>for|in|within|over|after|took|lasted|spent|of)\s+(?P<x>years|decades|months|weeks|days|hours|minutes)"),
    (
        "set",
        r"(?:(?P<every>every|each)\s+(?:other\s+)?(?:(?P<num>" + _NUM_RE + r")\s+)?(?P<what>" + _UNIT_RE + r"|" + _WEEKDAY_RE
        + r"|" + _POD_RE + r"|" + _SEASON_RE + r"|season|" + _MONTH_RE + r")"
        r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|biannually)"
        r"|(?P<times>once|twice|three\s+times|\d+\s+times|several\s+times)\s+(?:a|an|per|each|every)\s+(?P<per>" + _UNIT_SING_RE + r"))",
    ),
    (
        "clock",
        r"(?P<clock>" + _CLOCK_RE + r")(?:(?:\s+on)?,?\s+(?:(?P<wd>" + _WEEKDAY_RE + r")|(?P<mon>" + _MONTH_RE + r")\s*(?P<day>" + _DAY_RE + r")))?",
    ),
    (
        "edge",
        r"(?:the\s+)?(?P<edge>end|beginning|start|middle|close|turn|first\s+half|second\s+half)\s+of\s+(?:the\s+)?(?P<unit>year|month|week|decade|century)"
        r"|(?P<ye>year|month)[\s-]end|(?P<ye2>year|month)'s\s+end",
    ),
    ("weekend", r"(?:the|this|last|next|this\s+past)\s+weekend"),
    (
        "ordday",
        r"the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
        r"(?!\s+(?:century|quarter|of\s+(?!this|last|next|the\s+month)))",
    ),
)

# Patterns whose month/weekday names must be capitalised in running text ("may", "march").
_CASED = {"mdy", "dmy", "my", "month", "weekday"}


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Compile the patterns once: (name, search regex, full-match regex)."""
    out = []
    for name, src in _PATTERN_SOURCES:
        flags = re.IGNORECASE
        out.append((name, re.compile(_B + "(?:" + src + ")" + _E, flags), re.compile("(?:" + src + r")\.?", flags)))
    return tuple(out)


# Modifier words that may stand before an expression and are part of its extent.
_POS_MODS: dict[str, str | None] = {
    "early": "START", "earlier": None, "late": "END", "later": None, "mid": "MID", "middle": "MID",
    "the middle of": "MID", "middle of": "MID", "the end of": "END", "end of": "END", "the close of": "END",
    "the beginning of": "START", "beginning of": "START", "the start of": "START", "start of": "START",
    "the first half of": "START", "the second half of": "END", "the early": "START", "the late": "END",
    "the mid": "MID", "earlier in": None, "later in": None, "the first part of": "START",
}
_POS_MOD_RE = (
    r"(?:the\s+(?:middle|end|close|beginning|start|first\s+half|second\s+half|first\s+part)\s+of|"
    r"(?:middle|end|beginning|start)\s+of|earlier\s+in|later\s+in|(?:the\s+)?early|(?:the\s+)?late|(?:the\s+)?mid|middle|earlier|later)"
)
_RANGE_MOD_RE = r"(?P<m1>early|mid|late)\s*-?\s*(?:to|through|or|and|-)\s*-?\s*(?P<m2>early|mid|late)"
_PREFIX_RE = re.compile(
    r"(?<![\w-])(?:" + _RANGE_MOD_RE + r"|(?P<m>" + _POS_MOD_RE + r"))(?:\s*-\s*|\s+)$", re.IGNORECASE
)
_LEAD_RE = re.compile(
    r"^(?:" + _RANGE_MOD_RE + r"|(?P<m>" + _POS_MOD_RE + r"))(?:\s*-\s*|\s+)(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL
)
# "two days before", "a week earlier": a look back from the day being told, which stays the narrative's day
_LOOK_BACK_RE = re.compile(r"^(?:\w+|an?)\s+(?:days?|weeks?|months?|years?)\s+(?:before|earlier)$", re.IGNORECASE)
_APPROX_BEFORE_RE = re.compile(r"(?:about|around|approximately|roughly|some|circa|an\s+estimated)\s+$", re.IGNORECASE)
_PREP_BEFORE_RE = re.compile(r"\b(?P<p>by|before|after|since|until|till|through|from)\s+$", re.IGNORECASE)
_QUAL_MODS = {
    "almost": "LESS_THAN", "nearly": "LESS_THAN", "less than": "LESS_THAN", "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "more than": "MORE_THAN",
    "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "a mere": None,
}

# --- date arithmetic ------------------------------------------------------------------


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]




_V_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_V_MONTH = re.compile(r"\d{4}-\d\d")
_V_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_V_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_V_HALF = re.compile(r"(\d{4})-H([12])")
_V_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_V_YEAR = re.compile(r"\d{4}")
_V_DECADE = re.compile(r"\d{3}")
_V_CENTURY = re.compile(r"\d{2}")
_SEASON_SPANS = {"SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30))}


@functools.lru_cache(maxsize=4096)
def value_bounds(value: str | None) -> tuple[date, date] | None:
    """Return the first and last day covered by a TIMEX3 date value.

    The one owner of TIMEX3 calendar spans: ``events.date_window`` (timeline, tracks) reads
    its windows from here.

    Args:
        value: a TIMEX3 value such as "2024-10-23", "2024-10", "2024-W45", "2024-W45-WE"
            (that weekend), "2024-Q3", "2024-H1", "2024-SU", "2024", "202" (decade) or
            "20" (century); a time part ("2024-10-23T09:00") is ignored.

    Returns:
        ``(first, last)`` dates, or None for values that are not a calendar span
        (durations, "PRESENT_REF", values with X digits).
    """
    if not value:
        return None
    v = value.split("T")[0]
    try:
        if _V_DAY.fullmatch(v):
            d = date.fromisoformat(v)
            return d, d
        if _V_MONTH.fullmatch(v):
            y, m = int(v[:4]), int(v[5:7])
            return date(y, m, 1), date(y, m, _last_day(y, m))
        m_w = _V_WEEK.fullmatch(v)
        if m_w:
            y, w = int(m_w.group(1)), int(m_w.group(2))
            first = date.fromisocalendar(y, w, 6 if m_w.group(3) else 1)
            return first, date.fromisocalendar(y, w, 7)
        m_q = _V_QUARTER.fullmatch(v)
        if m_q:
            y, q = int(m_q.group(1)), int(m_q.group(2))
            return date(y, 3 * q - 2, 1), date(y, 3 * q, _last_day(y, 3 * q))
        m_h = _V_HALF.fullmatch(v)
        if m_h:
            y, h = int(m_h.group(1)), int(m_h.group(2))
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        m_s = _V_SEASON.fullmatch(v)
        if m_s:
            y, s = int(m_s.group(1)), m_s.group(2)
            if s == "WI":
                return date(y, 12, 1), date(y + 1, 2, _last_day(y + 1, 2))
            (m1, d1), (m2, d2) = _SEASON_SPANS[s]
            return date(y, m1, d1), date(y, m2, d2)
        if _V_YEAR.fullmatch(v):
            y = int(v)
            return date(y, 1, 1), date(y, 12, 31)
        if _V_DECADE.fullmatch(v):
            y = int(v) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
        if _V_CENTURY.fullmatch(v):
            y = int(v) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def _fuzzy_bounds(value: str, m1: str, m2: str | None = None) -> tuple[str | None, str | None]:
    """Earliest/latest for "early", "mid", "late" (or a range "early to mid") of a span."""
    b = value_bounds(value)
    if b is None:
        return None, None
    first, last = b
    if re.fullmatch(r"\d{4}", value):
        y = int(value)
        starts = {"START": date(y, 1, 1), "MID": date(y, 5, 1), "END": date(y, 9, 1)}
        ends = {"START": date(y, 4, 30), "MID": date(y, 8, 31), "END": date(y, 12, 31)}
        return starts[m1].isoformat(), ends[m2 or m1].isoformat()
    total = (last - first).days + 1
    if re.fullmatch(r"\d{4}-\d\d", value):
        cuts = {"START": (0, 9), "MID": (10, 19), "END": (20, total - 1)}
    else:
        third = total // 3
        cuts = {"START": (0, third - 1), "MID": (third, 2 * third - 1), "END": (2 * third, total - 1)}
    lo = cuts[m1][0]
    hi = cuts[m2 or m1][1]
    if lo > hi:
        lo, hi = hi, lo
    return (first + timedelta(days=lo)).isoformat(), (first + timedelta(days=min(hi, total - 1))).isoformat()


# --- resolution helpers ---------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    anchor: date | None
    year: int | None
    tense: str | None
    reference: date | None
    ref_value: str | None = None  # last DATE value of month/quarter/day granularity


# A day and month without a year, in a past-tense clause, up to this many days after the
# article date is still this year's ("the offer was extended to Nov. 20"): tuned on TimeBank.
_PAST_TOLERANCE_DAYS = 60


def _pick_year_for(month: int, day: int | None, ctx: _Ctx) -> tuple[int | None, str]:
    """Choose the year of a month (and day) written without one; return (year, anchor kind)."""
    if ctx.anchor is None:
        return ctx.year, ("publication" if ctx.year is not None else "none")
    a = ctx.anchor
    if day is not None and ctx.tense == "past":
        # a day and month without a year in a past-tense clause: this year's date even a few
        # months ahead ("the offer was extended to Nov. 20"); news names other years
        this_year = safe_date(a.year, month, day)
        if this_year is not None and timedelta(0) < this_year - a <= timedelta(days=_PAST_TOLERANCE_DAYS):
            return a.year, "publication"
    best: tuple[float, int] | None = None
    for y in (a.year - 1, a.year, a.year + 1):
        if day is not None:
            d = safe_date(y, month, day)
            if d is None:
                continue
            lo = hi = d
        else:
            lo, hi = date(y, month, 1), date(y, month, _last_day(y, month))
        if ctx.tense == "past" and lo > a:
            continue
        if ctx.tense == "future" and hi < a:
            continue
        dist = 0 if lo <= a <= hi else min(abs((lo - a).days), abs((hi - a).days))
        key = (dist, abs(y - a.year))
        if best is None or key < best:
            best = key
            chosen = y
    if best is None:
        return a.year, "publication"
    return chosen, "publication"


def _weekday_date(wd: int, rel: str | None, ctx: _Ctx) -> date | None:
    a = ctx.anchor
    if a is None:
        return None
    diff = (a.isoweekday() - wd) % 7  # days back to the most recent such day (0 = today)
    rel = (rel or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    if rel in ("next", "this coming", "coming"):
        ahead = (wd - a.isoweekday()) % 7
        return a + timedelta(days=ahead or 7)
    if rel in ("last", "past", "this past"):
        return a - timedelta(days=diff or 7)
    if ctx.tense == "future":
        ahead = (wd - a.isoweekday()) % 7
        return a + timedelta(days=ahead)
    if rel == "this":
        # "this Friday": the day of the current week
        return a + timedelta(days=wd - a.isoweekday())
    return a - timedelta(days=diff)


def _parse_num(words: str) -> float | None:
    """Number of a duration ("two", "86", "a", "1 1/2"); None when vague ("several")."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    half = 0.0
    if w.endswith(" and a half"):
        half, w = 0.5, w[: -len(" and a half")]
    if w.endswith(" 1/2") or w.endswith("½"):
        half, w = 0.5, w.replace(" 1/2", "").replace("½", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", w):
        return float(w.replace(",", "")) + half
    if re.fullmatch(r"\d+,\d+", w):  # "1,5" written with a decimal comma
        return float(w.replace(",", ".")) + half
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w] + half
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](\w+)", w)
    if m and m.group(2) in _NUMBER_WORDS:
        return _NUMBER_WORDS[m.group(1)] + _NUMBER_WORDS[m.group(2)] + half
    return None


def _unit_of(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str:
    letter, mult = _UNIT_CODES[unit]
    if unit == "quarter":
        letter, mult = "M", 3
    if unit == "weekend":
        letter, mult = "WE", 1
    if n is None:
        count = "X"
    else:
        total = n * mult
        # half units: "2 1/2 years" -> P2Y6M, "half an hour" -> PT30M
        if not float(total).is_integer() and float(total * 2).is_integer():
            whole = int(total)
            sub = {"Y": ("6M", ""), "M": ("15D", "30S"), "W": ("3DT12H", ""), "D": ("T12H", ""), "H": ("", "30M")}
            t = "T" if unit in _TIME_UNITS else ""
            if letter in sub and (sub[letter][1] if t else sub[letter][0]):
                half = sub[letter][1] if t else sub[letter][0]
                head = f"{whole}{letter}" if whole else ""
                return f"P{t}{head}{half}"
        count = _fmt_num(total)
    t = "T" if unit in _TIME_UNITS else ""
    return f"P{t}{count}{letter}"


def _shift(a: date, n: int, unit: str) -> str:
    """The date ``n`` units from ``a`` (negative: before), at that unit's granularity."""
    if unit in ("day", "hour", "minute", "second"):
        days = n if unit == "day" else 0
        return (a + timedelta(days=days)).isoformat()
    if unit in ("week", "fortnight"):
        return _iso_week(a + timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return _iso_week(a + timedelta(weeks=n)) + "-WE"
    if unit == "month":
        y, m = _add_months(a.year, a.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, m = _add_months(a.year, a.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return f"{a.year + n:04d}"
    if unit == "decade":
        return f"{(a.year + 10 * n) // 10:03d}"
    if unit == "century":
        return f"{(a.year + 100 * n) // 100:02d}"
    return a.isoformat()


def _shift_value(value: str | None, n: int, unit: str) -> str | None:
    """Shift a TIMEX3 value by ``n`` units, keeping its granularity where it is finer.

    "2024-Q3" a year earlier is "2023-Q3"; "2024-10-12" a year earlier is "2023-10-12";
    "2024-03" a month later is "2024-04". None when the value cannot be shifted that way.
    """
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H[12]|SP|SU|FA|WI|\d\d)(?:-(\d\d))?)?", value)
    if m is None:
        return None
    y, mid, d = int(m.group(1)), m.group(2), m.group(3)
    if unit == "year":
        if d:
            return (safe_date(y + n, int(mid), int(d)) or date(y + n, int(mid), 28)).isoformat()
        return f"{y + n:04d}" + (f"-{mid}" if mid else "")
    if unit == "month" and mid and mid.isdigit():
        ny, nm = _add_months(y, int(mid), n)
        if d:
            return (safe_date(ny, nm, int(d)) or date(ny, nm, _last_day(ny, nm))).isoformat()
        return f"{ny:04d}-{nm:02d}"
    if unit == "quarter" and mid and mid.startswith("Q"):
        k = y * 4 + int(mid[1]) - 1 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit in ("day", "week") and d:
        base = date(y, int(mid), int(d)) + timedelta(days=n * (7 if unit == "week" else 1))
        return base.isoformat() if unit == "day" else _iso_week(base)
    return None


def _unknown_unit_value(unit: str) -> str:
    return {
        "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
        "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
    }.get(unit, "XXXX-XX-XX")


# --- the normaliser ---------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Ctx], Normalized | None]


def _h_iso(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    d = safe_date(int(m.group(0)[:4]), int(m.group(0)[5:7]), int(m.group(0)[8:10]))
    return Normalized("DATE", d.isoformat(), "none") if d else None


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    mo, dd, yy = (int(x) for x in m.group(0).split("/"))
    if yy < 100:
        yy += 2000 if yy < 50 else 1900
    d = safe_date(yy, mo, dd)
    return Normalized("DATE", d.isoformat(), "none") if d else None


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_num(word: str) -> int:
    w = word.lower()
    if w in _ORDINALS:
        return _ORDINALS[w]
    return int(re.sub(r"\D", "", w))


def _h_md(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    month, day = _month_num(m.group("mon")), _day_num(m.group("day"))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel and not m.group("year") and ctx.anchor is not None:
        tense = "past" if rel in ("last", "this past") else "future" if rel in ("next", "this coming") else ctx.tense
        ctx = _Ctx(ctx.anchor, ctx.year, tense, ctx.reference)
    if m.group("year"):
        d = safe_date(int(m.group("year")), month, day)
        return Normalized("DATE", d.isoformat(), "none") if d else None
    if not 1 <= day <= 31:
        return None
    year, kind = _pick_year_for(month, day, ctx)
    if year is None:
        return Normalized("DATE", f"XXXX-{month:02d}-{day:02d}", "none")
    d = safe_date(year, month, day)
    return Normalized("DATE", d.isoformat(), kind) if d else None


def _h_my(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    month = _month_num(m.group("mon"))
    kind = "none"
    if m.group("year"):
        year = int(m.group("year"))
    else:
        base = ctx.anchor.year if ctx.anchor is not None else ctx.year
        if base is None:
            return Normalized("DATE", f"XXXX-{month:02d}" + (f"-{_day_num(m.group('day')):02d}" if m.group("day") else ""), "none")
        year = base + {"last": -1, "this": 0, "next": 1}[m.group("rely").lower()]
        kind = "publication"
    if m.group("day"):
        d = safe_date(year, month, _day_num(m.group("day")))
        return Normalized("DATE", d.isoformat(), kind) if d else None
    return Normalized("DATE", f"{year:04d}-{month:02d}", kind)


def _h_edge(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    if m.group("ye") or m.group("ye2"):
        unit, edge = (m.group("ye") or m.group("ye2")).lower(), "end"
    else:
        unit, edge = m.group("unit").lower(), re.sub(r"\s+", " ", m.group("edge").lower())
    mod = {"end": "END", "close": "END", "turn": "END", "second half": "END", "middle": "MID"}.get(edge, "START")
    if ctx.anchor is None:
        if unit == "year" and ctx.year is not None:
            value = str(ctx.year)
        else:
            return Normalized("DATE", _unknown_unit_value(unit), "none", mod)
    else:
        n = -1 if ctx.tense == "past" and mod == "END" and unit == "year" and ctx.anchor.month <= 3 else 0
        value = _shift(ctx.anchor, n, unit)
    lo, hi = _fuzzy_bounds(value, mod)
    return Normalized("DATE", value, "publication", mod, lo, hi)


def _h_month(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    month = _month_num(m.group("mon"))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel and ctx.anchor is not None:
        a = ctx.anchor
        if rel in ("last", "past", "this past"):
            y = a.year if month < a.month else a.year - 1
        elif rel in ("next", "coming", "this coming"):
            y = a.year if month > a.month else a.year + 1
        else:
            y = a.year
        return Normalized("DATE", f"{y:04d}-{month:02d}", "publication")
    year, kind = _pick_year_for(month, None, ctx)
    if year is None:
        return Normalized("DATE", f"XXXX-{month:02d}", "none")
    return Normalized("DATE", f"{year:04d}-{month:02d}", kind)


def _h_year(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    return Normalized("DATE", m.group("year"), "none")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    dec = m.group("dec")
    if dec.startswith("'"):
        century = (ctx.anchor.year // 100) if ctx.anchor else (ctx.year // 100 if ctx.year else 19)
        d = int(dec[1:])
        cent = century if d <= (ctx.anchor.year % 100 if ctx.anchor else 99) else century - 1
        return Normalized("DATE", f"{cent:02d}{d // 10}", "publication" if ctx.anchor else "none")
    return Normalized("DATE", dec[:3], "none")


def _h_century(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    o = m.group("ord").lower()
    n = _ORDINALS.get(o) or int(re.sub(r"\D", "", o))
    return Normalized("DATE", f"{n - 1:02d}", "none")


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    wd = _WEEKDAYS[m.group("wd").lower().rstrip(".")]
    pod = m.group("pod")
    d = _weekday_date(wd, m.group("rel"), ctx)
    if d is None:
        value = f"XXXX-WXX-{wd}"
        kind = "none"
    else:
        value, kind = d.isoformat(), "publication"
    if pod:
        return Normalized("TIME", f"{value}T{_PARTS_OF_DAY[pod.lower()]}", kind)
    return Normalized("DATE", value, kind)


def _h_deictic(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    pod = m.group("pod")
    if ctx.anchor is None:
        value, kind = ("PRESENT_REF" if offset == 0 and not pod else "XXXX-XX-XX"), "none"
    else:
        value, kind = (ctx.anchor + timedelta(days=offset)).isoformat(), "publication"
    if pod:
        return Normalized("TIME", f"{value}T{_PARTS_OF_DAY[pod.lower()]}", kind)
    return Normalized("DATE", value, kind)


def _h_pod(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    w = re.sub(r"\s+", " ", (m.group("w") or "").lower())
    pod = (m.group("pod") or m.group("w2")).lower()
    offset = -1 if w == "last" else 0
    if pod == "overnight":
        offset = -1 if ctx.tense != "future" else 0
    if ctx.anchor is None:
        return Normalized("TIME", f"XXXX-XX-XXT{_PARTS_OF_DAY[pod]}", "none")
    d = ctx.anchor + timedelta(days=offset)
    return Normalized("TIME", f"{d.isoformat()}T{_PARTS_OF_DAY[pod]}", "publication")


def _h_present(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    if m.group(0).lower().startswith("so far"):
        return Normalized("DATE", str(ctx.anchor.year) if ctx.anchor else "XXXX", "publication" if ctx.anchor else "none")
    return Normalized("DATE", "PRESENT_REF", "publication" if ctx.anchor else "none")


def _h_pastref(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    return Normalized("DATE", "PAST_REF", "publication" if ctx.anchor else "none")


def _h_futref(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    return Normalized("DATE", "FUTURE_REF", "publication" if ctx.anchor else "none")


_WINDOW_DAYS = {"hours": 1, "days": 7, "weeks": 30, "months": 183, "years": 3 * 365, "decades": 30 * 365}


def _h_window(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    unit = _unit_of(m.group("unit"))
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    value = _duration_value(None, unit)
    if ctx.anchor is None:
        return Normalized("DURATION", value, "none")
    span = timedelta(days=_WINDOW_DAYS[m.group("unit").lower()])
    if direction in ("coming", "next few", "next several", "following"):
        lo, hi = ctx.anchor, ctx.anchor + span
    else:
        lo, hi = ctx.anchor - span, ctx.anchor
    return Normalized("DURATION", value, "publication", None, lo.isoformat(), hi.isoformat())


def _h_rel(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    has_the = m.group(0).lower().startswith("the ")
    if has_the and rel in ("next", "following") and unit == "day":
        if ctx.reference is None:
            return Normalized("DATE", "XXXX-XX-XX", "none")
        return Normalized("DATE", (ctx.reference + timedelta(days=1)).isoformat(), "previous")
    if rel in ("past", "previous", "following") and has_the or rel == "past":
        if rel == "following" and unit in ("day", "week", "month", "year"):
            shifted = _shift_value(ctx.ref_value, 1, unit) if ctx.ref_value else None
            if shifted:
                return Normalized("DATE", shifted, "previous")
            if ctx.reference is not None:
                return Normalized("DATE", _shift(ctx.reference, 1, unit), "previous")
        if rel == "previous" and unit in ("day", "week", "month", "year", "quarter"):
            # "the previous year": the one before the period being discussed
            shifted = _shift_value(ctx.ref_value, -1, unit) if ctx.ref_value and unit != "week" else None
            if shifted:
                return Normalized("DATE", shifted if unit != "year" else shifted[:4], "previous")
            if ctx.anchor is not None:
                return Normalized("DATE", _shift(ctx.anchor, -1, unit), "publication")
        if rel in ("past", "previous"):
            return Normalized("DURATION", _duration_value(1, unit), "none")
    if has_the and rel in ("next", "following", "coming") and unit in ("decade", "century"):
        return Normalized("DURATION", _duration_value(1, unit), "none")
    if rel == "same" and ctx.reference is not None:
        return Normalized("DATE", _shift(ctx.reference, 0, unit), "previous")
    if rel == "same":
        return None
    if unit in _TIME_UNITS:
        return Normalized("DURATION", _duration_value(1, unit), "none")
    n = {"this": 0, "current": 0, "present": 0, "last": -1, "previous": -1, "this past": -1, "next": 1,
         "coming": 1, "this coming": 1, "following": 1}.get(rel)
    if n is None:
        return None
    if ctx.anchor is None:
        if unit == "year" and ctx.year is not None and n == 0:
            return Normalized("DATE", str(ctx.year), "publication")
        return Normalized("DATE", _unknown_unit_value(unit), "none")
    return Normalized("DATE", _shift(ctx.anchor, n, unit), "publication")


def _h_season(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    code = _SEASONS[m.group("season").lower()]
    if m.group("year"):
        return Normalized("DATE", f"{m.group('year')}-{code}", "none")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if ctx.anchor is None:
        if ctx.year is not None and rel in ("this", "the", ""):
            return Normalized("DATE", f"{ctx.year}-{code}", "publication")
        return Normalized("DATE", f"XXXX-{code}", "none")
    a = ctx.anchor
    cur = {12: 4, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[a.month]
    order = _SEASON_ORDER[code]
    y = a.year
    if rel in ("last", "past", "this past"):
        y = a.year if order < cur else a.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = a.year if order > cur else a.year + 1
    elif ctx.tense == "past" and order > cur:
        y = a.year - 1
    elif ctx.tense == "future" and order < cur:
        y = a.year + 1
    return Normalized("DATE", f"{y}-{code}", "publication")


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    q = m.group("q").lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(q)
    if m.group("year") and n:
        return Normalized("DATE", f"{m.group('year')}-Q{n}", "none")
    if ctx.anchor is None:
        return Normalized("DATE", f"XXXX-Q{n}" if n else "XXXX-QX", "none")
    a = ctx.anchor
    cur = (a.month - 1) // 3 + 1
    if n is None:
        if q == "current":
            return Normalized("DATE", f"{a.year}-Q{cur}", "publication")
        y, mo = _add_months(a.year, a.month, -3)
        return Normalized("DATE", f"{y}-Q{(mo - 1) // 3 + 1}", "publication")
    y = a.year
    if n > cur and ctx.tense != "future":
        y -= 1  # a quarter not yet begun, in a report: last year's
    return Normalized("DATE", f"{y}-Q{n}", "publication")


def _h_ago(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    n = _parse_num(m.group("num"))
    unit = _unit_of(m.group("unit"))
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    relative_to_previous = direction in ("earlier", "later", "before", "after")
    base = ctx.reference if relative_to_previous and ctx.reference is not None else ctx.anchor
    kind = "previous" if base is not None and base is ctx.reference and relative_to_previous else "publication"
    if base is None:
        return Normalized("DATE", _unknown_unit_value(unit), "none")
    qual = (m.group("qual") or "").lower()
    qmod = "APPROX" if qual in ("about", "around", "some", "roughly", "approximately") or "or so" in m.group(0).lower() else None
    if n is None or not float(n).is_integer():
        return Normalized("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", kind, qmod)
    if unit == "year" and ctx.reference is None and direction in ("earlier", "before"):
        kind = "publication"
    if unit in ("year", "quarter", "month") and ctx.ref_value:
        # "a year earlier" after "the third quarter": the same quarter a year before
        ref = ctx.ref_value
        if relative_to_previous or (re.fullmatch(r"\d{4}-Q\d", ref) and ctx.anchor is not None and abs(int(ref[:4]) - ctx.anchor.year) <= 1):
            shifted = _shift_value(ref, sign * int(n), unit)
            if shifted:
                return Normalized("DATE", shifted, "previous", qmod)
    return Normalized("DATE", _shift(base, sign * int(n), unit), kind, qmod)


def _h_relday(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    offset = 0
    pod = m.group("pod")
    if pod:
        if ctx.reference is None:
            return Normalized("TIME", f"XXXX-XX-XXT{_PARTS_OF_DAY[pod.lower()]}", "none")
        shift = 0 if w.startswith("that") else 1
        d = (ctx.reference + timedelta(days=shift)).isoformat()
        return Normalized("TIME", f"{d}T{_PARTS_OF_DAY[pod.lower()]}", "previous")
    if w in ("the next day", "the following day", "the day after"):
        offset = 1
    elif w in ("the previous day", "the day before", "the night before"):
        offset = -1
    if ctx.reference is None:
        return Normalized("DATE", "XXXX-XX-XX", "none")
    d = (ctx.reference + timedelta(days=offset)).isoformat()
    if "night" in w:
        return Normalized("TIME", d + "TNI", "previous")
    return Normalized("DATE", d, "previous")


_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "boxing day": (12, 26),
}


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(4 - first.isoweekday()) % 7 + 21)  # fourth Thursday


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    rel = (m.group("rel") or "").lower()
    tense = {"last": "past", "next": "future"}.get(rel, ctx.tense)
    if name.startswith("thanksgiving"):
        if ctx.anchor is None:
            return Normalized("DATE", f"{ctx.year}-11-{_thanksgiving(ctx.year).day:02d}" if ctx.year else "XXXX-11-XX",
                              "publication" if ctx.year else "none")
        a = ctx.anchor
        cands = [_thanksgiving(y) for y in (a.year - 1, a.year, a.year + 1)]
        if tense == "past":
            d = max(c for c in cands if c <= a)
        elif tense == "future":
            d = min(c for c in cands if c >= a)
        else:
            d = min(cands, key=lambda c: abs((c - a).days))
        return Normalized("DATE", d.isoformat(), "publication")
    month, day = _HOLIDAYS[name]
    if rel in ("last", "next") and ctx.anchor is not None:
        a = ctx.anchor
        this_year = date(a.year, month, day)
        if rel == "last":
            y = a.year if this_year < a else a.year - 1
        else:
            y = a.year if this_year > a else a.year + 1
        return Normalized("DATE", f"{y:04d}-{month:02d}-{day:02d}", "publication")
    year, kind = _pick_year_for(month, day, _Ctx(ctx.anchor, ctx.year, tense, ctx.reference, ctx.ref_value))
    if year is None:
        return Normalized("DATE", f"XXXX-{month:02d}-{day:02d}", "none")
    return Normalized("DATE", f"{year:04d}-{month:02d}-{day:02d}", kind)


def _h_that(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    unit = m.group("unit").lower()
    bounds = value_bounds(ctx.ref_value) if ctx.ref_value else None
    base = bounds[0] if bounds else ctx.reference
    if base is None:
        return Normalized("DATE", _unknown_unit_value(unit), "none")
    return Normalized("DATE", _shift(base, 0, unit), "previous")


_RATE_BEFORE_RE = re.compile(
    r"(?:\d[\d.,]*\s*(?:bn|m|k|million|billion|trillion|thousand)?|million|billion|trillion|thousand|dozen|hundred|times)\s+$",
    re.IGNORECASE,
)


def _h_duration(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    num_words = m.group("num")
    unit = _unit_of(m.group("unit"))
    if num_words.lower() in ("the", "some", "many") and not m.group("dir"):
        return None
    n = None if num_words.lower() in _VAGUE_NUMBERS else _parse_num(num_words)
    if m.group("half") and n is not None:
        n += 0.5
    if num_words.lower() not in _VAGUE_NUMBERS and n is None:
        return None
    qual = m.group("qual")
    mod = _QUAL_MODS.get(re.sub(r"\s+", " ", qual.lower())) if qual else None
    value = _duration_value(n, unit)
    earliest = latest = None
    direction = (m.group("dir") or "").lower()
    if ctx.anchor is not None and direction in ("past", "last", "next", "coming", "previous"):
        span = _span_days(n if n is not None else None, unit)
        if span:
            if direction in ("next", "coming"):
                earliest, latest = ctx.anchor.isoformat(), (ctx.anchor + timedelta(days=span)).isoformat()
            else:
                earliest, latest = (ctx.anchor - timedelta(days=span)).isoformat(), ctx.anchor.isoformat()
    return Normalized("DURATION", value, "publication" if earliest else "none", mod, earliest, latest)


def _span_days(n: float | None, unit: str) -> int | None:
    if unit in ("hour", "minute") and n is not None:
        return max(1, int(-(-n // (24 if unit == "hour" else 1440))))
    per = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365, "decade": 3652, "century": 36525}
    if n is None or unit not in per:
        return None
    return int(round(n * per[unit]))


def _h_bare(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    return Normalized("DURATION", _duration_value(None, _unit_of(m.group("x"))), "none")


def _h_set(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    if m.group("adv"):
        adv = m.group("adv").lower()
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                 "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "biannually": "P6M"}[adv]
        return Normalized("SET", value, "none")
    if m.group("times"):
        return Normalized("SET", _duration_value(1, _unit_of(m.group("per"))), "none")
    what = m.group("what")
    low = what.lower().rstrip(".")
    if low in _WEEKDAYS:
        return Normalized("SET", f"XXXX-WXX-{_WEEKDAYS[low]}", "none")
    if low in _PARTS_OF_DAY:
        return Normalized("SET", f"XXXX-XX-XXT{_PARTS_OF_DAY[low]}", "none")
    if low in _SEASONS:
        return Normalized("SET", f"XXXX-{_SEASONS[low]}", "none")
    if low in MONTHS:
        return Normalized("SET", f"XXXX-{MONTHS[low]:02d}", "none")
    if low == "season":
        return Normalized("SET", "P1Y", "none")
    n = _parse_num(m.group("num")) if m.group("num") else 1
    return Normalized("SET", _duration_value(n, _unit_of(what)), "none")


def _clock_time(words: str) -> str | None:
    w = words.lower().strip()
    if w.startswith("noon"):
        return "12:00"
    if w.startswith("midnight"):
        return "00:00"
    m = re.match(r"(\d{1,2})(?::(\d\d))?(?::\d\d)?\s*(a\.?m\.?|p\.?m\.?)?", w)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    ampm = (m.group(3) or "").replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    if h > 23:
        return None
    return f"{h:02d}:{mi:02d}"


def _h_clock(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    t = _clock_time(m.group("clock"))
    if t is None:
        return None
    if m.group("wd"):
        d = _weekday_date(_WEEKDAYS[m.group("wd").lower().rstrip(".")], None, ctx)
        kind = "publication"
    elif m.group("mon"):
        month, day = _month_num(m.group("mon")), _day_num(m.group("day"))
        year, kind = _pick_year_for(month, day, ctx)
        d = safe_date(year, month, day) if year is not None else None
        if d is None:
            return Normalized("TIME", f"XXXX-{month:02d}-{day:02d}T{t}", "none")
    elif ctx.reference is not None:
        d, kind = ctx.reference, "previous"
    else:
        d, kind = ctx.anchor, "publication"
    if d is None:
        return Normalized("TIME", f"XXXX-XX-XXT{t}", "none")
    return Normalized("TIME", f"{d.isoformat()}T{t}", kind)


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    w = re.sub(r"\s+", " ", m.group(0).lower())
    if ctx.anchor is None:
        return Normalized("DATE", "XXXX-WXX-WE", "none")
    a = ctx.anchor
    if w.startswith("next"):
        d = a + timedelta(weeks=1)
    elif w.startswith("last") or w.startswith("this past"):
        d = a - timedelta(weeks=1) if a.isoweekday() >= 6 else a - timedelta(days=a.isoweekday())
    elif w.startswith("this") or ctx.tense == "future":
        d = a
    else:
        d = a if a.isoweekday() >= 6 else a - timedelta(days=a.isoweekday())
    return Normalized("DATE", _iso_week(d) + "-WE", "publication")


def _h_ordday(m: re.Match[str], ctx: _Ctx) -> Normalized | None:
    day = _day_num(m.group("day"))
    base, kind = (ctx.reference, "previous") if ctx.reference is not None else (ctx.anchor, "publication")
    if base is None:
        return Normalized("DATE", f"XXXX-XX-{day:02d}", "none")
    d = safe_date(base.year, base.month, day)
    if d is None:
        return None
    if ctx.tense == "past" and ctx.anchor is not None and d > ctx.anchor:
        y, mo = _add_months(base.year, base.month, -1)
        d = safe_date(y, mo, day) or d
    elif ctx.tense == "future" and kind == "publication" and d < base:
        y, mo = _add_months(base.year, base.month, 1)
        d = safe_date(y, mo, day) or d
    return Normalized("DATE", d.isoformat(), kind)


_HANDLERS: dict[str, _Handler] = {
    "iso": _h_iso, "numeric": _h_numeric, "mdy": _h_md, "dmy": _h_md, "my": _h_my, "month": _h_month,
    "year": _h_year, "decade": _h_decade, "century": _h_century, "weekday": _h_weekday,
    "deictic": _h_deictic, "pod": _h_pod, "present": _h_present, "pastref": _h_pastref,
    "futref": _h_futref, "window": _h_window, "rel": _h_rel, "season": _h_season,
    "quarter": _h_quarter, "ago": _h_ago, "relday": _h_relday, "duration": _h_duration,
    "bare": _h_bare, "set": _h_set, "edge": _h_edge, "that": _h_that, "holiday": _h_holiday, "clock": _h_clock, "weekend": _h_weekend, "ordday": _h_ordday,
}

_BARE_UNITS = {"year": "year", "the year": "year", "month": "month", "the month": "month", "week": "week", "the week": "week",
               "the decade": "decade", "decade": "decade"}


def _normalize_core(text: str, ctx: _Ctx) -> Normalized | None:
    t = re.sub(r"\s+", " ", text.strip())
    if not t:
        return None
    for name, _search, full in _patterns():
        m = full.fullmatch(t)
        if m is None:
            continue
        out = _HANDLERS[name](m, ctx)
        if out is not None:
            return out
    return None


def normalize_expression(
    text: str,
    anchor: date | None,
    *,
    tense: str | None = None,
    reference: date | str | None = None,
    anchor_year: int | None = None,
) -> Normalized | None:
    """Normalise the words of one time expression to a TIMEX3 type, value and mod.

    Args:
        text: the expression as written ("on Tuesday" works; the preposition is read as a
            mod: "by December" gives mod BEFORE).
        anchor: the article's publication date, or None when unknown.
        tense: tense of the clause the expression sits in: "past", "present", "future" or
            None. It decides e.g. whether a bare weekday is last or next week's.
        reference: the date (or ISO string) of an earlier expression in the text, for
            "the 23rd", "the next day", "two days later". None to use only ``anchor``.
        anchor_year: the year alone, when the date is unknown but the year is known.

    Returns:
        A ``Normalized`` (type, value, anchor kind, mod, earliest, latest), or None when
        the words are not a time expression the tagger understands.
    """
    ref_value: str | None = None
    if isinstance(reference, str):
        ref_value = reference
        b = value_bounds(reference)
        reference = b[0] if b and b[0] == b[1] else None
    elif isinstance(reference, date):
        ref_value = reference.isoformat()
    ctx = _Ctx(anchor, anchor.year if anchor is not None else anchor_year, tense, reference, ref_value)
    t = re.sub(r"\s+", " ", text.strip())
    prep_mod = None
    pm = re.match(r"^(on|in|at|during|by|before|after|since|until|till|from|of|for)\s+(?=\S)", t, re.IGNORECASE)
    if pm:
        prep_mod = {"by": "BEFORE", "before": "BEFORE", "after": "AFTER", "since": "AFTER"}.get(pm.group(1).lower())
        t = t[pm.end():]
    try:
        return _normalize_with_mods(t, ctx, prep_mod)
    except (ValueError, OverflowError, KeyError):
        return None  # an impossible date ("Feb. 30", year 10000)


def _normalize_with_mods(t: str, ctx: _Ctx, prep_mod: str | None) -> Normalized | None:
    qual_mod = None
    qm = re.match(r"^(about|around|approximately|roughly|circa|an estimated)\s+", t, re.IGNORECASE)
    if qm:
        qual_mod = "APPROX"
        t = t[qm.end():]
    out = _normalize_core(t, ctx)
    if out is None and re.fullmatch(r"(?:years|decades|months|weeks|days|hours|minutes|centuries)", t, re.IGNORECASE):
        out = Normalized("DURATION", _duration_value(None, _unit_of(t)), "none")  # "for years"
    if out is None:
        lead = _LEAD_RE.match(t)
        if lead:
            rest = lead.group("rest")
            core = _normalize_core(rest, ctx)
            if core is None and rest.lower() in _BARE_UNITS and ctx.anchor is not None:
                core = Normalized("DATE", _shift(ctx.anchor, 0, _BARE_UNITS[rest.lower()]), "publication")
            if core is not None and core.type in ("DATE", "TIME"):
                if lead.group("m1"):
                    m1 = _mod_code(lead.group("m1"))
                    m2 = _mod_code(lead.group("m2"))
                    lo, hi = _fuzzy_bounds(core.value or "", m1 or "START", m2 or "END")
                    out = replace(core, earliest=lo, latest=hi, mod=None)
                else:
                    mod = _POS_MODS.get(re.sub(r"\s+", " ", lead.group("m").lower()))
                    if mod is None:
                        out = core
                    else:
                        lo, hi = _fuzzy_bounds(core.value or "", mod)
                        out = replace(core, mod=mod, earliest=lo, latest=hi)
    if out is None:
        return None
    if qual_mod and out.mod is None:
        out = replace(out, mod=qual_mod)
    if prep_mod and out.mod is None and out.type in ("DATE", "TIME"):
        out = replace(out, mod=prep_mod)
    return out


def _mod_code(word: str) -> str | None:
    return {"early": "START", "mid": "MID", "late": "END"}.get(word.lower())


# --- extraction -------------------------------------------------------------------------

_CAP_WORDS_RE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
    re.IGNORECASE,
)
_MAY_CONTEXT_RE = re.compile(
    r"\b(?:in|of|since|until|till|by|last|next|this|early|late|mid|through|from|to|and|before|after|during|"
    r"between|or|end|beginning|start|middle|on|since|past|coming)\s*-?\s*$",
    re.IGNORECASE,
)
_NOT_YEAR_AFTER_RE = re.compile(
    r"^\s*(?:%|percent|per\s*cent|(?:troops|soldiers|people|men|women|children|civilians|"
    r"dollars|euros|pounds|yuan|won|rubles|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|units|"
    r"vehicles|tanks|drones|missiles|rounds|shells|cases|deaths|dead|killed|injured|wounded|votes|seats|"
    r"residents|migrants|refugees|workers|employees|jobs|homes|houses|buildings|cars|acres|hectares|calories|"
    r"points|rooms|beds|patients|prisoners|hostages|members|fighters|personnel|staff|students|pages|words)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    name: str


def _accept(name: str, m: re.Match[str], text: str) -> bool:
    s, e = m.span()
    span = m.group(0)
    if name in _CASED:
        for w in _CAP_WORDS_RE.finditer(span):
            if not w.group(0)[0].isupper():
                return False
    if name == "month" and not m.group("rel"):
        mon = m.group("mon")
        if mon.lower() in ("may", "march") or len(mon) <= 4:
            before = text[max(0, s - 30):s]
            after = text[e:e + 12]
            if not (_MAY_CONTEXT_RE.search(before) or re.match(r"^\s*(?:,?\s*\d|\s*'\d\d)", after)):
                return False
    if name == "year":
        before = text[max(0, s - 12):s]
        if re.search(r"(?:[$€£#¥]|\bNo\.|\bpage|\bp\.|\bpp\.|\bRoute|\bflight|\bnumber|\bBoeing|\bAirbus|\bmodel)\s*$", before, re.IGNORECASE):
            return False
        if re.search(r"[\d.,:/]$", before) or re.match(r"^[.,:/]\d", text[e:e + 2]):
            return False
        if _NOT_YEAR_AFTER_RE.match(text[e:e + 30]) and not m.group("fiscal"):
            return False
    if name == "duration":
        num = m.group("num").lower()
        if re.fullmatch(r"(?:a|an|the)\s+second", span, re.IGNORECASE) and not re.match(
            r"^\s*(?:$|[,.;:)!?]|(?:later|earlier|ago|longer|or|and|to|in|for)\b)", text[e:e + 10], re.IGNORECASE
        ):
            return False  # "a second goal", "a second-half replacement"
        if re.match(r"^-old\b", text[e:e + 6]) or (re.search(r"quarters?$", span, re.IGNORECASE) and ("-" in span or re.match(r"^\s+of\b", text[e:e + 6]))):
            return False
        before = text[max(0, s - 12):s]
        if num in ("a", "an") and re.search(r"(?:\d|times|once|twice|per|\$\S*)\s*$", before, re.IGNORECASE):
            return False
        if num in ("some", "many", "the") and not m.group("dir"):
            return False
        if re.search(r"\d\s*$", before) and not re.match(r"\d", num):
            return False
    if name == "ordday":
        after = text[e:e + 16]
        if not re.match(r"^\s*(?:$|[,.;:)\]\"”’'—–-]|(?:and|or|when|at|in|to|from|until|before|after|as|of)\b)", after, re.IGNORECASE):
            return False
    if name == "season":
        word = m.group("season")
        if not m.group("rel") and not m.group("year"):
            if word.lower() in ("fall", "spring"):
                return False
        if word[0].isupper() and s > 0 and not m.group("rel") and re.search(r"[A-Z][a-z]+\s+$", text[max(0, s - 20):s]):
            return False  # "Arab Spring", "Operation Winter ..."
    if name == "present" and span.lower() == "now":
        # "now" in "now-defunct" or "Now This" is not a time reference worth keeping
        if text[e:e + 1] == "-":
            return False
    if name == "clock":
        clock = m.group("clock")
        if ":" in clock and not re.search(r"[ap]\.?m|GMT|UTC|T\b|time|noon|midnight", clock, re.IGNORECASE):
            before = text[max(0, s - 6):s]
            if not re.search(r"\b(?:at|by|until|from|to|around|about|after|before)\s+$", before, re.IGNORECASE):
                return False
    if name == "ago" and m.group("dir").lower() in ("before", "after"):
        # "a week after the ministry said ..." is a span of time, not a date of its own
        if not re.match(r"^\s*(?:$|[,.;:)\]\"”’'—–]|and\b|but\b|when\b)", text[e:e + 8], re.IGNORECASE):
            return False
    if name == "pastref" and span.lower() == "the past":
        if re.match(r"^\s+(?:" + _NUM_RE + r")", text[e:e + 20], re.IGNORECASE):
            return False
    return True


# Words (lower case) of which a match of each pattern holds at least one from every group
# ("\\d": a digit): a pattern whose groups are not all met in a text cannot match it and is not
# run over it (the passes of patterns that cannot match were most of the extraction's time).
_MONTHS3 = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur", "quarter")
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (("-",), ("\\d",)),
    "numeric": (("/",),),
    "mdy": (_MONTHS3, ("\\d",)),
    "dmy": (_MONTHS3, ("\\d",)),
    "my": (_MONTHS3,),
    "month": (_MONTHS3,),
    "year": (("\\d",),),
    "decade": (("\\d",),),
    "century": (("century",),),
    "weekday": (("mon", "tue", "wed", "thu", "fri", "sat", "sun"),),
    "deictic": (("today", "yesterday", "tomorrow"),),
    "pod": (("morning", "afternoon", "evening", "night"),),
    "present": (("now", "currently", "present", "days", "moment", "year"),),
    "pastref": (("recently", "past", "lately"),),
    "futref": (("future",),),
    "window": (("days", "weeks", "months", "years", "decades", "hours"),),
    "rel": (_UNIT_WORDS,),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "quarter": (("quarter",),),
    "ago": (_UNIT_WORDS, ("ago", "earlier", "later", "before", "after", "hence", "back")),
    "relday": (("day", "night", "morning", "afternoon", "evening"),),
    "holiday": (("christmas", "year", "thanksgiving", "independence", "halloween", "valentine", "boxing"),),
    "that": (("year", "month", "week"),),
    "duration": (_UNIT_WORDS,),
    "bare": (("years", "decades", "months", "weeks", "days", "hours", "minutes"),),
    "set": (("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "once", "twice",
             "times"),),
    "clock": ((":", "am", "pm", "a.m", "p.m", "noon", "midnight"),),
    "edge": (("year", "month", "week", "decade", "century"),),
    "weekend": (("weekend",),),
    "ordday": (("\\d",),),
}
# characters that case-insensitive matching takes for an ASCII letter although ``str.lower`` does
# not make them one (dotless i, long s, dotted capital I, the Kelvin sign): texts with them run every pattern
_FOLDS_TO_ASCII = re.compile("[\u0131\u017f\u0130\u212a]")
_DIGIT = re.compile(r"\d")


def _runnable(text: str) -> Callable[[str], bool]:
    """Whether a pattern (by name) can match ``text`` at all (see ``_NEEDS``)."""
    if _FOLDS_TO_ASCII.search(text):
        return lambda name: True
    low = text.lower()
    digit = _DIGIT.search(text) is not None

    def has(word: str) -> bool:
        return digit if word == "\\d" else word in low

    return lambda name: all(any(has(w) for w in group) for group in _NEEDS.get(name, ()))


def _candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    runnable = _runnable(text)
    for name, search, _full in _patterns():
        if not runnable(name):
            continue
        for m in search.finditer(text):
            if not m.group(0).strip():
                continue
            if not _accept(name, m, text):
                continue
            s, e = m.span()
            if name == "bare":
                s, e = m.span("x")
                after = text[e:e + 12]
                if re.match(r"^\s+(?:of|ago|later|earlier|old|before|after)\b", after, re.IGNORECASE):
                    continue
            out.append(_Cand(s, e, name))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest non-overlapping candidates (ties: earlier start, pattern order)."""
    order = {name: i for i, (name, _) in enumerate(_PATTERN_SOURCES)}
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, order[c.name])):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _extend(text: str, c: _Cand) -> tuple[int, int]:
    """Extend a span to the left over a modifier ("early", "mid-", "the end of", "almost")."""
    s, e = c.start, c.end
    before = text[max(0, s - 40):s]
    m = _PREFIX_RE.search(before)
    if m and c.name not in ("duration", "bare", "set", "present", "pastref", "futref", "clock", "ago", "window"):
        s = s - (len(before) - m.start())
    return s, e


def find_expressions(text: str) -> list[tuple[int, int]]:
    """Find the extents of time expressions in a text.

    Args:
        text: any text (an article's cleaned text).

    Returns:
        ``(start, end)`` character offsets, in order, not overlapping.
    """
    out = []
    for c in _select(_candidates(text)):
        out.append(_extend(text, c))
    return out


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "'d", "ca"}


def _verb_tense(tok: Any, depth: int = 0) -> str | None:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.children)):
        return "future"
    if lowers & _MODAL_AUX:
        return None
    if any(a.tag_ == "VBD" for a in auxes) or tok.tag_ == "VBD":
        return "past"
    if tok.tag_ == "VBN" and lowers & {"has", "have", "'ve", "’ve", "'s", "’s"}:
        return "past"
    if tok.tag_ == "VB" and "to" in lowers:
        # an infinitive looks forward from its governing verb: future unless that is past
        head = tok.head
        if head is not tok and depth < 3 and head.pos_ in ("VERB", "AUX"):
            return "future" if _verb_tense(head, depth + 1) != "past" else None
        return "future"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and depth < 3:
        return "past"
    if tok.tag_ in ("VBZ", "VBP") or lowers & {"is", "are", "am", "'s", "'re"}:
        return "present"
    if tok.tag_ == "VBG" and tok.head is not tok and depth < 3 and tok.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(tok.head, depth + 1)
    return None


def _tense_at(doc: Any, start: int, end: int) -> str | None:
    """Tense of the clause that governs the span, read from the spaCy parse."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",) and tok.i not in range(span.start, span.end):
            return _verb_tense(tok)
        if tok.head is tok:
            if tok.pos_ in ("VERB", "AUX"):
                return _verb_tense(tok)
            return None
        tok = tok.head
    return None


def _year_quantity(doc: Any, start: int, end: int) -> bool:
    """True when a year-like number is a count ("2000 soldiers") in the spaCy parse."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.i > 0 and (doc[tok.i - 1].tag_ in ("POS", "PRP$") or doc[tok.i - 1].lower_ in ("a", "an")):
        return False  # "the company's 1989 results", "a 2010 raid"
    if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        # counts take a plural noun ("2000 soldiers"); "a 2010 raid" is a year
        return tok.head.tag_ in ("NNS", "NNPS") and _unit_of(tok.head.lower_) not in _UNIT_CODES
    return False


def _publication_anchor(article: Article) -> tuple[date | None, int | None]:
    pub = article.published
    if pub.basis == "explicit" and pub.date:
        try:
            d = date.fromisoformat(pub.date[:10])
        except ValueError:
            return None, None
        later = _dateline_day_after(article, d)
        return (later, later.year) if later is not None else (d, d.year)
    if pub.basis == "inferred":
        if pub.date and (not pub.earliest or not pub.latest or pub.earliest[:10] == pub.latest[:10]):
            try:
                d = date.fromisoformat(pub.date[:10])
                return d, d.year
            except ValueError:
                pass
        if pub.earliest and pub.latest and pub.earliest[:4] == pub.latest[:4] and pub.earliest[:4].isdigit():
            return None, int(pub.earliest[:4])
    if pub.date or pub.earliest or pub.latest:
        return None, None
    caption_day = _caption_day(article)
    return (caption_day, caption_day.year) if caption_day is not None else (None, None)


def _dateline_day_after(article: Article, stamp: date) -> date | None:
    """The dateline's day when it is the day after the page's stamp ("SEOUL, Dec. 24 (Agency) --" on a page
    stamped Dec 23 in a zone behind Seoul's): the story was written that day, so its weekdays are read from it."""
    for para in [p for p in article.text.split("\n") if p.strip()][:3]:
        dl = parse_dateline(para.strip())
        if dl is None:
            continue
        if dl.month and dl.day and dl.date is None:
            for year in (stamp.year, stamp.year + 1):
                day = safe_date(year, dl.month, dl.day)
                if day is not None and (day - stamp).days == 1:
                    return day
        return None
    return None


# a caption of an old picture: its date is not the story's
_OLD_PICTURE = re.compile(r"\b(?:file|archive|archives|handout|undated)\b|\bin (?:19|20)\d\d\b", re.IGNORECASE)


def _caption_day(article: Article) -> date | None:
    """The day a page with no date of its own shows in its photo captions ("Rescuers search the rubble in
    Varna on March 3, 2024. (AP Photo)"): the weekdays of its text ("rose to 41 on Sunday") are read in that
    week. Only one day, stated in full, in captions that are not file or archive pictures; it never becomes
    the page's publication date."""
    days = {
        d
        for r in article.removed
        if r.reason == "caption" and not _OLD_PICTURE.search(r.text)
        for d, _s, _e in find_full_dates(r.text)
    }
    return days.pop() if len(days) == 1 else None


def tag_text(
    text: str,
    anchor: date | None,
    *,
    doc: Any = None,
    anchor_year: int | None = None,
    article_id: str = "",
) -> tuple[TimeExpression, ...]:
    """Find and normalise every time expression of a text.

    Args:
        text: the text; offsets refer to it.
        anchor: the publication date the text is read against, or None.
        doc: the spaCy ``Doc`` of ``text`` (optional): gives the tense of each clause and
            rules out counts such as "2000 soldiers".
        anchor_year: the year alone, when only it is known.
        article_id: the article id written into each record.

    Returns:
        The ``TimeExpression`` records in text order.
    """
    out: list[TimeExpression] = []
    reference: date | None = None
    ref_value: str | None = None
    for s, e in find_expressions(text):
        words = text[s:e]
        if re.fullmatch(r"(?:fiscal\s+(?:year\s+)?|FY\s*)?\d{4}", words, re.IGNORECASE) and _year_quantity(doc, s, e):
            continue
        if doc is not None and words == "May":
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span) == 1 and span[0].tag_ == "MD":
                continue
        # a possessive ("Wednesday's ruling") has no verb of its own
        tense = None if re.match(r"^['’]s\b", text[e:e + 3]) else _tense_at(doc, s, e)
        ctx = _Ctx(anchor, anchor.year if anchor is not None else anchor_year, tense, reference, ref_value)
        before = text[max(0, s - 12):s]
        prep = _PREP_BEFORE_RE.search(before)
        prep_mod = None
        if prep:
            prep_mod = {"by": "BEFORE", "before": "BEFORE", "after": "AFTER", "since": "AFTER"}.get(prep.group("p").lower())
        try:
            norm = _normalize_with_mods(words, ctx, prep_mod)
        except (ValueError, OverflowError, KeyError):
            norm = None  # an impossible date ("Feb. 30", year 10000): skip the expression
        if norm is None:
            continue
        if norm.type == "DURATION" and re.fullmatch(r"(?:a|an)\s+\w+", words, re.IGNORECASE) and _RATE_BEFORE_RE.search(
            text[max(0, s - 24):s]
        ):
            norm = replace(norm, type="SET")  # "94 billion a year", "four shows a year": a rate
        if norm.mod is None and _APPROX_BEFORE_RE.search(text[max(0, s - 16):s]):
            norm = replace(norm, mod="APPROX")
        out.append(
            TimeExpression(
                article=article_id, start=s, end=e, text=words, value=norm.value, anchor=norm.anchor,
                type=norm.type, earliest=norm.earliest, latest=norm.latest, mod=norm.mod,
            )
        )
        if norm.type in ("DATE", "TIME") and norm.value and re.match(r"\d{4}-\d\d-\d\d", norm.value) \
                and not _LOOK_BACK_RE.search(words):
            # ("a quake that hit two days before. As of 5 p.m., ..." : a look back is no new narrative day)
            try:
                reference = date.fromisoformat(norm.value[:10])
            except ValueError:
                reference = None
        if norm.type == "DATE" and norm.value and re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|\d\d)(?:-\d\d)?)?", norm.value):
            ref_value = norm.value
    return tuple(out)


def extract_time_expressions(article: Article, doc: "Doc", *, settings: Settings) -> tuple[TimeExpression, ...]:
    """Return the article's time expressions, normalised against its publication date.

    Args:
        article: the cleaned article; offsets point into ``article.text``.
        doc: the spaCy ``Doc`` of ``article.text`` (may be None: no tense information).
        settings: build settings (unused for now).

    Returns:
        ``TimeExpression`` records in text order, each with TIMEX3 type, value and mod, and
        ``anchor`` = "publication" (computed from the article date), "previous" (from an
        earlier expression) or "none" (absolute, or not resolvable).
    """
    anchor, year = _publication_anchor(article)
    found = tag_text(article.text, anchor, doc=doc, anchor_year=year, article_id=article.id)
    if anchor is not None and not article.published.date:
        # read against a caption's day, not the page's own: a weekday is the one in the week around that day
        # (a photo of Saturday's flood on a page that says "rose to 41 on Sunday")
        found = tuple(_nearest_weekday(te, anchor) for te in found)
    return found


_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)


def _nearest_weekday(te: TimeExpression, around: date) -> TimeExpression:
    """A weekday read against ``around`` moved to the same weekday within three days of it."""
    if te.anchor != "publication" or not _WEEKDAY_WORD.search(te.text) or re.search(r"\d|\b(?:last|next|this|previous|before|after)\b", te.text, re.I) \
            or not re.match(r"^\d{4}-\d\d-\d\d", te.value or ""):
        return te
    try:
        day = date.fromisoformat((te.value or "")[:10])
    except ValueError:
        return te
    if abs((day - around).days) > 7:
        return te  # "Sunday, May 5": a day of its own, not a weekday of the week
    shift = (day.weekday() - around.weekday() + 3) % 7 - 3
    near = around + timedelta(days=shift)
    return replace(te, value=near.isoformat() + (te.value or "")[10:])
