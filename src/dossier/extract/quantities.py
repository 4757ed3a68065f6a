"""Quantities: numbers written in digits or words, with their bound, unit and counted noun.

``find_quantities(text, doc=None)`` scans plain text for quantities such as "8,000",
"two dozen", "nearly 50,000", "tens of thousands", "several hundred", "a third", "40%",
"between 11,000 and 12,000", "1.5 million", "$2bn" or "more than two dozen", and returns
one ``Quantity`` per figure with its value (or ``low``/``high`` for ranges and vague
amounts), its qualifier (exact, about, at_least, at_most, over, under, up_to, nearly, range)
and a normalised unit. Dates, clock times, years, ordinals, phone numbers, scores and
identifiers ("Section 427", "COVID-19", "F-16", street numbers) are not quantities. Two figures
written "from X to Y" ("fell from 208 pounds to 193") stay two quantities, linked through
``link``/``linked_value``; the second borrows the first's unit when it has none. Currency signs
that ASCII folding rewrites ("PS2.7m" for "£2.7m", "Y=500" for "¥500") are read as the sign.

When a spaCy ``Doc`` of the same text is given, each quantity also gets what it counts: the
noun it modifies with its compounds and adjectives ("North Korean troops"), read from the
dependency parse. Temperatures and ages are returned with ``kind`` "temperature"/"age" so
that callers (claims) can leave them out.

The scanner is pure string work with small word lists; it works without spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Quantity:
    """One figure found in a text.

    ``start``/``end`` cover the quantity as written, qualifier included ("as many as 8,000");
    ``num_start``/``num_end`` cover only the number words ("8,000").
    """

    start: int
    end: int
    text: str
    value: float | None  # None for ranges/vague amounts, which carry low/high
    low: float | None
    high: float | None
    qualifier: str  # exact|about|at_least|at_most|over|under|up_to|nearly|range
    unit: str | None  # normalised unit ("percentage", "dollar", "kilometre", "troop") or None
    kind: str  # count|percent|money|measure|duration|age|temperature|fraction|number
    num_start: int
    num_end: int
    unit_text: str | None = None  # the unit words as written ("per cent", "$", "miles")
    measure: str | None = None  # the counted noun phrase ("North Korean troops")
    measure_start: int | None = None
    measure_end: int | None = None
    vague: bool = False  # "dozens", "tens of thousands", "several hundred"
    #: "from X to Y": "from" on the X figure, "to" on the Y figure (a change or a span written
    #: as two figures); ``linked_value`` on the Y figure is X's value.
    link: str | None = None
    linked_value: float | None = None


# --- word lists ------------------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_MAGS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
         "trillion": 1_000_000_000_000,
         # South Asian magnitudes ("2.27 lakh people", "1.5 crore"): a lakh is 100,000, a crore 10 million
         "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
_PLURAL_MAGS = {"hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                "billions": 1_000_000_000, "trillions": 1_000_000_000_000}
_SUFFIX_SCALE = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                 "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
              "fifth": 0.2, "fifths": 0.2}
_VAGUE_COUNT = {"several": (3, 9), "few": (2, 9), "couple": (2, 2)}
#: Every word that writes a number or a part of one (see ``is_number_word``).
_NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS) | frozenset(_MAGS) | frozenset(_PLURAL_MAGS) | {
    "dozen", "dozens", "tens"}
_DIGITS_RE = re.compile(r"\d[\d,.]*")


def is_number_word(word: str) -> bool:
    """Tell whether a word writes a number or a part of one.

    The number-word tables of this module are the one list; other modules (``dossier.reconcile.tracks``,
    which drops the figure's words from a measure phrase) ask through this function.

    Args:
        word: one lower-case word ("twelve", "thousands", "dozen", "3,000").

    Returns:
        True for digits ("3,000", "1.5") and the number words of the tables above.
    """
    return word in _NUMBER_WORDS or _DIGITS_RE.fullmatch(word) is not None


# qualifiers written before the number, longest first; value is the qualifier code
_PRE_QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(k.split()), v)
            for k, v in {
                "as many as": "up_to", "as much as": "up_to", "as high as": "up_to", "up to": "up_to",
                "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
                "a minimum of": "at_least", "not less than": "at_least",
                "more than": "over", "over": "over", "upwards of": "over", "in excess of": "over",
                "just over": "over", "well over": "over", "above": "over", "greater than": "over",
                "over than": "over", "north of": "over",
                "around": "about", "about": "about", "approximately": "about", "some": "about",
                "roughly": "about", "an estimated": "about", "estimated": "about", "approx": "about",
                "circa": "about", "almost exactly": "about", "an approximate": "about",
                "nearly": "nearly", "almost": "nearly", "close to": "nearly", "closer to": "nearly", "just under": "nearly",
                "just shy of": "nearly", "shy of": "nearly", "getting on for": "nearly",
                "fewer than": "under", "less than": "under", "under": "under", "below": "under",
                "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
                "not more than": "at_most", "up to a maximum of": "at_most",
            }.items()
        ),
        key=lambda kv: -len(kv[0]),
    )
)
_POST_QUALIFIERS = {("or", "more"): "at_least", ("or", "so"): "about", ("plus",): "at_least",
                    ("or", "fewer"): "at_most", ("or", "less"): "at_most"}

_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TIME_AFTER = {"a.m", "p.m", "am", "pm", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest",
               "pt", "pst", "pdt", "ct", "cdt", "mt", "hrs", "o'clock", "jst", "kst", "ist"}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
# capitalised words that make the following number an identifier, not a quantity
_ID_WORDS = {
    "section", "row", "article", "title", "chapter", "route", "highway", "interstate", "flight",
    "no", "number", "room", "apollo", "level", "phase", "category", "grade", "class", "stage",
    "game", "round", "page", "vol", "volume", "part", "item", "resolution", "fortune", "s&p",
    "ftse", "nasdaq", "russell", "dow", "version", "windows", "iphone", "galaxy", "pixel",
    "boeing", "airbus", "model", "series", "district", "ward", "precinct", "gate", "terminal",
    "platform", "lot", "unit", "suite", "apt", "apartment", "building", "block", "exit", "mile",
    "week", "day", "episode", "season", "act", "scene", "figure", "table", "box", "pier",
    "channel", "camp", "base", "division", "brigade", "regiment", "battalion", "corps", "army",
    "covid", "sars", "mh", "su", "mig", "f", "b", "c", "t", "k", "g", "p", "a", "ps", "xbox",
    "street", "st", "avenue", "ave", "road", "rd", "jersey", "hole", "lap", "match", "term",
    "amendment", "paragraph", "clause", "rule", "bill", "law", "act", "code", "zip", "tier",
    "band", "type", "mark", "mk", "generation", "gen", "cup", "league", "formula", "super",
    "hurricane", "storm", "typhoon", "top", "group", "pool", "heat", "lane", "court", "field",
}

_LOWER_ID_WORDS = {"category", "level", "phase", "stage", "grade", "tier", "section", "row", "number", "no",
                   "room", "page", "chapter", "article", "route", "flight", "gate", "platform", "terminal",
                   "version", "season", "episode", "lap", "hole", "paragraph", "clause", "item", "figure"}
_CURRENCY_SYMBOLS = {"$": "dollar", "£": "pound sterling", "€": "euro", "¥": "japanese yen",
                     "₹": "indian rupee", "₩": "south korean won", "₽": "russian ruble",
                     "₴": "ukrainian hryvnia", "₪": "shekel", "₦": "nigerian naira"}
#: currency signs as ASCII folding (unidecode and news feeds) writes them, glued to the number
_ASCII_CURRENCY = {"PS": "pound sterling", "EUR": "euro"}
_DOLLAR_PREFIX = {"us": "dollar", "a": "australian dollar", "au": "australian dollar",
                  "aus": "australian dollar", "c": "canadian dollar", "ca": "canadian dollar",
                  "can": "canadian dollar", "hk": "hong kong dollar", "nz": "new zealand dollar",
                  "s": "singapore dollar", "sg": "singapore dollar", "nt": "new taiwan dollar",
                  "r": "brazilian real", "mx": "mexican peso"}
_CURRENCY_CODES = {"usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen",
                   "cny": "chinese yuan", "rmb": "chinese yuan", "inr": "indian rupee",
                   "rs": "indian rupee", "aud": "australian dollar", "cad": "canadian dollar",
                   "chf": "swiss franc", "hkd": "hong kong dollar", "krw": "south korean won",
                   "rub": "russian ruble", "uah": "ukrainian hryvnia", "myr": "malaysian ringgit",
                   "rm": "malaysian ringgit", "sgd": "singapore dollar", "nzd": "new zealand dollar",
                   "ils": "shekel", "nis": "shekel", "zar": "south african rand"}
_CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "euro": "euro", "euros": "euro",
    "yen": "japanese yen", "yuan": "chinese yuan", "renminbi": "chinese yuan",
    "ringgit": "malaysian ringgit", "shekel": "shekel", "shekels": "shekel", "sen": "sen",
    "cent": "cent", "cents": "cent", "rupee": "indian rupee", "rupees": "indian rupee",
    "won": "south korean won", "peso": "peso", "pesos": "peso", "franc": "swiss franc",
    "francs": "swiss franc", "ruble": "russian ruble", "rubles": "russian ruble",
    "rouble": "russian ruble", "roubles": "russian ruble", "hryvnia": "ukrainian hryvnia",
    "hryvnias": "ukrainian hryvnia", "pence": "penny", "p": "penny", "rand": "south african rand",
    "naira": "nigerian naira", "lira": "turkish lira", "dirham": "dirham", "dirhams": "dirham",
    "riyal": "riyal", "riyals": "riyal", "baht": "thai baht", "dong": "vietnamese dong",
    "krona": "krona", "kronor": "krona", "krone": "krone", "kroner": "krone",
    "sterling": "pound sterling",
}
_CROWN = {"danish": "danish krone", "norwegian": "norwegian krone", "swedish": "swedish krona",
          "icelandic": "icelandic krona", "czech": "czech koruna"}
#: a nationality adjective before a currency word: "Danish crowns", "Canadian dollars", "Mexican pesos"
_NATIONAL_CURRENCY: dict[str, dict[str, str]] = {
    adj: {w: f"{adj} {base}" for w, base in (("dollar", "dollar"), ("peso", "peso"), ("rupee", "rupee"),
                                            ("franc", "franc"), ("pound", "pound"), ("dinar", "dinar"))}
    for adj in ("canadian", "australian", "singapore", "taiwan", "jamaican", "namibian", "mexican", "philippine",
                "argentine", "chilean", "colombian", "cuban", "indian", "pakistani", "nepalese", "swiss", "egyptian",
                "sudanese", "lebanese", "syrian", "iraqi", "jordanian", "kuwaiti", "libyan", "tunisian", "algerian",
                "serbian", "fijian", "liberian", "zimbabwean")
}
for _adj, _norm in _CROWN.items():
    _NATIONAL_CURRENCY[_adj] = {w: _norm for w in ("crown", "krone", "kroner", "krona", "kronor", "koruna", "korun")}
_NATIONAL_CURRENCY["swiss"]["franc"] = "swiss franc"
_PERCENT_WORDS = {("%",): "percentage", ("percent",): "percentage", ("per", "cent"): "percentage",
                  ("pct",): "percentage", ("pc",): "percentage", ("percentage", "points"): "percentage point",
                  ("percentage", "point"): "percentage point", ("basis", "points"): "basis point",
                  ("basis", "point"): "basis point", ("bps",): "basis point", ("bp",): "basis point"}
# unit words (lower case) -> (normalised unit, kind)
_UNIT_WORDS: dict[str, tuple[str, str]] = {}
for _names, _norm, _kind in (
    ("km kms kilometre kilometres kilometer kilometers", "kilometre", "measure"),
    ("metre metres meter meters", "metre", "measure"),
    ("cm centimetre centimetres centimeter centimeters", "centimetre", "measure"),
    ("mm millimetre millimetres millimeter millimeters", "millimetre", "measure"),
    ("micrometre micrometres micrometer micrometers micron microns", "micrometre", "measure"),
    ("nanometre nanometres nanometer nanometers nm", "nanometre", "measure"),
    ("mile miles mi", "mile", "measure"), ("inch inches", "inch", "measure"),
    ("foot feet ft", "foot", "measure"), ("yard yards yd yds", "yard", "measure"),
    ("acre acres", "acre", "measure"), ("hectare hectares ha", "hectare", "measure"),
    ("kg kgs kilogram kilograms kilo kilos", "kilogram", "measure"),
    ("g gram grams gramme grammes", "gram", "measure"), ("mg milligram milligrams", "milligram", "measure"),
    ("lb lbs pound pounds", "pound-mass", "measure"), ("ounce ounces oz", "ounce", "measure"),
    ("ton tons", "ton", "measure"), ("tonne tonnes", "tonne", "measure"),
    ("gigaton gigatons gigatonne gigatonnes", "gigaton", "measure"),
    ("litre litres liter liters l", "litre", "measure"),
    ("millilitre millilitres milliliter milliliters ml", "millilitre", "measure"),
    ("gallon gallons", "gallon", "measure"), ("barrel barrels bbl", "barrel", "measure"),
    ("mph", "mile per hour", "measure"), ("kph kmh", "kilometre per hour", "measure"),
    ("mpg", "mile per gallon", "measure"), ("rpm", "revolutions per minute", "measure"),
    ("hp horsepower", "horsepower", "measure"), ("bhp", "brake horsepower", "measure"),
    ("btu btus", "british thermal unit", "measure"), ("mmbtu mmbtus", "mega british thermal unit", "measure"),
    ("w watt watts", "watt", "measure"), ("kw kilowatt kilowatts", "kilowatt", "measure"),
    ("mw megawatt megawatts", "megawatt", "measure"), ("gw gigawatt gigawatts", "gigawatt", "measure"),
    ("kwh", "kilowatt hour", "measure"), ("mwh", "megawatt hour", "measure"),
    ("gwh", "gigawatt hour", "measure"), ("v volt volts", "volt", "measure"),
    ("amp amps ampere amperes", "ampere", "measure"), ("mah", "milliampere-hour", "measure"),
    ("hz hertz", "hertz", "measure"), ("khz kilohertz", "kilohertz", "measure"),
    ("mhz megahertz", "megahertz", "measure"), ("ghz gigahertz", "gigahertz", "measure"),
    ("gb gigabyte gigabytes", "gigabyte", "measure"), ("mb megabyte megabytes", "megabyte", "measure"),
    ("tb terabyte terabytes", "terabyte", "measure"), ("kb kilobyte kilobytes", "kilobyte", "measure"),
    ("db decibel decibels", "decibel", "measure"), ("ppm", "parts-per-million", "measure"),
    ("ppb", "parts-per-billion", "measure"), ("calorie calories kcal", "calorie", "measure"),
    ("joule joules", "joule", "measure"), ("newton newtons", "newton", "measure"),
    ("pascal pascals", "pascal", "measure"), ("psi", "pound per square inch", "measure"),
    ("ksi", "kilopound per square inch", "measure"), ("gpa", "gigapascal", "measure"),
    ("knot knots", "knot", "measure"), ("point points pts", "point", "measure"),
    ("second seconds sec secs", "second", "duration"), ("minute minutes min mins", "minute", "duration"),
    ("hour hours hr hrs h", "hour", "duration"), ("day days", "day", "duration"),
    ("week weeks", "week", "duration"), ("month months", "month", "duration"),
    ("year years yr yrs", "year", "duration"), ("decade decades", "decade", "duration"),
    ("century centuries", "century", "duration"),
    ("degree degrees °", "degree", "measure"),
    ("celsius centigrade °c", "celsius", "temperature"), ("fahrenheit °f", "fahrenheit", "temperature"),
):
    for _n in _names.split():
        _UNIT_WORDS[_n] = (_norm, _kind)
# abbreviations that are units only when they stand right after a number
_SHORT_UNITS = {k for k in _UNIT_WORDS if len(k) <= 3} | {"kwh", "mwh", "gwh", "khz", "mhz", "ghz", "kmh"}
_PER_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "barrel", "share", "gallon",
              "litre", "liter", "pound", "kilogram", "kilo", "ton", "tonne", "head", "person", "game",
              "capita", "night", "square", "mile", "kilometre", "kilometer", "unit", "ounce"}
# counted nouns whose "of" phrase says what is counted ("categories of products")
_CONTAINERS = {
    "category", "kind", "type", "ton", "tonne", "barrel", "piece", "round", "unit", "pair", "bag",
    "box", "case", "container", "cup", "gallon", "litre", "acre", "hectare", "sack", "truckload",
    "shipment", "batch", "dose", "vial", "series", "set", "group", "wave", "battalion", "brigade",
    "regiment", "division", "company", "platoon", "squad", "bottle", "can", "carton", "crate",
    "loaf", "portion", "serving", "share", "item", "head", "member", "cubic", "square", "metre",
    "meter", "foot", "mile", "kilometre", "kilometer", "pound", "kilogram", "dollar", "euro",
}

_TOKEN_RE = re.compile(
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<suf>[A-Za-z°]+\b)?"
    r"|(?P<word>[A-Za-z]+(?:\.(?=[A-Za-z]\.)[A-Za-z])*(?:['’][A-Za-z]+)?)"
    r"|(?P<sym>[^\sA-Za-z\d])"
)
_PHONE_RE = re.compile(r"(?<!\d)(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}(?!\d)")
_DATE_NUMERIC_RE = re.compile(r"(?<![\d.])\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d])")
_TIME_RE = re.compile(
    r"(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?![\d])|(?<![\d.])\d{1,2}\.\d{2}\s*[ap]\.?m\b\.?", re.I
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    kind: str  # num | word | sym
    suf: str = ""
    space_before: bool = True
    newline_before: bool = False


# "16 291 people", "1 500 soldiers": thousands grouped by spaces (a regular, no-break or thin space)
_SPACED_NUM_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")


_COMMA_GROUP_RE = re.compile(r"\d,\d{3}(?!\d)")


def _spaced_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of numbers grouped by spaces that are one number: not after a month, a day or
    another figure ("May 5 300 people", "aged 5 300 others" stay two), followed by a word; or, in a
    text that groups no thousands with commas, followed by punctuation ("the toll has reached 2 946,
    and 5 674 were injured")."""
    out: list[tuple[int, int]] = []
    spaces_only = _COMMA_GROUP_RE.search(text) is None
    for m in _SPACED_NUM_RE.finditer(text):
        before = re.findall(r"[A-Za-z]+|\d+", text[max(0, m.start() - 20) : m.start()])
        if before and (before[-1].lower() in _MONTHS or before[-1].isdigit()
                       or before[-1].lower() in ("aged", "age", "ages", "no", "number", "flight", "route", "page")):
            continue
        if not re.match(r"[ \u00a0]?[A-Za-z%]", text[m.end() : m.end() + 2]) \
                and not (spaces_only and re.match(r"(?:[,;:)]|\.(?!\d))|$", text[m.end() : m.end() + 1])):
            continue
        out.append((m.start(), m.end()))
    return out


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = -1
    spaced = dict(_spaced_numbers(text))
    skip_to = -1
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        if start < skip_to:
            continue
        group = m.lastgroup  # "num" or "suf" (a number), "word", "sym"
        if group == "word":
            word = m.group(0)
            tok = _Tok(start, end, word, word.lower().replace("’", "'"), "word")
        elif group == "sym":
            sym = m.group(0)
            tok = _Tok(start, end, sym, sym, "sym")
        elif start in spaced:
            end = spaced[start]
            raw = text[start:end]
            tok = _Tok(start, end, raw, _GROUP_SPACES_RE.sub(",", raw), "num", "")
            skip_to = end
        else:
            tok = _Tok(start, end, m.group(0), m.group("num"), "num", m.group("suf") or "")
        tok.space_before = prev_end < 0 or start > prev_end
        tok.newline_before = prev_end >= 0 and start > prev_end and "\n" in text[prev_end:start]
        prev_end = end
        toks.append(tok)
    return toks


_GROUP_SPACES_RE = re.compile(r"[ \u00a0\u202f]")


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are phone numbers, numeric dates or clock times: never quantities."""
    spans: list[tuple[int, int]] = []
    for rx in (_PHONE_RE, _DATE_NUMERIC_RE, _TIME_RE):
        spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    return spans


@dataclass
class _Num:
    """A parsed number: tokens i..j-1, its value or (low, high) range."""

    i: int
    j: int
    value: float | None
    low: float | None = None
    high: float | None = None
    scaled: bool = False  # carries a magnitude word (million, thousand...)
    vague: bool = False
    fraction: bool = False
    word: bool = False  # written in words
    unit: str | None = None
    unit_kind: str | None = None
    unit_text: str | None = None


def _word_value(w: str) -> int | None:
    if w in _SMALL:
        return _SMALL[w]
    if w in _TENS:
        return _TENS[w]
    return None


_HYPHEN_MAGS = ("hundred", "thousand", "million", "billion")


def _hyphen_magnitude(toks: list[_Tok], j: int) -> float | None:
    """The magnitude a hyphen at token j joins on ("15-thousand", "three-thousand"), else None."""
    if j + 1 < len(toks) and toks[j].text == "-" and not toks[j].space_before and toks[j + 1].kind == "word" \
            and not toks[j + 1].space_before and toks[j + 1].low in _HYPHEN_MAGS:
        return float(_MAGS[toks[j + 1].low])
    return None


def _hyphen_units(toks: list[_Tok], j: int) -> int | None:
    """Digits under 1,000 a hyphen at token j adds after a magnitude ("4-thousand-100"), else None."""
    if j + 1 < len(toks) and toks[j].text == "-" and not toks[j].space_before and toks[j + 1].kind == "num" \
            and not toks[j + 1].space_before and toks[j + 1].low.isdigit() and int(toks[j + 1].low) < 1000:
        return int(toks[j + 1].low)
    return None


# the word after a vague plural that stands alone for people ("Hundreds were killed", "thousands more fled")
_VAGUE_ALONE_NEXT = frozenset({"more", "were", "are", "have", "had", "died", "perished", "drowned", "fled", "remain",
                               "remained", "others", "killed", "injured", "wounded", "dead", "missing", "displaced",
                               ".", ",", ";"})  # ("... killing two and wounding dozens.")


_BY_QUALIFIERS = frozenset({"more", "than", "over", "nearly", "almost", "about", "around", "some", "roughly", "at", "least",
                            "just", "under", "another", "a", "further", "an", "additional", "estimated"})


def _by_before(toks: list[_Tok], i: int) -> bool:
    """True when "by" comes right before the figure at token i, past its qualifier words ("rose by more than 100")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k].low in _BY_QUALIFIERS:
        k -= 1
    return k >= 0 and toks[k].low == "by"


