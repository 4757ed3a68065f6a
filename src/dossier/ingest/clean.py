"""Clean: remove page clutter from a raw article and read its metadata.

Scraped news pages carry the same kinds of clutter whatever the site: navigation ("Skip to
content"), weather and date headers, advertisement markers, donation appeals, comment-box
text, "Read also" / "RELATED STORIES" lists with the headlines under them, photo captions
ending in a credit, copyright and wire-credit lines, bylines and "Updated on" stamps. The
line cleaner here recognises them by **line shape** — length, end punctuation, position in
the page (header zone above the story, footer zone below it), capitals, runs of clutter —
and by the vocabulary of the clutter itself, never by single words a story sentence could
use: a story line that mentions "support" or "comments" is kept.

Text layout of a cleaned article: every kept line is one paragraph; paragraphs are joined
with a blank line ("\\n\\n"). Hard-wrapped lines (a line that does not end a sentence
followed by one starting in lower case) are joined with a space first. The title line is
taken out of the text (it is ``Article.title``); everything else taken out is recorded as a
``Removed(text, reason, line)``. A date stamp that starts a line with story text after it
("date 2023-06-14 Floods cut off ...") is split off first and recorded as a ``dateline``
item: no stamp stays in the text.

Metadata (``_metadata``): ``outlet`` is whose journalism it is (a wire credited by a dateline
marker, credit line, sign-off or copyright line; a byline's or "Source:" line's outlet; else
the site), ``publisher`` the site that carried it where different (input metadata, the web
address, a masthead/menu/footer line, a site name ending the title, a copyright holder). The dateline ("TAIPEI, Taiwan –", "(CNN) —") is kept in the
text and its place recorded in ``Article.dateline``.

HTML pages are extracted with trafilatura at ingest (``RawArticle.text``); their text then
goes through the same line cleaner (so ``Removed.line`` counts lines of the extracted text).

A text longer than ``max_chars`` was cut at ingest; the cut is recorded here as one
``Removed`` item with reason ``"other"`` that says how many characters were left out.

Measured (commands in the tests): the BBC set (no clutter) loses 5 of 10,635 story lines;
FNC-1 bodies (scraped, some clutter left) lose about 2.3 % of lines, nearly all real clutter.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import metadata as md
from .read import too_short
from ..lexicon import safe_date
from ..model import Article, PublishedDate, RawArticle, Rejection, Removed, stable_id
from ..outlets import canonical_outlet, known_outlet, outlet_from_domain, outlet_of_footer
from ..settings import Settings

log = logging.getLogger(__name__)

_FLAGS = re.IGNORECASE

NAVIGATION = re.compile(
    r"^(?:(?:press [\"“]?enter[\"”]? to )?skip to (?:main )?(?:content|navigation|search|footer)|jump to (?:comments|content|navigation|main content)|"
    r"menu|main menu|search|home|sign in|log in|login|sign up|register|subscribe|newsletters?|currently reading|now reading|"
    r"see (?:here |below )?for (?:the )?full (?:version|story|article|text)|"
    r"toggle navigation|open navigation|close|back to top|go to top|top of page|share|share (?:it|this)(?: article| story| post| page)?|(?:next|previous|prev) (?:story|article|post)|read next|up next|"
    r"tweet|shares|print|email|e-mail|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|"
    r"share (?:on|via|to) [\w ]{1,20}|email this (?:article|story|page)|print this (?:article|story|page)|"
    r"click (?:here )?to (?:expand|enlarge|share|print)|enlarge this image|loading(?: video)?\.*|link copied!?|"
    r"click here(?: to [\w ]{1,40})?\.?|sign up here\.?|explore more on these topics|reuse this content|"
    r"after newsletter promotion|join (?:us|our [\w ]{1,20}) on [\w ]{1,20}|follow [\w’' ]{1,30} coverage.*|"

    r"listen( to this article)?|\d+ min(?:ute)?s? read|show more|load more|more|next|previous|"
    r"accessibility|cookie (?:settings|policy)|privacy policy|terms of (?:use|service)|contact us|about us|"
    r"follow us( on .{1,30})?|connect with us|(?:comments )?powered by [\w .]{1,30}|watch live|live tv|latest news|breaking news|trending( now)?|"
    r"article topic follows:.*|topics?:.*|tags?(?::.*)?|filed under:?.*|categories?:.*|place:.*|section:.*|"
    # a teaser's links to the full story and an aggregator's link to its source
    r"continue reading(?:\.\.\.|…)?|read (?:the )?(?:entire|full|whole|original) (?:article|story)|source link|"
    r"(?:home|news)\s*[>/»›|].*|you are here\s*:.*)$",
    _FLAGS,
)
SECTION_LABELS = {
    "world", "politics", "business", "us", "u.s.", "uk", "europe", "asia", "africa", "americas",
    "middle east", "asia pacific", "australia", "national", "local", "news", "world news", "opinion",
    "sport", "sports", "tech", "technology", "science", "health", "climate", "environment",
    "entertainment", "culture", "lifestyle", "travel", "economy", "markets", "investigations",
    "analysis", "international", "nation", "defense", "security", "military", "war", "conflict",
    "ukraine", "russia", "china", "korea", "north korea", "breaking", "live", "latest", "top stories",
    "region", "regional", "metro", "weather", "crime", "justice", "education", "society",
    "us news", "u.s. news", "uk news", "local news", "national news", "international news", "africa news", "asia news",
    "business news", "latest news", "top news",
}  # fmt: skip
ADVERTISEMENT = re.compile(
    r"^[\W_]*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content)?|"
    r"paid (?:content|post|partnership)|partner content|story continues below(?: advertisement)?|supported by|"
    r"advertisement\W+scroll to continue|download (?:our|the) (?:free )?app|get (?:our|the) (?:free )?app|(?:video )?ad feedback|"
    r"continue reading (?:below|the main story)|scroll to continue(?: with content)?|article continues below)"
    r"(?:[\W_]*spot_?img)?[\W_]*$",  # "- Advertisement -spot_img": a page template's image placeholder left glued
    _FLAGS,
)
_SKY = r"(?:sunny|mostly sunny|partly sunny|cloudy|partly cloudy|mostly cloudy|clear|fair|rain|light rain|showers|snow|fog|overcast|windy|thunderstorms?|drizzle)"
WEATHER = re.compile(
    rf"^-?\d{{1,3}}(?:[.,]\d)?\s*°?\s*[FC]\b.{{0,30}}$|^-?\d{{1,3}}°.{{0,30}}$|^{_SKY}\s*,?\s*-?\d{{1,3}}(?:[.,]\d)?\s*°\s*[FC]?$",
    re.IGNORECASE,
)
DONATION = re.compile(  # phrases that only appeals to readers use
    r"\b(?:become a (?:patron|member|supporter|subscriber)|cup of coffee|readers like you|join our community|"
    r"keep our (?:reporting|journalism|newsroom)|support (?:us|our (?:journalism|reporting|work|newsroom|mission)|"
    r"(?:independent|quality|local) (?:journalism|reporting|news))|ways to support|help us (?:produce|keep|continue|grow)|"
    r"(?:donate|subscribe|contribute|give) (?:now|today)|make a (?:donation|contribution)|(?:a|one) (?:small|monthly) "
    r"(?:gift|donation|contribution)|you could close this page|free information|before you move on|small favou?r to ask|"
    r"support(?:ing)? (?:the |our )?[\w’']+(?:’s|'s)? (?:journalism|reporting|newsroom)|fund(?:ing)? our (?:journalism|reporting)|"
    r"reader[- ]funded|newsletters may contain|support now|"
    r"your (?:support|donations?|contributions?) (?:helps?|allows?|makes?|keeps?|enables?|means?|powers?)\b)\b",
    _FLAGS,
)
DONATION_WORD = re.compile(r"\b(?:donat\w*|subscri\w*|patron\w*|patreon|membership|paywall|contribution|unlimited access)\b", _FLAGS)
# a paywall's offer: "Sign in to unlock member-only benefits!", "Access 10 free stories every month"
PAYWALL = re.compile(
    r"\b(?:member[- ]only (?:benefits|content|stories|articles)|unlock (?:member|premium|exclusive|unlimited|full)\b|"
    r"\d+ free (?:stories|articles) (?:every|per|a|each) month|^already a (?:subscriber|member)\b|^not a (?:subscriber|member)\b|"
    r"^want (?:all|more) of .{1,40}\?\s*subscribe\b)",
    _FLAGS,
)
_BULLET = re.compile(r"^[•·*▪●]\s")
APPEAL = re.compile(r"\b(?:please|consider|help us|you can|you could|if you)\b", _FLAGS)
READER_ADDRESS = re.compile(r"\b(?:you|your|we|our|us)\b", _FLAGS)
COMMENTS = re.compile(
    r"^(?:comments?|your comments?|\d+ comments?|show comments|view comments|leave a (?:comment|reply)|add a comment|post a comment|"
    r"join the (?:conversation|discussion)|be part of the conversation|comment policy|community guidelines|"
    r"conversation guidelines|log in to comment|sign in to comment|there[’']s no content to show here yet|no comments yet|"
    r"be the first to comment|do you have anything to say|have your say|do you like this (?:story|article|post)|"
    r"(?:was|is) this (?:story|article|post) (?:helpful|useful))\b.{0,40}$"
    r"|\b(?:keep your comments|comments (?:are|have been) (?:closed|moderated|disabled)|community guidelines|"
    r"forum for civil|civil and constructive conversation|share a story idea|(?:have|got) a (?:news )?tip|"
    r"submit (?:it|a tip|your story) here|report (?:this|a) comment|comment section|commenting (?:policy|guidelines))\b",
    _FLAGS,
)
RELATED_HEADER = re.compile(
    r"^[\W_]*(?:read also|also read|read more|more to read|related(?: stories| articles| news| coverage| content| reading| links| topics)?|"
    r"you may also like|you might also like|recommended(?: for you| stories| reading)?|more from [\w .]{1,30}|"
    r"more stories|more news|most (?:read|popular|viewed)|popular (?:now|stories)|see also|"
    r"what to read next|further reading|top stories|editor'?s picks|in other news|also on [\w .]{1,30}|watch|"
    r"more on this story|latest stories|latest headlines|other (?:news |top )?stories|latest news:|latest:|key events|just in:|breaking:)\s*:?",
    _FLAGS,
)
CAPTION_CREDIT = re.compile(
    r"(?:\[[^\[\]]{2,80}\]|\((?:[^()]{0,40}\b(?:photo|photograph|image|picture|pic|credit|file|courtesy|getty|afp|ap|reuters|epa|"
    r"shutterstock|handout|screenshot|screengrab|video still)\b[^()]{0,60})\)|"
    r"\(\(?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s*/\s*(?:The\s)?[A-Z][\w.&'’ -]{1,40}\)\)?|"  # "(Jane Roe/The Associated Press)", doubled "((...))"
    r"(?<=\s)[–—-]\s+-?/?[A-Za-z][\w.-]*(?:/[A-Za-z][\w.-]*){1,3}|"  # "– -/yonhap/dpa", "- Jane Roe/dpa"
    r"(?<=[.!?])\s+[—–]\s*(?:AFP|AP|Reuters|EPA(?:-EFE)?|Xinhua|Anadolu|White Star|INP|APP|PPI|Online|File|Photo by [\w .'-]{2,40})|"  # "... on Wednesday. — Reuters"
    r"(?<=[.!?])\s+(?:AFP|AP|EPA|PPI|APP|INP|NNI|Reuters|Xinhua)(?=\s*$)|"  # "... on September 3, 2022. PPI"
    r"\b(?:getty images|afp via getty images|shutterstock|ap photo(?:/[\w .]+)?|reuters/[\w .]+|epa-efe(?:/[\w .]+)?|"
    r"(?:credit|image)(?:\.\.\.|…)\s*[\w .,/&'-]{2,80}|hide caption|toggle caption|"
    r"photo(?:graph)?:\s*[\w .,/&-]{2,90}|image(?: source)?:\s*[\w .,/&-]{2,60}|credit:\s*[\w .,/&-]{2,60}|"
    r"(?<=[.!?]\s)photos? courtesy(?: of)?\s+[\w .,/&'-]{2,60}?(?:\s*\|)?|"  # "... began Saturday. Photo courtesy Cal Fire/Facebook |"
    r"(?:(?<=[.!?])|(?<=[.!?]\s))picture:\s*[\w .,/&-]{2,60}|"  # "... after Cyclone Fani.Picture: AFP": a gallery's credit run into its caption
    r"(?:photo(?:graph)?|picture|image)s? by\s+[\w .,'/&-]{2,60}?(?:\s*\|\s*license photo)?))\s*\.?$",
    _FLAGS,
)
CAPTION_LINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{3,40}\s*/\s*\S+@\S+$|"  # "JANE ROE / JROE@VARNIACOURIER.COM": a photographer's credit
    r"^(?:author profile photo|profile photo|(?:photos?|video) courtesy\b.*|image caption\b.*|image source\b.*|photo caption\b.*|caption\s*:.*|photo\s*:.*|photograph\s*:.*|"
    r"hide caption|toggle caption|(?:credit|image)(?:\.\.\.|…).*|"
    r"image\s*:.*|representational (?:purpose|image|photo|picture)s?(?: only)?|video caption\b.*|media caption\b.*|file photo\b.{0,80}|(?:[\w .]{1,40})/(?:getty images|afp|ap|reuters))$",
    _FLAGS,
)
# a photo's caption named by where the photo is on the page: "Top: An aerial view of ... is seen ..."
POSITION_CAPTION = re.compile(r"^(?:top|bottom|above|inset|(?:top|bottom) (?:left|right))\s*:\s+(?:an?|the)\s\S", _FLAGS)
# a line that only says a photo is there or credits it: "Associated Press photo", "AP Photo/Jane Roe",
# "(Full-size photo)(All photos)", "File photo", "Photos: Reuters"
PHOTO_ONLY = re.compile(
    r"^(?:(?:\(\s*)?(?:full[- ]size|all|view|see|more|enlarge|expand|open)?\s*(?:photos?|images?|pictures?|gallery|slideshow)\s*\)?\s*){1,3}$"
    r"|^(?:[\w.&'-]+ ){0,4}(?:photo|photos|photograph|picture|image)(?:\s*/\s*[\w .'-]{2,40})?$",
    _FLAGS,
)
# an archive photo's caption: "FILE - A health worker ... in Monrovia, Jan. 30, 2015."
FILE_CAPTION = re.compile(
    r"^(?:FILE(?: PHOTO)?|File (?:photo|picture|image))\s*[-–—:]\s+\S"
    # "In this photo provided by ..., troops carry ...", "In this July 15, 2010 photo, ...", "In this undated file photo"
    r"|^In this (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, (?:19|20)\d\d)?,? |undated )?"
    r"(?:file |handout )?(?:photo|image|picture|frame grab)\b"
)
# a gallery caption: "1 of 3 | Rescuers search ... | License Photo"
GALLERY_CAPTION = re.compile(r"^\d{1,2} of \d{1,3}\s*\|", _FLAGS)
COPYRIGHT = re.compile(
    r"©|™ ?&|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)|\ball rights reserved\b|\bmay not be (?:published|reproduced|"
    r"redistributed)|^the-\w+-wire$|\bnewsource$|\bnewswire$|"
    r"^(?:this (?:story|article|report) (?:has been|was) (?:updated|corrected|originally published|first published)|"
    r"updated to (?:include|add|reflect|correct)|correction:|clarification:|this is a developing story|"
    r"(?:additional|contributing) reporting by)\b|^our standards:|\btrust principles\b",
    _FLAGS,
)
CREDIT_LINE = re.compile(
    r"^(?:edited|editing|produced|translated|compiled|fact-checked|graphics|design) by\b|^sources?:\s|^contributing:\s|"
    r"^\(?(?:web |online |chief |copy )?editors?\s*:\s*[^)]{2,60}\)?$|"  # "(Web editor: Chang Sha, Hongyu)"
    r"^with (?:news |the )?(?:wire services|wires|agencies)\.?$",
    _FLAGS,
)
CONTRIBUTED = re.compile(r"\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\b|\bcontributed reporting\b", _FLAGS)
# an author's note at the foot of a story: "Jane Roe is a Tessel-based Courier writer who has ..."
AUTHOR_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) is (?:a|an|the) [^.]{0,120}?"
    r"\b(?:writer|reporter|journalist|correspondent|editor|columnist|contributor)s?\b"
)
BYLINE_TRAILER = re.compile(r"^\((?:reporting|writing|editing|additional reporting) by\b.*\)\.?$", _FLAGS)
NEWSLETTER = re.compile(
    r"\b(?:sign up (?:for|to) (?:our|the) [\w ]{0,30}newsletter|(?:get|have) (?:the latest|our) [\w ]{0,40}(?:delivered )?"
    r"(?:to|in) your inbox|subscribe to (?:our|the) [\w ]{0,30}newsletter)\b",
    _FLAGS,
)
# a timeline entry: a full date, a dash and the entry ("June 5, 1993 – In Mogadishu, ...", "- 7 December 2017: ...")
TIMELINE_ENTRY = re.compile(
    rf"^(?:[-–—•*·]\s*)?(?:{md.MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+{md.MONTH}\.?,?\s+(?:19|20)\d\d)"
    r"\s*(?:[–—:]|\s-)\s+(?!\d{1,2}[:.]\d\d)\S"  # "June 4, 2024 – 10:35": a live page's entry stamp, not a timeline
)
COOKIES = re.compile(r"\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:preferences|consent))\b", _FLAGS)
TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]\d{1,2})?$", _FLAGS)
RELATIVE_STAMP = re.compile(
    r"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago"
    r"(?:\s+\d{1,6})?$",  # "1 week ago 34": the stamp and a counter beside it
    _FLAGS,
)
# an update's time with no date: "UPDATE: 5:10pm", "Updated 11.40 GMT"
TIME_STAMP = re.compile(
    r"^(?:update|updated|last updated|posted|published)\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?"
    r"(?:\s+[-–—]\s+[A-Z][A-Z .'’-]{2,30})?$",  # "Updated 04:07 pm IST - ORLEN": the update's time, then the dateline
    _FLAGS,
)
# a live page's entry stamp on a line of its own or opening its entry: "Aug 28, 9:10 a.m.", "August 26, 2016, at
# 5:46 p.m. EDT:", "Update, August 26, 2:45 p.m.: The death toll ..."
LIVE_ENTRY_STAMP = re.compile(
    rf"^(?:update[d]?\s*[,:-]?\s*)?(?:{md.WEEKDAY},?\s+)?(?P<mon>{md.MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,\s*(?P<year>(?:19|20)\d\d))?(?:,?\s+at\s+|,\s*|\s+)\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)(?:\s*[A-Z]{2,4})?(?:\s*:?$|:\s)",
    _FLAGS,
)


def live_entry_days(lines: Sequence[str]) -> list[dt.date]:
    """The days of a live page's entry stamps (lines of their own), when some carry a year and some do not:
    a stamp without one takes the year of the nearest stamp with one, the year that puts it nearest that
    stamp's day ("Aug 28, 9:10 a.m." over "Aug 26, 2016, 5:46 p.m." is 28 August 2016). Empty unless there are
    two stamps or more and one has a year."""
    found: list[tuple[int, int, int | None]] = []
    for line in lines:
        m = LIVE_ENTRY_STAMP.match(line.strip())
        mon = md.month_num(m.group("mon")) if m else None
        if m is None or mon is None or not 1 <= int(m.group("day")) <= 31:
            continue
        found.append((mon, int(m.group("day")), int(m.group("year")) if m.group("year") else None))
    if len(found) < 2 or all(y is None for _, _, y in found):
        return []
    days: list[dt.date] = []
    for n, (mon, day, year) in enumerate(found):
        if year is None:
            k = min((k for k, f in enumerate(found) if f[2] is not None), key=lambda k: abs(k - n))
            ref = safe_date(found[k][2] or 0, found[k][0], found[k][1])
            cands = [d for d in (safe_date(y, mon, day) for y in range((found[k][2] or 0) - 1, (found[k][2] or 0) + 2)) if d]
            if ref is None or not cands:
                continue
            days.append(min(cands, key=lambda d: abs((d - ref).days)))
        else:
            d = safe_date(year, mon, day)
            if d is not None:
                days.append(d)
    return days
TODAY_WIDGET = re.compile(r"-?\d{1,3}\s*°\s*[FC]?\b.*|today[’']s paper|\be-?paper\b", _FLAGS)
PLAYER_WORDS = re.compile(r"duration\s*\d|quality settings|fullscreen|captions(?=[A-Z]|\b)|playback rate|picture-in-picture", _FLAGS)
FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|mp4)$|^[\w-]*_[\w-]*_[\w-]+(?:\s+\d{1,2})?$", _FLAGS)
# ("Interactive_Quake_Map-UPDATE 4": a graphic's file name, words joined by underscores)
GALLERY_NAV = re.compile(r"^(?:\d{1,2}\s*/\s*\d{1,3}|swipe or click to see more|swipe for more|click to enlarge|view gallery)$", _FLAGS)
LIVE_ENTRY_BYLINE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*,\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})$")
# an icon sprite's alt texts dumped as one line: "Calendar An icon of a desk calendar. Cancel An icon of ..."
ICON_TEXT = re.compile(r"\ban icon (?:of|that|representing)\b|\bicon of\b", _FLAGS)
# an embedded post copied with its raw markup: '<a href="https://t.co/...">#Grace</a>'
EMBED_MARKUP = re.compile(r"<a\s+href=|</a>", _FLAGS)
# a desk's or an editor's sign-off at the foot: "Staff Report", "Our Correspondents", "Tribune Wire", "AMK/PR", "E.M"
AGENCIES_DESK = re.compile(r"^(?:agencies|news agencies|wire services|wires)\s*[|,/–—-]\s*[A-Z][\w .'’-]{1,30}$", _FLAGS)
DASHED_CREDIT = re.compile(r"^[-–—]{1,2}\s*(?P<org>[A-Z][A-Za-z&. ]{1,30})\s*$")
SITE_AND_DOMAIN = re.compile(r"^(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}\s+[–—|-]\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+/?$")
DESK_SIGNOFF = re.compile(
    r"^(?:(?:our|staff|special|news|web|online|monitoring|city|foreign|digital)\s+)?"
    r"(?:staff reports?|staff reporters?|staff writers?|correspondents?|reporters?|news desk|web desk|desk report)$",
    _FLAGS,
)
WIRE_SIGNOFF = re.compile(r"^[A-Z][a-z]+ Wire$")  # "Tribune Wire": the feed the copy came from, no person
EDITOR_INITIALS = re.compile(r"^[A-Z]{1,4}(?:[./][A-Z]{1,4}){1,3}\.?$")
LIST_MARKER = re.compile(r"^(?:list of \d+ items|end of list|\d+ of \d+)$", _FLAGS)
DISCLAIMER = re.compile(r"^[\W_]*(?:fictional example|this (?:article|story|page) is (?:a work of )?fiction(?:al)?)\b", _FLAGS)
# a line that is only a web address, or one labelled as the page's own ("Source: https://...", "URL: ...")
TRAILING_CREDIT = re.compile(
    r"[.!?”\"]\s*(?:\(\s?(?P<orgs>[A-Za-z]{2,12}(?:\s*/\s*[A-Za-z]{2,12}){0,2})\s?\)"
    r"|[-–—]{1,2}\s*(?P<dashed>[A-Z][A-Za-z]{1,15}(?:\s*/\s*[A-Za-z]{2,12}){0,2}))$"  # "... what is needed. -Bernama"
)
COUNTER_LINE = re.compile(r"^[•·|]?\s*\d[\d,.]*\s*[KkMm]?\s+(?:views|reads|comments|shares|likes)\s*$", re.IGNORECASE)
# a byline name right before a stamp word ("Jane Roe Published December 23, 2024")
NAME_THEN_STAMP = re.compile(r"^(?:(?!By\s)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?=(?:Published|Posted|Updated)\b)"
                             r"|By:?\s+(?P<by>\S.{0,40}?)\s+(?=On:?\s))")  # "By: Jane Roe On: Sep 19, 2023"
# a bare site address on a line of its own ("independent.co.uk")
BARE_DOMAIN = re.compile(r"^(?:www\.)?(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})/?$", re.IGNORECASE)
URL_LINE = re.compile(
    r"^(?:(?P<label>source|source url|url|link|original(?: article| url)?|canonical|permalink|article url)\s*:?\s*)?"
    r"[<(\[]?(?P<url>(?:https?://|www\.)[^\s<>()\[\]]+)[>)\]]?$",
    _FLAGS,
)
BULLET = re.compile(r"^\s*(?:[-–—•·*▪►>]|\d{1,2}[.)])\s+")
_QUOTE_CUE = re.compile(r"[“”\"]|\b(?:said|says|told|added|according to|stated|noted|warned)\b")


@dataclass(frozen=True)
class CleanResult:
    """What the line cleaner produced for one text."""

    text: str
    title: str | None
    removed: tuple[Removed, ...]
    first_line: str | None  # the first kept story line (where a dateline would be)
    site: str | None = None  # a site name the page's own title ended with ("... | The Varnia Courier")
    title_line: int | None = None  # the line the title was read from
    story_line: int | None = None  # the second line of prose (the first may be a standfirst above the date), or the first under a standfirst's date line


def _words(s: str) -> int:
    return len(s.split())


# ISO 639-1 codes a site's language switch shows ("ua" is how sites write Ukrainian)
_LANG_CODES = frozenset(
    "en ru ua uk de fr es it pt pl nl tr ar fa he zh ja ko hi ur bn id ms th vi ro hu cs sk bg sr hr sl el sv no da fi "
    "et lv lt ka hy az kk uz be mk sq bs".split()
)


# a masthead of the group's sites, bars between them ("Daily Orlen|The Orlen Times|Orlen Business|"), and a
# site's name set off by dots (". Earth Science News .")
_SITE_LIST = re.compile(r"^\|?\s*(?:[A-Z][\w&'’.]*(?:\s+[A-Za-z][\w&'’.]*){0,4}\s*\|\s*){2,}(?:[A-Z][\w&'’.]*(?:\s+[A-Za-z][\w&'’.]*){0,4})?\s*$")
_MENU_RUN = re.compile(r"^(?:Subscribe|Home|Menu|Sign [Ii]n|Log [Ii]n|Login|Register)\b")
_IMAGE_NAME = re.compile(r"\b[a-z]+(?:-[a-z0-9]+)*-(?:icon|img|logo)(?:-[a-z0-9]+)*\b|\b(?:icon|img)-[a-z]+-[a-z]+\b")
_DOTTED_LABEL = re.compile(r"^[.·•|:]+\s*[A-Z][\w&'’]*(?:\s+[A-Z][\w&'’]*){0,4}\s*[.·•|:]+$")


# a publishing system's embed code left as text: "[youtube id=... align=center]", "[caption id=...]"
SHORTCODE = re.compile(
    r"^\[(?:youtube|vimeo|embed|video|audio|caption|gallery|tweet|twitter|instagram|facebook|soundcloud|playlist|iframe)\b[^\]]{0,300}\]$",
    _FLAGS,
)
BARE_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")  # a writer's or a press office's address alone on a line
GALLERY_INTRO = re.compile(r"^(?:see|view) (?:the |more |all )?(?:photos?|pictures?|images?|gallery)\b[^.!?]{0,80}\bbelow\s*:?$", _FLAGS)
# a stamp's label whose value the scrape lost ("Published" / "on" on lines of their own)
EMPTY_STAMP = re.compile(r"^(?:first |last )?(?:published|posted|updated)(?:\s+(?:on|at))?\s*:?$", _FLAGS)
# the site advertising its own channels: "The Orlen Post is now on Telegram. Click here ...", "Follow The Orlen Post on X and Instagram ..."
SELF_PROMO = re.compile(
    r"^(?:(?P<org>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) is (?:now )?(?:on|available on) (?:Telegram|WhatsApp|Google News|Instagram|YouTube|Threads|Signal)\b"
    r"|Follow (?P<follow>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) on (?:Twitter|X|Facebook|Instagram|Telegram|WhatsApp|YouTube|TikTok|Threads|LinkedIn|Google News)\b)"
)
# the note an aggregator's feed template adds naming where the story was first published: "The post <headline>
# appeared first on The Orlen Post.", "The content originally appeared on: Varnia News | Orlen Post"
ORIGIN_CREDIT = re.compile(
    r"^(?:the post .{3,300}? appeared first on|(?:the|this) (?:content|article|story|post|piece|report) (?:originally|first) appeared on:?)\s+(?P<org>[^\n]{2,80}?)\.?$",
    _FLAGS,
)


def origin_outlet(line: str) -> str | None:
    """The outlet a feed's origin note names (the last part of "Varnia News | Orlen Post"), or ``None``."""
    m = ORIGIN_CREDIT.match(line.strip())
    if not m:
        return None
    org = re.split(r"\s+[|·•]\s+", m.group("org").strip())[-1].strip()
    org = org.split(":")[0].strip()  # "Orlen Post: Headline of the story"
    known = known_outlet(org)
    if known:
        return known
    return org if 1 <= len(org.split()) <= 5 and org[:1].isupper() else None


