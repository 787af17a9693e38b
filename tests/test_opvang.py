"""Opvang capacity: properties, the sources' literal figures, loading, JSON and the CLI."""

from __future__ import annotations

import json
import pickle
import typing
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from asielketen.errors import InvalidInputError, ParameterNotValidError, StructureError
from asielketen.explain import Uitkomst
from asielketen.opvang import (
    LANDELIJK,
    REALISATIE_SOORTEN,
    Behoefte,
    Bestuursovereenkomst,
    Bezetting,
    Dwangsom,
    Locatie,
    Locatiesoort,
    Nachttelling,
    Opvangoverzicht,
    Scenario,
    Tekortverloop,
    duurzame_locaties,
    dwangsom_ter_apel,
    lees_bezetting,
    lees_locaties,
    lees_nachten,
    opvang_gemeente,
    overzicht,
    realisaties,
    referentiescenario,
    tekort_op,
    tekortverloop,
    toets_bezetting,
)
from asielketen.parameters import parameter
from asielketen.periods import Cyclus, Periode
from asielketen.serialization import from_json, to_json, unstructure
from asielketen.sources import Status
from asielketen.spreidingswet import Toewijzing, Verdeelbesluit, aftrek_duurzaam, stand
from asielketen.taal import Bericht, in_taal, letterlijk

from .conftest import brief, normaliseer
from .conftest import run_cli as run

BRIEF = date(2026, 3, 26)
PEIL = date(2026, 4, 15)
GEMEENTEN = ("GM0014", "GM1950", "GM0193", "GM0363", "GM0599")  # PV20, PV20, PV23, PV27, PV28
PROVINCIE = {"GM0014": "PV20", "GM1950": "PV20", "GM0193": "PV23", "GM0363": "PV27", "GM0599": "PV28"}
BASIS = date(2022, 1, 1)


def ov(van: date, tot: date | None, capaciteit: int) -> Bestuursovereenkomst:
    return Bestuursovereenkomst(periode=Periode(van, tot), capaciteit=capaciteit)


def loc(
    id: str, gemeente: str, *overeenkomsten: Bestuursovereenkomst, soort: Locatiesoort = Locatiesoort.AZC
) -> Locatie:
    return Locatie(
        id=id, naam=f"locatie {id}", soort=soort, gemeentecode=gemeente, overeenkomsten=overeenkomsten
    )


# --------------------------------------------------------------------------------------------
# Strategies (cheap: a few gemeenten, short lists)
# --------------------------------------------------------------------------------------------


@st.composite
def overeenkomsten(draw: st.DrawFn) -> tuple[Bestuursovereenkomst, ...]:
    n = draw(st.integers(0, 3))
    cursor = BASIS + timedelta(days=draw(st.integers(0, 400)))
    result = []
    for i in range(n):
        lengte = draw(st.integers(1, 2500))
        open_eind = i == n - 1 and draw(st.booleans())
        tot = None if open_eind else cursor + timedelta(days=lengte)
        result.append(ov(cursor, tot, draw(st.integers(0, 1200))))
        if tot is None:
            break
        cursor = tot + timedelta(days=draw(st.integers(0, 200)))
    return tuple(result)


@st.composite
def locatie_lijsten(draw: st.DrawFn, max_size: int = 6, prefix: str = "L") -> list[Locatie]:
    n = draw(st.integers(0, max_size))
    return [
        Locatie(
            id=f"{prefix}{i}",
            naam=f"locatie {prefix}{i}",
            soort=draw(st.sampled_from(Locatiesoort)),
            gemeentecode=draw(st.sampled_from(GEMEENTEN)),
            overeenkomsten=draw(overeenkomsten()),
        )
        for i in range(n)
    ]


@st.composite
def tellingen(draw: st.DrawFn, locaties: list[Locatie]) -> list[Bezetting]:
    """At most one count per agreement, dated inside it, and at most one after the last agreement
    ended (a location kept open longer, AenM-2026-03-26)."""
    result = []
    for lo in locaties:
        for o in lo.overeenkomsten:
            if draw(st.booleans()):
                einde = o.periode.tot or o.periode.van + timedelta(days=3000)
                dag = o.periode.van + timedelta(days=draw(st.integers(0, (einde - o.periode.van).days - 1)))
                result.append(Bezetting(locatie_id=lo.id, datum=dag, personen=draw(st.integers(0, 1500))))
        laatste = lo.overeenkomsten[-1].periode.tot if lo.overeenkomsten else None
        if laatste is not None and draw(st.booleans()):
            dag = laatste + timedelta(days=draw(st.integers(0, 400)))
            result.append(Bezetting(locatie_id=lo.id, datum=dag, personen=draw(st.integers(0, 1500))))
    return result


peildata = st.dates(min_value=date(2024, 1, 31), max_value=date(2031, 12, 31))  # the Spreidingswet in force
nacht_aantallen = st.lists(st.integers(1500, 2600), min_size=0, max_size=40)


def nachten(aantallen: list[int], start: date = date(2025, 1, 1)) -> list[Nachttelling]:
    return [Nachttelling(datum=start + timedelta(days=i), personen=n) for i, n in enumerate(aantallen)]


@st.composite
def scenarios(draw: st.DrawFn, provinciaal: bool | None = None) -> Scenario:
    if provinciaal is None:
        provinciaal = draw(st.booleans())
    locaties = draw(locatie_lijsten(max_size=5))
    gebieden = sorted(set(PROVINCIE.values())) if provinciaal else [LANDELIJK]
    behoefte = []
    for g in gebieden:
        dagen = draw(st.lists(st.integers(1, 3000), max_size=3, unique=True))
        for d in [0, *dagen]:
            behoefte.append(
                Behoefte(vanaf=BASIS + timedelta(days=d), plaatsen=draw(st.integers(0, 3000)), gebied=g)
            )
    return Scenario(naam="test", behoefte=behoefte, locaties=locaties)


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------


@given(st.data(), locatie_lijsten(prefix="A"), locatie_lijsten(prefix="B"), peildata)
def test_capacity_and_shortage_are_additive_over_locations_and_provinces(
    data: st.DataObject, a: list[Locatie], b: list[Locatie], dag: date
) -> None:
    ta, tb = data.draw(tellingen(a)), data.draw(tellingen(b))
    oa = overzicht(a, dag, bezettingen=ta).waarde
    ob = overzicht(b, dag, bezettingen=tb).waarde
    oab = overzicht(a + b, dag, bezettingen=ta + tb).waarde
    assert oab.capaciteit == oa.capaciteit + ob.capaciteit == sum(x.capaciteit_op(dag) for x in a + b)
    assert oab.tekort == oa.tekort + ob.tekort
    assert oab.bezetting == oa.bezetting + ob.bezetting
    assert oab.vrij == oa.vrij + ob.vrij
    velden = ("capaciteit", "bezetting", "tekort", "vrij", "realisatie", "duurzaam", "locaties")
    for veld in (*velden, "langer_open", "locaties_langer_open"):
        assert sum(getattr(g, veld) for g in oab.gemeenten) == sum(getattr(p, veld) for p in oab.provincies)
    # every placement above an agreement is flagged, none other
    assert sum(s.boven for s in oab.signaleringen) == oab.tekort
    assert all(s.boven > 0 for s in oab.signaleringen)
    # every location used after its agreement ended is flagged apart, never counted in an agreement
    assert len(oab.langer_open) == len(oa.langer_open) + len(ob.langer_open)
    assert sum(t.personen for t in oab.langer_open) == sum(g.langer_open for g in oab.gemeenten)
    assert all(t.na_overeenkomst and t.capaciteit == 0 and t.boven == 0 for t in oab.langer_open)
    gestaan = {s.locatie_id: s for s in oab.locaties}
    assert all(not gestaan[t.locatie_id].in_overeenkomst for t in oab.langer_open)


