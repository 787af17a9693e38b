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
JSON output is the converter's output of the results (each with its explanation and sources);
``--format csv`` one row per result. ``plicht --invoer PAD.csv`` evaluates one gemeente and date per
row (columns named after the options without dashes: ``gemeente``, ``peildatum``, ``eigen_plaatsen``,
``kwetsbaar`` = ``ja``/``nee`` …) and prints one row (or JSON object) per case, in the file's order.

Every output text and argument error comes from the message catalogue
(``asielketen.oekraine._berichten``), rendered in the language of ``--taal`` when it is printed;
the help texts are Dutch, like those of every subcommand.
"""

from __future__ import annotations

import argparse
import warnings
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from .._validation import Soort
from ..errors import InvalidInputError
from ..taal import Bericht, bericht
from ._common import (
    aantal_arg,
    bronnen_cel,
    csv_cel,
    date_arg,
    invoer_arg,
    lees_gevallen,
    rij_parser,
    vereist,
    write_bronnen,
    write_csv,
    write_json,
    write_table,
)

if TYPE_CHECKING:
    from ..explain import Uitkomst
    from ..oekraine import Oekraineplichten, Vergoeding

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
        help=bericht("hulp.oekraine"),
        description=bericht("hulp.oekraine.omschrijving"),
    )
    oek = p.add_subparsers(dest="oekraine_opdracht", metavar="OPDRACHT", parser_class=type(p))
    oek.required = True

    pl = oek.add_parser("plicht", help=bericht("hulp.oekraine.plicht"))
    pl.add_argument("--gemeente", default=None, help=bericht("hulp.oekraine.plicht.gemeente"))
    pl.add_argument(
        "--peildatum", type=date_arg, default=None, help=bericht("hulp.oekraine.plicht.peildatum")
    )
    pl.add_argument(
        "--eigen-plaatsen",
        type=_aantal("eigen-plaatsen"),
        default=None,
        help=bericht("hulp.oekraine.plicht.eigen_plaatsen"),
    )
    pl.add_argument(
        "--eigen-bezet",
        type=_aantal("eigen-bezet"),
        default=None,
        help=bericht("hulp.oekraine.plicht.eigen_bezet"),
    )
    pl.add_argument(
        "--plaatsen",
        type=_aantal("plaatsen"),
        default=None,
        help=bericht("hulp.oekraine.plicht.plaatsen"),
    )
    pl.add_argument(
        "--bezet",
        type=_aantal("bezet"),
        default=None,
        help=bericht("hulp.oekraine.plicht.bezet"),
    )
    pl.add_argument(
        "--gevraagd", type=_aantal("gevraagd"), default=None, help=bericht("hulp.oekraine.plicht.gevraagd")
    )
    pl.add_argument(
        "--niveau",
        choices=("gemeente", "veiligheidsregio"),
        default="gemeente",
        help=bericht("hulp.oekraine.plicht.niveau"),
    )
    pl.add_argument("--kwetsbaar", action="store_true", help=bericht("hulp.oekraine.plicht.kwetsbaar"))
    pl.add_argument(
        "--prioritering-vanaf",
        type=date_arg,
        default=None,
        help=bericht("hulp.oekraine.plicht.prioritering_vanaf"),
    )
    pl.add_argument("--format", choices=("table", "json", "csv"), default="table")
    invoer_arg(pl)
    pl.set_defaults(func=run_plicht)

    vg = oek.add_parser("vergoeding", help=bericht("hulp.oekraine.vergoeding"))
    vg.add_argument(
        "--plaatsen",
        type=_aantal("plaatsen"),
        required=True,
        help=bericht("hulp.oekraine.vergoeding.plaatsen"),
    )
    vg.add_argument("--van", type=date_arg, required=True, help=bericht("hulp.oekraine.vergoeding.van"))
    vg.add_argument("--tot", type=date_arg, required=True, help=bericht("hulp.oekraine.vergoeding.tot"))
    vg.add_argument(
        "--particulier",
        type=_aantal("particulier"),
        default=0,
        help=bericht("hulp.oekraine.vergoeding.particulier"),
    )
    vg.add_argument(
        "--ontvangen-eigen-bijdragen",
        type=_bedrag,
        default=None,
        metavar="EUR",
        help=bericht("hulp.oekraine.vergoeding.ontvangen_eigen_bijdragen"),
    )
    vg.add_argument(
        "--ontvangen-cateringbijdragen",
        type=_bedrag,
        default=None,
        metavar="EUR",
        help=bericht("hulp.oekraine.vergoeding.ontvangen_cateringbijdragen"),
    )
    vg.add_argument(
        "--huishouden",
        type=_positief,
        action="append",
        default=[],
        metavar="N",
        help=bericht("hulp.oekraine.vergoeding.huishouden"),
    )
    vg.add_argument("--format", choices=("table", "json", "csv"), default="table")
    vg.set_defaults(func=run_vergoeding)


_VERPLICHT = ("--gemeente", "--peildatum")


def run_plicht(args: argparse.Namespace) -> int:
    """Print both duties of the gemeente (or one row per case of ``--invoer``)."""
    from ..oekraine import Oekraineplichten
    from ..serialization import unstructure

    if args.invoer is not None:
        parser = rij_parser(add_parser, "oekraine", "plicht")
        alle = lees_gevallen(args, parser, _plichten, verplicht=_VERPLICHT)
        if args.format == "json":
            write_json([unstructure(x, Oekraineplichten) for x in alle])
        else:
            (write_csv if args.format == "csv" else write_table)(
                PLICHT_KOLOMMEN, [_plicht_rij(x) for x in alle]
            )
        return 0
    vereist(args, _VERPLICHT)
    plichten = _plichten(args)
    if args.format == "json":
        write_json(unstructure(plichten, Oekraineplichten))
        return 0
    if args.format == "csv":
        write_csv(PLICHT_KOLOMMEN, [_plicht_rij(plichten)])
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


def _plichten(args: argparse.Namespace) -> Oekraineplichten:
    """Both duties of one case."""
    from ..oekraine import Capaciteit, Gebiedsniveau, Opvangverzoek, oekraine_plichten

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
        return oekraine_plichten(
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


PLICHT_KOLOMMEN = (
    "gemeentecode",
    "gemeentenaam",
    "peildatum",
    "individueel_uitkomst",
    "individueel_soort",
    "vol",
    "collectief_soort",
    "niveau",
    "gebied_code",
    "gevraagd",
    "gerealiseerd",
    "tekort",
    "bronnen",
    "onzeker",
)
"""The columns of ``oekraine plicht --format csv`` (and of the batch table): one row per case."""


def _plicht_rij(p: Oekraineplichten) -> list[str]:
    """One CSV row of both duties (:data:`PLICHT_KOLOMMEN`)."""
    ind, col = p.individueel, p.collectief
    waarden: tuple[object, ...] = (
        p.gemeente_code,
        p.gemeente_naam,
        p.peildatum,
        ind.waarde.uitkomst,
        ind.waarde.soort,
        ind.waarde.vol,
        col.waarde.soort,
        col.waarde.niveau,
        col.waarde.gebied_code,
        col.waarde.gevraagd,
        col.waarde.gerealiseerd,
        col.waarde.tekort,
        bronnen_cel((*ind.bronnen, *col.bronnen)),
        ind.onzeker or col.onzeker,
    )
    return [csv_cel(w) for w in waarden]


VERGOEDING_KOLOMMEN = (
    "van",
    "tot",
    "plaatsen",
    "particuliere_personen",
    "gemeentelijke_opvang",
    "particuliere_opvang",
    "eigen_bijdragen",
    "cateringbijdragen",
    "totaal",
    "aftrek",
    "regeling_versie",
    "bronnen",
    "onzeker",
)
"""The columns of ``oekraine vergoeding --format csv``: one row (amounts in euro, plain)."""


def _vergoeding_rij(uitkomst: Uitkomst[Vergoeding]) -> list[str]:
    """The CSV row of a compensation (:data:`VERGOEDING_KOLOMMEN`)."""
    v = uitkomst.waarde
    waarden: tuple[object, ...] = (
        v.periode.van,
        v.periode.tot,
        v.plaatsen,
        v.particuliere_personen,
        v.gemeentelijke_opvang,
        v.particuliere_opvang,
        v.eigen_bijdragen,
        v.cateringbijdragen,
        v.totaal,
        v.aftrek,
        v.regeling_versie,
        bronnen_cel(uitkomst.bronnen),
        uitkomst.onzeker,
    )
    return [csv_cel(w) for w in waarden]


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
    if args.format == "csv":
        write_csv(VERGOEDING_KOLOMMEN, [_vergoeding_rij(uitkomst)])
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
