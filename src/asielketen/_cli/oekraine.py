"""``asielketen oekraine plicht|vergoeding``: the two duties of Oekraïne opvang, and its financing.

``plicht --gemeente X --peildatum D [--eigen-plaatsen N --eigen-bezet M] [--plaatsen N] [--gevraagd G]``
states the individual duty (resultaatsverplichting, weighing only the gemeente's own opvang given by
``--eigen-*``) and the collective duty (inspanningsverplichting: ``--gevraagd`` and ``--plaatsen`` of
the gemeente or, with ``--niveau veiligheidsregio``, of its region) for a gemeente; at gemeente level
``--plaatsen``/``--bezet`` without ``--eigen-*`` still count as the own opvang too (deprecated, and the
explanation says so);
``vergoeding --plaatsen N --van D --tot D [--ontvangen-eigen-bijdragen EUR]
[--ontvangen-cateringbijdragen EUR]`` computes the compensation of the Bekostigingsregeling minus
the gemeente's receipts (art. 3 lid 7); ``--huishouden N`` instead asks for the assumption that
households paid the maximum eigen bijdrage.
JSON output is the converter's output of the results (each with its explanation and sources).

Every output text and argument error comes from the message catalogue
(``asielketen.oekraine._berichten``), rendered in the language of ``--taal`` when it is printed;
the help texts are Dutch, like those of every subcommand.
"""

from __future__ import annotations

import argparse
import warnings
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from .._validation import Soort
from ..errors import InvalidInputError
from ..taal import Bericht, bericht
from ._common import aantal_arg, date_arg, write_bronnen, write_json

_MELDINGEN: dict[Soort, Callable[[str], Bericht]] = {
    "geen": lambda tekst: bericht("oekraine.cli.geen_geheel_getal", tekst=repr(tekst)),
    "te_klein": lambda tekst: bericht("oekraine.cli.aantal_negatief", tekst=repr(tekst)),
}
_MELDINGEN_POSITIEF: dict[Soort, Callable[[str], Bericht]] = {
    **_MELDINGEN,
    "te_klein": lambda tekst: bericht("oekraine.cli.minstens_een", tekst=repr(tekst)),
}


def _aantal(veld: str) -> Callable[[str], int]:
    """argparse type for a whole number from 0 to ``GROOTSTE_AANTAL``."""
    return aantal_arg(veld, meldingen=_MELDINGEN)


def _bedrag(text: str) -> Decimal:
    """argparse type for an amount in euro ≥ 0 in whole cents (``1234.56``; ``0.001`` is refused)."""
    from ..oekraine._gemeenschappelijk import in_centen

    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(str(bericht("oekraine.cli.geen_bedrag", tekst=repr(text)))) from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(str(bericht("oekraine.cli.bedrag_negatief", tekst=repr(text))))
    centen = in_centen(value)
    if centen is None:
        raise argparse.ArgumentTypeError(str(bericht("oekraine.cli.geen_centen", tekst=repr(text))))
    return centen


_positief = aantal_arg("huishouden", minimum=1, meldingen=_MELDINGEN_POSITIEF)
"""argparse type for a whole number from 1 to ``GROOTSTE_AANTAL``."""


