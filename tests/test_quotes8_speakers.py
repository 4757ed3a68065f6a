"""Quote speakers in shapes read on real pages of deployments with their losses and disaster tolls
(the eighth probe round; every text here is fictional, in the shapes of the pages)."""

from __future__ import annotations

from typing import Any

from tests.quotes_helpers import find_quote as _find
from tests.quotes_helpers import speaker_name as _who
from tests.quotes_helpers import text_quotes as _quotes





def test_a_surname_that_is_also_a_country_is_not_the_country(nlp: Any) -> None:
    # "in Nepal" is the country; near "the queen of Nepal" it once gave the officer a woman's pronoun
    quotes = _quotes(nlp, (
        "National police spokesman Dorje Lama Ghising said the number known to be dead in Nepal had climbed to 912.\n\n"
        "Army officer Anil Nepal and a group of rescuers worked through the night to cut a way into a fallen "
        "building in the capital.\n\n"
        "“We believe there are still people stuck inside,” he told Reuters, pointing at the debris.\n\n"
        "Among the landmarks destroyed was a tower built in 1832 for the queen of Nepal.\n"))
    assert _who(_find(quotes, "still people stuck")) == "Anil Nepal"


def test_a_name_the_parse_coordinated_with_the_clause_before_still_speaks(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Defence Force chief Tomas Varga said a soldier had been killed in Orsk province on Monday.\n\n"
        "The death was Ostravia's first since October and Varga said it was \"unusual\" for one soldier to serve "
        "seven tours in the country.\n"))
    q = _find(quotes, "seven tours")
    assert _who(q) == "Tomas Varga"


def test_the_general_is_the_chief_of_the_defence_force_the_article_named(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "An Ostravian special forces soldier has been killed, Defence Force chief Tomas Varga said on Tuesday, "
        "bringing to 33 the number of Ostravians lost in the conflict.\n\n"
        "The 40-year-old member of the regiment was shot in the chest during a mission in Orsk province on "
        "Monday, the general said.\n"))
    assert _who(_find(quotes, "shot in the chest")) == "Tomas Varga"


def test_a_surname_spelt_another_way_is_the_same_person(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Talking to a radio station, Health Minister Karim Hasan said the toll could rise as dozens of "
        "people were still missing.\n\n"
        "“What is most needed today is to set up field hospitals across the capital,” stressed Hassan.\n\n"
        "He explained that the cabinet had agreed to more beds. “We will not stop,” he added.\n"))
    assert _who(_find(quotes, "field hospitals")) == "Karim Hasan"
    assert _who(_find(quotes, "We will not stop")) == "Karim Hasan"


def test_a_given_name_is_no_spelling_of_a_surname(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Interior Minister Hassan Daroun said 40 people had died. Envoy Mira Hasani said aid was on its way.\n\n"
        "“We need tents,” Hassan said.\n"))
    assert _who(_find(quotes, "We need tents")) != "Mira Hasani"


def test_he_after_an_unnamed_official_who_spoke_after_the_named_general(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Asked if the attack was an ambush, Gen. Petar Novak said, \"We just don't know yet. We need to complete "
        "the investigation.\"\n\n"
        "A senior defence official told the Courier that there is not enough evidence yet to say whether the "
        "shooting was planned. He said the team had come from a meeting with village elders when shooting broke out.\n"))
    q = _find(quotes, "come from a meeting")
    assert q.speaker is not None and q.speaker.name is None, q.speaker
    assert "official" in q.speaker.text


def test_noting_belongs_to_the_reporting_speaker_not_to_the_body_reported(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Health Minister Karim Hasan spoke to reporters on Thursday.\n\n"
        "He explained that the cabinet had insisted on its decision, noting that such a decision "
        "was evidence of accountability.“It is an indication that the law will prevail.”\n"))
    assert _who(_find(quotes, "the law will prevail")) == "Karim Hasan"


def test_a_statement_that_said_is_its_issuers_not_the_incidents(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The army yesterday issued a long statement on the matter that said the four soldiers were found "
        "near abandoned vehicles in Orsk province.\n"))
    q = _find(quotes, "four soldiers were found")
    assert q.speaker is not None and q.speaker.text.lower() == "the army", q.speaker


def test_an_outlet_closing_a_sentence_relays_the_officials_who_said_it(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Officials and state media said on Monday that Storm Tarra killed at least 157 people in Ostravia "
        "and Velmar as it tore across the region, Reuters reported.\n"))
    q = _find(quotes, "killed at least 157")
    assert q.speaker is not None and q.speaker.text.lower().startswith("officials"), q.speaker


