"""Claims: the as-of date of a figure — when it holds or was stated.

In order: a date inside the figure's own phrase ("up from 2,000 on Saturday"); a date on the
figure's event — its own verb, a verb coordinated with it ("were killed Sunday and 50 injured"),
the verb a participle hangs on ("hit on Sunday, killing 10"; "the number rescued to 85"), a
"when"/"as" clause of these ("killed when the quake razed villages Sunday") — target dates of
projections ("by December") and dates where a window or a change starts ("from the close on
Wednesday", "since Monday") skipped -> ``stated``; a date on a speech verb of the attribution
("told a briefing on Tuesday") -> ``reported``; else the article's day (its explicit date, or a
dateline day with the year the page names) -> ``published``; the article's month when the page is
dated only to a month ("date 2025-04"); nothing when the article has no day.
A dateline's own day ("SEOUL, June 4 (Yonhap) --") is the page's, never a figure's ``stated`` date.
A "while" clause with a subject of its own is another event ("..., while X confirmed it in April").

Once the story is known (``date_in_story``, after the timeline), the figures of its undated pages
take what the story fixes: "December 18" its year. A figure that only the page's publication would
date takes the page's own window when that lies inside one month, never the month of the story's
other pages: ``published`` is this page's date, and a page that states none is not dated by others
(measured on two fresh sets of real pages, 40 pages, 10 of 20 undated in each: as-of 0.61 -> 0.85
and 0.69 -> 0.82 with the annotators' "null when the page dates nothing"; the tune half unchanged).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ...ingest.metadata import parse_dateline
from ...lexicon import safe_date
from ...model import Article, NumericClaim, TimeExpression
from ..events import days_between, window_of
from ..nlp import doc_text
from .sentences import Sentences
from .source import _Attribution

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token


def as_of(sents: Sentences, times: tuple[TimeExpression, ...], article: Article, tok: "Token", sent: "Span",
          att: _Attribution, modality: str) -> tuple[str | None, str | None]:
    """The date a figure holds or was stated, and how it is known (see ``_as_of``); a count over the
    period that is running when the page was published ("so far this year, 340 have died", "this year
    the toll has reached 90") holds on the page's day, not over the whole period."""
    val, basis = _as_of(sents, times, article, tok, sent, att, modality)
    day = _dated(article)
    if basis != "stated" or not val or not day or val == day or not _holds_a_day(val, day):
        return val, basis
    cues = set(att.cues) | ({att.cue_token} if att.cue_token is not None else set())
    verb = _participle_of_figure(sents.clause_verb(tok), tok, cues)
    text = doc_text(sents.doc)[sent.start_char : sent.end_char]
    if _tense(verb) in ("perfect", "present") or _SO_FAR.search(text):
        return day, "published"
    return val, basis


# a count that runs to the time of writing
_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|up to now|until now|as yet)\b", re.IGNORECASE)


_EARLIER_ADVERBS = {"previously", "initially", "originally", "formerly"}
_EARLIER_ADJECTIVES = {"previous", "prior", "initial", "original", "former", "preceding"}


def _earlier_figure(tok: "Token", verb: "Token", cues: "Sequence[int]") -> bool:
    """Whether a figure is given as one that held before ("the previous toll was 820", "up from a previous
    count of 44", "had previously said 950 died", "initially put the toll at 30"): not the page's figure."""
    doc = tok.doc
    verbs = [verb, *(doc[c] for c in cues)]
    if any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS for v in verbs for c in v.children):
        return True
    nouns = [tok] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("attr", "pobj", "dobj")]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)  # "a previous count of 44"
    return any(c.dep_ == "amod" and c.lower_ in _EARLIER_ADJECTIVES for n in nouns for c in n.children)


def _holds_a_day(val: str, day: str) -> bool:
    """Whether ``val`` is a period longer than a day (a year, a month, a week) that holds ``day``."""
    if len(val) <= 7 and val[:4].isdigit() or re.match(r"^\d{4}-W\d\d$", val):
        w = window_of(val)
        return w is not None and w[0] <= day <= w[1] and w[0] != w[1]
    return False


