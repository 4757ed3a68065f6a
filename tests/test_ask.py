"""Tests of ``dossier ask``: matching the question's measure and place, figures with citations."""

from __future__ import annotations

import copy

import pytest

from dossier.present.ask import answer_question, format_answer, normalise_words
from dossier.model import dossier_to_dict
from dossier.present.views import date_point
from tests.test_report import fictional_dossier


def test_normalise_words_maps_synonyms_and_plurals() -> None:
    assert normalise_words("How many soldiers are there?") == ("troop",)
    assert normalise_words("North Korean forces") == ("north", "korea", "troop")
    assert set(normalise_words("Ukrainian soldiers")) == set(normalise_words("soldiers of Ukraine")) == {"ukraine", "troop"}
    assert normalise_words("people killed") == ("person", "death")
    assert normalise_words("What is the death toll?") == ("death", "death")
    assert normalise_words("houses destroyed") == ("home", "destroyed")


def test_measure_synonyms_are_those_of_the_tracks() -> None:
    # what the tracks count as one measure, a question matches as one
    assert normalise_words("militants") == normalise_words("soldiers") == ("troop",)
    assert normalise_words("hostages") == normalise_words("prisoners")
    assert normalise_words("perished") == normalise_words("killed") == ("death",)


def test_country_aliases_come_from_the_shared_alias_table() -> None:
    from dossier.present.ask import _country_aliases, _country_of

    assert _country_aliases()["dprk"] == "North Korea" and _country_aliases()["u s"] == "United States"
    assert _country_of("Czechia", {}) == ("CZ", True)
    assert _country_of("the DPRK", {}) == ("KP", True)
    assert _country_of("Côte d'Ivoire", {}) == ("CI", True)


def test_answer_lists_every_source_figure_with_date_and_citation() -> None:
    d = fictional_dossier()
    a = answer_question("How many people died in Varnel?", d)
    assert a.found and a.place == "Varnel"
    assert [t.track for t in a.tracks] == ["t-deaths"]
    figs = a.tracks[0].figures
    assert [(f.source, f.figure) for f in figs] == [
        ("Emergency services", "at least 12"), ("the regional governor", "about 30"), ("Officials", "41")]
    assert figs[0].as_of == "3 Mar 2031" and figs[0].date_basis == "as_of"
    # no as-of date: the publication date is given, and said to be one
    assert figs[2].as_of is None and figs[2].date_basis == "published" and figs[2].date == "8 Mar 2031"
    art = {x["id"]: x for x in d["articles"]}
    for f in figs:
        (cit,) = f.citations
        assert art[cit.article]["text"][cit.start:cit.end] == cit.sentence
    text = format_answer(a)
    assert f"{figs[0].figure} — {figs[0].source} — as of {figs[0].as_of}" in text
    assert "Vale Courier: Floods hit Varnel" in text
    assert "published 8 Mar 2031 (no as-of date)" in text


def test_synonyms_and_place_words() -> None:
    d = fictional_dossier()
    a = answer_question("In the town of Varnel, what is the death toll now?", d)
    assert a.found and a.tracks[0].track == "t-deaths"
    b = answer_question("Across the Ostrava Vale region, how many houses flooded?", d)
    assert b.found and [t.track for t in b.tracks] == ["t-homes"]
    assert {f.figure for f in b.tracks[0].figures} == {"up to 500", "400–600"}


def test_unknown_question_says_what_is_covered() -> None:
    d = fictional_dossier()
    a = answer_question("How many soldiers are in Kursk?", d)
    assert not a.found and a.tracks == ()
    assert "I don't know" in a.text
    assert "people killed in Varnel" in a.text and "homes flooded in Ostrava Vale" in a.text
    b = answer_question("How many people were killed in Ostrava Vale?", d)
    assert not b.found and "elsewhere" in b.text and "Varnel" in b.text
    empty = answer_question("How many?", {"articles": []})
    assert not empty.found and "no figures" in empty.text


def test_untracked_claims_are_grouped_and_answered() -> None:
    d = copy.deepcopy(fictional_dossier())
    d["tracks"] = []
    for c in d["claims"]:
        c["track"] = None
    a = answer_question("How many homes were flooded in Ostrava Vale?", d)
    assert a.found and len(a.tracks) == 1 and a.tracks[0].track is None
    assert len(a.tracks[0].figures) == 2


def test_same_figure_from_copies_is_merged_with_both_citations() -> None:
    d = copy.deepcopy(fictional_dossier())
    dup = dict(d["claims"][0], id="c1-copy")
    d["claims"].append(dup)
    d["tracks"][0]["claims"].append("c1-copy")
    a = answer_question("How many people died in Varnel?", d)
    first = a.tracks[0].figures[0]
    assert first.figure == "at least 12" and len(first.citations) == 2


# --- the seeds: depends on upstream claims and tracks (issues 4 and 5) ---------------------


def _seed_answer(seed_dossier, question: str):  # type: ignore[no-untyped-def]
    d = dossier_to_dict(seed_dossier)
    assert d["claims"] and d["tracks"], "the seeds build no claims or no tracks"
    return d, answer_question(question, d)