def test_reports_an_outlet_after_a_quote_relays_the_paragraphs_speaker(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "“The government is doing everything it can for rescue and relief,” Prime Minister Anton Koval said in an "
        "interview with Reuters. “It is a difficult hour for Ostravia ”, reports The Guardian .\n"))
    assert _who(_find(quotes, "difficult hour")) == "Anton Koval"


def test_said_in_remarks_that_reports_the_clause(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Ostravia's health minister Karim Hasan told Reuters that 78 people had died.\n\n"
        "The minister earlier said in televised remarks that over 70 people had been killed.\n"))
    assert _who(_find(quotes, "over 70 people had been killed")) == "Karim Hasan"


def test_a_toll_expected_to_rise_is_no_one_reporting(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Ostravia tsunami: toll expected to climb as rescuers try to reach Velm - live\n\n"
        "The official death toll has risen to 844.\n"))
    assert not [q for q in quotes if q.speaker is not None and "toll" in q.speaker.text.lower()]


def test_a_transcript_turn_goes_on_and_a_label_inside_a_line_starts_the_next(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "On Sunday, Mara Lind interviewed Petar Novak MP, Defence Secretary.\n\n"
        "MARA LIND: We've made contact with Petar Novak on the line from Orsk.\n\n"
        "Mr Novak, thank you for joining us, but what is your message to the soldiers there now? PETAR NOVAK: "
        "Well my message to the soldiers here is quite clear and that is that they are doing a good job.\n\n"
        "I've just come from a meeting with the governor and he asked me to pass on his thanks to them.\n\n"
        "MARA LIND: Mr Novak, critics say you underestimated the strength of the rebels there.\n\n"
        "PETAR NOVAK: I have always been frank about how serious and challenging the mission is.\n"))
    assert _who(_find(quotes, "thank you for joining us")) == "Mara Lind"
    assert _who(_find(quotes, "my message to the soldiers")) == "Petar Novak"
    assert _who(_find(quotes, "just come from a meeting")) == "Petar Novak"
    assert _who(_find(quotes, "always been frank")) == "Petar Novak"


def test_questions_in_a_transcript_are_the_interviewers_the_page_names(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Deputy Secretary Novak Interview with KVRN-TV\n\n"
        "(Interview with Mara Lind, KVRN-TV, Velm.)\n\n"
        "Q: I am going to ask you many of the same questions from this morning.\n\n"
        "What is being done to verify the identity of those on the tape?\n\n"
        "Novak: What we know is some of our men are missing and we do not know where they are.\n\n"
        "We will do everything we can to find them.\n\n"
        "Q: Can you explain what happens when soldiers are missing?\n\n"
        "Novak: All that can be done is being done to find them, and we will find them.\n"))
    assert _who(_find(quotes, "same questions")) == "Mara Lind"
    assert _who(_find(quotes, "verify the identity")) == "Mara Lind"
    assert _who(_find(quotes, "some of our men are missing")) == "Petar Novak" or \
        _who(_find(quotes, "some of our men are missing")) == "Novak"
    assert _who(_find(quotes, "everything we can to find them")) in ("Novak", "Petar Novak")
    assert _who(_find(quotes, "explain what happens")) == "Mara Lind"


def test_a_report_set_against_another_by_while_has_its_own_speaker(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "National police spokesman Dorje Lama Ghising said the number known to have died in Ostravia had "
        "risen to 1,953 while officials in Velmar said the toll there now stood at 53.\n"))
    assert _who(_find(quotes, "stood at 53")).lower() == "officials in velmar"
    first = _find(quotes, "risen to 1,953")
    assert _who(first) == "Dorje Lama Ghising" and "stood at 53" not in first.text


def test_a_quote_closing_its_line_on_a_comma_is_spoken_by_the_next_lines_said(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Eleven Ostravian soldiers were killed when rebels ambushed a convoy near Velm on Sunday, the army said.\n"
        "\"The convoy came under heavy fire from both sides of the road and our men fought back for two hours,\"\n"
        "said Maj. Ivo Tarrant, an army spokesman, adding that the wounded had been flown to Tessa.\n"))
    assert _who(_find(quotes, "heavy fire")) == "Ivo Tarrant"