def promo_outlet(line: str) -> str | None:
    """The site a promotion of its own channels names ("The Orlen Post is now on Telegram"), or ``None``."""
    m = SELF_PROMO.match(line.strip())
    if not m:
        return None
    org = (m.group("org") or m.group("follow") or "").strip()
    if org.lower() in {"us", "we", "our", "me", "this page", "this site"} or org.split()[0].lower() in {"us", "we", "our"}:
        return None
    known = known_outlet(org)
    if known is None and md._looks_like_name(org) and not org.startswith("The "):
        return None  # "Follow Jane Roe on X": the writer's account, not the site's
    return known or org


def _standalone_reason(s: str) -> str | None:
    """Classify one stripped line on its own; ``None`` means "not clutter by itself"."""
    n = _words(s)
    if URL_LINE.match(s) or BARE_EMAIL.match(s) or SHORTCODE.match(s):
        return "other"
    if EMPTY_STAMP.match(s):
        return "dateline"
    if n <= 60 and SELF_PROMO.match(s):
        return "navigation"  # the site's or the writer's channels advertised
    if n <= 80 and ORIGIN_CREDIT.match(s):
        return "copyright"
    continued = re.match(r"^(?:and|&)\s+(?=(?:last\s+)?updated\b)", s, re.IGNORECASE)
    if continued and md.parse_stamp(s[continued.end():]):
        return "dateline"  # "and last updated 2024-05-29 07:51" under "Posted at ...": the stamp's second line
    plain = re.sub(r"[\s↓↑→←►▼▲»«|•·]+$", "", s).strip()
    if DISCLAIMER.search(s) or not any(ch.isalnum() for ch in s):  # "___", "* * *", "– –"
        return "other"
    if n <= 8 and ADVERTISEMENT.match(plain):
        return "advertisement"
    if n <= 12 and NAVIGATION.match(plain):
        return "navigation"
    if n <= 4 and re.match(r"^[•·▪►*]\s*\S", s) and NAVIGATION.match(re.sub(r"^[•·▪►*]\s*", "", plain)):
        return "navigation"  # "• twitter", "• whatsapp": share buttons in a bulleted list
    if n <= 4 and re.fullmatch(r"[•·▪►*]\s*fb", s):
        return "navigation"  # "• fb"
    if 6 <= n <= 25 and _MENU_RUN.match(s) and not md.is_prose(s) and not re.search(r"[\d.,;:!?]", s):
        return "navigation"  # "Subscribe To Print Edition About The Tribune Code Of Ethics Download App Advertise with us"
    if n <= 40 and not md.is_prose(s) and _IMAGE_NAME.search(s):
        return "navigation"  # "... Advertise with us Classifieds search-icon-img": a menu scraped with its images' names
    if n <= 16 and not re.search(r"\d", s) and (_SITE_LIST.match(s) or _DOTTED_LABEL.match(s)):
        return "navigation"  # "Daily Orlen|The Orlen Times|Orlen Business|", ". Earth Science News ."
    if WEATHER.match(s) and n <= 6:
        return "other"
    if COUNTER_LINE.match(s):
        return "other"  # "• 78 views", "1.2K shares": a page's counters
    if re.fullmatch(r"\d{1,4}", s):
        return "other"  # "483" alone on a line: a page's view or share counter ("78,000" may be a match's crowd)
    if re.fullmatch(r"\d{5,9}", s):
        return "other"  # "205387" alone on a line: a story's number in the site ("78,000", with its comma, may be a crowd)
    if n <= 6 and PAGE_FIELD.match(s):
        return "other"  # "ID :", "Story Code : 141716", "• category: Security&Crime", "• time: 12:57 pm": a page's fields
    if re.fullmatch(r"(?:[a-z]{2}(?:\s+|\s*[|/·]\s*)){1,5}[a-z]{2}", s) and all(w in _LANG_CODES for w in re.findall(r"[a-z]+", s)):
        return "navigation"  # "ua en ru": a site's language switch
    if TODAY_WIDGET.search(s) and n <= 12 and md.find_full_dates(s):
        return "navigation"  # "Sunday, April 28, 2024 77° Today's Paper": the day the page was viewed, not its date
    if len(PLAYER_WORDS.findall(s)) >= 2 and n <= 12 or FILE_NAME.match(s):
        return "navigation"  # "Duration 1:41Quality SettingsCaptionsFullscreen", "349Q8BG-Preview_W.jpg"
    if GALLERY_NAV.match(s):
        return "caption"  # a gallery's "1/13", "Swipe or click to see more": around its photos' captions
    segs = [g.strip() for g in re.split(r"\s*[|·]\s*", s) if g.strip()]
    if len(segs) >= 3 and all(_words(g) <= 2 and g[:1].isupper() and not re.search(r"\d", g) for g in segs):
        return "navigation"  # "Email | Print | Subscribe | Comments | Forum"
    if re.fullmatch(r"(?:go|jump) to (?:the )?(?:main )?(?:contents?|article|story|top)", s, re.IGNORECASE):
        return "navigation"  # "Go to contents": a site's accessibility link over the page
    if WIRE_EDIT_NOTE.fullmatch(s):
        return "other"  # "REVISES DECK, ADDS AFAD STATEMENT": the wire desk's note on what a new version changed
    if re.fullmatch(r"this (?:article|story|page) is (?:more|over|less) than (?:\d{1,2}|an?|one) (?:days?|weeks?|months?|years?) old", s, re.IGNORECASE):
        return "dateline"  # "This article is more than 8 years old": an age, no date
    if re.fullmatch(r"(?:this (?:(?:article|story|page|content) )?)?(?:was )?(?:first )?published (?:\d{1,2}|an?|over an?|more than an?) (?:days?|weeks?|months?|years?) ago", s, re.IGNORECASE):
        return "dateline"  # "This was published 7 years ago": an age, no date
    if re.fullmatch(r"(?:skip to [\w ]+?)+", s, re.IGNORECASE):
        return "navigation"  # "Skip to main contentSkip to key eventsSkip to navigation"
    agency = re.fullmatch(r"\(([^()]{2,40})\)", s)
    if agency and (agency.group(1).strip().lower() in md.KNOWN_WIRES or known_outlet(agency.group(1).strip(), strict=True)):
        return "copyright"  # "(Xinhua)", "(Al Jazeera)" on a line of its own: whose copy it is
    desk = re.fullmatch(r"(.+?)\s+[A-Z][A-Z &-]{2,30}", s)
    if desk and desk.group(1).lower() in md.KNOWN_WIRES and not s.isupper():
        return "copyright"  # "Anadolu Agency MIDDLE EAST": the agency and its desk over the story
    if LIVE_ENTRY_BYLINE.match(s):
        return "byline"  # "03:42 , Arpan Rai": a live blog entry's time and author
    if md.parse_stamp(s) or RELATIVE_STAMP.match(s) or TIME_ONLY.match(s) or TIME_STAMP.match(s):
        return "dateline"
    if len(ICON_TEXT.findall(s)) >= 3:
        return "navigation"
    if EMBED_MARKUP.search(s):
        return "other"
    named = NAME_THEN_STAMP.match(s)
    if named and n <= 14 and md.parse_stamp(s[named.end() :].strip()):
        return "dateline"  # "Jane Roe Published December 23, 2024 | 11:39 PM": a byline and its stamp
    if n <= 12 and md.site_name(s, skip=_is_menu_word):  # "BBC News", "Sign in | The Kyiv Independent"
        return "navigation"
    if n <= 3 and DESK_SIGNOFF.match(s):
        return "byline"
    if n <= 6 and AGENCIES_DESK.match(s):
        return "byline"  # "Agencies | Manila": the copy of several agencies, from where
    if n <= 5 and (dashed := DASHED_CREDIT.match(s)) and dashed.group("org").strip().lower() in md.KNOWN_WIRES:
        return "copyright"  # "- Reuters" on its own line under the story: the agency's credit
    if n <= 8 and SITE_AND_DOMAIN.match(s):
        return "navigation"  # "The Daily Tribune – www.orlenpost.com": the masthead and its address
    if WIRE_SIGNOFF.match(s):
        return "other"
    if md.parse_byline(s) or BYLINE_TRAILER.match(s) or (n <= 30 and CONTRIBUTED.search(s) and not _QUOTE_CUE.search(s)):
        return "byline"
    if LIST_MARKER.match(s):
        return "related"
    if n <= 40 and COOKIES.search(s):
        return "navigation"
    if n <= 30 and NEWSLETTER.search(s) and not _QUOTE_CUE.search(s):
        return "donation"
    quoted = bool(_QUOTE_CUE.search(s))
    if (n <= 60 and COPYRIGHT.search(s) or n <= 12 and CREDIT_LINE.match(s)) and not quoted:
        return "copyright"
    if not quoted and n <= 25 and COMMENTS.search(s):
        return "comments"
    if not quoted and n <= 25 and PAYWALL.search(s):
        return "donation"
    weak_appeal = n <= 40 and bool(DONATION_WORD.search(s)) and bool(APPEAL.search(s))
    if not quoted and READER_ADDRESS.search(s) and (DONATION.search(s) or weak_appeal):
        return "donation"
    if POSITION_CAPTION.match(s) and n <= 60:
        return "caption"
    if n <= 16 and GALLERY_INTRO.match(s):
        return "caption"  # "See photos of the rescued miners below:": the line that opens a run of photos
    if CAPTION_LINE.match(s) and n <= 12 or n <= 8 and PHOTO_ONLY.match(s) or (GALLERY_CAPTION.match(s) or FILE_CAPTION.match(s)) and n <= 80:
        return "caption"
    if n <= 60 and _is_credited_caption(s, quoted=quoted):
        return "caption"
    if n <= 20 and RELATED_HEADER.match(s) and not md.is_prose(s):
        return "related"
    return None


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CAPS_PLACE = re.compile(r"[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2}")
_CUT_LEDE = re.compile(r"[A-Za-z,]$")


