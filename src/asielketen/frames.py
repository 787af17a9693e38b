"""Registers and rule results as pandas DataFrames (extra ``pandas``: ``pip install 'asielketen[pandas]'``).

pandas is imported inside each function, never at import of this module or of ``asielketen``: the
core needs only attrs, cattrs and python-dateutil. Without pandas every function raises
:class:`~asielketen.errors.MissingExtraError` naming the extra to install.

Every frame follows the same conventions:

* **one row per area × period**: per gemeente (or per province, or per scenario area) and per
  reference date, half-year or period; rows are sorted period first, then by code. The index is a
  plain ``RangeIndex``; use ``df.set_index([...])`` for a MultiIndex.
* **dtypes**: codes and names are ``string``; counts are nullable ``Int64`` (``<NA>`` marks a figure
  that is not known — never a silent 0); dates are ``datetime64`` (``df["peildatum"].dt.date`` gives
  :class:`datetime.date` back); flags are ``boolean``; money stays exact as :class:`~decimal.Decimal`
  in ``object`` columns (never float); exact fractions (the Spreidingswet quota) become ``Float64``
  for display only — the exact value stays in the result.
* **sources as columns**: ``bronnen`` lists the ids of the sources the row rests on (in the order of
  first use, joined by ``", "``; look them up with :func:`asielketen.bron`), ``statussen`` the
  distinct statuses among them (in the order ``wettekst, brief, pers, aanname``) and ``onzeker`` is
  True when any of them has status *pers* or *aanname*. :func:`bronnen_frame` gives one row per source.
* **provenance**: ``df.attrs["herkomst"]`` holds the library version and every data file used
  (name, reference date, sha256) and ``df.attrs["bronnen"]`` maps each source id to its status.
* **languages**: column names, codes and statuses are the same in every language (a stable API).
  The few text cells the library writes itself — the citations of :func:`bronnen_frame`, the
  country's name in :func:`tekortverloop_frame` — follow the keyword ``taal`` (``"nl"`` or ``"en"``;
  default: the current language, see :func:`asielketen.taal.in_taal`), and so do error messages.

Functions: :func:`register_frame` (gemeenten × reference dates of their inhabitants),
:func:`spreiding_frame` (a Spreidingswet distribution per gemeente or province),
:func:`taakstellingen_frame` (statushouders taakstellingen, one or several half-years stacked),
:func:`stand_frame` (realisation against opgave per province or gemeente, at one or more dates),
:func:`vergoeding_frame` (Oekraïne financing per period), :func:`tekortverloop_frame` (an opvang
shortage scenario over time) and :func:`bronnen_frame`. See ``docs/frames.md`` for examples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ._extra import importeer
from ._extra import uitkomst as enkele_uitkomst
from ._extra import uitkomsten as uitkomsten_
from .errors import DataUnavailableError, InvalidInputError
from .explain import DatasetVersie, Herkomst, Uitkomst
from .gebied import Register, register
from .periods import as_date
from .sources import BRON_SOORTEN, Bron, Status
from .taal import Taal, bericht, huidige_taal, valideer_taal

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

    from .oekraine import Vergoeding
    from .opvang import Tekortverloop
    from .spreidingswet import Spreiding, Stand
    from .statushouders import Taakstellingen

__all__ = [
    "BRONKOLOMMEN",
    "Niveau",
    "bronnen_frame",
    "register_frame",
    "spreiding_frame",
    "stand_frame",
    "taakstellingen_frame",
    "tekortverloop_frame",
    "vergoeding_frame",
]

Niveau = Literal["gemeente", "provincie"]
"""The level of a frame's rows: one per gemeente or one per province."""

BRONKOLOMMEN: tuple[str, ...] = ("bronnen", "statussen", "onzeker")
"""The three source columns every frame ends with (see the module docstring)."""

_LANDELIJK = "NL"


# -- helpers -----------------------------------------------------------------------------------


def _pandas() -> Any:
    """The pandas module, or :class:`MissingExtraError` naming the ``pandas`` extra."""
    return importeer("pandas", "pandas")


def _niveau(niveau: object) -> Niveau:
    if niveau == "gemeente":
        return "gemeente"
    if niveau == "provincie":
        return "provincie"
    raise InvalidInputError("niveau", niveau, bericht("frames.niveau"))


