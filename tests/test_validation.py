"""The one place for whole-number input checks (:mod:`asielketen._validation`), as properties.

Every int from the minimum to the maximum comes back unchanged; every other int, every bool and
every float is refused with the field named. A text of ASCII digits round-trips; a text longer
than the bound allows is refused before ``int()`` sees it, with a short message.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import asielketen
from asielketen import oekraine
from asielketen._validation import (
    GETOONDE_TEKENS,
    GROOTSTE_AANTAL,
    LANGSTE_TEKST,
    geheel_getal,
    geheel_getal_uit_tekst,
    kort,
    soort,
)
from asielketen.errors import InvalidInputError
from asielketen.taal import bericht

_grenzen = st.tuples(st.integers(-(10**20), 10**20), st.integers(0, 10**20)).map(
    lambda t: (t[0], t[0] + t[1])
)
"""(minimum, maximum) with minimum ≤ maximum."""

_ASCII_CIJFERS = st.text(alphabet="0123456789", min_size=1, max_size=30)


def test_one_bound_one_name() -> None:
    assert GROOTSTE_AANTAL == 10**15
    assert asielketen.GROOTSTE_AANTAL is GROOTSTE_AANTAL
    assert oekraine.MAX_AANTAL == GROOTSTE_AANTAL  # the old name keeps working


@given(grenzen=_grenzen, data=st.data())
def test_every_int_within_the_bounds_is_returned_unchanged(
    grenzen: tuple[int, int], data: st.DataObject
) -> None:
    minimum, maximum = grenzen
    n = data.draw(st.integers(minimum, maximum))
    assert geheel_getal("veld", n, minimum=minimum, maximum=maximum) is n


@given(grenzen=_grenzen, data=st.data())
def test_every_int_outside_the_bounds_is_refused(grenzen: tuple[int, int], data: st.DataObject) -> None:
    minimum, maximum = grenzen
    n = data.draw(st.one_of(st.integers(max_value=minimum - 1), st.integers(min_value=maximum + 1)))
    with pytest.raises(InvalidInputError) as exc:
        geheel_getal("veld", n, minimum=minimum, maximum=maximum)
    assert exc.value.veld == "veld" and exc.value.waarde == n
    assert soort(exc.value) == ("te_klein" if n < minimum else "te_groot")


@given(st.one_of(st.booleans(), st.floats(allow_nan=True), st.text(), st.none(), st.decimals()))
def test_every_bool_float_and_other_value_is_refused(waarde: object) -> None:
    with pytest.raises(InvalidInputError) as exc:
        geheel_getal("veld", waarde)
    assert exc.value.veld == "veld" and soort(exc.value) == "geen"


def test_the_fields_own_reason_and_the_general_one_above_the_bound() -> None:
    eigen = bericht("spreidingswet.fout.aantal")
    with pytest.raises(InvalidInputError) as laag:
        geheel_getal("behoefte", -1, reden=eigen)
    assert laag.value.tekst("en") == "behoefte=-1: a count is a whole number ≥ 0"
    assert soort(laag.value) is None  # the caller's own reason
    with pytest.raises(InvalidInputError) as hoog:
        geheel_getal("behoefte", GROOTSTE_AANTAL + 1, reden=eigen)
    assert hoog.value.tekst("en") == (
        "behoefte=1000000000000001: greater than 1000000000000000, the upper bound of this input"
    )


@pytest.mark.parametrize("cijfers", [4300, 4301, 5000, 10**6])
def test_a_huge_int_is_named_by_its_number_of_digits(cijfers: int) -> None:
    n = 10 ** (cijfers - 1)
    for waarde in (n, -n):
        with pytest.raises(InvalidInputError) as exc:
            geheel_getal("behoefte", waarde)
        tekst = exc.value.tekst("en")
        assert exc.value.waarde == waarde and len(tekst) < 200, tekst[:300]
        assert re.search(r"[0-9]{41}", tekst) is None
        assert f"{cijfers - 1} digits>" in tekst or f"{cijfers} digits>" in tekst, tekst


@given(_ASCII_CIJFERS)
def test_every_ascii_digit_text_round_trips(tekst: str) -> None:
    assert geheel_getal_uit_tekst("veld", tekst, maximum=10**30) == int(tekst)
    assert geheel_getal_uit_tekst("veld", f" +{tekst}\t", maximum=10**30) == int(tekst)
    if int(tekst) <= GROOTSTE_AANTAL:
        assert geheel_getal_uit_tekst("veld", tekst) == int(tekst)
    else:
        with pytest.raises(InvalidInputError) as exc:
            geheel_getal_uit_tekst("veld", tekst)
        assert soort(exc.value) == "te_groot" and exc.value.veld == "veld"


@given(st.text(min_size=LANGSTE_TEKST + 1, max_size=2000))
def test_any_longer_text_is_refused_with_a_short_message(tekst: str) -> None:
    with pytest.raises(InvalidInputError) as exc:
        geheel_getal_uit_tekst("behoefte", tekst)
    assert exc.value.veld == "behoefte"
    for taal in ("nl", "en"):
        assert len(exc.value.tekst(taal)) < 200, exc.value.tekst(taal)


@pytest.mark.parametrize("lengte", [4300, 4301, 5000, 10**6])
@pytest.mark.parametrize("teken", ["", "+", "-"])
def test_a_text_of_thousands_of_digits_is_refused_before_int(lengte: int, teken: str) -> None:
    tekst = teken + "9" * lengte
    with pytest.raises(InvalidInputError) as exc:
        geheel_getal_uit_tekst("behoefte", tekst)
    assert soort(exc.value) == ("te_klein" if teken == "-" else "te_groot")
    en = exc.value.tekst("en")
    assert len(en) < 200 and "9" * (GETOONDE_TEKENS + 1) not in en, en
    if teken != "-":
        assert f"a number of {lengte} digits" in en


@pytest.mark.parametrize(
    "tekst", ["", " ", "-", "+", "1_000", "²", "١٢", "1.0", "1e3", "0x10", "--1", "+-1", "12 34"]
)
def test_only_ascii_digits_with_one_sign_are_a_number(tekst: str) -> None:
    with pytest.raises(InvalidInputError) as exc:
        geheel_getal_uit_tekst("veld", tekst)
    assert soort(exc.value) == "geen"


def test_leading_zeros_and_white_space_within_the_length() -> None:
    assert geheel_getal_uit_tekst("veld", "000" + str(GROOTSTE_AANTAL)) == GROOTSTE_AANTAL
    assert geheel_getal_uit_tekst("veld", "-0") == 0
    with pytest.raises(InvalidInputError, match="tekens"):
        geheel_getal_uit_tekst("veld", "0" * 5000 + "1")


@given(st.text(max_size=500))
def test_kort_echoes_a_short_repr(tekst: str) -> None:
    k = kort(tekst)
    assert len(repr(k)) <= GETOONDE_TEKENS + 2 + len(repr("…")) - 2
    assert k == tekst or (k.endswith("…") and tekst.startswith(k[:-1]))


def test_whole_text_patterns_end_with_backslash_z() -> None:
    """A pattern for a whole value (``^…``) ends with ``\\Z``: ``$`` also matches before a final
    newline, so ``"GM0363\\n"`` passed as a gemeentecode (found in issue 18)."""
    import re
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "src" / "asielketen"
    patroon = re.compile(r"""re\.compile\(r?["'](\^[^"']*)["']""")
    fout = [
        f"{pad.relative_to(src)}: {m.group(1)}"
        for pad in src.rglob("*.py")
        for m in patroon.finditer(pad.read_text(encoding="utf-8"))
        if m.group(1).endswith("$") and not m.group(1).endswith(r"\s*$")
    ]
    assert fout == []