@given(locatie_lijsten(), peildata)
def test_a_location_outside_its_agreements_contributes_nothing(locaties: list[Locatie], dag: date) -> None:
    buiten = [x for x in locaties if x.overeenkomst_op(dag) is None]
    binnen = [x for x in locaties if x.overeenkomst_op(dag) is not None]
    assert all(x.capaciteit_op(dag) == 0 for x in buiten)
    alle, zonder = overzicht(locaties, dag).waarde, overzicht(binnen, dag).waarde
    assert alle.langer_open == ()  # no counts given: nothing is kept open
    assert (alle.capaciteit, alle.tekort, alle.vrij) == (zonder.capaciteit, zonder.tekort, zonder.vrij)
    assert sum(g.locaties for g in alle.gemeenten) == len(binnen)
    assert sum(r.plaatsen for r in realisaties(locaties, dag).waarde) == sum(
        r.plaatsen for r in realisaties(binnen, dag).waarde
    )
    assert all(
        not s.in_overeenkomst and s.capaciteit == 0
        for s in alle.locaties
        if s.locatie_id in {x.id for x in buiten}
    )


@given(nacht_aantallen, st.integers(0, 5_000_000) | st.integers(4_000_000, 5_000_000))
def test_dwangsom_never_exceeds_its_cap(aantallen: list[int], al: int) -> None:
    d = dwangsom_ter_apel(nachten(aantallen), al_verbeurd=al).waarde
    assert d.totaal <= Decimal(5_000_000)
    assert d.verbeurd == sum(n.bedrag for n in d.nachten) >= 0
    assert all(n.bedrag <= Decimal(50_000) for n in d.nachten)
    assert all(n.bedrag == 0 for n in d.nachten if n.personen <= 2000)


@given(st.data(), nacht_aantallen, st.integers(0, 5_000_000))
def test_dwangsom_is_monotone_in_the_nightly_counts(
    data: st.DataObject, aantallen: list[int], al: int
) -> None:
    meer = [n + data.draw(st.integers(0, 400)) for n in aantallen]
    laag = dwangsom_ter_apel(nachten(aantallen), al_verbeurd=al).waarde
    hoog = dwangsom_ter_apel(nachten(meer), al_verbeurd=al).waarde
    assert hoog.totaal >= laag.totaal
    assert hoog.nachten_boven >= laag.nachten_boven
    # more nights (a longer series) never lower the total either
    langer = dwangsom_ter_apel(nachten([*aantallen, 2500]), al_verbeurd=al).waarde
    assert langer.totaal >= laag.totaal


@given(scenarios(), peildata)
def test_shortage_is_additive_over_provinces(scenario: Scenario, dag: date) -> None:
    punt = tekort_op(scenario, dag).waarde
    assert punt.tekort == sum(g.tekort for g in punt.gebieden)
    assert punt.capaciteit == sum(x.capaciteit_op(dag) for x in scenario.locaties)
    for g in punt.gebieden:
        assert g.tekort - g.overschot == g.behoefte - g.capaciteit
    if not scenario.landelijk:
        # each province on its own gives the same shortage as in the whole scenario
        for g in punt.gebieden:
            deel = Scenario(
                naam="deel",
                behoefte=[b for b in scenario.behoefte if b.gebied == g.gebied],
                locaties=[x for x in scenario.locaties if PROVINCIE[x.gemeentecode] == g.gebied],
            )
            assert tekort_op(deel, dag).waarde.tekort == g.tekort


@given(scenarios(), locatie_lijsten(max_size=3, prefix="N"))
def test_new_locations_never_raise_the_shortage_and_place_days_add_up(
    scenario: Scenario, nieuw: list[Locatie]
) -> None:
    periode = Periode(BASIS, date(2032, 1, 1))
    v = tekortverloop(scenario, periode).waarde
    w = tekortverloop(scenario.met_locaties(*nieuw), periode).waarde
    assert w.plaatsdagen <= v.plaatsdagen
    # place-days are the integral of the daily shortage: check against a day-by-day sum on a sample
    punten = list(v.punten)
    assert punten[0].datum == periode.van
    assert [p.datum for p in punten] == sorted({p.datum for p in punten})
    grenzen = [p.datum for p in punten[1:]] + [date(2032, 1, 1)]
    assert v.plaatsdagen == sum(p.tekort * (e - p.datum).days for p, e in zip(punten, grenzen, strict=True))
    for p in punten[:3]:
        assert tekort_op(scenario, p.datum).waarde == p


@given(st.data(), locatie_lijsten(), peildata)
def test_json_round_trips(data: st.DataObject, locaties: list[Locatie], dag: date) -> None:
    t = data.draw(tellingen(locaties))
    for x in locaties:
        assert from_json(to_json(x), Locatie) == x
    u = overzicht(locaties, dag, bezettingen=t)
    assert from_json(to_json(u), Uitkomst[Opvangoverzicht]) == u
    d = dwangsom_ter_apel(nachten(data.draw(st.lists(st.integers(1900, 2100), max_size=5))))
    assert from_json(to_json(d), Uitkomst[Dwangsom]) == d
    s = data.draw(scenarios())
    assert from_json(to_json(s), Scenario) == s
    v = tekortverloop(s, Periode(BASIS, date(2030, 1, 1)))
    assert from_json(to_json(v), Uitkomst[Tekortverloop]) == v


def test_public_classes_name_the_package_not_their_private_module() -> None:
    """Defined in the package's private modules, the classes and functions keep the public path
    (ADR 0007): pickles, reprs and type hints all resolve through ``asielketen.opvang``."""
    import asielketen.opvang as opvang

    for naam in opvang.__all__:
        obj = getattr(opvang, naam)
        if isinstance(obj, type) or callable(obj):
            assert obj.__module__ == "asielketen.opvang", naam
            assert pickle.loads(pickle.dumps(obj)) is obj
            assert typing.get_type_hints(obj) is not None  # resolvable under the public path
    x = loc("a", "GM0363", ov(date(2024, 1, 1), None, 10))
    assert pickle.loads(pickle.dumps(x)) == x
    assert from_json(to_json(x), Locatie) == x


def test_duurzaam_counts_the_years_remaining_from_the_peildatum_not_from_the_start() -> None:
    """Besluit Spreidingswet art. 1.1 (five years) measured as aftrek_duurzaam does: from the later of
    the peildatum and the start of the availability. A location that ran for eleven years with one
    month left is not durable."""
    oud = loc("oud", "GM0014", ov(date(2015, 1, 1), date(2026, 2, 1), 200))
    assert not oud.duurzaam_op(date(2026, 1, 1), 5)
    assert oud.duurzaam_op(date(2021, 2, 1), 5)  # exactly five years left
    assert not oud.duurzaam_op(date(2021, 2, 2), 5)
    assert overzicht([oud], date(2026, 1, 1)).waarde.gemeenten[0].duurzaam == 0
    # a location that has not started yet counts from its own start
    nieuw = loc("nieuw", "GM0014", ov(date(2027, 1, 1), date(2032, 1, 1), 200))
    assert nieuw.duurzaam_op(date(2027, 1, 1), 5) and not nieuw.duurzaam_op(date(2027, 1, 2), 5)
    assert loc("open", "GM0014", ov(date(2015, 1, 1), None, 200)).duurzaam_op(date(2040, 1, 1), 5)


@given(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(1, 4000),
    st.integers(0, 4000),
)
def test_duurzaam_means_at_least_five_years_remain(van: date, dagen: int, na: int) -> None:
    tot = van + timedelta(days=dagen)
    dag = van + timedelta(days=min(na, dagen - 1))
    lokatie = loc("x", "GM0014", ov(van, tot, 100))
    vijf_jaar_later = date(dag.year + 5, dag.month, 28 if (dag.month, dag.day) == (2, 29) else dag.day)
    assert lokatie.duurzaam_op(dag, 5) == (vijf_jaar_later <= tot)


# --------------------------------------------------------------------------------------------
# The sources' literal figures
# --------------------------------------------------------------------------------------------


