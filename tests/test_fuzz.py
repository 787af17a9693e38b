"""Fuzzing every public structuring and loading entry point, and the command line (issue 10).

Hypothesis feeds arbitrary JSON, JSON shaped *almost* like each public entity (the right keys with
wrong types, keys missing, keys added), malformed CSV and JSON files, and arbitrary argument lists.
The only exceptions that may escape are the documented ones (:class:`AsielketenError`); the
command line always exits 0 or 2, on 2 with exactly one line on stderr and never a traceback.

The entry points are enumerated, not listed: every attrs class, enum and union named in the
``__all__`` of a public module (``tests/test_api.py``), every loader that reads a user file, and
every subcommand and option of ``asielketen.cli.build_parser()``; a new class, loader option or
subcommand is fuzzed without touching this file.

In the CI profile every entry point gets at least :data:`EXAMPLES` (1000) inputs — only an enum or
a command with one option has fewer, and then every variant of every possible base is fed. Drawing
1000 structured Hypothesis examples per entry point would take minutes here (several milliseconds
each), so :func:`fuzz_entry_point` draws up to :data:`MAX_BASES` bases per entry point from
Hypothesis (plus valid documents taken from real results) and derives the inputs by corrupting each
base in one place at a time (:func:`mutations`, :func:`csv_mutations`, :func:`argv_mutations`):
every key dropped, every value replaced by each wrong value, a key added. Tests over all entry
points at once (arbitrary JSON, raw bytes and texts, token lists) are plain Hypothesis examples.
"""

from __future__ import annotations

import argparse
import collections.abc as cabc
import contextlib
import enum
import importlib
import json
import os
import subprocess
import sys
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asielketen.cli import SUBCOMMANDS, build_parser, main
from asielketen.errors import AsielketenError, StructureError
from asielketen.serialization import from_json, structure, to_json
from asielketen.sources import BRON_SOORTEN

from .test_api import PUBLIC_MODULES

_CI = os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev") == "ci"
EXAMPLES = 1000 if _CI else 100
"""Examples per entry point: thousands in CI (several strategies per entry point), fewer locally."""

_B = TypeVar("_B")
_V = TypeVar("_V")

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def documented_only(fn: Callable[..., object], *args: Any, **kwargs: Any) -> AsielketenError | None:
    """Call ``fn``; return the documented error it raised (or ``None``); anything else escapes."""
    try:
        fn(*args, **kwargs)
    except AsielketenError as exc:
        text = str(exc)
        assert text.strip(), f"{fn.__name__}: an error without a message"
        return exc
    return None


# --------------------------------------------------------------------------------------------
# The entry points: every public attrs class, enum and union
# --------------------------------------------------------------------------------------------


def _public_objects() -> Iterator[tuple[str, Any]]:
    for mod_name in PUBLIC_MODULES:
        mod = importlib.import_module(mod_name)
        for name in getattr(mod, "__all__", ()):
            yield f"{mod_name}.{name}", getattr(mod, name)


def _is_union(obj: Any) -> bool:
    return typing.get_origin(obj) in (typing.Union, types.UnionType)


def public_types() -> dict[str, Any]:
    """Every structurable public type by name; generic classes are parametrised with ``Decimal``."""
    found: dict[str, Any] = {}
    seen: set[int] = set()
    for name, obj in _public_objects():
        if id(obj) in seen:
            continue
        if isinstance(obj, type) and (attrs.has(obj) or issubclass(obj, enum.Enum)):
            params = getattr(obj, "__parameters__", ())
            seen.add(id(obj))
            found[name] = obj[tuple(Decimal for _ in params)] if params else obj  # type: ignore[index]
        elif _is_union(obj):
            seen.add(id(obj))
            found[name] = obj
    return found


TYPES = public_types()


def test_the_enumeration_finds_the_known_entities() -> None:
    names = {n.rsplit(".", 1)[1] for n in TYPES}
    assert {"Periode", "Uitkomst", "Bron", "Spreiding", "Taakstellingen", "Locatie", "Vergoeding"} <= names
    assert len(TYPES) >= 100


# --------------------------------------------------------------------------------------------
# Strategies: arbitrary JSON, and JSON shaped almost like a type
# --------------------------------------------------------------------------------------------

_ENUM_VALUES = sorted(
    {str(m.value) for tp in TYPES.values() if isinstance(tp, type) and issubclass(tp, enum.Enum) for m in tp}
)
TRICKY_STRINGS = [
    "",
    " ",
    "0",
    "-1",
    "-0",
    "01",
    "1.5",
    "1,5",
    "1e3",
    "1e999999999",
    "-1e999999999",
    "NaN",
    "sNaN",
    "Infinity",
    "-inf",
    "1/0",
    "7/3",
    "0x10",
    "1_000",
    "²",
    "①",
    "١٢",
    "９",
    "9" * 5000,
    "2025-01-01",
    "2025-02-30",
    "0001-01-01",
    "9999-12-31",
    "2025-06-30T12:00:00",
    "20250101",
    "2025-H2",
    "9999-H2",
    "0000-H1",
    "GM0363",
    "GM9999",
    "PV27",
    "VR13",
    "G4",
    "G40",
    "Amsterdam",
    "Den Haag",
    "null",
    "\x00",
    "\ud800",
    "é",
    *BRON_SOORTEN,
    *_ENUM_VALUES,
]
texts = st.sampled_from(TRICKY_STRINGS) | st.text(max_size=12)
ints = (
    st.integers(-(10**6), 10**6)
    | st.sampled_from([0, -1, 1, 10**6, 10**12, -(10**12), 2**63, -(2**63), 10**400])
    | st.integers()
)
floats = st.floats(allow_nan=True, allow_infinity=True)
scalars = st.none() | st.booleans() | ints | floats | texts
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=10,
)
"""Arbitrary JSON values (as ``json.loads`` returns them; NaN and infinity included)."""


def _hints(cls: Any) -> dict[str, Any]:
    origin = typing.get_origin(cls) or cls
    try:
        hints = typing.get_type_hints(origin)
    except (NameError, TypeError):  # pragma: no cover - a hint that cannot be resolved: fuzz as JSON
        return {}
    params = getattr(origin, "__parameters__", ())
    binding = dict(zip(params, typing.get_args(cls), strict=False))
    return {k: binding.get(v, v) for k, v in hints.items()}