def _parse_words(toks: list[_Tok], i: int) -> _Num | None:
    """Parse a number written in words starting at token i."""
    n = len(toks)
    w = toks[i].low
    nxt = toks[i + 1].low if i + 1 < n else ""
    nxt2 = toks[i + 2].low if i + 2 < n else ""
    # vague plurals: dozens, hundreds, thousands, tens of thousands
    if w == "dozens" and nxt == "of":
        return _Num(i, i + 1, None, 12, 120, vague=True, word=True)
    if w in ("tens", "hundreds") and nxt == "of" and nxt2 in _PLURAL_MAGS:
        base = 10 if w == "tens" else 100
        mag = _PLURAL_MAGS[nxt2]
        return _Num(i, i + 3, None, base * mag, base * mag * 10, vague=True, word=True)
    if w in _PLURAL_MAGS and nxt == "of":
        mag = _PLURAL_MAGS[w]
        return _Num(i, i + 1, None, mag, mag * 10, vague=True, word=True)
    # "Hundreds were killed", "Dozens more were hurt", "Thousands have fled": a vague plural standing alone
    # for people
    if (w == "dozens" or w in _PLURAL_MAGS) and nxt in _VAGUE_ALONE_NEXT:
        low = 12 if w == "dozens" else _PLURAL_MAGS[w]
        return _Num(i, i + 1, None, low, low * 10, vague=True, word=True)
    # several hundred, a few thousand, a couple of hundred
    k = i
    if w == "a" and nxt in ("few", "couple"):
        k = i + 1
    if toks[k].low in _VAGUE_COUNT:
        m = k + 1
        if m < n and toks[m].low == "of":
            m += 1
        if m < n and toks[m].low in _MAGS:
            lo, hi = _VAGUE_COUNT[toks[k].low]
            mag = _MAGS[toks[m].low]
            if lo == hi:
                return _Num(i, m + 1, lo * mag, scaled=True, word=True)
            return _Num(i, m + 1, None, lo * mag, hi * mag, vague=True, scaled=True, word=True)
        return None
    # half a magnitude: "half a million", "a half-million", "a half million" (a crowd, a toll)
    if w == "half" and nxt in ("a", "an") and nxt2 in _MAGS and _MAGS[nxt2] >= 1000:
        return _Num(i, i + 3, 0.5 * _MAGS[nxt2], scaled=True, word=True)
    if w in ("a", "an") and nxt == "half" and i + 2 < n:
        k = i + 2
        if toks[k].text == "-" and not toks[k].space_before and k + 1 < n and not toks[k + 1].space_before:
            k += 1
        if toks[k].low in _MAGS and _MAGS[toks[k].low] >= 1000:
            return _Num(i, k + 1, 0.5 * _MAGS[toks[k].low], scaled=True, word=True)
    # fractions: half (of/the), a third, two-thirds, three quarters
    if w == "half" and nxt in ("of", "the", "a", "an", "its", "their", "his", "her", "our", "all"):
        prev = toks[i - 1].low if i > 0 else ""
        if prev not in ("first", "second", "this", "last", "next", "the", "other", "one", "and"):
            return _Num(i, i + 1, 0.5, fraction=True, word=True)
        return None
    if w in ("a", "one") and nxt in ("third", "quarter", "fifth") and nxt2 == "of":
        return _Num(i, i + 2, _FRACTIONS[nxt], fraction=True, word=True)
    # a dozen, a hundred, a million
    if w in ("a", "an"):
        if nxt == "dozen":
            return _Num(i, i + 2, 12.0, word=True)
        if nxt in _MAGS:
            val = float(_MAGS[nxt])
            j = i + 2
            while j < n and toks[j].low in _MAGS and _MAGS[toks[j].low] > _MAGS[toks[j - 1].low]:
                val *= _MAGS[toks[j].low]
                j += 1
            return _Num(i, j, val, scaled=True, word=True)
        return None
    if _word_value(w) is None:
        return None
    # compound word number: "two hundred and fifty thousand", "twenty-five"
    total = 0
    current = 0
    j = i
    last_kind = ""
    scaled = False
    while j < n:
        t = toks[j]
        lw = t.low
        v = _word_value(lw) if t.kind == "word" else None
        if v is not None:
            if last_kind in ("small", "tens") and not (last_kind == "tens" and v < 10):
                break
            current += v
            last_kind = "tens" if lw in _TENS else "small"
            j += 1
            continue
        if t.kind == "sym" and t.text == "-" and last_kind == "tens" and j + 1 < n and not t.space_before \
                and not toks[j + 1].space_before and toks[j + 1].low in _SMALL and _SMALL[toks[j + 1].low] < 10:
            j += 1
            continue
        # "three-thousand", "fifteen-thousand" (a style some outlets use): the magnitude after a hyphen
        if last_kind in ("small", "tens") and _hyphen_magnitude(toks, j) is not None:
            j += 1
            continue
        if lw in _MAGS and last_kind in ("small", "tens", "mag"):
            mag = _MAGS[lw]
            if mag == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * mag
                current = 0
            scaled = True
            last_kind = "mag"
            j += 1
            continue
        # "four-thousand-100": digits after a hyphenated magnitude add to it
        units = _hyphen_units(toks, j) if last_kind == "mag" and toks[j - 1].low in _HYPHEN_MAGS else None
        if units is not None:
            current += units
            j += 2
            break
        if lw == "dozen" and last_kind in ("small", "tens"):
            current *= 12
            last_kind = "mag"
            j += 1
            continue
        if lw == "and" and last_kind == "mag" and j + 1 < n and _word_value(toks[j + 1].low) is not None:
            j += 1
            last_kind = "and"
            continue
        if (lw in _FRACTIONS and lw not in ("half",) and last_kind == "small" and j == i + 1
                and (lw.endswith("s") or current == 1)):
            return _Num(i, j + 1, current * _FRACTIONS[lw], fraction=True, word=True)
        if t.kind == "sym" and t.text == "-" and last_kind == "small" and j + 1 < n and not t.space_before \
                and toks[j + 1].low in _FRACTIONS and toks[j + 1].low != "half":
            return _Num(i, j + 2, current * _FRACTIONS[toks[j + 1].low], fraction=True, word=True)
        break
    if last_kind == "and":
        j -= 1
    value = float(total + current)
    return _Num(i, j, value, scaled=scaled, word=True)


