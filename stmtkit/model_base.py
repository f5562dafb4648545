"""What the document model's frozen dataclasses share: equality, hash and repr, written once.

``@dataclass`` writes a class's ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` by
generating their source and compiling it when the module loads: about 3 M instructions a
class, some 40 M for the model's fourteen, a sixteenth of ``stmtkit parse FILE`` in a fresh
process.  So the records are declared ``@dataclass(frozen=True, slots=True, init=False,
repr=False, eq=False)``: each writes its ``__init__`` (its fields set as a frozen dataclass's
``__init__`` sets them, each through its own slot's setter: see ``slot_setters``) and takes the other three from ``Record``, which answer as the
generated ones do (a field with ``compare=False`` or ``repr=False`` is left out alike).
They stay frozen dataclasses: ``fields``, ``replace``, ``asdict``, pickling and
``FrozenInstanceError`` are the dataclasses module's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any

__all__ = ["Record", "made_when_read", "slot_setters"]

# Per record class: the values compared, the values hashed, and the fields shown (a handful of classes).
_COMPARED: dict[type, Any] = {}
_HASHED: dict[type, Any] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


def _values_getter(names: list[str]) -> Any:
    """A function giving the tuple of the named fields of a record."""
    one = attrgetter(*names) if names else None
    # attrgetter of one name gives the value, not a tuple of it: the tuple is what is compared.
    return one if len(names) > 1 else (lambda record: (one(record),)) if one else (lambda record: ())


def _compared(cls: type) -> Any:
    """The tuple of ``cls``'s fields that the generated ``__eq__`` compares (``compare=True``)."""
    getter = _COMPARED.get(cls)
    if getter is None:
        getter = _COMPARED[cls] = _values_getter([f.name for f in fields(cls) if f.compare])
    return getter


def _hashed(cls: type) -> Any:
    """The tuple of ``cls``'s fields that the generated ``__hash__`` hashes (``hash``, or ``compare`` when unset)."""
    getter = _HASHED.get(cls)
    if getter is None:
        getter = _HASHED[cls] = _values_getter(
            [f.name for f in fields(cls) if (f.compare if f.hash is None else f.hash)]
        )
    return getter


def slot_setters(cls: type) -> tuple[Any, ...]:
    """The ``__set__`` of each of ``cls``'s fields' slots, in field order: what its ``__init__`` sets them by.

    The generated ``__init__`` of a frozen dataclass sets a field by ``object.__setattr__(self, name,
    value)``, which looks the name up on the class and calls its slot's ``__set__``; calling that ``__set__``,
    bound once a class, sets the same slot at two thirds of the time (some 235 fields a median page).
    """
    # ``__slots__`` of a ``@dataclass(slots=True)`` is its fields' names in order: no ``fields`` call at import.
    own = cls.__dict__
    return tuple([own[name].__set__ for name in own["__slots__"]])


class _Pending:
    """A field's value not made yet: ``make()`` makes it (see ``made_when_read``)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


class _MadeWhenRead:
    """A field's descriptor over its slot: a ``_Pending`` left there is made on the field's first read, and kept."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot  # the slot's own member descriptor

    def __get__(self, record: Any, owner: type | None = None) -> Any:
        if record is None:
            return self
        value = self._slot.__get__(record, owner)
        if value.__class__ is _Pending:
            value = value.make()
            self._slot.__set__(record, value)
        return value

    def __set__(self, record: Any, value: Any) -> None:
        self._slot.__set__(record, value)

    def __delete__(self, record: Any) -> None:
        self._slot.__delete__(record)

    def later(self, record: Any, make: Callable[[], Any]) -> None:
        self._slot.__set__(record, _Pending(make))


def made_when_read(cls: type, name: str) -> Callable[[Any, Callable[[], Any]], None]:
    """Let field ``name`` of record class ``cls`` be made when it is first read; gives ``later(record, make)``,
    which leaves ``make`` (no arguments) in place of the field's value.

    Every read sees the value made (``make()`` once, then kept): ``==``, ``hash``, ``repr``, ``replace``,
    ``asdict`` and pickling (``__getstate__`` reads each field) too, so the record behaves as if it had been
    given the value.  Called after ``slot_setters(cls)``: ``__init__`` sets the slot itself, as for any field.
    """
    field = _MadeWhenRead(cls.__dict__[name])
    setattr(cls, name, field)
    return field.later


class Record:
    """Base of the model's frozen dataclasses: ``==``, ``hash`` and ``repr`` as ``@dataclass`` writes them."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            values = _compared(self.__class__)
            return bool(values(self) == values(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_hashed(self.__class__)(self))

    def __repr__(self) -> str:
        cls: type = self.__class__
        shown = _SHOWN.get(cls)
        if shown is None:
            shown = _SHOWN[cls] = tuple(f.name for f in fields(cls) if f.repr)
        return f"{cls.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"