def _teaser_tail(nonblank: Sequence[int], lines: Sequence[str], reason: list[str | None]) -> None:
    """Mark the teasers that end a page: two or more pairs of a headline and its lede cut mid-sentence.

    "West Asia fuels Norway's push for Arctic drilling" over "OSLO: Escalating tensions have revived
    efforts by": the lede stops without a full stop, where the site cut it; a story's own last
    paragraph ends a sentence.
    """
    kept = [i for i in nonblank if reason[i] is None]
    pairs: list[tuple[int, int]] = []
    k = len(kept) - 1
    while k >= 1:
        head, lede = lines[kept[k - 1]], lines[kept[k]]
        if not (_CUT_LEDE.search(lede) and _words(lede) >= 6 and 3 <= _words(head) <= 20 and head[:1].isupper()
                and not re.search(r"[.!?:]$", head) and md.sentence_breaks(head) == 0):
            break
        pairs.append((kept[k - 1], kept[k]))
        k -= 2
    if len(pairs) >= 2 and k >= 0:  # the story itself stays above them
        for h, t in pairs:
            reason[h] = reason[t] = "related"


_DURATION = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")


def _video_list_tail(nonblank: Sequence[int], lines: Sequence[str], reason: list[str | None]) -> None:
    """A list of videos under the story: "01:36" over each headline, to the page's end (two or more)."""
    durs = [k for k, i in enumerate(nonblank) if reason[i] is not None and _DURATION.fullmatch(lines[i].strip())]
    if len(durs) < 2:
        return
    start = durs[0]
    tail = nonblank[start:]
    heads = [i for i in tail if reason[i] is None]
    if len(heads) < 2 or any(_words(lines[i]) > 20 or lines[i].rstrip().endswith(".") for i in heads):
        return
    for i in heads:
        reason[i] = "related"


