"""Tables used by ``relations``: wire services and their credit forms, and news outlets.

The single owner of the wire-service names: ``metadata.KNOWN_WIRES`` (the cleaner's agency
names) is derived from ``WIRE_SERVICES``.

A *wire service* sells its journalism to other publishers, who carry it with a credit:
a dateline marker ("WASHINGTON (AP) —"), a feed marker that only appears on partner copies
("The-CNN-Wire", "CNN Newsource"), a copyright line ("© 2024 Cable News Network"), a byline
("By Jane Doe, Associated Press") or a sign-off ("(Reporting by ...; Editing by ...)").
The table is general: it names the services and their usual forms, never one article.

``OUTLETS`` lists well-known outlets (canonical name and the names they are cited by);
other outlets are recognised by their shape (a capitalised name with a media word such as
"Times", "Press", "Daily", see ``MEDIA_WORDS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class WireService:
    """A wire service and the regular expressions of its credits.

    Attributes:
        name: canonical outlet name ("CNN", "AP", "Reuters").
        aliases: the names written inside a dateline marker "(AP) —" or a byline.
        feed: patterns that appear only on a partner's copy of the service's journalism.
        copyright: patterns of the service's copyright line.
        signoff: patterns of the service's sign-off block.
        domains: web domains of the service's own site (a page there is not a copy).
        agency: a news agency, whose name alone in a credit line, byline or dateline marks
            agency copy (``metadata.KNOWN_WIRES`` is built from these); False for a network
            that also syndicates (CNN), whose name alone is mostly its own pages.
    """

    name: str
    aliases: tuple[str, ...]
    feed: tuple[str, ...] = ()
    copyright: tuple[str, ...] = ()
    signoff: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    agency: bool = True


WIRE_SERVICES: tuple[WireService, ...] = (
    WireService(
        "CNN",
        ("CNN",),
        feed=(r"The[- ]CNN[- ]Wire", r"CNN Newsource", r"CNN Wire Service"),
        copyright=(r"(?:©|\(c\)|copyright)[^\n]{0,20}Cable News Network",),
        domains=("cnn.com",),
        agency=False,
    ),
    WireService(
        "AP",
        ("AP", "Associated Press", "The Associated Press"),
        copyright=(r"(?:©|\(c\)|copyright)\s*\d{4}\s+(?:The\s+)?Associated Press",),
        domains=("apnews.com", "ap.org"),
    ),
    WireService(
        "Reuters",
        ("Reuters", "Thomson Reuters"),
        copyright=(r"(?:©|\(c\)|copyright)\s*\d{4}\s+(?:Thomson\s+)?Reuters",),
        signoff=(r"^\((?:Reporting|Writing|Additional reporting) by [^)]{2,300}?[Ee]diting by [^)]{2,200}\)\.?$",),
        domains=("reuters.com",),
    ),
    WireService(
        "AFP",
        ("AFP", "Agence France-Presse", "Agence France Presse"),
        copyright=(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?:AFP|Agence France[- ]Presse)\b",),
        domains=("afp.com",),
    ),
    WireService(
        "UPI",
        ("UPI", "United Press International"),
        copyright=(r"(?:©|\(c\)|copyright)\s*\d{4}\s+(?:by\s+)?United Press International",),
        domains=("upi.com",),
    ),
    WireService(
        "Bloomberg",
        ("Bloomberg",),
        copyright=(r"(?:©|\(c\)|copyright)\s*\d{4}\s+Bloomberg L\.?P\.?",),
        domains=("bloomberg.com",),
    ),
    WireService("Yonhap", ("Yonhap",), domains=("yna.co.kr", "en.yna.co.kr")),
    WireService("Kyodo", ("Kyodo",), domains=("kyodonews.net",)),
    WireService("Anadolu", ("Anadolu", "Anadolu Agency"), domains=("aa.com.tr",)),
    WireService("Xinhua", ("Xinhua",), domains=("xinhuanet.com", "news.cn")),
    WireService("TASS", ("TASS",), domains=("tass.com", "tass.ru")),
    WireService("Interfax", ("Interfax",), domains=("interfax.com", "interfax.ru")),
    WireService("Ukrinform", ("Ukrinform",), domains=("ukrinform.net", "ukrinform.ua")),
    WireService("dpa", ("dpa", "DPA"), domains=("dpa.com",)),
    WireService("EFE", ("EFE",), domains=("efe.com",)),
    WireService("ANSA", ("ANSA",), domains=("ansa.it",)),
    WireService("PTI", ("PTI",), domains=("ptinews.com",)),
    WireService("ANI", ("ANI",), domains=("aninews.in",)),
    WireService("IANS", ("IANS",), domains=("ians.in",)),
    WireService("PA Media", ("PA", "PA Media", "Press Association"), domains=("pamediagroup.com",)),
    WireService("AAP", ("AAP", "Australian Associated Press"), domains=("aap.com.au",)),
    WireService("Canadian Press", ("CP", "The Canadian Press", "Canadian Press"), domains=("thecanadianpress.com",)),
)

# Canonical outlet name -> names it is cited by (besides the canonical name itself).
OUTLETS: dict[str, tuple[str, ...]] = {
    "CNN": ("Cable News Network",),
    "AP": ("Associated Press", "The Associated Press"),
    "Reuters": (),
    "AFP": ("Agence France-Presse", "Agence France Presse", "Agence France Press"),
    "UPI": ("United Press International",),
    "Bloomberg": ("Bloomberg News",),
    "BBC": ("BBC News", "the BBC", "British Broadcasting Corporation"),
    "The New York Times": ("New York Times", "NYT"),
    "The Washington Post": ("Washington Post",),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "Financial Times": ("FT",),
    "The Guardian": ("Guardian",),
    "The Telegraph": ("Telegraph", "Daily Telegraph"),
    "The Independent": (),
    "The Economist": ("Economist",),
    "Politico": ("POLITICO",),
    "Axios": (),
    "Fox News": (),
    "NBC News": ("NBC",),
    "CBS News": ("CBS",),
    "ABC News": ("ABC",),
    "NPR": ("National Public Radio",),
    "CNBC": (),
    "Sky News": (),
    "Al Jazeera": (),
    "Deutsche Welle": ("DW",),
    "Le Monde": (),
    "Der Spiegel": ("Spiegel",),
    "Yonhap": ("Yonhap News Agency",),
    "KBS": ("Korean Broadcasting System",),
    "NHK": (),
    "Kyodo": ("Kyodo News",),
    "Xinhua": ("Xinhua News Agency",),
    "TASS": (),
    "RIA Novosti": ("RIA",),
    "Interfax": (),
    "Ukrinform": (),
    "Ukrainska Pravda": (),
    "Kyiv Independent": ("The Kyiv Independent",),
    "Kyiv Post": (),
    "Euromaidan Press": (),
    "Meduza": (),
    "Newsweek": (),
    "USA Today": ("USA TODAY",),
    "Los Angeles Times": ("LA Times",),
    "Business Insider": (),
    "The Hill": (),
    "HuffPost": ("Huffington Post", "The Huffington Post"),
    "Breitbart": ("Breitbart News",),
    "Daily Mail": ("MailOnline",),
    "Korea JoongAng Daily": ("JoongAng Daily", "JoongAng Ilbo"),
    "The Korea Herald": ("Korea Herald",),
    "The Korea Times": ("Korea Times",),
    "Korea Daily": (),
    "Radio Free Asia": ("RFA",),
    "Voice of America": ("VOA",),
    "Radio Free Europe/Radio Liberty": ("RFE/RL", "Radio Liberty", "Radio Free Europe"),
}

# Words that make a capitalised name a news outlet ("the Daily Example", "Springfield Gazette").
MEDIA_WORDS: tuple[str, ...] = (
    "Times", "Post", "News", "Daily", "Journal", "Herald", "Tribune", "Telegraph", "Guardian",
    "Press", "Gazette", "Express", "Mail", "Observer", "Chronicle", "Radio", "Television", "TV",
    "Broadcasting", "Magazine", "Review", "Independent", "Insider", "Monitor", "Inquirer",
    "Courier", "Register", "Dispatch", "Bulletin", "Standard", "Examiner", "Newswire", "Wire",
    "Newspaper", "Weekly", "Sentinel", "Enquirer", "Ledger", "Reporter", "Pravda", "Izvestia",
)


def _norm_name(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", name).casefold()


def _build_alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canon, aliases in OUTLETS.items():
        for alias in (canon, *aliases):
            index.setdefault(_norm_name(alias), canon)
    for wire in WIRE_SERVICES:
        for alias in (wire.name, *wire.aliases):
            index.setdefault(_norm_name(alias), wire.name)
    return index


ALIAS_INDEX: dict[str, str] = _build_alias_index()


def canonical_outlet(name: str | None) -> str | None:
    """Return the canonical name of an outlet ("Associated Press" -> "AP"), or the name tidied.

    Args:
        name: an outlet name as written, or None.

    Returns:
        The canonical name from the tables, the name itself (without a leading "the") when it
        is not in the tables, or None for an empty name.
    """
    if not name or not name.strip():
        return None
    key = _norm_name(name)
    if key in ALIAS_INDEX:
        return ALIAS_INDEX[key]
    tidy = re.sub(r"\s+", " ", name.strip())
    return re.sub(r"^[Tt]he\s+", "", tidy)


def wire_by_name(name: str | None) -> WireService | None:
    """Return the wire service called ``name`` (any alias), or None."""
    canon = canonical_outlet(name)
    for wire in WIRE_SERVICES:
        if wire.name == canon:
            return wire
    return None
