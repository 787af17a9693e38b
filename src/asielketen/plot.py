"""Pictures of rule results (extra ``plot``: ``pip install 'asielketen[plot]'``, matplotlib).

matplotlib is imported inside each function, never at import of this module or of ``asielketen``;
without it every function raises :class:`~asielketen.errors.MissingExtraError` naming the extra.
pandas is not needed: the functions read the results themselves.

Every function takes the result(s) of a rule, an optional ``ax`` (a matplotlib ``Axes``) to draw
into and an optional ``toelichting`` (a sentence put before the source caption, e.g. what the
inputs are), and returns the ``Axes`` it drew on (``ax.figure`` is its ``Figure``). Without ``ax`` a new
``matplotlib.figure.Figure`` is made — not through ``pyplot``, so nothing is shown, no global state
is kept and any backend (Agg on a server) works; save it with ``ax.figure.savefig("x.png")``. No
function calls ``plt.show()``.

The title says what is shown and at which peildatum or period; a caption under the axes names the
ids of the sources the result rests on, each with its status (look them up with
:func:`asielketen.bron` or ``asielketen bronnen``), and warns when any is *pers* or *aanname*.

Titles, axis and legend labels, the caption and the number format (``96.000`` or ``96,000``) are in
Dutch by default and in English on request: every function takes ``taal`` (``"nl"`` or ``"en"``;
default: the current language, see :func:`asielketen.taal.in_taal`). Names of gemeenten,
provinces, laws and sources stay as they are; ``toelichting`` may be a
:class:`~asielketen.taal.Bericht` to follow the language too.

* :func:`realisatie_per_provincie` — Spreidingswet: realised places against the opgave per province
  (:func:`asielketen.spreidingswet.stand`);
* :func:`spreiding_per_provincie` — Spreidingswet: the provincial opgave of a distribution, beside a
  base distribution (:func:`asielketen.spreidingswet.verdeel`), e.g. for a scenario;
* :func:`taakstelling_per_provincie` — statushouders: the taakstelling per province for one or more
  half-years (:func:`asielketen.statushouders.taakstellingen`);
* :func:`vergoeding_verloop` — Oekraïne: the compensation per period and the normbedrag per place
  per day over time (:func:`asielketen.oekraine.vergoeding`);
* :func:`tekort_verloop` — opvang: need, capacity and shortage of a scenario over time
  (:func:`asielketen.opvang.tekortverloop`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from ._extra import importeer, uitkomsten
from ._extra import uitkomst as enkele_uitkomst
from .errors import InvalidInputError
from .explain import Uitkomst
from .gebied import Register, register
from .sources import Bron
from .taal import Bericht, Taal, bericht, huidige_taal, valideer_taal

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from matplotlib.axes import Axes

    from .oekraine import Vergoeding
    from .opvang import Tekortverloop
    from .spreidingswet import Spreiding, Stand
    from .statushouders import Taakstellingen

__all__ = [
    "realisatie_per_provincie",
    "spreiding_per_provincie",
    "taakstelling_per_provincie",
    "tekort_verloop",
    "vergoeding_verloop",
]

_FIGUURMAAT = (9.0, 5.5)


# -- helpers -----------------------------------------------------------------------------------


def _taal(taal: object) -> Taal:
    """``taal`` checked, or the current language when it is ``None``."""
    return huidige_taal() if taal is None else valideer_taal(taal)


def _toelichting(toelichting: object, taal: Taal) -> str:
    """The caller's sentence before the source caption, in ``taal`` when it is a ``Bericht``."""
    if isinstance(toelichting, Bericht):
        return toelichting.tekst(taal)
    if isinstance(toelichting, str):
        return toelichting
    raise InvalidInputError("toelichting", type(toelichting).__name__, bericht("plot.toelichting"))


def _assen(ax: Axes | None) -> Axes:
    """``ax`` checked, or the Axes of a new Figure (made without pyplot)."""
    axes_mod = importeer("matplotlib.axes", "plot")
    if ax is None:
        figure_mod = importeer("matplotlib.figure", "plot")
        fig = figure_mod.Figure(figsize=_FIGUURMAAT, layout="constrained")
        nieuw: Axes = fig.add_subplot()
        return nieuw
    if not isinstance(ax, axes_mod.Axes):
        raise InvalidInputError("ax", type(ax).__name__, bericht("plot.ax"))
    return cast("Axes", ax)