def _parse_digits(toks: list[_Tok], i: int) -> _Num | None:
    """Parse a number in digits starting at token i, with any magnitude word after it."""
    t = toks[i]
    try:
        value = float(t.low.replace(",", ""))
    except ValueError:
        return None
    suf = t.suf
    num = _Num(i, i + 1, value)
    n = len(toks)
    if suf:
        ls = suf.lower()
        if ls in _ORDINAL_SUFFIX or ls == "s" or ls in ("am", "pm"):
            return None
        if ls in _MAGS and ls != "hundred":  # "1.2million", "3lakh": a magnitude word glued to the digits
            num.value = value * _MAGS[ls]
            num.scaled = True
        elif ls in _SUFFIX_SCALE:
            if ls == "m" and _currency_before(toks, i) is None and _metre_context(toks, i):
                num.unit, num.unit_kind, num.unit_text = "metre", "measure", suf
            elif ls == "b" and _currency_before(toks, i) is None:
                return None
            else:
                num.value = value * _SUFFIX_SCALE[ls]
                num.scaled = True
        elif ls == "p" and _currency_before(toks, i) is None:
            num.unit, num.unit_kind, num.unit_text = "penny", "money", suf  # "118.5p"
        elif ls in ("pc", "pct"):
            num.unit, num.unit_kind, num.unit_text = "percentage", "percent", suf
        elif ls in _UNIT_WORDS or ls in ("kmh", "kwh", "mwh", "gwh"):
            norm, kind = _UNIT_WORDS.get(ls, ("kilometre per hour", "measure"))
            if suf in ("F", "C"):
                norm, kind = ("fahrenheit" if suf == "F" else "celsius"), "temperature"
            num.unit, num.unit_kind, num.unit_text = norm, kind, suf
        elif suf.startswith("°"):
            rest = suf[1:].lower()
            norm = {"f": "fahrenheit", "c": "celsius"}.get(rest, "degree")
            num.unit, num.unit_kind, num.unit_text = norm, "temperature" if rest in ("f", "c") else "measure", suf
        else:
            return None  # "5G", "4K", "3D", "A320neo": identifiers
    j = i + 1
    # a written fraction: "1/16 of a pint", "1⁄32" (fraction slash); "1/16" alone may be a date
    if not suf and j + 1 < n and toks[j].text in ("/", "⁄") and not toks[j].space_before \
            and toks[j + 1].kind == "num" and not toks[j + 1].space_before and not toks[j + 1].suf \
            and t.low.isdigit() and toks[j + 1].low.isdigit() and 0 < value < float(toks[j + 1].low) \
            and (toks[j].text == "⁄" or (j + 2 < n and toks[j + 2].low == "of")):
        num.value = value / float(toks[j + 1].low)
        num.fraction = True
        num.j = j + 2
        return num
    # "15-thousand troops", "4-thousand-100" (a style some outlets use): the magnitude after a hyphen
    mag = _hyphen_magnitude(toks, j) if not suf else None
    if mag is not None:
        num.value = value * mag
        num.scaled = True
        j += 2
        units = _hyphen_units(toks, j)
        if units is not None:
            num.value += units  # "4-thousand-100"
            j += 2
        num.j = j
        return num
    # magnitude words: "1.5 million", "10 thousand", "$2 bn"
    if not suf and j < n and toks[j].kind == "word":
        lw = toks[j].low
        if lw in _MAGS:
            mult = float(_MAGS[lw])
            j += 1
            while j < n and toks[j].low in _MAGS and _MAGS[toks[j].low] > _MAGS[toks[j - 1].low]:
                mult *= _MAGS[toks[j].low]
                j += 1
            num.value = value * mult
            num.scaled = True
        elif lw in ("bn", "mn", "mln", "tn", "trn") or (lw in ("m", "b", "k") and _currency_before(toks, i) is not None):
            num.value = value * _SUFFIX_SCALE[lw]
            num.scaled = True
            j += 1
        elif lw == "dozen":
            num.value = value * 12
            j += 1
    num.j = j
    return num