def _as_of(sents: Sentences, times: tuple[TimeExpression, ...], article: Article, tok: "Token", sent: "Span",
           att: _Attribution, modality: str) -> tuple[str | None, str | None]:
    """The date a figure holds or was stated, and how it is known (see the module docstring).

    Order: a date inside the figure's own clause ("killed on Sunday", "in the three days to 9
    May"; target dates of projections excluded) -> ``stated``; a date attached to a speech verb
    of the attribution, outermost first ("told a press briefing on Tuesday") -> ``reported``;
    the article's explicit publication date -> ``published``. A date without its year ("January
    6") takes the year of the article's date when that is known.

    Returns:
        (as_of value or None, basis: stated | reported | published | None)
    """
    doc = sents.doc
    year = _article_year(article)
    usable: list[tuple[str, TimeExpression, Any]] = []
    weekdays: list[Any] = []  # "on Tuesday" in an article known only to its month
    since_dates: list[tuple[str, TimeExpression, Any]] = []  # "since 1999": where a count starts
    for te in times:
        if not (sent.start_char <= te.start < sent.end_char) or te.type not in ("DATE", "TIME"):
            continue
        if _in_dateline(article.text, te):
            continue  # "SEOUL, June 4 (Yonhap) --": the page's day, not the figure's
        val = _date_value(te) or ""
        if te.type == "TIME" and _BARE_CLOCK.match(te.text.strip()):
            # "As of 5 p.m., ... six dead": a clock time with no day of its own is the day of the page's report
            val = _dated(article) or ""
        val = _window_end(article.text, te, val)
        if val.startswith("XXXX-") and year and re.match(r"^XXXX-\d\d", val):
            val = year + val[4:]
        if not re.match(r"^(\d{4}|XXXX-\d\d)", val):
            if re.match(r"^XXXX-WXX-\d$", val):
                span = doc.char_span(te.start, te.end, alignment_mode="expand")
                if span is not None and len(span):
                    weekdays.append(span.root)
            continue  # "PRESENT_REF", "XXXX-WXX-4": no usable date
        span = doc.char_span(te.start, te.end, alignment_mode="expand")
        if span is not None and len(span):
            if span.start > 0 and doc[span.start - 1].lower_ == "since":
                since_dates.append((val, te, span.root))
                continue  # "infected since January this year" (parsed with "year" as the root): where the count starts
            usable.append((val, te, span.root))
    cues = list(att.cues) or ([att.cue_token] if att.cue_token is not None else [])
    cue_dates: list[tuple[int, str]] = []
    for n, cue_i in enumerate(reversed(cues)):
        for val, te, root in usable:
            if _starts_window(root):
                continue  # "Since January 1, Varnia has reported 4,512 cases": where the count starts
            attach = root.head if root.dep_ != "pobj" else root.head.head
            near = _nearest_verb(root)
            when_of = _when_clause_head(doc[cue_i])
            if attach.i == cue_i or root.head.i == cue_i or (near is not None and near.i == cue_i):
                cue_dates.append((n, val))  # "told lawmakers on Thursday", "said in a video address Monday"
            elif when_of is not None and when_of.i in (attach.i, root.head.i, root.i) and root.i < cue_i:
                cue_dates.append((n, val))  # "the last estimate came in November, when the general said"
            elif near is not None and near.head.i == cue_i and near.dep_ in ("ccomp", "parataxis") and near.i > cue_i \
                    and near.lemma_.lower() in _SPEECH_VERBS and te.start < near.idx:
                # "the toll rose to 13, the minister said Wednesday, Anadolu Agency reported": the day parsed onto
                # the agency's verb that relays the statement is the day of the statement
                cue_dates.append((n, val))
    src = att.source
    for val, te, root in usable:
        # "a statement released on Tuesday", "the agency, which briefed lawmakers on Wednesday,"
        near = _nearest_verb(root)
        if near is None or near.dep_ not in ("acl", "relcl") or near.head.pos_ not in ("NOUN", "PROPN"):
            continue
        of_source = src is not None and src.start is not None and src.end is not None and src.start <= near.head.idx < src.end
        if of_source or near.head.lemma_.lower() in _STATEMENT_NOUNS:
            cue_dates.append((len(cues), val))
    reported = {val for _, val in cue_dates}
    verb = _participle_of_figure(sents.clause_verb(tok), tok, set(cues))
    event = _event_verbs(verb, set(cues))
    own = {tok.i} | ({tok.head.i} if tok.dep_ == "pobj" and tok.head.i != tok.i else set())
    for val, te, root in sorted(usable, key=lambda p: abs(p[1].start - tok.idx)):
        if _in_phrase(root, own) and not _after_since(root) and not _since_between(root, own):
            return val, "stated"  # the figure's own date ("up from 2,000 on Saturday")
    for val, te, root in usable:
        # "the casualties counted between March 2003 and July 2009 stand at 5,900": a window that bounds what
        # the subject counts dates the figure at its end
        if _subject_window(doc, verb, tok, te, root, val):
            return val, "stated"
    if verb.dep_ in ("relcl", "advcl") and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in verb.children):
        # "since 1999, when a cyclone killed around 10,000 people": the clause is the date's own
        on_date = next((val for val, te, root in (*usable, *since_dates) if root.i == verb.head.i and verb.dep_ == "relcl"),
                       None)
        when = next(g for g in verb.children if g.lower_ == "when" and g.dep_ in ("advmod", "mark"))
        if on_date is None:
            # "the deadliest attack since June 1993, when 22 soldiers were killed": the parse hangs the
            # clause on the noun before, but the date just before ", when" is the clause's own
            on_date = next((val for val, te, root in (*usable, *since_dates)
                            if te.end <= when.idx and doc.text[te.end : when.idx].strip() in ("", ",")), None)
        if on_date is not None:
            return on_date, "stated"
    # "In 2010, 103 died but last year the figure fell to 46" on a page with no year: the figure's own verb
    # has a date we cannot resolve, so the date of a verb coordinated with it is not the figure's either
    own_unresolved = _own_unresolved_date(doc, times, sent, usable, verb)
    for val, te, root in sorted(usable, key=lambda p: abs(p[1].start - tok.idx)):
        if own_unresolved and getattr(_nearest_verb(root), "i", None) != verb.i:
            continue
        if val in reported and any(root.head.i == c or root.head.head.i == c for c in cues):
            continue
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("by", "until", "before", "through", "within") \
                and modality in ("projected", "expected"):
            continue  # a target date, not the date of the figure
        if _starts_window(root):
            continue  # where a change or a window starts ("from the close on Wednesday", "since Monday")
        if _dates_past_subject(root, event, cues) or _weekday_in_subject(root, te.text, event, cues):
            return val, "stated"  # "The 2015 quake killed 900 people": a dated event that did it in the past did it then
        if _dates_a_noun(root, own):
            continue  # "destroyed by the August 14 quake", "the 2023 death toll": the date of a thing named, not of the count
        nearest_verb = _nearest_verb(root)
        if nearest_verb is not None and _past_beside_perfect(te.text, nearest_verb):
            continue  # "the earthquake earlier this month has grown to 2,207": the past date is the quake's
        if nearest_verb is not None and _LAST.match(te.text) and te.end <= nearest_verb.idx and _tense(nearest_verb) == "perfect":
            continue  # "the typhoon that lashed the islands last week has climbed to 208": last week is the typhoon's
        if root.dep_ == "poss" and nearest_verb is not None and _tense(nearest_verb) == "perfect":
            continue  # "90 have died in Thursday's quake": a count that runs to now; Thursday is the quake's
        if nearest_verb is not None and _gapped_figure_between(nearest_verb, tok, root):
            continue  # "14 were killed over the past 24 hours, and 31 in the three days to 9 June": 9 June is the 31's
        if _compared_figure_between(tok, root):
            continue  # "253 this year, well beyond the 237 of 2007": the date after the figure compared with is its own
        if nearest_verb is not None and nearest_verb.i in event and nearest_verb.i not in cues:
            # "today", "at 16:08 UTC" on the day of publication: the figure is dated by its article
            same_day = _dated(article) == val and (te.type == "TIME" or bool(_TODAY_RE.search(te.text)))
            return val, "published" if same_day else "stated"
    for val, te, root in sorted(usable, key=lambda p: abs(p[1].start - tok.idx)):
        if _AS_OF_RE.search(doc_text(doc)[sent.start_char : te.start]):
            return val, "stated"  # "as of mid-January, the total ... was about 4,000" however it is parsed
    text = doc_text(doc)
    for val, te, root in usable:
        # "On Saturday, 19 died ..., while five more were killed ...", "Last year, ... which left 27 dead":
        # a date that opens its sentence, set off by a comma, dates every clause of it that has none of its own
        # -- unless another date comes between it and the figure ("In 2010, 103 died but last year the
        # figure fell to 46": the later clause has a date of its own, even one we cannot resolve)
        if val not in reported and _FRONTED_LEAD.match(text[sent.start_char : te.start]) \
                and text[te.end : te.end + 1] == "," and not _starts_window(root) \
                and not any(o.type == "DATE" and te.end < o.start < tok.idx for o in times):
            return val, "stated"
    entry_date = _list_entry_date(text, tok.idx, year)
    if entry_date is not None:
        return entry_date, "stated"  # "- January 23, 2006: Eight peacekeepers are killed ...": a dated entry
    with_prep = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    if with_prep is not None and not any(c.dep_ == "prep" for c in tok.children if c.i > tok.i) and not cue_dates:
        # "the toll was up to 24 by Sunday evening, officials said, with 16 deaths in Brask": the breakdown
        # that rides on the sentence's figure holds when that figure does
        before = {val for val, te, root in usable if te.end <= with_prep.idx and not _starts_window(root)}
        if len(before) == 1:
            return before.pop(), "stated"
    past_year = _past_year_before(usable, tok, verb, year)
    if past_year is not None:
        return past_year, "stated"
    if cue_dates:
        return cue_dates[0][1], "reported"
    carried = _carried_cue_day(doc, times, article, sent, att, year)
    if carried is not None:
        return carried, "reported"
    if not cues:
        # "the Defence Ministry (MoD), said Monday that 13 soldiers ... died": the speech verb the
        # figure's clause hangs under dates the statement even when its speaker was not read
        speech = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _SPEECH_VERBS), None)
        if speech is not None:
            said_on = next((val for val, te, root in usable if not _starts_window(root)
                            and (root.head.i == speech.i or root.dep_ == "pobj" and root.head.head.i == speech.i)), None)
            if said_on is not None:
                return said_on, "reported"
    if any(doc[c].lemma_.lower() in _GO_ON_VERBS for c in cues):
        # '"... two fatalities and three injured," the statement added': the statement goes on, so it was
        # made when the sentence before says it was ("the army said Thursday")
        earlier = _earlier_statement_day(doc, times, article, sent, year)
        if earlier is not None:
            return earlier, "reported"
    again = _earlier_event_day(doc, times, article, sent, event, year)
    if again is not None:
        # "Eight soldiers were killed on Wednesday ... The army said that soldiers were killed in three
        # incidents and seven others were wounded": the event told again takes the day it was told with
        return again, "stated"
    entry = _live_entry_day(article.text, tok.idx, year)
    if entry is not None:
        return entry, "published"  # a live page's entry: the figure was posted on the day of its stamp
    if _earlier_figure(tok, verb, cues):
        return None, None  # "the previous toll was 5,500", "had previously said 900 died": it held before the page's day
    day = _dated(article)
    if day:
        return _filed_day(article, day), "published"
    month = _month_of(article)
    if month:
        # a page dated only to its month ("April 2025"): its figures hold within that month, and
        # "said on Tuesday" is a day of it
        on_cue = any(w.head.i in cues or w.head.head.i in cues for w in weekdays)
        return month, "reported" if on_cue else "published"
    filed = _dateline_month_day(article) if not weekdays else None
    if filed is not None and year is not None:
        pub = article.published
        on = safe_date(int(year), filed[0], filed[1])
        if on is not None and pub.earliest and pub.latest and pub.earliest[:10] <= on.isoformat() <= pub.latest[:10]:
            return on.isoformat(), "published"  # the dateline's day inside the page's window of one year
    elif filed is not None:
        # "ORLA, March 4 (Agency) - ... said" on a page that names no year: the dateline's day, its year
        # left for the story to fix (``date_in_story``), else dropped
        return f"XXXX-{filed[0]:02d}-{filed[1]:02d}", "published"
    return None, None


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_IN_TEXT = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
_OTHER_DATE_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|last|next|week|weekend|month|year|ago|"
                               r"earlier|before|after|since|until)\b\.?")


