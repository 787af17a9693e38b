"""Oekraïne opvang: the individual and collective duty, the financing — properties, sources, CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from attrs import evolve
from hypothesis import assume, given
from hypothesis import strategies as st

from asielketen.bronregister import bron
from asielketen.errors import (
    InvalidInputError,
    InvalidPeriodError,
    ParameterNotValidError,
    UnknownNameError,
)
from asielketen.explain import Uitkomst
from asielketen.gebied import register
from asielketen.oekraine import (
    Aftreklezing,
    Alternatief,
    Capaciteit,
    CollectievePlicht,
    Gebiedsniveau,
    IndividuelePlicht,
    Oekraineplichten,
    Opvangverzoek,
    Plichtuitkomst,
    Regime,
    Uitsluitingsgrond,
    Vergoeding,
    Verplichtingsoort,
    collectieve_plicht,
    individuele_plicht,
    oekraine_plichten,
    regime_op,
    vergoeding,
)
from asielketen.parameters import parameter
from asielketen.periods import Periode
from asielketen.serialization import from_json, structure, to_json
from asielketen.sources import Persbron, Status, Uitspraak
from asielketen.taal import TALEN, Bericht, in_taal

from .conftest import brief, normaliseer
from .conftest import run_cli as run

REGIME_BEGIN = date(2022, 4, 1)
REGIME_EINDE = date(2028, 3, 5)  # exclusive: at the latest one year after 4 March 2027
TWOO_BEGIN = date(2024, 7, 1)
UITLOOP_BEGIN = date(2027, 3, 5)
HET_HOGELAND_UITSPRAAK = date(2025, 10, 6)
EIGEN_BIJDRAGE_VANAF = date(2025, 10, 1)


def bron_ids(u: Uitkomst[Any]) -> set[str]:
    return {b.id for b in u.bronnen}


def assert_in_every_language(b: Bericht, prefix: str = "oekraine.") -> None:
    """``b`` comes from this module's catalogue and reads differently in English than in Dutch."""
    assert b.sleutel.startswith(prefix), b
    assert all(b.teksten) and len(b.teksten) == len(TALEN)
    assert b.en != b.nl, b


# --------------------------------------------------------------------------------------------
# Strategies (cheap)
# --------------------------------------------------------------------------------------------

regimedagen = st.dates(min_value=REGIME_BEGIN, max_value=REGIME_EINDE - timedelta(days=1))
alle_dagen = st.dates(min_value=date(2021, 1, 1), max_value=date(2030, 12, 31))
gronden = st.lists(st.sampled_from(list(Uitsluitingsgrond)), max_size=3, unique=True).map(tuple)
verzoeken = st.builds(
    Opvangverzoek,
    tijdelijke_bescherming=st.booleans(),
    alleenstaande_minderjarige=st.booleans(),
    uitsluitingsgronden=gronden,
    kwetsbaar=st.booleans(),
    overlastgever=st.booleans(),
    beschermd_op_laatste_dag=st.booleans(),
)
gewone_verzoeken = st.builds(
    Opvangverzoek,
    kwetsbaar=st.booleans(),
    overlastgever=st.booleans(),
)
capaciteiten = st.integers(0, 5000).flatmap(
    lambda n: st.builds(Capaciteit, plaatsen=st.just(n), bezet=st.integers(0, n))  # bezet ≤ plaatsen
)
volle_capaciteiten = st.integers(0, 5000).map(lambda n: Capaciteit(plaatsen=n, bezet=n))
scenario_datums = st.none() | regimedagen


@st.composite
def drie_dagen(draw: st.DrawFn, *, maandbegin: bool = False, vanaf: date = REGIME_BEGIN) -> list[date]:
    """Three increasing dates a < b < c in the regime (month starts when ``maandbegin``)."""
    if maandbegin:
        maanden = []
        d = date(vanaf.year, vanaf.month, 1)
        if d < vanaf:
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        while d <= REGIME_EINDE:
            maanden.append(d)
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        gekozen = draw(st.lists(st.sampled_from(maanden), min_size=3, max_size=3, unique=True))
    else:
        gekozen = draw(
            st.lists(st.dates(min_value=vanaf, max_value=REGIME_EINDE), min_size=3, max_size=3, unique=True)
        )
    return sorted(gekozen)


# --------------------------------------------------------------------------------------------
# Properties: the individual duty
# --------------------------------------------------------------------------------------------


@given(gewone_verzoeken, volle_capaciteiten, regimedagen, scenario_datums)
def test_a_full_location_never_removes_the_individual_duty(
    verzoek: Opvangverzoek, cap: Capaciteit, dag: date, prioritering: date | None
) -> None:
    u = individuele_plicht(verzoek, dag, capaciteit=cap, prioritering_vanaf=prioritering)
    w = u.waarde
    assert w.plicht and w.vol is True
    assert w.uitkomst in (Plichtuitkomst.ALTERNATIEF, Plichtuitkomst.VOORRANG)
    assert set(w.alternatieven) == set(Alternatief)
    assert w.soort is Verplichtingsoort.RESULTAATSVERPLICHTING
    assert "ECLI:NL:RBNNE:2025:4074" in bron_ids(u)


@given(verzoeken, capaciteiten, capaciteiten, alle_dagen, scenario_datums)
def test_capacity_never_decides_whether_there_is_a_duty(
    verzoek: Opvangverzoek, a: Capaciteit, b: Capaciteit, dag: date, prioritering: date | None
) -> None:
    """Only regime, scope and the art. 4 grounds decide the duty — never the capacity."""
    ua = individuele_plicht(verzoek, dag, capaciteit=a, prioritering_vanaf=prioritering).waarde
    ub = individuele_plicht(verzoek, dag, capaciteit=b, prioritering_vanaf=prioritering).waarde
    un = individuele_plicht(verzoek, dag).waarde
    assert ua.plicht == ub.plicht == un.plicht


@given(verzoeken, st.none() | capaciteiten, regimedagen)
def test_no_duty_in_scope_only_through_rooo_art4(
    verzoek: Opvangverzoek, cap: Capaciteit | None, dag: date
) -> None:
    u = individuele_plicht(verzoek, dag, capaciteit=cap)
    w = u.waarde
    if w.uitkomst is Plichtuitkomst.GEEN_PLICHT:
        assert verzoek.uitsluitingsgronden and w.uitsluitingsgronden == verzoek.uitsluitingsgronden
        assert "rooo.art4" in bron_ids(u)
    binnen_bereik = (
        verzoek.tijdelijke_bescherming
        and not verzoek.alleenstaande_minderjarige
        and w.uitkomst is not Plichtuitkomst.BUITEN_REGIME
    )
    if binnen_bereik:
        assert w.plicht == (not verzoek.uitsluitingsgronden)


@given(gewone_verzoeken, volle_capaciteiten, regimedagen)
def test_prioritering_is_off_by_default(verzoek: Opvangverzoek, cap: Capaciteit, dag: date) -> None:
    w = individuele_plicht(verzoek, dag, capaciteit=cap).waarde
    assert w.uitkomst is Plichtuitkomst.ALTERNATIEF and not w.scenario


# --------------------------------------------------------------------------------------------
# Properties: the collective duty
# --------------------------------------------------------------------------------------------


@given(
    st.sampled_from(["Het Hogeland", "Vlaardingen", "Utrecht", "Westerwolde"]),
    regimedagen,
    st.none() | st.integers(0, 100_000),
    st.none() | st.integers(0, 100_000),
    st.sampled_from(list(Gebiedsniveau)),
    st.none() | capaciteiten,
)
def test_the_collective_outcome_never_creates_an_individual_claim(
    naam: str,
    dag: date,
    gevraagd: int | None,
    plaatsen: int | None,
    niveau: Gebiedsniveau,
    eigen: Capaciteit | None,
) -> None:
    p = oekraine_plichten(naam, dag, plaatsen=plaatsen, gevraagd=gevraagd, niveau=niveau, eigen=eigen)
    c = p.collectief.waarde
    assert c.soort is Verplichtingsoort.INSPANNINGSVERPLICHTING
    assert c.individuele_aanspraak is False and c.tekort_op_zich_onrechtmatig is False
    if gevraagd is not None and plaatsen is not None:
        assert c.tekort == max(0, gevraagd - plaatsen)
    else:
        assert c.tekort is None
    # the individual outcome does not depend on the number asked, nor on the places realised
    zonder = oekraine_plichten(naam, dag, plaatsen=None, niveau=niveau, eigen=eigen)
    assert p.individueel.waarde == zonder.individueel.waarde
    assert p.individueel.waarde == individuele_plicht(Opvangverzoek(), dag, capaciteit=eigen).waarde