def add_parser(sub: Any) -> None:
    """Add the ``oekraine`` subcommand with ``plicht`` and ``vergoeding``."""
    p = sub.add_parser(
        "oekraine",
        help="opvang ontheemden uit Oekraïne: individuele en collectieve plicht, vergoeding",
        description=(
            "De opvang van ontheemden uit Oekraïne: de resultaatsverplichting tegenover elke ontheemde die "
            "om opvang vraagt (Twoo art. 2 lid 1; ECLI:NL:RBNNE:2025:4074), de inspanningsverplichting voor "
            "het gevraagde aantal plekken (VNG-brief 22 september 2025) en de vergoeding van de "
            "Bekostigingsregeling art. 3."
        ),
    )
    oek = p.add_subparsers(dest="oekraine_opdracht", metavar="OPDRACHT", parser_class=type(p))
    oek.required = True

    pl = oek.add_parser("plicht", help="beide plichten van een gemeente op een peildatum")
    pl.add_argument("--gemeente", required=True, help="gemeentenaam of -code, bijv. 'Het Hogeland'")
    pl.add_argument("--peildatum", type=date_arg, required=True, help="JJJJ-MM-DD")
    pl.add_argument(
        "--eigen-plaatsen",
        type=_aantal("eigen-plaatsen"),
        default=None,
        help="plaatsen in de eigen opvang van de gemeente (individuele plicht; met --eigen-bezet)",
    )
    pl.add_argument(
        "--eigen-bezet",
        type=_aantal("eigen-bezet"),
        default=None,
        help="bezette plaatsen in de eigen opvang van de gemeente (individuele plicht)",
    )
    pl.add_argument(
        "--plaatsen",
        type=_aantal("plaatsen"),
        default=None,
        help="gerealiseerde opvangplaatsen in het gebied van --niveau (collectieve plicht)",
    )
    pl.add_argument(
        "--bezet",
        type=_aantal("bezet"),
        default=None,
        help="VEROUDERD: bezette plaatsen; alleen bij --niveau gemeente zonder --eigen-* telt het met "
        "--plaatsen als de eigen opvang",
    )
    pl.add_argument(
        "--gevraagd", type=_aantal("gevraagd"), default=None, help="door het Rijk gevraagd aantal plekken"
    )
    pl.add_argument(
        "--niveau",
        choices=("gemeente", "veiligheidsregio"),
        default="gemeente",
        help="gebied van het gevraagde aantal (bij veiligheidsregio: geef de aantallen van de regio)",
    )
    pl.add_argument("--kwetsbaar", action="store_true", help="de aanvrager is een kwetsbare ontheemde")
    pl.add_argument(
        "--prioritering-vanaf",
        type=date_arg,
        default=None,
        help="SCENARIO (geen geldend recht): voorrang voor kwetsbaren vanaf deze datum",
    )
    pl.add_argument("--format", choices=("table", "json"), default="table")
    pl.set_defaults(func=run_plicht)

    vg = oek.add_parser("vergoeding", help="vergoeding volgens de Bekostigingsregeling art. 3")
    vg.add_argument(
        "--plaatsen", type=_aantal("plaatsen"), required=True, help="gerealiseerde opvangplaatsen"
    )
    vg.add_argument("--van", type=date_arg, required=True, help="eerste dag (JJJJ-MM-DD)")
    vg.add_argument("--tot", type=date_arg, required=True, help="eerste dag ná de periode (JJJJ-MM-DD)")
    vg.add_argument(
        "--particulier",
        type=_aantal("particulier"),
        default=0,
        help="personen in particuliere opvang (hele maanden)",
    )
    vg.add_argument(
        "--ontvangen-eigen-bijdragen",
        type=_bedrag,
        default=None,
        metavar="EUR",
        help="door de gemeente ontvangen eigen bijdragen (RooO art. 8) over de periode, in hele centen; "
        "gaan af van het totaalbedrag van BooO art. 3 lid 1 (lid 7)",
    )
    vg.add_argument(
        "--ontvangen-cateringbijdragen",
        type=_bedrag,
        default=None,
        metavar="EUR",
        help="door de gemeente ontvangen maaltijdbijdragen (RooO art. 7 lid 4) over de periode, in hele "
        "centen; gaan af van het totaalbedrag van BooO art. 3 lid 1 (lid 7)",
    )
    vg.add_argument(
        "--huishouden",
        type=_positief,
        action="append",
        default=[],
        metavar="N",
        help=(
            "AANNAME (alleen als de ontvangsten onbekend zijn): een huishouden met N meerderjarigen met "
            "inkomen betaalde elke maand de maximale eigen bijdrage; herhaalbaar"
        ),
    )
    vg.add_argument("--format", choices=("table", "json"), default="table")
    vg.set_defaults(func=run_vergoeding)