PLAUSIBLE_STRINGS = [
    "GM0363",
    "GM0014",
    "GM1966",
    "GM0518",
    "PV27",
    "PV20",
    "VR13",
    "G4",
    "Amsterdam",
    "Het Hogeland",
    "VNG-2025-10-13",
    "huisvestingswet.art29.lid1",
    "x",
    "",
]
PLAUSIBLE_DATES = ["2024-01-01", "2025-07-01", "2025-10-13", "2026-03-26", "0001-01-01", "9999-12-31"]

_plausible_cache: dict[tuple[Any, int], st.SearchStrategy[Any]] = {}


def plausible(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Cheap JSON shaped like ``tp``: mostly valid, each leaf one draw from a small pool.

    The bases of the mutation fuzzing below: :func:`mutations` then corrupts them one place at a
    time (a key missing, a wrong type, an extra key), which reaches every validator cheaply.
    """
    key = (tp, depth)
    if key not in _plausible_cache:
        _plausible_cache[key] = st.deferred(lambda: _plausible(tp, depth))
    return _plausible_cache[key]


def _plausible(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any or isinstance(tp, TypeVar) or depth > 3:
        return scalars
    if tp is type(None):
        return st.none()
    if _is_union(tp):
        if set(args) == set(BRON_SOORTEN.values()):
            return st.one_of(*[_entity(cls, depth, tag) for tag, cls in BRON_SOORTEN.items()])
        return st.one_of(*[plausible(a, depth) for a in args])
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.sampled_from([0, 1, 2, 7, 100, 342, 2024, 10**6]) | st.integers(-5, 10**4)
    if tp is str:
        return st.sampled_from(PLAUSIBLE_STRINGS + _ENUM_VALUES)
    if tp is date:
        return st.sampled_from(PLAUSIBLE_DATES)
    if tp is Decimal:
        return st.sampled_from(["0", "1", "44", "61.50", "-0.25", "50000", "0.001"])
    if tp is Fraction:
        return st.sampled_from(["0", "1", "7/3", "1/342", "-1/2"])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from([m.value for m in tp])
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (list, tuple, set, frozenset, cabc.Sequence, cabc.Iterable, cabc.Set, cabc.Collection):
        elems = [a for a in args if a is not Ellipsis] or [Any]
        return st.lists(st.one_of(*[plausible(a, depth + 1) for a in elems]), max_size=2)
    if origin in (dict, cabc.Mapping):
        k, v = args or (str, Any)
        keys = st.sampled_from(PLAUSIBLE_STRINGS + _ENUM_VALUES) if k is not str else texts
        return st.dictionaries(keys.map(str), plausible(v, depth + 1), max_size=2)
    if attrs.has(origin or tp):
        return _entity(tp, depth)
    return json_values  # pragma: no cover - every public field type is handled above


def _entity(tp: Any, depth: int, tag: str | None = None) -> st.SearchStrategy[dict[str, Any]]:
    cls = typing.get_origin(tp) or tp
    hints = _hints(tp)
    velden = {f.name: plausible(hints.get(f.name, Any), depth + 1) for f in attrs.fields(cls) if f.init}
    if tag is not None:
        velden = {"soort": st.just(tag), **velden}
    return st.fixed_dictionaries(velden)


WRONG: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    float("nan"),
    float("inf"),
    10**400,
    "",
    "x",
    "-1",
    "²",
    "9" * 5000,
    "9" * 16,
    "1000000000000001",
    "0" * 40 + "1",
    "2025-02-30",
    "0001-01-01",
    "9999-12-31",
    "NaN",
    "1e999999999",
    "1/0",
    [],
    {},
    [None],
    {"": None},
]
"""The wrong values :func:`mutations` puts in every place of a base (types, formats, extremes)."""


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _places(v, (*path, i))


def _replace(value: Any, path: tuple[Any, ...], new: Any, *, drop: bool = False) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        out = dict(value)
        if drop and not rest:
            del out[head]
        else:
            out[head] = _replace(value[head], rest, new, drop=drop)
        return out
    out_list = list(value)
    if drop and not rest:
        del out_list[head]
    else:
        out_list[head] = _replace(value[head], rest, new, drop=drop)
    return out_list


def mutations(base: Any, limit: int) -> list[Any]:
    """The base and up to ``limit - 1`` variants, each corrupted in one place.

    Every place (every key of every nested object, every list item) gets every value of
    :data:`WRONG`; every key is also dropped once, and every object gets an unknown key. When
    there are more variants than ``limit`` an even spread is kept (deterministically); only the
    kept ones are built. A ``limit`` of 1 or less keeps only the base: :func:`fuzz_entry_point`
    passes 1 when its budget for real documents is almost spent (the dev profile's 100 examples
    spread over the many sources of the corpus).
    """
    edits: list[tuple[tuple[Any, ...], str, Any]] = []
    for path in _places(base):
        edits.extend((path, "set", w) for w in WRONG)
        if path:
            edits.append((path, "drop", None))
        target = base
        for step in path:
            target = target[step]
        if isinstance(target, dict):
            edits.append((path, "set", {**target, "onbekend_veld": 1}))
    keep = max(limit - 1, 0)  # variants besides the base; none for a limit of 1 or less
    if len(edits) > keep:
        stride = len(edits) / keep if keep else 0.0
        edits = [edits[int(i * stride)] for i in range(keep)]
    return [base] + [_replace(base, path, new, drop=op == "drop") for path, op, new in edits]


# --------------------------------------------------------------------------------------------
# 1. structure / from_json for every public type
# --------------------------------------------------------------------------------------------


def _structure_one(value: Any, tp: Any, i: int) -> None:
    """Feed one input to one of the two entry points (alternating): structure, or from_json."""
    if i % 2:
        documented_only(from_json, json.dumps(value), tp)
    else:
        documented_only(structure, value, tp)


@settings(FUZZ, max_examples=max(EXAMPLES // 5, 10))
@given(json_values)
def test_arbitrary_json_into_every_public_type(value: Any) -> None:
    for tp in TYPES.values():
        documented_only(structure, value, tp)


def _extra_results() -> list[object]:
    """Results of rules the integrity probes do not call (for the corpus below)."""
    from asielketen import nareizigers, oekraine, opvang, spreidingswet, statushouders
    from asielketen.periods import Cyclus, Periode

    locaties = _locaties()
    bezetting = opvang.Bezetting(locatie_id="L1", datum=date(2025, 6, 30), personen=430)
    besluit = spreidingswet.Verdeelbesluit(
        provinciecode="PV27",
        cyclus=Cyclus(2024),
        bekendgemaakt=date(2024, 10, 1),
        toewijzingen=[spreidingswet.Toewijzing(gemeentecode="GM0363", plaatsen=100, amv=10)],
    )
    spreiding = spreidingswet.verdeel(20_000, peildatum=date(2025, 1, 1), amv=1500)
    ses = spreidingswet.SesWoa(
        scores=[
            spreidingswet.SesScore("GM0363", Decimal("0.1")),
            spreidingswet.SesScore("GM0014", Decimal("-0.2")),
        ],
        bron="test",
    )
    plaatsen = [
        spreidingswet.AangebodenPlaatsen(plaatsen=120, duurzaam=True, fase=f) for f in spreidingswet.Fase
    ]
    calls: list[Callable[[], object]] = [
        lambda: (spreiding, ses, besluit, locaties, bezetting),
        lambda: opvang.dwangsom_ter_apel([opvang.Nachttelling(datum=date(2025, 6, 1), personen=2100)]),
        lambda: spreidingswet.uitleg_gemeente(spreiding, "Utrecht"),
        lambda: spreidingswet.uitkering_duurzaam(plaatsen, drempel=100, peildatum=date(2025, 6, 1)),
        lambda: spreidingswet.uitkering_75(
            "PV27",
            cyclus=Cyclus(2024),
            opgave=100,
            geboden={"GM0363": 80},
            voldaan=["GM0363"],
            peildatum=date(2026, 6, 1),
        ),
        lambda: spreidingswet.escalatie(
            spreidingswet.Escalatiefeiten(
                locatie_uiterlijk=date(2025, 7, 1), vertraging_gemeld=date(2025, 5, 1)
            ),
            date(2025, 9, 1),
        ),
        lambda: spreidingswet.aftrek_duurzaam(
            "PV27",
            100,
            [
                spreidingswet.DuurzameLocatie(
                    gemeentecode="GM0363", plaatsen=150, beschikbaar=Periode(date(2024, 1, 1))
                )
            ],
            raming_datum=date(2024, 1, 31),
        ),
        lambda: statushouders.herverdeel(
            statushouders.taakstellingen("2025-H2"),
            statushouders.Herverdeling.van({"GM0363": 10}, omschrijving="test"),
        ),
        lambda: nareizigers.nareisactie_op(date(2025, 11, 1)),
        lambda: oekraine.individuele_plicht(
            oekraine.Opvangverzoek(kwetsbaar=True),
            date(2026, 1, 1),
            capaciteit=oekraine.Capaciteit(plaatsen=10, bezet=10),
        ),
        lambda: oekraine.vergoeding(
            5, Periode(date(2025, 1, 15), date(2025, 4, 1)), huishoudens_met_inkomen=[1, 2]
        ),
        lambda: opvang.overzicht(locaties, date(2025, 6, 30), bezettingen=[bezetting]),
        lambda: opvang.toets_bezetting(locaties, [bezetting]),
        lambda: opvang.tekortverloop(
            opvang.referentiescenario().waarde.met_locaties(*locaties),
            Periode(date(2026, 3, 26), date(2026, 9, 2)),
        ),
        lambda: opvang.duurzame_locaties(locaties, date(2025, 6, 30)),
        lambda: statushouders.achterstandsverloop(
            [
                statushouders.Realisatie(halfjaar="2025-H1", taakstelling=10, gehuisvest=8),
                statushouders.Realisatie(halfjaar="2025-H2", taakstelling=12, gehuisvest=15),
            ]
        ),
        lambda: statushouders.vng_actie_voor("Utrecht", peildatum=date(2026, 6, 1)),
        lambda: statushouders.vng_actie_aantallen(date(2026, 6, 1)),
        lambda: statushouders.voorrangsverbod(date(2026, 6, 1)),
        lambda: statushouders.nareizigers_tellen_mee("2025-H2"),
        lambda: statushouders.taakstelling_voor("Utrecht", "2025-H2"),
        lambda: spreidingswet.stand(
            [besluit],
            [spreidingswet.Realisatie(gemeentecode="GM0363", peildatum=date(2025, 6, 1), plaatsen=50)],
            date(2025, 7, 1),
        ),
    ]
    results = []
    for call in calls:
        with contextlib.suppress(AsielketenError):  # a corpus entry less; the fuzzing still runs
            results.append(call())
    return results


def _harvest(obj: object, found: dict[type, dict[str, object]], depth: int = 0) -> None:
    if depth > 12:
        return
    if attrs.has(type(obj)):
        per_type = found.setdefault(type(obj), {})
        key = repr(obj)[:2000]
        if key in per_type:
            return
        if len(per_type) < 8:
            per_type[key] = obj
        for f in attrs.fields(type(obj)):  # type: ignore[arg-type]
            if f.init:
                _harvest(getattr(obj, f.name), found, depth + 1)
    elif isinstance(obj, list | tuple | set | frozenset):
        for item in list(obj)[:20]:
            _harvest(item, found, depth + 1)
    elif isinstance(obj, dict):
        for item in list(obj.values())[:20]:
            _harvest(item, found, depth + 1)


def _corpus() -> dict[str, list[Any]]:
    """Valid JSON documents of the public types, from real results of the public API.

    Single corruptions of a valid document reach every validator one at a time (and are cheap:
    one error each); types no result contains are fuzzed from :func:`plausible` bases only.
    """
    from asielketen.serialization import unstructure

    from .test_integrity import PROBES

    found: dict[type, dict[str, object]] = {}
    for probe in PROBES.values():
        _harvest(probe(), found)
    for result in _extra_results():
        _harvest(result, found)
    docs: dict[str, list[Any]] = {}
    for name, tp in TYPES.items():
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            docs[name] = [m.value for m in tp]
            continue
        if _is_union(tp):
            objects = [o for cls, os in found.items() if cls in typing.get_args(tp) for o in os.values()]
        else:
            objects = list(found.get(tp, {}).values())
        docs[name] = [d for d in (_small(unstructure(o, tp), tp) for o in objects) if d is not None]
    return docs


def _shorten(value: Any) -> Any:
    if isinstance(value, list):
        return [_shorten(v) for v in value[:3]]
    if isinstance(value, dict):
        return {k: _shorten(v) for k, v in value.items()}
    return value


def _small(doc: Any, tp: Any) -> Any:
    """The document with every list cut to three items, if that is still valid, else the document
    if it is small; ``None`` for a large document that cannot be cut (e.g. the whole register)."""
    for candidate in (_shorten(doc), doc):
        if len(json.dumps(candidate)) <= 20_000 and documented_only(structure, candidate, tp) is None:
            return candidate
    return None


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Any]]:
    """:func:`_corpus`, built once."""
    return _corpus()


MAX_BASES = 50
"""Hypothesis bases per entry point at most; each gives up to 100 inputs, until :data:`EXAMPLES`."""


def fuzz_entry_point(
    strategy: st.SearchStrategy[_B],
    variants: Callable[[_B, int], list[_V]],
    feed: Callable[[_V, int], None],
    docs: Sequence[_B] = (),
) -> int:
    """Feed :data:`EXAMPLES` inputs to one entry point; returns how many were fed.

    The inputs are the variants (single corruptions) of real documents ``docs`` (up to three
    quarters), then of Hypothesis bases drawn from ``strategy``. Only a small input space (an
    enum, a command with one option) runs out first: then Hypothesis stops early and every
    variant of every base was fed.

    The first input that fails is reported with its exception (chained); the failure is kept out
    of Hypothesis, which would otherwise replay a base after the count was reached.
    """
    fed = 0
    failures: list[tuple[_V, Exception]] = []

    def feed_all(base: _B, limit: int) -> None:
        nonlocal fed
        for value in variants(base, limit):
            if failures:
                return
            try:
                feed(value, fed)
            except Exception as exc:  # reported below, with the input
                failures.append((value, exc))
            fed += 1

    for i, doc in enumerate(docs):
        feed_all(doc, max(-(-(EXAMPLES * 3 // 4 - fed) // (len(docs) - i)), 1))
    ran = 0

    @settings(FUZZ, max_examples=MAX_BASES)
    @given(strategy)
    def run(base: _B) -> None:
        nonlocal ran
        ran += 1
        if fed < EXAMPLES and not failures:
            feed_all(base, 100)

    run()
    if failures:
        value, exc = failures[0]
        raise AssertionError(f"input {_kort(value)}: {type(exc).__name__}: {exc}") from exc
    assert fed >= EXAMPLES or ran < MAX_BASES, f"only {fed} inputs"
    return fed


def _kort(value: object, limit: int = 600) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


@pytest.mark.parametrize("name", list(TYPES))
def test_almost_shaped_json_into_each_public_type(name: str, corpus: dict[str, list[Any]]) -> None:
    tp = TYPES[name]
    docs = corpus.get(name, [])
    for doc in docs:
        assert documented_only(structure, doc, tp) is None, name  # a real document is accepted
    fuzz_entry_point(plausible(tp), mutations, lambda value, i: _structure_one(value, tp, i), docs)


@pytest.mark.parametrize("limit", [-1, 0, 1, 2, 5])
def test_variants_are_at_most_limit_and_a_limit_of_one_keeps_the_base(limit: int) -> None:
    """A limit of 1 (the last real document with the dev profile) or less: the base alone."""
    base = {"a": [1, 2], "b": {"c": "x"}}
    assert mutations(base, limit)[0] == base and len(mutations(base, limit)) == max(limit, 1)
    argv = ["gemeente", "Utrecht", "--format", "json"]
    assert argv_mutations(argv, 1, limit)[0] == argv and len(argv_mutations(argv, 1, limit)) == max(limit, 1)


PATHOLOGICAL = {
    "deep list": "[" * 100_000 + "]" * 100_000,
    "deep object": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "unclosed": "[" * 100_000,
    "long int": "1" * 5000,
    "long negative int": "-" + "9" * 4301,
    "long float": "1e999999",
    "long string": '"' + "x" * 200_000 + '"',
}
"""Texts too long to print: the strategy draws their names (so a failure report stays short)."""

raw_texts = (
    st.text(max_size=40)
    | st.binary(max_size=40)
    | st.sampled_from(["", "NaN", "-Infinity", '"\\ud800"', "\ufeff{}", "{}", "[]", "null", "\x00", "1e999"])
    | st.sampled_from([b"\xff\xfe{", b"\xef\xbb\xbf{}", b"\x80", b"\x00\x00\x00["])
    | st.sampled_from(sorted(PATHOLOGICAL)).map(lambda naam: ("pathological", naam))
)


@FUZZ
@given(raw_texts, st.sampled_from(list(TYPES.values())))
def test_malformed_json_text_into_from_json(text: str | bytes | tuple[str, str], tp: Any) -> None:
    tekst = PATHOLOGICAL[text[1]] if isinstance(text, tuple) else text
    documented_only(from_json, tekst, tp)


@pytest.mark.parametrize("naam", sorted(PATHOLOGICAL))
def test_pathological_json_is_a_structure_error_for_every_type(naam: str) -> None:
    for tp in TYPES.values():
        err = documented_only(from_json, PATHOLOGICAL[naam], tp)
        if naam == "long string" and documented_only(structure, "x", tp) is None:
            continue  # a type that takes a plain text (Tekst, Bericht)
        assert isinstance(err, StructureError), (naam, tp)


# --------------------------------------------------------------------------------------------
# 2. Every loader of user files: malformed CSV and JSON
# --------------------------------------------------------------------------------------------

PEIL = date(2025, 1, 1)


def _locaties() -> tuple[Any, ...]:
    from asielketen.opvang import Bestuursovereenkomst, Locatie, Locatiesoort
    from asielketen.periods import Periode

    def loc(lid: str, code: str) -> Locatie:
        ov = Bestuursovereenkomst(periode=Periode(date(2024, 1, 1), None), capaciteit=100)
        return Locatie(
            id=lid, naam=f"azc {lid}", soort=Locatiesoort.AZC, gemeentecode=code, overeenkomsten=[ov]
        )

    return (loc("L1", "GM0363"), loc("L2", "GM0014"))


@attrs.frozen
class Loader:
    """A public function that reads a user file, with the columns (and JSON type) it documents."""

    naam: str
    """Its public name (``module.function`` or ``module.Class.method``)."""
    lees: Callable[[Path], object]
    """Read one file."""
    kolommen: tuple[str, ...]
    """The CSV columns it reads (required and optional)."""
    json_type: Any = None
    """The type of its JSON form, for loaders that also read ``.json``."""


def _loaders() -> tuple[Loader, ...]:
    from asielketen import opvang, spreidingswet, statushouders
    from asielketen.gebied import register

    return (
        Loader(
            "asielketen.gebied.Register.met_inwoners_csv",
            lambda p: register().met_inwoners_csv(p, PEIL),
            ("gemeentecode", "inwoners"),
        ),
        Loader(
            "asielketen.spreidingswet.lees_ses_csv",
            lambda p: spreidingswet.lees_ses_csv(p, peildatum=PEIL),
            ("gemeentecode", "ses_woa", "ses_woa_totaalscore"),
        ),
        Loader(
            "asielketen.spreidingswet.lees_verdeelbesluiten",
            spreidingswet.lees_verdeelbesluiten,
            ("provinciecode", "ramingsjaar", "bekendgemaakt", "gemeentecode", "plaatsen", "amv"),
            list[spreidingswet.Verdeelbesluit],
        ),
        Loader(
            "asielketen.spreidingswet.lees_realisaties",
            spreidingswet.lees_realisaties,
            ("gemeentecode", "peildatum", "plaatsen"),
        ),
        Loader(
            "asielketen.statushouders.met_netwerken_csv",
            lambda p: statushouders.met_netwerken_csv(p, peildatum=PEIL),
            ("netwerk", "gemeentecode", "gemeentenaam"),
        ),
        Loader(
            "asielketen.opvang.lees_locaties",
            opvang.lees_locaties,
            ("locatie_id", "naam", "soort", "gemeente", "van", "tot", "capaciteit", "kenmerk"),
            list[opvang.Locatie],
        ),
        Loader(
            "asielketen.opvang.lees_bezetting",
            lambda p: opvang.lees_bezetting(p, _locaties()),
            ("locatie_id", "datum", "personen"),
            list[opvang.Bezetting],
        ),
        Loader(
            "asielketen.opvang.lees_nachten",
            opvang.lees_nachten,
            ("datum", "personen"),
            list[opvang.Nachttelling],
        ),
    )


LOADERS = _loaders()


def _file_readers() -> set[str]:
    """Every public function or method that takes a file path (a parameter named ``pad``)."""
    import inspect

    found = set()
    for name, obj in _public_objects():
        members = [(name, obj)]
        if inspect.isclass(obj):
            members = [(f"{name}.{k}", v) for k, v in vars(obj).items() if inspect.isfunction(v)]
        for member_name, member in members:
            if inspect.isfunction(member) and "pad" in inspect.signature(member).parameters:
                found.add(member_name)
    return found


def test_every_file_reader_is_fuzzed() -> None:
    assert _file_readers() == {lo.naam for lo in LOADERS}


_DATES = ["2025-01-01", "2024-07-01", "2026-03-26", "0001-01-01", "9999-12-31"]
_COUNTS = ["0", "1", "100", "342", "1000000", str(10**12)]
CELLS: dict[str, list[str]] = {
    "gemeentecode": ["GM0363", "GM0014", "GM1966", "gm0363", " GM0518 "],
    "provinciecode": ["PV27", "PV20", "PV23"],
    "inwoners": _COUNTS,
    "plaatsen": _COUNTS,
    "amv": ["", *_COUNTS],
    "capaciteit": _COUNTS,
    "personen": ["0", "1999", "2000", "2001", "10000", str(10**12)],
    "ramingsjaar": ["2024", "2026", "1", "9996"],
    "bekendgemaakt": _DATES,
    "peildatum": _DATES,
    "datum": _DATES,
    "van": _DATES,
    "tot": ["", *_DATES],
    "ses_woa": ["0", "0.25", "-0,5", "-0.99", "3"],
    "ses_woa_totaalscore": ["0", "0.1", "-0.2"],
    "netwerk": ["G4", "G40", "M50", "R8", "P10", "K80"],
    "gemeentenaam": ["", "Amsterdam", "Het Hogeland", "Den Haag"],
    "gemeente": ["GM0363", "Amsterdam", "Het Hogeland", "Bergen"],
    "locatie_id": ["L1", "L2", "L3"],
    "naam": ["azc L1", "azc L2", "x"],
    "soort": ["azc", "noodopvang", "hotel", "amv-opvang"],
    "kenmerk": ["", "K-1"],
}
"""Plausible cells per column: the bases the mutations below corrupt."""

WRONG_CELLS = [
    "",
    " ",
    "-1",
    "1.5",
    "1e999999999",
    "NaN",
    "Infinity",
    "²",
    "١٢",
    "9" * 5000,
    "2025-02-30",
    "0000-01-01",
    "GM9999",
    "x",
    '"',
    "a,b",
    "a\nb",
    "\x00",
    "é",
    "\ud800",
]
"""Wrong cells: empty, negative, huge, non-ASCII digits, bad dates, unknown codes, CSV syntax, a lone
surrogate (written with ``surrogatepass``, so the file is not valid UTF-8)."""


def csv_tables(loader: Loader) -> st.SearchStrategy[list[dict[str, str]]]:
    """Plausible rows for a loader's columns (cheap: one draw per cell)."""
    row = st.fixed_dictionaries({k: st.sampled_from(CELLS[k]) for k in loader.kolommen})
    return st.lists(row, min_size=1, max_size=3)


def _csv_text(header: list[str], rows: list[list[str]], delimiter: str = ",", eol: str = "\n") -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=eol)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def csv_mutations(rows: list[dict[str, str]], limit: int) -> list[bytes]:
    """The base CSV and up to ``limit - 1`` malformed variants of it.

    Always: no file content, a BOM, UTF-16, Latin-1, stray bytes, NUL, other delimiters and line
    ends, an unterminated quote, truncation, ragged rows, every column dropped, renamed and
    duplicated, a field over the csv module's limit, many rows, and JSON instead of CSV. Then, up
    to ``limit``, an even spread of single cells replaced by each of :data:`WRONG_CELLS`.
    """
    header = list(rows[0])
    table = [[r[k] for k in header] for r in rows]

    def enc(text: str) -> bytes:
        return text.encode("utf-8", "surrogatepass")

    base = _csv_text(header, table)
    b = enc(base)
    variants = [
        b,
        b"",
        b"\xef\xbb\xbf",
        enc(",".join(header) + "\n"),
        b"\xef\xbb\xbf" + b,
        base.encode("utf-16"),
        (base + "é\n").encode("latin-1", "replace"),
        b"\xff\xfe" + b,
        b[: len(b) // 2] + b"\x80" + b[len(b) // 2 :],
        b.replace(b"\n", b"\r\n"),
        b.replace(b"\n", b"\r"),
        b.replace(b"\n", b"\x00\n"),
        enc(_csv_text(header, table, delimiter=";")),
        enc(_csv_text(header, table, delimiter="\t")),
        b[: len(b) // 3],
        b[: 2 * len(b) // 3],
        b + b'"unterminated\n',
        b + enc(",".join("y" * len(header)) + ",extra,cells\n"),
        b + enc(header[0] + "\n"),
        enc(_csv_text(header, [[("x" * 200_000) if j == 0 else c for j, c in enumerate(r)] for r in table])),
        enc(_csv_text(header, table * 300)),
        enc(json.dumps(rows)),
    ]
    for j, kolom in enumerate(header):
        variants.append(enc(_csv_text(header[:j] + header[j + 1 :], [r[:j] + r[j + 1 :] for r in table])))
        variants.append(enc(_csv_text([*header[:j], "x" + kolom, *header[j + 1 :]], table)))
        variants.append(enc(_csv_text([*header, kolom], [[*r, r[j]] for r in table])))
    cells = [(i, j, w) for i in range(len(table)) for j in range(len(header)) for w in WRONG_CELLS]
    room = max(0, limit - len(variants))
    if len(cells) > room:
        cells = [cells[int(k * len(cells) / room)] for k in range(room)] if room else []
    for i, j, w in cells:
        changed = [list(r) for r in table]
        changed[i][j] = w
        variants.append(enc(_csv_text(header, changed)))
    return variants


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory for the fuzzed files (module-scoped: Hypothesis reruns the test body)."""
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("loader", LOADERS, ids=[lo.naam for lo in LOADERS])
def test_malformed_csv_into_each_loader(loader: Loader, scratch: Path) -> None:
    path = scratch / f"{loader.naam}.csv"

    def feed(content: bytes, _: int) -> None:
        path.write_bytes(content)
        documented_only(loader.lees, path)

    fuzz_entry_point(csv_tables(loader), csv_mutations, feed)


@pytest.mark.parametrize("loader", [lo for lo in LOADERS if lo.json_type], ids=lambda lo: lo.naam)
def test_malformed_json_into_each_json_loader(loader: Loader, scratch: Path) -> None:
    path = scratch / f"{loader.naam}.json"

    def feed(value: Any, _: int) -> None:
        path.write_text(json.dumps(value), encoding="utf-8")
        documented_only(loader.lees, path)

    fuzz_entry_point(plausible(loader.json_type), mutations, feed)


SUFFIXES = ["csv", "json", "txt", "CSV", "JSON", ""]


@FUZZ
@given(
    loader=st.sampled_from(LOADERS),
    suffix=st.sampled_from(SUFFIXES),
    content=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
def test_random_bytes_into_every_loader(loader: Loader, suffix: str, content: bytes, scratch: Path) -> None:
    path = scratch / f"random.{suffix}"
    path.write_bytes(content)
    documented_only(loader.lees, path)


@pytest.mark.parametrize("loader", LOADERS, ids=[lo.naam for lo in LOADERS])
def test_missing_file_and_directory_are_documented_errors(loader: Loader, scratch: Path) -> None:
    for pad in (scratch / "bestaat-niet.csv", scratch, scratch / "bestaat-niet.json"):
        err = documented_only(loader.lees, pad)
        assert err is not None and str(pad) in str(err)


def _fifo(folder: Path) -> Path:
    pad = folder / "fifo.csv"
    if not pad.exists():
        os.mkfifo(pad)  # no writer ever opens it: reading it would wait forever
    return pad


def _te_groot(folder: Path) -> Path:
    from asielketen import _bestanden

    pad = folder / "te-groot.csv"
    with pad.open("wb") as f:  # sparse: one byte over the limit costs no disk
        f.truncate(_bestanden.GROOTSTE_BESTAND + 1)
    return pad


def _niet_utf8_naam(folder: Path) -> Path:
    pad = Path(os.fsdecode(bytes(folder) + b"/inwoners-\xe9\xff.csv"))
    pad.write_bytes(b"datum,personen\n")
    return pad


SPECIAL_FILES: dict[str, Callable[[Path], Path | str]] = {
    "directory": lambda folder: folder,
    "fifo without a writer": _fifo,
    "/dev/zero": lambda _: "/dev/zero",
    "/dev/null": lambda _: "/dev/null",
    "/proc/self/environ": lambda _: "/proc/self/environ",
    "/proc/self/mem": lambda _: "/proc/self/mem",
    "one byte over the size limit": _te_groot,
    "a name that is not UTF-8": _niet_utf8_naam,
    "a NUL in the path": lambda folder: str(folder / "a\x00b.csv"),
    "an empty path": lambda _: "",
}
"""Paths no loader may hang on, fill memory with or echo: each a documented error or a result.
New attacks on the file boundary are new rows here."""

GEHEIM = "ASIELKETEN_GEHEIM_VOOR_DE_TEST"


@pytest.mark.parametrize("soort", sorted(SPECIAL_FILES))
@pytest.mark.parametrize("loader", LOADERS, ids=[lo.naam for lo in LOADERS])
def test_special_files_into_each_loader(
    loader: Loader, soort: str, scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(GEHEIM, "s3cr3t-waarde-die-nooit-in-een-fout-mag-staan")
    from .test_bounds import hang_guard

    pad = SPECIAL_FILES[soort](scratch)
    with hang_guard(20):
        err = documented_only(loader.lees, pad)
    if err is not None:
        tekst = str(err)
        assert "s3cr3t" not in tekst and len(tekst) < 2000, tekst[:300]
        tekst.encode("utf-8")  # printable on a UTF-8 stream: no lone surrogates


# --------------------------------------------------------------------------------------------
# 3. Shipped parameter files: every place of every file corrupted
# --------------------------------------------------------------------------------------------


def _parameter_files() -> list[str]:
    from asielketen import data

    return sorted(
        b.naam
        for b in data.bestanden()
        if b.naam.endswith(".json")
        and isinstance(data.lees_json(b.naam), cabc.Mapping)
        and "parameters" in data.lees_json(b.naam)
    )


PARAMETER_FILES = _parameter_files()


@pytest.mark.parametrize("bestand", PARAMETER_FILES)
def test_corrupted_parameter_file_is_a_data_integrity_error(
    bestand: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asielketen import data, parameters
    from asielketen.errors import DataIntegrityError

    original = json.loads(data.lees_bytes(bestand))  # plain dicts and lists: lees_json's are read-only
    variants = mutations(original, max(EXAMPLES // len(PARAMETER_FILES), 100))
    lees_json = data.lees_json  # the other files (the source registry) stay intact
    for value in variants:
        monkeypatch.setattr(
            data, "lees_json", lambda naam, value=value: value if naam == bestand else lees_json(naam)
        )
        err = documented_only(parameters.laad_parameters.__wrapped__, bestand)
        assert err is None or (isinstance(err, DataIntegrityError) and bestand in str(err)), err


# --------------------------------------------------------------------------------------------
# 4. The command line: arbitrary arguments into every (sub)subcommand
# --------------------------------------------------------------------------------------------


def _commands(parser: argparse.ArgumentParser) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """Every command path (``("gemeente",)``, ``("opvang", "overzicht")`` …) with its parser."""
    found: dict[tuple[str, ...], argparse.ArgumentParser] = {}

    def walk(p: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found[path] = p
            return
        for name, child in subs[0].choices.items():
            walk(child, (*path, name))

    walk(parser, ())
    return found


COMMANDS = _commands(build_parser())


def test_every_subcommand_is_fuzzed() -> None:
    assert {path[0] for path in COMMANDS} == set(SUBCOMMANDS)
    assert ("opvang", "dwangsom") in COMMANDS and ("oekraine", "vergoeding") in COMMANDS


FILE_TOKEN = "@"
"""Argument values starting with this name a file of :func:`cli_files` (made per test run)."""

ARG_POOLS: dict[str, list[str]] = {
    "date_arg": [
        "2025-06-30",
        "2026-01-01",
        "2026-06-01",
        "2024-01-01",
        "0001-01-01",
        "9999-12-31",
        "2025-02-30",
    ],
    "_halfjaar_arg": ["2025-H2", "2026-H1", "2024-H1", "0001-H1", "9998-H2", "9999-H2", "2025-H3"],
    "number": ["0", "1", "3", "5", "100", "1000", "2001", "-1", str(10**12), "1e3", "x"],
    "amount": ["0", "12.50", "1,5", "5000000", "-1", "1e999999", "NaN", "Infinity", str(10**20)],
    "name": ["Utrecht", "Het Hogeland", "GM0363", "den haag", "Bergen", "Amsterdm", "", "x" * 300],
    "file": [
        "@ses.csv",
        "@inwoners.csv",
        "@netwerken.csv",
        "@locaties.csv",
        "@locaties.json",
        "@bezetting.csv",
        "@nachten.csv",
        "@nachten.json",
        "@kapot.csv",
        "@kapot.json",
        "@leeg.csv",
        "@bestaat-niet.csv",
        "@.",
    ],
}
_TYPE_POOL = {
    "date_arg": "date_arg",
    "_halfjaar_arg": "_halfjaar_arg",
    "_non_negative": "number",
    "_aantal": "number",
    "_aantal_arg": "number",
    "_positief": "number",
    "_personen": "number",
    "_bedrag": "amount",
    "_bedrag_arg": "amount",
}
WRONG_ARGS = [
    "",
    "-",
    "--",
    "-1",
    "0",
    "9" * 5000,
    "1e12",
    "2025-02-30",
    "0001-01-01",
    "9999-12-31",
    "9999-H2",
    "x",
    "é",
    "\x00",
    "--format",
    "json",
    "--peildatum=9999-12-31",
    "--help",
    "@kapot.csv",
    "@bestaat-niet.csv",
]


def _pool(action: argparse.Action) -> list[str]:
    if action.choices is not None:
        return [str(c) for c in action.choices]
    soort = _TYPE_POOL.get(getattr(action.type, "__name__", ""))
    if soort is not None:
        return ARG_POOLS[soort]
    if "CSV" in (action.help or "") or action.metavar == "PAD":
        return ARG_POOLS["file"]
    if action.type is not None:  # an argument type this test does not know yet: everything
        return [v for pool in ARG_POOLS.values() for v in pool]
    return ARG_POOLS["name"]


def argvs(path: tuple[str, ...], parser: argparse.ArgumentParser) -> st.SearchStrategy[list[str]]:
    """Plausible argument lists for one command: its required options, some optional ones."""
    parts: list[st.SearchStrategy[list[str]]] = [st.just(list(path))]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        values = st.sampled_from(_pool(action)) if action.nargs != 0 else st.just("")
        if not action.option_strings:
            parts.append(values.map(lambda v: [v]))
            continue
        option = st.sampled_from(action.option_strings)
        pair = st.tuples(option, values).map(lambda ov: [ov[0]] if ov[1] == "" else list(ov))
        parts.append(pair if action.required else (pair | st.just([])))
    return st.tuples(*parts).map(lambda lists: [a for part in lists for a in part])


def argv_mutations(argv: list[str], start: int, limit: int) -> list[list[str]]:
    """The argument list and up to ``limit - 1`` variants: every argument after the command
    dropped, doubled and replaced by each of :data:`WRONG_ARGS`; and some appended."""
    variants = [argv]
    for i in range(start, len(argv)):
        variants.append(argv[:i] + argv[i + 1 :])
        variants.append(argv[: i + 1] + argv[i:])
        variants.extend([*argv[:i], w, *argv[i + 1 :]] for w in WRONG_ARGS)
    variants.extend([*argv, w] for w in WRONG_ARGS)
    variants.append(argv[:start])
    keep = max(limit - 1, 0)  # variants besides the argument list; none for a limit of 1 or less
    if len(variants) - 1 > keep:
        variants = [variants[0]] + [variants[1 + int(k * (len(variants) - 1) / keep)] for k in range(keep)]
    return variants


def cli_files(folder: Path) -> None:
    """Write the files the ``@name`` arguments refer to: valid ones and broken ones."""
    from asielketen.gebied import register

    codes = [g.code for g in register().gemeenten]
    (folder / "ses.csv").write_text("gemeentecode,ses_woa\n" + "".join(f"{c},0.1\n" for c in codes))
    (folder / "inwoners.csv").write_text("gemeentecode,inwoners\n" + "".join(f"{c},1000\n" for c in codes))
    (folder / "netwerken.csv").write_text("netwerk,gemeentecode\nG4,GM0363\nM50,GM0014\n")
    (folder / "locaties.csv").write_text(
        "locatie_id,naam,soort,gemeente,van,tot,capaciteit\n"
        "L1,azc L1,azc,GM0363,2024-01-01,,400\nL2,azc L2,noodopvang,Het Hogeland,2025-01-01,2027-01-01,100\n"
    )
    (folder / "locaties.json").write_text(to_json(list(_locaties()), list[Any]))
    (folder / "bezetting.csv").write_text("locatie_id,datum,personen\nL1,2025-06-30,430\nL2,2026-01-01,50\n")
    (folder / "nachten.csv").write_text("datum,personen\n2025-06-01,1999\n2025-06-02,2400\n")
    (folder / "nachten.json").write_text('[{"datum": "2025-06-01", "personen": 2100}]')
    (folder / "kapot.csv").write_bytes(b'\xff\xfe\x00garbage;;\n"')
    (folder / "kapot.json").write_text("[" * 10_000)
    (folder / "leeg.csv").write_bytes(b"")


class _Memo:
    """A command's handler that runs once per distinct set of parsed arguments, then replays.

    The same arguments give the same output (``tests/test_determinism.py`` checks that), so a
    repeat only costs time; parsing, dispatch and the error handling of ``main`` still run.
    """

    def __init__(self, func: Callable[[argparse.Namespace], int]) -> None:
        self.func = func
        self.seen: dict[str, tuple[str, Any, str, str]] = {}

    def __call__(self, args: argparse.Namespace) -> int:
        import contextlib
        import io

        key = repr(sorted((k, repr(v)) for k, v in vars(args).items() if k != "func"))
        if key not in self.seen:
            out, err = io.StringIO(), io.StringIO()
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    self.seen[key] = ("return", self.func(args), "", "")
            except BaseException as exc:  # replayed below, exactly as raised
                self.seen[key] = ("raise", exc, "", "")
            kind, value, _, _ = self.seen[key]
            self.seen[key] = (kind, value, out.getvalue(), err.getvalue())
        kind, value, out_text, err_text = self.seen[key]
        sys.stdout.write(out_text)
        sys.stderr.write(err_text)
        if kind == "raise":
            raise value
        return int(value)


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[list[str]], tuple[int, str, str]]]:
    """Run ``asielketen.cli.main(argv)`` in-process: (exit status, stdout, stderr).

    The parser is built once (building it is most of the cost of a refused argument list) and
    every handler is a :class:`_Memo`.
    """
    import contextlib
    import io

    import asielketen.cli

    folder = tmp_path_factory.mktemp("cli")
    cli_files(folder)
    parser = build_parser()
    for leaf in _commands(parser).values():
        leaf.set_defaults(func=_Memo(leaf.get_default("func")))

    def run(argv: list[str]) -> tuple[int, str, str]:
        argv = [str(folder / a[1:]) if a.startswith(FILE_TOKEN) else a for a in argv]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code: object = main(argv)
            except SystemExit as exc:  # argparse: its status
                code = exc.code
        return (code if isinstance(code, int) else -1), out.getvalue(), err.getvalue()

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(asielketen.cli, "build_parser", lambda: parser)
        yield run


def check_cli(argv: list[str], code: int, out: str, err: str) -> None:
    """Exit status 0 or 2; on 2 exactly one line on stderr, starting ``asielketen:``."""
    assert code in (0, 2), (argv, code, err[-2000:])
    assert "Traceback" not in err and "Traceback" not in out, argv
    if code == 2:
        assert err.count("\n") == 1 and err.endswith("\n"), (argv, err[-2000:])
        assert err.startswith("asielketen:"), (argv, err)


@pytest.mark.parametrize("path", list(COMMANDS), ids=[" ".join(p) for p in COMMANDS])
def test_arbitrary_arguments_into_each_command(
    path: tuple[str, ...], cli: Callable[[list[str]], tuple[int, str, str]]
) -> None:
    fuzz_entry_point(
        argvs(path, COMMANDS[path]),
        lambda argv, limit: argv_mutations(argv, len(path), limit),
        lambda argv, _: check_cli(argv, *cli(argv)),
    )


_ALL_TOKENS = sorted(
    {s for path, p in COMMANDS.items() for s in path}
    | {o for p in COMMANDS.values() for a in p._actions for o in a.option_strings}
    | {v for pool in ARG_POOLS.values() for v in pool}
    | set(WRONG_ARGS)
)


@FUZZ
@given(argv=st.lists(st.sampled_from(_ALL_TOKENS) | st.text(max_size=8), max_size=8))
def test_arbitrary_token_lists(cli: Callable[[list[str]], tuple[int, str, str]], argv: list[str]) -> None:
    check_cli(argv, *cli(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["spreiding", "--behoefte", "abc"],
        ["gemeente", "Utrecht", "--peildatum", "9999-12-31"],
        ["statushouders", "--halfjaar", "9999-H2"],
        ["oekraine", "vergoeding", "--plaatsen", "1", "--van", "2025-03-01", "--tot", "2025-01-01"],
        ["opvang", "dwangsom", "--nachten", "/bestaat/niet.csv"],
    ],
)
def test_real_process_never_shows_a_traceback(argv: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "asielketen", *argv], capture_output=True, text=True, check=False, timeout=60
    )
    check_cli(argv, proc.returncode, proc.stdout, proc.stderr)
    assert proc.returncode == 2