_STORY_REACH = 92  # days before the first or after the last dated page of a story a yearless day may lie


def _gap_to_story(days: list[str], iso: str) -> int:
    """Days from ``iso`` to the span of the story's dated pages (``days``, sorted): 0 inside it."""
    if days_between(days[0], iso) < 0:
        return days_between(iso, days[0])
    return max(0, days_between(days[-1], iso))


def _weekday_by_dateline(c: NumericClaim, art: Article, days: list[str]) -> str | None:
    """The day of the one weekday of a figure's sentence on a page with no year whose dateline states its
    day ("ORLA, March 4 (Agency) - The toll climbed to 48 on Monday"), once the story fixes the year:
    the weekday on or up to six days before the dateline's day. Only a sentence with no other date word."""
    filed = _dateline_month_day(art)
    if filed is None or not days or c.sentence_start is None or c.sentence_end is None:
        return None
    span = _dateline_span(art)
    lo = c.sentence_start
    if span is not None and span[2] <= lo < span[3]:
        lo = span[3]  # the dateline's own month is not a date of the sentence
    sentence = art.text[lo : c.sentence_end]
    found = _WEEKDAY_IN_TEXT.findall(sentence)
    if len(found) != 1 or _OTHER_DATE_WORDS.search(_WEEKDAY_IN_TEXT.sub("", sentence)):
        return None
    wd = _WEEKDAY_NAMES.index(found[0].lower() + "day")
    anchor = days[len(days) // 2]
    best: tuple[int, dt.date] | None = None
    for y in (int(anchor[:4]) - 1, int(anchor[:4]), int(anchor[:4]) + 1):
        day = safe_date(y, filed[0], filed[1])
        if day is None:
            continue
        gap = _gap_to_story(days, day.isoformat())
        if best is None or gap < best[0]:
            best = (gap, day)
    if best is None or best[0] > _STORY_REACH:
        return None
    day = best[1]
    return (day - dt.timedelta(days=(day.weekday() - wd) % 7)).isoformat()


def _dateline_month_day(article: Article) -> tuple[int, int] | None:
    """The month and day of the dateline that opens one of the page's first paragraphs, when it states no year."""
    found = _dateline_span(article)
    return (found[0], found[1]) if found is not None else None


def _dateline_span(article: Article) -> tuple[int, int, int, int] | None:
    """(month, day, start, end) of the dateline without a year that opens one of the page's first paragraphs."""
    pos = 0
    seen = 0
    for line in article.text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > 3:
            return None
        lead = len(line) - len(line.lstrip())
        dl = parse_dateline(line.strip())
        if dl is None:
            continue
        if dl.month and dl.day and dl.date is None:
            return dl.month, dl.day, start + lead, start + lead + dl.end
        return None
    return None


def _participle_of_figure(verb: "Token", tok: "Token", cues: set[int]) -> "Token":
    """The figure's own verb when the parser read it as a participle on the counted noun and took the
    speech verb for the clause's ("KELMAR, May 14 (Agency) - 23 passengers drowned when ..., officials
    said": "drowned" hangs on "passengers" as a reduced relative): a verb of telling is never the event."""
    if verb.i not in cues and verb.lemma_.lower() not in _SPEECH_VERBS:
        return verb
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    for c in noun.children:
        if c.dep_ == "acl" and c.i > noun.i and c.tag_ in ("VBD", "VBN") \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in c.children):
            return c
    return verb


