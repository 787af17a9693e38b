"""Bounds: absurd inputs give a documented error with a clear message, or a correct result, quickly.

A national need of 10^12 (and 0, and negative), a household of 10^6 persons, dates in year 1 and
9999 for every peildatum, period, half-year and cycle argument of every rule, the half-year
"9999-H2", amounts of 10^30 and 1E+999999 euro. Every call runs under a hang guard
(:func:`bounded`, ``signal.alarm``): by design no case comes near it; it only turns a hang into a
failure. No timing is asserted.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from asielketen import apportion, gebied, nareizigers, oekraine, opvang, profiel, spreidingswet, statushouders
from asielketen.errors import AsielketenError, InvalidInputError
from asielketen.periods import Cyclus, Geldigheid, Halfjaar, Parameter, Periode
from asielketen.sources import Aanname

HANG_GUARD_SECONDS = 30
"""Far above any case (they take milliseconds to a second); only a hang reaches it."""

YEAR_1 = (date(1, 1, 1), date(1, 12, 31))
YEAR_9999 = (date(9999, 1, 1), date(9999, 12, 31))
EXTREME_DATES = (*YEAR_1, *YEAR_9999)
HUGE = 10**12
HUGE_AMOUNTS = (Decimal(10) ** 30, Decimal("1E+999999"), Decimal("9" * 60))


class HangError(Exception):
    """Raised by the hang guard."""


@contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM; the tests run in the main thread)."""

    def alarm(signum: int, frame: FrameType | None) -> None:
        raise HangError(f"no result after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def bounded(call: Callable[[], Any]) -> Any:
    """The result of ``call``, or the documented error it raised (whose message must be clear)."""
    with hang_guard():
        try:
            return call()
        except AsielketenError as exc:
            text = str(exc)
            assert text.strip() and "Traceback" not in text and "\n" not in text.strip(), text
            return exc


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


def _locatie() -> opvang.Locatie:
    ov = opvang.Bestuursovereenkomst(periode=Periode(date(2024, 1, 1), None), capaciteit=400)
    return opvang.Locatie(
        id="L1", naam="azc L1", soort=opvang.Locatiesoort.AZC, gemeentecode="GM0363", overeenkomsten=[ov]
    )


def _huishouden(aantal: int = 2) -> nareizigers.Huishouden:
    nareiziger = nareizigers.Nareiziger(
        relatie=nareizigers.Relatie.KIND, aankomst=None, brp=True, bsn=True, mvv=True, ind_melding=True
    )
    return nareizigers.Huishouden(
        referent=nareizigers.Referent(gehuisvest=True, als_amv=False),
        nareizigers=[nareiziger] * aantal,
        woning_goedgekeurd=True,
        instemming_gemeente=True,
    )


def _scenario(plaatsen: int = 1000) -> opvang.Scenario:
    return opvang.Scenario(
        naam="grens",
        behoefte=[opvang.Behoefte(vanaf=date(2026, 1, 1), plaatsen=plaatsen)],
        locaties=[_locatie()],
    )


def _parameter() -> Parameter[int]:
    bron = Aanname(id="grens", omschrijving="grens")
    return Parameter(
        naam="grens", waarden=[Geldigheid(periode=Periode(date(1, 1, 1), None), waarde=1, bron=bron)]
    )


def _utrecht() -> gebied.Gemeente:
    return gebied.register().gemeente("Utrecht")


# --------------------------------------------------------------------------------------------
# Every rule with a date, period, half-year or cycle: at the ends of the calendar
# --------------------------------------------------------------------------------------------

DATE_RULES: dict[str, Callable[[date], Any]] = {
    "gemeenteprofiel": lambda d: profiel.gemeenteprofiel("Utrecht", peildatum=d),
    "spreidingswet.cyclus_op": spreidingswet.cyclus_op,
    "spreidingswet.verdeel(peildatum)": lambda d: spreidingswet.verdeel(1000, peildatum=d),
    "spreidingswet.verdeel(inwoners_peildatum)": lambda d: spreidingswet.verdeel(
        1000, peildatum=date(2025, 1, 1), inwoners_peildatum=d
    ),
    "spreidingswet.escalatie": lambda d: spreidingswet.escalatie(
        spreidingswet.Escalatiefeiten(locatie_uiterlijk=d, vertraging_gemeld=d), d
    ),
    "spreidingswet.stand": lambda d: spreidingswet.stand([], [], d),
    "spreidingswet.termijnen": lambda d: spreidingswet.termijnen(
        Cyclus(2024), verdeelbesluit_bekendgemaakt=d, langere_termijn=d
    ),
    "spreidingswet.uitkering_75": lambda d: spreidingswet.uitkering_75(
        "PV27", cyclus=Cyclus(2024), opgave=100, geboden={"GM0363": 80}, voldaan=["GM0363"], peildatum=d
    ),
    "spreidingswet.uitkering_duurzaam": lambda d: spreidingswet.uitkering_duurzaam(
        [spreidingswet.AangebodenPlaatsen(plaatsen=120, duurzaam=True, fase=f) for f in spreidingswet.Fase],
        drempel=100,
        peildatum=d,
    ),
    "spreidingswet.aftrek_duurzaam": lambda d: spreidingswet.aftrek_duurzaam(
        "PV27",
        100,
        [spreidingswet.DuurzameLocatie(gemeentecode="GM0363", plaatsen=150, beschikbaar=Periode(d))],
        raming_datum=d,
    ),
    "nareizigers.beoordeel_nareis": lambda d: nareizigers.beoordeel_nareis(_huishouden(), d, fase2_vanaf=d),
    "nareizigers.nareisactie_op": lambda d: nareizigers.nareisactie_op(d, fase2_vanaf=d),
    "statushouders.taakstelling_op": lambda d: statushouders.taakstelling_op("Utrecht", d),
    "statushouders.vng_actie": lambda d: statushouders.vng_actie(peildatum=d),
    "statushouders.vng_actie_voor": lambda d: statushouders.vng_actie_voor("Utrecht", peildatum=d),
    "statushouders.vng_actie_aantallen": statushouders.vng_actie_aantallen,
    "statushouders.voorrangsverbod": lambda d: statushouders.voorrangsverbod(d, verbod_vanaf=d),
    "statushouders.voorrangsregel": lambda d: statushouders.voorrangsregel(verbod_vanaf=d).op(d),
    "opvang.overzicht": lambda d: opvang.overzicht([_locatie()], d),
    "opvang.opvang_gemeente": lambda d: opvang.opvang_gemeente("GM0363", [_locatie()], d),
    "opvang.realisaties": lambda d: opvang.realisaties([_locatie()], d),
    "opvang.duurzame_locaties": lambda d: opvang.duurzame_locaties([_locatie()], d),
    "opvang.tekort_op": lambda d: opvang.tekort_op(_scenario(), d),
    "opvang.dwangsom_ter_apel": lambda d: opvang.dwangsom_ter_apel(
        [opvang.Nachttelling(datum=d, personen=2500)]
    ),
    "oekraine.individuele_plicht": lambda d: oekraine.individuele_plicht(
        oekraine.Opvangverzoek(), d, prioritering_vanaf=d
    ),
    "oekraine.collectieve_plicht": lambda d: oekraine.collectieve_plicht(_utrecht(), d, gevraagd=10),
    "oekraine.oekraine_plichten": lambda d: oekraine.oekraine_plichten("Utrecht", d, prioritering_vanaf=d),
    "oekraine.regime_op": oekraine.regime_op,
    "oekraine.vergoeding(van)": lambda d: (
        oekraine.vergoeding(10, Periode(d, date(9999, 12, 31)))
        if d < date(9999, 12, 31)
        else oekraine.vergoeding(10, Periode(d))
    ),
    "gebied.Register.inwoners_op": lambda d: gebied.register().inwoners_op(d),
    "gebied.Gemeente.meest_recente_inwoners": lambda d: _utrecht().meest_recente_inwoners(d),
    "periods.Halfjaar.bevattende": lambda d: Halfjaar.bevattende(d).volgende(),
    "periods.Parameter.op": lambda d: _parameter().op(d),
}


@pytest.mark.parametrize("dag", EXTREME_DATES, ids=[d.isoformat() for d in EXTREME_DATES])
@pytest.mark.parametrize("rule", list(DATE_RULES))
def test_every_date_argument_at_the_ends_of_the_calendar(rule: str, dag: date) -> None:
    bounded(lambda: DATE_RULES[rule](dag))


def test_user_files_with_extreme_reference_dates(tmp_path: Path) -> None:
    reg = gebied.register()
    inwoners = tmp_path / "inwoners.csv"
    inwoners.write_text("gemeentecode,inwoners\n" + "".join(f"{g.code},1000\n" for g in reg.gemeenten))
    netwerken = tmp_path / "netwerken.csv"
    netwerken.write_text("netwerk,gemeentecode\nM50,GM0014\n")
    ses = tmp_path / "ses.csv"
    ses.write_text("gemeentecode,ses_woa\nGM0363,0.1\n")
    for dag in EXTREME_DATES:
        r = bounded(partial(reg.met_inwoners_csv, inwoners, dag))
        if isinstance(r, gebied.Register):  # the figures are on exactly that date
            assert r.inwoners_op(dag)["GM0363"] == 1000
            bounded(partial(spreidingswet.verdeel, 500, peildatum=dag, reg=r))
        bounded(partial(statushouders.met_netwerken_csv, netwerken, peildatum=dag))
        bounded(partial(spreidingswet.lees_ses_csv, ses, peildatum=dag))


PERIOD_RULES: dict[str, Callable[[Periode], Any]] = {
    "oekraine.vergoeding": lambda p: oekraine.vergoeding(10, p, huishoudens_met_inkomen=[1]),
    "opvang.tekortverloop": lambda p: opvang.tekortverloop(_scenario(), p),
    "periods.Parameter.splits": lambda p: _parameter().splits(p),
    "periods.Periode.dagen": lambda p: p.dagen,
}


@pytest.mark.parametrize("rule", list(PERIOD_RULES))
def test_every_period_argument_spanning_the_calendar(rule: str) -> None:
    for periode in (
        Periode(date(1, 1, 1), date(9999, 12, 31)),
        Periode(date(1, 1, 1), date(1, 1, 2)),
        Periode(date(9999, 12, 30), date(9999, 12, 31)),
    ):
        bounded(partial(PERIOD_RULES[rule], periode))


def test_the_longest_period_has_the_right_number_of_days() -> None:
    assert Periode(date(1, 1, 1), date(9999, 12, 31)).dagen == 3_652_058


HALFJAAR_RULES: dict[str, Callable[[str], Any]] = {
    "statushouders.landelijk_aantal": statushouders.landelijk_aantal,
    "statushouders.taakstellingen": lambda h: statushouders.taakstellingen(h, landelijk=1000),
    "statushouders.taakstelling_voor": lambda h: statushouders.taakstelling_voor(
        "Utrecht", h, landelijk=1000
    ),
    "statushouders.peildatum_inwoners": statushouders.peildatum_inwoners,
    "statushouders.uiterste_bekendmaking": statushouders.uiterste_bekendmaking,
    "statushouders.nareizigers_tellen_mee": statushouders.nareizigers_tellen_mee,
    "statushouders.achterstandsverloop": lambda h: statushouders.achterstandsverloop(
        [statushouders.Realisatie(halfjaar=h, taakstelling=10, gehuisvest=5)]
    ),
    "periods.Halfjaar.parse": lambda h: (Halfjaar.parse(h).volgende(), Halfjaar.parse(h).vorige()),
}
HALFJAREN = ["9999-H2", "9999-H1", "9998-H2", "0001-H1", "0001-H2", "0000-H1"]


@pytest.mark.parametrize("halfjaar", HALFJAREN)
@pytest.mark.parametrize("rule", list(HALFJAAR_RULES))
def test_every_halfjaar_argument_at_the_ends_of_the_calendar(rule: str, halfjaar: str) -> None:
    result = bounded(lambda: HALFJAAR_RULES[rule](halfjaar))
    if halfjaar.startswith(("9999", "0000")):
        assert isinstance(result, AsielketenError), "the half-year itself is out of range"


@pytest.mark.parametrize("jaar", [1, 2, 9995, 9996, 9997])
def test_every_cycle_argument_at_the_ends_of_the_calendar(jaar: int) -> None:
    for call in (
        lambda: Cyclus(jaar),
        lambda: Cyclus(jaar).volgende(),
        lambda: Cyclus(jaar).verdeelperiode,
        lambda: spreidingswet.raming(Cyclus(jaar), behoefte=1000),
        lambda: spreidingswet.termijnen(Cyclus(jaar)),
        lambda: spreidingswet.uitkering_75(
            "PV27",
            cyclus=Cyclus(jaar),
            opgave=10,
            geboden={"GM0363": 5},
            voldaan=[],
            peildatum=date(2026, 1, 1),
        ),
    ):
        bounded(call)


# --------------------------------------------------------------------------------------------
# Absurd numbers: a national need of 10^12, 0 and −1; a household of 10^6; amounts of 10^30 €
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("behoefte", [HUGE, 0, -1])
def test_national_need(behoefte: int) -> None:
    peil = date(2025, 1, 1)
    for methode in spreidingswet.Methode:
        u = bounded(partial(spreidingswet.verdeel, behoefte, peildatum=peil, methode=methode))
        if behoefte < 0:
            assert isinstance(u, InvalidInputError) and str(behoefte) in str(u)
            continue
        s = u.waarde
        assert sum(g.plaatsen for g in s.gemeenten) == s.totaal
        assert s.totaal == behoefte or methode is spreidingswet.Methode.WET
        assert abs(s.totaal - behoefte) <= len(s.gemeenten)  # per-gemeente rounding at most 1 each
        assert all(g.quotum == Fraction(behoefte * g.inwoners, s.inwoners_nederland) for g in s.gemeenten)
    amv = bounded(lambda: spreidingswet.verdeel(max(behoefte, 0), peildatum=peil, amv=HUGE))
    assert isinstance(amv, AsielketenError) or behoefte >= HUGE
    r = bounded(lambda: spreidingswet.raming(Cyclus(2024), behoefte=behoefte))
    assert isinstance(r, AsielketenError) == (behoefte < 0)


@pytest.mark.parametrize("landelijk", [HUGE, 0, -1])
def test_national_number_of_statushouders(landelijk: int) -> None:
    u = bounded(lambda: statushouders.taakstellingen("2025-H2", landelijk=landelijk))
    if landelijk < 0:
        assert isinstance(u, InvalidInputError)
        return
    t = u.waarde
    assert t.som >= landelijk  # rounded up per gemeente (art. 29)
    assert t.som - landelijk <= len(t.gemeenten)
    one = bounded(lambda: statushouders.taakstelling_formule(landelijk, 10**6, 18 * 10**6))
    assert one == -(-landelijk * 10**6 // (18 * 10**6))
    bounded(
        lambda: statushouders.achterstandsverloop(
            [statushouders.Realisatie(halfjaar="2025-H2", taakstelling=landelijk, gehuisvest=0)],
            beginsaldo=landelijk,
        )
    )


def test_apportionment_of_a_huge_total_is_exact_and_quick() -> None:
    gewichten = {g.code: g.inwoners[0].aantal for g in gebied.register().gemeenten}
    for kern in (apportion.grootste_overschot, apportion.sainte_lague):
        delen = bounded(partial(kern, HUGE, gewichten))
        assert sum(delen.values()) == HUGE
    for totaal in (-1, HUGE):
        bounded(partial(apportion.grootste_overschot, totaal, {"a": 0, "b": 0}))
        bounded(partial(apportion.sainte_lague, totaal, {"a": -1}))


def test_a_household_of_a_million_is_refused_with_a_clear_message() -> None:
    err = bounded(lambda: _huishouden(10**6))
    assert isinstance(err, InvalidInputError) and "1000000" in str(err)
    assert isinstance(bounded(lambda: _huishouden(nareizigers.MAX_NAREIZIGERS)), nareizigers.Huishouden)
    u = bounded(
        lambda: nareizigers.beoordeel_nareis(_huishouden(nareizigers.MAX_NAREIZIGERS), date(2025, 11, 1))
    )
    assert u.waarde.aantal_nareizigers == nareizigers.MAX_NAREIZIGERS


def test_a_household_of_a_million_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from .conftest import run_cli

    with hang_guard():
        code, out, err = run_cli(capsys, "nareizigers", "--personen", str(10**6), "--peildatum", "2025-11-01")
    assert code == 2 and out == "" and err.count("\n") == 1 and "1000000" in err


@pytest.mark.parametrize("bedrag", HUGE_AMOUNTS, ids=["1e30", "1E+999999", "60 nines"])
def test_huge_amounts_in_euro(bedrag: Decimal) -> None:
    periode = Periode(date(2025, 1, 1), date(2025, 3, 1))
    v = bounded(lambda: oekraine.vergoeding(10, periode, ontvangen_eigen_bijdragen=bedrag))
    if not isinstance(v, AsielketenError):
        assert v.waarde.totaal >= 0  # receipts are deducted, never below nothing
    bounded(lambda: oekraine.vergoeding(10, periode, ontvangen_cateringbijdragen=bedrag))
    d = bounded(
        lambda: opvang.dwangsom_ter_apel(
            [opvang.Nachttelling(datum=date(2025, 6, 1), personen=HUGE)], al_verbeurd=bedrag
        )
    )
    if not isinstance(d, AsielketenError):
        assert d.waarde.totaal <= d.waarde.maximum  # the dwangsom stops at its maximum
    for aandeel in (None, Fraction(1, 3)):
        u = bounded(
            partial(
                spreidingswet.uitkering_75,
                "PV27",
                cyclus=Cyclus(2024),
                opgave=100,
                geboden={"GM0363": 80, "GM0344": 30},
                voldaan=["GM0363", "GM0344"],
                peildatum=date(2027, 6, 1),
                provincie_aandeel=aandeel,
                bedrag_per_plaats=bedrag,
            )
        )
        if aandeel is not None and not isinstance(u, AsielketenError):  # exact to the cent
            w = u.waarde
            with localcontext(prec=200):  # the test's own arithmetic is exact
                assert w.totaal == bedrag * w.plaatsen_boven_drempel
                delen = [a.bedrag or 0 for a in w.aandelen]
                assert sum(delen) + (w.niet_toegewezen_bedrag or 0) == w.totaal
    bounded(
        lambda: spreidingswet.uitkering_duurzaam(
            [
                spreidingswet.AangebodenPlaatsen(plaatsen=HUGE, duurzaam=True, fase=f)
                for f in spreidingswet.Fase
            ],
            drempel=100,
            peildatum=date(2025, 6, 1),
            bedragen=dict.fromkeys(spreidingswet.Fase, bedrag),
        )
    )


def test_huge_counts_everywhere() -> None:
    peil = date(2026, 1, 1)
    bounded(
        lambda: oekraine.vergoeding(
            HUGE, Periode(date(2025, 1, 1), date(2025, 3, 1)), particuliere_personen=HUGE
        )
    )
    bounded(lambda: oekraine.oekraine_plichten("Utrecht", peil, plaatsen=HUGE, bezet=HUGE, gevraagd=HUGE))
    bounded(lambda: oekraine.collectieve_plicht(_utrecht(), peil, gevraagd=HUGE, gerealiseerd=HUGE))
    bounded(lambda: spreidingswet.aftrek_duurzaam("PV27", HUGE, [], raming_datum=date(2024, 1, 31)))
    bounded(
        lambda: spreidingswet.uitkering_75(
            "PV27",
            cyclus=Cyclus(2024),
            opgave=HUGE,
            geboden={"GM0363": HUGE},
            voldaan=["GM0363"],
            peildatum=peil,
        )
    )
    bounded(lambda: opvang.tekortverloop(_scenario(HUGE), Periode(date(2026, 1, 1), date(2027, 1, 1))))
    ov = opvang.overzicht(
        [_locatie()], peil, bezettingen=[opvang.Bezetting(locatie_id="L1", datum=peil, personen=HUGE)]
    )
    assert ov.waarde.tekort == HUGE - 400
