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
"Times", "Press", "Daily", see ``MEDIA_WORDS``). ``DOMAINS`` maps the web domains of major
outlets to their names (``outlet_from_domain``; an unknown domain gives a readable name:
"valleypost.com" -> "Valley Post"); ``FOOTER_MARKS`` are footer lines only an outlet's own
pages carry.
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
    WireService("Xinhua", ("Xinhua", "Xinhua News Agency"), domains=("xinhuanet.com", "news.cn")),
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
    WireService("APP", ("APP", "Associated Press of Pakistan"), domains=("app.com.pk",)),
    WireService("Kazinform", ("Kazinform", "KAZINFORM"), domains=("inform.kz",)),
    WireService("KCNA", ("KCNA", "Korean Central News Agency"), domains=("kcna.kp", "kcnawatch.org")),
    WireService("Bernama", ("Bernama",), domains=("bernama.com",)),
    WireService("Antara", ("Antara",), domains=("antaranews.com",)),
    WireService("IRNA", ("IRNA",), domains=("irna.ir",)),
    WireService("WAFA", ("WAFA",), domains=("wafa.ps", "english.wafa.ps")),
    WireService("ANP", ("ANP",), domains=("anp.nl",)),
    WireService("Mehr", ("MNA", "Mehr News Agency", "Mehr"), domains=("mehrnews.com", "en.mehrnews.com")),
    WireService("QNA", ("QNA", "Qatar News Agency"), domains=("qna.org.qa",)),
    WireService("WAM", ("WAM", "Emirates News Agency"), domains=("wam.ae",)),
    WireService("SPA", ("SPA", "Saudi Press Agency"), domains=("spa.gov.sa",)),
    WireService("KUNA", ("KUNA", "Kuwait News Agency"), domains=("kuna.net.kw",)),
    WireService("MENA", ("MENA", "Middle East News Agency"), domains=("mena.org.eg",)),
    WireService("SANA", ("SANA", "Syrian Arab News Agency"), domains=("sana.sy",)),
    WireService("Petra", ("Jordan News Agency",), domains=("petra.gov.jo",)),
    WireService("Sputnik", ("Sputnik", "RIA Novosti"), domains=("sputniknews.com", "ria.ru")),
    WireService("UNIAN", ("UNIAN",), domains=("unian.net", "unian.info")),
    WireService("Jiji", ("Jiji", "Jiji Press"), domains=("jiji.com",)),
    WireService("Lusa", ("Lusa",), domains=("lusa.pt",)),
    WireService("PAP", ("PAP", "Polish Press Agency"), domains=("pap.pl",)),
    WireService("Prensa Latina", ("Prensa Latina",), domains=("prensa-latina.cu",)),
    WireService("BSS", ("BSS", "Bangladesh Sangbad Sangstha"), domains=("bssnews.net",)),
    WireService("Trend", ("Trend News Agency",), domains=("trend.az",)),
    WireService("Azertac", ("Azertac", "AZERTAC"), domains=("azertag.az",)),
    WireService("Armenpress", ("Armenpress",), domains=("armenpress.am",)),
    WireService("UNN", ("UNN", "Ukrainian National News"), domains=("unn.ua", "unn.com.ua")),
    WireService("MAP", ("MAP", "Maghreb Arabe Press", "Maghreb Arab Press", "Maghreb Arabe Presse", "Maghreb Arab News Agency"),
                domains=("mapnews.ma", "map.ma")),
    WireService("LANA", ("LANA", "Libyan News Agency"), domains=("lana.gov.ly",)),
    WireService("Europa Press", ("Europa Press", "EUROPA PRESS"), domains=("europapress.es",)),
    WireService("Interfax-Ukraine", ("Interfax-Ukraine",), domains=("interfax.com.ua",)),
    WireService("NAN", ("NAN", "News Agency of Nigeria"), domains=("nannews.ng",)),
    WireService("GNA", ("GNA", "Ghana News Agency"), domains=("gna.org.gh",)),
    WireService("KNA", ("KNA", "Kenya News Agency"), domains=("kenyanews.go.ke",)),
    WireService("PNA", ("PNA", "Philippine News Agency"), domains=("pna.gov.ph",)),
    WireService("VNA", ("VNA", "Vietnam News Agency"), domains=("vnanet.vn",)),
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
    "The New York Times": ("New York Times", "NYT", "NYTimes"),
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
    "Time": ("TIME", "Time Magazine"),
    "The Atlantic": ("Atlantic",),
    "Vox": (),
    "The Times": ("The Times of London",),
    "South China Morning Post": ("SCMP",),
    "The Japan Times": ("Japan Times",),
    "Hindustan Times": (),
    "The Times of India": ("Times of India",),
    "The Hindu": (),
    "Dawn": (),
    "CBC News": ("CBC",),
    "Global News": (),
    "The Straits Times": ("Straits Times",),
    "France 24": ("FRANCE 24",),
    "Euronews": (),
    "ABC News (Australia)": ("ABC Australia",),
    "The Irish Times": ("Irish Times",),
    "The Sydney Morning Herald": ("Sydney Morning Herald", "SMH"),
    "The Globe and Mail": ("Globe and Mail",),
    "Le Figaro": (),
    "El País": ("El Pais",),
    "Haaretz": (),
    "The Times of Israel": ("Times of Israel",),
    "Arab News": (),
    "Middle East Eye": (),
    "The National": (),
    "Channel News Asia": ("CNA", "CNA News"),
    "Nikkei Asia": ("Nikkei",),
    "Daily Sabah": (),
    "MENAFN": ("Middle East North Africa Financial Network",),
    "Mainichi": ("The Mainichi", "Mainichi Shimbun"),
    "Asahi Shimbun": ("The Asahi Shimbun",),
    "Yomiuri Shimbun": ("The Yomiuri Shimbun",),
    "Dong-A Ilbo": ("The Dong-A Ilbo", "Donga"),
    "The Moscow Times": ("Moscow Times",),
    "Novaya Gazeta": (),
    "RT": ("Russia Today",),
    "Sputnik": ("Sputnik News",),
    "Global Times": (),
    "China Daily": (),
    "Pakistan Today": (),
    "The Express Tribune": ("Express Tribune",),
    "Daily Pakistan": (),
    "The Daily Star": ("Daily Star",),
    "Mail & Guardian": (),
    "News24": (),
    "Nation Africa": ("Daily Nation",),
    "Vanguard": (),
    "Punch": (),
    "The Conversation": (),
    "ProPublica": (),
    "Vice News": ("VICE News", "VICE"),
    "Scripps News": (),
    "PBS NewsHour": ("PBS", "PBS News"),
    "MSNBC": (),
    "New York Post": ("The New York Post", "NY Post"),
    "Daily Beast": ("The Daily Beast",),
    "Washington Times": ("The Washington Times",),
    "Chicago Tribune": (),
    "The Boston Globe": ("Boston Globe",),
    "Miami Herald": (),
    "The Seattle Times": ("Seattle Times",),
    "Houston Chronicle": (),
    "Star Tribune": (),
    "The Atlanta Journal-Constitution": ("AJC", "Atlanta Journal-Constitution"),
    "ESPN": (),
    "Wikinews": (),
    "NK News": ("NKNews",),
    "Daily NK": (),
    "The Chosun Ilbo": ("Chosun Ilbo",),
    "The Hankyoreh": ("Hankyoreh",),
    "Arirang": ("Arirang News",),
    "RBC-Ukraine": ("RBC Ukraine",),
    "LIGA.net": ("Liga.net", "LIGA"),
    "Censor.NET": ("Censor.net",),
    "NV": ("New Voice of Ukraine",),
    "Bangkok Post": ("The Bangkok Post",),
    "The Irrawaddy": ("Irrawaddy",),
    "Myanmar Now": (),
    "The Kathmandu Post": ("Kathmandu Post",),
    "The Himalayan Times": ("Himalayan Times",),
    "Morocco World News": (),
    "Hespress": (),
    "Libya Observer": ("The Libya Observer",),
    "Libya Herald": (),
    "TOLOnews": ("TOLO News", "Tolo News"),
    "Khaama Press": (),
    "Hürriyet Daily News": ("Hurriyet Daily News",),
    "TRT World": (),
    "Ahram Online": (),
}

