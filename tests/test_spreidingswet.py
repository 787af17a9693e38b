"""Spreidingswet: raming, formula, apportionment, realisation, uitruil, uitkeringen, escalation."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asielketen.errors import InvalidInputError, ParameterNotValidError, StructureError
from asielketen.explain import Uitkomst
from asielketen.gebied import Gemeente, Inwonertal, Provincie, Register, Veiligheidsregio, register
from asielketen.periods import Cyclus, Periode
from asielketen.serialization import from_json, to_json
from asielketen.spreidingswet import (
    AangebodenPlaatsen,
    DuurzameLocatie,
    Escalatiefeiten,
    Escalatiestand,
    Fase,
    Methode,
    Realisatie,
    SesScore,
    SesWoa,
    Sleutel,
    Spreiding,
    Toewijzing,
    Trede,
    Uitruil,
    Verdeelbesluit,
    aftrek_duurzaam,
    escalatie,
    lees_realisaties,
    lees_ses_csv,
    lees_verdeelbesluiten,
    raming,
    stand,
    termijnen,
    uitkering_75,
    uitkering_duurzaam,
    uitleg_gemeente,
    verdeel,
    vergelijk_gepubliceerd,
)
from asielketen.taal import in_taal

from .conftest import brief, normaliseer

RAMING_2024 = date(2024, 1, 31)
J2024 = date(2024, 1, 1)
N = 342
GRONINGEN = [
    "GM0014",
    "GM0037",
    "GM0047",
    "GM0765",
    "GM1895",
    "GM1950",
    "GM1952",
    "GM1966",
    "GM1969",
    "GM1979",
]
"""The gemeenten of the province of Groningen (PV20) in 2024."""


# -- raming and deadlines (art. 2, 4-7) ------------------------------------------------------------


def test_cycle_1_raming_as_published() -> None:
    u = raming(Cyclus(2024))
    r = u.waarde
    assert (r.behoefte, r.amv, r.peildatum_behoefte) == (96_000, 8_140, date(2025, 1, 1))
    assert not r.scenario
    assert "Stcrt-2024-3320" in {b.id for b in u.bronnen}


def test_cycle_2_raming_basis_88000_amv_unknown() -> None:
    r = raming(Cyclus(2026)).waarde
    assert (r.behoefte, r.amv) == (88_000, None)


def test_cycle_without_published_raming_is_a_clear_error() -> None:
    with pytest.raises(ParameterNotValidError, match=r"spreidingswet\.landelijke_behoefte"):
        raming(Cyclus(2028))
    r = raming(Cyclus(2028), behoefte=100_000, amv=9_000).waarde
    assert r.scenario and r.behoefte == 100_000
    with pytest.raises(InvalidInputError, match="amv"):
        raming(Cyclus(2028), behoefte=10, amv=11)


def test_deadlines_of_the_law() -> None:
    t = termijnen(Cyclus(2026), verdeelbesluit_bekendgemaakt=date(2026, 12, 20)).waarde
    assert t.raming_voor == date(2026, 2, 1)
    assert t.verslag_voor == date(2026, 11, 1)
    assert t.verdeelbesluit_voor == date(2026, 12, 31)
    assert t.verdeelperiode == Periode(date(2027, 1, 1), date(2029, 1, 1))
    assert t.locatie_uiterlijk == date(2027, 6, 20)
    assert t.realisatie_uiterlijk == date(2028, 12, 31)
    lang = termijnen(Cyclus(2026), langere_termijn=date(2027, 12, 1)).waarde
    assert lang.locatie_uiterlijk == date(2027, 12, 1)
    assert termijnen(Cyclus(2026)).waarde.locatie_uiterlijk is None


def test_cycle_1_locatie_deadline_shipped() -> None:
    assert termijnen(Cyclus(2024)).waarde.locatie_uiterlijk == date(2025, 7, 1)


# -- the formula (Besluit art. 2.1, 2.2) -----------------------------------------------------------


def _mini_register(inwoners: dict[str, int]) -> Register:
    return Register(
        gemeenten=tuple(
            Gemeente(
                code=c,
                naam=f"Gemeente {c}",
                provinciecode="PV20" if i % 2 == 0 else "PV21",
                veiligheidsregiocode="VR01",
                inwoners=(Inwonertal(peildatum=J2024, aantal=n, bron="gebruiker:test"),),
            )
            for i, (c, n) in enumerate(inwoners.items())
        ),
        provincies=(Provincie(code="PV20", naam="Noord"), Provincie(code="PV21", naam="Zuid")),
        veiligheidsregios=(Veiligheidsregio(code="VR01", naam="Regio"),),
    )


def test_legal_formula_by_hand() -> None:
    """Wf ∝ (SES+1)·iG: 1.1·1000 = 1100, 0.8·2000 = 1600, 1.0·500 = 500; TWf ∝ 3200.

    Iv = 100·1100/3200 = 34.375 → 34; 100·1600/3200 = 50; 100·500/3200 = 15.625 → 16.
    """
    reg = _mini_register({"GM0001": 1000, "GM0002": 2000, "GM0003": 500})
    ses = SesWoa(
        scores=[
            SesScore("GM0001", Decimal("0.1")),
            SesScore("GM0002", Decimal("-0.2")),
            SesScore("GM0003", Decimal("0")),
        ],
        bron="test",
    )
    s = verdeel(100, peildatum=RAMING_2024, ses=ses, reg=reg).waarde
    assert [g.plaatsen for g in s.gemeenten] == [34, 50, 16]
    assert [g.quotum for g in s.gemeenten] == [Fraction(1375, 40), Fraction(50), Fraction(125, 8)]
    assert s.sleutel is Sleutel.WETTELIJK
    assert s.twf == Fraction(3200, 3500)
    assert (s.totaal, s.verschil) == (100, 0)
    assert [p.plaatsen for p in s.provincies] == [34 + 16, 50]


def test_half_way_rounds_up_and_the_difference_is_shown() -> None:
    """ADR 0002: 'rekenkundig afgerond' — 1.5 becomes 2, so 3 places over two equal gemeenten give 4."""
    reg = _mini_register({"GM0001": 10, "GM0002": 10})
    u = verdeel(3, peildatum=RAMING_2024, reg=reg)
    assert [g.plaatsen for g in u.waarde.gemeenten] == [2, 2]
    assert (u.waarde.totaal, u.waarde.verschil) == (4, 1)
    assert "1 meer dan BO" in u.uitleg()
    assert [
        g.plaatsen
        for g in verdeel(3, peildatum=RAMING_2024, reg=reg, methode=Methode.HAMILTON).waarde.gemeenten
    ] == [2, 1]


def test_national_inhabitants_only_distribution_is_labelled() -> None:
    u = verdeel(96_000, peildatum=RAMING_2024, amv=8_140)
    s = u.waarde
    assert s.sleutel is Sleutel.INWONERS
    assert u.onzeker and "NIET de wettelijke sleutel" in u.uitleg()
    assert s.inwoners_peildatum == J2024 and s.inwoners_nederland == 17_942_942
    assert s.gemeente("Amsterdam").plaatsen == 4983  # 96000 × 931298 / 17942942 = 4982.6
    assert (s.totaal, s.verschil) == (96_001, 1)
    assert s.amv_totaal is not None and s.amv_verschil == s.amv_totaal - 8_140
    assert sum(p.plaatsen for p in s.provincies) == s.totaal
    assert "gemeenten.csv" in {d.naam for d in u.herkomst.datasets}


def test_inhabitants_figures_before_the_data_are_an_error() -> None:
    with pytest.raises(Exception, match="2023-01-01"):
        verdeel(1000, peildatum=date(2023, 1, 1))


def _random_ses(seed: int) -> SesWoa:
    rng = random.Random(seed)
    return SesWoa(
        scores=[SesScore(g.code, Decimal(rng.randint(-600, 600)) / 1000) for g in register().gemeenten],
        bron="random",
    )


@settings(max_examples=60)  # each example distributes over all 342 gemeenten
@given(bo=st.integers(0, 200_000), seed=st.integers(0, 10**6))
def test_each_gemeente_within_half_of_its_quota(bo: int, seed: int) -> None:
    s = verdeel(bo, peildatum=RAMING_2024, ses=_random_ses(seed)).waarde
    assert all(abs(g.plaatsen - g.quotum) <= Fraction(1, 2) for g in s.gemeenten)
    assert sum(g.quotum for g in s.gemeenten) == bo
    assert abs(s.verschil) <= N // 2
    for p in s.provincies:
        assert p.plaatsen == sum(g.plaatsen for g in s.gemeenten if g.provinciecode == p.provinciecode)


@pytest.mark.parametrize("methode", [Methode.HAMILTON, Methode.SAINTE_LAGUE])
@settings(max_examples=60)  # each example distributes over all 342 gemeenten
@given(bo=st.integers(0, 200_000), seed=st.integers(0, 10**6))
def test_exact_methods_sum_to_the_need(methode: Methode, bo: int, seed: int) -> None:
    s = verdeel(bo, peildatum=RAMING_2024, ses=_random_ses(seed), methode=methode, amv=bo // 12).waarde
    assert (s.totaal, s.verschil) == (bo, 0)
    assert s.amv_totaal == bo // 12
    if methode is Methode.HAMILTON:
        assert all(abs(g.plaatsen - g.quotum) < 1 for g in s.gemeenten)


@settings(max_examples=60)  # each example distributes over all 342 gemeenten
@given(bo=st.integers(0, 150_000), extra=st.integers(1, 5_000))
def test_legal_rounding_is_monotone_in_the_need(bo: int, extra: int) -> None:
    a = verdeel(bo, peildatum=RAMING_2024).waarde
    b = verdeel(bo + extra, peildatum=RAMING_2024).waarde
    assert all(y.plaatsen >= x.plaatsen for x, y in zip(a.gemeenten, b.gemeenten, strict=True))


@settings(max_examples=60)  # each example distributes over all 342 gemeenten
@given(seed=st.integers(0, 10**6))
def test_independent_of_register_order(seed: int) -> None:
    r = register()
    gemeenten = list(r.gemeenten)
    random.Random(seed).shuffle(gemeenten)
    from attrs import evolve

    shuffled = evolve(r, gemeenten=tuple(gemeenten))
    for methode in Methode:
        a = verdeel(88_000, peildatum=RAMING_2024, methode=methode).waarde
        b = verdeel(88_000, peildatum=RAMING_2024, methode=methode, reg=shuffled).waarde
        assert {g.gemeentecode: g.plaatsen for g in a.gemeenten} == {
            g.gemeentecode: g.plaatsen for g in b.gemeenten
        }


def test_result_round_trips_through_json() -> None:
    u = verdeel(1_000, peildatum=RAMING_2024, amv=100, ses=_random_ses(1))
    assert from_json(to_json(u), Uitkomst[Spreiding]) == u


def test_explain_one_gemeente() -> None:
    u = verdeel(96_000, peildatum=RAMING_2024)
    e = uitleg_gemeente(u, "Het Hogeland")
    assert e.waarde.plaatsen == 258
    text = e.uitleg()
    assert "iG = 48224" in text and "In = 17942942" in text and "BO = 96000" in text


def test_ses_loader_reports_every_bad_row(tmp_path: Path) -> None:
    p = tmp_path / "ses.csv"
    p.write_text("gemeentecode,ses_woa\nGM0363,-0.073\nGM0363,0.1\nGM9999,0\nGM0599,abc\nGM0344,-1\n")
    with pytest.raises(StructureError) as exc:
        lees_ses_csv(p, peildatum=date(2022, 1, 1))
    fouten = " | ".join(exc.value.fouten)
    for fragment in (
        "rij 3: gemeentecode GM0363",
        "rij 4: onbekende gemeentecode 'GM9999'",
        "rij 5",
        "rij 6",
    ):
        assert fragment in fouten


def test_ses_for_some_gemeenten_only_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "ses.csv"
    p.write_text("gemeentecode,ses_woa_totaalscore\nGM0363,-0.073\nGM0484,0.153\n")
    ses = lees_ses_csv(p, peildatum=date(2021, 1, 1))
    assert ses.als_dict()["GM0484"] == Decimal("0.153")
    with pytest.raises(StructureError, match="geen SES-WOA-score voor 340 gemeenten"):
        verdeel(96_000, peildatum=RAMING_2024, ses=ses)


def test_full_ses_file_is_used_and_recorded(tmp_path: Path) -> None:
    p = tmp_path / "ses.csv"
    p.write_text("gemeentecode,ses_woa\n" + "".join(f"{g.code},0\n" for g in register().gemeenten))
    u = verdeel(96_000, peildatum=RAMING_2024, ses=lees_ses_csv(p, peildatum=date(2022, 1, 1)))
    # with all scores equal the legal key equals the inhabitants-only key
    assert u.waarde.gemeente("Amsterdam").plaatsen == 4983
    assert "ses.csv" in {d.naam for d in u.herkomst.datasets}


def test_comparison_with_published_cycle_1() -> None:
    """DOMAIN.md: low-SES cities sit below their population share (Rotterdam ≈ 0.74), Oostzaan ≈ 1.20."""
    v = {x.code: x for x in vergelijk_gepubliceerd(verdeel(96_000, peildatum=RAMING_2024).waarde).waarde}
    assert v["GM0599"].gepubliceerd == 2667 and v["GM0363"].gepubliceerd == 4479
    assert v["GM0599"].verhouding is not None and v["GM0599"].verhouding < Fraction(3, 4)
    assert v["GM0431"].verhouding is not None and v["GM0431"].verhouding > Fraction(6, 5) - Fraction(1, 100)
    assert v["PV27"].gepubliceerd == 16_290
    # the cycle-1 provincial opgaven of DOMAIN.md §8 (press): Zuid-Holland, Noord-Brabant (incl. amv),
    # Gelderland
    assert (v["PV28"].gepubliceerd, v["PV30"].gepubliceerd, v["PV25"].gepubliceerd) == (
        19_776,
        14_689,
        11_704,
    )
    assert len(v) == 21


def test_comparison_with_the_2026_cycle() -> None:
    v = {
        x.code: x for x in vergelijk_gepubliceerd(verdeel(88_000, peildatum=date(2026, 1, 31)).waarde).waarde
    }
    assert (v["GM0484"].gepubliceerd, v["PV28"].gepubliceerd) == (628, 18_175)


# -- verdeelbesluiten, realisation, uitruil ----------------------------------------------------------


def _besluit() -> Verdeelbesluit:
    return Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[
            Toewijzing(gemeentecode="GM0014", plaatsen=969),
            Toewijzing(gemeentecode="GM1966", plaatsen=258),
            Toewijzing(gemeentecode="GM1950", plaatsen=131),
        ],
    )


def test_stand_per_gemeente_and_province() -> None:
    real = [
        Realisatie(gemeentecode="GM0014", peildatum=date(2025, 6, 1), plaatsen=1000),
        Realisatie(gemeentecode="GM0014", peildatum=date(2026, 1, 1), plaatsen=1200),  # after peildatum
        Realisatie(gemeentecode="GM1966", peildatum=date(2025, 3, 1), plaatsen=100),
    ]
    u = stand([_besluit()], real, date(2025, 12, 31))
    g = {x.gemeentecode: x for x in u.waarde.gemeenten}
    assert (g["GM0014"].gerealiseerd, g["GM0014"].overschot, g["GM0014"].tekort) == (1000, 31, 0)
    assert (g["GM1966"].tekort, g["GM1950"].realisatie_bekend) == (158, False)
    p = u.waarde.provincies[0]
    assert (p.opgave, p.gerealiseerd, p.tekort, p.overschot, p.saldo) == (1358, 1100, 158 + 131, 31, -258)
    assert "Westerwolde" in u.uitleg()  # the gemeente without a count is named, not silently 0


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["GM0014", "GM1966", "GM1950"]),
            st.sampled_from(["GM0014", "GM1966", "GM1950"]),
            st.integers(0, 30),
        ),
        max_size=4,  # 4 × 30 < 131, the smallest opgave: every agreement is valid
    )
)
def test_uitruil_keeps_the_provincial_total(ruil: list[tuple[str, str, int]]) -> None:
    agreements = [Uitruil(provinciecode="PV20", van=a, naar=b, plaatsen=n) for a, b, n in ruil]
    s = stand([_besluit()], [], date(2025, 6, 1), uitruil=agreements).waarde
    assert s.provincies[0].opgave == _besluit().totaal
    assert sum(g.opgave for g in s.gemeenten) == _besluit().totaal
    assert all(g.opgave >= 0 for g in s.gemeenten)


def test_uitruil_across_provinces_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="binnen één provincie"):
        stand(
            [_besluit()],
            [],
            date(2025, 6, 1),
            uitruil=[Uitruil(provinciecode="PV20", van="GM0014", naar="GM0363", plaatsen=10)],
        )
    with pytest.raises(InvalidInputError, match="maar 131"):
        stand(
            [_besluit()],
            [],
            date(2025, 6, 1),
            uitruil=[Uitruil(provinciecode="PV20", van="GM1950", naar="GM0014", plaatsen=200)],
        )


def test_gemeente_outside_its_province_is_refused() -> None:
    vb = Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[Toewijzing(gemeentecode="GM0363", plaatsen=1)],
    )
    with pytest.raises(InvalidInputError, match="ligt niet in Groningen"):
        stand([vb], [], date(2025, 1, 1))


def test_load_verdeelbesluiten_and_realisations(tmp_path: Path) -> None:
    p = tmp_path / "vb.csv"
    p.write_text(
        "provinciecode,ramingsjaar,bekendgemaakt,gemeentecode,plaatsen,amv\n"
        "PV20,2024,2024-12-23,GM0014,969,\nPV20,2024,2024-12-23,GM1966,258,22\n"
    )
    (vb,) = lees_verdeelbesluiten(p)
    assert vb.totaal == 1227 and vb.toewijzingen[1].amv == 22
    j = tmp_path / "vb.json"
    j.write_text(to_json([vb], list[Verdeelbesluit]))
    assert lees_verdeelbesluiten(j) == (vb,)
    r = tmp_path / "r.csv"
    r.write_text("gemeentecode,peildatum,plaatsen\nGM0014,2025-06-01,1000\n")
    assert lees_realisaties(r)[0].plaatsen == 1000


def test_bad_verdeelbesluit_rows_are_all_named(tmp_path: Path) -> None:
    p = tmp_path / "vb.csv"
    p.write_text(
        "provinciecode,ramingsjaar,bekendgemaakt,gemeentecode,plaatsen\n"
        "PV20,2024,2024-12-23,GM9999,5\n"
        "PV20,2024,2024-13-01,GM0014,5\n"
        "PV20,2024,2024-12-23,GM0363,5\n"
        "PV20,2024,2024-12-23,GM1966,-3\n"
        "PV20,2024,2024-12-23,GM1966,3\n"
    )
    with pytest.raises(StructureError) as exc:
        lees_verdeelbesluiten(p)
    fouten = " | ".join(exc.value.fouten)
    for fragment in (
        "rij 2: onbekende gemeentecode 'GM9999'",
        "rij 3: bekendgemaakt='2024-13-01'",
        "rij 4: Amsterdam",
        "rij 5: plaatsen='-3'",
        "rij 6: gemeentecode GM1966 stond al in rij 5",
    ):
        assert fragment in fouten


def test_bad_realisation_rows(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text(
        "gemeentecode,peildatum,plaatsen\nGM0014,2025-06-01,1.5\nGM0014,2025-06-01,3\nGM0014,2025-06-01,4\nXX,2025-01-01,1\n"
    )
    with pytest.raises(StructureError) as exc:
        lees_realisaties(p)
    assert len(exc.value.fouten) == 3


# -- durable places (art. 2 lid 3; Besluit art. 3.1) -------------------------------------------------


def _loc(code: str, n: int, van: date, tot: date | None, bijzonder: bool = False) -> DuurzameLocatie:
    return DuurzameLocatie(gemeentecode=code, plaatsen=n, beschikbaar=Periode(van, tot), bijzonder=bijzonder)


def test_durable_places_deducted() -> None:
    locaties = [
        _loc("GM0014", 120, date(2024, 6, 1), date(2030, 1, 1)),  # ≥ 5 years, within 12 months: counts
        _loc("GM1966", 60, date(2023, 1, 1), None),  # spread over two facilities in one gemeente:
        _loc("GM1966", 50, date(2024, 3, 1), None),  # 110 ≥ 100 together: both count
        _loc("GM1950", 90, date(2023, 1, 1), None),  # below 100: does not count
        _loc("GM0037", 16, date(2024, 1, 1), None, bijzonder=True),  # special: minimum 16
        _loc("GM0047", 200, date(2025, 3, 1), None),  # later than 12 months: no
        _loc("GM0047", 300, date(2024, 1, 1), date(2028, 1, 1)),  # four years: no
    ]
    a = aftrek_duurzaam("PV20", 2717, locaties, raming_datum=RAMING_2024).waarde
    assert a.aftrek == 120 + 110 + 16
    assert a.resterend == 2717 - 246
    assert len(a.niet_meegeteld) == 3


def test_durable_location_outside_province_refused() -> None:
    with pytest.raises(InvalidInputError, match="ligt niet in Groningen"):
        aftrek_duurzaam("PV20", 10, [_loc("GM0363", 500, date(2020, 1, 1), None)], raming_datum=RAMING_2024)


# -- uitkeringen (art. 9) -------------------------------------------------------------------------


def test_uitkering_75_example() -> None:
    u = uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=1000,
        geboden={"GM0014": 600, "GM1966": 300, "GM1950": 0},
        voldaan=["GM0014", "GM1966"],
        peildatum=date(2027, 1, 1),
        provincie_aandeel=Fraction(1, 4),
        bedrag_per_plaats=Decimal("1000.00"),
    ).waarde
    assert (u.drempel, u.plaatsen_boven_drempel, u.verschuldigd) == (750, 150, True)
    assert u.totaal == Decimal("150000.00")
    shares = {a.ontvanger: a for a in u.aandelen}
    assert shares["provincie"].bedrag == Decimal("37500.00")
    assert shares["GM0014"].fractie == Fraction(3, 4) * Fraction(2, 3)
    assert sum(a.bedrag or 0 for a in u.aandelen) == u.totaal


def test_uitkering_75_not_before_the_period_ends() -> None:
    u = uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=1000,
        geboden={"GM0014": 900},
        voldaan=["GM0014"],
        peildatum=date(2026, 12, 31),
    )
    assert not u.waarde.verschuldigd and u.waarde.aandelen == ()
    assert "nog niet voorbij" in u.uitleg()


@given(
    opgave=st.integers(0, 20_000),
    geboden=st.lists(st.integers(0, 5_000), min_size=1, max_size=8),
    lid2=st.integers(0, 1_000),
    aandeel=st.fractions(0, 1, max_denominator=100),
    cents=st.integers(0, 10**7),
)
def test_uitkering_75_properties(
    opgave: int, geboden: list[int], lid2: int, aandeel: Fraction, cents: int
) -> None:
    codes = GRONINGEN[
        : len(geboden)
    ]  # gemeenten in the province: art. 9 lid 3 counts places "in de provincie"
    lid2 = min(lid2, sum(geboden))  # the excluded places are among those offered (tests/test_samenhang.py)
    u = uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=opgave,
        geboden=dict(zip(codes, geboden, strict=True)),
        voldaan=codes[::2],
        peildatum=date(2027, 1, 1),
        uitgesloten_lid2=lid2,
        provincie_aandeel=aandeel,
        bedrag_per_plaats=Decimal(cents) / 100,
    ).waarde
    netto = max(0, sum(geboden) - lid2)
    if netto * 4 <= 3 * opgave:  # at or below 75 %: nothing
        assert u.plaatsen_boven_drempel == 0 and not u.verschuldigd
    if u.verschuldigd and len(u.aandelen) > 1:
        assert sum(a.fractie for a in u.aandelen) == 1
        assert u.totaal is not None and sum(a.bedrag or 0 for a in u.aandelen) == u.totaal


def test_uitkering_duurzaam_counts_durable_places_only() -> None:
    u = uitkering_duurzaam(
        [
            AangebodenPlaatsen(plaatsen=150, duurzaam=True, fase=Fase.LANDELIJK),
            AangebodenPlaatsen(plaatsen=30, duurzaam=True, fase=Fase.PROVINCIAAL),
            AangebodenPlaatsen(plaatsen=500, duurzaam=False, fase=Fase.LANDELIJK),  # does not count
            AangebodenPlaatsen(plaatsen=10, duurzaam=True, fase=Fase.DWANG),  # no press amount
        ],
        drempel=100,
        peildatum=date(2025, 1, 1),
    )
    # the first 100 durable places earn nothing; 50 × € 5,000 (national phase) + 30 × € 4,000 (provincial)
    assert u.waarde.plaatsen_boven_drempel == 80
    assert u.waarde.totaal == Decimal("370000")
    assert u.onzeker  # press amounts and an assumed threshold
    text = u.uitleg()
    assert "500 niet-duurzame plaatsen tellen voor deze uitkering niet mee" in text
    assert "onder dwang" in text
    eigen = uitkering_duurzaam(
        [AangebodenPlaatsen(plaatsen=10, duurzaam=True, fase=Fase.DWANG)],
        drempel=0,
        peildatum=date(2025, 1, 1),
        bedragen={Fase.DWANG: Decimal("1000")},
    )
    assert eigen.waarde.totaal == Decimal("10000")
    assert "aanname.gebruiker.bedrag" in {b.id for b in eigen.bronnen}


def test_uitkering_75_without_province_share_gives_no_money() -> None:
    u = uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=1000,
        geboden={"GM0014": 500, "GM1966": 400},
        voldaan=["GM0014"],
        peildatum=date(2027, 1, 1),
        bedrag_per_plaats=Decimal("1000"),
    ).waarde
    assert u.totaal is None and not u.provincie_aandeel_bekend
    assert [(a.ontvanger, a.fractie, a.bedrag) for a in u.aandelen] == [("GM0014", Fraction(1), None)]


def test_uitkering_75_unassigned_part_is_not_rescaled() -> None:
    u = uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=1000,
        geboden={"GM0014": 900},
        voldaan=[],
        peildatum=date(2027, 1, 1),
        provincie_aandeel=Fraction(1, 2),
        bedrag_per_plaats=Decimal("1000"),
    ).waarde
    assert u.totaal == Decimal("150000")
    assert [(a.ontvanger, a.bedrag) for a in u.aandelen] == [("provincie", Decimal("75000.00"))]
    assert (u.niet_toegewezen, u.niet_toegewezen_bedrag) == (Fraction(1, 2), Decimal("75000.00"))


def test_scenario_need_is_labelled_as_an_assumption() -> None:
    assert not raming(Cyclus(2024)).onzeker
    assert raming(Cyclus(2026), behoefte=50_000).onzeker
    assert raming(Cyclus(2024), amv=5_000).waarde.scenario  # a user amv alone is a scenario too


def test_cycle_at_a_date_is_the_running_verdeelbesluit() -> None:
    from asielketen.spreidingswet import cyclus_op

    assert cyclus_op(date(2024, 1, 30)) is None
    assert cyclus_op(date(2024, 6, 1)) == Cyclus(2024)
    assert cyclus_op(date(2026, 3, 1)) == Cyclus(2024)  # 2025–2026 still runs
    assert cyclus_op(date(2027, 1, 1)) == Cyclus(2026)


# -- escalation ----------------------------------------------------------------------------------------


def test_escalation_ladder() -> None:
    f = Escalatiefeiten(
        locatie_uiterlijk=date(2025, 7, 1),
        vertraging_gemeld=date(2025, 5, 1),
        uitleg_gevraagd=date(2026, 4, 15),
        indeplaatsstelling=date(2026, 9, 1),
        indeplaatsstelling_termijn=date(2026, 12, 1),
    )
    trede = {
        d: escalatie(f, d).waarde.trede
        for d in (date(2025, 4, 1), date(2025, 6, 1), date(2025, 8, 1), date(2026, 5, 1), date(2026, 10, 1))
    }
    assert list(trede.values()) == [
        Trede.OP_SCHEMA,
        Trede.VERTRAGING_GEMELD,
        Trede.TERMIJN_VERSTREKEN,
        Trede.UITLEG_GEVRAAGD,
        Trede.INDEPLAATSSTELLING,
    ]
    u = escalatie(f, date(2026, 12, 2))
    assert "GS voorzien zelf" in u.waarde.volgende.nl
    assert "GS provide the locatie themselves" in u.waarde.volgende.tekst("en")
    assert "geen eigen handhavingsartikel" in u.uitleg()
    ids = {b.id for b in escalatie(f, date(2026, 5, 1)).bronnen}
    assert {"gemeentewet.art124", "AenM-2026-03-26", "spreidingswet.art7.lid1"} <= ids


def test_minister_takes_over_after_its_term() -> None:
    """Gemeentewet art. 124a lid 1: "Indien gedeputeerde staten [...] niet binnen een door Onze
    Minister wie het aangaat gestelde termijn toepassing hebben gegeven aan artikel 124, eerste lid,
    gaat de bevoegdheid van artikel 124, eerste lid, over op Onze Minister wie het aangaat." """
    f = Escalatiefeiten(
        locatie_uiterlijk=date(2025, 7, 1),
        verzoek_minister=date(2026, 1, 1),
        verzoek_termijn=date(2026, 3, 1),
    )
    lopend = escalatie(f, date(2026, 2, 1)).waarde  # the request is pending: GS still have the power
    assert (lopend.trede, lopend.termijn) == (Trede.VERZOEK_MINISTER, date(2026, 3, 1))
    assert escalatie(f, date(2026, 3, 1)).waarde.trede is Trede.VERZOEK_MINISTER  # the last day of the term
    over = escalatie(f, date(2026, 3, 2))
    assert over.waarde.trede is Trede.MINISTER and over.waarde.termijn is None
    assert "overgegaan op de minister" in str(over.waarde.volgende)
    assert "niet tot indeplaatsstelling besloten" in over.uitleg()


