"""The Spreidingswet's user files: SES-WOA scores, verdeelbesluiten and realised places.

Each loader reads its file with the library's one reader for user files
(:mod:`asielketen._bestanden`: a regular file or ``-``, bounded size, UTF-8 with or without BOM,
comma or semicolon) with the columns below, and reports every bad row at once, each naming its row
and value, in one :class:`~asielketen.errors.StructureError`.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from .. import _bestanden
from .._openbaar import publiceer_hier
from ..errors import AmbiguousNameError, InvalidInputError, UnknownNameError
from ..explain import DatasetVersie
from ..gebied import Gemeente, Provincie, Register, register
from ..periods import Cyclus, as_date
from ..serialization import structure
from ..taal import Bericht, bericht
from ._cyclus import wettelijke_cyclus
from ._realisatie import Realisatie, Toewijzing, Verdeelbesluit
from ._sleutel import SesScore, SesWoa, ses_in_bereik

__all__ = ["lees_realisaties", "lees_ses_csv", "lees_verdeelbesluiten"]

SES_GEMEENTE = ("gemeentecode", "gemeentenaam", "wijken en buurten")
"""The SES-WOA file's region column, the first present (headings compared without case and
surrounding spaces): ``gemeentecode``; ``gemeentenaam``; or ``Wijken en buurten``, the heading of
CBS StatLine's tables 85163NED, 85539NED and 85900NED as exported. It holds a gemeente's code
(``GM0363``) or name (the register's lookup, which knows former spellings)."""
SES_SCORE = (
    "ses_woa",
    "ses_woa_totaalscore",
    "ses-woa/totaalscore/gemiddelde score (getal)",
    "ses-woa totaalscore gemiddelde score (getal)",
)
"""The score's column, the first present: ``ses_woa``; ``ses_woa_totaalscore``; or StatLine's
``SES-WOA/Totaalscore/Gemiddelde score (Getal)`` (its CSV export; with spaces for slashes as the
table shows it)."""
SES_PERIODE = "perioden"
"""StatLine's period column (``2019``, ``2022*`` for voorlopig): the file must hold one period."""
VERDEELBESLUIT_KOLOMMEN = ("provinciecode", "ramingsjaar", "bekendgemaakt", "gemeentecode", "plaatsen")
"""A verdeelbesluiten CSV: one row per designated gemeente (and optionally ``amv``)."""
REALISATIE_KOLOMMEN = ("gemeentecode", "peildatum", "plaatsen")
"""A realisaties CSV: one count per gemeente and date."""


def lees_ses_csv(pad: str | Path, *, peildatum: date, reg: Register | None = None) -> SesWoa:
    """Read SES-WOA scores per gemeente from a CSV: one's own, or a CBS StatLine export as downloaded.

    The region column is ``gemeentecode``, ``gemeentenaam`` or StatLine's ``Wijken en buurten``
    (:data:`SES_GEMEENTE`), holding a code (``GM0363``) or a name (``Amsterdam``; the register's
    lookup, which knows former spellings); the score column ``ses_woa``, ``ses_woa_totaalscore`` or
    StatLine's ``SES-WOA/Totaalscore/Gemiddelde score (Getal)`` (:data:`SES_SCORE`). Comma or
    semicolon separated, decimal point or comma. Rows of other regions — Nederland, provinces,
    wijken and buurten (codes ``NL``, ``PV``, ``WK``, ``BU``; names ``Nederland``, ``Wijk …``, or
    names that are no gemeente) — are skipped and counted (:attr:`SesWoa.overgeslagen`, in the
    explanation of :func:`verdeel`); a gemeente missing from the file is then named by
    :func:`verdeel`. A file without one of the columns is refused naming the columns found and the
    heading to rename a column to. Every bad row — unknown code, duplicate, non-number (StatLine's
    ``.`` for a missing value), score ≤ −1, several periods — is reported at once in a
    :class:`StructureError`. ``peildatum`` is the reference date of the scores (CBS: 1 January of the
    verslagjaar); it is recorded with the file's sha256 in every result's provenance.
    """
    peildatum = as_date(peildatum)
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "ses")
    gebied, kolom = _ses_kolommen(bestand)
    tabel = bestand.csv("ses", (gebied, kolom), optioneel=(SES_PERIODE,))
    fouten = _bestanden.Fouten("ses", bestand.pad)
    exact: dict[str, tuple[int, str]] = {}  # code → (row, cell) of rows naming the gemeente as it is
    anders: dict[str, list[tuple[int, str]]] = {}  # code → rows naming it otherwise (former names)
    overgeslagen: list[str] = []
    perioden: dict[str, int] = {}
    for nr, row in tabel.rijen(fouten):
        if SES_PERIODE in row:
            perioden.setdefault(row[SES_PERIODE], nr)
        cel = row[gebied]
        gm = _ses_gemeente(cel, r, nr, fouten)
        if gm == "overslaan":
            overgeslagen.append(cel)
            continue
        if gm == "fout":
            continue
        if cel.upper() == gm.code or cel.casefold() == gm.naam.casefold():
            if gm.code in exact:
                fouten.voeg(bericht("spreidingswet.lees.gemeente_dubbel", rij=nr, code=gm.code))
                continue
            exact[gm.code] = (nr, row[kolom])
        else:
            anders.setdefault(gm.code, []).append((nr, row[kolom]))
    if len(perioden) > 1:
        fouten.voeg(
            bericht("spreidingswet.lees.ses_perioden", perioden=", ".join(map(str, perioden))),
            rij=min(perioden.values()),
        )
    scores: dict[str, Decimal] = {}
    for code in sorted({*exact, *anders}):
        if code in exact:  # a former name beside the gemeente's own row is a wijk or buurt of it
            nr, tekst = exact[code]
            overgeslagen.extend("" for _ in anders.get(code, ()))
        else:
            (nr, tekst), *verder = anders[code]
            for dubbel, _ in verder:
                fouten.voeg(bericht("spreidingswet.lees.gemeente_dubbel", rij=dubbel, code=code), rij=dubbel)
        score = _ses_cel(tekst.replace(",", "."), nr, kolom)
        if isinstance(score, Bericht):
            fouten.voeg(score, rij=nr)
            continue
        scores[code] = score
    fouten.controleer()
    versie = DatasetVersie(bestand.naam, peildatum, bestand.sha256)
    return SesWoa(
        scores=[SesScore(c, s) for c, s in scores.items()],
        bron=f"gebruiker:{bestand.naam}",
        versie=versie,
        overgeslagen=len(overgeslagen),
    )