def _filed_day(article: Article, day: str) -> str:
    """The day a story was filed when its dateline states one a day or two before the page's stamp
    ("Published: 15 May" over "KELMAR, May 14 (Agency) -"), or the day after it (a stamp in a time zone
    behind the dateline's): what it tells with no day of its own was said on the dateline's day; the
    stamp is when the page went up."""
    try:
        pub = dt.date.fromisoformat(day[:10])
    except ValueError:
        return day
    for para in [p for p in article.text.split("\n") if p.strip()][:3]:
        dl = parse_dateline(para.strip())
        if dl is None:
            continue
        if dl.month and dl.day and dl.date is None:
            for year in (pub.year - 1, pub.year, pub.year + 1):
                filed = safe_date(year, dl.month, dl.day)
                if filed is not None and -1 <= (pub - filed).days <= 2:
                    return filed.isoformat()  # one day after: a stamp in a zone behind the dateline's
        return day
    return day


def _past_year_before(usable: list[tuple[str, TimeExpression, Any]], tok: "Token", verb: "Token",
                      year: str | None) -> str | None:
    """A bare earlier year that is the last date before a figure told in the past tense: a comparison with an
    old disaster ("the 1988 floods, which claimed 412 lives", "a cyclone struck in 1991, killing 300")."""
    if year is None or _tense(verb) != "past":
        return None
    sent = tok.sent
    text = doc_text(tok.doc)
    before = [(te.start, val, root) for val, te, root in usable if te.end <= tok.idx]
    # a year the date reader leaves to its noun ("the 1988 floods")
    before += [(sent.start_char + m.start(1), m.group(1), None)
               for m in _NAMED_YEAR_RE.finditer(text[sent.start_char : tok.idx])]
    if not before:
        return None
    _, val, root = max(before, key=lambda p: p[0])
    if not re.fullmatch(r"\d{4}", val) or val >= year or root is not None and _starts_window(root):
        return None
    return val


# a year named as an event's before its noun or after "in" ("the 1988 floods", "in 1991")
_NAMED_YEAR_RE = re.compile(r"\b(?:the|in)\s+((?:19|20)\d\d)\b(?!\s*(?:people|persons|[-–]|to\b))", re.IGNORECASE)


# speech verbs that carry on a statement made before ("it added", "the statement continued")
_GO_ON_VERBS = {"add", "continue"}
_SPEECH_VERBS = {"say", "tell", "announce", "report", "state", "confirm", "add", "update", "issue", "release", "publish", "estimate",
                 "claim"}


def _dated_verbs_before(doc: Any, times: tuple[TimeExpression, ...], article: Article, lo: int, hi: int,
                        year: str | None) -> Iterator[tuple[str, "Span", Any]]:
    """The resolvable dates (a year, or a month of the page's year) that start in ``[lo, hi)`` outside the
    dateline, nearest to ``hi`` first, each with its span and the verb it hangs on (or None)."""
    for te in sorted(times, key=lambda t: -t.start):
        if te.type != "DATE" or not lo <= te.start < hi or _in_dateline(article.text, te):
            continue
        val = _date_value(te) or ""
        if val.startswith("XXXX-") and year and re.match(r"^XXXX-\d\d", val):
            val = year + val[4:]
        if not re.match(r"^(\d{4}|XXXX-\d\d)", val):
            continue
        span = doc.char_span(te.start, te.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        yield val, span, _nearest_verb(span.root)


def _when_clause_head(cue: "Token") -> "Token | None":
    """The verb a speech verb's "when" clause hangs on ("came in November, when the general said"), or None."""
    if cue.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in cue.children):
        return cue.head
    return None


def _carried_cue_day(doc: Any, times: tuple[TimeExpression, ...], article: Article, sent: "Span",
                     att: _Attribution, year: str | None) -> str | None:
    """The day of a statement whose attribution the figure's sentence carries on from the sentence
    before in its paragraph ("On March 2, the minister said ... In total, Varn has lost 120,000 ..."):
    the figure was stated that day."""
    if att.cue_token is None or sent.start <= att.cue_token < sent.end or att.cue_token >= sent.start:
        return None
    cue = doc[att.cue_token]
    said = cue.sent
    if "\n" in doc_text(doc)[said.end_char : sent.start_char] or said.end < sent.start - 60:
        return None  # another paragraph, or far back: not the statement this sentence goes on with
    for val, span, near in _dated_verbs_before(doc, times, article, said.start_char, said.end_char, year):
        root = span.root
        if _starts_window(root):
            continue
        attach = root.head if root.dep_ != "pobj" else root.head.head
        if attach.i == cue.i or root.head.i == cue.i or (near is not None and near.i == cue.i):
            return val
    return None


def _earlier_statement_day(doc: Any, times: tuple[TimeExpression, ...], article: Article, sent: "Span",
                           year: str | None) -> str | None:
    """The day a speech verb of one of the three sentences before ``sent`` was dated ("..., the army said
    Thursday."), nearest first: the day of the statement a later "it added" goes on with."""
    starts = [s.start_char for s in doc[: sent.start].sents][-3:] if sent.start > 0 else []
    if not starts:
        return None
    for val, _span, near in _dated_verbs_before(doc, times, article, starts[0], sent.start_char, year):
        if near is not None and near.lemma_.lower() in _SPEECH_VERBS:
            return val
    return None