@given(
    st.sampled_from(["Vlaardingen", "Utrecht", "Westerwolde"]),
    regimedagen,
    capaciteiten,
    st.none() | st.integers(0, 100_000),
)
def test_region_numbers_never_feed_the_individual_duty(
    naam: str, dag: date, regio: Capaciteit, gevraagd: int | None
) -> None:
    """Issue 16 §5: the individual duty concerns the gemeente's own opvang (ECLI:NL:RBNNE:2025:4074);
    a veiligheidsregio's numbers feed only the collective duty, and without the own capacity the
    individual duty claims no free place."""
    with pytest.warns(DeprecationWarning, match="bezet is ignored"):
        p = oekraine_plichten(
            naam,
            dag,
            plaatsen=regio.plaatsen,
            bezet=regio.bezet,
            gevraagd=gevraagd,
            niveau=Gebiedsniveau.VEILIGHEIDSREGIO,
        )
    w = p.individueel.waarde
    assert w.vol is None and w.uitkomst is Plichtuitkomst.OPVANG and w.plicht
    assert w.samenvatting.nl.endswith(
        "is onbekend — is die vol, dan moet het college een alternatief bieden."
    )
    assert "er is plaats" not in w.samenvatting.nl
    assert any(s.bericht.sleutel == "oekraine.individueel.capaciteit_regio" for s in p.individueel.stappen)
    assert p.collectief.waarde.gerealiseerd == regio.plaatsen


def test_a_collective_result_cannot_claim_an_individual_right() -> None:
    g = register().gemeente("Het Hogeland")
    with pytest.raises(InvalidInputError, match="individuele aanspraak"):
        CollectievePlicht(
            peildatum=date(2025, 10, 6),
            niveau=Gebiedsniveau.GEMEENTE,
            gebied_code=g.code,
            gebied_naam=g.naam,
            individuele_aanspraak=True,
        )
    with pytest.raises(InvalidInputError, match="niet op zich onrechtmatig"):
        CollectievePlicht(
            peildatum=date(2025, 10, 6),
            niveau=Gebiedsniveau.GEMEENTE,
            gebied_code=g.code,
            gebied_naam=g.naam,
            tekort_op_zich_onrechtmatig=True,
        )


# --------------------------------------------------------------------------------------------
# Properties: financing
# --------------------------------------------------------------------------------------------


@given(drie_dagen(), st.integers(0, 10_000))
def test_compensation_is_additive_over_adjacent_periods(dagen: list[date], plaatsen: int) -> None:
    a, b, c = dagen
    geheel = vergoeding(plaatsen, Periode(a, c)).waarde
    links = vergoeding(plaatsen, Periode(a, b)).waarde
    rechts = vergoeding(plaatsen, Periode(b, c)).waarde
    assert geheel.totaal == links.totaal + rechts.totaal
    assert sum(d.dagen for d in geheel.dagdelen) == (c - a).days


@given(
    drie_dagen(maandbegin=True, vanaf=EIGEN_BIJDRAGE_VANAF),
    st.integers(0, 500),
    st.integers(0, 500),
    st.lists(st.integers(1, 4), max_size=3),
)
def test_compensation_with_monthly_parts_is_additive_at_month_starts(
    dagen: list[date], plaatsen: int, personen: int, huishoudens: list[int]
) -> None:
    a, b, c = dagen
    assume(plaatsen * 28 * 44 >= sum(Decimal("488.44") for _ in huishoudens) or not huishoudens)

    def v(p: Periode) -> Vergoeding:
        return vergoeding(
            plaatsen, p, particuliere_personen=personen, huishoudens_met_inkomen=huishoudens
        ).waarde

    geheel, links, rechts = v(Periode(a, c)), v(Periode(a, b)), v(Periode(b, c))
    for veld in ("gemeentelijke_opvang", "particuliere_opvang", "eigen_bijdragen", "totaal"):
        assert getattr(geheel, veld) == getattr(links, veld) + getattr(rechts, veld)


@given(st.dates(min_value=REGIME_BEGIN, max_value=date(2027, 1, 1)), st.integers(1, 400))
def test_compensation_is_linear_in_places(van: date, dagen: int) -> None:
    periode = Periode(van, van + timedelta(days=dagen))
    een = vergoeding(1, periode).waarde.totaal
    for n in (0, 2, 7, 1234):
        assert vergoeding(n, periode).waarde.totaal == n * een
    assert (
        vergoeding(3, periode).waarde.totaal + vergoeding(4, periode).waarde.totaal
        == vergoeding(7, periode).waarde.totaal
    )


@given(st.dates(min_value=REGIME_BEGIN, max_value=date(2026, 1, 1)), st.integers(1, 790))
def test_the_period_is_split_exactly_at_every_change_of_amount(van: date, dagen: int) -> None:
    periode = Periode(van, van + timedelta(days=dagen))
    v = vergoeding(5, periode).waarde
    p = parameter("oekraine.json", "oekraine.normbedrag_per_plek_per_dag")
    wissels = {g.periode.van for g in p.waarden}
    assert v.dagdelen[0].periode.van == periode.van and v.dagdelen[-1].periode.tot == periode.tot
    for links, rechts in zip(v.dagdelen, v.dagdelen[1:], strict=False):
        assert links.periode.tot == rechts.periode.van in wissels
        assert links.normbedrag != rechts.normbedrag
    for d in v.dagdelen:
        assert d.normbedrag == p.op(d.periode.van) == p.op(d.periode.laatste_dag or d.periode.van)
        assert d.bedrag == 5 * d.dagen * d.normbedrag
        assert isinstance(d.bedrag, Decimal)
    assert v.regeling_versie == date(2026, 1, 1)


# --------------------------------------------------------------------------------------------
# JSON round trips
# --------------------------------------------------------------------------------------------


@given(verzoeken, st.none() | capaciteiten, alle_dagen, scenario_datums)
def test_individual_outcome_round_trips(
    verzoek: Opvangverzoek, cap: Capaciteit | None, dag: date, prioritering: date | None
) -> None:
    u = individuele_plicht(verzoek, dag, capaciteit=cap, prioritering_vanaf=prioritering)
    assert from_json(to_json(u, Uitkomst[IndividuelePlicht]), Uitkomst[IndividuelePlicht]) == u
    assert from_json(to_json(verzoek), Opvangverzoek) == verzoek
    # every sentence comes from the catalogue, in Dutch and in English
    assert_in_every_language(u.waarde.samenvatting, "oekraine.individueel.")
    for stap in u.stappen:
        assert_in_every_language(stap.bericht)
    if u.waarde.plichthouder is not None:
        assert_in_every_language(u.waarde.plichthouder, "oekraine.plichthouder.")


@given(
    st.sampled_from(["Het Hogeland", "Vlaardingen", "Tiel"]),
    alle_dagen,
    st.none() | st.integers(0, 1000),
    st.none() | st.integers(0, 1000),
)
def test_both_duties_round_trip(naam: str, dag: date, plaatsen: int | None, gevraagd: int | None) -> None:
    eigen = None if plaatsen is None else Capaciteit(plaatsen=plaatsen, bezet=plaatsen)
    p = oekraine_plichten(naam, dag, plaatsen=plaatsen, gevraagd=gevraagd, eigen=eigen)
    js = to_json(p)
    assert from_json(js, Oekraineplichten) == p
    assert_in_every_language(p.collectief.waarde.samenvatting, "oekraine.collectief.")
    for stap in p.collectief.stappen:
        assert_in_every_language(stap.bericht)
    tekst = json.loads(js)["collectief"]["waarde"]["samenvatting"]
    assert set(tekst) == {"sleutel", *TALEN} and tekst["nl"] == p.collectief.waarde.samenvatting.nl