# Web domains of major outlets (the wires' own domains come from ``WIRE_SERVICES``); a page on a
# sub-domain ("edition.cnn.com", "news.sky.com") counts as the parent's.
DOMAINS: dict[str, str] = {
    "bbc.co.uk": "BBC", "bbc.com": "BBC", "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal", "ft.com": "Financial Times",
    "theguardian.com": "The Guardian", "guardian.co.uk": "The Guardian", "telegraph.co.uk": "The Telegraph",
    "independent.co.uk": "The Independent", "economist.com": "The Economist", "politico.com": "Politico",
    "politico.eu": "Politico", "axios.com": "Axios", "foxnews.com": "Fox News", "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "abcnews.com": "ABC News", "npr.org": "NPR",
    "cnbc.com": "CNBC", "news.sky.com": "Sky News", "sky.com": "Sky News", "aljazeera.com": "Al Jazeera",
    "aljazeera.net": "Al Jazeera", "dw.com": "Deutsche Welle", "lemonde.fr": "Le Monde", "spiegel.de": "Der Spiegel",
    "koreaherald.com": "The Korea Herald", "koreatimes.co.kr": "The Korea Times", "koreajoongangdaily.joins.com":
    "Korea JoongAng Daily", "joongang.co.kr": "Korea JoongAng Daily", "koreadaily.com": "Korea Daily",
    "nhk.or.jp": "NHK", "kbs.co.kr": "KBS", "ria.ru": "RIA Novosti", "pravda.com.ua": "Ukrainska Pravda",
    "kyivindependent.com": "Kyiv Independent", "kyivpost.com": "Kyiv Post", "euromaidanpress.com": "Euromaidan Press",
    "meduza.io": "Meduza", "newsweek.com": "Newsweek", "usatoday.com": "USA Today", "latimes.com": "Los Angeles Times",
    "businessinsider.com": "Business Insider", "thehill.com": "The Hill", "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost", "breitbart.com": "Breitbart", "dailymail.co.uk": "Daily Mail", "rfa.org":
    "Radio Free Asia", "voanews.com": "Voice of America", "rferl.org": "Radio Free Europe/Radio Liberty",
    "time.com": "Time", "theatlantic.com": "The Atlantic", "vox.com": "Vox", "thetimes.co.uk": "The Times",
    "scmp.com": "South China Morning Post", "japantimes.co.jp": "The Japan Times", "hindustantimes.com":
    "Hindustan Times", "timesofindia.indiatimes.com": "The Times of India", "thehindu.com": "The Hindu",
    "dawn.com": "Dawn", "cbc.ca": "CBC News", "globalnews.ca": "Global News", "straitstimes.com": "The Straits Times",
    "france24.com": "France 24", "euronews.com": "Euronews", "abc.net.au": "ABC News (Australia)",
    "irishtimes.com": "The Irish Times", "smh.com.au": "The Sydney Morning Herald", "theglobeandmail.com":
    "The Globe and Mail", "lefigaro.fr": "Le Figaro", "elpais.com": "El País", "haaretz.com": "Haaretz",
    "timesofisrael.com": "The Times of Israel", "arabnews.com": "Arab News", "middleeasteye.net": "Middle East Eye",
    "thenationalnews.com": "The National", "channelnewsasia.com": "Channel News Asia", "asia.nikkei.com": "Nikkei Asia",
    "dailysabah.com": "Daily Sabah", "mainichi.jp": "Mainichi", "asahi.com": "Asahi Shimbun", "donga.com": "Dong-A Ilbo",
    "themoscowtimes.com": "The Moscow Times", "novayagazeta.ru": "Novaya Gazeta", "rt.com": "RT",
    "sputniknews.com": "Sputnik", "globaltimes.cn": "Global Times", "chinadaily.com.cn": "China Daily",
    "pakistantoday.com.pk": "Pakistan Today", "tribune.com.pk": "The Express Tribune",
    "dailypakistan.com.pk": "Daily Pakistan", "thedailystar.net": "The Daily Star", "mg.co.za": "Mail & Guardian",
    "news24.com": "News24", "nation.africa": "Nation Africa", "vanguardngr.com": "Vanguard", "punchng.com": "Punch",
    "theconversation.com": "The Conversation", "propublica.org": "ProPublica", "vice.com": "Vice News",
    "scrippsnews.com": "Scripps News", "pbs.org": "PBS NewsHour", "msnbc.com": "MSNBC", "nypost.com": "New York Post",
    "thedailybeast.com": "Daily Beast", "washingtontimes.com": "Washington Times", "chicagotribune.com":
    "Chicago Tribune", "bostonglobe.com": "The Boston Globe", "miamiherald.com": "Miami Herald",
    "seattletimes.com": "The Seattle Times", "houstonchronicle.com": "Houston Chronicle", "startribune.com":
    "Star Tribune", "ajc.com": "The Atlanta Journal-Constitution", "espn.com": "ESPN", "wikinews.org": "Wikinews",
    "nknews.org": "NK News", "dailynk.com": "Daily NK", "chosun.com": "The Chosun Ilbo", "hani.co.kr": "The Hankyoreh",
    "arirang.com": "Arirang", "rbc.ua": "RBC-Ukraine", "liga.net": "LIGA.net", "censor.net": "Censor.NET",
    "nv.ua": "NV", "bangkokpost.com": "Bangkok Post", "irrawaddy.com": "The Irrawaddy", "myanmar-now.org": "Myanmar Now",
    "kathmandupost.com": "The Kathmandu Post", "thehimalayantimes.com": "The Himalayan Times",
    "moroccoworldnews.com": "Morocco World News", "hespress.com": "Hespress", "libyaobserver.ly": "Libya Observer",
    "libyaherald.com": "Libya Herald", "tolonews.com": "TOLOnews", "khaama.com": "Khaama Press",
    "hurriyetdailynews.com": "Hürriyet Daily News", "trtworld.com": "TRT World", "english.ahram.org.eg": "Ahram Online",
}  # fmt: skip

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