def _figure_list(idx: Sequence[int], lines: Sequence[str]) -> set[int]:
    """The items of bulleted lists that give figures ("* 10,268 tanks", "* 370 airplanes"): story content, not a menu.

    A run of two or more consecutive bulleted lines, most of which hold a number, counts whole.
    """
    out: set[int] = set()
    run: list[int] = []
    for i in [*idx, -1]:
        if i >= 0 and BULLET.match(lines[i]) and (not run or i == run[-1] + 1 or not any(lines[run[-1] + 1 : i])):
            run.append(i)
            continue
        if len(run) >= 2 and 2 * sum(bool(re.search(r"\d", lines[j])) for j in run) >= len(run):
            out.update(run)
        run = [i] if i >= 0 and BULLET.match(lines[i]) else []
    return out


# a page's own fields over the story: its number, section, tags, time (the date field is a stamp, read elsewhere)
PAGE_FIELD = re.compile(
    r"^[•·▪*]?\s*(?:(?:story\s+|news\s+)?(?:id|code|no\.?)\s*:?\s*\d*|time\s*:\s*\d{1,2}[:.]\d\d.{0,12}|(?:category|categories|section|tags?|views|hits|auther)\s*:"
    r"(?!.*\b(?:said|says|killed|died|dead)\b).{0,40})\s*$",
    re.IGNORECASE,
)


# a wire desk's note over a new version of a story: "REVISES DECK, ADDS AFAD STATEMENT", "UPDATES toll, ADDS quotes"
WIRE_EDIT_NOTE = re.compile(
    r"(?:(?:ADDS|UPDATES|REVISES|CORRECTS|RECASTS|REWRITES|CHANGES|REFILES|TOPS|INSERTS|FIXES|WRITETHRU)\b[^.!?]{0,60}?)"
    r"(?:[,;]\s*(?:ADDS|UPDATES|REVISES|CORRECTS|RECASTS|REWRITES|CHANGES|INSERTS|FIXES)\b[^.!?,;]{0,60}){0,3}"
)


# a headline, a byline with its outlet and a stamp run together on one scraped line
TRAILING_BYLINE_STAMP = re.compile(
    r"^(?P<head>\S.{14,200}?)\s+(?P<by>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}"
    r"(?:\s+and\s+[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})?),\s+(?P<org>[A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3})\s+"
    rf"(?P<stamp>(?:{md.WEEKDAY},?\s+)?(?:{md.MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b.*)$"
)


def _is_menu_word(seg: str) -> bool:
    """A part of a masthead or menu line that is a menu word or a section label ("Sign in", "World")."""
    plain = seg.strip(" .:|").lower()
    return bool(NAVIGATION.match(seg.strip())) or plain in SECTION_LABELS or plain in _MENU_WORDS or bool(ADVERTISEMENT.match(seg.strip()))


_MENU_WORDS = {
    "account", "my account", "edition", "english", "en", "donate", "support us", "podcasts", "audio", "video", "videos",
    "newsletters", "games", "shop", "jobs", "events", "archive", "epaper", "e-paper", "today's paper", "live tv",
    "watch", "listen", "sign out", "log out", "profile", "notifications", "settings", "help", "subscribe now",
}  # fmt: skip


_CREDIT_LOWER = {
    "via", "by", "of", "the", "and", "for", "photo", "photos", "photograph", "image", "images", "picture", "pic", "credit",
    "file", "courtesy", "source", "screenshot", "screengrab", "handout", "video", "still", "h/t", "lead", "from", "supplied", "pictured",
}  # fmt: skip


def _is_credited_caption(s: str, *, quoted: bool = False) -> bool:
    """A photo caption: one short sentence (or two) ending in a credit ("[Rodong Sinmun]", "(Photo: AP)").

    A caption that reports what someone said ("..., officials said Tuesday. Photo by Jane Roe/UPI")
    counts only when the credit names itself a photo credit.
    """
    m = CAPTION_CREDIT.search(s)
    if m is None or _credit_is_quote_insert(s):
        return False
    before = s[: m.start()].strip()
    inner = m.group(0).strip(" .[]()")
    explicit = bool(re.search(r"\b(?:photo|photograph|image|picture|getty|credit|courtesy|file)\b", inner, re.IGNORECASE))
    if quoted and (not explicit or re.search(r"[“”\"]", before)):
        return False
    # several sentences before the credit: a story paragraph that names its source (an agency's long caption
    # of several sentences, "... bringing the total to 700. (Photo by Jane Roe / AFP)", is kept: its figures are news)
    if len(before.split()) > (45 if explicit else 35) or md.sentence_breaks(before) > (1 if explicit else 0):
        return False
    words = [w for w in re.split(r"[\s/,;:|]+", inner) if w.strip("-–—")]
    path = m.group(0).lstrip()[:1] in "-–—"  # "– -/yonhap/dpa": an agency's credit path, written in lower case
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _CREDIT_LOWER or "." in w or path and w.lower() in md.KNOWN_WIRES
        for w in words
    )


def _credit_is_quote_insert(s: str) -> bool:
    """A bracket at the end of a quote ("... said [the minister]") is not a photo credit."""
    m = re.search(r"\[([^\[\]]+)\]\s*\.?$", s)
    if m is None:
        return False
    inner = m.group(1).strip()
    return not inner[:1].isupper() or inner.lower() in {"sic", "sic."}


DASHED_NAME = re.compile(r"^[-–—]{1,2}\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$")  # "- Jane Roe" closing the story
LOWER_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,3}$")  # "abc/de" under a wire story: the desk's initials
CONTACT_HEAD = re.compile(
    r"^(?:for (?:more|further) information,?(?: please)? contact|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries)"
    r"|notes? (?:to|for) editors)\s*:?$",
    _FLAGS,
)
# "About the Orlen Relief Fund", "About Us": a body's name in capitals, never a subhead such as "About the victims"
ABOUT_HEAD = re.compile(r"^[Aa]bout (?:[Tt]he |[Uu]s$)?[A-Z][\w&.'’-]*(?: (?:of|and|for|the|[A-Z][\w&.'’-]*)){0,6}$")
# "From Jane Roe, Orlen": a correspondent's byline and the town she files from
FROM_BYLINE = re.compile(r"^From\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s*(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})$")
_DESK_NAMES = {"our correspondent", "our correspondents", "our reporter", "our reporters", "a correspondent", "staff reporter", "our staff reporter"}
_CAPS_PLACE_COUNTRY = re.compile(r"[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2},\s+[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,2}")


def _tag_between(lines: Sequence[str], before: Sequence[int], after: Sequence[int], headline: int | None) -> bool:
    """A lone word sits between whole lines (after the headline or a finished sentence, before a capital): a tag,
    not a word of a sentence broken around a link ("... Tessel's" / "beat" / "of Varnia 2-1")."""
    prev = before[-1] if before else None
    nxt = lines[after[0]] if after else ""
    ends = prev is not None and (prev == headline or bool(re.search(r"[.!?\"”’)]$", lines[prev])))
    return ends and nxt[:1].isupper()


def signoff(line: str, story: str) -> tuple[str, str] | None:
    """A reporter's sign-off closing a broadcast story: her name, then the station the story names itself.

    "Jane Roe KVRN News 7." under a story that says "KVRN News 7 spoke to ..." gives
    ``("Jane Roe", "KVRN News 7")``; the station must be named in the story, so a line that
    is only a name and a place or a phrase is no sign-off.
    """
    s = line.strip().rstrip(".")
    words = s.replace(",", " ").split()
    if not 3 <= len(words) <= 7 or md.is_prose(s + " x") and re.search(r"\b(?:said|says|told)\b", s):
        return None
    for k in (2, 3):
        name, org = " ".join(words[:k]), " ".join(words[k:])
        if not org or not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words[:k]) or not org[:1].isupper():
            continue
        station = len(org.split()) >= 2 and (bool(re.search(r"\d", org)) or md._outlet_shaped(org)) or known_outlet(org, strict=True) is not None
        if station and md._looks_like_name(name) and re.search(rf"(?<![\w-]){re.escape(org)}(?![\w-])", story, re.IGNORECASE):
            return name, org
    return None


def _foot(nonblank: Sequence[int], lines: Sequence[str], reason: list[str | None]) -> None:
    """The foot of a page: a desk's initials, a reporter's sign-off, a press office's contacts and boilerplate."""
    kept = [i for i in nonblank if reason[i] is None]
    story = "\n".join(lines[i] for i in kept[:-1])
    for i in kept[-3:]:
        s = lines[i]
        if LOWER_INITIALS.match(s):
            reason[i] = "other"
        elif (dashed := DASHED_NAME.match(s)) and md._looks_like_name(dashed.group("name")) \
                and dashed.group("name").lower() not in md.KNOWN_WIRES and not known_outlet(dashed.group("name"), strict=True):
            reason[i] = "byline"  # "- Jane Roe" closing the story
        elif i == kept[-1] and signoff(s, story) is not None:
            reason[i] = "byline"
    prose_seen = 0
    for k, i in enumerate(kept):
        s = lines[i]
        if md.is_prose(s):
            prose_seen += 1
        rest = kept[k + 1 :]
        if prose_seen >= 3 and len(rest) <= 4 and _words(s) <= 8 and (CONTACT_HEAD.match(s) or ABOUT_HEAD.match(s) and not md.is_prose(s)):
            for j in (i, *rest):  # "For more information, please contact:" / "About the Orlen Relief Fund" and what follows
                reason[j] = "other"
            break