def _taal(taal: object) -> Taal:
    """``taal`` checked, or the current language when it is ``None``."""
    return huidige_taal() if taal is None else valideer_taal(taal)


def _bronkolommen(bronnen: Sequence[Bron]) -> tuple[str | None, str | None, bool | None]:
    """The values of ``bronnen``, ``statussen`` and ``onzeker`` for a row resting on ``bronnen``."""
    if not bronnen:
        return None, None, None
    ids = ", ".join(dict.fromkeys(b.id for b in bronnen))
    aanwezig = {b.status for b in bronnen}
    statussen = ", ".join(s.value for s in Status if s in aanwezig)
    return ids, statussen, any(s.onzeker for s in aanwezig)


def _herkomst(herkomsten: Iterable[Herkomst], extra: Iterable[DatasetVersie] = ()) -> dict[str, Any]:
    versies: list[str] = []
    datasets: list[DatasetVersie] = []
    for h in herkomsten:
        if h.bibliotheekversie not in versies:
            versies.append(h.bibliotheekversie)
        datasets.extend(d for d in h.datasets if d not in datasets)
    datasets.extend(d for d in extra if d not in datasets)
    if not versies:
        from ._version import __version__

        versies.append(__version__)
    return {
        "bibliotheekversie": ", ".join(versies),
        "datasets": [
            {"naam": d.naam, "peildatum": d.peildatum.isoformat(), "sha256": d.sha256} for d in datasets
        ],
    }


def _frame(
    pdm: Any,
    kolommen: dict[str, tuple[str, list[Any]]],
    bronnen: Iterable[Bron],
    herkomst: dict[str, Any],
) -> pd.DataFrame:
    """Build a frame from ``name → (dtype, values)``; dtype ``"date"`` makes datetime64."""
    data: dict[str, Any] = {}
    for naam, (dtype, waarden) in kolommen.items():
        if dtype == "date":
            data[naam] = pdm.to_datetime(
                pdm.Series([pdm.NaT if w is None else w for w in waarden], dtype=object)
            )
        elif dtype == "object":
            data[naam] = pdm.Series([pdm.NA if w is None else w for w in waarden], dtype=object)
        else:
            data[naam] = pdm.array([pdm.NA if w is None else w for w in waarden], dtype=dtype)
    df: pd.DataFrame = pdm.DataFrame(data)
    df.attrs["herkomst"] = herkomst
    df.attrs["bronnen"] = {b.id: b.status.value for b in dict.fromkeys(bronnen)}
    return df


class _Kolommen:
    """Collects rows column by column, with a dtype per column (first use fixes the order)."""

    def __init__(self) -> None:
        self.kolommen: dict[str, tuple[str, list[Any]]] = {}
        self._bronwaarden: dict[int, tuple[Sequence[Bron], tuple[str | None, str | None, bool | None]]] = {}

    def rij(self, bronnen: Sequence[Bron] | str, **velden: tuple[str, Any]) -> None:
        """Add a row resting on ``bronnen`` (a text: the label of a source outside the registry)."""
        if isinstance(bronnen, str):
            ids: str | None = bronnen
            statussen, onzeker = None, None
        else:  # the same sequence of sources is usually shared by many rows: compute it once
            bekend = self._bronwaarden.get(id(bronnen))
            if bekend is None or bekend[0] is not bronnen:
                bekend = (bronnen, _bronkolommen(bronnen))
                self._bronwaarden[id(bronnen)] = bekend
            ids, statussen, onzeker = bekend[1]
        velden |= {
            "bronnen": ("string", ids),
            "statussen": ("string", statussen),
            "onzeker": ("boolean", onzeker),
        }
        for naam, (dtype, waarde) in velden.items():
            self.kolommen.setdefault(naam, (dtype, []))[1].append(waarde)


def _provincienamen(r: Register) -> dict[str, str]:
    return {p.code: p.naam for p in r.provincies}


def _fractie_float(x: Any) -> float | None:
    return None if x is None else float(x)


# -- the register ------------------------------------------------------------------------------


