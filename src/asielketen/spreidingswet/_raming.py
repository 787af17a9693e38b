"""The two-year cycle: raming (national need) and the deadlines of the Spreidingswet.

Spreidingswet (BWBR0049307): the minister announces every two years before 1 February the need for
the two following years (art. 2 lid 1); the CdK reports before 1 November (art. 4 lid 2); the
minister takes the verdeelbesluit per province before 31 December, for the two following calendar
years (art. 5 lid 1); the college makes a locatie available to the COA within six months of the
verdeelbesluit's publication or the longer term it sets (art. 7 lid 1 onder a) and makes the places
possible within the two-year term (art. 6). The raming targets the need on 1 January of the
following year (Regeling specifieke uitkeringen, Stcrt. 2024, 3349, art. 2).

>>> from asielketen.periods import Cyclus
>>> r = raming(Cyclus(2024)).waarde
>>> r.behoefte, r.amv, r.peildatum_behoefte.isoformat()
(96000, 8140, '2025-01-01')
>>> t = termijnen(Cyclus(2026), verdeelbesluit_bekendgemaakt=date(2026, 12, 20)).waarde
>>> t.verslag_voor.isoformat(), t.verdeelbesluit_voor.isoformat(), t.locatie_uiterlijk.isoformat()
('2026-11-01', '2026-12-31', '2027-06-20')
"""

from __future__ import annotations

from datetime import date
from typing import Any

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, InvalidPeriodError, ParameterNotValidError
from ..explain import Redenering, Uitkomst
from ..parameters import parameter, parameterversie
from ..periods import Cyclus, Geldigheid, Periode, as_date
from ..sources import Bron
from ..taal import bericht
from ._cyclus import check_cyclus, maand_dag, raming_datum, wet_in_werking, wettelijke_cyclus
from ._gemeenschappelijk import BESTAND, aantal, check_aantal

__all__ = ["Raming", "Termijnen", "raming", "termijnen"]


@frozen(kw_only=True)
class Raming:
    """The national need of a cycle: places (BO) and the part for amv."""

    cyclus: Cyclus = field(validator=check_cyclus)
    """The cycle (by the year of its raming): one of the law's cycles (2024, 2026 …)."""
    behoefte: int = field(validator=check_aantal)
    """The national need BO: places needed in the cycle's two years."""
    amv: int | None = field(default=None)
    """The part for alleenstaande minderjarige vreemdelingen, where known (Besluit art. 2.2)."""
    peildatum_behoefte: date
    """The date whose need the raming targets (1 January after the ramingsjaar)."""
    scenario: bool = False
    """True when the user supplied the numbers instead of the published raming."""

    @property
    def datum(self) -> date:
        """The date of the raming (:func:`raming_datum`): the cycle's distribution uses the most
        recent inhabitants on or before it."""
        return raming_datum(self.cyclus)[0]

    def __str__(self) -> str:
        amv = (
            bericht("spreidingswet.raming.amv_onbekend")
            if self.amv is None
            else bericht("spreidingswet.raming.waarvan_amv", amv=self.amv)
        )
        soort = (
            bericht("spreidingswet.raming.soort_scenario")
            if self.scenario
            else bericht("spreidingswet.raming.soort_raming")
        )
        return bericht(
            "spreidingswet.raming.omschrijving",
            soort=soort,
            cyclus=self.cyclus.omschrijving,
            behoefte=self.behoefte,
            amv=amv,
        ).tekst()

    @amv.validator
    def _check_amv(self, attribute: object, value: int | None) -> None:
        if value is not None:
            check_aantal(self, attribute, value)
            if value > self.behoefte:
                raise InvalidInputError(
                    "amv", value, bericht("spreidingswet.raming.fout_amv", behoefte=self.behoefte)
                )


@frozen(kw_only=True)
class Termijnen:
    """The deadlines of one cycle ("voor" = strictly before that date)."""

    cyclus: Cyclus
    """The cycle."""
    raming_voor: date
    """The raming and indicative distribution are published before this date (art. 2, art. 3 lid 2)."""
    verslag_voor: date
    """The CdK's verslag reaches the minister before this date (art. 4 lid 2)."""
    verdeelbesluit_voor: date
    """The verdeelbesluiten are taken before this date (art. 5 lid 1)."""
    verdeelperiode: Periode
    """The two calendar years the verdeelbesluit covers; realisation within it (art. 6)."""
    locatie_uiterlijk: date | None
    """The last day to make a locatie available to the COA (art. 7 lid 1 onder a), if known."""

    @property
    def realisatie_uiterlijk(self) -> date:
        """The last day of the two-year term (art. 6 lid 1)."""
        dag = self.verdeelperiode.laatste_dag
        assert dag is not None  # a verdeelperiode is closed
        return dag


