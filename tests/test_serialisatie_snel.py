"""The converter's fast paths (``serialization/_snel.py``, issue 18) against the plain path.

The plain path is the same converter without them (``configureer_snel(c, snel=False)``,
``configureer_vormen(c, snel=False)``): cattrs' own generated function for every record and
``tuple[X, ...]``. For every public entity and result (drawn as ``tests/test_schema.py`` draws
them) both read our JSON back as the same object, and both write the same JSON. For documents
changed at random — a value replaced anywhere in the tree, a key left out or added, an element
added — both give the same object or the same complete list of errors (every path and reason). The
register is read through the fast path with every check of its own (unknown keys, types, its
consistency checks) and its errors name the path. Also: the inline date is what ``structure_date``
makes of a text; classes whose field names are no Python names, and classes that hold themselves,
take the plain path or are read correctly.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import attrs
import pytest
from cattrs import Converter
from cattrs.errors import BaseValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asielketen._klasse import frozen
from asielketen.errors import GETOONDE_FOUTEN, AsielketenError, StructureError
from asielketen.gebied import Gemeente, Register, register
from asielketen.schema import _zoek
from asielketen.serialization import converter, from_json, structure, to_json
from asielketen.serialization._fouten import format_exception, fouten
from asielketen.serialization._snel import configureer_snel
from asielketen.serialization._vorm import configureer_vormen
from asielketen.serialization._waarden import configureer_waarden, structure_date
from asielketen.sources import Bron

from .test_schema import NAMEN, ingekort, strategie


def _gewone_converter() -> Converter:
    """The package's converter (``serialization._nieuwe_converter``) without the fast paths."""
    c = Converter(forbid_extra_keys=True, detailed_validation=True)
    configureer_waarden(c)
    configureer_snel(c, snel=False)
    configureer_vormen(c, snel=False)
    return c


GEWOON = _gewone_converter()


def _rapport(c: Converter, data: Any, type_: Any) -> Any:
    """What ``structure`` makes of ``data`` through converter ``c``: the object, or its errors."""
    try:
        return ("object", c.structure(data, type_))
    except BaseValidationError as exc:
        return ("fouten", tuple(f.tekst() for f in fouten(exc)))
    except AsielketenError as exc:
        return ("fout", type(exc).__name__, exc.tekst())
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        return ("fout", type(exc).__name__, format_exception(exc, type_).tekst())


def _soort(naam: str) -> Any:
    return Bron if naam == "Bron" else _zoek(naam)


# bare generics (Uitkomst, Parameter, Geldigheid) are read with their argument: they are covered
# as the Uitkomst[...] results and the fields that hold them
_LEESBAAR = [n for n in NAMEN if not getattr(_zoek(n), "__parameters__", ())]
_VEEL = settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("naam", _LEESBAAR)
@_VEEL
@given(data=st.data())
def test_fast_and_plain_path_read_and_write_every_name_alike(naam: str, data: st.DataObject) -> None:
    try:
        obj = data.draw(strategie(naam), label=naam)
    except KeyError:  # pragma: no cover - test_schema names a missing strategy
        pytest.skip(f"no strategy for {naam}")
    soort = _soort(naam)
    als = Bron if naam == "Bron" else None
    tekst = to_json(obj, als)
    assert json.loads(tekst) == GEWOON.unstructure(obj, unstructure_as=als)
    assert from_json(tekst, soort) == obj
    assert _rapport(converter, json.loads(tekst), soort) == _rapport(GEWOON, json.loads(tekst), soort)


# -- documents changed at random -------------------------------------------------------------------

_waarden: st.SearchStrategy[Any] = st.recursive(
    st.sampled_from([None, True, False, 0, -1, 1.5, "", " ", "x", "7", "2024-01-01", "GM0001", [], {}])
    | st.integers(-5, 10**6)
    | st.text(max_size=6),
    lambda kids: st.lists(kids, max_size=2) | st.dictionaries(st.text(max_size=5), kids, max_size=2),
    max_leaves=4,
)