def test_locatie_available_is_voldaan() -> None:
    f = Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1), locatie_beschikbaar=date(2025, 8, 1))
    assert escalatie(f, date(2025, 7, 15)).waarde.trede is Trede.TERMIJN_VERSTREKEN
    assert escalatie(f, date(2025, 8, 1)).waarde.trede is Trede.VOLDAAN


@given(st.lists(st.integers(0, 900), min_size=5, max_size=5), st.integers(0, 1000), st.integers(1, 400))
def test_escalation_never_goes_down_over_time(offsets: list[int], t: int, dt: int) -> None:
    base = date(2025, 1, 1)
    a, b, c, d, e = sorted(offsets)
    f = Escalatiefeiten(
        locatie_uiterlijk=base + timedelta(days=a),
        uitleg_gevraagd=base + timedelta(days=b),
        indeplaatsstelling=base + timedelta(days=c),
        verzoek_minister=base + timedelta(days=d),
        verzoek_termijn=base + timedelta(days=e),
    )
    eerder = escalatie(f, base + timedelta(days=t)).waarde.trede
    later = escalatie(f, base + timedelta(days=t + dt)).waarde.trede
    assert later.niveau >= eerder.niveau


def test_every_result_round_trips_through_json() -> None:
    from asielketen.spreidingswet import (
        Aftrek,
        Escalatiestand,
        Raming,
        Stand,
        Termijnen,
        Uitkering75,
        UitkeringDuurzaam,
    )

    results: list[tuple[object, object]] = [
        (raming(Cyclus(2024)), Uitkomst[Raming]),
        (termijnen(Cyclus(2026), verdeelbesluit_bekendgemaakt=date(2026, 12, 20)), Uitkomst[Termijnen]),
        (
            stand(
                [_besluit()],
                [Realisatie(gemeentecode="GM0014", peildatum=date(2025, 1, 1), plaatsen=5)],
                date(2025, 6, 1),
            ),
            Uitkomst[Stand],
        ),
        (
            aftrek_duurzaam(
                "PV20", 100, [_loc("GM0014", 120, date(2024, 6, 1), None)], raming_datum=RAMING_2024
            ),
            Uitkomst[Aftrek],
        ),
        (
            uitkering_75(
                "PV20",
                cyclus=Cyclus(2024),
                opgave=10,
                geboden={"GM0014": 10},
                voldaan=["GM0014"],
                peildatum=date(2027, 1, 1),
                provincie_aandeel=Fraction(1, 3),
                bedrag_per_plaats=Decimal("10"),
            ),
            Uitkomst[Uitkering75],
        ),
        (
            uitkering_duurzaam(
                [AangebodenPlaatsen(plaatsen=5, duurzaam=True, fase=Fase.DWANG)],
                drempel=1,
                peildatum=date(2025, 1, 1),
            ),
            Uitkomst[UitkeringDuurzaam],
        ),
        (
            escalatie(Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1)), date(2025, 8, 1)),
            Uitkomst[Escalatiestand],
        ),
    ]
    for result, kind in results:
        assert from_json(to_json(result), kind) == result  # type: ignore[arg-type]