def clean_lines(text: str, *, given_title: str | None = None) -> CleanResult:
    """Remove page clutter from scraped text, line by line.

    Args:
        text: the decoded page text (one paragraph or page element per line).
        given_title: a title the input already gave (JSONL/HTML); a first line equal to
            it is taken out as the title.

    Returns:
        A ``CleanResult`` with the cleaned text, the title read from the page (or the
        given one), and every removed line with its reason.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [ln.replace("\u00a0", " ").replace("\u200b", "").strip() for ln in raw_lines]
    n = len(lines)
    # a date stamp with the story on the same line ("date 2023-06-14 Floods cut off ..."): the
    # stamp is clutter, the rest of the line is read as a line of its own
    stamps: list[Removed] = []
    # a timeline ("June 5, 1993 – In Mogadishu, ... kill 24 ..." on two lines or more): each date opens its
    # entry and dates its figures, it is no stamp of the page
    timeline = {i for i in range(n) if TIMELINE_ENTRY.match(lines[i])}
    if len(timeline) < 2:
        timeline = set()
    for i in range(n):
        if i in timeline:
            continue
        for _ in range(3):
            split = md.split_leading_stamp(lines[i])
            if split is None:
                break
            stamps.append(Removed(text=split[0], reason="dateline", line=i))
            lines[i] = split[1]
        run_on = TRAILING_BYLINE_STAMP.match(lines[i]) if i < 8 else None
        if run_on is not None and md.parse_stamp(run_on.group("stamp")) is not None \
                and (run_on.group("org").lower() in md.KNOWN_WIRES or known_outlet(run_on.group("org"), strict=True)):
            # "Flood toll rises Jana Orlova, Associated Press July 2, 2021 Updated: ...": the headline, the
            # byline and the stamp scraped onto one line; the headline stays, the byline and the stamp are taken off
            stamps.append(Removed(text=f"{run_on.group('by')}, {run_on.group('org')}", reason="byline", line=i))
            stamps.append(Removed(text=run_on.group("stamp"), reason="dateline", line=i))
            lines[i] = run_on.group("head")
    reason: list[str | None] = [None] * n
    nonblank = [i for i in range(n) if lines[i]]
    for i in nonblank:
        reason[i] = _standalone_reason(lines[i])
    for before, i in zip(nonblank, nonblank[1:]):
        if lines[i].lower() in ("on", "at") and reason[before] == "dateline" and EMPTY_STAMP.match(lines[before]):
            reason[i] = "dateline"  # "Published" / "on": the label's second word, its date lost

    # a line in another script on a page written in Latin letters (a portal's menu or notice: "이 글자크기로 변경됩니다.")
    latin = sum(len(_LATIN.findall(lines[i])) for i in nonblank)
    letters = sum(sum(ch.isalpha() for ch in lines[i]) for i in nonblank)
    if letters and latin >= 0.8 * letters:
        for i in nonblank:
            if reason[i] is None and sum(ch.isalpha() for ch in lines[i]) >= 3 and not _LATIN.search(lines[i]):
                reason[i] = "other"

    # related-story lists: the header, then the headline-like lines/bullets under it
    for k, i in enumerate(nonblank):
        if reason[i] != "related":
            continue
        rest = lines[i]
        m = RELATED_HEADER.match(rest)
        inline = rest[m.end() :].strip() if m else ""
        if inline and md.is_prose(inline) and not BULLET.match(inline):
            reason[i] = None  # "Read more: the minister said ..." is story text
            continue
        above_story = not any(reason[x] is None and md.is_prose(lines[x]) for x in nonblank[:k])
        for kk in range(k + 1, len(nonblank)):
            j = nonblank[kk]
            s = lines[j]
            if reason[j] not in (None, "related", "caption", "advertisement"):
                break
            # (a teaser cut short, "Storm batters the coast as ferries stay in port...", is a headline too)
            teaser = s.rstrip().endswith(("...", "…")) and _words(s) <= 30 and md.sentence_breaks(s.rstrip(".… ")) == 0
            headline_like = (not md.is_prose(s) and _words(s) <= 20 or teaser) and not s.endswith(":") and not s[:1].islower()
            after = nonblank[kk + 1] if kk + 1 < len(nonblank) else None
            if above_story and headline_like and not BULLET.match(s) and after is not None and reason[after] is None and md.is_prose(lines[after]):
                break  # a list of headlines above the story (a "Latest:" ticker) ends with the story's own headline
            if BULLET.match(s) or (headline_like and reason[j] is None):
                reason[j] = reason[j] or "related"
                continue
            break

    # a caption without a credit of its own, between a photo credit and a photo link ("AP photo" /
    # "Rubble surrounds the station ..." / "(Full-size photo)"): one sentence that names no speaker
    for k in range(1, len(nonblank) - 1):
        i, before, after = nonblank[k], nonblank[k - 1], nonblank[k + 1]
        s = lines[i]
        credit_above = reason[before] == "caption" or lines[before].lower() in md.KNOWN_WIRES  # "ASSOCIATED PRESS" over a photo
        if reason[i] is None and credit_above and reason[after] == "caption" and _words(s) <= 50 \
                and md.sentence_breaks(s) == 0 and not _QUOTE_CUE.search(s):
            reason[i] = "caption"

    # a caption over its credit alone on the next line: '"Hot shot" crews ... on July 3.' / "(Jane Roe / The Orlen Bee via AP)"
    for k in range(len(nonblank) - 1):
        i, after = nonblank[k], nonblank[k + 1]
        credit = re.fullmatch(r"\(\s*(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*/\s*[^()]{2,60}\)", lines[after])
        who = credit.group("who") if credit else ""
        photographer = bool(credit) and md._looks_like_name(who) and not md._outlet_shaped(who) \
            and who.lower() not in md.KNOWN_WIRES and known_outlet(who, strict=True) is None
        if reason[i] is None and photographer and reason[after] in ("caption", None) \
                and _words(lines[i]) <= 50 and md.sentence_breaks(lines[i]) == 0 and not re.search(r"\b(?:said|says|told)\b", lines[i]):
            reason[i] = "caption"
            reason[after] = "caption"
    # a photo's alt text above its caption: the caption's first words again, without the credit
    removed_captions = [lines[j] for j in nonblank if reason[j] == "caption"]
    if removed_captions:
        first_kept = next((i for i in nonblank if reason[i] is None), None)
        for i in nonblank:
            s = lines[i]
            if i == first_kept and md.is_headline(s) and not re.search(r"(?:\.\.\.|…)$", s):
                continue  # the page's headline, repeated under its photo: the title, not alt text
            cut = re.sub(r"\s*(?:\.\.\.|…)$", "", s)  # "A drone view shows ... in a mountainous...": the caption cut short
            if reason[i] is None and 5 <= _words(cut) <= 40 and any(c.startswith(cut) for c in removed_captions):
                reason[i] = "caption"

    # runs of donation / comment-box text: neighbours that address the reader
    for kind in ("donation", "comments"):
        for k, i in enumerate(nonblank):
            if reason[i] != kind:
                continue
            for step in (1, -1):
                kk = k + step
                while 0 <= kk < len(nonblank):
                    j = nonblank[kk]
                    s = lines[j]
                    if reason[j] is None and READER_ADDRESS.search(s) and not _QUOTE_CUE.search(s) and _words(s) <= 80:
                        reason[j] = kind
                    elif reason[j] is None and kind == "donation" and step == 1 and _BULLET.match(s) and _words(s) <= 12:
                        reason[j] = kind  # "Sign in to unlock member-only benefits!" and the list of the benefits under it
                    elif reason[j] != kind:
                        break
                    kk += step

    # a "more stories" block at the foot without a header: headlines, each over its lede cut off mid-sentence
    _teaser_tail(nonblank, lines, reason)
    _video_list_tail(nonblank, lines, reason)
    _foot(nonblank, lines, reason)
    # "Home | News | Police parade suspects in Orlen (photo)" over the same headline: the crumb names the headline,
    # which is no caption even when its words are the photos' caption too
    for k, i in enumerate(nonblank[:-1]):
        if reason[i] == "navigation" and re.match(r"^(?:home|news)\s*[>/»›|]", lines[i], re.IGNORECASE):
            crumb = re.split(r"\s*[>/»›|]\s*", lines[i])[-1]
            j = nonblank[k + 1]
            if _words(crumb) >= 4 and reason[j] in (None, "caption") and md.same_text(lines[j], crumb):
                reason[j] = None

    # wire credits and publisher names read from clutter happen in metadata; here only shape
    story = [i for i in nonblank if reason[i] is None]
    prose = [i for i in story if md.is_prose(lines[i])]
    first_prose = prose[0] if prose else None
    last_prose = prose[-1] if prose else None

    # header zone: city names beside weather/date headers, section labels, stray menu words
    if first_prose is not None:
        header = [i for i in nonblank if i < first_prose]
        # the headline: labels and menu words come above it, never below
        masthead = {i for i in header if reason[i] is None and md.site_name(lines[i], skip=_is_menu_word, shape=True)}
        headline = next(
            (i for i in header if reason[i] is None and i not in masthead and md.is_headline(lines[i]) and _words(lines[i]) >= 4), None
        )
        for pos, i in enumerate(header):
            if reason[i] is not None:
                continue
            s = lines[i]
            neighbours = [header[p] for p in (pos - 1, pos + 1) if 0 <= p < len(header)]
            near_date = any(reason[j] == "dateline" or (reason[j] == "other" and WEATHER.match(lines[j])) for j in neighbours)
            above_headline = headline is None or i < headline
            if (fb := FROM_BYLINE.match(s)) and (md._looks_like_name(fb.group("name")) or fb.group("name").lower() in _DESK_NAMES):
                reason[i] = "byline"  # "From Jane Roe, Orlen" over the story
            elif above_headline and s.lower().strip(" .:|") in SECTION_LABELS:
                reason[i] = "navigation"
            elif above_headline and i in masthead:
                reason[i] = "navigation"  # a masthead: "The Varnia Courier", "Menu | Orlen Daily News"
            elif near_date and _words(s) <= 6 and _unmarked_byline(s):
                reason[i] = "byline"  # "Jane Roe, Associated Press" under the stamp
            elif near_date and _words(s) <= 4 and not md.is_prose(s) and s[:1].isupper():
                reason[i] = "dateline"
            elif not above_headline and _unmarked_byline(s):
                reason[i] = "byline"
            elif not above_headline and (role := next((header[q] for q in range(pos + 1, len(header))
                                                       if reason[header[q]] in (None, "advertisement")
                                                       and lines[header[q]].lower() != "advertisement"), None)) is not None \
                    and _name_then_role(s, lines[role]):
                reason[i] = "byline"  # "Jane Roe" over "South East Asia correspondent" (an advertisement between)
                reason[role] = "byline"
            elif re.fullmatch(r"\d{1,2}", s):
                reason[i] = "other"  # a gallery's image counter above the story ("1")
            elif above_headline and headline is not None and re.fullmatch(r"[A-Z]{1,3}", s):
                reason[i] = "navigation"  # "DT" over the menu: an edition's or a language's switch
            elif md.dateline_day_line(s):
                reason[i] = "dateline"  # "New Delhi, July 25" on a line of its own over the story
            elif re.fullmatch(r"[a-z][a-z0-9-]{2,30}", s) and headline is not None and i > headline \
                    and _tag_between(lines, [j for j in nonblank if j < i], [j for j in nonblank if j > i], headline):
                reason[i] = "other"  # "floods-orlen" under the headline: a photo's file name or the page's tag, alone
            elif (_CAPS_PLACE.fullmatch(s) or _CAPS_PLACE_COUNTRY.fullmatch(s)) and s not in md.LABELS \
                    and s.lower() not in SECTION_LABELS and next((j for j in nonblank if j > i), None) == first_prose:
                reason[i] = "dateline"  # "ANKARA" on a line of its own over the first paragraph: an agency's dateline
            elif above_headline and _words(s) <= 3 and not md.is_prose(s):
                nxt = next((header[q] for q in range(pos + 1, len(header)) if reason[header[q]] is None), None)
                if nxt is not None and md.is_headline(lines[nxt]) and _words(lines[nxt]) > _words(s):
                    reason[i] = "navigation"
    # a bare date line between story paragraphs is a timeline subhead, not a page date header
    # — unless it is the page's only one, under a standfirst of at most two lines at the top
    if first_prose is not None and last_prose is not None:
        bare = []
        for i in nonblank:
            if first_prose < i < last_prose and reason[i] == "dateline":
                parsed = md.parse_stamp(lines[i])
                timed = re.search(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[A-Z]{2,4}\b)?", lines[i][-30:], _FLAGS)
                if parsed is not None and parsed.kind is None and not timed:
                    bare.append(i)
        header_date = len(bare) == 1 and len(prose) > 3 and bare[0] < prose[2] \
            and not any(reason[j] == "dateline" for j in nonblank if j < first_prose)
        for i in bare:
            if not header_date:
                reason[i] = None
        # a live page whose entry stamps carry a year only on some ("Aug 28, 9:10 a.m." ... "Aug 26, 2016,
        # 5:46 p.m."): every stamp stays in the story, over the entry it dates
        stamped = [i for i in nonblank if first_prose < i < last_prose and LIVE_ENTRY_STAMP.match(lines[i].strip())]
        if len(live_entry_days([lines[i] for i in stamped])) >= 2 \
                and any(not LIVE_ENTRY_STAMP.match(lines[i].strip()).group("year") for i in stamped):  # type: ignore[union-attr]
            for i in stamped:
                if reason[i] == "dateline":
                    reason[i] = None
    else:
        header_date = False
    # an author's note closing the story ("Jane Roe is a Tessel-based Courier writer ..."), with the
    # bare name over it: a byline at the foot
    for pos in range(max(0, len(nonblank) - 3), len(nonblank)):
        i = nonblank[pos]
        bio = AUTHOR_BIO.match(lines[i]) if reason[i] is None and _words(lines[i]) <= 45 else None
        if bio is None:
            continue
        reason[i] = "byline"
        if pos > 0 and reason[nonblank[pos - 1]] is None and lines[nonblank[pos - 1]].strip() == bio.group("name"):
            reason[nonblank[pos - 1]] = "byline"
        if last_prose is not None and last_prose >= i:
            last_prose = max((j for j in nonblank if j < i and reason[j] is None), default=None)
    # footer zone: short label-like lines after the last story sentence, next to other
    # clutter ("Donate now" under a donation appeal); a table or list that ends a story
    # with no clutter around it is kept
    if last_prose is not None:
        tail = [i for i in nonblank if i > last_prose]
        for i in tail:  # the site's name at the foot of the page
            if reason[i] is None and md.site_name(lines[i], skip=_is_menu_word, shape=True):
                reason[i] = "navigation"
            elif reason[i] is None and EDITOR_INITIALS.match(lines[i]) and lines[i].lower() not in md.KNOWN_WIRES:
                reason[i] = "byline"  # an editor's initials under the story: "AMK/PR", "E.M"
        figures = _figure_list(tail, lines)
        changed = True
        while changed:
            changed = False
            for pos, i in enumerate(tail):
                if reason[i] is not None or md.is_prose(lines[i]) or _words(lines[i]) > 6 or i in figures \
                        or lines[i][:1].islower():  # "work." : the last word of a hard-wrapped sentence
                    continue
                near = [tail[p] for p in (pos - 1, pos + 1) if 0 <= p < len(tail)]
                if any(reason[j] is not None for j in near):
                    reason[i] = "other"
                    changed = True

    kept = [i for i in nonblank if reason[i] is None]
    seen: set[str] = set()
    for i in kept:  # a paragraph shown twice (a teaser over the same paragraph): the copy goes
        key = re.sub(r"\W+", " ", lines[i]).strip().lower()
        if _words(lines[i]) >= 12 and key in seen:
            reason[i] = "other"
        seen.add(key)
    kept = [i for i in kept if reason[i] is None]
    headed = bool(kept) and md.is_headline(lines[kept[0]]) and not md.is_prose(lines[kept[0]])
    for k, i in enumerate(kept[1:4] if headed else (), start=1):  # "floods" alone under the headline and standfirst: a tag
        above, below = lines[kept[k - 1]], next((lines[j] for j in kept[k + 1 :]), "")
        whole = k == 1 or bool(re.search(r"[.!?\"”’)]$", above))  # never a word of a sentence broken around a link
        if whole and below[:1].isupper() and re.fullmatch(r"[a-z][a-z0-9-]{2,30}", lines[i]) \
                and any(md.is_prose(lines[j]) for j in kept if j > i):
            reason[i] = "other"
    kept = [i for i in kept if reason[i] is None]
    # a teaser over the byline ("QUETTA: An official died ... had kept" cut off, then "By ... / June 4, 2024", then the
    # story): its first words are the first paragraph's, and it goes
    for a, i in enumerate(kept):
        head = re.sub(r"\W+", " ", lines[i]).strip().lower().split()[:12]
        if len(head) < 12:
            continue
        for j in kept[a + 1 : a + 4]:
            between = any(reason[x] in ("byline", "dateline") for x in nonblank if i < x < j)
            if between and re.sub(r"\W+", " ", lines[j]).strip().lower().split()[:12] == head:
                reason[i] = "other"
                break
    kept = [i for i in kept if reason[i] is None]
    # a photo's caption over the date and the headline: one sentence, then the stamp, then the headline over the story
    if len(kept) >= 3 and md.is_prose(lines[kept[0]]) and md.sentence_breaks(lines[kept[0]]) == 0 \
            and not _QUOTE_CUE.search(lines[kept[0]]) and md.is_headline(lines[kept[1]]) and not md.is_prose(lines[kept[1]]) \
            and md.is_prose(lines[kept[2]]) and any(reason[x] == "dateline" for x in nonblank if kept[0] < x < kept[1]):
        reason[kept[0]] = "caption"
        kept = kept[1:]
        first_prose = next((i for i in kept if md.is_prose(lines[i])), None)
    if len(kept) > 1:
        # "NewsWorldEarthquake toll passes 900" over "Earthquake toll passes 900": a breadcrumb glued to the headline
        for j in kept[1:4]:
            first, later = lines[kept[0]].strip(), lines[j].strip()
            if len(later) >= 20 and first.endswith(later) and len(first) > len(later) \
                    and re.fullmatch(r"(?:[A-Z][a-z]+){1,4}", first[: len(first) - len(later)]):
                reason[kept[0]] = "navigation"
                break
        kept = [i for i in kept if reason[i] is None]
    if kept and md.is_headline(lines[kept[0]]):
        # a page that shows its headline twice (in the header and above the story): one is the title
        for j in kept[1:4]:
            if (first_prose is None or j <= first_prose) and md.same_text(lines[j], lines[kept[0]]):
                reason[j] = "other"
        kept = [i for i in kept if reason[i] is None]
    title: str | None = None
    title_idx: int | None = None
    if kept:
        first = lines[kept[0]]
        lead = lines[kept[1]] if len(kept) > 1 else None
        if given_title and _same_title(first, given_title):
            title, title_idx = given_title, kept[0]
        elif given_title:
            title = given_title
        else:
            wrapped = lead is not None and _is_wrapped(first, lead)  # a hard-wrapped first sentence
            following = [lines[j] for j in kept[2:4]]
            at_top = first_prose is None or kept[0] <= first_prose
            title = md.title_from_lines(first, lead, following) if not wrapped and at_top else None
            summary = [lines[j] for j in kept[1:3]]
            if title is not None and _words(first) >= 15 and len(summary) == 2 \
                    and all(_words(x) >= 8 and not md.is_prose(x) and not x.endswith(":") for x in summary):
                title = None  # three long unpunctuated sentences: a summary's points, not a headline over them
            if title is not None:
                title_idx = kept[0]
    site: str | None = None
    if title is not None and title_idx is not None:
        title, site = md.split_title_site(title)
        nxt = next((i for i in kept if i > title_idx), None)
        if site is not None and nxt is not None and md.same_text(lines[nxt], title):
            reason[nxt] = "other"  # "Headline | The Site" over the page's own headline: the same headline twice
            kept = [i for i in kept if i != nxt]
    body = [i for i in kept if i != title_idx]

    paragraphs: list[str] = []
    for i in body:
        s = lines[i]
        if paragraphs and _is_wrapped(paragraphs[-1], s, mid_word=True):
            paragraphs[-1] = paragraphs[-1] + " " + s
        else:
            paragraphs.append(s)
    removed = tuple(Removed(text=lines[i], reason=reason[i] or "other", line=i) for i in nonblank if reason[i] is not None)
    credit = TRAILING_CREDIT.search(paragraphs[-1]) if paragraphs else None
    orgs = [o.strip() for o in (credit.group("orgs") or credit.group("dashed")).split("/")] if credit else []
    if credit and orgs and all(o.lower() in md.KNOWN_WIRES for o in orgs):
        # "... in the state. ( NAN)": the agencies credited at the story's end are no part of its last sentence
        paragraphs[-1] = paragraphs[-1][: credit.start() + 1].rstrip()
        mark = "(" + "/".join(orgs) + ")" if credit.group("orgs") else "- " + "/".join(orgs)
        removed = (*removed, Removed(text=mark, reason="copyright", line=body[-1] if body else None))
    if stamps:
        removed = tuple(sorted((*stamps, *removed), key=lambda r: r.line or 0))
    return CleanResult(
        text="\n\n".join(paragraphs),
        title=title,
        removed=removed,
        first_line=paragraphs[0] if paragraphs else None,
        site=site,
        title_line=title_idx,
        # the story starts under a date line that follows a standfirst
        story_line=(next((i for i in prose if i > bare[0]), None) if header_date else prose[1] if len(prose) > 1 else None),
    )


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")


_HTML_GLUE = re.compile(r"(?m)^html(?=[A-Z][a-z])")
# two sentences run together where a paragraph break was dropped ("... quell an insurgency.Announcing the
# deaths", "... city of Goma.”A mortar bomb"): a word of lower-case letters, its full stop, and a capital
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{3}[.!?])(?=[A-Z](?:[a-z]{2,}\b|\s))|(?<=[a-z]{3}[.!?][”\"])(?=[A-Z“](?:[a-z]{2,}\b|\s))")
_ICON_LABEL = re.compile(r"(?m)^(?:Camera|Video|Gallery|Photo|Play|Image) Icon(?=[A-Z])")
_FEED_MARKS = re.compile(r"(?m)^(?:[*#~=>]{2,}|-{2,}>)(?:\s*(?:[*#~=>]+|-+>))*\s+(?=[A-Z“\"])")
# a feed's stamp run into the end of its headline ("... missionFri, 16 Feb 2024 00:02:56 GMT")
_GLUED_STAMP = re.compile(
    r"(?<=[a-z.!?’'\"])(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"(?:19|20)\d\d \d\d:\d\d(?::\d\d)? (?:GMT|UTC|[+-]\d{4})\s*$)",
    re.MULTILINE,
)
_GLUED_ACRONYM = re.compile(r"(?<=[a-z])\((?=[A-Z][A-Z0-9&.-]{1,9}\))")


_AD_SLOT = re.compile(r"(?m)^\[(?:post_ads?|ads?|ad_slot|adsense|inline_ads?|in_article_ads?)(?:_\d+)?\]\s*", re.IGNORECASE)


def _repair_scraped_text(text: str) -> str:
    """Scraped text that kept the page's HTML entities ("Ukraine&#39;s", "AT&amp;T") as the characters they
    stand for, and an acronym in brackets glued to its name ("Service(NIS)") spaced as it is meant to read."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    if "html" in text:
        text = _HTML_GLUE.sub("", text)  # "htmlMore than 3.2 million households ...": a tag's name left glued to a line
    if ":" in text:
        text = _GLUED_STAMP.sub("\n", text)
    text = _GLUED_SENTENCE.sub(" ", text)
    text = _FEED_MARKS.sub("", text)
    if "[" in text:
        text = _AD_SLOT.sub("", text)  # "[post_ads]Cal Fire reported ...": a template's ad slot glued to a paragraph
    if "Icon" in text:
        text = _ICON_LABEL.sub("", text)  # "Camera IconPeople gather ...": an icon's label run into its caption  # "*** ----> Headline | Site": a feed reader's marks before a line  # "... an insurgency.Announcing the deaths, ...": paragraphs run together
    return _GLUED_ACRONYM.sub(" (", text) if "(" in text else text


