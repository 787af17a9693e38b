"""Nareizigers: the nareisactie check — properties, the letter's sentences, errors, JSON, CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from asielketen import parameters
from asielketen import strategies as ak_st
from asielketen.errors import (
    DataIntegrityError,
    InvalidInputError,
    ParameterNotValidError,
    StructureError,
)
from asielketen.explain import Uitkomst
from asielketen.gebied import register
from asielketen.nareizigers import (
    MAX_NAREIZIGERS,
    Hotelplaatsing,
    Huishouden,
    Nareisactiestand,
    Nareisbeoordeling,
    Nareisuitkomst,
    Nareiziger,
    Reden,
    Redencode,
    Referent,
    Relatie,
    Route,
    Woninglezing,
    beoordeel_nareis,
    hotelplaatsing,
    nareisactie_op,
)
from asielketen.serialization import from_json, structure, to_json, unstructure
from asielketen.sources import Status
from asielketen.taal import Bericht, in_taal

from .conftest import brief, normaliseer
from .conftest import run_cli as run

AANKONDIGING = date(2025, 9, 23)
HOTEL = date(2025, 12, 19)  # the COA places nareizigers in a hotel in the gemeente of destination (pers)
PEIL = date(2025, 11, 1)
BUITEN = Nareisuitkomst.BUITEN_ACTIE
NOG_NIET = Nareisuitkomst.NOG_NIET
MET_INSTEMMING = Nareisuitkomst.BINNEN_ACTIE_MET_INSTEMMING
BINNEN = Nareisuitkomst.BINNEN_ACTIE
REGISTRATIES = ("brp", "bsn", "mvv", "ind_melding")


# --------------------------------------------------------------------------------------------
# Helpers and strategies
# --------------------------------------------------------------------------------------------


def lid(relatie: Relatie = Relatie.KIND, aankomst: date | None = None, **kw: Any) -> Nareiziger:
    """A nareiziger with every registration present unless overridden."""
    facts: dict[str, Any] = {"brp": True, "bsn": True, "mvv": True, "ind_melding": True}
    facts.update(kw)
    return Nareiziger(relatie=relatie, aankomst=aankomst, **facts)


def gezin(
    n: int,
    *,
    woning: bool = True,
    instemming: bool = False,
    gehuisvest: bool = True,
    amv: bool = False,
    **kw: Any,
) -> Huishouden:
    """A household of a spouse and n - 1 children with the same facts."""
    leden = [lid(Relatie.ECHTGENOOT if i == 0 else Relatie.KIND, **kw) for i in range(n)]
    return Huishouden(
        referent=Referent(gehuisvest=gehuisvest, als_amv=amv),
        nareizigers=leden,
        woning_goedgekeurd=woning,
        instemming_gemeente=instemming,
    )


def uitkomst(h: Huishouden, peildatum: date = PEIL, **kw: Any) -> Nareisuitkomst:
    return beoordeel_nareis(h, peildatum, **kw).waarde.uitkomst


def codes(h: Huishouden, peildatum: date = PEIL, **kw: Any) -> list[Redencode]:
    return [r.code for r in beoordeel_nareis(h, peildatum, **kw).waarde.redenen]


def nl(berichten: tuple[Bericht, ...]) -> tuple[str, ...]:
    """The Dutch texts of a tuple of catalogue sentences."""
    return tuple(b.nl for b in berichten)


# Cheap strategies: each nareiziger (and each household's facts) is decoded from one integer, so
# that 300 examples per property stay fast; the decoding covers every relation, the arrival
# boundaries around 23 September 2025, every combination of registrations and optional labels.
_DAGEN = 830  # peildata from the announcement to the end of 2027
_NAMEN = (None, "Amal", "Bilal", "Dana", "Yusuf")
_LEDEN = len(Relatie) * 5 * 16 * len(_NAMEN)


def _datum(dagen: int) -> date:
    return AANKONDIGING + timedelta(days=dagen)


peildata = st.integers(0, _DAGEN).map(_datum)


def _lid(code: int, peildatum: date) -> Nareiziger:
    code, r = divmod(code, len(Relatie))
    code, a = divmod(code, 5)
    code, bits = divmod(code, 16)
    aankomst = (None, date(2025, 8, 1), AANKONDIGING - timedelta(days=1), AANKONDIGING, peildatum)[a]
    return Nareiziger(
        relatie=list(Relatie)[r],
        aankomst=aankomst,
        brp=bool(bits & 1),
        bsn=bool(bits & 2),
        mvv=bool(bits & 4),
        ind_melding=bool(bits & 8),
        naam=_NAMEN[code % len(_NAMEN)],
    )


def nareizigers(peildatum: date, min_size: int = 1, max_size: int = 3) -> st.SearchStrategy[list[Nareiziger]]:
    """Lists of nareizigers whose arrival (if any) lies on or before ``peildatum``."""
    codes = st.lists(st.integers(0, _LEDEN - 1), min_size=min_size, max_size=max_size)
    return codes.map(lambda cs: [_lid(c, peildatum) for c in cs])


def _geval(
    dag: int, feiten: int, leden: list[int], fase2: int | None, lezing: int
) -> tuple[Huishouden, date, dict[str, Any]]:
    peildatum = _datum(dag)
    h = Huishouden(
        referent=Referent(
            gehuisvest=bool(feiten & 1),
            als_amv=bool(feiten & 2),
            gemeentecode=("GM1966" if feiten & 4 else None),
        ),
        nareizigers=[_lid(c, peildatum) for c in leden],
        woning_goedgekeurd=bool(feiten & 8),
        instemming_gemeente=bool(feiten & 16),
    )
    opties = {
        "fase2_vanaf": None if fase2 is None else _datum(fase2),
        "woning_blokkeert": (None, True, False)[lezing],
    }
    return h, peildatum, opties


def gevallen(max_size: int = 7) -> st.SearchStrategy[tuple[Huishouden, date, dict[str, Any]]]:
    """A household, a peildatum and the options (phase-2 date, reading of the dwelling)."""
    return st.builds(
        _geval,
        st.integers(0, _DAGEN),
        st.integers(0, 31),
        st.lists(st.integers(0, _LEDEN - 1), min_size=1, max_size=max_size),
        st.none() | st.integers(0, _DAGEN),
        st.integers(0, 2),
    )


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------


@given(gevallen(max_size=6), st.data())
def test_a_larger_household_is_never_more_eligible(case: Any, data: st.DataObject) -> None:
    """Monotone in household size: adding nareizigers (any facts) never improves the outcome."""
    h, peildatum, opties = case
    extra = data.draw(nareizigers(peildatum))
    groter = evolve(h, nareizigers=(*h.nareizigers, *extra))
    assert uitkomst(groter, peildatum, **opties) <= uitkomst(h, peildatum, **opties)


@given(peildata, st.none() | peildata, st.booleans(), st.booleans(), st.integers(1, 9))
def test_same_facts_more_people_never_better(
    peildatum: date, fase2: date | None, instemming: bool, woning: bool, n: int
) -> None:
    """With identical facts per member, the outcome is non-increasing in the number of members."""
    klein = uitkomst(gezin(n, instemming=instemming, woning=woning), peildatum, fase2_vanaf=fase2)
    groot = uitkomst(gezin(n + 1, instemming=instemming, woning=woning), peildatum, fase2_vanaf=fase2)
    assert groot <= klein


@given(gevallen(), st.data())
def test_adding_a_missing_registration_never_makes_it_worse(case: Any, data: st.DataObject) -> None:
    h, peildatum, opties = case
    i = data.draw(st.integers(0, len(h.nareizigers) - 1))
    attr = data.draw(st.sampled_from(REGISTRATIES))
    leden = list(h.nareizigers)
    leden[i] = evolve(leden[i], **{attr: True})
    beter = evolve(h, nareizigers=leden)
    assert uitkomst(beter, peildatum, **opties) >= uitkomst(h, peildatum, **opties)


@given(gevallen(), st.sampled_from(["woning_goedgekeurd", "instemming_gemeente", "referent"]))
def test_more_favourable_facts_never_make_it_worse(case: Any, feit: str) -> None:
    """Approval of the dwelling, the gemeente's consent and a housed referent only help."""
    h, peildatum, opties = case
    beter = (
        evolve(h, referent=evolve(h.referent, gehuisvest=True))
        if feit == "referent"
        else evolve(h, **{feit: True})
    )
    assert uitkomst(beter, peildatum, **opties) >= uitkomst(h, peildatum, **opties)


