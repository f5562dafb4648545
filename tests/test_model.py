"""The model and the parse state: lines, claims, and the JSON form of the results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stmtkit.lines
import stmtkit.model
from stmtkit import parse
from stmtkit.dateline_model import date_of, format_offset, time_of, utc_of
from stmtkit.lines import Line, split_lines
from stmtkit.model import Dateline, Span
from stmtkit.model_base import Record
from stmtkit.options import Options
from stmtkit.state import Context

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))

texts = st.text(alphabet=st.sampled_from(" \t\nab-•1.é"), max_size=60)


@given(texts, st.sampled_from([1 << 20, 1, 3, 7]))
def test_split_lines_numbers_every_line_and_loses_none(text: str, piece: int) -> None:
    # ``piece``: how much text is split at a time (a megabyte; small ones cross the pieces' ends here)
    with mock.patch.object(stmtkit.lines, "_PIECE", piece):
        lines = split_lines(text)
    parts = text.split("\n")
    if parts[-1] == "":
        parts.pop()
    assert [(ln.number, ln.raw, ln.text) for ln in lines] == [(n, raw, raw.strip()) for n, raw in enumerate(parts, 1)]
    assert list(reversed(lines)) == list(lines)[::-1] and list(lines[1:-1]) == list(lines)[1:-1]
    assert [lines.text_at(n) for n in range(1, len(lines) + 1)] == [bool(raw.strip()) for raw in parts]


def test_split_lines_gives_frozen_lines() -> None:
    line = split_lines("  - one\n")[0]
    assert (line.number, line.raw, line.text, line.indent, line.marker) == (1, "  - one", "- one", 2, "-")
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "two"  # type: ignore[misc]
    assert hash(line) == hash(Line(1, "  - one", "- one"))


def _plain_free_content(ctx: Context) -> list[Line]:
    return [ln for ln in ctx.lines if ctx.is_free(ln.number) and ln.text]


@given(texts, st.lists(st.tuples(st.integers(1, 12), st.integers(0, 3)), max_size=6))
def test_free_content_follows_every_claim(text: str, claims: list[tuple[int, int]]) -> None:
    ctx = Context(split_lines(text), Options())
    assert list(ctx.free_content()) == _plain_free_content(ctx)
    for first, extra in claims:
        span = (first, first + extra)
        if span[1] <= len(ctx.lines) and ctx.can_claim(span):
            ctx.claim(span, "test")
        assert list(ctx.free_content()) == _plain_free_content(ctx)
        assert list(ctx.free_lines()) == [ln for ln in ctx.lines if ctx.is_free(ln.number)]


def test_free_content_is_a_view_no_caller_can_change() -> None:
    ctx = Context(split_lines("a\n\nb\nc\n"), Options())
    first = ctx.free_content()
    assert not hasattr(first, "pop") and not hasattr(first, "__setitem__")
    assert [ln.text for ln in first[1:]] == ["b", "c"] and first[-1].number == 4
    ctx.claim((3, 3), "test")
    assert [ln.text for ln in first] == ["a", "b", "c"]  # an answer given stays as it was
    assert [ln.text for ln in ctx.free_content()] == ["a", "c"]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_to_dict_records_are_fresh_and_plain(path: Path) -> None:
    statement = parse(path.read_bytes())
    first, second = statement.to_dict(), statement.to_dict()
    assert first == second
    # Two records share no list or dict: changing one leaves the other (and the next) alone.
    first["body"].append(None)
    first["source"]["repairs"].append("x")
    assert statement.to_dict() == second


def _plain_dateline_record(d: Dateline) -> dict[str, object]:
    """The record as the property functions give it, one field at a time."""
    value, time, utc, date = d.datetime, time_of(d.datetime), utc_of(d.datetime), date_of(d.datetime)
    iso: str | None
    if isinstance(value, dt.datetime):
        iso = value.replace(tzinfo=None).isoformat()
        offset = format_offset(value.utcoffset()) if value.tzinfo else None
        if offset:
            iso += offset
    else:
        iso = value.isoformat() if value else None
    return {
        "text": d.text,
        "datetime": iso,
        "utc": utc.replace(tzinfo=None).isoformat() + "Z" if utc else None,
        "date": date.isoformat() if date else None,
        "time": (time.strftime("%H:%M:%S") if time.second else time.strftime("%H:%M")) if time else None,
        "utc_offset": format_offset(d.utc_offset),
        "timezone": d.timezone,
        "place": d.place,
        "agency": d.agency,
        "lines": [d.lines[0], d.lines[1]] if d.lines else None,
        "place_lines": [d.place_lines[0], d.place_lines[1]] if d.place_lines else None,
    }


offsets = st.integers(-14 * 3600, 14 * 3600).map(lambda s: dt.timezone(dt.timedelta(seconds=s)))
values = st.one_of(
    st.none(),
    st.dates(),
    st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 1, 1)),
    st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 1, 1), timezones=offsets),
)
spans = st.none() | st.tuples(st.integers(1, 99), st.integers(1, 99))


@given(values, st.none() | st.timedeltas(dt.timedelta(hours=-14), dt.timedelta(hours=14)), spans, spans)
def test_dateline_record_equals_the_field_by_field_record(
    value: dt.datetime | dt.date | None, offset: dt.timedelta | None, lines: Span | None, place_lines: Span | None
) -> None:
    dateline = Dateline("27 mai 2024", value, offset, "Europe/Paris", "Paris", "AFP", lines, place_lines)
    assert dateline.to_dict() == _plain_dateline_record(dateline)


runs = st.lists(st.tuples(st.sampled_from(["-", "#", "", "  ", "1. x", " 1. x", "a b"]), st.integers(1, 12)), max_size=12)


def _of_runs(parts: list[tuple[str, int]]) -> str:
    return "".join((line + "\n") * count for line, count in parts)


@given(runs, st.lists(st.integers(1, 80), max_size=5), st.sampled_from([1, 2, 4096]))
def test_lines_read_together_are_the_lines_read_one_by_one(parts: list[tuple[str, int]], claims: list[int], piece: int) -> None:
    """Texts cut out of the document a piece at a time (forwards and backwards, whole or a view
    with lines left out), and the free lines above a line, are what the Line objects say."""
    ctx = Context(split_lines(_of_runs(parts) + "tail"), Options())
    for n in claims:
        if n <= len(ctx.lines) and ctx.can_claim((n, n)):
            ctx.claim((n, n), "test")
    with mock.patch.object(stmtkit.lines, "_PIECE_LINES", piece), mock.patch.object(stmtkit.lines, "_PIECE_LINES_MIN", min(piece, 2)):
        for view in (ctx.lines, ctx.free_content(), ctx.lines[2:-1]):
            plain = list(view)
            assert list(view.texts()) == [ln.text for ln in plain]
            assert list(view.texts_reversed()) == [ln.text for ln in reversed(plain)]
            assert list(view.numbers_reversed()) == [ln.number for ln in reversed(plain)]
            assert list(view.items()) == [(ln.number, ln.text) for ln in plain]
            assert list(view.raws()) == [view.raw_at(i) for i in range(len(view))] == [ln.raw for ln in plain]
    for n in range(1, len(ctx.lines) + 1):
        above = [ln.number for ln in ctx.lines[:n] if ctx.is_free(ln.number)]
        while above and any(not ctx.is_free(m) for m in range(above[0], n + 1)):
            above.pop(0)
        assert list(ctx.free_up_to(n).numbers()) == above
        assert list(ctx.free_texts(n)) == [ln.text for ln in ctx.lines[n - 1 :] if ctx.is_free(ln.number)]
        assert list(ctx.free_texts(1, n)) == [ln.text for ln in ctx.lines[:n] if ctx.is_free(ln.number)]
    gaps = [ln.number for ln in ctx.lines if ln.text and ctx.lines[ln.number : ln.number + 3].any_text() is False
            and len(ctx.lines[ln.number : ln.number + 3]) == 3]
    assert ctx.lines.last_gap(3) == (gaps[-1] if gaps else None)


@given(runs, st.integers(0, 3), st.sampled_from([1, 3, 4096]))
def test_a_run_added_at_once_is_a_run_added_a_line_at_a_time(parts: list[tuple[str, int]], before: int, chunk: int) -> None:
    """``add_boilerplate_each`` gives the elements, claims and explanations of one call a line."""
    text = _of_runs(parts)
    one, each = Context(split_lines(text), Options()), Context(split_lines(text), Options())
    dashes = [ln.number for ln in one.lines if ln.text == "-"]
    for ctx in (one, each):  # a few lines of the run, or a line that is no part of it, added before
        for n in dashes[:before]:
            ctx.add_boilerplate("scrape-marker", (n, n), "shape")
    rest = dashes[before:]
    for n in rest:
        one.add_boilerplate("scrape-marker", (n, n), "shape")
    for at in range(0, len(rest), chunk):
        each.add_boilerplate_each("scrape-marker", rest[at : at + chunk], "shape")
    assert (each.boilerplate, each.owner, each.explain) == (one.boilerplate, one.owner, one.explain)


def _records(value: object) -> list[object]:
    """Every record of the model inside ``value`` (a Statement and what it holds), depth first."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found: list[object] = [value]
        for f in dataclasses.fields(value):
            found += _records(getattr(value, f.name))
        return found
    if isinstance(value, tuple):
        return [r for item in value for r in _records(item)]
    return []


