"""Related inputs must not contradict each other (issue 14).

Where two inputs describe the same count or the same span — occupied places among places, a part
and its total, a term and the decision that sets it, two counts of the same thing on the same day —
a contradiction is an :class:`InvalidInputError` naming the field, its value and what it
contradicts; inputs that merely differ from an agreement or a plan (a location above its agreed
capacity, a gemeente realising more than its opgave) stay accepted, as the law allows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen import nareizigers, oekraine, opvang, spreidingswet, statushouders
from asielketen.errors import InvalidInputError, StructureError
from asielketen.periods import Cyclus, Periode
from asielketen.serialization import structure

from .conftest import run_cli

PEIL = date(2025, 10, 6)
aantallen = st.integers(0, 10**6)


def _refused(call: Callable[[], Any], veld: str) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as info:
        call()
    assert info.value.veld == veld, str(info.value)
    assert info.value.tekst("nl").strip() and info.value.tekst("en").strip()
    return info.value


# --------------------------------------------------------------------------------------------
# Oekraïne: occupied places are among the places
# --------------------------------------------------------------------------------------------


@given(aantallen, st.integers(1, 10**6))
def test_more_occupied_than_places_is_refused_naming_bezet(plaatsen: int, meer: int) -> None:
    bezet = plaatsen + meer
    fout = _refused(
        lambda: oekraine.oekraine_plichten("Zwolle", PEIL, plaatsen=plaatsen, bezet=bezet), "bezet"
    )
    assert fout.waarde == bezet and f"plaatsen={plaatsen}" in str(fout)
    assert fout.reden_bericht.sleutel == "oekraine.fout.bezet_boven_plaatsen"
    _refused(lambda: oekraine.Capaciteit(plaatsen=plaatsen, bezet=bezet), "bezet")


@given(aantallen.flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))))
def test_occupied_up_to_places_is_accepted(paar: tuple[int, int]) -> None:
    plaatsen, bezet = paar
    p = oekraine.oekraine_plichten("Zwolle", PEIL, plaatsen=plaatsen, bezet=bezet)
    assert p.individueel.waarde.vol is (bezet == plaatsen)


def test_the_issue_example_and_its_json_and_cli(capsys: pytest.CaptureFixture[str]) -> None:
    _refused(lambda: oekraine.oekraine_plichten("Zwolle", "2025-10-06", plaatsen=10, bezet=20), "bezet")  # type: ignore[arg-type]
    with pytest.raises(StructureError):
        structure({"plaatsen": 10, "bezet": 20}, oekraine.Capaciteit)
    code, out, err = run_cli(
        capsys, "oekraine", "plicht", "--gemeente", "Zwolle", "--peildatum", "2025-10-06",
        "--plaatsen", "10", "--bezet", "20",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "bezet=20" in err and "Traceback" not in err


# --------------------------------------------------------------------------------------------
# Spreidingswet
# --------------------------------------------------------------------------------------------


def _uitkering(geboden: list[int], lid2: int) -> Any:
    codes = ["GM0014", "GM0037", "GM0047", "GM0765", "GM1895"][: len(geboden)]  # in PV20 (art. 9 lid 3)
    return spreidingswet.uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=1000,
        geboden=dict(zip(codes, geboden, strict=True)),
        voldaan=codes,
        peildatum=date(2027, 1, 1),
        uitgesloten_lid2=lid2,
    )


@given(st.lists(st.integers(0, 500), min_size=1, max_size=5), st.integers(0, 3000))
def test_excluded_places_are_among_those_offered(geboden: list[int], lid2: int) -> None:
    if lid2 > sum(geboden):
        fout = _refused(lambda: _uitkering(geboden, lid2), "uitgesloten_lid2")
        assert fout.waarde == lid2 and str(sum(geboden)) in str(fout)
    else:
        assert _uitkering(geboden, lid2).waarde.geboden == sum(geboden) - lid2


@given(st.integers(0, 1000), st.integers(1, 100))
def test_a_longer_term_is_not_shorter_than_six_months(dagen: int, extra: int) -> None:
    bekendgemaakt = date(2024, 10, 1)
    zes_maanden = date(2025, 4, 1)
    langer = bekendgemaakt + timedelta(days=dagen)

    def termijnen() -> Any:
        return spreidingswet.termijnen(
            Cyclus(2024), verdeelbesluit_bekendgemaakt=bekendgemaakt, langere_termijn=langer
        )

    if langer < zes_maanden:
        _refused(termijnen, "langere_termijn")
    else:
        assert termijnen().waarde.locatie_uiterlijk == langer


@pytest.mark.parametrize(
    ("feiten", "veld"),
    [
        ({"indeplaatsstelling": date(2026, 9, 1), "indeplaatsstelling_termijn": date(2026, 8, 1)},
         "indeplaatsstelling_termijn"),
        ({"verzoek_minister": date(2026, 1, 1), "verzoek_termijn": date(2025, 12, 1)}, "verzoek_termijn"),
        ({"verzoek_termijn": date(2026, 3, 1)}, "verzoek_termijn"),
        ({"indeplaatsstelling_termijn": date(2026, 3, 1)}, "indeplaatsstelling_termijn"),
    ],
)  # fmt: skip
def test_a_term_ends_after_the_decision_that_sets_it(feiten: dict[str, date], veld: str) -> None:
    f = spreidingswet.Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1), **feiten)
    _refused(lambda: spreidingswet.escalatie(f, date(2026, 10, 1)), veld)


def test_a_term_on_the_day_of_its_decision_is_accepted() -> None:
    dag = date(2026, 1, 1)
    f = spreidingswet.Escalatiefeiten(
        locatie_uiterlijk=date(2025, 7, 1), verzoek_minister=dag, verzoek_termijn=dag
    )
    assert spreidingswet.escalatie(f, date(2026, 2, 1)).waarde.trede is spreidingswet.Trede.MINISTER


def _besluit() -> spreidingswet.Verdeelbesluit:
    return spreidingswet.Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[spreidingswet.Toewijzing(gemeentecode="GM0014", plaatsen=969)],
    )


@given(st.integers(0, 2000), st.integers(0, 2000))
def test_two_counts_of_one_gemeente_on_one_day_must_agree(a: int, b: int) -> None:
    dag = date(2025, 6, 1)
    real = [spreidingswet.Realisatie(gemeentecode="GM0014", peildatum=dag, plaatsen=n) for n in (a, b)]
    if a != b:
        fout = _refused(lambda: spreidingswet.stand([_besluit()], real, PEIL), "realisaties")
        assert str(a) in str(fout) and str(b) in str(fout)
    else:  # the same count twice says nothing new
        assert spreidingswet.stand([_besluit()], real, PEIL).waarde.gemeenten[0].gerealiseerd == a


def test_a_location_above_its_agreement_is_not_a_contradiction() -> None:
    """Occupancy above an agreement's capacity happens (opvang "noodgedwongen"): reported, not refused."""
    ov = opvang.Bestuursovereenkomst(periode=Periode(date(2024, 1, 1), None), capaciteit=400)
    loc = opvang.Locatie(
        id="L1", naam="azc", soort=opvang.Locatiesoort.AZC, gemeentecode="GM0363", overeenkomsten=[ov]
    )
    telling = opvang.Bezetting(locatie_id="L1", datum=PEIL, personen=600)
    (toets,) = opvang.toets_bezetting([loc], [telling]).waarde
    assert toets.boven == 200


