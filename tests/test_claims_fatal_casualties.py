""""N fatal casualties" are the dead, and "lost N of their comrades / colleagues" counts the dead
comrades, not a change. The texts are invented."""

from __future__ import annotations

import pytest

from tests.claims_helpers import claim_at, page_claims


@pytest.mark.parametrize("words", ["two fatal casualties", "two mortal casualties"])
def test_fatal_casualties_are_the_dead(words: str) -> None:
    art, claims = page_claims(f"Clash near Orla\n\nThe skirmish left {words} among the border guards, the ministry said.\n")
    assert claim_at(art, claims, words).state == "killed"


@pytest.mark.parametrize("who", ["comrades", "colleagues"])
def test_lost_n_of_their_comrades_counts_the_dead(who: str) -> None:
    art, claims = page_claims(f"Clash near Orla\n\nThe guards lost four of their {who} in the fighting, the ministry said.\n")
    assert claim_at(art, claims, "four").state == "killed"
