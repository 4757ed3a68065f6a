"""Who gives a figure, who relays it and how sure it is, in shapes real coverage uses (fictional text)."""

from __future__ import annotations

from tests.claims_helpers import claim_at, page_claims


def _src(text: str, words: str, n: int = 0) -> tuple[str | None, list[str], str]:
    art, claims = page_claims(text)
    c = claim_at(art, claims, words, n)
    return (c.source.name if c.source else None), [v.name or "" for v in c.via], c.modality


def test_according_to_reports_by_outlets_citing_someone() -> None:
    for text, words, who, relay in [
        ("According to reports by Velm Radio, citing local police, some 41 villagers died in the blaze.", "41", "police", "Velm Radio"),
        ("According to a report by the Orsk Herald, quoting hospital officials, at least 27 miners were hurt.", "27", "officials", "Orsk Herald"),
        ("According to a bulletin by Tarn News, citing army sources, 18 soldiers went missing near Dol.", "18", "sources", "Tarn News"),
    ]:
        src, via, _ = _src(text, words)
        assert src is not None and who in src, (text, src)
        assert via and relay.split()[0] in via[0], (text, via)  # (the tagger may keep only the outlet's first word)


def test_a_sentence_of_figures_takes_the_closing_speaker_of_the_next() -> None:
    for text, words, who in [
        ("At least 41 people died in the blaze at the depot. Another 95 were hurt and 12 are missing, the fire service said on Monday.",
         "41", "fire service"),
        ("Some 73 fishermen drowned off the cape. A further 30 boats sank, the coast guard reported.", "73", "coast guard"),
        ("Nine climbers were killed on the ridge. Two more were rescued alive, according to the park authority.", "Nine", "park authority"),
    ]:
        src, _, _ = _src(text, words)
        assert src is not None and who in src, (text, src)


def test_a_next_sentence_that_speaks_of_something_else_gives_nothing() -> None:
    for text, words in [
        ("About 60 people died in the storm. The mayor said the town would rebuild.", "60"),
        ("About 80 homes burned. Officials warned that 200 more could burn, the agency said.", "80"),
        ("Some 45 people died in the crash.\nThe driver had 12 years of service, his employer said.", "45"),
    ]:
        src, _, _ = _src(text, words)
        assert src is None, (text, src)


def test_the_figure_named_by_its_giver_in_the_next_sentence() -> None:
    for text, words, who in [
        ("The toll rose to 300 on Sunday. The figure was given by the civil defence agency.", "300", "civil defence agency"),
        ("Some 1,200 houses were destroyed. The number was provided by the provincial disaster office.", "1,200", "disaster office"),
        ("The death toll climbed to 58. This was announced by the regional governor.", "58", "governor"),
    ]:
        src, _, _ = _src(text, words)
        assert src is not None and who in src, (text, src)


def test_a_dateline_place_before_a_dash_does_not_hide_the_speaker() -> None:
    for text, words, who in [
        ("Reports from the south\n\nKORVA, Elland – Ruvia's military stated Sunday that 11 of its men had died during a raid.",
         "11", "military"),
        ("Border clash\n\nTALSK, Norvia — Norvia's defence ministry said on Friday that 7 of its soldiers died in shelling.",
         "7", "ministry"),
    ]:
        src, _, _ = _src(text, words)
        assert src is not None and who in src, (text, src)


def test_office_holders_closing_a_sentence_with_a_weak_verb() -> None:
    for text, words, who in [
        ("At least 140 people were killed in the floods, the governor added.", "140", "governor"),
        ("Another 35 remain missing, the mayor noted on Sunday.", "35", "mayor"),
        ("Some 22 bodies were recovered from the river, the county sheriff added.", "22", "sheriff"),
    ]:
        src, _, _ = _src(text, words)
        assert src is not None and who in src, (text, src)


def test_telling_an_outlet_makes_it_the_relay() -> None:
    for text, words, who, relay in [
        ("The army chief told state TV that 23 soldiers were wounded.", "23", "army chief", "state TV"),
        ("Some 14 villagers drowned, a district officer told a local radio station.", "14", "district officer", "radio station"),
        ("At least 30 died, the minister told the daily Velka Post.", "30", "minister", "Velka Post"),
    ]:
        src, via, _ = _src(text, words)
        assert src is not None and who in src, (text, src)
        assert via and relay in via[0], (text, via)
    src, via, _ = _src("The mayor told reporters that 9 houses collapsed.", "9")
    assert src == "mayor" and via == []


def test_figures_after_a_named_speakers_quotation() -> None:
    for text, words, who in [
        ("\"We are doing all we can,\" said Governor Pell Arden. \"The rescue goes on.\" Nineteen more bodies were recovered overnight.",
         "Nineteen", "Pell Arden"),
        ("\"It is a dark day,\" Colonel Ana Brisk said in Dorsk. \"We will not forget them.\" Another 42 soldiers were wounded.",
         "42", "Ana Brisk"),
    ]:
        src, _, _ = _src(text, words)
        assert src is not None and who in src, (text, src)