# -- languages (issue 9 item 7): every sentence from the catalogue, Dutch and English ----------------


def _alle_stappen_uit_catalogus(u: Uitkomst[Any]) -> None:
    for stap in u.stappen:
        assert stap.bericht.sleutel.startswith("spreidingswet."), stap.bericht
        assert stap.bericht.tekst("en") and stap.bericht.tekst("nl")


def test_explanations_render_in_english() -> None:
    u = verdeel(raming(Cyclus(2024)), peildatum=RAMING_2024)
    nl, en = u.uitleg(), u.uitleg(taal="en")
    assert nl != en
    assert "NIET de wettelijke sleutel" in nl and "This is NOT the legal key" in en
    assert "The national total is 96001: 1 more than BO (96000)" in en
    assert "cyclus 2024 (allocation for 2025–2026)" in en  # Cyclus.omschrijving, not its Dutch str()
    with in_taal("en"):
        assert u.uitleg() == en
        assert str(u.waarde) == (
            "distribution of 96000 places (methode wet, sleutel inwoners): "
            "national total 96001, difference +1"
        )
        assert str(raming(Cyclus(2026)).waarde) == (
            "raming cyclus 2026 (allocation for 2027–2028): 88000 places (amv unknown)"
        )
        assert str(u.waarde.gemeente("Het Hogeland")) == "Het Hogeland (GM1966): 258 places, of which 22 amv"
    assert str(u.waarde.gemeente("Het Hogeland")) == "Het Hogeland (GM1966): 258 plaatsen, waarvan 22 amv"
    e = uitleg_gemeente(u, "Het Hogeland").uitleg(taal="en")
    assert "Weighting factor of Het Hogeland" in e and "Het Hogeland gets 258 places." in e


