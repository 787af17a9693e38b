"""Speed work of issue 10: every fast path gives exactly what the full rule or the full path gives.

- ``verdeel_aantallen`` / ``taakstelling_aantallen`` (the sweep's fast paths) equal the numbers of
  ``verdeel`` / ``taakstellingen``, for every method, with and without SES-WOA scores;
- the records ``verdeel`` builds without the constructor (``spreidingswet/_records.py``) equal
  records built with it from the plain rule, and their hand-written JSON, both ways, equals the
  converter's JSON of the shape the class declares; the legal rounding's integer formula is
  rounding the exact quotum half up; the register's columns (``_kolommen.py``) are the register's;
- the converter's fast paths (records read from our own JSON, ``tuple[X, ...]``, ``X | None``) give
  the same objects as cattrs' own functions, and for bad data the same complete error report.

No timing here: the speed itself is measured by ``python benchmarks/run.py``.
"""

from __future__ import annotations

import json
import math
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from asielketen import strategies as ast
from asielketen.errors import InvalidInputError, StructureError
from asielketen.explain import DatasetVersie
from asielketen.gebied import Gemeente, Inwonertal, Netwerk, Provincie, Register, Veiligheidsregio, register
from asielketen.serialization import converter, from_json, structure, to_json, unstructure
from asielketen.spreidingswet import (
    GemeenteVerdeling,
    Methode,
    ProvincieVerdeling,
    SesScore,
    SesWoa,
    verdeel,
    verdeel_aantallen,
    wegingsgewichten,
)
from asielketen.spreidingswet._afronding import afronden
from asielketen.spreidingswet._kolommen import kolommen
from asielketen.spreidingswet._records import (
    _VELDEN,
    _GemeenteVerdelingJson,
    _lees,
    _naar_vorm,
    _schrijf,
    _uit_vorm,
)
from asielketen.statushouders import (
    Taakstellingsregel,
    taakstelling_aantallen,
    taakstelling_formule,
    taakstellingen,
)

J2024 = date(2024, 1, 1)
RAMING = date(2024, 1, 31)


def _register(inwoners: list[int]) -> Register:
    """A small register of ``len(inwoners)`` gemeenten in two provinces, sorted by code."""
    return Register(
        gemeenten=tuple(
            Gemeente(
                code=f"GM{i + 1:04d}",
                naam=f"Gemeente {i + 1}",
                provinciecode="PV20" if i % 3 else "PV21",
                veiligheidsregiocode="VR01",
                inwoners=(Inwonertal(peildatum=J2024, aantal=n, bron="gebruiker:test"),),
            )
            for i, n in enumerate(inwoners)
        ),
        provincies=(Provincie(code="PV20", naam="Noord"), Provincie(code="PV21", naam="Zuid")),
        veiligheidsregios=(Veiligheidsregio(code="VR01", naam="Regio"),),
    )


_scores = st.integers(-999, 2000).map(lambda n: Decimal(n).scaleb(-3))
_inwoners = st.lists(st.integers(0, 10**6), min_size=1, max_size=25).filter(lambda xs: sum(xs) > 0)


@settings(max_examples=100)
@given(
    inwoners=_inwoners,
    data=st.data(),
    bo=st.integers(0, 50_000),
    methode=st.sampled_from(list(Methode)),
    amv_deel=st.integers(0, 12),
)
def test_verdeel_aantallen_equals_verdeel(
    inwoners: list[int], data: st.DataObject, bo: int, methode: Methode, amv_deel: int
) -> None:
    reg = _register(inwoners)
    ses = data.draw(st.none() | st.lists(_scores, min_size=len(inwoners), max_size=len(inwoners)))
    amv = bo * amv_deel // 12
    ses_woa = (
        None
        if ses is None
        else SesWoa(scores=[SesScore(g.code, s) for g, s in zip(reg.gemeenten, ses, strict=True)], bron="t")
    )
    s = verdeel(bo, peildatum=RAMING, amv=amv, ses=ses_woa, methode=methode, reg=reg).waarde
    gewichten = wegingsgewichten(inwoners, ses)
    assert verdeel_aantallen(bo, gewichten, methode=methode) == tuple(g.plaatsen for g in s.gemeenten)
    assert verdeel_aantallen(amv, gewichten, methode=methode) == tuple(g.amv for g in s.gemeenten)
    # the weights are exact: each record's quotum is BO × weight / Σ weights
    assert [g.quotum for g in s.gemeenten] == [Fraction(bo * w, sum(gewichten)) for w in gewichten]
    # TWf · In = Σ (SES-WOA + 1) · iG
    factoren = [Fraction(1)] * len(inwoners) if ses is None else [Fraction(x) + 1 for x in ses]
    assert s.twf * sum(inwoners) == sum(f * i for f, i in zip(factoren, inwoners, strict=True))