def _earlier_event_day(doc: Any, times: tuple[TimeExpression, ...], article: Article, sent: "Span",
                       event: set[int], year: str | None) -> str | None:
    """The day of an earlier sentence's event that the figure's event tells again: a verb of the figure's
    event with a bare plural subject ("soldiers were killed", no count of its own) and, before, the same
    verb on the same noun with a date ("Eight soldiers were killed in Lebanon on Wednesday"); nearest first."""
    keys: set[tuple[str, str]] = set()
    for i in event:
        v = doc[i]
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS" \
                    and not any(g.dep_ in ("nummod", "det", "amod", "poss") or g.like_num for g in c.children):
                keys.add((v.lemma_.lower(), c.lemma_.lower()))
    if not keys:
        return None
    for val, span, near in _dated_verbs_before(doc, times, article, 0, sent.start_char, year):
        if near is None or _starts_window(span.root):
            continue
        if any((near.lemma_.lower(), c.lemma_.lower()) in keys for c in near.children if c.dep_ in ("nsubj", "nsubjpass")):
            return val
    return None


def _own_unresolved_date(doc: Any, times: tuple[TimeExpression, ...], sent: "Span",
                         usable: list[tuple[str, TimeExpression, Any]], verb: "Token") -> bool:
    """Whether a date we cannot resolve ("last year" on a page with no year) hangs on the figure's own verb."""
    usable_at = {te.start for _, te, _ in usable}
    for te in times:
        if te.type != "DATE" or te.start in usable_at or not sent.start_char <= te.start < sent.end_char:
            continue
        span = doc.char_span(te.start, te.end, alignment_mode="expand")
        near = _nearest_verb(span.root) if span is not None and len(span) else None
        if near is not None and near.i == verb.i:
            return True
    return False


def _month_of(article: Article) -> str | None:
    """The month of an article known only to a window inside one calendar month ("2025-04")."""
    pub = article.published
    lo, hi = pub.earliest or "", pub.latest or ""
    if pub.date or not re.match(r"^\d{4}-\d\d", lo) or lo[:7] != hi[:7]:
        return None
    return lo[:7]


# what a statement is made in: its date is the day the figure was given
_STATEMENT_NOUNS = {"report", "estimate", "statement", "survey", "analysis", "assessment", "study", "briefing", "address",
                    "speech", "interview", "update", "bulletin", "release", "post", "message", "conference", "data",
                    "toll", "tally", "count", "figure", "figures"}  # "its previous death toll, issued on Monday, was 406"


def _nearest_verb(root: "Token") -> "Token | None":
    """The verb a date hangs under."""
    return next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)


def _dated(article: Article) -> str | None:
    """The article's day: its explicit date, or a definite day read from the page (a dateline day
    with the year the page names), never a window."""
    pub = article.published
    if not pub.date:
        return None
    if pub.basis == "explicit" or (pub.earliest == pub.date and pub.latest == pub.date):
        return pub.date
    return None


def _in_dateline(text: str, te: TimeExpression) -> bool:
    """Whether a time expression is the day of a dateline that opens its paragraph."""
    para = text.rfind("\n", 0, te.start) + 1
    if te.start - para > 60:
        return False
    line_end = text.find("\n", para)
    dl = parse_dateline(text[para : line_end if line_end >= 0 else len(text)])
    return dl is not None and te.end - para <= dl.end


_PERIOD_NOUNS = {"period", "window", "quarter", "span", "stretch", "interval", "timeframe"}
_TIME_NOUNS = {"end", "beginning", "start", "middle", "morning", "afternoon", "evening", "night", "day", "week", "month",
               "year", "weekend", "close", "course", "time", "dawn", "dusk", "noon", "midnight", "hour", "season", "spring",
               "summer", "autumn", "fall", "winter", "half", "part", "first", "last", "rest", "turn", "date", "fortnight"}
_NOUN_MODIFIER = {"nmod", "compound", "npadvmod", "nummod", "amod"}


def _dates_a_noun(root: "Token", own: set[int]) -> bool:
    """Whether a date modifies a noun other than the figure's own ("by the August 14 quake", "the
    historic rains this year", "the 2023 death toll has reached 364"): it dates that thing (the cause,
    the period of a toll), not the day the count holds. A possessive ("Saturday's quake") is not counted."""
    # "the cyclone of last Friday", "the attack of 3 May": a date after "of" on a noun that is not a time itself
    of_noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if of_noun is not None and of_noun.pos_ in ("NOUN", "PROPN") and of_noun.i not in own and of_noun.i != root.i \
            and of_noun.ent_type_ not in ("DATE", "TIME") and of_noun.lemma_.lower() not in _TIME_NOUNS | _PERIOD_NOUNS:
        return True
    # "lowered the toll from the quakes that struck Orla at the weekend to 1,000": a date in a clause on the
    # cause a toll is counted "from" dates the cause, not the day the toll was given
    clause = _nearest_verb(root)
    if clause is not None and clause.dep_ == "relcl" and clause.head.i not in own \
            and clause.head.lemma_.lower() not in _TIME_NOUNS | _PERIOD_NOUNS:
        cause = clause.head
        if cause.dep_ == "pobj" and cause.head.lower_ == "of" and cause.head.head.dep_ == "pobj":
            cause = cause.head.head  # "from a series of quakes that struck ..."
        if cause.dep_ == "pobj" and cause.head.lower_ == "from":
            return True
    if root.head.pos_ not in ("NOUN", "PROPN") or root.head.i in own:
        return False
    # "in the January-March period": a date naming a stretch of time is the window of the count
    noun = root.head
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head
    if noun.lemma_.lower() in _PERIOD_NOUNS:
        return False
    # "killed during the forward deployment last year": the thing under "during" is the time of the event
    if noun.dep_ == "pobj" and noun.head.lower_ == "during":
        return False
    # "this week's heavy rains": a possessive period that runs to today dates the rains, not the count
    return root.dep_ in _NOUN_MODIFIER or root.dep_ == "poss" and root.doc[root.left_edge.i].lower_ == "this"


_BARE_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h(?:rs)?|GMT|UTC|[A-Z]{2,4})?$", re.IGNORECASE)
_EARLIER = re.compile(r"^earlier\b", re.IGNORECASE)
_LAST = re.compile(r"^last\s+(?:week|month|year|weekend)\b", re.IGNORECASE)


