"""Statushouders: taakstelling (Huisvestingswet 2014 art. 29–30), herverdeling, backlog, voorrang, VNG action.

Example tests pin what the law and the sources state literally (numbers computed by hand from
art. 29 lid 1); Hypothesis properties check the rules on synthetic registers.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from attrs import evolve
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from asielketen import data
from asielketen.bronregister import bron
from asielketen.errors import (
    DataUnavailableError,
    InvalidInputError,
    InvalidPeriodError,
    ParameterNotValidError,
    StructureError,
    UnknownNameError,
)
from asielketen.explain import Uitkomst
from asielketen.gebied import Gemeente, Inwonertal, Netwerk, Provincie, Register, Veiligheidsregio, register
from asielketen.parameters import parameter
from asielketen.periods import Halfjaar
from asielketen.serialization import from_json, structure, to_json
from asielketen.sources import Kamerstuk, Status
from asielketen.statushouders import (
    Achterstandsverloop,
    Herindeling,
    Herverdeling,
    LandelijkAantalOntbreektError,
    LandelijkeVersie,
    Nareizigersstand,
    Realisatie,
    Taakstelling,
    Taakstellingen,
    Taakstellingsregel,
    VngActie,
    VngActieLandelijk,
    Voorrangsstand,
    achterstandsverloop,
    herverdeel,
    landelijk_aantal,
    met_netwerken_csv,
    nareizigers_tellen_mee,
    netwerknamen,
    peildatum_inwoners,
    taakstelling_aantallen,
    taakstelling_formule,
    taakstelling_op,
    taakstelling_voor,
    taakstellingen,
    uiterste_bekendmaking,
    uitleg_gemeente,
    vng_actie,
    vng_actie_aantallen,
    vng_actie_voor,
    voorrangsregel,
    voorrangsverbod,
)
from asielketen.taal import in_taal

from .conftest import brief, normaliseer
from .conftest import run_cli as run

JAN_2024 = date(2024, 1, 1)
IN_2024 = 17_942_942
NA_BRIEF = date(2026, 6, 1)
REFERENTIE = {"G4": 30, "G40": 30, "M50": 15, "R8": 15, "P10": 5, "K80": 2}


# -- synthetic registers for the properties ----------------------------------------------------

_PV = Provincie(code="PV20", naam="Proefprovincie")
_VR = Veiligheidsregio(code="VR01", naam="Proefregio")


def _register(inwoners: list[int], peildatum: date = JAN_2024) -> Register:
    return Register(
        gemeenten=tuple(
            Gemeente(
                code=f"GM{i + 1:04d}",
                naam=f"Proefgemeente {i + 1}",
                provinciecode="PV20",
                veiligheidsregiocode="VR01",
                inwoners=(Inwonertal(peildatum=peildatum, aantal=n, bron="gebruiker:proef.csv"),),
            )
            for i, n in enumerate(inwoners)
        ),
        provincies=(_PV,),
        veiligheidsregios=(_VR,),
    )


inwonerlijsten = st.lists(st.integers(0, 2_000_000), min_size=1, max_size=25).filter(lambda xs: sum(xs) > 0)
landelijke_aantallen = st.integers(0, 60_000)
H2_2025 = Halfjaar(2025, 2)


def _tabel(inwoners: list[int], vg: int) -> Taakstellingen:
    return taakstellingen(H2_2025, landelijk=vg, reg=_register(inwoners)).waarde


# -- art. 29 lid 1: examples computed by hand ----------------------------------------------------


@pytest.mark.parametrize(
    ("gemeente", "halfjaar", "versie", "ig", "product", "quotient", "verwacht"),
    [
        # 13000 × 931298 = 12 106 874 000 = 674 × 17 942 942 + 13 331 092  → 675
        ("Amsterdam", "2025-H2", None, 931_298, 12_106_874_000, 674, 675),
        # 13000 × 48224 = 626 912 000 = 34 × 17 942 942 + 16 851 972  → 35
        ("Het Hogeland", "2025-H2", None, 48_224, 626_912_000, 34, 35),
        # 13000 × 670610 = 8 717 930 000 = 485 × 17 942 942 + 15 603 130  → 486
        ("Rotterdam", "2025-H2", None, 670_610, 8_717_930_000, 485, 486),
        # 13000 × 972 = 12 636 000 < 17 942 942: 0.70… → 1 (rounding up, never 0)
        ("Schiermonnikoog", "2025-H2", None, 972, 12_636_000, 0, 1),
        # 2025-H1, vg as published 17700 (ADR 0009): 17700 × 931298 = 16 483 974 600
        # = 918 × iN + 12 353 844  → 919
        ("Amsterdam", "2025-H1", None, 931_298, 16_483_974_600, 918, 919),
        # 17700 × 48224 = 853 564 800 = 47 × iN + 10 246 526  → 48
        ("Het Hogeland", "2025-H1", "bekendgemaakt", 48_224, 853_564_800, 47, 48),
        # 2025-H1, vg as lowered in April 2025 on request: 15000 × 931298 = 13 969 470 000
        # = 778 × iN + 9 861 124  → 779
        ("Amsterdam", "2025-H1", "bijgesteld", 931_298, 13_969_470_000, 778, 779),
        # 15000 × 48224 = 723 360 000 = 40 × iN + 5 642 320  → 41
        ("Het Hogeland", "2025-H1", "bijgesteld", 48_224, 723_360_000, 40, 41),
    ],
)
def test_taakstelling_by_hand(
    gemeente: str, halfjaar: str, versie: str | None, ig: int, product: int, quotient: int, verwacht: int
) -> None:
    vg = 13_000 if halfjaar.endswith("H2") else 15_000 if versie == "bijgesteld" else 17_700
    assert vg * ig == product and product // IN_2024 == quotient and product % IN_2024 > 0
    u = taakstelling_voor(gemeente, halfjaar, landelijk_versie=versie)
    t = u.waarde
    assert (t.landelijk_aantal, t.inwoners, t.inwoners_nederland) == (vg, ig, IN_2024)
    assert t.peildatum_inwoners == JAN_2024
    assert t.taakstelling == t.volgens_formule == verwacht == quotient + 1
    assert taakstelling_formule(vg, ig, IN_2024) == verwacht


def test_national_sums_2025() -> None:
    h2 = taakstellingen("2025-H2").waarde
    h1 = taakstellingen("2025-H1").waarde
    h1_bijgesteld = taakstellingen("2025-H1", landelijk_versie=LandelijkeVersie.BIJGESTELD).waarde
    assert (h2.som, h2.overschot, len(h2.gemeenten)) == (13_164, 164, 342)
    assert (h1.som, h1.overschot, h1.landelijk_aantal) == (17_870, 170, 17_700)
    assert (h1_bijgesteld.som, h1_bijgesteld.overschot, h1_bijgesteld.landelijk_aantal) == (
        15_170,
        170,
        15_000,
    )
    assert h2.inwoners_nederland == IN_2024 == register().totaal_inwoners(JAN_2024)
    assert evolve(h2) == h2  # the table built on the fast path passes every check of __init__


def test_reference_date_is_1_january_of_the_preceding_year() -> None:
    assert peildatum_inwoners("2025-H1") == peildatum_inwoners("2025-H2") == JAN_2024
    assert peildatum_inwoners(Halfjaar(2026, 1)) == date(2025, 1, 1)


@pytest.mark.parametrize(
    ("halfjaar", "uiterst"), [("2025-H2", date(2025, 4, 1)), ("2026-H1", date(2025, 10, 2))]
)
def test_publication_at_least_13_weeks_before(halfjaar: str, uiterst: date) -> None:
    h = Halfjaar.parse(halfjaar)
    assert uiterste_bekendmaking(h) == uiterst == h.begin - relativedelta(weeks=13)
    assert (h.begin - uiterst) == timedelta(days=91)
    assert taakstellingen("2025-H2").waarde.uiterste_bekendmaking == date(2025, 4, 1)


def test_missing_reference_date_says_which_and_how() -> None:
    with pytest.raises(DataUnavailableError) as exc:
        taakstellingen("2027-H1", landelijk=12_000)
    msg = str(exc.value)
    assert "2026-01-01" in msg and "met_inwoners_csv" in msg and "--inwoners" in msg
    assert "2024-01-01, 2025-01-01" in msg  # the dates that are shipped
    assert exc.value.waarde == date(2026, 1, 1)


def test_user_inhabitants_for_2026(tmp_path: Path) -> None:
    # the 2024 figures relabelled as 1 Jan 2025 — only to exercise the loader, not real data
    csv = tmp_path / "inwoners_2025.csv"
    rows = "\n".join(f"{g.code},{g.inwoners_op(JAN_2024).aantal}" for g in register().gemeenten)
    csv.write_text("gemeentecode,inwoners\n" + rows + "\n", encoding="utf-8")
    reg = register().met_inwoners_csv(csv, date(2025, 1, 1))
    u = taakstelling_voor("Amsterdam", "2026-H1", landelijk=12_000, reg=reg)
    # 12000 × 931298 = 11 175 576 000 = 622 × 17 942 942 + 15 066 076  → 623
    assert u.waarde.taakstelling == 623 and u.waarde.peildatum_inwoners == date(2025, 1, 1)
    assert "inwoners_2025.csv" in {d.naam for d in u.herkomst.datasets}
    assert "aanname.statushouders.landelijk-scenario" in {b.id for b in u.bronnen}


# -- the shipped national numbers (vg) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("halfjaar", "vg", "bron_id"),
    [
        ("2022-H2", 13_500, "gemeente.nu-2022-04-taakstelling-13500"),
        ("2023-H1", 21_200, "nrc-2022-09-30-taakstelling-21200"),
        ("2025-H1", 17_700, "gemeente.nu-2025-04-faber-taakstelling"),
        ("2025-H2", 13_000, "gemeente.nu-2025-04-faber-taakstelling"),
    ],
)
def test_shipped_vg_with_press_sources(halfjaar: str, vg: int, bron_id: str) -> None:
    u = landelijk_aantal(halfjaar)
    assert u.waarde == vg
    assert bron_id in {b.id for b in u.bronnen}
    assert bron(bron_id).status is Status.PERS and u.onzeker


def test_vg_2024_h1_rests_on_the_answer_to_kamervragen() -> None:
    u = landelijk_aantal("2024-H1")
    assert u.waarde == 18_750
    b = bron("kv-2024Z12156-antwoord")
    assert b in u.bronnen and b.status is Status.OFFICIEEL
    # the answer says it literally (quoted in the source's note)
    assert "De taakstelling voor de eerste helft van 2024 betrof inderdaad 18.750" in (b.toelichting or "")


def test_h1_2025_shows_both_numbers_and_uses_the_published_one() -> None:
    # gemeente.nu, April 2025: "De taakstelling was 17.700, maar is bijgesteld naar 15.000."
    faber = bron("gemeente.nu-2025-04-faber-taakstelling")
    assert "bijgesteld van 17.700 naar 15.000" in (faber.toelichting or "")
    u = landelijk_aantal("2025-H1")
    assert u.waarde == 17_700 and len(u.stappen) == 1
    zin = u.stappen[0].zin
    assert "is 17700: het aantal dat vóór het halfjaar is bekendgemaakt" in zin
    assert "uiterlijk op 2024-10-02" in zin and "bijgesteld naar 15000 (bron van 2025-04)" in zin
    assert "--landelijk-versie bijgesteld" in zin and "ADR 0009" in zin
    ids = [b.id for b in u.stappen[0].bronnen]
    assert ids == [
        "gemeente.nu-2025-04-faber-taakstelling",
        "huisvestingswet.art29.lid1.2025-01-01",
        "aanname.statushouders.landelijk-versie",
    ]
    assert {i.naam: i.waarde for i in u.stappen[0].invoer} == {
        "halfjaar": "2025-H1",
        "vg": "17700",
        "uiterlijk": "2024-10-02",
        "bekendgemaakt": "17700",
        "bijgesteld": "15000",
        "bijgesteld_op": "2025-04",
    }
    v = landelijk_aantal("2025-H1", versie=LandelijkeVersie.BIJGESTELD)
    assert v.waarde == 15_000 == landelijk_aantal("2025-H1", versie="bijgesteld").waarde
    assert "op verzoek de latere bijstelling: 15000" in v.stappen[0].zin
    assert "Vóór het halfjaar was 17700 bekendgemaakt" in v.stappen[0].zin
    assert parameter("statushouders.json", "statushouders.landelijk_aantal").op(date(2025, 3, 1)) == 17_700
    bijgesteld = parameter("statushouders.json", "statushouders.landelijk_aantal_bijgesteld")
    assert bijgesteld.op(date(2025, 3, 1)) == 15_000


def test_the_choice_of_vg_reaches_every_rule_and_one_gemeente() -> None:
    for versie, vg, hogeland in ((None, 17_700, 48), ("bijgesteld", 15_000, 41)):
        t = taakstelling_op("Het Hogeland", date(2025, 3, 1), landelijk_versie=versie)
        assert (t.waarde.landelijk_aantal, t.waarde.taakstelling) == (vg, hogeland)
        # one gemeente's explanation names both numbers, the one used first
        assert "17700" in t.stappen[0].zin and "15000" in t.stappen[0].zin
        assert t.stappen[0].bericht.sleutel.endswith("bekendgemaakt" if versie is None else "bijgesteld")


def test_asking_for_an_adjustment_that_was_not_made_says_so() -> None:
    u = landelijk_aantal("2025-H2", versie="bijgesteld")
    assert u.waarde == 13_000
    assert "een latere bijstelling is niet bekend, dus geldt het bekendgemaakte aantal" in u.stappen[0].zin


@pytest.mark.parametrize("versie", ["verlaagd", 1, True, ""])
def test_bad_version_of_vg(versie: Any) -> None:
    with pytest.raises(InvalidInputError) as exc:
        taakstellingen("2025-H1", landelijk_versie=versie)
    assert exc.value.veld == "landelijk_versie" and "bekendgemaakt, bijgesteld" in str(exc.value)


def test_own_vg_has_no_version() -> None:
    with pytest.raises(InvalidInputError) as exc:
        taakstellingen("2025-H1", landelijk=15_000, landelijk_versie="bijgesteld")
    assert exc.value.veld == "landelijk_versie"


@pytest.mark.parametrize("halfjaar", ["2026-H1", "2026-H2", "2024-H2", "2022-H1"])
def test_half_years_without_vg_are_a_clear_error(halfjaar: str) -> None:
    with pytest.raises(LandelijkAantalOntbreektError) as exc:
        taakstellingen(halfjaar)
    assert isinstance(exc.value, ParameterNotValidError)
    assert "--landelijk" in str(exc.value) and halfjaar in str(exc.value)


def test_2023_h1_vg_is_known_but_1_january_2022_is_not_shipped() -> None:
    with pytest.raises(DataUnavailableError, match="2022-01-01"):
        taakstellingen("2023-H1")


@pytest.mark.parametrize("landelijk", [-1, True, 1.5, "13000"])
def test_bad_national_number(landelijk: Any) -> None:
    with pytest.raises(InvalidInputError) as exc:
        taakstellingen("2025-H2", landelijk=landelijk)
    assert exc.value.veld == "landelijk"


@pytest.mark.parametrize("halfjaar", ["2025-H3", "2025", 2025])
def test_bad_half_year(halfjaar: Any) -> None:
    with pytest.raises(InvalidPeriodError):
        taakstellingen(halfjaar)


def test_scenario_vg_rests_on_an_assumption() -> None:
    u = taakstellingen("2025-H2", landelijk=20_000)
    assert u.waarde.landelijk_bron == "aanname.statushouders.landelijk-scenario"
    assert Status.AANNAME in u.statussen
    assert u.waarde.regel("GM0363").taakstelling == -(-20_000 * 931_298 // IN_2024)


def test_explanation_of_one_gemeente() -> None:
    u = taakstelling_voor("den haag", "2025-H2")
    assert u.waarde.gemeentecode == "GM0518" and u.waarde.taakstelling == 411
    ids = [b.id for b in u.bronnen]
    assert "huisvestingswet.art29.lid1.2025-07-01" in ids and "CBS-85755NED-2024" in ids
    assert "gemeente.nu-2025-04-faber-taakstelling" in ids
    assert "566221" in u.uitleg() and "410,2377" in u.uitleg()
    assert taakstelling_op("GM0518", date(2025, 10, 6)).waarde == u.waarde
    with pytest.raises(UnknownNameError, match="Amsterdam"):
        taakstelling_voor("Amsterdm", "2025-H2")


def test_national_result_is_compact() -> None:
    u = taakstellingen("2025-H2")
    assert len(u.stappen) < 10  # the steps are national; per gemeente on request
    assert len(to_json(u)) < 60_000


def test_tampered_table_is_refused() -> None:
    t = taakstellingen("2025-H2").waarde
    raw = json.loads(to_json(t))
    raw["gemeenten"][0]["volgens_formule"] += 1
    raw["gemeenten"][0]["taakstelling"] += 1
    raw["som"] += 1
    with pytest.raises(StructureError, match=r"art\. 29 lid 1 geeft"):
        structure(raw, Taakstellingen)
    raw = json.loads(to_json(t))
    raw["som"] -= 1
    with pytest.raises(StructureError, match="som"):
        structure(raw, Taakstellingen)


# -- properties (art. 29 lid 1) ----------------------------------------------------------------


@given(inwonerlijsten, landelijke_aantallen)
def test_sum_at_least_vg_and_less_than_vg_plus_number_of_gemeenten(xs: list[int], vg: int) -> None:
    t = _tabel(xs, vg)
    assert vg <= t.som < vg + len(xs)
    assert t.som == sum(r.taakstelling for r in t.gemeenten)


@given(inwonerlijsten, landelijke_aantallen, landelijke_aantallen)
def test_monotone_in_vg(xs: list[int], a: int, b: int) -> None:
    klein, groot = _tabel(xs, min(a, b)), _tabel(xs, max(a, b))
    assert all(
        k.taakstelling <= g.taakstelling for k, g in zip(klein.gemeenten, groot.gemeenten, strict=True)
    )


@given(inwonerlijsten, landelijke_aantallen, st.data())
def test_monotone_in_inhabitants(xs: list[int], vg: int, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(xs) - 1))
    ys = list(xs)
    ys[i] += data.draw(st.integers(0, 500_000))
    voor, na = _tabel(xs, vg).gemeenten, _tabel(ys, vg).gemeenten
    assert na[i].taakstelling >= voor[i].taakstelling  # more inhabitants: never less to house
    assert all(na[j].taakstelling <= voor[j].taakstelling for j in range(len(xs)) if j != i)


@given(st.integers(0, 10**6), st.integers(0, 10**7), st.integers(1, 10**7), st.integers(0, 10**4))
def test_formula_monotone_and_exact(vg: int, ig: int, rest: int, extra: int) -> None:
    i_n = ig + rest  # iG is part of iN
    t = taakstelling_formule(vg, ig, i_n)
    assert (t - 1) * i_n < vg * ig <= t * i_n  # the smallest whole number ≥ vg·iG/iN
    assert taakstelling_formule(vg + extra, ig, i_n) >= t
    assert taakstelling_formule(vg, min(ig + extra, i_n), i_n) >= t
    assert taakstelling_formule(vg, ig, i_n + extra) <= t


@pytest.mark.parametrize(("vg", "ig", "i_n"), [(-1, 1, 1), (1, -1, 1), (1, 1, 0), (True, 1, 1), (1, 2, 1)])
def test_formula_refuses_bad_numbers(vg: int, ig: int, i_n: int) -> None:
    with pytest.raises(InvalidInputError):
        taakstelling_formule(vg, ig, i_n)


# -- the fast paths (_records) equal the plain rule ----------------------------------------------


def _gewoon(vg: int, ig: int, i_n: int) -> int:
    """Art. 29 lid 1 written plainly: the exact quotient vg·iG/iN, rounded up (0 without inhabitants)."""
    return math.ceil(Fraction(vg * ig, i_n)) if i_n else 0


@given(inwonerlijsten, landelijke_aantallen, st.booleans())
def test_fast_paths_equal_the_plain_rule(xs: list[int], vg: int, samenvoegen: bool) -> None:
    herindelingen = (
        [Herindeling(datum=JAN_2024, gemeentecode="GM9999", gemeentenaam="Samen", delen=("GM0002", "GM0001"))]
        if samenvoegen and len(xs) >= 2
        else []
    )
    t = taakstellingen(H2_2025, landelijk=vg, reg=_register(xs), herindelingen=herindelingen).waarde
    i_n = sum(xs)
    for r in t.gemeenten:  # a hand-built row is the row __init__ builds with every check
        gewoon = Taakstellingsregel(
            gemeentecode=r.gemeentecode,
            gemeentenaam=r.gemeentenaam,
            inwoners=r.inwoners,
            volgens_formule=taakstelling_formule(vg, r.inwoners, i_n),
            taakstelling=_gewoon(vg, r.inwoners, i_n),
            delen=r.delen,
        )
        assert gewoon == r and hash(gewoon) == hash(r) and repr(gewoon) == repr(r)
    # the table built without re-checks passes every check of __init__
    velden = {a.name: getattr(t, a.name) for a in attrs.fields(Taakstellingen)}
    assert Taakstellingen(**velden) == t
    # only the numbers: the plain formula for every gemeente
    assert taakstelling_aantallen(vg, xs) == tuple(_gewoon(vg, ig, i_n) for ig in xs)


def test_fast_record_needs_exactly_the_fields() -> None:
    from asielketen._records import zonder_controle

    with pytest.raises(TypeError, match="som"):
        zonder_controle(Taakstellingsregel, gemeentecode="GM0001", som=1)


# -- art. 29 lid 2: herverdeling ---------------------------------------------------------------


@given(inwonerlijsten.filter(lambda xs: len(xs) >= 2), landelijke_aantallen, st.data())
def test_redistribution_keeps_the_sum(xs: list[int], vg: int, data: st.DataObject) -> None:
    u = taakstellingen(H2_2025, landelijk=vg, reg=_register(xs))
    rows = u.waarde.gemeenten
    a, b = data.draw(st.lists(st.integers(0, len(xs) - 1), min_size=2, max_size=2, unique=True))
    k = data.draw(st.integers(0, rows[a].taakstelling))
    h = Herverdeling.van(
        {rows[a].gemeentecode: rows[a].taakstelling - k, rows[b].gemeentecode: rows[b].taakstelling + k}
    )
    v = herverdeel(u, h).waarde
    assert v.som == u.waarde.som
    assert (
        v.gemeenten[a].taakstelling + v.gemeenten[b].taakstelling
        == rows[a].taakstelling + rows[b].taakstelling
    )
    assert [r.volgens_formule for r in v.gemeenten] == [r.volgens_formule for r in rows]
    assert all(v.gemeenten[j] == rows[j] for j in range(len(xs)) if j not in (a, b))
    assert from_json(to_json(v), Taakstellingen) == v
    d = data.draw(st.integers(1, 50))
    fout = Herverdeling.van(
        {rows[a].gemeentecode: rows[a].taakstelling + d, rows[b].gemeentecode: rows[b].taakstelling}
    )
    with pytest.raises(InvalidInputError) as exc:
        herverdeel(u, fout)
    assert rows[a].gemeentenaam in str(exc.value) and rows[b].gemeentenaam in str(exc.value)


def test_redistribution_example_and_explanation() -> None:
    u = taakstellingen("2025-H2")
    v = herverdeel(
        u, Herverdeling.van({"GM0363": 665, "GM1966": 45}, omschrijving="besluit colleges (voorbeeld)")
    )
    assert v.waarde.regel("GM0363").herverdeeld == -10 and v.waarde.regel("GM1966").herverdeeld == 10
    assert "huisvestingswet.art29.lid2.2025-07-01" in {b.id for b in v.bronnen}
    e = uitleg_gemeente(v, "Het Hogeland")
    assert e.waarde.taakstelling == 45 and e.waarde.volgens_formule == 35
    assert "GM0363" in e.stappen[-1].zin
    with pytest.raises(InvalidInputError, match=r"Amsterdam \(GM0363\), Het Hogeland \(GM1966\)"):
        herverdeel(u, Herverdeling.van({"GM0363": 665, "GM1966": 46}))
    with pytest.raises(UnknownNameError):
        herverdeel(u, Herverdeling.van({"GM0363": 665, "GM9999": 10}))


@pytest.mark.parametrize(
    "nieuw",
    [{"GM0363": 1}, {"GM0363": -1, "GM1966": 36}, {"X": 1, "GM1966": 1}],
)
def test_bad_redistribution_entities(nieuw: dict[str, int]) -> None:
    with pytest.raises(InvalidInputError):
        Herverdeling.van(nieuw)


# -- art. 30: herindeling ----------------------------------------------------------------------


@given(inwonerlijsten.filter(lambda xs: len(xs) >= 3), landelijke_aantallen, st.data())
def test_herindeling_sums_the_parts(xs: list[int], vg: int, data: st.DataObject) -> None:
    reg = _register(xs)
    delen = data.draw(st.lists(st.sampled_from([g.code for g in reg.gemeenten]), min_size=2, unique=True))
    hi = Herindeling(datum=date(2025, 1, 1), gemeentecode="GM9000", gemeentenaam="Samengevoegd", delen=delen)
    t = taakstellingen(H2_2025, landelijk=vg, reg=reg, herindelingen=[hi]).waarde
    assert len(t.gemeenten) == len(xs) - len(delen) + 1
    assert t.inwoners_nederland == sum(xs)
    nieuw = t.regel("GM9000")
    assert nieuw.inwoners == sum(g.inwoners_op(JAN_2024).aantal for g in reg.gemeenten if g.code in delen)
    assert nieuw.delen == tuple(sorted(delen))
    assert vg <= t.som < vg + len(t.gemeenten)
    later = Herindeling(datum=date(2026, 1, 1), gemeentecode="GM9000", gemeentenaam="Later", delen=delen)
    assert len(taakstellingen(H2_2025, landelijk=vg, reg=reg, herindelingen=[later]).waarde.gemeenten) == len(
        xs
    )


def test_herindeling_explained_and_refused_when_wrong() -> None:
    hi = Herindeling(
        datum=date(2025, 1, 1),
        gemeentecode="GM0088",
        gemeentenaam="Wadden (voorbeeld)",
        delen=["GM0088", "GM0096"],
    )
    u = taakstellingen("2025-H2", herindelingen=[hi])
    assert u.waarde.regel("GM0088").inwoners == 972 + 1_255
    assert "huisvestingswet.art30.2025-07-01" in {b.id for b in u.bronnen}
    assert "aanname.statushouders.herindeling-gs" not in {b.id for b in u.bronnen}  # the minister's text
    e = uitleg_gemeente(u, "GM0088")
    assert "GM0088, GM0096" in e.stappen[1].zin
    with pytest.raises(UnknownNameError, match="opgegaan in"):
        uitleg_gemeente(u, "Vlieland")
    with pytest.raises(UnknownNameError):
        taakstellingen("2025-H2", herindelingen=[Herindeling(**{**_hi_kw(), "delen": ["GM0088", "GM9998"]})])
    with pytest.raises(InvalidInputError, match="andere gemeente"):
        taakstellingen("2025-H2", herindelingen=[Herindeling(**{**_hi_kw(), "gemeentecode": "GM0363"})])
    with pytest.raises(InvalidInputError, match="één herindeling"):
        taakstellingen("2025-H2", herindelingen=[hi, Herindeling(**{**_hi_kw(), "gemeentecode": "GM9001"})])
    with pytest.raises(InvalidInputError):
        Herindeling(**{**_hi_kw(), "delen": ["GM0088"]})


def test_herindeling_under_the_old_text_of_art_30_is_set_by_gedeputeerde_staten(tmp_path: Path) -> None:
    # the text of 2022-01-01 (in force until 2024-01-01): "Gedeputeerde staten … stellen het aantal
    # inwoners … vast", "zo veel mogelijk rekening gehouden met de aantallen inwoners van de
    # samenstellende delen" — the sum of the parts is then our reading (an aanname)
    csv = tmp_path / "inwoners_2021.csv"
    rows = "\n".join(f"{g.code},{g.inwoners_op(JAN_2024).aantal}" for g in register().gemeenten)
    csv.write_text("gemeentecode,inwoners\n" + rows + "\n", encoding="utf-8")
    reg = register().met_inwoners_csv(csv, date(2021, 1, 1))
    hi = Herindeling(**{**_hi_kw(), "datum": date(2022, 1, 1)})
    u = taakstellingen("2022-H2", reg=reg, herindelingen=[hi])
    assert u.waarde.regel("GM9000").inwoners == 972 + 1_255
    stap = next(s for s in u.stappen if s.bericht.sleutel == "statushouders.stap.herindeling_gs")
    assert "stellen gedeputeerde staten iG vast" in stap.zin
    assert [b.id for b in stap.bronnen] == [
        "huisvestingswet.art30.2022-01-01",
        "aanname.statushouders.herindeling-gs",
    ]
    assert "zo veel mogelijk rekening gehouden" in (
        bron("huisvestingswet.art30.2022-01-01").toelichting or ""
    )
    e = uitleg_gemeente(u, "GM9000")
    assert "aanname.statushouders.herindeling-gs" in {b.id for b in e.stappen[1].bronnen}
    _uit_catalogus(u)
    assert "gedeputeerde staten set iG, taking the inhabitants of the component parts" in u.uitleg(taal="en")
    p = parameter("statushouders.json", "statushouders.herindeling_inwoners")
    assert (p.op(date(2023, 7, 1)), p.op(date(2024, 1, 1))) == ("gedeputeerde_staten", "minister")


def _hi_kw() -> dict[str, Any]:
    return {
        "datum": date(2025, 1, 1),
        "gemeentecode": "GM9000",
        "gemeentenaam": "X",
        "delen": ["GM0088", "GM0096"],
    }


# -- the text cited: the Huisvestingswet 2014 in force when the half-year begins --------------------


def _inwoners_op(tmp_path: Path, peildatum: date) -> Register:
    """The shipped register with the 2024 figures relabelled to ``peildatum`` (only to exercise the rule)."""
    csv = tmp_path / f"inwoners_{peildatum.year}.csv"
    rows = "\n".join(f"{g.code},{g.inwoners_op(JAN_2024).aantal}" for g in register().gemeenten)
    csv.write_text("gemeentecode,inwoners\n" + rows + "\n", encoding="utf-8")
    return register().met_inwoners_csv(csv, peildatum)


HUISVESTINGSWET = (
    "huisvestingswet.art28",
    "huisvestingswet.art29.lid1",
    "huisvestingswet.art29.lid2",
    "huisvestingswet.art30",
)


@pytest.mark.parametrize(
    ("halfjaar", "versie"),
    [
        ("2022-H1", date(2022, 1, 1)),
        ("2022-H2", date(2022, 1, 1)),  # no version between 2022-01-01 and 2024-01-01 (LAW.md §5)
        ("2023-H2", date(2022, 1, 1)),
        ("2024-H1", date(2024, 1, 1)),
        ("2024-H2", date(2024, 7, 1)),
        ("2025-H1", date(2025, 1, 1)),
        ("2025-H2", date(2025, 7, 1)),  # not 2025-02-12: that version is not in force on 1 July
        ("2026-H1", date(2026, 1, 1)),
        ("2026-H2", date(2026, 7, 1)),
        ("2030-H1", date(2026, 7, 1)),  # after the newest version read: the newest
    ],
)
def test_every_article_is_cited_in_the_version_in_force_when_the_half_year_begins(
    halfjaar: str, versie: date
) -> None:
    from asielketen.sources import Wetsartikel
    from asielketen.statushouders._wettekst import artikel

    h = Halfjaar.parse(halfjaar)
    for basis in HUISVESTINGSWET:
        b = artikel(basis, h)
        assert (
            isinstance(b, Wetsartikel) and b.versiedatum == versie and b.versiedatum <= max(h.begin, versie)
        )
        huidig = bron(basis)
        assert isinstance(huidig, Wetsartikel)
        assert (b.artikel, b.lid) == (huidig.artikel, huidig.lid)  # the same article, another text
        assert b.url == f"https://wetten.overheid.nl/BWBR0035303/{versie.isoformat()}#Artikel{b.artikel}"


@pytest.mark.parametrize(("halfjaar", "versie"), [("2025-H1", "2025-01-01"), ("2025-H2", "2025-07-01")])
def test_a_result_cites_no_other_text_than_the_one_in_force(halfjaar: str, versie: str) -> None:
    from asielketen.sources import Wetsartikel

    t = taakstellingen(halfjaar)
    ams, rdam = t.waarde.regel("GM0363").taakstelling, t.waarde.regel("GM0599").taakstelling
    u = herverdeel(t, Herverdeling.van({"GM0363": ams - 10, "GM0599": rdam + 10}))
    e = uitleg_gemeente(u, "Amsterdam")
    for r in (u, e, taakstelling_voor("Het Hogeland", halfjaar)):
        artikelen = [b for b in r.bronnen if isinstance(b, Wetsartikel)]
        assert artikelen and {b.versiedatum.isoformat() for b in artikelen} == {versie}
        assert "tekst geldend op 2026-01-01" not in r.uitleg() and f"tekst geldend op {versie}" in r.uitleg()


def test_2022_cites_the_text_of_2022(tmp_path: Path) -> None:
    u = taakstellingen("2022-H2", reg=_inwoners_op(tmp_path, date(2021, 1, 1)))
    assert "tekst geldend op 2022-01-01" in u.uitleg() and "2026-01-01" not in u.uitleg()
    assert not any(s.bericht.sleutel == "statushouders.stap.wettekst_ouder" for s in u.stappen)


def test_a_half_year_before_the_oldest_text_read_says_so(tmp_path: Path) -> None:
    u = taakstellingen("2019-H2", landelijk=9_000, reg=_inwoners_op(tmp_path, date(2018, 1, 1)))
    stap = u.stappen[0]
    assert stap.bericht.sleutel == "statushouders.stap.wettekst_ouder"
    assert "die gold bij de aanvang van 2019-H2 (2019-07-01) is niet ingezien" in stap.zin
    assert "geldend op 2022-01-01" in stap.zin
    assert [b.id for b in stap.bronnen] == [
        "aanname.statushouders.wettekst-versie",
        "huisvestingswet.art29.lid1.2022-01-01",
    ]
    assert Status.AANNAME in u.statussen
    e = uitleg_gemeente(u, "Utrecht")
    assert e.stappen[0].bericht.sleutel == "statushouders.stap.wettekst_ouder"
    _uit_catalogus(e)
    assert "in force when 2019-H2 began (2019-07-01) was not read" in e.uitleg(taal="en")


def test_every_version_of_the_huisvestingswet_was_read() -> None:
    from asielketen.bronregister import alle_bronnen
    from asielketen.sources import Wetsartikel

    versies = [b for b in alle_bronnen() if isinstance(b, Wetsartikel) and b.bwb_id == "BWBR0035303"]
    per_datum: dict[date, set[tuple[str, str | None]]] = {}
    for b in versies:
        assert b.status is Status.WETTEKST and b.wet == "Huisvestingswet 2014"
        per_datum.setdefault(b.versiedatum, set()).add((b.artikel, b.lid))
        if b.id not in HUISVESTINGSWET:  # the versions added for the half-years: where they were read
            assert f"huisvestingswet_2014/{b.versiedatum.isoformat()}.yaml" in (b.toelichting or ""), b.id
    assert sorted(per_datum) == [
        date(2022, 1, 1),
        date(2024, 1, 1),
        date(2024, 7, 1),
        date(2025, 1, 1),
        date(2025, 7, 1),
        date(2026, 1, 1),
        date(2026, 7, 1),
    ]
    assert all(v == {("28", None), ("29", "1"), ("29", "2"), ("30", None)} for v in per_datum.values())


# -- backlog -----------------------------------------------------------------------------------


@st.composite
def realisatiereeksen(draw: st.DrawFn) -> list[Realisatie]:
    start = draw(st.builds(Halfjaar, st.integers(2015, 2040), st.sampled_from([1, 2])))
    n = draw(st.integers(1, 8))
    return [
        Realisatie(
            halfjaar=h,
            taakstelling=draw(st.integers(0, 1000)),
            gehuisvest=draw(st.integers(0, 1000)),
            nareizigers=draw(st.integers(0, 200)),
        )
        for h in start.reeks(n)
    ]


@given(realisatiereeksen(), st.integers(-500, 500), st.randoms())
def test_backlog_carries_over(reeks: list[Realisatie], beginsaldo: int, rnd: Any) -> None:
    geschud = list(reeks)
    rnd.shuffle(geschud)  # any order; consecutive is what counts
    met = achterstandsverloop(geschud, beginsaldo=beginsaldo).waarde
    zonder = achterstandsverloop(reeks, beginsaldo=beginsaldo, nareizigers=False).waarde
    totaal = sum(x.gehuisvest + x.nareizigers - x.taakstelling for x in reeks)
    assert met.eindsaldo == beginsaldo + totaal
    assert zonder.eindsaldo == met.eindsaldo - sum(x.nareizigers for x in reeks) <= met.eindsaldo
    assert [s.halfjaar for s in met.halfjaren] == [x.halfjaar for x in reeks]
    assert met.achterstand == max(0, -met.eindsaldo) and met.voorsprong == max(0, met.eindsaldo)
    assert from_json(to_json(met), Achterstandsverloop) == met


def test_backlog_example() -> None:
    u = achterstandsverloop(
        [
            Realisatie(halfjaar="2025-H1", taakstelling=41, gehuisvest=30),
            Realisatie(halfjaar="2025-H2", taakstelling=35, gehuisvest=40, nareizigers=3),
        ],
        gemeente="GM1966",
        beginsaldo=-5,
    )
    s1, s2 = u.waarde.halfjaren
    assert (s1.beginsaldo, s1.eindsaldo, s1.te_huisvesten) == (-5, -16, 46)
    assert (s2.beginsaldo, s2.gerealiseerd, s2.eindsaldo) == (-16, 43, -8)
    assert u.waarde.achterstand == 8 and u.waarde.gemeentecode == "GM1966"
    ids = {b.id for b in u.bronnen}
    assert {"aanname.statushouders.nareizigers", "gemeente.nu-2022-04-taakstelling-13500"} <= ids


@pytest.mark.parametrize(
    ("reeks", "fout"),
    [
        ([], InvalidInputError),
        ([("2025-H1", 1), ("2025-H1", 1)], InvalidPeriodError),
        ([("2024-H2", 1), ("2025-H2", 1)], InvalidPeriodError),
    ],
)
def test_backlog_needs_consecutive_half_years(reeks: list[tuple[str, int]], fout: type[Exception]) -> None:
    with pytest.raises(fout) as exc:
        achterstandsverloop([Realisatie(halfjaar=h, taakstelling=t, gehuisvest=0) for h, t in reeks])
    if reeks and reeks[0][0] == "2024-H2":
        assert "2025-H1" in str(exc.value)


def test_nareizigers_assumption_is_shipped_as_aanname() -> None:
    u = nareizigers_tellen_mee("2025-H2")
    assert u.waarde.tellen_mee is True and u.bronnen[0].status is Status.AANNAME
    assert from_json(to_json(u), Uitkomst[Nareizigersstand]) == u
    with pytest.raises(StructureError, match="true of false"):
        structure({"halfjaar": {"jaar": 2025, "helft": 2}, "tellen_mee": 1}, Nareizigersstand)
    with pytest.raises(ParameterNotValidError):
        nareizigers_tellen_mee("2014-H2")


# -- voorrang ----------------------------------------------------------------------------------


def test_voorrang_ban_is_off_by_default() -> None:
    u = voorrangsverbod(date(2026, 6, 1))
    assert u.waarde.verbod is False and u.waarde.verbod_vanaf is None
    assert {"kst-36831-6", "aanname.statushouders.voorrangsverbod"} <= {b.id for b in u.bronnen}
    kst = bron("kst-36831-6")
    assert isinstance(kst, Kamerstuk) and (kst.dossier, kst.ondernummer, kst.datum) == (
        "36 831",
        "6",
        date(2026, 1, 22),
    )
    with pytest.raises(ParameterNotValidError):
        voorrangsverbod(date(2014, 12, 31))
    with pytest.raises(InvalidInputError):
        voorrangsregel(verbod_vanaf=date(2015, 1, 1))


@given(st.dates(date(2015, 1, 2), date(2100, 1, 1)), st.dates(date(2015, 1, 1), date(2100, 1, 1)))
def test_voorrang_scenario_switches_on_at_its_date(vanaf: date, peildatum: date) -> None:
    u = voorrangsverbod(peildatum, verbod_vanaf=vanaf)
    assert u.waarde.verbod is (peildatum >= vanaf)
    assert from_json(to_json(u), Uitkomst[Voorrangsstand]) == u
    assert voorrangsregel().op(peildatum) is False


# -- VNG action --------------------------------------------------------------------------------


def test_vng_numbers_are_those_of_the_letter() -> None:
    u = vng_actie_aantallen(NA_BRIEF)
    assert {n.netwerk: n.plekken for n in u.waarde} == REFERENTIE
    assert netwerknamen() == tuple(REFERENTIE)
    assert [b.id for b in u.bronnen] == ["VNG-2026-05-28"] and u.bronnen[0].status is Status.BRIEF
    with pytest.raises(ParameterNotValidError):
        vng_actie_aantallen(date(2026, 5, 27))


ZIN_KOSTEN = (
    "Vanuit het Rijk is aangegeven dat extra kosten die gemeenten in dit kader maken, worden vergoed."
)


def test_vng_extra_costs_are_reimbursed_is_a_step_with_its_source() -> None:
    """VNG-2026-05-28: 'Vanuit het Rijk is aangegeven dat extra kosten die gemeenten in dit kader
    maken, worden vergoed.' — a step of every result about a gemeente or the country (issue 16 §6)."""
    for u in (vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF), vng_actie(peildatum=NA_BRIEF)):
        (stap,) = [s for s in u.stappen if ZIN_KOSTEN in s.bericht.nl]
        assert [b.id for b in stap.bronnen] == ["VNG-2026-05-28"] and stap.bronnen[0].status is Status.BRIEF
        assert ZIN_KOSTEN in stap.bericht.en  # quoted in Dutch, glossed in English
    assert normaliseer(ZIN_KOSTEN) in brief("002_")


