"""Geography: gemeenten, provincies, veiligheidsregio's, netwerken, and the register to look them up.

The shipped register holds all 342 gemeenten (municipal layout 2024, identical to 2025) with CBS
inhabitants on 1 January 2024. It is loaded on first use of :func:`register`, never at import.

>>> from datetime import date
>>> r = register()
>>> g = r.gemeente("het hogeland")
>>> g.code, g.naam, r.provincie_van(g).naam
('GM1966', 'Het Hogeland', 'Groningen')
>>> r.gemeente("Den Haag").naam
"'s-Gravenhage"
>>> r.gemeente("GM0363").inwoners_op(date(2024, 1, 1)).aantal
931298
>>> r.provincie("Friesland").naam
'Fryslân'

The package's modules are private, one mechanism each: the areas and their checks
(``_gebieden``), folding names (``_namen``), the register and its lookups (``_register``), the
user's inhabitants file (``_invoer``) and the shipped register (``_meegeleverd``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._openbaar import lui as _lui

if TYPE_CHECKING:
    from ._gebieden import Alias, Gemeente, Inwonertal, Netwerk, Provincie, Veiligheidsregio
    from ._meegeleverd import register
    from ._namen import normaliseer_naam
    from ._register import Register

__all__ = [
    "Alias",
    "Gemeente",
    "Inwonertal",
    "Netwerk",
    "Provincie",
    "Register",
    "Veiligheidsregio",
    "normaliseer_naam",
    "register",
]

_NAMEN: dict[str, str] = {
    "Alias": "_gebieden",
    "Gemeente": "_gebieden",
    "Inwonertal": "_gebieden",
    "Netwerk": "_gebieden",
    "Provincie": "_gebieden",
    "Register": "_register",
    "Veiligheidsregio": "_gebieden",
    "normaliseer_naam": "_namen",
    "register": "_meegeleverd",
}
"""Each public name → the private module that defines it, imported on first use (PEP 562, ADR 0007)."""

if not TYPE_CHECKING:  # type checkers read the names above, and refuse a misspelt one
    __getattr__, __dir__ = _lui(globals(), _NAMEN)