def test_the_ministers_shortage_4500_and_7900() -> None:
    u = referentiescenario()
    s = u.waarde
    assert s.bron == "AenM-2026-03-26"
    assert [(b.vanaf, b.plaatsen) for b in s.behoefte] == [(BRIEF, 4500), (date(2026, 9, 1), 7900)]
    assert {b.id for b in u.bronnen} >= {"AenM-2026-03-26", "aanname.opvang.einde-zomer"}
    assert u.onzeker  # "einde zomer" as a date is an aanname and says so
    citaat = "tekort van 4.500 plekken, dat tekort loopt op tot 7.900 plekken einde zomer"
    assert citaat in u.uitleg()  # the library quotes the letter; compared with the letter below
    einde = date(2026, 9, 2)  # the 7,900 is the figure for the end of summer (1 September), no later
    v = tekortverloop(s, Periode(BRIEF, einde)).waarde
    assert [(p.datum, p.tekort) for p in v.punten] == [(BRIEF, 4500), (date(2026, 9, 1), 7900)]
    assert v.hoogste.tekort == 7900
    assert v.plaatsdagen == 4500 * 159 + 7900 * 1
    with pytest.raises(InvalidInputError, match="pas behoefte vanaf 2026-03-26"):
        tekort_op(s, date(2026, 3, 25))
    assert normaliseer(citaat) in brief("004_")  # last: skipped without ../shared/seeds


def test_the_shortage_sentence_reads_the_parameter_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures in the explanation come from opvang.json, not from literals in the code."""
    andere = {"opvang.tekort.korte_termijn": 1234, "opvang.tekort.einde_zomer": 56789}

    def nep(bestand: str, naam: str) -> Any:
        p = parameter(bestand, naam)
        if naam not in andere:
            return p
        return evolve(p, waarden=[evolve(g, waarde=andere[naam]) for g in p.waarden])

    monkeypatch.setattr("asielketen.opvang._tekort.parameter", nep)
    zin = referentiescenario().stappen[0].zin
    assert "tekort van 1.234 plekken" in zin and "tot 56.789 plekken einde zomer" in zin
    assert "4.500" not in zin and "7.900" not in zin


def test_the_ministers_7900_is_for_the_end_of_summer_not_for_every_later_date() -> None:
    """AenM-2026-03-26: "Op korte termijn gaat het om een tekort van 4.500 plekken, dat tekort loopt
    op tot 7.900 plekken einde zomer." — a forecast for the end of summer 2026, not for later dates:
    after it the reference scenario has no figure, says so, and the user supplies one."""
    u = referentiescenario()
    s = u.waarde
    assert s.behoefte[-1].tot == date(2026, 9, 2)
    assert "aanname.opvang.referentiescenario-einde" in {b.id for b in u.bronnen}
    assert any("vanaf 2026-09-02 heeft dit scenario geen cijfer meer" in st.zin for st in u.stappen)
    assert s.behoefte_op(date(2026, 9, 1)) == 7900 and s.behoefte_op(date(2026, 9, 2)) is None
    for dag in (date(2026, 9, 2), date(2026, 12, 1), date(2030, 1, 1)):
        with pytest.raises(InvalidInputError, match="geen cijfer vanaf 2026-09-02") as fout:
            tekort_op(s, dag)
        assert fout.value.veld == "peildatum"
    with pytest.raises(InvalidInputError, match="geef zelf een behoefte"):
        tekortverloop(s, Periode(BRIEF, date(2026, 12, 1)))
    # a figure of the user's own continues the scenario
    eigen = evolve(s, behoefte=(*s.behoefte, Behoefte(vanaf=date(2026, 10, 1), plaatsen=9000)))
    with pytest.raises(InvalidInputError, match="geen cijfer vanaf 2026-09-02"):
        tekort_op(eigen, date(2026, 9, 15))  # still no figure in the gap
    assert tekort_op(eigen, date(2026, 12, 1)).waarde.tekort == 9000
    with pytest.raises(InvalidInputError, match="na vanaf"):
        Behoefte(vanaf=date(2026, 9, 1), plaatsen=1, tot=date(2026, 9, 1))


def test_new_spoednoodopvang_reduces_the_ministers_shortage() -> None:
    s = referentiescenario().waarde.met_locaties(
        loc(
            "spoed",
            "GM0193",
            ov(date(2026, 5, 1), date(2026, 11, 1), 1000),
            soort=Locatiesoort.SPOEDNOODOPVANG,
        )
    )
    punten = tekortverloop(s, Periode(BRIEF, date(2026, 9, 2))).waarde.punten
    assert [(p.datum, p.tekort) for p in punten] == [
        (BRIEF, 4500),
        (date(2026, 5, 1), 3500),
        (date(2026, 9, 1), 6900),
    ]
    # after the end of summer only with a figure of the user's own
    verder = evolve(s, behoefte=(*s.behoefte, Behoefte(vanaf=date(2026, 9, 2), plaatsen=7900)))
    punten = tekortverloop(verder, Periode(BRIEF, date(2026, 12, 1))).waarde.punten
    assert (punten[-1].datum, punten[-1].tekort) == (date(2026, 11, 1), 7900)  # the agreement ended


def test_ter_apel_2000_and_dwangsom_50000_per_night_capped_at_5_million() -> None:
    assert parameter("opvang.json", "opvang.ter_apel.maximum").op(PEIL) == 2000
    assert parameter("opvang.json", "opvang.ter_apel.dwangsom_per_nacht").op(PEIL) == Decimal("50000")
    assert parameter("opvang.json", "opvang.ter_apel.dwangsom_maximum").op(PEIL) == Decimal("5000000")
    u = dwangsom_ter_apel(nachten([2000, 2001]))
    assert [n.bedrag for n in u.waarde.nachten] == [Decimal(0), Decimal(50000)]  # "meer dan tweeduizend"
    assert Status.PERS in u.statussen and u.onzeker
    # the cap is reached on the 100th night above 2,000 (5,000,000 / 50,000)
    d = dwangsom_ter_apel(nachten([2100] * 120, start=date(2025, 12, 1))).waarde
    assert d.totaal == Decimal(5_000_000) and d.nachten_boven == 120
    assert d.maximum_bereikt_op == date(2025, 12, 1) + timedelta(days=99)
    assert all(n.bedrag == 0 for n in d.nachten[100:])
    # forfeited before counts towards the cap, a partial last amount
    e = dwangsom_ter_apel(nachten([2100, 2100]), al_verbeurd=Decimal("4970000")).waarde
    assert [n.bedrag for n in e.nachten] == [Decimal(30000), Decimal(0)] and e.totaal == Decimal(5_000_000)


def test_dwangsom_names_missing_nights_never_as_no_forfeiture() -> None:
    """Issue 16 §5: "report missing nights in a series (JSON field ontbrekende_nachten), do not treat a
    gap as 'no forfeiture' silently"."""
    reeks = [
        Nachttelling(datum=date(2025, 6, 1), personen=2100),
        Nachttelling(datum=date(2025, 6, 2), personen=1900),
        Nachttelling(datum=date(2025, 6, 5), personen=2300),
        Nachttelling(datum=date(2025, 6, 7), personen=2001),
    ]
    u = dwangsom_ter_apel(reeks)
    d = u.waarde
    assert d.ontbrekende_nachten == (date(2025, 6, 3), date(2025, 6, 4), date(2025, 6, 6))
    assert d.verbeurd == Decimal(150_000) and [n.datum for n in d.nachten] == [n.datum for n in reeks]
    zin = u.stappen[-2].zin
    assert "ontbreken 3 nachten (2025-06-03 t/m 2025-06-04, 2025-06-06)" in zin and "ondergrens" in zin
    assert u.stappen[-2].bericht.en.startswith("3 nights are missing from the series")
    assert json.loads(to_json(u, Uitkomst[Dwangsom]))["waarde"]["ontbrekende_nachten"] == [
        "2025-06-03",
        "2025-06-04",
        "2025-06-06",
    ]
    assert from_json(to_json(u, Uitkomst[Dwangsom]), Uitkomst[Dwangsom]) == u
    # a missing night before the cap was reached: the cap may have been reached earlier
    vol = dwangsom_ter_apel(
        [
            Nachttelling(datum=date(2025, 6, 1), personen=2100),
            Nachttelling(datum=date(2025, 6, 3), personen=2100),
        ],
        al_verbeurd=Decimal(4_950_000),
    )
    assert vol.waarde.maximum_bereikt_op == date(2025, 6, 1)
    tot = dwangsom_ter_apel(
        [
            Nachttelling(datum=date(2025, 6, 1), personen=2100),
            Nachttelling(datum=date(2025, 6, 3), personen=2100),
        ],
        al_verbeurd=Decimal(4_920_000),
    )
    assert tot.waarde.maximum_bereikt_op == date(2025, 6, 3)
    assert "eerder bereikt zijn dan de genoemde nacht" in tot.stappen[-2].zin
    # a series without gaps reports none
    assert dwangsom_ter_apel(nachten([2100, 2100])).waarde.ontbrekende_nachten == ()


