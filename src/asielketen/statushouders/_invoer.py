"""The user files of the statushouders package: network membership, herverdelingen, herindelingen.

Each reads through the one reader for user files (:mod:`asielketen._bestanden`): bounded, UTF-8,
``,`` or ``;``, every bad row reported at once in one :class:`~asielketen.errors.StructureError`.

- :func:`met_netwerken_csv` (public): which gemeenten belong to which network (M50, R8, P10,
  K80, …); columns ``netwerk`` and ``gemeentecode``, optionally ``gemeentenaam`` (checked against
  the code).
- :func:`lees_herverdelingen` (the command line's ``--herverdeling``): decisions under art. 29
  lid 2; columns ``gemeentecode`` and ``taakstelling`` (the new taakstelling), optionally
  ``besluit`` (rows with the same text form one decision, in file order; the text is its
  description). Or JSON: a list of :class:`~asielketen.statushouders.Herverdeling`.
- :func:`lees_herindelingen` (the command line's ``--herindeling``): mergers under art. 30; one
  row per component part, columns ``datum``, ``gemeentecode``, ``gemeentenaam`` (the gemeente that
  results) and ``deel`` (the code of a merging gemeente). Or JSON: a list of
  :class:`~asielketen.statushouders.Herindeling`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from attrs import evolve

from .. import _bestanden
from .._openbaar import publiceer_hier
from ..errors import InvalidInputError
from ..explain import DatasetVersie
from ..gebied import Gemeente, Netwerk, Register, normaliseer_naam, register
from ..periods import as_date
from ..serialization import structure
from ..taal import Bericht, bericht
from ._gemeenschappelijk import GM_RE
from ._herindeling import Herindeling
from ._herverdeling import Herverdeling, Toewijzing
from ._vng_actie import netwerknamen

__all__ = ["lees_herindelingen", "lees_herverdelingen", "met_netwerken_csv"]

_KOLOMMEN = ("netwerk", "gemeentecode")
_OPTIONEEL = ("gemeentenaam",)


def met_netwerken_csv(pad: str | Path, *, peildatum: date, reg: Register | None = None) -> Register:
    """A register with network membership (M50, R8, P10, K80, …) read from a CSV file.

    Columns: ``netwerk`` and ``gemeentecode``; an optional ``gemeentenaam`` is checked against the
    code (catches transcription errors); other columns are ignored. ``peildatum`` is the date the
    membership list describes (recorded in the provenance). Every network in the file replaces
    the register's network of that name — except an *incomplete* list (shipped: P10 and K80), to
    which the file's members are added (it stays incomplete: a gemeente can say it is a member
    without losing the others); others are kept. Unknown networks or codes, a name that
    does not fit its code and duplicate rows are one :class:`~asielketen.errors.StructureError`
    naming every bad row.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "netwerken")
    leden = _lees_leden(bestand, r)
    bron = f"gebruiker:{bestand.naam}"
    for naam, codes in leden.items():
        oud = next((n for n in r.netwerken if n.naam == naam), None)
        if oud is not None and not oud.volledig:  # add to an incomplete list, never shrink it
            nieuw = Netwerk(
                naam=naam, leden=(*oud.leden, *codes), bron=bron, volledig=False, verwacht=oud.verwacht
            )
        else:
            nieuw = Netwerk(naam=naam, leden=codes, bron=bron)
        r = r.met_netwerk(nieuw)
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


# -- the command line's files: herverdeling (art. 29 lid 2) and herindeling (art. 30) ---------------

_HERVERDELING = ("gemeentecode", "taakstelling")
"""The columns of a herverdeling file (one row per gemeente); ``besluit`` is optional."""
_HERINDELING = ("datum", "gemeentecode", "gemeentenaam", "deel")
"""The columns of a herindeling file (one row per component part)."""


def _code(tekst: str, kolom: str, nr: int, fouten: _bestanden.Fouten) -> str | None:
    """The cell as a gemeentecode (``GM`` + 4 digits, any case), or ``None`` (problem recorded)."""
    code = tekst.upper()
    if GM_RE.match(code):
        return code
    fouten.voeg(bericht("statushouders.lees.geen_code", rij=nr, kolom=kolom, code=_bestanden.cel(tekst)))
    return None


