"""The law's two-year cycles (Spreidingswet art. 2 lid 1, art. 5 lid 1, art. 13 lid 1).

The minister announces the raming "eens in de twee jaren" before 1 February (art. 2 lid 1) and takes
the verdeelbesluit "eens in de twee jaren" for the two following calendar years (art. 5 lid 1); the
first raming came at the law's entry into force, 31 January 2024 (art. 13 lid 1). So the cycles are
those of 2024 (verdeling 2025–2026), 2026 (verdeling 2027–2028) …; any other year is no cycle.

>>> from asielketen.periods import Cyclus
>>> wettelijke_cyclus(Cyclus(2026)) == Cyclus(2026)
True
>>> raming_datum(Cyclus(2024))[0].isoformat()
'2024-01-31'
>>> cyclus_op(date(2026, 3, 1))
Cyclus(ramingsjaar=2024)
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .._openbaar import publiceer_hier
from ..errors import InvalidPeriodError
from ..parameters import parameter
from ..periods import Cyclus, as_date
from ..sources import Bron
from ..taal import bericht
from ._gemeenschappelijk import BESTAND, als_cyclus

__all__ = ["cyclus_op"]


def _eerste_en_om() -> tuple[date, int]:
    """The law's entry into force (the first raming, art. 13 lid 1) and the years between two
    ramingen (art. 2 lid 1: "eens in de twee jaren")."""
    eerste = parameter(BESTAND, "spreidingswet.termijn.raming_voor").waarden[0].periode.van
    om = parameter(BESTAND, "spreidingswet.cyclus.om_de_jaren").geldigheid_op(eerste)
    return eerste, int(om.waarde)


def wettelijke_cyclus(waarde: object, veld: str = "cyclus") -> Cyclus:
    """``waarde`` if it is one of the law's cycles; else an :class:`InvalidPeriodError` naming the
    cycles there are.

    The minister announces the raming "eens in de twee jaren" (art. 2 lid 1) and takes the
    verdeelbesluit "eens in de twee jaren" for the two following calendar years (art. 5 lid 1),
    from the first raming at the law's entry into force (art. 13 lid 1, 31 January 2024): the
    cycles are those of 2024, 2026, 2028 … A ``Cyclus(2025)`` would be a verdeling 2026–2027 that
    no article provides for.
    """
    cyclus = als_cyclus(waarde, veld)
    eerste, om = _eerste_en_om()
    jaar = cyclus.ramingsjaar
    if jaar >= eerste.year and (jaar - eerste.year) % om == 0:
        return cyclus
    if jaar < eerste.year:
        reden = bericht(
            "spreidingswet.cyclus.fout_voor_wet", datum=eerste, eerste=Cyclus(eerste.year).omschrijving
        )
    else:
        vorige = Cyclus(eerste.year + om * ((jaar - eerste.year) // om))
        reden = bericht(
            "spreidingswet.cyclus.fout_geen_cyclus",
            om=om,
            eerste=eerste.year,
            vorige=vorige.omschrijving,
            volgende=Cyclus(vorige.ramingsjaar + om).omschrijving,
        )
    raise InvalidPeriodError(veld, jaar, reden)


def check_cyclus(_: object, attribute: Any, value: Cyclus) -> None:
    """attrs validator: one of the law's cycles (:func:`wettelijke_cyclus`)."""
    wettelijke_cyclus(value, attribute.name)


def raming_datum(cyclus: Cyclus) -> tuple[date, Bron]:
    """The date of ``cyclus``'s raming, with its source: the last day before the deadline of art. 2
    lid 1 ("voor 1 februari"), 31 January of the ramingsjaar (cycle 2024: 31 January 2024, the date
    of Stcrt. 2024, 3320).

    The cycle's distribution uses the inhabitants of this date (Besluit art. 2.1 lid 3 onder c, the
    assumption ``aanname.spreidingswet.inwoners-peildatum``), whatever the date it is asked on.
    """
    cyclus = wettelijke_cyclus(cyclus)
    jaar = cyclus.ramingsjaar
    g = parameter(BESTAND, "spreidingswet.termijn.raming_voor").geldigheid_op(wet_in_werking(jaar))
    return maand_dag(jaar, str(g.waarde)) - timedelta(days=1), g.bron


def wet_in_werking(jaar: int) -> date:
    """The date in ``jaar`` on which the law's deadlines are read (the entry into force in 2024)."""
    eerste, _ = _eerste_en_om()
    return max(date(jaar, 1, 1), eerste)


def maand_dag(jaar: int, mm_dd: str) -> date:
    """The date ``MM-DD`` (a parameter's value) in ``jaar``."""
    month, day = (int(x) for x in mm_dd.split("-"))
    return date(jaar, month, day)


def cyclus_op(peildatum: date) -> Cyclus | None:
    """The cycle whose verdeelbesluit runs at ``peildatum`` (``None`` before the law).

    A cycle's verdeelbesluit covers the two calendar years after its raming (art. 5 lid 1), so on
    1 March 2026 the cycle with raming 2024 (verdeling 2025–2026) still runs, while the raming of
    cycle 2026 has been published. In the first raming year (from the law's entry into force,
    31 January 2024, art. 13 lid 1) no verdeelbesluit runs yet; the first cycle is returned.
    """
    peildatum = as_date(peildatum)
    eerste, om = _eerste_en_om()
    if peildatum < eerste:
        return None
    if peildatum.year == eerste.year:
        return Cyclus(eerste.year)
    return Cyclus(eerste.year + om * ((peildatum.year - eerste.year - 1) // om))


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