def _g4_g40() -> Register:
    """The shipped register with only the G4 and G40 lists (the state before issue 19)."""
    return evolve(register(), netwerken=[n for n in register().netwerken if n.naam in ("G4", "G40")])


def _alle_volledig() -> Register:
    """The shipped register with every list taken as complete (as if P10 and K80 were whole)."""
    return evolve(
        register(), netwerken=[evolve(n, volledig=True, verwacht=None) for n in register().netwerken]
    )


def test_vng_gemeente_in_no_network_is_not_a_silent_zero() -> None:
    u = vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF, reg=_alle_volledig())
    assert u.waarde.plekken is None and u.waarde.netwerk is None and not u.waarde.in_netwerk
    assert not u.waarde.lidmaatschap_onbekend and u.waarde.onbekend_in == ()
    assert {n.netwerk: n.plekken for n in u.waarde.referentie} == REFERENTIE
    tekst = u.uitleg()
    assert "geen netwerk" in tekst and "K80 circa 2" in tekst and "G4, G40, M50, R8, P10, K80" in tekst


def test_vng_absent_from_an_incomplete_list_is_unknown_never_not_a_member() -> None:
    """Issue 19: P10 (28 of 31-32) and K80 (11 of ~64) are incomplete; a gemeente on no list is
    'lidmaatschap onbekend' with the reference numbers and how to supply membership."""
    u = vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF)
    a = u.waarde
    assert (a.plekken, a.netwerk, a.lidmaatschap_onbekend, a.onbekend_in) == (
        None,
        None,
        True,
        ("P10", "K80"),
    )
    tekst = u.uitleg()
    assert "lid is, is onbekend" in tekst and "ook niet 'geen lid'" in tekst
    assert "P10: 28 van 31-32 leden bekend; K80: 11 van circa 64 leden bekend" in tekst
    assert "K80 circa 2" in tekst and "met_netwerken_csv" in tekst and "--netwerken PAD" in tekst
    assert "van geen netwerk van de actie lid" not in tekst
    assert {"pers.p10-toetredingen", "pers.k80-kerngroep"} <= {b.id for b in u.bronnen}
    # only P10 missing: a gemeente on no list is unknown there only (a list not in the register
    # at all is as good as incomplete)
    reg = evolve(
        register(),
        netwerken=[evolve(n, volledig=True) if n.naam == "K80" else n for n in register().netwerken],
    )
    assert vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF, reg=reg).waarde.onbekend_in == ("P10",)
    assert vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF, reg=_g4_g40()).waarde.onbekend_in == (
        "M50",
        "R8",
        "P10",
        "K80",
    )


