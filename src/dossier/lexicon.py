"""Calendar words shared by more than one stage: month names and a safe date constructor.

``ingest.metadata`` (date lines and stamps) and ``extract.dates`` (the TIMEX3 tagger) both read
month names; they live here, in the shared core, so that no stage imports a later one.
"""

from __future__ import annotations

from datetime import date

# month names and abbreviations -> month number
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}


def safe_date(y: int, m: int, d: int) -> date | None:
    """Return ``date(y, m, d)``, or None when the day does not exist (Feb 30, month 13).

    Args:
        y: the year.
        m: the month (1-12).
        d: the day of the month.

    Returns:
        The date, or None.
    """
    try:
        return date(y, m, d)
    except ValueError:
        return None