_WINDOW_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _subject_window(doc: Any, verb: "Token", tok: "Token", te: TimeExpression, root: "Token", val: str) -> bool:
    """Whether a closed window ("between March 2003 and July 2009", "from December 19, 2001 to October 16,
    2002") sits in the subject of the figure's verb, the figure outside it: the count runs to the window's end."""
    if val == (_date_value(te) or "") or not _WINDOW_OPEN.search(doc_text(doc)[max(0, te.start - 12) : te.start]):
        return False  # no window closed after the date
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= root.i <= c.right_edge.i \
                and not c.left_edge.i <= tok.i <= c.right_edge.i:
            return True
    return False


def _dates_past_subject(root: "Token", event: set[int], cues: "Sequence[int]") -> bool:
    """Whether a date modifies the subject of the figure's own verb in the simple past ("The 2015 quake killed
    900 people", "The 2019 census counted 5,000"): what the dated thing did, it did then. A perfect or a
    present ("the 2023 death toll has reached 364") runs to now."""
    noun = root.head
    if root.dep_ not in _NOUN_MODIFIER or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.i in event and verb.i not in cues and verb.pos_ in ("VERB", "AUX") and _tense(verb) == "past" \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in verb.children)


_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)


def _weekday_in_subject(root: "Token", text: str, event: set[int], cues: "Sequence[int]") -> bool:
    """Whether a bare weekday inside the subject of the figure's own verb in the simple past ("A fire at a
    textile plant Sunday killed 14", "An explosion at the mine Monday trapped 13 miners"): a weekday tells
    when, never which place, so it dates the event the subject names, which did the counted thing then."""
    if not _BARE_WEEKDAY.match(text.strip()) or root.dep_ not in ("npadvmod", "compound", "appos"):
        return False
    cur = root.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.dep_ in ("nsubj", "nsubjpass"):
            verb = cur.head
            return verb.i in event and verb.i not in cues and verb.pos_ in ("VERB", "AUX") and _tense(verb) == "past" \
                and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in verb.children)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# words that set a figure against another ("well beyond", "compared with"); not "than" or "over", which also
# qualify a figure of their own ("5 killed and more than 20 injured on Monday")
_COMPARING = {"beyond", "compared", "compare", "versus", "vs", "surpass", "exceed", "unlike"}


def _compared_figure_between(tok: "Token", root: "Token") -> bool:
    """Whether the figure is compared with another figure that stands between it and a later date ("is well
    beyond the total of 237 for the whole of 2007", "more than the 40 reported in 2019"): the date is
    the compared figure's."""
    if root.i <= tok.i:
        return False
    doc = tok.doc
    between = doc[tok.i + 1 : root.left_edge.i]
    compare = next((t.i for t in between if t.lower_ in _COMPARING or t.lemma_.lower() in _COMPARING), None)
    if compare is None:
        return False
    return any(t.like_num and t.i > compare and t.ent_type_ not in ("DATE", "TIME") for t in between) \
        and not any(t.pos_ in ("VERB", "AUX") and t.i > compare for t in between)


def _gapped_figure_between(verb: "Token", tok: "Token", root: "Token") -> bool:
    """Whether a figure of a gapped conjunct of ``verb`` ("..., and 31 in the three days to 9 June") stands
    between the figure ``tok`` and the date: the date is that conjunct's, however the parser hangs it."""
    lo, hi = sorted((tok.i, root.i))
    for c in verb.children:
        if c.dep_ != "conj" or not lo < c.i < hi or c.i == tok.i:
            continue
        if c.like_num or any(g.dep_ == "nummod" and g.like_num for g in c.children):
            return True
    return False


def _past_beside_perfect(text: str, verb: "Token") -> bool:
    """"earlier this month" beside a verb in the present perfect ("has grown"): a perfect takes no
    past date of its own, so the date belongs to a noun before it ("the quake earlier this month")."""
    return bool(_EARLIER.match(text)) and _tense(verb) == "perfect"


def _in_phrase(root: "Token", own: set[int]) -> bool:
    """Whether a date hangs inside the figure's own phrase (below it, with no verb between)."""
    for anc in root.ancestors:
        if anc.i in own:
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _since_between(root: "Token", own: set[int]) -> bool:
    """Whether a "since" stands between the date and the figure's phrase ("66 killed in July, the deadliest
    month since the 2001 invasion"): where a comparison starts, not when the figure holds."""
    for anc in root.ancestors:
        if anc.i in own:
            return False
        if anc.dep_ == "prep" and anc.lower_ == "since":
            return True
    return False


# what may come before a date that opens its sentence ("On Saturday,", "Early on Monday,", "Last year,")
_FRONTED_LEAD = re.compile(r"^\W*(?:(?:early|late|earlier|later)\s+)?(?:on|in|at|during)?\s*$", re.IGNORECASE)


# "as of" marks the day a figure holds, whatever clause the parser hangs the date on
_AS_OF_RE = re.compile(r"\bas of\s*$", re.IGNORECASE)


# a date under these prepositions is where a window or a change starts, not when a figure holds
_WINDOW_START = {"from", "since", "after"}


def _after_since(root: "Token") -> bool:
    """Whether a date follows "since" ("Since Oct. 7, 2023, ..."): where a count starts."""
    first = root.left_edge
    return first.lower_ == "since" or first.i > 0 and root.doc[first.i - 1].lower_ == "since"


def _starts_window(root: "Token") -> bool:
    """Whether the date hangs under "from"/"since"/"after" below its verb ("from the close of trading Wednesday"),
    or follows "Since" however it is parsed ("Since Oct. 7, 2023, up to 1.9 million people have been displaced")."""
    if _after_since(root):
        return True
    cur = root
    for _ in range(6):
        if cur.dep_ == "prep" and cur.lower_ in _WINDOW_START:
            return True
        if cur.pos_ in ("VERB", "AUX") and cur.i != root.i:
            # "killed since the war began 18 months ago": the date of a "since" clause starts the count
            return any(m.dep_ == "mark" and m.lower_ == "since" for m in cur.children)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# subordinate clauses that happen at the figure's time ("killed when the quake struck on Sunday")
_SAME_TIME_MARKS = {"when", "as", "while", "during"}