def register_frame(reg: Register | None = None, *, peildata: Iterable[date] | None = None) -> pd.DataFrame:
    """The gemeenten with their inhabitants: one row per gemeente × reference date.

    Columns: ``peildatum``, ``gemeentecode``, ``gemeentenaam``, ``provinciecode``,
    ``provincienaam``, ``veiligheidsregiocode``, ``veiligheidsregionaam`` (``string``),
    ``stedelijkheid``, ``inwoners`` (``Int64``) and the source columns — here the source of each
    row's inhabitants figure (a user's figures, ``gebruiker:…``, have no registry entry: their
    ``statussen`` is ``<NA>``).

    ``peildata`` chooses the reference dates (default: every date of the register), each a
    :class:`~datetime.date` or its ISO text. A gemeente
    without a figure on a date asked gets ``<NA>`` inhabitants; a date no gemeente has a figure for
    is a :class:`~asielketen.errors.DataUnavailableError`.
    """
    pd = _pandas()
    from .bronregister import bron, bronnen_versie

    r = register() if reg is None else reg
    if not isinstance(r, Register):
        raise InvalidInputError("reg", type(r).__name__, bericht("frames.register"))
    bekend = sorted({d for g in r.gemeenten for d in g.peildata})
    if peildata is None:
        data = bekend
    else:
        if isinstance(peildata, str | date) or not isinstance(peildata, Iterable):
            raise InvalidInputError("peildata", peildata, bericht("frames.peildatum"))
        data = sorted({as_date(d, "peildata") for d in peildata})
        for d in data:
            if d not in bekend:
                raise DataUnavailableError(
                    bericht(
                        "frames.geen_inwoners",
                        peildatum=d,
                        bekend=", ".join(x.isoformat() for x in bekend) or bericht("frames.geen"),
                    ),
                    veld="peildata",
                    waarde=d,
                )
    pnaam = _provincienamen(r)
    vnaam = {v.code: v.naam for v in r.veiligheidsregios}
    cache: dict[str, tuple[Bron, ...]] = {}

    def bronnen_van(id_: str) -> tuple[Bron, ...]:
        if id_ not in cache:
            cache[id_] = () if id_.startswith("gebruiker:") else (bron(id_),)
        return cache[id_]

    k = _Kolommen()
    alle: list[Bron] = []
    for d in data:
        for g in r.gemeenten:
            cijfer = next((i for i in g.inwoners if i.peildatum == d), None)
            bronnen = () if cijfer is None else bronnen_van(cijfer.bron)
            alle.extend(bronnen)
            k.rij(
                cijfer.bron if cijfer is not None and not bronnen else bronnen,
                peildatum=("date", d),
                gemeentecode=("string", g.code),
                gemeentenaam=("string", g.naam),
                provinciecode=("string", g.provinciecode),
                provincienaam=("string", pnaam.get(g.provinciecode)),
                veiligheidsregiocode=("string", g.veiligheidsregiocode),
                veiligheidsregionaam=("string", vnaam.get(g.veiligheidsregiocode)),
                stedelijkheid=("Int64", g.stedelijkheid),
                inwoners=("Int64", None if cijfer is None else cijfer.aantal),
            )
    herkomst = _herkomst((), (*r.herkomst, bronnen_versie()))
    return _frame(pd, k.kolommen, alle, herkomst)


# -- Spreidingswet -----------------------------------------------------------------------------


