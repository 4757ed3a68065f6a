"""Numeric claims: value, qualifier, measure, location, as-of date, modality, source and relay.

Fictional sentences test each rule; the seed articles (read in place) test that every troop
figure of the story becomes a claim with the right attributes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.extract.claims import extract_claims
from dossier.model import Article, NumericClaim, PublishedDate, TimeExpression
from dossier.settings import Settings


def claims_of(nlp, text: str, *, published: str | None = None, times: tuple[TimeExpression, ...] = ()):  # type: ignore[no-untyped-def]
    pub = PublishedDate(date=published, basis="explicit") if published else PublishedDate()
    article = Article(id="art-test", source="test.txt", text=text, published=pub)
    return extract_claims(
        article, nlp(text), time_expressions=times, local_entities=(), quotes=(), settings=Settings()
    )


def only(claims: tuple[NumericClaim, ...]) -> NumericClaim:
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_death_toll_with_source_after_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least 37 people were killed, the health ministry said."
    c = only(claims_of(nlp, text, published="2024-05-02"))
    assert (c.value, c.qualifier, c.measure, c.state, c.modality) == (37, "at_least", "people killed", "killed", "reported")
    assert c.source is not None and c.source.name == "health ministry" and c.source.text == "the health ministry"
    assert text[c.source.start : c.source.end] == c.source.text
    assert c.as_of == "2024-05-02"  # no date in the sentence: the article's explicit date
    assert text[c.start : c.end] == c.text == "At least 37"
    assert c.sentence == text and (c.sentence_start, c.sentence_end) == (0, len(text))
    assert c.id.startswith("c-")


def test_relay_chain_according_to_cited_by(nlp) -> None:  # type: ignore[no-untyped-def]
    c = only(claims_of(nlp, "The death toll climbed to 86, according to district officials cited by Reuters."))
    assert c.value == 86 and c.measure == "death toll"
    assert c.source is not None and c.source.name == "district officials"
    assert [v.name for v in c.via] == ["Reuters"]


def test_nested_reporting_gives_source_and_via(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Senators reported that Director Lena Morck had indicated the number of refugees could reach 18,000 by July."
    c = only(claims_of(nlp, text))
    assert c.value == 18000 and c.measure == "refugees" and c.modality == "projected"
    assert c.source is not None and c.source.name == "Lena Morck"
    assert [v.name for v in c.via] == ["Senators"]


def test_attribution_carries_to_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Civil defence officials reported that around 260 buildings had fallen in Hatay. "
        "Approximately 1,450 residents have been taken to shelters in Adana."
    )
    first, second = claims_of(nlp, text)
    assert first.source is not None and second.source is not None
    assert first.source.name == second.source.name == "Civil defence officials"
    assert (first.location, second.location) == ("Hatay", "Adana")
    # "approximately" qualifies the figure; it is still the officials' reported count
    assert second.qualifier == "about" and second.modality == "reported"


def test_citing_and_side_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brightwater reported that at least 33 people had died, citing the Interior Ministry, "
        "while the Red Cross said as many as 140 people could be missing."
    )
    died, missing = claims_of(nlp, text)
    assert died.source is not None and died.source.name == "Interior Ministry"
    assert [v.name for v in died.via] == ["Brightwater"]
    assert missing.source is not None and missing.source.name == "Red Cross" and missing.via == ()
    assert missing.modality == "estimated"  # a hedge about who is missing now, not a figure to come


def test_apposition_and_reporting_by(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry said 81 people had died. "
        "The mayor of Kelmor, Pavel Tarnow, said the true figure was at least 104."
    )
    first, c = claims_of(nlp, text)
    assert c.source is not None and c.source.name == "Pavel Tarnow" and c.value == 104
    assert c.measure == first.measure == "people killed"  # a bare figure keeps the measure of the one before
    assert c.state == first.state == "killed"
    text = "Dozens of people have died in the flood, according to reporting by the Ridge Herald."
    c = only(claims_of(nlp, text))
    assert (c.low, c.high) == (12, 120) and c.source is not None and c.source.name == "Ridge Herald"


def test_weak_verbs_need_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    c = only(claims_of(nlp, "Turnover showed a 3.4% gain across the year."))
    assert c.source is None
    c = only(claims_of(nlp, "Ministry figures show 1,900 houses were damaged."))
    assert c.source is not None and "Ministry" in (c.source.name or "")


def test_quote_speaker_and_first_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“I can confirm that over 430 prisoners have been released in Kharkiv,” Oleh Marchuk told journalists."
    c = only(claims_of(nlp, text))
    assert (c.value, c.qualifier, c.modality, c.location) == (430, "over", "confirmed", "Kharkiv")
    assert c.source is not None and c.source.name == "Oleh Marchuk"


def test_modalities(nlp) -> None:  # type: ignore[no-untyped-def]
    assert only(claims_of(nlp, "The army denied that 150 of its soldiers had been captured.")).modality == "denied"
    assert only(claims_of(nlp, "Officials expect the count of evacuees to reach 65,000.")).modality == "expected"
    assert only(claims_of(nlp, "Police estimate that 3,500 people took part.")).modality == "estimated"
    assert only(claims_of(nlp, "Up to 750 more troops could be deployed, the ministry said.")).modality == "projected"


def test_as_of_prefers_the_date_of_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Today, we can confirm 1,600 arrests,” the spokeswoman told a briefing on Tuesday."
    today = text.index("Today")
    tuesday = text.index("Tuesday")
    times = (
        TimeExpression("art-test", today, today + 5, "Today", "2024-11-13", "publication"),
        TimeExpression("art-test", tuesday, tuesday + 7, "Tuesday", "2024-11-12", "publication"),
    )
    c = only(claims_of(nlp, text, published="2024-11-13", times=times))
    assert c.value == 1600 and c.as_of == "2024-11-12"


def test_projection_target_date_is_not_as_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency said up to 8,500 staff could be recruited by December."
    dec = text.index("December")
    times = (TimeExpression("art-test", dec, dec + 8, "December", "2024-12", "publication"),)
    c = only(claims_of(nlp, text, published="2024-10-24", times=times))
    assert c.modality == "projected" and c.as_of == "2024-10-24"


@pytest.mark.parametrize(
    "text",
    [
        "Two European diplomats told the paper that the negotiations had stalled.",
        "The rocket flew for 74 minutes on Friday.",
        "The temperature fell to 9 degrees during the night.",
        "The hearing on 4 March 2025 ran until 6 p.m.",
        "One of the reasons is cost.",
        "The two countries signed the deal.",
        "Both countries are two independent sovereign states.",
        "The contingent is equivalent to two brigade-sized units.",
        "He is out for the entire Six Nations.",
    ],
)
def test_not_claims(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == ()


def test_shares_and_money(nlp) -> None:  # type: ignore[no-untyped-def]
    share = only(claims_of(nlp, "Unemployment dropped to 3.8% in April, the statistics office said."))
    assert (share.value, share.unit, share.measure) == (3.8, "percentage", "Unemployment")
    money = only(claims_of(nlp, "The cabinet approved a $3bn aid package."))
    assert (money.value, money.unit, money.measure) == (3e9, "dollar", "aid package")


def test_empty_and_numberless_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "") == ()
    assert claims_of(nlp, "No figures were given in the statement.") == ()


# --- the seed articles -------------------------------------------------------------------------


def _find(claims, value: float, qualifier: str, article_prefix: str | None = None):  # type: ignore[no-untyped-def]
    return [c for c in claims if c.value == value and c.qualifier == qualifier]


def _name(ref) -> str:  # type: ignore[no-untyped-def]
    return (ref.name or ref.text) if ref is not None else ""


@pytest.fixture(scope="module")
def seed_claims(seeds_dir: Path, nlp):  # type: ignore[no-untyped-def]
    """Claims of each seed, from the raw text with no other stage's help (empty inputs)."""
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text("utf-8").strip()
        article = Article(id=path.stem, source=path.name, text=text)
        out[path.name[:3]] = extract_claims(
            article, nlp(text), time_expressions=(), local_entities=(), quotes=(), settings=Settings()
        )
    return out


