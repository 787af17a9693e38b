"""Huisvestingswet 2014 art. 29 lid 2: herverdeling of taakstellingen between gemeenten.

The colleges of two or more gemeenten may jointly decide to change their taakstellingen, on
condition that the sum of their taakstellingen stays the same. A :class:`Herverdeling` records
such a decision; :func:`pas_toe` applies it to the rows of a national table and refuses one that
changes the sum (the public rule is ``asielketen.statushouders.herverdeel``, which returns the
new table with its explanation).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from attrs import evolve, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from ..errors import InvalidInputError, UnknownNameError
from ..explain import Redenering
from ..taal import Bericht, bericht, letterlijk
from . import _wettekst
from ._gemeenschappelijk import check_aantal, check_code

if TYPE_CHECKING:  # pragma: no cover - the table records Herverdelingen: its types for annotations only
    from ._tabel import Taakstellingen, Taakstellingsregel

__all__ = ["Herverdeling", "Toewijzing", "omschrijving", "pas_toe"]


@frozen(kw_only=True)
class Toewijzing:
    """One gemeente's new taakstelling in a :class:`Herverdeling`."""

    gemeentecode: str = field(validator=check_code)
    """The gemeente."""
    taakstelling: int = field(validator=check_aantal)
    """Its taakstelling after the herverdeling."""


def _toewijzing_tuple(values: Iterable[Toewijzing]) -> tuple[Toewijzing, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Herverdeling:
    """A joint decision of two or more colleges to change their taakstellingen (art. 29 lid 2).

    Valid only if the sum over the gemeenten involved stays the same; :func:`herverdeel` checks
    that against a table of taakstellingen and names the gemeenten if it does not hold.

    >>> h = Herverdeling.van({"GM0363": 600, "GM0599": 561}, omschrijving="voorbeeld")
    >>> [t.gemeentecode for t in h.toewijzingen]
    ['GM0363', 'GM0599']
    """

    toewijzingen: tuple[Toewijzing, ...] = field(converter=_toewijzing_tuple)
    """The new taakstelling of each gemeente involved (two or more, each once)."""
    omschrijving: str = ""
    """What the decision is (e.g. the colleges' decision and its date), for the explanation."""

    @toewijzingen.validator
    def _check(self, attribute: object, value: tuple[Toewijzing, ...]) -> None:
        codes = [t.gemeentecode for t in value]
        if len(codes) < 2:
            raise InvalidInputError("toewijzingen", codes, bericht("statushouders.fout.herverdeling_twee"))
        dubbel = sorted({c for c in codes if codes.count(c) > 1})
        if dubbel:
            raise InvalidInputError("toewijzingen", dubbel, bericht("statushouders.fout.herverdeling_dubbel"))

    @classmethod
    def van(cls, nieuw: Mapping[str, int], *, omschrijving: str = "") -> Herverdeling:
        """Build from a mapping gemeentecode → new taakstelling."""
        return cls(
            toewijzingen=tuple(Toewijzing(gemeentecode=c, taakstelling=t) for c, t in nieuw.items()),
            omschrijving=omschrijving,
        )

    @property
    def gemeentecodes(self) -> tuple[str, ...]:
        """The codes of the gemeenten involved."""
        return tuple(t.gemeentecode for t in self.toewijzingen)


def omschrijving(herverdeling: Herverdeling) -> Bericht:
    """`` (the decision)`` for an explanation, or nothing without a description."""
    return letterlijk(f" ({herverdeling.omschrijving})" if herverdeling.omschrijving else "")


def _regels(t: Taakstellingen, herverdeling: Herverdeling) -> dict[str, Taakstellingsregel]:
    """The rows of the gemeenten involved, by code; an error names one that is not in the table."""
    regels = {}
    for tw in herverdeling.toewijzingen:
        try:
            regels[tw.gemeentecode] = t._index[tw.gemeentecode]
        except KeyError:
            raise UnknownNameError(
                "herverdeling.gemeentecode",
                tw.gemeentecode,
                bericht("statushouders.soort.gemeente_in_taakstellingen"),
            ) from None
    return regels


def pas_toe(rd: Redenering, t: Taakstellingen, herverdeling: Herverdeling) -> tuple[Taakstellingsregel, ...]:
    """The rows of ``t`` after ``herverdeling``, explained in ``rd``: art. 29 lid 2 allows it only if
    the taakstellingen of the gemeenten involved keep their sum; else the error names them and both
    sums. ``volgens_formule`` stays what lid 1 gives; only ``taakstelling`` changes."""
    regels = _regels(t, herverdeling)
    oud = sum(r.taakstelling for r in regels.values())
    nieuw = sum(tw.taakstelling for tw in herverdeling.toewijzingen)
    namen = ", ".join(f"{r.gemeentenaam} ({r.gemeentecode})" for r in regels.values())
    if oud != nieuw:
        raise InvalidInputError(
            "herverdeling",
            list(regels),
            bericht("statushouders.fout.herverdeling_som", namen=namen, oud=oud, nieuw=nieuw),
        )
    nieuwe = {tw.gemeentecode: tw.taakstelling for tw in herverdeling.toewijzingen}
    rd.stap(
        bericht(
            "statushouders.stap.herverdeling",
            namen=namen,
            omschrijving=omschrijving(herverdeling),
            oud=oud,
            som=t.som,
        ),
        _wettekst.artikel(_wettekst.ART29_LID2, t.halfjaar),
        **{c: f"{regels[c].taakstelling} → {n}" for c, n in nieuwe.items()},
    )
    return tuple(
        evolve(r, taakstelling=nieuwe[r.gemeentecode]) if r.gemeentecode in nieuwe else r for r in t.gemeenten
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