@settings(max_examples=25)  # each example distributes over all 342 gemeenten (twice)
@given(bo=st.integers(0, 250_000), seed=st.integers(0, 10**6))
def test_verdeel_aantallen_equals_verdeel_on_the_shipped_register(bo: int, seed: int) -> None:
    import random

    rng = random.Random(seed)
    gemeenten = register().gemeenten
    scores = [Decimal(rng.randint(-600, 600)).scaleb(-3) for _ in gemeenten]
    ses = SesWoa(scores=[SesScore(g.code, s) for g, s in zip(gemeenten, scores, strict=True)], bron="t")
    inwoners = [g.inwoners_op(J2024).aantal for g in gemeenten]
    for sleutel, gewichten in ((None, inwoners), (ses, wegingsgewichten(inwoners, scores))):
        s = verdeel(bo, peildatum=RAMING, ses=sleutel).waarde
        assert verdeel_aantallen(bo, gewichten) == tuple(g.plaatsen for g in s.gemeenten)


def test_verdeel_aantallen_by_hand_and_bad_input() -> None:
    # Besluit art. 2.1 lid 3 worked example of test_spreidingswet: 34.375 → 34, 50, 15.625 → 16
    gewichten = wegingsgewichten([1000, 2000, 500], [Decimal("0.1"), Decimal("-0.2"), Decimal("0")])
    assert verdeel_aantallen(100, gewichten) == (34, 50, 16)
    assert verdeel_aantallen(3, [10, 10]) == (2, 2)
    assert verdeel_aantallen(0, [0, 0], methode=Methode.HAMILTON) == (0, 0)
    for bad, veld in (([1, -1], "gewichten[1]"), ([1, True], "gewichten[1]"), ([1, 2.0], "gewichten[1]")):
        with pytest.raises(InvalidInputError, match=veld.replace("[", r"\[")):
            verdeel_aantallen(10, bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="behoefte"):
        verdeel_aantallen(-1, [1])
    with pytest.raises(InvalidInputError, match="alle 0"):
        verdeel_aantallen(5, [0, 0])
    with pytest.raises(InvalidInputError, match=r"ses\[0\]"):
        wegingsgewichten([1], [Decimal(-1)])
    with pytest.raises(InvalidInputError, match="ses"):
        wegingsgewichten([1, 2], [Decimal(0)])


@settings(max_examples=100)
@given(inwoners=_inwoners, vg=st.integers(0, 100_000), helft=st.sampled_from(["2025-H1", "2025-H2"]))
def test_taakstelling_aantallen_equals_taakstellingen(inwoners: list[int], vg: int, helft: str) -> None:
    t = taakstellingen(helft, landelijk=vg, reg=_register(inwoners)).waarde
    snel = taakstelling_aantallen(vg, inwoners)
    assert snel == tuple(r.volgens_formule for r in t.gemeenten) == tuple(r.taakstelling for r in t.gemeenten)
    assert list(snel) == [taakstelling_formule(vg, ig, sum(inwoners)) for ig in inwoners]


def test_taakstelling_aantallen_on_the_shipped_register_and_bad_input() -> None:
    t = taakstellingen("2025-H2").waarde
    assert taakstelling_aantallen(t.landelijk_aantal, [r.inwoners for r in t.gemeenten]) == tuple(
        r.taakstelling for r in t.gemeenten
    )
    with pytest.raises(InvalidInputError, match=r"inwoners\[1\]"):
        taakstelling_aantallen(10, [5, -5])
    with pytest.raises(InvalidInputError, match="inwoners"):
        taakstelling_aantallen(10, [0, 0])
    with pytest.raises(InvalidInputError, match="landelijk"):
        taakstelling_aantallen(True, [1])