def _metre_context(toks: list[_Tok], i: int) -> bool:
    """'100m' is metres in sport and heights, millions elsewhere."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return nxt in {"race", "sprint", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly",
                   "relay", "deep", "high", "long", "tall", "wide", "away", "above", "below", "final",
                   "dash", "medley", "-"} or nxt in _PUNCT_END \
        or (nxt == "(" and i + 2 < len(toks) and toks[i + 2].kind == "num"
            and toks[i + 2].suf.lower() in ("ft", "feet", "yd", "yds", "in", "km", "mi"))  # "37m (121ft)"


_PUNCT_END = {".", ",", ";", ":", ")", "!", "?", ""}


def _parse_number(toks: list[_Tok], i: int) -> _Num | None:
    t = toks[i]
    if t.kind == "num":
        return _parse_digits(toks, i)
    if t.kind == "word":
        return _parse_words(toks, i)
    return None


def _is_year(toks: list[_Tok], num: _Num) -> bool:
    t = toks[num.i]
    if t.kind != "num" or num.scaled or num.j != num.i + 1 or t.suf:
        return False
    s = t.low
    if not re.fullmatch(r"\d{4}", s):
        return False
    v = int(s)
    return 1500 <= v <= 2200


_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _adjacent_month(toks: list[_Tok], num: _Num) -> bool:
    i, j = num.i, num.j
    prev = i - 1
    if prev >= 0 and toks[prev].text == ".":
        prev -= 1
        # "Dec. 14" (an abbreviation's point), not "the night of 15/16 June. 17 troops ..." (a full stop)
        if prev >= 0 and toks[prev].low not in _MONTH_ABBREVIATIONS:
            prev = -1
    if prev >= 0 and toks[prev].low in _MONTHS and toks[prev].text[:1].isupper():
        return True
    nxt = j
    if nxt < len(toks) and toks[nxt].low == "of":
        nxt += 1
    if nxt < len(toks) and toks[nxt].low in _MONTHS and toks[nxt].text[:1].isupper() and toks[num.i].kind == "num" \
            and float(toks[num.i].low.replace(",", "")) <= 31:
        return True
    return False


def _day_number(t: _Tok) -> bool:
    """A bare 1-2 digit number that can be a day of a month ("14", "15th")."""
    return t.kind == "num" and re.fullmatch(r"\d{1,2}", t.low) is not None and 1 <= int(t.low) <= 31 \
        and (not t.suf or t.suf.lower() in _ORDINAL_SUFFIX)


_DAY_LIST_JOINS = {",", "and", "or", "&", "to"}
# a verb right after a day closes the list of days: "talks on June 14, 15 and 16 went well"
_VERB_AFTER_DAY = {"was", "were", "went", "saw", "had", "brought", "will", "would", "could", "may", "might", "is",
                   "are", "has", "have", "left", "came", "began", "took", "made", "gave", "led"}


def _month_at(toks: list[_Tok], k: int) -> bool:
    return 0 <= k < len(toks) and toks[k].low in _MONTHS and toks[k].text[:1].isupper()


def _day_list_back(toks: list[_Tok], i: int, depth: int = 0) -> bool:
    """Day number at i follows a month through a list of days ("December 14 and 15", "May 3, 4 or 5")."""
    k = i - 1
    if depth > 6 or k < 1 or toks[k].low not in _DAY_LIST_JOINS:
        return False
    if toks[k].low in ("and", "or") and toks[k - 1].text == ",":
        k -= 1  # "14, 15, and 16"
    p = k - 1
    if p < 0 or not _day_number(toks[p]):
        return False
    q = p - 1
    if q >= 0 and toks[q].text == ".":
        q -= 1  # "Dec. 14"
    if q >= 0 and toks[q].low == "of":
        return False
    return _month_at(toks, q) or _day_list_back(toks, p, depth + 1)


def _day_list_forward(toks: list[_Tok], j: int, depth: int = 0) -> bool:
    """Day number ending before j precedes a month through a list of days ("14 and 15 December")."""
    n = len(toks)
    k = j
    if depth > 6 or k >= n or toks[k].low not in _DAY_LIST_JOINS:
        return False
    if toks[k].text == "," and k + 1 < n and toks[k + 1].low in ("and", "or"):
        k += 1
    p = k + 1
    if p >= n or not _day_number(toks[p]):
        return False
    q = p + 1
    if q < n and toks[q].low == "of":
        q += 1
    return _month_at(toks, q) or _day_list_forward(toks, p + 1, depth + 1)


def _in_day_list(toks: list[_Tok], num: _Num) -> bool:
    """A day of a month written in a list of days: "December 14 and 15", "14 and 15 December".

    The number must end the list item (punctuation, a joining word, a capitalised word or the
    end after it): "On December 14, 15 people were hurt" keeps its 15.
    """
    if num.j != num.i + 1 or not _day_number(toks[num.i]):
        return False
    nxt = toks[num.j] if num.j < len(toks) else None
    ends_item = nxt is None or nxt.kind == "sym" or nxt.low in _DAY_LIST_JOINS or nxt.text[:1].isupper() \
        or (nxt.kind == "num" and nxt.space_before) \
        or (nxt.low not in _COUNTED_NOUNS and (nxt.low.endswith("ed") or nxt.low in _VERB_AFTER_DAY))
    if _day_list_back(toks, num.i) and ends_item:
        return True
    return _day_list_forward(toks, num.j)


# words before a bare 4-digit number that make it a count, not a year: "the toll reached 1700"
_VALUE_VERBS_DIRECT = {"reach", "reached", "reaches", "reaching", "hit", "hits", "hitting", "pass", "passed",
                       "passes", "passing", "exceed", "exceeded", "exceeds", "exceeding", "top", "topped", "tops",
                       "topping", "surpass", "surpassed", "surpasses", "surpassing", "counted", "killed", "killing",
                       "totalled", "totaled", "totalling", "totaling", "totals", "numbered", "numbering"}
# nouns that name a count: "the death toll is now 1700", "a total of 1700 people"
_COUNT_NAMES = {"toll", "tally", "total", "count", "number", "figure", "numbers", "tolls"}
_VALUE_VERBS_TO = {"rise", "rose", "risen", "rises", "rising", "climb", "climbed", "climbs", "climbing", "mount",
                   "mounted", "mounts", "mounting", "jump", "jumped", "jumps", "increase", "increased", "increases",
                   "grow", "grew", "grown", "grows", "soar", "soared", "surge", "surged", "swell", "swelled", "swollen",
                   "up", "risen"}
_VALUE_VERBS_AT = {"stand", "stood", "stands", "standing", "put", "puts", "estimated", "estimate", "placed", "toll",
                   "total", "totals"}
# nouns right after a bare 4-digit number that make it a count ("1700 people", "1900 soldiers")
_COUNTED_NOUNS = {"people", "persons", "dead", "deaths", "soldiers", "troops", "civilians", "victims", "casualties",
                  "fatalities", "residents", "refugees", "migrants", "families", "households", "children", "workers",
                  "patients", "injured", "wounded", "missing", "prisoners", "fighters", "militants", "police",
                  "officers", "passengers", "cases", "bodies", "homes", "houses", "buildings", "lives"}
# words before the number that keep it a year ("in 1700 people ...", "since 1999")
_YEAR_BEFORE = {"in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "for", "through",
                "circa", "c", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "'s", "’s"}
# words after the number that keep it a year ("reached 2030 targets", "hit 2019 levels")
_YEAR_AFTER = {"levels", "level", "targets", "target", "figures", "figure", "highs", "high", "lows", "low", "record",
               "peak", "standards", "standard", "prices", "rates", "goals", "goal", "season", "election", "census",
               "deadline", "deadlines", "elections", "budget", "plan", "agenda", "olympics", "games", "world", "cup",
               "vision", "mark", "milestone", "edition", "version", "model", "tournament"}


def _year_is_count(toks: list[_Tok], num: _Num) -> bool:
    """A bare 4-digit number that counts something: the value of a value verb or before a counted noun."""
    nxt = toks[num.j].low if num.j < len(toks) else ""
    if num.j + 1 < len(toks) and toks[num.j].text == "-" and toks[num.j + 1].low == "strong":
        return True  # "a 1700-strong force"
    if nxt in _YEAR_AFTER or (num.j < len(toks) and toks[num.j].text in ("-", "–", "/")):
        return False
    start = num.i
    qb = _qualifier_before(toks, start)
    if qb is not None:
        start = qb[0]
    prev = toks[start - 1].low if start > 0 else ""
    prev2 = toks[start - 2].low if start > 1 else ""
    if prev == "of" and prev2 in _COUNT_NAMES:
        return True  # "a total of 1700 people"
    if prev in _YEAR_BEFORE or (start > 0 and _month_at(toks, start - 1)):
        return False
    if prev in _VALUE_VERBS_DIRECT or (prev == "to" and prev2 in _VALUE_VERBS_TO) \
            or (prev == "at" and prev2 in _VALUE_VERBS_AT):
        return True
    # "the death toll is now 1700", "the toll was 1700": a count noun, a copula, the number
    k = start - 1
    if k >= 0 and toks[k].low in ("now", "already", "still"):
        k -= 1
    if k >= 1 and toks[k].low in ("is", "was", "'s", "’s", "stands", "stood", "remains", "remained"):
        for m in range(k - 1, max(k - 5, -1), -1):
            if toks[m].kind == "sym" or toks[m].kind == "num":
                break
            if toks[m].low in _COUNT_NAMES:
                return True  # "the toll in Varnholt is now 1700"
    return nxt in _COUNTED_NOUNS


def _is_time(toks: list[_Tok], num: _Num) -> bool:
    j = num.j
    if j < len(toks):
        nxt = toks[j]
        if nxt.low.rstrip(".") in _TIME_AFTER or nxt.low in _TIME_AFTER:
            if nxt.low in ("am",) and not (j + 1 >= len(toks) or toks[j + 1].text in _PUNCT_END or toks[j + 1].low == "and"):
                return False
            return True
        if nxt.text == ":" and j + 1 < len(toks) and toks[j + 1].kind == "num":
            return True
    if num.i > 0 and toks[num.i - 1].text == ":" and not toks[num.i].space_before:
        return True
    return False


_STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "way", "lane", "boulevard", "blvd", "drive",
                 "place", "square", "terrace", "crescent", "court", "highway", "parkway"}


def _street_after(toks: list[_Tok], j: int) -> bool:
    """True when capitalised words after a number end in a street word ("49 Zorro Ranch Road")."""
    for k in range(j, min(j + 4, len(toks))):
        t = toks[k]
        if t.kind == "word" and t.text[:1].isupper() and not t.newline_before:
            if t.low in _STREET_WORDS and (k > j or k + 1 < len(toks) and toks[k + 1].text[:1].isupper()):
                return True
            continue
        if t.kind == "num" and t.suf.lower() in _ORDINAL_SUFFIX and k > j:
            continue
        return False
    return False


def _is_identifier(text: str, toks: list[_Tok], num: _Num) -> bool:
    t = toks[num.i]
    if t.kind != "num":
        return False
    s = t.start
    if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "#№"):
        return True
    if s > 1 and text[s - 1] in "-/" and (text[s - 2].isalpha() or text[s - 2].isdigit()):
        if text[s - 1] == "-" and text[s - 2].islower() and num.i > 0 and toks[num.i - 1].low == "-" \
                and num.i > 1 and toks[num.i - 2].text.islower() and _unit_after(toks, num.j) is not None:
            return False  # "sub-7 nanometer", "now-18 month-old": a prefix, then a unit
        return True  # COVID-19, F-16; a range's second half is parsed with the first
    if s > 2 and text[s - 1] == "-" and text[s - 2] == " " and num.i > 1 and toks[num.i - 2].kind == "word" \
            and toks[num.i - 2].text.isupper() and len(toks[num.i - 2].text) > 1:
        return True  # "COVID -19": a badly spaced name
    if _street_after(toks, num.j):
        return True  # "49 Zorro Ranch Road", "22 Ave Foch": a street number
    if num.j < len(toks):
        nx = toks[num.j]
        if not nx.space_before and nx.text == "-" and num.j + 1 < len(toks) and toks[num.j + 1].kind == "word" \
                and toks[num.j + 1].text[:1].isupper() and toks[num.j + 1].low not in _UNIT_WORDS:
            return True  # 737-MAX
    if num.i > 0:
        p = toks[num.i - 1]
        if p.kind == "word" and p.low in _ID_WORDS and p.text[:1].isupper():
            # "A 50,000-strong force", "A 300 people": the article starts a sentence, it names nothing
            starts = num.i == 1 or p.newline_before or toks[num.i - 2].text in (".", "!", "?", "“", '"', ":", ";", "--", "—", "–", "-", "(")
            article = p.low == "a" and starts and (re.fullmatch(r"\d{1,3}(?:,\d{3})+", t.text) is not None
                                                   or num.j < len(toks) and toks[num.j].kind == "word" and toks[num.j].text.islower())
            if not article:
                return True
        if p.kind == "word" and p.text in _LOWER_ID_WORDS:
            return True
        if p.text == ":" and num.i > 1 and toks[num.i - 2].kind == "word" and toks[num.i - 2].text[:1].isupper() \
                and not (num.j < len(toks) and not toks[num.j].newline_before
                         and (toks[num.j].low in _COUNTED_NOUNS
                              or num.j + 1 < len(toks) and toks[num.j].kind == "word"
                              and toks[num.j + 1].low in _COUNTED_NOUNS and toks[num.j + 1].text.islower())):
            return True  # "Herrera: 4" (a rating; not "New Delhi: 20 Indian soldiers were ...", a dateline)
        if p.text == "." and num.i > 1 and toks[num.i - 2].low in ("no", "vol", "nos", "art", "sec", "ch"):
            return True
        if p.text == "(" and num.i > 1 and toks[num.i - 2].kind == "word" and toks[num.i - 2].text[:1].isupper() \
                and num.j < len(toks) and toks[num.j].text == ")":
            # "Dak Prescott (4)": a shirt number; but "Vellmark (63 fatalities), Sorrin (26)": the list
            # named what it counts at its first item
            listed = any(toks[k].text == "(" and toks[k + 1].kind == "num" and toks[k + 2].kind == "word"
                         and toks[k + 2].text.islower() and toks[k + 2].low not in _UNIT_WORDS
                         for k in range(max(0, num.i - 40), num.i - 3))
            if not listed:
                return True
    return False


def _currency_before(toks: list[_Tok], i: int) -> tuple[int, str, str] | None:
    """A currency sign or code right before token i: (first token index, unit, text)."""
    k = i - 1
    if k < 0:
        return None
    t = toks[k]
    if t.text in _CURRENCY_SYMBOLS:
        unit = _CURRENCY_SYMBOLS[t.text]
        first = k
        if t.text == "$" and k > 0 and toks[k - 1].kind == "word" and toks[k - 1].low in _DOLLAR_PREFIX \
                and toks[k - 1].text.isupper() and (not t.space_before or len(toks[k - 1].low) > 1):
            unit = _DOLLAR_PREFIX[toks[k - 1].low]
            first = k - 1
        if t.text == "$" and k > 0 and toks[k - 1].kind == "word" and toks[k - 1].low in _CURRENCY_CODES \
                and toks[k - 1].text.isupper():
            first = k - 1
        return first, unit, t.text
    if t.kind == "word" and t.text in _ASCII_CURRENCY and not toks[i].space_before:
        return k, _ASCII_CURRENCY[t.text], t.text  # "PS2.7m": an ASCII-folded "£2.7m"
    if t.text == "=" and k > 0 and toks[k - 1].text == "Y" and not t.space_before and not toks[i].space_before:
        return k - 1, "japanese yen", "Y="  # "Y=28,030": an ASCII-folded "¥28,030"
    if t.kind == "word" and t.text.isupper() and not toks[i].space_before and k > 0 and toks[k - 1].text == "$" \
            and t.low in _DOLLAR_PREFIX and not t.space_before:
        return k - 1, _DOLLAR_PREFIX[t.low], "$" + t.text  # "$US55,931,000", "$A82m"
    if t.kind == "word" and t.low in _CURRENCY_CODES and (t.text.isupper() or t.text in ("Rs",)):
        return k, _CURRENCY_CODES[t.low], t.text
    if t.text == "." and k > 0 and toks[k - 1].low == "rs":
        return k - 1, "indian rupee", "Rs."
    return None


def _unit_after(toks: list[_Tok], j: int) -> tuple[int, str, str, str] | None:
    """A unit right after the number ending before token j: (end index, unit, kind, text)."""
    n = len(toks)
    if j >= n:
        return None
    k = j
    hyphen = False
    if toks[k].text == "-" and not toks[k].space_before and k + 1 < n:
        k += 1
        hyphen = True
    t = toks[k]
    lw = t.low
    # percent
    for words, norm in _PERCENT_WORDS.items():
        if tuple(x.low for x in toks[k : k + len(words)]) == words:
            return k + len(words), norm, "percent" if "percentage" == norm else "measure", \
                " ".join(x.text for x in toks[k : k + len(words)])
    if t.text == "°":
        if k + 1 < n and toks[k + 1].low in ("c", "f", "celsius", "fahrenheit") and not toks[k + 1].space_before:
            unit = "celsius" if toks[k + 1].low.startswith("c") else "fahrenheit"
            return k + 2, unit, "temperature", "°" + toks[k + 1].text
        return k + 1, "degree", "measure", "°"
    if t.text in ("F", "C") and t.space_before:
        nxt = toks[k + 1] if k + 1 < n else None
        same_line_name = nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper()
        if not same_line_name or _gap_has_newline(toks, k):
            return k + 1, "fahrenheit" if t.text == "F" else "celsius", "temperature", t.text
    if lw in ("degree", "degrees"):
        if k + 1 < n and toks[k + 1].low in ("celsius", "fahrenheit", "c", "f", "centigrade"):
            unit = "fahrenheit" if toks[k + 1].low.startswith("f") else "celsius"
            return k + 2, unit, "temperature", f"{t.text} {toks[k + 1].text}"
        return k + 1, "degree", "measure", t.text
    # age: "37-year-old", "15 year-old", "40 years old"
    if lw in ("year", "years", "month", "months", "week", "weeks", "day", "days") and k + 2 < n \
            and toks[k + 1].text == "-" and toks[k + 2].low in ("old", "olds"):
        span_unit = _UNIT_WORDS[lw][0]
        return k + 3, f"{span_unit} of age", "age", "".join(x.text for x in toks[k : k + 3])
    if lw in ("years", "year") and k + 1 < n and toks[k + 1].low in ("old", "of") and (
        toks[k + 1].low == "old" or (k + 2 < n and toks[k + 2].low == "age")
    ):
        end = k + 2 if toks[k + 1].low == "old" else k + 3
        return end, "year of age", "age", " ".join(x.text for x in toks[k:end])
    if t.text in _CURRENCY_SYMBOLS and not hyphen and not (k + 1 < n and toks[k + 1].kind == "num"):
        return k + 1, _CURRENCY_SYMBOLS[t.text], "money", t.text  # "1,200 €", "1.200€"
    if t.text in ("″", "′") and not t.space_before and not (k + 1 < n and toks[k + 1].kind == "word"
                                                          and not toks[k + 1].space_before):
        # 25.5″ (inches), 6′ (feet); "2022′s" is an apostrophe
        return k + 1, "inch" if t.text == "″" else "foot", "measure", t.text
    if t.text == "PS" and not hyphen:
        return k + 1, "horsepower", "measure", t.text  # metric horsepower (Pferdestärke)
    if t.text == "Nm":
        return k + 1, "newton metre", "measure", t.text
    if lw in ("pound", "pounds", "lb") and k + 2 < n and toks[k + 1].text == "-" and toks[k + 2].low in ("feet", "foot", "ft") \
            and not toks[k + 1].space_before:
        unit = "pound-foot" if lw != "lb" else "foot pound-force"
        return k + 3, unit, "measure", "".join(x.text for x in toks[k : k + 3])  # torque
    if t.text in ("μ", "µ") and k + 1 < n and toks[k + 1].low == "m" and not toks[k + 1].space_before:
        return k + 2, "micrometre", "measure", t.text + toks[k + 1].text  # "352 μm"
    if t.kind == "word" and t.text.isupper() and lw in _CURRENCY_CODES and lw not in ("rs", "rm") and not hyphen:
        return k + 1, _CURRENCY_CODES[lw], "money", t.text  # "110 JPY"
    if lw in _CURRENCY_WORDS and not hyphen:
        if lw == "p" and (t.space_before or k + 1 < n and toks[k + 1].text == "."):
            return None
        if lw in ("won",) and k + 1 < n and toks[k + 1].kind == "word" and toks[k + 1].low in ("the", "a", "in", "by"):
            return None
        return k + 1, _CURRENCY_WORDS[lw], "money", t.text
    if lw in _NATIONAL_CURRENCY and t.text[:1].isupper() and k + 1 < n and not hyphen:
        base = toks[k + 1].low
        cur = _NATIONAL_CURRENCY[lw].get(base) or _NATIONAL_CURRENCY[lw].get(base.rstrip("s"))
        if cur is not None:
            return k + 2, cur, "money", f"{t.text} {toks[k + 1].text}"  # "7.5 million Danish crowns"
    if lw in ("pounds", "pound") and k + 1 < n and toks[k + 1].low == "sterling":
        return k + 2, "pound sterling", "money", "pounds sterling"
    if lw in _UNIT_WORDS:
        if lw in _SHORT_UNITS and t.text.isupper() and len(lw) <= 2 and lw not in (
            "mw", "gw", "kw", "gb", "mb", "tb", "db", "hz", "w", "v", "km", "kg", "cm", "mm", "hp", "ft", "lb"
        ):
            return None
        if lw in ("l", "g", "v", "w", "min", "sec", "mi", "ha") and t.space_before and not hyphen:
            # a lone letter is a unit only when glued to the number ("5g", "2l")
            if lw in ("g", "l", "v", "w", "ha", "h"):
                return None
        norm, kind = _UNIT_WORDS[lw]
        # "mile per hour", "barrels per day", "$52 a barrel": the caller adds the "per" part
        return k + 1, norm, kind, t.text
    if lw in ("square", "sq", "cubic") and k + 1 < n and (toks[k + 1].low in _UNIT_WORDS or toks[k + 1].low == "m"):
        norm, kind = _UNIT_WORDS.get(toks[k + 1].low, ("metre", "measure"))
        prefix = "cubic" if lw == "cubic" else "square"
        return k + 2, f"{prefix} {norm}", kind, f"{t.text} {toks[k + 1].text}"
    return None


def _gap_has_newline(toks: list[_Tok], k: int) -> bool:
    """True when a line break separates token k from the next one (tokens keep no text between)."""
    return k + 1 < len(toks) and toks[k + 1].newline_before


def _per_unit(toks: list[_Tok], k: int) -> tuple[int, str, str] | None:
    """'per hour', 'a barrel', '/day' after a unit: (end index, per-noun, text)."""
    n = len(toks)
    if k >= n:
        return None
    if toks[k].text == "-" and not toks[k].space_before and k + 3 < n and toks[k + 1].low in ("a", "an", "per") \
            and toks[k + 2].text == "-" and toks[k + 3].kind == "word":
        w = toks[k + 3].low
        base = _UNIT_WORDS.get(w, (w[:-1] if w.endswith("s") and len(w) > 3 else w, ""))[0]
        return k + 4, base, "".join(t.text for t in toks[k : k + 4])  # "barrel-a-day"
    t = toks[k]
    if t.low in ("a", "an") and k + 2 < n and toks[k + 2].low in ("earlier", "ago", "before", "later", "after", "on"):
        return None  # "$6.78 billion a year earlier": a time, not a rate
    if t.low in ("per", "a", "an", "each") or (t.text == "/" and k + 1 < n):
        if k + 1 < n and toks[k + 1].kind == "word":
            w = toks[k + 1].low
            base = _UNIT_WORDS.get(w, (w.rstrip("s") if w.endswith("s") and len(w) > 3 else w, ""))[0]
            if t.low == "per" or t.text == "/" or base in _PER_NOUNS or w in _PER_NOUNS:
                if w in ("square", "cubic", "sq") and k + 2 < n and toks[k + 2].kind == "word":
                    w2 = toks[k + 2].low
                    base2 = _UNIT_WORDS.get(w2, (w2[:-1] if w2.endswith("s") and len(w2) > 3 else w2, ""))[0]
                    base2 = {"m": "metre"}.get(base2, base2)
                    prefix = "cubic" if w == "cubic" else "square"
                    return k + 3, f"{prefix} {base2}", f"{t.text} {toks[k + 1].text} {toks[k + 2].text}"
                return k + 2, base, f"{t.text} {toks[k + 1].text}"
    return None


#: words that say a figure is a further group ("at least another 2,059", "more than a further 300"): the
#: qualifier before them qualifies the figure
_FURTHER_WORDS = (("another",), ("a", "further"), ("an", "additional"), ("further",), ("additional",))


def _qualifier_before(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    for further in _FURTHER_WORDS:
        m = len(further)
        if i - m > 0 and tuple(t.low for t in toks[i - m : i]) == further:
            found = _qualifier_at(toks, i - m)
            if found is not None:
                return found
    return _qualifier_at(toks, i)


def _qualifier_at(toks: list[_Tok], i: int) -> tuple[int, str] | None:
    for words, code in _PRE_QUALIFIERS:
        m = len(words)
        if i - m < 0:
            continue
        if tuple(t.low for t in toks[i - m : i]) == words:
            if words in (("over",), ("under",), ("above",), ("below",)) and i - 2 >= 0 \
                    and toks[i - 2].low in ("rose", "rise", "fell", "fall", "up", "down"):
                continue
            return i - m, code
    return None


def _qualifier_after(toks: list[_Tok], j: int) -> tuple[int, str] | None:
    for words, code in _POST_QUALIFIERS.items():
        m = len(words)
        if tuple(t.low for t in toks[j : j + m]) == words:
            return j + m, code
    if j < len(toks) and toks[j].text == "+" and not toks[j].space_before:
        return j + 1, "at_least"
    if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low == "plus" and not toks[j].space_before:
        return j + 2, "at_least"
    if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low in ("odd", "some") and not toks[j].space_before:
        return j + 2, "about"  # "20-odd people", "40-some cases"
    return None


_CHANGE_VERBS = {"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
                 "increased", "increase", "increases", "decreased", "decrease", "grew", "grow", "grown",
                 "dropped", "drop", "drops", "climbed", "climb", "jumped", "jump", "up", "down", "cut",
                 "raised", "lowered", "slipped", "slid", "surged", "soared", "plunged", "declined",
                 "gained", "lost", "went", "moved", "changed", "shrank", "expanded", "reduced", "boosted",
                 "improved", "widened", "narrowed", "tumbled", "eased"}
# more rise/fall verbs, every inflection: "the toll mounted from 98 to 112" is a change, not a range
_CHANGE_VERBS |= {base + end for base in ("mount", "climb", "jump", "surge", "soar", "swell", "spike", "double",
                                          "triple", "quadruple", "halve", "plunge", "plummet", "slump", "sink",
                                          "decline", "increase", "decrease", "drop", "tumble", "ease", "dip", "edge",
                                          "tick", "leap", "balloon", "shoot", "rocket", "dwindle", "shrink", "rise",
                                          "fall", "grow", "reduce", "raise", "lower", "cut", "slip", "slide", "jump")
                  for end in ("", "s", "ed", "d", "ing", "ped", "ping")
                  if not (end in ("ped", "ping") and base not in ("dip", "drop", "slip"))}
_CHANGE_VERBS |= {"swollen", "shot", "sank", "sunk", "leapt", "shrunk", "slid", "dipped", "dipping"}


def _change_verb_before(toks: list[_Tok], k: int) -> bool:
    """A rise/fall verb shortly before the "from" at token k, in the same clause:
    "rose from 5 to 7", "raised the number of seats from 65 to 125" (a change, not a range)."""
    for m in range(k - 1, max(k - 7, -1), -1):
        t = toks[m]
        if t.kind == "sym" or t.kind == "num" or t.low in ("ranging", "ranged", "range", "ranges", "varying", "varied",
                                                           "vary", "varies", "and", "or", "but", "which", "that", "who"):
            return False
        if t.low in _CHANGE_VERBS:
            return True
    return False


def _range_after(toks: list[_Tok], j: int, connector_ok: set[str]) -> tuple[_Num, int, str | None, str | None] | None:
    """A second number at token j joined by to/-/and/or.

    Returns:
        (second number, index after it, its currency unit or None, connector text), or None.
    """
    n = len(toks)
    if j >= n:
        return None
    c = toks[j]
    is_dash = c.text in ("-", "–", "—")
    if c.low not in connector_ok and not (is_dash and "-" in connector_ok):
        return None
    k = j + 1
    cur_unit: str | None = None
    if k < n and toks[k].kind == "word" and toks[k].text.isupper() and k + 1 < n and toks[k + 1].text == "$" \
            and toks[k].low in _DOLLAR_PREFIX:
        cur_unit = _DOLLAR_PREFIX[toks[k].low]
        k += 2
    elif k < n and toks[k].text in _CURRENCY_SYMBOLS:
        cur_unit = _CURRENCY_SYMBOLS[toks[k].text]
        k += 1
        if k < n and toks[k].kind == "word" and toks[k].text.isupper() and toks[k].low in _DOLLAR_PREFIX \
                and not toks[k].space_before:
            cur_unit = _DOLLAR_PREFIX[toks[k].low]
            k += 1
    if k >= n:
        return None
    second = _parse_number(toks, k)
    if second is None or second.value is None or second.fraction:
        return None
    if is_dash:
        tight = not c.space_before and not toks[j + 1].space_before
        spaced = c.space_before and toks[j + 1].space_before
        if not (tight or (spaced and c.text in ("–", "—"))):
            return None
        if toks[_num_first_index(toks, j)].kind != toks[k].kind:
            return None
    return second, second.j, cur_unit, c.low


_SCORE_NOUNS = frozenset({"wins", "losses", "defeats", "goals", "points", "runs", "sets", "games", "votes", "seats"})


def _counted_range(toks: list[_Tok], num: _Num, second: _Num, j: int) -> bool:
    """"lost 4-5 servicemen", "30-40 people": a rising pair of whole numbers before a plural noun
    counts something (a score stands alone, "won 3-1", or before its own words, "a 2-3 loss")."""
    a, b = num.value, second.value
    if a is None or b is None or not (0 < a < b) or not float(a).is_integer() or not float(b).is_integer():
        return False
    if num.i > 0 and toks[num.i - 1].low in ("a", "an", "the"):
        return False
    if j >= len(toks) or toks[j].kind != "word" or not toks[j].text.islower() or len(toks[j].low) < 4:
        return False
    w = toks[j].low
    return (w.endswith("s") and not w.endswith("ss") or w.endswith("men") or w in ("people", "children", "dead")) \
        and w not in _SCORE_NOUNS


def _num_first_index(toks: list[_Tok], j: int) -> int:
    """Index of the number token that ends right before connector j (skipping a unit)."""
    k = j - 1
    while k > 0 and toks[k].kind not in ("num",) and _word_value(toks[k].low) is None and toks[k].low not in _MAGS:
        k -= 1
    return max(k, 0)


# singular nouns that make "only one" a count: "only one person was hurt"
_ONE_COUNTED = {"person", "man", "woman", "child", "boy", "girl", "soldier", "officer", "civilian", "victim", "body",
                "death", "passenger", "patient", "survivor", "worker", "resident", "house", "home", "building",
                "vehicle", "fatality", "casualty", "case", "member", "student", "journalist", "policeman", "fighter",
                "militant", "migrant", "refugee", "hostage", "prisoner", "suspect", "injury"}


class _Scanner:
    """Finds quantities in one text (a fresh object per text; no shared state)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.masked = _masked_spans(text)
        # unit of a figure that a following "to"/"and"/"or" figure may share: (token index, unit, kind, text)
        self._carry: tuple[int, str, str, str | None] | None = None

    def _is_masked(self, start: int, end: int) -> bool:
        return any(s <= start < e or s < end <= e for s, e in self.masked)

    def scan(self) -> list[Quantity]:
        toks = self.toks
        out: list[Quantity] = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if t.kind not in ("num", "word"):
                i += 1
                continue
            if t.kind == "word" and t.low not in _SMALL and t.low not in _TENS and t.low not in (
                "a", "an", "dozens", "tens", "hundreds", "thousands", "millions", "billions", "trillions",
                "several", "few", "couple", "half",
            ):
                i += 1
                continue
            num = _parse_number(toks, i)
            if num is None or num.j <= i:
                i += 1
                continue
            q = self._build(num)
            if q is None:
                i = max(i + 1, num.j if toks[i].kind == "num" else i + 1)
                continue
            quantity, next_i = q
            out.append(quantity)
            i = max(next_i, i + 1)
        return out

    def _reject(self, num: _Num, cur: tuple[int, str, str] | None, negative: bool = False) -> bool:
        toks, text = self.toks, self.text
        t = toks[num.i]
        if self._is_masked(t.start, toks[num.j - 1].end):
            return True
        if t.kind == "num" and (_adjacent_month(toks, num) or _is_time(toks, num)):
            return True
        if t.kind == "num" and cur is None and not negative and _in_day_list(toks, num):
            return True
        if t.kind == "num" and cur is None and not negative and _is_identifier(text, toks, num):
            return True
        if t.kind == "num" and num.i > 0 and toks[num.i - 1].low in _WEEKDAYS and re.fullmatch(r"\d{1,2}", t.low) \
                and not (num.j + 1 < len(toks) and toks[num.j].low == "of"
                         and toks[num.j + 1].low in ("its", "their", "our", "his", "her", "them", "those", "these", "whom")):
            return True  # (not "said on Wednesday 10 of its soldiers were killed": a count of a group after the day)
        if t.kind == "num" and re.fullmatch(r"0[\d,]+", t.low):
            return True  # "0401 GMT", a stray "000": codes, not amounts
        if t.kind == "word":
            w = t.low
            prev = toks[num.i - 1].low if num.i > 0 else ""
            nxt = toks[num.j].low if num.j < len(toks) else ""
            if prev == "-" and num.i > 1 and not t.space_before and not toks[num.i - 1].space_before \
                    and toks[num.i - 2].kind == "word" and _word_value(toks[num.i - 2].low) is None \
                    and toks[num.i - 2].low not in _MAGS and toks[num.i - 2].low in ("sub", "non", "near", "below", "above"):
                return True  # "sub-zero temperatures": a word of a compound, no count
            if w == "one" and num.j == num.i + 1:
                prev2 = toks[num.i - 2].low if num.i > 1 else ""
                if prev == "only" and nxt in _ONE_COUNTED and prev2 not in ("the", "my", "your", "his", "her", "our",
                                                                           "their", "its", "'s", "’s"):
                    return False  # "only one person was hurt" (not "the only one")
                if prev in ("no", "the", "this", "that", "each", "every", "any", "which", "someone", "anyone",
                            "everyone", "only", "last", "another", "such", "little", "big", "right", "same",
                            "wrong", "new", "old", "first", "second", "other", "'s", "’s", "-") \
                        or nxt in ("another", "by", "way", "day", "time", "point", "thing", "on", "-",
                                   "sided", "off", "who", "that", "which", "'s", "’s", "else", "and") \
                        or (num.j < len(toks) and toks[num.j].kind == "num"):
                    return True
                if t.text == "One" and num.i > 0 and toks[num.i - 1].text[:1].isupper() and toks[num.i - 1].kind == "word":
                    return True  # "BBC One", "Formula One"
            if w in ("a", "an") and num.value is not None and num.value == 1:
                return True
        return False

    def _negative_start(self, i: int) -> int | None:
        """Index where a minus sign before token i starts ("minus 5", "-5", "$-50bn"), else None."""
        toks = self.toks
        if i <= 0:
            return None
        p = toks[i - 1]
        if p.text in ("-", "−") and not toks[i].space_before:
            before = toks[i - 2] if i >= 2 else None
            if before is not None and before.kind == "word" and before.text[:1].isupper():
                return None  # "COVID -19"
            if before is None or p.space_before or before.text in _CURRENCY_SYMBOLS or before.text == "(":
                if before is not None and before.kind == "word" and before.low in ("minus", "negative"):
                    return i - 2
                return i - 1
            if before is not None and before.low in ("minus", "negative"):
                return i - 2
            return None
        if p.low in ("minus", "negative") and p.kind == "word":
            return i - 1
        return None

    def _build(self, num: _Num) -> tuple[Quantity, int] | None:
        toks, text = self.toks, self.text
        neg_i = self._negative_start(num.i) if toks[num.i].kind == "num" else None
        cur = _currency_before(toks, neg_i if neg_i is not None and toks[neg_i].text in ("-", "−") else num.i)
        if cur is None and neg_i is not None and toks[neg_i].low not in ("minus", "negative"):
            if neg_i > 0 and toks[neg_i - 1].kind == "num":
                neg_i = None
        if self._reject(num, cur, neg_i is not None):
            return None
        start_i = num.i
        end_j = num.j
        unit: str | None = num.unit
        kind: str | None = num.unit_kind
        unit_text: str | None = num.unit_text
        value = num.value
        if neg_i is not None and value is not None:
            value = -value
            start_i = neg_i
        if cur is not None:
            start_i = min(start_i, cur[0])
            unit, unit_text, kind = cur[1], cur[2], "money"
        if _is_year(toks, num) and cur is None:
            # a bare 4-digit number between 1500 and 2200 is a year unless a unit follows
            ua = _unit_after(toks, num.j)
            if (ua is None or ua[2] in ("duration",)) and not _year_is_count(toks, num):
                return None
        low = high = None
        qualifier = "exact"
        vague = num.vague
        if num.value is None:
            low, high = num.low, num.high
            qualifier = "about"
        # the unit right after the first number ("1 per cent to 1.5 per cent")
        if unit is None:
            ua = _unit_after(toks, end_j)
            if ua is not None:
                end_j, unit, kind, unit_text = ua[0], ua[1], ua[2], ua[3]
        elif kind == "money" and end_j < len(toks) and toks[end_j].low in _CURRENCY_WORDS \
                and toks[end_j].low not in ("p", "won", "sen", "cent", "cents", "pence"):
            end_j += 1  # "$2 billion dollars"
        # adjectival durations are not figures: "a five-year plan", "a 10-year sentence"
        if kind == "duration" and end_j < len(toks) and end_j - 1 > num.j - 1 and toks[num.j].text == "-" \
                and not toks[num.j].space_before and (toks[end_j].kind == "word" or toks[end_j].text in _CURRENCY_SYMBOLS) \
                and toks[end_j].low not in ("old", "olds", "long", "high"):
            return None
        # "one in five", "one out of three": a share
        if value is not None and unit is None and not num.fraction and end_j < len(toks) - 1:
            k = end_j
            if toks[k].low == "in":
                k += 1
            elif toks[k].low == "out" and toks[k + 1].low == "of":
                k += 2
            if k > end_j and k < len(toks) and (toks[k].kind == "num" or _word_value(toks[k].low) is not None):
                denom = _parse_number(toks, k)
                if denom is not None and denom.value and denom.value > value and not _is_year(toks, denom) \
                        and toks[k].kind == toks[num.i].kind:
                    value = value / denom.value
                    kind = "fraction"
                    end_j = denom.j
        # range: between X and Y, X to Y, X-Y, X or Y
        first_prev = toks[start_i - 1].low if start_i > 0 else ""
        connectors = {"to", "-", "or"}
        if first_prev == "between":
            connectors = {"and", "to", "-"}
        if value is not None and not num.fraction and neg_i is None:
            rng = _range_after(toks, end_j, connectors)
            if rng is not None:
                second, after, s_cur, conn = rng
                s_unit, s_kind, s_text, s_end = second.unit, second.unit_kind, second.unit_text, after
                if s_cur is not None:
                    s_unit, s_kind = s_cur, "money"
                elif s_unit is None:
                    ua2 = _unit_after(toks, after)
                    if ua2 is not None:
                        s_end, s_unit, s_kind, s_text = ua2
                a, b = value, second.value
                assert b is not None
                # "four to five thousand": the magnitude of the second applies to the first
                if second.scaled and not num.scaled and a < b:
                    scale = _scale_of(toks, second)
                    if scale and a < scale and a * scale <= b * 1.0001:
                        a = a * scale
                is_change = (first_prev == "from" and _change_verb_before(toks, start_i - 1)) \
                    or (first_prev == "by" and unit is not None) \
                    or (conn == "to" and unit is None and s_unit is None and s_cur is None and _by_before(toks, start_i))  # "rose by 100 to 2,310"
                dash = conn in ("-", "–", "—")
                years = _is_year(toks, num) and _is_year(toks, second)
                if toks[second.i].kind == "num" and _adjacent_month(toks, second):
                    return None  # "from 6 to 9 January": a date range
                compatible = unit is None or s_unit is None or unit == s_unit
                if years and cur is None:
                    return None
                # "30-40,000": the thousands written once, on the second figure of the range
                elided = (dash and toks[num.i].kind == "num" and toks[second.i].kind == "num"
                          and "," not in toks[num.i].text and "," in toks[second.i].text
                          and a.is_integer() and 0 < a < 1000 and b % 1000 == 0 and a < b / 1000)
                if elided:
                    a = a * 1000
                if dash and cur is None and unit is None and s_unit is None and not num.scaled and not second.scaled \
                        and not elided:
                    if toks[num.i].kind == "num" and not ("," in toks[num.i].text and "," in toks[second.i].text) \
                            and not _counted_range(toks, num, second, s_end):
                        return None  # "2-2", "3-1": a score, not a range ("10,000-12,000 troops" is one)
                if conn == "or" and (toks[num.i].kind != toks[second.i].kind or b > a * 10):
                    compatible = False
                if compatible and not is_change and a < b:
                    value, low, high, qualifier = None, a, b, "range"
                    end_j = s_end
                    if unit is None and s_unit is not None:
                        unit, kind, unit_text = s_unit, s_kind, s_text
                    if first_prev in ("between", "from"):
                        start_i -= 1
                elif compatible and unit is None and s_unit is not None and not dash:
                    unit, kind, unit_text = s_unit, s_kind, None  # "from 4.8 to 4.7 percent"
        if unit is None and self._carry is not None and self._carry[0] in (start_i - 1, start_i - 2) and value is not None \
                and not (self._carry[2] == "age" and value >= 120):
            unit, kind, unit_text = self._carry[1], self._carry[2], None
        self._carry = None
        # qualifier words before
        if qualifier in ("exact", "about"):
            qb = _qualifier_before(toks, start_i)
            if qb is not None:
                start_i, code = qb
                if qualifier == "exact" or code in ("up_to", "at_least", "over", "under", "nearly", "at_most"):
                    qualifier = code
        if unit is not None and kind != "age":
            pu = _per_unit(toks, end_j)
            if pu is not None and (kind in ("money", "measure") or toks[end_j].low == "per"):
                end_j, per_noun, per_text = pu
                unit = f"{unit} per {per_noun}"
                unit_text = f"{unit_text} {per_text}" if unit_text else per_text
        # post qualifiers: "10,000 or more", "10,000-plus"
        qa = _qualifier_after(toks, end_j)
        if qa is not None and qualifier == "exact":
            end_j, qualifier = qa
        if num.fraction:
            kind = "fraction"
        if kind is None:
            kind = "number"
        # age after a name: "Kim, 40, said"
        if kind == "number" and toks[num.i].kind == "num" and value is not None and 0 < value < 120 and value == int(value):
            if num.i >= 2 and toks[num.i - 1].text == "," and num.j < len(toks) and toks[num.j].text == "," \
                    and toks[num.i - 2].kind == "word" and toks[num.i - 2].text[:1].isupper():
                kind, unit = "age", "year of age"
        # "children aged 5 to 12", "between the ages of 18 and 60": ages
        if kind == "number" and not num.vague:
            k = start_i - 1
            if k >= 0 and toks[k].low == "of":
                k -= 1  # "the ages of 18 and 60", "at the age of 12"
            if k >= 0 and (toks[k].low in ("aged", "ages") or (toks[k].low == "age" and k < start_i - 1)):
                hi_v = high if value is None else value
                if hi_v is not None and 0 <= hi_v < 120:
                    kind, unit = "age", "year of age"
        if unit is not None and end_j < len(toks) and toks[end_j].low in ("to", "and", "or") and value is not None:
            self._carry = (end_j, unit, kind, unit_text)
        start = toks[start_i].start
        end = toks[end_j - 1].end
        q = Quantity(
            start=start,
            end=end,
            text=text[start:end],
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=unit,
            kind=kind,
            num_start=toks[num.i].start,
            num_end=toks[num.j - 1].end,
            unit_text=unit_text,
            vague=vague,
        )
        return q, end_j


