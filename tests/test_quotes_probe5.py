"""Quote speakers in shapes read on real pages of deployments with their losses and disaster tolls
(the fifth probe round; every text here is fictional)."""

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
        '"The toll may go up as we reach the villages," K.L. Varnaswamy, secretary of Ostravia\'s disaster '
        "monitoring agency, told reporters in Velm.\n\n"
        "“We can confirm there are 17 deaths,” Tarlo, the administrator of Vel Ma village told reporters.\n"))
    assert _who(_find(quotes, "The toll may go up")) == "K.L. Varnaswamy"
    assert _who(_find(quotes, "17 deaths")) == "Tarlo"


def test_a_dateline_in_capitals_is_no_speaker_and_the_toll_is_the_officials(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "VELKANDRA: The death toll from the worst floods in decades in southern Ostravia rose to at least 172 "
        "people Saturday, officials said, as authorities stepped up rescue efforts.\n"))
    q = _find(quotes, "rose to at least 172")
    assert q.text.startswith("The death toll"), q.text
    assert q.speaker is not None and q.speaker.text == "officials", q.speaker
    assert not [x for x in quotes if x.speaker is not None and (x.speaker.name or "").lower() == "velkandra"]


def test_a_dateline_cut_by_a_bar_keeps_the_number_opening_the_report(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Orsk | Thirteen Norland soldiers were killed on Saturday in an ambush by rebels in the north, "
        "two military sources told reporters on Monday.\n"))
    q = _find(quotes, "soldiers were killed")
    assert q.text.startswith("Thirteen"), q.text
    assert "military sources" in _who(q)


def test_a_role_then_the_name_in_apposition(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The principal secretary in Norland’s Ministry of Foreign Affairs, Korir Tallend, said he was "
        "“heartbroken by the loss.”\n"))
    assert _who(_find(quotes, "heartbroken")) == "Korir Tallend"


def test_a_statement_posted_by_a_body_is_the_bodys(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "While on patrol, “the security team came under fire from suspected gang members,” according to a "
        "statement posted on social media by Norland’s national police service. “The officer sustained gunshot "
        "wounds and was rushed to hospital.”\n"))
    assert "police service" in _who(_find(quotes, "came under fire"))
    assert "police service" in _who(_find(quotes, "gunshot wounds"))


def test_he_after_an_unnamed_officer_is_that_officer_and_anonymity_is_no_quote(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "“We lost four soldiers and a member of the militia in the fighting,” a military officer said.\n\n"
        "“The rebels came in large numbers,” added the officer who asked not to be identified for fear of sanction.\n\n"
        "Several troops were also injured and four trucks were lost to the rebels, he said.\n"))
    assert "officer" in _who(_find(quotes, "Several troops were also injured"))
    assert not [q for q in quotes if q.text.startswith("not to be identified")], [q.text for q in quotes]


def test_quoted_as_saying_reports_the_clause_before_it(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The device had been planted by the rebels, army spokesman Colonel Ivo Tamsin was quoted as saying.\n\n"
        "He called the blast a “tactical boomerang”.\n"))
    assert _who(_find(quotes, "planted by the rebels")) == "Ivo Tamsin"
    assert _who(_find(quotes, "tactical boomerang")) == "Ivo Tamsin"


def test_he_opening_the_page_is_the_person_the_headline_names() -> None:
    art, quotes = _page_quotes(
        "Minister Orvalo confirms officer killed abroad, another missing\n\n"
        '"Even if you want to hide it, it is impossible because the officers have families back home," he said.\n\n'
        "Interior Minister Jarek Orvalo made the announcement during an interview in Velm.\n\n"
        '"We know we lost an officer, unfortunately," he said.\n')
    q = next(q for q in quotes if "hide it" in art.text[q.start : q.end])
    assert q.speaker is not None and q.speaker.name == "Jarek Orvalo", q.speaker


def test_in_a_statement_the_body_speaks_the_next_paragraph(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The Inspector General visited the station on Tuesday.\n\n"
        "In a statement, the Transitional Council extended its condolences to the family of the officer.\n\n"
        "“The Transitional Council deplores the death of the officer in Savel. These officers made the "
        "ultimate sacrifice.”\n"))
    assert "Transitional Council" in _who(_find(quotes, "deplores the death"))


def test_a_first_person_quote_after_a_line_of_narration_keeps_the_speaker(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        '"Some anti-tank fire was put onto our armoured vehicles," Lieutenant General Arno Velt said.\n\n'
        "One of the men was killed after a rocket hit the vehicle he was in.\n\n"
        '"We suffered two dead and six wounded in the first burst of fire on our forces."\n'))
    assert _who(_find(quotes, "We suffered two dead")) == "Arno Velt"


def test_a_title_used_again_alone_is_the_person_it_named(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Inspector General of Police Daran Oskel visited the station on Tuesday.\n\n"
        "“The search is still on for the missing officer,” the Inspector General of Police said.\n"))
    assert _who(_find(quotes, "The search is still on")) == "Daran Oskel"


