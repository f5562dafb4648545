"""A Chinese or Japanese signer's entry: the name, then its field after a space, or the field glued before the name."""

from __future__ import annotations

from ..patterns import lazy

# "王晓明 城南大学", "刘 芳 旅居新加坡学者": a Chinese name (two to four characters, a short one spaced out), a space, its field.
_HAN_NAME_FIELD = lazy(r"^(?P<name>\p{Han}{2,4}|\p{Han}[ \u3000]\p{Han}{1,2})[ \u3000]+(?P<field>[\p{Han}《「(（].+)$")
_HAN_RUN = lazy(r"^\p{Han}{5,}$")
_NAME_CHARS = (2, 3)  # a Chinese name's characters after the title glued before it


def han_name_and_fields(rest: str) -> tuple[str, list[str]] | None:
    """``(name, [field])`` of an entry in Han characters, or None when it shows no field."""
    if (spaced := _HAN_NAME_FIELD.match(rest)) is not None:
        return spaced.group("name"), [spaced.group("field").strip()]
    if _HAN_RUN.match(rest) is None:
        return None
    # "北大八四级校友罗某": the last title word glued before the name, two or three characters after it
    from ..data.role_words import (
        HAN_TITLES_BEFORE_NAME,  # lazy: the role tables cost 3.6 M at start-up, asked of Han only
    )

    cut = max((rest.rfind(title) + len(title) for title in HAN_TITLES_BEFORE_NAME if title in rest), default=-1)
    return (rest[cut:], [rest[:cut]]) if cut > 0 and len(rest) - cut in _NAME_CHARS else None