def _scale_of(toks: list[_Tok], num: _Num) -> float | None:
    t = toks[num.j - 1]
    if t.low in _MAGS:
        return float(_MAGS[t.low])
    if t.low in _SUFFIX_SCALE:
        return float(_SUFFIX_SCALE[t.low])
    if toks[num.i].suf.lower() in _SUFFIX_SCALE:
        return float(_SUFFIX_SCALE[toks[num.i].suf.lower()])
    return None


def find_quantities(text: str, doc: "Doc | None" = None) -> tuple[Quantity, ...]:
    """Find the quantities in a text.

    Args:
        text: plain text (an article's cleaned text, or one sentence).
        doc: optional spaCy ``Doc`` of exactly ``text``; when given, each quantity gets the
            noun phrase it counts (``measure``) and count units are read from the parse.

    Returns:
        The quantities in text order, each with offsets into ``text``.
    """
    quantities = _link_from_to(text, _Scanner(text).scan())
    if doc is not None:
        quantities = [_attach_measure(q, doc) for q in quantities if not _is_name_number(q, doc)]
    return tuple(quantities)


_FROM_BEFORE_RE = re.compile(r"\bfrom\s*$", re.I)
_TO_BETWEEN_RE = re.compile(r"^[^.!?;:()\[\]\n]{0,45}?\bto\s*$|^(?:[^.!?;\n]|\.(?=\S)|(?<=[A-Z])\.(?=\s[a-z])){0,45}?\bto\s*$")