# Lines only an outlet's own pages carry in their footer (its standards note, its company's
# name in a notice): such a line names the site the page is on. (A wire's copyright line,
# which partners' pages carry too, is a credit of the wire, read in ``ingest.metadata``.)
FOOTER_MARKS: tuple[tuple[str, str], ...] = (
    (r"\bThomson Reuters Trust Principles\b", "Reuters"),
    (r"\bBBC is not responsible for the content of\b", "BBC"),
    (r"\bAl Jazeera Media Network\b", "Al Jazeera"),
    (r"\bGuardian News (?:&|and) Media\b", "The Guardian"),
    (r"\bAnadolu Agency website contains only a portion\b", "Anadolu"),
)


def outlet_of_footer(line: str) -> str | None:
    """Name the outlet whose own footer line this is ("Our Standards: The Thomson Reuters Trust Principles.").

    Args:
        line: one clutter line.

    Returns:
        The outlet's canonical name, or None.
    """
    for pattern, outlet in FOOTER_MARKS:
        if re.search(pattern, line, re.IGNORECASE):
            return outlet
    return None


def _build_domain_index() -> dict[str, str]:
    index = dict(DOMAINS)
    for wire in WIRE_SERVICES:
        for domain in wire.domains:
            index.setdefault(domain, wire.name)
    return index