@given(gevallen(), peildata)
def test_opening_phase_two_never_makes_it_worse(case: Any, fase2: date) -> None:
    h, peildatum, opties = case
    open_ = {**opties, "fase2_vanaf": min(fase2, peildatum)}
    dicht = {**opties, "fase2_vanaf": None}
    assert uitkomst(h, peildatum, **open_) >= uitkomst(h, peildatum, **dicht)


@given(gevallen())
def test_press_reading_is_never_stricter_than_the_coa_condition(case: Any) -> None:
    h, peildatum, opties = case
    pers = beoordeel_nareis(h, peildatum, fase2_vanaf=opties["fase2_vanaf"], woning_blokkeert=False)
    coa = beoordeel_nareis(h, peildatum, fase2_vanaf=opties["fase2_vanaf"], woning_blokkeert=True)
    assert pers.waarde.uitkomst >= coa.waarde.uitkomst
    assert pers.waarde.woninglezing is Woninglezing.PERSLEZING
    assert coa.waarde.woninglezing is Woninglezing.COA_VOORWAARDE
    # the missing approval is reported under both readings; it blocks only under the COA one
    for u, blokkeert in ((pers, False), (coa, True)):
        woning = [r for r in u.waarde.redenen if r.code is Redencode.WONING_NIET_GOEDGEKEURD]
        assert len(woning) == (0 if h.woning_goedgekeurd else 1)
        assert all(r.blokkeert is blokkeert for r in woning)


@given(gevallen(), st.sampled_from([None, True, False]), st.booleans())
def test_the_hotel_route_never_changes_the_outcome(case: Any, achterstand: bool | None, sinds: bool) -> None:
    """The hotel route (press) is reported beside the outcome: its inputs never change it."""
    h, peildatum, opties = case
    basis = beoordeel_nareis(h, peildatum, **opties).waarde
    if peildatum < HOTEL:
        assert basis.hotel is None
        return
    sinds_ = HOTEL if sinds else None
    b = beoordeel_nareis(
        h, peildatum, **opties, achterstand_taakstelling=achterstand, hotel_sinds=sinds_
    ).waarde
    assert evolve(b, hotel=None) == evolve(basis, hotel=None)
    assert (b.hotel is not None) == (achterstand is not None or sinds or basis.hotel is not None)
    if b.hotel is not None:
        assert b.hotel.voorrang is achterstand
    assert (basis.hotel is not None) == any(n.aankomst is None for n in h.nareizigers)
    assert b.verblijf_tijdelijk is ({Route.FASE1: True}.get(b.route))


@given(gevallen(), st.randoms(use_true_random=False))
def test_order_of_members_does_not_matter(case: Any, rnd: Any) -> None:
    h, peildatum, opties = case
    leden = list(h.nareizigers)
    rnd.shuffle(leden)
    assert beoordeel_nareis(evolve(h, nareizigers=leden), peildatum, **opties) == beoordeel_nareis(
        h, peildatum, **opties
    )


@given(gevallen())
def test_outcome_is_the_lowest_cap_and_every_reason_is_listed(case: Any) -> None:
    h, peildatum, opties = case
    b = beoordeel_nareis(h, peildatum, **opties).waarde
    basis = MET_INSTEMMING if b.route is Route.FASE2 else BINNEN
    assert b.uitkomst == min([basis, *(r.hoogstens for r in b.blokkerende_redenen if r.hoogstens)])
    gevonden = {r.code for r in b.redenen}
    # every missing registration is a reason (never silently ignored), counting every member
    for code, attr in zip(
        (Redencode.GEEN_BRP, Redencode.GEEN_BSN, Redencode.GEEN_MVV, Redencode.GEEN_IND_MELDING),
        REGISTRATIES,
        strict=True,
    ):
        zonder = sum(not getattr(n, attr) for n in h.nareizigers)
        assert (code in gevonden) == (zonder > 0)
        assert all(r.aantal == zonder for r in b.redenen if r.code is code)
    assert (Redencode.REFERENT_NIET_GEHUISVEST in gevonden) == (not h.referent.gehuisvest)
    assert (Redencode.HUISHOUDEN_TE_GROOT in gevonden) == (h.aantal >= 5)
    # listed once each, in a fixed order, each with at least one source
    order = list(Redencode)
    assert [r.code for r in b.redenen] == sorted(gevonden, key=order.index)
    assert all(r.bronnen for r in b.redenen)
    # BINNEN_ACTIE exactly when nothing blocks in phase 1; then nothing needs to change
    assert (b.uitkomst is BINNEN) == (b.route is Route.FASE1 and not b.blokkerende_redenen)
    if b.uitkomst in (BINNEN, MET_INSTEMMING):
        assert b.wat_verandert == ()


@given(gevallen())
def test_outcome_round_trips_through_json(case: Any) -> None:
    h, peildatum, opties = case
    u = beoordeel_nareis(h, peildatum, **opties)
    assert from_json(to_json(u), Uitkomst[Nareisbeoordeling]) == u
    assert from_json(to_json(h), Huishouden) == h


@given(gevallen())
def test_entities_round_trip_through_json(case: Any) -> None:
    h = case[0]
    assert from_json(to_json(h.referent), Referent) == h.referent
    for n in h.nareizigers:
        assert from_json(to_json(n), Nareiziger) == n
    assert from_json(to_json(h), Huishouden) == h


@given(peildata, st.none() | peildata, st.sampled_from([None, True, False]), st.booleans())
def test_actiestand_round_trips_and_follows_the_phase_date(
    peildatum: date, fase2: date | None, blokkeert: bool | None, met_gemeente: bool
) -> None:
    gemeente = register().gemeente("Het Hogeland") if met_gemeente else None
    u = nareisactie_op(peildatum, fase2_vanaf=fase2, woning_blokkeert=blokkeert, gemeente=gemeente)
    assert from_json(to_json(u), Uitkomst[Nareisactiestand]) == u
    assert u.waarde.fase2_open == (fase2 is not None and peildatum >= fase2)
    assert (u.waarde.fase1_min, u.waarde.fase1_max, u.waarde.fase2_min, u.waarde.fase2_max) == (1, 2, 3, 4)
    assert u.waarde.buiten_actie_vanaf == 5
    assert u.waarde.gemeentecode == (None if gemeente is None else "GM1966")