@given(nacht_aantallen, st.sets(st.integers(0, 39)))
def test_dwangsom_gaps_are_exactly_the_nights_not_given(aantallen: list[int], weg: set[int]) -> None:
    alle = nachten(aantallen)
    gegeven = [n for i, n in enumerate(alle) if i not in weg]
    d = dwangsom_ter_apel(gegeven).waarde
    if gegeven:
        tussen = {n.datum for n in alle if gegeven[0].datum < n.datum < gegeven[-1].datum}
        assert set(d.ontbrekende_nachten) == tussen - {n.datum for n in gegeven}
    assert list(d.ontbrekende_nachten) == sorted(d.ontbrekende_nachten)
    assert d.verbeurd == sum(n.bedrag for n in d.nachten)  # only the nights given forfeit


def test_dwangsom_with_the_cap_already_reached_names_no_night() -> None:
    """Issue 16 §5: "with --al-verbeurd at the cap, do not name a night of the series as the night the
    cap was reached"."""
    u = dwangsom_ter_apel(nachten([2100, 2200]), al_verbeurd=Decimal(5_000_000))
    d = u.waarde
    assert d.maximum_bereikt_op is None and d.maximum_al_bereikt
    assert d.verbeurd == 0 and d.totaal == d.maximum == Decimal(5_000_000)
    assert "al vóór deze reeks bereikt" in u.stappen[-1].zin
    assert "bereikt in de nacht van" not in u.uitleg()
    # reached within the series: that night is named, and the flag is off
    e = dwangsom_ter_apel(nachten([2100, 2100]), al_verbeurd=Decimal("4970000")).waarde
    assert e.maximum_bereikt_op == date(2025, 1, 1) and not e.maximum_al_bereikt


def test_dwangsom_amounts_are_whole_cents() -> None:
    with pytest.raises(InvalidInputError, match="hele centen") as fout:
        dwangsom_ter_apel(nachten([2100]), al_verbeurd=Decimal("0.001"))
    assert fout.value.veld == "al_verbeurd"
    d = dwangsom_ter_apel(nachten([2100]), al_verbeurd=Decimal("10.500")).waarde
    assert d.totaal == Decimal("50010.50")


def test_dwangsom_refuses_bad_input() -> None:
    with pytest.raises(InvalidInputError, match="twee keer"):
        dwangsom_ter_apel([Nachttelling(datum=PEIL, personen=1), Nachttelling(datum=PEIL, personen=2)])
    with pytest.raises(InvalidInputError, match="al_verbeurd"):
        dwangsom_ter_apel(nachten([2100]), al_verbeurd=Decimal(-1))
    with pytest.raises(InvalidInputError, match="maximum"):
        dwangsom_ter_apel(nachten([2100]), al_verbeurd=Decimal(5_000_001))
    with pytest.raises(ParameterNotValidError, match="pas geldig vanaf 2024-11-13"):
        dwangsom_ter_apel(nachten([2100], start=date(2024, 11, 1)))
    with pytest.raises(InvalidInputError):
        Nachttelling(datum=PEIL, personen=-1)


def test_placing_above_the_agreement_is_flagged_with_the_ministers_condition() -> None:
    a = loc("azc", "GM0014", ov(date(2024, 1, 1), date(2027, 1, 1), 400))
    tellingen_ = [
        Bezetting(locatie_id="azc", datum=date(2026, 4, 1), personen=380),
        Bezetting(locatie_id="azc", datum=date(2026, 4, 8), personen=430),
    ]
    u = toets_bezetting([a], tellingen_)
    assert [(t.boven, t.boven_overeenkomst) for t in u.waarde] == [(0, False), (30, True)]
    tekst = u.uitleg()
    assert "'als dit beheersbaar en veilig kan'" in tekst
    assert "AenM-2026-03-26" in {b.id for b in u.bronnen}
    o = overzicht([a], PEIL, bezettingen=tellingen_)
    assert o.waarde.signaleringen[0].boven == 30 and "beheersbaar en veilig" in o.uitleg()
    # a count before the location's first agreement is never silently dropped: an error
    with pytest.raises(StructureError, match="valt buiten elke bestuursovereenkomst van de locatie: vóór"):
        toets_bezetting([a], [Bezetting(locatie_id="azc", datum=date(2023, 12, 31), personen=10)])


# --------------------------------------------------------------------------------------------
# What the letters say that the library flags: kept open, manageable and safe, kleinschalig,
# Oekraïne locations (issue 16 §6)
# --------------------------------------------------------------------------------------------

ZIN_LANGER_OPEN = (
    "Ook leidt dit er helaas toe dat op dit moment een aantal opvanglocaties in het land noodgedwongen "
    "langer openblijft."
)
ZIN_AFSPRAKEN = (
    "Dit is een zeer onwenselijke situatie: het COA is op dit moment niet in staat afspraken na te komen "
    "die het eerder met deze gemeenten heeft gemaakt."
)
ZIN_BOVEN = (
    "Aanvullend benutten we bestaande locaties optimaal, onder andere door het boven "
    "bestuursovereenkomsten plaatsen van asielzoekers als dit beheersbaar en veilig kan."
)
ZIN_KLEINSCHALIG = (
    "Verder is gesproken over het verbeteren van de uitvoerbaarheid van de opvangketen, het versnellen "
    "van de uitstroom van statushouders en het belang van kleinschalige opvanglocaties die passen in onze "
    "wijken, dorpen en steden."
)
ZIN_OVERLAST = (
    "Lever nu de toegezegde regeling(en): structurele bekostiging, wettelijke mogelijkheden om binnen de "
    "schaarse opvang te prioriteren, en de al lang beloofde aanpak van overlastgevende Oekraïners."
)


@pytest.mark.parametrize(
    ("zin", "letter"),
    [
        (ZIN_LANGER_OPEN, "004_"),
        (ZIN_AFSPRAKEN, "004_"),
        (ZIN_BOVEN, "004_"),
        (ZIN_KLEINSCHALIG, "002_"),
        (ZIN_OVERLAST, "001_"),
    ],
)
def test_quoted_sentences_are_literally_in_the_letters(zin: str, letter: str) -> None:
    """AenM-2026-03-26 (004_), VNG-2026-05-28 (002_) and VNG-2025-09-22 (001_); compared only when
    ../shared/seeds is beside the checkout."""
    assert normaliseer(zin) in brief(letter)


