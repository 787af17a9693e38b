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

from .._openbaar import publiceer
from ._oekraine import vergoeding_verloop
from ._opvang import tekort_verloop
from ._spreidingswet import realisatie_per_provincie, spreiding_per_provincie
from ._statushouders import taakstelling_per_provincie

__all__ = [  # noqa: RUF022 - in the order of the reference page (docs/reference/plot.md)
    "realisatie_per_provincie",
    "spreiding_per_provincie",
    "taakstelling_per_provincie",
    "vergoeding_verloop",
    "tekort_verloop",
]

# The functions live in private modules by domain (``_spreidingswet``, ``_statushouders``,
# ``_oekraine``, ``_opvang``; what every figure shares in ``_figuur``); their public path is this
# package, for reprs, help() and the docs.
publiceer(globals())