# --------------------------------------------------------------------------------------------
# The letter VNG-2025-10-13 (U20250645), section "Nareizigers", sentence by sentence
# --------------------------------------------------------------------------------------------

ZIN_EERSTE_INSTANTIE = (
    "In eerste instantie richt de actie voor versneld huisvesten van nareizigers zich nu op situaties "
    "met één tot twee nareizigers."
)
ZIN_LATER_MOMENT = (
    "Op een later moment wordt bekeken of – na toestemming van de gemeente – ook gezinnen met drie "
    "tot vier nareizigers bij de referent kunnen worden gehuisvest."
)
ZIN_OORSPRONKELIJK_PLAN = (
    "Volgens het oorspronkelijke plan van het ministerie van Asiel en Migratie zou het daarbij gaan om "
    "kleine gezinnen (één à twee personen) die tijdelijk bij de referent konden verblijven."
)
ZIN_GROTERE_GEZINNEN = "In de praktijk waren er ook grotere gezinnen op de lijsten gezet."
ZIN_HERSTELD = "Zowel het COA als het ministerie geven aan dat deze foutieve werkwijze inmiddels is hersteld."
ZIN_VOOR_23_SEPTEMBER = (
    "In gevallen waarin vóór 23 september - de publicatie van de kamerbrief van de minister over de "
    "nareisactie - al nareizigers zijn aangekomen, ging het doorgaans om personen die op eigen "
    "initiatief of op aangeven van het COA zijn doorgereisd naar de woning van de referent vanwege de "
    "overvolle opvanglocaties."
)
ZIN_GEEN_ONDERDEEL = (
    "Deze situaties maken geen onderdeel uit van de recente nareisactie die door de minister is "
    "aangekondigd, maar zijn het gevolg van capaciteitsproblemen binnen de COA-locaties en het "
    "ontbreken van opvangplekken."
)
ZIN_ZONDER_BRP = (
    "De VNG vindt het niet juist dat het COA mensen doorstuurt die opgevangen zouden moeten worden in "
    "COA-locaties en die nu, zonder bericht aan gemeenten, intrekken bij referenten — zonder "
    "BRP-inschrijving, zonder BSN en zonder zich te hebben gemeld bij de IND."
)
ZIN_GEEN_PASSENDE_HUISVESTING = "Dit terwijl er geen passende huisvesting beschikbaar is."
ZIN_RECHTSTREEKS = (
    "De VNG ontving de afgelopen week signalen van diverse gemeenten dat nareizende familieleden van "
    "statushouders rechtstreeks – of direct vanuit de opvang – naar gemeenten worden doorgestuurd."
)
ZIN_ZONDER_DAT = "Zonder dat zij daarvan op de hoogte zijn."
ZIN_LIJSTEN = (
    "In het kader van de nareisactie heeft het COA gemeenten lijsten gestuurd met nareizigers die op "
    "zeer korte termijn gehuisvest moesten worden."
)

# Sentences of the section that state no rule (polling figures, the VNG's doubts, advice): quoted
# here so that the test below pins them to the letter too; they have no example of their own.
BESCHRIJVEND = [
    "Om een landelijk beeld te krijgen, heeft de VNG een flitspeiling gehouden onder gemeenten en "
    "gesprekken gevoerd met het ministerie van Asiel en Migratie en het COA.",
    "Ruim de helft van de gemeenten die hebben gereageerd, geeft aan bekend te zijn met deze problematiek.",
    "Daarnaast lijken er andere fouten te zijn gemaakt in de uitvoering.",
    "Het COA neemt hierover contact op met de betreffende gemeenten.",
    "De VNG plaatst vraagtekens bij de juridische houdbaarheid van de werkwijze van het heenzenden van "
    "nareizigers door het COA, omdat de locaties vol zijn en de ‘nareisactie’ en onderzoekt dit verder.",
]

GECITEERD = [
    ZIN_EERSTE_INSTANTIE,
    ZIN_LATER_MOMENT,
    ZIN_OORSPRONKELIJK_PLAN,
    ZIN_GROTERE_GEZINNEN,
    ZIN_HERSTELD,
    ZIN_VOOR_23_SEPTEMBER,
    ZIN_GEEN_ONDERDEEL,
    ZIN_ZONDER_BRP,
    ZIN_GEEN_PASSENDE_HUISVESTING,
    ZIN_RECHTSTREEKS,
    ZIN_ZONDER_DAT,
    ZIN_LIJSTEN,
    *BESCHRIJVEND,
]


@pytest.mark.parametrize("zin", GECITEERD)
def test_quoted_sentences_are_literally_in_the_letter(zin: str) -> None:
    """The quoted sentences (used by the tests below, always) are in VNG-2025-10-13 (kenmerk
    U20250645): compared only when ../shared/seeds is beside the checkout, skipped otherwise."""
    tekst = brief("003_")
    assert "U20250645" in tekst
    assert normaliseer(zin) in tekst


@pytest.mark.parametrize("n", [1, 2])
def test_phase_one_households_of_one_to_two_are_in_scope(n: int) -> None:
    """ZIN_EERSTE_INSTANTIE: 'In eerste instantie richt de actie voor versneld huisvesten van
    nareizigers zich nu op situaties met één tot twee nareizigers.'"""
    b = beoordeel_nareis(gezin(n), PEIL).waarde
    assert (b.uitkomst, b.route, b.redenen, b.wat_verandert) == (BINNEN, Route.FASE1, (), ())
    assert b.verandering.nl.startswith("Niets") and b.verandering.en.startswith("Nothing")


def test_original_plan_small_families_from_the_day_of_the_kamerbrief() -> None:
    """ZIN_OORSPRONKELIJK_PLAN: 'Volgens het oorspronkelijke plan [...] zou het daarbij gaan om
    kleine gezinnen (één à twee personen) die tijdelijk bij de referent konden verblijven.'"""
    assert uitkomst(gezin(2), AANKONDIGING) is BINNEN
    assert uitkomst(gezin(3), AANKONDIGING) is NOG_NIET
    with pytest.raises(ParameterNotValidError, match="2025-09-23"):
        beoordeel_nareis(gezin(2), AANKONDIGING - timedelta(days=1))