@given(
    drie_dagen(maandbegin=True, vanaf=EIGEN_BIJDRAGE_VANAF),
    st.integers(1, 50),
    st.integers(0, 5),
    st.none() | st.decimals(min_value=0, max_value=500, places=2),
)
def test_compensation_round_trips(
    dagen: list[date], plaatsen: int, personen: int, ontvangen: Decimal | None
) -> None:
    periode = Periode(dagen[0], dagen[2])
    if ontvangen is None:
        u = vergoeding(plaatsen, periode, particuliere_personen=personen, huishoudens_met_inkomen=[1])
    else:
        u = vergoeding(
            plaatsen,
            periode,
            particuliere_personen=personen,
            ontvangen_eigen_bijdragen=ontvangen,
            ontvangen_cateringbijdragen=(ontvangen / 2).quantize(Decimal("0.01")),
        )
    assert from_json(to_json(u, Uitkomst[Vergoeding]), Uitkomst[Vergoeding]) == u
    for stap in u.stappen:
        assert_in_every_language(stap.bericht)


# --------------------------------------------------------------------------------------------
# What the letters and the judgment state
# --------------------------------------------------------------------------------------------


def test_vng_2025_09_22_two_duties_side_by_side() -> None:
    """VNG-2025-09-22: "De opvang van Oekraïners is een inspanningsverplichting als het gaat om de
    aantallen per gemeente, en tegelijk een ongelimiteerde plicht op basis van de Tijdelijke wet
    opvang Oekraïne." """
    citaat = (
        "een inspanningsverplichting als het gaat om de aantallen per gemeente, en tegelijk een "
        "ongelimiteerde plicht op basis van de Tijdelijke wet opvang Oekraïne"
    )
    p = oekraine_plichten(
        "Het Hogeland",
        date(2025, 10, 1),
        plaatsen=100,
        gevraagd=150,
        eigen=Capaciteit(plaatsen=100, bezet=100),
    )
    assert p.collectief.waarde.soort is Verplichtingsoort.INSPANNINGSVERPLICHTING
    assert p.individueel.waarde.soort is Verplichtingsoort.RESULTAATSVERPLICHTING
    assert p.collectief.waarde.tekort == 50
    assert any(citaat in s.zin for s in p.collectief.stappen)
    assert "VNG-2025-09-22" in bron_ids(p.collectief)
    # "ongelimiteerde plicht": the individual duty holds although the number is missed and all is full
    assert p.individueel.waarde.plicht
    assert normaliseer(citaat) in brief("001_")  # last: skipped without ../shared/seeds


def test_vng_2025_10_13_and_het_hogeland_full_is_no_defence() -> None:
    """VNG-2025-10-13 on Rechtbank Noord-Nederland 6 Oct 2025 (ECLI:NL:RBNNE:2025:4074): "De rechter
    oordeelde dat de gemeente verplicht is Oekraïners op te vangen, ook als de opvanglocaties vol
    zijn, en sprak van een resultaatsverplichting in plaats van een inspanningsplicht." """
    citaat = (
        "De rechter oordeelde dat de gemeente verplicht is Oekraïners op te vangen, ook als de "
        "opvanglocaties vol zijn, en sprak van een resultaatsverplichting in plaats van een "
        "inspanningsplicht."
    )
    u = individuele_plicht(
        Opvangverzoek(), HET_HOGELAND_UITSPRAAK, capaciteit=Capaciteit(plaatsen=80, bezet=80)
    )
    w = u.waarde
    assert w.uitkomst is Plichtuitkomst.ALTERNATIEF and w.plicht
    assert w.plichthouder is not None and w.plichthouder.nl == "het college van burgemeester en wethouders"
    assert w.alternatieven == (
        Alternatief.TIJDELIJKE_ALTERNATIEVE_VOORZIENING,
        Alternatief.ANDERE_GEMEENTE,
        Alternatief.PARTICULIERE_OPVANG_MET_VERGOEDING,
        Alternatief.GELD_OM_OPVANG_TE_REGELEN,
    )
    assert {"twoo.art2.lid1", "ECLI:NL:RBNNE:2025:4074", "rooo.art3"} <= bron_ids(u)
    uitspraak = bron("ECLI:NL:RBNNE:2025:4074")
    assert isinstance(uitspraak, Uitspraak) and uitspraak.datum == HET_HOGELAND_UITSPRAAK
    # before the Vlaardingen case no court term is known; the result is onzeker only because the Twoo's
    # start date is an aanname and the extension of the protection is known from the press
    assert w.termijn_uren is None and u.onzeker
    assert {b.id for b in u.bronnen if b.status.onzeker} == {
        "aanname.oekraine.twoo-inwerkingtreding",
        "eu.verlenging-2027-03-04",
    }
    assert normaliseer(citaat) in brief("003_")  # last: skipped without ../shared/seeds


def test_vlaardingen_72_hours_is_a_press_source() -> None:
    """Rb Rotterdam 22 Dec 2025 (Vlaardingen): opvang within 72 hours — status pers, ECLI unknown."""
    u = individuele_plicht(Opvangverzoek(), date(2026, 1, 5), capaciteit=Capaciteit(plaatsen=10, bezet=10))
    assert u.waarde.termijn_uren == 72
    assert u.onzeker and Status.PERS in u.statussen
    vl = bron("pers.rb-rotterdam-2025-12-22-vlaardingen")
    assert isinstance(vl, Persbron) and vl.status is Status.PERS and vl.datum == "2025-12-22"
    assert vl.url is None and "ECLI:" not in vl.titel
    assert (
        individuele_plicht(
            Opvangverzoek(), date(2025, 12, 21), capaciteit=Capaciteit(plaatsen=1, bezet=1)
        ).waarde.termijn_uren
        is None
    )


def test_prioritering_is_not_legally_possible_per_the_letters_but_a_scenario_can_switch_it_on() -> None:
    """VNG-2025-10-13 asks the minister: "Prioritering voor de opvang juridisch mogelijk maken zodat
    gemeenten voorrang kunnen geven aan kwetsbare groepen" — so today it is not possible."""
    citaat = (
        "Prioritering voor de opvang juridisch mogelijk maken zodat gemeenten voorrang kunnen geven aan "
        "kwetsbare groepen"
    )
    vol = Capaciteit(plaatsen=30, bezet=30)
    dag = date(2026, 2, 1)
    kwetsbaar = Opvangverzoek(kwetsbaar=True)
    zonder = individuele_plicht(kwetsbaar, dag, capaciteit=vol).waarde
    assert zonder.uitkomst is Plichtuitkomst.ALTERNATIEF and not zonder.scenario
    met = individuele_plicht(kwetsbaar, dag, capaciteit=vol, prioritering_vanaf=date(2026, 1, 1))
    assert met.waarde.uitkomst is Plichtuitkomst.VOORRANG and met.waarde.scenario and met.waarde.plicht
    assert "aanname.oekraine.prioritering-scenario" in bron_ids(met)
    assert any(s.zin.startswith("SCENARIO") for s in met.stappen)
    anders = individuele_plicht(Opvangverzoek(), dag, capaciteit=vol, prioritering_vanaf=date(2026, 1, 1))
    assert anders.waarde.uitkomst is Plichtuitkomst.ALTERNATIEF and anders.waarde.scenario
    # a scenario that starts after the peildatum changes nothing
    later = individuele_plicht(kwetsbaar, dag, capaciteit=vol, prioritering_vanaf=date(2026, 3, 1)).waarde
    assert later.uitkomst is Plichtuitkomst.ALTERNATIEF and not later.scenario
    assert normaliseer(citaat) in brief("003_")  # last: skipped without ../shared/seeds


@pytest.mark.parametrize(
    ("grond", "extra"),
    [
        (Uitsluitingsgrond.VRIJHEIDSONTNEMING, None),
        (Uitsluitingsgrond.BESCHERMING_GEWEIGERD, "eu.richtlijn-2001-55.art28"),
        (Uitsluitingsgrond.NEDERLANDERSCHAP, None),
    ],
)
def test_rooo_art4_grounds_are_the_only_no_duty(grond: Uitsluitingsgrond, extra: str | None) -> None:
    """RooO art. 4: the college "kan een ontheemde uitsluiten van de opvang" on grounds a–c."""
    u = individuele_plicht(
        Opvangverzoek(uitsluitingsgronden=(grond,)),
        date(2025, 11, 1),
        capaciteit=Capaciteit(plaatsen=5, bezet=0),
    )
    assert u.waarde.uitkomst is Plichtuitkomst.GEEN_PLICHT and not u.waarde.plicht
    assert u.waarde.uitsluitingsgronden == (grond,)
    assert "rooo.art4" in bron_ids(u)
    if extra:
        assert extra in bron_ids(u)