_ANDERE_CODES = ("NL", "PV", "WK", "BU", "LD", "CR")
"""StatLine's region codes that are no gemeente: Nederland, province, wijk, buurt, landsdeel,
COROP region."""


def _ses_gemeente(
    cel: str, r: Register, nr: int, fouten: _bestanden.Fouten
) -> Gemeente | Literal["overslaan", "fout"]:
    """The gemeente a region cell names; ``"overslaan"`` for another region (skipped); ``"fout"``
    (with the row's error) for a gemeentecode the register does not know or a name it cannot tell."""
    code = cel.upper()
    if code.startswith("GM"):
        try:
            return r.gemeente(code)
        except UnknownNameError:
            fouten.voeg(
                bericht("spreidingswet.lees.onbekende_gemeentecode", rij=nr, code=_bestanden.cel(cel))
            )
            return "fout"
    if code.startswith(_ANDERE_CODES) and any(c.isdigit() for c in code):
        return "overslaan"
    if not cel or code == "NEDERLAND" or code.startswith("WIJK "):
        return "overslaan"
    try:
        return r.gemeente(cel)
    except AmbiguousNameError as exc:
        fouten.voeg(
            bericht("spreidingswet.lees.ses_naam", rij=nr, naam=_bestanden.cel(cel), fout=exc.bericht)
        )
        return "fout"
    except UnknownNameError:  # a wijk or buurt by name (a misspelt gemeente is missed by verdeel)
        return "overslaan"


def _ses_kolommen(bestand: _bestanden.Bestand) -> tuple[str, str]:
    """The region and score columns of a SES-WOA file (:data:`SES_GEMEENTE`, :data:`SES_SCORE`),
    under either separator; a file without one is refused naming the heading to rename to."""
    bestand.csv("ses", ())  # the shared reader's checks of the text and its header line first
    regel = bestand.tekst("ses").split("\n", 1)[0]
    kandidaten: list[list[str]] = []
    for scheiding in (",", ";"):
        try:
            cellen = next(csv.reader([regel], delimiter=scheiding, strict=False), [])
        except csv.Error:  # the same line the shared reader just read: not expected, but no crash
            cellen = []
        kolommen = [c.strip().lower() for c in cellen]
        kandidaten.append(kolommen)
        gebied = next((k for k in SES_GEMEENTE if k in kolommen), None)
        score = next((k for k in SES_SCORE if k in kolommen), None)
        if gebied is not None and score is not None:
            return gebied, score
    kolommen = max(kandidaten, key=len)
    gevonden = _bestanden.kolomlijst(kolommen)
    if not any(k in kolommen for k in SES_GEMEENTE):
        lijkt = next((k for k in kolommen if any(w in k for w in ("gemeente", "regio", "wijk"))), None)
        raise bestand.fout(
            "ses",
            bericht("spreidingswet.lees.ses_hernoem_gemeente", gevonden=gevonden)
            if lijkt is None
            else bericht(
                "spreidingswet.lees.ses_hernoem_kolom",
                kolom=_bestanden.cel(lijkt),
                naar="gemeentecode",
                gevonden=gevonden,
            ),
        )
    lijkt = next((k for k in kolommen if "ses" in k and "totaal" in k), None)
    raise bestand.fout(
        "ses",
        bericht("spreidingswet.lees.ses_kolommen", gevonden=gevonden)
        if lijkt is None
        else bericht(
            "spreidingswet.lees.ses_hernoem_kolom",
            kolom=_bestanden.cel(lijkt),
            naar="ses_woa",
            gevonden=gevonden,
        ),
    )