def test_every_step_comes_from_the_catalogue() -> None:
    reg = _mini_register({"GM0001": 10, "GM0002": 10})
    ses = SesWoa(scores=[SesScore("GM0001", Decimal("0.1")), SesScore("GM0002", Decimal("0"))], bron="t")
    basis = verdeel(96_000, peildatum=RAMING_2024, amv=10)
    results: list[Uitkomst[Any]] = [
        raming(Cyclus(2024)),
        raming(Cyclus(2026)),
        raming(Cyclus(2028), behoefte=1, amv=1),
        termijnen(Cyclus(2024)),
        termijnen(Cyclus(2026)),
        termijnen(Cyclus(2026), verdeelbesluit_bekendgemaakt=date(2026, 12, 20)),
        termijnen(Cyclus(2026), langere_termijn=date(2027, 12, 1)),
        basis,
        verdeel(3, peildatum=RAMING_2024, reg=reg, ses=ses, methode=Methode.HAMILTON),
        verdeel(1, peildatum=RAMING_2024, reg=reg, methode=Methode.SAINTE_LAGUE),
        verdeel(1, peildatum=RAMING_2024, reg=_mini_register({"GM0001": 10, "GM0002": 30, "GM0003": 30})),
        uitleg_gemeente(basis, "Amsterdam"),
        vergelijk_gepubliceerd(basis.waarde),
        stand(
            [_besluit()],
            [],
            date(2025, 6, 1),
            uitruil=[Uitruil(provinciecode="PV20", van="GM0014", naar="GM1966", plaatsen=1)],
        ),
        aftrek_duurzaam("PV20", 10, [_loc("GM0014", 120, date(2024, 6, 1), None)], raming_datum=RAMING_2024),
        uitkering_75(
            "PV20",
            cyclus=Cyclus(2024),
            opgave=1000,
            geboden={"GM0014": 900},
            voldaan=[],
            peildatum=date(2027, 1, 1),
            provincie_aandeel=Fraction(1, 2),
            bedrag_per_plaats=Decimal("1000"),
        ),
        uitkering_75(
            "PV20",
            cyclus=Cyclus(2024),
            opgave=10,
            geboden={"GM0014": 9},
            voldaan=[],
            peildatum=date(2027, 1, 1),
        ),
        uitkering_75(
            "PV20",
            cyclus=Cyclus(2024),
            opgave=10,
            geboden={"GM0014": 9},
            voldaan=[],
            peildatum=date(2026, 1, 1),
        ),
        uitkering_duurzaam(
            [
                AangebodenPlaatsen(plaatsen=5, duurzaam=True, fase=Fase.LANDELIJK),
                AangebodenPlaatsen(plaatsen=5, duurzaam=True, fase=Fase.PROVINCIAAL),
                AangebodenPlaatsen(plaatsen=5, duurzaam=True, fase=Fase.DWANG),
                AangebodenPlaatsen(plaatsen=5, duurzaam=False, fase=Fase.DWANG),
            ],
            drempel=1,
            peildatum=date(2025, 1, 1),
            bedragen={Fase.PROVINCIAAL: Decimal("1")},
        ),
    ]
    for u in results:
        _alle_stappen_uit_catalogus(u)