@pytest.mark.parametrize("n", [3, 4])
def test_three_to_four_later_and_only_with_consent(n: int) -> None:
    """ZIN_LATER_MOMENT: 'Op een later moment wordt bekeken of – na toestemming van de gemeente –
    ook gezinnen met drie tot vier nareizigers bij de referent kunnen worden gehuisvest.'"""
    # phase 2 not opened (default: the opening date is unknown)
    b = beoordeel_nareis(gezin(n), PEIL).waarde
    assert b.uitkomst is NOG_NIET and b.route is Route.FASE2 and not b.fase2_open
    assert [r.code for r in b.redenen] == [Redencode.FASE2_NIET_OPEN, Redencode.GEEN_INSTEMMING_GEMEENTE]
    assert nl(b.wat_verandert) == ("met instemming van de gemeente zodra fase 2 opent",)
    # consent alone does not open the phase
    b = beoordeel_nareis(gezin(n, instemming=True), PEIL).waarde
    assert b.uitkomst is NOG_NIET and nl(b.wat_verandert) == ("zodra fase 2 opent",)
    # a phase that opens after the peildatum is not open yet
    later = date(2026, 3, 1)
    b = beoordeel_nareis(gezin(n, instemming=True), PEIL, fase2_vanaf=later).waarde
    assert b.uitkomst is NOG_NIET and nl(b.wat_verandert) == ("zodra fase 2 opent (2026-03-01)",)
    # open phase without consent: consent is what is missing
    b = beoordeel_nareis(gezin(n), later, fase2_vanaf=later).waarde
    assert b.uitkomst is NOG_NIET and b.fase2_open
    assert nl(b.wat_verandert) == ("met instemming van de gemeente",)
    # open phase with consent: in scope, with the gemeente's consent
    b = beoordeel_nareis(gezin(n, instemming=True), later, fase2_vanaf=later).waarde
    assert (b.uitkomst, b.redenen) == (MET_INSTEMMING, ())


@pytest.mark.parametrize("n", [5, 6, 12])
def test_larger_families_were_an_error_that_is_corrected(n: int) -> None:
    """ZIN_GROTERE_GEZINNEN and ZIN_HERSTELD: 'In de praktijk waren er ook grotere gezinnen op de
    lijsten gezet.' 'Zowel het COA als het ministerie geven aan dat deze foutieve werkwijze
    inmiddels is hersteld.' Five or more: not in scope, even in an open phase 2 with consent."""
    later = date(2026, 3, 1)
    b = beoordeel_nareis(gezin(n, instemming=True), later, fase2_vanaf=later).waarde
    assert (b.uitkomst, b.route) == (BUITEN, Route.BUITEN_ACTIE)
    assert [r.code for r in b.redenen] == [Redencode.HUISHOUDEN_TE_GROOT]
    assert b.wat_verandert == () and "reguliere route" in str(b.verandering)
    # "vijf" is not in the letter: an aanname that cites it (DOMAIN.md), beside the letter itself
    assert [x.id for x in b.redenen[0].bronnen] == ["aanname.nareisactie.vijf-plus", "VNG-2025-10-13"]


def test_arrived_before_23_september_is_not_part_of_the_action() -> None:
    """ZIN_VOOR_23_SEPTEMBER and ZIN_GEEN_ONDERDEEL: 'In gevallen waarin vóór 23 september - de
    publicatie van de kamerbrief van de minister over de nareisactie - al nareizigers zijn
    aangekomen [...]' 'Deze situaties maken geen onderdeel uit van de recente nareisactie [...]'"""
    h = gezin(2, aankomst=date(2025, 9, 22))
    b = beoordeel_nareis(h, PEIL).waarde
    assert b.uitkomst is BUITEN and [r.code for r in b.redenen] == [Redencode.AANGEKOMEN_VOOR_ACTIE]
    assert b.redenen[0].aantal == 2 and b.wat_verandert == ()
    # on 23 September itself the arrival is not 'vóór 23 september'
    assert uitkomst(gezin(2, aankomst=AANKONDIGING)) is BINNEN
    # one early arrival is enough to put the household outside the action
    gemengd = evolve(gezin(2), nareizigers=[lid(Relatie.ECHTGENOOT), lid(aankomst=date(2025, 8, 1))])
    assert uitkomst(gemengd) is BUITEN


def test_without_brp_bsn_and_ind_report_each_is_a_reason() -> None:
    """ZIN_ZONDER_BRP: '[...] intrekken bij referenten — zonder BRP-inschrijving, zonder BSN en
    zonder zich te hebben gemeld bij de IND.' All three are reasons at once, not only the first."""
    h = gezin(2, brp=False, bsn=False, ind_melding=False)
    b = beoordeel_nareis(h, PEIL).waarde
    assert b.uitkomst is NOG_NIET
    assert [r.code for r in b.redenen] == [
        Redencode.GEEN_BRP,
        Redencode.GEEN_BSN,
        Redencode.GEEN_IND_MELDING,
    ]
    assert all("VNG-2025-10-13" in [x.id for x in r.bronnen] for r in b.redenen)
    assert nl(b.wat_verandert) == (
        "na inschrijving in de BRP",
        "met een BSN",
        "na melding bij de IND (Zevenaar)",
    )


def test_coa_conditions_approved_dwelling_brp_bsn_mvv() -> None:
    """COA: uitstromen naar de woning van de referent 'wanneer u aan alle vier onderstaande
    voorwaarden voldoet': goedgekeurde woning, BRP, BSN, mvv."""
    h = gezin(1, woning=False, brp=False, bsn=False, mvv=False)
    b = beoordeel_nareis(h, PEIL).waarde
    assert b.uitkomst is NOG_NIET
    assert [r.code for r in b.redenen] == [
        Redencode.WONING_NIET_GOEDGEKEURD,
        Redencode.GEEN_BRP,
        Redencode.GEEN_BSN,
        Redencode.GEEN_MVV,
    ]
    assert all("COA-uitstromen-referent" in [x.id for x in r.bronnen] for r in b.redenen)
    assert len(b.wat_verandert) == 4


def test_no_suitable_housing_reading_is_a_parameter_and_the_outcome_says_which() -> None:
    """ZIN_GEEN_PASSENDE_HUISVESTING: 'Dit terwijl er geen passende huisvesting beschikbaar is.'
    The press reports people move in even when the dwelling is not yet suitable."""
    h = gezin(2, woning=False)
    coa = beoordeel_nareis(h, PEIL)  # the shipped default
    assert coa.waarde.woninglezing is Woninglezing.COA_VOORWAARDE
    assert coa.waarde.uitkomst is NOG_NIET
    assert nl(coa.waarde.wat_verandert) == ("als de gemeente de woning goedkeurt",)
    pers = beoordeel_nareis(h, PEIL, woning_blokkeert=False)
    assert pers.waarde.woninglezing is Woninglezing.PERSLEZING
    assert pers.waarde.uitkomst is BINNEN
    (r,) = pers.waarde.redenen
    assert r.code is Redencode.WONING_NIET_GOEDGEKEURD and not r.blokkeert and r.hoogstens is None
    assert {x.id for x in r.bronnen} == {"aanname.nareisactie.woning-perslezing", "VNG-2025-10-13"}
    assert pers.onzeker and "perslezing" in r.zin.nl


def test_sent_straight_from_opvang_and_unannounced() -> None:
    """ZIN_RECHTSTREEKS, ZIN_ZONDER_DAT and ZIN_LIJSTEN: nareizigers sent 'rechtstreeks – of direct
    vanuit de opvang' to gemeenten, 'Zonder dat zij daarvan op de hoogte zijn', from COA lists.
    Someone still in opvang has no arrival at the referent's (aankomst None) and can be in scope;
    in phase 1 the gemeente's consent is no condition, so its absence changes nothing."""
    assert uitkomst(gezin(2, aankomst=None, instemming=False)) is BINNEN
    assert beoordeel_nareis(gezin(2, instemming=False), PEIL) == beoordeel_nareis(
        gezin(2, instemming=True), PEIL
    )