def test_vng_het_hogeland_gets_the_p10_number() -> None:
    u = vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF)
    assert (u.waarde.netwerk, u.waarde.plekken, u.waarde.netwerken) == ("P10", 5, ("P10",))
    assert u.waarde.onbekend_in == () and not u.waarde.lidmaatschap_onbekend  # K80's 2 < 5
    assert "Het Hogeland (GM1966) is lid van P10: indicatief circa 5 extra plekken." in u.uitleg()
    assert "pers.p10-toetredingen" in {b.id for b in u.bronnen}


@pytest.mark.parametrize(
    ("naam", "netwerken", "netwerk"),
    [
        ("Meierijstad", ("M50", "R8"), "M50"),  # 15 and 15: the first in the letter's order
        ("Peel en Maas", ("M50", "P10"), "M50"),
        ("Westerkwartier", ("R8", "P10"), "R8"),
    ],
)
def test_vng_shipped_overlaps_give_the_highest_and_say_so(
    naam: str, netwerken: tuple[str, ...], netwerk: str
) -> None:
    u = vng_actie_voor(naam, peildatum=NA_BRIEF)
    assert (u.waarde.netwerken, u.waarde.netwerk, u.waarde.plekken) == (netwerken, netwerk, 15)
    assert "één bijdrage, het hoogste aantal" in u.uitleg()
    assert "aanname.vng-actie.een-bijdrage" in {b.id for b in u.bronnen}


