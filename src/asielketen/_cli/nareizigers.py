"""``asielketen nareizigers --personen N --peildatum D [...]``: may a household move in under the nareisactie?

The household is N nareizigers with the same facts (the first the referent's spouse, the others
children); the flags say what is missing. JSON output is the converter's output of the
:class:`~asielketen.explain.Uitkomst` (the outcome value, every reason with its sources, the steps).
"""

from __future__ import annotations

import argparse
from typing import Any

from ._common import date_arg, write_bronnen, write_json


def _personen(text: str) -> int:
    """argparse type for ``--personen``: a whole number from 1 to the input bound."""
    from ..nareizigers import MAX_NAREIZIGERS

    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"personen={text!r}: geen geheel getal") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"personen={text!r}: een huishouden telt minstens één nareiziger")
    if value > MAX_NAREIZIGERS:
        raise argparse.ArgumentTypeError(
            f"personen={text!r}: meer dan {MAX_NAREIZIGERS} nareizigers in één huishouden is geen "
            "geldige invoer"
        )
    return value


def add_parser(sub: Any) -> None:
    """Add the ``nareizigers`` subcommand."""
    p = sub.add_parser(
        "nareizigers",
        help="valt een huishouden van nareizigers onder de nareisactie en mag het bij de referent intrekken?",
        description=(
            "Toets een huishouden van nareizigers aan de nareisactie (aangekondigd 23 september 2025; "
            "VNG-ledenbrief 13 oktober 2025) en de COA-voorwaarden. Alle nareizigers krijgen dezelfde "
            "feiten; de eerste is echtgenoot van de referent, de anderen zijn kinderen."
        ),
    )
    p.add_argument("--personen", type=_personen, required=True, help="aantal nareizigers (1 of meer)")
    p.add_argument("--peildatum", type=date_arg, required=True, help="JJJJ-MM-DD")
    p.add_argument(
        "--aankomst",
        type=date_arg,
        default=None,
        help="datum van aankomst bij de referent (JJJJ-MM-DD); weglaten: nog niet aangekomen",
    )
    p.add_argument(
        "--toestemming-gemeente", action="store_true", help="de gemeente stemt in (nodig in fase 2)"
    )
    p.add_argument(
        "--fase2-vanaf",
        type=date_arg,
        default=None,
        help="openingsdatum van fase 2 (onbekend; weglaten: fase 2 is dicht)",
    )
    p.add_argument("--zonder-brp", action="store_true", help="niet ingeschreven in de BRP")
    p.add_argument("--zonder-bsn", action="store_true", help="zonder BSN")
    p.add_argument("--zonder-mvv", action="store_true", help="zonder mvv")
    p.add_argument("--zonder-ind-melding", action="store_true", help="niet gemeld bij de IND")
    p.add_argument(
        "--woning-niet-goedgekeurd",
        action="store_true",
        help="de gemeente heeft de woning van de referent niet goedgekeurd",
    )
    p.add_argument(
        "--referent-niet-gehuisvest", action="store_true", help="de referent heeft nog geen woning"
    )
    p.add_argument(
        "--referent-amv", action="store_true", help="de referent kwam als alleenstaande minderjarige"
    )
    p.add_argument(
        "--woninglezing",
        choices=("coa_voorwaarde", "perslezing"),
        default=None,
        help="weging van een niet goedgekeurde woning (standaard: de meegeleverde parameter, coa_voorwaarde)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check the household and print the outcome, every reason and the sources."""
    from ..explain import Uitkomst
    from ..nareizigers import (
        Huishouden,
        Nareisbeoordeling,
        Nareiziger,
        Referent,
        Relatie,
        beoordeel_nareis,
    )
    from ..serialization import unstructure

    leden = [
        Nareiziger(
            relatie=Relatie.ECHTGENOOT if i == 0 else Relatie.KIND,
            aankomst=args.aankomst,
            brp=not args.zonder_brp,
            bsn=not args.zonder_bsn,
            mvv=not args.zonder_mvv,
            ind_melding=not args.zonder_ind_melding,
        )
        for i in range(args.personen)
    ]
    huishouden = Huishouden(
        referent=Referent(gehuisvest=not args.referent_niet_gehuisvest, als_amv=args.referent_amv),
        nareizigers=leden,
        woning_goedgekeurd=not args.woning_niet_goedgekeurd,
        instemming_gemeente=args.toestemming_gemeente,
    )
    woning_blokkeert = None if args.woninglezing is None else args.woninglezing == "coa_voorwaarde"
    uitkomst = beoordeel_nareis(
        huishouden, args.peildatum, fase2_vanaf=args.fase2_vanaf, woning_blokkeert=woning_blokkeert
    )
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Nareisbeoordeling]))
        return 0
    b = uitkomst.waarde
    rows = [
        ("uitkomst", f"{b.uitkomst.value} — {b.uitkomst.omschrijving}"),
        ("nareizigers", f"{b.aantal_nareizigers} ({b.route.value})"),
        ("peildatum", b.peildatum.isoformat()),
        ("fase 2", "open" if b.fase2_open else "niet open"),
        ("woninglezing", b.woninglezing.value),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    print()
    print("Redenen:" if b.redenen else "Redenen: geen")
    for i, r in enumerate(b.redenen, start=1):
        effect = f"hoogstens {r.hoogstens.value}" if r.hoogstens is not None else "gemeld, blokkeert niet"
        print(f"  {i}. [{effect}] {r.zin}")
        if r.wat_verandert:
            print(f"     wat verandert: {r.wat_verandert}")
        print(f"     bronnen: {', '.join(x.id for x in r.bronnen)}")
    print()
    print(b.verandering)
    write_bronnen(uitkomst.bronnen, onzeker=uitkomst.onzeker)
    return 0