def test_overlast_is_no_ground_tiel() -> None:
    """ECLI:NL:RBGEL:2024:2540 (Tiel): ending opvang entirely, even for overlastgevers, was struck down."""
    u = individuele_plicht(Opvangverzoek(overlastgever=True), date(2025, 11, 1))
    assert u.waarde.plicht
    assert "ECLI:NL:RBGEL:2024:2540" in bron_ids(u)
    tiel = bron("ECLI:NL:RBGEL:2024:2540")
    # its text was not read: a press source; the date is a third party's record of rechtspraak.nl's
    assert isinstance(tiel, Persbron) and tiel.status is Status.PERS and tiel.datum == "2024-04-25"
    assert u.onzeker and "ECLI:NL:RBGEL:2024:2540" in [s.id for s in u.bronnen if s.status.onzeker]


def test_unaccompanied_minors_and_non_protected_are_outside_the_task() -> None:
    """RooO art. 2 lid 1: "De in de eerste volzin bedoelde taak is niet van toepassing op alleenstaande
    minderjarige ontheemden." Twoo art. 1: an ontheemde enjoys temporary protection."""
    amv = individuele_plicht(Opvangverzoek(alleenstaande_minderjarige=True), date(2025, 11, 1))
    assert amv.waarde.uitkomst is Plichtuitkomst.BUITEN_TAAK_AMV and "rooo.art2" in bron_ids(amv)
    geen = individuele_plicht(Opvangverzoek(tijdelijke_bescherming=False), date(2025, 11, 1))
    assert geen.waarde.uitkomst is Plichtuitkomst.GEEN_ONTHEEMDE
    assert {"twoo.art1", "eu.uitvoeringsbesluit-2022-382.art2"} <= bron_ids(geen)


@pytest.mark.parametrize(
    ("dag", "regime", "houder"),
    [
        (date(2022, 3, 31), None, None),
        (REGIME_BEGIN, Regime.WVB, "de burgemeester"),
        (date(2024, 6, 30), Regime.WVB, "de burgemeester"),
        (TWOO_BEGIN, Regime.TWOO, "het college van burgemeester en wethouders"),
        (date(2027, 3, 4), Regime.TWOO, "het college van burgemeester en wethouders"),
        (UITLOOP_BEGIN, Regime.TWOO_UITLOOP, "het college van burgemeester en wethouders"),
        (date(2028, 3, 4), Regime.TWOO_UITLOOP, "het college van burgemeester en wethouders"),
        (REGIME_EINDE, None, None),
    ],
)
def test_the_regime_over_time(dag: date, regime: Regime | None, houder: str | None) -> None:
    """Wet verplaatsing bevolking from 1 Apr 2022 (burgemeester); Twoo art. 2 lid 1 (college);
    protection until 4 Mar 2027; Twoo art. 10 lid 2: lapses at most one year later."""
    assert regime_op(dag) is regime
    w = individuele_plicht(Opvangverzoek(), dag).waarde
    assert w.regime is regime and (None if w.plichthouder is None else str(w.plichthouder)) == houder
    assert w.plicht == (regime is not None)
    if regime is None:
        assert w.uitkomst is Plichtuitkomst.BUITEN_REGIME


def test_twoo_final_year_only_for_those_protected_the_day_before() -> None:
    """Twoo art. 10 lid 2: "Gedurende de hiervoor bedoelde periode van ten hoogste één jaar blijft deze
    wet van toepassing op vreemdelingen die tijdelijke bescherming genoten op de dag voorafgaand aan
    het eindigen van de tijdelijke bescherming." """
    dag = date(2027, 6, 1)
    ja = individuele_plicht(Opvangverzoek(beschermd_op_laatste_dag=True), dag)
    nee = individuele_plicht(Opvangverzoek(beschermd_op_laatste_dag=False), dag)
    assert ja.waarde.plicht and ja.waarde.regime is Regime.TWOO_UITLOOP
    assert nee.waarde.uitkomst is Plichtuitkomst.BUITEN_REGIME
    assert "twoo.art10.lid2" in bron_ids(nee)
    assert any("2027-03-04" in s.zin for s in nee.stappen)


def test_twoo_start_window_says_it_is_an_assumption() -> None:
    u = individuele_plicht(Opvangverzoek(), date(2024, 6, 28))
    assert u.waarde.regime is Regime.WVB
    assert "aanname.oekraine.twoo-inwerkingtreding" in bron_ids(u)
    assert "aanname.oekraine.twoo-inwerkingtreding" not in bron_ids(
        individuele_plicht(Opvangverzoek(), date(2024, 6, 26))
    )


@pytest.mark.parametrize(
    ("dag", "aantal"),
    [
        (date(2023, 6, 30), None),
        (date(2023, 7, 1), 90_000),
        (date(2024, 2, 1), 97_000),
        (date(2025, 1, 1), 120_000),
        (date(2025, 7, 1), 109_000),
        (date(2026, 1, 1), None),
    ],
)
def test_national_targets_with_status_pers(dag: date, aantal: int | None) -> None:
    u = collectieve_plicht(register().gemeente("Utrecht"), dag, gevraagd=10, gerealiseerd=4)
    assert u.waarde.landelijk_streefaantal == aantal
    assert u.waarde.tekort == 6
    if aantal is not None:
        assert u.onzeker and Status.PERS in u.statussen


def test_collective_for_a_veiligheidsregio() -> None:
    p = oekraine_plichten(
        "Vlaardingen",
        date(2025, 11, 1),
        plaatsen=900,
        gevraagd=1000,
        niveau=Gebiedsniveau.VEILIGHEIDSREGIO,
        eigen=Capaciteit(plaatsen=40, bezet=40),
    )
    c = p.collectief.waarde
    assert c.niveau is Gebiedsniveau.VEILIGHEIDSREGIO and c.gebied_code.startswith("VR") and c.tekort == 100
    # the region has room for 100 more, the gemeente's own opvang is full: an alternative
    assert p.individueel.waarde.uitkomst is Plichtuitkomst.ALTERNATIEF and p.individueel.waarde.vol


def test_issue_16_region_with_room_says_nothing_about_the_gemeentes_own_opvang() -> None:
    """Issue 16 §5: "with --niveau veiligheidsregio --plaatsen 1000 --bezet 990 the individual duty
    says 'er is plaats' for a gemeente that may be full"."""
    dag = date(2026, 1, 5)
    with pytest.warns(DeprecationWarning, match="bezet is ignored"):
        p = oekraine_plichten(
            "Vlaardingen", dag, plaatsen=1000, bezet=990, niveau=Gebiedsniveau.VEILIGHEIDSREGIO
        )
    w = p.individueel.waarde
    assert w.vol is None and "er is plaats" not in w.samenvatting.nl
    assert "is onbekend" in w.samenvatting.nl and "alternatief" in w.samenvatting.nl
    uitleg = p.individueel.uitleg()
    assert (
        "aantallen van de veiligheidsregio" in uitleg
        and "De eigen opvangcapaciteit is dus onbekend" in uitleg
    )
    assert p.collectief.waarde.gerealiseerd == 1000
    vol = oekraine_plichten(
        "Vlaardingen",
        dag,
        plaatsen=1000,
        niveau=Gebiedsniveau.VEILIGHEIDSREGIO,
        eigen=Capaciteit(plaatsen=25, bezet=25),
    )
    assert vol.individueel.waarde.uitkomst is Plichtuitkomst.ALTERNATIEF
    assert vol.individueel.waarde.termijn_uren == 72


