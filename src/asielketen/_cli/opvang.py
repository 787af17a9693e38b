"""``asielketen opvang``: opvang capacity (``overzicht``) and the Ter Apel dwangsom (``dwangsom``).

``asielketen opvang overzicht --locaties PAD [--bezetting PAD] --peildatum D [--beheersbaar-en-veilig ja|nee]
[--format table|json|csv]`` summarises capacity, occupancy and shortage per gemeente and per province,
with the counts above an agreement (and the minister's condition) and the locations used after their
agreement ended;
``asielketen opvang dwangsom --nachten PAD [--al-verbeurd EUR] [--format table|json|csv]`` computes the
dwangsom owed over a series of nightly counts in Ter Apel; nights missing from the series are named
(JSON ``ontbrekende_nachten``; CSV rows with empty ``personen``, ``maximum`` and ``bedrag``), never
counted as nights without forfeiture.
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ..taal import bericht
from ._common import date_arg, write_bronnen, write_csv, write_json, write_table

if TYPE_CHECKING:
    from ..opvang import Opvangoverzicht


def _bedrag_arg(text: str) -> Decimal:
    from ..errors import InvalidInputError
    from ..taal import bericht

    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        reden = bericht("opvang.fout.geen_bedrag")
    else:
        if value.is_finite() and value >= 0:
            t = value.as_tuple()
            assert isinstance(t.exponent, int)  # finite
            if not (t.exponent < -2 and any(t.digits[t.exponent + 2 :])):
                return value
            reden = bericht("opvang.fout.centen")
        else:
            reden = bericht("opvang.fout.bedrag_negatief")
    raise argparse.ArgumentTypeError(str(InvalidInputError("al-verbeurd", text, reden)))


def add_parser(sub: Any) -> None:
    """Add the ``opvang`` subcommand with its sub-subcommands ``overzicht`` and ``dwangsom``."""
    p = sub.add_parser(
        "opvang",
        help=bericht("hulp.opvang"),
        description=bericht("hulp.opvang.omschrijving"),
    )
    opdrachten = p.add_subparsers(dest="opvang_opdracht", metavar="OPDRACHT", parser_class=type(p))
    opdrachten.required = True

    o = opdrachten.add_parser(
        "overzicht",
        help=bericht("hulp.opvang.overzicht"),
        description=bericht("hulp.opvang.overzicht.omschrijving"),
    )
    o.add_argument("--locaties", metavar="PAD", required=True, help=bericht("hulp.opvang.overzicht.locaties"))
    o.add_argument(
        "--bezetting", metavar="PAD", default=None, help=bericht("hulp.opvang.overzicht.bezetting")
    )
    o.add_argument(
        "--peildatum", type=date_arg, required=True, help=bericht("hulp.opvang.overzicht.peildatum")
    )
    o.add_argument(
        "--beheersbaar-en-veilig",
        choices=("ja", "nee"),
        default=None,
        help=bericht("hulp.opvang.overzicht.beheersbaar_en_veilig"),
    )
    o.add_argument("--format", choices=("table", "json", "csv"), default="table")
    o.set_defaults(func=run_overzicht)

    d = opdrachten.add_parser(
        "dwangsom",
        help=bericht("hulp.opvang.dwangsom"),
        description=bericht("hulp.opvang.dwangsom.omschrijving"),
    )
    d.add_argument("--nachten", metavar="PAD", required=True, help=bericht("hulp.opvang.dwangsom.nachten"))
    d.add_argument(
        "--al-verbeurd",
        type=_bedrag_arg,
        default=Decimal(0),
        help=bericht("hulp.opvang.dwangsom.al_verbeurd"),
    )
    d.add_argument("--format", choices=("table", "json", "csv"), default="table")
    d.set_defaults(func=run_dwangsom)


_KOLOMMEN = (
    "niveau",
    "code",
    "naam",
    "locaties",
    "capaciteit",
    "bezetting",
    "zonder_telling",
    "tekort",
    "vrij",
    "duurzaam",
    "realisatie",
)
"""The columns of ``opvang overzicht`` as a table or CSV: one row per gemeente, province and the total."""


def run_overzicht(args: argparse.Namespace) -> int:
    """Print capacity, occupancy and shortage per gemeente and per province."""
    from ..explain import Uitkomst
    from ..gebied import register
    from ..opvang import Opvangoverzicht, lees_bezetting, lees_locaties, overzicht
    from ..serialization import unstructure
    from ..taal import bericht

    reg = register()
    locaties = lees_locaties(args.locaties, reg=reg)
    bezettingen = () if args.bezetting is None else lees_bezetting(args.bezetting, locaties, reg=reg)
    voorwaarde = None if args.beheersbaar_en_veilig is None else args.beheersbaar_en_veilig == "ja"
    u = overzicht(
        locaties, args.peildatum, bezettingen=bezettingen, reg=reg, beheersbaar_en_veilig=voorwaarde
    )
    o = u.waarde
    if args.format == "json":
        write_json(unstructure(u, Uitkomst[Opvangoverzicht]))
        return 0
    rijen = _overzicht_rijen(o)
    if args.format == "csv":
        write_csv(_KOLOMMEN, rijen)
        return 0
    print(
        bericht(
            "opvang.cli.overzicht",
            peildatum=o.peildatum,
            capaciteit=o.capaciteit,
            bezetting=o.bezetting,
            tekort=o.tekort,
            vrij=o.vrij,
        )
    )
    print()
    write_table(_KOLOMMEN, rijen)
    _print_signaleringen(o)
    write_bronnen(u.bronnen, onzeker=u.onzeker)
    return 0


def _print_signaleringen(o: Opvangoverzicht) -> None:
    """The counts above an agreement (with the minister's condition), then the locations kept open."""
    from ..taal import bericht

    if o.signaleringen:
        print()
        print(bericht("opvang.cli.boven_kop"))
        for s in o.signaleringen:
            regel = bericht(
                "opvang.cli.boven",
                locatie=s.locatie_id,
                personen=s.personen,
                datum=s.datum,
                capaciteit=s.capaciteit,
                boven=s.boven,
            )
            print(f"  {regel}")
        stand = {
            True: bericht("opvang.cli.voorwaarde_ja"),
            False: bericht("opvang.cli.voorwaarde_nee"),
            None: bericht("opvang.cli.voorwaarde_onbekend"),
        }[o.beheersbaar_en_veilig]
        print(f"  {bericht('opvang.cli.voorwaarde', stand=stand)}")
    if o.langer_open:
        print()
        print(bericht("opvang.cli.langer_open_kop"))
        for s in o.langer_open:
            regel = bericht(
                "opvang.cli.langer_open",
                locatie=s.locatie_id,
                personen=s.personen,
                datum=s.datum,
                tot=s.overeenkomst_tot,
            )
            print(f"  {regel}")


def _overzicht_rijen(o: Opvangoverzicht) -> list[tuple[object, ...]]:
    """The rows of :data:`_KOLOMMEN`: every gemeente, every province, then the national total."""
    cijfers = _KOLOMMEN[3:]
    rijen: list[tuple[object, ...]] = [
        ("gemeente", g.gemeentecode, g.gemeentenaam, *(getattr(g, c) for c in cijfers)) for g in o.gemeenten
    ]
    rijen += [
        ("provincie", p.provinciecode, p.provincienaam, *(getattr(p, c) for c in cijfers))
        for p in o.provincies
    ]
    totaal = {c: sum(getattr(p, c) for p in o.provincies) for c in cijfers}
    rijen.append(("totaal", "NL", "Nederland", *(totaal[c] for c in cijfers)))
    return rijen


def run_dwangsom(args: argparse.Namespace) -> int:
    """Print the dwangsom owed over the nights given."""
    from ..explain import Uitkomst
    from ..opvang import Dwangsom, dwangsom_ter_apel, lees_nachten
    from ..opvang._dwangsom import reeksen
    from ..serialization import unstructure
    from ..taal import bericht

    u = dwangsom_ter_apel(lees_nachten(args.nachten), al_verbeurd=args.al_verbeurd)
    d = u.waarde
    if args.format == "json":
        write_json(unstructure(u, Uitkomst[Dwangsom]))
        return 0
    kolommen = ("datum", "personen", "maximum", "bedrag")
    rijen: list[tuple[object, ...]] = [
        (n.datum.isoformat(), n.personen, n.maximum, n.bedrag) for n in d.nachten
    ]
    if args.format == "csv":  # a missing night is a row without a count, never a night without forfeiture
        rijen += [(dag.isoformat(), "", "", "") for dag in d.ontbrekende_nachten]
        write_csv(kolommen, sorted(rijen, key=lambda r: str(r[0])))
        return 0
    bedragen = {"verbeurd": str(d.verbeurd), "totaal": str(d.totaal), "maximum": str(d.maximum)}
    telling = {"boven": d.nachten_boven, "nachten": len(d.nachten)}
    if d.maximum_al_bereikt:
        print(bericht("opvang.cli.dwangsom_al_bereikt", **telling, **bedragen))
    elif d.maximum_bereikt_op:
        print(bericht("opvang.cli.dwangsom_bereikt", **telling, bereikt=d.maximum_bereikt_op, **bedragen))
    else:
        print(bericht("opvang.cli.dwangsom", **telling, **bedragen))
    if d.ontbrekende_nachten:
        print(
            bericht(
                "opvang.cli.dwangsom_ontbrekend",
                aantal=len(d.ontbrekende_nachten),
                nachten=reeksen(d.ontbrekende_nachten),
            )
        )
    print()
    write_table(kolommen, rijen)
    write_bronnen(u.bronnen, onzeker=u.onzeker)
    return 0