def test_small_families_first_and_referent_already_housed() -> None:
    """Rijksoverheid, 23 Sep 2025: 'Kleine gezinnen worden eerst doorgestuurd naar de referent.'
    and nareizigers 'waarvan een familielid al in zijn gemeente gehuisvest is'."""
    assert [uitkomst(gezin(n)) for n in range(1, 7)] == [BINNEN, BINNEN, NOG_NIET, NOG_NIET, BUITEN, BUITEN]
    b = beoordeel_nareis(gezin(1, gehuisvest=False), PEIL).waarde
    assert b.uitkomst is BUITEN and [r.code for r in b.redenen] == [Redencode.REFERENT_NIET_GEHUISVEST]
    assert nl(b.wat_verandert) == ("zodra de referent in een gemeente gehuisvest is",)
    assert {x.id for x in b.redenen[0].bronnen} == {
        "Rijksoverheid-2025-09-23-ter-apel",
        "Kamerbrief-2025-09-23-nareisactie",
    }


@pytest.mark.parametrize(
    ("relatie", "amv", "verwacht"),
    [
        (Relatie.ECHTGENOOT, False, BINNEN),
        (Relatie.PARTNER, False, BINNEN),
        (Relatie.KIND, False, BINNEN),
        (Relatie.PLEEGKIND, False, BINNEN),
        (Relatie.OUDER, True, BINNEN),
        (Relatie.OUDER, False, BUITEN),
        (Relatie.ANDERS, True, BUITEN),
        (Relatie.ANDERS, False, BUITEN),
    ],
)
def test_family_relation_per_ind(relatie: Relatie, amv: bool, verwacht: Nareisuitkomst) -> None:
    """IND: '(huwelijks)partner', 'kinderen of pleegkinderen'; 'Als de asielzoeker alleenstaand is
    en minderjarig (jonger dan 18 jaar), dan kunnen ook de ouders nareizen.'"""
    h = Huishouden(
        referent=Referent(gehuisvest=True, als_amv=amv),
        nareizigers=[lid(relatie, naam="Dana")],
        woning_goedgekeurd=True,
        instemming_gemeente=False,
    )
    b = beoordeel_nareis(h, PEIL).waarde
    assert b.uitkomst is verwacht
    if verwacht is BUITEN:
        (r,) = b.redenen
        assert (r.code, r.namen, r.aantal) == (Redencode.RELATIE_GEEN_NAREIS, ("Dana",), 1)
        assert [x.id for x in r.bronnen] == ["IND-nareis"]


def test_every_reason_is_listed_not_only_the_first() -> None:
    h = Huishouden(
        referent=Referent(gehuisvest=False, als_amv=False),
        nareizigers=[
            lid(Relatie.ANDERS, aankomst=date(2025, 9, 1), brp=False, naam="Yusuf"),
            *(lid(bsn=False, mvv=False, ind_melding=False) for _ in range(5)),
        ],
        woning_goedgekeurd=False,
        instemming_gemeente=False,
    )
    u = beoordeel_nareis(h, PEIL)
    assert [r.code for r in u.waarde.redenen] == list(Redencode)[:4] + list(Redencode)[6:]
    assert u.waarde.uitkomst is BUITEN and u.waarde.wat_verandert == ()
    tekst = u.uitleg()
    assert "1 van de 6 nareizigers (Yusuf): geen inschrijving in de BRP." in tekst
    assert "5 van de 6 nareizigers: geen BSN." in tekst


def test_explanation_names_sources_statuses_and_data_versions() -> None:
    u = beoordeel_nareis(gezin(3), PEIL)
    ids = {b.id for b in u.bronnen}
    assert {"VNG-2025-10-13", "Kamerbrief-2025-09-23-nareisactie", "aanname.nareisactie.fase2-opening"} <= ids
    assert u.onzeker  # phase 2 rests on an assumption about its opening date
    assert {d.naam for d in u.herkomst.datasets} == {"nareizigers.json", "bronnen.json"}
    assert "kenmerk U20250645" in u.uitleg()
    assert not beoordeel_nareis(gezin(2), PEIL).onzeker  # phase 1, COA reading: no pers/aanname


def test_actiestand_for_a_gemeente() -> None:
    g = register().gemeente("Het Hogeland")
    u = nareisactie_op(PEIL, gemeente=g)
    assert u.waarde.aankondiging == AANKONDIGING and not u.waarde.fase2_open
    assert u.waarde.woninglezing is Woninglezing.COA_VOORWAARDE
    assert "instemming van het college van Het Hogeland" in u.uitleg()
    assert nareisactie_op(date(2026, 3, 1), fase2_vanaf=date(2026, 3, 1)).waarde.fase2_open


# --------------------------------------------------------------------------------------------
# Temporary stay (VNG-2025-10-13) and the hotel route of 19 December 2025 (press)
# --------------------------------------------------------------------------------------------

ZIN_TIJDELIJK = "kleine gezinnen (één à twee personen) die tijdelijk bij de referent konden verblijven"
ZIN_FASE2_GEHUISVEST = "bij de referent kunnen worden gehuisvest"


def test_phase_one_stays_with_the_referent_temporarily() -> None:
    """ZIN_OORSPRONKELIJK_PLAN: '... kleine gezinnen (één à twee personen) die tijdelijk bij de
    referent konden verblijven.' Phase 1 is temporary; for phase 2 (ZIN_LATER_MOMENT: 'bij de
    referent kunnen worden gehuisvest') the letter does not say, and the check claims nothing."""
    for n in (1, 2):
        u = beoordeel_nareis(gezin(n), PEIL)
        assert u.waarde.verblijf_tijdelijk is True
        assert f"'{ZIN_TIJDELIJK}'" in u.uitleg()
        assert u.waarde.verandering.nl == (
            "Niets: het huishouden valt onder de nareisactie en mag tijdelijk bij de referent verblijven."
        )
    fase2 = beoordeel_nareis(gezin(3, instemming=True), PEIL, fase2_vanaf=PEIL)
    assert fase2.waarde.verblijf_tijdelijk is None
    assert f"'{ZIN_FASE2_GEHUISVEST}'; of dat verblijf tijdelijk is, zegt zij niet" in fase2.uitleg()
    assert beoordeel_nareis(gezin(5), PEIL).waarde.verblijf_tijdelijk is None
    g = parameters.parameter("nareizigers.json", "nareizigers.fase1.tijdelijk").geldigheid_op(AANKONDIGING)
    assert (g.waarde, g.periode.van, g.bron.id) == (True, AANKONDIGING, "VNG-2025-10-13")
    assert g.bron.status is Status.BRIEF
    assert nareisactie_op(PEIL).waarde.fase1_tijdelijk is True
    tekst = brief("003_")
    assert normaliseer(ZIN_TIJDELIJK) in tekst and normaliseer(ZIN_FASE2_GEHUISVEST) in tekst


