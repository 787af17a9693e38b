"""The machinery every frame shares: pandas on demand, columns with a dtype, sources and provenance.

Private: the public names are re-exported by :mod:`asielketen.frames`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .._extra import Provincies, importeer, provincies
from ..errors import InvalidInputError
from ..explain import DatasetVersie, Herkomst, Uitkomst
from ..gebied import Register
from ..sources import Bron, Status
from ..taal import Bericht, bericht

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import pandas as pd

Niveau = Literal["gemeente", "provincie"]
"""The level of a frame's rows: one per gemeente or one per province."""

BRONKOLOMMEN: tuple[str, ...] = ("bronnen", "statussen", "onzeker")
"""The three source columns every frame ends with (see the module docstring)."""

Kolommen = dict[str, tuple[str, list[Any]]]
"""Column name → (dtype, values), in the order of the frame's columns."""

T = TypeVar("T")


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


def per_periode(
    pdm: Any,
    lijst: Iterable[Uitkomst[T]],
    periode: Callable[[T], Any],
    dubbel: Callable[[], Bericht],
    reg: Register | None,
    rijen: Callable[[Rijen, tuple[Bron, ...], T, Provincies], None],
) -> pd.DataFrame:
    """Results at several periods (``periode`` of a value: a date, a half-year) stacked in the order
    of their period, as :func:`gestapeld`; ``rijen`` also gets the provinces of ``reg``. A period
    given twice is an error naming it, with the reason ``dubbel()``."""
    gesorteerd = sorted(lijst, key=lambda u: periode(u.waarde))
    perioden = [periode(u.waarde) for u in gesorteerd]
    twee = sorted({str(p) for p in perioden if perioden.count(p) > 1})
    if twee:
        raise InvalidInputError("uitkomsten", twee, dubbel())
    prov = provincies(reg)
    return gestapeld(pdm, gesorteerd, lambda k, bronnen, waarde: rijen(k, bronnen, waarde, prov))


def gestapeld(
    pdm: Any, lijst: Sequence[Uitkomst[T]], rijen: Callable[[Rijen, tuple[Bron, ...], T], None]
) -> pd.DataFrame:
    """One frame of several results, stacked: ``rijen(k, bronnen, waarde)`` adds a result's rows
    (resting on its sources), in the order of ``lijst``; the frame rests on the sources of them all
    and names every data file they used."""
    k = Rijen()
    alle: list[Bron] = []
    for u in lijst:
        bronnen = u.bronnen
        alle.extend(bronnen)
        rijen(k, bronnen, u.waarde)
    return frame(pdm, k.kolommen, alle, herkomst(u.herkomst for u in lijst))