def test_speaking_on_condition_of_anonymity_is_no_quote_and_the_official_speaks(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "A senior defence official, speaking on condition of anonymity because he was not authorised to brief "
        "the press, said at least three of the wounded were in critical condition.\n"))
    assert not [q for q in quotes if "anonymity" in q.text]
    q = _find(quotes, "critical condition")
    assert q.speaker is not None and "official" in q.speaker.text


def test_straight_single_quotes_of_a_british_page_are_quotes_of_the_last_woman_named(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Defence Minister Lena Kovac visited the wounded on Monday. 'Our soldiers paid the highest price,' she "
        "told reporters.\n\n"
        "'We have buried eleven of our sons this week,' said Mira Delcev, whose brother was among the dead.\n\n"
        "'We were told this would be a peacekeeping mission,' she said. 'It is a war.'\n\n"
        "The soldiers' families didn't attend the officers' briefing.\n"))
    assert _who(_find(quotes, "highest price")) == "Lena Kovac"
    assert _who(_find(quotes, "peacekeeping mission")) == "Mira Delcev"
    assert _who(_find(quotes, "It is a war")) == "Mira Delcev"
    assert not [q for q in quotes if "families" in q.text]


def test_noting_before_a_closing_relay_stays_with_the_person_it_hangs_on(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "UN Secretary-General Ivo Brenn called on the authorities to identify the perpetrators, noting that "
        "“attacks targeting peacekeepers may constitute war crimes under international law,” Lena Doe said.\n"))
    assert _who(_find(quotes, "attacks targeting peacekeepers")) == "Ivo Brenn"


def test_according_to_closing_a_clause_credits_the_clause_not_what_trails(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The death toll in Ostravia alone rose to 4,310 on Tuesday, with over 8,000 injured, according to "
        "police, amid warnings the full scale of the disaster would not be known for days.\n"))
    q = next(q for q in quotes if q.cue == "according to")
    assert q.text.startswith("The death toll") and "amid warnings" not in q.text, q.text


def test_a_given_name_in_apposition_to_a_relative_is_the_speaker_and_her_pronoun(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "\"The water came at night,\" said Ali Varo, a farmer in Kessa village.\n\n"
        "Varo's wife, Lina, said she had lost everything. \"We have nothing left,\" she said.\n"))
    assert _who(_find(quotes, "nothing left")) == "Lina"
    assert _who(_find(quotes, "lost everything")) == "Lina"


def test_a_closing_mark_typed_to_open_a_glued_quote_keeps_both_speakers(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The UN relief office said on Saturday that the Tarra and Velm rivers were at risk of breaking their "
        "banks again”We’ll have to wait until the waters recede to know the toll,” UN co-ordinator "
        "Sebastian Marlow said.\n"))
    assert _who(_find(quotes, "have to wait until the waters recede")) == "Sebastian Marlow"
    q = _find(quotes, "rivers were at risk")
    assert q.speaker is not None and "relief office" in q.speaker.text, q.speaker


def test_according_to_an_outlet_then_a_closing_said_is_the_ministers(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "According to the Courier, the number of people declared dead in Ostravia rose from 242 to 417, "
        "Land Minister Celso Marin said.\n"))
    q = _find(quotes, "declared dead")
    assert _who(q) == "Celso Marin"
    assert not [x for x in quotes if x.cue == "According to"]


def test_an_outlet_reporting_with_a_belief_inside_keeps_its_own_report(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The Courier reports that many are special forces, with Velmar believing they hold a fighting "
        "edge over ordinary conscript units.\n"))
    q = _find(quotes, "many are special forces")
    assert _who(q) == "Courier" or "Courier" in (q.speaker.text if q.speaker else ""), q.speaker


def test_a_title_case_dateline_with_the_agency_glued_to_the_lead_is_no_part_of_the_quote(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Velm, Ostravia (BBN)-The death toll in Ostravia's earthquake could reach 10,000, Prime Minister Anton "
        "Koval has said as he ordered intensified rescue efforts.\n"))
    q = _find(quotes, "could reach 10,000")
    assert q.text.startswith("The death toll"), q.text
    assert _who(q) == "Anton Koval"


def test_people_reported_dead_are_what_is_reported_not_who_reports(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The Courier also reported that more than 18,600 people were buried under debris in the city of Velm "
        "alone -- 3,600 people were also listed as dead in the city, which borders the epicenter.\n"))
    q = _find(quotes, "18,600 people were buried")
    assert _who(q) == "Courier", q.speaker
    assert not [x for x in quotes if x.speaker is not None and "people" in x.speaker.text]


