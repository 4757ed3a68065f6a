"""A statement made public with a phrasal verb ("put out by") is its maker's, and "the UN head" is
the one Secretary-General the article named. The texts are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes_helpers import find_quote, speaker_name, text_quotes


def test_a_statement_put_out_by_a_body_is_the_bodys(nlp: Any) -> None:
    quotes = text_quotes(nlp, (
        "Late on Sunday, “the convoy came under fire from gunmen hiding in the hills,” according to a "
        "statement put out on social media by Ostria’s border guard service. “Two guards were hurt and "
        "flown to a hospital.”\n"))
    assert "border guard service" in speaker_name(find_quote(quotes, "came under fire"))


def test_the_un_head_is_the_secretary_general_named_before(nlp: Any) -> None:
    quotes = text_quotes(nlp, (
        "UN Secretary-General Helena Moravec visited the camp on Monday.\n\n"
        '"These families have lost everything and we will not look away," the UN head said.\n'))
    assert speaker_name(find_quote(quotes, "lost everything")) == "Helena Moravec"


@pytest.mark.parametrize("how", ["in a written notice", "in a statement", "on its website", "in a brief update on Monday"])
def test_where_a_body_said_it_is_no_part_of_the_speaker(nlp: Any, how: str) -> None:
    quotes = text_quotes(nlp, f"The health ministry {how} said that 41 patients had been treated.\n")
    q = find_quote(quotes, "41 patients")
    assert q.speaker is not None and q.speaker.text == "The health ministry", q.speaker


@pytest.mark.parametrize("what", ["This news was", "These details were", "The same details were", "Such figures were",
                                  "That account was"])
def test_a_credit_of_what_was_said_before_is_no_quote(nlp: Any, what: str) -> None:
    quotes = text_quotes(nlp, ("Floods cut the coastal road near Pellby on Monday, the regional council said.\n\n"
                               f"{what} also reported by Kestria Daily.\n"))
    subject = what.rsplit(" ", 1)[0].lower()
    assert not [q for q in quotes if q.text.lower().startswith(subject)], [q.text for q in quotes]
