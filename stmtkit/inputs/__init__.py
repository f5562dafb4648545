"""Input formats: telling HTML, Markdown and plain text apart, and turning each into lines.

Plain text goes to the stages as it is.  An HTML page gives the stages its
main text, one block (heading, paragraph, list item, table row) a line, and
its own metadata (``stmtkit.page_model.Page``).  Markdown keeps its lines,
each line's ``text`` stripped of inline markup while ``raw`` keeps it.  The
HTML and Markdown parsers are imported only when such an input comes.
"""
