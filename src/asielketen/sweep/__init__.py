"""Scenario sweeps: many scenarios of a rule in one call, here or on any executor (a Dask cluster too).

Researchers who model uncertainty — in the national need, the SES-WOA scores, the half-year's
national number — evaluate a rule for thousands or millions of scenarios. A full rule builds
records, explanations and sources for every call (about 0.3 ms for a national distribution); a
sweep computes only the numbers, with the rule's own arithmetic, and says once what they rest on:

* :func:`verdeel_reeks` — :func:`asielketen.spreidingswet.verdeel` for many needs BO (with one
  SES-WOA key, a key per scenario, or inhabitants only; any rounding method);
* :func:`taakstelling_reeks` — :func:`asielketen.statushouders.taakstellingen` for many national
  numbers vg of one half-year;
* :func:`verdeel_stroom`, :func:`taakstelling_stroom` — the same one :class:`Rij` at a time
  (a :class:`Stroom`): read a generator of a million scenarios in constant memory.

Each returns a :class:`Reeks` (``plaatsen[i][j]`` = gemeente ``gemeentecodes[j]`` in scenario
``i``), whose numbers are exactly those of the full rule for every scenario (the tests check this
with Hypothesis), with the rule's sources (:attr:`Reeks.bronnen`, :attr:`Reeks.onzeker_door`),
data files and dates; its JSON round-trips through :mod:`asielketen.serialization` and
:meth:`Reeks.to_frame` gives a pandas DataFrame (extra ``pandas``).

``executor=`` takes any :class:`concurrent.futures.Executor` — a ``ProcessPoolExecutor``, or
``distributed.Client(...).get_executor()`` for a Dask cluster (extra ``dask``) — with results
identical to a run in this process; :class:`Voortgangsbalk` shows progress in a notebook. Time is
explicit: the inhabitants are those of a given ``peildatum`` (default: the register's most recent
reference date, recorded in the result), never "today". See ``docs/sweep.md``.

>>> r = verdeel_reeks(range(90000, 100001, 5000), peildatum="2024-01-31")
>>> len(r), r.scenarios, r.kolom("Amsterdam")
(3, (90000, 95000, 100000), (4671, 4931, 5190))

This module is not imported by ``import asielketen`` nor by ``from asielketen import *``; it
imports neither pandas nor dask itself.
"""

from __future__ import annotations

from .._openbaar import publiceer
from ._reeks import Reeks, Regel, Rij
from ._taakstelling import taakstelling_reeks, taakstelling_stroom
from ._uitvoering import Stroom
from ._verdeling import verdeel_reeks, verdeel_stroom
from ._voortgang import Voortgangsbalk

__all__ = [  # noqa: RUF022 - in the order of the reference page
    "verdeel_reeks",
    "taakstelling_reeks",
    "verdeel_stroom",
    "taakstelling_stroom",
    "Reeks",
    "Rij",
    "Regel",
    "Stroom",
    "Voortgangsbalk",
]

# the classes and functions live in private modules; their public path is this package (ADR 0007)
publiceer(globals())
