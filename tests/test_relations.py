"""Tests of relations.py: copies, syndicated wire stories, citations, same event.

Fictional text written here, and the seed articles read in place (skipped without ../shared).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dossier.model import Article, PublishedDate, Relation, Removed
from dossier.reconcile.relations import citations, detect_relations, wire_credit
from dossier.settings import Settings

SETTINGS = Settings(progress="never")

WIRE_STORY = (
    "DUNMERE, Examplia (AP) — Rising lake water drove roughly 3,800 residents out of Dunmere, a lakeside "
    "market town, on Tuesday, while a fisherman and his son were listed as missing, provincial civil protection staff said.\n"
    "Boats from the agency got into most of the inundated neighbourhoods before dark, according to its staff, though "
    "mudslides after four days of heavy rain still blocked the mountain tracks to hamlets in the east.\n"
    "“Every boat we own is out there, and nobody stops until the last household on a rooftop is ashore,” "
    "agency director Tomas Brell told journalists gathered in the provincial seat.\n"
    "More showers are forecast for Friday, and in a notice the meteorological bureau said the lake would "
    "stay over its flood mark until Sunday at the earliest."
)


def day(value: str) -> PublishedDate:
    return PublishedDate(date=value, basis="explicit", earliest=value, latest=value)


def art(ident: str, text: str, **kw: object) -> Article:
    return Article(id=ident, source=f"{ident}.txt", text=text, **kw)  # type: ignore[arg-type]


def kinds(rels: tuple[Relation, ...], kind: str) -> list[Relation]:
    return [r for r in rels if r.kind == kind]


def test_lightly_edited_republication_is_a_near_duplicate_pointing_to_the_original() -> None:
    original = art("ap-original", WIRE_STORY, outlet="AP", published=day("2030-03-05"))
    edited = WIRE_STORY.replace("on Tuesday", "on Tuesday evening").replace("heavy rain", "torrential rain")
    copy = art("gazette-copy", edited, publisher="Springfield Gazette", published=day("2030-03-06"))
    other = art("other", "A toy shop opened beside the harbour last month, stocking wooden trains that a "
                "workshop in the forest north of the village carves by hand, the shopkeeper said on Friday.")
    rels = detect_relations([copy, other, original], settings=SETTINGS)
    near = kinds(rels, "near_duplicate")
    assert len(near) == 1
    assert (near[0].from_, near[0].to) == ("gazette-copy", "ap-original")  # later -> earlier
    assert 0.8 <= near[0].score < 1.0
    # the Gazette carried AP journalism: syndicated, outlet AP, linked to AP's own article
    synd = kinds(rels, "syndicated")
    assert [(r.from_, r.to, r.outlet) for r in synd] == [("gazette-copy", "ap-original", "AP")]
    assert "(AP) —" in (synd[0].evidence or "")
    assert not any(r.from_ == "other" or r.to == "other" for r in rels)


def test_exact_copy_scores_one_and_whitespace_does_not_matter() -> None:
    a = art("a", WIRE_STORY)
    b = art("b", "  " + WIRE_STORY.replace("\n", "\n\n").replace(" ", "  "))
    rels = kinds(detect_relations([a, b], settings=SETTINGS), "near_duplicate")
    assert [(r.from_, r.to, r.score) for r in rels] == [("b", "a", 1.0)]


def test_wire_copy_on_a_local_site_is_syndicated_without_an_original_in_the_corpus() -> None:
    text = WIRE_STORY.replace("(AP)", "(Reuters)") + "\n(Reporting by Jan Novak; Editing by Ann Lee)"
    local = art("local", text, publisher="Valley News 5")
    rels = detect_relations([local], settings=SETTINGS)
    assert [(r.kind, r.from_, r.to, r.outlet) for r in rels] == [("syndicated", "local", None, "Reuters")]


def test_wire_credit_read_from_removed_lines_and_the_carrier_from_the_page() -> None:
    body = "The ferry pier is to remain shut for repairs until late next month, port staff announced on Thursday."
    page = art(
        "station",
        body,
        removed=(
            Removed("The-CNN-Wire", "copyright"),
            Removed("™ & © 2030 Cable News Network, Inc. All rights reserved.", "copyright"),
            Removed("WXYZ Channel 9 is committed to keeping its comment section civil and open.", "comments"),
        ),
    )
    credit = wire_credit(page)
    assert credit is not None and credit.wire == "CNN" and credit.feed
    rels = detect_relations([page], settings=SETTINGS)
    assert [(r.kind, r.outlet, r.to) for r in rels] == [("syndicated", "CNN", None)]
    assert "WXYZ Channel 9" in (rels[0].evidence or "")


def test_a_service_missing_from_the_table_is_recognised_by_the_form_of_its_credit() -> None:
    text = WIRE_STORY.replace("DUNMERE, Examplia (AP) —", "DUNMERE, Examplia (Northwind) —")
    page = art("bay7", text, removed=(Removed("Bay 7 News is committed to a respectful comment space for readers.", "comments"),))
    rels = detect_relations([page], settings=SETTINGS)
    assert [(r.kind, r.outlet) for r in rels] == [("syndicated", "Northwind")]
    assert "Bay 7 News" in (rels[0].evidence or "")
    # an acronym explained in a sentence, or a label, is not a wire credit
    for line in ("The Joint Budget Board (JBB) - which sets fees - gathered.", "(Updated) — The toll rose."):
        assert wire_credit(art("x", line)) is None


def test_wire_service_own_page_is_not_syndicated() -> None:
    own = art("apnews", WIRE_STORY, outlet="AP", url="https://apnews.com/article/floods")
    assert kinds(detect_relations([own], settings=SETTINGS), "syndicated") == []


def test_citation_of_another_outlet_links_to_its_article_when_the_corpus_holds_it() -> None:
    scoop = art(
        "daily-example",
        "Nine village clinics are to be shut by the transport-and-health department in 2031 as a cost cut, "
        "leaked planning papers obtained by this newspaper show. Nurses in the towns concerned warned that the sick "
        "would face a journey of over ninety minutes to the closest casualty unit.",
        outlet="Daily Example",
        published=day("2030-05-01"),
    )
    follow = art(
        "follow-up",
        "Nine village clinics are to be shut in 2031, according to reporting by the Daily Example. "
        "A department spokesman would not say anything on Thursday. Green councillors demanded an urgent "
        "assembly session about how care in the countryside will be paid for.",
        outlet="Northern Post",
        published=day("2030-05-02"),
    )
    rels = kinds(detect_relations([scoop, follow], settings=SETTINGS), "cites")
    assert [(r.from_, r.to, r.outlet) for r in rels] == [("follow-up", "daily-example", "Daily Example")]
    assert "reporting by the Daily Example" in (rels[0].evidence or "")


def test_citation_without_the_cited_article_and_self_reference_ignored() -> None:
    text = (
        "Inspectors told the Northern Post the weir had last been checked in 2029. Fissures in its wall "
        "had worried the canal board for months, the Daily Example reported on Friday, quoting a surveyor."
    )
    own_outlet = art("np", text, outlet="Northern Post")
    found = {c.outlet: c for c in citations(own_outlet)}
    assert set(found) == {"Daily Example"}  # "told the Northern Post" is the paper's own interview
    rels = kinds(detect_relations([own_outlet], settings=SETTINGS), "cites")
    assert [(r.outlet, r.to) for r in rels] == [("Daily Example", None)]


def test_headline_prefix_names_the_cited_outlet_but_a_wire_copy_does_not_cite_its_wire() -> None:
    derived = art("d", "Negotiators sat down again on Friday over the weir plan, the agency said.", title="Reuters: Talks on dam plan resume")
    assert [c.outlet for c in citations(derived)] == ["Reuters"]
    wire_copy = art("w", "LONDON (Reuters) - Two negotiators told Reuters on Friday the weir talks restart in May.",
                    publisher="Valley News 5")
    assert citations(wire_copy, wire_credit(wire_copy)) == []


def test_independent_reports_of_one_briefing_are_the_same_event() -> None:
    quote = ("“Some 900 firefighters are now inside the gorge, and the passes should be open again "
             "no later than Saturday noon,” ")
    one = art("one", "Crews got into the waterlogged gorge on Thursday. " + quote + "home affairs chief "
              "Ivo Marek told journalists. Some 2,700 evacuees are still in sports halls, his office added.",
              published=day("2030-04-02"))
    two = art("two", "Home Affairs Chief Ivo Marek promised on Thursday that aid was on its way. " + quote + "Marek "
              "told a press briefing in the capital, saying 2,700 evacuees were sleeping in sports halls.",
              published=day("2030-04-02"))
    later = dataclasses.replace(two, id="later", published=day("2030-04-20"))
    rels = detect_relations([one, two], settings=SETTINGS)
    same = kinds(rels, "same_event")
    assert len(same) == 1 and {same[0].from_, same[0].to} == {"one", "two"}
    assert kinds(detect_relations([one, later], settings=SETTINGS), "same_event") == []


def test_unrelated_articles_have_no_relations_and_output_is_stable() -> None:
    a = art("a", WIRE_STORY.replace("(AP) ", ""))
    b = art("b", "Aldermen voted through next year's spending plan on Wednesday, adding 6 percent for libraries "
            "and playgrounds, the town clerk said, while the pothole budget shrinks once more.")
    assert detect_relations([a, b], settings=SETTINGS) == ()
    assert detect_relations([], settings=SETTINGS) == ()


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> list[Article]:
    from dossier.ingest.read import read_inputs
    from dossier.pipeline import clean_batch

    raws, _ = read_inputs(seeds_dir, settings=SETTINGS)
    articles, _ = clean_batch(raws, settings=SETTINGS)
    return articles


@pytest.fixture(scope="module")
def seed_relations(seed_articles: list[Article]) -> tuple[Relation, ...]:
    return detect_relations(seed_articles, settings=SETTINGS)


def _by_source(articles: list[Article], prefix: str) -> Article:
    return next(a for a in articles if a.source.startswith(prefix))


def test_seed_cnn_wire_story_on_kvia_is_syndicated_cnn_journalism(
    seed_articles: list[Article], seed_relations: tuple[Relation, ...]
) -> None:
    kvia = _by_source(seed_articles, "001")
    synd = [r for r in seed_relations if r.kind == "syndicated"]
    assert [(r.from_, r.outlet, r.to) for r in synd] == [(kvia.id, "CNN", None)]
    assert synd[0].score >= 0.9
    assert "KVIA" in (synd[0].evidence or "")  # the carrier is kept apart from the outlet


def test_seed_euromaidan_write_up_cites_cnn(seed_articles: list[Article], seed_relations: tuple[Relation, ...]) -> None:
    write_up = _by_source(seed_articles, "000")
    cites = {r.outlet: r for r in seed_relations if r.kind == "cites" and r.from_ == write_up.id}
    assert "CNN" in cites and cites["CNN"].score >= 0.85
    # the CNN article in the corpus (a KVIA copy) reports another aspect: not the cited report
    assert cites["CNN"].to is None
    # nothing else cites anyone with confidence
    assert all(r.from_ == write_up.id for r in seed_relations if r.kind == "cites" and r.score >= 0.5)


def test_seeds_have_no_near_duplicates(seed_relations: tuple[Relation, ...]) -> None:
    assert [r for r in seed_relations if r.kind == "near_duplicate"] == []


def test_seed_same_event_links_the_two_reports_of_the_blinken_briefing(
    seed_articles: list[Article], seed_relations: tuple[Relation, ...]
) -> None:
    pairs = {frozenset((r.from_, r.to)) for r in seed_relations if r.kind == "same_event"}
    ids = {a.source[:3]: a.id for a in seed_articles}
    assert pairs == {frozenset((ids["001"], ids["002"]))}


def test_example_corpus_wire_copy_and_round_up_citations() -> None:
    """The bundled fictional corpus: a wire copy on a TV site, a round-up citing three outlets."""
    from dossier.ingest.read import read_inputs
    from dossier.pipeline import clean_batch

    examples = Path(__file__).resolve().parent.parent / "examples"
    raws, _ = read_inputs(examples, settings=SETTINGS)
    articles, _ = clean_batch(raws, settings=SETTINGS)
    name = {a.id: a.source.split("_")[0] if "_" in a.source else a.source for a in articles}
    rels = detect_relations(articles, settings=SETTINGS)
    synd = [(name[r.from_], r.outlet) for r in rels if r.kind == "syndicated"]
    assert synd == [("02", "Meridian")]
    cites = {r.outlet: name.get(r.to or "") for r in rels if r.kind == "cites" and name[r.from_] == "04"}
    # "Meridian reported ..." names a wire known from the corpus; it is linked to the copy of
    # its story, the Northern Ledger to its own article
    assert cites.get("Meridian") == "02"
    assert cites.get("Northern Ledger") == "03"
    assert "Valley Courier" in cites
    assert [r for r in rels if r.kind == "near_duplicate"] == []


def test_a_wire_story_extended_by_a_publisher_is_its_syndicated_copy() -> None:
    from dossier.reconcile.relations import detect_relations
    from dossier.settings import Settings

    wire_text = (
        "Marovel's army repelled an attack close to the hamlet of Oskarby on Saturday, it said, with no fewer "
        "than 35 men of the Coastal Regiment dead or injured in the Saska district. \"The regiment took severe "
        "casualties around Oskarby and Lenne during the past two days,\" Marovel's defence intelligence service "
        "wrote in a message on its messaging channel. Reinforcements from the south have topped up the regiment, "
        "officers said, and a fresh push is likely within the week.\nAFP"
    )
    extended = (
        "LENNE: " + wire_text.replace("\nAFP", "") + "\n\nSaska has not seen combat this intense since April, "
        "the month the regiment reached the district. Mayors along the frontier have urged families to "
        "move out while the shelling lasts, and coaches left on Monday to carry them to the district town."
    )
    articles = [
        Article(id="w1", source="w1.txt", text=wire_text, outlet="AFP", wire="AFP",
                published=PublishedDate(date="2025-03-10", basis="explicit")),
        Article(id="w2", source="w2.txt", text=extended, publisher="Lenne Herald",
                published=PublishedDate(date="2025-03-10", basis="explicit")),
    ]
    rels = detect_relations(articles, settings=Settings(progress="never"))
    synd = [r for r in rels if r.kind == "syndicated" and r.from_ == "w2"]
    assert synd and synd[0].outlet == "AFP" and synd[0].to == "w1", rels
    assert not any(r.kind == "same_event" for r in rels)  # a copy is no independent report
