"""The domain's user files: locations, occupancy counts and nightly counts of Ter Apel.

Each loader reads CSV or JSON through the library's one reader for user files
(:mod:`asielketen._bestanden`: a regular file or ``-``, bounded size, UTF-8, comma or semicolon),
names its columns here, and reports every bad row at once in one
:class:`~asielketen.errors.StructureError`. Time is linear in the rows: a gemeente is looked up
once per distinct text, the overlaps of one location's agreements are found in one sorted pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .. import _bestanden
from .._openbaar import publiceer_hier
from ..errors import InvalidInputError
from ..gebied import Register, register
from ..periods import Periode
from ..serialization import structure
from ..taal import Bericht, bericht
from ._dwangsom import Nachttelling
from ._locatie import Bestuursovereenkomst, Bezetting, Locatie, Locatiesoort, _controleer

_LOCATIES = ("locatie_id", "naam", "soort", "gemeente", "van", "tot", "capaciteit")
"""The columns of a locations file (one row per bestuursovereenkomst); ``kenmerk`` and
``kleinschalig`` (``ja``, ``nee`` or empty) are optional."""
_KLEINSCHALIG = {"ja": True, "nee": False, "": None}
"""The cells of the optional column ``kleinschalig``."""
_BEZETTING = ("locatie_id", "datum", "personen")
"""The columns of an occupancy file."""
_NACHTEN = ("datum", "personen")
"""The columns of a file of nightly counts."""

_Kop = tuple[int, str, Locatiesoort, str]
"""A location as its first row gives it: row number, name, kind, gemeentecode."""


def lees_locaties(pad: str | Path, *, reg: Register | None = None) -> tuple[Locatie, ...]:
    """Read locations from CSV or JSON, validating every row and reporting all problems at once.

    CSV: one row per bestuursovereenkomst, columns ``locatie_id, naam, soort, gemeente, van, tot,
    capaciteit`` (``tot`` empty for no end; ``gemeente`` a code or name; optional ``kenmerk``, and
    optional ``kleinschalig``: ``ja``, ``nee`` or empty, the same on every row of a location).
    JSON: a list of :class:`Locatie` as the converter writes them. Unknown gemeenten, unknown kinds,
    negative capacity, bad dates, overlapping agreements of one location and rows that disagree on a
    location's name, kind or gemeente each name their row and value in one :class:`StructureError`.
    The file is read by the library's one reader for user files (:mod:`asielketen._bestanden`: a
    regular file or ``-``, bounded size, UTF-8, comma or semicolon); time is linear in its rows.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "locaties")
    if bestand.is_json:
        locaties = tuple(structure(bestand.json("locaties"), list[Locatie], veld=bestand.pad))
        _controleer(locaties, (), r, veld=bestand.pad)
        return locaties
    tabel = bestand.csv("locaties", _LOCATIES, optioneel=("kenmerk", "kleinschalig"))
    fouten = _bestanden.Fouten("locaties", bestand.pad)
    kop: dict[str, _Kop] = {}
    ovs: dict[str, list[tuple[int, Bestuursovereenkomst]]] = {}
    gemeenten: dict[str, str | Bericht] = {}  # a name or code as written → code, or why not
    klein: dict[str, tuple[int, bool | None]] = {}  # location → (first row, its kleinschalig)
    for nr, row in tabel.rijen(fouten):
        soort = _locatiesoort(row["soort"], nr, fouten)
        code = _gemeente_cel(row["gemeente"], nr, r, gemeenten, fouten)
        lid, naam = row["locatie_id"], row["naam"]
        for kolom in ("locatie_id", "naam"):
            if not row[kolom]:
                fouten.voeg(bericht("bestanden.leeg", rij=nr, kolom=kolom))
        periode, cap = _overeenkomst_cellen(row, nr, fouten)
        if not lid or not naam or soort is None or code is None:
            continue
        if not _zelfde_kop(kop, lid, (nr, naam, soort, code), fouten):
            continue
        if not _kleinschalig(row.get("kleinschalig", ""), nr, lid, klein, fouten):
            continue
        if periode is not None and cap is not None:
            kenmerk = row.get("kenmerk") or None
            nieuw = Bestuursovereenkomst(periode=periode, capaciteit=cap, kenmerk=kenmerk)
            ovs.setdefault(lid, []).append((nr, nieuw))
    for lid, lijst in ovs.items():
        _overlappingen(lid, lijst, fouten)
    fouten.controleer()
    return tuple(
        Locatie(
            id=lid,
            naam=naam,
            soort=soort,
            gemeentecode=code,
            overeenkomsten=[o for _, o in ovs.get(lid, [])],
            kleinschalig=klein.get(lid, (0, None))[1],
        )
        for lid, (_, naam, soort, code) in kop.items()
    )


