"""Shortage scenarios: a dated need set against the capacity of the agreements, over time.

A :class:`Scenario` is a series of need (nationally or per province) and the locations whose
agreements make the capacity; locations opening and agreements ending are the starts and ends of
their agreements. :func:`tekort_op` gives the shortage on one date, :func:`tekortverloop` over a
period (a step function; place-days short, ADR 0006), per area: a surplus in one province does not
offset another's shortage (an aanname). :func:`referentiescenario` ships the minister's figures of
26 March 2026 (AenM-2026-03-26: 4,500 short term, 7,900 by the end of summer) — and no figure after
the end of summer 2026: the letter forecasts no later date (ADR 0010).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from typing import Any

from attrs import Attribute, evolve, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError, InvalidPeriodError
from ..explain import Redenering, Uitkomst
from ..gebied import Register, register
from ..parameters import parameter, parameterversie
from ..periods import Periode, as_date
from ..sources import Brief
from ..taal import Bericht, als_bericht, bericht, letterlijk
from ._locatie import BESTAND, Locatie, _check_aantal, _check_tekst, _controleer, _reden_periode

LANDELIJK = "NL"
"""The area code of a national (not per-province) need in a :class:`Scenario`."""

_BRON_TEKORT = "aanname.opvang.tekort-per-gebied"
"""Aanname: the shortage is summed per area, a surplus elsewhere does not offset it."""
_BRON_MINISTER = "AenM-2026-03-26"
"""The minister's letter with the shortage figures of the reference scenario."""


