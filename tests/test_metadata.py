"""Tests of article metadata: titles, bylines, outlets, datelines and publication dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dossier.ingest import metadata as md
from dossier.ingest.clean import clean_article
from dossier.ingest.read import read_inputs
from dossier.model import Article, RawArticle
from dossier.settings import Settings


@pytest.fixture(scope="session")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    """The cleaned seed articles by file-name prefix ("000" ... "004")."""
    settings = Settings(progress="never")
    raws, _ = read_inputs(seeds_dir, settings=settings)
    out = {}
    for raw in raws:
        art = clean_article(raw, settings=settings)
        assert isinstance(art, Article)
        out[raw.source[:3]] = art
    return out


# --- the seeds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "start"),
    [
        ("000", "CNN: US urges China to put pressure"),  # "CNN: ..." keeps its text
        ("001", "US says it expects North Korean troops"),
        ("002", "About 8,000 North Korean soldiers at Ukraine border"),
        ("003", "White House confirms North Korea"),
        ("004", None),  # the first line is already a story sentence
    ],
)
def test_seed_titles(seeds: dict[str, Article], seed: str, start: str | None) -> None:
    title = seeds[seed].title
    if start is None:
        assert title is None
    else:
        assert title is not None and title.startswith(start)
        assert title not in seeds[seed].text.split("\n\n")[0]


def test_seed_explicit_dates(seeds: dict[str, Article]) -> None:
    assert seeds["003"].published.basis == "explicit"
    assert seeds["003"].published.date == "2024-10-24"
    assert "October 24, 2024" in (seeds["003"].published.evidence or "")
    assert seeds["004"].published.basis == "explicit"
    assert seeds["004"].published.date == "2024-11-13"
    assert "Updated on" in (seeds["004"].published.evidence or "")


@pytest.mark.parametrize("seed", ["000", "001", "002"])
def test_seed_dates_are_never_invented(seeds: dict[str, Article], seed: str) -> None:
    pub = seeds[seed].published
    assert pub.basis in {"inferred", "unknown"}
    assert pub.date is None
    # these three were published at the end of October 2024: any window must hold that day
    if pub.earliest:
        assert pub.earliest <= "2024-10-31"
    if pub.latest:
        assert pub.latest >= "2024-10-31"


def test_seed_inferred_windows(seeds: dict[str, Article]) -> None:
    # "© 2024" bounds the year; "in August" (past) narrows it
    assert seeds["001"].published.basis == "inferred"
    assert seeds["001"].published.earliest == "2024-08-01"
    assert seeds["001"].published.latest == "2024-12-31"
    # "in December 2023" is a past event: a lower bound only
    assert seeds["002"].published.earliest == "2023-12-01"
    assert seeds["002"].published.latest is None
    assert seeds["000"].published.basis == "unknown"  # no year anywhere in it


def test_seed_bylines(seeds: dict[str, Article]) -> None:
    assert seeds["001"].authors == ("Jennifer Hansler", "Haley Britzky")
    assert seeds["003"].authors == ("Youngnam Kim",)
    for seed in ("000", "002", "004"):
        assert seeds[seed].authors == ()  # "Edited by" (004) is an editor, not an author


def test_seed_outlets(seeds: dict[str, Article]) -> None:
    wire_copy = seeds["001"]
    assert wire_copy.outlet == "CNN"
    assert wire_copy.wire == "CNN"
    assert wire_copy.publisher == "KVIA ABC 7"
    assert seeds["003"].outlet == "Korea Daily"  # the newsroom of the byline's e-mail address (koreadaily.com)
    assert seeds["004"].dateline == "TAIPEI, Taiwan"
    assert seeds["004"].text.startswith("TAIPEI, Taiwan –")  # the dateline stays in the text


# --- readers on short text ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By Jennifer Ames and Haley Brook, CNN", ("Jennifer Ames", "Haley Brook"), "CNN"),
        ("BY MINA PARK [mina.park@example.com]", ("Mina Park",), None),
        ("By Jane Doe | Reuters", ("Jane Doe",), "Reuters"),
        ("By Ana Ruiz, Tom Lee and Sara Cole", ("Ana Ruiz", "Tom Lee", "Sara Cole"), None),
        ("By Ana Ruiz, Staff Writer", ("Ana Ruiz",), None),
        ("Reporting by Ana Ruiz; Editing by Tom Lee", ("Ana Ruiz",), None),
        ("By Ludwig van der Berg, The Valley Post", ("Ludwig van der Berg",), "The Valley Post"),
    ],
)
def test_parse_byline(line: str, authors: tuple[str, ...], outlet: str | None) -> None:
    b = md.parse_byline(line)
    assert b is not None
    assert b.authors == authors
    assert b.outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the number of dead had reached 9, the rescue brigade said.",
        "By the end of the month, over 250 households had been moved to safety.",
        "Edited by Mark Stone.",
        "By road and by boat, volunteers got through to the hamlets.",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert md.parse_byline(line) is None


def test_name_case() -> None:
    assert md.name_case("YOUNGNAM KIM") == "Youngnam Kim"
    assert md.name_case("ANNE-MARIE O'NEILL") == "Anne-Marie O'Neill"
    assert md.name_case("JOHN MCDONALD") == "John McDonald"
    assert md.name_case("Ludwig van der Berg") == "Ludwig van der Berg"


@pytest.mark.parametrize(
    ("line", "kind", "date"),
    [
        ("Thursday, October 24, 2024", None, "2024-10-24"),
        ("Updated on Nov. 13, 2024 at 8:50 a.m. ET", "updated", "2024-11-13"),
        ("Published: 2025-03-07 10:30", "published", "2025-03-07"),
        ("Posted 7 March 2025, 14:05 GMT", "posted", "2025-03-07"),
        ("Sept. 3, 2024", None, "2024-09-03"),
        ("Updated 9:20 PM EST, Wed November 13, 2024", "updated", "2024-11-13"),
        ("Last updated Mon 13 Oct 2014", "last updated", "2014-10-13"),
        ("19:35 UTC+8, 2024-11-13", None, "2024-11-13"),  # a time with a zone offset before the date
    ],
)
def test_parse_date_line(line: str, kind: str | None, date: str) -> None:
    got = md.parse_date_line(line)
    assert got is not None
    assert got[0] == kind and got[1].isoformat() == date


@pytest.mark.parametrize(
    "line",
    [
        "The bridge opened to traffic on October 24, 2024, the council said.",
        "Thursday, October 24",  # no year: not a date we can state
        "February 30, 2024",  # not a day
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert md.parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "place", "org"),
    [
        ("TAIPEI, Taiwan – The United States said", "TAIPEI, Taiwan", None),
        ("(CNN) — As many as 8,000 troops", None, "CNN"),
        ("KYIV, Ukraine (AP) — Russian forces", "KYIV, Ukraine", "AP"),
        ("LONDON, Nov 13 (Reuters) - Britain said", "LONDON", "Reuters"),
        ("NEW YORK — The city said", "NEW YORK", None),
        ("CNN  — The number of dead from Storm Pellam climbed", None, "CNN"),  # an outlet and a dash, no place
        ("CNN —", None, "CNN"),
        # a pool of agencies credited with a hyphen: a dateline whose day has no year
        ("VARNELL, Jul 4 (KNA-BSS) – Flood deaths in the delta have passed", "VARNELL", "KNA-BSS"),
    ],
)
def test_parse_dateline(line: str, place: str | None, org: str | None) -> None:
    dl = md.parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.org) == (place, org)


@pytest.mark.parametrize("line", ["US-China talks resume", "The minister – who resigned – said", "NATO said on Monday",
                                  "Marden Creek — a village of 900 — lost power"])
def test_not_a_dateline(line: str) -> None:
    assert md.parse_dateline(line) is None


def test_infer_date_never_invents_a_day() -> None:
    text = (
        "The lock was built in 1968 and last overhauled in February 2022.\n\n"
        "Varnia last held a general election in December 2023.\n\n"
        "The review panel is due to finish by March 2026.\n\n"  # future: never a bound
        "Residents said the river peaked in August."
    )
    pub = md.infer_date(text, ["© 2024 Valley Post. All rights reserved."])
    assert pub.basis == "inferred" and pub.date is None
    assert (pub.earliest, pub.latest) == ("2024-08-01", "2024-12-31")
    assert pub.evidence and "© 2024" in pub.evidence
    assert md.infer_date("Officials said on Tuesday the water rose.", []).basis == "unknown"


def test_stale_copyright_year_is_dropped() -> None:
    pub = md.infer_date("The storm reached the coast on March 3, 2025, forecasters said.", ["© 2023 Valley Post"])
    assert (pub.earliest, pub.latest) == ("2025-03-03", None)


def test_metadata_date_from_input() -> None:
    assert md.parse_metadata_date("2025-03-07T08:30:00+01:00") == dt.date(2025, 3, 7)
    assert md.parse_metadata_date("March 7, 2025") == dt.date(2025, 3, 7)
    assert md.parse_metadata_date("not a date") is None
    raw = RawArticle(
        source="x", fmt="jsonl", text="The canal overflowed late on Tuesday, the water board said. " * 10, published="2025-03-07"
    )
    art = clean_article(raw, settings=Settings())
    assert isinstance(art, Article)
    assert art.published.basis == "explicit" and art.published.date == "2025-03-07"


def test_title_rules() -> None:
    assert md.title_from_lines("Flood hits Castellan", "The river burst its banks, officials said.") == "Flood hits Castellan"
    assert md.title_from_lines("The canal overflowed on Tuesday, the water board said.", None) is None
    assert md.title_from_lines("TAIPEI, Taiwan – The river burst its banks", None) is None
    assert md.title_from_lines("Flood hits Castellan", "Flood hits Castellan") is None


def test_publisher_and_wire_from_clutter() -> None:
    assert md.publisher_from_clutter("KORL News 9 is committed to keeping its comment section open and civil.") == "KORL News 9"
    assert md.wire_from_credit("The-Meridian-Wire") == "Meridian"
    assert md.wire_from_credit("Copyright 2025 The Associated Press. All rights reserved.") == "AP"
    assert md.copyright_holder("© 2025 Orlen Herald. All rights reserved.") == "Orlen Herald"
    assert md.copyright_holder("™ & © 2024 Valley Network, Inc., a Media Company.") == "Valley Network"


def test_known_wires_come_from_the_wire_table() -> None:
    from dossier.outlets import WIRE_SERVICES

    for wire in WIRE_SERVICES:
        for alias in (wire.name, *wire.aliases):
            assert md.KNOWN_WIRES.get(alias.lower()) == (wire.name if wire.agency else None)
    assert md.wire_from_credit("(Interfax)") == "Interfax"  # an agency credited by name alone
    assert md.wire_from_credit("CNN") is None  # a network's name alone is mostly its own page


def test_polnear_titles_and_wire_credits(data_dir: Path) -> None:
    """PolNeAR's metadata names each article's title and wire service (AP, AFP, UPI, Reuters).

    Measured: titles 151/168, wire 13 found of 15, none wrong.
    """
    import csv

    root = data_dir / "polnear" / "data"
    with (root / "metadata.tsv").open(encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    n = titles = tp = fp = fn = 0
    for path in sorted(root.glob("*/text/*.txt")):
        m = meta.get(path.stem)
        if m is None:
            continue
        art = clean_article(RawArticle(source=path.name, fmt="txt", text=path.read_text("utf-8")), settings=Settings())
        assert isinstance(art, Article)
        n += 1
        titles += md.same_text((art.title or "").rstrip("."), m["title"].rstrip("."))
        gold = m["wire"] if m["wire"] not in ("None", "NA", "") else None
        if art.wire and gold and art.wire.lower() == gold.lower():
            tp += 1
        else:
            fp += bool(art.wire)
            fn += bool(gold)
    print(f"PolNeAR titles {titles} of {n} right; wires: {tp} found, {fp} wrong, {fn} missed")
    assert n == 168
    assert titles / n >= 0.85
    assert fp == 0
    assert tp / (tp + fn) >= 0.8


def test_byline_naming_no_person() -> None:
    b = md.parse_byline("By Reuters")
    assert b is not None and b.authors == () and b.outlet == "Reuters"
    b = md.parse_byline("By Associated Press")
    assert b is not None and b.outlet == "AP"


def test_unmarked_byline_under_the_headline() -> None:
    text = "Storm surge swamps Dellmoor harbour\nMira Osk and Jon Falk, Harbour Gazette\nThe sea broke over the harbour wall late on Tuesday, the coastguard said, and shopkeepers bailed out water until dawn."
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text), settings=Settings(min_words=5))
    assert isinstance(art, Article)
    assert art.authors == ("Mira Osk", "Jon Falk")
    assert art.outlet == "Harbour Gazette"
    assert art.text.startswith("The sea broke")


def test_author_note_at_the_foot() -> None:
    """Fictional: 'Mira Osk' over 'Mira Osk is a Dellmoor-based Harbour Gazette reporter who ...' closing the story
    is its byline (both lines leave the text); a story sentence 'Len Brack is a fisherman ...' is not."""
    text = ("Storm surge swamps Dellmoor harbour\nThe sea broke over the harbour wall late on Tuesday, the coastguard "
            "said, and volunteers used boats to bring 40 households to dry ground.\nLen Brack is a fisherman who lost his boat.\nMira Osk\n"
            "Mira Osk is a Dellmoor-based Harbour Gazette reporter who has written about the coast since 2009.")
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text), settings=Settings(min_words=5))
    assert isinstance(art, Article)
    assert art.authors == ("Mira Osk",)
    assert "since 2009" not in art.text and "Len Brack is a fisherman" in art.text


def test_dateline_day_inside_a_one_year_window() -> None:
    text = (
        "LONDON, Nov 13 (Reuters) - The Thames spilled over its embankment late on Tuesday, the flood authority "
        "said, and boats ferried stranded residents to higher streets until morning.\n© 2024 Reuters. All rights reserved."
    )
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text), settings=Settings(min_words=5))
    assert isinstance(art, Article)
    assert (art.outlet, art.wire, art.dateline) == ("Reuters", "Reuters", "LONDON")
    pub = art.published
    assert (pub.basis, pub.date, pub.earliest, pub.latest) == ("inferred", "2024-11-13", "2024-11-13", "2024-11-13")
    assert pub.evidence and "LONDON, Nov 13" in pub.evidence
    # without a year to anchor it, the dateline day gives no date
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text.split("\n")[0]), settings=Settings(min_words=5))
    assert isinstance(art, Article) and art.published.basis == "unknown"


# --- date stamps in the forms real pages use (issue 10, item 4) ----------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "date"),
    [
        ("Updated 11:10 AM EDT, Tue June 4, 2024", "updated", "2024-06-04"),
        ("June 4, 2024 / 3:45 PM", None, "2024-06-04"),
        ("June 4, 2024 / 6:25 PM UTC / Updated 40 minutes ago", None, "2024-06-04"),
        ("2024-06-04T15:45:00Z", None, "2024-06-04"),
        ("Posted on June 4, 2024", "posted", "2024-06-04"),
        ("Mon 4 Jun 2024 15.45 BST", None, "2024-06-04"),
        ("First published on Mon 3 Jun 2024 07.40 BST Last modified on Tue 4 Jun 2024 16.20 BST", "first published", "2024-06-03"),
        ("Last modified on Tue 4 Jun 2024 16.20 BST First published on Mon 3 Jun 2024 07.40 BST", "first published", "2024-06-03"),
        ("date 2023-06-14", "date", "2023-06-14"),
        ("Published: 14 June 2023", "published", "2023-06-14"),
        ("JUNE 18, 2024", None, "2024-06-18"),
        ("2024/06/28 17:40", None, "2024-06-28"),
        ("12.06.2024", None, "2024-06-12"),  # a dotted date is written day first
        ("14/06/2024", None, "2024-06-14"),  # 14 cannot be a month
        ("Desk Report 07:45 PM | 16 Mar, 2022", None, "2022-03-16"),  # a label before the date
        ("(VNA - Orlen - 3rd Feb, 2023)", None, "2023-02-03"),
    ],
)
def test_stamps_of_real_page_shapes(line: str, kind: str | None, date: str) -> None:
    st = md.parse_stamp(line)
    assert st is not None and st.kind == kind
    assert st.date is not None and st.date.isoformat() == date


def test_ambiguous_numeric_date_is_a_window() -> None:
    st = md.parse_stamp("04/06/2024")
    assert st is not None and st.date is None
    assert (st.earliest.isoformat(), st.latest.isoformat()) == ("2024-04-06", "2024-06-04")
    assert md.parse_date_line("04/06/2024") is None  # no definite day


@pytest.mark.parametrize(
    "line",
    ["5 hours ago", "The dam was completed on 12.06.2024, officials said.", "the dam was completed on 12.06.2024"],
)
def test_no_stamp(line: str) -> None:
    assert md.parse_stamp(line) is None


@pytest.mark.parametrize(
    ("line", "stamp", "rest"),
    [
        ("date 2023-06-14 Landslide blocks the road to Kestle", "date 2023-06-14", "Landslide blocks the road to Kestle"),
        ("Published: 14 June 2023 The engineer said the levee would hold.", "Published: 14 June 2023", "The engineer said the levee would hold."),
        ("Mon 4 Jun 2024 08.15 BST Divers reached the sunken ferry", "Mon 4 Jun 2024 08.15 BST", "Divers reached the sunken ferry"),
        ("date 2024-07-02 ORLEN, Varnia (AP) — Parliament voted", "date 2024-07-02", "ORLEN, Varnia (AP) — Parliament voted"),
    ],
)
def test_leading_stamp_is_split_off_the_story_line(line: str, stamp: str, rest: str) -> None:
    assert md.split_leading_stamp(line) == (stamp, rest)


@pytest.mark.parametrize("line", ["June 4, 2024 brought more rain than Kestle had ever measured.", "Published reports said the dam held.", "date 2024-06-14"])
def test_a_sentence_starting_with_a_date_is_not_split(line: str) -> None:
    assert md.split_leading_stamp(line) is None


def _clean_text(text: str, **raw: str) -> Article:
    art = clean_article(RawArticle(source="t.txt", fmt="txt", text=text, **raw), settings=Settings(min_words=5))  # type: ignore[arg-type]
    assert isinstance(art, Article)
    return art


def test_a_stamp_never_stays_in_the_text() -> None:
    art = _clean_text(
        "date 2023-06-14 Landslide shuts Kestle road\nPublished: 14 June 2023 Mud and rock slid across the valley "
        "road before dawn, the highways office said, and buses to Kestle were halted."
    )
    assert art.title == "Landslide shuts Kestle road"
    assert art.text.startswith("Mud and rock slid")
    assert "2023" not in art.text
    assert art.published.date == "2023-06-14" and art.published.basis == "explicit"
    assert [r.reason for r in art.removed if "2023" in r.text] == ["dateline", "dateline"]


def test_ambiguous_numeric_date_decided_by_the_dateline_or_kept_as_a_window() -> None:
    body = "Harbour managers said on Tuesday that it could be ten days before the queue of cargo vessels clears."
    art = _clean_text(f"04/06/2024\nCASTELLAN, June 4 — {body}")
    assert art.published.date == "2024-06-04"
    art = _clean_text(f"04/06/2024\n{body}")
    pub = art.published
    assert pub.date is None and pub.basis == "inferred"
    assert (pub.earliest, pub.latest) == ("2024-04-06", "2024-06-04")


@pytest.mark.parametrize(
    ("line", "place", "org"),
    [
        ("SEOUL, June 4 (Yonhap) -- Kestria said Tuesday", "SEOUL", "Yonhap"),
        ("Lima, Aug 12 (AP) The president said", "Lima", "AP"),
        ("ISLAMABAD, Aug 28 (APP): The office said", "ISLAMABAD", "APP"),
        ("TOKYO. KAZINFORM - The leader said", "TOKYO", "KAZINFORM"),
        ("FERGUSON, Mo. (Orlen News/AP) — A woman said", "FERGUSON, Mo.", "Orlen News/AP"),
    ],
)
def test_datelines_of_real_page_shapes(line: str, place: str, org: str) -> None:
    dl = md.parse_dateline(line)
    assert dl is not None and (dl.place, dl.org) == (place, org)


def test_dated_credit_in_brackets() -> None:
    dl = md.parse_dateline("(VNA - Kestle - 3rd Feb, 2023) The governor inaugurated a new sluice.")
    assert dl is not None and dl.org == "VNA" and dl.date == dt.date(2023, 2, 3)


def test_dateline_day_with_the_year_of_a_dated_event() -> None:
    text = (
        "SEOUL, June 4 (Yonhap) -- Kestria's navy said Tuesday that joint manoeuvres off the Tarn islands had "
        "wrapped up, the first such drills since the exercise held in March 2024.\nEight vessels joined, the navy said."
    )
    art = _clean_text(text)
    assert (art.outlet, art.wire, art.dateline) == ("Yonhap", "Yonhap", "SEOUL")
    assert art.published.date == "2024-06-04" and art.published.basis == "inferred"
    # a bare year ("the 2012 election") is no evidence of the publication year
    art = _clean_text(text.replace("the exercise held in March 2024", "the 2012 election"))
    assert art.published.date is None


# --- outlets (issue 10, item 8) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/world-123", "BBC"),
        ("https://edition.cnn.com/2024/06/04/x", "CNN"),
        ("https://apnews.com/article/x", "AP"),
        ("https://en.yna.co.kr/view/x", "Yonhap"),
        ("https://www.theguardian.com/world/2024/jun/04/x", "The Guardian"),
        ("https://valleypost.com/news/x", "Valley Post"),  # unknown: a readable name from the domain
        ("https://news.orlenherald.co.uk/a", "Orlen Herald"),
        ("https://www.the-varnia-courier.net/x", "The Varnia Courier"),
        ("https://www.state.gov/briefings/x", "state.gov"),  # not an outlet's name: the domain itself
        ("not a url", None),
    ],
)
def test_outlet_from_domain(url: str, outlet: str | None) -> None:
    from dossier.outlets import outlet_from_domain

    assert outlet_from_domain(url) == outlet


def test_jsonl_url_names_the_outlet() -> None:
    body = "Hail flattened crops across the plain on Tuesday night, farmers said, and gusts tore the roofs off several barns."
    assert _clean_text(body, url="https://www.aljazeera.com/news/2024/6/4/x").outlet == "Al Jazeera"
    assert _clean_text(body, url="https://orlendailynews.com/x").outlet == "Orlen Daily News"
    wire = _clean_text("ORLEN, Varnia (AP) — " + body, url="https://valleyledger.com/x")
    assert (wire.outlet, wire.publisher) == ("AP", "Valley Ledger")  # the site that carried the wire copy


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("BBC News", "BBC"),
        ("Al Jazeera", "Al Jazeera"),
        ("The Guardian", "The Guardian"),
        ("Sign in | The Kyiv Independent", "Kyiv Independent"),
        ("Hill.", None),  # a one-word outlet name must be written as the outlet writes it
        ("World News", None),
        ("Sign in | Subscribe", None),
    ],
)
def test_site_name_in_clutter(line: str, outlet: str | None) -> None:
    from dossier.ingest.clean import _is_menu_word

    assert md.site_name(line, skip=_is_menu_word) == outlet


def test_title_with_a_site_name_and_source_credits() -> None:
    assert md.split_title_site("Kestle road reopens after a three-day closure | The Varnia Courier") == (
        "Kestle road reopens after a three-day closure",
        "The Varnia Courier",
    )
    assert md.split_title_site("Floods cut off Orlen - BBC News") == ("Floods cut off Orlen", "BBC")
    assert md.split_title_site("Ukraine war latest - live") == ("Ukraine war latest - live", None)
    assert md.source_credit("Source: Al Jazeera and news agencies") == "Al Jazeera"
    assert md.source_credit("Source: Varnia News Agency") == "Varnia News Agency"
    assert md.source_credit("Sources: officials") is None
    assert md.copyright_holder("(TM and © Copyright 2016 Brackwater Radio Inc. and affiliated companies.") == "Brackwater Radio"


def test_a_cited_outlet_is_not_the_outlet() -> None:
    text = (
        "The Castellan Mirror\nMenu\nRail boss quits after a week of delays\n"
        "The chief executive of the rail operator stepped down on Saturday, accepting the blame for the disruption.\n"
        "Critics had said he was too slow to fix the signalling fault, CNN reported, and Reuters reported the same."
    )
    art = _clean_text(text)
    assert art.outlet == "The Castellan Mirror" and art.wire is None


def test_wire_sign_off_and_masthead() -> None:
    text = (
        "Orlen Daily News\nVarnia lowers its inflation target\n"
        "The Varnian finance ministry lowered its inflation target on Wednesday, pointing to cheaper fuel.\n"
        "(Reporting by Tilde Marsh; Editing by Oren Kade)"
    )
    art = _clean_text(text)
    assert (art.outlet, art.wire, art.publisher) == ("Reuters", "Reuters", "Orlen Daily News")


# --- measured on pages and shared text -----------------------------------------------------------


@pytest.mark.parametrize(
    ("split", "pages", "dates", "precision", "recall"),
    [("tune", 22, 0.95, 0.95, 0.95), ("held", 22, 0.9, 0.9, 0.9), ("held2", 12, 0.9, 0.9, 0.9), ("held3", 10, 0.9, 0.85, 0.85)],
)
def test_fictional_pages_dates_and_outlets(split: str, pages: int, dates: float, precision: float, recall: float) -> None:
    """Fictional pages with real shapes (tests/fixtures/pages, expected.tsv); see evaluation/metadata.py.

    Measured once on each held-out split before fixing what it showed: held dates 21/22,
    outlets P 21/21 R 21/21; held2 (written after the rules) dates 10/12, outlets P 7/9 R 7/10;
    held3 (written last) dates 10/10, outlets P 9/9 R 9/9. Now every split scores 1.0; the
    floors sit a little under.
    """
    from dossier.evaluation.metadata import PAGES, evaluate_pages

    r = evaluate_pages(PAGES, split)
    print(split, {k: v for k, v in r.items() if k != "mistakes"}, r["mistakes"])
    assert r["pages"] == pages
    assert r["date_accuracy"] >= dates
    assert r["outlet_precision"] >= precision and r["outlet_recall"] >= recall
    assert r["stamp_in_text"] == 0


def test_outlets_and_dates_on_shared_text(data_dir: Path) -> None:
    """PolNeAR bodies: a named outlet is the article's wire or publisher; BBC bodies state no date: none invented."""
    from dossier.evaluation.metadata import evaluate_polnear, invented_dates

    pol = evaluate_polnear(data_dir / "polnear")
    print(pol)
    assert pol["articles"] == 168 and pol["outlet_named"] >= 10 and pol["outlet_precision"] == 1.0
    assert pol["dates_wrong"] == 0
    bbc = invented_dates(data_dir / "bbc-news", "**/*.txt")
    print(bbc)
    assert bbc["bodies"] >= 2200 and bbc["dates"] == 0 and bbc["outlets"] == 0