# -- the records of verdeel ---------------------------------------------------------------------


@settings(max_examples=60)
@given(bo=st.integers(0, 200_000), amv=st.none() | st.integers(0, 1000))
def test_fast_records_equal_constructed_ones(bo: int, amv: int | None) -> None:
    s = verdeel(bo, peildatum=RAMING, amv=None if amv is None else min(amv, bo)).waarde
    for g in s.gemeenten[::17]:
        velden = {n: getattr(g, n) for n in attrs_names()}
        nieuw = GemeenteVerdeling(**velden)
        assert nieuw == g and hash(nieuw) == hash(g) and repr(nieuw) == repr(g)
        # the hand-written JSON is the generated JSON of the public shape
        assert _schrijf(g) == converter.unstructure(g, unstructure_as=_GemeenteVerdelingJson)
        assert _schrijf(g) == converter.unstructure(_naar_vorm(g), _GemeenteVerdelingJson)
        assert structure(json.loads(json.dumps(unstructure(g))), GemeenteVerdeling) == g


@settings(max_examples=100)
@given(
    inwoners=_inwoners,
    data=st.data(),
    bo=st.integers(0, 50_000),
    methode=st.sampled_from(list(Methode)),
    amv_deel=st.none() | st.integers(0, 12),
)
def test_records_of_verdeel_equal_the_plain_rule(
    inwoners: list[int], data: st.DataObject, bo: int, methode: Methode, amv_deel: int | None
) -> None:
    """_records.py's fast path (records filled by map, a shared denominator, no constructor, the
    result without its post-init check) equals the plain rule: each record built by the
    constructor from its quota Fraction(BO × w, Σ w) and its rounded places, the result by its own
    constructor and checks."""
    reg = _register(inwoners)
    ses = data.draw(st.none() | st.lists(_scores, min_size=len(inwoners), max_size=len(inwoners)))
    ses_woa = (
        None
        if ses is None
        else SesWoa(scores=[SesScore(g.code, s) for g, s in zip(reg.gemeenten, ses, strict=True)], bron="t")
    )
    amv = None if amv_deel is None else bo * amv_deel // 12
    s = verdeel(bo, peildatum=RAMING, amv=amv, ses=ses_woa, methode=methode, reg=reg).waarde
    w = wegingsgewichten(inwoners, ses)
    som = sum(w)
    plaatsen = verdeel_aantallen(bo, w, methode=methode)
    amv_plaatsen = None if amv is None else verdeel_aantallen(amv, w, methode=methode)
    plain = tuple(
        GemeenteVerdeling(
            gemeentecode=g.code,
            gemeentenaam=g.naam,
            provinciecode=g.provinciecode,
            inwoners=inwoners[i],
            ses_woa=None if ses is None else ses[i],
            quotum=Fraction(bo * w[i], som),
            plaatsen=plaatsen[i],
            amv_quotum=None if amv is None else Fraction(amv * w[i], som),
            amv=None if amv_plaatsen is None else amv_plaatsen[i],
        )
        for i, g in enumerate(reg.gemeenten)
    )
    assert s.gemeenten == plain
    assert [hash(g) for g in s.gemeenten] == [hash(g) for g in plain]
    assert [repr(g) for g in s.gemeenten] == [repr(g) for g in plain]
    assert [_schrijf(g) for g in s.gemeenten] == [
        converter.unstructure(_naar_vorm(g), _GemeenteVerdelingJson) for g in plain
    ]
    assert evolve(s) == s  # the constructor with its checks accepts the result built without them


@settings(max_examples=200)
@given(
    totaal=st.integers(0, 10**6),
    gewichten=st.lists(st.integers(0, 10**9), min_size=1, max_size=30).filter(lambda ws: sum(ws) > 0),
)
def test_the_legal_rounding_is_half_up_of_the_exact_quotum(totaal: int, gewichten: list[int]) -> None:
    """Besluit art. 2.1 lid 3, "rekenkundig afgerond": the integer formula of afronden equals
    rounding each exact quotum BO × w / Σ w half up (ADR 0002)."""
    som = sum(gewichten)
    plain = [math.floor(Fraction(totaal * w, som) + Fraction(1, 2)) for w in gewichten]
    assert afronden(Methode.WET, totaal, gewichten, som) == plain


