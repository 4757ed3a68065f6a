"""Quotes: direct, partial and indirect quotes with their cue, speaker and date.

The stage in parts, each with one job (and each usable alone):

- ``spans``: where the quote marks are (curly, straight, nested single, multi-paragraph) and
  the sentences of each paragraph, never cut inside a quote (``TextIndex``).
- ``cues``: the words that attribute a statement outside the quotes (speech, stance, asking,
  knowing and evidence verbs, passive reports, speech nouns, "according to"), and which cue a
  quote belongs to (``find_cues``, ``choose_cue``, ``cue_words``, ``date_for``).
- ``content``: what a cue reports, the clause, object or action (``content_clause``).
- ``speakers``: who the cue's subject is, resolved to a name the article gives, through names,
  roles ("the top US diplomat", "the minister" when one person holds it), pronouns, and
  organisations ("the ministry", "it", "the statement") (``subject_of``, ``Speakers``).
- ``layouts``: attributions made by punctuation ("KIRBY: ...", "“…” ― Jane Doe", headlines
  crediting a quote around a colon).
- ``stage``: the walk over paragraphs that assembles them and carries speakers from quote to
  quote (``extract_quotes``).
- ``words``: the word lists they share.

Kinds: ``direct`` (a quoted clause or sentence), ``partial`` (a quoted fragment inside the
reporter's sentence, only when a cue governs it) and ``indirect`` (the clause complement of
a speech verb, e.g. "Blinken said [the US believed that ...]", or the object, action or topic
of the other cues). A ``cue`` is the verb with its auxiliaries and the particle or preposition
that opens the content ("pointed out", "called for"); for layouts it is the punctuation itself
(":" or the dash).
"""

from __future__ import annotations

from .stage import extract_quotes
from .words import CUE_LEMMAS, ROLE_SYNONYMS

__all__ = ["CUE_LEMMAS", "ROLE_SYNONYMS", "extract_quotes"]
