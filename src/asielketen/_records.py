"""Speed machinery the domains share (private; a foundation): a record built without its checks.

A domain's ``_records.py`` (ADR 0007) holds what makes its hot path cheap; what more than one of
them needs lives here. Imports nothing of asielketen.
"""

from __future__ import annotations

from typing import TypeVar

from attrs import fields as attrs_fields

__all__ = ["zonder_controle"]

_T = TypeVar("_T")

_NIEUW = object.__new__
_ZET = object.__setattr__


def zonder_controle(cls: type[_T], **velden: object) -> _T:
    """An instance of the attrs class ``cls`` with exactly these field values, built without
    running its validators and ``__attrs_post_init__``.

    Only for values that are correct by construction (a rule's own result, such as
    :func:`~asielketen.spreidingswet.verdeel`'s ``Spreiding`` or the table of
    :func:`~asielketen.statushouders.taakstellingen`): the checks exist for data from users and
    JSON, which always go through ``__init__``. The names must be exactly the class's fields, so a
    field added later cannot be forgotten here.

    >>> from attrs import frozen
    >>> @frozen
    ... class Som:
    ...     delen: tuple[int, ...]
    ...     totaal: int
    ...     def __attrs_post_init__(self) -> None:
    ...         raise AssertionError("not run")
    >>> zonder_controle(Som, delen=(1, 2), totaal=3)
    Som(delen=(1, 2), totaal=3)
    >>> zonder_controle(Som, delen=(1, 2))
    Traceback (most recent call last):
    TypeError: Som: velden ['totaal']
    """
    namen = {a.name for a in attrs_fields(cls)}  # type: ignore[arg-type]
    if set(velden) != namen:  # a programming error, caught by the tests
        raise TypeError(f"{cls.__name__}: velden {sorted(set(velden) ^ namen)}")
    obj: _T = _NIEUW(cls)
    for naam, waarde in velden.items():
        _ZET(obj, naam, waarde)
    return obj