def test_vng_k80_member_may_have_a_higher_number_through_p10() -> None:
    reg = register()
    (code,) = [c for c in reg.netwerk("K80").leden if c not in reg.netwerk("P10").leden][:1]
    u = vng_actie_voor(code, peildatum=NA_BRIEF)
    assert (u.waarde.netwerk, u.waarde.plekken, u.waarde.onbekend_in) == ("K80", 2, ("P10",))
    assert not u.waarde.lidmaatschap_onbekend and "staat" in u.uitleg() and "hoogste aantal" in u.uitleg()


def test_vng_shipped_membership_and_national_sum() -> None:
    reg = register()
    assert {n.naam: (len(n.leden), n.volledig, n.verwacht) for n in reg.netwerken} == {
        "G4": (4, True, None),
        "G40": (41, True, None),
        "M50": (61, True, None),
        "R8": (8, True, None),
        "P10": (28, False, "31-32"),
        "K80": (11, False, "circa 64"),
    }
    assert vng_actie_voor("Utrecht", peildatum=NA_BRIEF).waarde.plekken == 30
    assert vng_actie_voor("Groningen", peildatum=NA_BRIEF).waarde.netwerk == "G40"
    u = vng_actie(peildatum=NA_BRIEF)
    v = u.waarde
    # 45 G4/G40 × 30 + (61 M50 + 8 R8 − Meierijstad) × 15 + (28 P10 − Peel en Maas, Westerkwartier) × 5
    # + 11 K80 × 2, over 150 known gemeenten; 192 on no list: unknown, not "none"
    assert v.totaal == 45 * 30 + 68 * 15 + 26 * 5 + 11 * 2 == 2522
    assert (v.zonder_netwerk, v.lidmaatschap_onbekend, len(v.gemeenten)) == (192, 192, 342)
    assert v.onvolledige_ledenlijsten == ("P10", "K80") and v.netwerken_zonder_ledenlijst == ()
    assert sum(1 for r in v.gemeenten if r.plekken is not None) == 150
    tekst = u.uitleg()
    assert "van 192 gemeenten is het netwerk onbekend" in tekst and "circa 2522 extra plekken" in tekst
    assert "3 gemeenten zijn lid van meer dan één netwerk" in tekst
    # before issue 19 (only G4 and G40): the same total, and every other gemeente unknown
    w = vng_actie(peildatum=NA_BRIEF, reg=_g4_g40()).waarde
    assert (w.totaal, w.zonder_netwerk, w.lidmaatschap_onbekend) == (1350, 297, 297)
    assert w.netwerken_zonder_ledenlijst == ("M50", "R8", "P10", "K80")
    # every list complete: no unknowns, the old wording
    x = vng_actie(peildatum=NA_BRIEF, reg=_alle_volledig())
    assert (x.waarde.lidmaatschap_onbekend, x.waarde.zonder_netwerk) == (0, 192)
    assert "192 gemeenten zijn van geen netwerk van de actie lid" in x.uitleg()