def spreiding_frame(
    uitkomst: Uitkomst[Spreiding], *, niveau: Niveau = "gemeente", reg: Register | None = None
) -> pd.DataFrame:
    """A Spreidingswet distribution (:func:`asielketen.spreidingswet.verdeel`) as a frame.

    ``niveau="gemeente"`` (default): one row per gemeente with ``inwoners_peildatum`` (the period
    column: the reference date of iG), ``behoefte`` (BO), ``gemeentecode``, ``gemeentenaam``,
    ``provinciecode``, ``provincienaam``, ``inwoners`` (iG), ``ses_woa`` (``Decimal`` or ``<NA>``),
    ``quotum`` (``Float64``, display only), ``plaatsen`` (Iv), ``amv_quotum``, ``amv``, ``methode``,
    ``sleutel`` and the source columns. The sum of ``plaatsen`` is ``Spreiding.totaal``.

    ``niveau="provincie"``: one row per province with ``plaatsen`` (the provincial opgave, Besluit
    art. 2.1 lid 2), ``quotum`` and ``amv``; the sum is again ``Spreiding.totaal``.
    """
    pd = _pandas()
    niveau = _niveau(niveau)
    u = enkele_uitkomst(uitkomst, _spreiding_type(), "uitkomst")
    s = u.waarde
    r = register() if reg is None else reg
    pnaam = _provincienamen(r)
    bronnen = u.bronnen
    k = _Kolommen()
    if niveau == "gemeente":
        for g in s.gemeenten:
            k.rij(
                bronnen,
                inwoners_peildatum=("date", s.inwoners_peildatum),
                behoefte=("Int64", s.behoefte),
                gemeentecode=("string", g.gemeentecode),
                gemeentenaam=("string", g.gemeentenaam),
                provinciecode=("string", g.provinciecode),
                provincienaam=("string", pnaam.get(g.provinciecode)),
                inwoners=("Int64", g.inwoners),
                ses_woa=("object", g.ses_woa),
                quotum=("Float64", float(g.quotum)),
                plaatsen=("Int64", g.plaatsen),
                amv_quotum=("Float64", _fractie_float(g.amv_quotum)),
                amv=("Int64", g.amv),
                methode=("string", s.methode.value),
                sleutel=("string", s.sleutel.value),
            )
    else:
        for p in s.provincies:
            k.rij(
                bronnen,
                inwoners_peildatum=("date", s.inwoners_peildatum),
                behoefte=("Int64", s.behoefte),
                provinciecode=("string", p.provinciecode),
                provincienaam=("string", p.provincienaam),
                quotum=("Float64", float(p.quotum)),
                plaatsen=("Int64", p.plaatsen),
                amv=("Int64", p.amv),
                methode=("string", s.methode.value),
                sleutel=("string", s.sleutel.value),
            )
    return _frame(pd, k.kolommen, bronnen, _herkomst([u.herkomst]))


def _spreiding_type() -> type[Spreiding]:
    from .spreidingswet import Spreiding

    return Spreiding


# -- statushouders -----------------------------------------------------------------------------