def test_a_location_used_after_its_agreement_is_flagged_not_refused(tmp_path: Path) -> None:
    """ZIN_LANGER_OPEN and ZIN_AFSPRAKEN: a count after the end of the agreement is accepted by the
    loader and by the rules, flagged with the minister's letter; a count before the first agreement
    stays an error."""
    a = loc("oud", "GM0014", ov(date(2022, 1, 1), date(2026, 1, 1), 300))
    b = loc("nieuw", "GM0014", ov(date(2024, 1, 1), None, 100))
    tellingen_ = [
        Bezetting(locatie_id="oud", datum=date(2025, 12, 1), personen=290),
        Bezetting(locatie_id="oud", datum=date(2026, 4, 1), personen=240),
        Bezetting(locatie_id="nieuw", datum=date(2026, 4, 1), personen=90),
    ]
    t = toets_bezetting([a, b], tellingen_)
    na = [x for x in t.waarde if x.na_overeenkomst]
    assert [(x.locatie_id, x.datum, x.personen, x.capaciteit, x.boven, x.overeenkomst_tot) for x in na] == [
        ("oud", date(2026, 4, 1), 240, 0, 0, date(2026, 1, 1))
    ]
    assert {"AenM-2026-03-26", "aanname.opvang.langer-open"} <= {x.id for x in t.bronnen}
    assert "noodgedwongen langer openblijft" in t.uitleg() and "gemeld, niet geweigerd" in t.uitleg()
    o = overzicht([a, b], PEIL, bezettingen=tellingen_).waarde
    g = o.gemeenten[0]
    # the people of the location kept open count apart, never as occupancy or shortage in an agreement
    assert (g.locaties, g.capaciteit, g.bezetting, g.tekort, g.langer_open, g.locaties_langer_open) == (
        1, 100, 90, 0, 240, 1,
    )  # fmt: skip
    assert [(x.locatie_id, x.personen, x.overeenkomst_tot) for x in o.langer_open] == [
        ("oud", 240, date(2026, 1, 1))
    ]
    stand = next(s for s in o.locaties if s.locatie_id == "oud")
    assert (stand.in_overeenkomst, stand.langer_open, stand.capaciteit, stand.bezetting) == (
        False,
        True,
        0,
        240,
    )
    # before the end the location is in its agreement; a count within it is not "langer open"
    assert overzicht([a, b], date(2025, 12, 15), bezettingen=tellingen_).waarde.langer_open == ()
    # the loader accepts the count after the end, and still refuses one before the first agreement
    lp, bp = tmp_path / "l.json", tmp_path / "b.csv"
    lp.write_text(json.dumps(unstructure([a, b])), encoding="utf-8")
    bp.write_text("locatie_id,datum,personen\noud,2026-04-01,240\n", encoding="utf-8")
    assert lees_bezetting(bp, lees_locaties(lp)) == (tellingen_[1],)
    bp.write_text("locatie_id,datum,personen\noud,2021-12-31,240\n", encoding="utf-8")
    with pytest.raises(StructureError, match="vóór de eerste"):
        lees_bezetting(bp, lees_locaties(lp))


@pytest.mark.parametrize(
    ("voorwaarde", "zin"),
    [
        (None, "Of dat hier zo is, is niet vastgesteld (niet opgegeven)."),
        (True, "Volgens de opgave kan het hier beheersbaar en veilig: aan de voorwaarde is voldaan."),
        (False, "Volgens de opgave kan het hier niet beheersbaar en veilig: de voorwaarde is niet vervuld."),
    ],
)
def test_above_the_agreement_the_condition_manageable_and_safe_is_an_input(
    voorwaarde: bool | None, zin: str
) -> None:
    """ZIN_BOVEN: '... als dit beheersbaar en veilig kan' — unknown by default, never assumed."""
    a = loc("azc", "GM0014", ov(date(2024, 1, 1), None, 400))
    tellingen_ = [
        Bezetting(locatie_id="azc", datum=date(2026, 4, 1), personen=430),
        Bezetting(locatie_id="azc", datum=date(2026, 4, 8), personen=390),
    ]
    t = toets_bezetting([a], tellingen_, beheersbaar_en_veilig=voorwaarde)
    assert [(x.boven, x.beheersbaar_en_veilig) for x in t.waarde] == [(30, voorwaarde), (0, None)]
    assert zin in t.uitleg()
    o = overzicht([a], PEIL, bezettingen=tellingen_[:1], beheersbaar_en_veilig=voorwaarde)
    assert o.waarde.beheersbaar_en_veilig is voorwaarde
    assert o.waarde.signaleringen[0].beheersbaar_en_veilig is voorwaarde and zin in o.uitleg()
    assert from_json(to_json(o), Uitkomst[Opvangoverzicht]) == o
    with pytest.raises(InvalidInputError, match="beheersbaar_en_veilig"):
        toets_bezetting([a], tellingen_, beheersbaar_en_veilig="ja")  # type: ignore[arg-type]


def test_kleinschalig_is_a_mark_the_user_sets_never_derived_from_the_capacity(tmp_path: Path) -> None:
    """ZIN_KLEINSCHALIG: no source gives a threshold, so the mark is given per location (aanname)."""
    klein = Locatie(
        id="k", naam="K", soort=Locatiesoort.AZC, gemeentecode="GM0014",
        overeenkomsten=[ov(date(2024, 1, 1), None, 60)], kleinschalig=True,
    )  # fmt: skip
    groot = evolve(klein, id="g", kleinschalig=False, overeenkomsten=[ov(date(2024, 1, 1), None, 40)])
    onbekend = evolve(klein, id="o", kleinschalig=None)
    assert loc("x", "GM0014", ov(date(2024, 1, 1), None, 5)).kleinschalig is None  # never derived
    u = overzicht([klein, groot, onbekend], PEIL)
    assert {s.locatie_id: s.kleinschalig for s in u.waarde.locaties} == {"g": False, "k": True, "o": None}
    assert "1 van de 2 locaties waarvoor het is opgegeven, zijn kleinschalig (k)" in u.uitleg()
    assert {"VNG-2026-05-28", "aanname.opvang.kleinschalig"} <= {b.id for b in u.bronnen}
    assert "aanname.opvang.kleinschalig" not in {b.id for b in overzicht([onbekend], PEIL).bronnen}
    # old JSON without the field still reads; the CSV column is optional
    oud = unstructure(klein)
    del oud["kleinschalig"]
    assert from_json(json.dumps(oud), Locatie) == evolve(klein, kleinschalig=None)
    p = tmp_path / "l.csv"
    p.write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit,kleinschalig\n"
        "k,K,azc,GM0014,2024-01-01,2025-01-01,60,ja\n"
        "k,K,azc,GM0014,2025-01-01,,60,ja\n"
        "g,G,azc,GM0014,2024-01-01,,40,nee\n"
        "o,O,azc,GM0014,2024-01-01,,40,\n",
        encoding="utf-8",
    )
    assert [x.kleinschalig for x in lees_locaties(p)] == [True, False, None]
    p.write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit,kleinschalig\n"
        "k,K,azc,GM0014,2024-01-01,2025-01-01,60,ja\n"
        "k,K,azc,GM0014,2025-01-01,,60,nee\n"
        "g,G,azc,GM0014,2024-01-01,,40,misschien\n",
        encoding="utf-8",
    )
    with pytest.raises(StructureError) as exc:
        lees_locaties(p)
    assert exc.value.fouten == (
        "rij 3: locatie 'k' heeft hier kleinschalig='nee', in rij 2 'ja'",
        "rij 4: kleinschalig='misschien' is geen ja, nee of leeg",
    )


def test_old_json_without_the_new_fields_still_reads() -> None:
    """The fields of issue 16 §6 have defaults: an overview written before them reads as before."""
    a = loc("azc", "GM0014", ov(date(2024, 1, 1), None, 400))
    u = overzicht([a], PEIL, bezettingen=[Bezetting(locatie_id="azc", datum=PEIL, personen=430)])
    data = unstructure(u.waarde)
    for x in (data, *data["signaleringen"]):
        for veld in ("langer_open", "beheersbaar_en_veilig", "na_overeenkomst", "overeenkomst_tot"):
            x.pop(veld, None)
    for x in (*data["gemeenten"], *data["provincies"]):
        del x["langer_open"], x["locaties_langer_open"]
    for x in data["locaties"]:
        del x["langer_open"], x["overeenkomst_tot"], x["kleinschalig"]
    assert from_json(json.dumps(data), Opvangoverzicht) == u.waarde


