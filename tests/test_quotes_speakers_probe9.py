"""Who speaks a quote in reports on troop losses and disaster tolls (ninth probe round: captions
between a speaker's quotes, curly single quote marks, a name closing a list of roles, "the camp"
for a place described before, terms set off in quotes). All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes_helpers import find_quote as _find
from tests.quotes_helpers import speaker_name as _who
from tests.quotes_helpers import text_quotes as _quotes


# --- a caption between two quotes of one speaker --------------------------------------------------


@pytest.mark.parametrize("caption", [
    "A shopkeeper aims a shotgun to warn away looters near his stall in the port town of Belvane, Oster district, on March 4.",
    "An aerial view shows flattened houses along the coast of Marrow Bay in the district of Kell.",
    "A fisherman seeks shelter to wait out the rain beside the harbour wall in Dunmore on Friday.",
    "Two boys wade through brown water in the lower town of Pellis, Varn province, on Sunday.",
])
def test_a_caption_between_two_quotes_keeps_the_speaker(nlp: Any, caption: str) -> None:
    text = (
        "The storm flattened whole streets across the coast.\n\n"
        '"We have not seen damage like this in a generation," said Orla Mbeki, who leads the relief '
        "mission of the Velmar Red Crescent, after touring the harbour.\n\n"
        f"{caption}\n\n"
        '"Boats are lying on the roofs and the roads have simply gone into the sea."\n\n'
        "The provincial government said 212 people were confirmed dead.\n")
    quotes = _quotes(nlp, text)
    assert _who(_find(quotes, "Boats are lying on the roofs")) == "Orla Mbeki"
    # a caption says what a picture shows, and a man aiming a gun says nothing
    assert not any(q.speaker is not None and q.speaker.text.lower().startswith(("an aerial", "a shopkeeper", "a fisherman"))
                   for q in quotes)


def test_a_caption_does_not_carry_a_short_line_without_a_sentence(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        '"Nothing is left of the old market," Mayor Tomas Greil said on Tuesday.\n\n'
        "A woman carries her child across a flooded street in Ostrava Nova on Monday.\n\n"
        '"Help"\n'))
    assert _who(_find(quotes, "Nothing is left of the old market")) == "Tomas Greil"
    assert not any(q.text == "Help" and q.speaker is not None for q in quotes)


@pytest.mark.parametrize("verb", ["warned off", "called off", "waved away"])
def test_a_verb_with_away_or_off_reports_nothing(nlp: Any, verb: str) -> None:
    quotes = _quotes(nlp, f"The police {verb} the crowd gathering at the collapsed bridge in Tarn on Sunday evening.\n")
    assert not any(q.cue and q.cue.split()[0] in verb for q in quotes), [(q.cue, q.text) for q in quotes]


def test_a_picture_shows_but_a_report_still_shows_a_finding(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Satellite footage shows burned villages along the river.\n\n"
        "A report by the Kessel Institute shows that 40 soldiers died in the first month of the deployment.\n"))
    assert not any("burned villages" in q.text for q in quotes)
    assert any("40 soldiers died" in q.text for q in quotes)


# --- curly single quote marks as the page's own ----------------------------------------------------


@pytest.mark.parametrize("intro", ["He added,", "She went on:", "The commander added,"])
def test_a_long_quote_in_curly_single_marks_is_a_direct_quote(nlp: Any, intro: str) -> None:
    text = (
        "“Our soldiers are serving in one of the hardest places on earth,” said Brigadier Anwen Falk, the "
        "commander of the Tessaly contingent of the mission, in a statement on Friday.\n\n"
        f"{intro} ‘Every ambush on our patrols is an attack on the peace this mission was sent to keep. "
        "The families of the fallen deserve answers, and the workers’ unions deserve them too, whatever the "
        "cost of finding them, and we will not rest until those answers are given.’\n")
    quotes = _quotes(nlp, text)
    q = _find(quotes, "Every ambush on our patrols")
    assert q.kind == "direct"
    assert q.text.endswith("answers are given.")
    assert _who(q) == "Anwen Falk"


def test_short_curly_single_quotes_stay_nested_terms(nlp: Any) -> None:
    quotes = _quotes(nlp, "The mission, known as ‘Operation Larch’, lost nine soldiers in its first year, the ministry said.\n")
    assert not any(q.kind == "direct" and "Operation Larch" in q.text for q in quotes)


# --- a name closing a list of roles ---------------------------------------------------------------


@pytest.mark.parametrize("subject, name", [
    ("The head of the mission and the special envoy of the Secretary-General for Dorvia, Ilo-Mar Dessa,", "Ilo-Mar Dessa"),
    ("The force commander and acting head of the observer team in Kessaly, Piet van Orsen,", "Piet van Orsen"),
    ("The regional governor and chair of the flood committee for Lower Brenn, Anca Moldovu,", "Anca Moldovu"),
])
def test_a_name_closing_a_list_of_roles_is_the_speaker(nlp: Any, subject: str, name: str) -> None:
    quotes = _quotes(nlp, (
        "Four peacekeepers were killed when their convoy struck a mine near Ardo on Sunday.\n\n"
        f'{subject} strongly condemned the attack and called it "a grievous loss for every family '
        'that sent its sons to serve here."\n'))
    q = _find(quotes, "a grievous loss for every family")
    assert name.split()[-1] in _who(q)


# --- "the camp", "the hostel": a place described before -------------------------------------------


@pytest.mark.parametrize("intro, noun", [
    ("Among the worst-hit sites was Camp Orrin, a scouts’ summer camp on the river,", "camp"),
    ("The hardest hit was Halden Lodge, a mountain hostel above the village,", "hostel"),
    ("Most of the dead were found at St Ives Priory, a care home for the elderly,", "home"),
])
def test_the_noun_stands_for_the_place_described_before(nlp: Any, intro: str, noun: str) -> None:
    name = intro.split(" was ")[-1].split(" were found at ")[-1].split(",")[0]
    quotes = _quotes(nlp, (
        f"{intro} which confirmed on Tuesday that eleven people had died there.\n\n"
        f"“Our hearts are with every family that has lost someone tonight,” the {noun} said in a statement.\n"))
    assert _who(_find(quotes, "Our hearts are with every family")) == name


# --- a term set off in quote marks ------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    'The record toll of at least 640 soldiers killed this year shows the high price of the army\'s "surge", begun in May.',
    'The rise in deaths underscores the cost of the new "offensive" launched across the valley.',
    'The growing number of funerals reflects the strain of the long "rotation" that began last winter.',
])
def test_a_term_in_quote_marks_after_a_thing_is_no_quote(nlp: Any, sentence: str) -> None:
    quotes = _quotes(nlp, sentence + "\n")
    assert not any(q.kind == "partial" for q in quotes), [(q.kind, q.text) for q in quotes]


def test_a_person_calling_it_a_word_is_still_a_partial_quote(nlp: Any) -> None:
    quotes = _quotes(nlp, 'Defence Minister Ruth Okafor called the ambush "cowardly" on Sunday.\n')
    assert _who(_find(quotes, "cowardly")) == "Ruth Okafor"


# --- a name with an age in apposition is a person's ----------------------------------------------


@pytest.mark.parametrize("name, pronoun", [
    ("Ana Lusa Merrow", "she"),
    ("Teodor Kalvane", "he"),
    ("Ines Maro Quillard", "she"),
])
def test_a_name_with_an_age_is_the_person_a_pronoun_stands_for(nlp: Any, name: str, pronoun: str) -> None:
    quotes = _quotes(nlp, (
        '"Half of the hamlet went down the hill with the mud," said Rosa Delgarde Pim, a 41-year-old baker, at '
        "a school that now shelters the homeless.\n\n"
        f"{name}, 16, was feeding the goats when the slope gave way above the houses.\n\n"
        f'"We ran to the road and did not look back," {pronoun} said. "The chapel and the well are gone."\n'))
    assert _who(_find(quotes, "We ran to the road")) == name
    assert _who(_find(quotes, "The chapel and the well")) == name


# --- someone heard or seen saying it -------------------------------------------------------------


@pytest.mark.parametrize("who, verb", [
    ("a man", "is heard saying"),
    ("a rescuer", "can be heard telling"),
    ("an old woman", "was filmed saying"),
])
def test_someone_heard_saying_it_speaks(nlp: Any, who: str, verb: str) -> None:
    quotes = _quotes(nlp, f"“Everything is under the water, everything,” {who} {verb} in a clip shared by the county office.\n")
    q = _find(quotes, "Everything is under the water")
    assert q.speaker is not None and q.speaker.text.lower() == who


# --- the foreign policy chief, the head of state -------------------------------------------------


@pytest.mark.parametrize("role, later", [
    ("Foreign Minister Ravi Sundaram", "the Dorvian foreign policy chief noted"),
    ("Foreign Minister Ravi Sundaram", "the foreign affairs chief added"),
    ("President Ravi Sundaram", "the head of state said"),
])
def test_a_role_named_in_other_words_is_the_person_holding_it(nlp: Any, role: str, later: str) -> None:
    quotes = _quotes(nlp, (
        f"Ninety-one peacekeepers have died in three years, {role} told a meeting of the Security Council.\n\n"
        '"Our peacekeepers are asked to hold ground that no one else will hold. They deserve better '
        f'protection from this council," {later}.\n'))
    assert _who(_find(quotes, "Our peacekeepers are asked")) == "Ravi Sundaram"


def test_a_title_in_single_quotes_is_no_quote(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The minister spoke at the first meeting of the ‘Friends of Resolution 4410: Justice for Attacks against "
        "Monitors’ in Geneva, officials said.\n"))
    assert not any("Friends of Resolution" in q.text and q.kind in ("direct", "partial") for q in quotes)


@pytest.mark.parametrize("sentence, word", [
    ('The mayor has been called a "butcher" by fellow councillors.', "butcher"),
    ('Several lawmakers of the opposition called the contract a "scandal" on Monday.', "scandal"),
    ('One questioner of the panel claimed "negligence" in the rescue.', "negligence"),
])
def test_a_word_people_used_stays_a_partial_quote(nlp: Any, sentence: str, word: str) -> None:
    quotes = _quotes(nlp, sentence + "\n")
    assert any(q.kind == "partial" and q.text == word for q in quotes), [(q.kind, q.text) for q in quotes]


# --- "the minister" for the one minister of a named ministry --------------------------------------


@pytest.mark.parametrize("minister, other", [
    ("Defence Minister Piotr Lenz", "Colonel Ruth Adeyemi"),
    ("Foreign Minister Hal Mbatha", "Governor Ines Rado"),
    ("Defense Minister Karel Dvorsky", "Mayor Ilse Varga"),
])
def test_the_minister_is_the_one_minister_named(nlp: Any, minister: str, other: str) -> None:
    quotes = _quotes(nlp, (
        f"{minister} visited the base at Marra on Thursday and met {other}.\n\n"
        "Asked about the ambush in which eleven soldiers died, the minister said: "
        '"Mistakes were made, and we will name them."\n'))
    assert _who(_find(quotes, "Mistakes were made")) == " ".join(minister.split()[2:])


# --- a dateline of several capital words before a colon --------------------------------------------


@pytest.mark.parametrize("dateline, subject", [
    ("SAINT-PIERRE DE LA MER", "Local authorities said Sunday"),
    ("PORT ELLIS ON SEA", "Officials told reporters on Monday"),
    ("NEW KASSEL", "The regional governor said"),
])
def test_a_dateline_in_capitals_before_a_report_is_no_speaker(nlp: Any, dateline: str, subject: str) -> None:
    quotes = _quotes(nlp, (
        "Storm toll rises on the islands\n\n"
        f'{dateline}: {subject} that the toll from the storm was "well over a hundred" and would rise.\n'))
    q = _find(quotes, "well over a hundred")
    assert q.speaker is not None and dateline not in q.speaker.text
    assert not any(q.speaker is not None and q.speaker.text == dateline for q in quotes)


# --- "it said" after the quote: the body named before, not a subject inside what it reported ------


@pytest.mark.parametrize("body, inner", [
    ("The United Nations refugee office", "Rohingya living in the camps had been killed"),
    ("The regional health agency", "patients moved from the clinic had died"),
    ("The Marra district council", "families sheltering in the school had fallen ill"),
])
def test_it_after_a_quote_is_the_body_that_reported(nlp: Any, body: str, inner: str) -> None:
    quotes = _quotes(nlp, (
        f"{body} said it was looking into reports that {inner}.\n\n"
        '"We are deeply troubled by these reports from the shelters," it said in a statement.\n'))
    q = _find(quotes, "deeply troubled by these reports")
    assert q.speaker is not None and q.speaker.name is not None
    assert body.split()[-1] in q.speaker.name


# --- a titled name the tagger missed holds the title as a role ------------------------------------


@pytest.mark.parametrize("titled, later", [
    ("Mayor Tibor Hass of Tesh", "the mayor"),
    ("Governor Ondine Parr of the Kell region", "the governor"),
    ("Sheriff Amos Kettering of Lower Vale county", "the sheriff"),
])
def test_the_role_later_is_the_titled_name_before(nlp: Any, titled: str, later: str) -> None:
    quotes = _quotes(nlp, (
        f"{titled} said 40 buildings had fallen in the town alone. "
        f"“Our town has become a graveyard,” {later} said.\n"))
    assert _who(_find(quotes, "Our town has become a graveyard")) == " ".join(titled.split()[1:3])


# --- a name after "Among them was" is the one "she" stands for -----------------------------------


@pytest.mark.parametrize("mother, place", [
    ("Hana Becic", "Among them was"),
    ("Lucia Moreno Vidal", "Among the mourners was"),
    ("Maria Santos", "Among those waiting at the gate was"),
])
def test_a_name_after_among_them_was_is_the_referent(nlp: Any, mother: str, place: str) -> None:
    quotes = _quotes(nlp, (
        '"We will bring every one of them home," Colonel Piet Dorrell told the families on Thursday.\n\n'
        f"{place} {mother}, whose son was among the eleven dead.\n\n"
        '"He called me on Sunday and said he would be home for the harvest," she said.\n'))
    assert _who(_find(quotes, "He called me on Sunday")) == mother


# --- what a description of the speaker reports does not take the speaker's place -------------------


@pytest.mark.parametrize("description", [
    "a 63-year-old widow who asked that her family name not be used",
    "a fisherman who said he had lost two boats",
    "a nurse who told reporters she had not slept in two days",
])
def test_a_report_inside_the_speakers_description_does_not_speak_the_next_quote(nlp: Any, description: str) -> None:
    quotes = _quotes(nlp, (
        f'"I held on to a fence post for six hours," said Ruta Kemeny, {description}. '
        '"When the boat came, I could not feel my hands."\n'))
    assert _who(_find(quotes, "When the boat came")) == "Ruta Kemeny"