def test_plaatsen_and_bezet_as_own_opvang_is_deprecated_but_still_works() -> None:
    """docs/stability.md: a changed meaning first keeps working with a DeprecationWarning."""
    dag = date(2025, 10, 6)
    with pytest.warns(DeprecationWarning, match="eigen=Capaciteit"):
        oud = oekraine_plichten("Het Hogeland", dag, plaatsen=120, bezet=120, gevraagd=150)
    nieuw = oekraine_plichten(
        "Het Hogeland", dag, plaatsen=120, gevraagd=150, eigen=Capaciteit(plaatsen=120, bezet=120)
    )
    assert oud.individueel.waarde == nieuw.individueel.waarde
    assert oud.individueel.waarde.uitkomst is Plichtuitkomst.ALTERNATIEF
    assert oud.collectief == nieuw.collectief
    # the explanation says where the own capacity came from, and that this rests on an aanname
    assert "aanname.oekraine.plaatsen-als-eigen-capaciteit" in bron_ids(oud.individueel)
    assert "aanname.oekraine.plaatsen-als-eigen-capaciteit" not in bron_ids(nieuw.individueel)
    assert any("verouderd" in s.zin for s in oud.individueel.stappen)
    # eigen wins over plaatsen/bezet; bezet next to eigen is ignored with a warning
    with pytest.warns(DeprecationWarning, match="bezet is ignored"):
        beide = oekraine_plichten(
            "Het Hogeland", dag, plaatsen=120, bezet=120, eigen=Capaciteit(plaatsen=10, bezet=3)
        )
    assert (
        beide.individueel.waarde.uitkomst is Plichtuitkomst.OPVANG and beide.individueel.waarde.vol is False
    )
    # plaatsen alone feeds only the collective duty: the own capacity is unknown
    alleen = oekraine_plichten("Het Hogeland", dag, plaatsen=120, gevraagd=150)
    assert alleen.individueel.waarde.vol is None and alleen.collectief.waarde.tekort == 30


# --------------------------------------------------------------------------------------------
# Financing: the amounts of BooO art. 3 and RooO art. 8
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dag", "normbedrag", "particulier"),
    [
        (REGIME_BEGIN, "100", "210"),
        (date(2022, 10, 14), "100", "210"),
        (date(2022, 10, 15), "83", "210"),
        (date(2023, 12, 31), "83", "210"),
        (date(2024, 1, 1), "61", "92"),
        (date(2024, 12, 31), "61", "92"),
        (date(2025, 1, 1), "44", "48"),
        (date(2026, 6, 1), "44", "48"),
    ],
)
def test_booo_art3_amounts(dag: date, normbedrag: str, particulier: str) -> None:
    """BooO art. 3 lid 1: "a. tot 15 oktober 2022 [...] € 100 per dag per gerealiseerde opvangplek;
    b. met ingang van 15 oktober 2022 [...] € 83; c. met ingang van 1 januari 2024 [...] € 61;
    d. met ingang van 1 januari 2025 [...] € 44"; lid 4: € 210, € 92 (2024), € 48 (2025)."""
    v = vergoeding(1, Periode(dag, dag + timedelta(days=1))).waarde
    assert v.dagdelen[0].normbedrag == Decimal(normbedrag) == v.totaal
    assert parameter("oekraine.json", "oekraine.particulier_per_persoon_per_maand").op(dag) == Decimal(
        particulier
    )


def test_worked_example_across_15_october_2022() -> None:
    v = vergoeding(10, Periode(date(2022, 10, 1), date(2022, 11, 1))).waarde
    assert [(d.dagen, d.normbedrag, d.onderdeel) for d in v.dagdelen] == [
        (14, Decimal(100), "a"),
        (17, Decimal(83), "b"),
    ]
    assert v.totaal == Decimal(10 * 14 * 100 + 10 * 17 * 83) == Decimal(28110)


def test_eigen_bijdrage_is_deducted_and_capped() -> None:
    """RooO art. 8 lid 2: "De vergoeding bedraagt € 244,22 per maand per meerderjarige ontheemde en
    diens meerderjarige gezinslid tot een maximum van € 488,44." BooO art. 3 lid 7: deducted."""
    periode = Periode(date(2026, 1, 1), date(2026, 3, 1))
    kaal = vergoeding(4, periode).waarde
    assert kaal.aftrek is Aftreklezing.GEEN and kaal.eigen_bijdragen == kaal.cateringbijdragen == 0
    u_max = vergoeding(4, periode, huishoudens_met_inkomen=[1, 3])
    v = u_max.waarde
    per_maand = Decimal("244.22") + Decimal("488.44")
    assert v.maanddelen_eigen_bijdrage[0].bedrag_per_maand == per_maand
    assert v.eigen_bijdragen == 2 * per_maand
    assert v.totaal == kaal.totaal - 2 * per_maand
    # the maximum is only an assumption the caller asked for, and the result says so
    assert v.aftrek is Aftreklezing.MAXIMUM_AANNAME and u_max.onzeker
    assert {"aanname.oekraine.eigen-bijdrage-maximum", "rooo.art2b"} <= bron_ids(u_max)
    assert any(s.zin.startswith("AANNAME") for s in u_max.stappen)
    u = vergoeding(4, periode, particuliere_personen=3)
    assert u.waarde.particuliere_opvang == 3 * 2 * Decimal(48)
    assert {"booo.art3.lid1", "booo.art3.lid4"} <= bron_ids(u)
    assert "booo.art3.lid7" in bron_ids(vergoeding(4, periode, huishoudens_met_inkomen=[2]))


def test_booo_art3_lid7_deducts_the_receipts_given() -> None:
    """LAW.md §4b: "Art. 3 lid 7. The gemeente's receipts under RooO art. 7 lid 4 and art. 8 (the
    eigen bijdragen) are deducted from the normbedrag total." RooO art. 8 lid 1 charges "geheel of
    gedeeltelijk", so the receipts, not the maximum, are deducted."""
    periode = Periode(date(2026, 1, 1), date(2026, 3, 1))
    kaal = vergoeding(4, periode).waarde
    u = vergoeding(
        4,
        periode,
        ontvangen_eigen_bijdragen=Decimal("300.00"),
        ontvangen_cateringbijdragen=Decimal("50.50"),
    )
    v = u.waarde
    assert v.aftrek is Aftreklezing.ONTVANGSTEN
    assert (v.eigen_bijdragen, v.cateringbijdragen) == (Decimal("300.00"), Decimal("50.50"))
    assert v.totaal == kaal.totaal - Decimal("350.50")
    assert v.maanddelen_eigen_bijdrage == () and v.huishoudens_met_inkomen == ()
    assert {"booo.art3.lid7", "rooo.art8", "rooo.art7.lid4"} <= bron_ids(u)
    assert not u.onzeker  # receipts are facts, not the assumed maximum
    # a partial receipt (less than the maximum of 2 × EUR 488.44) is deducted as it is
    deel = vergoeding(4, periode, ontvangen_eigen_bijdragen=Decimal("100")).waarde
    assert deel.totaal == kaal.totaal - 100
    # receipts do not need the RooO amounts, so they work before 1 October 2025 and for any period
    vroeg_u = vergoeding(
        4, Periode(date(2024, 3, 5), date(2024, 4, 17)), ontvangen_cateringbijdragen=Decimal(7)
    )
    vroeg = vroeg_u.waarde
    assert vroeg.totaal == 4 * 43 * Decimal(61) - 7 and vroeg.aftrek is Aftreklezing.ONTVANGSTEN
    # ... but lid 7 is in the texts read only from 1 January 2025: before, the deduction is an aanname
    assert vroeg_u.onzeker and "aanname.oekraine.aftrek-lid7-voor-2025" in bron_ids(vroeg_u)