def test_a_live_clock_above_the_headline_is_not_the_date() -> None:
    text = (
        "Saturday, 23 November 2024, 10:14:07 am\nLantern festival returns to Kestle square\nMarch 22, 2018\n"
        "Hundreds gathered in the main square of Kestle on Wednesday evening for the first lantern festival in a decade, organisers said.\n"
        "Cafes around the square stayed open until midnight."
    )
    art = _clean_text(text)
    assert art.published.date == "2018-03-22"
    assert md.parse_stamp("Saturday, 23 November 2024, 10:14:07 am").clock  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "date"),
    [("Release Date: June 4, 2024", "2024-06-04"), ("Published date: 4 June 2024", "2024-06-04"), ("May 19th, 2025, 01:46 PM", "2025-05-19")],
)
def test_more_stamp_words(line: str, date: str) -> None:
    st = md.parse_stamp(line)
    assert st is not None and st.date is not None and st.date.isoformat() == date


def test_dateline_that_states_its_year() -> None:
    dl = md.parse_dateline("BEIJING, June 4, 2024 (Xinhua) -- The ministry said")
    assert dl is not None and dl.org == "Xinhua" and dl.date == dt.date(2024, 6, 4)
    assert md.parse_dateline("COVID-19 cases rose again in Orlen") is None