@settings(max_examples=100)  # each example also round-trips through JSON
@given(
    offsets=st.lists(st.integers(0, 900), min_size=7, max_size=7),
    aanwezig=st.lists(st.booleans(), min_size=7, max_size=7),
    t=st.integers(0, 1200),
)
def test_escalation_texts_come_from_the_catalogue(offsets: list[int], aanwezig: list[bool], t: int) -> None:
    base = date(2025, 1, 1)
    namen = [
        "locatie_beschikbaar",
        "vertraging_gemeld",
        "uitleg_gevraagd",
        "indeplaatsstelling",
        "indeplaatsstelling_termijn",
        "verzoek_minister",
        "verzoek_termijn",
    ]
    feiten = {n: base + timedelta(days=d) for n, d, a in zip(namen, offsets, aanwezig, strict=True) if a}
    for besluit, termijn in (
        ("indeplaatsstelling", "indeplaatsstelling_termijn"),
        ("verzoek_minister", "verzoek_termijn"),
    ):
        if besluit not in feiten:  # no term without the decision that sets it
            feiten.pop(termijn, None)
        elif termijn in feiten:  # and it does not end before that decision
            feiten[termijn] = max(feiten[termijn], feiten[besluit])
    u = escalatie(
        Escalatiefeiten(locatie_uiterlijk=base + timedelta(days=300), **feiten), base + timedelta(days=t)
    )
    _alle_stappen_uit_catalogus(u)
    v = u.waarde.volgende
    assert v.sleutel.startswith("spreidingswet.escalatie.volgende_") and v.nl != v.en
    assert str(u.waarde).startswith(f"{u.waarde.trede.value} op ")
    with in_taal("en"):
        assert str(u.waarde) == f"{u.waarde.trede.value} on {u.waarde.peildatum.isoformat()}: {v.en}"
    assert from_json(to_json(u.waarde), Escalatiestand) == u.waarde


def test_errors_render_in_english(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError) as info:
        stand(
            [_besluit()],
            [],
            date(2025, 6, 1),
            uitruil=[Uitruil(provinciecode="PV20", van="GM0014", naar="GM0363", plaatsen=10)],
        )
    err = info.value
    assert err.tekst("nl").endswith("uitruil kan alleen binnen één provincie")
    assert err.tekst("en").endswith("uitruil is only possible within one provincie")
    with in_taal("en"):
        assert str(err) == err.tekst("en")
    p = tmp_path / "vb.csv"
    p.write_text(
        "provinciecode,ramingsjaar,bekendgemaakt,gemeentecode,plaatsen\nPV20,2024,2024-13-01,GM9999,x\n"
    )
    with pytest.raises(StructureError) as fout:
        lees_verdeelbesluiten(p)
    assert "rij 2: onbekende gemeentecode 'GM9999'" in fout.value.tekst("nl")
    assert "row 2: unknown gemeentecode 'GM9999'" in fout.value.tekst("en")
    assert "row 2: bekendgemaakt='2024-13-01' is not a date (YYYY-MM-DD)" in fout.value.tekst("en")
    with in_taal("en"):
        assert "row 2: plaatsen='x' is not a whole number ≥ 0" in fout.value.fouten
    with pytest.raises(InvalidInputError) as amv:
        raming(Cyclus(2028), behoefte=10, amv=11)
    assert amv.value.tekst("en") == "amv=11: more than the total need 10"


def test_cli_prints_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    from asielketen.cli import main

    # the newest shipped inhabitants (CBS, 1 January 2025) for a need of the user's own
    assert main(["--taal", "en", "spreiding", "--behoefte", "88000", "--amv", "100"]) == 0
    out = capsys.readouterr().out
    assert "sum of gemeenten     88003 (difference +3)" in out
    assert (
        "national need        88000 (user scenario, not the minister's raming)" in out and "sources:" in out
    )
    assert main(["spreiding", "--behoefte", "88000"]) == 0
    assert "som van gemeenten    88003 (verschil +3)" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        main(["--taal", "en", "spreiding", "--behoefte", "-1"])
    assert exit_.value.code == 2 and "argument --behoefte: -1 is negative" in capsys.readouterr().err


# -- the former public modules (deprecated, ADR 0007) -----------------------------------------------


_OUDE_MODULES = ("escalatie", "raming", "realisatie", "uitkering", "verdeling", "vergelijking")


def test_the_former_module_paths_still_work_with_a_deprecation_warning() -> None:
    import importlib

    from asielketen import spreidingswet

    for naam in _OUDE_MODULES:
        module = importlib.import_module(f"asielketen.spreidingswet.{naam}")  # no file: still found
        assert module.__all__ and set(module.__all__) <= set(spreidingswet.__all__)
        for publiek in module.__all__:
            with pytest.warns(DeprecationWarning, match=f"import {publiek} from asielketen.spreidingswet"):
                assert getattr(module, publiek) is getattr(spreidingswet, publiek)
        assert set(module.__all__) <= set(dir(module))
        with pytest.raises(AttributeError):
            module.bestaat_niet  # noqa: B018
    with pytest.warns(DeprecationWarning, match="asielketen.spreidingswet.verdeling is deprecated"):
        from asielketen.spreidingswet.verdeling import verdeel as oud  # type: ignore[import-not-found]
    assert oud is verdeel
    with pytest.warns(DeprecationWarning, match="spreidingswet.verdeling is deprecated"):
        assert spreidingswet.verdeling.Spreiding is Spreiding
    with pytest.warns(DeprecationWarning, match="spreidingswet.verdeling is deprecated"):
        verdeling = spreidingswet.verdeling
    with pytest.warns(DeprecationWarning, match="private from now on"):
        assert verdeling.GROOTSTE_GEWICHT == 10**39
    with pytest.raises(AttributeError):
        spreidingswet.bestaat_niet  # noqa: B018