@frozen(kw_only=True)
class Behoefte:
    """A need for places from a date on (a step): nationally or for one province."""

    vanaf: date
    """From this date the need is ``plaatsen`` (until the next step of the same area)."""
    plaatsen: int = field(validator=_check_aantal)
    """The number of places needed."""
    gebied: str = field(default=LANDELIJK)
    """``"NL"`` for a national need, or a province code (``"PV20"``)."""
    tot: date | None = field(default=None)
    """The first day the figure no longer holds (``None``: until the next step); from then until a
    later step the scenario has **no figure** for the area, and a date there is an error saying so."""

    @tot.validator
    def _check_tot(self, attribute: Attribute[date | None], value: date | None) -> None:
        if value is not None and not (isinstance(value, date) and value > self.vanaf):
            raise InvalidInputError(attribute.name, value, bericht("opvang.fout.behoefte_tot"))

    @gebied.validator
    def _check_gebied(self, attribute: Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not (
            value == LANDELIJK or (len(value) == 4 and value.startswith("PV") and value[2:].isdigit())
        ):
            raise InvalidInputError(attribute.name, value, bericht("opvang.fout.gebied"))


def _sorted_behoefte(values: Iterable[Behoefte]) -> tuple[Behoefte, ...]:
    return tuple(sorted(values, key=lambda b: (b.gebied, b.vanaf)))


def _tuple_locaties(values: Iterable[Locatie]) -> tuple[Locatie, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Scenario:
    """A dated series of need, and the locations whose agreements make the capacity over time.

    The need is either national (every step ``gebied="NL"``) or per province (no ``"NL"``);
    locations opening and agreements ending are the starts and ends of their agreements.
    """

    naam: str = field(validator=_check_tekst)
    """The scenario's name."""
    behoefte: tuple[Behoefte, ...] = field(converter=_sorted_behoefte)
    """The steps of need, sorted by area and date."""
    locaties: tuple[Locatie, ...] = field(default=(), converter=_tuple_locaties)
    """The locations counted as capacity."""
    bron: str | None = None
    """The id (in the source registry) of the source of the figures, if any."""
    toelichting: Bericht = field(default=letterlijk(""), converter=als_bericht)
    """What the scenario assumes, for the reader, in every language (a plain string is taken as
    the same text in every language)."""

    @behoefte.validator
    def _check_behoefte(self, _: Attribute[Any], value: tuple[Behoefte, ...]) -> None:
        if not value:
            raise InvalidInputError("behoefte", value, bericht("opvang.fout.behoefte_leeg"))
        gebieden = {b.gebied for b in value}
        if LANDELIJK in gebieden and len(gebieden) > 1:
            raise InvalidInputError("behoefte", sorted(gebieden), bericht("opvang.fout.door_elkaar"))
        for a, b in itertools.pairwise(value):
            if (a.gebied, a.vanaf) == (b.gebied, b.vanaf):
                raise InvalidInputError(
                    "behoefte", f"{b.gebied} {b.vanaf.isoformat()}", bericht("opvang.fout.zelfde_datum")
                )

    @property
    def landelijk(self) -> bool:
        """True when the need is national."""
        return self.behoefte[0].gebied == LANDELIJK

    @property
    def gebieden(self) -> tuple[str, ...]:
        """The areas with a need, sorted."""
        return tuple(sorted({b.gebied for b in self.behoefte}))

    def behoefte_op(self, dag: date, gebied: str = LANDELIJK) -> int | None:
        """The need in ``gebied`` on ``dag``; ``None`` before its first step, and after a step's
        :attr:`Behoefte.tot` until a later step (the scenario has no figure there)."""
        dag = as_date(dag, "dag")
        stap = None
        for b in self.behoefte:
            if b.gebied == gebied and b.vanaf <= dag:
                stap = b
        return None if stap is None or (stap.tot is not None and dag >= stap.tot) else stap.plaatsen

    def met_locaties(self, *locaties: Locatie) -> Scenario:
        """A copy with more locations (e.g. new spoednoodopvang opening)."""
        return evolve(self, locaties=(*self.locaties, *locaties))


@frozen(kw_only=True)
class GebiedTekort:
    """Need, capacity and shortage of one area (``"NL"`` or a province) on a date."""

    gebied: str
    """``"NL"`` or a province code."""
    behoefte: int
    """Places needed."""
    capaciteit: int
    """Places under agreement."""
    tekort: int
    """``max(0, behoefte − capaciteit)``."""
    overschot: int
    """``max(0, capaciteit − behoefte)``."""


@frozen(kw_only=True)
class Tekortpunt:
    """The scenario on one date: per area and the sums."""

    datum: date
    """The date."""
    gebieden: tuple[GebiedTekort, ...]
    """Per area, sorted."""

    @property
    def behoefte(self) -> int:
        """Σ need."""
        return sum(g.behoefte for g in self.gebieden)

    @property
    def capaciteit(self) -> int:
        """Σ capacity."""
        return sum(g.capaciteit for g in self.gebieden)

    @property
    def tekort(self) -> int:
        """Σ of the areas' shortages (a surplus in one province does not offset another's shortage)."""
        return sum(g.tekort for g in self.gebieden)


@frozen(kw_only=True)
class Tekortverloop:
    """The shortage of a scenario over a period: a step function, given at every change date."""

    scenario: str
    """The scenario's name."""
    periode: Periode
    """The period evaluated."""
    punten: tuple[Tekortpunt, ...]
    """The start of the period and every date within it on which need or capacity changes."""
    plaatsdagen: int
    """Σ shortage × days over the period (place-days short; ADR 0006)."""

    @property
    def hoogste(self) -> Tekortpunt:
        """The first point with the highest shortage."""
        return max(self.punten, key=lambda p: p.tekort)


# -- the rules -----------------------------------------------------------------------------------


def tekort_op(scenario: Scenario, peildatum: date, *, reg: Register | None = None) -> Uitkomst[Tekortpunt]:
    """Need, capacity and shortage of ``scenario`` on ``peildatum``, per area (nationally or per province)."""
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    provincie_van = _scenario_check(scenario, r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    _scenario_stappen(rd, scenario)
    punt = _punt(scenario, peildatum, provincie_van)
    rd.stap(
        bericht(
            "opvang.stap.tekort_op",
            peildatum=peildatum,
            behoefte=punt.behoefte,
            capaciteit=punt.capaciteit,
            tekort=punt.tekort,
        ),
        bron(_BRON_TEKORT),
        behoefte=punt.behoefte,
        capaciteit=punt.capaciteit,
        tekort=punt.tekort,
    )
    return rd.uitkomst(punt)


def tekortverloop(
    scenario: Scenario, periode: Periode, *, reg: Register | None = None
) -> Uitkomst[Tekortverloop]:
    """The shortage of ``scenario`` over ``periode`` (closed): a point at its start and at every change.

    Changes are the steps of need and the starts and ends of agreements (locations opening, agreements
    ending). Between two points nothing changes, so ``plaatsdagen`` (shortage × days) is exact (ADR 0006).
    """
    van_soort("periode", periode, Periode, reden=_reden_periode, fout=InvalidPeriodError)
    if periode.tot is None:
        raise InvalidPeriodError("periode.tot", None, bericht("opvang.fout.gesloten_periode"))
    r = register() if reg is None else reg
    provincie_van = _scenario_check(scenario, r)
    rd = Redenering()
    rd.gebruikt(*r.herkomst, bronnen_versie())
    _scenario_stappen(rd, scenario)
    data = {periode.van}
    data |= {b.vanaf for b in scenario.behoefte if periode.bevat(b.vanaf)}
    data |= {b.tot for b in scenario.behoefte if b.tot is not None and periode.bevat(b.tot)}
    for loc in scenario.locaties:
        data |= {d for d in loc.wijzigingsdata if periode.bevat(d)}
    punten = [_punt(scenario, d, provincie_van) for d in sorted(data)]
    grenzen = [p.datum for p in punten[1:]] + [periode.tot]
    plaatsdagen = sum(p.tekort * (eind - p.datum).days for p, eind in zip(punten, grenzen, strict=True))
    verloop = Tekortverloop(
        scenario=scenario.naam, periode=periode, punten=tuple(punten), plaatsdagen=plaatsdagen
    )
    h = verloop.hoogste
    rd.stap(
        bericht(
            "opvang.stap.tekortverloop",
            periode=str(periode),
            standen=len(punten),
            datum=h.datum,
            tekort=h.tekort,
            plaatsdagen=plaatsdagen,
        ),
        bron(_BRON_TEKORT),
        hoogste=h.tekort,
        plaatsdagen=plaatsdagen,
    )
    return rd.uitkomst(verloop)


def referentiescenario() -> Uitkomst[Scenario]:
    """The minister's shortage of 26 March 2026 as a national scenario (AenM-2026-03-26).

    4,500 places short from the date of the letter, 7,900 at the end of summer (1 September 2026,
    an aanname) and **no figure after it** (``opvang.tekort.einde_zomer_tot``; ADR 0010): a later date
    is an error that says so — add a :class:`Behoefte` of your own for it. The letter gives shortages
    only, so they are the need *beyond the existing capacity* and the scenario has no locations: add
    new ones with :meth:`Scenario.met_locaties` to see how much of the shortage they solve.
    """
    brief = bron(_BRON_MINISTER)
    if not isinstance(brief, Brief):  # pragma: no cover - guarded by the registry's tests
        raise InvalidInputError("bron", _BRON_MINISTER, bericht("opvang.fout.geen_brief"))
    peildatum = brief.datum
    kort = parameter(BESTAND, "opvang.tekort.korte_termijn").geldigheid_op(peildatum)
    zomer = parameter(BESTAND, "opvang.tekort.einde_zomer").geldigheid_op(peildatum)
    zomer_datum = parameter(BESTAND, "opvang.tekort.einde_zomer_datum").geldigheid_op(peildatum)
    zomer_tot = parameter(BESTAND, "opvang.tekort.einde_zomer_tot").geldigheid_op(peildatum)
    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    rd.stap(
        bericht(
            "opvang.stap.minister",
            datum=peildatum,
            kort=_duizendtal(kort.waarde),
            zomer=_duizendtal(zomer.waarde),
        ),
        kort.bron,
        korte_termijn=kort.waarde,
        einde_zomer=zomer.waarde,
    )
    rd.stap(
        bericht("opvang.stap.einde_zomer", datum=zomer_datum.waarde),
        zomer_datum.bron,
        bron("aanname.opvang.referentiescenario"),
    )
    rd.stap(
        bericht("opvang.stap.geen_cijfer_na_zomer", tot=zomer_tot.waarde, zomer=_duizendtal(zomer.waarde)),
        zomer_tot.bron,
    )
    return rd.uitkomst(
        Scenario(
            naam="minister 26 maart 2026",
            behoefte=(
                Behoefte(vanaf=peildatum, plaatsen=int(kort.waarde)),
                Behoefte(vanaf=zomer_datum.waarde, plaatsen=int(zomer.waarde), tot=zomer_tot.waarde),
            ),
            bron=_BRON_MINISTER,
            toelichting=bericht("opvang.scenario.toelichting"),
        )
    )


# -- the parts -----------------------------------------------------------------------------------


def _duizendtal(aantal: int) -> str:
    """A whole number with Dutch thousands separators, as the letters write it (``4.500``)."""
    return f"{aantal:,}".replace(",", ".")


def _punt(scenario: Scenario, dag: date, provincie_van: dict[str, str]) -> Tekortpunt:
    """The scenario on ``dag``: need, capacity and shortage per area."""
    capaciteit: dict[str, int] = {}
    for loc in scenario.locaties:
        gebied = LANDELIJK if scenario.landelijk else provincie_van[loc.gemeentecode]
        capaciteit[gebied] = capaciteit.get(gebied, 0) + loc.capaciteit_op(dag)
    gebieden = []
    for gebied in scenario.gebieden:
        behoefte = scenario.behoefte_op(dag, gebied)
        if behoefte is None:
            raise InvalidInputError("peildatum", dag.isoformat(), _geen_cijfer(scenario, dag, gebied))
        cap = capaciteit.get(gebied, 0)
        gebieden.append(
            GebiedTekort(
                gebied=gebied,
                behoefte=behoefte,
                capaciteit=cap,
                tekort=max(0, behoefte - cap),
                overschot=max(0, cap - behoefte),
            )
        )
    return Tekortpunt(datum=dag, gebieden=tuple(gebieden))


def _geen_cijfer(scenario: Scenario, dag: date, gebied: str) -> Bericht:
    """Why there is no need on ``dag``: before the first step, or after a step's end (supply one)."""
    naam, stappen = repr(scenario.naam), [b for b in scenario.behoefte if b.gebied == gebied]
    eerder = [b for b in stappen if b.vanaf <= dag]
    if eerder:
        return bericht("opvang.fout.behoefte_einde", scenario=naam, gebied=gebied, tot=eerder[-1].tot)
    return bericht("opvang.fout.behoefte_later", scenario=naam, gebied=gebied, eerste=stappen[0].vanaf)


def _scenario_check(scenario: Scenario, r: Register) -> dict[str, str]:
    """Check the scenario's locations and areas against the register; the province of every gemeente."""
    _controleer(scenario.locaties, (), r, veld="scenario.locaties")
    provincie_van = {g.code: g.provinciecode for g in r.gemeenten}
    if not scenario.landelijk:
        bekend = {p.code for p in r.provincies}
        onbekend = [g for g in scenario.gebieden if g not in bekend]
        if onbekend:
            raise InvalidInputError("behoefte.gebied", onbekend, bericht("opvang.fout.onbekende_provincie"))
        zonder = sorted(
            {provincie_van[loc.gemeentecode] for loc in scenario.locaties} - set(scenario.gebieden)
        )
        if zonder:
            raise InvalidInputError("behoefte", zonder, bericht("opvang.fout.provincie_zonder_behoefte"))
    return provincie_van


def _scenario_stappen(rd: Redenering, scenario: Scenario) -> None:
    """The step that states the scenario: its need, its steps, its locations and what it assumes."""
    bronnen = [bron(scenario.bron)] if scenario.bron is not None else []
    behoefte = (
        bericht("opvang.stap.behoefte_landelijk")
        if scenario.landelijk
        else bericht("opvang.stap.behoefte_provincies", gebieden=", ".join(scenario.gebieden))
    )
    naam, stappen, locaties = repr(scenario.naam), len(scenario.behoefte), len(scenario.locaties)
    if any(scenario.toelichting.teksten):
        zin = bericht(
            "opvang.stap.scenario_toelichting",
            scenario=naam,
            behoefte=behoefte,
            stappen=stappen,
            locaties=locaties,
            toelichting=scenario.toelichting,
        )
    else:
        zin = bericht(
            "opvang.stap.scenario", scenario=naam, behoefte=behoefte, stappen=stappen, locaties=locaties
        )
    rd.stap(zin, *bronnen)


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
