"""Shared helpers of the benchmarks: interleaved timing, figures with goals, one table.

Benchmarks print; they never assert a time. Every in-process comparison runs its cases side by side
(A B A B …, after a warm-up) and compares medians, so a slow moment of a busy machine hits both.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One figure of the issue: our value, the baseline it is compared with and the goal.

    ``goal`` is the largest acceptable ratio ``value / baseline``; without a baseline it is the
    largest acceptable ``value`` itself (a time budget, a memory budget). ``goal=None`` marks a
    figure printed for information only.
    """

    topic: str
    case: str
    value: float
    unit: str
    baseline_case: str | None = None
    baseline: float | None = None
    goal: float | None = None
    note: str = ""
    ok: bool = True
    """False when a correctness check of the benchmark failed (results differ): verdict ``WRONG``."""

    @property
    def ratio(self) -> float | None:
        """``value / baseline`` (``None`` without a baseline)."""
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        """``met``, ``MISSED``, ``info``, or ``WRONG`` when the results were not as they must be."""
        if not self.ok:
            return "WRONG"
        if self.goal is None:
            return "info"
        measured = self.ratio if self.baseline is not None else self.value
        if measured is None:
            return "info"
        return "met" if measured <= self.goal else "MISSED"


UNITS = {"s": 1.0, "ms": 1e3, "µs": 1e6, "MB": 1 / 1e6, "x": 1.0, "req/s": 1.0}


def scaled(value: float, unit: str) -> str:
    """``value`` (seconds or bytes) in ``unit``, formatted."""
    v = value * UNITS[unit]
    return f"{v:.0f}" if v >= 1000 else f"{v:.3g}" if v < 10 else f"{v:.1f}"


CLOCK = "CPU time of the benchmark thread (time.thread_time)"
"""What :func:`interleaved` measures: CPU time, so other processes on a shared machine do not count."""


def interleaved(
    cases: Mapping[str, Callable[[], object]], runs: int, *, warmup: int = 2, inner: int = 1
) -> dict[str, float]:
    """Median seconds per call of every case, the cases timed side by side in each round.

    Measured in CPU time of this thread (:data:`CLOCK`): on a busy machine wall time mostly
    measures the other processes. ``inner`` calls are timed together (very short cases).
    """
    for func in cases.values():
        for _ in range(warmup):
            func()
    times: dict[str, list[float]] = {name: [] for name in cases}
    clock = time.thread_time
    for _ in range(runs):
        for name, func in cases.items():
            start = clock()
            for _ in range(inner):
                func()
            times[name].append((clock() - start) / inner)
    return {name: statistics.median(t) for name, t in times.items()}


def print_table(figures: list[Figure]) -> None:
    """Print figures as one table: value, baseline, ratio, goal and the verdict, then the notes."""
    rows = [("topic", "case", "value", "baseline (B)", "B", "ratio", "goal", "")]
    for f in figures:
        ratio = f.ratio
        if f.goal is None:
            goal = "—"
        elif f.baseline is not None:
            goal = f"≤ {f.goal:g}×"
        else:
            goal = f"< {scaled(f.goal, f.unit)} {f.unit}"
        rows.append(
            (
                f.topic,
                f.case,
                f"{scaled(f.value, f.unit)} {f.unit}",
                f.baseline_case or "—",
                "—" if f.baseline is None else f"{scaled(f.baseline, f.unit)} {f.unit}",
                "—" if ratio is None else f"{ratio:.2f}×",
                goal,
                f.verdict,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    left = {0, 1, 3}
    for n, r in enumerate(rows):
        cells = (
            c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for f in figures:
        if f.note:
            print(f"  * {f.topic} / {f.case}: {f.note}")
