"""Wrong uses of the public API that ``mypy --strict`` must reject (as py-moneyed's type tests do).

Each wrong line carries ``# type: ignore[<code>]`` with the error mypy must report for it. The check
runs with ``warn_unused_ignores`` (part of ``--strict``): if a wrong line stops being an error, or
gives another error, mypy fails. ``tests/test_typing.py`` also checks that every statement in the
functions below carries such a comment. Nothing here is ever called.
"""

# ruff: noqa: B018, F841 - the wrong expressions and assignments are the point

from __future__ import annotations

from datetime import date

from asielketen import (
    Cyclus,
    Gemeente,
    Halfjaar,
    Periode,
    Provincie,
    Status,
    from_json,
    raming,
    register,
    taakstelling_voor,
    taakstellingen,
    verdeel,
    vergoeding,
)


def wrong_arguments() -> None:
    """Arguments of the wrong type or name."""
    verdeel(96_000, peildatum="2024-01-31")  # type: ignore[arg-type]
    taakstellingen(2025)  # type: ignore[arg-type]
    raming(2024)  # type: ignore[arg-type]
    Halfjaar(2025, "H2")  # type: ignore[arg-type]
    verdeel(96_000, datum=date(2024, 1, 31))  # type: ignore[call-arg]
    register().gemeente(363)  # type: ignore[arg-type]
    vergoeding(1, "2026-01")  # type: ignore[arg-type]


def wrong_results() -> None:
    """Reading what is not there, or as the wrong type."""
    t = taakstelling_voor("Het Hogeland", "2025-H2")
    t.waarde.plekken  # type: ignore[attr-defined]
    naam: int = t.waarde.gemeentenaam  # type: ignore[assignment]
    totaal: float = vergoeding(1, Periode(date(2026, 1, 1), None)).waarde.totaal  # type: ignore[assignment]
    p: Gemeente = from_json("{}", Provincie)  # type: ignore[assignment]
    Status.ONBEKEND  # type: ignore[attr-defined]
    r: Cyclus = raming(Cyclus(2024))  # type: ignore[assignment]


def wrong_mutation() -> None:
    """Entities and results are frozen."""
    g = register().gemeente("Utrecht")
    g.code = "GM0000"  # type: ignore[misc]
    t = taakstelling_voor(g, "2025-H2")
    t.waarde = t.waarde  # type: ignore[misc]