def run_plicht(args: argparse.Namespace) -> int:
    """Print both duties of the gemeente."""
    from ..oekraine import Capaciteit, Gebiedsniveau, Oekraineplichten, Opvangverzoek, oekraine_plichten
    from ..serialization import unstructure

    if (args.eigen_plaatsen is None) != (args.eigen_bezet is None):
        veld = "eigen-bezet" if args.eigen_bezet is None else "eigen-plaatsen"
        raise InvalidInputError(veld, None, bericht("oekraine.fout.eigen_beide"))
    eigen = (
        None
        if args.eigen_plaatsen is None
        else Capaciteit(plaatsen=args.eigen_plaatsen, bezet=args.eigen_bezet)
    )
    with warnings.catch_warnings():  # the explanation states the deprecated use of --plaatsen/--bezet
        warnings.simplefilter("ignore", DeprecationWarning)
        plichten = oekraine_plichten(
            args.gemeente,
            args.peildatum,
            plaatsen=args.plaatsen,
            bezet=args.bezet,
            gevraagd=args.gevraagd,
            niveau=Gebiedsniveau(args.niveau),
            verzoek=Opvangverzoek(kwetsbaar=args.kwetsbaar),
            prioritering_vanaf=args.prioritering_vanaf,
            eigen=eigen,
        )
    if args.format == "json":
        write_json(unstructure(plichten, Oekraineplichten))
        return 0
    ind = plichten.individueel
    col = plichten.collectief
    print(
        bericht(
            "oekraine.cli.kop",
            naam=plichten.gemeente_naam,
            code=plichten.gemeente_code,
            peildatum=plichten.peildatum,
        )
    )
    print()
    for titel, uitkomst in (
        (
            bericht("oekraine.cli.individueel", soort=ind.waarde.soort, samenvatting=ind.waarde.samenvatting),
            ind,
        ),
        (
            bericht("oekraine.cli.collectief", soort=col.waarde.soort, samenvatting=col.waarde.samenvatting),
            col,
        ),
    ):
        print(titel)
        for i, stap in enumerate(uitkomst.stappen, start=1):
            print(f"  {i}. {stap.zin}")
            if stap.bronnen:
                print(f"     {bericht('oekraine.cli.bronnen', ids=', '.join(b.id for b in stap.bronnen))}")
        if uitkomst.onzeker:
            print(f"  {bericht('oekraine.cli.onzeker')}")
        print()
    write_bronnen(dict.fromkeys((*ind.bronnen, *col.bronnen)))
    return 0


def run_vergoeding(args: argparse.Namespace) -> int:
    """Print the compensation, split at every change of amount."""
    from ..explain import Uitkomst
    from ..oekraine import Vergoeding, vergoeding
    from ..periods import Periode
    from ..serialization import unstructure

    uitkomst = vergoeding(
        args.plaatsen,
        Periode(args.van, args.tot),
        particuliere_personen=args.particulier,
        ontvangen_eigen_bijdragen=args.ontvangen_eigen_bijdragen,
        ontvangen_cateringbijdragen=args.ontvangen_cateringbijdragen,
        huishoudens_met_inkomen=args.huishouden,
    )
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Vergoeding]))
        return 0
    v = uitkomst.waarde
    print(bericht("oekraine.cli.vergoeding_kop", periode=v.periode, plaatsen=v.plaatsen))
    print()
    for i, stap in enumerate(uitkomst.stappen, start=1):
        print(f"  {i}. {stap.zin}")
    print()
    print(bericht("oekraine.cli.totaal", totaal=v.totaal, versie=v.regeling_versie))
    print(bericht("oekraine.cli.aftrek", aftrek=v.aftrek))
    if uitkomst.onzeker:
        print(bericht("oekraine.cli.onzeker"))
    print()
    write_bronnen(uitkomst.bronnen)
    return 0