def test_the_un_chief_and_the_sized_council(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        'The UN Security Council "condemned in the strongest terms" the ambush. The 15-member council called on '
        'the government to "work with all relevant parties to bring the perpetrators to justice."\n\n'
        'UN leader Tomas Everly said he was "outraged" by the killings.\n\n'
        '"My thoughts are with these brave peacekeepers," the UN chief said.\n'))
    assert _who(_find(quotes, "work with all relevant parties")) == "UN Security Council"
    assert _who(_find(quotes, "My thoughts are with")) == "Tomas Everly"


def test_according_to_an_outlet_then_the_spokesman_said(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "According to Varn News, the peacekeepers were part of a patrol that was targeted by a bomb near "
        "their base in Tessa, UN spokesman Pell Darrow said.\n"))
    assert _who(_find(quotes, "part of a patrol")) == "Pell Darrow"


def test_a_quote_opened_by_noting_that_is_the_noters(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Secretary-General Anna Lisk called on the authorities to find the perpetrators, noting that "
        "“attacks targeting peacekeepers may constitute war crimes,” spokesman Pell Darrow said.\n"))
    assert _who(_find(quotes, "attacks targeting peacekeepers")) == "Anna Lisk"


def test_the_reported_clauses_subject_parsed_onto_the_verb_does_not_speak(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "In a social media statement issued on Saturday, army spokesperson Dela Moru, a lieutenant colonel, said the "
        "troops of the 25 Task Force Brigade, led by the brigade commander, M Oru, came under “sudden and heavy "
        "insurgents fire” while returning from a routine patrol.\n"))
    assert _who(_find(quotes, "sudden and heavy")) == "Dela Moru"


def test_the_army_statement_is_the_armys(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The Norland Army has confirmed that two soldiers were killed in an ambush.\n\n"
        "Army spokesperson Dela Moru said the troops were returning from a patrol.\n\n"
        "According to the army statement, the troops “courageously fought through the ambush,” forcing the "
        "attackers to withdraw.\n"))
    assert _who(_find(quotes, "courageously fought")) == "Norland Army"


def test_a_line_cut_mid_sentence_runs_on(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        '"The force was responding to an attack," said Dr Omar Velt.\n\n'
        '"The thoughts of the government and the people of\n\n'
        'Norland are with the force today."\n\n'
        '"The work the\n\n'
        'force undertakes in this region is dangerous," he said.\n'))
    q = _find(quotes, "Norland are with the force")
    assert q.kind == "direct" and _who(q) == "Omar Velt", q
    assert _find(quotes, "force undertakes").text.startswith("The work the")


def test_clarified_is_a_cue(nlp: Any) -> None:
    quotes = _quotes(nlp, "The Interior Ministry has clarified that only one officer has died while serving abroad.\n")
    assert _who(_find(quotes, "only one officer")) == "Interior Ministry"


def test_linking_keeps_the_fullest_name_the_article_gave() -> None:
    """A speaker named in full keeps that name when linked: the entity named exactly so wins over one
    whose mention only overlaps the words ("Lt Gen Velt" read as "Gen Velt"), and a surname-only entity
    never cuts the name down."""
    from dossier.extract.entities import build_entities, extract_local_entities
    from dossier.extract.nlp import load_model
    from dossier.extract.quotes import extract_quotes as quotes_of

    text = ("Chief of Defence Force Lieutenant General Arno Velt told a briefing on Sunday that two soldiers died.\n\n"
            '"Some anti-tank fire was put onto our armoured vehicles," Lt Gen Velt said.\n\n'
            "The device had been planted by the rebels, army spokesman Colonel Ivo Tamsin was quoted as saying.\n")
    settings = Settings()
    art = Article(id="a", source="a.txt", text=text)
    doc = load_model()(text)
    local = extract_local_entities(art, doc, settings=settings)
    _, linker = build_entities([art], local, settings=settings)
    quotes = quotes_of(art, doc, time_expressions=(), local_entities=local, settings=settings)
    linked = {q.text[:20]: linker.link(q.speaker, "a") for q in quotes}
    fire = next(v for k, v in linked.items() if k.startswith("Some anti-tank"))
    planted = next(v for k, v in linked.items() if k.startswith("The device"))
    assert fire is not None and fire.name == "Arno Velt", fire
    assert planted is not None and planted.name == "Ivo Tamsin", planted


def test_a_quoted_fragment_that_opens_with_the_cue(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        'The Security Council swiftly "condemned in the strongest terms" the deadly ambush on the convoy.\n\n'
        "According to the statement, the Chief of Army Staff, Waidi Olumeru, a lieutenant general, saluted the "
        "“uncommon bravery, resilience and sacrifice” of the troops.\n"))
    assert _who(_find(quotes, "condemned in the strongest terms")) == "Security Council"
    assert _who(_find(quotes, "uncommon bravery")) == "Waidi Olumeru"


def test_force_and_a_passive_ask_are_no_quotes(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Rebels have raided military bases and attacked troops and motorists along the highway in the past.\n\n"
        "The insurgents moved into a building and the soldiers were asked to fire on the building and secure the area.\n"))
    assert not [q for q in quotes if "motorists" in q.text or "fire on the building" in q.text], \
        [(q.text, q.speaker) for q in quotes]