def lees_bezetting(
    pad: str | Path, locaties: Sequence[Locatie], *, reg: Register | None = None
) -> tuple[Bezetting, ...]:
    """Read occupancy counts (CSV ``locatie_id, datum, personen`` or a JSON list of :class:`Bezetting`).

    Every count is checked against ``locaties``: an unknown location, a negative or non-integer
    count, a bad date, a count dated before the first agreement of its location and a duplicate each
    name their row and value in one :class:`StructureError`. A count dated *after* the end of its
    location's agreement is accepted: the location is used without one ("noodgedwongen langer
    open", AenM-2026-03-26), and :func:`~asielketen.opvang.overzicht` and
    :func:`~asielketen.opvang.toets_bezetting` flag it (``langer_open``, ``na_overeenkomst``). The
    file is read by the library's one reader for user files (:mod:`asielketen._bestanden`); time is
    linear in its rows.
    """
    r = register() if reg is None else reg
    bestand = _bestanden.lees(pad, "bezetting")
    if bestand.is_json:
        tellingen = tuple(structure(bestand.json("bezetting"), list[Bezetting], veld=bestand.pad))
        _controleer(locaties, tellingen, r, veld=bestand.pad)
        return tellingen
    per_id = {loc.id: loc for loc in locaties}
    fouten = _bestanden.Fouten("bezetting", bestand.pad)
    result: list[Bezetting] = []
    gezien: dict[tuple[str, date], int] = {}
    for nr, row in bestand.csv("bezetting", _BEZETTING).rijen(fouten):
        lid = row["locatie_id"]
        dag = _bestanden.datum(row, "datum", nr, fouten)
        personen = _bestanden.geheel_getal(row, "personen", nr, fouten)
        loc = per_id.get(lid)
        if loc is None:
            fouten.voeg(bericht("opvang.lees.onbekende_locatie", rij=nr, locatie=_bestanden.cel(lid)))
            continue
        if dag is None or personen is None:
            continue
        if loc.overeenkomst_op(dag) is None and loc.beeindigd_op(dag) is None:
            fouten.voeg(_buiten_overeenkomst(nr, dag, loc))
            continue
        if (lid, dag) in gezien:
            fouten.voeg(
                bericht(
                    "opvang.lees.telling_dubbel",
                    rij=nr,
                    locatie=_bestanden.cel(lid),
                    datum=dag,
                    eerder=gezien[(lid, dag)],
                )
            )
            continue
        gezien[(lid, dag)] = nr
        result.append(Bezetting(locatie_id=lid, datum=dag, personen=personen))
    fouten.controleer()
    _controleer(locaties, result, r, veld=bestand.pad)
    return tuple(result)


def lees_nachten(pad: str | Path) -> tuple[Nachttelling, ...]:
    """Read nightly counts of Ter Apel (CSV ``datum, personen`` or a JSON list of :class:`Nachttelling`).

    A bad date, a negative or non-integer count and a night given twice each name their row and
    value in one :class:`StructureError`. The file is read by the library's one reader for user
    files (:mod:`asielketen._bestanden`); time is linear in its rows.
    """
    bestand = _bestanden.lees(pad, "nachten")
    fouten = _bestanden.Fouten("nachten", bestand.pad)
    if bestand.is_json:
        nachten = tuple(structure(bestand.json("nachten"), list[Nachttelling], veld=bestand.pad))
        eerste: dict[date, int] = {}
        for i, n in enumerate(nachten):
            if n.datum in eerste:
                fouten.voeg(bericht("opvang.lees.nacht_dubbel_json", i=i, datum=n.datum))
            eerste.setdefault(n.datum, i)
        fouten.controleer()
        return nachten
    result: list[Nachttelling] = []
    gezien: dict[date, int] = {}
    for nr, row in bestand.csv("nachten", _NACHTEN).rijen(fouten):
        dag = _bestanden.datum(row, "datum", nr, fouten)
        personen = _bestanden.geheel_getal(row, "personen", nr, fouten)
        if dag is None or personen is None:
            continue
        if dag in gezien:
            fouten.voeg(bericht("opvang.lees.nacht_dubbel", rij=nr, datum=dag, eerder=gezien[dag]))
            continue
        gezien[dag] = nr
        result.append(Nachttelling(datum=dag, personen=personen))
    fouten.controleer()
    return tuple(result)


# -- the cells of a locations file ---------------------------------------------------------------


def _locatiesoort(tekst: str, nr: int, fouten: _bestanden.Fouten) -> Locatiesoort | None:
    """The kind a cell names, or ``None`` (with its error in ``fouten``)."""
    try:
        return Locatiesoort(tekst)
    except ValueError:
        soorten = ", ".join(s.value for s in Locatiesoort)
        fouten.voeg(bericht("opvang.lees.soort", rij=nr, soort=_bestanden.cel(tekst), soorten=soorten))
        return None


