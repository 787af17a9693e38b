"""The cheaper class machinery of issue 18 behaves as what it replaces.

- ``asielketen._klasse.frozen``: shared ``__eq__``/``__hash__``/``__repr__`` give what attrs'
  generated ones give, on random classes and values;
- ``asielketen._openbaar._hints``: the same types as ``typing.get_type_hints``;
- the lazy domain packages: every public name is in the package's table, and each public class or
  function shows the package as its module however it was reached (first through a private
  module, in a fresh interpreter).
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen._klasse import _frozen, frozen
from asielketen._openbaar import _hints

LUIE_PAKKETTEN = ("gebied", "nareizigers", "oekraine", "opvang", "spreidingswet", "statushouders")

WAARDEN = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=5),
    st.booleans(),
    st.dates(),
    st.decimals(allow_nan=False, places=2),
    st.tuples(st.integers(), st.text(max_size=3)),
    st.just(Decimal("NaN")),  # not equal to itself: attrs compares field by field, not as tuples
    st.just(float("nan")),
)


def _klassen(n: int, **opties: Any) -> tuple[type, type]:
    """The same class of ``n`` fields made by attrs and by ``_klasse.frozen``."""
    velden = {f"v{i}": attrs.field(default=None) for i in range(n)}
    echt = attrs.make_class("K", dict(velden), frozen=True, slots=True, **opties)
    ons = _frozen(**opties)(
        type("K", (), {"__annotations__": {}, **{k: attrs.field(default=None) for k in velden}})
    )
    return echt, ons


@given(st.integers(0, 6), st.data())
def test_eq_hash_repr_as_attrs(n: int, data: st.DataObject) -> None:
    echt, ons = _klassen(n)
    a = data.draw(st.lists(WAARDEN, min_size=n, max_size=n))
    b = data.draw(st.one_of(st.just(a), st.lists(WAARDEN, min_size=n, max_size=n)))
    kw_a = {f"v{i}": x for i, x in enumerate(a)}
    kw_b = {f"v{i}": x for i, x in enumerate(b)}
    assert repr(ons(**kw_a)) == repr(echt(**kw_a))
    assert (ons(**kw_a) == ons(**kw_b)) == (echt(**kw_a) == echt(**kw_b))
    assert (ons(**kw_a) != ons(**kw_b)) == (echt(**kw_a) != echt(**kw_b))
    if ons(**kw_a) == ons(**kw_b):
        assert hash(ons(**kw_a)) == hash(ons(**kw_b))
    assert ons(**kw_a) != echt(**kw_a)  # another class is never equal
    assert ons(**kw_a).__eq__(object()) is NotImplemented


def test_field_options_as_attrs() -> None:
    """``eq=False``, an ``eq`` key, ``repr=False``, a ``repr`` callable, and recursion."""

    @frozen
    class K:
        a: int
        b: str = attrs.field(eq=False, repr=False)
        c: str = attrs.field(default="X", eq=str.lower, repr=lambda v: f"<{v}>")

    @attrs.frozen
    class E:
        a: int
        b: str = attrs.field(eq=False, repr=False)
        c: str = attrs.field(default="X", eq=str.lower, repr=lambda v: f"<{v}>")

    assert repr(K(1, "b", "c")) == "K(a=1, c=<c>)"
    assert repr(E(1, "b", "c")) == "E(a=1, c=<c>)"
    assert (K(1, "b", "C") == K(1, "x", "c")) == (E(1, "b", "C") == E(1, "x", "c"))
    assert K(1, "b", "C") == K(1, "other", "c")
    assert hash(K(1, "b", "C")) == hash(K(1, "other", "c"))
    assert K(1, "b") != K(2, "b")

    @frozen
    class Doos:
        inhoud: list[Any]

    d = Doos([])
    d.inhoud.append(d)
    assert repr(d) == "Doos(inhoud=[...])"


class _Anders:
    """A value whose ``==`` answers something that is not a bool."""

    def __eq__(self, other: object) -> Any:
        return "ja"

    __hash__ = object.__hash__


def test_eq_answers_what_the_fields_answer_and_ne_uses_the_instances_eq() -> None:
    @frozen
    class A:
        x: Any

    @attrs.frozen
    class E:
        x: Any

    w = _Anders()
    ons: object = A(w).__eq__(A(w))
    hun: object = E(w).__eq__(E(w))
    assert ons == hun == "ja"
    nan = Decimal("NaN")
    assert (A(nan) == A(nan)) is (E(nan) == E(nan)) is False
    assert (A(nan) != A(nan)) is (E(nan) != E(nan)) is True

    class B(A):  # a subclass with an equality of its own
        def __eq__(self, other: object) -> bool:
            return False

    assert (B(1) != B(1)) is True


def test_hash_leaves_out_the_fields_attrs_leaves_out() -> None:
    @frozen
    class A:
        x: int
        lijst: list[int] = attrs.field(hash=False)

    assert hash(A(1, [1])) == hash(A(1, [2]))


def test_exceptions_are_left_to_attrs() -> None:
    @frozen
    class FoutError(Exception):
        x: int

    assert FoutError(1) != FoutError(1)  # attrs compares exceptions by identity
    assert "__asielketen_eq__" not in vars(FoutError)


def test_own_methods_are_left_to_attrs() -> None:
    @frozen
    class K:
        a: int

        def __repr__(self) -> str:
            return "eigen"

    assert repr(K(1)) == "eigen"
    assert K(1) == K(1)
    assert "__asielketen_sleutel__" not in vars(K)


class _Basis:
    x: int | None
    y: tuple[date, ...]


class _Kind(_Basis):
    y: list[Decimal]  # type: ignore[assignment]
    z: None
    w: typing.ClassVar[int] = 3
    v: dict[str, date | None]
    u: tuple[int, "Decimal | None"]  # noqa: UP037 - a text inside a type, as spreidingswet's row


@attrs.frozen
class _Termijn:
    date: date  # a field named like its type: the module's name wins (as in get_type_hints)
    eind: date  # type: ignore[valid-type]


def test_hints_equal_get_type_hints() -> None:
    for cls in (_Basis, _Kind, _Termijn):
        assert _hints(cls) == typing.get_type_hints(cls)


@pytest.mark.parametrize("pakket", LUIE_PAKKETTEN)
def test_every_public_name_is_in_the_table(pakket: str) -> None:
    module = importlib.import_module(f"asielketen.{pakket}")
    tabel = module._NAMEN
    assert set(module.__all__) <= set(tabel)
    for naam, private in tabel.items():
        assert private.startswith("_"), naam
        assert getattr(module, naam) is getattr(
            importlib.import_module(f"asielketen.{pakket}.{private}"), naam
        )
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError, match="no attribute 'bestaat_niet'"):
        module.bestaat_niet  # noqa: B018


CONTROLE = """
import importlib, sys
pakket = sys.argv[1]
module = importlib.import_module("asielketen." + pakket)
fout = []
for naam, private in sorted(module._NAMEN.items()):
    obj = getattr(importlib.import_module(f"asielketen.{pakket}.{private}"), naam)  # not via the package
    if callable(obj) and getattr(obj, "__module__", "").startswith("asielketen." + pakket + "._"):
        fout.append(naam + " " + obj.__module__)
    ann = getattr(obj, "__annotations__", {}) if isinstance(obj, type) else {}
    fout += [f"{naam}.{k}: {v!r}" for k, v in ann.items() if isinstance(v, str)]