def lees_herverdelingen(
    pad: str | Path, *, peildatum: date
) -> tuple[tuple[Herverdeling, ...], DatasetVersie]:
    """Herverdelingen (art. 29 lid 2) from CSV (``gemeentecode, taakstelling[, besluit]``) or JSON,
    with the file's version for a result's provenance (``peildatum``: the half-year's first day).

    Rows with the same ``besluit`` form one decision (file order); each needs two or more
    gemeenten, each once. Whether the sum stays the same is checked when the decision is applied
    to a table (:func:`~asielketen.statushouders.herverdeel`), which names the gemeenten and sums.
    """
    bestand = _bestanden.lees(pad, "herverdeling")
    versie = DatasetVersie(bestand.naam, as_date(peildatum), bestand.sha256)
    if bestand.is_json:
        return tuple(structure(bestand.json("herverdeling"), list[Herverdeling], veld=bestand.pad)), versie
    tabel = bestand.csv("herverdeling", _HERVERDELING, optioneel=("besluit",))
    fouten = _bestanden.Fouten("herverdeling", bestand.pad)
    besluiten: dict[str, list[tuple[int, str, int]]] = {}
    onvolledig: set[str] = set()  # decisions with a bad row: "only one gemeente" would mislead
    for nr, row in tabel.rijen(fouten):
        voor = len(fouten)
        code = _code(row["gemeentecode"], "gemeentecode", nr, fouten)
        taakstelling = _bestanden.geheel_getal(row, "taakstelling", nr, fouten)
        besluit = row.get("besluit", "")
        rijen = besluiten.setdefault(besluit, [])
        eerder = next((n for n, c, _ in rijen if c == code), None)
        if code is not None and eerder is not None:
            fouten.voeg(
                bericht(
                    "statushouders.lees.herverdeling_dubbel",
                    rij=nr,
                    code=code,
                    besluit=_bestanden.cel(besluit),
                    eerder=eerder,
                )
            )
        elif code is not None and taakstelling is not None:
            rijen.append((nr, code, taakstelling))
        if len(fouten) > voor:
            onvolledig.add(besluit)
    for besluit, rijen in besluiten.items():
        if len(rijen) == 1 and besluit not in onvolledig:
            zin = bericht(
                "statushouders.lees.herverdeling_een", rij=rijen[0][0], besluit=_bestanden.cel(besluit)
            )
            fouten.voeg(zin, rij=rijen[0][0])
    if not besluiten and not fouten:
        fouten.voeg(bericht("statushouders.lees.geen_rijen", bestand=bestand.naam))
    fouten.controleer()
    besluit_lijst = tuple(
        Herverdeling(
            toewijzingen=[Toewijzing(gemeentecode=c, taakstelling=t) for _, c, t in rijen],
            omschrijving=besluit,
        )
        for besluit, rijen in besluiten.items()
        if rijen
    )
    return besluit_lijst, versie


class _Herindelingen:
    """The mergers read so far (by resulting gemeentecode) and the checks of the next row."""

    def __init__(self, r: Register) -> None:
        self.codes = {g.code for g in r.gemeenten}
        self.kop: dict[str, tuple[int, date, str]] = {}  # code → (first row, datum, naam)
        self.delen: dict[str, list[str]] = {}
        self.deel_in: dict[str, int] = {}  # part → the row that merged it

    def voeg_toe(self, nr: int, row: dict[str, str], fouten: _bestanden.Fouten) -> None:
        """Check one row and record it when it is good."""
        datum = _bestanden.datum(row, "datum", nr, fouten)
        code = _code(row["gemeentecode"], "gemeentecode", nr, fouten)
        deel = _code(row["deel"], "deel", nr, fouten)
        naam = row["gemeentenaam"]
        if not naam:
            fouten.voeg(bericht("bestanden.leeg", rij=nr, kolom="gemeentenaam"))
        if deel is not None and deel not in self.codes:
            fouten.voeg(bericht("statushouders.lees.onbekende_code", rij=nr, code=deel))
            deel = None
        if datum is None or code is None or deel is None or not naam:
            return
        eerste = self.kop.setdefault(code, (nr, datum, naam))
        if eerste[1:] != (datum, naam):
            zin = bericht("statushouders.lees.herindeling_anders", rij=nr, code=code, eerder=eerste[0])
            fouten.voeg(zin)
        elif deel in self.deel_in:
            fouten.voeg(
                bericht("statushouders.lees.deel_dubbel", rij=nr, code=deel, eerder=self.deel_in[deel])
            )
        else:
            self.deel_in[deel] = nr
            self.delen.setdefault(code, []).append(deel)


def lees_herindelingen(
    pad: str | Path, *, peildatum: date, reg: Register | None = None
) -> tuple[tuple[Herindeling, ...], DatasetVersie]:
    """Herindelingen (art. 30) from CSV (``datum, gemeentecode, gemeentenaam, deel``) or JSON,
    with the file's version for a result's provenance (``peildatum``: the half-year's first day).

    One row per component part; the rows of one resulting gemeentecode form one merger and must
    agree on its date and name; it needs two or more parts, each a gemeente of ``reg`` (default:
    the shipped register) merged only once.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "herindeling")
    versie = DatasetVersie(bestand.naam, as_date(peildatum), bestand.sha256)
    if bestand.is_json:
        return tuple(structure(bestand.json("herindeling"), list[Herindeling], veld=bestand.pad)), versie
    tabel = bestand.csv("herindeling", _HERINDELING)
    fouten = _bestanden.Fouten("herindeling", bestand.pad)
    gelezen = _Herindelingen(r)
    for nr, row in tabel.rijen(fouten):
        gelezen.voeg_toe(nr, row, fouten)
    for code, (nr, _, _) in gelezen.kop.items():
        if len(gelezen.delen.get(code, [])) < 2 and not fouten:
            fouten.voeg(bericht("statushouders.lees.herindeling_een", rij=nr, code=code), rij=nr)
    if not gelezen.kop and not fouten:
        fouten.voeg(bericht("statushouders.lees.geen_rijen", bestand=bestand.naam))
    fouten.controleer()
    samenvoegingen = tuple(
        Herindeling(datum=datum, gemeentecode=code, gemeentenaam=naam, delen=gelezen.delen[code])
        for code, (_, datum, naam) in gelezen.kop.items()
    )
    return samenvoegingen, versie


publiceer_hier(globals())  # the package's public names defined here: asielketen.statushouders.<name>
