"""asielketen.frames: registers and results as pandas DataFrames (extra ``pandas``).

Skipped with a reason where pandas is not installed (a core-only environment); CI installs
``.[dev]`` and must run them, so with ``CI`` set a missing pandas is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

if os.environ.get("CI") and importlib.util.find_spec("pandas") is None:  # pragma: no cover
    pytest.fail("CI installeert de extra 'pandas' (pip install -e '.[dev]'): test_frames moet draaien")
pytest.importorskip("pandas", reason="vraagt de extra pandas: pip install 'asielketen[pandas]'")

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from asielketen import frames
from asielketen.bronregister import bron
from asielketen.errors import DataUnavailableError, InvalidInputError
from asielketen.explain import Uitkomst
from asielketen.gebied import Gemeente, Inwonertal, Provincie, Register, Veiligheidsregio, register
from asielketen.oekraine import vergoeding
from asielketen.opvang import (
    Behoefte,
    Bestuursovereenkomst,
    Locatie,
    Locatiesoort,
    Scenario,
    referentiescenario,
    tekortverloop,
)
from asielketen.periods import Cyclus, Periode
from asielketen.spreidingswet import (
    Methode,
    Realisatie,
    Toewijzing,
    Verdeelbesluit,
    raming,
    stand,
    verdeel,
)
from asielketen.statushouders import taakstellingen
from asielketen.taal import in_taal

J2024 = date(2024, 1, 1)
J2025 = date(2025, 1, 1)
CBS = "CBS-85755NED-2024"
CBS_2025 = "CBS-03759NED-2025"
ART29_2025_H2 = "huisvestingswet.art29.lid1.2025-07-01"
"""Huisvestingswet art. 29 lid 1 as cited for 2025-H2: the text in force on 2025-07-01."""
BRONKOLOMMEN = ["bronnen", "statussen", "onzeker"]
PANDAS_PROFIEL = settings(max_examples=100)
"""Building a DataFrame costs milliseconds: 100 examples per property keep this file under 20 s."""


def _telling(df: pd.DataFrame, kolom: str) -> int:
    return int(df[kolom].sum())


def _bron_check(df: pd.DataFrame, uitkomst: Uitkomst[Any]) -> None:
    """The source columns say what the result rests on, on every row."""
    ids = ", ".join(b.id for b in uitkomst.bronnen)
    assert set(df["bronnen"]) == {ids}
    assert set(df["onzeker"]) == {uitkomst.onzeker}
    statussen = set(df["statussen"].iloc[0].split(", "))
    assert statussen == {s.value for s in uitkomst.statussen}
    assert df.attrs["bronnen"] == {b.id: b.status.value for b in uitkomst.bronnen}
    assert [d["naam"] for d in df.attrs["herkomst"]["datasets"]] == [
        d.naam for d in uitkomst.herkomst.datasets
    ]


# -- small registers for properties -------------------------------------------------------------


@st.composite
def registers(draw: st.DrawFn, *, min_gemeenten: int = 1, max_gemeenten: int = 12) -> Register:
    """A register of 1-3 provinces and a few gemeenten with CBS-labelled inhabitants on 2024-01-01."""
    n_prov = draw(st.integers(1, 3))
    provincies = [Provincie(code=f"PV{20 + i}", naam=f"Provincie {i}") for i in range(n_prov)]
    n = draw(st.integers(min_gemeenten, max_gemeenten))
    aantallen = draw(st.lists(st.integers(0, 1_000_000), min_size=n, max_size=n))
    if sum(aantallen) == 0:
        aantallen[0] = 1
    gemeenten = [
        Gemeente(
            code=f"GM{1000 + i:04d}",
            naam=f"Gemeente {i}",
            provinciecode=provincies[draw(st.integers(0, n_prov - 1))].code,
            veiligheidsregiocode="VR01",
            inwoners=[Inwonertal(peildatum=J2024, aantal=a, bron=CBS)],
        )
        for i, a in enumerate(aantallen)
    ]
    return Register(
        gemeenten=tuple(gemeenten),
        provincies=tuple(provincies),
        veiligheidsregios=(Veiligheidsregio(code="VR01", naam="Regio"),),
    )


# -- the register -------------------------------------------------------------------------------


def test_register_frame_is_one_row_per_gemeente_and_date_with_typed_columns() -> None:
    r = register()
    df = frames.register_frame()
    assert df.shape == (2 * 342, 12)  # two shipped dates: CBS 2024-01-01 and 2025-01-01
    assert list(df.columns) == [
        "peildatum",
        "gemeentecode",
        "gemeentenaam",
        "provinciecode",
        "provincienaam",
        "veiligheidsregiocode",
        "veiligheidsregionaam",
        "stedelijkheid",
        "inwoners",
        *BRONKOLOMMEN,
    ]
    assert str(df["inwoners"].dtype) == "Int64" and str(df["stedelijkheid"].dtype) == "Int64"
    assert isinstance(df["gemeentecode"].dtype, pd.StringDtype)
    assert pd.api.types.is_datetime64_dtype(df["peildatum"])
    assert str(df["onzeker"].dtype) == "boolean"
    assert list(df["peildatum"].dt.date.unique()) == [J2024, J2025]  # period first
    op_2024 = df[df["peildatum"].dt.date == J2024]
    op_2025 = df[df["peildatum"].dt.date == J2025]
    assert _telling(op_2024, "inwoners") == r.totaal_inwoners(J2024) == 17942942
    assert _telling(op_2025, "inwoners") == r.totaal_inwoners(J2025) == 18044027
    hog = op_2024.set_index("gemeentecode").loc["GM1966"].to_dict()
    assert (hog["gemeentenaam"], hog["provincienaam"], int(hog["inwoners"])) == (
        "Het Hogeland",
        "Groningen",
        48224,
    )
    assert (hog["bronnen"], hog["statussen"], bool(hog["onzeker"])) == (CBS, "officieel", False)
    hog = op_2025.set_index("gemeentecode").loc["GM1966"].to_dict()
    assert (hog["gemeentenaam"], hog["provincienaam"], int(hog["inwoners"])) == (
        "Het Hogeland",
        "Groningen",
        48178,
    )
    assert (hog["bronnen"], hog["statussen"], bool(hog["onzeker"])) == (CBS_2025, "officieel", False)
    assert df.attrs["bronnen"] == {CBS: "officieel", CBS_2025: "officieel"}
    assert [d["naam"] for d in df.attrs["herkomst"]["datasets"]] == [
        "gemeenten.csv",
        "inwoners_2025_01_01.csv",
        "netwerken_g4_g40.csv",
        "netwerken_m50_p10_k80_r8.csv",
        "netwerken_volledigheid.csv",
        "aliassen.csv",
        "bronnen.json",
    ]


def test_register_frame_stacks_dates_and_marks_user_figures() -> None:
    r = register()
    j2025 = date(2025, 1, 1)
    r2 = r.met_inwoners(j2025, {g.code: 1000 + i for i, g in enumerate(r.gemeenten)}, bron="gebruiker:x.csv")
    df = frames.register_frame(r2)
    assert len(df) == 2 * 342
    assert list(df["peildatum"].dt.date.unique()) == [J2024, j2025]  # period first
    nieuw = df[df["peildatum"].dt.date == j2025]
    assert _telling(nieuw, "inwoners") == r2.totaal_inwoners(j2025)
    assert set(nieuw["bronnen"]) == {"gebruiker:x.csv"}
    assert nieuw["statussen"].isna().all() and nieuw["onzeker"].isna().all()
    assert len(frames.register_frame(r2, peildata=[j2025])) == 342
    with pytest.raises(DataUnavailableError, match="2023-01-01"):
        frames.register_frame(r2, peildata=[date(2023, 1, 1)])
    tekst = frames.register_frame(r2, peildata=["2025-01-01"])  # type: ignore[list-item]
    assert tekst.equals(frames.register_frame(r2, peildata=[j2025]))  # one rule for dates (issue 14)
    with pytest.raises(InvalidInputError, match="peildata"):
        frames.register_frame(r2, peildata=["01-01-2025"])  # type: ignore[list-item]


def test_a_missing_figure_is_na_never_zero() -> None:
    p = Provincie(code="PV20", naam="P")
    v = Veiligheidsregio(code="VR01", naam="V")
    a = Gemeente(
        code="GM0001",
        naam="A",
        provinciecode="PV20",
        veiligheidsregiocode="VR01",
        inwoners=[
            Inwonertal(peildatum=J2024, aantal=10, bron=CBS),
            Inwonertal(peildatum=date(2025, 1, 1), aantal=11, bron=CBS),
        ],
    )
    b = Gemeente(
        code="GM0002",
        naam="B",
        provinciecode="PV20",
        veiligheidsregiocode="VR01",
        inwoners=[Inwonertal(peildatum=J2024, aantal=20, bron=CBS)],
    )
    df = frames.register_frame(Register(gemeenten=(a, b), provincies=(p,), veiligheidsregios=(v,)))
    assert len(df) == 4
    rij = df[(df["gemeentecode"] == "GM0002") & (df["peildatum"].dt.date == date(2025, 1, 1))].iloc[0]
    assert rij["inwoners"] is pd.NA and rij["bronnen"] is pd.NA
    assert int(df["inwoners"].sum()) == 41


# -- Spreidingswet ------------------------------------------------------------------------------


def test_spreiding_frame_of_cycle_1_pins_the_published_example() -> None:
    u = verdeel(raming(Cyclus(2024)), peildatum=date(2024, 1, 31))
    s = u.waarde
    g = frames.spreiding_frame(u)
    assert len(g) == 342
    assert _telling(g, "plaatsen") == s.totaal == 96001 and _telling(g, "amv") == s.amv_totaal
    hog = g.set_index("gemeentecode").loc["GM1966"].to_dict()
    assert (int(hog["plaatsen"]), int(hog["amv"]), int(hog["behoefte"])) == (258, 22, 96000)
    assert pd.isna(hog["ses_woa"]) and hog["sleutel"] == "inwoners" and hog["methode"] == "wet"
    assert hog["quotum"] == pytest.approx(float(s.gemeente("GM1966").quotum))
    assert bool(hog["onzeker"]) and "aanname" in hog["statussen"]
    p = frames.spreiding_frame(u, niveau="provincie")
    assert len(p) == 12 and _telling(p, "plaatsen") == s.totaal
    gr = p.set_index("provincienaam").loc["Groningen"].to_dict()
    assert (int(gr["plaatsen"]), int(gr["amv"])) == (3217, 273)
    _bron_check(g, u)
    _bron_check(p, u)
    # the provincial rows are the sums of their gemeenten
    per = g.groupby("provinciecode")["plaatsen"].sum()
    assert {k: int(v) for k, v in per.items()} == {
        c: int(x) for c, x in zip(p["provinciecode"], p["plaatsen"], strict=True)
    }


@PANDAS_PROFIEL
@given(
    reg=registers(),
    bo=st.integers(0, 200_000),
    amv_deel=st.none() | st.fractions(0, 1),
    methode=st.sampled_from(list(Methode)),
)
def test_spreiding_frame_round_trips_every_record(
    reg: Register, bo: int, amv_deel: object, methode: Methode
) -> None:
    amv = None if amv_deel is None else int(bo * amv_deel)  # type: ignore[operator]
    u = verdeel(bo, peildatum=date(2024, 6, 1), amv=amv, methode=methode, reg=reg)
    s = u.waarde
    g = frames.spreiding_frame(u, reg=reg)
    assert len(g) == len(reg.gemeenten)
    assert _telling(g, "plaatsen") == s.totaal
    assert list(g["gemeentecode"]) == [x.gemeentecode for x in s.gemeenten]
    assert [int(x) for x in g["plaatsen"]] == [x.plaatsen for x in s.gemeenten]
    assert [int(x) for x in g["inwoners"]] == [x.inwoners for x in s.gemeenten]
    if amv is None:
        assert g["amv"].isna().all() and g["amv_quotum"].isna().all()
    else:
        assert [int(x) for x in g["amv"]] == [x.amv for x in s.gemeenten]
    p = frames.spreiding_frame(u, niveau="provincie", reg=reg)
    assert len(p) == len(reg.provincies) and _telling(p, "plaatsen") == s.totaal
    assert set(g.columns) >= {"behoefte", "quotum", "methode", *BRONKOLOMMEN}


# -- statushouders ------------------------------------------------------------------------------


def test_taakstellingen_frame_stacks_half_years_in_order() -> None:
    h2, h1 = taakstellingen("2025-H2"), taakstellingen("2025-H1")
    df = frames.taakstellingen_frame([h2, h1])  # given out of order
    assert len(df) == 2 * 342
    assert list(df["halfjaar"].unique()) == ["2025-H1", "2025-H2"]
    som = df.groupby("halfjaar")["taakstelling"].sum()
    assert (int(som["2025-H1"]), int(som["2025-H2"])) == (h1.waarde.som, h2.waarde.som) == (17870, 13164)
    ams = df[(df["halfjaar"] == "2025-H2") & (df["gemeentecode"] == "GM0363")].iloc[0]
    assert (int(ams["taakstelling"]), int(ams["landelijk_aantal"]), int(ams["inwoners"])) == (
        675,
        13000,
        931298,
    )
    assert ams["peildatum_inwoners"].date() == J2024 and ams["van"].date() == date(2025, 7, 1)
    assert ams["provincienaam"] == "Noord-Holland" and int(ams["herverdeeld"]) == 0
    assert "gemeente.nu-2025-04-faber-taakstelling" in ams["bronnen"] and bool(ams["onzeker"])
    _bron_check(frames.taakstellingen_frame(h2), h2)
    for halfjaar, u in (("2025-H1", h1), ("2025-H2", h2)):  # each row cites its own half-year's sources
        rijen = df[df["halfjaar"] == halfjaar]
        assert set(rijen["bronnen"]) == {", ".join(b.id for b in u.bronnen)}
        assert set(rijen["onzeker"]) == {u.onzeker}
    assert "huisvestingswet.art29.lid1.2025-01-01" in df[df["halfjaar"] == "2025-H1"]["bronnen"].iloc[0]
    assert ART29_2025_H2 in df[df["halfjaar"] == "2025-H2"]["bronnen"].iloc[0]
    # the stacked frame's attrs cover both half-years (each cites the law as in force when it began)
    assert df.attrs["bronnen"] == {b.id: b.status.value for b in (*h1.bronnen, *h2.bronnen)}
    p = frames.taakstellingen_frame(h2, niveau="provincie")
    assert len(p) == 12 and _telling(p, "taakstelling") == 13164 and _telling(p, "gemeenten") == 342
    with pytest.raises(InvalidInputError, match="halfjaar"):
        frames.taakstellingen_frame([h2, h2])


@PANDAS_PROFIEL
@given(
    reg=registers(),
    vg=st.integers(0, 50_000),
    jaren=st.lists(st.sampled_from(["2025-H1", "2025-H2"]), min_size=1, max_size=2, unique=True),
)
def test_taakstellingen_frame_sums_per_half_year(reg: Register, vg: int, jaren: list[str]) -> None:
    uitkomsten = [taakstellingen(h, landelijk=vg + i, reg=reg) for i, h in enumerate(jaren)]
    df = frames.taakstellingen_frame(uitkomsten, reg=reg)
    assert len(df) == len(reg.gemeenten) * len(jaren)
    for u in uitkomsten:
        t = u.waarde
        blok = df[df["halfjaar"] == str(t.halfjaar)]
        assert _telling(blok, "taakstelling") == t.som
        assert [int(x) for x in blok["taakstelling"]] == [x.taakstelling for x in t.gemeenten]
    p = frames.taakstellingen_frame(uitkomsten, niveau="provincie", reg=reg)
    assert _telling(p, "taakstelling") == sum(u.waarde.som for u in uitkomsten)


# -- realisation against opgave -------------------------------------------------------------------


def _besluit() -> Verdeelbesluit:
    return Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[
            Toewijzing(gemeentecode="GM0014", plaatsen=969),
            Toewijzing(gemeentecode="GM1966", plaatsen=258),
        ],
    )


def test_stand_frame_per_province_and_gemeente_over_time() -> None:
    real = [
        Realisatie(gemeentecode="GM0014", peildatum=date(2025, 6, 1), plaatsen=500),
        Realisatie(gemeentecode="GM0014", peildatum=date(2025, 12, 1), plaatsen=1000),
    ]
    standen = [stand([_besluit()], real, d) for d in (date(2025, 12, 31), date(2025, 7, 1))]
    p = frames.stand_frame(standen)
    assert list(p["peildatum"].dt.date) == [date(2025, 7, 1), date(2025, 12, 31)]
    assert [int(x) for x in p["gerealiseerd"]] == [500, 1000]
    assert [int(x) for x in p["opgave"]] == [1227, 1227]
    assert p["realisatiegraad"].iloc[0] == pytest.approx(500 / 1227)
    assert list(p["provincienaam"]) == ["Groningen", "Groningen"]
    g = frames.stand_frame(standen, niveau="gemeente")
    assert len(g) == 4
    hog = g[g["gemeentecode"] == "GM1966"]
    assert not hog["realisatie_bekend"].any() and hog["gerealiseerd"].isna().all()  # unknown, not 0
    assert [int(x) for x in hog["tekort"]] == [258, 258]
    _bron_check(p[p["peildatum"].dt.date == date(2025, 7, 1)], standen[1])
    with pytest.raises(InvalidInputError, match="peildatum"):
        frames.stand_frame([standen[0], standen[0]])


@PANDAS_PROFIEL
@given(
    plaatsen=st.lists(st.integers(0, 5000), min_size=2, max_size=2),
    gerealiseerd=st.lists(st.none() | st.integers(0, 6000), min_size=2, max_size=2),
)
def test_stand_frame_sums_equal_the_provinces(plaatsen: list[int], gerealiseerd: list[int | None]) -> None:
    vb = Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[
            Toewijzing(gemeentecode=c, plaatsen=n)
            for c, n in zip(("GM0014", "GM1966"), plaatsen, strict=True)
        ],
    )
    real = [
        Realisatie(gemeentecode=c, peildatum=date(2025, 6, 1), plaatsen=n)
        for c, n in zip(("GM0014", "GM1966"), gerealiseerd, strict=True)
        if n is not None
    ]
    u = stand([vb], real, date(2025, 12, 31))
    sp = u.waarde.provincies[0]
    p = frames.stand_frame(u)
    g = frames.stand_frame(u, niveau="gemeente")
    for kolom in ("opgave", "gerealiseerd", "tekort", "overschot", "saldo"):
        assert int(p[kolom].iloc[0]) == getattr(sp, kolom)
    assert int(g["gerealiseerd"].sum()) == sp.gerealiseerd  # <NA> rows are the ones counted as 0
    assert int(g["tekort"].sum()) == sp.tekort
    assert p["realisatiegraad"].isna().iloc[0] == (sp.opgave == 0)


# -- Oekraïne -------------------------------------------------------------------------------------


def test_vergoeding_frame_keeps_money_exact() -> None:
    us = [vergoeding(10, Periode(date(2022, 10, 1), date(2022, 11, 1)))]
    us.append(
        vergoeding(
            4,
            Periode(date(2026, 1, 1), date(2026, 3, 1)),
            ontvangen_eigen_bijdragen=Decimal("732.66"),
            ontvangen_cateringbijdragen=Decimal("120"),
        )
    )
    df = frames.vergoeding_frame(reversed(us))
    assert list(df["van"].dt.date) == [date(2022, 10, 1), date(2026, 1, 1)]
    assert list(df["totaal"]) == [Decimal("28110"), Decimal("9531.34")]
    assert all(isinstance(x, Decimal) for x in df["totaal"]) and df["totaal"].dtype == object
    assert list(df["normbedragen"]) == ["100, 83", "44"]
    assert list(df["aftrek"]) == ["geen", "ontvangsten"]
    assert [int(x) for x in df["dagen"]] == [31, 59]
    assert df["eigen_bijdragen"].iloc[1] == Decimal("732.66")
    _bron_check(df.iloc[[1]], us[1])


@st.composite
def aaneengesloten(draw: st.DrawFn) -> list[Periode]:
    """1-4 consecutive periods inside the regime (1 April 2022 - 4 March 2028)."""
    van = date(2022, 4, 1) + timedelta(days=draw(st.integers(0, 1500)))
    periodes = []
    for _ in range(draw(st.integers(1, 4))):
        tot = van + timedelta(days=draw(st.integers(1, 120)))
        periodes.append(Periode(van, tot))
        van = tot
    return periodes


@PANDAS_PROFIEL
@given(plaatsen=st.integers(0, 10_000), periodes=aaneengesloten())
def test_vergoeding_frame_sums_to_the_whole_period(plaatsen: int, periodes: Sequence[Periode]) -> None:
    delen = [vergoeding(plaatsen, p) for p in periodes]
    geheel = vergoeding(plaatsen, Periode(periodes[0].van, periodes[-1].tot))
    df = frames.vergoeding_frame(delen)
    assert len(df) == len(periodes)
    assert sum(df["totaal"], Decimal(0)) == geheel.waarde.totaal  # exact: Decimal, no float
    assert int(df["dagen"].sum()) == (periodes[-1].tot - periodes[0].van).days  # type: ignore[operator]
    assert list(df["totaal"]) == [u.waarde.totaal for u in delen]


# -- opvang ---------------------------------------------------------------------------------------


def _locatie(id_: str, gemeente: str, van: date, tot: date | None, plaatsen: int) -> Locatie:
    return Locatie(
        id=id_,
        naam=id_,
        soort=Locatiesoort.SPOEDNOODOPVANG,
        gemeentecode=gemeente,
        overeenkomsten=[Bestuursovereenkomst(periode=Periode(van, tot), capaciteit=plaatsen)],
    )


def test_tekortverloop_frame_of_the_reference_scenario() -> None:
    spoed = _locatie("spoed-zwolle", "GM0193", date(2026, 5, 1), date(2026, 11, 1), 150)
    s = referentiescenario().waarde.met_locaties(spoed)
    u = tekortverloop(s, Periode(date(2026, 3, 26), date(2026, 9, 2)))
    df = frames.tekortverloop_frame(u)
    assert [(d.isoformat(), int(t)) for d, t in zip(df["datum"].dt.date, df["tekort"], strict=True)] == [
        ("2026-03-26", 4500),
        ("2026-05-01", 4350),
        ("2026-09-01", 7750),  # the minister's scenario has no figure after the end of summer (ADR 0010)
    ]
    assert _telling(df, "plaatsdagen") == u.waarde.plaatsdagen == 4500 * 36 + 4350 * 123 + 7750 * 1
    assert set(df["gebied"]) == {"NL"} and set(df["gebiedsnaam"]) == {"Nederland"}
    assert df["tot"].iloc[-1].date() == date(2026, 9, 2)
    assert "AenM-2026-03-26" in df["bronnen"].iloc[0]
    _bron_check(df, u)


@PANDAS_PROFIEL
@given(
    stappen=st.lists(
        st.tuples(st.integers(0, 300), st.integers(0, 5000)), min_size=1, max_size=4, unique_by=lambda t: t[0]
    ),
    locaties=st.lists(st.tuples(st.integers(0, 300), st.integers(1, 200), st.integers(0, 3000)), max_size=3),
    per_provincie=st.booleans(),
)
def test_tekortverloop_frame_place_days_add_up(
    stappen: list[tuple[int, int]], locaties: list[tuple[int, int, int]], per_provincie: bool
) -> None:
    begin = date(2026, 1, 1)
    eerste = min(d for d, _ in stappen)
    gebieden = ["PV20", "PV23"] if per_provincie else ["NL"]
    behoefte = [
        Behoefte(vanaf=begin + timedelta(days=d), plaatsen=n, gebied=g) for d, n in stappen for g in gebieden
    ]
    gemeenten = ["GM0014", "GM0193"]  # Groningen (PV20), Zwolle (PV23)
    locs = [
        _locatie(f"l{i}", gemeenten[i % 2], begin + timedelta(days=d), begin + timedelta(days=d + lengte), n)
        for i, (d, lengte, n) in enumerate(locaties)
    ]
    scenario = Scenario(naam="s", behoefte=behoefte, locaties=locs)
    periode = Periode(begin + timedelta(days=eerste), begin + timedelta(days=400))
    u = tekortverloop(scenario, periode)
    df = frames.tekortverloop_frame(u)
    assert len(df) == len(u.waarde.punten) * len(gebieden)
    assert _telling(df, "plaatsdagen") == u.waarde.plaatsdagen
    per_datum = df.groupby("datum")["tekort"].sum()
    assert [int(x) for x in per_datum] == [p.tekort for p in u.waarde.punten]
    assert int(df.drop_duplicates("datum")["dagen"].sum()) == periode.dagen


# -- sources and bad input ------------------------------------------------------------------------


def test_bronnen_frame_lists_each_source_once_with_kind_and_status() -> None:
    u = taakstellingen("2025-H2")
    df = frames.bronnen_frame([u, u])
    assert list(df["id"]) == [b.id for b in u.bronnen]
    rij = df.set_index("id").loc[ART29_2025_H2]  # the text in force when the half-year began
    assert (rij["soort"], rij["status"], bool(rij["onzeker"])) == ("wetsartikel", "wettekst", False)
    assert rij["url"] == bron(ART29_2025_H2).link
    assert rij["url"] == "https://wetten.overheid.nl/BWBR0035303/2025-07-01#Artikel29"
    assert str(rij["omschrijving"]).startswith(
        "Huisvestingswet 2014 (BWBR0035303) art. 29 lid 1, tekst geldend op 2025-07-01"
    )


def test_wrong_input_names_the_field() -> None:
    t = taakstellingen("2025-H2")
    with pytest.raises(InvalidInputError, match=r"uitkomst='Taakstellingen'.*Uitkomst\[Spreiding\]"):
        frames.spreiding_frame(t)  # type: ignore[arg-type]
    u = verdeel(1000, peildatum=date(2024, 6, 1))
    with pytest.raises(InvalidInputError, match="verwacht één Uitkomst"):
        frames.spreiding_frame([u, u])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="peildata"):
        frames.register_frame(peildata=[datetime(2024, 1, 1)])
    with pytest.raises(InvalidInputError, match="niveau"):
        frames.taakstellingen_frame(t, niveau="land")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="ten minste één"):
        frames.stand_frame([])
    with pytest.raises(InvalidInputError, match=r"uitkomsten\[1\]"):
        frames.vergoeding_frame([vergoeding(1, Periode(date(2025, 1, 1), date(2025, 2, 1))), 3])  # type: ignore[list-item]


# -- languages: Dutch by default, English on request ----------------------------------------------


def test_errors_are_dutch_by_default_and_english_on_request() -> None:
    t = taakstellingen("2025-H2")
    with pytest.raises(InvalidInputError) as info:
        frames.taakstellingen_frame(t, niveau="land")  # type: ignore[arg-type]
    err = info.value
    assert str(err) == "niveau='land': kies 'gemeente' of 'provincie'"
    assert err.tekst("en") == "niveau='land': choose 'gemeente' or 'provincie'"
    with in_taal("en"):
        assert str(err) == err.tekst("en") and err.reden == "choose 'gemeente' or 'provincie'"
    with pytest.raises(DataUnavailableError) as ontbreekt:
        frames.register_frame(peildata=[date(2023, 1, 1)])
    assert ontbreekt.value.tekst("nl").startswith("geen enkele gemeente heeft een inwonertal op 2023-01-01")
    assert ontbreekt.value.tekst("en") == (
        "no gemeente has a number of inhabitants on 2023-01-01 (figures exist for: 2024-01-01, 2025-01-01); "
        "supply it with Register.met_inwoners()"
    )
    with pytest.raises(InvalidInputError) as leeg:
        frames.stand_frame([])
    assert leeg.value.tekst("en").endswith("give at least one Uitkomst[Stand]")
    assert leeg.value.tekst("nl").endswith("geef ten minste één Uitkomst[Stand]")


def test_text_cells_follow_the_language_and_column_names_do_not() -> None:
    u = taakstellingen("2025-H2")
    nl = frames.bronnen_frame(u)
    en = frames.bronnen_frame(u, taal="en")
    with in_taal("en"):
        huidig = frames.bronnen_frame(u)
    assert list(nl.columns) == list(en.columns)
    assert list(nl["id"]) == list(en["id"]) and list(nl["status"]) == list(en["status"])
    rij_nl = str(nl.set_index("id").loc[ART29_2025_H2, "omschrijving"])
    rij_en = str(en.set_index("id").loc[ART29_2025_H2, "omschrijving"])
    assert rij_nl == bron(ART29_2025_H2).tekst("nl") and "tekst geldend op 2025-07-01" in rij_nl
    assert rij_en == bron(ART29_2025_H2).tekst("en") and "text in force on 2025-07-01" in rij_en
    assert list(huidig["omschrijving"]) == list(en["omschrijving"])
    tv = tekortverloop(referentiescenario().waarde, Periode(date(2026, 4, 1), date(2026, 5, 1)))
    assert set(frames.tekortverloop_frame(tv)["gebiedsnaam"]) == {"Nederland"}
    assert set(frames.tekortverloop_frame(tv, taal="en")["gebiedsnaam"]) == {"Netherlands"}
    with pytest.raises(InvalidInputError, match="taal='fr'"):
        frames.bronnen_frame(u, taal="fr")  # type: ignore[arg-type]
