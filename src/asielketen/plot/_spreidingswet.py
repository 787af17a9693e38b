"""Spreidingswet figures: realisation against opgave, and the provincial opgave of a distribution."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._extra import provincies as provincies_van
from .._extra import taal_van
from .._extra import uitkomst as enkele_uitkomst
from ..explain import Uitkomst
from ..gebied import Register
from ..taal import Bericht, Taal, bericht
from ._figuur import (
    alle_bronnen,
    as_duizendtallen,
    assen,
    bronvermelding,
    duizendtal,
    naast_elkaar,
    toelichting_van,
)

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    from matplotlib.axes import Axes

    from ..spreidingswet import Spreiding, Stand


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
    from ..spreidingswet import Stand

    t = taal_van(taal)
    zin = toelichting_van(toelichting, t)
    ax = assen(ax)
    u = enkele_uitkomst(uitkomst, Stand, "uitkomst")
    st = u.waarde
    namen = provincies_van(reg).namen
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
    as_duizendtallen(ax, t, "x")
    ax.set_xlabel(bericht("plot.opvangplaatsen").tekst(t))
    totaal_opgave = sum(p.opgave for p in st.provincies)
    totaal_real = sum(p.gerealiseerd for p in st.provincies)
    ax.set_title(
        bericht(
            "plot.realisatie.titel",
            peildatum=st.peildatum,
            gerealiseerd=duizendtal(totaal_real, t),
            opgave=duizendtal(totaal_opgave, t),
        ).tekst(t),
        fontsize=10,
    )
    ax.legend(loc="lower right", fontsize=8)
    ax.margins(x=0.12)
    bronvermelding(ax, u.bronnen, zin, t)
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
    from ..spreidingswet import Spreiding

    t = taal_van(taal)
    zin = toelichting_van(toelichting, t)
    ax = assen(ax)
    u = enkele_uitkomst(uitkomst, Spreiding, "uitkomst")
    reeks = [u]
    if basis is not None:
        reeks = [enkele_uitkomst(basis, Spreiding, "basis"), u]
    s = u.waarde
    codes = [p.provinciecode for p in s.provincies]
    x = list(range(len(codes)))
    hoogtes: list[dict[str, int]] = []
    for i, r in enumerate(reeks):
        per = {p.provinciecode: p.plaatsen for p in r.waarde.provincies}
        hoogtes.append(per)
        behoefte = duizendtal(r.waarde.behoefte, t)
        is_basis = basis is not None and i == 0
        if is_basis:
            label = bericht("plot.spreiding.basisreeks", behoefte=behoefte).tekst(t)
        else:
            label = bericht("plot.spreiding.reeks", behoefte=behoefte).tekst(t)
        posities, breedte = naast_elkaar(x, i, len(reeks))
        ax.bar(
            posities,
            [per.get(c, 0) for c in codes],
            width=breedte,
            label=label,
            color="0.7" if is_basis else "C0",
        )
    if basis is not None:
        for xi, c in zip(x, codes, strict=True):
            ax.annotate(
                duizendtal(hoogtes[1].get(c, 0) - hoogtes[0].get(c, 0), t, teken=True),
                xy=(xi, max(hoogtes[0].get(c, 0), hoogtes[1].get(c, 0))),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                fontsize=7,
            )
    ax.set_xticks(x, [p.provincienaam for p in s.provincies], rotation=40, ha="right")
    as_duizendtallen(ax, t)
    ax.set_ylabel(bericht("plot.spreiding.as").tekst(t))
    basiswaarde = None if basis is None else reeks[0].waarde
    ax.set_title(_spreiding_titel(s, basiswaarde, t).tekst(t), fontsize=10)
    ax.legend(fontsize=8)
    bronvermelding(ax, alle_bronnen(reeks), zin, t)
    return ax


def _spreiding_titel(s: Spreiding, basis: Spreiding | None, t: Taal) -> Bericht:
    """The title of :func:`spreiding_per_provincie`: the need (and the base's), date, key, method."""
    sleutel = (
        bericht("plot.spreiding.wettelijk")
        if s.sleutel.value == "wettelijk"
        else bericht("plot.spreiding.inwoners")
    )
    if basis is None:
        return bericht(
            "plot.spreiding.titel",
            behoefte=duizendtal(s.behoefte, t),
            peildatum=s.inwoners_peildatum,
            sleutel=sleutel,
            methode=s.methode,
        )
    return bericht(
        "plot.spreiding.titel_basis",
        behoefte=duizendtal(s.behoefte, t),
        basis=duizendtal(basis.behoefte, t),
        peildatum=s.inwoners_peildatum,
        sleutel=sleutel,
        methode=s.methode,
    )