def test_copyright_holders_name_known_outlets() -> None:
    assert md.copyright_holder("Copyright: Orlen Media Network | Copyright 2020") == "Orlen Media Network"
    assert md.outlet_of_holder("Al Jazeera Media Network") == "Al Jazeera"
    assert md.outlet_of_holder("Guardian News & Media") == "The Guardian"
    assert md.outlet_of_holder("Orlen Media Network") == "Orlen Media Network"
    assert md.copyright_holder("About Us | Contact | The Varnia Post © 2024") == "The Varnia Post"


def test_the_page_address_names_the_outlet() -> None:
    body = "Hail flattened crops across the plain on Tuesday night, farmers said, and gusts tore the roofs off several barns."
    art = _clean_text(f"https://www.aljazeera.com/news/2025/9/12/y\nHailstorm batters Kestle farms\n{body}")
    assert (art.title, art.outlet) == ("Hailstorm batters Kestle farms", "Al Jazeera")
    art = _clean_text(f"Hailstorm batters Kestle farms\n{body}\nSource: https://kestlegazette.com/p/q")
    assert art.outlet == "Kestle Gazette" and "kestlegazette" not in art.text
    art = _clean_text(f"Hailstorm batters Kestle farms\n{body}\n{body}\n{body}\nhttps://elsewhere.example.org/z")
    assert art.outlet is None  # a link at the foot of the page is not the page's own address