DOMAIN_INDEX: dict[str, str] = _build_domain_index()
# second-level labels under a country code that are not a name: "bbc.co.uk", "app.com.pk"
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "or", "ne", "go", "edu", "news", "info", "gob", "nic", "mil"}
_HOSTING = {"wordpress.com", "blogspot.com", "substack.com", "medium.com", "tumblr.com", "wixsite.com", "weebly.com", "github.io", "typepad.com", "livejournal.com"}
_NOT_A_NAME_TLDS = {"gov", "mil", "edu", "int"}
# words a site name is made of, found at the end of a domain label ("valleypost" -> "Valley Post")
_NAME_WORDS = sorted(
    {w.lower() for w in MEDIA_WORDS} | {"daily", "today", "online", "star", "sun", "mirror", "times", "voice", "journal", "insider", "week", "live", "now", "tribune"},
    key=lambda w: (-len(w), w),
)


_WRITTEN_NAMES: frozenset[str] = frozenset(
    n for canon, aliases in OUTLETS.items() for n in (canon, *aliases)
) | frozenset(n for w in WIRE_SERVICES for n in (w.name, *w.aliases))


# outlets whose one-word name is also a common word or label ("Time", "Dawn", "RT"): alone on a
# line they are not taken as a site name
_COMMON_WORD_NAMES = {"time", "dawn", "punch", "vanguard", "rt", "vox", "nation", "hill", "independent", "mail", "star", "sun", "mirror", "express", "national"}