def test_lid7_deducts_from_the_lid1_total_never_from_particuliere_opvang() -> None:
    """BooO art. 3 lid 7 (BWBR0046732, text in force on 1 January 2026): "Op het totaalbedrag op basis
    van het eerste lid, wordt in mindering gebracht de bedragen die de gemeente in een boekjaar
    ontvangt op grond van de artikelen 7, vierde lid, en 8 van de Regeling opvang ontheemden
    Oekraïne." The particuliere opvang is lid 4: it is never reduced (ADR 0010)."""
    periode = Periode(date(2026, 1, 1), date(2026, 3, 1))
    v = vergoeding(1, periode, particuliere_personen=100, ontvangen_eigen_bijdragen=Decimal("2000.50")).waarde
    assert v.gemeentelijke_opvang == 59 * 44 and v.particuliere_opvang == 100 * 2 * 48
    assert v.totaal == (Decimal(59 * 44) - Decimal("2000.50")) + 100 * 2 * 48
    # receipts above the lid 1 total are refused even when lid 1 + lid 4 would cover them
    assert v.gemeentelijke_opvang + v.particuliere_opvang > Decimal(3000)
    with pytest.raises(InvalidInputError, match="totaalbedrag voor gemeentelijke opvang") as fout:
        vergoeding(1, periode, particuliere_personen=100, ontvangen_eigen_bijdragen=Decimal(3000))
    assert fout.value.veld == "ontvangen_eigen_bijdragen"
    with pytest.raises(InvalidInputError, match="totaalbedrag voor gemeentelijke opvang"):
        vergoeding(0, periode, particuliere_personen=10, huishoudens_met_inkomen=[1])
    # "in een boekjaar": a period across a year end says how to settle per financial year
    jaren = vergoeding(1, Periode(date(2025, 12, 1), date(2026, 2, 1)), ontvangen_eigen_bijdragen=Decimal(1))
    assert any(s.bericht.sleutel == "oekraine.vergoeding.boekjaren" for s in jaren.stappen)
    binnen = vergoeding(1, periode, ontvangen_eigen_bijdragen=Decimal(1))
    assert not any(s.bericht.sleutel == "oekraine.vergoeding.boekjaren" for s in binnen.stappen)


@pytest.mark.parametrize("tekst", ["0.001", "1363.999", "0.0001", "12.345"])
def test_amounts_are_whole_cents(tekst: str) -> None:
    """Issue 16 §5: "--ontvangen-eigen-bijdragen 0.001 gives 'EUR 1363.999' today". Amounts are whole
    cents: more decimals are refused, naming the field; trailing zeros are read as cents."""
    periode = Periode(date(2026, 1, 1), date(2026, 2, 1))
    for veld in ("ontvangen_eigen_bijdragen", "ontvangen_cateringbijdragen"):
        kw: dict[str, Any] = {veld: Decimal(tekst)}
        with pytest.raises(InvalidInputError, match="hele centen") as fout:
            vergoeding(1, periode, **kw)
        assert fout.value.veld == veld and fout.value.waarde == Decimal(tekst)
    v = vergoeding(1, periode, ontvangen_eigen_bijdragen=Decimal("0.0100")).waarde
    assert v.eigen_bijdragen == Decimal("0.01") and str(v.totaal) == "1363.99"


def test_the_first_normbedrag_sentence_reads_the_parameter(monkeypatch: pytest.MonkeyPatch) -> None:
    import asielketen.oekraine._normbedragen as normbedragen  # where lid 1 reads the parameter
    from asielketen.oekraine._gemeenschappelijk import param as echt

    def nep(naam: str) -> Any:
        p = echt(naam)
        if naam != "oekraine.normbedrag_per_plek_per_dag":
            return p
        return evolve(p, waarden=[evolve(p.waarden[0], waarde=Decimal("123")), *p.waarden[1:]])

    monkeypatch.setattr(normbedragen, "param", nep)
    zinnen = [s.zin for s in vergoeding(1, Periode(REGIME_BEGIN, date(2022, 4, 2))).stappen]
    assert any("EUR 123 ingaan met het regime" in z for z in zinnen)
    assert not any("EUR 100" in z for z in zinnen)


def test_the_twoo_start_is_an_aanname_on_both_sides_of_the_boundary() -> None:
    """DOMAIN.md §3: the Twoo's "operative date [O], believed 1 Jul 2024"."""
    p = parameter("oekraine.json", "oekraine.regime")
    rond = [g for g in p.waarden if TWOO_BEGIN in (g.periode.van, g.periode.tot)]
    assert [g.waarde for g in rond] == ["wvb", "twoo"]
    assert {g.bron.id for g in rond} == {"aanname.oekraine.twoo-inwerkingtreding"}
    twoo = individuele_plicht(Opvangverzoek(), date(2025, 3, 1))
    assert twoo.onzeker and "aanname.oekraine.twoo-inwerkingtreding" in bron_ids(twoo)
    assert "twoo.art2.lid1" in bron_ids(twoo)
    # the sentence reads the start date from the parameter, not a literal
    venster = individuele_plicht(Opvangverzoek(), date(2024, 6, 28))
    assert any(f"Wij nemen {TWOO_BEGIN.isoformat()} als ingangsdatum" in s.zin for s in venster.stappen)
    # well before the boundary the Wvb is certain: cited by its Staatsblad, not the aanname
    wvb = individuele_plicht(Opvangverzoek(), date(2023, 1, 1))
    assert "Stb-2022-133" in bron_ids(wvb)
    assert "aanname.oekraine.twoo-inwerkingtreding" not in bron_ids(wvb)


def test_the_extension_to_4_march_2027_is_a_press_source() -> None:
    """bronnen.json: the extension is known from an Ukrainska Pravda article — status pers."""
    b = bron("eu.verlenging-2027-03-04")
    assert isinstance(b, Persbron) and b.status is Status.PERS
    for dag in (date(2026, 6, 1), date(2027, 6, 1)):
        u = individuele_plicht(Opvangverzoek(), dag)
        assert u.onzeker and Status.PERS in u.statussen and "eu.verlenging-2027-03-04" in bron_ids(u)


@pytest.mark.parametrize(
    ("kw", "fout", "fragment"),
    [
        (
            {"plaatsen": 1, "periode": Periode(date(2022, 3, 1), date(2022, 5, 1))},
            InvalidPeriodError,
            "regime",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2026, 1, 1), date(2026, 2, 1)),
                "huishoudens_met_inkomen": [1],
                "ontvangen_eigen_bijdragen": Decimal(10),
            },
            InvalidInputError,
            "niet allebei",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2026, 1, 1), date(2026, 2, 1)),
                "ontvangen_eigen_bijdragen": Decimal(-1),
            },
            InvalidInputError,
            "ontvangen_eigen_bijdragen",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2026, 1, 1), date(2026, 2, 1)),
                "ontvangen_cateringbijdragen": 12.5,
            },
            InvalidInputError,
            "ontvangen_cateringbijdragen",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2026, 1, 1), date(2026, 2, 1)),
                "ontvangen_eigen_bijdragen": Decimal(1000),
                "ontvangen_cateringbijdragen": Decimal(365),
            },
            InvalidInputError,
            "totaalbedrag voor gemeentelijke opvang",
        ),
        ({"plaatsen": 1, "periode": Periode(date(2027, 1, 1), date(2028, 4, 1))}, InvalidPeriodError, "Twoo"),
        (
            {"plaatsen": -1, "periode": Periode(date(2025, 1, 1), date(2025, 2, 1))},
            InvalidInputError,
            "plaatsen",
        ),
        (
            {"plaatsen": True, "periode": Periode(date(2025, 1, 1), date(2025, 2, 1))},
            InvalidInputError,
            "plaatsen",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2025, 1, 5), date(2025, 2, 1)),
                "particuliere_personen": 2,
            },
            InvalidPeriodError,
            "kalendermaand",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2025, 1, 1), date(2025, 2, 1)),
                "huishoudens_met_inkomen": [1],
            },
            ParameterNotValidError,
            "2025-10-01",
        ),
        (
            {
                "plaatsen": 0,
                "periode": Periode(date(2026, 1, 1), date(2026, 2, 1)),
                "huishoudens_met_inkomen": [2],
            },
            InvalidInputError,
            "totaalbedrag voor gemeentelijke opvang",
        ),
        (
            {
                "plaatsen": 1,
                "periode": Periode(date(2026, 1, 1), date(2026, 2, 1)),
                "huishoudens_met_inkomen": [0],
            },
            InvalidInputError,
            "huishoudens_met_inkomen",
        ),
        ({"plaatsen": 1, "periode": Periode(date(2026, 1, 1))}, InvalidPeriodError, "gesloten"),
    ],
)
def test_financing_errors_are_clear(kw: dict[str, Any], fout: type[Exception], fragment: str) -> None:
    with pytest.raises(fout, match=fragment):
        vergoeding(**kw)