def test_vng_several_networks_give_one_contribution_the_highest() -> None:
    reg = _g4_g40().met_netwerk(Netwerk(naam="M50", leden=["GM0014", "GM1966"], bron="gebruiker:x"))
    reg = reg.met_netwerk(Netwerk(naam="P10", leden=["GM1966"], bron="gebruiker:x"))
    reg = reg.met_netwerk(Netwerk(naam="G32", leden=["GM1966"], bron="gebruiker:x"))
    g = vng_actie_voor("GM0014", peildatum=NA_BRIEF, reg=reg)
    assert (g.waarde.netwerk, g.waarde.plekken) == ("G40", 30)
    assert "aanname.vng-actie.een-bijdrage" in {b.id for b in g.bronnen}
    h = vng_actie_voor("GM1966", peildatum=NA_BRIEF, reg=reg)
    assert (h.waarde.netwerk, h.waarde.plekken, h.waarde.netwerken) == ("M50", 15, ("M50", "P10", "G32"))
    assert "G32" in h.uitleg()
    v = vng_actie(peildatum=NA_BRIEF, reg=reg).waarde
    assert v.totaal == 45 * 30 + 15 and v.zonder_netwerk == 342 - 46


@given(
    st.lists(st.tuples(st.sampled_from(list(REFERENTIE)), st.sampled_from(["GM0014", "GM1966", "GM0088"])))
)
def test_vng_contribution_is_the_maximum_of_the_networks(lidmaatschap: list[tuple[str, str]]) -> None:
    reg = register()
    for naam in REFERENTIE:
        leden = [c for n, c in lidmaatschap if n == naam]
        if leden:
            reg = reg.met_netwerk(Netwerk(naam=naam, leden=leden, bron="gebruiker:x"))
    for code in ("GM0014", "GM1966", "GM0088"):
        a = vng_actie_voor(code, peildatum=NA_BRIEF, reg=reg).waarde
        netwerken = {n.naam for n in reg.netwerken_van(reg.gemeente(code))}
        verwacht = max((REFERENTIE[n] for n in netwerken), default=None)
        assert a.plekken == verwacht
        assert from_json(to_json(a), VngActie) == a
    v = vng_actie(peildatum=NA_BRIEF, reg=reg)
    per_gemeente = [
        max((REFERENTIE[n.naam] for n in reg.netwerken_van(g) if n.naam in REFERENTIE), default=None)
        for g in reg.gemeenten
    ]
    assert v.waarde.totaal == sum(x for x in per_gemeente if x is not None)
    assert v.waarde.zonder_netwerk == per_gemeente.count(None)
    assert from_json(to_json(v), Uitkomst[VngActieLandelijk]) == v


def _csv(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "netwerken.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_network_file_adds_membership(tmp_path: Path) -> None:
    p = _csv(
        tmp_path, "netwerk,gemeentecode,gemeentenaam\nP10,GM1966,Het Hogeland\nK80,GM0088,Schiermonnikoog\n"
    )
    reg = met_netwerken_csv(p, peildatum=NA_BRIEF, reg=_g4_g40())
    assert vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF, reg=reg).waarde.plekken == 5
    assert vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF, reg=reg).waarde.plekken == 2
    assert reg.netwerk("G40") == register().netwerk("G40")  # others kept
    assert "netwerken.csv" in {d.naam for d in reg.herkomst}
    assert vng_actie(peildatum=NA_BRIEF, reg=reg).waarde.totaal == 1350 + 5 + 2


def test_network_file_adds_to_an_incomplete_shipped_list(tmp_path: Path) -> None:
    """Supplying membership never shrinks an incomplete list (P10, K80): the members are added and
    the list stays incomplete; a complete list (M50) is replaced."""
    p = _csv(tmp_path, "netwerk,gemeentecode\nK80,GM0088\nM50,GM0096\n")
    reg = met_netwerken_csv(p, peildatum=NA_BRIEF)
    k80 = reg.netwerk("K80")
    assert len(k80.leden) == 12 and not k80.volledig and k80.verwacht == "circa 64"
    assert set(register().netwerk("K80").leden) < set(k80.leden)
    assert reg.netwerk("M50").leden == ("GM0096",) and reg.netwerk("M50").volledig
    a = vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF, reg=reg).waarde
    assert (a.netwerk, a.plekken, a.onbekend_in) == ("K80", 2, ("P10",))


def test_shipped_membership_file_reads_the_same(tmp_path: Path) -> None:
    p = tmp_path / "g4g40.csv"
    p.write_bytes(data.lees_bytes("netwerken_g4_g40.csv"))
    reg = met_netwerken_csv(p, peildatum=date(2022, 7, 1))
    assert {n.naam: n.leden for n in reg.netwerken} == {n.naam: n.leden for n in register().netwerken}


