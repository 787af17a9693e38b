"""``asielketen nareizigers --personen N --peildatum D [...]``: may a household move in under the nareisactie?

The household is N nareizigers with the same facts (the first the referent's spouse, the others
children); the flags say what is missing. From 19 December 2025 the output also shows the hotel
route (press): ``--hotel-sinds D`` gives the day of placement in the hotel (at most six months),
``--achterstand-taakstelling ja|nee`` whether the gemeente of destination is behind on its
taakstelling (omitted: unknown). JSON output is the converter's output of the
:class:`~asielketen.explain.Uitkomst` (the outcome value, every reason with its sources, the steps);
``--format csv`` one row per household.

``--invoer PAD.csv`` checks one household per row (columns named after the options without dashes:
``personen``, ``peildatum``, ``aankomst``, ``zonder_mvv`` = ``ja``/``nee`` …) and prints one row
(or JSON object) per household, in the file's order.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..taal import bericht
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
        help=bericht("hulp.nareizigers"),
        description=bericht("hulp.nareizigers.omschrijving"),
    )
    p.add_argument("--personen", type=_personen, default=None, help=bericht("hulp.nareizigers.personen"))
    p.add_argument("--peildatum", type=date_arg, default=None, help=bericht("hulp.nareizigers.peildatum"))
    p.add_argument(
        "--aankomst",
        type=date_arg,
        default=None,
        help=bericht("hulp.nareizigers.aankomst"),
    )
    p.add_argument(
        "--toestemming-gemeente", action="store_true", help=bericht("hulp.nareizigers.toestemming_gemeente")
    )
    p.add_argument(
        "--fase2-vanaf",
        type=date_arg,
        default=None,
        help=bericht("hulp.nareizigers.fase2_vanaf"),
    )
    p.add_argument("--zonder-brp", action="store_true", help=bericht("hulp.nareizigers.zonder_brp"))
    p.add_argument("--zonder-bsn", action="store_true", help=bericht("hulp.nareizigers.zonder_bsn"))
    p.add_argument("--zonder-mvv", action="store_true", help=bericht("hulp.nareizigers.zonder_mvv"))
    p.add_argument(
        "--zonder-ind-melding", action="store_true", help=bericht("hulp.nareizigers.zonder_ind_melding")
    )
    p.add_argument(
        "--woning-niet-goedgekeurd",
        action="store_true",
        help=bericht("hulp.nareizigers.woning_niet_goedgekeurd"),
    )
    p.add_argument(
        "--referent-niet-gehuisvest",
        action="store_true",
        help=bericht("hulp.nareizigers.referent_niet_gehuisvest"),
    )
    p.add_argument("--referent-amv", action="store_true", help=bericht("hulp.nareizigers.referent_amv"))
    p.add_argument(
        "--woninglezing",
        choices=("coa_voorwaarde", "perslezing"),
        default=None,
        help=bericht("hulp.nareizigers.woninglezing"),
    )
    p.add_argument(
        "--hotel-sinds",
        type=date_arg,
        default=None,
        help=bericht("hulp.nareizigers.hotel_sinds"),
    )
    p.add_argument(
        "--achterstand-taakstelling",
        choices=("ja", "nee"),
        default=None,
        help=bericht("hulp.nareizigers.achterstand_taakstelling"),
    )
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    invoer_arg(p)
    p.set_defaults(func=run)


_VERPLICHT = ("--personen", "--peildatum")


def run(args: argparse.Namespace) -> int:
    """Check the household and print the outcome, every reason and the sources (or one row per
    household of ``--invoer``)."""
    from ..explain import Uitkomst
    from ..nareizigers import Nareisbeoordeling
    from ..serialization import unstructure

    if args.invoer is not None:
        parser = rij_parser(add_parser, "nareizigers")
        uitkomsten = lees_gevallen(args, parser, _evalueer, verplicht=_VERPLICHT)
        if args.format == "json":
            write_json([unstructure(u, Uitkomst[Nareisbeoordeling]) for u in uitkomsten])
        else:
            (write_csv if args.format == "csv" else write_table)(KOLOMMEN, [_rij(u) for u in uitkomsten])
        return 0
    vereist(args, _VERPLICHT)
    uitkomst = _evalueer(args)
    if args.format == "json":
        write_json(unstructure(uitkomst, Uitkomst[Nareisbeoordeling]))
        return 0
    if args.format == "csv":
        write_csv(KOLOMMEN, [_rij(uitkomst)])
        return 0
    _tabel(uitkomst)
    return 0


def _evalueer(args: argparse.Namespace) -> Uitkomst[Nareisbeoordeling]:
    """The check of one household."""
    from ..nareizigers import Huishouden, Nareiziger, Referent, Relatie, beoordeel_nareis

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
    return beoordeel_nareis(
        huishouden,
        args.peildatum,
        fase2_vanaf=args.fase2_vanaf,
        woning_blokkeert=woning_blokkeert,
        achterstand_taakstelling=achterstand,
        hotel_sinds=args.hotel_sinds,
    )


KOLOMMEN = (
    "peildatum",
    "personen",
    "uitkomst",
    "route",
    "fase2_open",
    "woninglezing",
    "verblijf_tijdelijk",
    "redenen",
    "hotel_uiterlijk_tot",
    "hotel_voorrang",
    "bronnen",
    "onzeker",
)
"""The columns of ``--format csv`` (and of the batch table): one row per household."""


def _rij(uitkomst: Uitkomst[Nareisbeoordeling]) -> list[str]:
    """One CSV row of a check (:data:`KOLOMMEN`); ``redenen``: how many reasons."""
    b = uitkomst.waarde
    h = b.hotel
    waarden: tuple[object, ...] = (
        b.peildatum,
        b.aantal_nareizigers,
        b.uitkomst,
        b.route,
        b.fase2_open,
        b.woninglezing,
        b.verblijf_tijdelijk,
        len(b.redenen),
        None if h is None else h.uiterlijk_tot,
        None if h is None else h.voorrang,
        bronnen_cel(uitkomst.bronnen),
        uitkomst.onzeker,
    )
    return [csv_cel(w) for w in waarden]


def _tabel(uitkomst: Uitkomst[Nareisbeoordeling]) -> None:
    """The text output of one check: outcome, reasons, what changes, sources."""
    from ..taal import bericht

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