def test_reversed_period_is_an_error() -> None:
    with pytest.raises(InvalidPeriodError, match="tot"):
        vergoeding(1, Periode(date(2025, 2, 1), date(2025, 1, 1)))


def test_input_errors_name_field_and_value() -> None:
    with pytest.raises(InvalidInputError) as exc:
        Capaciteit(plaatsen=-3, bezet=0)
    assert exc.value.veld == "plaatsen" and exc.value.waarde == -3
    with pytest.raises(InvalidInputError, match="geef plaatsen ook op") as zonder:
        oekraine_plichten("Tiel", date(2025, 1, 1), bezet=4)
    assert zonder.value.veld == "plaatsen"
    with pytest.raises(UnknownNameError):
        oekraine_plichten("Tiell", date(2025, 1, 1))
    with pytest.raises(InvalidInputError, match="uitsluitingsgrond"):
        Opvangverzoek(uitsluitingsgronden=("vrijheidsontneming",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="gevraagd"):
        collectieve_plicht(register().gemeente("Tiel"), date(2025, 1, 1), gevraagd=-1)


def test_every_source_the_module_cites_is_registered() -> None:
    for naam in (
        "twoo.art1",
        "twoo.art10.lid1",
        "Stb-2022-133",
        "eu.richtlijn-2001-55.art5",
        "eu.richtlijn-2001-55.art28",
        "eu.uitvoeringsbesluit-2022-382.art2",
        "eu.verlenging-2027-03-04",
        "pers.nieuws-nl-2023-07-07-90000",
        "pers.nieuws-nl-2023-09-04-97000",
        "pers.oekraine-streefaantal-2025-01-120000",
        "pers.oekraine-streefaantal-2025-07-109000",
        "aanname.oekraine.wvb-zelfde-lezing",
    ):
        assert bron(naam).id == naam


# --------------------------------------------------------------------------------------------
# Languages: Dutch by default, English on request, from the catalogue
# --------------------------------------------------------------------------------------------


def test_explanations_and_summaries_render_in_english() -> None:
    p = oekraine_plichten(
        "Het Hogeland", date(2026, 1, 5), plaatsen=50, gevraagd=80, eigen=Capaciteit(plaatsen=50, bezet=50)
    )
    ind, col = p.individueel, p.collectief
    assert ind.waarde.samenvatting.nl == (
        "De locatie is vol, maar de plicht blijft: het college moet een alternatief bieden "
        "(de rechter gaf eerder 72 uur)."
    )
    assert ind.waarde.samenvatting.tekst("en") == (
        "The location is full, but the duty remains: the college must offer an alternative "
        "(a court earlier allowed 72 hours)."
    )
    assert col.waarde.samenvatting.en.startswith("Inspanningsverplichting: a shortfall of 30 of 80 places")
    en, nl = ind.uitleg(taal="en"), ind.uitleg()
    assert en != nl and "Full is no defence" in en and "Vol is geen verweer" in nl
    assert "Full is no defence" not in nl and "Vol is geen verweer" not in en
    # the explanation's numbers and sources are the same in both languages
    invoer_en = [r.split(": ", 1)[1] for r in en.splitlines() if r.lstrip().startswith("input: ")]
    invoer_nl = [r.split(": ", 1)[1] for r in nl.splitlines() if r.lstrip().startswith("invoer: ")]
    assert invoer_en == invoer_nl and invoer_en
    assert en.count("source: ") == nl.count("bron: ") > 0
    # the VNG quote stays Dutch in English, with a gloss
    citaat = "een inspanningsverplichting als het gaat om de aantallen per gemeente"
    assert citaat in col.stappen[0].bericht.en and "quoted in Dutch" in col.stappen[0].bericht.en
    with in_taal("en"):
        assert str(ind.waarde.samenvatting) == ind.waarde.samenvatting.en
        assert col.stappen[-1].zin.startswith("Not reaching the number asked is not by itself unlawful")
        assert str(Regime.WVB.plichthouder) == "the burgemeester (mayor)"
        assert str(Alternatief.ANDERE_GEMEENTE.omschrijving) == "opvang in another gemeente"
    assert str(Regime.WVB.plichthouder) == "de burgemeester"
    assert Uitsluitingsgrond.NEDERLANDERSCHAP.omschrijving.nl == (
        "de ontheemde heeft ook de Nederlandse nationaliteit (art. 4 onder c)"
    )
    # a sentence may start with the duty-holder: capitalised in every language; without the own
    # capacity no free place is claimed
    opvang = individuele_plicht(Opvangverzoek(), date(2023, 1, 1)).waarde.samenvatting
    assert (opvang.nl, opvang.en) == (
        "De burgemeester moet opvang bieden (resultaatsverplichting); of de eigen opvang plaats heeft is "
        "onbekend — is die vol, dan moet het college een alternatief bieden.",
        "The burgemeester (mayor) must provide opvang (resultaatsverplichting); whether the own opvang "
        "has room is unknown — if it is full, the college must offer an alternative.",
    )


def test_errors_render_in_english() -> None:
    with pytest.raises(InvalidPeriodError) as info:
        vergoeding(1, Periode(date(2022, 3, 1), date(2022, 5, 1)))
    fout = info.value
    assert str(fout) == (
        "van=datetime.date(2022, 3, 1): ligt vóór het begin van het regime voor opvang van ontheemden uit "
        "Oekraïne (2022-04-01)"
    )
    assert fout.tekst("en") == (
        "van=datetime.date(2022, 3, 1): lies before the start of the regime for the opvang of ontheemden "
        "from Ukraine (2022-04-01)"
    )
    assert fout.bericht.sleutel == "fout.invoer" and fout.reden_bericht.sleutel == "oekraine.fout.voor_regime"
    with pytest.raises(InvalidInputError) as te_hoog:
        vergoeding(0, Periode(date(2026, 1, 1), date(2026, 2, 1)), huishoudens_met_inkomen=[2])
    assert te_hoog.value.tekst("en").endswith(
        "the contributions to deduct (EUR 488.44) exceed the total for municipal opvang (EUR 0, BooO art. 3 "
        "lid 1), the only amount lid 7 deducts them from; check the input"
    )
    g = register().gemeente("Tiel")
    with pytest.raises(InvalidInputError) as aanspraak:
        CollectievePlicht(
            peildatum=date(2025, 1, 1),
            niveau=Gebiedsniveau.GEMEENTE,
            gebied_code=g.code,
            gebied_naam=g.naam,
            individuele_aanspraak=True,
        )
    assert aanspraak.value.tekst("en").endswith("the number asked gives no one an individual claim")
    with in_taal("en"), pytest.raises(InvalidInputError, match="bezet counts the occupied places"):
        oekraine_plichten("Tiel", date(2025, 1, 1), bezet=4)


def test_cli_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--taal", "en", "oekraine", "plicht", "--gemeente", "Het Hogeland",
        "--peildatum", "2025-10-06", "--plaatsen", "50", "--bezet", "50", "--gevraagd", "80",
    )  # fmt: skip
    assert code == 0 and err == ""
    assert "Individual duty (resultaatsverplichting): The location is full" in out
    assert "Collective duty (inspanningsverplichting)" in out and "shortfall 30" in out
    assert "sources: " in out and "Individuele plicht" not in out
    code, out, _ = run(capsys, *VERGOEDING_2026_01, "--huishouden", "1", "--taal", "en")
    assert code == 0 and "total  EUR 1119.78" in out and "deduction  reading 'maximum_aanname'" in out
    assert "Note: rests (partly) on sources" in out
    code, out, err = run(capsys, *VERGOEDING_2026_01, "--ontvangen-eigen-bijdragen", "-5", "--taal", "en")
    assert code == 2 and out == "" and "an amount is finite and not negative" in err
    # the same command without --taal is Dutch
    code, out, _ = run(capsys, *VERGOEDING_2026_01, "--huishouden", "1")
    assert code == 0 and "totaal  EUR 1119.78" in out and "aftrek  lezing 'maximum_aanname'" in out


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def test_cli_plicht_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "oekraine", "plicht", "--gemeente", "Het Hogeland", "--peildatum", "2025-10-06",
        "--plaatsen", "50", "--bezet", "50", "--gevraagd", "80",
    )  # fmt: skip
    assert code == 0 and err == ""
    assert "Individuele plicht (resultaatsverplichting)" in out
    assert "Collectieve plicht (inspanningsverplichting)" in out
    assert "tekort 30" in out and "ECLI:NL:RBNNE:2025:4074" in out