def raming(cyclus: Cyclus, *, behoefte: int | None = None, amv: int | None = None) -> Uitkomst[Raming]:
    """The raming of ``cyclus``: the published numbers, or a scenario when ``behoefte`` is given.

    Asking a cycle without published numbers (and no ``behoefte``) raises
    :class:`~asielketen.errors.ParameterNotValidError` naming the period it was asked for; a year
    that is no cycle of the law (``Cyclus(2025)``) an :class:`~asielketen.errors.InvalidPeriodError`
    naming the cycles there are (:func:`wettelijke_cyclus`).
    """
    cyclus = wettelijke_cyclus(cyclus)
    for veld, waarde in (("behoefte", behoefte), ("amv", amv)):  # at the boundary: before any step
        if waarde is not None:
            aantal(veld, waarde)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    start = cyclus.verdeelperiode.van
    peil = date(cyclus.ramingsjaar + 1, 1, 1)
    rd.stap(
        bericht("spreidingswet.raming.peildatum", cyclus=cyclus.omschrijving, peildatum=peil),
        bron("Stcrt-2024-3349"),
        bron("spreidingswet.art2.lid1"),
        ramingsjaar=cyclus.ramingsjaar,
    )
    if behoefte is None:  # the published raming (art. 2 lid 1)
        g = parameter(BESTAND, "spreidingswet.landelijke_behoefte").geldigheid_op(start)
        behoefte = int(g.waarde)
        rd.stap(bericht("spreidingswet.behoefte", behoefte=behoefte), g.bron, BO=behoefte)
        scenario = False
    else:
        scenario = True
        rd.stap(
            bericht("spreidingswet.raming.scenario_behoefte", behoefte=behoefte),
            bron("aanname.spreidingswet.scenario"),
            bron("spreidingswet.art2.lid2"),
            BO=behoefte,
        )
    if amv is not None:
        scenario = True
        rd.stap(
            "spreidingswet.raming.scenario_amv",
            bron("aanname.spreidingswet.scenario"),
            bron("besluit-spreidingswet.art2.2.lid1"),
            amv=amv,
        )
    elif not scenario:
        amv = _amv_gepubliceerd(rd, start)
    return rd.uitkomst(
        Raming(cyclus=cyclus, behoefte=behoefte, amv=amv, peildatum_behoefte=peil, scenario=scenario)
    )


def _amv_gepubliceerd(rd: Redenering, start: date) -> int | None:
    """The published amv part of the raming (Besluit art. 2.2 lid 1), if there is one."""
    try:
        ga = parameter(BESTAND, "spreidingswet.amv_behoefte").geldigheid_op(start)
    except ParameterNotValidError:
        rd.stap("spreidingswet.raming.amv_niet_bekend", bron("besluit-spreidingswet.art2.2.lid1"))
        return None
    amv = int(ga.waarde)
    rd.stap("spreidingswet.raming.amv", ga.bron, amv=amv)
    return amv


# -- the deadlines ----------------------------------------------------------------------------------


def termijnen(
    cyclus: Cyclus,
    *,
    verdeelbesluit_bekendgemaakt: date | None = None,
    langere_termijn: date | None = None,
) -> Uitkomst[Termijnen]:
    """The deadlines of ``cyclus``; the locatie deadline needs the verdeelbesluit's publication date.

    ``langere_termijn`` is a longer term the verdeelbesluit itself sets (art. 7 lid 1 onder a): with
    ``verdeelbesluit_bekendgemaakt`` it may not end before the six months after publication. For
    cycles whose locatie deadline is shipped (cycle 2024: 1 July 2025), that date is used when
    neither is given. The dates are :class:`~datetime.date` objects or their ISO text. Only the
    law's cycles have deadlines (:func:`wettelijke_cyclus`).
    """
    cyclus = wettelijke_cyclus(cyclus)
    if verdeelbesluit_bekendgemaakt is not None:
        verdeelbesluit_bekendgemaakt = as_date(verdeelbesluit_bekendgemaakt, "verdeelbesluit_bekendgemaakt")
    if langere_termijn is not None:
        langere_termijn = as_date(langere_termijn, "langere_termijn")
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    jaar = cyclus.ramingsjaar
    in_werking = wet_in_werking(jaar)

    def termijn(naam: str) -> tuple[date, Bron]:
        g = parameter(BESTAND, f"spreidingswet.termijn.{naam}").geldigheid_op(in_werking)
        return maand_dag(jaar, str(g.waarde)), g.bron

    raming_voor, b1 = termijn("raming_voor")  # art. 2 lid 1
    verslag_voor, b2 = termijn("verslag_voor")  # art. 4 lid 2
    verdeel_voor, b3 = termijn("verdeelbesluit_voor")  # art. 5 lid 1
    rd.stap(bericht("spreidingswet.termijn.raming", datum=raming_voor), b1)
    rd.stap(bericht("spreidingswet.termijn.verslag", datum=verslag_voor), b2)
    rd.stap(
        bericht(
            "spreidingswet.termijn.verdeelbesluit",
            datum=verdeel_voor,
            eerste=cyclus.jaren[0],
            tweede=cyclus.jaren[1],
        ),
        b3,
    )
    jaren = parameter(BESTAND, "spreidingswet.termijn.realisatie_jaren").geldigheid_op(in_werking)
    periode = Periode(date(jaar + 1, 1, 1), date(jaar + 1 + int(jaren.waarde), 1, 1))  # art. 6
    rd.stap(bericht("spreidingswet.termijn.realisatie", jaren=jaren.waarde, periode=periode), jaren.bron)
    maanden = parameter(BESTAND, "spreidingswet.termijn.locatie_maanden").geldigheid_op(in_werking)
    locatie = _locatie_uiterlijk(rd, cyclus, periode, maanden, verdeelbesluit_bekendgemaakt, langere_termijn)
    return rd.uitkomst(
        Termijnen(
            cyclus=cyclus,
            raming_voor=raming_voor,
            verslag_voor=verslag_voor,
            verdeelbesluit_voor=verdeel_voor,
            verdeelperiode=periode,
            locatie_uiterlijk=locatie,
        )
    )


