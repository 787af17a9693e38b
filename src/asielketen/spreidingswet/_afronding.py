"""The rounding of the Besluit: from exact quota to whole places (art. 2.1 lid 3; ADR 0002).

Each gemeente's Iv = BO × Wf / TWf is "rekenkundig afgerond op een geheel getal": rounded on its
own, half up, so the national sum may differ from BO. For scenarios whose parts must sum exactly to
BO, largest remainder and Sainte-Laguë (:mod:`asielketen.apportion`) are offered as well.

:func:`afronden` is the one arithmetic of the rule: :func:`~asielketen.spreidingswet.verdeel`
(with its records and explanation) and :func:`verdeel_aantallen` (only the numbers) both call it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from .._openbaar import publiceer_hier
from .._validation import geheel_getal
from ..apportion import _hamilton_kern, _sainte_lague_kern
from ..bronregister import bron
from ..errors import InvalidInputError
from ..sources import Bron
from ..taal import Bericht, bericht, letterlijk
from ._sleutel import GROOTSTE_GEWICHT, gewichten_lijst

__all__ = ["Methode", "afronden", "methode_bron", "verdeel_aantallen"]


class Methode(enum.Enum):
    """How the exact quotas become whole places."""

    WET = "wet"
    """Besluit art. 2.1 lid 3: every gemeente rounded on its own, half up; the sum may differ from BO."""
    HAMILTON = "hamilton"
    """Largest remainder (scenario): parts sum exactly to BO, each within floor/ceil of its quota."""
    SAINTE_LAGUE = "sainte-lague"
    """Sainte-Laguë divisor method (scenario): parts sum exactly to BO, house-monotone."""


def afronden(methode: Methode, totaal: int, gewichten: Sequence[int], som: int) -> list[int]:
    """Whole places for checked weights (``som = Σ gewichten``), by position: THE arithmetic of the rule.

    :func:`verdeel` and :func:`verdeel_aantallen` both call this one function. ``WET``: every part
    ``floor(totaal·w/som + 1/2)`` (half up, ADR 0002); the scenario methods use the kernels of
    :mod:`asielketen.apportion` (ties: larger weight, then earlier position = smaller gemeentecode).
    """
    if som == 0:  # nothing to distribute by: only a need of 0 can be distributed (0 everywhere)
        if totaal > 0:
            raise InvalidInputError(
                "gewichten", "alle 0", bericht("spreidingswet.verdeling.fout_gewicht_nul", totaal=totaal)
            )
        return [0] * len(gewichten)
    if methode is Methode.WET:
        # Iv = BO × Wf / TWf "rekenkundig afgerond": half up, floor(q + 1/2) with q = totaal·w/som
        t2, s2 = 2 * totaal, 2 * som
        return [(t2 * w + som) // s2 for w in gewichten]
    kern = _hamilton_kern if methode is Methode.HAMILTON else _sainte_lague_kern
    return kern(totaal, gewichten, som)


def methode_bron(methode: Methode) -> tuple[Bericht, Bron]:
    """The sentence naming the rounding method, and its source."""
    if methode is Methode.WET:
        return (
            bericht("spreidingswet.verdeling.methode_wet"),
            bron("aanname.spreidingswet.afronding-half"),
        )
    naam = (
        bericht("spreidingswet.verdeling.grootste_overschot")
        if methode is Methode.HAMILTON
        else letterlijk("Sainte-Laguë")
    )
    return (
        bericht("spreidingswet.verdeling.methode_scenario", naam=naam),
        bron("aanname.spreidingswet.scenariomethode"),
    )


def verdeel_aantallen(
    behoefte: int, gewichten: Sequence[int], *, methode: Methode = Methode.WET
) -> tuple[int, ...]:
    """Only the numbers: ``behoefte`` over integer weights proportional to Wf, in the order given.

    The fast path for sweeping thousands of scenarios: the same arithmetic as :func:`verdeel` (one
    shared function), without register, result objects or explanation. With the weights of the
    gemeenten in the register's order (by gemeentecode) — their inhabitants for the inhabitants
    key, :func:`wegingsgewichten` for the legal key — the numbers are exactly the ``plaatsen`` of
    :func:`verdeel`'s records. Ties of the scenario methods go to the larger weight, then to the
    earlier position.

    >>> verdeel_aantallen(3, [10, 10])                      # 1.5 and 1.5, each rounded half up
    (2, 2)
    >>> verdeel_aantallen(3, [10, 10], methode=Methode.HAMILTON)
    (2, 1)
    """
    bo = geheel_getal("behoefte", behoefte, reden=lambda: bericht("spreidingswet.fout.geheel_getal"))
    lijst = gewichten_lijst(gewichten, maximum=GROOTSTE_GEWICHT)
    return tuple(afronden(methode, bo, lijst, sum(lijst)))


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