def taakstellingen_frame(
    uitkomsten: Uitkomst[Taakstellingen] | Iterable[Uitkomst[Taakstellingen]],
    *,
    niveau: Niveau = "gemeente",
    reg: Register | None = None,
) -> pd.DataFrame:
    """Statushouders taakstellingen (:func:`asielketen.statushouders.taakstellingen`) as a frame.

    Give one result or several (e.g. 2025-H1 and 2025-H2): they are stacked, one block per
    half-year, in half-year order; a half-year given twice is an error.

    ``niveau="gemeente"`` (default): one row per half-year × gemeente with ``halfjaar``
    (``"2025-H2"``), ``van`` (its first day), ``gemeentecode``, ``gemeentenaam``,
    ``provinciecode``, ``provincienaam`` (from the register; after a herindeling, the province of
    its first part), ``inwoners`` (iG), ``inwoners_nederland`` (iN), ``peildatum_inwoners``,
    ``landelijk_aantal`` (vg), ``volgens_formule``, ``taakstelling``, ``herverdeeld`` and the source
    columns of that half-year's result. Per half-year, ``taakstelling`` sums to ``Taakstellingen.som``.

    ``niveau="provincie"``: one row per half-year × province, with the sums of ``inwoners``,
    ``volgens_formule`` and ``taakstelling`` and the number of ``gemeenten``.
    """
    pd = _pandas()
    niveau = _niveau(niveau)
    from .statushouders import Taakstellingen

    lijst = sorted(uitkomsten_(uitkomsten, Taakstellingen, "uitkomsten"), key=lambda u: u.waarde.halfjaar)
    gezien = [str(u.waarde.halfjaar) for u in lijst]
    dubbel = sorted({h for h in gezien if gezien.count(h) > 1})
    if dubbel:
        raise InvalidInputError("uitkomsten", dubbel, bericht("frames.halfjaar_dubbel"))
    r = register() if reg is None else reg
    pnaam = _provincienamen(r)
    provincie_van = {g.code: g.provinciecode for g in r.gemeenten}
    k = _Kolommen()
    alle: list[Bron] = []
    for u in lijst:
        t = u.waarde
        bronnen = u.bronnen
        alle.extend(bronnen)
        periode = {
            "halfjaar": ("string", str(t.halfjaar)),
            "van": ("date", t.halfjaar.begin),
        }
        landelijk = {
            "inwoners_nederland": ("Int64", t.inwoners_nederland),
            "peildatum_inwoners": ("date", t.peildatum_inwoners),
            "landelijk_aantal": ("Int64", t.landelijk_aantal),
        }
        if niveau == "gemeente":
            for g in t.gemeenten:
                pcode = provincie_van.get(g.gemeentecode) or next(
                    (provincie_van[d] for d in g.delen if d in provincie_van), None
                )
                k.rij(
                    bronnen,
                    **periode,
                    gemeentecode=("string", g.gemeentecode),
                    gemeentenaam=("string", g.gemeentenaam),
                    provinciecode=("string", pcode),
                    provincienaam=("string", None if pcode is None else pnaam.get(pcode)),
                    inwoners=("Int64", g.inwoners),
                    **landelijk,
                    volgens_formule=("Int64", g.volgens_formule),
                    taakstelling=("Int64", g.taakstelling),
                    herverdeeld=("Int64", g.herverdeeld),
                )
        else:
            som: dict[str | None, list[int]] = {}
            for g in t.gemeenten:
                pcode = provincie_van.get(g.gemeentecode) or next(
                    (provincie_van[d] for d in g.delen if d in provincie_van), None
                )
                acc = som.setdefault(pcode, [0, 0, 0, 0])
                acc[0] += g.inwoners
                acc[1] += g.volgens_formule
                acc[2] += g.taakstelling
                acc[3] += 1
            for pcode in sorted(som, key=lambda c: (c is None, c or "")):
                inw, formule, taak, aantal = som[pcode]
                k.rij(
                    bronnen,
                    **periode,
                    provinciecode=("string", pcode),
                    provincienaam=("string", None if pcode is None else pnaam.get(pcode)),
                    gemeenten=("Int64", aantal),
                    inwoners=("Int64", inw),
                    **landelijk,
                    volgens_formule=("Int64", formule),
                    taakstelling=("Int64", taak),
                )
    return _frame(pd, k.kolommen, alle, _herkomst(u.herkomst for u in lijst))


# -- Spreidingswet: realisation against opgave -------------------------------------------------


