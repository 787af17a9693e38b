"""The prioritering scenario: vulnerable ontheemden first within scarce opvang — not law.

No law lets a college rank ontheemden when its location is full
(``oekraine.prioritering_wettelijk_mogelijk`` is false at every date). A caller may switch on a
scenario from a date (``prioritering_vanaf``, source ``aanname.oekraine.prioritering-scenario``):
then a vulnerable ontheemde gets :attr:`~asielketen.oekraine.Plichtuitkomst.VOORRANG`; the duty
toward everyone else holds as before.
"""

from __future__ import annotations

from datetime import date

from ..bronregister import bron
from ..explain import Redenering
from ..taal import bericht
from ._gemeenschappelijk import param


def prioritering_aan(rd: Redenering, peildatum: date, prioritering_vanaf: date | None) -> bool:
    """Whether priority for the vulnerable applies on ``peildatum`` (law, or the caller's scenario)."""
    wettelijk = param("oekraine.prioritering_wettelijk_mogelijk").geldigheid_op(peildatum)
    if wettelijk.waarde:  # pragma: no cover - no such law is known; kept for a future data file
        return True
    if prioritering_vanaf is not None and peildatum >= prioritering_vanaf:
        rd.stap(
            bericht("oekraine.prioritering.scenario", vanaf=prioritering_vanaf),
            wettelijk.bron,
            bron("aanname.oekraine.prioritering-scenario"),
            prioritering_vanaf=prioritering_vanaf,
        )
        return True
    rd.stap("oekraine.prioritering.niet_mogelijk", wettelijk.bron)
    return False


def scenario_stap(rd: Redenering, kwetsbaar: bool) -> None:
    """Explain what the scenario does for this ontheemde: priority if vulnerable, else nothing."""
    if kwetsbaar:
        rd.stap(
            bericht("oekraine.individueel.voorrang_stap"),
            bron("aanname.oekraine.prioritering-scenario"),
            kwetsbaar=True,
        )
    else:
        rd.stap(
            bericht("oekraine.individueel.scenario_stap"),
            bron("aanname.oekraine.prioritering-scenario"),
            kwetsbaar=False,
        )