# --------------------------------------------------------------------------------------------
# Statushouders: a gemeente's inhabitants are part of the country's
# --------------------------------------------------------------------------------------------


@given(st.integers(0, 10**5), st.integers(1, 10**8), st.integers(-(10**6), 10**6))
def test_ig_is_part_of_in(vg: int, i_n: int, verschil: int) -> None:
    ig = max(0, i_n + verschil)
    if ig > i_n:
        fout = _refused(lambda: statushouders.taakstelling_formule(vg, ig, i_n), "iG")
        assert fout.waarde == ig and str(i_n) in str(fout)
    else:
        assert 0 <= statushouders.taakstelling_formule(vg, ig, i_n) <= vg


# --------------------------------------------------------------------------------------------
# The checks that were already there: one table, so that the set is visible in one place
# --------------------------------------------------------------------------------------------


def _nareiziger(aankomst: date) -> nareizigers.Huishouden:
    n = nareizigers.Nareiziger(
        relatie=nareizigers.Relatie.KIND, aankomst=aankomst, brp=True, bsn=True, mvv=True, ind_melding=True
    )
    return nareizigers.Huishouden(
        referent=nareizigers.Referent(gehuisvest=True, als_amv=False),
        nareizigers=[n],
        woning_goedgekeurd=True,
        instemming_gemeente=True,
    )


BESTAANDE: dict[str, tuple[Callable[[], Any], str]] = {
    "verdeel: amv ≤ behoefte": (lambda: spreidingswet.verdeel(1000, peildatum=PEIL, amv=1001), "amv"),
    "raming: amv ≤ behoefte": (lambda: spreidingswet.raming(Cyclus(2024), behoefte=10, amv=11), "amv"),
    "Periode: van < tot": (lambda: Periode(date(2025, 2, 1), date(2025, 1, 1)), "tot"),
    "oekraine_plichten: bezet needs plaatsen": (  # plaatsen alone feeds the collective duty (ADR 0010)
        lambda: oekraine.oekraine_plichten("Zwolle", PEIL, bezet=10),
        "plaatsen",
    ),
    "vergoeding: received ≤ due": (
        lambda: oekraine.vergoeding(
            1, Periode(date(2026, 1, 1), date(2026, 2, 1)), ontvangen_eigen_bijdragen=Decimal(10**6)
        ),
        "ontvangen_eigen_bijdragen",
    ),
    "beoordeel_nareis: aankomst ≤ peildatum": (
        lambda: nareizigers.beoordeel_nareis(_nareiziger(date(2025, 12, 1)), date(2025, 11, 1)),
        "nareizigers[0].aankomst",
    ),
    "nareisactie_op: fase 2 not before the announcement": (
        lambda: nareizigers.nareisactie_op(date(2025, 11, 1), fase2_vanaf=date(2025, 1, 1)),
        "fase2_vanaf",
    ),
    "stand: uitruil ≤ the giver's opgave": (
        lambda: spreidingswet.stand(
            [_besluit()],
            [],
            PEIL,
            uitruil=[spreidingswet.Uitruil(provinciecode="PV20", van="GM0014", naar="GM1966", plaatsen=970)],
        ),
        "uitruil.plaatsen",
    ),
}


@pytest.mark.parametrize("geval", sorted(BESTAANDE))
def test_the_existing_consistency_checks(geval: str) -> None:
    call, veld = BESTAANDE[geval]
    _refused(call, veld)