def _generated_twin(record: object) -> object:
    """The same values in a plain ``@dataclass(frozen=True, slots=True)`` of the same name and fields."""
    cls = type(record)
    fields = [(f.name, f.type, dataclasses.field(default=f.default, compare=f.compare, repr=f.repr))
              for f in dataclasses.fields(cls)]
    twin_cls = dataclasses.make_dataclass(cls.__name__, fields, frozen=True, slots=True)
    twin_cls.__qualname__ = cls.__qualname__
    return twin_cls(**{f.name: getattr(record, f.name) for f in dataclasses.fields(cls)})


@pytest.mark.parametrize("path", FIXTURES[::7], ids=lambda p: p.stem)
def test_records_behave_as_the_dataclasses_would_generate_them(path: Path) -> None:
    # The model's records write __init__ and take ==, hash and repr from model_base.Record (start-up):
    # each must answer as a plain frozen dataclass with the same fields does.
    statement = parse(path.read_bytes(), reference_date=dt.date(2026, 1, 1))
    records = _records(statement)
    assert records and records[0] is statement
    for record in records:
        twin = _generated_twin(record)
        assert repr(record) == repr(twin)
        assert hash(record) == hash(twin)
        assert record == dataclasses.replace(record) and (record != dataclasses.replace(record)) is False
        assert (record == 1) is False and record.__eq__(twin) is NotImplemented
        assert pickle.loads(pickle.dumps(record)) == record
        assert dataclasses.asdict(record) == dataclasses.asdict(twin)
        first = dataclasses.fields(record)[0]
        changed = dataclasses.replace(record, **{first.name: "changed"})
        assert (changed == record) == (dataclasses.replace(twin, **{first.name: "changed"}) == twin)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, first.name, "changed")
    # The decision trail is no part of equality, as the field says.
    assert dataclasses.replace(statement, explain=()) == statement