def _link_from_to(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Mark "from X to Y" pairs written as two figures ("rose from 208 pounds to 193").

    The Y figure borrows X's unit when it has none ("from 21 mpg to 23").
    """
    out = list(quantities)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.value is None or b.value is None or a.link is not None or a.kind in ("age", "temperature"):
            continue
        if not _FROM_BEFORE_RE.search(text[max(0, a.start - 12) : a.start]):
            continue
        if not _TO_BETWEEN_RE.match(text[a.end : b.start]):
            continue
        if a.unit and b.unit and a.unit.split(" per ")[0] != b.unit.split(" per ")[0]:
            continue
        if b.unit is None and a.unit is not None and b.kind == "number" and a.kind in ("money", "percent", "measure"):
            b = replace(b, unit=a.unit, kind=a.kind)
        out[k] = replace(a, link="from")
        out[k + 1] = replace(b, link="to", linked_value=a.value)
    return out


def _title_case_line(doc: "Doc", i: int) -> bool:
    """True when the line around token i is written in Title Case (a headline)."""
    lo = i
    while lo > 0 and i - lo < 20 and not doc[lo - 1].is_space and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = i
    while hi + 1 < len(doc) and hi - i < 20 and not doc[hi + 1].is_space and "\n" not in doc[hi].whitespace_:
        hi += 1
    words = [t for t in doc[lo : hi + 1] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


_TELL_LEMMAS = {"tell", "inform", "assure", "warn", "brief"}


def _told_name_before(doc: "Doc", i: int) -> bool:
    """The name before token i is whom someone told, and the number opens what was told:
    "told the Guardian 41 bodies were found", "told Reuters 300 people fled"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not nxt.text[:1].islower() or nxt.pos_ not in ("NOUN", "ADJ"):
        return False
    head = doc[i].head
    if head.i <= i or head.dep_ not in ("nsubj", "nsubjpass"):
        return False  # the counted noun must open the told clause as its subject
    k = i - 1
    steps = 0
    while k >= 0 and steps < 4 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("the", "&")) \
            and not doc[k].is_sent_start:
        k -= 1
        steps += 1
    return k >= 0 and k < i - 1 and doc[k].lemma_ in _TELL_LEMMAS


