"""Dates of other calendars, converted to the Gregorian calendar.

``solar_hijri`` reads the Solar Hijri (Persian, Jalali) calendar of Iran and Afghanistan
(``۲۰ اردیبهشت ۱۳۹۴`` is 2015-05-10): the year begins at the March equinox, six months of
31 days, five of 30, and the last of 29 or 30.  Which years are leap follows the astronomical
calendar; the arithmetic below (Borkowski's, with the table of the years where the 33-year
cycle shifts, as in the jalaali libraries) agrees with it from 1 to 3177 AP.

``ethiopian`` reads the Ethiopian calendar (``ሐምሌ 14 2016`` is 2024-07-21): twelve months of 30 days and a
thirteenth of five, six in the year before a Gregorian leap year's; the year begins on 11 or 12 September.

The Hijri (lunar) calendar is not read: its arithmetic (tabular) form agrees with the
observed Umm al-Qura calendar on fewer than half of the days (measured over 1343-1500 AH),
and a date a day off is a wrong date.
"""

from __future__ import annotations

import datetime as dt

# The Solar Hijri years at which the 33-year leap cycle shifts.
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
           2324, 2394, 2456, 3178)

def _div(a: int, b: int) -> int:
    """Division truncated towards zero (the algorithm is written for it)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def _solar_year(year: int) -> tuple[bool, int]:
    """(leap year, the day of March of the Gregorian year ``year + 621`` on which ``year`` begins)."""
    gregorian = year + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = year - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gregorian, 4) - _div((_div(gregorian, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = _mod(_mod(n + 1, 33) - 1, 4)
    return leap == 0, march


def solar_hijri(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri one, or None when no such day exists.

    >>> solar_hijri(1394, 2, 20), solar_hijri(1403, 1, 1)
    (datetime.date(2015, 5, 10), datetime.date(2024, 3, 20))
    """
    if not (_BREAKS[0] <= year < _BREAKS[-1] and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    leap, march = _solar_year(year)
    if day > (31 if month <= 6 else 30 if month <= 11 or leap else 29):
        return None
    days = (month - 1) * 31 - (month // 7) * (month - 7) + day - 1
    try:
        return dt.date(year + 621, 3, march) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None


# The ordinal (``date.toordinal``) of the day before 1 Meskerem of year 1: 1 Meskerem 2016 was 2023-09-12.
_ETHIOPIAN_EPOCH = 738775 - 365 * 2015 - 2016 // 4 - 1


def ethiopian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of an Ethiopian one, or None when no such day exists.

    >>> ethiopian(2016, 11, 14), ethiopian(2016, 1, 1), ethiopian(2000, 1, 1)
    (datetime.date(2024, 7, 21), datetime.date(2023, 9, 12), datetime.date(2007, 9, 12))
    """
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3 else 5) and 1 <= year <= 9000):
        return None
    return dt.date.fromordinal(_ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day)


def gregorian(year: int, month: int, day: int, calendar_month: int) -> dt.date | None:
    """The Gregorian date of a date whose month token names another calendar's month (``calendar_month``: the
    token's value, its hundreds the calendar: 1 Solar Hijri, 2 Ethiopian)."""
    return (solar_hijri if calendar_month < _ETHIOPIAN else ethiopian)(year, month, day)


_ETHIOPIAN = 200
