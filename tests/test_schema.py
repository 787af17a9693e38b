"""JSON Schema: the converter's JSON of every public entity and rule result validates against its schema.

Entities are drawn with :mod:`asielketen.strategies` and ``builds()``; results come from real rule
calls. A class that is only ever produced by a rule (``StandGemeente``, ``Reden`` …) is drawn from
inside those results. A new entity or rule without a way to draw it fails
:func:`test_every_name_can_be_drawn`.
"""

from __future__ import annotations

import enum
import functools
import json
import string
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError

from asielketen import strategies as aks
from asielketen.data import bestanden
from asielketen.errors import UnknownNameError
from asielketen.explain import DatasetVersie, Invoer, Uitkomst
from asielketen.gebied import register
from asielketen.nareizigers import beoordeel_nareis, hotelplaatsing, nareisactie_op
from asielketen.oekraine import (
    Capaciteit,
    Opvangverzoek,
    Uitsluitingsgrond,
    collectieve_plicht,
    individuele_plicht,
    vergoeding,
)
from asielketen.opvang import (
    Behoefte,
    duurzame_locaties,
    dwangsom_ter_apel,
    opvang_gemeente,
    overzicht,
    realisaties,
    referentiescenario,
    tekort_op,
    tekortverloop,
    toets_bezetting,
)
from asielketen.periods import Cyclus, Geldigheid, Halfjaar, Periode
from asielketen.profiel import gemeenteprofiel
from asielketen.schema import DIALECT, _zoek, json_schema, schema_namen
from asielketen.serialization import to_json
from asielketen.sources import Aanname, Bron, BronBasis, Status
from asielketen.spreidingswet import (
    AangebodenPlaatsen,
    DuurzameLocatie,
    Escalatiefeiten,
    Fase,
    Methode,
    SesScore,
    SesWoa,
    Spreiding,
    Uitruil,
    Verdeelbesluit,
    aftrek_duurzaam,
    escalatie,
    raming,
    stand,
    termijnen,
    uitkering_75,
    uitkering_duurzaam,
    uitleg_gemeente,
    verdeel,
    vergelijk_gepubliceerd,
)
from asielketen.spreidingswet import Realisatie as PlaatsRealisatie
from asielketen.spreidingswet import Toewijzing as PlaatsToewijzing
from asielketen.statushouders import (
    Herindeling,
    Herverdeling,
    achterstandsverloop,
    herverdeel,
    landelijk_aantal,
    nareizigers_tellen_mee,
    taakstelling_op,
    taakstelling_voor,
    taakstellingen,
    vng_actie,
    vng_actie_aantallen,
    vng_actie_voor,
    voorrangsverbod,
)
from asielketen.sweep import taakstelling_reeks, verdeel_reeks
from asielketen.taal import Bericht

from .conftest import run_cli
from .test_nareizigers import gevallen
from .test_opvang import locatie_lijsten, nacht_aantallen, nachten, scenarios, tellingen
from .test_statushouders import realisatiereeksen

Strategie = st.SearchStrategy[Any]

# --------------------------------------------------------------------------------------------
# Real rule calls, one strategy per result name. The expensive national calls are cached on
# their (few) arguments, so Hypothesis varies the arguments without recomputing the country.
# --------------------------------------------------------------------------------------------

GEMEENTEN = ("Het Hogeland", "Groningen", "Den Haag", "Utrecht", "Tiel", "Vaals")
HALFJAREN = ("2025-H1", "2025-H2")  # the half-years with a shipped national number
PV20 = ("GM0014", "GM1966", "GM1950")  # three gemeenten of Groningen
RAMING_2024 = date(2024, 1, 31)


@functools.cache
def _verdeel(behoefte: int, methode: Methode) -> Uitkomst[Spreiding]:
    return verdeel(behoefte, peildatum=RAMING_2024, methode=methode)


@functools.cache
def _taakstellingen(halfjaar: str, landelijk: int | None) -> Uitkomst[Any]:
    return taakstellingen(halfjaar, landelijk=landelijk)


@functools.cache
def _profiel(naam: str, peildatum: date) -> Uitkomst[Any]:
    return gemeenteprofiel(naam, peildatum=peildatum)


@functools.cache
def _vng_actie(peildatum: date) -> Uitkomst[Any]:
    return vng_actie(peildatum=peildatum)


