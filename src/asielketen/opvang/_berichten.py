"""Catalogue: opvang capacity, occupancy, the Ter Apel dwangsom and shortage scenarios.

Covers :mod:`asielketen.opvang` and its command line. The minister's words (AenM-2026-03-26) stay
Dutch in English, with a gloss.
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- kinds of location (Locatiesoort.omschrijving) ----------------------------------------
    "opvang.soort.azc": (
        "regulier asielzoekerscentrum van het COA",
        "regular asielzoekerscentrum (azc) of the COA",
    ),
    "opvang.soort.noodopvang": (
        "noodopvang als overbrugging naar reguliere locaties",
        "noodopvang (emergency reception) bridging to regular locations",
    ),
    "opvang.soort.crisisnoodopvang": (
        "crisisnoodopvang door gemeente of veiligheidsregio",
        "crisisnoodopvang (crisis emergency reception) by a gemeente or veiligheidsregio",
    ),
    "opvang.soort.spoednoodopvang": (
        "acuut inzetbare spoednoodopvang",
        "spoednoodopvang (urgent emergency reception) available at once",
    ),
    "opvang.soort.paviljoen": ("tijdelijke paviljoens", "temporary pavilions"),
    "opvang.soort.hotel": (
        "hotel voor (nagereisde) statushouders",
        "hotel for statushouders (and nareizigers)",
    ),
    "opvang.soort.doorstroomlocatie": (
        "doorstroomlocatie: alternatieve huisvesting voor statushouders",
        "doorstroomlocatie: alternative housing for statushouders",
    ),
    "opvang.soort.aanmeldcentrum": (
        "aanmeldvoorziening (zoals Ter Apel)",
        "aanmeldvoorziening (application centre, such as Ter Apel)",
    ),
    "opvang.soort.amv_opvang": (
        "opvang voor alleenstaande minderjarige vreemdelingen",
        "opvang for alleenstaande minderjarige vreemdelingen (unaccompanied minors)",
    ),
    "opvang.soort.bijzondere_aard": (
        "opvangplaatsen van bijzondere aard",
        "opvangplaatsen van bijzondere aard (places needing special guidance)",
    ),
    "opvang.soort.oekraine_overlast": (
        "landelijke opvanglocatie voor overlastgevende ontheemden uit Oekraïne (Oekraïne-opvang, geen "
        "asielopvang)",
        "national location for overlastgevende (nuisance-causing) displaced persons from Ukraine "
        "(Oekraïne opvang, not asylum opvang)",
    ),
    # -- bad input ----------------------------------------------------------------------------
    "opvang.fout.aantal": ("een aantal is een geheel getal ≥ 0", "a number is a whole number ≥ 0"),
    "opvang.fout.leeg": ("mag niet leeg zijn", "must not be empty"),
    "opvang.fout.gemeentecode": ("geen gemeentecode (GM + 4 cijfers)", "not a gemeentecode (GM + 4 digits)"),
    "opvang.fout.periode": ("moet een Periode zijn", "must be a Periode"),
    "opvang.fout.soort": ("soort is een van {soorten}", "soort is one of {soorten}"),
    "opvang.fout.geen_locatiesoort": ("geen Locatiesoort", "not a Locatiesoort"),
    "opvang.fout.ja_nee_onbekend": (
        "ja, nee of onbekend (True/False/None)",
        "yes, no or unknown (True/False/None)",
    ),
    "opvang.fout.overlap": (
        "overlapt met de overeenkomst {periode}; één locatie heeft op elke dag hoogstens één "
        "bestuursovereenkomst",
        "overlaps the agreement {periode}; a location has at most one bestuursovereenkomst on any day",
    ),
    "opvang.fout.gebied": (
        "gebied is 'NL' of een provinciecode (PV + 2 cijfers)",
        "gebied is 'NL' or a province code (PV + 2 digits)",
    ),
    "opvang.fout.behoefte_leeg": (
        "een scenario heeft minstens één stap behoefte",
        "a scenario has at least one step of need",
    ),
    "opvang.fout.door_elkaar": (
        "landelijke en provinciale behoefte niet door elkaar",
        "national and provincial need cannot be mixed",
    ),
    "opvang.fout.zelfde_datum": ("twee stappen op dezelfde datum", "two steps on the same date"),
    "opvang.fout.geen_locatie": (
        "locaties[{i}]={waarde} is geen Locatie",
        "locaties[{i}]={waarde} is not a Locatie",
    ),
    "opvang.fout.onbekende_gemeentecode": (
        "locatie {locatie}: onbekende gemeentecode {code}",
        "locatie {locatie}: unknown gemeentecode {code}",
    ),
    "opvang.fout.dubbele_locatie": (
        "locatie-id {locatie} komt twee keer voor",
        "locatie-id {locatie} occurs twice",
    ),
    "opvang.fout.bezetting_onbekend": (
        "bezetting[{i}]: onbekende locatie {locatie}",
        "bezetting[{i}]: unknown location {locatie}",
    ),
    "opvang.fout.bezetting_buiten": (
        "bezetting[{i}]: {locatie} op {datum} valt buiten elke bestuursovereenkomst van de locatie: "
        "vóór de eerste (na het einde van een overeenkomst wordt een telling gemeld, niet geweigerd)",
        "bezetting[{i}]: {locatie} on {datum} falls outside every bestuursovereenkomst of the location: "
        "before the first one (after the end of an agreement a count is flagged, not refused)",
    ),
    "opvang.fout.bezetting_dubbel": (
        "bezetting[{i}]: {locatie} op {datum} staat er twee keer in",
        "bezetting[{i}]: {locatie} on {datum} appears twice",
    ),
    "opvang.fout.bedrag": ("een bedrag in euro (Decimal of int)", "an amount in euro (Decimal or int)"),
    "opvang.fout.bedrag_negatief": ("een bedrag ≥ 0", "an amount ≥ 0"),
    "opvang.fout.geen_bedrag": ("geen bedrag in euro", "not an amount in euro"),
    "opvang.fout.nacht_dubbel": ("deze nacht staat er twee keer in", "this night appears twice"),
    "opvang.fout.centen": (
        "een bedrag in hele centen (ten hoogste twee decimalen)",
        "an amount in whole cents (at most two decimals)",
    ),
    "opvang.fout.boven_maximum": (
        "meer dan het maximum van {maximum} euro",
        "more than the maximum of {maximum} euro",
    ),
    "opvang.fout.behoefte_later": (
        "scenario {scenario} heeft voor {gebied} pas behoefte vanaf {eerste}",
        "scenario {scenario} has a need for {gebied} only from {eerste}",
    ),
    "opvang.fout.behoefte_einde": (
        "scenario {scenario} heeft voor {gebied} geen cijfer vanaf {tot}: geef zelf een behoefte vanaf "
        "die datum op (Behoefte)",
        "scenario {scenario} has no figure for {gebied} from {tot}: supply a need of your own from that "
        "date (Behoefte)",
    ),
    "opvang.fout.behoefte_tot": (
        "een datum na vanaf (de eerste dag waarop het cijfer niet meer geldt)",
        "a date after vanaf (the first day the figure no longer holds)",
    ),
    "opvang.fout.onbekende_provincie": ("onbekende provincie", "unknown province"),
    "opvang.fout.provincie_zonder_behoefte": (
        "het scenario heeft locaties in provincies zonder behoefte; geef die op",
        "the scenario has locations in provinces without a need; give their need",
    ),
    "opvang.fout.gesloten_periode": (
        "het tekortverloop vraagt een gesloten periode",
        "the shortage over time needs a closed period",
    ),
    "opvang.fout.geen_brief": ("is geen brief", "is not a letter"),
    # -- reading user files -------------------------------------------------------------------
    "opvang.lees.soort": (
        "rij {rij}: soort={soort} is onbekend (wel: {soorten})",
        "row {rij}: soort={soort} is unknown (known: {soorten})",
    ),
    "opvang.lees.gemeente": (
        "rij {rij}: gemeente={gemeente}: {reden}",
        "row {rij}: gemeente={gemeente}: {reden}",
    ),
    "opvang.lees.tot_voor_van": (
        "rij {rij}: tot={tot} ligt niet na van={van}",
        "row {rij}: tot={tot} is not after van={van}",
    ),
    "opvang.lees.kop_anders": (
        "rij {rij}: locatie {locatie} heeft hier naam/soort/gemeente {hier}, in rij {eerder} {daar}",
        "row {rij}: location {locatie} has naam/soort/gemeente {hier} here, in row {eerder} {daar}",
    ),
    "opvang.lees.overlap": (
        "rij {rij}: overeenkomst {periode} van locatie {locatie} overlapt met rij {ander} ({andere_periode})",
        "row {rij}: agreement {periode} of location {locatie} overlaps row {ander} ({andere_periode})",
    ),
    "opvang.lees.onbekende_locatie": (
        "rij {rij}: onbekende locatie_id {locatie}",
        "row {rij}: unknown locatie_id {locatie}",
    ),
    "opvang.lees.buiten_overeenkomst": (
        "rij {rij}: datum={datum} valt buiten elke bestuursovereenkomst van {locatie} ({perioden}): "
        "vóór de eerste",
        "row {rij}: datum={datum} falls outside every bestuursovereenkomst of {locatie} ({perioden}): "
        "before the first one",
    ),
    "opvang.lees.kleinschalig": (
        "rij {rij}: kleinschalig={waarde} is geen ja, nee of leeg",
        "row {rij}: kleinschalig={waarde} is not ja, nee or empty",
    ),
    "opvang.lees.kleinschalig_anders": (
        "rij {rij}: locatie {locatie} heeft hier kleinschalig={hier}, in rij {eerder} {daar}",
        "row {rij}: location {locatie} has kleinschalig={hier} here, in row {eerder} {daar}",
    ),
    "opvang.lees.geen_perioden": ("geen", "none"),
    "opvang.lees.telling_dubbel": (
        "rij {rij}: {locatie} op {datum} stond al in rij {eerder}",
        "row {rij}: {locatie} on {datum} was already in row {eerder}",
    ),
    "opvang.lees.nacht_dubbel": (
        "rij {rij}: nacht {datum} stond al in rij {eerder}",
        "row {rij}: night {datum} was already in row {eerder}",
    ),
    "opvang.lees.nacht_dubbel_json": (
        "$[{i}]: nacht {datum} staat er twee keer in",
        "$[{i}]: night {datum} appears twice",
    ),
    # -- the steps of overzicht, toets_bezetting, opvang_gemeente -----------------------------
    "opvang.stap.overeenkomsten": (
        "Op {peildatum} hebben {actief} van de {totaal} locaties een bestuursovereenkomst; de "
        "overeenkomst legt capaciteit en looptijd vast. Een locatie buiten de looptijd van haar "
        "overeenkomsten telt niet mee.",
        "On {peildatum}, {actief} of the {totaal} locations have a bestuursovereenkomst; the agreement "
        "fixes capacity and term. A location outside the term of its agreements does not count.",
    ),
    "opvang.stap.overeenkomsten_buiten": (
        "Op {peildatum} hebben {actief} van de {totaal} locaties een bestuursovereenkomst; de "
        "overeenkomst legt capaciteit en looptijd vast. Een locatie buiten de looptijd van haar "
        "overeenkomsten telt niet mee ({buiten}).",
        "On {peildatum}, {actief} of the {totaal} locations have a bestuursovereenkomst; the agreement "
        "fixes capacity and term. A location outside the term of its agreements does not count "
        "({buiten}).",
    ),
    "opvang.stap.zonder_telling": (
        "Van {aantal} locaties is geen telling op of vóór de peildatum binnen de overeenkomst bekend; "
        "hun bezetting is onbekend, niet nul: {locaties}.",
        "For {aantal} locations no count on or before the peildatum within the agreement is known; "
        "their occupancy is unknown, not zero: {locaties}.",
    ),
    "opvang.stap.boven": (
        "Locatie {locatie} had op {datum} {personen} personen bij een bestuursovereenkomst van "
        "{capaciteit}: {boven} boven de overeenkomst. De minister staat plaatsen boven "
        "bestuursovereenkomsten alleen toe 'als dit beheersbaar en veilig kan'. {voorwaarde}",
        "Location {locatie} had {personen} people on {datum} under a bestuursovereenkomst of "
        "{capaciteit}: {boven} above the agreement. The minister allows placing above "
        "bestuursovereenkomsten only 'als dit beheersbaar en veilig kan' (if this is manageable and "
        "safe). {voorwaarde}",
    ),
    "opvang.voorwaarde.onbekend": (
        "Of dat hier zo is, is niet vastgesteld (niet opgegeven).",
        "Whether that is so here is not established (not given).",
    ),
    "opvang.voorwaarde.ja": (
        "Volgens de opgave kan het hier beheersbaar en veilig: aan de voorwaarde is voldaan.",
        "According to the input it is manageable and safe here: the condition is met.",
    ),
    "opvang.voorwaarde.nee": (
        "Volgens de opgave kan het hier niet beheersbaar en veilig: de voorwaarde is niet vervuld.",
        "According to the input it is not manageable and safe here: the condition is not met.",
    ),
    "opvang.stap.langer_open": (
        "Locatie {locatie} had op {datum} nog {personen} personen, na het einde van haar "
        "bestuursovereenkomst op {tot}: gemeld, niet geweigerd. De minister schrijft dat 'een aantal "
        "opvanglocaties in het land noodgedwongen langer openblijft' en dat 'het COA is op dit moment "
        "niet in staat afspraken na te komen die het eerder met deze gemeenten heeft gemaakt'. Zonder "
        "lopende overeenkomst is de capaciteit 0; deze personen tellen apart (langer open).",
        "Location {locatie} still had {personen} people on {datum}, after its bestuursovereenkomst ended "
        "on {tot}: flagged, not refused. The minister writes that 'een aantal opvanglocaties in het land "
        "noodgedwongen langer openblijft' (a number of locations are forced to stay open longer) and that "
        "'het COA is op dit moment niet in staat afspraken na te komen die het eerder met deze gemeenten "
        "heeft gemaakt' (the COA cannot currently keep the agreements it made with these gemeenten). "
        "Without a running agreement the capacity is 0; these people count apart (langer open).",
    ),
    "opvang.stap.kleinschalig": (
        "{aantal} van de {gegeven} locaties waarvoor het is opgegeven, zijn kleinschalig ({locaties}). De "
        "VNG wijst op 'het belang van kleinschalige opvanglocaties die passen in onze wijken, dorpen en "
        "steden', maar geen bron noemt een grens: kleinschalig is een opgave per locatie, geen afleiding "
        "uit de capaciteit.",
        "{aantal} of the {gegeven} locations for which it was given are kleinschalig (small-scale) "
        "({locaties}). The VNG points to 'het belang van kleinschalige opvanglocaties die passen in onze "
        "wijken, dorpen en steden' (the importance of small-scale locations that fit our neighbourhoods, "
        "villages and cities), but no source gives a threshold: small-scale is given per location, not "
        "derived from the capacity.",
    ),
    "opvang.stap.nooit_realisatie": (
        "De soort(en) {soorten} tellen nooit mee voor de Spreidingswet, ook niet als ze zijn opgegeven: "
        "dat is Oekraïne-opvang (Tijdelijke wet opvang ontheemden Oekraïne), geen asielopvang.",
        "The kind(s) {soorten} never count for the Spreidingswet, even when given: that is Oekraïne "
        "opvang (Tijdelijke wet opvang ontheemden Oekraïne), not asylum opvang.",
    ),
    "opvang.stap.duurzaam": (
        "Duurzaam zijn plaatsen die vanaf {peildatum} (of hun latere begin) nog minimaal {jaren} jaar "
        "beschikbaar zijn; per gemeente tellen ze mee vanaf {regulier} reguliere of {bijzonder} "
        "bijzondere plaatsen (verspreid over meer voorzieningen mag). De looptijd volgt uit de "
        "bestuursovereenkomsten.",
        "Places are duurzaam (durable) when they remain available for at least {jaren} years from "
        "{peildatum} (or their later start); per gemeente they count from {regulier} regular or "
        "{bijzonder} special places (spread over several facilities is allowed). The term follows from "
        "the bestuursovereenkomsten.",
    ),
    "opvang.stap.realisatie_soorten": (
        "Als gerealiseerd voor de Spreidingswet tellen de plaatsen van de soorten {soorten}.",
        "The places of the kinds {soorten} count as realised for the Spreidingswet.",
    ),
    "opvang.stap.landelijk": (
        "Landelijk: capaciteit {capaciteit}, bezetting {bezetting}, boven de overeenkomsten {tekort}, "
        "vrij {vrij}. Het tekort telt per locatie; vrije plaatsen elders heffen het niet op.",
        "Nationally: capacity {capaciteit}, occupancy {bezetting}, above the agreements {tekort}, free "
        "{vrij}. The shortage counts per location; free places elsewhere do not offset it.",
    ),
    "opvang.stap.getoetst": (
        "{tellingen} tellingen getoetst aan de bestuursovereenkomst op hun datum; {boven} liggen erboven.",
        "{tellingen} counts checked against the bestuursovereenkomst in force on their date; {boven} lie "
        "above it.",
    ),
    "opvang.stap.getoetst_langer_open": (
        "{tellingen} tellingen getoetst aan de bestuursovereenkomst op hun datum; {boven} liggen erboven, "
        "{na} liggen na het einde van de overeenkomst van hun locatie.",
        "{tellingen} counts checked against the bestuursovereenkomst in force on their date; {boven} lie "
        "above it, {na} lie after the end of their location's agreement.",
    ),
    "opvang.stap.geen_locaties": (
        "In {gemeente} ligt geen van de opgegeven opvanglocaties.",
        "None of the opvang locations given lies in {gemeente}.",
    ),
    # -- the steps of realisaties and duurzame_locaties ---------------------------------------
    "opvang.stap.realisaties": (
        "Gerealiseerde plaatsen per gemeente op {peildatum}: de capaciteit van de lopende "
        "bestuursovereenkomsten van locaties van de soorten {soorten}; {gemeenten} gemeenten, samen "
        "{plaatsen} plaatsen.",
        "Realised places per gemeente on {peildatum}: the capacity of the running bestuursovereenkomsten "
        "of locations of the kinds {soorten}; {gemeenten} gemeenten, {plaatsen} places together.",
    ),
    "opvang.stap.beschikbaarheid": (
        "De beschikbaarheid van een locatie is de aaneengesloten looptijd van haar "
        "bestuursovereenkomsten; of de plaatsen in mindering komen beslist art. 2 lid 3 (vijf jaar of "
        "langer, binnen twaalf maanden).",
        "A location's availability is the uninterrupted term of its bestuursovereenkomsten; whether the "
        "places are deducted is decided by art. 2 lid 3 (five years or longer, within twelve months).",
    ),
    # -- the steps of dwangsom_ter_apel -------------------------------------------------------
    "opvang.stap.dwangsom_regel": (
        "Verblijven er in het aanmeldcentrum Ter Apel meer dan {maximum} personen, dan verbeurt het COA "
        "aan de gemeente Westerwolde {per_nacht} euro per nacht, tot samen ten hoogste {plafond} euro.",
        "If more than {maximum} people stay in the aanmeldcentrum Ter Apel, the COA forfeits {per_nacht} "
        "euro per night to the gemeente Westerwolde, up to {plafond} euro in total.",
    ),
    "opvang.stap.dwangsom": (
        "{boven} van de {nachten} nachten lagen boven het maximum; verbeurd over deze reeks {verbeurd} euro.",
        "{boven} of the {nachten} nights were above the maximum; forfeited over this series: {verbeurd} "
        "euro.",
    ),
    "opvang.stap.dwangsom_bereikt": (
        "{boven} van de {nachten} nachten lagen boven het maximum; verbeurd over deze reeks {verbeurd} "
        "euro; het maximum is bereikt in de nacht van {bereikt}.",
        "{boven} of the {nachten} nights were above the maximum; forfeited over this series: {verbeurd} "
        "euro; the maximum was reached in the night of {bereikt}.",
    ),
    "opvang.stap.dwangsom_eerder": (
        "{boven} van de {nachten} nachten lagen boven het maximum; verbeurd over deze reeks {verbeurd} "
        "euro, samen met eerder verbeurde {eerder} euro {totaal} euro.",
        "{boven} of the {nachten} nights were above the maximum; forfeited over this series: {verbeurd} "
        "euro, together with {eerder} euro forfeited before: {totaal} euro.",
    ),
    "opvang.stap.dwangsom_eerder_bereikt": (
        "{boven} van de {nachten} nachten lagen boven het maximum; verbeurd over deze reeks {verbeurd} "
        "euro, samen met eerder verbeurde {eerder} euro {totaal} euro; het maximum is bereikt in de "
        "nacht van {bereikt}.",
        "{boven} of the {nachten} nights were above the maximum; forfeited over this series: {verbeurd} "
        "euro, together with {eerder} euro forfeited before: {totaal} euro; the maximum was reached in "
        "the night of {bereikt}.",
    ),
    "opvang.stap.dwangsom_al_bereikt": (
        "{boven} van de {nachten} nachten lagen boven het maximum; het maximum van {maximum} euro was al "
        "vóór deze reeks bereikt (eerder verbeurd {eerder} euro): in deze reeks is niets meer verbeurd.",
        "{boven} of the {nachten} nights were above the maximum; the maximum of {maximum} euro had already "
        "been reached before this series ({eerder} euro forfeited before): nothing more was forfeited in "
        "this series.",
    ),
    "opvang.stap.dwangsom_ontbrekend": (
        "In de reeks ontbreken {aantal} nachten ({nachten}): of er toen meer dan het maximum verbleven is "
        "onbekend, dus ook of er een dwangsom is verbeurd. Die nachten tellen niet als nachten zonder "
        "dwangsom: het verbeurde bedrag hieronder is een ondergrens.",
        "{aantal} nights are missing from the series ({nachten}): whether more than the maximum stayed then "
        "is unknown, and so is whether a dwangsom was forfeited. Those nights do not count as nights without "
        "a dwangsom: the amount forfeited below is a lower bound.",
    ),
    "opvang.stap.dwangsom_ontbrekend_bereikt": (
        "In de reeks ontbreken {aantal} nachten ({nachten}): of er toen meer dan het maximum verbleven is "
        "onbekend, dus ook of er een dwangsom is verbeurd. Die nachten tellen niet als nachten zonder "
        "dwangsom: het verbeurde bedrag hieronder is een ondergrens, en het maximum kan eerder bereikt zijn "
        "dan de genoemde nacht.",
        "{aantal} nights are missing from the series ({nachten}): whether more than the maximum stayed then "
        "is unknown, and so is whether a dwangsom was forfeited. Those nights do not count as nights without "
        "a dwangsom: the amount forfeited below is a lower bound, and the maximum may have been reached "
        "before the night named.",
    ),
    "opvang.stap.nachten_reeks": ("{van} t/m {tot}", "{van} to {tot}"),
    # -- the steps of tekort_op, tekortverloop and referentiescenario -------------------------
    "opvang.stap.scenario": (
        "Scenario {scenario}: behoefte {behoefte} in {stappen} stappen; capaciteit uit {locaties} "
        "locaties, elk alleen binnen de looptijd van haar bestuursovereenkomsten.",
        "Scenario {scenario}: need {behoefte} in {stappen} steps; capacity from {locaties} locations, "
        "each only within the term of its bestuursovereenkomsten.",
    ),
    "opvang.stap.scenario_toelichting": (
        "Scenario {scenario}: behoefte {behoefte} in {stappen} stappen; capaciteit uit {locaties} "
        "locaties, elk alleen binnen de looptijd van haar bestuursovereenkomsten. {toelichting}",
        "Scenario {scenario}: need {behoefte} in {stappen} steps; capacity from {locaties} locations, "
        "each only within the term of its bestuursovereenkomsten. {toelichting}",
    ),
    "opvang.stap.behoefte_landelijk": ("landelijk", "nationally"),
    "opvang.stap.behoefte_provincies": ("per provincie ({gebieden})", "per province ({gebieden})"),
    "opvang.stap.tekort_op": (
        "Op {peildatum}: behoefte {behoefte}, capaciteit {capaciteit}, tekort {tekort} (per gebied "
        "max(0, behoefte − capaciteit), opgeteld).",
        "On {peildatum}: need {behoefte}, capacity {capaciteit}, shortage {tekort} (per area "
        "max(0, need − capacity), summed).",
    ),
    "opvang.stap.tekortverloop": (
        "Over {periode}: {standen} standen; het tekort is het hoogst op {datum} ({tekort} plaatsen) en "
        "telt op tot {plaatsdagen} plaatsdagen. Een overschot in de ene provincie heft een tekort in de "
        "andere niet op.",
        "Over {periode}: {standen} points; the shortage is highest on {datum} ({tekort} places) and adds "
        "up to {plaatsdagen} place-days. A surplus in one province does not offset a shortage in "
        "another.",
    ),
    "opvang.stap.minister": (
        "De minister schrijft op {datum}: 'Op korte termijn gaat het om een tekort van {kort} plekken, "
        "dat tekort loopt op tot {zomer} plekken einde zomer.'",
        "The minister writes on {datum} (quoted in Dutch): 'Op korte termijn gaat het om een tekort van "
        "{kort} plekken, dat tekort loopt op tot {zomer} plekken einde zomer.' (a shortage of {kort} "
        "places in the short term, rising to {zomer} places by the end of summer)",
    ),
    "opvang.stap.einde_zomer": (
        "Einde zomer lezen we als {datum}; de tekorten gelden als extra behoefte boven de bestaande "
        "capaciteit, als trap zonder interpolatie.",
        "We read 'einde zomer' (end of summer) as {datum}; the shortages count as extra need above the "
        "existing capacity, as steps without interpolation.",
    ),
    "opvang.stap.geen_cijfer_na_zomer": (
        "De brief noemt {zomer} plekken als tekort einde zomer, geen cijfer voor later: vanaf {tot} heeft "
        "dit scenario geen cijfer meer. Wie verder rekent, geeft zelf een behoefte op.",
        "The letter gives {zomer} places as the shortage at the end of summer, no figure for later: from "
        "{tot} this scenario has no figure. To compute further, supply a need of your own.",
    ),
    "opvang.scenario.toelichting": (
        "Behoefte = tekort boven de bestaande capaciteit (brief van de minister).",
        "Need = shortage above the existing capacity (the minister's letter).",
    ),
    # -- the command line ---------------------------------------------------------------------
    "opvang.cli.overzicht": (
        "Opvang op {peildatum}: capaciteit {capaciteit}, bezetting {bezetting}, boven de "
        "bestuursovereenkomsten {tekort}, vrij {vrij}",
        "Opvang on {peildatum}: capacity {capaciteit}, occupancy {bezetting}, above the "
        "bestuursovereenkomsten {tekort}, free {vrij}",
    ),
    "opvang.cli.boven_kop": (
        "Boven de bestuursovereenkomst (alleen 'als dit beheersbaar en veilig kan', AenM-2026-03-26):",
        "Above the bestuursovereenkomst (only 'als dit beheersbaar en veilig kan' — if this is manageable "
        "and safe, AenM-2026-03-26):",
    ),
    "opvang.cli.boven": (
        "{locatie}: {personen} personen op {datum}, overeenkomst {capaciteit}, {boven} erboven",
        "{locatie}: {personen} people on {datum}, agreement {capaciteit}, {boven} above it",
    ),
    "opvang.cli.voorwaarde": ("beheersbaar en veilig: {stand}", "manageable and safe: {stand}"),
    "opvang.cli.voorwaarde_ja": ("ja (opgegeven)", "yes (given)"),
    "opvang.cli.voorwaarde_nee": ("nee (opgegeven)", "no (given)"),
    "opvang.cli.voorwaarde_onbekend": ("niet vastgesteld (niet opgegeven)", "not established (not given)"),
    "opvang.cli.langer_open_kop": (
        "Na het einde van de bestuursovereenkomst nog in gebruik ('noodgedwongen langer open', "
        "AenM-2026-03-26):",
        "Still in use after the bestuursovereenkomst ended ('noodgedwongen langer open' — forced to stay "
        "open longer, AenM-2026-03-26):",
    ),
    "opvang.cli.langer_open": (
        "{locatie}: {personen} personen op {datum}, overeenkomst liep tot {tot}",
        "{locatie}: {personen} people on {datum}, agreement ran until {tot}",
    ),
    "opvang.cli.dwangsom": (
        "Dwangsom Ter Apel: {boven} van {nachten} nachten boven het maximum; verbeurd {verbeurd} euro, "
        "totaal {totaal} van ten hoogste {maximum} euro",
        "Dwangsom Ter Apel: {boven} of {nachten} nights above the maximum; forfeited {verbeurd} euro, "
        "total {totaal} of at most {maximum} euro",
    ),
    "opvang.cli.dwangsom_al_bereikt": (
        "Dwangsom Ter Apel: {boven} van {nachten} nachten boven het maximum; verbeurd {verbeurd} euro, "
        "totaal {totaal} van ten hoogste {maximum} euro (maximum al vóór deze reeks bereikt)",
        "Dwangsom Ter Apel: {boven} of {nachten} nights above the maximum; forfeited {verbeurd} euro, "
        "total {totaal} of at most {maximum} euro (maximum already reached before this series)",
    ),
    "opvang.cli.dwangsom_ontbrekend": (
        "Let op: {aantal} nachten ontbreken in de reeks ({nachten}); verbeurd is dus ten minste het "
        "genoemde bedrag.",
        "Note: {aantal} nights are missing from the series ({nachten}); so at least the amount shown was "
        "forfeited.",
    ),
    "opvang.cli.dwangsom_bereikt": (
        "Dwangsom Ter Apel: {boven} van {nachten} nachten boven het maximum; verbeurd {verbeurd} euro, "
        "totaal {totaal} van ten hoogste {maximum} euro (maximum bereikt op {bereikt})",
        "Dwangsom Ter Apel: {boven} of {nachten} nights above the maximum; forfeited {verbeurd} euro, "
        "total {totaal} of at most {maximum} euro (maximum reached on {bereikt})",
    ),
}
