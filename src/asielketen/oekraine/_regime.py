"""The regime: which law carries the municipal opvang task on a date (ADR 0005).

From 1 April 2022 the Wet verplaatsing bevolking (artt. 2c and 4) makes the burgemeester provide
opvang; the Tijdelijke wet opvang ontheemden Oekraïne (Twoo) moves the task to the college (art. 2
lid 1) from its entry into force (an aanname, 1 July 2024). The Twoo lapses at the latest one year
after temporary protection ends, and in that final year applies only to those protected on the
day before (art. 10 lid 2). The dates are the validities of ``oekraine.regime`` and
``oekraine.tijdelijke_bescherming`` in ``data/oekraine.json``.
"""

from __future__ import annotations

import enum
from datetime import date

from .._openbaar import publiceer_hier
from ..bronregister import bron, bronnen_versie
from ..errors import ParameterNotValidError
from ..explain import Redenering
from ..parameters import parameterversie
from ..periods import Geldigheid, Periode, as_date
from ..sources import Bron
from ..taal import Bericht, bericht
from ._gemeenschappelijk import BESTAND, param
from ._verzoek import Opvangverzoek


class Regime(enum.Enum):
    """The legal basis of the municipal opvang task at a date (``oekraine.regime``; ADR 0005).

    * ``WVB`` — Wet verplaatsing bevolking artt. 2c and 4 (from 1 April 2022): the burgemeester;
    * ``TWOO`` — Tijdelijke wet opvang ontheemden Oekraïne: the college (art. 2 lid 1);
    * ``TWOO_UITLOOP`` — the year after temporary protection ends, in which the Twoo lapses at the
      latest and applies only to those protected on the day before (art. 10 lid 2).
    """

    WVB = "wvb"
    TWOO = "twoo"
    TWOO_UITLOOP = "twoo_uitloop"

    @property
    def plichthouder(self) -> Bericht:
        """Who bears the duty under this regime (in every language; ``str()`` gives the current one)."""
        if self is Regime.WVB:
            return bericht("oekraine.plichthouder.burgemeester")
        return bericht("oekraine.plichthouder.college")


def regime_op(peildatum: date) -> Regime | None:
    """The legal basis of the municipal opvang task on ``peildatum``; ``None`` outside the regime.

    >>> from datetime import date
    >>> regime_op(date(2023, 1, 1)), regime_op(date(2025, 1, 1)), regime_op(date(2022, 3, 1))
    (<Regime.WVB: 'wvb'>, <Regime.TWOO: 'twoo'>, None)
    """
    peildatum = as_date(peildatum)
    try:
        return Regime(param("oekraine.regime").op(peildatum))
    except ParameterNotValidError:
        return None


def regime_periode() -> Periode:
    """The whole regime: from the Wvb's first day to the day the Twoo lapses at the latest."""
    waarden = param("oekraine.regime").waarden
    return Periode(waarden[0].periode.van, waarden[-1].periode.tot)


def laatste_beschermingsdag() -> date:
    """The last day of temporary protection (the latest extension)."""
    laatste: Periode = param("oekraine.tijdelijke_bescherming").waarden[-1].periode
    dag = laatste.laatste_dag
    assert dag is not None
    return dag


def laatste_beschermingsbron() -> Bron:
    """The source of the last validity of the temporary protection (the latest extension)."""
    b: Bron = param("oekraine.tijdelijke_bescherming").waarden[-1].bron
    return b


def twoo_begin() -> date:
    """The first day of the Twoo regime in ``oekraine.regime`` (an aanname, ADR 0005)."""
    waarden = param("oekraine.regime").waarden
    begin: date = next(g.periode.van for g in waarden if g.waarde == Regime.TWOO.value)
    return begin


def regime_stap(rd: Redenering, peildatum: date, verzoek: Opvangverzoek | None) -> Regime | None:
    """Explain the regime at ``peildatum``; return it, or ``None`` when the request falls outside.

    ``verzoek`` matters only in the Twoo's final year (art. 10 lid 2): a request of someone not
    protected on the day before protection ended falls outside.
    """
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    regime = regime_op(peildatum)
    if regime is None:
        _buiten_regime_stap(rd, peildatum)
        return None
    g: Geldigheid[str] = param("oekraine.regime").geldigheid_op(peildatum)
    if regime is Regime.WVB:
        _wvb_stap(rd, peildatum, g)
        return regime
    if regime is Regime.TWOO:
        _twoo_stap(rd, peildatum, g)
        return regime
    return _uitloop_stap(rd, peildatum, verzoek)


def _buiten_regime_stap(rd: Redenering, peildatum: date) -> None:
    """Before the Wvb began, or after the Twoo lapsed (art. 10 lid 2)."""
    periode = regime_periode()
    if peildatum < periode.van:
        rd.stap(
            bericht("oekraine.regime.nog_niet", peildatum=peildatum, begin=periode.van),
            bron("Stb-2022-133"),
            peildatum=peildatum,
        )
        return
    rd.stap(
        bericht(
            "oekraine.regime.vervallen",
            peildatum=peildatum,
            laatste_dag=laatste_beschermingsdag(),
            einde=periode.tot if periode.tot else "?",
        ),
        bron("twoo.art10.lid2"),
        laatste_beschermingsbron(),
        peildatum=peildatum,
    )


def _wvb_stap(rd: Redenering, peildatum: date, g: Geldigheid[str]) -> None:
    """The Wvb (Stb. 2022, 133); near the Twoo's entry into force, the window of art. 10 lid 1."""
    rd.stap("oekraine.regime.wvb", bron("Stb-2022-133"), peildatum=peildatum)
    eerste: date = param("oekraine.twoo.eerste_bwb_versie").waarden[0].waarde
    if peildatum >= eerste:
        rd.stap(
            bericht("oekraine.regime.twoo_venster", eerste=eerste, begin=twoo_begin()),
            bron("twoo.art10.lid1"),
            g.bron,
        )


def _twoo_stap(rd: Redenering, peildatum: date, g: Geldigheid[str]) -> None:
    """The Twoo (art. 2 lid 1), citing the temporary protection it rests on."""
    beschermd = param("oekraine.tijdelijke_bescherming")
    rd.stap(
        bericht(
            "oekraine.regime.twoo",
            peildatum=peildatum,
            laatste_dag=laatste_beschermingsdag(),
            begin=twoo_begin(),
        ),
        bron("twoo.art2.lid1"),
        g.bron,
        *dict.fromkeys((beschermd.geldigheid_op(peildatum).bron, laatste_beschermingsbron())),
        peildatum=peildatum,
    )


def _uitloop_stap(rd: Redenering, peildatum: date, verzoek: Opvangverzoek | None) -> Regime | None:
    """The Twoo's final year (art. 10 lid 2): only for those protected on the day before it ended."""
    laatste = laatste_beschermingsdag()
    rd.stap(
        bericht("oekraine.regime.uitloop", laatste_dag=laatste),
        bron("twoo.art10.lid2"),
        laatste_beschermingsbron(),
        peildatum=peildatum,
    )
    if verzoek is not None and not verzoek.beschermd_op_laatste_dag:
        rd.stap(
            bericht("oekraine.regime.uitloop_niet_beschermd", laatste_dag=laatste),
            bron("twoo.art10.lid2"),
            beschermd_op_laatste_dag=False,
        )
        return None
    return Regime.TWOO_UITLOOP


publiceer_hier(globals())  # the package's public names defined here: asielketen.oekraine.<name>