def _tense(verb: "Token") -> str:
    """Past, present or perfect (a count that runs to the present: "have captured")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" and a.tag_ in ("VBP", "VBZ") for a in auxes):
        return "perfect"
    if verb.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxes):
        return "present"
    return "past"


def _event_verbs(verb: "Token", cues: set[int]) -> set[int]:
    """The verbs whose date is the figure's: its own, the verbs coordinated with it ("were killed
    Sunday and 50 injured"), the verb a participle hangs on ("hit on Sunday, killing 10"), and
    "when" clauses of these ("killed when the quake struck on Sunday"); never a speech verb."""
    group = {verb.i}
    todo = [verb]
    while todo:
        v = todo.pop()
        near: list["Token"] = []
        # coordinated verbs in the same tense, both ways ("launched ... on Aug. 6 and have captured 24": not the same time)
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and _tense(v.head) == _tense(v):
            near.append(v.head)
        near += [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _tense(c) == _tense(v)]
        # "were killed and at least 50 injured when ...": a coordinated figure with its own participle
        near += [g for c in v.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN", "PROPN")
                 for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"]
        # a participle without a subject of its own: its event is its head's ("hit ..., killing 10")
        if v.dep_ in ("advcl", "xcomp", "acl") and v.tag_ in ("VBG", "VBN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children) and v.head.pos_ in ("VERB", "AUX"):
            near.append(v.head)
        # "the number rescued to 85": a participle on a noun happens when the noun's verb does
        if v.dep_ == "acl" and v.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
            gov = next((a for a in v.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if gov is not None:
                near.append(gov)
        # "..., with 321,179 patients contracting the disease": a "with" clause holds when the verb it hangs on does
        if v.dep_ == "pcomp" and v.head.lower_ == "with" and v.head.head.pos_ in ("VERB", "AUX"):
            near.append(v.head.head)
        # a figure in a "when" clause happens when the verb it hangs on does ("The first attack happened on
        # Thursday when a bomb killed three troops")
        if v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX") \
                and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in v.children):
            near.append(v.head)
        # the same for an "as" clause with a subject of its own, in the same tense ("Crews dug on Monday as the
        # toll rose to 300"; not "as reported by", "as expected")
        if v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX") and v.lemma_.lower() not in _SPEECH_VERBS \
                and any(g.lower_ == "as" and g.dep_ == "mark" for g in v.children) \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in v.children) and _tense(v) == _tense(v.head):
            near.append(v.head)
        # "there were 24 ... in 2020, while there were 22 ...": a "while" clause that counts again in the same frame
        # (the same verb, an expletive subject) sets its figure beside the first, at the same time
        if v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX") and v.lemma_ == v.head.lemma_ \
                and any(g.lower_ == "while" and g.dep_ == "mark" for g in v.children) \
                and any(g.dep_ == "expl" for g in v.children) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in v.children):
            near.append(v.head)
        # the same with the clause read as qualifying the date ("happened on Thursday 5th January when a bomb killed three")
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") \
                and any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in v.children):
            gov = next((a for a in v.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if gov is not None:
                near.append(gov)
        # "when"/"as" clauses
        for c in v.children:
            marks = [g.lower_ for g in c.children if g.lower_ in _SAME_TIME_MARKS and g.dep_ in ("advmod", "mark")]
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and marks \
                    and not (marks == ["while"] and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                # ("killed while fighting" is at the same time; "..., while the president confirmed X in
                # April" with a subject of its own sets another event against it)
                near.append(c)
        for n in near:
            if n.i not in group and n.i not in cues:
                group.add(n.i)
                todo.append(n)
    return group


_TODAY_RE = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)


def _article_year(article: Article) -> str | None:
    """The year of the article's date, when its date or its window gives one year."""
    pub = article.published
    for value in (pub.date, pub.earliest if pub.earliest and pub.latest and pub.earliest[:4] == pub.latest[:4] else None):
        if value and re.match(r"^\d{4}", value):
            return value[:4]
    return None


def _date_value(te: TimeExpression) -> str | None:
    val = te.value
    if val and "T" in val:
        val = val.split("T", 1)[0]
    return val