def test_network_file_errors_name_every_row(tmp_path: Path) -> None:
    p = _csv(
        tmp_path,
        "netwerk,gemeentecode,gemeentenaam\n"
        "K80,GM0088,Schiermonnikoog\n"  # row 2 fine
        "K81,GM0096,Vlieland\n"  # row 3 unknown network
        "K80,GM9999,\n"  # row 4 unknown code
        "K80,GM0088,\n"  # row 5 duplicate of row 2
        "P10,GM1966,Groningen\n"  # row 6 name does not fit the code
        "P10,GM0518,Den Haag\n",  # row 7 alias fits
    )
    with pytest.raises(StructureError) as exc:
        met_netwerken_csv(p, peildatum=NA_BRIEF)
    fouten = exc.value.fouten
    assert [f.split(":")[0] for f in fouten] == ["rij 3", "rij 4", "rij 5", "rij 6"]
    assert (
        "K81" in fouten[0] and "GM9999" in fouten[1] and "rij 2" in fouten[2] and "Het Hogeland" in fouten[3]
    )


@pytest.mark.parametrize(
    ("inhoud", "fragment"),
    [
        (b"netwerk;gemeente\nK80;GM0088\n", "kolommen"),
        (b"netwerk,gemeentecode\n", "geen rijen"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_network_file_structure(tmp_path: Path, inhoud: bytes, fragment: str) -> None:
    p = tmp_path / "n.csv"
    p.write_bytes(inhoud)
    with pytest.raises(StructureError, match=fragment):
        met_netwerken_csv(p, peildatum=NA_BRIEF)
    with pytest.raises(InvalidInputError, match="niet leesbaar"):
        met_netwerken_csv(tmp_path / "bestaat-niet.csv", peildatum=NA_BRIEF)


# -- JSON round trips --------------------------------------------------------------------------


@given(inwonerlijsten, landelijke_aantallen)
def test_json_round_trip_of_the_national_result(xs: list[int], vg: int) -> None:
    u = taakstellingen(H2_2025, landelijk=vg, reg=_register(xs))
    assert from_json(to_json(u), Uitkomst[Taakstellingen]) == u
    e = uitleg_gemeente(u, "GM0001")
    assert from_json(to_json(e), Uitkomst[Taakstelling]) == e


gemeentecodes = st.integers(0, 9999).map(lambda i: f"GM{i:04d}")
herindelingen = st.builds(
    Herindeling,
    datum=st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    gemeentecode=gemeentecodes,
    gemeentenaam=st.text("abcdefghij -", min_size=1, max_size=12).filter(str.strip),
    delen=st.lists(gemeentecodes, min_size=2, max_size=4, unique=True).map(tuple),
)
herverdelingen = st.dictionaries(gemeentecodes, st.integers(0, 10**5), min_size=2, max_size=4).map(
    Herverdeling.van
)


@given(herindelingen, herverdelingen, realisatiereeksen())
def test_json_round_trip_of_entities(hi: Herindeling, hv: Herverdeling, reeks: list[Realisatie]) -> None:
    assert from_json(to_json(hi), Herindeling) == hi
    assert from_json(to_json(hv), Herverdeling) == hv
    for r in reeks:
        assert from_json(to_json(r), Realisatie) == r


def test_json_round_trip_of_the_real_results() -> None:
    for u, t in [
        (taakstellingen("2025-H2"), Uitkomst[Taakstellingen]),
        (vng_actie(peildatum=NA_BRIEF), Uitkomst[VngActieLandelijk]),
        (vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF), Uitkomst[VngActie]),
        (voorrangsverbod(date(2026, 1, 1)), Uitkomst[Voorrangsstand]),
    ]:
        assert from_json(to_json(u), t) == u
    fast = taakstellingen("2025-H2").waarde.gemeenten[0]
    assert fast == Taakstellingsregel(**json.loads(to_json(fast)))  # the fast path builds equal rows


def test_vng_records_refuse_inconsistent_numbers() -> None:
    raw = json.loads(to_json(vng_actie_voor("Utrecht", peildatum=NA_BRIEF).waarde))
    raw["plekken"] = 0
    with pytest.raises(StructureError, match="ADR 0003"):
        structure(raw, VngActie)
    raw = json.loads(to_json(vng_actie(peildatum=NA_BRIEF).waarde))
    raw["totaal"] += 1
    with pytest.raises(StructureError, match="totaal"):
        structure(raw, VngActieLandelijk)


# -- the shipped parameter file ----------------------------------------------------------------


def test_every_parameter_has_a_source_with_the_right_status() -> None:
    verwacht = {
        "statushouders.landelijk_aantal_bijgesteld": Status.PERS,
        "statushouders.herindeling_inwoners": Status.WETTEKST,
        "statushouders.voorrangsverbod": Status.AANNAME,
        "statushouders.nareizigers_tellen_mee": Status.AANNAME,
        **{f"statushouders.vng_actie.{n}": Status.BRIEF for n in REFERENTIE},
    }
    for naam, status in verwacht.items():
        assert {g.bron.status for g in parameter("statushouders.json", naam).waarden} == {status}, naam
    vg = parameter("statushouders.json", "statushouders.landelijk_aantal")
    assert {g.bron.status for g in vg.waarden} == {Status.PERS, Status.OFFICIEEL}  # 2024-H1: Kamervragen


# -- command line ------------------------------------------------------------------------------


def test_cli_json_has_records_totals_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "statushouders", "--halfjaar", "2025-H2", "--format", "json")
    assert code == 0 and err == ""
    d = json.loads(out)
    w = d["waarde"]
    assert (w["landelijk_aantal"], w["som"], len(w["gemeenten"])) == (13_000, 13_164, 342)
    ams = next(r for r in w["gemeenten"] if r["gemeentecode"] == "GM0363")
    assert (ams["gemeentenaam"], ams["taakstelling"]) == ("Amsterdam", 675)
    assert {b["id"] for s in d["stappen"] for b in s["bronnen"]} >= {
        "huisvestingswet.art29.lid1.2025-07-01",
        "gemeente.nu-2025-04-faber-taakstelling",
        "CBS-85755NED-2024",
    }
    assert structure(d, Uitkomst[Taakstellingen]) == taakstellingen("2025-H2")


def test_cli_table_csv_and_one_gemeente(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "statushouders", "--halfjaar", "2025-H2")
    assert code == 0 and "13164" in out and "[pers]" in out
    assert re.search(r"^GM1966 +Het Hogeland +48224 +35$", out, re.MULTILINE)
    code, out, _ = run(capsys, "statushouders", "--halfjaar", "2025-H2", "--format", "csv")
    assert (
        out.splitlines()[0] == "gemeentecode,gemeentenaam,inwoners,taakstelling"
        and len(out.splitlines()) == 343
    )
    assert "GM0363,Amsterdam,931298,675" in out
    code, out, _ = run(capsys, "statushouders", "--halfjaar", "2025-H1", "--gemeente", "Het Hogeland")
    assert code == 0 and "Het Hogeland 2025-H1: 48" in out and "bijgesteld naar 15000" in out
    code, out, _ = run(
        capsys, "statushouders", "--halfjaar", "2025-H2", "--gemeente", "GM0363", "--format", "json"
    )
    assert structure(json.loads(out), Uitkomst[Taakstelling]).waarde.taakstelling == 675
    code, out, _ = run(
        capsys,
        "statushouders",
        "--halfjaar",
        "2025-H2",
        "--landelijk",
        "20000",
        "--gemeente",
        "GM0363",
        "--format",
        "csv",
    )
    assert out.splitlines()[1] == f"2025-H2,GM0363,Amsterdam,931298,{-(-20_000 * 931_298 // IN_2024)}"


def test_cli_inwoners_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv = tmp_path / "inw.csv"
    rows = "\n".join(f"{g.code},{g.inwoners_op(JAN_2024).aantal}" for g in register().gemeenten)
    csv.write_text("gemeentecode,inwoners\n" + rows + "\n", encoding="utf-8")
    argv = ["statushouders", "--halfjaar", "2026-H1", "--landelijk", "12000", "--inwoners", str(csv)]
    code, out, err = run(capsys, *argv, "--gemeente", "Amsterdam", "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[1] == "2026-H1,GM0363,Amsterdam,931298,623"


def test_cli_2026_from_shipped_inhabitants(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "statushouders", "--halfjaar", "2026-H1", "--landelijk", "12000")
    assert code == 0, err
    assert "inwoners Nederland (iN) op 2025-01-01: 18044027" in out
    assert "tekst geldend op 2026-01-01" in out


def test_cli_chooses_the_version_of_vg(capsys: pytest.CaptureFixture[str]) -> None:
    basis = ["statushouders", "--halfjaar", "2025-H1", "--gemeente", "Het Hogeland", "--format", "csv"]
    _, standaard, _ = run(capsys, *basis)
    _, bekend, _ = run(capsys, *basis, "--landelijk-versie", "bekendgemaakt")
    _, bijgesteld, _ = run(capsys, *basis, "--landelijk-versie", "bijgesteld")
    assert standaard == bekend and standaard.splitlines()[1] == "2025-H1,GM1966,Het Hogeland,48224,48"
    assert bijgesteld.splitlines()[1] == "2025-H1,GM1966,Het Hogeland,48224,41"
    code, out, _ = run(capsys, "statushouders", "--halfjaar", "2025-H1", "--landelijk-versie", "bijgesteld")
    assert code == 0 and "landelijk aantal (vg): 15000" in out and "som van de taakstellingen: 15170" in out
    code, out, _ = run(capsys, *basis[:-2], "--landelijk-versie", "bijgesteld", "--format", "json")
    stap = json.loads(out)["stappen"][0]
    assert stap["bericht"]["sleutel"] == "statushouders.stap.vg_bijgesteld"
    assert {b["id"] for b in stap["bronnen"]} == {
        "gemeente.nu-2025-04-faber-taakstelling",
        "huisvestingswet.art29.lid1.2025-01-01",
        "aanname.statushouders.landelijk-versie",
    }


_HERVERDELING_CSV = "besluit,gemeentecode,taakstelling\nB&W 2025-03-01,GM0363,665\nB&W 2025-03-01,GM1966,45\n"
_HERINDELING_CSV = (
    "datum,gemeentecode,gemeentenaam,deel\n"
    "2025-01-01,GM9000,Wadden (voorbeeld),GM0088\n"
    "2025-01-01,GM9000,Wadden (voorbeeld),GM0096\n"
    "2026-01-01,GM9001,Later (voorbeeld),GM0060\n"
    "2026-01-01,GM9001,Later (voorbeeld),GM0093\n"
)


def test_cli_herverdeling_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "herverdeling.csv"
    p.write_text(_HERVERDELING_CSV, encoding="utf-8")
    basis = ["statushouders", "--halfjaar", "2025-H2", "--herverdeling", str(p)]
    code, out, err = run(capsys, *basis)
    assert code == 0, err
    assert "herverdeling (art. 29 lid 2) (B&W 2025-03-01): GM0363 675 → 665, GM1966 35 → 45" in out
    assert re.search(r"^GM1966 +Het Hogeland +48224 +35 +45$", out, re.MULTILINE)
    assert "som van de taakstellingen: 13164" in out  # art. 29 lid 2: the sum stays the same
    _, out, _ = run(capsys, *basis, "--format", "csv")
    regels = out.splitlines()
    assert regels[0] == "gemeentecode,gemeentenaam,inwoners,volgens_formule,taakstelling"
    assert "GM0363,Amsterdam,931298,675,665" in regels and "GM0014,Groningen,243768,177,177" in regels
    _, out, _ = run(capsys, *basis, "--format", "json")
    d = json.loads(out)
    verwacht = herverdeel(
        taakstellingen("2025-H2"),
        Herverdeling.van({"GM0363": 665, "GM1966": 45}, omschrijving="B&W 2025-03-01"),
    )
    assert structure(d, Uitkomst[Taakstellingen]).waarde == verwacht.waarde
    assert "herverdeling.csv" in {x["naam"] for x in d["herkomst"]["datasets"]}
    _, out, _ = run(capsys, *basis, "--gemeente", "Het Hogeland")
    assert "Het Hogeland 2025-H2: 45" in out and "Bij een herverdeling met GM0363 (B&W 2025-03-01)" in out
    _, out, _ = run(capsys, *basis, "--gemeente", "Het Hogeland", "--format", "csv")
    assert out.splitlines() == [
        "halfjaar,gemeentecode,gemeentenaam,inwoners,volgens_formule,taakstelling",
        "2025-H2,GM1966,Het Hogeland,48224,35,45",
    ]
    # the same decision as JSON, as the converter writes it
    j = tmp_path / "herverdeling.json"
    j.write_text(
        to_json([Herverdeling.van({"GM0363": 665, "GM1966": 45}, omschrijving="B&W 2025-03-01")]),
        encoding="utf-8",
    )
    _, out_json, _ = run(
        capsys, "statushouders", "--halfjaar", "2025-H2", "--herverdeling", str(j), "--format", "csv"
    )
    _, out_csv, _ = run(capsys, *basis, "--format", "csv")
    assert out_json == out_csv


def test_cli_herindeling_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "herindeling.csv"
    p.write_text(_HERINDELING_CSV, encoding="utf-8")
    basis = ["statushouders", "--halfjaar", "2025-H2", "--herindeling", str(p)]
    code, out, err = run(capsys, *basis)
    assert code == 0, err
    assert "herindeling (art. 30) per 2025-01-01: GM0088 + GM0096 → GM9000 Wadden (voorbeeld)" in out
    assert "herindeling tot GM9001 Later (voorbeeld) gaat pas in op 2026-01-01: telt niet voor 2025-H2" in out
    assert re.search(r"^GM9000 +Wadden \(voorbeeld\) +2227 +GM0088 GM0096 +2$", out, re.MULTILINE)
    assert not re.search(r"^GM0088 ", out, re.MULTILINE) and re.search(r"^GM0060 ", out, re.MULTILINE)
    _, out, _ = run(capsys, *basis, "--format", "csv")
    assert out.splitlines()[0] == "gemeentecode,gemeentenaam,inwoners,delen,taakstelling"
    assert (
        "GM9000,Wadden (voorbeeld),2227,GM0088 GM0096,2" in out.splitlines() and len(out.splitlines()) == 342
    )
    _, out, _ = run(capsys, *basis, "--format", "json")
    d = json.loads(out)
    assert [h["gemeentecode"] for h in d["waarde"]["herindelingen"]] == ["GM9000"]
    assert "herindeling.csv" in {x["naam"] for x in d["herkomst"]["datasets"]}
    _, out, _ = run(capsys, *basis, "--gemeente", "GM9000")
    assert "de som van de samenstellende delen GM0088, GM0096" in out
    # both files at once: first the herindeling (art. 30), then the herverdeling (art. 29 lid 2)
    hv = tmp_path / "hv.csv"
    hv.write_text("gemeentecode,taakstelling\nGM9000,1\nGM0060,4\n", encoding="utf-8")
    code, out, err = run(capsys, *basis, "--herverdeling", str(hv), "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[0] == "gemeentecode,gemeentenaam,inwoners,volgens_formule,delen,taakstelling"
    assert "GM9000,Wadden (voorbeeld),2227,2,GM0088 GM0096,1" in out.splitlines()


@pytest.mark.parametrize(
    ("optie", "inhoud", "fragmenten"),
    [
        (
            "--herverdeling",
            "gemeentecode,taakstelling\nGM0363,665\nGM1966,46\n",
            ["Amsterdam (GM0363), Het Hogeland (GM1966) is 710 en zou 711 worden"],
        ),
        (
            "--herverdeling",
            "besluit,gemeentecode,taakstelling\na,GM0363,665\na,XX,1\na,GM0363,2\nb,GM1966,x\nc,GM0014,1\n",
            [
                "rij 3: gemeentecode 'XX' is geen gemeentecode",
                "rij 4: GM0363 staat al in besluit 'a' (rij 2)",
                "rij 5: taakstelling='x' is geen geheel getal",
                "rij 6: besluit 'c' noemt één gemeente",
            ],
        ),
        ("--herverdeling", "gemeentecode,taakstelling\nGM0363,665\nGM9999,10\n", ["GM9999"]),
        ("--herverdeling", "gemeente,aantal\n", ["gemeentecode, taakstelling"]),
        ("--herverdeling", "gemeentecode,taakstelling\n", ["geen rijen"]),
        (
            "--herindeling",
            "datum,gemeentecode,gemeentenaam,deel\n2025-01-01,GM9000,X,GM0088\n2025-02-01,GM9000,X,GM0096\n"
            "2025-01-01,GM9001,Y,GM0088\n2025-01-01,GM9002,Z,GM9998\n2025-13-01,GM9003,,GM0096\n",
            [
                "rij 3: GM9000 heeft een andere datum of gemeentenaam dan in rij 2",
                "rij 4: GM0088 gaat al op in een herindeling (rij 2)",
                "rij 5: onbekende gemeentecode GM9998",
                "rij 6: datum='2025-13-01' is geen datum",
                "rij 6: gemeentenaam is leeg",
            ],
        ),
        (
            "--herindeling",
            "datum,gemeentecode,gemeentenaam,deel\n2025-01-01,GM9000,X,GM0088\n",
            ["rij 2: GM9000 heeft één samenstellend deel"],
        ),
        (
            "--herindeling",
            "datum,gemeentecode,gemeentenaam,deel\n2025-01-01,GM0363,X,GM0088\n2025-01-01,GM0363,X,GM0096\n",
            ["andere gemeente"],
        ),
    ],
)
def test_cli_herverdeling_and_herindeling_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, optie: str, inhoud: str, fragmenten: list[str]
) -> None:
    p = tmp_path / "bestand.csv"
    p.write_text(inhoud, encoding="utf-8")
    code, out, err = run(capsys, "statushouders", "--halfjaar", "2025-H2", optie, str(p))
    assert code == 2 and out == "" and "Traceback" not in err, err
    for fragment in fragmenten:
        assert fragment in err, (fragment, err)


def test_cli_vng_actie(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        capsys, "statushouders", "--vng-actie", "--peildatum", "2026-06-01", "--gemeente", "Het Hogeland"
    )
    assert code == 0 and "VNG-actie Het Hogeland: circa 5 (P10)" in out
    code, out, _ = run(
        capsys, "statushouders", "--vng-actie", "--peildatum", "2026-06-01", "--gemeente", "Schiermonnikoog"
    )
    assert code == 0 and "lidmaatschap onbekend (ledenlijst P10, K80 onvolledig; zie referentie)" in out
    code, out, _ = run(capsys, "statushouders", "--vng-actie", "--peildatum", "2026-06-01")
    assert (
        code == 0
        and (
            "totaal indicatief over de bekende leden: circa 2522 extra plekken van 150 gemeenten; van 192 "
            "gemeenten is het netwerk onbekend (ledenlijst P10, K80 onvolledig)"
        )
        in out
    )
    p = _csv(tmp_path, "netwerk,gemeentecode\nK80,GM0088\n")
    code, out, _ = run(
        capsys,
        "statushouders",
        "--vng-actie",
        "--peildatum",
        "2026-06-01",
        "--netwerken",
        str(p),
        "--format",
        "json",
    )
    waarde = json.loads(out)["waarde"]
    assert code == 0 and (waarde["totaal"], waarde["lidmaatschap_onbekend"]) == (2524, 191)
    code, out, _ = run(capsys, "statushouders", "--vng-actie", "--peildatum", "2026-06-01", "--format", "csv")
    assert "GM0363,Amsterdam,G4,30" in out and "GM1966,Het Hogeland,P10,5" in out
    assert "GM0088,Schiermonnikoog,," in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--halfjaar", "2026-H1"], "--landelijk N"),
        (["--halfjaar", "2027-H1", "--landelijk", "12000"], "2026-01-01"),
        (
            ["--halfjaar", "2025-H1", "--landelijk", "1", "--landelijk-versie", "bijgesteld"],
            "eigen landelijk",
        ),
        (["--halfjaar", "2025-H1", "--landelijk-versie", "verlaagd"], "invalid choice"),
        (["--vng-actie", "--peildatum", "2026-06-01", "--herverdeling", "x.csv"], "--herverdeling"),
        (["--halfjaar", "2025-H3"], "JJJJ-H1"),
        (["--halfjaar", "2025-H2", "--landelijk", "-5"], "geheel getal"),
        (["--halfjaar", "2025-H2", "--gemeente", "Amsterdm"], "bedoelt u 'Amsterdam'"),
        (["--halfjaar", "2025-H2", "--inwoners", "/bestaat/niet.csv"], "niet leesbaar"),
        (["--halfjaar", "2025-H2", "--format", "xml"], "invalid choice"),
        ([], "--halfjaar"),
        (["--vng-actie"], "peildatum"),
        (["--vng-actie", "--peildatum", "2026-05-01"], "statushouders.vng_actie"),
        (["--vng-actie", "--peildatum", "2026-06-01", "--halfjaar", "2025-H2"], "horen bij"),
        (["--halfjaar", "2025-H2", "--peildatum", "2026-06-01"], "horen bij --vng-actie"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, "statushouders", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("asielketen: fout: ")
    assert fragment in err and "Traceback" not in err


# -- languages: every sentence from the catalogue, Dutch by default, English on request ----------


def _uit_catalogus(u: Uitkomst[Any]) -> None:
    """Every step is a statushouders catalogue sentence whose English differs from its Dutch."""
    assert u.stappen
    for stap in u.stappen:
        assert stap.bericht.sleutel.startswith("statushouders."), stap.bericht
        assert stap.bericht.nl != stap.bericht.en, stap.bericht.sleutel
    assert u.uitleg() == u.uitleg(taal="nl") != u.uitleg(taal="en")
    with in_taal("en"):
        assert u.uitleg() == u.uitleg(taal="en")


def test_taakstelling_explains_in_english() -> None:
    u = taakstelling_voor("Het Hogeland", "2025-H2")
    _uit_catalogus(u)
    en = u.uitleg(taal="en")
    assert "13000 × 48224 / 17942942 = 34.9391…, rounded up to a whole number: 35." in en
    assert "34,9391…, naar boven afgerond op een geheel getal: 35." in u.uitleg()
    assert "publication in the Staatscourant on 2025-04-01 at the latest" in en
    hi = Herindeling(
        datum=date(2025, 1, 1), gemeentecode="GM0088", gemeentenaam="Wadden", delen=["GM0088", "GM0096"]
    )
    later = Herindeling(
        datum=date(2026, 1, 1), gemeentecode="GM0001", gemeentenaam="Later", delen=["GM0060", "GM0072"]
    )
    landelijk = taakstellingen("2025-H2", herindelingen=[hi, later])
    _uit_catalogus(landelijk)
    assert "the sum over the 341 gemeenten" in landelijk.uitleg(taal="en")
    _uit_catalogus(uitleg_gemeente(landelijk, "GM0088"))
    v = herverdeel(
        taakstellingen("2025-H2", landelijk=14_000),
        Herverdeling.van({"GM0363": 720, "GM1966": 45}, omschrijving="besluit colleges"),
    )
    _uit_catalogus(v)
    e = uitleg_gemeente(v, "Het Hogeland")
    _uit_catalogus(e)
    assert "A herverdeling with GM0363 (besluit colleges) changed the taakstelling" in e.uitleg(taal="en")
    assert "2025-H2 was given by the user: 14000." in v.uitleg(taal="en")
    _uit_catalogus(landelijk_aantal("2025-H1"))
    en = landelijk_aantal("2025-H1").uitleg(taal="en")
    assert "is 17700: the number published before the half-year" in en and "adjusted to 15000" in en
    bijgesteld = landelijk_aantal("2025-H1", versie="bijgesteld")
    _uit_catalogus(bijgesteld)
    assert "is, on request, the later adjustment: 15000" in bijgesteld.uitleg(taal="en")
    _uit_catalogus(landelijk_aantal("2025-H2", versie="bijgesteld"))


def test_backlog_voorrang_and_vng_actie_explain_in_english(tmp_path: Path) -> None:
    reeks = [
        Realisatie(halfjaar="2025-H1", taakstelling=41, gehuisvest=30),
        Realisatie(halfjaar="2025-H2", taakstelling=35, gehuisvest=40, nareizigers=3),
    ]
    a = achterstandsverloop(reeks, beginsaldo=-4)
    _uit_catalogus(a)
    assert "housed 43 (of whom 3 nareizigers); balance -15 → -7 (achterstand (backlog) 7)" in a.uitleg(
        taal="en"
    )
    _uit_catalogus(achterstandsverloop(reeks, beginsaldo=5, nareizigers=False))
    _uit_catalogus(voorrangsverbod(date(2026, 6, 1)))
    _uit_catalogus(voorrangsverbod(date(2027, 6, 1), verbod_vanaf=date(2027, 1, 1)))
    geen = vng_actie_voor(
        "Het Hogeland",
        peildatum=NA_BRIEF,
        reg=_alle_volledig().met_netwerk(
            evolve(
                register().netwerk("P10"),
                leden=[c for c in register().netwerk("P10").leden if c != "GM1966"],
                volledig=True,
            )
        ),
    )
    _uit_catalogus(geen)
    onbekend = vng_actie_voor("Schiermonnikoog", peildatum=NA_BRIEF)
    _uit_catalogus(onbekend)
    assert "whether the gemeente is a member is unknown" in onbekend.uitleg(taal="en")
    _uit_catalogus(vng_actie_voor("GM1891", peildatum=NA_BRIEF))  # K80, maybe P10
    assert "with as reference: G4 about 30; G40 about 30; M50 about 15" in geen.uitleg(taal="en")
    assert "met als referentie: G4 circa 30; G40 circa 30; M50 circa 15" in geen.uitleg()
    reg = met_netwerken_csv(
        _csv(tmp_path, "netwerk,gemeentecode\nM50,GM0344\nK80,GM0344\nP10,GM1966\n"), peildatum=NA_BRIEF
    )
    _uit_catalogus(vng_actie_voor("Utrecht", peildatum=NA_BRIEF, reg=reg))
    _uit_catalogus(vng_actie_voor("Het Hogeland", peildatum=NA_BRIEF, reg=reg))
    _uit_catalogus(vng_actie(peildatum=NA_BRIEF))
    _uit_catalogus(vng_actie(peildatum=NA_BRIEF, reg=reg))


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 5)), min_size=1, max_size=4),
    st.integers(-30, 30),
    st.sampled_from([None, True, False]),
)
def test_backlog_explanation_comes_from_the_catalogue(
    cijfers: list[tuple[int, int, int]], beginsaldo: int, nareizigers: bool | None
) -> None:
    h = Halfjaar(2024, 1)
    reeks = []
    for taak, gehuisvest, na in cijfers:
        reeks.append(Realisatie(halfjaar=h, taakstelling=taak, gehuisvest=gehuisvest, nareizigers=na))
        h = h.volgende()
    u = achterstandsverloop(reeks, beginsaldo=beginsaldo, nareizigers=nareizigers)
    for stap in u.stappen:  # the cheap part of _uit_catalogus: every step, both languages
        assert stap.bericht.sleutel.startswith("statushouders."), stap.bericht
        assert stap.bericht.nl != stap.bericht.en, stap.bericht.sleutel


