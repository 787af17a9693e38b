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
  distinct statuses among them (in the order of :class:`~asielketen.sources.Status`) and
  ``onzeker`` is True when any of them has status *pers* or *aanname*. :func:`bronnen_frame` gives
  one row per source.
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

from .._openbaar import publiceer
from ._bronnen import bronnen_frame
from ._kolommen import BRONKOLOMMEN, Niveau
from ._oekraine import vergoeding_frame
from ._opvang import tekortverloop_frame
from ._register import register_frame
from ._spreidingswet import spreiding_frame, stand_frame
from ._statushouders import taakstellingen_frame

__all__ = [  # noqa: RUF022 - in the order of the reference page (docs/reference/frames.md)
    "Niveau",
    "BRONKOLOMMEN",
    "register_frame",
    "spreiding_frame",
    "taakstellingen_frame",
    "stand_frame",
    "vergoeding_frame",
    "tekortverloop_frame",
    "bronnen_frame",
]

# The functions live in private modules by domain (``_register``, ``_spreidingswet``,
# ``_statushouders``, ``_oekraine``, ``_opvang``, ``_bronnen``; the shared column machinery in
# ``_kolommen``); their public path is this package, for reprs, help() and the docs.
publiceer(globals())
