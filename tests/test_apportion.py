"""Exact apportionment: sums, quota property, order independence, ties, Alabama paradox."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen.apportion import grootste_overschot, quota, sainte_lague
from asielketen.errors import InvalidInputError

gewichten_st = st.dictionaries(
    st.integers(0, 9999).map(lambda i: f"GM{i:04d}"), st.integers(0, 10**6), min_size=1, max_size=40
).filter(lambda d: sum(d.values()) > 0)
METHODS = [grootste_overschot, sainte_lague]


@pytest.mark.parametrize("method", METHODS)
@given(totaal=st.integers(0, 200_000), gewichten=gewichten_st)
def test_parts_sum_exactly(method: object, totaal: int, gewichten: dict[str, int]) -> None:
    delen = method(totaal, gewichten)  # type: ignore[operator]
    assert sum(delen.values()) == totaal
    assert list(delen) == list(gewichten)
    assert all(v >= 0 for v in delen.values())
    assert all(delen[k] == 0 for k, w in gewichten.items() if w == 0)


@given(totaal=st.integers(0, 200_000), gewichten=gewichten_st)
def test_largest_remainder_stays_within_quota(totaal: int, gewichten: dict[str, int]) -> None:
    delen = grootste_overschot(totaal, gewichten)
    for k, q in quota(totaal, gewichten).items():
        assert math.floor(q) <= delen[k] <= math.ceil(q)


@pytest.mark.parametrize("method", METHODS)
@given(totaal=st.integers(0, 50_000), gewichten=gewichten_st, seed=st.integers(0, 2**32))
def test_independent_of_input_order(
    method: object, totaal: int, gewichten: dict[str, int], seed: int
) -> None:
    items = list(gewichten.items())
    random.Random(seed).shuffle(items)
    assert method(totaal, dict(items)) == method(totaal, gewichten)  # type: ignore[operator]


@given(totaal=st.integers(0, 5_000), gewichten=gewichten_st)
def test_sainte_lague_is_house_monotone(totaal: int, gewichten: dict[str, int]) -> None:
    a, b = sainte_lague(totaal, gewichten), sainte_lague(totaal + 1, gewichten)
    assert all(b[k] >= a[k] for k in gewichten)


def test_alabama_paradox_of_largest_remainder() -> None:
    """The classic example (ADR 0002): with one more seat, C loses one under Hamilton."""
    gewichten = {"A": 6, "B": 6, "C": 2}
    assert grootste_overschot(10, gewichten) == {"A": 4, "B": 4, "C": 2}
    assert grootste_overschot(11, gewichten) == {"A": 5, "B": 5, "C": 1}
    # Sainte-Laguë does not have the paradox
    assert sainte_lague(10, gewichten)["C"] <= sainte_lague(11, gewichten)["C"]


def test_tie_break_larger_weight_then_smaller_key() -> None:
    assert grootste_overschot(1, {"b": 1, "a": 1}) == {"b": 0, "a": 1}
    assert grootste_overschot(2, {"x": 1, "y": 1, "z": 1}) == {"x": 1, "y": 1, "z": 0}
    assert sainte_lague(1, {"b": 1, "a": 1}) == {"b": 0, "a": 1}


def test_quota_is_exact() -> None:
    assert quota(10, {"a": 1, "b": 2}) == {"a": Fraction(10, 3), "b": Fraction(20, 3)}


@pytest.mark.parametrize(
    ("totaal", "gewichten", "veld"),
    [
        (-1, {"a": 1}, "totaal"),
        (5, {"a": 0}, "gewichten"),
        (5, {"a": -2}, "gewichten['a']"),
        (True, {"a": 1}, "totaal"),
    ],
)
def test_bad_input(totaal: int, gewichten: dict[str, int], veld: str) -> None:
    for method in METHODS:
        with pytest.raises(InvalidInputError) as exc:
            method(totaal, gewichten)
        assert exc.value.veld == veld


def test_zero_total_gives_zeros() -> None:
    assert grootste_overschot(0, {"a": 0, "b": 0}) == {"a": 0, "b": 0}
    assert sainte_lague(0, {"a": 3}) == {"a": 0}
