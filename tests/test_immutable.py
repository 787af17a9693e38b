"""Shipped data, parameters, sources and cached results reach callers read-only (issue 14, finding 4).

``laad_parameters("opvang.json")`` used to hand out its cached dict: a caller that changed it changed
every later result (``dwangsom_ter_apel`` then gave €100,000 a night) while the provenance still
named the original file's sha256. Everything the public loaders return is now frozen once, when a
file is first read, and shared: read-only mappings, tuples and frozen attrs classes with tuple
fields. These tests try to change what each loader returns — item assignment, deletion, ``append``,
nested structures, ``setattr`` on attrs instances, at fixed and at random places — and check that
every attempt raises and that the rules' results and provenance stay the same.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import partial
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError
from hypothesis import given
from hypothesis import strategies as st

from asielketen import bronregister, data
from asielketen.bronregister import alle_bronnen, bron
from asielketen.data import bestand, bestanden, lees_csv, lees_json
from asielketen.explain import Uitkomst
from asielketen.gebied import Gemeente, Register, register
from asielketen.opvang import Dwangsom, Nachttelling, dwangsom_ter_apel
from asielketen.parameters import laad_parameters, parameter, parameterversie
from asielketen.periods import Geldigheid, Parameter, Periode
from asielketen.sources import BRON_SOORTEN, Aanname, Uitspraak
from asielketen.spreidingswet import Spreiding, verdeel

# -- what is shipped ------------------------------------------------------------------------------

CSV_FILES = sorted(b.naam for b in bestanden() if b.naam.endswith(".csv"))
JSON_FILES = sorted(b.naam for b in bestanden() if b.naam.endswith(".json"))
PARAMETER_FILES = sorted(
    naam for naam in JSON_FILES if isinstance(lees_json(naam), Mapping) and "parameters" in lees_json(naam)
)

IMMUTABLE_SCALARS = (str, int, bool, Decimal, Fraction, date, bytes, enum.Enum, type(None))
"""Values that cannot be changed in place (a ``date`` is immutable; so is an enum member)."""

ERRORS = (TypeError, AttributeError, FrozenInstanceError)
"""What an attempt to change a frozen structure raises (FrozenInstanceError is an AttributeError)."""

NIGHT = date(2025, 6, 1)
"""A night after the dwangsom applied (status pers; €50,000 a night above 2,000 people)."""


def test_the_shipped_files_are_enumerated_not_hard_coded() -> None:
    assert CSV_FILES and JSON_FILES
    assert {"opvang.json", "spreidingswet.json", "statushouders.json"} <= set(PARAMETER_FILES)
    assert "bronnen.json" in JSON_FILES and "gemeenten.csv" in CSV_FILES


def _zet(container: Any, sleutel: Any, waarde: Any) -> None:
    """``container[sleutel] = waarde`` on any container (type checkers would refuse it: that's the point)."""
    container[sleutel] = waarde


def _wis(container: Any, sleutel: Any) -> None:
    """``del container[sleutel]``."""
    del container[sleutel]


def _roep(obj: Any, methode: str, *argumenten: Any) -> object:
    """``obj.methode(*argumenten)``: a mutating method a read-only structure must not have."""
    return getattr(obj, methode)(*argumenten)


# -- the rules whose results must not move -----------------------------------------------------------


def _dwangsom() -> Uitkomst[Dwangsom]:
    return dwangsom_ter_apel([Nachttelling(datum=NIGHT, personen=2100)])


def _spreiding() -> Uitkomst[Spreiding]:
    return verdeel(96_000, peildatum=date(2024, 1, 1))


def _fingerprint() -> tuple[object, ...]:
    """The results of a rule of each kind, with their provenance, and what the loaders give."""
    d, s = _dwangsom(), _spreiding()
    return (
        d.waarde,
        d.herkomst,
        s.waarde,
        s.herkomst,
        tuple(laad_parameters(f).items() for f in PARAMETER_FILES),
        tuple(lees_json(f) for f in JSON_FILES),
        tuple(lees_csv(f) for f in CSV_FILES),
        alle_bronnen(),
        register(),
    )


BASELINE = _fingerprint()
"""Taken at import, before any test tried to change anything."""


def test_the_dwangsom_is_50000_a_night_with_the_shipped_file_in_its_provenance() -> None:
    u = _dwangsom()
    assert u.waarde.nachten[0].bedrag == Decimal("50000") and u.waarde.verbeurd == Decimal("50000")
    assert parameterversie("opvang.json") in u.herkomst.datasets
    assert parameterversie("opvang.json").sha256 == bestand("opvang.json").sha256


# -- a deep check: nothing mutable anywhere ---------------------------------------------------------


def _mutable_parts(value: object, path: str = "$") -> Iterator[str]:
    """The paths of every mutable container or thawed attrs instance inside ``value``."""
    if isinstance(value, IMMUTABLE_SCALARS):
        return
    if isinstance(value, MappingProxyType):
        for k, v in value.items():
            yield from _mutable_parts(k, f"{path}.keys")
            yield from _mutable_parts(v, f"{path}[{k!r}]")
    elif isinstance(value, tuple | frozenset):
        for i, v in enumerate(value):
            yield from _mutable_parts(v, f"{path}[{i}]")
    elif attrs.has(cls := type(value)):
        if not _is_frozen(value):
            yield f"{path} ({cls.__name__} is not frozen)"
        for a in attrs.fields(cls):
            yield from _mutable_parts(getattr(value, a.name), f"{path}.{a.name}")
    else:
        yield f"{path} ({type(value).__name__})"


def _is_frozen(obj: Any) -> bool:
    velden = attrs.fields(type(obj))
    naam = velden[0].name if velden else "nieuw_attribuut"
    try:
        setattr(obj, naam, getattr(obj, naam, None))
    except FrozenInstanceError:
        return True
    return False


def _loaded() -> dict[str, Callable[[], object]]:
    """Every public path by which shipped data, parameters or sources reach a caller."""
    result: dict[str, Callable[[], object]] = {
        "register()": register,
        "alle_bronnen()": alle_bronnen,
        "bestanden()": bestanden,
    }
    for f in CSV_FILES:
        result[f"lees_csv({f})"] = partial(lees_csv, f)
    for f in JSON_FILES:
        result[f"lees_json({f})"] = partial(lees_json, f)
    for f in PARAMETER_FILES:
        result[f"laad_parameters({f})"] = partial(laad_parameters, f)
        result[f"parameter({f}, …)"] = partial(_elk_parameter, f)
    return result


def _elk_parameter(bestand_: str) -> tuple[Parameter[Any], ...]:
    return tuple(parameter(bestand_, n) for n in laad_parameters(bestand_))


LOADED = _loaded()


@pytest.mark.parametrize("naam", LOADED)
def test_nothing_a_loader_returns_is_mutable_at_any_depth(naam: str) -> None:
    assert list(_mutable_parts(LOADED[naam]())) == []


def test_the_readers_share_one_frozen_copy_instead_of_parsing_again() -> None:
    for f in CSV_FILES:
        assert lees_csv(f) is lees_csv(f)
    for f in JSON_FILES:
        assert lees_json(f) is lees_json(f)
    for f in PARAMETER_FILES:
        assert laad_parameters(f) is laad_parameters(f)


# -- parameters ------------------------------------------------------------------------------------


def _other(p: Parameter[Any]) -> Parameter[Any]:
    b = Aanname(id="aanval", omschrijving="een waarde die niemand mocht zetten")
    return Parameter(
        naam=p.naam, waarden=[Geldigheid(periode=Periode(date(2000, 1, 1)), waarde=100_000, bron=b)]
    )


@pytest.mark.parametrize("bestand_", PARAMETER_FILES)
def test_a_parameter_mapping_refuses_every_change(bestand_: str) -> None:
    params = laad_parameters(bestand_)
    assert isinstance(params, Mapping) and params
    naam, p = next(iter(params.items()))
    with pytest.raises(TypeError):
        params[naam] = _other(p)  # type: ignore[index]
    with pytest.raises(TypeError):
        params["nieuw"] = _other(p)  # type: ignore[index]
    with pytest.raises(TypeError):
        del params[naam]  # type: ignore[attr-defined]
    for methode in ("update", "pop", "popitem", "clear", "setdefault"):
        with pytest.raises(AttributeError):
            getattr(params, methode)
    # a copy is the caller's own: changing it changes nothing shared
    kopie = dict(params)
    kopie[naam] = _other(p)
    del kopie[naam]
    assert laad_parameters(bestand_)[naam] is p


@pytest.mark.parametrize("bestand_", PARAMETER_FILES)
def test_every_parameter_and_validity_is_frozen_two_levels_deep(bestand_: str) -> None:
    for naam, p in laad_parameters(bestand_).items():
        assert parameter(bestand_, naam) is p
        with pytest.raises(FrozenInstanceError):
            p.waarden = ()  # type: ignore[misc]
        with pytest.raises(FrozenInstanceError):
            p.naam = "ander"  # type: ignore[misc]
        with pytest.raises(AttributeError):
            p.waarden.append(p.waarden[0])  # type: ignore[attr-defined]
        with pytest.raises(TypeError):
            p.waarden[0] = p.waarden[-1]  # type: ignore[index]
        for g in p.waarden:
            assert isinstance(g.waarde, IMMUTABLE_SCALARS), (naam, type(g.waarde))
            with pytest.raises(FrozenInstanceError):
                g.waarde = 100_000  # type: ignore[misc]
            with pytest.raises(FrozenInstanceError):
                g.periode.van = date(2000, 1, 1)  # type: ignore[misc]
            with pytest.raises(FrozenInstanceError):
                g.bron.id = "ander"  # type: ignore[misc]


def test_the_attack_of_the_issue_is_refused_and_the_dwangsom_stays_50000() -> None:
    params = laad_parameters("opvang.json")
    naam = "opvang.ter_apel.dwangsom_per_nacht"
    with pytest.raises(TypeError):
        params[naam] = _other(params[naam])  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        params[naam].waarden[-1].waarde = Decimal("100000")  # type: ignore[misc]
    raw = lees_json("opvang.json")
    with pytest.raises(TypeError):
        raw["parameters"][naam]["waarden"][0]["waarde"] = "100000"
    with pytest.raises(AttributeError):
        raw["parameters"][naam]["waarden"].append({"van": "2000-01-01", "waarde": "100000"})
    u = _dwangsom()
    assert u.waarde.nachten[0].bedrag == Decimal("50000")
    assert u.waarde == BASELINE[0] and u.herkomst == BASELINE[1]


# -- data files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("naam", CSV_FILES)
def test_csv_rows_refuse_every_change(naam: str) -> None:
    rows = lees_csv(naam)
    assert isinstance(rows, tuple) and rows
    row = rows[0]
    kolom = next(iter(row))
    with pytest.raises(AttributeError):
        rows.append(row)  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        rows[0] = row  # type: ignore[index]
    with pytest.raises(TypeError):
        row[kolom] = "999"  # type: ignore[index]
    with pytest.raises(TypeError):
        del row[kolom]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        row.update({kolom: "999"})  # type: ignore[attr-defined]
    eigen = dict(row)  # the documented way to get a row to edit
    eigen[kolom] = "§gewijzigd§"
    assert lees_csv(naam)[0] is row and row[kolom] != "§gewijzigd§"


@pytest.mark.parametrize("naam", JSON_FILES)
def test_json_content_refuses_every_change_two_levels_deep(naam: str) -> None:
    inhoud = lees_json(naam)
    assert isinstance(inhoud, MappingProxyType)
    sleutel = next(iter(inhoud))
    with pytest.raises(TypeError):
        _zet(inhoud, sleutel, None)
    with pytest.raises(TypeError):
        _zet(inhoud, "nieuw", None)
    with pytest.raises(TypeError):
        _wis(inhoud, sleutel)
    tweede = next(v for v in inhoud.values() if isinstance(v, MappingProxyType | tuple) and v)
    if isinstance(tweede, MappingProxyType):
        with pytest.raises(TypeError):
            _zet(tweede, next(iter(tweede)), None)
        derde = next((v for v in tweede.values() if isinstance(v, MappingProxyType | tuple) and v), None)
    else:
        with pytest.raises(AttributeError):
            _roep(tweede, "append", None)
        with pytest.raises(TypeError):
            _zet(tweede, 0, None)
        derde = tweede[0]
    if derde is not None:  # a third level: an object or an array of the second
        with pytest.raises(TypeError):
            _zet(derde, next(iter(derde)) if isinstance(derde, MappingProxyType) else 0, None)


def test_the_manifest_is_read_only() -> None:
    info = bestand("opvang.json")
    with pytest.raises(FrozenInstanceError):
        info.sha256 = "0" * 64  # type: ignore[misc]
    with pytest.raises(TypeError):
        data._manifest()["opvang.json"] = info  # type: ignore[index]
    assert isinstance(bestanden(), tuple)


def test_tampering_after_a_read_is_still_caught() -> None:
    """The frozen copy is tied to the checked bytes: clearing that cache reads and checks again."""
    first = lees_csv("gemeenten.csv")
    data.lees_bytes.cache_clear()
    try:
        again = lees_csv("gemeenten.csv")
    finally:
        data.lees_bytes.cache_clear()
    assert again == first and again is not first


# -- random places in the nested structures (Hypothesis) ------------------------------------------------


def _children(node: object) -> list[tuple[str, object]]:
    if isinstance(node, Mapping):
        return [(repr(k), v) for k, v in node.items()]
    if isinstance(node, tuple):
        return [(f"[{i}]", v) for i, v in enumerate(node)]
    cls = type(node)
    if attrs.has(cls):
        return [(f".{a.name}", getattr(node, a.name)) for a in attrs.fields(cls)]
    return []


@attrs.frozen
class _Plaats:
    """A node inside a loader's result, shown by its path (the node itself may be large)."""

    path: str
    node: object = attrs.field(repr=False)


@st.composite
def _places(draw: st.DrawFn) -> _Plaats:
    """A loader's result and a node somewhere inside it, reached by a random path."""
    naam = draw(st.sampled_from(sorted(LOADED)))
    node, path = LOADED[naam](), naam
    while True:
        kinderen = _children(node)
        if not kinderen or draw(st.integers(0, 4)) == 0:
            return _Plaats(path, node)
        stap, node = kinderen[draw(st.integers(0, len(kinderen) - 1))]
        path += stap


def _attempts(node: Any) -> list[Callable[[], object]]:
    """Every way a caller might try to change ``node`` in place."""
    if isinstance(node, Mapping):
        k = next(iter(node), "x")
        return [
            lambda: _zet(node, k, 1),
            lambda: _zet(node, "nieuw", 1),
            lambda: _wis(node, k),
            lambda: _roep(node, "update", {k: 1}),
            lambda: _roep(node, "pop", k),
            lambda: _roep(node, "clear"),
        ]
    if isinstance(node, tuple):
        return [
            lambda: _roep(node, "append", 1),
            lambda: _zet(node, 0, 1),
            lambda: _wis(node, 0),
            lambda: _roep(node, "extend", [1]),
            lambda: _roep(node, "sort"),
        ]
    cls = type(node)
    if attrs.has(cls):
        velden = attrs.fields(cls)
        eerste = velden[0].name if velden else "nieuw_attribuut"
        return [
            lambda: setattr(node, eerste, None),
            lambda: delattr(node, eerste),
            lambda: setattr(node, "nieuw_attribuut", 1),
        ]
    return []


@given(_places())
def test_no_change_anywhere_in_a_loaded_structure_succeeds(plaats: _Plaats) -> None:
    path, node = plaats.path, plaats.node
    assert isinstance(node, (*IMMUTABLE_SCALARS, MappingProxyType, tuple)) or attrs.has(type(node)), path
    for poging in _attempts(node):
        with pytest.raises(ERRORS):
            poging()


# -- the register and the source registry -----------------------------------------------------------


def test_the_register_refuses_every_change() -> None:
    r = register()
    g = r.gemeente("Utrecht")
    with pytest.raises(FrozenInstanceError):
        r.gemeenten = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        r.gemeenten.append(g)  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        r.gemeenten[0] = g  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        g.naam = "Anders"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        g.inwoners = ()  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        g.inwoners[0].aantal = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        g.inwoners[0] = g.inwoners[0]  # type: ignore[index]
    g40 = r.netwerk("G40")
    with pytest.raises(AttributeError):
        g40.leden.append("GM0363")  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        r.aliassen[0].code = "GM0363"  # type: ignore[misc]
    # the lookup indexes, built once on the shared register, are read-only too
    with pytest.raises(TypeError):
        r._by_code["GM0344"] = r.gemeente("Amsterdam")  # type: ignore[index]
    with pytest.raises(TypeError):
        r._by_name["gemeente"]["utrecht"] = ("GM0363",)  # type: ignore[index]
    with pytest.raises(TypeError):
        r._gemeenten_per_provincie["PV26"] = ()  # type: ignore[index]
    assert register().gemeente("Utrecht") is g and g.naam == "Utrecht"
    # a fresh dict per call: the caller's own
    inwoners = r.inwoners_op(date(2024, 1, 1))
    inwoners["GM0344"] = 0
    assert r.inwoners_op(date(2024, 1, 1))["GM0344"] == g.inwoners[0].aantal > 0


def test_a_register_built_from_lists_holds_tuples() -> None:
    r = register()
    eigen = Register(
        gemeenten=list(r.gemeenten),
        provincies=list(r.provincies),
        veiligheidsregios=list(r.veiligheidsregios),
        netwerken=list(r.netwerken),
        aliassen=list(r.aliassen),
        herkomst=list(r.herkomst),
    )
    assert eigen == r
    assert all(isinstance(getattr(eigen, a.name), tuple) for a in attrs.fields(Register))
    g = Gemeente(code="GM0001", naam="X", provinciecode="PV20", veiligheidsregiocode="VR01", inwoners=[])
    assert g.inwoners == ()


def test_the_source_registry_refuses_every_change() -> None:
    bronnen = alle_bronnen()
    b = bron("VNG-2025-10-13")
    with pytest.raises(AttributeError):
        bronnen.append(b)  # type: ignore[attr-defined]
    with pytest.raises(FrozenInstanceError):
        b.status = b.status  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        b.id = "ander"  # type: ignore[misc]
    index = bronregister._index()
    with pytest.raises(TypeError):
        index["VNG-2025-10-13"] = bronnen[-1]  # type: ignore[index]
    with pytest.raises(TypeError):
        del index["VNG-2025-10-13"]  # type: ignore[attr-defined]
    uitspraken = [u for u in bronnen if isinstance(u, Uitspraak) and u.zaaknummers]
    for u in uitspraken:
        with pytest.raises(AttributeError):
            u.zaaknummers.append("x")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        BRON_SOORTEN["wetsartikel"] = Aanname  # type: ignore[index]
    assert bron("VNG-2025-10-13") is b and alle_bronnen() == bronnen


# -- after all of it ------------------------------------------------------------------------------


def test_after_every_attempt_the_results_and_their_provenance_are_unchanged() -> None:
    """Runs last in this file (pytest keeps the file's order): nothing above changed anything."""
    assert _fingerprint() == BASELINE
    assert _dwangsom().waarde.nachten[0].bedrag == Decimal("50000")