def test_seed_troop_figures_standalone(seed_claims) -> None:  # type: ignore[no-untyped-def]
    c = _find(seed_claims["000"], 11000, "about")[0]
    assert (c.location, _name(c.source)) == ("Russia", "Ukrainian intelligence")
    c = _find(seed_claims["000"], 3000, "about")[0]  # attribution carried from the sentence before
    assert (c.location, _name(c.source)) == ("Kursk Oblast", "Ukrainian intelligence")
    c = _find(seed_claims["000"], 13000, "about")[0]
    assert (c.location, _name(c.source), c.modality) == ("Russia", "South Korean intelligence", "estimated")
    c = _find(seed_claims["001"], 8000, "up_to")[0]
    assert "Kursk" in (c.location or "") and "US officials" in _name(c.source)
    assert c.measure == "North Korean troops"
    c = _find(seed_claims["003"], 10000, "up_to")[0]
    assert c.modality == "projected" and "Cho Tae-yong" in _name(c.source)
    c = _find(seed_claims["003"], 3000, "at_least")
    assert any(x.location == "eastern Russia" and "Kirby" in _name(x.source) for x in c)
    c = _find(seed_claims["004"], 10000, "over")[0]
    assert (c.location, c.modality, _name(c.source)) == ("eastern Russia", "confirmed", "Vedant Patel")
    near = _find(seed_claims["004"], 50000, "nearly")[0]
    eleven = _find(seed_claims["004"], 11000, "exact")[0]
    assert near.location == eleven.location == "Kursk"
    assert "Zelenskyy" in _name(near.source) and "Zelenskyy" in _name(eleven.source)


def test_seed_no_claims_from_dates_times_weather(seed_claims) -> None:  # type: ignore[no-untyped-def]
    for claims in seed_claims.values():
        for c in claims:
            assert c.value not in (2024, 2023, 2022, 2017, 23, 13, 71.8, 86, 5, 35)
            assert c.unit not in ("fahrenheit", "minute")


def test_seed_dossier_claims(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    """Through the whole pipeline: the same figures, with as-of dates where the article dates itself."""
    by_source = {a.id: a.source for a in seed_dossier.articles}
    claims = [c for c in seed_dossier.claims if by_source[c.article].startswith("004")]
    patel = _find(claims, 10000, "over")[0]
    assert patel.location == "eastern Russia" and patel.modality == "confirmed"
    assert "Patel" in _name(patel.source)
    assert patel.as_of == "2024-11-12"  # the weekday of the briefing the seed names, not its 13 Nov update
    for c in seed_dossier.claims:
        text = next(a.text for a in seed_dossier.articles if a.id == c.article)
        assert text[c.start : c.end] == c.text
        assert c.sentence_start is not None and text[c.sentence_start : c.sentence_end] == c.sentence