def test_raming_and_escalatie_stay_the_functions_after_importing_the_old_paths() -> None:
    # a fresh interpreter: the package is imported by the import of its former submodule
    code = (
        "import warnings; warnings.simplefilter('error')\n"
        "import asielketen.spreidingswet.raming, asielketen.spreidingswet.escalatie\n"
        "with warnings.catch_warnings(record=True) as gezien:\n"
        "    warnings.simplefilter('always')\n"
        "    import asielketen.spreidingswet.verdeling as v  # the package's attribute: deprecated\n"
        "assert [str(w.message).split(':')[0] for w in gezien] == [\n"
        "    'asielketen.spreidingswet.verdeling is deprecated'\n"
        "]\n"
        "from asielketen import spreidingswet as s\n"
        "import inspect, types\n"
        "assert inspect.isfunction(s.raming) and inspect.isfunction(s.escalatie), (s.raming, s.escalatie)\n"
        "assert isinstance(v, types.ModuleType) and v.__name__ == 'asielketen.spreidingswet.verdeling'\n"
        "import asielketen\n"
        "assert asielketen.raming is s.raming and asielketen.escalatie is s.escalatie\n"
        "try:\n"
        "    from asielketen.spreidingswet.raming import Raming\n"
        "except DeprecationWarning as w:\n"
        "    assert 'import Raming from asielketen.spreidingswet' in str(w)\n"
        "else:\n"
        "    raise AssertionError('no warning')\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_the_former_modules_are_no_files_and_the_public_classes_name_the_package() -> None:
    import pickle
    import pkgutil

    from asielketen import spreidingswet

    gevonden = {m.name for m in pkgutil.iter_modules(spreidingswet.__path__)}
    assert gevonden and all(naam.startswith("_") for naam in gevonden), gevonden
    for naam in spreidingswet.__all__:
        obj = getattr(spreidingswet, naam)
        if isinstance(obj, type):
            assert obj.__module__ == "asielketen.spreidingswet", naam
    s = verdeel(1_000, peildatum=RAMING_2024, amv=100).waarde
    tekst = pickle.dumps(s)
    assert pickle.loads(tekst) == s and b"asielketen.spreidingswet._" not in tekst


# -- legal fidelity, second pass (issue 16 §3) --------------------------------------------------------


def test_a_cycles_number_does_not_change_with_the_date_asked(tmp_path: Path) -> None:
    """Besluit art. 2.1 lid 3 onder c: iG is "het aantal inwoners van de gemeente volgens de meest
    recente door het Centraal Bureau voor de Statistiek vastgestelde bevolkingscijfers" — at the
    cycle's raming (31 January 2024 for cycle 2024), whatever date the distribution is asked on."""
    from asielketen.profiel import gemeenteprofiel

    r = raming(Cyclus(2024))
    assert r.waarde.datum == date(2024, 1, 31)  # Stcrt. 2024, 3320
    for peil in (None, RAMING_2024, date(2025, 6, 1), date(2026, 12, 31)):
        s = verdeel(r, peildatum=peil).waarde
        assert (s.inwoners_peildatum, s.gemeente("Amsterdam").plaatsen) == (J2024, 4983)
        assert not s.scenario
    # newer inhabitants supplied (a user's file on 1 January 2025): the cycle's number stays
    nieuw = tmp_path / "inwoners.csv"
    nieuw.write_text(
        "gemeentecode,inwoners\n"
        + "".join(f"{g.code},{g.inwoners[0].aantal // 2}\n" for g in register().gemeenten)
    )
    reg = register().met_inwoners_csv(nieuw, date(2025, 1, 1))
    for peil in (date(2025, 6, 1), date(2025, 10, 6)):
        p = gemeenteprofiel("Amsterdam", peildatum=peil, reg=reg)
        assert p.waarde.spreiding is not None and p.waarde.spreiding.plaatsen == 4983
        assert "de meest recente op de datum van de raming (2024-01-31)" in p.uitleg()
    u = verdeel(r, peildatum=date(2025, 10, 6), reg=reg)
    assert "niet die op de gevraagde peildatum 2025-10-06" in u.uitleg()
    assert "aanname.spreidingswet.inwoners-peildatum" in {b.id for b in u.bronnen}
    # a number of the user's own keeps its own date: the newest figures on or before it
    assert verdeel(96_000, peildatum=date(2025, 10, 6), reg=reg).waarde.inwoners_peildatum == date(2025, 1, 1)
    with pytest.raises(InvalidInputError, match="peildatum"):
        verdeel(96_000)


@pytest.mark.parametrize("jaar", [2022, 2023, 2025, 2027, 2029])
def test_only_the_laws_cycles_exist(jaar: int) -> None:
    """Spreidingswet art. 2 lid 1: "Onze Minister maakt eens in de twee jaren voor 1 februari van het
    kalenderjaar bekend …"; art. 5 lid 1: "eens in de twee jaren … een verdeelbesluit … voor de duur van
    twee daarop volgende kalenderjaren"; the first raming at the entry into force (art. 13 lid 1)."""
    from asielketen.errors import InvalidPeriodError

    for call in (
        lambda: raming(Cyclus(jaar)),
        lambda: raming(Cyclus(jaar), behoefte=1000),
        lambda: termijnen(Cyclus(jaar)),
        lambda: uitkering_75(
            "PV20", cyclus=Cyclus(jaar), opgave=1, geboden={}, voldaan=[], peildatum=date(2030, 1, 1)
        ),
        lambda: Verdeelbesluit(
            provinciecode="PV20", cyclus=Cyclus(jaar), bekendgemaakt=date(jaar, 12, 20), toewijzingen=[]
        ),
    ):
        with pytest.raises(InvalidPeriodError) as fout:
            call()
        tekst = fout.value.tekst("nl")
        assert f"cyclus={jaar}: geen cyclus van de Spreidingswet" in tekst
        assert "cyclus 2024 (verdeling 2025–2026)" in tekst or f"cyclus {jaar - 1}" in tekst


def test_the_invented_cycles_of_the_review_are_refused() -> None:
    from asielketen.errors import InvalidPeriodError

    with pytest.raises(InvalidPeriodError) as c2025:
        raming(Cyclus(2025))
    assert c2025.value.tekst("nl").endswith(
        "bedoeld is cyclus 2024 (verdeling 2025–2026) of cyclus 2026 (verdeling 2027–2028)"
    )
    assert "meant is cyclus 2024 (allocation for 2025–2026) or cyclus 2026" in c2025.value.tekst("en")
    with pytest.raises(InvalidPeriodError, match=r"cyclus 2026 .* of cyclus 2028"):
        raming(Cyclus(2027))  # no longer 88,000
    assert raming(Cyclus(2026)).waarde.behoefte == 88_000


@given(st.integers(1, 9996))
def test_a_year_is_a_cycle_exactly_when_the_law_raams_in_it(jaar: int) -> None:
    from asielketen.errors import InvalidPeriodError

    try:
        raming(Cyclus(jaar), behoefte=1)
    except InvalidPeriodError:
        assert jaar < 2024 or jaar % 2 == 1
    else:
        assert jaar >= 2024 and jaar % 2 == 0


def test_a_verdeelbesluit_file_with_an_invented_cycle_names_the_row(tmp_path: Path) -> None:
    p = tmp_path / "vb.csv"
    p.write_text(
        "provinciecode,ramingsjaar,bekendgemaakt,gemeentecode,plaatsen\n"
        "PV20,2025,2025-12-20,GM0014,5\nPV20,2024,2024-12-23,GM1966,3\n"
    )
    with pytest.raises(StructureError) as fout:
        lees_verdeelbesluiten(p)
    assert "rij 2: ramingsjaar=2025: geen cyclus van de Spreidingswet" in fout.value.tekst("nl")


def test_a_need_typed_by_the_user_is_a_scenario_not_the_law(capsys: pytest.CaptureFixture[str]) -> None:
    from .conftest import run_cli

    u = verdeel(123_457, peildatum=RAMING_2024)
    assert u.waarde.scenario and u.onzeker
    assert u.stappen[0].bericht.sleutel == "spreidingswet.verdeling.scenario_behoefte"
    assert "aanname.spreidingswet.scenario" in {b.id for b in u.stappen[0].bronnen}
    assert "Gebruikersscenario: de gebruiker zet de landelijke behoefte (BO) op 123457" in u.uitleg()
    assert "spreidingswet.behoefte" not in {s.bericht.sleutel for s in u.stappen}  # not "the" need
    assert not verdeel(raming(Cyclus(2024))).waarde.scenario
    eigen_amv = verdeel(raming(Cyclus(2024)), amv=100)
    assert eigen_amv.waarde.scenario and "spreidingswet.raming.scenario_amv" in {
        s.bericht.sleutel for s in eigen_amv.stappen
    }
    code, out, _ = run_cli(capsys, "spreiding", "--behoefte", "123457")
    assert code == 0
    assert "landelijke behoefte  123457 (gebruikersscenario, niet de raming van de minister)" in out


def test_a_users_inhabitants_file_is_not_called_cbs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from .conftest import run_cli

    p = tmp_path / "eigen.csv"
    p.write_text("gemeentecode,inwoners\n" + "".join(f"{g.code},1000\n" for g in register().gemeenten))
    code, out, _ = run_cli(
        capsys, "spreiding", "--behoefte", "999", "--inwoners", str(p), "--inwoners-peildatum", "2025-01-01"
    )
    assert code == 0
    assert "inwoners             eigen bestand eigen.csv op 2025-01-01 (In = 342000)" in out
    assert "CBS op" not in out
    code, out, _ = run_cli(
        capsys,
        "spreiding",
        "--behoefte",
        "999",
        "--inwoners",
        str(p),
        "--inwoners-peildatum",
        "2025-01-01",
        "--format",
        "json",
    )
    d = json.loads(out)
    assert d["waarde"]["inwoners_bron"] == "gebruiker:eigen.csv" and d["waarde"]["scenario"] is True
    zinnen = " ".join(s["bericht"]["nl"] for s in d["stappen"])
    assert "uit het eigen bestand van de gebruiker (eigen.csv)" in zinnen and "volgens het CBS" not in zinnen


def test_indeplaatsstelling_after_the_ministers_request() -> None:
    """Gemeentewet art. 124 lid 3: "Indien de raad, het college onderscheidenlijk de burgemeester niet
    binnen die termijn heeft voorzien in hetgeen het besluit van hem vordert, voorzien gedeputeerde
    staten of de commissaris van de Koning verder in het tot stand brengen van het gevorderde
    resultaat." GS who decide at the minister's request (art. 124a lid 1) keep the power."""
    f = Escalatiefeiten(
        locatie_uiterlijk=date(2025, 7, 1),
        verzoek_minister=date(2026, 1, 1),
        verzoek_termijn=date(2026, 3, 1),
        indeplaatsstelling=date(2026, 2, 15),
        indeplaatsstelling_termijn=date(2026, 5, 1),
    )
    verzocht = escalatie(f, date(2026, 1, 20)).waarde
    assert (verzocht.trede, verzocht.termijn) == (Trede.VERZOEK_MINISTER, date(2026, 3, 1))
    besloten = escalatie(f, date(2026, 4, 1)).waarde  # the minister's term has passed; GS decided in it
    assert (besloten.trede, besloten.termijn) == (Trede.INDEPLAATSSTELLING, date(2026, 5, 1))
    assert "alsnog voorzien" in besloten.volgende.nl
    na = escalatie(f, date(2026, 5, 2))
    assert (na.waarde.trede, na.waarde.termijn) == (Trede.INDEPLAATSSTELLING, date(2026, 5, 1))
    assert "GS voorzien zelf in de locatie" in na.waarde.volgende.nl
    assert "gemeentewet.art124.lid3" in {b.id for b in na.bronnen}
    # GS who decide only after the minister's term: the power had already passed (art. 124a lid 1)
    laat = Escalatiefeiten(
        locatie_uiterlijk=date(2025, 7, 1),
        verzoek_minister=date(2026, 1, 1),
        verzoek_termijn=date(2026, 3, 1),
        indeplaatsstelling=date(2026, 3, 10),
    )
    assert escalatie(laat, date(2026, 4, 1)).waarde.trede is Trede.MINISTER


@given(
    st.lists(st.integers(0, 900), min_size=5, max_size=5),
    st.lists(st.integers(0, 200), min_size=2, max_size=2),
    st.lists(st.booleans(), min_size=4, max_size=4),
    st.integers(0, 1300),
    st.integers(1, 400),
)
def test_escalation_never_goes_down_whatever_the_order_of_the_facts(
    data: list[int], termijnen_: list[int], aanwezig: list[bool], t: int, dt: int
) -> None:
    base = date(2025, 1, 1)
    a, b, c, d, e = data  # in any order: GS may decide before or after the minister's request

    def dag(n: int) -> date:
        return base + timedelta(days=n)

    f = Escalatiefeiten(
        locatie_uiterlijk=dag(a),
        vertraging_gemeld=dag(b) if aanwezig[0] else None,
        uitleg_gevraagd=dag(c) if aanwezig[1] else None,
        indeplaatsstelling=dag(d) if aanwezig[2] else None,
        indeplaatsstelling_termijn=dag(d + termijnen_[0]) if aanwezig[2] else None,
        verzoek_minister=dag(e) if aanwezig[3] else None,
        verzoek_termijn=dag(e + termijnen_[1]) if aanwezig[3] else None,
    )
    eerder = escalatie(f, dag(t)).waarde.trede
    later = escalatie(f, dag(t + dt)).waarde.trede
    assert later.niveau >= eerder.niveau


ZIN_IN_STAND = (
    "Totdat er voldoende evenwichtig over het land verdeelde opvang is, blijft de Spreidingswet in stand"
)
"""AenM-2026-03-26 (the minister to all gemeenten), literally."""
ZIN_HANDHAVING = (
    "Het kabinet heeft nogmaals bevestigd dat de Spreidingswet geldende wetgeving is en uitgevoerd moet "
    "worden door alle gemeenten. Daarbij is aangegeven dat hierop actief gehandhaafd zal worden en dat van "
    "iedere gemeente een bijdrage wordt verwacht."
)
"""VNG-2026-05-28 (ledenbrief), literally."""


def test_the_enforcement_cites_the_letters_from_their_dates() -> None:
    f = Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1))
    na = escalatie(f, date(2026, 6, 1))
    tekst = " ".join(na.uitleg().split())
    assert ZIN_IN_STAND in tekst and ZIN_HANDHAVING in tekst
    assert {"AenM-2026-03-26", "VNG-2026-05-28"} <= {b.id for b in na.bronnen}
    with in_taal("en"):
        assert "a contribution is expected of every gemeente" in na.uitleg()
    tussen = escalatie(f, date(2026, 4, 1)).uitleg()  # the VNG letter did not exist yet
    assert ZIN_IN_STAND in " ".join(tussen.split()) and "actief gehandhaafd" not in tussen
    voor = escalatie(f, date(2025, 8, 1)).uitleg()
    assert "in stand" not in voor and "actief gehandhaafd" not in voor
    assert normaliseer(ZIN_IN_STAND) in brief("004")
    assert normaliseer(ZIN_HANDHAVING) in brief("002")


