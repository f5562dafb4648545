"""Reading a dateline: a string → date, time, UTC offset, zone, place, agency.

``names``     CLDR month and weekday names by language, prefixes and stems
``tokens``    tokens of a string folded by ``stmtkit.fold.fold_aligned`` and their one-letter shapes
``forms``     date, time and offset forms as patterns over shapes
``zones``     abbreviations by language and place, named local times, tzdata offsets
``place``     place and agency around the date (news ledes, letter closings)
``relative``  "2 hours ago" and its kin
``read``      ``read_stamp`` / ``parse_dateline``: all of the above on one string
"""