def test_errors_render_in_english(tmp_path: Path) -> None:
    u = taakstellingen("2025-H2")
    with pytest.raises(InvalidInputError) as exc:
        herverdeel(u, Herverdeling.van({"GM0363": 665, "GM1966": 46}))
    assert exc.value.tekst("en").endswith(
        "the sum of the taakstellingen of Amsterdam (GM0363), Het Hogeland (GM1966) is 710 and would "
        "become 711; Huisvestingswet 2014 art. 29 lid 2 allows only a change that keeps the sum the same"
    )
    assert str(exc.value) != exc.value.tekst("en") and "zou 711 worden" in str(exc.value)
    with pytest.raises(LandelijkAantalOntbreektError) as ontbreekt:
        taakstellingen("2026-H1")
    assert "no national number of vergunninghouders (vg) for 2026-H1 is shipped" in ontbreekt.value.tekst(
        "en"
    )
    assert "has no value on 2026-01-01" in ontbreekt.value.tekst("en")
    with pytest.raises(DataUnavailableError) as inwoners:
        taakstellingen("2027-H1", landelijk=12_000)
    assert "supply them with Register.met_inwoners_csv(path, date(2026, 1, 1))" in inwoners.value.tekst("en")
    with pytest.raises(InvalidInputError) as versie:
        taakstellingen("2025-H1", landelijk_versie="verlaagd")
    assert versie.value.tekst("en").endswith("choose bekendgemaakt, bijgesteld (ADR 0009)")
    with pytest.raises(UnknownNameError) as onbekend:
        u.waarde.regel("Amsterdm")
    assert "unknown gemeente in these taakstellingen; did you mean 'Amsterdam'" in onbekend.value.tekst("en")
    p = _csv(tmp_path, "netwerk,gemeentecode\nK81,GM1966\nP10,GM9999\n")
    with pytest.raises(StructureError) as structuur:
        met_netwerken_csv(p, peildatum=NA_BRIEF)
    assert [f.split(":")[0] for f in structuur.value.fouten] == ["rij 2", "rij 3"]
    with in_taal("en"):
        assert structuur.value.fouten == (
            "row 2: unknown network 'K81' (known: G4, G40, M50, R8, P10, K80)",
            "row 3: unknown gemeentecode 'GM9999'",
        )
    with pytest.raises(InvalidPeriodError) as periode:
        achterstandsverloop(
            [
                Realisatie(halfjaar="2025-H1", taakstelling=1, gehuisvest=1),
                Realisatie(halfjaar="2026-H1", taakstelling=1, gehuisvest=1),
            ]
        )
    assert periode.value.tekst("en").endswith(
        "is missing between 2025-H1 and 2026-H1; the half-years must be consecutive"
    )