_LIST_SEPARATORS = {",", ";", ":", "and"}


def _list_item_at(doc: "Doc", i: int) -> bool:
    """A "Name N" item of a list at the number token i: a capitalised word before it (after a separator
    or the line's start) and a separator or the sentence's end after it."""
    if i < 1 or i + 1 >= len(doc) or not doc[i].like_num:
        return False
    name = doc[i - 1]
    if not name.text[:1].isupper() or name.is_punct:
        return False
    before = doc[i - 2] if i >= 2 else None
    after = doc[i + 1]
    return (before is None or before.lower_ in _LIST_SEPARATORS or "\n" in before.whitespace_) \
        and (after.lower_ in _LIST_SEPARATORS or after.text in (".", ")"))


def _place_figure_list(doc: "Doc", i: int) -> bool:
    """"Lenna 140, Dorsk 96, Kester 51": a number in a list of names with their figures counts,
    it is no part of a name (another item of the same shape right before or after it)."""
    if not _list_item_at(doc, i):
        return False
    for k in (i - 3, i - 4, i + 3, i + 4):  # the item before ("Lenna 140, Dorsk 96") or after ("..., and Kester 51")
        if 0 <= k < len(doc) and _list_item_at(doc, k):
            return True
    return False


_SPEAK_LEMMAS = frozenset({"say", "report", "tell", "announce", "state", "add", "quote", "cite", "broadcast", "air",
                           "write", "claim", "confirm"})


def _speaks(tok: "Token") -> bool:
    """The token is the subject of a verb of saying ("2M said") or stands in apposition to a word
    that is ("the broadcaster 2M reported")."""
    for t in (tok, tok.head):
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEAK_LEMMAS and t.head.i > t.i:
            return True
        if t.dep_ not in ("appos", "compound", "nummod", "npadvmod"):
            break
    return False


def _is_name_number(q: Quantity, doc: "Doc") -> bool:
    """A number that is part of a name ("iPhone 11", "Big 12", "787 Dreamliner"), read from the parse."""
    if q.start != q.num_start or q.unit is not None or q.kind != "number":
        return False
    span = doc.char_span(q.num_start, q.num_end, alignment_mode="expand")
    if span is None:
        return False
    first, last = span[0], span[-1]
    if re.fullmatch(r"\d+[A-Z]{1,3}", q.text.strip()) and _speaks(last):
        return True  # "broadcaster 2M said", "4K reported": a name that speaks, not two million
    if not first.text[:1].isdigit():
        # "the RBS Six Nations", "Big Ten": a capitalised number word inside a name
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        prev = doc[first.i - 1] if first.i > 0 else None
        return (first.text[:1].isupper() and not first.is_sent_start and nxt is not None
                and nxt.text[:1].isupper() and "\n" not in first.whitespace_
                and prev is not None and "\n" not in prev.whitespace_ and not prev.is_space
                and prev.text not in ("“", '"', ":", "(", "-", "–", "—")
                and not _title_case_line(doc, first.i))
    if first.i > 0:
        prev = doc[first.i - 1]
        if (prev.text[:1].isupper() or prev.pos_ == "PROPN") and not prev.is_sent_start and prev.ent_type_ not in ("NORP",) \
                and prev.pos_ not in ("DET", "ADP", "CCONJ") and not prev.is_punct and prev.lower_ not in _MONTHS \
                and prev.lower_ not in _WEEKDAYS \
                and not _told_name_before(doc, first.i) and not _place_figure_list(doc, first.i):
            return True
    if last.i + 1 < len(doc) and re.fullmatch(r"\d{3,}", q.text.strip()):
        nxt = doc[last.i + 1]
        if nxt.lower_ in _WEEKDAYS:
            return False  # "rose to 445 Sunday": the day the count was given, not a name's number
        if nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.ent_type_ != "NORP" and not (
                # "257 Tessians are missing", "families of 40 Orlanis": people counted by a plural
                # name of their nation or group (a name's number stands before a singular name)
                nxt.tag_ == "NNPS" and last.dep_ != "compound" and nxt.text[-1:] == "s" and nxt.text[1:].islower()) and not (
                # "179 UK soldiers", "120 US troops": a country's people counted, not a name's number
                nxt.ent_type_ == "GPE" and nxt.dep_ in ("compound", "amod", "nmod") and nxt.head.i > nxt.i
                and nxt.head.tag_ == "NNS") and not (
                # "566 ISAF troops", "300 Nato soldiers": a force's people counted (the number counts the
                # plural noun after the name, as the parse says)
                nxt.dep_ in ("compound", "amod", "nmod") and nxt.head.i > nxt.i and nxt.head.tag_ == "NNS"
                and last.dep_ == "nummod" and last.head.i == nxt.head.i and nxt.head.lemma_.lower() in _FORCE_PEOPLE):
            return True
    return False


