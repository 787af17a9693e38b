"""The machinery every frame shares: pandas on demand, columns with a dtype, sources and provenance.

Private: the public names are re-exported by :mod:`asielketen.frames`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._extra import importeer
from ..errors import InvalidInputError
from ..explain import DatasetVersie, Herkomst
from ..gebied import Register
from ..sources import Bron, Status
from ..taal import Taal, bericht, huidige_taal, valideer_taal

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

Niveau = Literal["gemeente", "provincie"]
"""The level of a frame's rows: one per gemeente or one per province."""

BRONKOLOMMEN: tuple[str, ...] = ("bronnen", "statussen", "onzeker")
"""The three source columns every frame ends with (see the module docstring)."""

Kolommen = dict[str, tuple[str, list[Any]]]
"""Column name → (dtype, values), in the order of the frame's columns."""


def pandas() -> Any:
    """The pandas module, or :class:`MissingExtraError` naming the ``pandas`` extra."""
    return importeer("pandas", "pandas")


def niveau_van(niveau: object) -> Niveau:
    """``niveau`` checked: ``"gemeente"`` or ``"provincie"``."""
    if niveau == "gemeente":
        return "gemeente"
    if niveau == "provincie":
        return "provincie"
    raise InvalidInputError("niveau", niveau, bericht("frames.niveau"))


def taal_van(taal: object) -> Taal:
    """``taal`` checked, or the current language when it is ``None``."""
    return huidige_taal() if taal is None else valideer_taal(taal)


def provincienamen(r: Register) -> dict[str, str]:
    """Province code → name."""
    return {p.code: p.naam for p in r.provincies}


def provincie_van_gemeente(
    provincie_van: dict[str, str], gemeentecode: str, delen: Iterable[str]
) -> str | None:
    """The province of a gemeente; after a herindeling (a code not in the register), of its first part."""
    return provincie_van.get(gemeentecode) or next(
        (provincie_van[d] for d in delen if d in provincie_van), None
    )


def bronkolommen(bronnen: Sequence[Bron]) -> tuple[str | None, str | None, bool | None]:
    """The values of ``bronnen``, ``statussen`` and ``onzeker`` for a row resting on ``bronnen``."""
    if not bronnen:
        return None, None, None
    ids = ", ".join(dict.fromkeys(b.id for b in bronnen))
    aanwezig = {b.status for b in bronnen}
    statussen = ", ".join(s.value for s in Status if s in aanwezig)
    return ids, statussen, any(s.onzeker for s in aanwezig)


def herkomst(herkomsten: Iterable[Herkomst], extra: Iterable[DatasetVersie] = ()) -> dict[str, Any]:
    """``df.attrs["herkomst"]``: the library versions and every data file the results used."""
    versies: list[str] = []
    datasets: list[DatasetVersie] = []
    for h in herkomsten:
        if h.bibliotheekversie not in versies:
            versies.append(h.bibliotheekversie)
        datasets.extend(d for d in h.datasets if d not in datasets)
    datasets.extend(d for d in extra if d not in datasets)
    if not versies:
        from .._version import __version__

        versies.append(__version__)
    return {
        "bibliotheekversie": ", ".join(versies),
        "datasets": [
            {"naam": d.naam, "peildatum": d.peildatum.isoformat(), "sha256": d.sha256} for d in datasets
        ],
    }


def frame(
    pdm: Any,
    kolommen: Kolommen,
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


class Rijen:
    """Collects rows column by column, with a dtype per column (first use fixes the order)."""

    def __init__(self) -> None:
        self.kolommen: Kolommen = {}
        self._bronwaarden: dict[int, tuple[Sequence[Bron], tuple[str | None, str | None, bool | None]]] = {}

    def rij(self, bronnen: Sequence[Bron] | str, **velden: tuple[str, Any]) -> None:
        """Add a row resting on ``bronnen`` (a text: the label of a source outside the registry)."""
        if isinstance(bronnen, str):
            ids: str | None = bronnen
            statussen, onzeker = None, None
        else:  # the same sequence of sources is usually shared by many rows: compute it once
            bekend = self._bronwaarden.get(id(bronnen))
            if bekend is None or bekend[0] is not bronnen:
                bekend = (bronnen, bronkolommen(bronnen))
                self._bronwaarden[id(bronnen)] = bekend
            ids, statussen, onzeker = bekend[1]
        velden |= {
            "bronnen": ("string", ids),
            "statussen": ("string", statussen),
            "onzeker": ("boolean", onzeker),
        }
        for naam, (dtype, waarde) in velden.items():
            self.kolommen.setdefault(naam, (dtype, []))[1].append(waarde)
