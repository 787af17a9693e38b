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
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction

from ._validation import geheel_getal
from .errors import InvalidInputError
from .taal import bericht

__all__ = ["grootste_overschot", "quota", "sainte_lague"]


def _check(totaal: int, gewichten: Mapping[str, int]) -> int:
    """``Σ gewichten``, after checking the total and every weight (0 to ``GROOTSTE_AANTAL``)."""
    geheel_getal("totaal", totaal, reden=lambda: bericht("apportion.totaal"))
    som = 0
    for key, w in gewichten.items():
        geheel_getal(f"gewichten[{key!r}]", w, reden=lambda: bericht("apportion.gewicht"))
        som += w
    if som == 0 and totaal > 0:
        raise InvalidInputError("gewichten", "alle 0", bericht("apportion.alle_nul", totaal=totaal))
    return som


def quota(totaal: int, gewichten: Mapping[str, int]) -> dict[str, Fraction]:
    """The exact quota of every part: ``totaal × gewicht / Σ gewichten``."""
    som = _check(totaal, gewichten)
    if som == 0:
        return {k: Fraction(0) for k in gewichten}
    return {k: Fraction(totaal * w, som) for k, w in gewichten.items()}


def _per_sleutel(
    kern: Callable[[int, Sequence[int], int], list[int]], totaal: int, gewichten: Mapping[str, int]
) -> dict[str, int]:
    """Apply a positional kernel to keyed weights: position = rank of the key, output in input order."""
    som = _check(totaal, gewichten)
    if som == 0:
        return dict.fromkeys(gewichten, 0)
    sleutels = sorted(gewichten)
    per = dict(zip(sleutels, kern(totaal, [gewichten[k] for k in sleutels], som), strict=True))
    return {k: per[k] for k in gewichten}


def grootste_overschot(totaal: int, gewichten: Mapping[str, int]) -> dict[str, int]:
    """Largest-remainder (Hamilton) apportionment of ``totaal`` over integer ``gewichten``.

    Returns the parts in the order of ``gewichten``; they sum to ``totaal`` exactly and each lies
    within the floor and ceiling of its exact quota. Tie-break: larger remainder, then larger
    weight, then smaller key.
    """
    return _per_sleutel(_hamilton_kern, totaal, gewichten)


def sainte_lague(totaal: int, gewichten: Mapping[str, int]) -> dict[str, int]:
    """Sainte-Laguë (Webster) apportionment: divisors 1, 3, 5, …; house-monotone.

    Starts from the standard rounding of the quotas and corrects the sum seat by seat with the
    divisor priorities ``w / (2s + 1)`` (to add) and ``w / (2s − 1)`` (to remove). Tie-break: larger
    weight, then smaller key. Parts sum to ``totaal`` exactly.
    """
    return _per_sleutel(_sainte_lague_kern, totaal, gewichten)


# -- positional kernels: the arithmetic itself, shared with asielketen.spreidingswet ----------


def _hamilton_kern(totaal: int, gewichten: Sequence[int], som: int) -> list[int]:
    """Largest remainder over checked weights (``som = Σ gewichten > 0``), by position.

    The one implementation behind :func:`grootste_overschot` and the Spreidingswet's
    ``Methode.HAMILTON``. Tie-break: larger remainder, then larger weight, then earlier position.
    """
    delen: list[int] = []
    rest: list[tuple[int, int, int]] = []
    for i, w in enumerate(gewichten):
        q, r = divmod(totaal * w, som)
        delen.append(q)
        rest.append((-r, -w, i))
    for _, _, i in heapq.nsmallest(totaal - sum(delen), rest):
        delen[i] += 1
    return delen


def _sainte_lague_kern(totaal: int, gewichten: Sequence[int], som: int) -> list[int]:
    """Sainte-Laguë over checked weights (``som = Σ gewichten > 0``), by position.

    The one implementation behind :func:`sainte_lague` and ``Methode.SAINTE_LAGUE``. Tie-break:
    larger weight, then earlier position (to add); the later position loses first (to remove).
    """
    # standard rounding of the quota: floor(q + 1/2) = floor((2·t·w + som) / (2·som))
    t2, s2 = 2 * totaal, 2 * som
    delen = [(t2 * w + som) // s2 for w in gewichten]
    verschil = totaal - sum(delen)
    n = len(delen)
    while verschil > 0:  # add to the highest priority w/(2s+1)
        best = min(
            (i for i in range(n) if gewichten[i] > 0),
            key=lambda i: (Fraction(-gewichten[i], 2 * delen[i] + 1), -gewichten[i], i),
        )
        delen[best] += 1
        verschil -= 1
    while verschil < 0:  # remove from the lowest priority w/(2s−1)
        worst = min(
            (i for i in range(n) if delen[i] > 0),
            key=lambda i: (Fraction(gewichten[i], 2 * delen[i] - 1), gewichten[i], -i),
        )
        delen[worst] -= 1
        verschil += 1
    return delen