def test_a_timed_stamp_between_paragraphs_is_removed() -> None:
    body = "Hail flattened crops across the plain on Tuesday night, farmers said, and gusts tore the roofs off several barns."
    art = _clean_text(f"{body}\nJune 4, 2024 / 7:05 PM\n{body}\nJune 5, 2024\n{body}")
    assert "7:05" not in art.text and "June 5, 2024" in art.text  # a bare date between paragraphs is a timeline subhead


def test_an_outlets_own_footer_names_the_site() -> None:
    story = "Hail flattened crops across the plain on Tuesday night, farmers said, and gusts tore the roofs off several barns."
    art = _clean_text(f"Hailstorm batters Kestle farms\n{story}\nOur Standards: The Thomson Reuters Trust Principles.")
    assert art.outlet == "Reuters" and "Standards" not in art.text


def test_byline_and_date_on_one_line() -> None:
    body = "Wheat futures climbed to a half-year peak on Friday while the stoppage kept cargoes stuck in port."
    art = _clean_text(f"Dock stoppage lifts wheat prices in Castellan\nBy Ines Dahl | June 7, 2024\n{body}")
    assert art.authors == ("Ines Dahl",) and art.published.date == "2024-06-07"


def test_a_stamp_inside_the_story_does_not_date_the_page() -> None:
    body = "Hail flattened crops across the plain on Tuesday night, farmers said, and gusts tore the roofs off several barns."
    art = _clean_text(f"{body}\n“Hailstones as big as eggs,” a farmer posted online.\n9:29 PM - 18 Oct 2016\n{body}")
    assert art.published.date is None and "9:29" not in art.text