def _ses_cel(tekst: str, nr: int, kolom: str) -> Decimal | Bericht:
    """A SES-WOA cell as a score, or what is wrong with it."""
    waarde = _bestanden.cel(tekst)
    if tekst == ".":  # StatLine's sign for "no figure" (too few households, or not yet known)
        return bericht("spreidingswet.lees.ses_punt", rij=nr, kolom=kolom)
    score = None
    if len(tekst) <= 40:  # no real score has more than a few decimals; Decimal() of a huge text is slow
        with contextlib.suppress(InvalidOperation):
            score = Decimal(tekst)
    if score is None:
        return bericht("spreidingswet.lees.geen_getal", rij=nr, kolom=kolom, waarde=waarde)
    if not score.is_finite() or score <= -1:
        return bericht("spreidingswet.lees.te_laag", rij=nr, kolom=kolom, waarde=waarde)
    if not ses_in_bereik(score):
        return bericht("spreidingswet.lees.ses_bereik", rij=nr, kolom=kolom, waarde=waarde)
    return score


def lees_verdeelbesluiten(pad: str | Path, *, reg: Register | None = None) -> tuple[Verdeelbesluit, ...]:
    """Read verdeelbesluiten from CSV or JSON, validating every row.

    CSV columns: ``provinciecode, ramingsjaar, bekendgemaakt, gemeentecode, plaatsen[, amv]`` — one
    row per designated gemeente. JSON: a list of :class:`Verdeelbesluit` as the converter writes
    them. Unknown codes, a gemeente outside its province, duplicates and negative numbers are
    reported together, each naming its row and value, in one :class:`StructureError`. The file is
    read by the library's one reader for user files (:mod:`asielketen._bestanden`: a regular file or
    ``-``, bounded size, UTF-8, comma or semicolon).
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "verdeelbesluiten")
    if bestand.is_json:
        besluiten = tuple(structure(bestand.json("verdeelbesluiten"), list[Verdeelbesluit], veld=bestand.pad))
        _check_against_register(besluiten, r, bestand.pad)
        return besluiten
    tabel = bestand.csv("verdeelbesluiten", VERDEELBESLUIT_KOLOMMEN, optioneel=("amv",))
    provincies = {p.code: p for p in r.provincies}
    gemeenten = {g.code: g for g in r.gemeenten}
    fouten = _bestanden.Fouten("verdeelbesluiten", bestand.pad)
    per: dict[tuple[str, int, date], list[Toewijzing]] = {}
    gezien: dict[str, int] = {}
    heeft_amv = "amv" in tabel.kolommen
    for nr, row in tabel.rijen(fouten):
        pcode, gcode = row["provinciecode"], row["gemeentecode"]
        jaar = _cyclusjaar(_bestanden.geheel_getal(row, "ramingsjaar", nr, fouten), nr, fouten)
        datum = _bestanden.datum(row, "bekendgemaakt", nr, fouten)
        plaatsen = _bestanden.geheel_getal(row, "plaatsen", nr, fouten)
        amv = _bestanden.geheel_getal(row, "amv", nr, fouten, leeg_mag=True) if heeft_amv else None
        pv, gm = provincies.get(pcode), gemeenten.get(gcode)
        _plaats(nr, pcode, gcode, pv, gm, fouten)
        if gm is not None and gcode in gezien:
            fouten.voeg(bericht("spreidingswet.lees.stond_al", rij=nr, code=gcode, eerder=gezien[gcode]))
        gezien.setdefault(gcode, nr)
        if jaar is None or datum is None or plaatsen is None or pv is None or gm is None:
            continue
        per.setdefault((pcode, jaar, datum), []).append(
            Toewijzing(gemeentecode=gcode, plaatsen=plaatsen, amv=amv)
        )
    fouten.controleer()
    return tuple(
        Verdeelbesluit(provinciecode=p, cyclus=Cyclus(j), bekendgemaakt=d, toewijzingen=t)
        for (p, j, d), t in sorted(per.items())
    )


def _cyclusjaar(jaar: int | None, nr: int, fouten: _bestanden.Fouten) -> int | None:
    """``jaar`` if it is the ramingsjaar of one of the law's cycles; else the row's error, and ``None``."""
    if jaar is None:
        return None
    try:
        wettelijke_cyclus(Cyclus(jaar))
    except InvalidInputError as exc:  # also a year beyond the calendar (Cyclus refuses it)
        fouten.voeg(bericht("spreidingswet.lees.geen_cyclus", rij=nr, jaar=jaar, reden=exc.reden_bericht))
        return None
    return jaar


def _plaats(
    nr: int, pcode: str, gcode: str, pv: Provincie | None, gm: Gemeente | None, fouten: _bestanden.Fouten
) -> None:
    """A row's province and gemeente are known, and the gemeente lies in the province."""
    if pv is None:
        fouten.voeg(bericht("spreidingswet.lees.onbekende_provinciecode", rij=nr, code=_bestanden.cel(pcode)))
    if gm is None:
        fouten.voeg(bericht("spreidingswet.lees.onbekende_gemeentecode", rij=nr, code=_bestanden.cel(gcode)))
    elif pv is not None and gm.provinciecode != pv.code:
        fouten.voeg(
            bericht(
                "spreidingswet.lees.ligt_niet_in", rij=nr, gemeente=gm.naam, code=gcode, provincie=pv.naam
            )
        )


