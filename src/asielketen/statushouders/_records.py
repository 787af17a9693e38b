"""Speed machinery of the taakstelling: rows built by hand, a table without re-checks, only numbers.

The rule (:func:`~._taakstelling.taakstellingen`) reads like the law; what makes 342 rows cheap
lives here, behind names that say what they build:

- :func:`regel` sets the slots of a :class:`~._tabel.Taakstellingsregel` directly (about five
  times cheaper than ``__init__`` with its validators);
- the table, whose sum is right by construction, is built without re-checks by
  :func:`asielketen._records.zonder_controle` (shared with the Spreidingswet);
- :func:`taakstelling_aantallen` gives only the numbers, for sweeping thousands of scenarios.

Every value passed here is correct by construction; users and JSON always go through ``__init__``
and all its checks. ``tests/test_statushouders.py`` proves with Hypothesis that each fast path
equals the plain rule: the same rows, table and numbers as ``__init__`` and
:func:`~._formule.taakstelling_formule` give.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._openbaar import publiceer_hier
from ..errors import InvalidInputError
from ..taal import bericht
from ._formule import kern
from ._gemeenschappelijk import aantal
from ._tabel import Taakstellingsregel

__all__ = ["regel", "taakstelling_aantallen"]

_NIEUW = object.__new__
_SLOT = Taakstellingsregel.__dict__  # attrs' @frozen classes are slotted: one descriptor per field
_ZET_CODE = _SLOT["gemeentecode"].__set__
_ZET_NAAM = _SLOT["gemeentenaam"].__set__
_ZET_INWONERS = _SLOT["inwoners"].__set__
_ZET_FORMULE = _SLOT["volgens_formule"].__set__
_ZET_TAAKSTELLING = _SLOT["taakstelling"].__set__
_ZET_DELEN = _SLOT["delen"].__set__


def regel(code: str, naam: str, ig: int, taakstelling: int, delen: tuple[str, ...]) -> Taakstellingsregel:
    """A row built from parts that are valid already, without re-running the field validators.

    Only ``taakstellingen`` uses it, on the hot path of 342 rows: ``code`` and ``naam`` come from
    validated :class:`~asielketen.gebied.Gemeente` or ``Herindeling`` objects, ``ig`` from a
    validated ``Inwonertal`` (an int ≥ 0) and ``taakstelling`` is ``ceil(vg·iG/iN) ≥ 0``, computed
    right there (so it is also ``volgens_formule``: no herverdeling yet).
    """
    r: Taakstellingsregel = _NIEUW(Taakstellingsregel)
    _ZET_CODE(r, code)
    _ZET_NAAM(r, naam)
    _ZET_INWONERS(r, ig)
    _ZET_FORMULE(r, taakstelling)
    _ZET_TAAKSTELLING(r, taakstelling)
    _ZET_DELEN(r, delen)
    return r


def taakstelling_aantallen(landelijk: int, inwoners: Sequence[int]) -> tuple[int, ...]:
    """Only the numbers: ``ceil(vg × iG / iN)`` for every iG in ``inwoners``, iN their sum.

    The fast path for sweeping thousands of scenarios (other national numbers, other
    inhabitants): the same arithmetic as :func:`taakstellingen` (one shared function), without
    register, records, checks of the table or explanation. With the inhabitants of the register's
    gemeenten in its order (by gemeentecode) the numbers are exactly ``volgens_formule`` of
    :func:`taakstellingen`'s records.

    >>> taakstelling_aantallen(10, [1, 1, 1])       # 10/3 each, rounded up
    (4, 4, 4)
    """
    vg = aantal(landelijk, "landelijk")
    igs = list(inwoners)
    if not set(map(type, igs)) <= {int} or (igs and min(igs) < 0):  # else: name the first bad one
        for i, ig in enumerate(igs):
            aantal(ig, f"inwoners[{i}]")
    i_n = sum(igs)
    if i_n == 0 and vg > 0:
        raise InvalidInputError("inwoners", 0, bericht("statushouders.fout.inwoners_nul", vg=vg))
    return tuple(kern(vg, igs, i_n))


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