def _gemeente_cel(
    tekst: str, nr: int, r: Register, bekend: dict[str, str | Bericht], fouten: _bestanden.Fouten
) -> str | None:
    """The gemeentecode a cell names (a code or a name), each distinct text looked up once."""
    if tekst not in bekend:
        try:
            bekend[tekst] = r.gemeente(tekst).code
        except InvalidInputError as exc:
            bekend[tekst] = exc.reden_bericht
    gevonden = bekend[tekst]
    if isinstance(gevonden, Bericht):
        fouten.voeg(bericht("opvang.lees.gemeente", rij=nr, gemeente=_bestanden.cel(tekst), reden=gevonden))
        return None
    return gevonden


def _overeenkomst_cellen(
    row: dict[str, str], nr: int, fouten: _bestanden.Fouten
) -> tuple[Periode | None, int | None]:
    """The term and capacity of a row's agreement: ``None`` where a cell is wrong (with its error)."""
    van = _bestanden.datum(row, "van", nr, fouten)
    tot = _bestanden.datum(row, "tot", nr, fouten, leeg_mag=True)
    cap = _bestanden.geheel_getal(row, "capaciteit", nr, fouten)
    periode = None
    if van is not None and tot is not None and tot <= van:
        fouten.voeg(bericht("opvang.lees.tot_voor_van", rij=nr, tot=tot, van=van))
    elif van is not None and (tot is not None or row["tot"] == ""):
        periode = Periode(van, tot)
    return periode, cap


def _zelfde_kop(kop: dict[str, _Kop], lid: str, hier: _Kop, fouten: _bestanden.Fouten) -> bool:
    """Record the location's first row; False (with an error) when a later row disagrees with it."""
    eerder = kop.setdefault(lid, hier)
    if eerder[1:] == hier[1:]:
        return True
    nr, naam, soort, code = hier
    fouten.voeg(
        bericht(
            "opvang.lees.kop_anders",
            rij=nr,
            locatie=_bestanden.cel(lid),
            hier=_bestanden.cel(f"{naam}/{soort.value}/{code}"),
            eerder=eerder[0],
            daar=_bestanden.cel(f"{eerder[1]}/{eerder[2].value}/{eerder[3]}"),
        )
    )
    return False


def _kleinschalig(
    cel: str, nr: int, lid: str, klein: dict[str, tuple[int, bool | None]], fouten: _bestanden.Fouten
) -> bool:
    """Record a location's ``kleinschalig`` (first row); False (with an error) for a bad cell or a
    row that disagrees with the first."""
    tekst = cel.strip().lower()
    if tekst not in _KLEINSCHALIG:
        fouten.voeg(bericht("opvang.lees.kleinschalig", rij=nr, waarde=_bestanden.cel(cel)))
        return False
    waarde = _KLEINSCHALIG[tekst]
    eerder = klein.setdefault(lid, (nr, waarde))
    if eerder[1] is waarde:
        return True
    fouten.voeg(
        bericht(
            "opvang.lees.kleinschalig_anders",
            rij=nr,
            locatie=_bestanden.cel(lid),
            hier=_bestanden.cel(cel),
            eerder=eerder[0],
            daar=_bestanden.cel({True: "ja", False: "nee", None: ""}[eerder[1]]),
        )
    )
    return False


def _overlappingen(
    lid: str, lijst: list[tuple[int, Bestuursovereenkomst]], fouten: _bestanden.Fouten
) -> None:
    """Record every agreement of one location that overlaps an earlier-starting one (O(n log n))."""
    verste: tuple[int, Bestuursovereenkomst] | None = None  # the one reaching furthest so far
    for nr, o in sorted(lijst, key=lambda t: (t[1].periode.van, t[0])):
        if verste is not None and verste[1].periode.overlapt(o.periode):
            rij, ander = max(nr, verste[0]), min(nr, verste[0])
            hier, daar = (o, verste[1]) if rij == nr else (verste[1], o)
            fouten.voeg(
                bericht(
                    "opvang.lees.overlap",
                    rij=rij,
                    periode=str(hier.periode),
                    locatie=_bestanden.cel(lid),
                    ander=ander,
                    andere_periode=str(daar.periode),
                ),
                rij=rij,
            )
        if verste is None or _reikt_verder(o.periode, verste[1].periode):
            verste = (nr, o)


def _reikt_verder(a: Periode, b: Periode) -> bool:
    """True when ``a`` ends later than ``b`` (an open end is the latest)."""
    return b.tot is not None and (a.tot is None or a.tot > b.tot)


def _buiten_overeenkomst(nr: int, dag: date, loc: Locatie) -> Bericht:
    """The error of a count dated outside every agreement of its location (the first ten named)."""
    perioden = ", ".join(str(o.periode) for o in loc.overeenkomsten[:10])
    return bericht(
        "opvang.lees.buiten_overeenkomst",
        rij=nr,
        datum=dag,
        locatie=_bestanden.cel(loc.id),
        perioden=perioden or bericht("opvang.lees.geen_perioden"),
    )


publiceer_hier(globals())  # the package's public names defined here: asielketen.opvang.<name>