def _whole_month(earliest: dt.date, latest: dt.date) -> bool:
    """The window is one calendar month ("date 2025-01"), not two readings of a numeric date."""
    return earliest.day == 1 and earliest.month == latest.month and (latest + dt.timedelta(days=1)).day == 1


# a paper's own desk credited under the byline: "Tribune News Service", "Express News Service"
NEWS_SERVICE = re.compile(r"^(?P<name>[A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3}\s+News\s+(?:Service|Network|Bureau))$")


def _name_then_role(s: str, nxt: str) -> bool:
    """A bare name line over its role: "Jane Roe" then "South East Asia correspondent"."""
    if not re.fullmatch(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}", s.strip()) or len(nxt.split()) > 6 or md.is_prose(nxt):
        return False
    if not re.search(r"(?:correspondent|reporter|editor|journalist|writer|columnist)$", nxt.strip(), re.IGNORECASE) \
            and not NEWS_SERVICE.match(nxt.strip()):  # "Ajay Roe" over "Tribune News Service"
        return False
    b = md.parse_byline("By " + s)
    return b is not None and bool(b.authors)


def _unmarked_byline(s: str) -> bool:
    """A byline without "By" under the headline: "Jane Doe and John Roe, Reuters", "- JANE ROE"."""
    dashed = re.fullmatch(r"[-–—]\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})", s.strip())
    if dashed:
        b = md.parse_byline("By " + dashed.group(1))
        return b is not None and bool(b.authors)
    if md.is_prose(s) or not (" and " in s or "," in s or "@" in s):
        return False
    b = md.parse_byline("By " + s)
    if b is None or not b.authors:
        return False
    # "Stade de France, Paris" reads like "Name, Place": ask for a clear sign of a byline
    named_outlet = b.outlet is not None and (b.outlet.lower() in md.KNOWN_WIRES or md.is_org_name(b.outlet))
    return named_outlet or " and " in s or b.domain is not None


def _same_title(line: str, title: str) -> bool:
    """The page's first line repeats the given title (up to case, punctuation, a site suffix)."""
    if md.same_text(line, title):
        return True
    if md.is_prose(line) and not md.is_prose(title):
        return False
    from rapidfuzz import fuzz

    a, b = md.norm_text(line), md.norm_text(title)
    return bool(a and b) and (fuzz.ratio(a, b) >= 85 or (len(a) >= 20 and (b.startswith(a) or a.startswith(b))))


_WRAP_END = re.compile(
    r"\b(?:on|of|in|at|by|to|for|from|with|into|the|a|an|and|or|but|that|have|has|had|was|were|is|are|be|been|"
    r"than|as|its|their|his|her)$",
    re.IGNORECASE,
)