def known_outlet(name: str | None, *, strict: bool = False) -> str | None:
    """The canonical name of a *known* outlet or wire service, or None for any other name.

    Args:
        name: a name as written ("The Guardian", "Associated Press", "BBC News").
        strict: for a name of one word, ask for the exact written form ("The Hill", not
            "Hill."; "Guardian" but not "guardian"), as on a line alone in a page's clutter.

    Returns:
        The canonical name from ``OUTLETS``/``WIRE_SERVICES``, or None.
    """
    if not name or not name.strip():
        return None
    key = _norm_name(name)
    if strict and " " not in key and (name.strip() not in _WRITTEN_NAMES or key == name.strip().lower() and key in _COMMON_WORD_NAMES):
        return None
    return ALIAS_INDEX.get(key)


def _host(url_or_domain: str) -> str:
    from urllib.parse import urlsplit

    s = url_or_domain.strip().lower()
    host = urlsplit(s if "//" in s else "//" + s).hostname or ""
    return re.sub(r"^(?:www\d?|m|amp|mobile|edition|english|en|eng)\.", "", host)


def _registrable(host: str) -> tuple[str, str]:
    """Split a host into its name label and its suffix: "news.valleypost.co.uk" -> ("valleypost", "co.uk")."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3], ".".join(labels[-2:])
    if len(labels) >= 2:
        return labels[-2], labels[-1]
    return host, ""


def readable_site_name(label: str) -> str:
    """Turn a domain's name label into a readable name ("valleypost" -> "Valley Post", "the-orlen-herald" -> "The Orlen Herald").

    Args:
        label: the name part of a domain, without the suffix.

    Returns:
        The label split at hyphens or before a known media word, title-cased.
    """
    if "-" in label:
        return " ".join(w[:1].upper() + w[1:] for w in label.split("-") if w)
    if len(label) <= 4 and label.isalpha():
        return label.upper()  # "unn.ua", "kbs.co.kr": a short label is an abbreviation
    words: list[str] = []
    rest = label
    if rest.startswith("the") and len(rest) > 6:
        words.append("the")
        rest = rest[3:]
    tail: list[str] = []
    for _ in range(2):  # "orlendailynews" -> "orlen" + "daily" + "news"
        w = next((w for w in _NAME_WORDS if rest.endswith(w) and len(rest) - len(w) >= 3), None)
        if w is None:
            break
        tail.insert(0, w)
        rest = rest[: -len(w)]
    words.extend([rest, *tail])
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def outlet_from_domain(url_or_domain: str | None) -> str | None:
    """Name the outlet of a web address: a major outlet's name from ``DOMAINS``, else a readable name.

    "https://www.bbc.co.uk/news/..." -> "BBC"; "edition.cnn.com" -> "CNN"; an unknown
    "valleypost.com" -> "Valley Post"; a government or university site keeps its domain
    ("state.gov"), which is readable and no outlet's name.

    Args:
        url_or_domain: a URL or a bare domain (an e-mail address's domain).

    Returns:
        The outlet's name, or None when no host can be read.
    """
    if not url_or_domain:
        return None
    host = _host(url_or_domain)
    if not host or "." not in host or re.fullmatch(r"[\d.]+", host):
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        known = DOMAIN_INDEX.get(".".join(labels[i:]))
        if known:
            return known
    label, suffix = _registrable(host)
    if ".".join(labels[-2:]) in _HOSTING and len(labels) >= 3:
        label = labels[-3]  # "orlenwatch.wordpress.com": the blog's own name
    if suffix.split(".")[0] in _NOT_A_NAME_TLDS or suffix in _NOT_A_NAME_TLDS or not label.replace("-", "").isalnum():
        return ".".join(labels[-3:]) if suffix.count(".") else ".".join(labels[-2:])
    return readable_site_name(label)


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
