"""Catalogue: the help texts of the command line (``asielketen --help`` and every subcommand's).

Keys ``hulp.<subcommand>[.<subcommand>].<option>``; ``….omschrijving`` is a subcommand's description.
The parser is built in the language of ``--taal``, so ``--taal en --help`` is English."""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    "hulp.asielketen": (
        "Regels en referentiegegevens van de Nederlandse asielketen, met bronnen.",
        "Rules and reference data of the Dutch asylum reception chain, with sources.",
    ),
    "hulp.taal": (
        "taal van uitleg, labels, hulpteksten en foutmeldingen (standaard: ${variabele} of nl)",
        "language of explanations, labels, help texts and error messages (default: ${variabele} or nl)",
    ),
    "hulp.algemeen.invoer": (
        (
            "CSV-bestand met gevallen, één per rij; kolommen heten naar de opties zonder streepjes "
            "(vlaggen: ja/nee); uitvoer: één rij per geval"
        ),
        (
            "CSV file of cases, one per row; columns named after the options without dashes (flags: "
            "ja/nee); output: one row per case"
        ),
    ),
    "hulp.bronnen": (
        "alle bronnen met hun status",
        "every source with its status",
    ),
    "hulp.gemeente": (
        "profiel van een gemeente (naam of code)",
        "profile of a gemeente (name or code)",
    ),
    "hulp.gemeente.landelijk": (
        (
            "landelijk aantal vergunninghouders (vg) voor het halfjaar van de peildatum (als er geen "
            "is meegeleverd, of als scenario)"
        ),
        (
            "national number of permit holders (vg) for the half-year of the reference date (when "
            "none is shipped, or as a scenario)"
        ),
    ),
    "hulp.gemeente.naam": (
        "gemeentenaam of -code, bijv. 'Het Hogeland' of GM1966",
        "gemeente name or code, e.g. 'Het Hogeland' or GM1966",
    ),
    "hulp.gemeente.peildatum": (
        "JJJJ-MM-DD (standaard: vandaag, of $ASIELKETEN_VANDAAG)",
        "YYYY-MM-DD (default: today, or $ASIELKETEN_VANDAAG)",
    ),
    "hulp.gemeente.uitleg": (
        "toon de redenering stap voor stap (met bronnen) na de tabel",
        "show the reasoning step by step (with sources) after the table",
    ),
    "hulp.nareizigers": (
        "valt een huishouden van nareizigers onder de nareisactie en mag het bij de referent intrekken?",
        (
            "does a household of nareizigers (family members joining a permit holder) fall under the "
            "nareisactie, and may it move in with the referent?"
        ),
    ),
    "hulp.nareizigers.aankomst": (
        "datum van aankomst bij de referent (JJJJ-MM-DD); weglaten: nog niet aangekomen",
        "date of arrival at the referent (YYYY-MM-DD); omit: not arrived yet",
    ),
    "hulp.nareizigers.achterstand_taakstelling": (
        (
            "loopt de gemeente van bestemming achter met haar taakstelling (voorrang bij de "
            "hotelroute); weglaten: onbekend"
        ),
        (
            "is the destination gemeente behind on its taakstelling (priority on the hotel route); "
            "omit: unknown"
        ),
    ),
    "hulp.nareizigers.fase2_vanaf": (
        "openingsdatum van fase 2 (onbekend; weglaten: fase 2 is dicht)",
        "opening date of phase 2 (unknown; omit: phase 2 is closed)",
    ),
    "hulp.nareizigers.hotel_sinds": (
        "datum van plaatsing in een hotel in de gemeente van bestemming (sinds 2025-12-19; pers)",
        "date of placement in a hotel in the destination gemeente (since 2025-12-19; press)",
    ),
    "hulp.nareizigers.omschrijving": (
        (
            "Toets een huishouden van nareizigers aan de nareisactie (aangekondigd 23 september 2025;"
            " VNG-ledenbrief 13 oktober 2025) en de COA-voorwaarden. Alle nareizigers krijgen "
            "dezelfde feiten; de eerste is echtgenoot van de referent, de anderen zijn kinderen."
        ),
        (
            "Check a household of nareizigers against the nareisactie (announced 23 September 2025; "
            "VNG members' letter 13 October 2025) and the COA conditions. All nareizigers get the "
            "same facts; the first is the referent's spouse, the others are children."
        ),
    ),
    "hulp.nareizigers.peildatum": (
        "JJJJ-MM-DD (verplicht)",
        "YYYY-MM-DD (required)",
    ),
    "hulp.nareizigers.personen": (
        "aantal nareizigers (1 of meer; verplicht)",
        "number of nareizigers (1 or more; required)",
    ),
    "hulp.nareizigers.referent_amv": (
        "de referent kwam als alleenstaande minderjarige",
        "the referent came as an unaccompanied minor (amv)",
    ),
    "hulp.nareizigers.referent_niet_gehuisvest": (
        "de referent heeft nog geen woning",
        "the referent has no home yet",
    ),
    "hulp.nareizigers.toestemming_gemeente": (
        "de gemeente stemt in (nodig in fase 2)",
        "the gemeente consents (needed in phase 2)",
    ),
    "hulp.nareizigers.woning_niet_goedgekeurd": (
        "de gemeente heeft de woning van de referent niet goedgekeurd",
        "the gemeente has not approved the referent's home",
    ),
    "hulp.nareizigers.woninglezing": (
        "weging van een niet goedgekeurde woning (standaard: de meegeleverde parameter, coa_voorwaarde)",
        "weight of a home not approved (default: the shipped parameter, coa_voorwaarde)",
    ),
    "hulp.nareizigers.zonder_brp": (
        "niet ingeschreven in de BRP",
        "not registered in the BRP (population register)",
    ),
    "hulp.nareizigers.zonder_bsn": (
        "zonder BSN",
        "without a BSN (citizen service number)",
    ),
    "hulp.nareizigers.zonder_ind_melding": (
        "niet gemeld bij de IND",
        "not reported to the IND",
    ),
    "hulp.nareizigers.zonder_mvv": (
        "zonder mvv",
        "without an mvv (provisional residence permit)",
    ),
    "hulp.oekraine": (
        "opvang ontheemden uit Oekraïne: individuele en collectieve plicht, vergoeding",
        "reception of displaced persons from Ukraine: individual and collective duty, compensation",
    ),
    "hulp.oekraine.omschrijving": (
        (
            "De opvang van ontheemden uit Oekraïne: de resultaatsverplichting tegenover elke "
            "ontheemde die om opvang vraagt (Twoo art. 2 lid 1; ECLI:NL:RBNNE:2025:4074), de "
            "inspanningsverplichting voor het gevraagde aantal plekken (VNG-brief 22 september 2025) "
            "en de vergoeding van de Bekostigingsregeling art. 3."
        ),
        (
            "The reception of displaced persons from Ukraine: the obligation of result towards every "
            "displaced person who asks for reception (Twoo art. 2 lid 1; ECLI:NL:RBNNE:2025:4074), "
            "the obligation of effort for the number of places asked (VNG letter 22 September 2025) "
            "and the compensation of the Bekostigingsregeling art. 3."
        ),
    ),
    "hulp.oekraine.plicht": (
        "beide plichten van een gemeente op een peildatum",
        "both duties of a gemeente on a reference date",
    ),
    "hulp.oekraine.plicht.bezet": (
        (
            "VEROUDERD: bezette plaatsen; alleen bij --niveau gemeente zonder --eigen-* telt het met "
            "--plaatsen als de eigen opvang"
        ),
        (
            "DEPRECATED: occupied places; only with --niveau gemeente without --eigen-* does it "
            "count, with --plaatsen, as the own reception"
        ),
    ),
    "hulp.oekraine.plicht.eigen_bezet": (
        "bezette plaatsen in de eigen opvang van de gemeente (individuele plicht)",
        "occupied places in the gemeente's own reception (individual duty)",
    ),
    "hulp.oekraine.plicht.eigen_plaatsen": (
        "plaatsen in de eigen opvang van de gemeente (individuele plicht; met --eigen-bezet)",
        "places in the gemeente's own reception (individual duty; with --eigen-bezet)",
    ),
    "hulp.oekraine.plicht.gemeente": (
        "gemeentenaam of -code, bijv. 'Het Hogeland' (verplicht)",
        "gemeente name or code, e.g. 'Het Hogeland' (required)",
    ),
    "hulp.oekraine.plicht.gevraagd": (
        "door het Rijk gevraagd aantal plekken",
        "number of places the national government asked for",
    ),
    "hulp.oekraine.plicht.kwetsbaar": (
        "de aanvrager is een kwetsbare ontheemde",
        "the applicant is a vulnerable displaced person",
    ),
    "hulp.oekraine.plicht.niveau": (
        "gebied van het gevraagde aantal (bij veiligheidsregio: geef de aantallen van de regio)",
        "area of the number asked (for a veiligheidsregio: give the region's numbers)",
    ),
    "hulp.oekraine.plicht.peildatum": (
        "JJJJ-MM-DD (verplicht)",
        "YYYY-MM-DD (required)",
    ),
    "hulp.oekraine.plicht.plaatsen": (
        "gerealiseerde opvangplaatsen in het gebied van --niveau (collectieve plicht)",
        "realised reception places in the area of --niveau (collective duty)",
    ),
    "hulp.oekraine.plicht.prioritering_vanaf": (
        "SCENARIO (geen geldend recht): voorrang voor kwetsbaren vanaf deze datum",
        "SCENARIO (not law in force): priority for the vulnerable from this date",
    ),
    "hulp.oekraine.vergoeding": (
        "vergoeding volgens de Bekostigingsregeling art. 3",
        "compensation under the Bekostigingsregeling art. 3",
    ),
    "hulp.oekraine.vergoeding.huishouden": (
        (
            "AANNAME (alleen als de ontvangsten onbekend zijn): een huishouden met N meerderjarigen "
            "met inkomen betaalde elke maand de maximale eigen bijdrage; herhaalbaar"
        ),
        (
            "ASSUMPTION (only when the receipts are unknown): a household with N adults with income "
            "paid the maximum own contribution every month; repeatable"
        ),
    ),
    "hulp.oekraine.vergoeding.ontvangen_cateringbijdragen": (
        (
            "door de gemeente ontvangen maaltijdbijdragen (RooO art. 7 lid 4) over de periode, in "
            "hele centen; gaan af van het totaalbedrag van BooO art. 3 lid 1 (lid 7)"
        ),
        (
            "meal contributions the gemeente received (RooO art. 7 lid 4) over the period, in whole "
            "cents; deducted from the total of BooO art. 3 lid 1 (lid 7)"
        ),
    ),
    "hulp.oekraine.vergoeding.ontvangen_eigen_bijdragen": (
        (
            "door de gemeente ontvangen eigen bijdragen (RooO art. 8) over de periode, in hele "
            "centen; gaan af van het totaalbedrag van BooO art. 3 lid 1 (lid 7)"
        ),
        (
            "own contributions the gemeente received (RooO art. 8) over the period, in whole cents; "
            "deducted from the total of BooO art. 3 lid 1 (lid 7)"
        ),
    ),
    "hulp.oekraine.vergoeding.particulier": (
        "personen in particuliere opvang (hele maanden)",
        "persons in private reception (whole months)",
    ),
    "hulp.oekraine.vergoeding.plaatsen": (
        "gerealiseerde opvangplaatsen",
        "realised reception places",
    ),
    "hulp.oekraine.vergoeding.tot": (
        "eerste dag ná de periode (JJJJ-MM-DD)",
        "first day after the period (YYYY-MM-DD)",
    ),
    "hulp.oekraine.vergoeding.van": (
        "eerste dag (JJJJ-MM-DD)",
        "first day (YYYY-MM-DD)",
    ),
    "hulp.opvang": (
        "opvangcapaciteit: overzicht per gemeente en provincie, dwangsom Ter Apel",
        "reception capacity: overview per gemeente and province, Ter Apel penalty",
    ),
    "hulp.opvang.dwangsom": (
        "dwangsom Ter Apel over een reeks nachtelijke tellingen",
        "Ter Apel penalty (dwangsom) over a series of nightly counts",
    ),
    "hulp.opvang.dwangsom.al_verbeurd": (
        "eerder verbeurd bedrag in euro, in hele centen (telt mee)",
        "amount forfeited before, in euro, in whole cents (counts towards the cap)",
    ),
    "hulp.opvang.dwangsom.nachten": (
        "CSV of JSON met nachtelijke tellingen",
        "CSV or JSON with nightly counts",
    ),
    "hulp.opvang.dwangsom.omschrijving": (
        (
            "Dwangsom van het COA aan Westerwolde: per nacht boven het maximum van 2.000 personen "
            "50.000 euro, tot ten hoogste 5 miljoen euro (status pers). Nachten-CSV: datum,personen "
            "(of JSON)."
        ),
        (
            "Penalty (dwangsom) of the COA to Westerwolde: per night above the maximum of 2,000 "
            "persons 50,000 euro, up to at most 5 million euro (status press). Nights CSV: "
            "datum,personen (or JSON)."
        ),
    ),
    "hulp.opvang.omschrijving": (
        "Opvanglocaties, bestuursovereenkomsten, bezetting en tekort (DOMAIN.md §5).",
        "Reception locations, administrative agreements, occupancy and shortage (DOMAIN.md §5).",
    ),
    "hulp.opvang.overzicht": (
        "capaciteit, bezetting en tekort per gemeente en provincie op een peildatum",
        "capacity, occupancy and shortage per gemeente and province on a reference date",
    ),
    "hulp.opvang.overzicht.beheersbaar_en_veilig": (
        (
            "kan plaatsen boven de bestuursovereenkomst hier beheersbaar en veilig (AenM-2026-03-26)?"
            " weglaten: niet vastgesteld"
        ),
        (
            "can places above the administrative agreement be manageable and safe here "
            "(AenM-2026-03-26)? omit: not established"
        ),
    ),
    "hulp.opvang.overzicht.bezetting": (
        "CSV of JSON met tellingen",
        "CSV or JSON with counts",
    ),
    "hulp.opvang.overzicht.locaties": (
        "CSV of JSON met locaties",
        "CSV or JSON with locations",
    ),
    "hulp.opvang.overzicht.omschrijving": (
        (
            "Capaciteit (bestuursovereenkomsten), bezetting en plaatsen boven de overeenkomst per "
            "gemeente en provincie. Locaties-CSV: locatie_id,naam,soort,gemeente,van,tot,capaciteit; "
            "bezetting-CSV: locatie_id,datum,personen (of JSON)."
        ),
        (
            "Capacity (administrative agreements), occupancy and places above the agreement per "
            "gemeente and province. Locations CSV: locatie_id,naam,soort,gemeente,van,tot,capaciteit;"
            " occupancy CSV: locatie_id,datum,personen (or JSON)."
        ),
    ),
    "hulp.opvang.overzicht.peildatum": (
        "JJJJ-MM-DD",
        "YYYY-MM-DD",
    ),
    "hulp.schema": (
        "JSON Schema van een entiteit of uitkomst (zonder naam: alle namen)",
        "JSON Schema of an entity or result (without a name: every name)",
    ),
    "hulp.schema.format": (
        "opmaak van de namenlijst",
        "format of the list of names",
    ),
    "hulp.schema.naam": (
        "naam van de entiteit of uitkomst",
        "name of the entity or result",
    ),
    "hulp.schema.omschrijving": (
        (
            "Het JSON Schema (draft 2020-12) van de JSON-uitvoer van een entiteit of van de uitkomst "
            "van een regel, bijv. 'Gemeente' of 'Uitkomst[Taakstelling]'."
        ),
        (
            "The JSON Schema (draft 2020-12) of the JSON output of an entity or of the result of a "
            "rule, e.g. 'Gemeente' or 'Uitkomst[Taakstelling]'."
        ),
    ),
    "hulp.spreiding": (
        "Spreidingswet: verdeling van de landelijke behoefte per gemeente",
        "Spreidingswet: distribution of the national need per gemeente",
    ),
    "hulp.spreiding.amv": (
        "waarvan voor amv (zelfde formule)",
        "of which for amv (unaccompanied minors; same formula)",
    ),
    "hulp.spreiding.behoefte": (
        "landelijke behoefte BO (plaatsen): een eigen getal, gemeld als gebruikersscenario",
        "national need BO (places): a number of your own, reported as a user scenario",
    ),
    "hulp.spreiding.inwoners": (
        "CSV gemeentecode,inwoners met eigen inwonertallen",
        "CSV gemeentecode,inwoners with inhabitants of your own",
    ),
    "hulp.spreiding.inwoners_peildatum": (
        "peildatum van --inwoners",
        "reference date of --inwoners",
    ),
    "hulp.spreiding.methode": (
        "wet: per gemeente afronden (Besluit art. 2.1); hamilton/sainte-lague: exact optellen",
        "wet: round per gemeente (Besluit art. 2.1); hamilton/sainte-lague: add up exactly",
    ),
    "hulp.spreiding.peildatum": (
        "datum van de raming; de meest recente CBS-inwonertallen tot die datum (standaard: de nieuwste)",
        "date of the raming (estimate); the latest CBS inhabitants up to that date (default: the newest)",
    ),
    "hulp.spreiding.ses": (
        "CSV met gemeentecode,ses_woa of een CBS StatLine-export zoals gedownload (wettelijke sleutel)",
        "CSV with gemeentecode,ses_woa or a CBS StatLine export as downloaded (the legal key)",
    ),
    "hulp.spreiding.ses_peildatum": (
        "peildatum van de SES-WOA-scores",
        "reference date of the SES-WOA scores",
    ),
    "hulp.statushouders": (
        "taakstelling huisvesting vergunninghouders per halfjaar, of de VNG-actie",
        "housing taakstelling of permit holders per half-year, or the VNG action",
    ),
    "hulp.statushouders.gemeente": (
        "één gemeente (naam of code), met uitleg",
        "one gemeente (name or code), with explanation",
    ),
    "hulp.statushouders.halfjaar": (
        "JJJJ-H1 of JJJJ-H2, bijv. 2025-H2",
        "YYYY-H1 or YYYY-H2, e.g. 2025-H2",
    ),
    "hulp.statushouders.herindeling": (
        "CSV (datum,gemeentecode,gemeentenaam,deel; een rij per samenstellend deel) of JSON: art. 30",
        "CSV (datum,gemeentecode,gemeentenaam,deel; one row per constituent part) or JSON: art. 30",
    ),
    "hulp.statushouders.herverdeling": (
        "CSV (gemeentecode,taakstelling[,besluit]; de nieuwe taakstellingen) of JSON: art. 29 lid 2",
        "CSV (gemeentecode,taakstelling[,besluit]; the new taakstellingen) or JSON: art. 29 lid 2",
    ),
    "hulp.statushouders.inwoners": (
        "CSV (gemeentecode,inwoners) met de inwonertallen op 1 januari van het jaar vóór het halfjaar",
        "CSV (gemeentecode,inwoners) with the inhabitants on 1 January of the year before the half-year",
    ),
    "hulp.statushouders.landelijk": (
        "landelijk aantal vg (scenario of eigen bekendmaking)",
        "national number vg (a scenario or a publication of your own)",
    ),
    "hulp.statushouders.landelijk_versie": (
        "meegeleverde vg: vóór het halfjaar bekendgemaakt (standaard) of later bijgesteld (ADR 0009)",
        "shipped vg: published before the half-year (default) or adjusted later (ADR 0009)",
    ),
    "hulp.statushouders.netwerken": (
        "CSV (netwerk,gemeentecode) met ledenlijsten (--vng-actie)",
        "CSV (netwerk,gemeentecode) with member lists (--vng-actie)",
    ),
    "hulp.statushouders.omschrijving": (
        (
            "Taakstelling per gemeente (Huisvestingswet 2014 art. 29) of de VNG-actie versneld "
            "huisvesten statushouders (brief 28 mei 2026)."
        ),
        (
            "Taakstelling per gemeente (Huisvestingswet 2014 art. 29) or the VNG action to house "
            "permit holders faster (letter of 28 May 2026)."
        ),
    ),
    "hulp.statushouders.peildatum": (
        "JJJJ-MM-DD (voor --vng-actie)",
        "YYYY-MM-DD (for --vng-actie)",
    ),
    "hulp.statushouders.vng_actie": (
        "de VNG-actie in plaats van de taakstelling",
        "the VNG action instead of the taakstelling",
    ),
    "hulp.serve": (
        "start de HTTP-API (extra api): elke opdracht als GET /v1/<opdracht>",
        "start the HTTP API (extra api): every command as GET /v1/<command>",
    ),
    "hulp.serve.host": (
        "adres om op te luisteren (standaard: 127.0.0.1)",
        "address to listen on (default: 127.0.0.1)",
    ),
    "hulp.serve.omschrijving": (
        (
            "Start de HTTP-API: elke opdracht is GET /v1/<opdracht> met de opties als queryparameters"
            " en dezelfde JSON als --format json; /openapi.json en /docs beschrijven ze."
        ),
        (
            "Start the HTTP API: every command is GET /v1/<command> with the options as query "
            "parameters and the same JSON as --format json; /openapi.json and /docs describe them."
        ),
    ),
    "hulp.serve.port": (
        "poort (standaard: 8000; 0: een vrije poort)",
        "port (default: 8000; 0: a free port)",
    ),
    "hulp.toets": (
        "voer scenariobestanden uit: gevallen met invoer en verwachte uitkomst",
        "run scenario files: cases with inputs and expected results",
    ),
    "hulp.toets.omschrijving": (
        (
            "Voer de gevallen van scenariobestanden (TOML) uit en vergelijk de uitkomst met de "
            "verwachte waarden. Status 0: alles geslaagd; 1: een geval mislukt; 2: een bestand klopt "
            "niet. Zie docs/scenarios.md."
        ),
        (
            "Run the cases of scenario files (TOML) and compare each result with the expected values."
            " Status 0: all passed; 1: a case failed; 2: a file is malformed. See docs/scenarios.md."
        ),
    ),
    "hulp.toets.paden": (
        "scenariobestand (.toml) of map met zulke bestanden",
        "scenario file (.toml) or folder of such files",
    ),
    "hulp.toets.schema": (
        "toon het JSON Schema van het bestandsformaat",
        "print the JSON Schema of the file format",
    ),
}