# --- counted noun from the dependency parse -------------------------------------------------

#: people a force or group is counted in ("566 ISAF troops", "40 Hamas fighters")
_FORCE_PEOPLE = {"troop", "troops", "soldier", "member", "personnel", "fighter", "militant", "officer", "marine",
                 "peacekeeper", "police", "policeman", "sailor", "airman", "servicemen", "serviceman", "staff",
                 "worker", "volunteer", "recruit", "rebel", "insurgent", "civilian", "contractor"}
_NOMINAL_ADJECTIVES = {"dead", "injured", "wounded", "missing", "killed", "displaced", "homeless", "unemployed",
                       "hospitalised", "hospitalized", "infected", "evacuated", "detained", "arrested"}
_SKIP_MEASURE_LEMMAS = {"%", "percent", "cent"}


def number_token(q: Quantity, doc: "Doc") -> "Token | None":
    """The spaCy token that carries the quantity's number (its last number token)."""
    span = doc.char_span(q.num_start, q.num_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for tok in reversed(span):
        if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in _MAGS or tok.lower_ in _PLURAL_MAGS:
            return tok
    return span[-1]


def counted_noun(q: Quantity, doc: "Doc") -> "Token | None":
    """The noun a quantity counts ("troops" in "8,000 North Korean troops"), or None."""
    tok = number_token(q, doc)
    if tok is None:
        return None
    span_end = doc.char_span(q.start, q.end, alignment_mode="expand")
    last_i = span_end.end if span_end is not None else tok.i + 1
    if _toll_value_before_and(tok):
        return None
    # "nearer 8,000 to 9,100 soldiers": a range's last number hangs on the noun when the parser hung the first
    # on a word before it
    if q.low is not None and q.high is not None and span_end is not None and tok.head.i < tok.i:
        last_num = next((t for t in reversed(span_end) if t.like_num or t.pos_ == "NUM"), None)
        if last_num is not None and last_num.i > tok.i and last_num.dep_ == "nummod" and last_num.head.i >= last_i \
                and last_num.head.pos_ in ("NOUN", "PROPN"):
            tok = last_num
    cur = tok
    # climb number-internal links ("8,000" <- "million"), stop at the first noun head
    for _ in range(4):
        head = cur.head
        if head is cur:
            break
        if cur.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "advmod", "npadvmod") and head.i > cur.i:
            if head.pos_ in ("NOUN", "PROPN") and head.i >= last_i:
                if head.lower_ in _WEEKDAYS:
                    break  # "rose to 445 Sunday": when, not what is counted
                if any(t.text in (",", ";") for t in doc[cur.i + 1 : head.i]):
                    break  # "losses exceeding 4,000, two-thirds fatal": no noun is counted across a comma
                if head.lower_ in _MAGS or head.lower_ in _PLURAL_MAGS or head.lower_ in _UNIT_WORDS and head.i < last_i:
                    cur = head
                    continue
                # "10 Afghan National Army (ANA) troops": a name the parse made the head modifies the noun after it
                nxt_noun = head.head
                if head.pos_ == "PROPN" and head.dep_ in ("nmod", "compound") and nxt_noun.pos_ == "NOUN" \
                        and nxt_noun.tag_ == "NNS" and head.i < nxt_noun.i <= head.i + 5 \
                        and all(t.pos_ in ("PROPN", "PUNCT") for t in doc[head.i + 1 : nxt_noun.i]):
                    return nxt_noun
                return head
            # "at least 365 more hospitalized": a participle used as a noun (tagged a verb)
            if head.lower_ in _NOMINAL_ADJECTIVES and head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos") \
                    and head.i >= last_i and head.i <= last_i + 1:
                return head
            if head.pos_ == "NUM" or head.lower_ in _MAGS or head.lower_ == "dozen" and head.i < last_i:
                cur = head  # ("two dozen soldiers": the parse hangs "two" on "dozen", "dozen" on the noun)
                continue
            # "a 50,000-strong force": the force's size
            if head.lower_ == "strong" and head.i == cur.i + 2 and doc[cur.i + 1].text == "-" \
                    and head.head.pos_ == "NOUN" and head.head.i > head.i:
                return head.head
        break
    # "had 12 and one case reported": a number joined to the number before the noun counts that noun
    if cur is tok and tok.dep_ == "conj" and tok.head.pos_ == "NUM" and tok.head.dep_ == "nummod" \
            and tok.head.head.i == last_i and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    # "thousands of students", "dozens of people", "11,000 of the troops"
    for child in cur.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= last_i - 1:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    # the next word when the parse attaches the noun elsewhere ("8,000 troops" split by a bad parse)
    if last_i < len(doc):
        nxt = doc[last_i]
        if nxt.lower_ in _NOMINAL_ADJECTIVES:
            return nxt  # "312 dead", "40 injured"
        if nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS", "NNPS") and nxt.head.i == last_i + 0:
            return nxt
        # "a total of 116 Orlanis are injured": a people's plural name right after the figure, the parse
        # hanging the figure on "total"
        if nxt.tag_ == "NNPS" and nxt.text.endswith("s") and nxt.text[1:].islower() \
                and nxt.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.dep_ != "compound":
            return nxt
        # "at least ten Orlanese serving in the army were killed": a people's name the tagger took for an
        # adjective of the participle after it
        if nxt.ent_type_ == "NORP" and nxt.tag_ == "JJ" and nxt.dep_ == "amod" and nxt.head.i == last_i + 1 \
                and nxt.head.pos_ == "VERB" and nxt.head.tag_ in ("VBG", "VBN") and tok.head.i == nxt.i:
            return nxt
        # "identified 123 confirmed cases": one adjective between the figure and its noun, the parse
        # hanging the figure elsewhere
        if nxt.lower_ in ("confirmed", "suspected", "new", "additional", "more", "other", "probable", "active") \
                and last_i + 1 < len(doc) and doc[last_i + 1].pos_ == "NOUN" and doc[last_i + 1].tag_ == "NNS" \
                and nxt.head.i == last_i + 1:
            return doc[last_i + 1]
    return None


_TOLL_NOUNS = {"toll", "tally", "number", "count", "total"}
_TOLL_VERBS = {"reach", "hit", "touch", "cross", "rise", "climb", "stand", "top", "jump", "increase", "mount"}


def _toll_value_before_and(tok: "Token") -> bool:
    """"the toll has reached 55 and over 1.5 lakh people moved to camps": the value of the toll
    the verb before it gives, not one more count of the noun after "and" (however the parse hung it)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("and", ","):
        return False
    k = tok.i - 1
    while k >= 0 and (doc[k].lower_ in ("to", "at", "of") or doc[k].dep_ in ("quantmod", "advmod") and doc[k].i > tok.i - 4):
        k -= 1
    if k < 0 or doc[k].lemma_.lower() not in _TOLL_VERBS or doc[k].pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _TOLL_NOUNS for c in doc[k].children)


def _attach_measure(q: Quantity, doc: "Doc") -> Quantity:
    if q.kind in ("age", "temperature"):
        return q
    noun = counted_noun(q, doc)
    if noun is None:
        return q
    if noun.lemma_.lower() in _SKIP_MEASURE_LEMMAS:
        return q
    # the noun with its compounds and adjectives between the number and the noun
    left = noun.i
    num_tok = number_token(q, doc)
    floor = (num_tok.i + 1) if num_tok is not None and num_tok.i < noun.i else noun.left_edge.i
    num_span = doc.char_span(q.num_start, q.end, alignment_mode="expand")
    if num_span is not None and num_span.end <= noun.i:
        floor = max(floor, num_span.end)
    if noun.i > 0 and any("\n" in t.text_with_ws for t in doc[max(0, noun.i - 8) : noun.i] if t.idx >= q.end - 1):
        return q
    for child in sorted(noun.lefts, key=lambda c: -c.i):
        if child.i >= floor and child.dep_ in ("compound", "amod", "nmod", "npadvmod") and child.i == left - 1:
            left = child.i
            left = min(left, child.left_edge.i) if child.left_edge.i >= floor else left
    # "the number's" own unit words are not part of the measure
    while left < noun.i and (doc[left].is_punct or doc[left].lower_ in ("-", "of")
                             or doc[left].lower_ == "strong" and left > 0 and doc[left - 1].text == "-"):
        left += 1
    right = noun.i + 1
    if noun.lemma_.lower() in _CONTAINERS:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    right = pobj[0].i + 1
    span = doc[left:right]
    if q.unit is not None and q.kind in ("money", "percent", "measure", "duration"):
        # a unit quantity: keep the noun it describes as measure, unit stays
        if span.start_char < q.end:
            return q
    measure = span.text
    unit = q.unit
    kind = q.kind
    if unit is None and q.kind in ("number", "fraction"):
        unit = _count_unit(span, noun, doc)
        kind = "count" if q.kind == "number" else kind
    return replace(q, measure=measure, measure_start=span.start_char, measure_end=span.end_char, unit=unit, kind=kind)


def _count_unit(span: Any, noun: "Token", doc: "Doc") -> str:
    """The normalised unit of a counted noun phrase ("first-team player", "test per day").

    A phrase headed by a unit word counts that unit ("517 rushing yards" -> "yard"); a rate
    after the noun is kept ("3,000 tests per day" -> "test per day").
    """
    head = noun.lemma_.lower()
    if len(head) > 3 and head in _UNIT_WORDS and noun.lower_ not in ("point", "points"):
        unit = _UNIT_WORDS[head][0]
    elif noun.lower_ == "times" and noun.i == span.start:
        unit = "count"  # "6.5 times earnings": a multiple
    else:
        unit = _lemma_phrase(span)
    k = noun.i + 1
    if k + 1 < len(doc) and doc[k].lower_ in ("per", "a", "an", "each") and doc[k + 1].lemma_.lower() in _PER_NOUNS \
            and span.end == k:
        unit = f"{unit} per {doc[k + 1].lemma_.lower()}"
    return unit


def _singular(tok: "Token") -> str:
    """The lemma of a token, with the plural -s of a proper plural ("Americans", "Cups") removed."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and lemma == tok.lower_ and len(lemma) > 3 and lemma.endswith("s") \
            and not lemma.endswith("ss"):
        return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    return lemma


def _lemma_phrase(span: Any) -> str:
    """The lemmas of a phrase without punctuation and function words; hyphenated words stay whole."""
    words: list[str] = []
    glue = False
    for t in span:
        if t.text == "-" and words and not t.whitespace_ and t.i > span.start and not _ws_after(span, t.i - 1):
            words[-1] += "-"
            glue = True
            continue
        if t.is_punct:
            glue = False
            continue
        w = _singular(t)
        if glue:
            words[-1] += t.lower_ if t.i < span.end - 1 else w
            glue = False
            continue
        if w in ("of", "and", "the"):
            continue
        words.append(w)
    return " ".join(words)


def _ws_after(span: Any, i: int) -> bool:
    """True when token i of the span's document is followed by whitespace."""
    return bool(span.doc[i].whitespace_)