def _datums(ax: Axes, dagen: Sequence[date]) -> Any:
    """Dates as matplotlib date numbers (days), with the x-axis set to show dates."""
    mdates = importeer("matplotlib.dates", "plot")
    ax.xaxis_date()
    return mdates.date2num(list(dagen))


def _duizendtal(x: float, taal: Taal, *, teken: bool = False) -> str:
    """A whole number with the thousands separator of ``taal`` (``96.000``, ``96,000``).

    With ``teken`` the sign is always written (``+1.234``, ``-56``).
    """
    getal = f"{x:+,.0f}" if teken else f"{x:,.0f}"
    return getal.replace(",", bericht("plot.duizendtalscheiding").tekst(taal))


def _as_duizendtallen(ax: Axes, taal: Taal, as_: str = "y") -> None:
    ticker = importeer("matplotlib.ticker", "plot")
    fmt = ticker.FuncFormatter(lambda x, _pos: _duizendtal(x, taal))
    (ax.yaxis if as_ == "y" else ax.xaxis).set_major_formatter(fmt)


def _bronvermelding(ax: Axes, bronnen: Iterable[Bron], toelichting: str, taal: Taal) -> None:
    """A caption under the axes: the sources' ids with their status, and a warning if uncertain."""
    uniek = list(dict.fromkeys(bronnen))
    ids = "; ".join(f"{b.id} [{b.status.value}]" for b in uniek)
    tekst = bericht("plot.bronnen", bronnen=ids).tekst(taal)
    if any(b.status.onzeker for b in uniek):
        tekst += " " + bericht("plot.onzeker").tekst(taal)
    if toelichting:
        tekst = toelichting + " " + tekst
    ax.annotate(
        "\n".join(textwrap.wrap(tekst, width=150)),
        xy=(0, 0),
        xycoords=lambda renderer: ax.xaxis.get_tightbbox(renderer) or ax.bbox,  # under the tick labels
        xytext=(0, -4),
        textcoords="offset points",
        va="top",
        ha="left",
        fontsize=6.5,
        color="0.3",
    )


def _alle_bronnen(lijst: Sequence[Uitkomst[Any]]) -> list[Bron]:
    return list(dict.fromkeys(b for u in lijst for b in u.bronnen))


def _provincienamen(reg: Register | None) -> dict[str, str]:
    r = register() if reg is None else reg
    return {p.code: p.naam for p in r.provincies}


# -- Spreidingswet -----------------------------------------------------------------------------


