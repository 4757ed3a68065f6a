"""Quotes and speakers: fictional constructions one by one, then the five seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.model import Article, LocalEntity, Mention, Quote, Role, TimeExpression, stable_id
from dossier.extract.quotes import extract_quotes
from dossier.settings import Settings

SETTINGS = Settings(progress="never")


def run(nlp, text: str, *, times: tuple[TimeExpression, ...] = (), local: tuple[LocalEntity, ...] = ()) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    article = Article(id="t", source="t.txt", text=text)
    return extract_quotes(article, nlp(text), time_expressions=times, local_entities=local, settings=SETTINGS)


def find(quotes: tuple[Quote, ...], words: str, kind: str | None = None) -> Quote:
    hits = [q for q in quotes if words in q.text and (kind is None or q.kind == kind)]
    assert hits, f"{words!r} is in none of {[q.text for q in quotes]}"
    return hits[0]


# --- fictional constructions ---------------------------------------------------------------


def test_provenance_and_stable_ids(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The ferry pier opens again in March,” Mayor Ellen Park said.\n"
    quotes = run(nlp, text)
    assert quotes, "expected a direct quote"
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.id == stable_id("q", "t", q.start, q.end)
        assert q.cue_start is not None and q.cue_end is not None
        assert text[q.cue_start : q.cue_end] == q.cue
        assert q.sentence_start is not None and q.sentence_end is not None
        assert q.sentence_start <= q.start and q.end <= q.sentence_end
        if q.speaker is not None and q.speaker.start is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
    q = find(quotes, "ferry pier")
    assert q.kind == "direct" and q.text == "The ferry pier opens again in March"
    assert q.speaker is not None and q.speaker.name == "Ellen Park"
    assert run(nlp, text) == quotes  # pure: the same input gives the same output


def test_split_quote_with_pronoun_gives_two_spans_same_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fire Chief Maria Lopez briefed the press beside the depot.\n"
        "“Crews pulled twelve people from the warehouse,” she said. “Three of them need surgery.”\n"
    )
    quotes = run(nlp, text)
    a = find(quotes, "twelve people")
    b = find(quotes, "Three of them")
    assert a.kind == b.kind == "direct"
    assert a.speaker is not None and b.speaker is not None
    assert a.speaker.text == "she" and a.speaker.name == "Maria Lopez"
    assert b.speaker.name == "Maria Lopez"
    assert a.cue == b.cue == "said"


def test_speaker_after_the_verb_and_straight_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The club board gathered on Sunday.\n"There are no plans to sell the stadium," said Okafor.\n'
    q = find(run(nlp, text), "no plans")
    assert q.speaker is not None and q.speaker.text == "Okafor"
    assert q.cue == "said"


def test_apposition_and_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jonas Berg, who runs the district water board, said: “The river will peak tonight.”\n"
    q = find(run(nlp, text), "river will peak")
    assert q.speaker is not None and q.speaker.name == "Jonas Berg"


def test_nominal_speaker_resolved_through_a_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Health Minister Anna Kowalski toured the clinic on Sunday.\n"
        "“Those hurt now total 85, up from sixty,” the minister of health said.\n"
    )
    q = find(run(nlp, text), "total 85")
    assert q.speaker is not None
    assert q.speaker.text == "the minister of health"
    assert q.speaker.name is None or q.speaker.name == "Anna Kowalski"


def test_nominal_speaker_via_synonym_lexicon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreign Minister Luis Herrera hosted envoys in Lima.\n"
        "“That offer we will not accept,” the country's top diplomat said.\n"
    )
    q = find(run(nlp, text), "not accept")
    assert q.speaker is not None and q.speaker.name == "Luis Herrera"


def test_nominal_speaker_via_local_entity_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Diggers kept going until dawn.\n“Nobody is left beneath the debris,” the spokeswoman said.\n"
    local = (
        LocalEntity(
            key="t:0",
            article="t",
            name="Dana Whitfield",
            type="PERSON",
            mentions=(Mention(article="t", start=0, end=0),),
            roles=(Role(title="spokesperson", article="t", start=0, end=0),),
        ),
    )
    q = find(run(nlp, text, local=local), "Nobody is left")
    assert q.speaker is not None and q.speaker.name == "Dana Whitfield"


def test_indefinite_source_keeps_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aides asked not to be named.\n“The toll will rise,” one official told reporters.\n"
    q = find(run(nlp, text), "toll will rise")
    assert q.speaker is not None and q.speaker.text == "one official" and q.speaker.name is None
    assert q.cue == "told"


def test_partial_quote_is_attributed_to_the_sentence_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Sam Reed warned thieves after the blackout that they would meet “the full force of the law”.\n"
    quotes = run(nlp, text)
    p = find(quotes, "full force", "partial")
    assert p.kind == "partial" and p.text == "the full force of the law"
    assert p.speaker is not None and p.speaker.name == "Sam Reed"
    assert p.cue == "warned"


def test_scare_quotes_without_a_cue_are_not_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The two governments signed a “no limits” trade pact in 2029.\n"
    assert not [q for q in run(nlp, text) if "no limits" in q.text]


def test_indirect_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Tom Baker said the death toll in the mine collapse had reached 17.\n"
    q = find(run(nlp, text), "death toll")
    assert q.kind == "indirect"
    assert q.text.startswith("the death toll") and q.text.endswith("reached 17")
    assert q.cue == "said" and q.speaker is not None and q.speaker.name == "Tom Baker"


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least 30 people died in the mudslide, according to the Red Cross.\n"
    q = find(run(nlp, text), "30 people died")
    assert q.kind == "indirect" and q.cue == "according to"
    assert q.speaker is not None and q.speaker.text == "the Red Cross"


def test_bare_quote_paragraph_takes_the_previous_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The dam held,” said engineer Priya Nair.\n"
        "“We will inspect it again tomorrow.”\n"
        "The rain stopped in the evening.\n"
        "“Nobody expected this.”\n"
    )
    quotes = run(nlp, text)
    carried = find(quotes, "inspect it again")
    assert carried.speaker is not None and carried.speaker.name == "Priya Nair"
    # an intervening paragraph of narration stops the carry-over
    assert all(q.speaker is None for q in quotes if "Nobody expected" in q.text)


def test_carry_over_stops_at_a_different_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“Prices will fall,” said banker Omar Haddad.\n"
        "“They will not,” said economist Lena Vogt.\n"
        "“Wages are flat and rents keep rising.”\n"
    )
    q = find(run(nlp, text), "Wages are flat")
    assert q.speaker is not None and q.speaker.name == "Lena Vogt"


def test_multi_paragraph_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Commissioner Rui Santos said: “The first convoy got to the hamlet at sunrise; nobody was there.\n"
        "“The second convoy is somewhere on the pass and its radio has gone silent.”\n"
    )
    quotes = run(nlp, text)
    first = find(quotes, "first convoy")
    second = find(quotes, "second convoy")
    assert "\n" not in first.text
    assert first.speaker is not None and first.speaker.name == "Rui Santos"
    assert second.speaker is not None and second.speaker.name == "Rui Santos"


def test_quote_spanning_sentences_is_one_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The fire is out. The smoke could take days to lift,” said chief Ada Moss.\n"
    q = find(run(nlp, text), "fire is out")
    assert "smoke could take days" in q.text
    assert q.speaker is not None and q.speaker.name == "Ada Moss"


def test_date_of_the_statement_from_time_expressions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "General Ivo Kral cautioned Thursday that the border would close at noon.\n"
    start = text.index("Thursday")
    te = TimeExpression(article="t", start=start, end=start + 8, text="Thursday", value="2024-10-31", anchor="publication")
    q = find(run(nlp, text, times=(te,)), "border would close")
    assert q.date == "2024-10-31"
    q2 = find(run(nlp, text), "border would close")
    assert q2.date is None


def test_said_on_monday(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Send us more trucks and fuel,” the aid coordinator Noor Aziz said on Monday.\n"
    start = text.index("Monday")
    te = TimeExpression(article="t", start=start, end=start + 6, text="Monday", value="2024-11-04", anchor="publication")
    q = find(run(nlp, text, times=(te,)), "more trucks")
    assert q.date == "2024-11-04"
    assert q.speaker is not None and q.speaker.name == "Noor Aziz"


def test_empty_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "") == ()


# --- the seed articles -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(seeds_dir: Path, nlp) -> dict[str, tuple[str, tuple[Quote, ...]]]:  # type: ignore[no-untyped-def]
    """Quotes of each seed, read in place (raw text, no cleaning: the stage itself is tested)."""
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = Article(id=path.stem, source=path.name, text=text)
        quotes = extract_quotes(article, nlp(text), time_expressions=(), local_entities=(), settings=SETTINGS)
        out[path.name[:3]] = (text, quotes)
    return out


def speaker_of(quotes: tuple[Quote, ...], text: str, words: str) -> str | None:
    start = text.index(words)
    hits = [q for q in quotes if q.start <= start < q.end and q.kind != "indirect"] or [
        q for q in quotes if q.start <= start < q.end
    ]
    assert hits, f"no quote covers {words!r}"
    sp = hits[0].speaker
    return sp.name if sp is not None else None


def test_seed_cnn_kvia(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    text, quotes = seed_quotes["001"]
    assert speaker_of(quotes, text, "robust conversation just this week") == "Antony Blinken"  # the top US diplomat
    q = next(q for q in quotes if "robust conversation" in q.text)
    assert q.speaker is not None and q.speaker.text == "the top US diplomat"
    assert speaker_of(quotes, text, "Beijing should be concerned") == "Antony Blinken"  # He added
    assert speaker_of(quotes, text, "consulting closely with our allies") == "Lloyd Austin"
    assert speaker_of(quotes, text, "surprised by China") == "Volodymyr Zelensky"  # the KBS interview
    assert speaker_of(quotes, text, "its silence is striking") == "Volodymyr Zelensky"
    assert speaker_of(quotes, text, "pales in comparison") == "Lloyd Austin"  # the US defense secretary
    partial = next(q for q in quotes if q.text == "pales in comparison")
    assert partial.kind == "partial"


def test_seed_korea_daily_kirby(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    text, quotes = seed_quotes["003"]
    direct = [q for q in quotes if q.kind == "direct"]
    kirby = [q for q in direct if q.speaker is not None and q.speaker.name == "John Kirby"]
    assert len(kirby) >= 7
    for words in (
        "We assess that between early",
        "We assessed that these soldiers",  # he said
        "The soldiers then traveled onward",  # the second quote after "he said."
        "We do not yet know",
        "After completing training",
        "I can tell you one thing",  # He added
    ):
        assert speaker_of(quotes, text, words) == "John Kirby", words


def test_seed_rfa(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    text, quotes = seed_quotes["004"]
    assert speaker_of(quotes, text, "Today, I can confirm") == "Vedant Patel"
    assert speaker_of(quotes, text, "Some of the challenges") == "Vedant Patel"
    assert speaker_of(quotes, text, "The United States is consulting closely") == "Vedant Patel"  # he added
    assert speaker_of(quotes, text, "We need to raise the cost") == "Mark Rutte"  # said Rutte
    assert speaker_of(quotes, text, "We must recommit") == "Mark Rutte"  # the next paragraph
    assert speaker_of(quotes, text, "two independent sovereign states") == "Lin Jian"
    assert speaker_of(quotes, text, "making clear to China for some time") == "Matthew Miller"
    lin = next(q for q in quotes if "sovereign states" in q.text)
    assert lin.speaker is not None and "spokesperson" in lin.speaker.text


def test_seed_euromaidan(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    text, quotes = seed_quotes["000"]
    q = next(q for q in quotes if "good many of them" in q.text)
    assert q.speaker is not None and q.speaker.text == "one official" and q.speaker.name is None
    assert speaker_of(quotes, text, "Russia is demonstrating its willingness") == "Matt Brazil"
    assert speaker_of(quotes, text, "communicated with the PRC") == "Matthew Miller"


def test_seed_guardian(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    text, quotes = seed_quotes["002"]
    assert speaker_of(quotes, text, "One of the reasons that Russia") == "Antony Blinken"
    assert speaker_of(quotes, text, "meat grinder") == "Antony Blinken"
    assert speaker_of(quotes, text, "not within months, but within days") == "Volodymyr Zelenskyy"  # he said
    assert speaker_of(quotes, text, "testing the response of South Korea") == "Volodymyr Zelenskyy"
    assert speaker_of(quotes, text, "determine whether to expand") == "Volodymyr Zelenskyy"
    assert speaker_of(quotes, text, "co-belligerents") == "Lloyd Austin"
    partial = [q for q in quotes if q.text == "legitimate military target" and q.kind == "partial"]
    assert partial and partial[0].speaker is not None and partial[0].speaker.name == "Antony Blinken"
    indirect = next(q for q in quotes if q.kind == "indirect" and q.text.startswith("the US believed"))
    assert indirect.cue == "said" and indirect.speaker is not None and indirect.speaker.name == "Antony Blinken"


def test_seed_partial_quote_legitimate_targets(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    text, quotes = seed_quotes["001"]
    q = next(q for q in quotes if "legitimate military targets" in q.text)
    assert q.speaker is not None and q.speaker.name == "Antony Blinken"
    assert q.cue == "warned"


def test_seed_quotes_have_valid_offsets(seed_quotes) -> None:  # type: ignore[no-untyped-def]
    for text, quotes in seed_quotes.values():
        for q in quotes:
            assert text[q.start : q.end] == q.text
            assert q.kind in ("direct", "partial", "indirect")
            if q.speaker is not None and q.speaker.start is not None:
                assert text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_quoted_title_is_not_a_partial_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In April both kingdoms ratified the “Pact of Open Harbours”, diplomats said.\n"
    assert not [q for q in run(nlp, text) if q.kind == "partial"]


def test_inverted_indirect_report_from_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The death toll from the landslide stood at 64 by evening, the Red Crescent said in a statement.\n"
    q = find(run(nlp, text), "death toll")
    assert q.kind == "indirect" and q.cue == "said"
    assert q.text.startswith("The death toll") and q.text.endswith("64 by evening")
    assert q.speaker is not None and q.speaker.text == "the Red Crescent"


def test_quoted_as_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Captain Mia Holt was quoted as saying that her vessel held 300 passengers that night.\n"
    q = find(run(nlp, text), "300 passengers")
    assert q.speaker is not None and q.speaker.name == "Mia Holt"


def test_question_put_to_someone_is_not_their_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Asked if he believed the levee could last, surveyor Tom Reyes said the “answer is yes.”\n"
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.cue == "believed"]
    q = find(quotes, "answer is yes")
    assert q.speaker is not None and q.speaker.name == "Tom Reyes"


def test_curly_quote_closed_with_a_straight_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '“The shelters are full," Governor Ray Cole told a local station.\n'
    q = find(run(nlp, text), "shelters are full")
    assert q.text == "The shelters are full"
    assert q.speaker is not None and q.speaker.name == "Ray Cole"


def test_pronoun_does_not_reach_far_back(nlp) -> None:  # type: ignore[no-untyped-def]
    filler = "Water crept higher all day while one road after another was shut. " * 40
    text = f"Mayor Ines Duarte toured the gym used as a refuge.\n{filler}\n“Everything is in place,” he said.\n"
    q = find(run(nlp, text), "Everything is in place")
    assert q.speaker is not None and q.speaker.text == "he" and q.speaker.name is None


def test_pronoun_skips_a_person_of_the_other_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz, a spokeswoman for the harbour board, said the tanker was moored.\n"
        "Captain Mr. Olaf Berg said all sailors were unharmed.\n"
        "“All containers are accounted for,” she said.\n"
    )
    q = find(run(nlp, text), "containers are accounted")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


# --- attribution grammar beyond speech verbs (PolNeAR follow-up) ------------------------------


def test_transcript_speaker_labels(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Interview with the mayor of Riverton.\n"
        '"HOST: Good evening, Mayor, and welcome to the show.\n'
        '"OKAFOR: Thank you. By Friday the tap water is safe to drink again.\n'
        '"HOST: Are you sure about that?\n'
        '"OKAFOR: Our crews sampled each well across the district.\n'
    )
    quotes = run(nlp, text)
    q = find(quotes, "safe to drink")
    assert q.kind == "direct" and q.cue == ":" and q.text.startswith("Thank you.")
    assert q.speaker is not None and q.speaker.text == "OKAFOR" and q.speaker.name == "Okafor"
    host = find(quotes, "Are you sure")
    assert host.speaker is not None and host.speaker.text == "HOST" and host.speaker.name is None
    assert not [x for x in quotes if x.text.startswith("OKAFOR")]  # the label is not part of a quote


def test_label_that_names_no_speaker_is_not_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "UPDATE: Cars may use the viaduct again now that inspectors are done.\n"
    assert not [q for q in run(nlp, text) if q.cue == ":"]


def test_dash_signature_after_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Locals gave their opinions of the new reservoir.\n"
        "“It has ruined the fishing here, probably forever.” ― Maria Delgado\n"
        "“To me it was worth the money.” ― Tom Reyes.\n"
    )
    quotes = run(nlp, text)
    a = find(quotes, "ruined the fishing")
    b = find(quotes, "worth the money")
    assert a.speaker is not None and a.speaker.name == "Maria Delgado" and a.cue == "―"
    assert b.speaker is not None and b.speaker.text == "Tom Reyes"  # no full stop in the name


def test_lead_in_paragraph_introduces_the_next(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Lena Hart spoke after the vote.\n"
        "The governor added:\n"
        "Every house the water took will be rebuilt, whatever it costs us.\n"
    )
    q = find(run(nlp, text), "will be rebuilt")
    assert q.kind == "direct" and q.cue == "added"
    assert q.speaker is not None and q.speaker.name == "Lena Hart"


def test_stance_verb_with_an_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Paul Ames criticized the bureau for its sluggish handling of the wildfire.\n"
    q = find(run(nlp, text), "the bureau for its sluggish handling")
    assert q.kind == "indirect" and q.cue == "criticized"
    assert q.speaker is not None and q.speaker.name == "Paul Ames"


def test_passive_report_with_its_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The spill was initially reported by the Riverton Gazette.\n"
    q = find(run(nlp, text), "The spill")
    assert q.speaker is not None and q.speaker.text == "the Riverton Gazette"


def test_possessed_speech_noun_with_a_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ellen Park toured the works.\nPark's claim that the dyke was checked in April upset many voters.\n"
    q = find(run(nlp, text), "dyke was checked")
    assert q.cue == "claim" and q.speaker is not None and q.speaker.name == "Ellen Park"


def test_attribution_after_a_question_stays_with_its_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Delgado has a farm near the creek.\n“Why did nobody warn us?” Delgado asked.\n"
    q = find(run(nlp, text), "nobody warn us")
    assert q.cue == "asked" and q.speaker is not None and q.speaker.name == "Maria Delgado"


def test_it_takes_the_organisation_it_stands_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Friday the Interior Ministry reported 9 deaths. It said the toll could rise.\n"
    q = find(run(nlp, text), "toll could rise")
    assert q.speaker is not None and q.speaker.text == "It" and q.speaker.name == "Interior Ministry"


# --- attribution shapes of real pages (fictional sentences) ------------------------------------


def speaker_name(quotes: tuple[Quote, ...], words: str) -> str | None:
    q = find(quotes, words)
    return q.speaker.name if q.speaker is not None else None


def test_multi_paragraph_quote_takes_the_attribution_of_its_end(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Anselm Tier spoke first.\n"
        "“We have lost entire families.\n"
        "“In some hamlets nobody remains to dig the graves,” said Ivo Strand, a priest in Halvor.\n"
    )
    quotes = run(nlp, text)
    assert speaker_name(quotes, "lost entire families") == "Ivo Strand"
    assert find(quotes, "lost entire families").cue == "said"


def test_quote_opening_a_paragraph_takes_the_name_opening_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Erik Sandell said the storm was over.\n"
        "“The water came in within a few minutes.” Marta Lindqvist, head of the rescue service, said no siren sounded.\n"
    )
    assert speaker_name(run(nlp, text), "water came in") == "Marta Lindqvist"


def test_generic_role_held_by_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Environment Minister Piet Calder promised an inquiry.\n"
        "“We mean to learn what went wrong,” the minister told state television.\n"
    )
    assert speaker_name(run(nlp, text), "went wrong") == "Piet Calder"
    two = "Health Minister Ana Brell sat down with Environment Minister Piet Calder.\n“We agree,” the minister said.\n"
    assert speaker_name(run(nlp, two), "We agree") is None  # two ministers: no way to tell


def test_organisations_as_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Tuesday the Varnian Defence Ministry said in a statement that its brigades stood ready.\n"
        "“The mission continues on schedule,” the statement said.\n"
        "In a later note, the ministry said the units were to rotate in May.\n"
    )
    quotes = run(nlp, text)
    assert speaker_name(quotes, "mission continues") == "Varnian Defence Ministry"
    assert speaker_name(quotes, "units were to rotate") == "Varnian Defence Ministry"
    text = "The UN refugee agency, UNHCR, counted 8,500 people who had fled. “We expect many more,” it said.\n"
    assert speaker_name(run(nlp, text), "expect many more") == "UNHCR"


def test_headline_colon_credits(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Keld deployment “a serious mistake”: Varnian opposition leader\n"
        "Jon Faber, who leads the opposition, gave a speech in Orlen on Sunday.\n"
    )
    q = find(run(nlp, text), "serious mistake")
    assert q.cue == ":" and q.speaker is not None and q.speaker.name == "Jon Faber"
    text = "Advice from Edda Lorn: “Speak so that the room listens.”\nEdda Lorn addressed graduates in Keld.\n"
    assert speaker_name(run(nlp, text), "Speak so that") == "Edda Lorn"


def test_glued_attribution_and_wire_credit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“Our teams are still counting the losses,” Governor Benedek Sorr said in a video. "
        "“But the real toll may be higher than we fear,”he said.\n"
        "“It's 40 in Halvor alone”, said Mira Lasko, who speaks for the province, the Tarsk Herald reported.\n"
    )
    quotes = run(nlp, text)
    assert speaker_name(quotes, "higher than we fear") == "Benedek Sorr"
    assert speaker_name(quotes, "40 in Halvor") == "Mira Lasko"


def test_names_and_referents(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Citing Rafal Ostrander, deputy chief of the civil protection office, the state agency put the injured at 275.\n"
        "“Fresh reports come in every hour,” Ostrander told reporters.\n"
        "Aroldo Varen, governor of the eastern province, told regional radio that 18 people had died. "
        "The official said every death was inside his province.\n"
    )
    quotes = run(nlp, text)
    assert speaker_name(quotes, "reports come in every hour") == "Rafal Ostrander"
    assert speaker_name(quotes, "every death was") == "Aroldo Varen"


def test_a_belief_reported_by_someone_is_not_a_pronoun_referent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Premier Arvo Lindt said he believed Marek Sallo intended to mobilise more reservists.\n"
        "Asked when, he said: “My guess is that this will happen within days.”\n"
    )
    assert speaker_name(run(nlp, text), "within days") == "Arvo Lindt"


def test_intentions_and_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = run(nlp, "Ilse Varga wants to double the number of rangers.\n")
    q = find(quotes, "to double the number", kind="indirect")
    assert q.cue == "wants" and q.speaker is not None and q.speaker.name == "Ilse Varga"
    quotes = run(nlp, "Jon Faber ignored the warnings more than once, according to show insiders.\n")
    q = find(quotes, "ignored the warnings", kind="indirect")
    assert q.speaker is not None and q.speaker.text == "show insiders"
    assert not [q for q in run(nlp, "Divers recovered four more bodies by morning.\n") if q.kind == "indirect"]


def test_the_cue_above_a_quote_speaks_it_not_a_following_and_said(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = run(nlp, 'Iva Dorn said in an address, "The operations of our troops proved the might of the valiant army," '
                      'and said the war showed the courage of the soldiers, Varnpress said.')
    q = find(quotes, "The operations of our troops")
    assert q.speaker is not None and q.speaker.name == "Iva Dorn"


def test_no_quote_of_a_credit_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = run(nlp, '"Everyone who served is a hero," Dorn said according to Varnpress.')
    assert [(q.speaker.name if q.speaker else None, q.kind) for q in quotes] == [("Dorn", "direct")]
    assert run(nlp, "This was reported by Orlen Radio citing Norlandic spy agencies, writes Velk News.") == ()
    (q,) = run(nlp, "According to Orlen Radio, Dorn said the navy would expand.")
    assert q.speaker is not None and q.speaker.name == "Dorn"


def test_a_credit_of_this_information_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "This news was also reported by Kestria Daily.") == ()


def test_a_second_said_hung_on_the_quote_keeps_the_first_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = run(nlp, 'Iva Dorn said in an address, "The operations of our troops proved the might of the valiant army," '
                      'and said the "liberation of Orlen" showed the "courage of the soldiers," Varnpress said.')
    q = find(quotes, "liberation of Orlen", "partial")
    assert q.speaker is not None and q.speaker.name == "Iva Dorn"