@pytest.mark.parametrize("cls", [c for c in vars(stmtkit.model).values() if isinstance(c, type)
                                 and issubclass(c, Record) and c is not Record], ids=lambda c: c.__name__)
def test_record_init_sets_each_field_to_its_argument(cls: type) -> None:
    # Each __init__ unpacks its class's slot setters (model_base.slot_setters, in field order) by name.
    values = {f.name: object() for f in dataclasses.fields(cls)}
    record = cls(**values)
    assert all(getattr(record, name) is value for name, value in values.items())


def test_record_compares_and_hashes_the_fields_dataclass_would() -> None:
    """A field left out of the hash (hash=False) is still compared; one left out of comparing is neither."""
    from dataclasses import dataclass, field

    from stmtkit.model_base import Record, slot_setters

    @dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
    class Pair(Record):
        name: str
        note: str = field(hash=False)
        seen: int = field(compare=False)

        def __init__(self, name: str, note: str, seen: int) -> None:
            set_name, set_note, set_seen = setters
            set_name(self, name)
            set_note(self, note)
            set_seen(self, seen)

    setters = slot_setters(Pair)

    @dataclass(frozen=True)
    class Twin:
        name: str
        note: str = field(hash=False)
        seen: int = field(compare=False)

    for a, b in [(("x", "n", 1), ("x", "m", 1)), (("x", "n", 1), ("x", "n", 2)), (("x", "n", 1), ("y", "n", 1))]:
        assert (Pair(*a) == Pair(*b)) == (Twin(*a) == Twin(*b))
        assert hash(Pair(*a)) == hash(Pair(*a)) and (hash(Pair(*a)) == hash(Pair(*b))) == (hash(Twin(*a)) == hash(Twin(*b)))
