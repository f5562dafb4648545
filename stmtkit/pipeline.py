"""The pipeline: decode → normalise → lines → stages → ``Statement``.

Stages run in the order of ``STAGES`` (a ruler: moving or adding a stage is
editing that tuple).  Each stage looks at the lines no earlier stage claimed
and claims the runs it recognises through ``Context.claim``; the context, not
the stages, refuses overlapping claims, so every line ends up in at most one
element, and the last stage turns what is left into paragraphs — nothing is
lost by construction.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType

from .decode import decode
from .errors import DecodeError, InternalError, TooLargeError, debug_enabled
from .lines import Line, split_lines
from .model import (
    BodyElement,
    Boilerplate,
    Dateline,
    ListBlock,
    Paragraph,
    ParseWarning,
    SignatureBlock,
    Source,
    Span,
    Statement,
    Title,
)
from .normalize import normalize

# Re-exported: callers have always imported Options from here.
from .options import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from .options import Options as Options


@dataclass(slots=True)
class Context:
    """The lines of one document, who claimed each, and what the stages found so far."""

    lines: list[Line]
    options: Options
    owner: list[str | None] = field(default_factory=list)
    language: str | None = None
    title: Title | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    metadata_lines: Span | None = None
    dateline: Dateline | None = None
    signatures: SignatureBlock | None = None
    lists: list[ListBlock] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    preamble: list[Paragraph] = field(default_factory=list)
    body: list[BodyElement] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    explain: list[tuple[str, Span, str]] = field(default_factory=list)
    # free_content's last answer, and whether a claim came since: the stages ask for it about ten
    # times a document (walking all 58 lines of the reference each time) and claim only a few times
    # between asks.  Claims only take lines, so a stale answer is filtered, not the whole page rewalked.
    # Safe because every writer of ``owner`` goes through ``claim``.
    _free_content: list[Line] | None = field(default=None, init=False, repr=False, compare=False)
    _free_content_stale: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.owner:
            self.owner = [None] * len(self.lines)

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def is_free(self, number: int) -> bool:
        return self.owner[number - 1] is None

    def free_lines(self) -> Iterator[Line]:
        """Unclaimed lines in order (blank ones included)."""
        # Line n is self.lines[n - 1] (split_lines numbers them so): walked side by side with
        # the owners, without an index and a property call per line, as every stage asks.
        return (ln for ln, owner in zip(self.lines, self.owner, strict=True) if owner is None)

    def free_content(self) -> list[Line]:
        """Unclaimed non-blank lines in order (a new list: the caller may change it)."""
        content = self._free_content
        if content is None:
            content = [ln for ln, owner in zip(self.lines, self.owner, strict=True) if owner is None and ln.text]
        elif self._free_content_stale:
            owners = self.owner
            content = [ln for ln in content if owners[ln.number - 1] is None]
        self._free_content, self._free_content_stale = content, False
        return content.copy()

    def claim(self, span: Span, owner: str, why: str = "") -> None:
        """Give lines ``span[0]..span[1]`` to ``owner``; refuse if any is taken."""
        first, last = span
        if not 1 <= first <= last <= len(self.lines):
            raise ValueError(f"{owner}: span {span} outside 1..{len(self.lines)}")
        owners = self.owner[first - 1 : last]
        if owners.count(None) != len(owners):
            taken = next(n for n in range(first, last + 1) if self.owner[n - 1] is not None)
            raise ValueError(f"{owner}: line {taken} already belongs to {self.owner[taken - 1]}")
        self.owner[first - 1 : last] = [owner] * len(owners)
        self._free_content_stale = True
        self.explain.append((owner, span, why))

    def can_claim(self, span: Span) -> bool:
        return all(self.owner[n - 1] is None for n in range(span[0], span[1] + 1))

    def warn(self, code: str, message: str, lines: Span | None = None) -> None:
        self.warnings.append(ParseWarning(code, message, lines))

    def add_boilerplate(self, kind: str, span: Span, why: str = "") -> None:
        text = " ".join(ln.text for ln in self.lines[span[0] - 1 : span[1]] if ln.text)
        self.claim(span, "boilerplate:" + kind, why)
        self.boilerplate.append(Boilerplate(kind, text, span))


Stage = Callable[[Context], None]


def _stages() -> tuple[tuple[str, Stage], ...]:
    # Each stage's ``run`` read at every parse (a test or a tool may replace one), from modules
    # imported once: the import statement cost about a microsecond a parse.
    return tuple((name, module.run) for name, module in _stage_modules())


@functools.cache
def _stage_modules() -> tuple[tuple[str, ModuleType], ...]:
    # Imported here so that ``import stmtkit`` stays cheap until a parse runs.
    from .stages import body, boilerplate, dateline, frontmatter, language, lists, signatures, title

    return (
        ("frontmatter", frontmatter),
        ("language", language),
        ("boilerplate", boilerplate),
        ("title", title),
        ("dateline", dateline),
        ("signatures", signatures),
        ("lists", lists),
        ("body", body),
    )


def run_stages(ctx: Context) -> Context:
    """Run every stage in order; a stage that raises becomes an ``InternalError`` naming it.

    Stages never raise on odd text by design; this is the safety net for the
    bug that slips through, so that one file of a 100,000-file batch gives an
    error record instead of ending the run.  ``STMTKIT_DEBUG=1`` (``--debug``)
    lets the original exception through with its traceback.
    """
    for name, stage in _stages():
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


def parse_text(text: str, source: Source, options: Options) -> Statement:
    text, repairs = normalize(text, ascii_only_punctuation=options.ascii_punctuation)
    if repairs:  # most inputs need none: the Source stands as it came
        source = Source(source.path, source.sha256, source.bytes, source.encoding, source.repairs + tuple(repairs))
    ctx = Context(split_lines(text), options)
    if not any(not line.blank for line in ctx.lines):
        ctx.warn("empty", "the input has no text" if not text else "the input has only blank lines")
    try:
        run_stages(ctx)
    except InternalError as exc:
        exc.path = source.path
        raise
    return Statement(
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
    )


def too_large(size: int, limit: int, path: str | None) -> TooLargeError:
    """The error for an input above ``--max-bytes``, worded the same everywhere."""
    return TooLargeError(f"the input is {size:,} bytes, above the limit of {limit:,} (--max-bytes)", path)


def parse_bytes(data: bytes, path: str | None, options: Options) -> Statement:
    """Decode and parse one input's bytes; ``StmtkitError`` for what is not a statement's text."""
    if options.max_bytes is not None and len(data) > options.max_bytes:
        raise too_large(len(data), options.max_bytes, path)
    try:
        decoded = decode(data)
    except DecodeError as exc:
        exc.path = path
        raise
    source = Source(path, hashlib.sha256(data).hexdigest(), len(data), decoded.encoding, decoded.repairs)
    return parse_text(decoded.text, source, options)
