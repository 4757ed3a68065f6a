"""Who speaks a quote, in constructions of reports on troop losses and disaster tolls (fifth probe
round; all text here is invented)."""

from __future__ import annotations

from typing import Any

from dossier.model import Article, Quote
from dossier.settings import Settings
from tests.quotes_helpers import find_quote as _find
from tests.quotes_helpers import speaker_name as _who
from tests.quotes_helpers import text_quotes as _quotes



def _page_quotes(text: str) -> tuple[Any, list[Quote]]:
    from dossier.ingest.clean import clean_article
    from dossier.model import RawArticle
    from dossier.pipeline import analyze_batch

    settings = Settings(progress="never", min_words=5)
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=settings)
    assert isinstance(art, Article)
    return art, list(analyze_batch([art], settings=settings)[0].quotes)




def test_initials_are_a_name_and_a_place_inside_the_apposition_is_not(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        '"The number of dead could climb once teams get to the hamlets," R.T. Mendaswamy, head of Ostravia\'s flood '
        "warning office, told journalists in Senn.\n\n"
        "“We can confirm 23 people have died,” Borlo, the headman of Kel Ta village told journalists.\n"))
    assert _who(_find(quotes, "could climb once teams")) == "R.T. Mendaswamy"
    assert _who(_find(quotes, "23 people have died")) == "Borlo"


def test_a_dateline_in_capitals_is_no_speaker_and_the_toll_is_the_officials(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "MARDENA: The death toll from the heaviest monsoon rains in forty years in northern Ostravia climbed to "
        "at least 209 people Sunday, officials said, as rescuers widened their search.\n"))
    q = _find(quotes, "climbed to at least 209")
    assert q.text.startswith("The death toll"), q.text
    assert q.speaker is not None and q.speaker.text == "officials", q.speaker
    assert not [x for x in quotes if x.speaker is not None and (x.speaker.name or "").lower() == "mardena"]


def test_a_dateline_cut_by_a_bar_keeps_the_number_opening_the_report(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Senn | Eleven Norland soldiers were killed on Sunday when insurgents attacked a convoy in the east, "
        "two military sources said on Tuesday.\n"))
    q = _find(quotes, "soldiers were killed")
    assert q.text.startswith("Eleven"), q.text
    assert "military sources" in _who(q)


def test_a_role_then_the_name_in_apposition(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The permanent secretary at Norland’s Ministry of Defence, Kimani Orrel, said he was "
        "“devastated by the news.”\n"))
    assert _who(_find(quotes, "devastated")) == "Kimani Orrel"


def test_a_statement_posted_by_a_body_is_the_bodys(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "During a night patrol, “the unit was ambushed by what appeared to be armed bandits,” according to a "
        "statement released on social media by Norland’s national police service. “One constable was hit by "
        "bullets and taken to a clinic.”\n"))
    assert "police service" in _who(_find(quotes, "was ambushed"))
    assert "police service" in _who(_find(quotes, "hit by bullets"))


def test_he_after_an_unnamed_officer_is_that_officer_and_anonymity_is_no_quote(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "“Three of our men and one local volunteer died in the clashes,” an army officer said.\n\n"
        "“The attackers arrived in droves,” added the officer, who asked not to be named because he was not "
        "authorised to speak.\n\n"
        "A number of troops were also wounded and two pickups were seized by the attackers, he said.\n"))
    assert "officer" in _who(_find(quotes, "troops were also wounded"))
    assert not [q for q in quotes if q.text.startswith("not to be named")], [q.text for q in quotes]


def test_quoted_as_saying_reports_the_clause_before_it(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The explosive had been hidden by the insurgents, military spokesman Colonel Oskar Brenn was quoted as saying.\n\n"
        "He called the attack a “desperate gamble”.\n"))
    assert _who(_find(quotes, "hidden by the insurgents")) == "Oskar Brenn"
    assert _who(_find(quotes, "desperate gamble")) == "Oskar Brenn"


def test_he_opening_the_page_is_the_person_the_headline_names() -> None:
    art, quotes = _page_quotes(
        "Minister Dessel says constable died on mission, a second unaccounted for\n\n"
        '"You cannot keep such a thing secret, since these men have wives and children at home," he said.\n\n'
        "Security Minister Pavol Dessel spoke during a radio interview in Senn.\n\n"
        '"Sadly, we have lost one constable," he said.\n')
    q = next(q for q in quotes if "keep such a thing secret" in art.text[q.start : q.end])
    assert q.speaker is not None and q.speaker.name == "Pavol Dessel", q.speaker


def test_in_a_statement_the_body_speaks_the_next_paragraph(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The police chief toured the base on Wednesday.\n\n"
        "In a statement, the Transitional Council sent its sympathy to the relatives of the dead constable.\n\n"
        "“The Transitional Council mourns the loss of the constable in Dorn. Such men gave everything "
        "for their country.”\n"))
    assert "Transitional Council" in _who(_find(quotes, "mourns the loss"))


def test_a_first_person_quote_after_a_line_of_narration_keeps_the_speaker(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        '"Our armoured carriers came under anti-tank fire," Lieutenant General Hale Rennick said.\n\n'
        "One soldier died when a rocket struck the carrier he was riding in.\n\n"
        '"We had three killed and five injured when the first shots hit our column."\n'))
    assert _who(_find(quotes, "We had three killed")) == "Hale Rennick"


