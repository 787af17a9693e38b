"""A sweep of the statushouders taakstelling: many national numbers vg through art. 29 lid 1's arithmetic.

The setup runs the full rule once — :func:`~asielketen.statushouders.taakstellingen` for the
half-year with a national number of 0 — for its sources (Huisvestingswet 2014 art. 29 in the text
in force when the half-year begins, the CBS inhabitants), data files and the inhabitants of every
gemeente on the rule's reference date (1 January of the preceding year). Each scenario is then one
call of the rule's own kernel, ``ceil(vg × iG / iN)`` (:func:`asielketen.statushouders._formule.kern`,
behind ``taakstellingen`` and ``taakstelling_aantallen``): no second copy of the formula.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor

from .._validation import GROOTSTE_AANTAL, geheel_getal, van_soort
from ..errors import InvalidInputError
from ..gebied import Register, register
from ..periods import Halfjaar
from ..statushouders import taakstellingen
from ..statushouders._formule import kern
from ..statushouders._gemeenschappelijk import als_halfjaar
from ..taal import bericht
from ._reeks import Reeks, Regel
from ._uitvoering import Kop, Stroom, in_blokken, instellingen, scenarios

__all__ = ["taakstelling_reeks", "taakstelling_stroom"]


def _taakstelling_blok(inwoners: Sequence[int], i_n: int, landelijk: list[int]) -> list[tuple[int, ...]]:
    """A chunk of national numbers: per vg the taakstelling of every gemeente (the rule's kernel)."""
    return [tuple(kern(vg, inwoners, i_n)) for vg in landelijk]


def _aantallen(
    landelijke_aantallen: Iterable[object], nul: Callable[[int], InvalidInputError] | None
) -> Iterator[int]:
    """The national numbers, each checked as :func:`taakstellingen` checks ``landelijk``
    (``landelijke_aantallen[i]`` named); with ``nul``, vg above 0 has no inhabitants to go to."""
    for i, vg in enumerate(landelijke_aantallen):
        if type(vg) is not int or not 0 <= vg <= GROOTSTE_AANTAL:
            reden = bericht("statushouders.fout.aantal", minimum=0)
            vg = int(geheel_getal(f"landelijke_aantallen[{i}]", vg, reden=reden))
        if nul is not None and vg:
            raise nul(vg)
        yield vg


def _zelf(stuk: list[int]) -> list[int]:
    return stuk


def taakstelling_stroom(
    landelijke_aantallen: Iterable[int],
    *,
    halfjaar: Halfjaar | str,
    reg: Register | None = None,
    executor: Executor | None = None,
    blok: int | None = None,
    gelijktijdig: int | None = None,
    voortgang: Callable[[int], object] | None = None,
) -> Stroom:
    """The taakstelling of every gemeente for each national number, one :class:`Rij` at a time.

    Each row equals ``volgens_formule`` of :func:`asielketen.statushouders.taakstellingen`'s
    records (register order) for ``halfjaar`` with ``landelijk=vg`` and the same ``reg`` (see
    :func:`taakstelling_reeks`). The numbers are read lazily and the rows come in scenario order,
    so memory stays flat however many there are.
    """
    h = als_halfjaar(halfjaar)
    invoer = scenarios("landelijke_aantallen", landelijke_aantallen)
    r = (
        register()
        if reg is None
        else van_soort("reg", reg, Register, reden=lambda: bericht("sweep.fout.register"))
    )
    uitvoering = instellingen(executor, blok, gelijktijdig, voortgang)
    u = taakstellingen(h, landelijk=0, reg=r)  # the full rule once: sources, data files, inhabitants
    t = u.waarde
    inwoners = [x.inwoners for x in t.gemeenten]
    i_n = t.inwoners_nederland

    def nul(vg: int) -> InvalidInputError:  # nobody to distribute over: the rule's error
        return InvalidInputError(
            "inwoners",
            0,
            bericht("statushouders.fout.inwoners_nul_op", peildatum=t.peildatum_inwoners, vg=vg),
        )

    kop = Kop(
        regel=Regel.TAAKSTELLINGEN,
        gemeentecodes=tuple(x.gemeentecode for x in t.gemeenten),
        inwoners_peildatum=t.peildatum_inwoners,
        bronnen=u.bronnen,
        herkomst=u.herkomst,
        halfjaar=h,
    )
    items = _aantallen(invoer, nul if i_n == 0 else None)
    blokken = in_blokken(items, _taakstelling_blok, (inwoners, i_n), uitvoering)
    return Stroom(kop, blokken, _zelf)


def taakstelling_reeks(
    landelijke_aantallen: Iterable[int],
    *,
    halfjaar: Halfjaar | str,
    reg: Register | None = None,
    executor: Executor | None = None,
    blok: int | None = None,
    gelijktijdig: int | None = None,
    voortgang: Callable[[int], object] | None = None,
) -> Reeks:
    """The statushouders taakstellingen for many national numbers vg at once: one row per vg.

    ``plaatsen[i][j]`` is ``volgens_formule`` — ``vg × iG / iN`` rounded up (Huisvestingswet 2014
    art. 29 lid 1) — of gemeente ``gemeentecodes[j]`` in
    ``statushouders.taakstellingen(halfjaar, landelijk=landelijke_aantallen[i], reg=reg)``: the
    same inhabitants (1 January of the year before the half-year's), the same sources, the
    rule's own arithmetic. A herverdeling (art. 29 lid 2) or herindeling is not part of a sweep.

    - ``landelijke_aantallen``: any iterable of whole numbers (a generator too); each is checked
      as ``taakstellingen`` checks ``landelijk``, an error naming ``landelijke_aantallen[i]``.
    - ``halfjaar``: a :class:`~asielketen.periods.Halfjaar` or its text (``"2025-H2"``).
    - ``reg``, ``executor``, ``blok``, ``gelijktijdig``, ``voortgang``: as in
      :func:`~asielketen.sweep.verdeel_reeks`.

    >>> r = taakstelling_reeks([13000, 14000], halfjaar="2025-H2")
    >>> r.kolom("Het Hogeland"), r.totalen[0]
    ((35, 38), 13164)
    """
    return taakstelling_stroom(
        landelijke_aantallen,
        halfjaar=halfjaar,
        reg=reg,
        executor=executor,
        blok=blok,
        gelijktijdig=gelijktijdig,
        voortgang=voortgang,
    ).reeks()