def test_the_hotel_route_from_19_december_2025_at_most_six_months_press() -> None:
    """Press (DOMAIN.md §8): since 19 December 2025 the COA places nareizigers in a hotel in the
    gemeente of destination, for at most six months; gemeenten behind on their taakstelling first."""
    # before 19 December 2025 the route did not exist
    assert beoordeel_nareis(gezin(2), HOTEL - timedelta(days=1)).waarde.hotel is None
    assert nareisactie_op(HOTEL - timedelta(days=1)).waarde.hotel is None
    with pytest.raises(ParameterNotValidError, match="2025-12-19"):
        hotelplaatsing(HOTEL - timedelta(days=1))
    # from that day on: reported beside the outcome, with status pers
    u = beoordeel_nareis(gezin(2), HOTEL)
    assert u.waarde.hotel == Hotelplaatsing(peildatum=HOTEL, vanaf=HOTEL, max_maanden=6)
    assert u.waarde.uitkomst is BINNEN and Status.PERS in u.onzeker_door
    assert "voor ten hoogste 6 maanden" in u.uitleg() and "de voorrang is onbekend" in u.uitleg()
    for naam, waarde in (("max_maanden", 6), ("vanaf", HOTEL), ("voorrang_achterstand", True)):
        g = parameters.parameter("nareizigers.json", f"nareizigers.hotel.{naam}").geldigheid_op(HOTEL)
        assert (g.waarde, g.periode.van, g.bron.status) == (waarde, HOTEL, Status.PERS)
    # whoever already arrived at the referent's is not in the opvang: no hotel unless asked
    assert beoordeel_nareis(gezin(2, aankomst=HOTEL), HOTEL).waarde.hotel is None
    # the six months: calendar months from the day of placement (an aanname), then the term passes
    p = hotelplaatsing(date(2026, 7, 5), geplaatst_op=date(2026, 1, 5)).waarde
    assert (p.uiterlijk_tot, p.termijn_verstreken) == (date(2026, 7, 5), True)
    q = hotelplaatsing(date(2026, 7, 4), geplaatst_op=date(2026, 1, 5))
    assert (q.waarde.uiterlijk_tot, q.waarde.termijn_verstreken) == (date(2026, 7, 5), False)
    assert "aanname.nareisactie.hotel-termijn" in {b.id for b in q.bronnen}
    assert hotelplaatsing(date(2026, 2, 1)).waarde.termijn_verstreken is None


@pytest.mark.parametrize(
    ("achterstand", "voorrang", "zin"),
    [
        (None, None, "of Het Hogeland achterloopt, is niet opgegeven: de voorrang is onbekend"),
        (True, True, "Het Hogeland loopt volgens de opgave achter, en heeft dus voorrang"),
        (False, False, "Het Hogeland loopt volgens de opgave niet achter, en heeft dus geen voorrang"),
    ],
)
def test_gemeenten_behind_on_their_taakstelling_first_is_a_flag_on_an_input(
    achterstand: bool | None, voorrang: bool | None, zin: str
) -> None:
    g = register().gemeente("Het Hogeland")
    u = hotelplaatsing(date(2026, 2, 1), achterstand_taakstelling=achterstand, gemeente=g)
    w = u.waarde
    assert (w.achterstand_taakstelling, w.voorrang, w.gemeentecode) == (achterstand, voorrang, "GM1966")
    assert zin in u.uitleg()
    # the reading "achterlopen" = the taakstelling is an aanname, cited only when a backlog is given
    assert ("aanname.nareisactie.hotel-achterstand" in {b.id for b in u.bronnen}) is (achterstand is not None)
    s = nareisactie_op(date(2026, 2, 1), gemeente=g, achterstand_taakstelling=achterstand)
    assert s.waarde.hotel is not None and s.waarde.hotel.voorrang is voorrang


def test_hotel_input_is_checked() -> None:
    with pytest.raises(InvalidInputError, match=r"hotel_sinds='2025-12-18'.*vóór 2025-12-19"):
        beoordeel_nareis(gezin(2), date(2026, 1, 1), hotel_sinds=date(2025, 12, 18))
    with pytest.raises(InvalidInputError, match=r"hotel_sinds='2026-01-02'.*na de peildatum"):
        beoordeel_nareis(gezin(2), date(2026, 1, 1), hotel_sinds=date(2026, 1, 2))
    with pytest.raises(InvalidInputError, match="achterstand_taakstelling"):
        beoordeel_nareis(gezin(2), PEIL, achterstand_taakstelling=True)  # before 19 December 2025
    with pytest.raises(InvalidInputError, match="achterstand_taakstelling"):
        nareisactie_op(PEIL, achterstand_taakstelling=False)
    with pytest.raises(InvalidInputError, match="achterstand_taakstelling"):
        hotelplaatsing(HOTEL, achterstand_taakstelling="ja")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="geplaatst_op"):
        hotelplaatsing(HOTEL, geplaatst_op=date(2025, 12, 1))
    with pytest.raises(InvalidInputError, match="gemeente"):
        hotelplaatsing(HOTEL, gemeente="Het Hogeland")  # type: ignore[arg-type]


def test_old_json_without_the_new_fields_still_reads() -> None:
    u = beoordeel_nareis(gezin(2, aankomst=PEIL), PEIL)
    data = unstructure(u.waarde)
    del data["verblijf_tijdelijk"], data["hotel"]
    assert structure(data, Nareisbeoordeling) == evolve(u.waarde, verblijf_tijdelijk=None)
    s = unstructure(nareisactie_op(PEIL).waarde)
    del s["fase1_tijdelijk"], s["hotel"]
    assert structure(s, Nareisactiestand).fase1_tijdelijk is None
    h = hotelplaatsing(date(2026, 3, 1), geplaatst_op=date(2026, 1, 5), achterstand_taakstelling=True)
    assert from_json(to_json(h), Uitkomst[Hotelplaatsing]) == h


def test_cli_hotel_and_temporary_stay(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "nareizigers", "--personen", "2", "--peildatum", "2025-11-01")
    assert code == 0 and "verblijf      tijdelijk bij de referent" in out and "hotel" not in out
    argv = ["nareizigers", "--personen", "2", "--peildatum", "2026-08-01", "--hotel-sinds", "2026-01-05"]
    code, out, _ = run(capsys, *argv, "--achterstand-taakstelling", "ja")
    assert code == 0
    assert (
        "hotel         sinds 2025-12-19, ten hoogste 6 maanden (pers); termijn verstreken op 2026-07-05"
        in out
    )
    assert "voorrang      ja (loopt achter)" in out and "[pers]" in out
    code, out, _ = run(capsys, *argv, "--format", "json")
    assert json.loads(out)["waarde"]["hotel"]["voorrang"] is None
    code, out, _ = run(capsys, "nareizigers", "--personen", "3", "--peildatum", "2026-02-01", "--taal", "en")
    assert "stay          not said (phase 2)" in out and "priority      unknown (backlog not given)" in out
    code, _, err = run(
        capsys,
        "nareizigers",
        "--personen",
        "2",
        "--peildatum",
        "2025-11-01",
        "--achterstand-taakstelling",
        "nee",
    )
    assert code == 2 and "achterstand_taakstelling" in err and err.count("\n") == 1


# --------------------------------------------------------------------------------------------
# Bad input and bad data
# --------------------------------------------------------------------------------------------

Maker = Callable[[], object]