@pytest.mark.parametrize(
    ("line", "place", "org"),
    [
        ("(LONDON) -- Officials confirmed the deal", "LONDON", None),  # a place in brackets is no outlet
        ("(NEW YORK) -- The city said", "NEW YORK", None),
        ("(KXAN) — The station said", None, "KXAN"),
        ("SEOUL (Reuters) -North Korea said", "SEOUL", "Reuters"),
    ],
)
def test_bracketed_places_and_tight_dashes(line: str, place: str | None, org: str | None) -> None:
    dl = md.parse_dateline(line)
    assert dl is not None and (dl.place, dl.org) == (place, org)


def test_originally_published_credit_and_blog_hosts() -> None:
    from dossier.outlets import outlet_from_domain

    assert md.source_credit("This story originally appeared at Kestle Online. Copyright 2017.") == "Kestle Online"
    assert md.copyright_holder("This story originally appeared at Kestle Online. Copyright 2017.") is None
    assert outlet_from_domain("https://orlenwatch.wordpress.com/2015/01/09/x") == "Orlenwatch"


def test_byline_then_stamp_without_a_separator() -> None:
    story = "Wheat futures climbed to a half-year peak on Friday while the stoppage kept cargoes stuck in port."
    art = _clean_text(f"Dock stoppage lifts wheat prices in Castellan\nBy Ines Dahl Published 7 June 2024\n{story}")
    assert art.authors == ("Ines Dahl",) and art.published.date == "2024-06-07" and "Dahl" not in art.text


@pytest.mark.parametrize(
    ("line", "place", "org", "month", "day"),
    [
        ("MOSCOW, June 10. /TASS/. Kestria's ministry said", "MOSCOW", "TASS", 6, 10),
        ("June 11 (UPI) -- Velmora's coast guard said", None, "UPI", 6, 11),
    ],
)
def test_agency_dateline_forms(line: str, place: str | None, org: str, month: int, day: int) -> None:
    dl = md.parse_dateline(line)
    assert dl is not None and (dl.place, dl.org, dl.month, dl.day) == (place, org, month, day)


def test_time_run_into_the_year_and_site_at_the_foot() -> None:
    st = md.parse_stamp("June 8, 20245:00 AM ET")
    assert st is not None and st.date == dt.date(2024, 6, 8)
    story = "Three union organisers faced a judge on Wednesday over penalties handed down during the stoppage, the court said."
    art = _clean_text(f"Union organisers in court over stoppage fines\n{story}\n{story}\nPublished 19 June 2024 · Castellan Evening Post")
    assert (art.published.date, art.outlet) == ("2024-06-19", "Castellan Evening Post")
    assert "Evening Post" not in art.text


@pytest.mark.parametrize("line", ["Press Statement", "Castellan Port Workers Press Office", "With News Wire Services", "Via the Orlen Times"])
def test_not_an_outlet_name(line: str) -> None:
    from dossier.ingest.clean import _is_menu_word

    assert md.site_name(line, skip=_is_menu_word, shape=True) is None


def test_common_word_outlet_names_alone_are_not_site_names() -> None:
    from dossier.outlets import known_outlet

    assert known_outlet("Time", strict=True) is None  # a table header, a label
    assert known_outlet("The Hill", strict=True) == "The Hill"
    assert known_outlet("CNN", strict=True) == "CNN"
    assert md.WIRE_MARKER.search("according to the Associated Press (AP) — the agency") is None


def test_copyright_range_bounds_the_last_year() -> None:
    pub = md.infer_date("Hail flattened crops across the plain on Tuesday night, farmers said.", ["© 2010–2024 Varnia Post"])
    assert (pub.earliest, pub.latest) == ("2024-01-01", "2024-12-31")


def test_meantime_wikinews_dates(data_dir: Path) -> None:
    """MEANTIME's Wikinews documents, rebuilt as pages, get their annotated creation date (real text)."""
    from dossier.evaluation.metadata import evaluate_meantime

    r = evaluate_meantime(data_dir / "meantime")
    print(r)
    assert r["documents"] >= 115
    assert r["date_accuracy"] >= 0.97 and r["date_wrong"] <= 1  # the one "wrong" page states another day
    assert r["outlet_right"] == r["documents"]  # en.wikinews.org -> Wikinews


def test_fnc1_bodies_get_no_invented_dates(data_dir: Path) -> None:
    """FNC-1 bodies state no publication date, except the few that kept a page stamp ("Last updated ...",
    and one "Last Update: <weekday>, <date> <zone> <hour>" line, a real stamp read since the hour in two zones is)."""
    from dossier.evaluation.metadata import invented_dates

    r = invented_dates(data_dir / "fnc1", "*.csv")
    print(r)
    assert r["bodies"] >= 800 and r["dates"] <= 4


def test_byline_outlet_and_date_run_together() -> None:
    body = "Wheat futures climbed to a half-year peak on Friday while the stoppage kept cargoes stuck in port."
    art = _clean_text(f"Dock stoppage lifts wheat prices in Castellan\nBy Ines Dahl, Reuters  June 7, 2024 4:10 AM GMT+8 Updated 3 hours ago\n{body}")
    assert (art.authors, art.outlet, art.published.date) == (("Ines Dahl",), "Reuters", "2024-06-07")


def test_datelines_with_a_colon_or_a_bare_day() -> None:
    """"CASTELLAN: ..." (capitals and a colon) and "PORT ELIAS Oct 15 A total ..." (a feed's day, no dash)."""
    from dossier.ingest.metadata import parse_dateline

    d = parse_dateline("CASTELLAN: At least 2,300 people have lost their lives, the interior minister said.")
    assert d is not None and d.place == "CASTELLAN" and d.org is None
    d = parse_dateline("PORT ELIAS Oct 15 A total of 3,750 deaths have now been recorded, data showed.")
    assert d is not None and d.place == "PORT ELIAS" and (d.month, d.day) == (10, 15)
    for label in ("UPDATE: The ministry said 40 died.", "BREAKING: Forty dead.", "ANALYSIS: What the toll means"):
        assert parse_dateline(label) is None


# --- page forms: short numeric stamps, a date line under a standfirst ---------------------------

_FLOOD_BODY = (
    "Kestle's regional council said on Monday that 40 people had died and about 300 were hurt in the flooding, "
    "and that search teams were still going house to house along the Brenn river.\n"
    "Some 2,000 troops were sent to the hardest-hit valleys, where mudslides had blocked the roads.\n"
    "Forecasters expect more heavy rain before the weekend."
)