def test_oekraine_locations_never_count_for_the_spreidingswet() -> None:
    """ZIN_OVERLAST: national locations for overlastgevende Oekraïners are Oekraïne opvang (Twoo),
    not asylum opvang — not realised, not durable, even when asked for; an aanname citing the letter."""
    oek = loc("oek", "GM0014", ov(date(2024, 1, 1), None, 120), soort=Locatiesoort.OEKRAINE_OVERLAST)
    azc = loc("azc", "GM0014", ov(date(2024, 1, 1), None, 300))
    b = Locatiesoort.OEKRAINE_OVERLAST.bron
    assert b.status is Status.AANNAME and "VNG-2025-09-22" in b.toelichting + getattr(b, "omschrijving", "")
    for soorten in (None, list(Locatiesoort), [Locatiesoort.OEKRAINE_OVERLAST]):
        r = realisaties([oek, azc], PEIL, soorten=soorten)
        assert sum(x.plaatsen for x in r.waarde) == (
            0 if soorten == [Locatiesoort.OEKRAINE_OVERLAST] else 300
        )
        d = duurzame_locaties([oek, azc], PEIL, soorten=soorten).waarde
        assert "oek" not in {x.gemeentecode for x in d if x.plaatsen == 120}
        g = overzicht([oek, azc], PEIL, soorten=soorten).waarde.gemeenten[0]
        assert g.capaciteit == 420  # it is opvang: its capacity is shown ...
        assert g.realisatie in (0, 300) and g.duurzaam in (0, 300)  # ... but never realised or durable
        if soorten is not None:
            assert "tellen nooit mee voor de Spreidingswet" in r.uitleg()


# --------------------------------------------------------------------------------------------
# Kinds, duurzaam and the Spreidingswet
# --------------------------------------------------------------------------------------------


def test_every_kind_has_a_description_and_a_registered_source() -> None:
    assert [s.value for s in Locatiesoort] == [
        "azc",
        "noodopvang",
        "crisisnoodopvang",
        "spoednoodopvang",
        "paviljoen",
        "hotel",
        "doorstroomlocatie",
        "aanmeldcentrum",
        "amv-opvang",
        "bijzondere-aard",
        "oekraine-overlast",
    ]
    for s in Locatiesoort:
        assert s.omschrijving and s.bron.id == s.bron_id
    assert Locatiesoort.SPOEDNOODOPVANG.bron.status is Status.BRIEF
    assert Locatiesoort.PAVILJOEN.bron.status is Status.AANNAME
    assert [s for s in Locatiesoort if s.bijzonder] == [Locatiesoort.BIJZONDERE_AARD]
    assert Locatiesoort.DOORSTROOMLOCATIE not in REALISATIE_SOORTEN
    assert [s for s in Locatiesoort if s.oekraine] == [Locatiesoort.OEKRAINE_OVERLAST]
    assert Locatiesoort.OEKRAINE_OVERLAST not in REALISATIE_SOORTEN


def test_duurzaam_is_five_years_and_at_least_100_places_per_gemeente() -> None:
    # five years remain from the peildatum 2024-06-01 exactly until 2029-06-01
    vijf = loc("a", "GM0014", ov(date(2021, 1, 1), date(2029, 6, 1), 60))
    aansluitend = loc(
        "b", "GM0014", ov(date(2023, 1, 1), date(2025, 1, 1), 60), ov(date(2025, 1, 1), date(2030, 1, 1), 60)
    )
    kort = loc("c", "GM0014", ov(date(2023, 1, 1), date(2029, 5, 31), 500))
    assert vijf.duurzaam_op(date(2024, 6, 1), 5) and aansluitend.duurzaam_op(date(2024, 6, 1), 5)
    assert not kort.duurzaam_op(date(2024, 6, 1), 5)
    assert aansluitend.beschikbaar_op(date(2026, 1, 1)) == Periode(date(2023, 1, 1), date(2030, 1, 1))
    g = overzicht([vijf, aansluitend, kort], date(2024, 6, 1)).waarde.gemeenten[0]
    assert (g.capaciteit, g.duurzaam) == (620, 120)  # 60 + 60 durable, together at least 100
    assert overzicht([vijf], date(2024, 6, 1)).waarde.gemeenten[0].duurzaam == 0  # 60 < 100
    bijz = loc("d", "GM0193", ov(date(2024, 1, 1), None, 16), soort=Locatiesoort.BIJZONDERE_AARD)
    assert overzicht([bijz], PEIL).waarde.gemeenten[0].duurzaam == 16
    assert (
        overzicht([evolve(bijz, overeenkomsten=[ov(date(2024, 1, 1), None, 15)])], PEIL)
        .waarde.gemeenten[0]
        .duurzaam
        == 0
    )
    assert parameter("opvang.json", "opvang.duurzaam.min_plaatsen_regulier").op(PEIL) == 100
    assert parameter("opvang.json", "opvang.duurzaam.min_jaren").geldigheid_op(PEIL).bron.id == (
        "besluit-spreidingswet.art1.1"
    )


def test_realisaties_feed_the_spreidingswet_stand_and_aftrek() -> None:
    locaties = [
        loc("a", "GM0014", ov(date(2024, 1, 1), None, 300)),
        loc("b", "GM0014", ov(date(2025, 1, 1), date(2026, 1, 1), 200)),  # ended before the peildatum
        loc("c", "GM1950", ov(date(2024, 1, 1), None, 80), soort=Locatiesoort.DOORSTROOMLOCATIE),
    ]
    r = realisaties(locaties, PEIL)
    assert [(x.gemeentecode, x.plaatsen) for x in r.waarde] == [("GM0014", 300)]
    vb = Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[Toewijzing(gemeentecode="GM0014", plaatsen=969)],
    )
    assert stand([vb], r.waarde, PEIL).waarde.gemeenten[0].tekort == 669
    met = realisaties(locaties, PEIL, soorten=Locatiesoort)
    assert [x.plaatsen for x in met.waarde] == [300, 80]
    d = duurzame_locaties(locaties, PEIL).waarde
    assert [(x.gemeentecode, x.plaatsen, x.beschikbaar.tot) for x in d] == [("GM0014", 300, None)]
    a = aftrek_duurzaam("PV20", 2717, d, raming_datum=date(2026, 1, 31)).waarde
    assert (a.aftrek, a.resterend) == (300, 2417)


def test_opvang_gemeente_for_the_profile() -> None:
    locaties = [
        loc("a", "GM0014", ov(date(2024, 1, 1), None, 300)),
        loc("b", "GM0193", ov(date(2024, 1, 1), None, 50)),
    ]
    u = opvang_gemeente("Groningen", locaties, PEIL)
    assert (u.waarde.gemeentecode, u.waarde.capaciteit, u.waarde.locaties) == ("GM0014", 300, 1)
    leeg = opvang_gemeente("Het Hogeland", locaties, PEIL)
    assert (leeg.waarde.capaciteit, leeg.waarde.locaties) == (0, 0)
    assert "geen van de opgegeven opvanglocaties" in leeg.uitleg()


# --------------------------------------------------------------------------------------------
# Validation of entities and user files
# --------------------------------------------------------------------------------------------


