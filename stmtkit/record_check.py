"""Checking a stmtkit record read back from JSON against the record's own JSON Schema.

Every command reads stmtkit JSON as well as text, and trusts what it reads:
``"signatures": 5`` or ``"source": null`` in a hand-edited or truncated file
would fail deep inside a command. A record is checked against
``stmtkit/schema.json`` (the subset of JSON Schema it uses: ``type``,
``required``, ``properties``, ``additionalProperties``, ``items``, ``anyOf``,
``oneOf``, ``$ref``, ``const``, ``enum``, ``pattern``, ``minimum``,
``minLength``, ``minItems``, ``maxItems``), and an error record must have
exactly the shape stmtkit writes, so that a scraper's saved
``{"error": "not found", "status": 404}`` is not taken for one.

>>> problem_of({"error": "input-error", "path": "a.txt", "message": "no such file"})
>>> problem_of({"error": "not found", "status": 404})
'an error record has exactly "error", "path" and "message" (and "path_bytes"); this has "status"'
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}
_ERROR_KEYS = frozenset({"error", "path", "message", "path_bytes"})


Check = Callable[[object, str], "str | None"]


@cache
def _schema() -> dict[str, Any]:
    from importlib.resources import files

    value: dict[str, Any] = json.loads(files("stmtkit").joinpath("schema.json").read_text(encoding="utf-8"))
    return value


@cache
def _record_check() -> Check:
    """The schema turned into nested checking functions, once: walking the schema per record cost 4x more."""
    return _compile(_schema(), {})


def problem_of(value: object) -> str | None:
    """Why ``value`` is not a stmtkit record or error record, in a few words; None when it is one."""
    if not isinstance(value, dict):
        return f"a record is a JSON object, not {_json_type(value)}"
    if "schema" not in value and "error" in value:
        return _error_record_problem(value)
    return _record_check()(value, "")


def _error_record_problem(value: dict[str, Any]) -> str | None:
    extra = sorted(set(value) - _ERROR_KEYS)
    if extra or not {"error", "message"} <= set(value):
        has = ", ".join(f'"{k}"' for k in extra) or "no " + " or ".join(f'"{k}"' for k in ("error", "message") if k not in value)
        return f'an error record has exactly "error", "path" and "message" (and "path_bytes"); this has {has}'
    if not isinstance(value["error"], str) or not isinstance(value["message"], str):
        return 'an error record\'s "error" and "message" are strings'
    if not isinstance(value.get("path"), (str, type(None))):
        return 'an error record\'s "path" is a string or null'
    return None


def _compile(schema: dict[str, Any], defs: dict[str, Check]) -> Check:
    """One function checking ``schema``'s keywords in turn; ``defs`` shares each ``$ref`` target once."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name not in defs:
            defs[name] = lambda value, where: None  # a placeholder while a recursive definition compiles
            target = _compile(_schema()["$defs"][name], defs)
            defs[name] = target
        return lambda value, where: defs[name](value, where)
    checks: list[Check] = []
    if "type" in schema:
        allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        kinds = tuple(t for name in allowed for t in _TYPES[name])
        wants_bool = "boolean" in allowed
        said = " or ".join(allowed)

        def check_type(value: object, where: str) -> str | None:
            if isinstance(value, kinds) and (wants_bool or not isinstance(value, bool)):
                return None
            return f"{where or 'the record'} is {_json_type(value)}, not {said}"

        checks.append(check_type)
    if "const" in schema or "enum" in schema:
        options = [schema["const"]] if "const" in schema else schema["enum"]
        checks.append(lambda value, where: None if value in options else
                      f"{where} is {json.dumps(value)[:40]}, not {' or '.join(map(json.dumps, options))}")
    for key in ("anyOf", "oneOf"):
        if key in schema:
            alternatives = [_compile(option, defs) for option in schema[key]]

            def check_any(value: object, where: str, alternatives: list[Check] = alternatives) -> str | None:
                first = None
                for alternative in alternatives:
                    problem = alternative(value, where)
                    if problem is None:
                        return None
                    first = first or problem
                return first

            checks.append(check_any)
    if "pattern" in schema or "minLength" in schema:
        pattern = re.compile(schema.get("pattern", ""))
        shortest = schema.get("minLength", 0)
        checks.append(lambda value, where: None if not isinstance(value, str) or (len(value) >= shortest and pattern.search(value))
                      else f"{where} ({str(value)[:40]!r}) is empty or does not match {pattern.pattern}")
    if "minimum" in schema:
        least = schema["minimum"]
        checks.append(lambda value, where: None if not isinstance(value, int) or value >= least else f"{where} is {value}, below {least}")
    if "items" in schema or "minItems" in schema or "maxItems" in schema:
        checks.append(_array_check(schema, defs))
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        checks.append(_object_check(schema, defs))
    if len(checks) == 1:
        return checks[0]

    def check_all(value: object, where: str) -> str | None:
        for check in checks:
            problem = check(value, where)
            if problem is not None:
                return problem
        return None

    return check_all


def _array_check(schema: dict[str, Any], defs: dict[str, Check]) -> Check:
    item = _compile(schema["items"], defs) if "items" in schema else None
    least, most = schema.get("minItems", 0), schema.get("maxItems")

    def check(value: object, where: str) -> str | None:
        if not isinstance(value, list):
            return None
        if len(value) < least or (most is not None and len(value) > most):
            return f"{where} has {len(value)} items"
        if item is not None:
            for i, element in enumerate(value):
                problem = item(element, f"{where}[{i}]")
                if problem is not None:
                    return problem
        return None

    return check


def _object_check(schema: dict[str, Any], defs: dict[str, Check]) -> Check:
    required = tuple(schema.get("required", ()))
    properties = {key: _compile(sub, defs) for key, sub in schema.get("properties", {}).items()}
    extra = schema.get("additionalProperties", True)
    other = _compile(extra, defs) if isinstance(extra, dict) else None

    def check(value: object, where: str) -> str | None:
        if not isinstance(value, dict):
            return None
        for key in required:
            if key not in value:
                return f'{where or "the record"} has no "{key}"'
        prefix = f"{where}." if where else ""
        for key, element in value.items():
            sub = properties.get(key)
            if sub is None:
                if extra is False:
                    return f'{where or "the record"} has an unknown field "{key}"'
                sub = other
            if sub is not None:
                problem = sub(element, prefix + key)
                if problem is not None:
                    return problem
        return None

    return check


def _is_type(value: object, name: str) -> bool:
    if isinstance(value, bool):
        return name == "boolean"
    return isinstance(value, _TYPES[name])


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"