_NEVER_LAST = re.compile(r"\b(?:the|a|an|of|to|by|for|with|from|and)$", re.IGNORECASE)


def _is_wrapped(prev: str, cur: str, *, mid_word: bool = False) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one goes on.

    It goes on in lower case, or (``mid_word``: story paragraphs, not a page's first lines, where
    a headline may end in "on") after a word no sentence ends with ("... showed on" / "Wednesday.").
    """
    if BULLET.match(cur) or not re.search(r"[\w,;–—-]$", prev):
        return False
    if re.match(r"[a-z]", cur):
        return True
    if not (mid_word and _words(prev) >= 6 and bool(_WRAP_END.search(prev)) and bool(re.match(r"[A-Z0-9]", cur))
            and not _title_cased(prev)):
        return False
    # a long line stopping on an article or a preposition goes on whatever the next line is ("... yesterday, the" / "Office of ...")
    return md.is_prose(prev + " " + cur) or _words(prev) >= 12 and bool(_NEVER_LAST.search(prev))


# an agency's credit with its office on a line of its own: "Maghreb Arabe Presse (Rabat)"
# a site's name as the subject of its own appeal ("The Orlen Post is on the ground ...", "... relies on readers")
_APPEAL_SELF = re.compile(r"(?P<name>(?:The )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}) (?:is|relies|depends|needs|has|stays|remains|counts|works|asks|wants)\b")
# an agency credited in brackets on a stamp line ("Port Moresby (AFP) May 26, 2024")
_AGENCY_BAR = re.compile(r"^(?P<org>[A-Z][\w&.'’ -]{1,40}?)\s*[|·•]\s")  # "PTI | New Delhi | Updated: ..."
_STAMP_AGENCY = re.compile(r"\((?P<org>[A-Z][A-Za-z&. ]{1,30})\)")
AGENCY_AND_CITY = re.compile(r"^(?P<org>[A-Z][\w&.'’ -]{1,60}?)\s*\((?P<city>[A-Z][\w .'’-]{2,30})\)$")


def _title_cased(s: str) -> bool:
    """A line In Title Case (a headline or a label), not a sentence cut by a line break."""
    words = [w for w in s.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


_CUT_CREDIT = re.compile(r"\(([A-Za-z]{2,12}(?:/[A-Za-z]{2,12}){0,2})\)|- ([A-Za-z]{2,15}(?:/[A-Za-z]{2,12}){0,2})")  # the credit cut off the last paragraph


def _metadata(
    raw: RawArticle, result: CleanResult
) -> tuple[tuple[str, ...], str | None, str | None, str | None, str | None, PublishedDate]:
    """Read authors, outlet, publisher, wire, dateline place and publication date.

    The outlet is whose journalism it is: a wire credited on the page (a credit line, a
    dateline marker "(AP) —", a wire's sign-off, a copyright line of an agency), else the
    outlet a byline or a "Source:" line names, else the site itself. The site that carried
    the page (``publisher`` where it differs) is read from the input's metadata, the web
    address, the page's masthead, menus and footer ("Sign in | The Kyiv Independent"), a
    site name at the end of the title, or a copyright line.
    """
    authors: list[str] = list(raw.authors)
    wire: str | None = None
    byline_outlet: str | None = None
    credited: str | None = None  # "Source: Orlen News Agency"
    holder: str | None = None  # the copyright holder: whose page it is, when nothing else says
    domain: str | None = None  # the e-mail domain in a byline: the newsroom the reporter writes for
    known_site: str | None = None  # a known outlet named alone in the page's menus, masthead or footer
    shaped_site: str | None = None  # an unknown name shaped like an outlet in the masthead
    clutter_publisher: str | None = None
    repeats: dict[str, int] = {}
    for r in result.removed:
        repeats[r.text.strip().lower()] = repeats.get(r.text.strip().lower(), 0) + 1
    for r in result.removed:
        if repeats[r.text.strip().lower()] >= 2 and r.text.strip().lower() in md.KNOWN_WIRES:
            continue  # an agency named alone on several lines credits photos ("ASSOCIATED PRESS" over each caption)
        if r.reason == "dateline" and md.BYLINE.match(r.text):
            # "By Ines Dahl | June 7, 2024": a byline and a date stamp on one line
            head = md.STAMP_WORD.split(re.split(r"\s+[|·•—–]\s+|\s*\|\s*", r.text)[0])[0]
            dates = md.find_full_dates(head)
            b = md.parse_byline((head[: dates[0][1]] if dates else head).strip(" ,"))
            if b:
                authors.extend(a for a in b.authors if a not in authors)
                byline_outlet = byline_outlet or b.outlet
        named = NAME_THEN_STAMP.match(r.text) if r.reason == "dateline" and (r.line or 0) <= 6 else None
        if named:
            b = md.parse_byline("By " + (named.group("name") or named.group("by")))
            if b:
                authors.extend(a for a in b.authors if a not in authors)
        live = LIVE_ENTRY_BYLINE.match(r.text) if r.reason == "byline" else None
        if live is not None:
            if live.group("name") not in authors:
                authors.append(live.group("name"))  # "03:42 , Arpan Rai": a live entry's author
            continue
        if r.reason == "byline" and (fb := FROM_BYLINE.match(r.text.strip())):
            if fb.group("name").lower() not in _DESK_NAMES and fb.group("name") not in authors:
                authors.append(md.name_case(fb.group("name")))  # "From Jane Roe, Orlen": the name, not the town
            continue
        signed = signoff(r.text, result.text) if r.reason == "byline" else None
        if signed is not None:
            if signed[0] not in authors:
                authors.append(signed[0])  # "Jane Roe KVRN News 7.": the reporter and her station
            byline_outlet = byline_outlet or (known_outlet(signed[1]) or signed[1])
            continue
        dashed = DASHED_NAME.match(r.text.strip()) if r.reason in ("other", "byline") and (r.line or 0) > (result.title_line or 0) + 2 else None
        if dashed and md._looks_like_name(dashed.group("name")) and dashed.group("name").lower() not in md.KNOWN_WIRES \
                and not known_outlet(dashed.group("name"), strict=True):
            if dashed.group("name") not in authors:
                authors.append(dashed.group("name"))  # "- Jane Roe" taken off at the foot of the story: its writer
            continue
        if r.reason == "navigation" and clutter_publisher is None:
            clutter_publisher = promo_outlet(r.text)  # "The Orlen Post is now on Telegram"
        if r.reason == "copyright" and credited is None:
            credited = origin_outlet(r.text)  # "The post ... appeared first on The Orlen Post."
        if r.reason == "byline":
            text = re.sub(r"^[-–—]\s*", "", r.text)  # "- JANE ROE" under the stamp
            bio = AUTHOR_BIO.match(text)
            if bio is not None:
                text = bio.group("name")  # "Jane Roe is a ... writer": the name it opens with
            service = NEWS_SERVICE.match(text.strip())
            if service:
                byline_outlet = byline_outlet or service.group("name")  # "Tribune News Service" under the name
                continue
            b = md.parse_byline(text) or md.parse_byline("By " + text)
            if b:
                for a in b.authors:
                    if a not in authors:
                        authors.append(a)
                byline_outlet = byline_outlet or b.outlet
                domain = domain or b.domain
        w = md.wire_from_credit(r.text)
        if w and wire is None:
            wire = w
        desk_credit = AGENCY_AND_CITY.match(r.text) if r.reason == "dateline" and wire is None else None
        if desk_credit and desk_credit.group("org").lower() in md.KNOWN_WIRES:
            wire = md.KNOWN_WIRES[desk_credit.group("org").lower()]  # "Orlen News Agency (Brask)" over the story
        p = md.publisher_from_clutter(r.text)
        if p and clutter_publisher is None:
            clutter_publisher = p
        if r.reason == "donation" and clutter_publisher is None:
            # "... The Independent is on the ground ...": the site asking for support names itself
            # ("Read more Support Now The Independent is ...": the longest known name that ends before the verb)
            clutter_publisher = next((n for m in _APPEAL_SELF.finditer(r.text) for k in range(len(m.group("name").split()))
                                      if (n := known_outlet(" ".join(m.group("name").split()[k:]), strict=True))), None)
        stamp_credit = _STAMP_AGENCY.search(r.text) if r.reason == "dateline" and wire is None else None
        if stamp_credit and stamp_credit.group("org").lower() in md.KNOWN_WIRES:
            wire = md.KNOWN_WIRES[stamp_credit.group("org").lower()]  # "Port Moresby (AFP) May 26, 2024" above the story
        bar_credit = _AGENCY_BAR.match(r.text) if r.reason == "dateline" and wire is None else None
        if bar_credit and bar_credit.group("org").lower() in md.KNOWN_WIRES and md.parse_stamp(r.text):
            wire = md.KNOWN_WIRES[bar_credit.group("org").lower()]  # "PTI | New Delhi | Updated: 11-08-2023 22:33 IST"
        if r.reason == "copyright" and holder is None:
            holder = md.copyright_holder(r.text)
        if r.reason in ("copyright", "other", "byline") and credited is None:
            credited = md.source_credit(r.text)
            bracketed = re.fullmatch(r"\(([^()]{2,40})\)", r.text.strip()) if r.reason == "copyright" else None
            if credited is None and bracketed and bracketed.group(1).strip().lower() not in md.KNOWN_WIRES:
                credited = known_outlet(bracketed.group(1).strip(), strict=True)  # "(Al Jazeera)" under a paragraph
        if r.reason in ("navigation", "other", "copyright", "dateline", "advertisement", "donation") \
                and r.text.strip().lower().strip(" .:|") not in SECTION_LABELS:  # "US News" over the headline: a section, no site
            if known_site is None:
                known_site = md.site_name(r.text, skip=_is_menu_word) or outlet_of_footer(r.text)
            if shaped_site is None and r.reason in ("navigation", "other"):
                shaped_site = md.site_name(r.text, skip=_is_menu_word, shape=True)
            if shaped_site is None and r.reason == "dateline":
                # "Published 12 June 2024 · Castellan Evening Post": a stamp and the site on one line
                for seg in re.split(r"\s+[|·•]\s+", r.text)[1:]:
                    shaped_site = shaped_site or md.site_name(seg, skip=_is_menu_word, shape=True)
    if wire is None and holder is not None and holder.lower() in md.KNOWN_WIRES:
        wire = md.KNOWN_WIRES[holder.lower()]  # "© 2024 The Associated Press" on a local site
    place: str | None = None
    paragraphs = result.text.split("\n\n")
    dl = md.parse_dateline(result.first_line) if result.first_line else None
    dl_line = result.first_line or ""
    if dl is None or not dl.org:
        # a credited dateline under a standfirst or a photo line: "SEOUL, June 4 (Yonhap) --"
        for par in paragraphs[1:3]:
            later = md.parse_dateline(par)
            if later is not None and later.org:
                dl, dl_line = later, par
                break
    dateline_org: str | None = None
    if dl is not None:
        place = dl.place
        if dl.org:
            # "(CBS St. Louis/AP)": the site, then the wire whose copy it carries
            orgs = [o.strip() for o in dl.org.split("/") if o.strip()]
            agency = next((md.KNOWN_WIRES[o.lower()] for o in reversed(orgs) if o.lower() in md.KNOWN_WIRES), None)
            dateline_org = agency or canonical_outlet(orgs[-1] if orgs else dl.org)
            if agency:  # the dateline's marker is the strongest credit
                wire = agency
                if len(orgs) > 1 and not known_site:
                    known_site = orgs[0]
    if wire is None and byline_outlet and byline_outlet.lower() in md.KNOWN_WIRES:
        wire = md.KNOWN_WIRES[byline_outlet.lower()]  # "Jane Roe, Associated Press": the agency's copy, by its canonical name
    if wire is None and credited and credited.lower() in md.KNOWN_WIRES:
        wire = md.KNOWN_WIRES[credited.lower()]  # "Source: Reuters"
    if wire is None and paragraphs:
        # "... in recent years.  (dpa/NAN)": the agency credited at the story's end
        tail = TRAILING_CREDIT.search(paragraphs[-1].rstrip())
        cut = next((m for r in result.removed if r.reason == "copyright" and (m := _CUT_CREDIT.fullmatch(r.text))), None)
        if tail or cut:
            credit: str = (tail.group("orgs") or tail.group("dashed")) if tail else (cut.group(1) or cut.group(2))  # type: ignore[union-attr]
            wire = next((md.KNOWN_WIRES[o.lower()] for o in (x.strip() for x in credit.split("/")) if o.lower() in md.KNOWN_WIRES), None)
    if wire is None:
        head = "\n".join(paragraphs[:2])[:600]
        marker = md.WIRE_MARKER.search(head)  # "BY ANA RUIZ AND TOM LEE ORLEN, Va. (AP) — ..."
        if marker:
            wire = md.KNOWN_WIRES.get(marker.group("org").lower())
    page_url = raw.url or _own_url(result) or _bare_domain(result)
    url_outlet = outlet_from_domain(page_url) if page_url else None
    url_known = known_outlet(url_outlet) if url_outlet else None
    # the site that carried the page
    carrier = (
        raw.sitename or url_known or clutter_publisher or known_site or result.site or shaped_site or url_outlet
        or _self_named(paragraphs[:3])
    )
    # whose journalism: the wire credited, else the dateline's outlet, the byline's, a source credit
    journalism = wire or dateline_org or byline_outlet or credited
    outlet: str | None = raw.outlet
    publisher: str | None = None
    if journalism:
        publisher = carrier or (outlet if outlet and not md.same_text(outlet, journalism) else None)
        outlet = journalism
    else:
        by_holder = md.outlet_of_holder(holder) if holder else None
        outlet = outlet or carrier or by_holder or (outlet_from_domain(domain) if domain else None)
        publisher = carrier
    if publisher and outlet and (md.same_text(publisher, outlet) or canonical_outlet(publisher) == canonical_outlet(outlet)):
        publisher = None
    published = _published(raw, result, dl)
    if published.basis != "explicit" and dl is not None and dl.month and dl.day:
        published = _dateline_day(published, dl.month, dl.day, dl_line[: dl.end].strip(" -–—:"), result)
    elif published.basis != "explicit" and (dl is None or not dl.month):
        # "New Delhi, July 25" on a line of its own above the story: its day, with the year the page names
        alone = next((d for r in result.removed if r.reason == "dateline" and (d := md.dateline_day_line(r.text))), None)
        if alone is not None:
            place = place or alone[0]
            published = _dateline_day(published, alone[1], alone[2], f"{alone[0]}, {alone[1]}/{alone[2]}", result)
    return tuple(authors), outlet, publisher, wire, place, published


def _own_url(result: CleanResult, *, bare_only: bool = False) -> str | None:
    """The page's own web address written in its text: a labelled one ("Source: https://...") or a bare one at the top.

    With ``bare_only``, only the bare one at the top: a "Source:" address may be the page the text was taken from."""
    top = max(2, (result.title_line or 0) + 1)  # a bare address counts only at the top of the page
    for r in result.removed:
        m = URL_LINE.match(r.text.strip())
        if r.reason == "other" and m and (m.group("label") and not bare_only or not m.group("label") and (r.line or 0) <= top):
            return m.group("url")
    return None


_SELF_NAMED = re.compile(r"(?:^|[.!?]\s+)(?P<name>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\s+(?:has|brings you) the latest\b")


def _self_named(paragraphs: Sequence[str]) -> str | None:
    """A known outlet naming itself in the standfirst: "... DW has the latest.", "CNN has the latest"."""
    for par in paragraphs:
        for m in _SELF_NAMED.finditer(par):
            name = known_outlet(m.group("name"), strict=True)
            if name:
                return name
    return None


def _bare_domain(result: CleanResult) -> str | None:
    """The site's address standing alone at the top of the page ("independent.co.uk")."""
    top = max(2, (result.title_line or 0) + 1)
    for r in result.removed:
        m = BARE_DOMAIN.match(r.text.strip())
        if m and (r.line or 0) <= top and r.reason in ("navigation", "other"):
            return m.group("domain")
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE_MONTH_YEAR = re.compile(
    r"\b(?:since|after|earlier in|last|ago in)\s+(?:early\s+|late\s+|mid-?)?" + md.DATE_MY.pattern.removeprefix(r"\b"), re.IGNORECASE
)


# a title that cites the edition it comes from: "... : edit in Daily Times, March 08, 2016", "... (The Orlen Post, 4 June 2024)"
_TITLE_EDITION = re.compile(
    rf"\b(?:in|from)\s+(?:the\s+)?[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){{0,3}},\s+(?P<date>(?:{md.MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+(?:{md.MONTH})\.?,?\s+(?:19|20)\d\d)\)?\s*$"
)
_PERFECT_IN_YEAR = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){0,6}?(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)")


