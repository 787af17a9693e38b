"""The user files of the statushouders package: network membership for the VNG action.

:func:`met_netwerken_csv` reads which gemeenten belong to which network (M50, R8, P10, K80, …)
through the one reader for user files (:mod:`asielketen._bestanden`): bounded, UTF-8, ``,`` or
``;``, every bad row reported at once. Its columns: ``netwerk`` and ``gemeentecode``, optionally
``gemeentenaam`` (checked against the code).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from attrs import evolve

from .. import _bestanden
from ..errors import InvalidInputError
from ..explain import DatasetVersie
from ..gebied import Gemeente, Netwerk, Register, normaliseer_naam, register
from ..periods import as_date
from ..taal import Bericht, bericht
from ._gemeenschappelijk import GM_RE
from ._vng_actie import netwerknamen

__all__ = ["met_netwerken_csv"]

_KOLOMMEN = ("netwerk", "gemeentecode")
_OPTIONEEL = ("gemeentenaam",)


def met_netwerken_csv(pad: str | Path, *, peildatum: date, reg: Register | None = None) -> Register:
    """A register with network membership (M50, R8, P10, K80, …) read from a CSV file.

    Columns: ``netwerk`` and ``gemeentecode``; an optional ``gemeentenaam`` is checked against the
    code (catches transcription errors); other columns are ignored. ``peildatum`` is the date the
    membership list describes (recorded in the provenance). Every network in the file replaces
    the register's network of that name; others are kept. Unknown networks or codes, a name that
    does not fit its code and duplicate rows are one :class:`~asielketen.errors.StructureError`
    naming every bad row.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "netwerken")
    leden = _lees_leden(bestand, r)
    for naam, codes in leden.items():
        r = r.met_netwerk(Netwerk(naam=naam, leden=codes, bron=f"gebruiker:{bestand.naam}"))
    versie = DatasetVersie(bestand.naam, as_date(peildatum), bestand.sha256)
    return evolve(r, herkomst=(*r.herkomst, versie))


def _naam_past(r: Register, gemeente: Gemeente, gemeentenaam: str) -> bool:
    """True when ``gemeentenaam`` names ``gemeente``: its CBS name or an alias the register knows."""
    if normaliseer_naam(gemeentenaam) == normaliseer_naam(gemeente.naam):
        return True
    try:
        return r.gemeente(gemeentenaam).code == gemeente.code
    except InvalidInputError:
        return False


class _Ledenlijst:
    """The members per network read so far, and the checks of the next row against them."""

    def __init__(self, r: Register) -> None:
        self.r = r
        self.toegestaan = netwerknamen()
        self.codes = {g.code: g for g in r.gemeenten}
        self.gezien: dict[tuple[str, str], int] = {}
        self.leden: dict[str, list[str]] = {}

    def fout(self, nr: int, netwerk: str, code: str, gemeentenaam: str) -> Bericht | None:
        """What is wrong with a row: an unknown network or code, a name that does not fit its
        code, or a row seen before; None for a good row."""
        if netwerk not in self.toegestaan:
            return bericht(
                "statushouders.lees.onbekend_netwerk",
                rij=nr,
                netwerk=_bestanden.cel(netwerk),
                bekend=", ".join(self.toegestaan),
            )
        if not GM_RE.match(code) or code not in self.codes:
            return bericht("statushouders.lees.onbekende_code", rij=nr, code=_bestanden.cel(code))
        gemeente = self.codes[code]
        if gemeentenaam and not _naam_past(self.r, gemeente, gemeentenaam):
            return bericht(
                "statushouders.lees.naam_past_niet",
                rij=nr,
                gemeentenaam=_bestanden.cel(gemeentenaam),
                code=code,
                naam=gemeente.naam,
            )
        if (netwerk, code) in self.gezien:
            eerder = self.gezien[netwerk, code]
            return bericht("statushouders.lees.dubbel", rij=nr, code=code, netwerk=netwerk, eerder=eerder)
        return None

    def voeg_toe(self, nr: int, netwerk: str, code: str) -> None:
        """Record a good row."""
        self.gezien[netwerk, code] = nr
        self.leden.setdefault(netwerk, []).append(code)


def _lees_leden(bestand: _bestanden.Bestand, r: Register) -> dict[str, list[str]]:
    """The members per network in ``bestand``, in file order; every bad row in one error."""
    tabel = bestand.csv("netwerken", _KOLOMMEN, optioneel=_OPTIONEEL)
    lijst = _Ledenlijst(r)
    fouten = _bestanden.Fouten("netwerken", bestand.pad)
    for nr, row in tabel.rijen(fouten):
        netwerk, code = row["netwerk"], row["gemeentecode"].upper()
        fout = lijst.fout(nr, netwerk, code, row.get("gemeentenaam", ""))
        if fout is None:
            lijst.voeg_toe(nr, netwerk, code)
        else:
            fouten.voeg(fout)
    if not lijst.gezien and not fouten:
        fouten.voeg(bericht("statushouders.lees.geen_rijen", bestand=bestand.naam))
    fouten.controleer()
    return lijst.leden
