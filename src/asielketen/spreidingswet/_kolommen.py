"""A register's gemeenten as columns, derived once per register: what every distribution reads.

Speed machinery of :func:`~asielketen.spreidingswet.verdeel` (see :mod:`._records`): the codes,
names, provinces and inhabitants of the 342 gemeenten as tuples by gemeentecode, kept while the
register lives (keyed by its ``id``, with a weak reference that forgets them with the register),
as the register keeps its own lookup indexes.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import date
from operator import attrgetter

from ..gebied import Gemeente, Register

__all__ = ["Kolommen", "kolommen"]

_CODE = attrgetter("code")
_NAAM = attrgetter("naam")
_PROVINCIE = attrgetter("provinciecode")


def _inwoners(gemeenten: Sequence[Gemeente], peildatum: date) -> list[int]:
    """iG of every gemeente on exactly ``peildatum``, in order (a missing figure is a clear error
    naming the gemeente and the date)."""
    uit: list[int] = []
    voeg_toe = uit.append
    for g in gemeenten:
        inw = g.inwoners  # sorted by date: the usual case is the last figure
        if inw and inw[-1].peildatum == peildatum:
            voeg_toe(inw[-1].aantal)
            continue
        for i in inw:
            if i.peildatum == peildatum:
                voeg_toe(i.aantal)
                break
        else:
            g.inwoners_op(peildatum)  # raises the DataUnavailableError naming gemeente and date
    return uit


class Kolommen:
    """A register's gemeenten as columns, by gemeentecode: what every :func:`verdeel` reads.

    Derived once per (immutable) register and kept while the register lives (see
    :func:`kolommen`), as the register keeps its lookup indexes; the inhabitants per reference
    date are added on first use.
    """

    __slots__ = ("codes", "datums", "gemeenten", "inwoners", "namen", "posities", "pvs")

    def __init__(self, r: Register) -> None:
        gemeenten = r.gemeenten
        codes = list(map(_CODE, gemeenten))
        if codes != sorted(codes):  # records by gemeentecode; the scenario methods' ties follow it
            gemeenten = tuple(sorted(gemeenten, key=_CODE))
            codes = list(map(_CODE, gemeenten))
        self.gemeenten: tuple[Gemeente, ...] = gemeenten
        self.codes: tuple[str, ...] = tuple(codes)
        self.namen: tuple[str, ...] = tuple(map(_NAAM, gemeenten))
        self.pvs: tuple[str, ...] = tuple(map(_PROVINCIE, gemeenten))
        posities: dict[str, list[int]] = {}
        for i, pv in enumerate(self.pvs):
            posities.setdefault(pv, []).append(i)
        self.posities: dict[str, tuple[int, ...]] = {pv: tuple(p) for pv, p in posities.items()}
        self.datums: tuple[date, ...] = tuple(sorted({i.peildatum for g in gemeenten for i in g.inwoners}))
        self.inwoners: dict[date, tuple[int, ...]] = {}

    def inwoners_op(self, peildatum: date) -> tuple[int, ...]:
        """iG of every gemeente on exactly ``peildatum`` (a missing figure is a clear error)."""
        igs = self.inwoners.get(peildatum)
        if igs is None:
            igs = self.inwoners[peildatum] = tuple(_inwoners(self.gemeenten, peildatum))
        return igs

    def sommen(self, pv: str, *kolommen: Sequence[int]) -> tuple[int, ...]:
        """The sum of each column over the gemeenten of province ``pv``."""
        posities = self.posities.get(pv, ())
        return tuple(sum(map(k.__getitem__, posities)) for k in kolommen)


_KOLOMMEN: dict[int, tuple[weakref.ref[Register], Kolommen]] = {}


def kolommen(r: Register) -> Kolommen:
    """The columns of register ``r``, derived on first use and forgotten with the register."""
    bekend = _KOLOMMEN.get(id(r))
    if bekend is not None and bekend[0]() is r:
        return bekend[1]
    k = Kolommen(r)
    sleutel = id(r)
    _KOLOMMEN[sleutel] = (weakref.ref(r, lambda _: _KOLOMMEN.pop(sleutel, None)), k)
    return k