_spreidingen = st.builds(_verdeel, st.sampled_from([96_000, 30_000]), st.sampled_from(list(Methode)))
_tabellen = st.builds(_taakstellingen, st.sampled_from(HALFJAREN), st.sampled_from([None, 12_000]))
_profieldata = st.sampled_from([date(2024, 6, 30), date(2025, 11, 1), date(2026, 6, 1)])
_peildata = st.dates(date(2024, 1, 31), date(2027, 12, 31))
_vng_peildata = st.sampled_from([date(2026, 6, 1), date(2026, 9, 1)])
_cycli = st.sampled_from([Cyclus(2024), Cyclus(2026)])


def _besluit(plaatsen: list[int]) -> Verdeelbesluit:
    return Verdeelbesluit(
        provinciecode="PV20",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 12, 23),
        toewijzingen=[
            PlaatsToewijzing(gemeentecode=c, plaatsen=n) for c, n in zip(PV20, plaatsen, strict=True)
        ],
    )


_besluiten = st.lists(st.integers(0, 1_500), min_size=3, max_size=3).map(_besluit)
_plaatsrealisaties = st.builds(
    PlaatsRealisatie,
    gemeentecode=st.sampled_from(PV20),
    peildatum=st.dates(date(2025, 1, 1), date(2026, 12, 31)),
    plaatsen=st.integers(0, 2_000),
)
_duurzame_locaties = st.builds(
    DuurzameLocatie,
    gemeentecode=st.sampled_from(PV20),
    plaatsen=st.integers(1, 500),
    beschikbaar=aks.periodes(max_dagen=3_000).filter(lambda p: p.van.year >= 2015),
    bijzonder=st.booleans(),
)
_aangeboden = st.builds(
    AangebodenPlaatsen,
    plaatsen=st.integers(0, 1_000),
    duurzaam=st.booleans(),
    fase=st.sampled_from(list(Fase)),
)


@st.composite
def _escalatiefeiten(draw: st.DrawFn) -> Escalatiefeiten:
    """Facts in the order the law's steps take them: each step only after the one before."""
    stappen = ["vertraging_gemeld", "uitleg_gevraagd", "indeplaatsstelling", "indeplaatsstelling_termijn"]
    dag = date(2025, 7, 1)
    feiten: dict[str, date] = {}
    for naam in stappen[: draw(st.integers(0, len(stappen)))]:
        dag += timedelta(days=draw(st.integers(1, 120)))
        feiten[naam] = dag
    return Escalatiefeiten(locatie_uiterlijk=date(2025, 7, 1), **feiten)


@st.composite
def _stand(draw: st.DrawFn) -> Uitkomst[Any]:
    besluit = draw(_besluiten)
    ruimte = besluit.toewijzingen[0].plaatsen  # uitruil moves at most the opgave of the giver
    uitruil = (
        [Uitruil(provinciecode="PV20", van=PV20[0], naar=PV20[1], plaatsen=draw(st.integers(1, ruimte)))]
        if ruimte and draw(st.booleans())
        else []
    )
    return stand(
        [besluit],
        # one count per gemeente and day (two different counts of one day are a contradiction)
        draw(st.lists(_plaatsrealisaties, max_size=4, unique_by=lambda r: (r.gemeentecode, r.peildatum))),
        draw(st.dates(date(2025, 1, 1), date(2027, 12, 31))),
        uitruil=uitruil,
    )


@st.composite
def _uitkering_75(draw: st.DrawFn) -> Uitkomst[Any]:
    geboden = draw(st.lists(st.integers(0, 2_000), min_size=1, max_size=3))
    codes = list(PV20[: len(geboden)])
    return uitkering_75(
        "PV20",
        cyclus=Cyclus(2024),
        opgave=draw(st.integers(0, 5_000)),
        geboden=dict(zip(codes, geboden, strict=True)),
        voldaan=codes[::2],
        peildatum=draw(st.sampled_from([date(2026, 12, 31), date(2027, 1, 1)])),
        provincie_aandeel=draw(st.none() | st.fractions(0, 1, max_denominator=20)),
        bedrag_per_plaats=draw(st.none() | aks.decimalen(Decimal(0), Decimal(100_000))),
    )


@st.composite
def _opvang(draw: st.DrawFn, regel: Callable[..., Uitkomst[Any]], met_tellingen: bool) -> Uitkomst[Any]:
    locaties = draw(locatie_lijsten(max_size=4))
    peildatum = draw(st.dates(date(2024, 1, 31), date(2028, 12, 31)))
    if met_tellingen:
        return regel(locaties, peildatum, bezettingen=draw(tellingen(locaties)))
    return regel(locaties, peildatum)


@st.composite
def _opvang_gemeente(draw: st.DrawFn) -> Uitkomst[Any]:
    locaties = draw(locatie_lijsten(max_size=4))
    gemeente = draw(st.sampled_from([lo.gemeentecode for lo in locaties] or ["GM0014"]))
    peildatum = draw(st.dates(date(2024, 1, 31), date(2028, 12, 31)))
    return opvang_gemeente(gemeente, locaties, peildatum, bezettingen=draw(tellingen(locaties)))


