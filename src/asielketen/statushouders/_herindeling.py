"""Huisvestingswet 2014 art. 30: the taakstelling after a gemeentelijke herindeling.

When gemeenten merge, the inhabitants iG of the new gemeente on the reference date are the sum of
the CBS figures of its component parts ("de samenstellende delen"); iN does not change. A merger
counts for a half-year that begins on or after the date it takes effect; before that the old
division counts.

That is the text in force from 2024-01-01 (the minister takes the CBS figures of the parts). Under
the text of 2022-01-01 and before, gedeputeerde staten set iG, "zo veel mogelijk" taking the parts'
figures into account; for those half-years the explanation says so, and the sum of the parts is
our reading (:data:`AANNAME_GS`; a different figure set by GS is supplied with
:meth:`~asielketen.gebied.Register.met_inwoners_csv`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from attrs import field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import tekst_tuple
from ..bronregister import bron
from ..errors import InvalidInputError, UnknownNameError
from ..explain import Redenering
from ..gebied import Register
from ..periods import Halfjaar
from ..taal import bericht
from . import _wettekst
from ._gemeenschappelijk import check_code, check_naam, gemeentecode

__all__ = ["AANNAME_GS", "Herindeling", "Rij", "leg_uit", "pas_toe"]

AANNAME_GS = "aanname.statushouders.herindeling-gs"
"""Under art. 30 old (gedeputeerde staten set iG), the sum of the parts is our reading."""

Rij = tuple[str, str, int, tuple[str, ...]]
"""One gemeente as the formula sees it: (code, naam, iG, the codes of its component parts)."""


@frozen(kw_only=True)
class Herindeling:
    """A merger of whole gemeenten (gemeentelijke herindeling), for art. 30.

    From ``datum`` on, the gemeenten ``delen`` together form the gemeente ``gemeentecode``
    (``gemeentenaam``). For a half-year beginning on or after ``datum``, its iG is the sum of the
    CBS figures of the component parts on the reference date (art. 30). A boundary correction or
    a split (parts of gemeenten) is not modelled: supply adjusted inhabitants with
    :meth:`~asielketen.gebied.Register.met_inwoners_csv` instead.
    """

    datum: date
    """The date the merger takes effect (usually 1 January)."""
    gemeentecode: str = field(validator=check_code)
    """The code of the gemeente that results (a new code, or that of one of the parts)."""
    gemeentenaam: str = field(validator=check_naam)
    """The name of the gemeente that results."""
    delen: tuple[str, ...] = field(converter=tekst_tuple)
    """The codes of the merging gemeenten (at least two, each once)."""

    @delen.validator
    def _check_delen(self, attribute: object, value: tuple[str, ...]) -> None:
        for code in value:
            gemeentecode(code, "delen")
        if len(set(value)) != len(value) or len(value) < 2:
            raise InvalidInputError("delen", value, bericht("statushouders.fout.herindeling_twee"))


def _opgegaan(toegepast: Sequence[Herindeling], codes: Iterable[str]) -> dict[str, str]:
    """Each component part → the gemeente it merged into; an error for an unknown or twice-merged part."""
    bekend = set(codes)
    opgegaan: dict[str, str] = {}
    for hi in toegepast:
        for deel in hi.delen:
            if deel not in bekend:
                raise UnknownNameError(
                    "herindeling.delen", deel, bericht("statushouders.soort.gemeente_in_register")
                )
            if deel in opgegaan:
                raise InvalidInputError(
                    "herindeling.delen",
                    deel,
                    bericht("statushouders.fout.al_opgegaan", gemeentecode=opgegaan[deel]),
                )
            opgegaan[deel] = hi.gemeentecode
    nieuwe = [hi.gemeentecode for hi in toegepast]
    for hi in toegepast:  # a new code is new, or that of one of its own parts
        if nieuwe.count(hi.gemeentecode) > 1 or (
            hi.gemeentecode in bekend and hi.gemeentecode not in opgegaan
        ):
            raise InvalidInputError(
                "herindeling.gemeentecode", hi.gemeentecode, bericht("statushouders.fout.code_bezet")
            )
    return opgegaan


def pas_toe(
    r: Register, igs: Sequence[int], herindelingen: Iterable[Herindeling], h: Halfjaar
) -> tuple[list[Rij], tuple[Herindeling, ...], tuple[Herindeling, ...]]:
    """Merge the component parts (art. 30) for ``h``: the rows by code, the applied and the later mergers.

    ``igs`` are the inhabitants of the gemeenten of ``r`` in register order. A merged gemeente's
    iG is the sum of its parts' figures, so iN stays the same.
    """
    per_code = {g.code: (g, ig) for g, ig in zip(r.gemeenten, igs, strict=True)}
    toegepast = tuple(hi for hi in herindelingen if hi.datum <= h.begin)
    later = tuple(hi for hi in herindelingen if hi.datum > h.begin)
    opgegaan = _opgegaan(toegepast, per_code)
    rijen: list[Rij] = [(g.code, g.naam, ig, ()) for g, ig in per_code.values() if g.code not in opgegaan]
    for hi in toegepast:
        ig = sum(per_code[d][1] for d in hi.delen)
        rijen.append((hi.gemeentecode, hi.gemeentenaam, ig, tuple(sorted(hi.delen))))
    rijen.sort(key=lambda t: t[0])
    return rijen, toegepast, later


def leg_uit(
    rd: Redenering, toegepast: Iterable[Herindeling], later: Iterable[Herindeling], h: Halfjaar
) -> None:
    """The steps of art. 30 in the text in force for ``h``: which mergers count for ``h`` and which
    take effect only after it began."""
    art30 = _wettekst.artikel(_wettekst.ART30, h)
    gs, gs_bron = _wettekst.door_gedeputeerde_staten(h)
    for hi in toegepast:
        namen = {
            "datum": hi.datum,
            "delen": ", ".join(hi.delen),
            "gemeentenaam": hi.gemeentenaam,
            "gemeentecode": hi.gemeentecode,
        }
        if gs:  # art. 30 old: gedeputeerde staten set iG "zo veel mogelijk" from the parts
            zin = bericht("statushouders.stap.herindeling_gs", **namen)
            rd.stap(zin, art30, *([gs_bron] if gs_bron != art30 else []), bron(AANNAME_GS))
        else:
            rd.stap(bericht("statushouders.stap.herindeling", **namen), art30)
    for hi in later:
        rd.stap(
            bericht(
                "statushouders.stap.herindeling_later",
                gemeentenaam=hi.gemeentenaam,
                gemeentecode=hi.gemeentecode,
                datum=hi.datum,
                halfjaar=h,
            ),
            art30,
        )


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