def stand_frame(
    uitkomsten: Uitkomst[Stand] | Iterable[Uitkomst[Stand]],
    *,
    niveau: Niveau = "provincie",
    reg: Register | None = None,
) -> pd.DataFrame:
    """Realisation against opgave (:func:`asielketen.spreidingswet.stand`) at one or more dates.

    Several results (e.g. the stand at the end of each quarter) are stacked in date order; a date
    given twice is an error.

    ``niveau="provincie"`` (default): one row per peildatum × province with a verdeelbesluit:
    ``peildatum``, ``provinciecode``, ``provincienaam``, ``opgave``, ``gerealiseerd``, ``tekort``,
    ``overschot``, ``saldo`` (``Int64``), ``realisatiegraad`` (``Float64``: gerealiseerd / opgave,
    ``<NA>`` for an opgave of 0) and the source columns.

    ``niveau="gemeente"``: one row per peildatum × designated gemeente, with ``realisatie_bekend``
    (``boolean``: False when no count was given — ``gerealiseerd`` is then 0 in the result, shown
    here as ``<NA>`` so that an unknown count is never read as zero).
    """
    pd = _pandas()
    niveau = _niveau(niveau)
    from .spreidingswet import Stand

    lijst = sorted(uitkomsten_(uitkomsten, Stand, "uitkomsten"), key=lambda u: u.waarde.peildatum)
    data = [u.waarde.peildatum for u in lijst]
    dubbel = sorted({d.isoformat() for d in data if data.count(d) > 1})
    if dubbel:
        raise InvalidInputError("uitkomsten", dubbel, bericht("frames.peildatum_dubbel"))
    r = register() if reg is None else reg
    pnaam = _provincienamen(r)
    provincie_van = {g.code: g.provinciecode for g in r.gemeenten}
    k = _Kolommen()
    alle: list[Bron] = []
    for u in lijst:
        st = u.waarde
        bronnen = u.bronnen
        alle.extend(bronnen)
        if niveau == "provincie":
            for p in st.provincies:
                k.rij(
                    bronnen,
                    peildatum=("date", st.peildatum),
                    provinciecode=("string", p.provinciecode),
                    provincienaam=("string", pnaam.get(p.provinciecode)),
                    opgave=("Int64", p.opgave),
                    gerealiseerd=("Int64", p.gerealiseerd),
                    tekort=("Int64", p.tekort),
                    overschot=("Int64", p.overschot),
                    saldo=("Int64", p.saldo),
                    realisatiegraad=("Float64", p.gerealiseerd / p.opgave if p.opgave else None),
                )
        else:
            for g in st.gemeenten:
                pcode = provincie_van.get(g.gemeentecode)
                gerealiseerd = g.gerealiseerd if g.realisatie_bekend else None
                k.rij(
                    bronnen,
                    peildatum=("date", st.peildatum),
                    gemeentecode=("string", g.gemeentecode),
                    gemeentenaam=("string", g.gemeentenaam),
                    provinciecode=("string", pcode),
                    provincienaam=("string", None if pcode is None else pnaam.get(pcode)),
                    opgave=("Int64", g.opgave),
                    realisatie_bekend=("boolean", g.realisatie_bekend),
                    gerealiseerd=("Int64", gerealiseerd),
                    tekort=("Int64", g.tekort),
                    overschot=("Int64", g.overschot),
                    realisatiegraad=(
                        "Float64",
                        gerealiseerd / g.opgave if gerealiseerd is not None and g.opgave else None,
                    ),
                )
    return _frame(pd, k.kolommen, alle, _herkomst(u.herkomst for u in lijst))


# -- Oekraïne ----------------------------------------------------------------------------------


def vergoeding_frame(
    uitkomsten: Uitkomst[Vergoeding] | Iterable[Uitkomst[Vergoeding]],
) -> pd.DataFrame:
    """Oekraïne financing (:func:`asielketen.oekraine.vergoeding`) over time: one row per period.

    Give one result per period (e.g. per quarter); rows are sorted by ``van``. A compensation is not
    tied to one gemeente in the library, so the rows are periods only. Columns: ``van``, ``tot``
    (first day after the period), ``dagen``, ``plaatsen``, ``particuliere_personen`` (``Int64``),
    the amounts ``gemeentelijke_opvang``, ``particuliere_opvang``, ``eigen_bijdragen``,
    ``cateringbijdragen`` and ``totaal`` (exact :class:`~decimal.Decimal`, ``object`` dtype),
    ``normbedragen`` (the normbedragen per place per day used, as text, e.g. ``"100, 83"``),
    ``aftrek`` (the reading of BooO art. 3 lid 7), ``regeling_versie`` and the source columns.
    """
    pd = _pandas()
    from .oekraine import Vergoeding

    lijst = sorted(uitkomsten_(uitkomsten, Vergoeding, "uitkomsten"), key=lambda u: u.waarde.periode.van)
    k = _Kolommen()
    alle: list[Bron] = []
    for u in lijst:
        v = u.waarde
        bronnen = u.bronnen
        alle.extend(bronnen)
        normbedragen = ", ".join(dict.fromkeys(_decimaal(d.normbedrag) for d in v.dagdelen))
        k.rij(
            bronnen,
            van=("date", v.periode.van),
            tot=("date", v.periode.tot),
            dagen=("Int64", v.periode.dagen),
            plaatsen=("Int64", v.plaatsen),
            particuliere_personen=("Int64", v.particuliere_personen),
            gemeentelijke_opvang=("object", v.gemeentelijke_opvang),
            particuliere_opvang=("object", v.particuliere_opvang),
            eigen_bijdragen=("object", v.eigen_bijdragen),
            cateringbijdragen=("object", v.cateringbijdragen),
            totaal=("object", v.totaal),
            normbedragen=("string", normbedragen or None),
            aftrek=("string", v.aftrek.value),
            regeling_versie=("date", v.regeling_versie),
        )
    return _frame(pd, k.kolommen, alle, _herkomst(u.herkomst for u in lijst))


