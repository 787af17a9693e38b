"""A progress bar for long sweeps, without extra packages: HTML in a notebook, a text line elsewhere.

Pass it as ``voortgang=``: the sweep calls it with the number of scenarios done after each chunk.
In a Jupyter notebook (an IPython kernel is running) it shows an HTML ``<progress>`` bar through
``IPython.display``, updated in place; elsewhere it rewrites one line on standard error. Neither
needs tqdm or ipywidgets.
"""

from __future__ import annotations

import importlib
import sys
import time
from typing import Any, TextIO

from .._validation import geheel_getal
from ..taal import bericht

__all__ = ["Voortgangsbalk"]

_INTERVAL = 0.2
"""Seconds between two redraws at most five times a second (the last one is always drawn)."""


def _notebook() -> Any:
    """``IPython.display`` when running in a Jupyter kernel, else ``None`` (IPython is never imported
    here: only looked up when it is loaded already)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return None
    shell = ipython.get_ipython()
    if shell is None or "IPKernelApp" not in getattr(shell, "config", {}):
        return None
    return sys.modules.get("IPython.display") or importlib.import_module("IPython.display")


class Voortgangsbalk:
    """A progress bar: ``verdeel_reeks(…, voortgang=Voortgangsbalk(totaal=n))``.

    ``totaal`` is the number of scenarios (``None`` when unknown, e.g. a generator: then only the
    count is shown). In a notebook it is an HTML bar updated in place; elsewhere a line on
    ``uitvoer`` (default standard error), ended with a newline when ``totaal`` is reached.
    """

    def __init__(self, totaal: int | None = None, *, uitvoer: TextIO | None = None) -> None:
        self.totaal = None if totaal is None else geheel_getal("totaal", totaal)
        """The number of scenarios, if known."""
        self._uitvoer = uitvoer
        self._display = None if uitvoer is not None else _notebook()
        self._handle: Any = None
        self._laatst = 0.0

    def tekst(self, klaar: int) -> str:
        """The bar's text for ``klaar`` scenarios done, in the current language."""
        if self.totaal is None:
            return bericht("sweep.voortgang.klaar", klaar=klaar).tekst()
        return bericht("sweep.voortgang.van", klaar=klaar, totaal=self.totaal).tekst()

    def __call__(self, klaar: int) -> None:
        nu = time.monotonic()
        af = self.totaal is not None and klaar >= self.totaal
        if not af and nu - self._laatst < _INTERVAL:
            return
        self._laatst = nu
        tekst = self.tekst(klaar)
        if self._display is not None:
            balk = (
                "" if self.totaal is None else f'<progress value="{klaar}" max="{self.totaal}"></progress> '
            )
            html = self._display.HTML(f"{balk}<span>{tekst}</span>")
            if self._handle is None:
                self._handle = self._display.display(html, display_id=True)
            else:
                self._handle.update(html)
            return
        uit = sys.stderr if self._uitvoer is None else self._uitvoer
        if self.totaal:
            breedte = 30
            vol = breedte * min(klaar, self.totaal) // self.totaal
            tekst = f"[{'#' * vol}{'.' * (breedte - vol)}] {tekst}"
        uit.write(f"\r{tekst}" + ("\n" if af else ""))
        uit.flush()