def test_withdrawal_exists_only_as_the_users_scenario() -> None:
    import inspect

    assert inspect.signature(escalatie).parameters["intrekking"].default is None
    f = Escalatiefeiten(
        locatie_uiterlijk=date(2025, 7, 1),
        indeplaatsstelling=date(2026, 9, 1),
        indeplaatsstelling_termijn=date(2026, 12, 1),
    )
    gewoon = escalatie(f, date(2027, 1, 1))
    assert gewoon.waarde.trede is Trede.INDEPLAATSSTELLING
    assert "aanname.spreidingswet.intrekking-scenario" not in {b.id for b in gewoon.bronnen}
    u = escalatie(f, date(2027, 1, 1), intrekking=date(2026, 8, 1))
    assert u.waarde.trede is Trede.UITLEG_GEVRAAGD or u.waarde.trede is Trede.TERMIJN_VERSTREKEN
    assert u.waarde.peildatum == date(2027, 1, 1) and u.waarde.termijn is None
    assert "in het scenario van de gebruiker is zij per 2026-08-01 ingetrokken" in u.waarde.volgende.nl
    assert u.onzeker and "aanname.spreidingswet.intrekking-scenario" in {b.id for b in u.bronnen}
    later = escalatie(f, date(2026, 7, 1), intrekking=date(2026, 8, 1))
    assert "geldt de wet ook in dat scenario nog" in later.uitleg()


def test_uitkering_75_counts_only_places_in_the_province() -> None:
    """Art. 9 lid 3: "iedere opvangplaats waarmee 75% van het in artikel 3, eerste lid, bedoelde aantal
    opvangplaatsen in de provincie is overschreden"."""
    kwargs: dict[str, Any] = {"cyclus": Cyclus(2024), "opgave": 100, "peildatum": date(2027, 1, 1)}
    with pytest.raises(InvalidInputError) as buiten:
        uitkering_75("PV21", geboden={"GM0363": 50, "GM0080": 100}, voldaan=["GM0363", "GM0080"], **kwargs)
    assert buiten.value.veld == "geboden[GM0363]"
    assert "Amsterdam ligt niet in Fryslân" in buiten.value.tekst("nl")
    with pytest.raises(InvalidInputError, match="PV99"):
        uitkering_75("PV99", geboden={"GM0014": 100}, voldaan=["GM0014"], **kwargs)
    with pytest.raises(InvalidInputError, match="GM9999"):
        uitkering_75("PV20", geboden={"GM9999": 100}, voldaan=[], **kwargs)
    assert (
        uitkering_75("Fryslân", geboden={"GM0080": 100}, voldaan=[], **kwargs).waarde.provinciecode == "PV21"
    )


def test_uitruil_with_an_undesignated_gemeente_is_a_clear_error() -> None:
    for van, naar, n in (("GM1969", "GM0014", 0), ("GM0014", "GM1969", 5), ("GM1969", "GM0014", 5)):
        with pytest.raises(InvalidInputError) as fout:
            stand(
                [_besluit()],
                [],
                date(2025, 6, 1),
                uitruil=[Uitruil(provinciecode="PV20", van=van, naar=naar, plaatsen=n)],
            )
        assert fout.value.veld in ("uitruil.van", "uitruil.naar") and fout.value.waarde == "GM1969"
        assert "Westerkwartier is in geen verdeelbesluit aangewezen" in fout.value.tekst("nl")


def test_a_longer_term_is_never_shorter_than_six_months() -> None:
    """Art. 7 lid 1 onder a: "binnen zes maanden na bekendmaking van het verdeelbesluit of de in het
    verdeelbesluit opgenomen langere termijn"."""
    with pytest.raises(InvalidInputError, match="langere_termijn"):
        termijnen(
            Cyclus(2026), verdeelbesluit_bekendgemaakt=date(2026, 12, 20), langere_termijn=date(2027, 3, 1)
        )
    with pytest.raises(InvalidInputError, match="de 6 maanden na de raming van cyclus 2026"):
        termijnen(Cyclus(2026), langere_termijn=date(2026, 7, 30))  # before any publication + 6 months
    assert termijnen(Cyclus(2026), langere_termijn=date(2026, 7, 31)).waarde.locatie_uiterlijk == date(
        2026, 7, 31
    )
    with pytest.raises(InvalidInputError) as vb:
        Verdeelbesluit(
            provinciecode="PV20",
            cyclus=Cyclus(2024),
            bekendgemaakt=date(2024, 12, 23),
            toewijzingen=[],
            locatie_uiterlijk=date(2025, 6, 22),
        )
    assert vb.value.veld == "locatie_uiterlijk"
    ok = Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[],
        locatie_uiterlijk=date(2025, 6, 23),
    )
    assert ok.locatie_uiterlijk == date(2025, 6, 23)


def test_the_twelve_months_of_art_2_lid_3_include_their_last_day() -> None:
    """Art. 2 lid 3: "het aantal plaatsen dat voor vijf jaar of langer beschikbaar is of in de
    daaropvolgende twaalf maanden voor die periode beschikbaar zal komen" (ADR 0008: the twelve months
    after 31 January 2024 end on 31 January 2025, that day included, as the six months of art. 7)."""
    laatste_dag = _loc("GM0014", 120, date(2025, 1, 31), None)
    dag_later = _loc("GM1966", 120, date(2025, 2, 1), None)
    a = aftrek_duurzaam("PV20", 1000, [laatste_dag, dag_later], raming_datum=RAMING_2024)
    assert a.waarde.meegeteld == (laatste_dag,) and a.waarde.niet_meegeteld == (dag_later,)
    assert "(uiterlijk 2025-01-31)" in a.uitleg()


