"""How much each piece of evidence counts when the dateline stage chooses among date candidates.

Every line that yields a stamp (a date line, a paragraph's opening lede, a stamp glued to
the headline, the front matter's ``date:``) is a candidate; its features are named in
``stmtkit.dates.candidates`` and its score is the sum of feature value × weight below.  The best candidate at or above ``THRESHOLD`` is the
dateline.  Set by hand against the fixtures and the corpus: a feature that only breaks ties
weighs a few tenths, one that decides alone weighs two or more.
"""

from __future__ import annotations

WEIGHTS: dict[str, float] = {
    # Where the date comes from.
    "front_matter": 4.0,  # "date: 2024-05-27" in the document's front matter
    "glued_title": 2.0,  # "Headline 04.06.2024 09:30": the scrape ran the stamp into the headline
    # Shape of the line.
    "stamp_line": 2.0,  # the date and little else: markup, a label, a section or byline set off by a bar
    "lede": 2.2,  # "BAKU, May 27 (Reuters) -" opening a paragraph
    "dateless_lede": 1.6,  # "Paris (AFP) -": place and agency without a date
    "place_only": -1.2,  # "AMSTERDAM - …": no agency and no date: it gives a stamp its place, and is the dateline alone only as the first lines
    "place_region": -0.8,  # "MANILA, Philippines - …": a city and its country, no agency and no date: a lede near the top
    "share": 0.6,  # share of the line the stamp covers (0..1)
    "label_published": 1.0,  # "Published:", "Stand:", "vom": a label says this is the stamp
    "label_updated": -0.6,  # "Updated:": a stamp, but the publication date wins when both stand
    "label_other": -4.0,  # "Deadline:", "until", "born": the date of something else, not the page's
    "letter_date": -0.7,  # "Paris, le 27 mai 2024" alone on its line: a letter's date, the dateline when no stamp dates the page (it still passes alone)
    "closing_date": 1.3,  # "… we call on everyone to act. 24.10.2014": a full date typed after a paragraph's last sentence, the letter's date
    "formal_closing": 2.0,  # "Adopted this 3rd day of March, 2024, at Nairobi.": a formal closing's verb, the date, its place: the text's date
    "signer_before": 2.0,  # "Union of Teachers, 12 May 2024": the body that signs, then the date, closing a letter
    "rubric": 0.8,  # a few capitalised words beside the date: a rubric, a section, a byline, a counter
    "no_year": -0.5,  # "3. Mar": a stamp states its year more often than a stray number and word do
    "time": 0.3,  # a stamp states a time more often than an event date does
    "relative": -0.5,  # "Today, 17:59", "2 hours ago": less sure than a stated date
    "relative_day": -4.0,  # "Today", "Yesterday" alone: a menu, not a stamp
    "prose": -2.5,  # lowercase words around the date: a date inside a sentence (an event, a deadline)
    # Position.
    "near_top": 1.6,  # 1 on the first content line, falling to 0 by the fifteenth
    "near_end": 0.3,  # 1 on the last content line: a letter's closing "Paris, le 27 mai 2024"
    "relative_deep": -3.0,  # a relative stamp far from the top: a reader's comment ("Rick / 2 hours ago")
    "after_title": 0.6,  # within three content lines below the headline
    # Neighbours.
    "caption_lede": -3.0,  # a lede-shaped paragraph closed by the photographer's e-mail: a photo's caption
    "numbered_item": -2.5,  # "3. Marta Lind" after "2. Jonas Weiss": a numbered list item, not a date
    "clock_top": -2.5,  # the first line's date, a month or more after another stamp line: the site's clock, today's date
    "weather_beside": -3.0,  # a temperature on the next or previous line: the site's clock widget, today's date
    "name_day": -3.0,  # "Meniny má Katarína" on the date's line or the next: the header's name-day widget, today's date
    "after_related": -3.0,  # under "Related articles" or "Comments" below the text: another page's or a reader's date
    "date_run": -2.5,
    "venue_beside": -3.0,  # "YER: …" / "TARİH: 12 Haziran 2019": a labelled venue near the date: an event's date  # one of three dated lines or more close together: related articles, an archive
}

# The least score a candidate needs to be the dateline: a bare date line anywhere in the text passes
# (a letter's closing date), a date inside a sentence does not.
THRESHOLD = 2.0