def _na_maanden(basis: date, maanden: Geldigheid[Any], veld: str) -> date:
    """``basis`` plus the months of art. 7 lid 1 onder a (an error naming ``veld`` after 9999)."""
    from dateutil.relativedelta import relativedelta  # imported when needed (issue 18)

    try:
        return basis + relativedelta(months=int(maanden.waarde))
    except (ValueError, OverflowError):  # after 31 December 9999
        raise InvalidPeriodError(
            veld, basis, bericht("spreidingswet.fout.na_kalender", maanden=maanden.waarde)
        ) from None


def controleer_langere_termijn(
    langere_termijn: date, *, cyclus: Cyclus, bekendgemaakt: date | None, veld: str = "langere_termijn"
) -> None:
    """A "langere termijn" (art. 7 lid 1 onder a) is not shorter than the law's six months: it ends
    on or after six months from the verdeelbesluit's publication; when the publication is not given,
    on or after six months from the cycle's raming (no verdeelbesluit is published before it)."""
    maanden = parameter(BESTAND, "spreidingswet.termijn.locatie_maanden").geldigheid_op(
        wet_in_werking(cyclus.ramingsjaar)
    )
    if bekendgemaakt is not None:
        grens = _na_maanden(bekendgemaakt, maanden, "verdeelbesluit_bekendgemaakt")
        reden = bericht("spreidingswet.termijn.fout_korter", maanden=maanden.waarde, datum=grens)
    else:
        datum = raming_datum(cyclus)[0]
        grens = _na_maanden(datum, maanden, "cyclus")
        reden = bericht(
            "spreidingswet.termijn.fout_korter_dan_raming",
            maanden=maanden.waarde,
            datum=grens,
            raming=datum,
            cyclus=cyclus.omschrijving,
        )
    if langere_termijn < grens:  # "langer" than the law's term
        raise InvalidInputError(veld, langere_termijn, reden)


def _locatie_uiterlijk(
    rd: Redenering,
    cyclus: Cyclus,
    periode: Periode,
    maanden: Geldigheid[Any],
    bekendgemaakt: date | None,
    langere_termijn: date | None,
) -> date | None:
    """The locatie deadline (art. 7 lid 1 onder a): the longer term the decision sets, else six
    months after its publication, else the shipped date of the cycle, else unknown."""
    zes_maanden = (  # the term of art. 7 lid 1 onder a after publication
        None if bekendgemaakt is None else _na_maanden(bekendgemaakt, maanden, "verdeelbesluit_bekendgemaakt")
    )
    if langere_termijn is not None:
        controleer_langere_termijn(langere_termijn, cyclus=cyclus, bekendgemaakt=bekendgemaakt)
        rd.stap(
            bericht("spreidingswet.termijn.langere_termijn", datum=langere_termijn),
            bron("spreidingswet.art7.lid1"),
        )
        return langere_termijn
    if zes_maanden is not None:
        rd.stap(
            bericht(
                "spreidingswet.termijn.locatie",
                maanden=maanden.waarde,
                bekendgemaakt=bekendgemaakt,
                datum=zes_maanden,
            ),
            maanden.bron,
        )
        return zes_maanden
    try:
        g = parameter(BESTAND, "spreidingswet.cyclus.locatie_uiterlijk").geldigheid_op(periode.van)
    except ParameterNotValidError:
        rd.stap("spreidingswet.termijn.locatie_onbekend", bron("spreidingswet.art7.lid1"))
        return None
    rd.stap(bericht("spreidingswet.termijn.locatie_cyclus", datum=g.waarde), g.bron)
    locatie: date = g.waarde
    return locatie


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