def _decimaal(d: Decimal) -> str:
    return format(d, "f")


# -- opvang ------------------------------------------------------------------------------------


def tekortverloop_frame(
    uitkomst: Uitkomst[Tekortverloop], *, reg: Register | None = None, taal: Taal | None = None
) -> pd.DataFrame:
    """An opvang shortage scenario over time (:func:`asielketen.opvang.tekortverloop`).

    One row per point in time × area (``"NL"`` for a national scenario, else each province):
    ``scenario``, ``datum`` (the point), ``tot`` (the next point, or the end of the period),
    ``dagen``, ``gebied``, ``gebiedsnaam`` (the province's name, or for ``"NL"`` the country's
    name in ``taal``: ``"Nederland"``, ``"Netherlands"``; default: the current language),
    ``behoefte``, ``capaciteit``, ``tekort``, ``overschot`` and ``plaatsdagen`` (tekort × dagen;
    their sum is ``Tekortverloop.plaatsdagen``), and the source columns.
    """
    t = _taal(taal)
    pd = _pandas()
    from .opvang import Tekortverloop

    u = enkele_uitkomst(uitkomst, Tekortverloop, "uitkomst")
    v = u.waarde
    r = register() if reg is None else reg
    pnaam = _provincienamen(r)
    pnaam[_LANDELIJK] = bericht("frames.nederland").tekst(t)
    bronnen = u.bronnen
    assert v.periode.tot is not None  # tekortverloop asks a closed period
    grenzen = [p.datum for p in v.punten[1:]] + [v.periode.tot]
    k = _Kolommen()
    for punt, eind in zip(v.punten, grenzen, strict=True):
        dagen = (eind - punt.datum).days
        for g in punt.gebieden:
            k.rij(
                bronnen,
                scenario=("string", v.scenario),
                datum=("date", punt.datum),
                tot=("date", eind),
                dagen=("Int64", dagen),
                gebied=("string", g.gebied),
                gebiedsnaam=("string", pnaam.get(g.gebied)),
                behoefte=("Int64", g.behoefte),
                capaciteit=("Int64", g.capaciteit),
                tekort=("Int64", g.tekort),
                overschot=("Int64", g.overschot),
                plaatsdagen=("Int64", g.tekort * dagen),
            )
    return _frame(pd, k.kolommen, bronnen, _herkomst([u.herkomst]))


# -- sources -----------------------------------------------------------------------------------


def bronnen_frame(
    uitkomst: Uitkomst[Any] | Iterable[Uitkomst[Any]], *, taal: Taal | None = None
) -> pd.DataFrame:
    """The sources a result (or several) rests on: one row per source, in the order of first use.

    Columns: ``id``, ``soort`` (the kind: wetsartikel, brief, …), ``status``, ``onzeker``
    (``boolean``), ``omschrijving`` (the citation and status as :meth:`Bron.tekst
    <asielketen.sources.BronBasis.tekst>` renders it in ``taal``; default: the current language)
    and ``url`` (``<NA>`` when unknown). The codes (``soort``, ``status``) are the same in every
    language.
    """
    t = _taal(taal)
    pd = _pandas()
    lijst = uitkomsten_(uitkomst, object, "uitkomst")
    bronnen = list(dict.fromkeys(b for u in lijst for b in u.bronnen))
    kolommen: dict[str, tuple[str, list[Any]]] = {
        "id": ("string", [b.id for b in bronnen]),
        "soort": ("string", [_soort(b) for b in bronnen]),
        "status": ("string", [b.status.value for b in bronnen]),
        "onzeker": ("boolean", [b.status.onzeker for b in bronnen]),
        "omschrijving": ("string", [b.tekst(t) for b in bronnen]),
        "url": ("string", [b.link for b in bronnen]),
    }
    return _frame(pd, kolommen, bronnen, _herkomst(u.herkomst for u in lijst))


def _soort(b: Bron) -> str:
    return next(tag for tag, cls in BRON_SOORTEN.items() if type(b) is cls)
