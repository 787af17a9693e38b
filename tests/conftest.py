"""Shared test configuration: Hypothesis profiles, the seed letters, the CLI in-process.

``ci`` (selected when ``CI`` is set, or with HYPOTHESIS_PROFILE=ci): derandomized, so a CI run is
reproducible, with enough examples to matter. ``dev``: the default, faster.

The seed letters live in ``../shared/seeds``, beside the checkout in development but not in a
fresh clone: :func:`brief` reads one and skips the comparison (with the reason) when it is absent.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"

_ONZICHTBAAR = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Soft hyphen, zero-width (non-)joiner and space, word joiner, BOM: invisible in a letter."""


def normaliseer(tekst: str) -> str:
    """``tekst`` as a quotation is compared with a letter: Unicode NFC, invisible characters
    removed, every run of whitespace (line breaks, tabs, no-break and other Unicode spaces) one
    space, no space at either end. Apply it to both sides of the comparison."""
    tekst = _ONZICHTBAAR.sub("", unicodedata.normalize("NFC", tekst))
    return " ".join(tekst.split())


def brief(fragment: str) -> str:
    """The :func:`normaliseer`-d text of the seed letter ``../shared/seeds/<fragment>*.txt``.

    When the letter is not beside this checkout (a fresh clone) the calling test is skipped, with
    the reason: call it after the test's own assertions, so that only the comparison with the
    letter is left out. More than one letter matching ``fragment`` is an error in the test.
    """
    if not SEEDS.is_dir():
        pytest.skip(
            f"../shared/seeds is not beside this checkout: the quotation is not compared with the "
            f"letter {fragment}*.txt"
        )
    paden = sorted(SEEDS.glob(f"{fragment}*.txt"))
    if not paden:
        pytest.skip(f"../shared/seeds has no letter {fragment}*.txt: the quotation is not compared with it")
    if len(paden) > 1:
        pytest.fail(f"more than one seed letter matches {fragment!r}: {[p.name for p in paden]}")
    return normaliseer(paden[0].read_text(encoding="utf-8"))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the ``asielketen`` command in-process: (exit status, stdout, stderr)."""
    from asielketen.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _geen_echte_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test starts a real HTTP server in-process: ``asielketen serve`` (fuzzed like every
    command) builds the app and returns at once. CI starts the real one (``.ci/run``)."""
    import asielketen.api

    monkeypatch.setattr(asielketen.api, "_start_server", lambda app, host, port: None)
