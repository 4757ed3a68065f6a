"""Second pubmeta round: clutter, titles and outlets in page shapes of ten more real pages (issue 10, points 4 and 8).

Fictional pages in real shapes: a photo's cut-off alt text over its credited caption ("... Photo courtesy
X |"), a template's ad slot glued to a paragraph, a caption over its credit alone on the next line, an
update's time with the dateline after it, the age label of an old page, a section label such as "US News"
over the headline, a tag alone under the standfirst, a "Shares" counter label, "Source: NYTimes".
"""

from __future__ import annotations

from dossier.ingest.clean import clean_article
from dossier.model import Article, RawArticle
from dossier.settings import Settings

_SETTINGS = Settings(progress="never")


def _clean(text: str) -> Article:
    art = clean_article(RawArticle(source="page.txt", fmt="txt", text=text), settings=_SETTINGS)
    assert isinstance(art, Article)
    return art


def test_cut_alt_text_over_a_photo_courtesy_caption_and_an_ad_slot() -> None:
    art = _clean(
        "Some evacuation orders were lifted and new ones issued as the Tessel fire grew on Monday. Photo courte...\n"
        "Some evacuation orders were lifted and new ones issued as the Tessel fire grew on Monday. Photo courtesy Orlen Fire/Facebook |\n"
        "By Ilse Marrow, UPI\n"
        "Authorities lifted some evacuation orders but issued others as the 40,000-acre Tessel Fire spread.\n"
        "[post_ads]The fire agency said late Monday that crews had built new lines around the town of Kestria.\n"
        "By Monday evening the fire was 20 percent contained, the agency said.\n"
    )
    assert art.title is None
    assert art.outlet == "UPI" and art.authors == ("Ilse Marrow",)
    assert "Photo courte" not in art.text and "[post_ads]" not in art.text
    assert "The fire agency said late Monday" in art.text


def test_caption_over_its_credit_line() -> None:
    art = _clean(
        "Advertisement\n\n"
        "Evacuation orders lifted for two Tessel valleys as fire slows\n\n"
        "\"Hot shot\" crews light backfires to hold the Tessel fire along Route 9 near Lake Orlen on July 3.\n"
        "(Ilse Marrow / The Kestria Ledger via AP)\n"
        "Share\n\n"
        "Authorities lifted evacuation orders in two valleys late Tuesday after crews strengthened lines around the fire.\n\n"
        "By Tuesday evening the fire had burned 31,000 acres and was 15% contained, the fire agency said.\n"
    )
    assert art.title == "Evacuation orders lifted for two Tessel valleys as fire slows"
    assert "Hot shot" not in art.text and "Ilse Marrow" not in art.text
    assert art.text.startswith("Authorities lifted evacuation orders")


def test_update_time_with_its_dateline_and_an_age_label() -> None:
    art = _clean(
        "Four killed, many missing after ferry sinks near Orlen\n\n"
        "March 14, 2013 09:21 am | Updated 03:48 pm IST - ORLEN\n\n"
        "At least four people were killed and many others were missing after a ferry sank in the Tessel river on Friday, police said.\n\n"
        "Divers recovered the bodies of four passengers, a police officer at the scene said.\n\n"
        "Local people rescued about 30 passengers, an official said.\n"
    )
    assert art.published.date == "2013-03-14"
    assert "Updated" not in art.text
    aged = _clean(
        "Orlen mine collapse traps eleven workers\n\n"
        "This article is more than 8 years old\n\n"
        "Eleven workers are trapped in a collapsed mine in southern Tessel, officials say.\n\n"
        "Rescuers are sending oxygen and water through a hose, a police officer told local radio.\n"
    )
    assert aged.published.date is None
    assert "years old" not in aged.text


def test_section_label_over_the_headline_names_no_outlet() -> None:
    art = _clean(
        "US News\n\n"
        "Ferry capsizes in Tessel river, three reported dead\n\n"
        "ORLEN, Tessel — A ferry carrying about 200 people capsized on Monday, and officials said three people died.\n\n"
        "At least 50 people swam to safety or were rescued, a police officer said.\n\n"
        "Ferry accidents are common on the river, which floods every monsoon.\n"
    )
    assert art.outlet is None
    assert art.title == "Ferry capsizes in Tessel river, three reported dead"
    assert "US News" not in art.text


def test_tag_alone_under_the_standfirst_and_a_shares_label() -> None:
    art = _clean(
        "Rescuers close in on trapped Orlen miners\n\n"
        "Cave-in delays efforts to free eleven workers trapped in a copper mine.\n\n"
        "tessel\n\n"
        "Rescuers are only metres away from eleven workers trapped underground in a copper mine, the minister said.\n\n"
        "The men have been trapped for six days, officials said.\n\n"
        "Shares\n"
    )
    assert "\ntessel\n" not in "\n" + art.text + "\n"
    assert not art.text.endswith("Shares")


def test_source_line_with_a_short_name_of_the_times() -> None:
    art = _clean(
        "Police in Tessel have launched a manhunt for the owners of a ferry that sank in the Orlen river on Monday.\n"
        "By Wednesday, 90 passengers had been reported missing and 12 bodies recovered, officials said.\n"
        "The owners have been charged with culpable homicide, the district's top official said.\n"
        "Source: NYTimes\n"
    )
    assert art.outlet == "The New York Times"
    assert "NYTimes" not in art.text


def test_a_word_of_a_sentence_broken_around_a_link_stays() -> None:
    art = _clean(
        "Orlen Rovers reach cup final after late scare\n\n"
        "Orlen Rovers will meet Kestria City in the final after winning 3-2 on Sunday. In the other game Tessel's\n\n"
        "beat\n\n"
        "of Varnia 2-1 at home, but neither side could qualify for the final.\n\n"
        "The first leg of the final will be played in Orlen on the last weekend of November.\n"
    )
    assert "beat" in art.text.split()


def test_a_last_paragraph_over_an_outlets_credit_is_no_caption() -> None:
    art = _clean(
        "Tessel ferry toll rises to 31\n\n"
        "The toll from the sinking of a ferry on the Tessel river rose to 31 on Monday, the river police said.\n\n"
        "Divers were searching the wreck for nine passengers still missing, the police said.\n\n"
        "The ferry had been carrying twice its licensed load.\n"
        "(Orlen Times/AFP)\n"
    )
    assert "twice its licensed load" in art.text


def test_a_lone_on_of_a_broken_sentence_stays() -> None:
    art = _clean(
        "Kestria market reopens after fire\n\n"
        "The central market in Kestria reopened on Monday, five weeks after the fire that destroyed 200 stalls.\n\n"
        "Traders said the repairs were paid for by a levy\n\n"
        "on\n\n"
        "the town's hotels, which the council approved in June.\n"
    )
    assert "on" in art.text.split()