@settings(max_examples=50)
@given(inwoners=_inwoners, seed=st.integers(0, 10**6))
def test_register_columns_equal_the_register(inwoners: list[int], seed: int) -> None:
    """The columns kept per register (_kolommen.py) are the register's gemeenten by code."""
    import random

    reg = _register(inwoners)
    gemeenten = list(reg.gemeenten)
    random.Random(seed).shuffle(gemeenten)
    geschud = evolve(reg, gemeenten=tuple(gemeenten))
    for r in (reg, geschud):
        k = kolommen(r)
        assert kolommen(r) is k  # kept while the register lives
        op_code = sorted(r.gemeenten, key=lambda g: g.code)
        assert k.codes == tuple(g.code for g in op_code)
        assert k.inwoners_op(J2024) == tuple(g.inwoners_op(J2024).aantal for g in op_code)
        for pv in ("PV20", "PV21"):
            verwacht = sum(g.inwoners_op(J2024).aantal for g in op_code if g.provinciecode == pv)
            assert k.sommen(pv, k.inwoners_op(J2024)) == (verwacht,)


def attrs_names() -> tuple[str, ...]:
    return _VELDEN


def test_records_compare_by_exact_value_and_refuse_inexact_quota() -> None:
    a = GemeenteVerdeling(
        gemeentecode="GM0001",
        gemeentenaam="A",
        provinciecode="PV20",
        inwoners=1,
        ses_woa=None,
        quotum=Fraction(6, 8),
        plaatsen=1,
        amv_quotum=Fraction(1, 3),
        amv=0,
    )
    assert a.quotum == Fraction(3, 4) and a.amv_quotum == Fraction(1, 3)
    assert "quotum=Fraction(3, 4)" in repr(a)
    with pytest.raises(InvalidInputError, match="quotum"):
        GemeenteVerdeling(
            gemeentecode="GM0001",
            gemeentenaam="A",
            provinciecode="PV20",
            inwoners=1,
            ses_woa=None,
            quotum=0.75,  # type: ignore[arg-type]
            plaatsen=1,
        )


_json_waarden: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.text(max_size=8)
    | st.sampled_from(["1/2", "6/8", "-1/2"]),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=3),
    max_leaves=8,
)
_breuken = st.sampled_from(
    ["3/4", "6/8", " 3/4", "+3/4", "-3/4", "3/0", "1.5", "7", "0", "x", "9" * 5000, 3, True]
)


@given(
    quotum=_breuken,
    amv_quotum=st.none() | _breuken,
    inwoners=st.sampled_from([5, "5", -1, True, None]),
    ses=st.sampled_from([None, "0.1", "x", 0.1, "NaN"]),
    weg=st.sampled_from([None, "amv", "plaatsen"]),
    extra=st.none() | _json_waarden,
)
def test_record_json_fast_path_equals_full_path(
    quotum: Any, amv_quotum: Any, inwoners: Any, ses: Any, weg: str | None, extra: Any
) -> None:
    data: dict[str, Any] = {
        "gemeentecode": "GM0001",
        "gemeentenaam": "A",
        "provinciecode": "PV20",
        "inwoners": inwoners,
        "ses_woa": ses,
        "quotum": quotum,
        "plaatsen": 2,
        "amv_quotum": amv_quotum,
        "amv": 1,
    }
    if weg is not None:
        del data[weg]
    if extra is not None:
        data["extra"] = extra
    try:
        full: Any = converter.structure(data, _GemeenteVerdelingJson)
        verwacht: Any = _uit_vorm(full)
    except Exception as exc:
        verwacht = type(exc)
    try:
        snel = _lees(data)
    except Exception:
        snel = None
    if snel is not None:  # the fast path only answers what the full path answers the same way
        assert snel == verwacht
    try:
        gekregen: Any = structure(data, GemeenteVerdeling)
    except StructureError:
        gekregen = "error"
    assert gekregen == (verwacht if isinstance(verwacht, GemeenteVerdeling) else "error")


# -- the converter's fast paths -------------------------------------------------------------------


def _report(kind: Any, data: Any) -> Any:
    try:
        return structure(data, kind)
    except StructureError as exc:
        return ("error", exc.fouten)