def test_a_title_used_again_alone_is_the_person_it_named(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Inspector General of Police Marek Tollan toured the base on Wednesday.\n\n"
        "“We are still looking for the constable who is missing,” the Inspector General of Police said.\n"))
    assert _who(_find(quotes, "still looking for")) == "Marek Tollan"


def test_the_un_chief_and_the_sized_council(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        'The UN Security Council on Friday "condemned in the strongest terms" the attack. The 15-member council urged '
        'the authorities to "cooperate with every party concerned so that those responsible face trial."\n\n'
        'UN leader Mira Castell said she was "appalled" by the deaths.\n\n'
        '"I grieve with the families of these courageous peacekeepers," the UN chief said.\n'))
    assert _who(_find(quotes, "cooperate with every party")) == "UN Security Council"
    assert _who(_find(quotes, "I grieve with")) == "Mira Castell"


def test_according_to_an_outlet_then_the_spokesman_said(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "According to Kord Radio, the blue helmets belonged to a convoy that was hit by a roadside mine close to "
        "their camp in Brel, UN spokesman Tavi Marsh said.\n"))
    assert _who(_find(quotes, "belonged to a convoy")) == "Tavi Marsh"


def test_a_quote_opened_by_noting_that_is_the_noters(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Secretary-General Mira Castell urged officials to track down those responsible, noting that "
        "“assaults on peacekeepers can amount to war crimes,” spokesman Tavi Marsh said.\n"))
    assert _who(_find(quotes, "assaults on peacekeepers")) == "Mira Castell"


def test_the_reported_clauses_subject_parsed_onto_the_verb_does_not_speak(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "In a statement shared online on Sunday, army spokesperson Kemi Adaro, a major, said the soldiers "
        "of the 31 Task Force Battalion, led by the battalion commander, T Bello, came under “fierce and "
        "unexpected rebel fire” as they headed back from a routine patrol.\n"))
    assert _who(_find(quotes, "fierce and unexpected")) == "Kemi Adaro"


def test_the_army_statement_is_the_armys(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The Norland Army has confirmed that three soldiers died in a roadside attack.\n\n"
        "The army's spokesperson, Kemi Adaro, said the unit was on its way back from patrol.\n\n"
        "According to the army statement, the soldiers “bravely repelled the attack,” driving "
        "the gunmen off.\n"))
    assert _who(_find(quotes, "bravely repelled")) == "Norland Army"


def test_a_line_cut_mid_sentence_runs_on(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        '"The unit was answering a call for help," said Dr Piet Marr.\n\n'
        '"The whole government and all the citizens of\n\n'
        'Norland stand with the unit today."\n\n'
        '"The job the\n\n'
        'unit does in this area carries real risk," he said.\n'))
    q = _find(quotes, "Norland stand with the unit")
    assert q.kind == "direct" and _who(q) == "Piet Marr", q
    assert _find(quotes, "unit does in this area").text.startswith("The job the")


def test_clarified_is_a_cue(nlp: Any) -> None:
    quotes = _quotes(nlp, "The Defence Ministry has clarified that a single soldier lost his life on the foreign mission.\n")
    assert _who(_find(quotes, "a single soldier")) == "Defence Ministry"


def test_linking_keeps_the_fullest_name_the_article_gave() -> None:
    """A speaker named in full keeps that name when linked: the entity named exactly so wins over one
    whose mention only overlaps the words ("Lt Gen Rennick" read as "Gen Rennick"), and a surname-only entity
    never cuts the name down."""
    from dossier.extract.entities import build_entities, extract_local_entities
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes as quotes_of

    text = ("Chief of Defence Force Lieutenant General Hale Rennick told reporters on Monday that three soldiers had died.\n\n"
            '"Our armoured carriers came under anti-tank fire," Lt Gen Rennick said.\n\n'
            "The explosive had been hidden by the insurgents, military spokesman Colonel Oskar Brenn was quoted as saying.\n")
    settings = Settings()
    art = Article(id="a", source="a.txt", text=text)
    doc = load_model()(text)
    local = extract_local_entities(art, doc, settings=settings)
    _, linker = build_entities([art], local, settings=settings)
    quotes = quotes_of(art, doc, time_expressions=(), local_entities=local, settings=settings)
    linked = {q.text[:20]: linker.link(q.speaker, "a") for q in quotes}
    fire = next(v for k, v in linked.items() if k.startswith("Our armoured"))
    planted = next(v for k, v in linked.items() if k.startswith("The explosive"))
    assert fire is not None and fire.name == "Hale Rennick", fire
    assert planted is not None and planted.name == "Oskar Brenn", planted


def test_a_quoted_fragment_that_opens_with_the_cue(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        'The Security Council quickly "condemned in the strongest terms" the lethal attack on the patrol.\n\n'
        "According to the statement, the Army Chief of Staff, Tunde Ashiru, a lieutenant general, praised the "
        "“rare courage, endurance and selflessness” of the soldiers.\n"))
    assert _who(_find(quotes, "condemned in the strongest terms")) == "Security Council"
    assert _who(_find(quotes, "rare courage")) == "Tunde Ashiru"


def test_force_and_a_passive_ask_are_no_quotes(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Insurgents have in the past stormed army posts and attacked troops and travellers on the main road.\n\n"
        "The gunmen took cover in a warehouse and the troops were asked to fire on the warehouse and clear the area.\n"))
    assert not [q for q in quotes if "travellers" in q.text or "fire on the warehouse" in q.text], \
        [(q.text, q.speaker) for q in quotes]
