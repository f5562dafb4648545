"""The title stage's weights: one row per named feature, summed over a candidate's features.

A candidate line scores ``sum(weight * value)`` over the features it shows (most values
are 0 or 1; ``rank`` counts the content lines above it, ``long`` the characters past
``LONG_FROM``); the best candidate whose score is at least ``THRESHOLD`` is the title.
Set by hand on the fixtures and the corpus: a headline near the top with nothing against
it scores about ``base``; one strong sign of body text or site chrome takes it below zero.
"""

from __future__ import annotations

TITLE_WEIGHTS: dict[str, float] = {
    # every candidate starts here
    "base": 1.0,
    # position: each content line above it (chrome lines count too: a headline comes early)
    "rank": -0.15,
    # a markdown heading ("# Headline") is written as a headline
    "heading": 0.8,
    # shape of a headline: fewer than three words is a rubric or a menu item more often than a headline
    "short": -0.8,
    # each character past LONG_FROM: a long line is a standfirst or a paragraph
    "long": -0.012,
    # ends like a sentence of body text: a full stop, a colon, a comma or semicolon
    "ends_full_stop": -2.0,
    "ends_colon": -2.5,
    "ends_clause": -3.0,
    # right under a line ending in a comma, no blank between: the rest of a sentence wrapped over lines
    "after_clause": -2.0,
    # two sentences on the line ("Message sent. Thank you!"): a site's note or a standfirst more often than a headline
    "two_sentences": -1.0,
    # cut off with an ellipsis: a teaser or a standfirst's opening more often than a headline
    "truncated": -1.0,
    # wholly in brackets ("(open for signing)", "(updated)"): a note on the page
    "bracketed": -2.0,
    # opens with a small letter: the rest of a sentence
    "lowercase_start": -1.5,
    # the line runs on into the next one mid-sentence: the first line of a paragraph
    "runs_on": -4.0,
    # ... unless the next line ends it as a headline, with a sentence under it: a hard-wrapped page's headline
    "wrapped": 0.0,
    # a long line with the next line right under it, no blank line between: often a paragraph
    "runs_on_long": -1.0,
    # a copy of it further down (the same text, truncated, or with a rubric before it): strong
    "repeated": 2.5,
    # half its words or more said again by the story's first paragraphs under it
    "echoed": 0.5,
    # right above or below a photo's credit line ("Foto: Reuters"): the picture's caption
    "caption": -3.0,
    # a stamp, a byline or a news lede below (short lines or one standfirst between): how articles are laid out
    "stamp_follows": 1.0,
    "names_document": 1.0,  # "Joint statement of the unions on …": a line opening with the document's kind and going on
    # right above a section's name with a headline under it ("Archive notice" / "Press releases" / "Headline"):
    # the site's banner over the article's rubric, not the headline (asked only with no stamp below)
    "above_rubric": -1.5,
    # a few words right over the first headline-shaped line of more words ("Pension reform" / "300 unionists back
    # the rolling strike"): a kicker naming the subject
    "kicker": -1.0,
    # a document's kind and a few words more ("Open letter to the authorities") right above a headline-shaped
    # line: the page's kicker over the headline
    "label_kicker": -1.0,
    # right under the article's stamp line ("31 December 2017" / "Headline"): where many pages put the headline
    "stamp_above": 1.0,
    # a lede glued after it on the same line ("Headline # BAKU, ...")
    "glued_lede": 1.0,
    # the same text as the page's own title given by another source (front matter, an HTML <title>)
    "matches_page_title": 2.0,
    # a title the page states about itself and no line of the text: taken when no line makes a headline
    "from_page": -0.2,
    # site chrome: a menu, breadcrumbs, a banner word, a domain, a metadata line, a "sign now" note
    "chrome": -3.0,
    # a few words with site chrome right below and chrome or the page's start right above ("Site Name" over a
    # menu): the site's name or a stray menu entry, not the headline
    "among_chrome": -1.5,
    # a few words printed twice in a row ("SITE NAME" / "SITE NAME"): a logo's text over the site's name
    "doubled_masthead": -1.5,
    # breadcrumbs whose last crumb is a line below ("News > Statements > Headline" over "Headline"): site chrome
    "breadcrumb": -3.0,
    # a short label and a number ("News ID: 232986", "Ref. No. 45 – 12/03/2021"): a metadata line of the page
    "label_number": -3.0,
    # a label naming the kind of document ("Press release"): the title only when no headline is there
    # (it is short by nature: "short" is not counted against it)
    "document_label": -0.5,
    # a byline ("By Jane Doe", "di Redazione"): it stands under the headline, it is not one
    "byline": -3.0,
    # below a byline or a letter's address ("To:", "Kepada Yth"): a standfirst, the addressee's name and office,
    # or the body; the headline stands above them
    "below_byline_or_address": -1.5,
    # a body's name alone ("Universidad de Valladolid", "Harbour Town Council"): the letterhead over the headline,
    # or over a letter that has none ("Harbour Readers Association" / "Dear Mayor,"): more than the base, so that
    # with nothing else in its favour it stays below the threshold (no record had a letterhead for its title)
    "letterhead": -1.2,
    # a news alert's label over another headline ("Breaking: …" from the site's alert bar)
    "news_alert": -1.5,
    # a teaser under a sponsored content's label, over the article's headline
    "sponsored_teaser": -2.0,
    # a newspaper's or an agency's name or tagline over the headline ("The Harbour Gazette — since 1901")
    "masthead": -1.5,
    # an addressee or a salutation ("To:", "Dear ...", "Exmo. Senhor", "Уважаемые ..."): a letter opening
    "addressee": -4.0,
    # in a letter's inside address, between its date and its salutation ("Board of Trustees" / "Dr Anna Berg" / "Dear …")
    "inside_address": -2.0,
    # a signature heading with its signers ("Signed: Friends of the Library"): the block, not the headline
    "signature_heading": -4.0,
    # an item of a list ("1. Home", "- point")
    "list_label": -3.0,
    # a date stamp with little else ("15:40 24 February 2022News")
    "stamp_like": -4.0,
    # a news lede ("BAKU, May 27 (Reuters) - ..."): the text opens straight with the body
    "lede": -5.0,
    # each paragraph of body text above it: the headline comes before the body (a name repeated in a
    # signature block below the body is no headline, however often it is repeated)
    "after_body": -3.0,
}

# A candidate's score must reach this to be the title.
THRESHOLD = 0.0
# Characters past this count against a candidate ("long").
LONG_FROM = 110