def test_cli_plicht_json_has_both_kinds_explanations_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "oekraine", "plicht", "--gemeente", "GM1966", "--peildatum", "2026-01-05",
        "--plaatsen", "10", "--bezet", "10", "--format", "json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["individueel"]["waarde"]["soort"] == "resultaatsverplichting"
    assert data["collectief"]["waarde"]["soort"] == "inspanningsverplichting"
    assert data["individueel"]["waarde"]["termijn_uren"] == 72
    for deel in ("individueel", "collectief"):
        assert data[deel]["stappen"] and any(s["bronnen"] for s in data[deel]["stappen"])
    assert structure(data, Oekraineplichten).gemeente_code == "GM1966"


def test_cli_own_capacity_and_region_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 16 §5: CLI ``--eigen-plaatsen N --eigen-bezet M`` feed the individual duty; the region's
    ``--plaatsen``/``--bezet`` feed only the collective duty."""
    regio = (
        "oekraine", "plicht", "--gemeente", "Vlaardingen", "--peildatum", "2026-01-05",
        "--niveau", "veiligheidsregio", "--plaatsen", "1000", "--bezet", "990", "--gevraagd", "1200",
    )  # fmt: skip
    code, out, err = run(capsys, *regio)
    assert code == 0 and err == ""
    individueel = out.split("Collectieve plicht")[0]
    assert "er is plaats" not in individueel and "eigen opvang plaats heeft is onbekend" in individueel
    assert "tekort 200" in out
    code, out, err = run(capsys, *regio, "--eigen-plaatsen", "30", "--eigen-bezet", "30", "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["individueel"]["waarde"]["uitkomst"] == "alternatief" and data["individueel"]["waarde"]["vol"]
    assert data["collectief"]["waarde"]["gerealiseerd"] == 1000
    # at gemeente level --plaatsen/--bezet without --eigen-* still count as the own opvang: deprecated,
    # and the explanation says so (no Python warning on the command line)
    code, out, err = run(
        capsys, "oekraine", "plicht", "--gemeente", "Tiel", "--peildatum", "2026-01-05",
        "--plaatsen", "10", "--bezet", "4",
    )  # fmt: skip
    assert code == 0 and err == "" and "er is plaats" in out and "verouderd" in out


VERGOEDING_2026_01 = [
    "oekraine", "vergoeding", "--plaatsen", "1", "--van", "2026-01-01", "--tot", "2026-02-01"
]  # fmt: skip


def test_cli_vergoeding(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "oekraine", "vergoeding", "--plaatsen", "10", "--van", "2022-10-01", "--tot", "2022-11-01"
    )
    assert code == 0 and "EUR 28110" in out and "2026-01-01" in out
    code, out, _ = run(
        capsys, "oekraine", "vergoeding", "--plaatsen", "2", "--van", "2026-01-01", "--tot", "2026-02-01",
        "--particulier", "1", "--huishouden", "1", "--format", "json",
    )  # fmt: skip
    assert code == 0
    u = structure(json.loads(out), Uitkomst[Vergoeding])
    v = u.waarde
    assert v.totaal == 2 * 31 * Decimal(44) + Decimal(48) - Decimal("244.22")
    assert v.aftrek is Aftreklezing.MAXIMUM_AANNAME and u.onzeker
    code, out, _ = run(
        capsys, "oekraine", "vergoeding", "--plaatsen", "2", "--van", "2026-01-01", "--tot", "2026-02-01",
        "--ontvangen-eigen-bijdragen", "100.25", "--ontvangen-cateringbijdragen", "20",
    )  # fmt: skip
    assert code == 0 and f"EUR {2 * 31 * 44 - Decimal('120.25')}" in out and "'ontvangsten'" in out
    assert "Let op" not in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (
            ["oekraine", "plicht", "--gemeente", "Tiel", "--peildatum", "2025-01-01", "--bezet", "3"],
            "plaatsen",
        ),
        (
            [
                "oekraine",
                "plicht",
                "--gemeente",
                "Tiel",
                "--peildatum",
                "2025-01-01",
                "--eigen-plaatsen",
                "3",
            ],
            "--eigen-bezet",
        ),
        ([*VERGOEDING_2026_01, "--ontvangen-eigen-bijdragen", "0.001"], "hele centen"),
        ([*VERGOEDING_2026_01, "--ontvangen-cateringbijdragen", "1363.999"], "hele centen"),
        (["oekraine", "plicht", "--gemeente", "Tiell", "--peildatum", "2025-01-01"], "bedoelt u"),
        (["oekraine", "plicht", "--gemeente", "Tiel", "--peildatum", "2025-13-01"], "datum"),
        (
            ["oekraine", "plicht", "--gemeente", "Tiel", "--peildatum", "2025-01-01", "--bezet", "-1"],
            "negatief",
        ),
        (["oekraine", "vergoeding", "--plaatsen", "1", "--van", "2025-02-01", "--tot", "2025-01-01"], "tot"),
        (
            ["oekraine", "vergoeding", "--plaatsen", "1", "--van", "2021-01-01", "--tot", "2022-05-01"],
            "regime",
        ),
        ([*VERGOEDING_2026_01, "--ontvangen-eigen-bijdragen", "-5"], "negatief"),
        ([*VERGOEDING_2026_01, "--ontvangen-eigen-bijdragen", "5", "--huishouden", "1"], "niet allebei"),
        (["oekraine"], "required"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and fragment in err


# --------------------------------------------------------------------------------------------
# The package (ADR 0007): public paths unchanged, one legal matter per private module
# --------------------------------------------------------------------------------------------


def test_every_public_name_keeps_its_public_path() -> None:
    import pickle
    import typing

    import attrs

    import asielketen
    import asielketen.oekraine as oekraine
    from asielketen._validation import GROOTSTE_AANTAL

    for naam in oekraine.__all__:
        obj = getattr(oekraine, naam)
        assert obj.__module__ == "asielketen.oekraine", naam
        if isinstance(obj, type) and attrs.has(obj):
            typing.get_type_hints(obj)  # the annotations resolve in the module the class names
    bovenaan = set(asielketen.__all__) & set(oekraine.__all__)  # resolved lazily from the package
    assert {"IndividuelePlicht", "Vergoeding", "oekraine_plichten", "vergoeding"} <= bovenaan
    for naam in bovenaan:
        assert getattr(asielketen, naam) is getattr(oekraine, naam)
    assert oekraine.MAX_AANTAL == GROOTSTE_AANTAL and oekraine.BESTAND == "oekraine.json"
    verzoek = Opvangverzoek(kwetsbaar=True, uitsluitingsgronden=[Uitsluitingsgrond.NEDERLANDERSCHAP])
    assert pickle.loads(pickle.dumps(verzoek)) == verzoek
    assert pickle.loads(pickle.dumps(Regime.TWOO)) is Regime.TWOO
    assert pickle.loads(pickle.dumps(vergoeding)) is vergoeding


def test_one_legal_matter_per_module_each_rule_on_a_screen() -> None:
    import ast
    from pathlib import Path

    import asielketen.oekraine as oekraine

    pakket = Path(oekraine.__file__).parent
    assert not (pakket.parent / "oekraine.py").exists()
    assert not (pakket.parent / "_berichten" / "oekraine.py").exists()  # else every key twice
    for pad in pakket.glob("*.py"):
        tekst = pad.read_text(encoding="utf-8")
        if pad.name != "_berichten.py":
            assert tekst.count("\n") <= 400, pad.name
        for node in ast.walk(ast.parse(tekst)):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno is not None
                regels = node.end_lineno - node.lineno + 1
                if ast.get_docstring(node) is not None:
                    doc = node.body[0]
                    assert doc.end_lineno is not None
                    regels -= doc.end_lineno - doc.lineno + 1
                assert regels <= 80, f"{pad.name}:{node.name} has {regels} lines"