def _paden(data: Any, pad: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON tree, the root included."""
    yield pad
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paden(v, (*pad, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paden(v, (*pad, i))


def _verander(data: Any, pad: tuple[Any, ...], soort: str, waarde: Any) -> Any:
    """``data`` with one change at ``pad``: the value replaced, its key left out, a key added to
    the object there, or an element added to the list there (else the value replaced)."""
    waarde = copy.deepcopy(waarde)  # a drawn [] or {} is one shared object: never put it in twice
    if not pad:
        return waarde
    ouder = data
    for stap in pad[:-1]:
        ouder = ouder[stap]
    hier = ouder[pad[-1]]
    if soort == "weg" and isinstance(ouder, dict):
        del ouder[pad[-1]]
    elif soort == "extra" and isinstance(hier, dict):
        hier["zomaar"] = waarde
    elif soort == "erbij" and isinstance(hier, list):
        hier.append(waarde)
    else:
        ouder[pad[-1]] = waarde
    return data


_veranderingen = st.lists(
    st.tuples(st.integers(0, 10**9), st.sampled_from(["waarde", "weg", "extra", "erbij"]), _waarden),
    min_size=1,
    max_size=3,
)


def _vergelijk_veranderd(doc: Any, soort: Any, veranderingen: list[tuple[int, str, Any]]) -> None:
    data = copy.deepcopy(doc)
    for plek, hoe, waarde in veranderingen:
        paden = list(_paden(data))
        data = _verander(data, paden[plek % len(paden)], hoe, waarde)
    snel = _rapport(converter, data, soort)
    assert snel == _rapport(GEWOON, data, soort)
    if snel[0] == "fouten":  # the public function reports the same, all at once
        with pytest.raises(StructureError) as exc:
            structure(data, soort)
        # the error keeps the first GETOONDE_FOUTEN problems and counts the others
        assert tuple(exc.value.fouten) == snel[1][:GETOONDE_FOUTEN]
        assert exc.value.weggelaten == max(0, len(snel[1]) - GETOONDE_FOUTEN)


_REGISTER = json.loads(to_json(register()))
_KLEIN_REGISTER = {  # the register with a few gemeenten (its networks' members then unknown)
    **_REGISTER,
    "gemeenten": [g for g in _REGISTER["gemeenten"] if g["provinciecode"] == "PV20"],
    "netwerken": [],
}


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(veranderingen=_veranderingen)
def test_a_changed_register_is_reported_alike(veranderingen: list[tuple[int, str, Any]]) -> None:
    _vergelijk_veranderd(_KLEIN_REGISTER, Register, veranderingen)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(veranderingen=_veranderingen)
def test_a_changed_shipped_register_is_reported_alike(veranderingen: list[tuple[int, str, Any]]) -> None:
    _vergelijk_veranderd(_REGISTER, Register, veranderingen)


@pytest.mark.parametrize("naam", [n for n in _LEESBAAR if n != "Bron"])
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), veranderingen=_veranderingen)
def test_every_changed_document_is_reported_alike(
    naam: str, data: st.DataObject, veranderingen: list[tuple[int, str, Any]]
) -> None:
    try:
        obj = data.draw(strategie(naam), label=naam)
    except KeyError:  # pragma: no cover - test_schema names a missing strategy
        pytest.skip(f"no strategy for {naam}")
    _vergelijk_veranderd(json.loads(to_json(obj)), _soort(naam), veranderingen)


_LASTIG: tuple[Any, ...] = (
    True,
    False,
    None,
    0,
    -1,
    7,
    "7",
    1.5,
    "",
    "x",
    "2024-01-01",
    [],
    {},
    ["x"],
    {"x": 1},
)
"""Values put in each place in turn: of every JSON kind, and the texts and numbers a field may take."""


@pytest.mark.parametrize("naam", [n for n in _LEESBAAR if n != "Bron"])
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_place_changed_in_turn_is_reported_alike(naam: str, data: st.DataObject) -> None:
    """Each place of a document (its lists cut to two elements; at most 25 places of a large
    one), in turn: every value of :data:`_LASTIG`, its key left out, a key added."""
    try:
        obj = data.draw(strategie(naam), label=naam)
    except KeyError:  # pragma: no cover - test_schema names a missing strategy
        pytest.skip(f"no strategy for {naam}")
    doc = ingekort(json.loads(to_json(obj)), 2)
    soort = _soort(naam)
    paden = list(_paden(doc))
    if len(paden) > 25:
        paden = data.draw(st.lists(st.sampled_from(paden), min_size=25, max_size=25, unique=True))
    for pad in paden:
        for hoe, waarde in [*(("waarde", w) for w in _LASTIG), ("weg", None), ("extra", 1)]:
            veranderd = _verander(copy.deepcopy(doc), pad, hoe, waarde)
            verwacht = _rapport(GEWOON, veranderd, soort)
            assert _rapport(converter, veranderd, soort) == verwacht, (pad, hoe, waarde)


def test_the_register_keeps_every_check() -> None:
    """Unknown keys, types, the register's own consistency checks: each refused with its path."""
    g0 = _KLEIN_REGISTER["gemeenten"][0]

    def met_gemeente(**velden: Any) -> dict[str, Any]:
        return {**_KLEIN_REGISTER, "gemeenten": [{**g0, **velden}, *_KLEIN_REGISTER["gemeenten"][1:]]}

    def fout(data: Any) -> str:
        with pytest.raises(StructureError) as exc:
            structure(data, Register)
        return " | ".join(exc.value.fouten)

    assert structure(_KLEIN_REGISTER, Register).gemeenten[0].code == g0["code"]
    assert "$.gemeenten[0]" in fout(met_gemeente(zomaar=1)) and "zomaar" in fout(met_gemeente(zomaar=1))
    assert "$.gemeenten[0].naam" in fout(met_gemeente(naam=7))
    assert "code='GM12'" in fout(met_gemeente(code="GM12"))  # the class's validator, at the record
    assert fout(met_gemeente(code="GM12")).endswith("@ $.gemeenten[0]")
    assert "$.gemeenten[0].stedelijkheid" in fout(met_gemeente(stedelijkheid=True))
    assert "stedelijkheid=6" in fout(met_gemeente(stedelijkheid=6))
    inwoners = [{**g0["inwoners"][0], "aantal": -1}]
    assert "aantal=-1" in fout(met_gemeente(inwoners=inwoners))
    assert fout(met_gemeente(inwoners=inwoners)).endswith("@ $.gemeenten[0].inwoners[0]")
    inwoners = [{**g0["inwoners"][0], "aantal": True}]
    assert "$.gemeenten[0].inwoners[0].aantal" in fout(met_gemeente(inwoners=inwoners))
    inwoners = [{**g0["inwoners"][0], "peildatum": "2024-13-01"}]
    assert "$.gemeenten[0].inwoners[0].peildatum" in fout(met_gemeente(inwoners=inwoners))
    assert "provinciecode" in fout(met_gemeente(provinciecode="PV99"))  # the register's own check
    dubbel = {**_KLEIN_REGISTER, "gemeenten": [g0, g0]}
    assert "gemeenten" in fout(dubbel)
    assert structure(met_gemeente(stedelijkheid="3"), Register).gemeenten[0].stedelijkheid == 3  # as before
    assert structure(met_gemeente(stedelijkheid=None), Register).gemeenten[0].stedelijkheid is None


# -- the inline pieces -----------------------------------------------------------------------------


@given(tekst=st.dates().map(date.isoformat) | st.from_regex(r"\A[0-9W:T+\-]{0,12}\Z") | st.text(max_size=12))
def test_the_inline_date_is_structure_date_of_a_text(tekst: str) -> None:
    try:
        verwacht: Any = structure_date(tekst, date)
    except Exception:
        verwacht = "fout"
    try:
        gekregen: Any = date.fromisoformat(tekst)
    except Exception:
        gekregen = "fout"
    assert gekregen == verwacht


@frozen
class Knoop:
    """A class that holds itself, in a tuple and as an optional field."""

    naam: str
    kinderen: tuple[Knoop, ...] = ()
    ouder: Knoop | None = None


_knopen: st.SearchStrategy[Knoop] = st.recursive(
    st.builds(Knoop, naam=st.text(max_size=3)),
    lambda kids: st.builds(
        Knoop,
        naam=st.text(max_size=3),
        kinderen=st.lists(kids, max_size=3).map(tuple),
        ouder=st.none() | kids,
    ),
    max_leaves=8,
)


@given(knoop=_knopen, veranderingen=_veranderingen)
def test_a_class_that_holds_itself(knoop: Knoop, veranderingen: list[tuple[int, str, Any]]) -> None:
    assert from_json(to_json(knoop), Knoop) == knoop
    _vergelijk_veranderd(json.loads(to_json(knoop)), Knoop, veranderingen)


@frozen(kw_only=True)
class Vreemd:
    """Fields the fast path leaves to cattrs (a private name, another alias, one not in ``__init__``)
    beside one it reads (a name that is no ASCII)."""

    _prive: int
    anders: str = attrs.field(alias="andere_naam")
    één: date
    afgeleid: int = attrs.field(init=False, default=0)


@frozen(kw_only=True)
class Gewoon:
    """The same without them: the fast path reads it."""

    één: date
    optioneel: int | None = None


def test_fields_the_fast_path_does_not_read_take_the_plain_path() -> None:
    data: dict[str, Any] = {"_prive": 1, "anders": "x", "één": "2024-01-01"}
    assert _rapport(converter, data, Vreemd) == _rapport(GEWOON, data, Vreemd)
    slecht: list[dict[str, Any]] = [{**data, "_prive": "een"}, {**data, "één": 3}, {**data, "zomaar": 1}]
    for fout in [*slecht, {"_prive": 1}]:
        assert _rapport(converter, fout, Vreemd) == _rapport(GEWOON, fout, Vreemd)
    gewoon: dict[str, Any] = {"één": "2024-01-01", "optioneel": None}
    assert structure(gewoon, Gewoon) == Gewoon(één=date(2024, 1, 1))
    assert getattr(converter.get_structure_hook(Gewoon), "__asielketen_record__", None) is Gewoon
    assert getattr(converter.get_structure_hook(Vreemd), "__asielketen_record__", None) is None
    for fout in [{**gewoon, "één": 3}, {**gewoon, "optioneel": "x"}, {"één": "2024-02-30"}]:
        assert _rapport(converter, fout, Gewoon) == _rapport(GEWOON, fout, Gewoon)


def test_a_tuple_is_never_read_from_a_text_or_an_object() -> None:
    for soort in (tuple[str, ...], tuple[Gemeente, ...], tuple[date, ...]):
        for fout in ("GM0001", b"x", {"a": 1}):
            assert _rapport(converter, fout, soort) == _rapport(GEWOON, fout, soort)
            assert _rapport(converter, fout, soort)[0] == "fout"
    assert converter.structure(iter(["a", "b"]), tuple[str, ...]) == ("a", "b")
    assert converter.structure(["2024-01-01", date(2025, 1, 1)], tuple[date, ...]) == (
        date(2024, 1, 1),
        date(2025, 1, 1),
    )


DRAAD = """
import json, sys, threading
from concurrent.futures import ThreadPoolExecutor
sys.setswitchinterval(1e-7)  # switch threads as often as possible: the first use is raced
from asielketen import data
from asielketen.serialization import converter, structure, to_json
from asielketen.sources import BRON_SOORTEN, Bron
soort = sys.argv[1]
# a source made through its class's own hook: the union (and the registry) not used yet
document = next(b for b in json.loads(data.lees_bytes("bronnen.json"))["bronnen"] if b["soort"] == "brief")
zonder_soort = {k: v for k, v in document.items() if k != "soort"}
bron = converter.structure(zonder_soort, BRON_SOORTEN["brief"])
n = 32
start = threading.Barrier(n)
def een(_):
    start.wait()
    try:
        if soort == "schrijf":
            assert '"soort": "brief"' in to_json(bron, Bron)
        else:
            assert structure(dict(document), Bron) == bron
    except BaseException as fout:
        return f"{type(fout).__name__}: {fout}"
with ThreadPoolExecutor(n) as pool:
    fouten = [f for f in pool.map(een, range(n)) if f]
print(fouten[0] if fouten else "OK")
"""
"""32 threads meet the first use of the Bron union at once (a fresh interpreter each time)."""


@pytest.mark.parametrize("soort", ["schrijf", "lees"])
def test_the_first_use_of_the_source_union_from_many_threads(soort: str) -> None:
    """The HTTP API runs requests in threads: the union's hooks, made on first use, are whole for
    every thread (they were once registered half set up: KeyError in 30 of 30 runs)."""
    for _ in range(3):
        uit = subprocess.run(
            [sys.executable, "-c", DRAAD, soort], capture_output=True, text=True, check=True
        ).stdout
        assert uit.strip() == "OK"