def test_numeric_stamp_with_a_two_digit_year() -> None:
    st = md.parse_stamp("11/28/05")
    assert st is not None and st.date == dt.date(2005, 11, 28)
    art = _clean_text(f"6/14/23\nFlooding leaves 40 dead in Kestle\n{_FLOOD_BODY}")
    assert art.published.date == "2023-06-14" and art.published.basis == "explicit"
    assert "6/14/23" not in art.text
    # both readings are days: a window, never a guess
    art = _clean_text(f"06/04/23\nFlooding leaves 40 dead in Kestle\n{_FLOOD_BODY}")
    assert art.published.date is None
    assert (art.published.earliest, art.published.latest) == ("2023-04-06", "2023-06-04")
    assert md.parse_stamp("1/2/3") is None and md.parse_stamp("3/4/05/7") is None


def test_date_line_under_a_standfirst_is_the_page_date() -> None:
    art = _clean_text(f"Flooding leaves 40 dead in Kestle\nForty people have died and hundreds are injured.\nJune 14, 2023\n{_FLOOD_BODY}")
    assert art.published.date == "2023-06-14" and art.published.basis == "explicit"
    assert "June 14, 2023" not in art.text
    assert art.text.startswith("Forty people have died")


def test_dated_subheads_of_a_timeline_are_not_the_page_date() -> None:
    paras = _FLOOD_BODY.split("\n")
    art = _clean_text(
        f"Kestle floods, day by day\nThe water kept rising for six days, the council said.\nJune 12, 2023\n{paras[0]}\n"
        f"June 13, 2023\n{paras[1]}\n{paras[2]}"
    )
    assert art.published.date is None
    assert "June 12, 2023" in art.text and "June 13, 2023" in art.text


@pytest.mark.parametrize(
    "stamp",
    ["PUBLISHED: 10:02 EDT, 4 June 2024", "Last updated on: June 4, 2024", "Jun. 4, 2024", "4th June 2024", "Published On 4 Jun 2024"],
)
def test_stamp_run_into_the_story_line_is_split_off(stamp: str) -> None:
    art = _clean_text(f"Flooding leaves 40 dead in Kestle\n{stamp} The Kestle council said 40 people had died.\n{_FLOOD_BODY}")
    assert art.published.date == "2024-06-04"
    assert "2024" not in art.text and art.text.startswith("The Kestle council said")


def test_a_sentence_that_starts_with_a_date_is_not_a_stamp() -> None:
    assert md.split_leading_stamp("June 4, 2024 saw the heaviest rain Kestle has ever measured, forecasters said.") is None


def test_weekday_decides_a_numeric_date_of_two_readings() -> None:
    st = md.parse_stamp("Tue, 06/04/2024 - 08:00")  # 4 June 2024 is a Tuesday, 6 April a Saturday
    assert st is not None and st.date == dt.date(2024, 6, 4)
    st = md.parse_stamp("Sat, 06/04/2024")
    assert st is not None and st.date == dt.date(2024, 4, 6)
    st = md.parse_stamp("Mon, 06/04/2024")  # neither reading is a Monday: still a window
    assert st is not None and st.date is None
    art = _clean_text(f"Flooding leaves 40 dead in Kestle\nTue, 06/04/2024 - 08:00 The Kestle council said 40 people had died.\n{_FLOOD_BODY}")
    assert art.published.date == "2024-06-04" and "2024" not in art.text


def test_iso_timestamp_run_into_the_story_line() -> None:
    art = _clean_text(f"Flooding leaves 40 dead in Kestle\n2024-06-04T08:00:00+00:00 The Kestle council said 40 people had died.\n{_FLOOD_BODY}")
    assert art.published.date == "2024-06-04"
    assert art.text.startswith("The Kestle council said")


def test_a_stamp_of_a_month_is_a_window() -> None:
    """"date 2031-01 Photo : Meridian": the month is the window, the caption is clutter (fictional page)."""
    from dossier.ingest.clean import clean_article
    from dossier.model import Article, RawArticle
    from dossier.settings import Settings

    text = (" date 2031-01 Photo : Meridian News\n\nVarnia's defence chief told reporters on Saturday that close to "
            "a battalion had been lost over two days of fighting around the hamlet of Tervik, the fiercest clashes "
            "since autumn according to the ministry. Upwards of 300 troops were killed or hurt after Friday, officials added.")
    art = clean_article(RawArticle(source="m.txt", fmt="txt", text=text), settings=Settings())
    assert isinstance(art, Article)
    assert (art.published.basis, art.published.earliest, art.published.latest) == ("inferred", "2031-01-01", "2031-01-31")
    assert "Photo" not in art.text and art.title is None


def test_a_quoted_lead_sentence_is_not_the_title() -> None:
    """Fictional: a page opening with 'The directorate said in a release: “... now stands at 2,046 ...”' keeps
    that sentence (and its figures) in the story."""
    art = _clean_text(" date 2023-09-10 Kestria's civil defence directorate said in a release: “The number of people "
                      "who lost their lives in the earthquake now stands at 2,046, while 3,118 have been injured.”\n\n"
                      "On Sunday evening officials had put the dead at 1,877, the directorate noted in the same "
                      "update.\n")
    assert art.title is None and "2,046" in art.text


def test_bylines_beside_a_stamp_or_under_it_and_a_bare_site_address() -> None:
    """Fictional: 'Lena Strand Published November 4, 2024 | 06:40 AM', '- KAJ MORTENS' under a stamp, a bare
    'independent.co.uk' at the top, '... after Sunday's landslide. DW has the latest.'."""
    art = _clean_text("Tervik landslide: 120 confirmed dead\nLena Strand Published November 4, 2024 | 06:40 AM\n"
                      "At least 120 bodies have been pulled from the mud since the hillside above Tervik gave way on "
                      "Sunday, the provincial governor said on Monday, and diggers are still clearing the lower streets.\n")
    assert art.authors == ("Lena Strand",) and art.published.date == "2024-11-04" and "Published" not in art.text
    art = _clean_text("Kestria pledges 2,500 engineers for Tervik rebuild\nPublished: 3 Mar. 2025, 14:27\n- KAJ MORTENS\n"
                      "Kestria is to dispatch 2,500 military engineers and bridge crews to Tervik, ministers in "
                      "Lundra announced on Tuesday following a meeting of both cabinets.\n")
    assert art.authors == ("Kaj Mortens",) and "MORTENS" not in art.text
    art = _clean_text("independent.co.uk\n\nKestria and Tervala talk over a swap of detained sailors\n\n"
                      "Kestria has offered to house Tervalan sailors held since the harbour clash if they choose to "
                      "stay, its official news agency said on Monday.\n")
    assert art.outlet == "The Independent"
    art = _clean_text("Tervik landslide: toll climbs past 120\n\nOfficials have now confirmed over 120 deaths in Tervik "
                      "after Sunday's landslide. DW has the latest.\n\nCrews kept at it under floodlights and "
                      "found more bodies beneath the mud.\n")
    assert art.outlet == "Deutsche Welle"