def test_entities_refuse_bad_values() -> None:
    with pytest.raises(InvalidInputError, match="overlapt"):
        loc("x", "GM0014", ov(date(2024, 1, 1), date(2025, 1, 1), 1), ov(date(2024, 6, 1), None, 1))
    with pytest.raises(InvalidInputError, match="capaciteit"):
        ov(date(2024, 1, 1), None, -1)
    with pytest.raises(InvalidInputError, match="gemeentecode"):
        loc("x", "Groningen")
    with pytest.raises(InvalidInputError, match="soort"):
        Locatie(id="x", naam="x", soort="azc", gemeentecode="GM0014", overeenkomsten=())  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="door elkaar"):
        Scenario(
            naam="x",
            behoefte=[Behoefte(vanaf=PEIL, plaatsen=1), Behoefte(vanaf=PEIL, plaatsen=1, gebied="PV20")],
        )
    with pytest.raises(InvalidInputError, match="dezelfde datum"):
        Scenario(naam="x", behoefte=[Behoefte(vanaf=PEIL, plaatsen=1), Behoefte(vanaf=PEIL, plaatsen=2)])
    with pytest.raises(InvalidInputError, match="gebied"):
        Behoefte(vanaf=PEIL, plaatsen=1, gebied="Groningen")
    with pytest.raises(StructureError, match="onbekende gemeentecode 'GM9999'"):
        overzicht([loc("x", "GM9999")], PEIL)
    with pytest.raises(StructureError, match="twee keer"):
        overzicht([loc("x", "GM0014"), loc("x", "GM0193")], PEIL)
    provinciaal = Scenario(
        naam="p", behoefte=[Behoefte(vanaf=PEIL, plaatsen=1, gebied="PV20")], locaties=[loc("z", "GM0193")]
    )
    with pytest.raises(InvalidInputError, match="provincies zonder behoefte"):
        tekort_op(provinciaal, PEIL)
    with pytest.raises(InvalidInputError, match="gesloten periode"):
        tekortverloop(referentiescenario().waarde, Periode(BRIEF))


LOCATIES_CSV = """locatie_id,naam,soort,gemeente,van,tot,capaciteit
ter-apel,Aanmeldcentrum Ter Apel,aanmeldcentrum,Westerwolde,2024-01-01,,2000
azc-gron,azc Groningen,azc,GM0014,2020-01-01,2025-01-01,400
azc-gron,azc Groningen,azc,GM0014,2025-01-01,2030-01-01,500
"""


def test_lees_locaties_and_bezetting_csv_and_json(tmp_path: Path) -> None:
    p = tmp_path / "locaties.csv"
    p.write_text(LOCATIES_CSV, encoding="utf-8")
    locaties = lees_locaties(p)
    assert [(x.id, x.gemeentecode, len(x.overeenkomsten)) for x in locaties] == [
        ("ter-apel", "GM1950", 1),
        ("azc-gron", "GM0014", 2),
    ]
    j = tmp_path / "locaties.json"
    j.write_text(json.dumps(unstructure(list(locaties))), encoding="utf-8")
    assert lees_locaties(j) == locaties
    b = tmp_path / "bezetting.csv"
    b.write_text("locatie_id,datum,personen\nter-apel,2026-04-14,2150\n", encoding="utf-8")
    assert lees_bezetting(b, locaties) == (
        Bezetting(locatie_id="ter-apel", datum=date(2026, 4, 14), personen=2150),
    )