def test_a_one_sentence_paragraph_going_on_with_the_tally_before() -> None:
    text = ("The toll from the quake rose to 212, the disaster council said on Monday.\n\n"
            "Still missing are 14 people while 390 others are injured.\n\n"
            "The quake struck at dawn and 40 aftershocks followed.\n\n"
            "At a briefing, the agency said 61 of the dead were in Orv.\n\n"
            "Another 20 remain missing in the hills.")
    for words, who in [("14", "disaster council"), ("390", "disaster council"), ("20", "agency")]:
        src, _, _ = _src(text, words)
        assert src is not None and who in src, (words, src)
    src, _, _ = _src(text, "40")
    assert src is None
    src, _, _ = _src("The storm killed 48 people, the weather office said.\n\nThe region's worst flood drowned 5,100 people.", "5,100")
    assert src is None  # (what the writer recalls, not the office's tally)


def test_beliefs_warnings_and_confirmed_totals() -> None:
    text = ("The death toll is expected to climb sharply, rescuers warned on Monday as the search widened, with 64 people still missing. "
            "The confirmed toll stands at 22 with at least nine more bodies believed buried under the mud. "
            "Some 300 villagers are feared dead, and 40 more were thought trapped. "
            "The confirmed death toll rose to 31, with 12 people still unaccounted for. "
            "Officials warned that the toll could reach 500.")
    want = {"64": "reported", "22": "confirmed", "nine": "estimated", "300": "estimated", "40": "estimated",
            "31": "confirmed", "12": "reported", "500": "projected"}
    for words, modality in want.items():
        _, _, got = _src(text, words)
        assert got == modality, (words, got)
    for text, words in [
        ("Rescuers found 15 bodies, with 30 more feared buried in the rubble.", "30"),
        ("Guides found two hikers alive, with 25 others presumed dead on the glacier.", "25"),
    ]:
        _, _, got = _src(text, words)
        assert got == "estimated", (text, got)


def test_quoting_someone_before_the_outlet_that_reports() -> None:
    for text, words, who, relay in [
        ("Quoting Mara Dess, a police spokeswoman, the Norvik Times reported that 31 people were arrested.",
         "31", "Mara Dess", "Norvik Times"),
        ("Quoting Ivo Lamm, Radio Sel reported that 44 miners were trapped.", "44", "Ivo Lamm", "Radio Sel"),
    ]:
        src, via, _ = _src(text, words)
        assert src == who, (text, src)
        assert via and relay in via[0], (text, via)
    src, _, _ = _src("Citing Olek Varn, the regional governor, local radio said 12 people drowned.", "12")
    assert src == "Olek Varn"  # (never "Citing Olek Varn")


def test_forecasts_likelihoods_and_hedged_pasts() -> None:
    text = ("The toll is likely to rise above 1,000, officials said. Deaths are projected to reach 5,000 by June, the agency said. "
            "The number of displaced is forecast to top 20,000. The death toll is likely to climb past 450. "
            "The 12 deaths were likely caused by the blast. Some 30 soldiers were probably killed in the ambush. "
            "Rescuers warned that 40 people were killed in the slide. Officials warned that 60 more could die.")
    want = {"1,000": "expected", "5,000": "projected", "20,000": "projected", "450": "expected",
            "12": "estimated", "30": "estimated", "40": "reported", "60": "projected"}
    for words, modality in want.items():
        _, _, got = _src(text, words)
        assert got == modality, (words, got)


def test_a_closing_outlet_that_quotes_someone_as_saying() -> None:
    for text, words, who, relay in [
        ("At least 19 died, the Ostland news agency quoted a local official as saying.", "19", "official", "Ostland news agency"),
        ("Some 23 miners are trapped, state radio quoted the mine's director as saying on Monday.", "23", "director", "state radio"),
        ("The Vel Post quoted police as saying that 8 people were arrested.", "8", "police", "Vel Post"),
    ]:
        src, via, _ = _src(text, words)
        assert src is not None and who in src, (text, src)
        assert via and relay in via[0], (text, via)


def test_the_body_or_outlet_behind_figures_data_and_reports() -> None:
    for text, words, who in [
        ("MoD figures show that in all 172 servicemen died on the mission.", "172", "MoD"),
        ("Army data show that 20 soldiers died in the month.", "20", "Army"),
        ("\"Over 210 people are still stuck,\" the state television report said.", "210", "state television"),
        ("The state radio report said 14 people drowned.", "14", "state radio"),
    ]:
        src, _, _ = _src(text, words)
        assert src == who, (text, src)


def test_it_and_they_are_never_one_named_person() -> None:
    text = ("The governor of Pell, Tomas Ure, said relief was coming. Some 300 homes were lost, he added.\n\n"
            "They said 19 people died, according to the council.\n\n"
            "The Red Cross said 40 were hurt. It said 12 more were missing.")
    for words, who in [("300", "Tomas Ure"), ("19", "council"), ("12", "Red Cross")]:
        src, _, _ = _src(text, words)
        assert src == who, (words, src)


def test_the_figures_after_a_sentence_that_says_who_gave_them() -> None:
    text = ("The civil defence agency gave an update on Monday. The toll rose to 300.\n\n"
            "Speaking to reporters, Governor Ana Vell gave the latest figures. At least 58 people were killed and 200 injured.\n\n"
            "The health ministry held a news conference on Friday. Some 41 patients were in intensive care.\n\n"
            "The rescue teams gave up the search at dusk. The toll stood at 77.")
    for words, who in [("300", "civil defence agency"), ("58", "Ana Vell"), ("200", "Ana Vell"), ("41", "health ministry")]:
        src, _, _ = _src(text, words)
        assert src == who, (words, src)
    src, _, _ = _src(text, "77")
    assert src is None  # (giving up a search gives no figure)