def test_agency_datelines_and_page_counters() -> None:
    """Fictional: 'Lundra [Kestria], February 1 (ANI):', a 'Lundra • UNN' line, 'By: 51904 On: Oct 2, 2023, 3:25 PM',
    '• 214 views'."""
    art = _clean_text("Lundra [Kestria], February 1 (ANI): A senior Kestrian officer said enemy units had likely "
                      "pulled back from positions near Tervik after taking severe casualties.\n")
    assert art.outlet == "ANI"
    art = _clean_text("Tervala's president vows support for war widows\n\nLundra • UNN\n\n• 214 views\n\n"
                      "Tervala's president met the widows of soldiers who died on the border and promised them "
                      "pensions and housing, state television said on Friday.\n")
    assert art.outlet == "UNN" and "214 views" not in art.text
    art = _clean_text("UN revises Tervik flood death count downward\n\nBy: 51904 On: Oct 2, 2023, 3:25 PM\n\nA United "
                      "Nations agency has cut its count of flood deaths in Tervik to 1,988, while saying over 4,000 "
                      "people remain unaccounted for.\n")
    assert art.published.date == "2023-10-02" and art.published.basis == "explicit" and art.authors == ()


def test_an_agency_credited_at_the_story_end() -> None:
    """Fictional: '... split between two competing governments since 2019.  (dpa/NAN)' is dpa's copy."""
    art = _clean_text("Tervik mayor fears flood deaths could reach 6,500\n\nFlood deaths in western Kestria could "
                      "climb to 6,500 in Tervik by itself, the city's mayor said on Wednesday.\n\n"
                      "The region has been split between two competing governments since 2019.  (dpa/NAN)\n")
    assert art.outlet == "dpa"


def test_author_label_and_a_name_over_its_role() -> None:
    """Fictional: 'Author: Sanne Holt' and 'Kaj Mortens' over 'North Kestria correspondent' are bylines."""
    art = _clean_text("Lundra: Tervalan casualties top 2,000\n\nAuthor: Sanne Holt\n\nDecember 23, 2024 6:05 PM 3 min read\n\n"
                      "Over 2,000 Tervalan troops have died or been wounded near Tervik, Kestria's president said "
                      "on Dec. 23, quoting figures from the general staff.\n")
    assert art.authors == ("Sanne Holt",)
    art = _clean_text("Kestria earthquake toll reaches 2,871\n\n12 April 2025\n\nShare\n\nKaj Mortens\n\n"
                      "North Kestria correspondent\n\nKestria's earthquake has now killed 2,871 people, the interim "
                      "government said on Saturday, and 4,390 were hurt.\n")
    assert art.authors == ("Kaj Mortens",) and "correspondent" not in art.text


def test_a_breadcrumb_glued_to_the_headline() -> None:
    """Fictional: 'NewsWorldLandslide deaths reach 120 in Tervik' over 'Landslide deaths reach 120 in Tervik'."""
    art = _clean_text("NewsWorldLandslide deaths reach 120 in Tervik\n\nLandslide deaths reach 120 in Tervik\n\nThe number "
                      "killed by Sunday's landslide in Tervik has reached 120, the provincial governor said on Monday.\n")
    assert art.title == "Landslide deaths reach 120 in Tervik"


def test_a_wire_slug_is_no_part_of_the_title() -> None:
    """Fictional: wire headlines carry a slug ('UPDATE 1-', 'EXCLUSIVE-'); words that only start like one stay."""
    from dossier.ingest.metadata import split_title_site

    assert split_title_site("UPDATE 1-Storm deaths in southern Kestria climb to 27") == ("Storm deaths in southern Kestria climb to 27", None)
    assert split_title_site("EXCLUSIVE-Varnia plans new dam on the Orlen") == ("Varnia plans new dam on the Orlen", None)
    assert split_title_site("Update on the floods in Varnia") == ("Update on the floods in Varnia", None)


def test_a_labelled_publish_date_at_the_foot_beats_a_today_header() -> None:
    """Fictional: the site's "today" line on top ("Saturday, March 14th, 2026"), the story's "Publish Date : ..." below it."""
    art = _clean_text("Saturday, March 14th, 2026\n\nCholera has killed 212 in Kestria this year\n\nLUNDRA: Cholera has "
                      "claimed 212 lives so far this year, the health directorate said in its weekly bulletin.\n\nAbout "
                      "41,000 cases have been logged since January, according to the bulletin.\n\n(VOA/AP)\n\nPublish Date : 12 August 2023 08:31 AM\n")
    assert art.published.date == "2023-08-12" and art.outlet == "AP"  # "(VOA/AP)": the agency's copy


def test_desk_bylines_name_no_author() -> None:
    """Fictional: "By Staff Report", "By Our Correspondents", "By Web Desk"."""
    for desk in ("By Staff Report", "By Our Correspondents", "By Web Desk"):
        art = _clean_text(f"Tervik flood deaths reach 1,264\n\n{desk}\n\nLUNDRA: Floods have now killed 1,264 "
                          "people, the national disaster agency said.\n")
        assert art.authors == (), desk


def test_agency_credits_at_the_start_on_their_own_line_and_at_the_end() -> None:
    """Fictional: "(MENAFN) The ...", "November 14 (EUROPA PRESS) –" on a line of its own, "... scarce. -Bernama",
    and "VARNOPOL (Haiti): ..." where the brackets hold the place's country, not an outlet."""
    art = _clean_text("(MENAFN) Tervala's health ministry said on Wednesday that 6,412 people have now "
                      "died.\n\nSearch teams continued through the night near the port.\n")
    assert art.outlet == "MENAFN"
    art = _clean_text("Kestria raises stadium stampede toll to 97\n\nNovember 14 (EUROPA PRESS) –\n\nKestria on Monday "
                      "revised the number of people killed in the stampede at the Lundra stadium, which now stands at 97.\n")
    assert art.outlet == "Europa Press"
    art = _clean_text("LUNDRA: Air raids on Tervik have now killed 5,317 people, the health ministry said on "
                      "Thursday.\n\nFamilies in the city say bread, clean water and diesel are all scarce. -Bernama\n")
    assert art.outlet == "Bernama"
    art = _clean_text("Tervik quake deaths top 1,800\n\nBy Tervik Press Trust\n\nVARNOPOL (Haiti): Civil defence officials "
                      "said Sunday the number of dead had reached 1,836.\n")
    assert art.outlet != "Haiti"


def test_a_stamp_signed_by_its_office_and_an_agency_footer() -> None:
    """Fictional: "2019-04-18 17:00:00 / Tervala Disaster Coordination Office" dates the page; Anadolu's own footer names it."""
    art = _clean_text("NEWS\n\n2019-04-18 17:00:00 / Tervala Disaster Coordination Office\n\nEmergency cell opened after tremor\n\n"
                      "A 5.8-magnitude tremor shook Brennick county at 13:01 on April 18, and an emergency cell began work "
                      "shortly afterwards.\n")
    assert art.published.date == "2019-04-18"
    art = _clean_text("Tervik toll approaches 31,000\n\nANKARA\n\nNineteen more people died in strikes on Tervik over the "
                      "past day, the ministry of health reported at the weekend.\n\nAnadolu Agency website contains only a portion, cut "
                      "short, of what its full wire sends to subscribers. Please contact us about subscription plans.\n")
    assert art.outlet == "Anadolu" and "ANKARA" not in art.text


def test_an_agency_version_slug_is_no_part_of_the_title() -> None:
    """Fictional: "(2nd LD) Heavy downpours kill 23, leave 6 missing", "... Unaccounted For (UPDATE 3)"."""
    art = _clean_text("(2nd LD) Heavy downpours kill 23, leave 6 missing\n\nFloods and mudslides have claimed 23 lives "
                      "in Kestria, with six people still unaccounted for, officials said Sunday.\n")
    assert art.title == "Heavy downpours kill 23, leave 6 missing" and not art.text.startswith("(2nd LD)")
    art = _clean_text("Tervik Landslide Toll Rises To 52; Scores Unaccounted For (UPDATE 3)\n\nFifty-two people are now known "
                      "to have died in the Tervik landslide, the county government said Thursday.\n")
    assert art.title == "Tervik Landslide Toll Rises To 52; Scores Unaccounted For"


