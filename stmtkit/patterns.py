"""Patterns compiled on first use, not at import: the one way stmtkit defines a pattern.

``stmtkit parse FILE`` runs in a fresh process per file in shell loops and cron jobs,
and most of the package's patterns never run on a given document (signature cleaning
of contact links, HTML detection, the CLI's own): compiling all of them at import was
the largest part of the command's start-up.  ``lazy(source)`` stands for
``regex.compile(source)`` and compiles on the first call of any of its methods::

    _SPACES = lazy(r"\\s+")
    _SPACES.sub(" ", text)          # compiled here, once; later calls go straight to the pattern

``engine="re"`` compiles with the standard library's ``re`` instead (faster matching
where its syntax is enough).  ``tests/test_hostile_patterns.py`` finds every lazy
pattern of the package and runs it on hostile strings.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, cast, overload

if TYPE_CHECKING:
    import re

    import regex

__all__ = ["WHITESPACE", "LazyPattern", "holds_digit", "lazy"]

# What ``\s`` matches in the regex module (Unicode White_Space; ``str.isspace`` adds
# U+001C-U+001F): for tests of a character where a pattern would say ``\s``.
# The full stops of scripts other than Latin: the danda, Urdu's, CJK's (a caseless script's sentence ends so).
SCRIPT_FULL_STOPS: tuple[str, ...] = ("।", "۔", "。")


def stopless_script(char: str) -> bool:
    """``char`` is a letter of Thai or Lao, Myanmar or Khmer: scripts without case, whose sentences end with a space
    (or a mark of their own): a dot after such a letter closes an abbreviation (``นศ.``), no sentence."""
    return "\u0e00" <= char <= "\u0eff" or "\u1000" <= char <= "\u109f" or "\u1780" <= char <= "\u17ff"

WHITESPACE = frozenset("\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")

# The methods a first use copies from the compiled pattern onto the stand-in, so that later
# calls (``_SPACES.sub(…)``) find them in its own namespace and reach the C code directly.
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "groupindex", "groups", "flags")


class LazyPattern:
    """A compiled pattern's stand-in: compiles on the first attribute asked for, then hands out the pattern's."""

    def __init__(self, source: str, flags: int, engine: str) -> None:
        self.source = source
        self.flag_bits = flags
        self.engine = engine

    def compiled(self) -> Any:
        """The compiled pattern (compiled once; two threads at worst compile it twice, alike)."""
        done = self.__dict__.get("_compiled")
        if done is None:
            done = import_module(self.engine).compile(self.source, self.flag_bits)
            for name in _COPIED:
                self.__dict__[name] = getattr(done, name)
            self.__dict__["_compiled"] = done
        return done

    def __getattr__(self, name: str) -> Any:
        # Reached only for names not in the instance yet: the first use, or a rare attribute.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.source!r})"


@overload
def lazy(source: str, flags: int = 0) -> regex.Pattern[str]: ...
@overload
def lazy(source: str, flags: int = 0, *, engine: Literal["re"]) -> re.Pattern[str]: ...
def lazy(source: str, flags: int = 0, *, engine: Literal["regex", "re"] = "regex") -> regex.Pattern[str] | re.Pattern[str]:
    """``regex.compile(source, flags)`` (or ``re.compile``), done on first use."""
    # The stand-in answers every attribute of the compiled pattern: callers type it as one.
    return cast("regex.Pattern[str] | re.Pattern[str]", LazyPattern(source, flags, engine))


_DECIMAL = lazy(r"\d")
# Each byte that may stand in a decimal digit's UTF-8 kept, every other written as a space: the ASCII
# digits, and the lead bytes of every digit beyond ASCII (the Arabic-Indic, N'Ko, Indic, South-East
# Asian, Vai-to-Meetei and full-width ones, D9 DB DF E0 E1 EA EF, and every character beyond the BMP,
# F0-F4, whose digits regex and Python may know apart); tests/test_dates_tokens.py holds it to ``\d``.
# (One constant once the module is compiled: no table built at import.)
_DIGIT_BYTES = (
    b" " * 0x30 + b"0123456789" + b" " * (0xD9 - 0x3A) + b"\xd9 \xdb   \xdf\xe0\xe1" + b" " * 8 + b"\xea    \xef"
    + b"\xf0\xf1\xf2\xf3\xf4" + b" " * 11
)


def holds_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit, what ``\\d`` finds: the question many stages ask before a
    dearer one (a date, a count, a label).  Its UTF-8 with every byte that stands in no digit written as
    a space (``_DIGIT_BYTES``) is all white space when it holds none, two C calls (where setting up a
    pattern's search costs some 1,500 instructions and reading a text beyond ASCII some 70 a character):
    an ASCII text is answered so (the table given whole, not the digits as bytes to delete, which the
    call makes a table of first: 2,800 -> 1,900 instructions a call), and a text beyond ASCII that
    holds neither an ASCII digit nor a byte that opens another script's digit (a Latin, Cyrillic or
    Greek paragraph's opening) is told to hold none; the others are searched."""
    if text.isascii():
        return bool(text) and not text.encode().translate(_DIGIT_BYTES).isspace()
    if text.encode("utf-8", "surrogatepass").translate(_DIGIT_BYTES).isspace():
        return False
    return _DECIMAL.search(text) is not None


# A dash standing as a word or a mark of its own: the hyphen-minus, the en dash, the em dash.
DASHES = frozenset("-–—")


def holds_phone_number(text: str) -> bool:
    """``+44 20 7946 0958``: a plus, a figure, then nine figures or more among spaces, dashes and brackets (no
    pattern compiled: a stamp's "UTC +01:00" asks too)."""
    at = text.find("+")
    while at >= 0:
        run = text[at + 1 : at + _PHONE_RUN]
        kept = len(run) - len(run.lstrip(_PHONE_CHARS))
        if run[:1].isdigit() and sum(map(str.isdigit, run[:kept])) >= _PHONE_DIGITS:
            return True
        at = text.find("+", at + 1)
    return False


_PHONE_RUN, _PHONE_DIGITS, _PHONE_CHARS = 22, 9, "0123456789 -()"
