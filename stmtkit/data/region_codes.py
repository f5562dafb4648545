"""Codes of states and provinces that ledes write after a town, where the place tables may not know the town.

``STATE_POSTAL_CODES``: US and Canadian postal codes ("Marlow Falls, NH –"); ``BRAZILIAN_STATE_CODES``: Brazil's
states in brackets after a town ("Caxias do Sul (RS) -").  Read by ``stmtkit.dates.dateless``.
"""

from __future__ import annotations

# The postal codes of US states and territories and Canadian provinces, which a press release writes after its city
# ("Marlow Falls, NH –", "Kingston, ON --"): they vouch for a town the place tables do not know.
STATE_POSTAL_CODES = frozenset((
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
))

# The codes of Brazil's states, which Brazilian papers write in brackets after a town ("Caxias do Sul (RS) -"),
# where a wire's name would stand.
BRAZILIAN_STATE_CODES = frozenset((
    "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ",
    "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
))
