"""``asielketen nareizigers --personen N --peildatum D [...]``: may a household move in under the nareisactie?

The household is N nareizigers with the same facts (the first the referent's spouse, the others
children); the flags say what is missing. From 19 December 2025 the output also shows the hotel
route (press): ``--hotel-sinds D`` gives the day of placement in the hotel (at most six months),
``--achterstand-taakstelling ja|nee`` whether the gemeente of destination is behind on its
taakstelling (omitted: unknown). JSON output is the converter's output of the
:class:`~asielketen.explain.Uitkomst` (the outcome value, every reason with its sources, the steps).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._common import aantal_arg, date_arg, write_bronnen, write_json

if TYPE_CHECKING:
    from ..nareizigers import Nareisbeoordeling
    from ..taal import Bericht


def _personen(text: str) -> int:
    """argparse type for ``--personen``: a whole number from 1 to ``MAX_NAREIZIGERS``."""
    from ..errors import InvalidInputError
    from ..nareizigers import MAX_NAREIZIGERS
    from ..taal import bericht

    def melding(reden: Bericht) -> Callable[[str], Bericht]:
        return lambda tekst: InvalidInputError("personen", tekst, reden).bericht

    return aantal_arg(
        "personen",
        minimum=1,
        maximum=MAX_NAREIZIGERS,
        meldingen={
            "geen": melding(bericht("nareizigers.fout.geen_geheel_getal")),
            "te_klein": melding(bericht("nareizigers.fout.leeg_huishouden")),
            "te_groot": melding(bericht("nareizigers.fout.te_veel", maximum=MAX_NAREIZIGERS)),
        },
    )(text)


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
    p.add_argument(
        "--hotel-sinds",
        type=date_arg,
        default=None,
        help="datum van plaatsing in een hotel in de gemeente van bestemming (sinds 2025-12-19; pers)",
    )
    p.add_argument(
        "--achterstand-taakstelling",
        choices=("ja", "nee"),
        default=None,
        help="loopt de gemeente van bestemming achter met haar taakstelling (voorrang bij de hotelroute); "
        "weglaten: onbekend",
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
    from ..taal import bericht

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
    achterstand = None if args.achterstand_taakstelling is None else args.achterstand_taakstelling == "ja"
    uitkomst = beoordeel_nareis(
        huishouden,
        args.peildatum,
        fase2_vanaf=args.fase2_vanaf,
        woning_blokkeert=woning_blokkeert,
        achterstand_taakstelling=achterstand,
        hotel_sinds=args.hotel_sinds,
    )
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Nareisbeoordeling]))
        return 0
    b = uitkomst.waarde
    fase2 = bericht("nareizigers.cli.open") if b.fase2_open else bericht("nareizigers.cli.niet_open")
    rows = [
        (bericht("nareizigers.cli.uitkomst"), f"{b.uitkomst.value} — {b.uitkomst.omschrijving}"),
        (bericht("nareizigers.cli.nareizigers"), f"{b.aantal_nareizigers} ({b.route.value})"),
        (bericht("nareizigers.cli.peildatum"), b.peildatum.isoformat()),
        (bericht("nareizigers.cli.fase2"), str(fase2)),
        (bericht("nareizigers.cli.woninglezing"), b.woninglezing.value),
        (bericht("nareizigers.cli.verblijf"), str(_verblijf(b))),
        *_hotel_rijen(b),
    ]
    width = max(len(str(k)) for k, _ in rows)
    for key, value in rows:
        print(f"{key!s:<{width}}  {value}")
    print()
    print(bericht("nareizigers.cli.redenen") if b.redenen else bericht("nareizigers.cli.geen_redenen"))
    for i, r in enumerate(b.redenen, start=1):
        effect = (
            bericht("nareizigers.cli.hoogstens", uitkomst=r.hoogstens)
            if r.hoogstens is not None
            else bericht("nareizigers.cli.niet_blokkerend")
        )
        print(f"  {i}. [{effect}] {r.zin}")
        if r.wat_verandert is not None:
            print(f"     {bericht('nareizigers.cli.wat_verandert', wat=r.wat_verandert)}")
        print(f"     {bericht('nareizigers.cli.bronnen', bronnen=', '.join(x.id for x in r.bronnen))}")
    print()
    print(b.verandering)
    write_bronnen(uitkomst.bronnen, onzeker=uitkomst.onzeker)
    return 0


def _verblijf(b: Nareisbeoordeling) -> Bericht:
    """The stay with the referent in a few words: temporary (phase 1), not said (phase 2), n/a."""
    from ..nareizigers import Route
    from ..taal import bericht

    if b.verblijf_tijdelijk:
        return bericht("nareizigers.cli.verblijf_tijdelijk")
    if b.verblijf_tijdelijk is False:
        return bericht("nareizigers.cli.verblijf_niet_tijdelijk")
    if b.route is Route.FASE2:
        return bericht("nareizigers.cli.verblijf_niet_gezegd")
    return bericht("nareizigers.cli.verblijf_nvt")


def _hotel_rijen(b: Nareisbeoordeling) -> list[tuple[Bericht, str]]:
    """The rows of the hotel route (press, from 19 December 2025), when it concerns the household."""
    from ..taal import bericht

    h = b.hotel
    if h is None:
        return []
    delen = [str(bericht("nareizigers.cli.hotel_regel", vanaf=h.vanaf, maanden=h.max_maanden))]
    if h.uiterlijk_tot is not None:
        tot = h.uiterlijk_tot
        delen.append(
            str(
                bericht("nareizigers.cli.hotel_verstreken", tot=tot)
                if h.termijn_verstreken
                else bericht("nareizigers.cli.hotel_tot", tot=tot)
            )
        )
    voorrang = {
        True: bericht("nareizigers.cli.voorrang_ja"),
        False: bericht("nareizigers.cli.voorrang_nee"),
        None: bericht("nareizigers.cli.voorrang_onbekend"),
    }[h.voorrang]
    return [
        (bericht("nareizigers.cli.hotel"), "; ".join(delen)),
        (bericht("nareizigers.cli.voorrang"), str(voorrang)),
    ]
