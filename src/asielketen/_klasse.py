"""``frozen``: attrs' frozen classes with shared ``__eq__``, ``__hash__`` and ``__repr__`` (private).

attrs writes and compiles the source of ``__init__``, ``__eq__``, ``__hash__`` and ``__repr__``
for every class when its module is imported; compiling is most of the cost of creating a class
(about 0.45 ms each, over a hundred classes on ``from asielketen import *``; issue 18). Only
``__init__`` needs code of its own (the fields' defaults, converters and validators); the other
three follow one recipe, so this module gives every class the same three functions, driven by a
tuple of the class's field names computed once. They behave as attrs' generated ones do: equal
only to an instance of the very same class, comparing the fields with ``eq`` (through their
``eq`` key where one is given) one by one, ``self.a == other.a and self.b == other.b …`` (so a
NaN is not equal to itself); ``!=`` through the instance's ``__eq__``; a hash of the class and
the hashed fields; a repr ``Name(field=value, …)`` of the fields with ``repr`` (a callable
``repr`` formats its field), ``...`` for an object already being shown (recursion).
``tests/test_klasse.py`` compares them with attrs' own on random classes and values.

A class that defines one of these methods itself, passes ``eq``, ``order``, ``hash``,
``unsafe_hash``, ``cache_hash``, ``repr`` or ``str``, or is an exception (attrs compares those by
identity), is left to attrs entirely. For type checkers
``frozen`` *is* ``attrs.frozen`` (the mypy plugin of attrs reads the classes as before).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import attrs

__all__ = ["frozen"]

_ZELF = frozenset({"eq", "order", "hash", "unsafe_hash", "cache_hash", "repr", "str", "cmp"})
"""Options that leave a class to attrs' own generated methods."""

_EIGEN = ("__eq__", "__ne__", "__hash__", "__repr__", "__lt__", "__le__", "__gt__", "__ge__")
"""Methods a class may define itself; a class defining one is left to attrs entirely."""

_bezig = threading.local()
"""Per thread: the ids of the objects whose repr is being built (attrs' recursion guard)."""


def __eq__(self: Any, other: object) -> Any:  # noqa: N807 - installed as the method
    """As attrs writes it: ``NotImplemented`` for another class, else ``self.a == other.a and …``
    over the ``eq`` fields (through their keys), the first false result or the last one."""
    if other.__class__ is not self.__class__:
        return NotImplemented
    cls: Any = self.__class__
    uitkomst: Any = True
    for naam, key in cls.__asielketen_eq__:
        if key is None:
            uitkomst = getattr(self, naam) == getattr(other, naam)
        else:
            uitkomst = key(getattr(self, naam)) == key(getattr(other, naam))
        if not uitkomst:
            return uitkomst
    return uitkomst


def __ne__(self: Any, other: object) -> Any:  # noqa: N807
    """The opposite of the instance's ``__eq__`` (``NotImplemented`` for another class)."""
    uitkomst = self.__eq__(other)
    if uitkomst is NotImplemented:
        return NotImplemented
    return not uitkomst


def __hash__(self: Any) -> int:  # noqa: N807
    """A hash of the class and the hashed fields (``hash=True``, or ``eq`` and no ``hash`` given),
    through their ``eq`` keys, as attrs hashes a frozen class."""
    cls: Any = self.__class__
    return hash(
        (
            cls.__asielketen_zout__,
            *(
                getattr(self, n) if key is None else key(getattr(self, n))
                for n, key in cls.__asielketen_hash__
            ),
        )
    )


def __repr__(self: Any) -> str:  # noqa: N807
    """``Name(field=value, …)`` of the fields with ``repr``, as attrs writes it."""
    try:
        bezig: set[int] = _bezig.ids
    except AttributeError:
        bezig = _bezig.ids = set()
    if id(self) in bezig:
        return "..."
    bezig.add(id(self))
    try:
        delen = []
        for naam, vorm in self.__class__.__asielketen_repr__:
            waarde = getattr(self, naam, attrs.NOTHING)
            delen.append(f"{naam}={waarde!r}" if vorm is None else f"{naam}={vorm(waarde)}")
        klasse = self.__class__.__qualname__.rsplit(">.", 1)[-1]
        return f"{klasse}({', '.join(delen)})"
    finally:
        bezig.discard(id(self))


def _gedeeld(cls: type) -> type:
    """Give the attrs class ``cls`` the shared ``__eq__``, ``__ne__``, ``__hash__`` and ``__repr__``."""
    velden = attrs.fields(cls)
    cls.__asielketen_eq__ = tuple((a.name, a.eq_key) for a in velden if a.eq)  # type: ignore[attr-defined]
    cls.__asielketen_hash__ = tuple(  # type: ignore[attr-defined]
        (a.name, a.eq_key) for a in velden if a.hash is True or (a.hash is None and a.eq is True)
    )
    cls.__asielketen_zout__ = f"{cls.__module__}.{cls.__qualname__}"  # type: ignore[attr-defined]
    cls.__asielketen_repr__ = tuple(  # type: ignore[attr-defined]
        (a.name, None if a.repr is True else a.repr) for a in velden if a.repr is not False
    )
    cls.__eq__ = __eq__  # type: ignore[assignment]
    cls.__ne__ = __ne__  # type: ignore[assignment]
    cls.__hash__ = __hash__  # type: ignore[assignment]
    cls.__repr__ = __repr__  # type: ignore[assignment]
    return cls


def _frozen(maybe_cls: type | None = None, /, **opties: Any) -> Any:
    """``attrs.frozen`` with the shared methods (see the module); same arguments."""

    def wrap(cls: type) -> type:
        if _ZELF & opties.keys() or any(m in cls.__dict__ for m in _EIGEN) or issubclass(cls, BaseException):
            return attrs.frozen(cls, **opties)
        return _gedeeld(attrs.frozen(cls, eq=False, repr=False, **opties))

    return wrap if maybe_cls is None else wrap(maybe_cls)


if TYPE_CHECKING:
    from attrs import frozen as frozen
else:
    frozen = _frozen