def test_the_profile_says_why_there_is_no_spreidingswet_row_before_the_law(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from asielketen.profiel import gemeenteprofiel

    from .conftest import run_cli

    u = gemeenteprofiel("Schiermonnikoog", peildatum=date(2024, 1, 15))
    assert u.waarde.spreiding is None and u.waarde.spreiding_ontbreekt is not None
    assert (
        str(u.waarde.spreiding_ontbreekt)
        == "op 2024-01-15 gold de wet nog niet (in werking sinds 2024-01-31)"
    )
    code, out, _ = run_cli(capsys, "gemeente", "Schiermonnikoog", "--peildatum", "2024-01-15")
    assert code == 0
    assert (
        "spreidingswet         geen indicatief aantal: op 2024-01-15 gold de wet nog niet "
        "(in werking sinds 2024-01-31)" in out
    )
    assert (
        "Spreidingswet: op 2024-01-15 gold de wet nog niet (in werking sinds 2024-01-31); er is dus nog geen "
        "cyclus en geen indicatief aantal voor Schiermonnikoog." in u.uitleg()
    )
    with in_taal("en"):
        assert "on 2024-01-15 the law did not apply yet" in u.uitleg()
    assert gemeenteprofiel("Schiermonnikoog", peildatum=date(2024, 1, 31)).waarde.spreiding is not None


# -- published figures beside the computed ones; StatLine SES-WOA exports (issue 19) ------------

_STATLINE_KOP = (
    '"Perioden";"Wijken en buurten";"Particuliere huishoudens (Aantal)";'
    '"SES-WOA/Totaalscore/Gemiddelde score (Getal)";"Spreiding/Spreiding totaal/Waarde (Getal)"\n'
)


def test_published_figures_only_for_the_cycle_of_the_need() -> None:
    s = verdeel(96_000, peildatum=RAMING_2024, gepubliceerd=True).waarde
    enschede = next(v for v in s.gepubliceerd if v.code == "GM0153")
    assert (enschede.gepubliceerd, enschede.berekend, enschede.verschil) == (638, 865, 227)
    assert enschede.cyclus == Cyclus(2024) and enschede.status.value == "pers"
    assert {v.cyclus for v in s.gepubliceerd} == {Cyclus(2024)}
    assert len([v for v in s.gepubliceerd if v.niveau == "gemeente"]) == 16
    tweede = verdeel(88_000, peildatum=date(2026, 1, 31), gepubliceerd=True).waarde.gepubliceerd
    assert [(v.naam, v.cyclus) for v in tweede if v.niveau == "gemeente"] == [
        ("Alphen aan den Rijn", Cyclus(2026))
    ]
    assert verdeel(90_000, peildatum=RAMING_2024, gepubliceerd=True).waarde.gepubliceerd == ()
    assert verdeel(96_000, peildatum=RAMING_2024).waarde.gepubliceerd == ()  # not asked


def test_published_figures_cite_their_sources_and_old_json_reads() -> None:
    u = verdeel(96_000, peildatum=RAMING_2024, gepubliceerd=True)
    assert "pers.gemeente-nu-2024-01-spreidingswet" in {b.id for b in u.bronnen}
    tekst = to_json(u)
    assert from_json(tekst, Uitkomst[Spreiding]) == u
    oud = json.loads(tekst)
    del oud["waarde"]["gepubliceerd"]
    assert from_json(json.dumps(oud), Uitkomst[Spreiding]).waarde.gepubliceerd == ()


def test_spreiding_cli_shows_published_columns_only_for_the_cycle(capsys: pytest.CaptureFixture[str]) -> None:
    from .conftest import run_cli

    code, out, _ = run_cli(capsys, "spreiding", "--behoefte", "96000", "--peildatum", "2024-01-31")
    assert code == 0
    kop = out.splitlines()[0].split()
    assert kop[-2:] == ["gepubliceerd", "verschil"]
    enschede = next(r for r in out.splitlines() if r.startswith("GM0153"))
    assert enschede.split()[-2:] == ["638", "+227"]
    assert "cyclus 2024 (verdeling 2025–2026): 16 gemeenten en 5 provincies, status pers" in out
    code, out, _ = run_cli(
        capsys, "spreiding", "--behoefte", "96000", "--peildatum", "2024-01-31", "--format", "csv"
    )
    assert out.splitlines()[0].endswith(",amv,gepubliceerd,verschil")
    assert next(r for r in out.splitlines() if r.startswith("GM0153")).endswith(",865,,638,+227")
    code, out, _ = run_cli(
        capsys, "spreiding", "--behoefte", "96000", "--peildatum", "2024-01-31", "--format", "json"
    )
    gep = json.loads(out)["waarde"]["gepubliceerd"]
    assert {"code": "GM0153", "gepubliceerd": 638, "verschil": 227}.items() <= next(
        v for v in gep if v["code"] == "GM0153"
    ).items()
    code, out, _ = run_cli(capsys, "spreiding", "--behoefte", "90000", "--peildatum", "2024-01-31")
    assert "gepubliceerd" not in out.splitlines()[0] and "gepubliceerd         " not in out
    code, out, _ = run_cli(
        capsys, "spreiding", "--behoefte", "90000", "--peildatum", "2024-01-31", "--format", "csv"
    )
    assert out.splitlines()[0].endswith(",plaatsen,amv")


def test_ses_statline_export_as_downloaded(tmp_path: Path) -> None:
    p = tmp_path / "85539NED.csv"
    p.write_text(
        _STATLINE_KOP
        + '"2021*";"Nederland";"  8000000";"   0,000";"   0,900"\n'
        + '"2021*";"Amsterdam";"  461200";"  -0,073";"   1,007"\n'
        + '"2021*";"Wijk 00 Burgwallen-Oude Zijde";"    4800";"  -0,101";"   1,010"\n'
        + '"2021*";"Jordaan";"   12600";"   0,012";"   0,930"\n'
        + '"2021*";"Alphen aan den Rijn";"   48900";"   0,153";"   0,737"\n',
        encoding="utf-8-sig",
    )
    ses = lees_ses_csv(p, peildatum=date(2021, 1, 1))
    assert ses.als_dict() == {"GM0363": Decimal("-0.073"), "GM0484": Decimal("0.153")}
    assert ses.overgeslagen == 3


def test_ses_statline_codes_skip_other_regions_and_count_them(tmp_path: Path) -> None:
    p = tmp_path / "ses.csv"
    p.write_text(
        "Perioden;Wijken en buurten;SES-WOA/Totaalscore/Gemiddelde score (Getal)\n"
        "2022*;NL00;0,000\n2022*;GM1680;0,170\n2022*;WK168000;0,222\n2022*;BU16800000;.\n"
    )
    ses = lees_ses_csv(p, peildatum=date(2022, 1, 1))
    assert ses.als_dict() == {"GM1680": Decimal("0.170")} and ses.overgeslagen == 3
    q = tmp_path / "alle.csv"
    rijen = "".join(f"{g.code};0,1\n" for g in register().gemeenten)
    q.write_text(
        "Wijken en buurten;SES-WOA/Totaalscore/Gemiddelde score (Getal)\nNL00;0\nWK036300;0\n" + rijen
    )
    u = verdeel(96_000, peildatum=RAMING_2024, ses=lees_ses_csv(q, peildatum=date(2022, 1, 1)))
    assert any("2 rijen van andere gebieden" in str(s.zin) for s in u.stappen)


def test_ses_statline_bad_rows(tmp_path: Path) -> None:
    p = tmp_path / "ses.csv"
    p.write_text(
        _STATLINE_KOP
        + '"2021";"Amsterdam";"1";".";"."\n'
        + '"2022*";"GM9999";"1";"0,1";"1"\n'
        + '"2022*";"Bergen";"1";"0,1";"1"\n'
        + '"2022*";"GM0484";"1";"0,1";"1"\n'
        + '"2022*";"Alphen aan den Rijn";"1";"0,2";"1"\n'
    )
    with pytest.raises(StructureError) as exc:
        lees_ses_csv(p, peildatum=date(2022, 1, 1))
    fouten = " | ".join(exc.value.fouten)
    for fragment in (
        "rij 2: ses-woa/totaalscore/gemiddelde score (getal)='.' — het CBS geeft voor deze gemeente",
        "meer dan één periode (2021, 2022*)",
        "rij 3: onbekende gemeentecode 'GM9999'",
        "rij 4: 'Bergen'",
        "rij 6: gemeentecode GM0484 komt twee keer voor",
    ):
        assert fragment in fouten, fouten


def test_ses_gemeente_by_another_name(tmp_path: Path) -> None:
    p = tmp_path / "ses.csv"
    p.write_text("gemeentenaam;ses_woa\nDen Haag;-0,1\n")  # the register's alias of 's-Gravenhage
    assert lees_ses_csv(p, peildatum=date(2021, 1, 1)).als_dict() == {"GM0518": Decimal("-0.1")}
    # beside the gemeente's own row, a region of that other name is one of its wijken: skipped
    p.write_text("gemeentenaam;ses_woa\nDen Haag;0,2\n's-Gravenhage;-0,1\n")
    ses = lees_ses_csv(p, peildatum=date(2021, 1, 1))
    assert ses.als_dict() == {"GM0518": Decimal("-0.1")} and ses.overgeslagen == 1
    p.write_text("gemeentenaam;ses_woa\nden haag;0,2\nDen  Haag;-0,1\n")
    with pytest.raises(StructureError, match="rij 3: gemeentecode GM0518 komt twee keer voor"):
        lees_ses_csv(p, peildatum=date(2021, 1, 1))


@pytest.mark.parametrize(
    ("kop", "melding"),
    [
        ("Regio;SES-WOA totaalscore\n", "hernoem de kolom 'regio' naar 'gemeentecode'"),
        ("Gemeente,ses_woa\n", "hernoem de kolom 'gemeente' naar 'gemeentecode'"),
        ("code;ses_woa\n", "hernoem de kolom met de gemeentecodes of -namen naar 'gemeentecode'"),
        ("gemeentecode;SES-WOA Totaal\n", "hernoem de kolom 'ses-woa totaal' naar 'ses_woa'"),
        ("gemeentecode;score\n", "hernoem de kolom met de totaalscore (gemiddelde score) naar 'ses_woa'"),
    ],
)
def test_ses_refusal_names_the_column_to_rename(tmp_path: Path, kop: str, melding: str) -> None:
    p = tmp_path / "ses.csv"
    p.write_text(kop + "GM0363;0,1\n")
    with pytest.raises(StructureError) as exc:
        lees_ses_csv(p, peildatum=date(2022, 1, 1))
    assert melding in exc.value.fouten[0] and "gevonden:" in exc.value.fouten[0]