@pytest.mark.parametrize(
    ("maak", "veld"),
    [
        (lambda: gezin(0), "nareizigers"),
        (lambda: gezin(MAX_NAREIZIGERS + 1), "nareizigers"),
        (lambda: lid(relatie="kind"), "relatie"),  # type: ignore[arg-type]
        (lambda: lid(brp=1), "brp"),
        (lambda: lid(aankomst=datetime(2025, 10, 1, 12, 0)), "aankomst"),
        (lambda: lid(naam="  "), "naam"),
        (lambda: Referent(gehuisvest="ja", als_amv=False), "gehuisvest"),  # type: ignore[arg-type]
        (lambda: Referent(gehuisvest=True, als_amv=False, gemeentecode="0363"), "gemeentecode"),
        (
            lambda: Huishouden(
                referent=None,  # type: ignore[arg-type]
                nareizigers=[lid()],
                woning_goedgekeurd=True,
                instemming_gemeente=True,
            ),
            "referent",
        ),
        (
            lambda: Huishouden(
                referent=Referent(gehuisvest=True, als_amv=False),
                nareizigers=["x"],
                woning_goedgekeurd=True,
                instemming_gemeente=True,
            ),
            "nareizigers[0]",
        ),
    ],
)
def test_invalid_entities_name_field_and_value(maak: Maker, veld: str) -> None:
    with pytest.raises(InvalidInputError) as exc:
        maak()
    assert exc.value.veld == veld


def test_invalid_rule_input() -> None:
    with pytest.raises(InvalidInputError, match=r"aankomst='2025-12-01': ligt na de peildatum") as exc:
        beoordeel_nareis(gezin(2, aankomst=date(2025, 12, 1)), PEIL)
    assert exc.value.veld == "nareizigers[0].aankomst"
    with pytest.raises(InvalidInputError, match="fase 2 kan niet openen vóór") as exc:
        beoordeel_nareis(gezin(3), PEIL, fase2_vanaf=date(2025, 9, 1))
    assert exc.value.veld == "fase2_vanaf"
    with pytest.raises(InvalidInputError) as exc:
        beoordeel_nareis(gezin(1), PEIL, woning_blokkeert="nee")  # type: ignore[arg-type]
    assert exc.value.veld == "woning_blokkeert"
    with pytest.raises(InvalidInputError) as exc:
        beoordeel_nareis("gezin", PEIL)  # type: ignore[arg-type]
    assert exc.value.veld == "huishouden"
    with pytest.raises(InvalidInputError):
        beoordeel_nareis(gezin(1), "2025-02-30")  # type: ignore[arg-type]
    with pytest.raises(ParameterNotValidError, match="pas geldig vanaf 2025-09-23"):
        nareisactie_op(date(2025, 1, 1))


def test_bad_json_reports_every_bad_field_and_never_coerces_booleans() -> None:
    data = {
        "referent": {"gehuisvest": "nee", "als_amv": 0},
        "nareizigers": [
            {"relatie": "neef", "aankomst": None, "brp": 1, "bsn": True, "mvv": True, "ind_melding": True}
        ],
        "woning_goedgekeurd": True,
        "instemming_gemeente": "ja",
    }
    with pytest.raises(StructureError) as exc:
        structure(data, Huishouden)
    fouten = "\n".join(exc.value.fouten)
    for pad in (
        "$.referent.gehuisvest",
        "$.referent.als_amv",
        "$.nareizigers[0].relatie",
        "$.nareizigers[0].brp",
        "$.instemming_gemeente",
    ):
        assert pad in fouten


def test_reden_and_result_validate_their_fields() -> None:
    with pytest.raises(InvalidInputError):
        Reden(code="x", zin="z", hoogstens=None, bronnen=())  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Reden(code=Redencode.GEEN_BSN, zin="z", hoogstens="nog_niet", bronnen=())  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Reden(code=Redencode.GEEN_BSN, zin="z", hoogstens=None, bronnen=(), aantal=-1)


@given(
    st.builds(
        Reden,
        code=st.sampled_from(Redencode),
        zin=ak_st.berichten(),
        hoogstens=st.none() | st.sampled_from(Nareisuitkomst),
        bronnen=st.just(()),
        wat_verandert=st.none() | ak_st.berichten(),
        aantal=st.integers(0, MAX_NAREIZIGERS),
        namen=st.lists(st.sampled_from(["Amal", "Dana"]), max_size=2).map(tuple),
    )
)
def test_reden_with_any_sentence_round_trips_through_json(r: Reden) -> None:
    assert from_json(to_json(r), Reden) == r
    assert set(json.loads(to_json(r))["zin"]) == {"sleutel", "nl", "en"}


# --------------------------------------------------------------------------------------------
# Languages: one catalogue, Dutch by default, English on request
# --------------------------------------------------------------------------------------------


def test_reasons_explanation_and_errors_render_in_english() -> None:
    h = gezin(3, bsn=False)
    u = beoordeel_nareis(h, PEIL)
    b = u.waarde
    # every text of the result is a catalogue sentence, in both languages, and they differ
    teksten: list[Bericht] = [b.verandering, b.uitkomst.omschrijving, *b.wat_verandert]
    for r in b.redenen:
        assert isinstance(r.zin, Bericht) and isinstance(r.wat_verandert, Bericht)
        teksten += [r.zin, r.wat_verandert]
    assert all(t.sleutel.startswith("nareizigers.") and t.nl != t.en for t in teksten)
    assert [r.zin.en for r in b.redenen] == [
        "Phase 2 is not open: no opening date is known (none given).",
        "The gemeente has not consented; phase 2 needs its consent.",
        "All 3 nareizigers: no BSN.",
    ]
    assert b.verandering.en == (
        "What would improve the outcome: with the consent of the gemeente as soon as phase 2 opens; "
        "with a BSN."
    )
    en, nl_ = u.uitleg(taal="en"), u.uitleg()
    assert en != nl_ and en.startswith("Result: ") and nl_.startswith("Uitkomst: ")
    assert "only 'op een later moment' (at a later moment)" in en  # the letter's words stay Dutch
    assert "Outcome: not yet (3 blocking reason(s))." in en
    with in_taal("en"):
        assert u.uitleg() == en and str(b.redenen[2].zin) == "All 3 nareizigers: no BSN."
    # a capitalised subject is capitalised in every language
    vroeg = beoordeel_nareis(gezin(1, aankomst=date(2025, 9, 1)), PEIL).waarde.redenen[0].zin
    assert vroeg.nl.startswith("De nareiziger kwam(en)") and vroeg.en.startswith("The nareiziger already")
    # errors: the reason in English, field and value unchanged
    with pytest.raises(InvalidInputError) as exc:
        beoordeel_nareis(gezin(2, aankomst=date(2025, 12, 1)), PEIL)
    assert exc.value.tekst("en") == (
        "nareizigers[0].aankomst='2025-12-01': lies after the peildatum 2025-11-01; a nareiziger not "
        "yet at the referent's has aankomst None"
    )
    assert exc.value.tekst("nl") != exc.value.tekst("en")
    with pytest.raises(InvalidInputError) as exc:
        gezin(0)
    assert exc.value.tekst("en").endswith("a household has at least one nareiziger")


def test_actiestand_renders_in_english() -> None:
    u = nareisactie_op(PEIL, gemeente=register().gemeente("Het Hogeland"))
    en = u.uitleg(taal="en")
    assert "with the consent of the college of Het Hogeland; not open (opening date unknown)." in en
    assert "Fase 2" not in en and "Fase 2: huishoudens van 3 tot 4" in u.uitleg()