def realisatie_per_provincie(
    uitkomst: Uitkomst[Stand],
    *,
    ax: Axes | None = None,
    reg: Register | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """Realised places against the opgave per province at the stand's peildatum (horizontal bars).

    Each province with a verdeelbesluit gets a light bar for its opgave and a dark bar for the places
    realised, labelled with the share realised. Texts in ``taal`` (default: the current language).
    Returns the Axes.
    """
    from .spreidingswet import Stand

    t = _taal(taal)
    zin = _toelichting(toelichting, t)
    ax = _assen(ax)
    u = enkele_uitkomst(uitkomst, Stand, "uitkomst")
    st = u.waarde
    namen = _provincienamen(reg)
    provincies = sorted(st.provincies, key=lambda p: p.provinciecode, reverse=True)
    labels = [namen.get(p.provinciecode, p.provinciecode) for p in provincies]
    y = list(range(len(provincies)))
    ax.barh(
        y,
        [p.opgave for p in provincies],
        height=0.8,
        color="0.85",
        edgecolor="0.5",
        label=bericht("plot.realisatie.opgave").tekst(t),
    )
    ax.barh(
        y,
        [p.gerealiseerd for p in provincies],
        height=0.45,
        color="C0",
        label=bericht("plot.realisatie.gerealiseerd").tekst(t),
    )
    for i, p in zip(y, provincies, strict=True):
        aandeel = (
            "—"
            if p.opgave == 0
            else bericht("plot.procent", procent=f"{100 * p.gerealiseerd / p.opgave:.0f}").tekst(t)
        )
        ax.annotate(
            aandeel,
            xy=(max(p.opgave, p.gerealiseerd), i),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(y, labels)
    _as_duizendtallen(ax, t, "x")
    ax.set_xlabel(bericht("plot.opvangplaatsen").tekst(t))
    totaal_opgave = sum(p.opgave for p in st.provincies)
    totaal_real = sum(p.gerealiseerd for p in st.provincies)
    ax.set_title(
        bericht(
            "plot.realisatie.titel",
            peildatum=st.peildatum,
            gerealiseerd=_duizendtal(totaal_real, t),
            opgave=_duizendtal(totaal_opgave, t),
        ).tekst(t),
        fontsize=10,
    )
    ax.legend(loc="lower right", fontsize=8)
    ax.margins(x=0.12)
    _bronvermelding(ax, u.bronnen, zin, t)
    return ax


def spreiding_per_provincie(
    uitkomst: Uitkomst[Spreiding],
    *,
    basis: Uitkomst[Spreiding] | None = None,
    ax: Axes | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """The provincial opgave of a distribution (Besluit art. 2.1 lid 2), optionally beside a base.

    With ``basis`` (e.g. the published raming) each province gets two bars — base and ``uitkomst``
    (e.g. a scenario) — and the difference is written above them. Texts in ``taal`` (default: the
    current language). Returns the Axes.
    """
    from .spreidingswet import Spreiding

    t = _taal(taal)
    zin = _toelichting(toelichting, t)
    ax = _assen(ax)
    u = enkele_uitkomst(uitkomst, Spreiding, "uitkomst")
    reeks = [u]
    if basis is not None:
        b = enkele_uitkomst(basis, Spreiding, "basis")
        reeks = [b, u]
    s = u.waarde
    codes = [p.provinciecode for p in s.provincies]
    namen = [p.provincienaam for p in s.provincies]
    breedte = 0.8 / len(reeks)
    x = list(range(len(codes)))
    hoogtes: list[dict[str, int]] = []
    for i, r in enumerate(reeks):
        per = {p.provinciecode: p.plaatsen for p in r.waarde.provincies}
        hoogtes.append(per)
        behoefte = _duizendtal(r.waarde.behoefte, t)
        label = (
            bericht("plot.spreiding.basisreeks", behoefte=behoefte)
            if basis is not None and i == 0
            else bericht("plot.spreiding.reeks", behoefte=behoefte)
        ).tekst(t)
        ax.bar(
            [xi + (i - (len(reeks) - 1) / 2) * breedte for xi in x],
            [per.get(c, 0) for c in codes],
            width=breedte,
            label=label,
            color="0.7" if basis is not None and i == 0 else "C0",
        )
    if basis is not None:
        for xi, c in zip(x, codes, strict=True):
            verschil = hoogtes[1].get(c, 0) - hoogtes[0].get(c, 0)
            ax.annotate(
                _duizendtal(verschil, t, teken=True),
                xy=(xi, max(hoogtes[0].get(c, 0), hoogtes[1].get(c, 0))),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                fontsize=7,
            )
    ax.set_xticks(x, namen, rotation=40, ha="right")
    _as_duizendtallen(ax, t)
    ax.set_ylabel(bericht("plot.spreiding.as").tekst(t))
    sleutel = (
        bericht("plot.spreiding.wettelijk")
        if s.sleutel.value == "wettelijk"
        else bericht("plot.spreiding.inwoners")
    )
    if basis is None:
        titel = bericht(
            "plot.spreiding.titel",
            behoefte=_duizendtal(s.behoefte, t),
            peildatum=s.inwoners_peildatum,
            sleutel=sleutel,
            methode=s.methode,
        )
    else:
        titel = bericht(
            "plot.spreiding.titel_basis",
            behoefte=_duizendtal(s.behoefte, t),
            basis=_duizendtal(reeks[0].waarde.behoefte, t),
            peildatum=s.inwoners_peildatum,
            sleutel=sleutel,
            methode=s.methode,
        )
    ax.set_title(titel.tekst(t), fontsize=10)
    ax.legend(fontsize=8)
    _bronvermelding(ax, _alle_bronnen(reeks), zin, t)
    return ax


# -- statushouders -----------------------------------------------------------------------------


def taakstelling_per_provincie(
    uitkomsten_: Uitkomst[Taakstellingen] | Iterable[Uitkomst[Taakstellingen]],
    *,
    ax: Axes | None = None,
    reg: Register | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """The statushouders taakstelling per province: one bar per half-year given, per province.

    A province's bar is the sum of its gemeenten' taakstellingen (Huisvestingswet 2014 art. 29).
    Texts in ``taal`` (default: the current language). Returns the Axes.
    """
    from .statushouders import Taakstellingen

    t = _taal(taal)
    zin = _toelichting(toelichting, t)
    ax = _assen(ax)
    lijst = sorted(uitkomsten(uitkomsten_, Taakstellingen, "uitkomsten"), key=lambda u: u.waarde.halfjaar)
    r = register() if reg is None else reg
    provincie_van = {g.code: g.provinciecode for g in r.gemeenten}
    codes = [p.code for p in r.provincies]
    namen = [p.naam for p in r.provincies]
    breedte = 0.8 / len(lijst)
    x = list(range(len(codes)))
    for i, u in enumerate(lijst):
        ts = u.waarde
        som = dict.fromkeys(codes, 0)
        for g in ts.gemeenten:
            pcode = provincie_van.get(g.gemeentecode) or next(
                (provincie_van[d] for d in g.delen if d in provincie_van), None
            )
            if pcode is not None:
                som[pcode] += g.taakstelling
        ax.bar(
            [xi + (i - (len(lijst) - 1) / 2) * breedte for xi in x],
            [som[c] for c in codes],
            width=breedte,
            label=bericht(
                "plot.taakstelling.reeks", halfjaar=ts.halfjaar, vg=_duizendtal(ts.landelijk_aantal, t)
            ).tekst(t),
            color=f"C{i % 10}",
        )
    ax.set_xticks(x, namen, rotation=40, ha="right")
    _as_duizendtallen(ax, t)
    ax.set_ylabel(bericht("plot.taakstelling.as").tekst(t))
    halfjaren = ", ".join(str(u.waarde.halfjaar) for u in lijst)
    peil = ", ".join(dict.fromkeys(u.waarde.peildatum_inwoners.isoformat() for u in lijst))
    ax.set_title(bericht("plot.taakstelling.titel", halfjaren=halfjaren, peildata=peil).tekst(t), fontsize=10)
    ax.legend(fontsize=8)
    _bronvermelding(ax, _alle_bronnen(lijst), zin, t)
    return ax


# -- Oekraïne ----------------------------------------------------------------------------------


def vergoeding_verloop(
    uitkomsten_: Uitkomst[Vergoeding] | Iterable[Uitkomst[Vergoeding]],
    *,
    ax: Axes | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """The Oekraïne compensation over time: a bar per period (e.g. per quarter) and the normbedrag.

    Bars show the total compensation of each result over its period (Bekostigingsregeling art. 3),
    stacked by gemeentelijke and particuliere opvang; a step line on a second axis shows the
    normbedrag per realised place per day (art. 3 lid 1). Texts in ``taal`` (default: the current
    language). Returns the main Axes.
    """
    from .oekraine import Vergoeding

    t = _taal(taal)
    zin = _toelichting(toelichting, t)
    ax = _assen(ax)
    lijst = sorted(uitkomsten(uitkomsten_, Vergoeding, "uitkomsten"), key=lambda u: u.waarde.periode.van)
    van = _datums(ax, [u.waarde.periode.van for u in lijst])
    breedte = [float(u.waarde.periode.dagen) for u in lijst]
    gemeentelijk = [float(u.waarde.gemeentelijke_opvang) for u in lijst]
    particulier = [float(u.waarde.particuliere_opvang) for u in lijst]
    ax.bar(
        van,
        gemeentelijk,
        width=breedte,
        align="edge",
        color="C0",
        edgecolor="white",
        label=bericht("plot.vergoeding.gemeentelijk").tekst(t),
    )
    if any(particulier):
        ax.bar(
            van,
            particulier,
            width=breedte,
            bottom=gemeentelijk,
            align="edge",
            color="C1",
            edgecolor="white",
            label=bericht("plot.vergoeding.particulier").tekst(t),
        )
    _as_duizendtallen(ax, t)
    ax.set_ylabel(bericht("plot.vergoeding.as").tekst(t))
    tweede = ax.twinx()
    stappen: list[tuple[date, float]] = []
    for u in lijst:
        for d in u.waarde.dagdelen:
            stappen.append((d.periode.van, float(d.normbedrag)))
    laatste = lijst[-1].waarde.periode.tot
    if stappen and laatste is not None:
        xs = _datums(tweede, [s[0] for s in stappen] + [laatste])
        ys = [s[1] for s in stappen] + [stappen[-1][1]]
        tweede.step(
            xs,
            ys,
            where="post",
            color="C3",
            linewidth=2,
            label=bericht("plot.vergoeding.normbedrag").tekst(t),
        )
        tweede.set_ylim(0, max(ys) * 1.25)
    tweede.set_ylabel(bericht("plot.vergoeding.as_normbedrag").tekst(t), color="C3")
    tweede.tick_params(axis="y", colors="C3")
    plaatsen = ", ".join(dict.fromkeys(_duizendtal(u.waarde.plaatsen, t) for u in lijst))
    eind = lijst[-1].waarde.periode.laatste_dag
    ax.set_title(
        bericht(
            "plot.vergoeding.titel",
            plaatsen=plaatsen,
            begin=lijst[0].waarde.periode.van,
            eind="…" if eind is None else eind,
        ).tekst(t),
        fontsize=10,
    )
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = tweede.get_legend_handles_labels()
    ax.legend(handles + h2, labels + l2, fontsize=8, loc="upper right")
    _bronvermelding(ax, _alle_bronnen(lijst), zin, t)
    return ax


# -- opvang ------------------------------------------------------------------------------------


def tekort_verloop(
    uitkomst: Uitkomst[Tekortverloop],
    *,
    ax: Axes | None = None,
    toelichting: str | Bericht = "",
    taal: Taal | None = None,
) -> Axes:
    """Need, capacity and shortage of an opvang scenario over its period (step lines).

    For a scenario per province the lines are the national sums; the shortage is the sum of the
    provinces' shortages (a surplus in one does not offset another's shortage). Texts in ``taal``
    (default: the current language). Returns the Axes.
    """
    from .opvang import Tekortverloop

    t = _taal(taal)
    zin = _toelichting(toelichting, t)
    ax = _assen(ax)
    u = enkele_uitkomst(uitkomst, Tekortverloop, "uitkomst")
    v = u.waarde
    eind = v.periode.tot
    if eind is None:  # pragma: no cover - tekortverloop asks a closed period
        raise InvalidInputError("uitkomst.periode.tot", None, bericht("plot.gesloten_periode"))
    xs = _datums(ax, [p.datum for p in v.punten] + [eind])

    def reeks(waarden: list[int]) -> list[int]:
        return [*waarden, waarden[-1]]

    behoefte = reeks([p.behoefte for p in v.punten])
    capaciteit = reeks([p.capaciteit for p in v.punten])
    tekort = reeks([p.tekort for p in v.punten])
    ax.fill_between(
        xs, tekort, step="post", color="C3", alpha=0.25, label=bericht("plot.tekort.tekort").tekst(t)
    )
    ax.step(xs, tekort, where="post", color="C3", linewidth=1.5)
    ax.step(
        xs, behoefte, where="post", color="C0", linewidth=2, label=bericht("plot.tekort.behoefte").tekst(t)
    )
    ax.step(
        xs,
        capaciteit,
        where="post",
        color="C2",
        linewidth=2,
        linestyle="--",
        label=bericht("plot.tekort.capaciteit").tekst(t),
    )
    h = v.hoogste
    _as_duizendtallen(ax, t)
    ax.set_ylim(bottom=0)
    ax.set_ylabel(bericht("plot.opvangplaatsen").tekst(t))
    laatste = v.periode.laatste_dag
    ax.set_title(
        bericht(
            "plot.tekort.titel",
            scenario=v.scenario,
            van=v.periode.van,
            tot="…" if laatste is None else laatste,
            hoogste=_duizendtal(h.tekort, t),
            datum=h.datum,
            plaatsdagen=_duizendtal(v.plaatsdagen, t),
        ).tekst(t),
        fontsize=10,
    )
    ax.legend(fontsize=8, loc="upper left")
    _bronvermelding(ax, u.bronnen, zin, t)
    return ax
