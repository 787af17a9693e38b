"""Exact integer apportionment: divide a whole number over weighted parts so the parts sum to it.

Two methods, both in exact integer arithmetic (no floats), independent of input order, with a
documented deterministic tie-break (see ``docs/adr/0002-spreidingswet-afronding-en-verdeling.md``):

* :func:`grootste_overschot` — largest remainder (Hamilton): every part gets the floor of its exact
  quota, the seats left over go to the largest remainders. Each part stays within floor/ceil of its
  quota (the *quota property*), but the method can show the **Alabama paradox**: raising the total
  can take a seat away from a part.
* :func:`sainte_lague` — the divisor method with odd divisors 1, 3, 5, … (Webster/Sainte-Laguë):
  house-monotone (no Alabama paradox), but a part may in rare cases leave its floor/ceil quota.

Ties — equal remainders, or equal divisor priorities — go to the part with the larger weight, then
to the smaller key (e.g. gemeentecode), so the result never depends on the order of the input.

>>> grootste_overschot(10, {"a": 1, "b": 1, "c": 1})
{'a': 4, 'b': 3, 'c': 3}
>>> sainte_lague(7, {"x": 5, "y": 3, "z": 1})
{'x': 4, 'y': 2, 'z': 1}
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from fractions import Fraction

from .errors import InvalidInputError

__all__ = ["grootste_overschot", "quota", "sainte_lague"]


def _check(totaal: int, gewichten: Mapping[str, int]) -> int:
    if not isinstance(totaal, int) or isinstance(totaal, bool) or totaal < 0:
        raise InvalidInputError("totaal", totaal, "een geheel getal ≥ 0")
    som = 0
    for key, w in gewichten.items():
        if not isinstance(w, int) or isinstance(w, bool) or w < 0:
            raise InvalidInputError(f"gewichten[{key!r}]", w, "een gewicht is een geheel getal ≥ 0")
        som += w
    if som == 0 and totaal > 0:
        raise InvalidInputError("gewichten", "alle 0", f"kan {totaal} niet verdelen over gewicht 0")
    return som


def quota(totaal: int, gewichten: Mapping[str, int]) -> dict[str, Fraction]:
    """The exact quota of every part: ``totaal × gewicht / Σ gewichten``."""
    som = _check(totaal, gewichten)
    if som == 0:
        return {k: Fraction(0) for k in gewichten}
    return {k: Fraction(totaal * w, som) for k, w in gewichten.items()}


def grootste_overschot(totaal: int, gewichten: Mapping[str, int]) -> dict[str, int]:
    """Largest-remainder (Hamilton) apportionment of ``totaal`` over integer ``gewichten``.

    Returns the parts in the order of ``gewichten``; they sum to ``totaal`` exactly and each lies
    within the floor and ceiling of its exact quota. Tie-break: larger remainder, then larger
    weight, then smaller key.
    """
    som = _check(totaal, gewichten)
    if som == 0:
        return dict.fromkeys(gewichten, 0)
    delen: dict[str, int] = {}
    rest: list[tuple[int, int, str]] = []
    for key, w in gewichten.items():
        q, r = divmod(totaal * w, som)
        delen[key] = q
        rest.append((-r, -w, key))
    over = totaal - sum(delen.values())
    for _, _, key in heapq.nsmallest(over, rest):
        delen[key] += 1
    return delen


def sainte_lague(totaal: int, gewichten: Mapping[str, int]) -> dict[str, int]:
    """Sainte-Laguë (Webster) apportionment: divisors 1, 3, 5, …; house-monotone.

    Starts from the standard rounding of the quotas and corrects the sum seat by seat with the
    divisor priorities ``w / (2s + 1)`` (to add) and ``w / (2s − 1)`` (to remove). Tie-break: larger
    weight, then smaller key. Parts sum to ``totaal`` exactly.
    """
    som = _check(totaal, gewichten)
    if som == 0:
        return dict.fromkeys(gewichten, 0)
    # standard rounding of the quota: floor(q + 1/2) = floor((2·t·w + som) / (2·som))
    delen = {k: (2 * totaal * w + som) // (2 * som) for k, w in gewichten.items()}
    verschil = totaal - sum(delen.values())
    while verschil > 0:  # add to the highest priority w/(2s+1)
        best = min(
            (k for k, w in gewichten.items() if w > 0),
            key=lambda k: (Fraction(-gewichten[k], 2 * delen[k] + 1), -gewichten[k], k),
        )
        delen[best] += 1
        verschil -= 1
    while verschil < 0:  # remove from the lowest priority w/(2s−1)
        worst = min(
            (k for k in gewichten if delen[k] > 0),
            key=lambda k: (Fraction(gewichten[k], 2 * delen[k] - 1), gewichten[k], _neg_key(k)),
        )
        delen[worst] -= 1
        verschil += 1
    return delen


def _neg_key(key: str) -> tuple[int, ...]:
    # the removal tie-break mirrors the addition one: the larger key loses first
    return (*(-ord(c) for c in key), 1)
