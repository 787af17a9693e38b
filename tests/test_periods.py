"""Time: period algebra, half-years, cycles and effective-dated parameters."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from asielketen import strategies as aks
from asielketen.errors import InvalidPeriodError, ParameterNotValidError, StructureError
from asielketen.periods import Cyclus, Geldigheid, Halfjaar, Parameter, Periode, as_date
from asielketen.schema import json_schema
from asielketen.serialization import from_json, to_json
from asielketen.sources import Aanname
from asielketen.taal import in_taal

B = Aanname(id="t", omschrijving="test")


def test_period_is_half_open() -> None:
    p = Periode(date(2025, 1, 1), date(2025, 1, 3))
    assert date(2025, 1, 1) in p and date(2025, 1, 2) in p and date(2025, 1, 3) not in p
    assert p.dagen == 2 and p.laatste_dag == date(2025, 1, 2)


@pytest.mark.parametrize("tot", [date(2025, 1, 1), date(2024, 12, 31)])
def test_empty_or_reversed_period_is_an_error(tot: date) -> None:
    with pytest.raises(InvalidPeriodError) as exc:
        Periode(date(2025, 1, 1), tot)
    assert exc.value.veld == "tot" and exc.value.waarde == tot


def test_datetime_is_refused() -> None:
    with pytest.raises(InvalidPeriodError, match="van"):
        Periode(datetime(2025, 1, 1), None)
    with pytest.raises(InvalidPeriodError, match="geen geldige datum"):
        as_date("2025-02-30")


@given(aks.periodes(), aks.periodes())
def test_intersection_is_symmetric_and_inside_both(a: Periode, b: Periode) -> None:
    d = a.doorsnede(b)
    assert d == b.doorsnede(a)
    assert a.overlapt(b) == (d is not None)
    if d is not None:
        assert d.van in a and d.van in b
        if d.laatste_dag is not None:
            assert d.laatste_dag in a and d.laatste_dag in b


@given(aks.periodes(), aks.datums())
def test_contains_matches_bounds(p: Periode, d: date) -> None:
    assert (d in p) == (p.van <= d and (p.tot is None or d < p.tot))


@given(aks.halfjaren())
def test_halfyear_text_round_trip_and_neighbours(h: Halfjaar) -> None:
    assert Halfjaar.parse(str(h)) == h
    assert h.volgende().vorige() == h
    assert h < h.volgende()
    assert h.periode.tot == h.volgende().periode.van
    assert Halfjaar.bevattende(h.begin) == h
    assert h.periode.laatste_dag is not None
    assert Halfjaar.bevattende(h.periode.laatste_dag) == h


def test_halfyear_literal() -> None:
    h = Halfjaar.parse("2025-H2")
    assert h.periode == Periode(date(2025, 7, 1), date(2026, 1, 1))
    assert [str(x) for x in h.reeks(3)] == ["2025-H2", "2026-H1", "2026-H2"]


@pytest.mark.parametrize("text", ["2025-H3", "2025", "H1-2025", "", "2025-H0"])
def test_bad_halfyear(text: str) -> None:
    with pytest.raises(InvalidPeriodError) as exc:
        Halfjaar.parse(text)
    assert exc.value.waarde == text


def test_cycle_covers_two_following_years() -> None:
    c = Cyclus(2024)
    assert c.jaren == (2025, 2026)
    assert c.verdeelperiode == Periode(date(2025, 1, 1), date(2027, 1, 1))
    assert c.volgende() == Cyclus(2026) and Cyclus(2024) < Cyclus(2026)


@given(aks.cycli())
def test_cycles_tile_time(c: Cyclus) -> None:
    assert c.verdeelperiode.tot == c.volgende().verdeelperiode.van


def _param() -> Parameter[int]:
    return Parameter(
        naam="normbedrag",
        waarden=[
            Geldigheid(periode=Periode(date(2025, 1, 1)), waarde=44, bron=B),
            Geldigheid(periode=Periode(date(2024, 1, 1), date(2025, 1, 1)), waarde=61, bron=B),
            Geldigheid(periode=Periode(date(2022, 3, 1), date(2023, 1, 1)), waarde=100, bron=B),
        ],
    )


def test_parameter_selects_at_boundaries() -> None:
    p = _param()
    assert p.op(date(2024, 1, 1)) == 61
    assert p.op(date(2024, 12, 31)) == 61
    assert p.op(date(2025, 1, 1)) == 44
    assert p.op(date(2022, 12, 31)) == 100


def test_parameter_gap_names_parameter_date_and_last_valid() -> None:
    with pytest.raises(ParameterNotValidError) as exc:
        _param().op(date(2023, 6, 1))
    e = exc.value
    assert (e.parameter, e.peildatum, e.laatst_geldig) == (
        "normbedrag",
        date(2023, 6, 1),
        date(2022, 12, 31),
    )
    assert "normbedrag" in str(e) and "2023-06-01" in str(e) and "2022-12-31" in str(e)


def test_parameter_before_first_validity() -> None:
    with pytest.raises(ParameterNotValidError, match="pas geldig vanaf 2022-03-01"):
        _param().op(date(2020, 1, 1))


def test_parameter_after_closed_end() -> None:
    p: Parameter[int] = Parameter(
        naam="x",
        waarden=[Geldigheid(periode=Periode(date(2024, 1, 1), date(2025, 1, 1)), waarde=1, bron=B)],
    )
    with pytest.raises(ParameterNotValidError, match="laatst geldig op 2024-12-31"):
        p.op(date(2025, 1, 1))


def test_overlapping_validities_rejected() -> None:
    with pytest.raises(InvalidPeriodError, match="overlapt"):
        Parameter(
            naam="x",
            waarden=[
                Geldigheid(periode=Periode(date(2024, 1, 1)), waarde=1, bron=B),
                Geldigheid(periode=Periode(date(2025, 1, 1)), waarde=2, bron=B),
            ],
        )


def test_split_at_every_change() -> None:
    delen = _param().splits(Periode(date(2024, 12, 30), date(2025, 1, 3)))
    assert [(d.dagen, g.waarde) for d, g in delen] == [(2, 61), (2, 44)]


@given(aks.parameters(), st.data())
def test_parameter_selection_is_consistent(p: Parameter[Any], data: st.DataObject) -> None:
    dag = data.draw(aks.datums())
    covering = [g for g in p.waarden if dag in g.periode]
    assert len(covering) <= 1
    if covering:
        assert p.op(dag) == covering[0].waarde
    else:
        with pytest.raises(ParameterNotValidError) as exc:
            p.op(dag)
        if exc.value.laatst_geldig is not None:
            assert exc.value.laatst_geldig < dag
            assert any(g.periode.laatste_dag == exc.value.laatst_geldig for g in p.waarden)


@given(aks.parameters(), st.integers(0, 3000), st.integers(1, 400))
def test_split_partitions_the_period(p: Parameter[Any], offset: int, length: int) -> None:
    start = p.waarden[0].periode.van + timedelta(days=offset)
    try:
        periode = Periode(start, start + timedelta(days=length))
    except (InvalidPeriodError, OverflowError):
        assume(False)
        return
    gedekt = all(any(d in g.periode for g in p.waarden) for d in _dagen(periode))
    if not gedekt:
        # only when some day of the period is covered by no validity, and the error names it
        with pytest.raises(ParameterNotValidError) as exc:
            p.splits(periode)
        assert exc.value.peildatum in periode
        assert not any(exc.value.peildatum in g.periode for g in p.waarden)
        return
    delen = p.splits(periode)
    assert sum(d.dagen for d, _ in delen) == periode.dagen
    assert delen[0][0].van == periode.van and delen[-1][0].tot == periode.tot
    for (a, _), (b, _) in itertools.pairwise(delen):
        assert a.tot == b.van


def _dagen(p: Periode) -> list[date]:
    return [p.van + timedelta(days=i) for i in range(p.dagen)]


@given(aks.parameters())
def test_parameter_round_trips(p: Parameter[Any]) -> None:
    assert from_json(to_json(p), Parameter[int]) == p


@given(aks.periodes())
def test_period_round_trips(p: Periode) -> None:
    assert from_json(to_json(p), Periode) == p


@given(aks.halfjaren())
def test_halfyear_round_trips(h: Halfjaar) -> None:
    assert from_json(to_json(h), Halfjaar) == h


@given(st.integers(1, 9998), st.sampled_from([1, 2]))
def test_halfyear_json_is_its_text_and_the_old_object_is_still_read(jaar: int, helft: int) -> None:
    h = Halfjaar(jaar, helft)
    assert to_json(h) == f'"{jaar:04d}-H{helft}"' == f'"{h}"'  # one form: what every input says
    assert re.fullmatch(json_schema("Halfjaar")["pattern"], str(h))
    assert from_json(f'{{"jaar": {jaar}, "helft": {helft}}}', Halfjaar) == h  # JSON before 0.1.0


def test_halfyear_json_in_a_record_and_bad_values() -> None:
    from asielketen.statushouders import Nareizigersstand

    s = Nareizigersstand(halfjaar=Halfjaar(2025, 2), tellen_mee=True)
    assert to_json(s) == '{"halfjaar": "2025-H2", "tellen_mee": true}'
    oud = '{"halfjaar": {"jaar": 2025, "helft": 2}, "tellen_mee": true}'
    assert from_json(oud, Nareizigersstand) == s == from_json(to_json(s), Nareizigersstand)
    assert json_schema("Halfjaar")["type"] == "string"
    for slecht, pad in [
        ('{"halfjaar": "2025-H3", "tellen_mee": true}', "$.halfjaar"),
        ('{"halfjaar": 2025, "tellen_mee": true}', "$.halfjaar"),
        ('{"halfjaar": {"jaar": 2025, "helft": 3}, "tellen_mee": true}', "$.halfjaar"),
        ('{"halfjaar": {"jaar": 2025}, "tellen_mee": true}', "$.halfjaar.helft"),
    ]:
        with pytest.raises(StructureError) as exc:
            from_json(slecht, Nareizigersstand)
        assert pad in str(exc.value), slecht
    with in_taal("en"), pytest.raises(StructureError, match="not a half-year"):
        from_json('"2025"', Halfjaar)