def _dateline_day(pub: PublishedDate, month: int, day: int, words: str, result: CleanResult) -> PublishedDate:
    """A dateline day ("SEOUL, June 4 (Yonhap) --") with the year the page states elsewhere is the date.

    The year is the one of a one-year window (a copyright line), else the latest year the page
    names in its title, its clutter or a dated past event ("in March 2024"; a bare year such as
    "the 2012 election" is no evidence) — taken only when the day it gives is not before the
    latest dated event the story reports.
    """
    if pub.earliest and pub.latest and pub.earliest[:4] == pub.latest[:4]:
        year, basis = int(pub.earliest[:4]), f"{pub.evidence}"
    else:
        years: list[int] = []
        for chunk in (result.title or "", *(r.text for r in result.removed if r.reason in ("dateline", "copyright", "other"))):
            years.extend(int(y) for y in _YEAR.findall(chunk))
        for sent in md.sentences(result.text):
            if not md.FUTURE.search(sent):  # a dated past event ("in March 2024"), never a bare year ("the 2012 race")
                years.extend(d.year for d, _, _ in md.find_full_dates(sent))
                years.extend(int(m.group("year")) for m in md.DATE_MY.finditer(sent))
            else:  # in a sentence about the future, only what is marked as past: "the first since March 2024"
                years.extend(int(m.group("year")) for m in _SINCE_MONTH_YEAR.finditer(sent))
            # "have lost their lives in 2018": a perfect that runs to now in a year is in the year of the page
            years.extend(int(m.group("year")) for m in _PERFECT_IN_YEAR.finditer(sent))
        today = dt.date.today().year
        years = [y for y in years if y <= today]
        if not years:
            return pub
        year, basis = max(years), f"year {max(years)} named on the page"
    try:
        d = dt.date(year, month, day).isoformat()
    except ValueError:
        return pub
    if pub.earliest and d < pub.earliest or pub.latest and d > pub.latest:
        return pub
    return PublishedDate(date=d, basis="inferred", earliest=d, latest=d, evidence=f"{basis}; dateline: {words}".strip("; "))


def _published(raw: RawArticle, result: CleanResult, dl: md.Dateline | None = None) -> PublishedDate:
    """Explicit date from metadata or a date line, else a window inferred from the content."""
    given = md.parse_metadata_date(raw.published)
    if given is not None:
        return md.explicit_date(given, f"input metadata: {raw.published}")
    ranked: list[tuple[int, int, int, str, md.DateStamp]] = []
    entries: list[tuple[str, md.DateStamp]] = []  # dated, timed stamps inside the story: a live blog's entries
    for r in result.removed:
        if r.reason != "dateline":
            continue
        named = NAME_THEN_STAMP.match(r.text)
        st = md.parse_stamp(r.text[named.end() :].strip() if named else r.text)  # "Jane Roe Published ..."
        in_body = result.story_line is not None and (r.line or 0) > result.story_line
        credit = re.fullmatch(r"\((?P<org>[A-Z][\w&.'’ -]{1,40}?)[\s,]+(?=\d|[A-Z][a-z])(?P<rest>[^()]{4,40})\)", r.text.strip())
        if credit and (credit.group("org").lower() in md.KNOWN_WIRES or known_outlet(credit.group("org"), strict=True)):
            in_body = False  # "(Xinhua News Agency December 21, 2003)" under the story: the agency dates its copy
        if st and in_body and st.kind is None:
            if st.date is not None and re.search(r"\d{1,2}[:.]\d{2}", r.text):
                entries.append((r.text, st))
            continue  # a bare time stamp inside the story (an embedded post) dates that, not the page
        if st:
            # published beats a bare date beats updated; a definite day beats a window; a live clock
            # ("12:35:22") comes last; and a date under the headline beats a date-of-today widget above it
            rank = md.STAMP_PRIORITY.get(st.kind, 2) + (3 if st.date is None else 0) + (6 if st.clock else 0)
            above_title = result.title_line is not None and (r.line or 0) < result.title_line
            ranked.append((rank, int(above_title), r.line or 0, r.text, st))
    if ranked:
        ranked.sort(key=lambda t: t[:3])
        _, _, _, text, best = ranked[0]
        if best.date is not None:
            return md.explicit_date(best.date, text)
        # "04/06/2024": the day the page states elsewhere decides the order, else both readings are the window
        for other in ranked[1:]:
            o = other[4]
            if o.date is not None and o.date in (best.earliest, best.latest):
                return md.explicit_date(o.date, f"{text}; {other[3]}")
        days = [(dl.month, dl.day, f"{dl.place or ''} {dl.org or ''}".strip())] if dl is not None and dl.month and dl.day else []
        for r in result.removed:  # "PORT ELIAS, Sept. 5 Varnian News -" on a line of its own above the story, taken off as a credit
            top = result.story_line is None or (r.line or 0) <= result.story_line
            alone = md.parse_dateline(r.text) if top and r.reason in ("dateline", "byline", "copyright") else None
            if alone is not None and alone.month and alone.day:
                days.append((alone.month, alone.day, r.text.strip()))
        for month, day, words in days:
            for d in (best.earliest, best.latest):
                if (d.month, d.day) == (month, day):
                    return md.explicit_date(d, f"{text}; dateline {words}")
        return PublishedDate(
            basis="inferred", earliest=best.earliest.isoformat(), latest=best.latest.isoformat(),
            evidence=f"{text} ({'a month, no day' if _whole_month(best.earliest, best.latest) else 'day and month order unknown'})",
        )  # fmt: skip
    if dl is not None and dl.date is not None:
        return md.explicit_date(dl.date, f"dateline credit: {dl.org}")
    cited = _TITLE_EDITION.search(result.title or "")
    if cited:
        # "Talks are the way : edit in Daily Times, March 08, 2016": the title names its edition's day
        full = md.find_full_dates(cited.group("date"))
        if full:
            return md.explicit_date(full[0][0], f"title: {cited.group(0).strip()}")
    live_days = live_entry_days(result.text.split("\n"))
    if len(live_days) >= 2:
        # a live page whose stamps carry a year only on some: the latest entry's day
        return md.explicit_date(max(live_days), f"live entries: {len(live_days)} stamps")
    if len(entries) >= 2:
        # a live blog with no page stamp: its entries' times ("Jane Roe 25 February 2022 10:55") date the page, the latest day
        text, last = max(entries, key=lambda e: e[1].date or dt.date.min)
        if last.date is not None:
            return md.explicit_date(last.date, f"live entries: {text}")
    url = raw.url or _own_url(result, bare_only=True)
    by_url = _URL_DAY.search(url) if url else None
    if by_url is not None:
        # "https://www.orlennews.com/2021/07/02/flood-toll-rises": a site that files its pages by day, and no stamp
        url_day = safe_date(int(by_url.group("y")), int(by_url.group("m")), int(by_url.group("d")))
        if url_day is not None and url_day <= dt.date.today():
            return md.explicit_date(url_day, f"page address: {url}")
    return md.infer_date(result.text, [r.text for r in result.removed])


# a page address filed by day: ".../2021/07/02/slug", ".../2021/7/2/slug"
_URL_DAY = re.compile(r"^https?://[^/\s]+(?:/[^/\s]+)*?/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$)")


def clean_article(raw: RawArticle, *, settings: Settings) -> Article | Rejection:
    """Turn one raw article into a cleaned ``Article`` with metadata, or a ``Rejection``.

    Args:
        raw: the article as read by ingest (plain text, or text extracted from HTML).
        settings: build settings (``min_words``).

    Returns:
        The cleaned ``Article``, or a ``Rejection(stage="clean")`` when too little story
        text is left once the page clutter is removed.
    """
    text = _repair_scraped_text(raw.text or "")
    result = clean_lines(text, given_title=raw.title)
    words = len(result.text.split())
    if too_short(result.text, settings):
        return Rejection(
            source=raw.source,
            stage="clean",
            reason=(
                f"only {words} words of story text are left after removing {len(result.removed)} clutter lines; "
                f"an article needs at least {settings.min_words} (setting min_words). If this is a real article, "
                "check that the file holds the story text (not just a page frame) or lower min_words."
            ),
        )
    authors, outlet, publisher, wire, place, published = _metadata(raw, result)
    removed = result.removed
    if raw.cut_chars:
        removed = removed + (
            Removed(
                text=f"[{raw.cut_chars} characters cut: the input was longer than max_chars={settings.max_chars}; "
                "only the text up to the last paragraph break before that limit is analysed]",
                reason="other",
                line=None,
            ),
        )
    return Article(
        id=stable_id("art", raw.source),
        source=raw.source,
        text=result.text,
        title=result.title,
        outlet=outlet,
        publisher=publisher,
        authors=authors,
        published=published,
        removed=removed,
        dateline=place,
        url=raw.url,
        wire=wire,
        encoding=raw.encoding,
    )


def removed_reasons(removed: Sequence[Removed]) -> dict[str, int]:
    """Count removed lines per reason (for reports and tests).

    Args:
        removed: the removed items of one article.

    Returns:
        Reason to count.
    """
    out: dict[str, int] = {}
    for r in removed:
        out[r.reason] = out.get(r.reason, 0) + 1
    return out