def test_lees_locaties_reports_every_bad_row(tmp_path: Path) -> None:
    p = tmp_path / "slecht.csv"
    p.write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit\n"
        "a,A,azc,Nergenshuizen,2024-01-01,,100\n"
        "b,B,kazerne,Zwolle,2024-01-01,,-5\n"
        "c,C,azc,Zwolle,2024-01-01,2026-01-01,100\n"
        "c,C,azc,Zwolle,2025-06-01,,100\n"
        "d,D,azc,Zwolle,2024-13-01,2024-01-01,10\n"
        "e,E,azc,Zwolle,2024-02-01,2024-01-01,10\n",
        encoding="utf-8",
    )
    with pytest.raises(StructureError) as exc:
        lees_locaties(p)
    fouten = exc.value.fouten
    assert "rij 2: gemeente='Nergenshuizen': onbekende gemeente" in fouten[0]
    assert any("rij 3: soort='kazerne' is onbekend" in f for f in fouten)
    assert any("rij 3: capaciteit='-5' is geen geheel getal ≥ 0" in f for f in fouten)
    assert any("rij 5: overeenkomst [2025-06-01, …) van locatie 'c' overlapt met rij 4" in f for f in fouten)
    assert any("rij 6: van='2024-13-01' is geen datum" in f for f in fouten)
    assert any("rij 7: tot=2024-01-01 ligt niet na van=2024-02-01" in f for f in fouten)
    j = tmp_path / "slecht.json"
    j.write_text(
        json.dumps(
            [
                {
                    "id": "x",
                    "naam": "X",
                    "soort": "azc",
                    "gemeentecode": "GM9999",
                    "overeenkomsten": [{"periode": {"van": "2024-01-01", "tot": None}, "capaciteit": 5}],
                }
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(StructureError, match="GM9999"):
        lees_locaties(j)
    (tmp_path / "k.csv").write_text("id,naam\n", encoding="utf-8")
    with pytest.raises(StructureError, match="kolommen vereist"):
        lees_locaties(tmp_path / "k.csv")


def test_lees_bezetting_reports_outside_agreement_unknown_and_duplicates(tmp_path: Path) -> None:
    p = tmp_path / "l.csv"
    p.write_text(LOCATIES_CSV, encoding="utf-8")
    locaties = lees_locaties(p)
    b = tmp_path / "b.csv"
    b.write_text(
        "locatie_id,datum,personen\n"
        "azc-gron,2019-06-01,300\n"
        "onbekend,2026-01-01,1\n"
        "ter-apel,2026-01-01,-3\n"
        "ter-apel,2026-01-02,2000\n"
        "ter-apel,2026-01-02,2001\n",
        encoding="utf-8",
    )
    with pytest.raises(StructureError) as exc:
        lees_bezetting(b, locaties)
    assert exc.value.fouten == (
        "rij 2: datum=2019-06-01 valt buiten elke bestuursovereenkomst van 'azc-gron' "
        "([2020-01-01, 2025-01-01), [2025-01-01, 2030-01-01)): vóór de eerste",
        "rij 3: onbekende locatie_id 'onbekend'",
        "rij 4: personen='-3' is geen geheel getal ≥ 0",
        "rij 6: 'ter-apel' op 2026-01-02 stond al in rij 5",
    )


def test_lees_nachten(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text("datum,personen\n2026-03-01,2100\n2026-03-01,2200\n2026-03-02,x\n", encoding="utf-8")
    with pytest.raises(StructureError) as exc:
        lees_nachten(p)
    assert exc.value.fouten == (
        "rij 3: nacht 2026-03-01 stond al in rij 2",
        "rij 4: personen='x' is geen geheel getal ≥ 0",
    )
    j = tmp_path / "n.json"
    j.write_text('[{"datum": "2026-03-01", "personen": 2100}]', encoding="utf-8")
    assert lees_nachten(j) == (Nachttelling(datum=date(2026, 3, 1), personen=2100),)
    j.write_text(
        '[{"datum": "2026-03-01", "personen": 1}, {"datum": "2026-03-01", "personen": 2}]', encoding="utf-8"
    )
    with pytest.raises(StructureError, match="twee keer"):
        lees_nachten(j)


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------
# Languages: one catalogue, Dutch by default, English on request
# --------------------------------------------------------------------------------------------


def test_explanations_and_errors_render_in_english(tmp_path: Path) -> None:
    a = loc("azc", "GM0014", ov(date(2024, 1, 1), date(2027, 1, 1), 400))
    u = toets_bezetting([a], [Bezetting(locatie_id="azc", datum=date(2026, 4, 8), personen=430)])
    en, nl = u.uitleg(taal="en"), u.uitleg()
    assert en != nl
    assert "1 counts checked against the bestuursovereenkomst in force on their date; 1 lie above it." in en
    # the minister's words stay Dutch, with a gloss
    assert "only 'als dit beheersbaar en veilig kan' (if this is manageable and safe)." in en
    with in_taal("en"):
        assert u.stappen[1].zin.startswith("Location azc had 430 people on 2026-04-08")
    d = dwangsom_ter_apel(nachten([2100, 2100]), al_verbeurd=Decimal("4970000"))
    assert d.stappen[-1].bericht.en == (
        "2 of the 2 nights were above the maximum; forfeited over this series: 30000 euro, together "
        "with 4970000 euro forfeited before: 5000000 euro; the maximum was reached in the night of "
        "2025-01-01."
    )
    r = referentiescenario()
    assert r.waarde.toelichting.en == "Need = shortage above the existing capacity (the minister's letter)."
    assert "(quoted in Dutch): 'Op korte termijn gaat het om een tekort van 4.500 plekken" in r.uitleg(
        taal="en"
    )
    assert all(str(s.omschrijving) != s.omschrijving.en for s in Locatiesoort)
    # errors: one reason per language; every bad row of a file in English
    with pytest.raises(InvalidInputError) as exc:
        dwangsom_ter_apel(nachten([2100]), al_verbeurd=Decimal(5_000_001))
    assert exc.value.tekst("en") == "al_verbeurd=Decimal('5000001'): more than the maximum of 5000000 euro"
    assert exc.value.tekst("nl") != exc.value.tekst("en")
    p = tmp_path / "n.csv"
    p.write_text("datum,personen\n2026-03-01,2100\n2026-03-01,2200\n2026-03-02,x\n", encoding="utf-8")
    with pytest.raises(StructureError) as fout:
        lees_nachten(p)
    with in_taal("en"):
        assert fout.value.fouten == (
            "row 3: night 2026-03-01 was already in row 2",
            "row 4: personen='x' is not a whole number ≥ 0",
        )


@given(st.text(max_size=20))
def test_scenario_toelichting_is_a_sentence_in_every_language(tekst: str) -> None:
    s = Scenario(naam="s", behoefte=[Behoefte(vanaf=PEIL, plaatsen=1)], toelichting=tekst)
    assert s.toelichting == letterlijk(tekst) and isinstance(s.toelichting, Bericht)
    assert from_json(to_json(s), Scenario) == s
    zin = tekort_op(s, PEIL).stappen[0].bericht
    assert zin.nl.endswith(f"bestuursovereenkomsten. {tekst}" if tekst else "bestuursovereenkomsten.")
    assert zin.en.endswith(f"bestuursovereenkomsten. {tekst}" if tekst else "bestuursovereenkomsten.")


def test_cli_renders_in_the_current_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "n.csv"
    p.write_text("datum,personen\n2026-03-01,1990\n2026-03-02,2050\n", encoding="utf-8")
    argv = ("opvang", "dwangsom", "--nachten", str(p), "--taal", "en")
    code, out, _ = run(capsys, *argv, "--al-verbeurd", "4990000")
    assert code == 0
    assert (
        "Dwangsom Ter Apel: 1 of 2 nights above the maximum; forfeited 10000 euro, total 5000000 of "
        "at most 5000000 euro (maximum reached on 2026-03-02)"
    ) in out
    code, _, err = run(capsys, *argv, "--al-verbeurd", "-5")
    assert code == 2 and "al-verbeurd='-5': an amount ≥ 0" in err
    loc_csv = tmp_path / "l.csv"
    loc_csv.write_text(LOCATIES_CSV, encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("locatie_id,datum,personen\nter-apel,2026-04-14,2150\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "--taal", "en", "opvang", "overzicht", "--locaties", str(loc_csv), "--bezetting", str(b),
        "--peildatum", "2026-04-15",
    )  # fmt: skip
    assert code == 0
    assert "Opvang on 2026-04-15: capacity 2500, occupancy 2150, above the bestuursovereenkomsten 150" in out
    assert "ter-apel: 2150 people on 2026-04-14, agreement 2000, 150 above it" in out


def test_cli_overzicht(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "l.csv"
    p.write_text(LOCATIES_CSV, encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text(
        "locatie_id,datum,personen\nter-apel,2026-04-14,2150\nazc-gron,2026-04-10,480\n", encoding="utf-8"
    )
    args = ("opvang", "overzicht", "--locaties", str(p), "--bezetting", str(b), "--peildatum", "2026-04-15")
    code, out, err = run(capsys, *args)
    assert code == 0 and err == ""
    assert "capaciteit 2500, bezetting 2630, boven de bestuursovereenkomsten 150, vrij 20" in out
    assert "ter-apel: 2150 personen op 2026-04-14, overeenkomst 2000, 150 erboven" in out
    code, out, _ = run(capsys, *args, "--format", "json")
    u = from_json(out, Uitkomst[Opvangoverzicht])
    assert code == 0 and u.waarde.tekort == 150 and [p.provinciecode for p in u.waarde.provincies] == ["PV20"]
    code, out, _ = run(capsys, *args, "--format", "csv")
    # azc-gron's agreements end on 2030-01-01, less than five years after the peildatum: not duurzaam
    assert out.splitlines()[-1] == "totaal,NL,Nederland,2,2500,2630,0,150,20,2000,2500"


def test_cli_dwangsom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "n.csv"
    p.write_text("datum,personen\n2026-03-01,1990\n2026-03-02,2050\n", encoding="utf-8")
    code, out, _ = run(capsys, "opvang", "dwangsom", "--nachten", str(p))
    assert code == 0 and "verbeurd 50000 euro" in out and "[pers]" in out
    code, out, _ = run(
        capsys, "opvang", "dwangsom", "--nachten", str(p), "--al-verbeurd", "4990000", "--format", "json"
    )
    d = from_json(out, Uitkomst[Dwangsom]).waarde
    assert (d.verbeurd, d.totaal, d.maximum_bereikt_op) == (
        Decimal(10000),
        Decimal(5000000),
        date(2026, 3, 2),
    )
    code, out, _ = run(capsys, "opvang", "dwangsom", "--nachten", str(p), "--format", "csv")
    assert out.splitlines() == [
        "datum,personen,maximum,bedrag",
        "2026-03-01,1990,2000,0",
        "2026-03-02,2050,2000,50000",
    ]


def test_cli_dwangsom_gaps_and_a_cap_reached_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "gat.csv"
    p.write_text("datum,personen\n2026-03-01,2100\n2026-03-04,2100\n", encoding="utf-8")
    code, out, _ = run(capsys, "opvang", "dwangsom", "--nachten", str(p))
    assert code == 0 and "2 nachten ontbreken in de reeks (2026-03-02 t/m 2026-03-03)" in out
    code, out, _ = run(capsys, "opvang", "dwangsom", "--nachten", str(p), "--format", "csv")
    assert out.splitlines() == [  # a missing night is a row without a count, not a row with bedrag 0
        "datum,personen,maximum,bedrag",
        "2026-03-01,2100,2000,50000",
        "2026-03-02,,,",
        "2026-03-03,,,",
        "2026-03-04,2100,2000,50000",
    ]
    code, out, _ = run(capsys, "opvang", "dwangsom", "--nachten", str(p), "--format", "json")
    assert json.loads(out)["waarde"]["ontbrekende_nachten"] == ["2026-03-02", "2026-03-03"]
    code, out, _ = run(capsys, "opvang", "dwangsom", "--nachten", str(p), "--al-verbeurd", "5000000")
    assert code == 0 and "maximum al vóór deze reeks bereikt" in out and "bereikt op" not in out
    code, out, err = run(capsys, "opvang", "dwangsom", "--nachten", str(p), "--al-verbeurd", "0.001")
    assert code == 2 and out == "" and "hele centen" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["opvang"], "required"),
        (["opvang", "overzicht", "--peildatum", "2026-04-15"], "--locaties"),
        (["opvang", "overzicht", "--locaties", "x.csv"], "--peildatum"),
        (
            ["opvang", "overzicht", "--locaties", "/nonexistent.csv", "--peildatum", "2026-04-15"],
            "niet leesbaar",
        ),
        (["opvang", "dwangsom", "--nachten", "x.csv", "--al-verbeurd", "-5"], "een bedrag ≥ 0"),
        (["opvang", "onzin"], "invalid choice"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("asielketen: fout:") and fragment in err


def test_cli_bad_file_names_the_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "l.csv"
    p.write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit\na,A,azc,Nergenshuizen,2024-01-01,,-1\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "opvang", "overzicht", "--locaties", str(p), "--peildatum", "2026-04-15")
    assert code == 2 and err.count("\n") == 1
    assert "rij 2: gemeente='Nergenshuizen'" in err and "rij 2: capaciteit='-1'" in err