def _values(answer) -> dict[float, list]:  # type: ignore[no-untyped-def]
    out: dict[float, list] = {}
    for t in answer.tracks:
        for f in t.figures:
            for v in (f.value, f.low, f.high):
                if isinstance(v, (int, float)):
                    out.setdefault(float(v), []).append(f)
    return out


@pytest.mark.shared
def test_seeds_kursk_question(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    d, a = _seed_answer(seed_dossier, "How many North Korean troops are in Kursk?")
    assert a.found, a.text
    vals = _values(a)
    for v in (3000, 8000, 11000):
        assert v in vals, f"the Kursk answer lacks {v}:\n{format_answer(a)}"
    text = format_answer(a).casefold()
    assert "zelensky" in text and "ukrain" in text
    # every figure carries a citation whose sentence is in its article
    art = {x["id"]: x for x in d["articles"]}
    for t in a.tracks:
        for f in t.figures:
            assert f.citations
            for c in f.citations:
                assert c.sentence.strip() and c.sentence.strip() in art[c.article]["text"]
    # the 11,000 is dated (Zelenskyy, 11 Nov)
    assert any(f.earliest and date_point(f.earliest) is not None for f in vals[11000.0])


@pytest.mark.shared
def test_seeds_russia_question(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    _, a = _seed_answer(seed_dossier, "How many North Korean troops are in Russia?")
    assert a.found, a.text
    vals = _values(a)
    assert min(vals) == 3000 and max(vals) == 13000, format_answer(a)
    assert len({f.source for t in a.tracks for f in t.figures}) >= 3


@pytest.mark.shared
def test_seeds_unrelated_question_is_an_honest_no(seed_dossier) -> None:  # type: ignore[no-untyped-def]
    a = answer_question("How many were killed when an earthquake struck Lima?", dossier_to_dict(seed_dossier))
    assert not a.found and ("I don't know" in a.text or "no figure" in a.text)


def test_example_corpus_death_toll_question(example_dossier) -> None:  # type: ignore[no-untyped-def]
    """The bundled fictional corpus (examples/), through the real pipeline."""
    d = dossier_to_dict(example_dossier)
    assert d["tracks"], "the examples build no tracks"
    a = answer_question("How many people died?", d)
    assert a.found, a.text
    figs = [f for t in a.tracks for f in t.figures]
    assert len(figs) >= 3 and len({f.source for f in figs}) >= 2
    art = {x["id"]: x for x in d["articles"]}
    for f in figs:
        assert f.citations and all(c.sentence.strip() in art[c.article]["text"] for c in f.citations)
    dated = [f.date for f in figs if f.date_basis == "as_of"]
    assert dated == sorted(dated, key=lambda x: str(date_point(x)))  # in date order
    no = answer_question("How many aircraft landed in Lisbon?", d)
    assert not no.found and "It covers" in no.text


# --- every kind of question, on the fictional dossier of test_report -----------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many people died in Varnel?", "how_many"),
        ("who said 41?", "who_said"),
        ("WHAT DID ILSE BRAND SAY?", "what_said"),
        ("What happened on 3 March 2031?", "on_date"),
        ("When did the flood waters rise?", "when"),
        ("Where are the homes flooded?", "where"),
        ("Which sources disagree?", "disagree"),
        ("Is the 41 figure independent?", "independent"),
        ("What changed since 4 March 2031?", "since"),
    ],
)
def test_each_kind_of_question_is_recognised(question: str, kind: str) -> None:
    from dossier.present.ask import classify_question

    assert classify_question(question) == kind


def _cited(a, d) -> None:  # type: ignore[no-untyped-def]
    art = {x["id"]: x for x in d["articles"]}
    assert a.found and a.statements, a.text
    for st in a.statements:
        for c in st.citations:
            assert c.sentence.strip() and art[c.article]["text"][c.start:c.end] == c.sentence


def test_who_gave_a_figure_and_what_someone_said() -> None:
    d = fictional_dossier()
    a = answer_question("Who said 41 people had died?", d)
    _cited(a, d)
    assert a.kind == "who_said" and any("Officials" in st.names for st in a.statements)
    b = answer_question("what did ilse brand say?", d)
    _cited(b, d)
    assert b.kind == "what_said" and "We have never seen water like this." in b.statements[0].text


def test_on_a_date_since_a_date_and_when() -> None:
    d = fictional_dossier()
    a = answer_question("What happened on 3 March 2031?", d)
    _cited(a, d)
    assert all(st.dates == ("2031-03-03",) for st in a.statements)
    b = answer_question("What changed since 4 March 2031?", d)
    _cited(b, d)
    assert 41.0 in {v for st in b.statements for v in st.values}
    assert all(dt >= "2031-03-04" for st in b.statements for dt in st.dates)
    c = answer_question("When did the flood waters rise in Varnel?", d)
    assert c.kind == "when" and c.found and c.statements[0].dates == ("2031-03-03",)


def test_unknown_questions_say_so_and_show_what_is_close() -> None:
    d = fictional_dossier()
    a = answer_question("What did the Pope say?", d)
    assert not a.found and a.text.startswith("I don't know")
    b = answer_question("Who said 999?", d)
    assert not b.found and "999" in b.text
    c = answer_question("When did the bridge in Varnel close?", d)
    assert not c.found and c.close and all("Varnel" in x.sentence for x in c.close[:1])
    assert "Here is what is close" in format_answer(c)
