"""Statushouders figures: the taakstelling per province, one bar per half-year."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._extra import Provincies, provincies, taal_van, uitkomsten
from ..explain import Uitkomst
from ..gebied import Register, register
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

    from ..statushouders import Taakstellingen


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
    from ..statushouders import Taakstellingen

    t = taal_van(taal)
    zin = toelichting_van(toelichting, t)
    ax = assen(ax)
    lijst = sorted(uitkomsten(uitkomsten_, Taakstellingen, "uitkomsten"), key=lambda u: u.waarde.halfjaar)
    r = register() if reg is None else reg
    prov = provincies(r)
    codes = [p.code for p in r.provincies]
    x = list(range(len(codes)))
    for i, u in enumerate(lijst):
        ts = u.waarde
        som = _per_provincie(ts, prov, codes)
        posities, breedte = naast_elkaar(x, i, len(lijst))
        ax.bar(
            posities,
            [som[c] for c in codes],
            width=breedte,
            label=bericht(
                "plot.taakstelling.reeks", halfjaar=ts.halfjaar, vg=duizendtal(ts.landelijk_aantal, t)
            ).tekst(t),
            color=f"C{i % 10}",
        )
    ax.set_xticks(x, [p.naam for p in r.provincies], rotation=40, ha="right")
    as_duizendtallen(ax, t)
    ax.set_ylabel(bericht("plot.taakstelling.as").tekst(t))
    halfjaren = ", ".join(str(u.waarde.halfjaar) for u in lijst)
    peil = ", ".join(dict.fromkeys(u.waarde.peildatum_inwoners.isoformat() for u in lijst))
    ax.set_title(bericht("plot.taakstelling.titel", halfjaren=halfjaren, peildata=peil).tekst(t), fontsize=10)
    ax.legend(fontsize=8)
    bronvermelding(ax, alle_bronnen(lijst), zin, t)
    return ax


def _per_provincie(ts: Taakstellingen, prov: Provincies, codes: list[str]) -> dict[str, int]:
    """The sum of the gemeenten' taakstellingen per province (after a herindeling: of its first part)."""
    som = dict.fromkeys(codes, 0)
    for g in ts.gemeenten:
        pcode = prov.van(g.gemeentecode, g.delen)
        if pcode is not None:
            som[pcode] += g.taakstelling
    return som