# month names as news writes them, whole or cut ("Jan", "Sept")
_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# "between January and March", "the January-March period", "on December 14 and 15", "May 17 to June 28":
# a figure over a window of days or months holds at the window's end
_RANGE_TAIL = re.compile(
    rf"^\s*(?:-|–|—|and|to|through|until|till)\s*(?:(?P<month>{_MONTH_NAMES})\.?(?:\s+(?P<mday>\d{{1,2}})(?!\d))?"
    r"(?:,?\s+(?P<myear>(?:19|20)\d\d)\b)?"
    r"|(?P<day>\d{1,2})(?=\s*(?:[,.;:)]|$|\s+\d{4}\b))|(?P<year>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def _window_end(text: str, te: TimeExpression, val: str) -> str:
    """The end of a window that starts at ``te`` ("between January and March" -> March; "December
    14 and 15" -> the 15th), else ``val``. Only month names and day numbers close a window, so
    "killed 5 on May 3 and 7 on May 4" keeps May 3 (the day number must end the phrase)."""
    m = _RANGE_TAIL.match(text[te.end : te.end + 40])
    if m is not None and m.group("year") and re.match(r"^\d{4}$", val):
        return m.group("year") if m.group("year") > val else val  # "between 2021 and 2023"
    if m is None or m.group("year") or not re.match(r"^(?:\d{4}|XXXX)-\d\d", val):
        return val
    if m.group("day"):
        if not re.match(r"^(?:\d{4}|XXXX)-\d\d-\d\d$", val) or int(m.group("day")) <= int(val[8:10]) or int(m.group("day")) > 31:
            return val
        return f"{val[:8]}{int(m.group('day')):02d}"
    month = _MONTHS.index(m.group("month")[:3].lower()) + 1
    if m.group("myear"):  # "between March 2003 and July 2009", "from December 19, 2001 to October 16, 2002"
        end = f"{m.group('myear')}-{month:02d}" + (f"-{int(m.group('mday')):02d}" if m.group("mday") else "")
        return end if not val.startswith("XXXX") and end > val else val
    if month <= int(val[5:7]):
        return val  # "December and January" crosses a year: keep the start rather than guess
    if m.group("mday"):
        return f"{val[:5]}{month:02d}-{int(m.group('mday')):02d}"
    return f"{val[:5]}{month:02d}"


# a live page's entry stamp opening its paragraph: "August 26 at 5:46 p.m.", "Update, August 25, 2016, 7 a.m.:",
# "Sept. 4, 2:10 p.m. EDT"
_ENTRY_STAMP = re.compile(
    rf"(?m)^(?:update[d]?\s*[,:-]?\s*)?(?P<mon>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?"
    r"(?:,?\s+at\s+|,\s*|\s+)\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)[^\n:]{0,12}(?::|$)",
    re.IGNORECASE,
)


def _live_entry_day(text: str, at: int, year: str | None) -> str | None:
    """The day of the live entry a figure sits in: the last entry stamp before it, on a page with two or
    more ("August 27 at 3:46 p.m." over "... has risen to 290 as of Saturday afternoon"). ``XXXX-08-27``
    when neither the stamp nor the page gives a year (the story may give it later)."""
    stamps = [m for m in _ENTRY_STAMP.finditer(text) if m.group("day") and 1 <= int(m.group("day")) <= 31]
    if len(stamps) < 2:
        return None
    last = next((m for m in reversed(stamps) if m.start() <= at), None)
    if last is None:
        return None
    month = _MONTHS.index(last.group("mon")[:3].lower()) + 1
    return f"{last.group('year') or year or 'XXXX'}-{month:02d}-{int(last.group('day')):02d}"


# a paragraph that opens with a date and a colon or dash, as a timeline or a list of events writes it:
# "- January 23, 2006: Eight ... are killed", "• 12 March 2019 – ...", "2009: ..."
_LIST_ENTRY = re.compile(
    rf"[ \t]*(?:[-–—•*·][ \t]*)?(?:(?P<mon>{_MONTH_NAMES})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})[ \t]+(?P<mon2>{_MONTH_NAMES})\.?(?:,?[ \t]+(?P<year2>(?:19|20)\d\d))?"
    rf"|(?P<mon3>{_MONTH_NAMES})\.?[ \t]+(?P<year3>(?:19|20)\d\d)"
    # a bare year only before a colon, or a dash and words ("1993 – At least 16 ..."; "2000 - 3000 fled" is a range)
    r"|(?P<year4>(?:19|20)\d\d)(?=[ \t]*:|[ \t]+[–—-][ \t]+[A-Za-z]))[ \t]*(?::|[ \t][–—-][ \t])",
    re.IGNORECASE,
)


def _list_entry_date(text: str, at: int, year: str | None) -> str | None:
    """The date that opens the paragraph a figure sits in, as a timeline entry writes it ("- January 23, 2006:
    Eight peacekeepers are killed ... At least 53 are wounded"): every figure of the entry holds on that date.
    A month and day without a year take the page's year; without one, ``XXXX-01-23`` (the story may give it)."""
    para = text.rfind("\n", 0, at) + 1
    m = _LIST_ENTRY.match(text, para)
    if m is None or m.end() > at:
        return None
    mon = m.group("mon") or m.group("mon2") or m.group("mon3")
    day = m.group("day") or m.group("day2")
    yr = m.group("year") or m.group("year2") or m.group("year3") or m.group("year4")
    if mon is None:
        return yr
    month = _MONTHS.index(mon[:3].lower()) + 1
    if day is None:
        return f"{yr}-{month:02d}"
    if not 1 <= int(day) <= 31:
        return None
    return f"{yr or year or 'XXXX'}-{month:02d}-{int(day):02d}"


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def date_in_story(claims: Sequence[NumericClaim], articles: Sequence[Article]) -> list[NumericClaim]:
    """Date the figures of a story's undated pages from the story (run once the story is known).

    A page that states no date of its own keeps ``XXXX-12-18`` for "on December 18" and nothing
    for a figure that only its publication would date. Its story says more: "December 18" takes
    the year of the page's own window, else the year that puts it nearest the story's dated pages;
    a figure with no date takes the page's window when that lies inside one month (never the
    month of the story's other pages: this page states no date, see the module's docstring).

    Args:
        claims: the story's claims.
        articles: the story's articles (their windows as the timeline inferred them).

    Returns:
        The claims in the same order, the undated pages' ones dated where the story allows.
    """
    by_id = {a.id: a for a in articles}
    days = sorted(a.published.date[:10] for a in articles
                  if a.published.basis == "explicit" and a.published.date and re.match(r"^\d{4}-\d\d-\d\d", a.published.date))
    out: list[NumericClaim] = []
    for c in claims:
        art = by_id.get(c.article)
        if art is None or art.published.date:
            out.append(c)
            continue
        pub = art.published
        if c.as_of and re.match(r"^XXXX-\d\d", c.as_of):
            rest = c.as_of[4:]
            year: str | None = None
            if pub.earliest and pub.latest and pub.earliest[:4] == pub.latest[:4]:
                year = pub.earliest[:4]
            elif days and days_between(days[0], days[-1]) > 400:
                # a story told over more than a year (pages of October and of the December a year later, or of
                # 2003, 2018 and 2023): an undated page may be from before, between or after its dated pages,
                # so a day with no year takes none (measure16: "March" on pages of the spring before the
                # first dated page took the next year)
                year = None
            elif days:
                anchor = days[len(days) // 2]
                best: tuple[int, str] | None = None
                for y in (int(anchor[:4]) - 1, int(anchor[:4]), int(anchor[:4]) + 1):
                    w = window_of(f"{y}{rest}")
                    if w is not None and (best is None or _gap_to_story(days, w[0]) < best[0]):
                        best = (_gap_to_story(days, w[0]), str(y))
                # a day far from every dated page of the story ("July 29" beside pages of December and
                # January) could be of either year: none is invented
                year = best[1] if best and best[0] <= _STORY_REACH else None
            if year is not None and window_of(year + rest) is not None:
                out.append(dataclasses.replace(c, as_of=year + rest))
                continue
            if c.as_of_basis == "published":
                # the dateline's day of a page whose year the story does not fix either: nothing dates it
                out.append(dataclasses.replace(c, as_of=None, as_of_basis=None))
                continue
        if c.as_of is None:
            said_on = _weekday_by_dateline(c, art, days)
            if said_on is not None:
                out.append(dataclasses.replace(c, as_of=said_on, as_of_basis="stated"))
                continue
            month = _month_of(art)
            if month is not None:
                out.append(dataclasses.replace(c, as_of=month, as_of_basis="published"))
                continue
        out.append(c)
    return out