@st.composite
def _toets_bezetting(draw: st.DrawFn) -> Uitkomst[Any]:
    locaties = draw(locatie_lijsten(max_size=4))
    return toets_bezetting(locaties, draw(tellingen(locaties)))


@st.composite
def _tekortverloop(draw: st.DrawFn) -> Uitkomst[Any]:
    van = draw(st.dates(date(2025, 1, 1), date(2027, 1, 1)))
    periode = Periode(van, van + timedelta(days=draw(st.integers(1, 400))))
    return tekortverloop(draw(scenarios()), periode)


@st.composite
def _vergoeding(draw: st.DrawFn) -> Uitkomst[Any]:
    """Whole calendar months from the start of the regime (April 2022) on."""
    maand = draw(st.integers(0, 50))
    van = date(2022 + (3 + maand) // 12, (3 + maand) % 12 + 1, 1)
    eind = maand + draw(st.integers(1, 8))
    periode = Periode(van, date(2022 + (3 + eind) // 12, (3 + eind) % 12 + 1, 1))
    return vergoeding(draw(st.integers(0, 500)), periode, particuliere_personen=draw(st.integers(0, 50)))


@st.composite
def _herverdeeld(draw: st.DrawFn) -> Uitkomst[Any]:
    tabel = draw(_tabellen)
    a, b = (r for r in tabel.waarde.gemeenten if r.gemeentecode in ("GM0363", "GM1966"))
    verschuif = draw(st.integers(0, a.taakstelling))
    return herverdeel(
        tabel,
        Herverdeling.van(
            {a.gemeentecode: a.taakstelling - verschuif, b.gemeentecode: b.taakstelling + verschuif}
        ),
    )


RESULTATEN: dict[str, Strategie] = {
    "Uitkomst[Gemeenteprofiel]": st.builds(_profiel, st.sampled_from(GEMEENTEN), _profieldata),
    # spreidingswet
    "Uitkomst[Raming]": st.builds(raming, _cycli)
    | st.integers(0, 200_000).flatmap(
        lambda n: st.builds(
            raming, st.just(Cyclus(2028)), behoefte=st.just(n), amv=st.none() | st.integers(0, n)
        )
    ),
    "Uitkomst[Termijnen]": st.builds(
        termijnen,
        _cycli,
        verdeelbesluit_bekendgemaakt=st.none() | st.dates(date(2024, 6, 1), date(2027, 1, 1)),
    ),
    "Uitkomst[Spreiding]": _spreidingen,
    "Uitkomst[GemeenteVerdeling]": st.builds(uitleg_gemeente, _spreidingen, st.sampled_from(GEMEENTEN)),
    "Uitkomst[tuple[Vergelijking, ...]]": _spreidingen.map(lambda u: vergelijk_gepubliceerd(u.waarde)),
    "Uitkomst[Stand]": _stand(),
    "Uitkomst[Aftrek]": st.builds(
        aftrek_duurzaam,
        st.just("PV20"),
        st.integers(0, 5_000),
        st.lists(_duurzame_locaties, max_size=4),
        raming_datum=st.just(RAMING_2024),
    ),
    "Uitkomst[Uitkering75]": _uitkering_75(),
    "Uitkomst[UitkeringDuurzaam]": st.builds(
        uitkering_duurzaam,
        st.lists(_aangeboden, max_size=4),
        drempel=st.integers(0, 500),
        peildatum=st.dates(date(2024, 1, 31), date(2027, 12, 31)),
    ),
    "Uitkomst[Escalatiestand]": st.builds(escalatie, _escalatiefeiten(), _peildata),
    # nareizigers
    "Uitkomst[Nareisbeoordeling]": gevallen().map(lambda g: beoordeel_nareis(g[0], g[1], **g[2])),
    "Uitkomst[Nareisactiestand]": st.builds(nareisactie_op, st.dates(date(2025, 10, 1), date(2027, 12, 31))),
    "Uitkomst[Hotelplaatsing]": st.dates(date(2025, 12, 19), date(2027, 12, 31)).flatmap(
        lambda d: st.builds(
            hotelplaatsing,
            st.just(d),
            geplaatst_op=st.none() | st.dates(date(2025, 12, 19), d),
            achterstand_taakstelling=st.sampled_from([None, True, False]),
        )
    ),
    # statushouders
    "Uitkomst[Taakstellingen]": _tabellen | _herverdeeld(),
    "Uitkomst[Taakstelling]": st.builds(
        taakstelling_voor, st.sampled_from(GEMEENTEN), st.sampled_from(HALFJAREN)
    )
    | st.builds(taakstelling_op, st.sampled_from(GEMEENTEN), st.dates(date(2025, 1, 1), date(2025, 12, 31))),
    "Uitkomst[int]": st.builds(landelijk_aantal, st.sampled_from(HALFJAREN)),
    "Uitkomst[Nareizigersstand]": st.builds(nareizigers_tellen_mee, st.sampled_from(HALFJAREN)),
    "Uitkomst[Achterstandsverloop]": st.builds(
        achterstandsverloop, realisatiereeksen(), beginsaldo=st.integers(-500, 500)
    ),
    "Uitkomst[VngActieLandelijk]": st.builds(_vng_actie, _vng_peildata),
    "Uitkomst[VngActie]": st.builds(vng_actie_voor, st.sampled_from(GEMEENTEN), peildatum=_vng_peildata),
    "Uitkomst[tuple[NetwerkAantal, ...]]": st.builds(vng_actie_aantallen, _vng_peildata),
    "Uitkomst[Voorrangsstand]": st.builds(
        voorrangsverbod, _peildata, verbod_vanaf=st.none() | st.dates(date(2026, 1, 1), date(2028, 1, 1))
    ),
    # opvang
    "Uitkomst[tuple[DuurzameLocatie, ...]]": _opvang(duurzame_locaties, met_tellingen=False),
    "Uitkomst[tuple[spreidingswet.Realisatie, ...]]": _opvang(realisaties, met_tellingen=False),
    "Uitkomst[Opvangoverzicht]": _opvang(overzicht, met_tellingen=True),
    "Uitkomst[GemeenteOpvang]": _opvang_gemeente(),
    "Uitkomst[tuple[Bezettingstoets, ...]]": _toets_bezetting(),
    "Uitkomst[Dwangsom]": nacht_aantallen.map(lambda n: dwangsom_ter_apel(nachten(n))),
    "Uitkomst[Scenario]": st.just(referentiescenario()),
    "Uitkomst[Tekortpunt]": st.builds(tekort_op, scenarios(), st.dates(date(2025, 1, 1), date(2028, 1, 1))),
    "Uitkomst[Tekortverloop]": _tekortverloop(),
    # oekraine
    "Uitkomst[CollectievePlicht]": st.builds(
        collectieve_plicht,
        st.sampled_from(GEMEENTEN).map(lambda n: register().gemeente(n)),
        st.dates(date(2022, 3, 1), date(2027, 1, 1)),
        gevraagd=st.none() | st.integers(0, 500),
        gerealiseerd=st.none() | st.integers(0, 500),
    ),
    "Uitkomst[IndividuelePlicht]": st.builds(
        individuele_plicht,
        st.builds(
            Opvangverzoek,
            alleenstaande_minderjarige=st.booleans(),
            kwetsbaar=st.booleans(),
            overlastgever=st.booleans(),
            uitsluitingsgronden=st.lists(st.sampled_from(list(Uitsluitingsgrond)), max_size=1, unique=True),
        ),
        st.dates(date(2022, 3, 1), date(2027, 1, 1)),
        capaciteit=st.none()
        | st.integers(0, 50).flatmap(
            lambda n: st.builds(Capaciteit, plaatsen=st.just(n), bezet=st.integers(0, n))
        ),
    ),
    "Uitkomst[Vergoeding]": _vergoeding(),
}

# --------------------------------------------------------------------------------------------
# Entities: the package's strategies and builds(); inputs of the rules above
# --------------------------------------------------------------------------------------------

_tekst = st.text(string.ascii_letters + " éë-", min_size=1, max_size=15).filter(lambda s: s.strip() != "")
_codes = [g.code for g in register().gemeenten]

ENTITEITEN: dict[str, Strategie] = {
    # scenario sweeps (asielketen.sweep): a few needs or national numbers
    "Reeks": st.one_of(
        st.lists(st.integers(0, 200_000), max_size=3).map(lambda b: verdeel_reeks(b, peildatum=RAMING_2024)),
        st.lists(st.integers(0, 30_000), max_size=3).map(lambda v: taakstelling_reeks(v, halfjaar="2025-H2")),
    ),
    # sources
    "Bron": aks.bronnen(),
    "BronBasis": st.builds(
        BronBasis, id=st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9.:-]{0,10}\Z"), status=st.sampled_from(Status)
    ),
    "Wetsartikel": aks.wetsartikelen(),
    "Uitspraak": aks.uitspraken(),
    "Publicatie": aks.publicaties(),
    "Brief": aks.brieven(),
    "Kamerstuk": aks.kamerstukken(),
    "Persbron": aks.persbronnen(),
    "Statistiek": aks.statistieken(),
    "Aanname": aks.aannames(),
    # time, explanations, language
    "Periode": aks.periodes(),
    "Halfjaar": aks.halfjaren(),
    "Cyclus": aks.cycli(),
    "Parameter": aks.parameters(),
    "Geldigheid": aks.parameters().map(lambda p: p.waarden[0]),
    "Uitkomst": aks.uitkomsten(),
    "Stap": aks.stappen(),
    "Herkomst": aks.herkomsten(),
    "Invoer": st.builds(Invoer, _tekst, _tekst),
    "DatasetVersie": st.builds(DatasetVersie, _tekst, aks.datums(), st.from_regex(r"\A[0-9a-f]{64}\Z")),
    "Bericht": st.builds(Bericht, _tekst | st.just(""), st.tuples(_tekst, _tekst)),
    # geography and data
    "Gemeente": aks.gemeente_objecten() | aks.gemeenten(),
    "Inwonertal": aks.inwonertallen(),
    "Provincie": aks.provincies(),
    "Veiligheidsregio": aks.veiligheidsregios(),
    "Netwerk": aks.netwerken(),
    "Alias": st.sampled_from(register().aliassen),
    "Register": st.just(register()),
    "Bestandsinfo": st.sampled_from(bestanden()),
    # inputs of the rules
    "spreidingswet.Realisatie": _plaatsrealisaties,
    "spreidingswet.Toewijzing": st.builds(
        PlaatsToewijzing,
        gemeentecode=st.sampled_from(_codes),
        plaatsen=st.integers(0, 5_000),
        amv=st.none() | st.integers(0, 10),
    ),
    "Verdeelbesluit": _besluiten,
    "Uitruil": st.builds(
        Uitruil,
        provinciecode=st.just("PV20"),
        van=st.just(PV20[0]),
        naar=st.just(PV20[2]),
        plaatsen=st.integers(1, 9),
    ),
    "DuurzameLocatie": _duurzame_locaties,
    "AangebodenPlaatsen": _aangeboden,
    "Escalatiefeiten": _escalatiefeiten(),
    "SesScore": st.builds(
        SesScore,
        gemeentecode=st.sampled_from(_codes),
        score=aks.decimalen(Decimal("-0.9"), Decimal("0.9"), places=3),
    ),
    "SesWoa": st.lists(
        st.builds(
            SesScore,
            gemeentecode=st.sampled_from(_codes),
            score=aks.decimalen(Decimal("-0.9"), Decimal("0.9"), places=3),
        ),
        max_size=3,
        unique_by=lambda s: s.gemeentecode,
    ).map(lambda scores: SesWoa(scores=tuple(scores), bron="aanname.ses")),
    "Huishouden": gevallen().map(lambda g: g[0]),
    "Referent": gevallen().map(lambda g: g[0].referent),
    "Nareiziger": gevallen().map(lambda g: g[0].nareizigers[0]),
    "statushouders.Realisatie": realisatiereeksen().map(lambda r: r[0]),
    "Bezetting": locatie_lijsten(max_size=3).flatmap(tellingen).filter(bool).map(lambda t: t[0]),
    "Opvangverzoek": st.builds(Opvangverzoek, kwetsbaar=st.booleans(), tijdelijke_bescherming=st.booleans()),
    "Capaciteit": st.integers(0, 100).flatmap(
        lambda n: st.builds(Capaciteit, plaatsen=st.just(n), bezet=st.integers(0, n))
    ),
    "Locatie": locatie_lijsten(max_size=2).filter(bool).map(lambda ls: ls[0]),
    "Bestuursovereenkomst": locatie_lijsten(max_size=2)
    .map(lambda ls: [o for lo in ls for o in lo.overeenkomsten])
    .filter(bool)
    .map(lambda os: os[0]),
    "Behoefte": st.builds(
        Behoefte,
        vanaf=aks.datums(date(2024, 1, 1), date(2030, 1, 1)),
        plaatsen=st.integers(0, 100_000),
        gebied=st.sampled_from(["NL", "PV20", "PV27"]),
    ),
    "Scenario": scenarios(),
    "Nachttelling": nacht_aantallen.filter(bool).map(lambda n: nachten(n)[0]),
    "Herindeling": st.builds(
        Herindeling,
        datum=st.dates(date(2019, 1, 1), date(2030, 1, 1)).map(lambda d: date(d.year, 1, 1)),
        gemeentecode=st.just("GM1966"),
        gemeentenaam=st.just("Het Hogeland"),
        delen=st.just(("GM0005", "GM1663", "GM0053", "GM0009")),
    ),
    "Herverdeling": st.dictionaries(st.sampled_from(_codes), st.integers(0, 900), min_size=2, max_size=3).map(
        lambda d: Herverdeling.van(d, omschrijving="voorbeeld")
    ),
}

# --------------------------------------------------------------------------------------------


def _binnen(obj: Any) -> Iterator[Any]:
    """Every object inside ``obj`` (attrs fields, tuples, dicts), ``obj`` included."""
    yield obj
    if attrs.has(type(obj)):
        for veld in attrs.fields(type(obj)):
            yield from _binnen(getattr(obj, veld.name))
    elif isinstance(obj, tuple | list | frozenset | set):
        for x in obj:
            yield from _binnen(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from _binnen(x)


@functools.cache
def _titels(resultaat: str) -> frozenset[str]:
    return frozenset(d.get("title", "") for d in json_schema(resultaat).get("$defs", {}).values())


def _gebruikt(resultaat: str, naam: str) -> bool:
    return naam in _titels(resultaat)


@functools.cache
def strategie(naam: str) -> Strategie:
    """How to draw an instance of the entity or result ``naam`` (KeyError: no way known)."""
    if naam in RESULTATEN:
        return RESULTATEN[naam]
    if naam in ENTITEITEN:
        return ENTITEITEN[naam]
    tp = _zoek(naam)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    # only ever produced by rules: draw a result that contains one, and pick one inside it
    bronnen = [RESULTATEN[r] for r in sorted(RESULTATEN) if _gebruikt(r, naam)]
    if not bronnen or not isinstance(tp, type):
        raise KeyError(naam)
    return (
        st.one_of(bronnen)
        .map(lambda u: [x for x in _binnen(u) if type(x) is tp])
        .filter(bool)
        .flatmap(st.sampled_from)
    )


@functools.cache
def validator(naam: str) -> Draft202012Validator:
    return Draft202012Validator(json_schema(naam), format_checker=FormatChecker())


def fouten(naam: str, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(naam).iter_errors(data)]


_GELDIG: set[tuple[str, str]] = set()


def geldig(naam: str, tekst: str) -> list[str]:
    """The schema errors of the JSON ``tekst`` (the same text twice is checked once: national results
    are cached above and drawn often)."""
    if (naam, tekst) in _GELDIG:
        return []
    gevonden = fouten(naam, json.loads(tekst))
    if not gevonden:
        _GELDIG.add((naam, tekst))
    return gevonden


def ingekort(data: Any, lengte: int = 1) -> Any:
    """``data`` with every array cut to ``lengte`` items (no schema here sets a minimum above that)."""
    if isinstance(data, list):
        return [ingekort(x, lengte) for x in data[:lengte]]
    if isinstance(data, dict):
        return {k: ingekort(v, lengte) for k, v in data.items()}
    return data


NAMEN = schema_namen()

# Every name is its own property; 151 of them with the ci profile's 300 examples each would take
# minutes, so each draws a few (derandomized in CI, so the same ones every run; the national
# results are cached and checked once).
VOORBEELDEN = settings(
    max_examples=5, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


def test_every_schema_is_a_valid_draft_2020_12_schema() -> None:
    # every $defs entry once (the same key means the same definition in every schema), and each root
    samen: dict[str, Any] = {}
    for naam in NAMEN:
        schema = json_schema(naam)
        assert schema["$schema"] == DIALECT and schema["title"] == naam and schema["$id"]
        assert schema.get("description"), naam
        for sleutel, definitie in schema.pop("$defs", {}).items():
            assert samen.setdefault(sleutel, definitie) == definitie, sleutel
        samen[f"root:{naam}"] = schema
    Draft202012Validator.check_schema({"$schema": DIALECT, "$defs": samen})
    with pytest.raises(SchemaError):
        Draft202012Validator.check_schema(
            {"$schema": DIALECT, "$defs": {**samen, "fout": {"type": "geheel"}}}
        )


def test_every_name_can_be_drawn() -> None:
    ontbreekt = []
    for naam in NAMEN:
        try:
            strategie(naam)
        except KeyError:
            ontbreekt.append(naam)
    assert ontbreekt == [], "add a strategy (ENTITEITEN or RESULTATEN) for these names"
    assert set(RESULTATEN) == {n for n in NAMEN if n.startswith("Uitkomst[")}
    assert set(ENTITEITEN) <= set(NAMEN)


@pytest.mark.parametrize("naam", NAMEN)
@VOORBEELDEN
@given(data=st.data())
def test_converter_json_validates(naam: str, data: st.DataObject) -> None:
    obj = data.draw(strategie(naam), label=naam)
    as_type = Bron if naam == "Bron" else None  # a union is written tagged when asked as one
    assert geldig(naam, to_json(obj, as_type)) == []


def _object_schema(naam: str) -> dict[str, Any] | None:
    """The object schema at the root of ``naam`` (``None`` for enums and the Bron union)."""
    schema = json_schema(naam)
    return schema if schema.get("type") == "object" else None


OBJECTNAMEN = [n for n in NAMEN if _object_schema(n) is not None]


@pytest.mark.parametrize("naam", OBJECTNAMEN)
@settings(max_examples=2, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_extra_missing_or_mistyped_fields_fail(naam: str, data: st.DataObject) -> None:
    schema = _object_schema(naam)
    assert schema is not None and schema["additionalProperties"] is False
    # the changes are at the root; long arrays (342 gemeenten) are cut to keep this fast
    goed = ingekort(json.loads(to_json(data.draw(strategie(naam), label=naam))))
    assert fouten(naam, goed) == []
    extra = {**goed, "onbekend_veld": 1}
    assert any("onbekend_veld" in f for f in fouten(naam, extra))
    for veld in schema["required"]:
        zonder = {k: v for k, v in goed.items() if k != veld}
        assert any(repr(veld) in f and "required" in f for f in fouten(naam, zonder)), veld
        if set(schema["properties"][veld]) - {"description", "default"}:  # a bare T takes anything
            assert fouten(naam, {**goed, veld: {"fout": True}}) != [], veld


def test_source_kinds_are_told_apart_by_soort() -> None:
    data = json.loads(to_json(Aanname(id="a.test", omschrijving="een aanname", status=Status.AANNAME)))
    assert fouten("Aanname", data) == []
    assert fouten("Bron", data) != []  # a source on its own carries no "soort"
    bron = {"soort": "aanname", **data}
    assert fouten("Bron", bron) == []
    assert fouten("Bron", {**bron, "soort": "wetsartikel"}) != []
    assert fouten("Bron", {**bron, "soort": "roddel"}) != []


@pytest.mark.parametrize(
    ("naam", "veld", "waarde"),
    [
        ("Periode", "van", "2025-02-30"),  # not a date
        ("Periode", "van", "30-01-2025"),
        ("Dagdeel", "bedrag", 1.5),  # a Decimal is never a float
        ("Dagdeel", "bedrag", "1e3"),
        ("Aandeel", "fractie", "0.25"),  # a Fraction is a/b
        ("Taakstelling", "halfjaar", "2025-H3"),  # a half-year is "JJJJ-H1" or "JJJJ-H2"
        ("Taakstelling", "halfjaar", {"jaar": 2025, "helft": 2}),  # the object is read, not written
        ("Gemeente", "inwoners", {}),
        ("Locatie", "soort", "kazerne"),  # not a Locatiesoort value
        ("Uitkomst[Taakstelling]", "waarde", {"taakstelling": "1"}),
    ],
)
def test_wrong_values_fail(naam: str, veld: str, waarde: Any) -> None:
    data = {veld: waarde}
    assert any(f.startswith(veld) for f in fouten(naam, data) if "required" not in f)


def test_pinned_shapes() -> None:
    s = json_schema("Periode")
    assert s["$schema"] == DIALECT == "https://json-schema.org/draft/2020-12/schema"
    assert s["$id"].startswith("urn:asielketen:") and s["$id"].endswith(":Periode")
    assert s["description"].startswith("A half-open date interval")
    assert ">>>" not in s["description"]  # examples are left out
    assert s["properties"]["van"] == {
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "description": "First day in the period.",
    }
    assert s["properties"]["tot"]["anyOf"][1] == {"type": "null"}
    assert s["properties"]["tot"]["default"] is None
    assert s["required"] == ["van", "tot"]  # the converter writes a default too
    g = json_schema("Gemeente")["properties"]
    assert g["inwoners"]["items"] == {"$ref": "#/$defs/Inwonertal"}
    assert json_schema("Status")["enum"] == [
        "wettekst", "rechtspraak", "officieel", "brief", "pers", "aanname",
    ]  # fmt: skip
    vg = json_schema("GemeenteVerdeling")  # written by a hook of its own: the shape it writes
    assert list(vg["properties"]) == [
        "gemeentecode", "gemeentenaam", "provinciecode", "inwoners", "ses_woa",
        "quotum", "plaatsen", "amv_quotum", "amv",
    ]  # fmt: skip
    assert vg["properties"]["quotum"]["pattern"] == "^-?[0-9]+(/[0-9]+)?$"
    u = json_schema("Uitkomst[Taakstelling]")
    assert u["properties"]["waarde"]["$ref"] == "#/$defs/Taakstelling"
    assert u["$defs"]["Stap"]["properties"]["bronnen"]["items"] == {"$ref": "#/$defs/Bron"}
    assert len(u["$defs"]["Bron"]["oneOf"]) == 8
    assert json_schema("Uitkomst")["properties"]["waarde"] == {"description": "The result."}
    assert u["required"] == ["waarde", "stappen", "herkomst", "onzeker_door"]
    assert u["properties"]["onzeker_door"]["items"] == {"$ref": "#/$defs/Status"}


def test_names_types_and_lookup() -> None:
    assert len(NAMEN) == len(set(NAMEN)) > 100
    assert list(NAMEN) == sorted(NAMEN, key=lambda n: (n.casefold(), n))
    # the domains that spell a class the same are told apart by module
    assert {"spreidingswet.Realisatie", "statushouders.Realisatie"} <= set(NAMEN)
    assert "Realisatie" not in NAMEN
    assert json_schema("Spreidingswet.Realisatie")["properties"]["plaatsen"]["type"] == "integer"
    # a type, a name in another case, with other spacing, qualified: the same schema
    assert json_schema(Uitkomst[Spreiding]) == json_schema("uitkomst[ spreiding ]")
    assert json_schema("opvang.Locatie") == json_schema("Locatie")
    assert json_schema(tuple[Periode, ...])["items"] == {"$ref": "#/$defs/Periode"}
    assert json_schema(Geldigheid[int])["properties"]["waarde"]["type"] == "integer"
    assert json_schema(dict[str, Halfjaar])["additionalProperties"] == {"$ref": "#/$defs/Halfjaar"}
    assert json_schema(frozenset[Status])["uniqueItems"] is True
    # a schema is a fresh copy each time
    s = json_schema("Periode")
    s["title"] = "veranderd"
    assert json_schema("Periode")["title"] == "Periode"


def test_unknown_name_suggests() -> None:
    with pytest.raises(UnknownNameError) as exc:
        json_schema("Taakstellng")
    assert exc.value.veld == "naam" and exc.value.waarde == "Taakstellng"
    assert exc.value.suggesties[0] == "Taakstelling"
    for naam, eerste in [("halfjar", "Halfjaar"), ("stelling", "Taakstelling"), ("Gemeent", "Gemeente")]:
        with pytest.raises(UnknownNameError) as exc:
            json_schema(naam)
        assert exc.value.suggesties[0] == eerste and len(exc.value.suggesties) <= 3
        assert all(s in NAMEN for s in exc.value.suggesties)
    # nothing close: the message says where every name is listed, in the language asked
    with pytest.raises(UnknownNameError) as exc:
        json_schema("Foo")
    assert exc.value.suggesties == ()
    assert "asielketen schema" in str(exc.value) and f"{len(NAMEN)}" in str(exc.value)
    assert "no known name is close" in exc.value.bericht.tekst("en")
    with pytest.raises(TypeError, match="datetime"):
        json_schema(datetime)


def test_a_class_with_its_own_hook_needs_its_shape() -> None:
    from asielketen.serialization import converter, json_vorm
    from asielketen.spreidingswet import GemeenteVerdeling

    # GemeenteVerdeling declares the shape its hook writes (__json_vorm__): the schema reads it
    verklaard = json_vorm(GemeenteVerdeling)
    assert verklaard is not None
    velden = [a.name for a in attrs.fields(verklaard.vorm)]
    assert json_schema("GemeenteVerdeling")["required"] == velden

    # a class of asielketen written by a hook of its own, without that declaration: refused
    @attrs.frozen
    class Eigen:
        a: int

    def haak(obj: Eigen) -> dict[str, int]:
        return {"b": obj.a}

    haak.__module__ = "asielketen.voorbeeld"
    converter.register_unstructure_hook(Eigen, haak)
    with pytest.raises(TypeError, match="__json_vorm__"):
        json_schema(Eigen)


def test_cli_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "schema", "Periode")
    assert (code, err) == (0, "")
    assert json.loads(out) == json_schema("Periode")
    code, out, _ = run_cli(capsys, "schema")
    assert code == 0 and tuple(out.splitlines()) == NAMEN
    code, out, _ = run_cli(capsys, "schema", "--format", "json")
    assert code == 0 and tuple(json.loads(out)) == NAMEN
    code, out, err = run_cli(capsys, "schema", "Periodes")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("asielketen: fout: ") and "'Periode'" in err