def test_cli_renders_in_the_current_language(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("nareizigers", "--peildatum", "2025-11-01", "--taal", "en")
    code, out, err = run(capsys, *argv, "--personen", "3", "--zonder-bsn")
    assert code == 0 and err == ""
    assert "outcome       nog_niet — not yet" in out
    assert "[at best nog_niet] All 3 nareizigers: no BSN." in out
    assert "what would change it: with a BSN" in out
    assert "What would improve the outcome: with the consent of the gemeente as soon as phase 2 opens" in out
    code, out, err = run(capsys, *argv, "--personen", "0")
    assert code == 2 and "personen='0': a household has at least one nareiziger" in err


def test_enum_order() -> None:
    assert BUITEN < NOG_NIET < MET_INSTEMMING < BINNEN
    assert BINNEN >= BINNEN and NOG_NIET <= NOG_NIET and BINNEN > BUITEN
    assert sorted(Nareisuitkomst) == [BUITEN, NOG_NIET, MET_INSTEMMING, BINNEN]
    assert Nareisuitkomst.__lt__(BUITEN, 1) is NotImplemented
    with pytest.raises(TypeError):
        assert BUITEN < 1


# --------------------------------------------------------------------------------------------
# The package (ADR 0007): private modules, public path
# --------------------------------------------------------------------------------------------


def test_public_names_keep_the_public_path_and_pickle() -> None:
    import pickle

    import asielketen
    from asielketen import nareizigers

    for naam in nareizigers.__all__:
        obj = getattr(nareizigers, naam)
        if isinstance(obj, type) or callable(obj):
            assert obj.__module__ == "asielketen.nareizigers", naam
        if naam in asielketen.__all__:
            assert getattr(asielketen, naam) is obj, naam
    u = beoordeel_nareis(gezin(3, bsn=False), PEIL)
    assert pickle.loads(pickle.dumps(u)) == u
    assert repr(u.waarde).startswith("Nareisbeoordeling(peildatum=datetime.date(2025, 11, 1), ")


def test_every_module_of_the_package_is_private_and_small() -> None:
    import ast
    from pathlib import Path

    from asielketen import nareizigers

    pakket = Path(nareizigers.__file__).parent
    for pad in sorted(pakket.glob("*.py")):
        assert pad.name == "__init__.py" or pad.name.startswith("_"), pad.name
        tekst = pad.read_text(encoding="utf-8")
        if pad.name != "_berichten.py":
            assert len(tekst.splitlines()) <= 400, pad.name
        for knoop in ast.walk(ast.parse(tekst)):
            if isinstance(knoop, ast.FunctionDef):
                assert knoop.end_lineno is not None
                assert knoop.end_lineno - knoop.lineno < 100, f"{pad.name}: {knoop.name}"


@pytest.fixture
def _clear_parameters() -> Any:
    parameters.laad_parameters.cache_clear()
    yield
    parameters.laad_parameters.cache_clear()


@pytest.mark.usefixtures("_clear_parameters")
def test_bounds_that_do_not_fit_together_are_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from asielketen import data

    original = data.lees_json

    def lees(naam: str) -> Any:
        inhoud = original(naam)
        if naam == "nareizigers.json":
            inhoud = json.loads(data.lees_bytes(naam))  # a copy to edit: lees_json's is read-only
            inhoud["parameters"]["nareizigers.buiten_actie_vanaf"]["waarden"][0]["waarde"] = 6
        return inhoud

    monkeypatch.setattr(data, "lees_json", lees)
    parameters.laad_parameters.cache_clear()
    with pytest.raises(DataIntegrityError, match="sluiten niet aan"):
        beoordeel_nareis(gezin(1), PEIL)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def test_cli_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "nareizigers", "--personen", "3", "--peildatum", "2025-11-01", "--zonder-bsn"
    )
    assert code == 0 and err == ""
    assert "uitkomst      nog_niet — nog niet" in out
    assert "3 (fase2)" in out
    assert "[hoogstens nog_niet] Alle 3 nareizigers: geen BSN." in out
    assert "Wat de uitkomst verbetert: met instemming van de gemeente zodra fase 2 opent; met een BSN." in out
    assert "kenmerk U20250645" in out and "Let op" in out


def test_cli_json_is_the_converter_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "nareizigers",
        "--personen", "4",
        "--peildatum", "2026-03-01",
        "--fase2-vanaf", "2026-02-01",
        "--toestemming-gemeente",
        "--aankomst", "2026-02-15",
        "--woning-niet-goedgekeurd",
        "--woninglezing", "perslezing",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    u = structure(data, Uitkomst[Nareisbeoordeling])
    assert data["waarde"]["uitkomst"] == "binnen_actie_met_instemming"
    assert data["waarde"]["woninglezing"] == "perslezing"
    (reden,) = data["waarde"]["redenen"]
    assert reden["code"] == "woning_niet_goedgekeurd" and reden["hoogstens"] is None
    assert {b["id"] for b in reden["bronnen"]} == {"aanname.nareisactie.woning-perslezing", "VNG-2025-10-13"}
    assert u.waarde.fase2_open


@pytest.mark.parametrize(
    ("flags", "verwacht"),
    [
        (["--zonder-brp", "--zonder-bsn", "--zonder-mvv", "--zonder-ind-melding"], "nog_niet"),
        (["--referent-niet-gehuisvest"], "buiten_actie"),
        (["--aankomst", "2025-09-01"], "buiten_actie"),
        (["--woning-niet-goedgekeurd"], "nog_niet"),
        (["--referent-amv"], "binnen_actie"),
        (["--woning-niet-goedgekeurd", "--woninglezing", "coa_voorwaarde"], "nog_niet"),
    ],
)
def test_cli_flags(capsys: pytest.CaptureFixture[str], flags: list[str], verwacht: str) -> None:
    code, out, _ = run(
        capsys, "nareizigers", "--personen", "2", "--peildatum", "2025-11-01", *flags, "--format", "json"
    )
    assert code == 0
    assert json.loads(out)["waarde"]["uitkomst"] == verwacht


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--personen", "0", "--peildatum", "2025-11-01"], "minstens één nareiziger"),
        (["--personen", "-3", "--peildatum", "2025-11-01"], "minstens één nareiziger"),
        (["--personen", "drie", "--peildatum", "2025-11-01"], "geen geheel getal"),
        (["--personen", "100000", "--peildatum", "2025-11-01"], "geen geldige invoer"),
        (["--personen", "2", "--peildatum", "2025-02-30"], "argument --peildatum: datum='2025-02-30'"),
        (["--personen", "2", "--peildatum", "2025-11-01", "--aankomst", "2025-13-01"], "--aankomst"),
        (["--personen", "2", "--peildatum", "2025-01-01"], "pas geldig vanaf 2025-09-23"),
        (
            ["--personen", "2", "--peildatum", "2025-11-01", "--aankomst", "2025-12-01"],
            "ligt na de peildatum",
        ),
        (["--personen", "3", "--peildatum", "2025-11-01", "--fase2-vanaf", "2024-01-01"], "fase 2 kan niet"),
        (["--personen", "2"], "verplicht: --peildatum"),
        (["--personen", "2", "--peildatum", "2025-11-01", "--format", "xml"], "invalid choice"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, "nareizigers", *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("asielketen: fout: ")
    assert fragment in err
    assert "Traceback" not in err
