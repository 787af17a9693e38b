"""JSON round trips through ``asielketen.serialization`` against ``json`` on the equivalent plain dicts.

For each object, side by side (A B A B …, medians of N rounds after a warm-up):

- A: ``from_json(to_json(obj), Type)`` — our converter both ways, with every check of structuring;
- B: ``json.loads(json.dumps(plain))`` where ``plain = unstructure(obj)``: the same JSON document as
  plain dicts and lists, with no converter at all.

Objects: the whole register (342 gemeenten, provinces, regions, networks), a national distribution
(``verdeel(96000, amv=8140)``, with its explanation) and a national taakstelling
(``taakstellingen("2025-H2")``). Goal (issues 10 and 18): A at most 3× B, with every check of
structuring kept — ``from_json(…, Register)`` refuses unknown keys and wrong types and runs every
class's validators and the register's own consistency checks (``tests/test_serialisatie_snel.py``).

Steady state: the converter makes its hooks on first use (cattrs' generated functions and the fast
paths of ``serialization/_snel.py``); the check that the round trip is equal and the warm-up rounds
make them before anything is timed. Never asserted in tests.
Run: ``python benchmarks/bench_serialisatie.py [-n RUNS]``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from _timing import Figure, interleaved, print_table

from asielketen.explain import Uitkomst
from asielketen.gebied import Register, register
from asielketen.serialization import from_json, to_json, unstructure
from asielketen.spreidingswet import Spreiding, verdeel
from asielketen.statushouders import Taakstellingen, taakstellingen

GOAL = 3.0
B = "json.dumps/loads plain dicts"


def objects() -> dict[str, tuple[object, Any]]:
    """The objects round-tripped, with the type to read them back as."""
    return {
        "register": (register(), Register),
        "verdeel result": (verdeel(96_000, amv=8140, peildatum=date(2024, 1, 31)), Uitkomst[Spreiding]),
        "taakstellingen result": (taakstellingen("2025-H2"), Uitkomst[Taakstellingen]),
    }


def measure(runs: int) -> list[Figure]:
    """One figure per object: round trip through the converter vs plain json."""
    figures = []
    for name, (obj, kind) in objects().items():
        if from_json(to_json(obj), kind) != obj:  # pragma: no cover
            raise SystemExit(f"{name}: the JSON round trip is not equal")
        plain = unstructure(obj)

        def ours(o: object = obj, k: Any = kind) -> object:
            return from_json(to_json(o), k)

        def baseline(p: Any = plain) -> object:
            return json.loads(json.dumps(p, ensure_ascii=False))

        cases: dict[str, Callable[[], object]] = {"A": ours, "B": baseline}
        med = interleaved(cases, runs)
        size = len(to_json(obj).encode())
        figures.append(
            Figure(
                "serialisation",
                f"round trip {name}",
                med["A"],
                "ms",
                B,
                med["B"],
                GOAL,
                f"{size:,} bytes of JSON",
            )
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=21, help="rounds (default 21)")
    print_table(measure(parser.parse_args().n))


if __name__ == "__main__":
    main()