def test_a_family_name_said_first_is_the_full_name_given_before(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Yang Xusheng of Ostravia's Red Cross Society said the cold weather means tents are desperately needed.\n\n"
        "\"Temperature may drop below zero in the evening,\" Yang said.\n\n"
        "\"We will keep working,\" noted Colonel Zipporah, after Colonel Zipporah Kioko had briefed reporters.\n"))
    assert _who(_find(quotes, "drop below zero")) == "Yang Xusheng"


def test_narration_about_the_last_speaker_before_a_quote_is_theirs(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Tang Xinfen, a survivor from Quing Ping, said she witnessed people being thrown from buildings.\n\n"
        "She travelled to Velm to plead for aid to reach her home town. \"Some people are still alive, but they "
        "are badly injured.\"\n"))
    assert _who(_find(quotes, "still alive")) == "Tang Xinfen"


def test_it_said_after_a_report_about_a_person_is_the_agency_named_before(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Xiao Zhihu, 80, had been given food and water by his wife since the quake, the official Velm News "
        "Service reported.\n\n"
        "Xiao, who was already partially paralysed, was in stable condition when rescue workers freed him on "
        "Friday, it said.\n"))
    q = _find(quotes, "stable condition")
    assert _who(q) == "Velm News Service", q.speaker


def test_words_quoted_at_the_end_of_a_reported_clause_keep_the_clause_reported(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "The Velm International Airport will stay closed until 4pm on August 26 due to “very high flood "
        "situation,” an official said.\n"))
    q = _find(quotes, "will stay closed")
    assert q.kind == "indirect" and q.speaker is not None and "official" in q.speaker.text


def test_a_heading_in_single_quotes_and_a_headline_label_are_no_quotes_or_turns(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Roe: Floods Won't Stop the Count, Minister Says\n\n"
        "On this weekend's broadcast, Interior Minister Ivo Roe said the count of the dead would go on.\n\n"
        "'All Bets Are Off.'\n\n"
        "Eight years ago the same valley flooded and 40 people died.\n"))
    assert not [q for q in quotes if "All Bets" in q.text]
    q = _find(quotes, "count of the dead")
    assert q.kind == "indirect", q


def test_a_report_after_a_phrase_stops_at_the_speakers_next_report(nlp: Any) -> None:
    quotes = _quotes(nlp, (
        "Roe tweeted in the early morning hours that Varo was “disgusting” and “a con” and encouraged "
        "Ostravians to “check out” her old speeches.\n"))
    q = next(q for q in quotes if q.cue == "tweeted" and q.kind == "indirect")
    assert "encouraged" not in q.text, q.text
    assert [x for x in quotes if x.cue == "encouraged"]


def test_a_straight_opening_mark_closed_by_a_curly_one_glued_to_the_speaker(nlp: Any) -> None:
    # pages that mix marks: "... the casualties,”General X told reporters (no space after the close)
    quotes = _quotes(nlp, (
        "BRASK, March 3 - Four Varnian soldiers were killed on Tuesday in an ambush near Oled.\n\n"
        "\"We will not leave until the job is done, whatever the casualties,”General Piet Hurley told "
        "reporters at the base on Wednesday.\n\n"
        "“The patrol was hit from two sides,” said Colonel Ana Mora, a spokeswoman for the force.\n"))
    q = _find(quotes, "whatever the casualties")
    assert "General" not in q.text and "patrol" not in q.text
    assert _who(q) == "Piet Hurley"
    assert _who(_find(quotes, "hit from two sides")) == "Ana Mora"


def test_a_closing_mark_glued_to_the_next_word_leaves_the_speaker_a_token_of_its_own(nlp: Any) -> None:
    # "... the wounded,”General Hurley told": the tokenizer splits the mark off, so the name is read
    quotes = _quotes(nlp, (
        "BRASK, March 3 - Chief of Defence Piet Hurley said Sunday the soldier died from rifle fire.\n\n"
        "“Members of the patrol gave first aid to the wounded,”General Hurley told reporters in Oled.\n\n"
        "“Sadly, despite their efforts, they could not save him.”The soldier was on his third tour.\n"))
    assert _who(_find(quotes, "gave first aid")) == "Piet Hurley"
    assert [t.text for t in nlp("him.”The soldier")][:4] == ["him", ".", "”", "The"]