print("\\n".join(fout))
"""


@pytest.mark.parametrize("pakket", LUIE_PAKKETTEN)
def test_public_path_whichever_way_a_name_is_reached(pakket: str) -> None:
    """Reached through its private module first, a public object still shows the package."""
    uit = subprocess.run(
        [sys.executable, "-c", CONTROLE, pakket], capture_output=True, text=True, check=True
    ).stdout
    assert uit.strip() == ""


@pytest.mark.parametrize("pakket", LUIE_PAKKETTEN)
def test_type_hints_resolve_for_every_public_name(pakket: str) -> None:
    """``typing.get_type_hints`` works on every public class and function under its public path."""
    module = importlib.import_module(f"asielketen.{pakket}")
    for naam in module.__all__:
        obj = getattr(module, naam)
        if not callable(obj):
            continue
        hints = typing.get_type_hints(obj)
        teksten = [k for k, v in hints.items() if isinstance(v, str | typing.ForwardRef)]
        assert teksten == [], (naam, teksten)  # every annotation a type, none left as text
        if isinstance(obj, type) and attrs.has(obj):  # the fields' types, as cattrs reads them
            assert {f.name: f.type for f in attrs.fields(obj)} == {
                f.name: hints[f.name] for f in attrs.fields(obj)
            }, naam