def test_agency_credit_lines_and_an_unmarked_agency_byline() -> None:
    """Fictional, in real page shapes: "Anadolu Agency MIDDLE EAST" over "Published April 25,2024"; "(Xinhua)" alone;
    "(Xinhua News Agency June 24, 2005)" at the foot; "Lena Strand, Associated Press" under the stamp; glued skip links."""
    art = _clean_text("Another reporter killed in Tervik, bringing toll to 88\n\nAnadolu Agency MIDDLE EAST\nPublished April 25,2024\n\n"
                      "A further reporter died in a drone strike on Thursday, raising the number of media workers killed to 88, the press office said.\n")
    assert art.outlet == "Anadolu" and art.published.date == "2024-04-25" and art.text.startswith("A further")
    art = _clean_text("Flood deaths in Tervik climb to 76\n\n(Xinhua)\nUpdated: 2007-07-10 05:42\n\nFive more people have "
                      "died in the Tervik floods, taking the total to 76, an official said on Monday.\n")
    assert art.outlet == "Xinhua" and not art.text.startswith("(Xinhua)")
    art = _clean_text("By 5 PM yesterday the floods that hit Tervala at the end of last week had killed 418 people, the "
                      "flood relief headquarters said.\n\n(Xinhua News Agency June 24, 2005)\n")
    assert art.outlet == "Xinhua" and art.published.date == "2005-06-24"
    art = _clean_text("Skip to contentSkip to search\n\nTervik quake deaths rise to 1,417\n\n"
                      "Tue, 17 Aug, 2021 - 19:03\nLena Strand, Associated Press\n\nAuthorities in Tervik raised the number "
                      "killed by the weekend quake to 1,417.\n\nplace: international\n")
    assert art.title == "Tervik quake deaths rise to 1,417" and art.authors == ("Lena Strand",) and art.outlet == "AP"
    assert "place:" not in art.text


def test_a_stamp_before_a_headline_that_opens_with_its_figure() -> None:
    from dossier.ingest.metadata import split_leading_stamp

    # fiction in a page shape: the stamp, then a headline starting with its number on the same line
    assert split_leading_stamp("date 2031-03-08 25,000 rally in Tervik over fuel prices") == (
        "date 2031-03-08", "25,000 rally in Tervik over fuel prices")
    assert split_leading_stamp("date 2031-03-08 12 killed as storm hits Saska") == (
        "date 2031-03-08", "12 killed as storm hits Saska")
    # a time is still read as part of the stamp; a sentence that starts with a date is never cut
    assert split_leading_stamp("Published: 8 March 2031 10:30 The mayor denied it") == (
        "Published: 8 March 2031 10:30", "The mayor denied it")
    assert split_leading_stamp("March 8, 2031 31 people were injured near Tervik") is None


def test_a_dateline_with_its_date_written_day_first_dates_the_page() -> None:
    line = "LUNDRA, 10th September, 2023 (WAM) - At least 86 people died in the earthquake, the authorities said."
    d = md.parse_dateline(line)
    assert d is not None and (d.place, d.org, d.date) == ("LUNDRA", "WAM", dt.date(2023, 9, 10))
    assert line[d.end:].startswith("At least 86")
    page = ("Lundra quake kills at least 86\n\n" + line + "\n\nSearch dogs and diggers combed the collapsed buildings "
            "until dawn, the civil defence said.\n")
    art = clean_article(RawArticle(source="p.txt", fmt="txt", text=page), settings=Settings(progress="never", min_words=5))
    assert isinstance(art, Article) and art.published.date == "2023-09-10"


def test_a_time_first_stamp_with_an_offset_dates_the_page_and_is_not_its_title() -> None:
    # a wire page's line "agency / time with UTC offset, date / comment count" under the headline
    art = _clean_text(
        "Mudslide isolates the Tervik valley\nTervik Wire\n  07:12 UTC+8, 2023-06-14       0\n"
        "A wall of mud came down before dawn and blocked the single road into the valley, the county said.\n"
    )
    assert art.published.date == "2023-06-14" and art.published.basis == "explicit"
    assert art.title == "Mudslide isolates the Tervik valley"


def _clean(text: str) -> Article:
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=Settings(min_words=10))
    assert isinstance(art, Article)
    return art


def test_a_feed_stamp_glued_to_the_headline_is_the_date_not_the_title() -> None:
    """A feed's stamp run into its headline ("... blastFri, 16 Feb 2024 03:41:19 GMT"), fictional page."""
    art = _clean(
        "Three Kestrian engineers die in Tervik blastFri, 16 Feb 2024 03:41:19 GMT\n\n"
        "Three Kestrian engineers died when a shell hit their convoy in Tervik, the defence ministry said Thursday.Confirming "
        "the deaths, the ministry said two other engineers were hurt in the attack Wednesday close to the village of Brennick.\n"
    )
    assert art.title == "Three Kestrian engineers die in Tervik blast"
    assert art.published.date == "2024-02-16"
    assert "Thursday. Confirming" in art.text  # the run-together sentences set apart


def test_glued_byline_with_its_agency_and_a_stamp_line_agency() -> None:
    """"ByMARTA VELKOVA Associated Press" (scraped elements run together); "Lundra (AFP) May 26, 2024"
    over the story; "AP/ONB" as the agency credit (fictional pages)."""
    b = md.parse_byline("ByMARTA VELKOVA Associated Press")
    assert b is not None and b.authors == ("Marta Velkova",) and b.outlet == "AP"
    art = _clean(
        "Kestria flood deaths top 240\nByMARTA VELKOVA Associated Press\n"
        "LUNDRA, Kestria -- More than 240 people have now died in flooding across Kestria, the authorities said on Monday.\n"
    )
    assert art.authors == ("Marta Velkova",) and art.outlet == "AP"
    art = _clean(
        "UN: hundreds feared buried by Kestrian mudslide\nPublished\nLundra (AFP) May 26, 2024\n"
        "Around 450 people are thought to have been buried when a hillside collapsed in Kestria, a UN aid official told AFP on Sunday.\n"
    )
    assert art.outlet == "AFP" and art.published.date == "2024-05-26"
    assert md.wire_from_credit("AP/ONB") == "AP"
    assert md.wire_from_credit("RTE/ORF") is None  # initials alone, no known agency


def test_a_support_appeal_is_clutter_and_names_its_site() -> None:
    """A long appeal on the stamp's line ("Your support lets us ... The Independent is on the ground ..."), fictional story."""
    art = _clean(
        " date 2025-11-11 Your support lets us keep reporting from Kestria Read more Support Now The Independent is "
        "on the ground as the storm season goes on. Your donation pays for our reporters on the coast. Your support keeps that going. Read more\n\n"
        "Storm deaths in Kestria climbed to 38 on Tuesday, with 11 people still missing, officials said.\n"
    )
    assert "Your support" not in art.text and art.text.startswith("Storm deaths in Kestria")
    assert art.outlet == "The Independent"
    assert art.published.date == "2025-11-11"


def test_dotted_dateline_with_its_day_and_agency() -> None:
    """"LUNDRA. March 4. KAZINFORM Flooding ..." (a CIS agency's shape, fictional story): the agency and the day."""
    dl = md.parse_dateline("LUNDRA. March 4. KAZINFORM Flooding in Kestria has now killed 214 people, officials say.")
    assert dl is not None and dl.org == "KAZINFORM" and (dl.month, dl.day) == (3, 4) and dl.place == "LUNDRA"
    assert md.parse_dateline("LUNDRA. March 4. THE count rose.") is None  # capitals that are no known agency
