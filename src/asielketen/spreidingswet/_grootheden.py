"""The quantities of the formula: BO and the inhabitants iG and In (Besluit art. 2.1 lid 3 onder b–d).

* **BO** is the need the minister set (onder b): a cycle's :func:`raming`, or the user's own number
  — a gebruikersscenario, labelled as such (``aanname.spreidingswet.scenario``), never as the law.
* **iG, In** are "the most recent CBS figures" (onder c, d): for a cycle, those on the date of its
  raming, whatever the date asked (``aanname.spreidingswet.inwoners-peildatum``); a user's own
  figures are named as the user's, never as CBS figures (``aanname.gebruiker.inwoners``).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from .._validation import geheel_getal
from ..bronregister import bron
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..taal import bericht
from ._cyclus import raming_datum
from ._kolommen import Kolommen
from ._raming import Raming

__all__: list[str] = []


def behoefte_en_amv(
    rd: Redenering, behoefte: int | Uitkomst[Raming], amv: int | None
) -> tuple[int, int | None, bool]:
    """BO and the amv need: from a raming (its steps taken over), or the user's numbers (a
    gebruikersscenario, labelled as such); and whether they are a scenario."""
    if isinstance(behoefte, Uitkomst):
        rd.voeg_toe(behoefte)
        bo = behoefte.waarde.behoefte
        scenario = behoefte.waarde.scenario or amv is not None
    else:
        bo = geheel_getal(
            "behoefte", behoefte, reden=lambda: bericht("spreidingswet.verdeling.fout_behoefte")
        )
        scenario = True
        rd.stap(
            bericht("spreidingswet.verdeling.scenario_behoefte", behoefte=bo),
            bron("aanname.spreidingswet.scenario"),
            bron("besluit-spreidingswet.art2.1.lid3"),
            BO=bo,
        )
    if amv is not None:
        reden = bericht("spreidingswet.verdeling.fout_amv", bo=bo)
        if geheel_getal("amv", amv, reden=reden) > bo:
            raise InvalidInputError("amv", amv, reden)
        rd.stap(
            "spreidingswet.raming.scenario_amv",
            bron("aanname.spreidingswet.scenario"),
            bron("besluit-spreidingswet.art2.2.lid1"),
            amv=amv,
        )
    elif isinstance(behoefte, Uitkomst):
        amv = behoefte.waarde.amv
    return bo, amv, scenario


def peildatum_inwoners(rd: Redenering, behoefte: int | Uitkomst[Raming], peildatum: date | None) -> date:
    """The date whose inhabitants the distribution uses: for a cycle's raming, the date of that
    raming whatever the peildatum (Besluit art. 2.1 lid 3 onder c); for a number, the peildatum."""
    if not isinstance(behoefte, Uitkomst):
        if peildatum is None:
            raise InvalidInputError("peildatum", None, bericht("spreidingswet.verdeling.fout_peildatum"))
        return peildatum
    r = behoefte.waarde
    datum, bron_datum = raming_datum(r.cyclus)
    rd.stap(
        bericht(
            "spreidingswet.verdeling.inwoners_raming",
            cyclus=r.cyclus.omschrijving,
            datum=datum,
        )
        if peildatum is None or peildatum == datum
        else bericht(
            "spreidingswet.verdeling.inwoners_raming_peildatum",
            cyclus=r.cyclus.omschrijving,
            datum=datum,
            peildatum=peildatum,
        ),
        bron("besluit-spreidingswet.art2.1.lid3"),
        bron_datum,
        bron("aanname.spreidingswet.inwoners-peildatum"),
    )
    return datum


def inwoners(
    rd: Redenering, k: Kolommen, peildatum: date, inwoners_peildatum: date | None
) -> tuple[date, tuple[int, ...], str]:
    """iG per gemeente: the most recent CBS figures at the raming (art. 2.1 lid 3 onder c), or on
    the date the user names; that date, and the figures' source (``gebruiker:…`` for a user's file)."""
    gekozen = inwoners_peildatum is None
    if inwoners_peildatum is None:
        eerder = k.datums[: bisect_right(k.datums, peildatum)]
        if not eerder:  # raises a DataUnavailableError naming the dates there are
            k.gemeenten[0].meest_recente_inwoners(peildatum)
        inwoners_peildatum = eerder[-1]
    igs = k.inwoners_op(inwoners_peildatum)
    nederland = sum(igs)
    inw_bron = k.gemeenten[0].inwoners_op(inwoners_peildatum).bron
    gebruiker = inw_bron.startswith("gebruiker:")
    if gebruiker:  # the user's own figures: never called CBS figures
        zin = bericht(
            "spreidingswet.verdeling.inwoners_gebruiker",
            bestand=inw_bron.removeprefix("gebruiker:"),
            inwoners_peildatum=inwoners_peildatum,
            nederland=nederland,
        )
    elif gekozen:
        zin = bericht(
            "spreidingswet.verdeling.inwoners",
            inwoners_peildatum=inwoners_peildatum,
            peildatum=peildatum,
            nederland=nederland,
        )
    else:
        zin = bericht(
            "spreidingswet.verdeling.inwoners_gekozen",
            inwoners_peildatum=inwoners_peildatum,
            nederland=nederland,
        )
    rd.stap(
        zin,
        bron("besluit-spreidingswet.art2.1.lid3"),
        *([bron("aanname.gebruiker.inwoners")] if gebruiker else [bron(inw_bron)]),
        *([bron("aanname.spreidingswet.inwoners-peildatum")] if gekozen else []),
        inwoners_peildatum=inwoners_peildatum,
        In=nederland,
    )
    return inwoners_peildatum, igs, inw_bron