def test_cli_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--taal", "en", "statushouders", "--halfjaar", "2025-H2")
    assert code == 0 and "national number (vg): 13000" in out and "(+164 through rounding up)" in out
    code, out, _ = run(
        capsys, "--taal", "en", "statushouders", "--halfjaar", "2025-H2", "--gemeente", "GM1966"
    )
    assert code == 0 and "Result: taakstelling Het Hogeland 2025-H2: 35" in out and "rounded up" in out
    code, out, _ = run(
        capsys,
        "--taal",
        "en",
        "statushouders",
        "--vng-actie",
        "--peildatum",
        "2026-06-01",
        "--gemeente",
        "GM1966",
    )
    assert code == 0 and "VNG action Het Hogeland: about 5 (P10)" in out
    code, out, _ = run(capsys, "--taal", "en", "statushouders", "--vng-actie", "--peildatum", "2026-06-01")
    assert (
        code == 0
        and (
            "indicative total over the known members: about 2522 extra places from 150 gemeenten; for 192 "
            "gemeenten the network is unknown (member list P10, K80 incomplete)"
        )
        in out
    )
    code, out, err = run(capsys, "--taal", "en", "statushouders", "--vng-actie")
    assert (
        code == 2
        and out == ""
        and err == "asielketen: error: --peildatum=None: --vng-actie needs a peildatum (YYYY-MM-DD)\n"
    )
    code, _, err = run(capsys, "--taal", "en", "statushouders", "--halfjaar", "2025-H2", "--landelijk", "x")
    assert code == 2 and "landelijk='x': a count is a whole number ≥ 0" in err


def test_cli_gemeente_profile_vng_row(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 19: the profile of Het Hogeland shows its P10 number; a gemeente on no list while P10
    and K80 are incomplete shows 'lidmaatschap onbekend', never 'geen netwerk'."""
    code, out, _ = run(capsys, "gemeente", "Het Hogeland", "--peildatum", "2026-06-01")
    regels = dict(r.split(None, 1) for r in out.splitlines() if r.startswith(("netwerken", "vng-actie")))
    assert code == 0 and regels == {"netwerken": "P10", "vng-actie": "≈ 5 extra plekken (P10)"}
    code, out, _ = run(capsys, "gemeente", "Schiermonnikoog", "--peildatum", "2026-06-01")
    assert (
        code == 0
        and (
            "vng-actie             lidmaatschap onbekend (ledenlijst P10, K80 onvolledig); zie de "
            "referentieaantallen in de uitleg"
        )
        in out
    )
    code, out, _ = run(capsys, "--taal", "en", "gemeente", "Schiermonnikoog", "--peildatum", "2026-06-01")
    assert code == 0 and "membership unknown (member list P10, K80 incomplete)" in out