def _check_against_register(besluiten: Sequence[Verdeelbesluit], r: Register, veld: str) -> None:
    """Every province of a JSON file is known and holds the gemeenten of its decision."""
    provincies = {p.code: p for p in r.provincies}
    gemeenten = {g.code: g for g in r.gemeenten}
    fouten = _bestanden.Fouten("verdeelbesluiten", veld)
    for i, vb in enumerate(besluiten):
        pv = provincies.get(vb.provinciecode)
        if pv is None:
            fouten.voeg(
                bericht("spreidingswet.lees.json_provinciecode", i=i, code=_bestanden.cel(vb.provinciecode))
            )
            continue
        for t in vb.toewijzingen:
            gm = gemeenten.get(t.gemeentecode)
            if gm is None or gm.provinciecode != pv.code:
                fouten.voeg(
                    bericht(
                        "spreidingswet.lees.json_ligt_niet_in",
                        i=i,
                        code=_bestanden.cel(t.gemeentecode),
                        provincie=pv.naam,
                    )
                )
    fouten.controleer()


def lees_realisaties(pad: str | Path, *, reg: Register | None = None) -> tuple[Realisatie, ...]:
    """Read realised places from a CSV with columns ``gemeentecode, peildatum, plaatsen``.

    Every bad row (unknown code, bad date, negative or non-integer number, the same gemeente twice
    on one date) is reported at once in a :class:`StructureError`. The file is read by the
    library's one reader for user files (:mod:`asielketen._bestanden`).
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "realisaties")
    tabel = bestand.csv("realisaties", REALISATIE_KOLOMMEN)
    bekend = {g.code for g in r.gemeenten}
    fouten = _bestanden.Fouten("realisaties", bestand.pad)
    result: list[Realisatie] = []
    gezien: set[tuple[str, date]] = set()
    for nr, row in tabel.rijen(fouten):
        code = row["gemeentecode"]
        datum = _bestanden.datum(row, "peildatum", nr, fouten)
        plaatsen = _bestanden.geheel_getal(row, "plaatsen", nr, fouten)
        if code not in bekend:
            fouten.voeg(
                bericht("spreidingswet.lees.onbekende_gemeentecode", rij=nr, code=_bestanden.cel(code))
            )
            continue
        if datum is None or plaatsen is None:
            continue
        if (code, datum) in gezien:
            fouten.voeg(bericht("spreidingswet.lees.twee_keer_op_datum", rij=nr, code=code, datum=datum))
            continue
        gezien.add((code, datum))
        result.append(Realisatie(gemeentecode=code, peildatum=datum, plaatsen=plaatsen))
    fouten.controleer()
    return tuple(result)


publiceer_hier(globals())  # the package's public names defined here: asielketen.spreidingswet.<name>
