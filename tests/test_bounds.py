"""Bounds: absurd inputs give a documented error with a clear message, or a correct result, quickly.

A national need of 10^12 (and 0, and negative), a household of 10^6 persons, dates in year 1 and
9999 for every peildatum, period, half-year and cycle argument of every rule, the half-year
"9999-H2", amounts of 10^30 and 1E+999999 euro; every count of every rule at the bound
``GROOTSTE_AANTAL`` and just above it, and with 4300, 5000 and a million digits (API and command
line); inhabitants that are all 0. Every call runs under a hang guard
(:func:`bounded`, ``signal.alarm``): by design no case comes near it; it only turns a hang into a
failure. No timing is asserted.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import cache, partial
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from asielketen import (
    GROOTSTE_AANTAL,
    apportion,
    from_json,
    gebied,
    nareizigers,
    oekraine,
    opvang,
    profiel,
    spreidingswet,
    statushouders,
    to_json,
)
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


# --------------------------------------------------------------------------------------------
# Huge integers: every count refused at its boundary, before any arithmetic or rendering
# --------------------------------------------------------------------------------------------

PEIL = date(2025, 1, 1)
MILJOEN_CIJFERS = 1 << 3_321_929
"""A number of about a million digits (2^3321929), made without writing out a decimal digit."""

HUGE_COUNTS: dict[str, int] = {
    "GROOTSTE_AANTAL+1": GROOTSTE_AANTAL + 1,
    "4300 digits": 10**4299,
    "4301 digits": 10**4300,  # beyond Python's int-to-str limit: repr() of it raises
    "5000 digits": 10**4999,
    "10^6 digits": MILJOEN_CIJFERS,
}
"""Counts above the bound; each rule must refuse every one with an error naming its field."""

COUNT_RULES: dict[str, tuple[str, Callable[[int], Any]]] = {
    "spreidingswet.verdeel(behoefte)": ("behoefte", lambda n: spreidingswet.verdeel(n, peildatum=PEIL)),
    "spreidingswet.verdeel(amv)": (
        "amv",
        lambda n: spreidingswet.verdeel(GROOTSTE_AANTAL, peildatum=PEIL, amv=n),
    ),
    "spreidingswet.verdeel_aantallen": ("behoefte", lambda n: spreidingswet.verdeel_aantallen(n, [1, 2])),
    "spreidingswet.wegingsgewichten": ("inwoners[1]", lambda n: spreidingswet.wegingsgewichten([1, n])),
    "spreidingswet.raming": ("behoefte", lambda n: spreidingswet.raming(Cyclus(2024), behoefte=n)),
    "spreidingswet.uitkering_75(opgave)": (
        "opgave",
        lambda n: spreidingswet.uitkering_75(
            "PV27", cyclus=Cyclus(2024), opgave=n, geboden={"GM0363": 1}, voldaan=[], peildatum=PEIL
        ),
    ),
    "spreidingswet.uitkering_75(geboden)": (
        "geboden[GM0363]",
        lambda n: spreidingswet.uitkering_75(
            "PV27", cyclus=Cyclus(2024), opgave=1, geboden={"GM0363": n}, voldaan=[], peildatum=PEIL
        ),
    ),
    "spreidingswet.uitkering_duurzaam(drempel)": (
        "drempel",
        lambda n: spreidingswet.uitkering_duurzaam([], drempel=n, peildatum=PEIL),
    ),
    "spreidingswet.AangebodenPlaatsen": (
        "plaatsen",
        lambda n: spreidingswet.AangebodenPlaatsen(plaatsen=n, duurzaam=True, fase=spreidingswet.Fase.DWANG),
    ),
    "spreidingswet.aftrek_duurzaam": (
        "opgave",
        lambda n: spreidingswet.aftrek_duurzaam("PV27", n, [], raming_datum=date(2024, 1, 31)),
    ),
    "spreidingswet.DuurzameLocatie": (
        "plaatsen",
        lambda n: spreidingswet.DuurzameLocatie(gemeentecode="GM0363", plaatsen=n, beschikbaar=Periode(PEIL)),
    ),
    "statushouders.taakstellingen": (
        "landelijk",
        lambda n: statushouders.taakstellingen("2025-H2", landelijk=n),
    ),
    "statushouders.taakstelling_voor": (
        "landelijk",
        lambda n: statushouders.taakstelling_voor("Utrecht", "2025-H2", landelijk=n),
    ),
    "statushouders.taakstelling_formule(vg)": ("vg", lambda n: statushouders.taakstelling_formule(n, 1, 2)),
    "statushouders.taakstelling_formule(iN)": ("iN", lambda n: statushouders.taakstelling_formule(1, 1, n)),
    "statushouders.taakstelling_aantallen": (
        "landelijk",
        lambda n: statushouders.taakstelling_aantallen(n, [1, 2]),
    ),
    "statushouders.Realisatie": (
        "taakstelling",
        lambda n: statushouders.Realisatie(halfjaar="2025-H2", taakstelling=n, gehuisvest=0),
    ),
    "statushouders.achterstandsverloop(beginsaldo)": (
        "beginsaldo",
        lambda n: statushouders.achterstandsverloop(
            [statushouders.Realisatie(halfjaar="2025-H2", taakstelling=1, gehuisvest=0)], beginsaldo=n
        ),
    ),
    "apportion.grootste_overschot(totaal)": ("totaal", lambda n: apportion.grootste_overschot(n, {"a": 1})),
    "apportion.sainte_lague(gewicht)": ("gewichten['a']", lambda n: apportion.sainte_lague(10, {"a": n})),
    "apportion.quota(totaal)": ("totaal", lambda n: apportion.quota(n, {"a": 1, "b": 2})),
    "gebied.Register.met_inwoners": (
        "inwoners",
        lambda n: gebied.register().met_inwoners(
            PEIL, {g.code: n for g in gebied.register().gemeenten}, bron="gebruiker:grens"
        ),
    ),
    "gebied.Inwonertal": (
        "aantal",
        lambda n: gebied.Inwonertal(peildatum=PEIL, aantal=n, bron="gebruiker:x"),
    ),
    "opvang.Bestuursovereenkomst": (
        "capaciteit",
        lambda n: opvang.Bestuursovereenkomst(periode=Periode(PEIL), capaciteit=n),
    ),
    "opvang.Bezetting": ("personen", lambda n: opvang.Bezetting(locatie_id="L1", datum=PEIL, personen=n)),
    "opvang.Nachttelling": ("personen", lambda n: opvang.Nachttelling(datum=PEIL, personen=n)),
    "opvang.tekortverloop": (
        "plaatsen",
        lambda n: opvang.tekortverloop(_scenario(n), Periode(date(2026, 1, 1), date(2027, 1, 1))),
    ),
    "oekraine.vergoeding(plaatsen)": (
        "plaatsen",
        lambda n: oekraine.vergoeding(n, Periode(PEIL, date(2025, 3, 1))),
    ),
    "oekraine.vergoeding(particuliere_personen)": (
        "particuliere_personen",
        lambda n: oekraine.vergoeding(10, Periode(PEIL, date(2025, 3, 1)), particuliere_personen=n),
    ),
    "oekraine.collectieve_plicht(gevraagd)": (
        "gevraagd",
        lambda n: oekraine.collectieve_plicht(_utrecht(), date(2026, 1, 1), gevraagd=n),
    ),
    "oekraine.oekraine_plichten(plaatsen)": (
        "plaatsen",
        lambda n: oekraine.oekraine_plichten("Utrecht", date(2026, 1, 1), plaatsen=n, bezet=0),
    ),
}
"""Every public rule with a count argument: (the field its error names, the call with that count)."""


def _kort_en_duidelijk(fout: AsielketenError) -> None:
    """A message in every language without a long run of digits (a huge number is never written)."""
    for taal in ("nl", "en"):
        tekst = fout.tekst(taal)
        assert "Traceback" not in tekst and "\n" not in tekst, tekst
        assert re.search(r"[0-9]{41}", tekst) is None, tekst[:300]


@pytest.mark.parametrize("huge", list(HUGE_COUNTS))
@pytest.mark.parametrize("rule", list(COUNT_RULES))
def test_a_huge_count_is_refused_at_the_boundary_naming_its_field(rule: str, huge: str) -> None:
    veld, call = COUNT_RULES[rule]
    err = bounded(lambda: call(HUGE_COUNTS[huge]))
    assert isinstance(err, InvalidInputError) and err.veld == veld, err
    _kort_en_duidelijk(err)
    assert str(GROOTSTE_AANTAL) in err.tekst("en")  # the bound is named
    negatief = bounded(lambda: call(-HUGE_COUNTS[huge]))  # far below 0: refused as well, as clearly
    assert isinstance(negatief, InvalidInputError) and negatief.veld in (veld, "beginsaldo"), negatief
    _kort_en_duidelijk(negatief)


@pytest.mark.parametrize("rule", list(COUNT_RULES))
def test_the_bound_itself_is_a_count_every_rule_takes(rule: str) -> None:
    veld, call = COUNT_RULES[rule]
    uitkomst = bounded(lambda: call(GROOTSTE_AANTAL))
    assert not (isinstance(uitkomst, InvalidInputError) and uitkomst.veld == veld), uitkomst


def test_weights_of_the_fast_path_have_their_own_larger_bound() -> None:
    # weights are not counts: (SES-WOA + 1) × L × iG may pass GROOTSTE_AANTAL, never GROOTSTE_GEWICHT
    from asielketen.spreidingswet import _sleutel

    grens = _sleutel.GROOTSTE_GEWICHT
    assert spreidingswet.verdeel_aantallen(10, [GROOTSTE_AANTAL + 1, grens]) == (0, 10)
    for huge in (grens + 1, MILJOEN_CIJFERS):
        err = bounded(lambda: spreidingswet.verdeel_aantallen(10, [1, huge]))  # noqa: B023
        assert isinstance(err, InvalidInputError) and err.veld == "gewichten[1]"
        _kort_en_duidelijk(err)


# --------------------------------------------------------------------------------------------
# Inhabitants that are all 0: nothing to distribute over (a need of 0 is 0 everywhere)
# --------------------------------------------------------------------------------------------


@cache
def _zonder_inwoners() -> gebied.Register:
    """The shipped register with inhabitants on :data:`PEIL` that are all 0."""
    reg = gebied.register()
    return reg.met_inwoners(PEIL, dict.fromkeys((g.code for g in reg.gemeenten), 0), bron="gebruiker:nul")


def _ses_nul() -> spreidingswet.SesWoa:
    scores = [spreidingswet.SesScore(g.code, Decimal("0.1")) for g in gebied.register().gemeenten]
    return spreidingswet.SesWoa(scores=scores, bron="gebruiker:ses")


def _verdeling(methode: spreidingswet.Methode, ses: bool = False) -> Callable[[int], list[int]]:
    def call(behoefte: int) -> list[int]:
        reg = _zonder_inwoners()
        u = spreidingswet.verdeel(
            behoefte,
            peildatum=PEIL,
            inwoners_peildatum=PEIL,
            methode=methode,
            ses=_ses_nul() if ses else None,
            reg=reg,
        )
        s = u.waarde
        assert s.totaal == sum(g.plaatsen for g in s.gemeenten) and s.twf == 0
        assert spreidingswet.uitleg_gemeente(u, "Utrecht", reg=reg).waarde.plaatsen == 0
        assert to_json(s) and from_json(to_json(s), spreidingswet.Spreiding) == s
        return [g.plaatsen for g in s.gemeenten] + [p.plaatsen for p in s.provincies]

    return call


ZERO_TOTAL_RULES: dict[str, tuple[str, Callable[[int], Any]]] = {
    **{f"spreidingswet.verdeel({m.value})": ("inwoners", _verdeling(m)) for m in spreidingswet.Methode},
    "spreidingswet.verdeel(ses)": ("inwoners", _verdeling(spreidingswet.Methode.WET, ses=True)),
    **{
        f"spreidingswet.verdeel_aantallen({m.value})": (
            "gewichten",
            partial(lambda m, n: list(spreidingswet.verdeel_aantallen(n, [0, 0, 0], methode=m)), m),
        )
        for m in spreidingswet.Methode
    },
    "statushouders.taakstellingen": (
        "inwoners",
        lambda n: [
            r.taakstelling
            for r in statushouders.taakstellingen(
                "2026-H1", landelijk=n, reg=_zonder_inwoners()
            ).waarde.gemeenten
        ],
    ),
    "statushouders.taakstelling_voor": (
        "inwoners",
        lambda n: [
            statushouders.taakstelling_voor(
                "Utrecht", "2026-H1", landelijk=n, reg=_zonder_inwoners()
            ).waarde.taakstelling
        ],
    ),
    "statushouders.taakstelling_aantallen": (
        "inwoners",
        lambda n: list(statushouders.taakstelling_aantallen(n, [0, 0])),
    ),
    "statushouders.taakstelling_formule": ("iN", lambda n: [statushouders.taakstelling_formule(n, 0, 0)]),
    "apportion.grootste_overschot": (
        "gewichten",
        lambda n: list(apportion.grootste_overschot(n, {"a": 0}).values()),
    ),
    "apportion.sainte_lague": (
        "gewichten",
        lambda n: list(apportion.sainte_lague(n, {"a": 0, "b": 0}).values()),
    ),
    "apportion.quota": ("gewichten", lambda n: list(apportion.quota(n, {"a": 0}).values())),
}
"""Every rule that distributes over inhabitants or weights: (the field a total of 0 is named by, the
call with a need, giving every number it computed)."""


@pytest.mark.parametrize("behoefte", [96000, 1, 0])
@pytest.mark.parametrize("rule", list(ZERO_TOTAL_RULES))
def test_a_total_of_zero_inhabitants_or_weights(rule: str, behoefte: int) -> None:
    veld, call = ZERO_TOTAL_RULES[rule]
    uitkomst = bounded(lambda: call(behoefte))
    if behoefte > 0:  # nobody to distribute over: a clear error naming the field, never a ZeroDivisionError
        assert isinstance(uitkomst, InvalidInputError) and uitkomst.veld == veld, uitkomst
        assert "=0" in str(uitkomst) or "0" in uitkomst.reden, uitkomst
        _kort_en_duidelijk(uitkomst)
    else:  # a need of 0 is 0 everywhere
        assert not isinstance(uitkomst, AsielketenError), uitkomst
        assert uitkomst and all(x == 0 for x in uitkomst)


# --------------------------------------------------------------------------------------------
# The same attacks on the command line: exit 2, one line naming the option, no traceback
# --------------------------------------------------------------------------------------------

CLI_ATTACKS: dict[str, tuple[list[str], str]] = {
    "spreiding --behoefte 4300 digits": (["spreiding", "--behoefte", "9" * 4300], "--behoefte"),
    "spreiding --behoefte 5000 digits": (["spreiding", "--behoefte", "9" * 5000], "--behoefte"),
    "spreiding --behoefte 10^6 digits": (["spreiding", "--behoefte", "9" * 10**6], "--behoefte"),
    "spreiding --behoefte GROOTSTE_AANTAL+1": (
        ["spreiding", "--behoefte", str(GROOTSTE_AANTAL + 1)],
        "--behoefte",
    ),
    "spreiding --behoefte -(5000 digits)": (["spreiding", "--behoefte", "-" + "9" * 5000], "--behoefte"),
    "spreiding --behoefte 5000 letters": (["spreiding", "--behoefte", "x" * 5000], "--behoefte"),
    "spreiding --amv 5000 digits": (["spreiding", "--behoefte", "10", "--amv", "9" * 5000], "--amv"),
    "statushouders --landelijk 5000 digits": (
        ["statushouders", "--halfjaar", "2025-H2", "--landelijk", "9" * 5000],
        "--landelijk",
    ),
    "nareizigers --personen 5000 digits": (
        ["nareizigers", "--personen", "9" * 5000, "--peildatum", "2025-11-01"],
        "--personen",
    ),
    "oekraine plicht --plaatsen 5000 digits": (
        [
            "oekraine",
            "plicht",
            "--gemeente",
            "Utrecht",
            "--peildatum",
            "2026-01-01",
            "--plaatsen",
            "9" * 5000,
        ],
        "--plaatsen",
    ),
    "oekraine vergoeding --particulier 5000 digits": (
        [
            "oekraine",
            "vergoeding",
            "--plaatsen",
            "1",
            "--van",
            "2025-01-01",
            "--tot",
            "2025-03-01",
            "--particulier",
            "9" * 5000,
        ],
        "--particulier",
    ),
    "spreiding --inwoners all 0": (
        ["spreiding", "--behoefte", "96000", "--inwoners", "{nul}", "--inwoners-peildatum", "2025-01-01"],
        "inwoners=0",
    ),
    **{
        f"spreiding --inwoners all 0 --methode {m}": (
            [
                "spreiding",
                "--behoefte",
                "96000",
                "--inwoners",
                "{nul}",
                "--inwoners-peildatum",
                "2025-01-01",
                "--methode",
                m,
            ],
            "inwoners=0",
        )
        for m in ("hamilton", "sainte-lague")
    },
    "statushouders --inwoners all 0": (
        ["statushouders", "--halfjaar", "2026-H1", "--landelijk", "12000", "--inwoners", "{nul}"],
        "inwoners=0",
    ),
}
"""Command lines with a huge count or a file of inhabitants that are all 0 ({nul}): (argv, what the
one error line names)."""


@pytest.mark.parametrize("attack", list(CLI_ATTACKS))
def test_huge_counts_and_zero_inhabitants_on_the_command_line(
    attack: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from .conftest import run_cli

    nul = tmp_path / "nul.csv"
    nul.write_text("gemeentecode,inwoners\n" + "".join(f"{g.code},0\n" for g in gebied.register().gemeenten))
    argv, fragment = CLI_ATTACKS[attack]
    with hang_guard():
        code, out, err = run_cli(capsys, *(a.replace("{nul}", str(nul)) for a in argv))
    assert code == 2 and out == "", (code, out[:200])
    assert err.count("\n") == 1 and "Traceback" not in err and fragment in err, err[:300]
    assert len(err) < 300 and re.search(r"[0-9]{41}", err) is None, err[:300]


def test_a_need_of_zero_over_zero_inhabitants_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from .conftest import run_cli

    nul = tmp_path / "nul.csv"
    nul.write_text("gemeentecode,inwoners\n" + "".join(f"{g.code},0\n" for g in gebied.register().gemeenten))
    code, out, err = run_cli(
        capsys,
        "spreiding",
        "--behoefte",
        "0",
        "--inwoners",
        str(nul),
        "--inwoners-peildatum",
        "2025-01-01",
        "--format",
        "csv",
    )
    assert code == 0 and err == ""
    assert {r.split(",")[-2] for r in out.splitlines()[1:]} == {"0"}  # plaatsen: 0 everywhere