def _cattrs_report(kind: Any, data: Any) -> Any:
    """The same through cattrs' own generated function for the class (no fast path at the top)."""
    from cattrs.errors import BaseValidationError

    from asielketen.serialization._fouten import fouten as _fouten

    try:
        return converter.gen_structure_attrs_fromdict(kind)(data, kind)
    except BaseValidationError as exc:
        return ("error", tuple(f.tekst() for f in _fouten(exc)))


_waarden: st.SearchStrategy[Any] = (
    st.sampled_from([True, False, None, 1.5, "x", "", -1, 0, "7", " 7", [], {}]) | _json_waarden
)


def _varianten(data: dict[str, Any], waarde: Any) -> list[dict[str, Any]]:
    """The document as it is, and with ``waarde`` in each field in turn, one field added or left out,
    and ``waarde`` one level down."""
    uit = [data]
    for veld in data:
        uit.append({**data, veld: waarde})
        uit.append({k: v for k, v in data.items() if k != veld})
        v = data[veld]
        if isinstance(v, list) and v and isinstance(v[0], dict):
            uit.extend({**data, veld: [{**v[0], k: waarde}, *v[1:]]} for k in v[0])
        elif isinstance(v, list):
            uit.append({**data, veld: [*v, waarde]})
    uit.append({**data, "zomaar": waarde})
    return uit


@settings(max_examples=40)  # each example checks every field, so some 15 documents
@given(gemeente=ast.gemeente_objecten(), waarde=_waarden)
def test_record_fast_path_equals_cattrs(gemeente: Gemeente, waarde: Any) -> None:
    data = json.loads(to_json(gemeente))
    assert structure(data, Gemeente) == gemeente
    for variant in _varianten(data, waarde):
        assert _report(Gemeente, variant) == _cattrs_report(Gemeente, variant)


def _voorbeelden() -> list[tuple[Any, object]]:
    """Records of classes with and without field validators, as our own rules build them."""
    s = verdeel(96_000, amv=8_140, peildatum=RAMING).waarde
    t = taakstellingen("2025-H2").waarde
    return [
        *((Taakstellingsregel, r) for r in t.gemeenten[:5]),
        *((ProvincieVerdeling, p) for p in s.provincies[:5]),  # plain int fields: no validators
        (DatasetVersie, register().herkomst[0]),
    ]


@settings(max_examples=40)  # each example checks every field
@given(k=st.integers(0, 10), waarde=_waarden)
def test_record_fast_path_equals_cattrs_for_other_records(k: int, waarde: Any) -> None:
    kind, obj = _voorbeelden()[k]
    data = json.loads(to_json(obj))
    assert structure(data, kind) == obj
    for variant in _varianten(data, waarde):
        assert _report(kind, variant) == _cattrs_report(kind, variant)


@settings(max_examples=100)
@given(waarden=st.lists(_json_waarden | st.integers(0, 9), max_size=6))
def test_tuple_fast_path_reports_every_bad_element(waarden: list[Any]) -> None:
    def goed(w: Any) -> bool:
        return (type(w) is int) or (type(w) is str and w.strip().lstrip("-").isdigit())

    result = _report(tuple[int, ...], waarden)
    if all(goed(w) for w in waarden):
        assert result == tuple(int(w) for w in waarden)
    else:
        assert result[0] == "error"
        for i, w in enumerate(waarden):
            if not goed(w):
                assert any(f"$[{i}]" in f for f in result[1]), (i, result)


def test_tuple_from_an_iterator_is_complete() -> None:
    assert converter.structure(iter([1, 2, 3]), tuple[int, ...]) == (1, 2, 3)
    assert structure(["1", 2], tuple[int, ...]) == (1, 2)


def test_optional_fields_and_nested_records_round_trip() -> None:
    reg = register()
    assert from_json(to_json(reg), Register) == reg
    assert structure({"naam": "X", "leden": ["GM0014"], "bron": "b"}, Netwerk) == Netwerk(
        naam="X", leden=("GM0014",), bron="b"
    )
    with pytest.raises(StructureError) as exc:
        structure({"naam": "X", "leden": ["GM0014", 7, "GM9"], "bron": "b"}, Netwerk)
    assert any("[1]" in f for f in exc.value.fouten)
    optional: Any = int | None
    assert converter.structure(None, optional) is None and converter.structure("7", optional) == 7
