"""The pipeline: decode → normalise → lines → stages → ``Statement``.

Stages run in the order of ``STAGES`` (a ruler: moving or adding a stage is
editing that tuple).  Each stage looks at the lines no earlier stage claimed
and claims the runs it recognises through ``Context.claim``; the context, not
the stages, refuses overlapping claims, so every line ends up in at most one
element, and the last stage turns what is left into paragraphs — nothing is
lost by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from functools import lru_cache, partial
from types import ModuleType

from .decode import decode
from .digest import sha256_hex
from .errors import DecodeError, InternalError, debug_enabled, too_large
from .lines import split_lines
from .memo import remembering
from .model import (
    Explanation,
    Source,
    Span,
    Statement,
    explain_when_read,
)
from .normalize import normalize

# Re-exported: callers have always imported Options from here.
from .options import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from .options import Options as Options
from .state import Context, Why

Stage = Callable[[Context], None]


def stages() -> tuple[tuple[str, Stage], ...]:
    """The ruler: every stage in the order it runs, as ``(name, run)``.

    Order matters where a later stage should not see what an earlier one took: the title
    before the dateline (a stamp glued to the headline), signatures before lists (a list
    of names is a signature block), repeats after lists (a repeated list item stays an
    item), the body last (what is left becomes paragraphs).  Each ``run`` is looked up
    at every parse, so a test or a tool may replace one; the stage modules are imported
    on first parse so that ``import stmtkit`` stays cheap.
    """
    frontmatter, language, boilerplate, title, dateline, page_date, signatures, lists, body = _stage_modules()
    return (
        ("frontmatter", frontmatter.run),
        ("language", language.run),
        ("boilerplate", boilerplate.run),
        ("title", title.run),
        ("dateline", dateline.run),
        ("page-date", page_date.run),
        ("signatures", signatures.run),
        ("lists", lists.run),
        ("repeats", boilerplate.claim_repeats),
        ("body", body.run),
    )


@lru_cache(maxsize=1)
def _stage_modules() -> tuple[ModuleType, ...]:
    """The stage modules, imported once: an import statement asked again at every parse still walks
    the import machinery for each of its names (about 20,000 instructions a parse)."""
    from .stages import (
        body,
        boilerplate,
        dateline,
        frontmatter,
        language,
        lists,
        page_date,
        signatures,
        title,
    )

    return frontmatter, language, boilerplate, title, dateline, page_date, signatures, lists, body


@lru_cache(maxsize=1)
def _detect() -> ModuleType:
    """``inputs.detect``, imported on the first parse and once: an import statement in ``prepare_context`` walked the
    import machinery at every page (1.5 us); imported with the pipeline, it cost a one-file run 0.3 M instructions
    more.  Its ``detect_format`` is looked up at each page, so that a tool may replace it."""
    from .inputs import detect

    return detect


@lru_cache(maxsize=1)
def _html_text() -> ModuleType:
    """``inputs.html_text``, imported on the first page (a run of plain text never loads lexbor) and once, as
    ``_detect``."""
    from .inputs import html_text

    return html_text


def run_stages(ctx: Context) -> Context:
    """Run every stage in order; a stage that raises becomes an ``InternalError`` naming it.

    Stages never raise on odd text by design; this is the safety net for the
    bug that slips through, so that one file of a 100,000-file batch gives an
    error record instead of ending the run.  ``STMTKIT_DEBUG=1`` (``--debug``)
    lets the original exception through with its traceback.
    """
    # Answers about this document's lines and names (folds, name kinds) are remembered
    # in its state while the stages run, and die with it.
    with remembering(ctx.memo):
        for name, stage in stages():
            try:
                stage(ctx)
            except Exception as exc:
                if debug_enabled():
                    raise
                raise InternalError(_stage_failure(name, exc)) from exc
    return ctx


def _stage_failure(stage: str, exc: Exception) -> str:
    if isinstance(exc, TimeoutError):
        # The regex module raises TimeoutError when a pattern runs past its timeout.
        return f"the {stage} stage gave up: a pattern ran too long on this input"
    if isinstance(exc, RecursionError | MemoryError):
        return f"the {stage} stage ran out of room on this input ({exc.__class__.__name__})"
    return f"internal error in the {stage} stage: {exc.__class__.__name__}: {exc} (a bug: --debug shows the traceback)"


def prepare_context(text: str, source: Source, options: Options, utf8: bytes | None = None) -> tuple[Context, Source]:
    """The parse state of a decoded input, before any stage: its format told, its lines made.

    An HTML page gives its main text and its metadata (``ctx.page``); Markdown keeps its
    lines with inline markup taken out of ``text``; plain text is split as it is.  ``utf8``:
    the input's bytes when they are ``text`` in UTF-8 exactly (the HTML parser reads them
    as they are instead of encoding ``text`` again).
    """
    fmt = _detect().detect_format(text, source.path, options.input_format)
    page = None
    early_warnings: tuple[tuple[str, str], ...] = ()
    link_lines: Set[int] = frozenset()
    if fmt == "html":
        html = _html_text().read_html(text, options.reference_date, utf8)
        text, page, early_warnings, link_lines = html.text, html.page, html.warnings, html.link_lines
    text, repairs = normalize(text, ascii_only_punctuation=options.ascii_punctuation)
    if repairs or fmt != "text":  # most inputs are plain text needing no repair: the Source stands as it came
        line_numbers = "extracted-text" if fmt == "html" else "input"
        source = Source(source.path, source.sha256, source.bytes, source.encoding, source.repairs + tuple(repairs),
                        fmt, line_numbers)
    if fmt == "markdown":
        from .inputs.markdown_text import markdown_lines

        lines = markdown_lines(text)
    else:
        lines = split_lines(text)
    ctx = Context(lines, options, page=page, link_lines=link_lines)
    for code, message in early_warnings:
        ctx.warn(code, message)
    if not ctx.lines.any_text():
        if fmt == "html":
            ctx.warn("no-main-text", "the page has no main text: only its metadata was read")
        else:
            ctx.warn("empty", "the input has no text" if not text else "the input has only blank lines")
    return ctx, source


def parse_text(text: str, source: Source, options: Options, utf8: bytes | None = None) -> Statement:
    ctx, source = prepare_context(text, source, options, utf8)
    try:
        run_stages(ctx)
    except InternalError as exc:
        exc.path = source.path
        raise
    statement = Statement(
        source=source,
        language=ctx.language,
        title=ctx.title,
        dateline=ctx.dateline,
        preamble=tuple(ctx.preamble),
        body=tuple(ctx.body),
        signatures=ctx.signatures,
        boilerplate=tuple(sorted(ctx.boilerplate, key=lambda b: b.lines)),
        metadata=tuple(ctx.metadata.items()),
        metadata_lines=ctx.metadata_lines,
        warnings=tuple(ctx.warnings),
        page=ctx.page,
    )
    # The trail's records and their texts are made when ``statement.explain`` is first read: a parse made some 26
    # and wrote the scores of six candidates that most callers never read (25 us, 0.7 % of a median page).  The
    # steps hold what writes each text (the candidates, their scores final), never the parse state.
    explain_when_read(statement, partial(_explanations, ctx.explain))
    return statement


def _explanations(steps: list[tuple[str, Span, Why]]) -> tuple[Explanation, ...]:
    """The explain trail of a parse: each step's text written (see ``Why``)."""
    return tuple([Explanation(rule, lines, why if isinstance(why, str) else why()) for rule, lines, why in steps])


def parse_bytes(data: bytes, path: str | None, options: Options) -> Statement:
    """Decode and parse one input's bytes; ``StmtkitError`` for what is not a statement's text."""
    if options.max_bytes is not None and len(data) > options.max_bytes:
        raise too_large(len(data), options.max_bytes, path)
    try:
        decoded = decode(data)
    except DecodeError as exc:
        exc.path = path
        raise
    source = Source(path, sha256_hex(data), len(data), decoded.encoding, decoded.repairs)
    # Strict UTF-8 with nothing repaired (no byte-order mark, no stray byte): the bytes are the text's UTF-8.
    utf8 = data if decoded.encoding == "utf-8" and not decoded.repairs else None
    return parse_text(decoded.text, source, options, utf8)
