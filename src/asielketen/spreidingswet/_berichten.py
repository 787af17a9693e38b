"""The sentences of the Spreidingswet package and of ``asielketen spreiding``, in Dutch and English.

Domain words stay Dutch in English where the law is Dutch (raming, opgave, verdeelbesluit, uitruil,
indeplaatsstelling, Gedeputeerde Staten …; see docs/glossary.md); formulas (``Iv = BO × Wf / TWf``)
are the same in both languages. The catalogue (:mod:`asielketen._berichten`) loads them on the
first sentence of this domain.
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- shared error reasons ---------------------------------------------------------------------
    "spreidingswet.fout.aantal": ("een aantal is een geheel getal ≥ 0", "a count is a whole number ≥ 0"),
    "spreidingswet.fout.geheel_getal": ("een geheel getal ≥ 0", "a whole number ≥ 0"),
    "spreidingswet.fout.na_kalender": (
        "{maanden} maanden later ligt na 31 december 9999",
        "{maanden} months later lies after 31 December 9999",
    ),
    "spreidingswet.fout.ligt_niet_in": ("ligt niet in {provincie}", "does not lie in {provincie}"),
    "spreidingswet.fout.gemeente_ligt_niet_in": (
        "{gemeente} ligt niet in {provincie}",
        "{gemeente} does not lie in {provincie}",
    ),
    # -- reading user files (SES-WOA, verdeelbesluiten, realisaties; _invoer.py) ---------------------
    "spreidingswet.lees.ses_kolommen": (
        "geen kolom met de SES-WOA-score: hernoem de kolom met de totaalscore (gemiddelde score) naar "
        "'ses_woa' (gevonden: {gevonden})",
        "no column with the SES-WOA score: rename the column with the total score (mean score) to "
        "'ses_woa' (found: {gevonden})",
    ),
    "spreidingswet.lees.ses_hernoem_gemeente": (
        "geen kolom met de gemeente: hernoem de kolom met de gemeentecodes of -namen naar "
        "'gemeentecode' (gevonden: {gevonden})",
        "no column with the gemeente: rename the column with the gemeente codes or names to "
        "'gemeentecode' (found: {gevonden})",
    ),
    "spreidingswet.lees.ses_hernoem_kolom": (
        "hernoem de kolom {kolom} naar '{naar}' (gevonden: {gevonden})",
        "rename the column {kolom} to '{naar}' (found: {gevonden})",
    ),
    "spreidingswet.lees.ses_perioden": (
        "het bestand bevat meer dan één periode ({perioden}): kies bij het downloaden één verslagjaar",
        "the file holds more than one period ({perioden}): select one verslagjaar when downloading",
    ),
    "spreidingswet.lees.ses_punt": (
        "rij {rij}: {kolom}='.' — het CBS geeft voor deze gemeente geen score; vul er een in of kies "
        "een ander verslagjaar",
        "row {rij}: {kolom}='.' — CBS gives no score for this gemeente; fill one in or choose "
        "another verslagjaar",
    ),
    "spreidingswet.lees.ses_naam": ("rij {rij}: {naam}: {fout}", "row {rij}: {naam}: {fout}"),
    "spreidingswet.lees.onbekende_gemeentecode": (
        "rij {rij}: onbekende gemeentecode {code}",
        "row {rij}: unknown gemeentecode {code}",
    ),
    "spreidingswet.lees.onbekende_provinciecode": (
        "rij {rij}: onbekende provinciecode {code}",
        "row {rij}: unknown provinciecode {code}",
    ),
    "spreidingswet.lees.gemeente_dubbel": (
        "rij {rij}: gemeentecode {code} komt twee keer voor",
        "row {rij}: gemeentecode {code} occurs twice",
    ),
    "spreidingswet.lees.geen_getal": (
        "rij {rij}: {kolom}={waarde} is geen getal",
        "row {rij}: {kolom}={waarde} is not a number",
    ),
    "spreidingswet.lees.ses_bereik": (
        "rij {rij}: {kolom}={waarde} ligt niet onder 1000 of heeft meer dan 20 cijfers",
        "row {rij}: {kolom}={waarde} is not below 1000 or has more than 20 digits",
    ),
    "spreidingswet.lees.te_laag": (
        "rij {rij}: {kolom}={waarde} moet groter zijn dan −1",
        "row {rij}: {kolom}={waarde} must be greater than −1",
    ),
    "spreidingswet.lees.ligt_niet_in": (
        "rij {rij}: {gemeente} ({code}) ligt niet in {provincie}",
        "row {rij}: {gemeente} ({code}) does not lie in {provincie}",
    ),
    "spreidingswet.lees.stond_al": (
        "rij {rij}: gemeentecode {code} stond al in rij {eerder}",
        "row {rij}: gemeentecode {code} was already in row {eerder}",
    ),
    "spreidingswet.lees.geen_cyclus": (
        "rij {rij}: ramingsjaar={jaar}: {reden}",
        "row {rij}: ramingsjaar={jaar}: {reden}",
    ),
    "spreidingswet.lees.twee_keer_op_datum": (
        "rij {rij}: {code} op {datum} staat er twee keer in",
        "row {rij}: {code} on {datum} occurs twice",
    ),
    "spreidingswet.lees.json_provinciecode": (
        "$[{i}].provinciecode: onbekend {code}",
        "$[{i}].provinciecode: unknown {code}",
    ),
    "spreidingswet.lees.json_ligt_niet_in": (
        "$[{i}]: gemeente {code} ligt niet in {provincie}",
        "$[{i}]: gemeente {code} does not lie in {provincie}",
    ),
    # -- raming and deadlines (_raming.py) ---------------------------------------------------------
    "spreidingswet.raming.omschrijving": (
        "{soort} {cyclus}: {behoefte} plaatsen ({amv})",
        "{soort} {cyclus}: {behoefte} places ({amv})",
    ),
    "spreidingswet.raming.soort_raming": ("raming", "raming"),
    "spreidingswet.raming.soort_scenario": ("scenario", "scenario"),
    "spreidingswet.raming.amv_onbekend": ("amv onbekend", "amv unknown"),
    "spreidingswet.raming.waarvan_amv": ("waarvan {amv} amv", "of which {amv} amv"),
    "spreidingswet.raming.fout_amv": (
        "meer dan de totale behoefte {behoefte}",
        "more than the total need {behoefte}",
    ),
    # -- the law's cycles (_cyclus.py) --------------------------------------------------------------
    "spreidingswet.cyclus.fout_geen_cyclus": (
        "geen cyclus van de Spreidingswet: de minister raamt eens in de {om} jaar, vanaf {eerste} "
        "(art. 2 lid 1, art. 5 lid 1); bedoeld is {vorige} of {volgende}",
        "no cyclus of the Spreidingswet: the minister makes the raming once every {om} years, from "
        "{eerste} (art. 2 lid 1, art. 5 lid 1); meant is {vorige} or {volgende}",
    ),
    "spreidingswet.cyclus.fout_voor_wet": (
        "geen cyclus van de Spreidingswet: de wet geldt sinds {datum}; de eerste cyclus is {eerste}",
        "no cyclus of the Spreidingswet: the law applies since {datum}; the first cyclus is {eerste}",
    ),
    "spreidingswet.raming.peildatum": (
        "De capaciteitsraming van {cyclus} gaat uit van de behoefte op {peildatum} "
        "(1 januari van het jaar na de raming).",
        "The capaciteitsraming of {cyclus} targets the need on {peildatum} "
        "(1 January of the year after the raming).",
    ),
    "spreidingswet.behoefte": (
        "De landelijke behoefte (BO) is {behoefte} opvangplaatsen.",
        "The national need (BO) is {behoefte} opvang places.",
    ),
    "spreidingswet.raming.scenario_behoefte": (
        "Scenario: de gebruiker zet de landelijke behoefte (BO) op {behoefte}; de raming kan "
        "tussentijds worden gewijzigd.",
        "Scenario: the user sets the national need (BO) to {behoefte}; the raming may be amended in between.",
    ),
    "spreidingswet.raming.scenario_amv": (
        "Scenario: de gebruiker zet het deel voor amv op {amv} plaatsen.",
        "Scenario: the user sets the part for amv to {amv} places.",
    ),
    "spreidingswet.raming.amv_niet_bekend": (
        "Het deel voor alleenstaande minderjarigen is voor deze cyclus niet bekend; geef het zelf op.",
        "The part for unaccompanied minors (amv) is not known for this cyclus; give it yourself.",
    ),
    "spreidingswet.raming.amv": (
        "Daarvan zijn {amv} plaatsen voor amv.",
        "Of these, {amv} places are for amv.",
    ),
    "spreidingswet.termijn.fout_korter": (
        "eindigt vóór {datum}, de {maanden} maanden na bekendmaking (verdeelbesluit_bekendgemaakt): een "
        "langere termijn is niet korter (art. 7 lid 1 onder a)",
        "ends before {datum}, the {maanden} months after publication (verdeelbesluit_bekendgemaakt): a "
        "longer term is not shorter (art. 7 lid 1 onder a)",
    ),
    "spreidingswet.termijn.fout_korter_dan_raming": (
        "eindigt vóór {datum}, de {maanden} maanden na de raming van {cyclus} ({raming}): geen "
        "verdeelbesluit van die cyclus wordt eerder bekendgemaakt, dus een langere termijn is korter "
        "dan de wettelijke (art. 7 lid 1 onder a)",
        "ends before {datum}, the {maanden} months after the raming of {cyclus} ({raming}): no "
        "verdeelbesluit of that cyclus is published earlier, so this longer term is shorter than the "
        "law's (art. 7 lid 1 onder a)",
    ),
    "spreidingswet.termijn.raming": (
        "Raming en indicatieve verdeling worden vóór {datum} bekendgemaakt.",
        "The raming and the indicative distribution are published before {datum}.",
    ),
    "spreidingswet.termijn.verslag": (
        "De commissaris van de Koning brengt vóór {datum} verslag uit.",
        "The commissaris van de Koning (CdK) reports before {datum}.",
    ),
    "spreidingswet.termijn.verdeelbesluit": (
        "De minister neemt vóór {datum} de verdeelbesluiten, voor {eerste} en {tweede}.",
        "The minister takes the verdeelbesluiten before {datum}, for {eerste} and {tweede}.",
    ),
    "spreidingswet.termijn.realisatie": (
        "De plaatsen moeten binnen {jaren} jaar mogelijk gemaakt zijn: {periode}.",
        "The places must be made possible within {jaren} years: {periode}.",
    ),
    "spreidingswet.termijn.langere_termijn": (
        "Het verdeelbesluit stelt een langere termijn voor de locatie: {datum}.",
        "The verdeelbesluit sets a longer term for the locatie: {datum}.",
    ),
    "spreidingswet.termijn.locatie": (
        "De locatie moet binnen {maanden} maanden na bekendmaking van het verdeelbesluit "
        "({bekendgemaakt}) aan het COA ter beschikking staan: uiterlijk {datum}.",
        "The locatie must be available to the COA within {maanden} months of the verdeelbesluit's "
        "publication ({bekendgemaakt}): by {datum} at the latest.",
    ),
    "spreidingswet.termijn.locatie_onbekend": (
        "De termijn voor de locatie volgt uit de bekendmaking van het verdeelbesluit, "
        "die (nog) niet is opgegeven.",
        "The term for the locatie follows from the publication of the verdeelbesluit, "
        "which has not been given (yet).",
    ),
    "spreidingswet.termijn.locatie_cyclus": (
        "Voor deze cyclus moest de locatie uiterlijk {datum} beschikbaar zijn.",
        "For this cyclus the locatie had to be available by {datum} at the latest.",
    ),
    # -- the distribution (_verdeling.py, _afronding.py, _sleutel.py, _records.py) ----------------
    "spreidingswet.verdeling.fout_ses_dubbel": ("gemeente komt twee keer voor", "gemeente occurs twice"),
    "spreidingswet.verdeling.fout_ses_bereik": (
        "SES-WOA moet onder 1000 liggen en hoogstens 20 cijfers hebben",
        "SES-WOA must be below 1000 and have at most 20 digits",
    ),
    "spreidingswet.verdeling.fout_ses_getal": (
        "SES-WOA moet een getal > −1 zijn",
        "SES-WOA must be a number > −1",
    ),
    "spreidingswet.verdeling.fout_ses_decimal": (
        "SES-WOA moet een Decimal > −1 zijn",
        "SES-WOA must be a Decimal > −1",
    ),
    "spreidingswet.verdeling.fout_ses_aantal": (
        "één SES-WOA-score per gemeente ({aantal})",
        "one SES-WOA score per gemeente ({aantal})",
    ),
    "spreidingswet.verdeling.fout_ses_ontbreekt": (
        "geen SES-WOA-score voor {aantal} gemeenten: {codes}",
        "no SES-WOA score for {aantal} gemeenten: {codes}",
    ),
    "spreidingswet.verdeling.fout_exact": (
        "een exact getal (Fraction of int)",
        "an exact number (Fraction or int)",
    ),
    "spreidingswet.verdeling.fout_quotum": (
        "een exact aandeel van 0 t/m {maximum}",
        "an exact share from 0 to {maximum}",
    ),
    "spreidingswet.verdeling.fout_behoefte": (
        "de landelijke behoefte is een geheel getal ≥ 0",
        "the national need is a whole number ≥ 0",
    ),
    "spreidingswet.verdeling.fout_peildatum": (
        "een eigen behoefte (een getal) heeft een peildatum nodig: de datum van de raming, waarvan de "
        "meest recente inwonertallen worden gebruikt (de raming van een cyclus brengt haar eigen datum mee)",
        "a need of your own (a number) needs a peildatum: the date of the raming, whose most recent "
        "numbers of inhabitants are used (a cyclus's raming brings its own date)",
    ),
    "spreidingswet.verdeling.fout_amv": (
        "het amv-deel is een geheel getal tussen 0 en BO ({bo})",
        "the amv part is a whole number between 0 and BO ({bo})",
    ),
    "spreidingswet.verdeling.fout_totaal": (
        "past niet bij de som van de gemeenten ({totaal})",
        "does not match the sum of the gemeenten ({totaal})",
    ),
    "spreidingswet.verdeling.fout_provincies": (
        "de provinciale opgaven tellen niet op tot het totaal",
        "the provincial opgaven do not add up to the total",
    ),
    "spreidingswet.verdeling.fout_inwoners_nul": (
        "de inwonertallen op {peildatum} tellen op tot 0: er is niemand om {behoefte} plaatsen over te "
        "verdelen",
        "the inhabitants on {peildatum} sum to 0: there is nobody to distribute {behoefte} places over",
    ),
    "spreidingswet.verdeling.fout_gewicht_nul": (
        "kan {totaal} niet verdelen over gewicht 0",
        "cannot distribute {totaal} over weight 0",
    ),
    "spreidingswet.verdeling.soort_gemeente": ("gemeente in deze verdeling", "gemeente in this distribution"),
    "spreidingswet.verdeling.soort_provincie": (
        "provincie in deze verdeling",
        "provincie in this distribution",
    ),
    "spreidingswet.verdeling.gemeente": (
        "{naam} ({code}): {plaatsen} plaatsen",
        "{naam} ({code}): {plaatsen} places",
    ),
    "spreidingswet.verdeling.gemeente_amv": (
        "{naam} ({code}): {plaatsen} plaatsen, waarvan {amv} amv",
        "{naam} ({code}): {plaatsen} places, of which {amv} amv",
    ),
    "spreidingswet.verdeling.omschrijving": (
        "verdeling van {behoefte} plaatsen (methode {methode}, sleutel {sleutel}): landelijk totaal "
        "{totaal}, verschil {verschil}",
        "distribution of {behoefte} places (methode {methode}, sleutel {sleutel}): national total "
        "{totaal}, difference {verschil}",
    ),
    "spreidingswet.verdeling.methode_wet": (
        "Elke gemeente wordt afzonderlijk rekenkundig afgerond op een geheel getal "
        "(een exacte helft naar boven).",
        "Each gemeente is rounded arithmetically to a whole number on its own (an exact half upwards).",
    ),
    "spreidingswet.verdeling.methode_scenario": (
        "Scenario: de quota worden met de methode {naam} afgerond, zodat de som precies BO is. "
        "Dit is niet de afronding van de wet.",
        "Scenario: the quotas are rounded with the {naam} method, so that the sum is exactly BO. "
        "This is not the rounding of the law.",
    ),
    "spreidingswet.verdeling.grootste_overschot": ("grootste overschot", "largest remainder"),
    "spreidingswet.verdeling.inwoners": (
        "iG en In zijn de inwonertallen volgens het CBS op {inwoners_peildatum}, de meest recente "
        "vóór of op {peildatum}; In = {nederland}.",
        "iG and In are the CBS numbers of inhabitants on {inwoners_peildatum}, the most recent on or "
        "before {peildatum}; In = {nederland}.",
    ),
    "spreidingswet.verdeling.inwoners_gekozen": (
        "iG en In zijn de inwonertallen volgens het CBS op {inwoners_peildatum}, de datum die de "
        "gebruiker koos; In = {nederland}.",
        "iG and In are the CBS numbers of inhabitants on {inwoners_peildatum}, the date the user "
        "chose; In = {nederland}.",
    ),
    "spreidingswet.verdeling.inwoners_gebruiker": (
        "iG en In zijn de inwonertallen uit het eigen bestand van de gebruiker ({bestand}) op "
        "{inwoners_peildatum}, niet de meegeleverde CBS-cijfers; In = {nederland}.",
        "iG and In are the numbers of inhabitants from the user's own file ({bestand}) on "
        "{inwoners_peildatum}, not the CBS figures shipped with the library; In = {nederland}.",
    ),
    "spreidingswet.verdeling.inwoners_raming": (
        "De verdeling van {cyclus} gebruikt de inwonertallen van haar raming: de meest recente op de "
        "datum van de raming, {datum}.",
        "The distribution of {cyclus} uses the numbers of inhabitants of its raming: the most recent "
        "on the date of the raming, {datum}.",
    ),
    "spreidingswet.verdeling.inwoners_raming_peildatum": (
        "De verdeling van {cyclus} gebruikt de inwonertallen van haar raming: de meest recente op de "
        "datum van de raming, {datum}, niet die op de gevraagde peildatum {peildatum}; zo verandert "
        "het aantal van een cyclus niet met de datum waarop het wordt gevraagd.",
        "The distribution of {cyclus} uses the numbers of inhabitants of its raming: the most recent "
        "on the date of the raming, {datum}, not those on the peildatum asked, {peildatum}; so a "
        "cyclus's number does not change with the date it is asked on.",
    ),
    "spreidingswet.verdeling.scenario_behoefte": (
        "Gebruikersscenario: de gebruiker zet de landelijke behoefte (BO) op {behoefte}. Dit is niet "
        "de raming van de minister (art. 2 lid 1) maar een eigen getal.",
        "User scenario: the user sets the national need (BO) to {behoefte}. This is not the "
        "minister's raming (art. 2 lid 1) but a number of the user's own.",
    ),
    "spreidingswet.verdeling.inwonerssleutel": (
        "Zonder SES-WOA-scores wordt alleen naar inwoners verdeeld (Wf = iG / In). "
        "Dit is NIET de wettelijke sleutel, maar een benadering.",
        "Without SES-WOA scores the distribution is by inhabitants only (Wf = iG / In). "
        "This is NOT the legal key, but an approximation.",
    ),
    "spreidingswet.verdeling.wegingsfactor": (
        "De wegingsfactor is Wf = (SES-WOA + 1) × iG / In, met SES-WOA-scores uit {bron}.",
        "The weighting factor is Wf = (SES-WOA + 1) × iG / In, with SES-WOA scores from {bron}.",
    ),
    "spreidingswet.verdeling.formule": (
        "Iv = BO × Wf / TWf; TWf is de som van alle wegingsfactoren.",
        "Iv = BO × Wf / TWf; TWf is the sum of all weighting factors.",
    ),
    "spreidingswet.verdeling.amv": (
        "Het amv-deel ({amv}) wordt met dezelfde formule verdeeld, met BO = {amv}.",
        "The amv part ({amv}) is distributed with the same formula, with BO = {amv}.",
    ),
    "spreidingswet.verdeling.provinciaal": (
        "De provinciale opvangopgave is de som van de indicatieve verdelingen van haar gemeenten.",
        "The provincial opvangopgave is the sum of the indicative distributions of its gemeenten.",
    ),
    "spreidingswet.verdeling.totaal_gelijk": (
        "Het landelijke totaal is {totaal}, gelijk aan BO.",
        "The national total is {totaal}, equal to BO.",
    ),
    "spreidingswet.verdeling.totaal_meer": (
        "Het landelijke totaal is {totaal}: {verschil} meer dan BO ({bo}), doordat elke gemeente "
        "afzonderlijk is afgerond.",
        "The national total is {totaal}: {verschil} more than BO ({bo}), because each gemeente is "
        "rounded on its own.",
    ),
    "spreidingswet.verdeling.totaal_minder": (
        "Het landelijke totaal is {totaal}: {verschil} minder dan BO ({bo}), doordat elke gemeente "
        "afzonderlijk is afgerond.",
        "The national total is {totaal}: {verschil} fewer than BO ({bo}), because each gemeente is "
        "rounded on its own.",
    ),
    "spreidingswet.verdeling.wf_gemeente": (
        "Wegingsfactor van {gemeente}: Wf = (SES-WOA + 1) × iG / In.",
        "Weighting factor of {gemeente}: Wf = (SES-WOA + 1) × iG / In.",
    ),
    "spreidingswet.verdeling.wf_gemeente_zonder_ses": (
        "Wegingsfactor van {gemeente}: Wf = (SES-WOA + 1) × iG / In "
        "(SES-WOA niet gebruikt: alleen inwoners).",
        "Weighting factor of {gemeente}: Wf = (SES-WOA + 1) × iG / In (SES-WOA not used: inhabitants only).",
    ),
    "spreidingswet.verdeling.iv": ("Iv = BO × Wf / TWf.", "Iv = BO × Wf / TWf."),
    "spreidingswet.verdeling.gemeente_krijgt": (
        "{methode} {gemeente} krijgt {plaatsen} plaatsen.",
        "{methode} {gemeente} gets {plaatsen} places.",
    ),
    "spreidingswet.verdeling.gemeente_amv_stap": (
        "Daarvan zijn {amv} plaatsen voor amv (quotum {quotum}).",
        "Of these, {amv} places are for amv (quota {quotum}).",
    ),
    # -- verdeelbesluiten, realisation, uitruil, durable places (_realisatie.py, _aftrek.py) ---------
    "spreidingswet.realisatie.fout_dubbel": (
        "gemeente komt meer dan eens voor",
        "gemeente occurs more than once",
    ),
    "spreidingswet.realisatie.fout_twee_besluiten": (
        "gemeente staat in twee verdeelbesluiten",
        "gemeente is in two verdeelbesluiten",
    ),
    "spreidingswet.realisatie.fout_uitruil_provincie": (
        "uitruil kan alleen binnen één provincie",
        "uitruil is only possible within one provincie",
    ),
    "spreidingswet.realisatie.fout_uitruil_te_veel": (
        "{gemeente} heeft maar {opgave} plaatsen opgave",
        "{gemeente} has an opgave of only {opgave} places",
    ),
    "spreidingswet.realisatie.fout_uitruil_niet_aangewezen": (
        "{gemeente} is in geen verdeelbesluit aangewezen (art. 5 lid 1): uitruil kan alleen tussen "
        "aangewezen gemeenten",
        "{gemeente} is designated in no verdeelbesluit (art. 5 lid 1): uitruil is only possible "
        "between designated gemeenten",
    ),
    "spreidingswet.realisatie.fout_twee_tellingen": (
        "een andere telling dan de {eerder} plaatsen van dezelfde gemeente op dezelfde dag",
        "a different count from the {eerder} places of the same gemeente on the same day",
    ),
    "spreidingswet.realisatie.stand": (
        "stand op {peildatum}: {aantal} gemeenten, tekort {tekort}",
        "stand on {peildatum}: {aantal} gemeenten, tekort {tekort}",
    ),
    "spreidingswet.realisatie.verdeelbesluit": (
        "Het verdeelbesluit voor {provincie} ({cyclus}, bekendgemaakt {bekendgemaakt}) verdeelt "
        "{totaal} plaatsen over {aantal} aangewezen gemeenten.",
        "The verdeelbesluit for {provincie} ({cyclus}, published {bekendgemaakt}) distributes "
        "{totaal} places over {aantal} designated gemeenten.",
    ),
    "spreidingswet.realisatie.uitruil": (
        "Uitruil: {van} draagt {plaatsen} plaatsen over aan {naar}; het provinciale totaal blijft "
        "gelijk (het verdeelbesluit geldt per provincie).",
        "Uitruil: {van} hands {plaatsen} places over to {naar}; the provincial total stays the same "
        "(the verdeelbesluit applies per provincie).",
    ),
    "spreidingswet.realisatie.onbekend": (
        "Van {aantal} gemeenten is op {peildatum} geen realisatie opgegeven; zij tellen als 0 "
        "gerealiseerd: {namen}.",
        "For {aantal} gemeenten no realisatie was given on {peildatum}; they count as 0 realised: {namen}.",
    ),
    "spreidingswet.realisatie.tekort": (
        "Tekort per gemeente is opgave min gerealiseerd (niet negatief); een overschot in de ene "
        "gemeente heft een tekort in de andere alleen op via uitruil.",
        "The tekort per gemeente is opgave minus realised (not negative); a surplus in one gemeente "
        "offsets a tekort in another only through uitruil.",
    ),
    "spreidingswet.duurzaam.regel": (
        "Plaatsen die {jaren} jaar of langer beschikbaar zijn, of binnen {maanden} maanden na de "
        "raming (uiterlijk {grens}) voor die periode beschikbaar komen, gaan af van wat {provincie} "
        "moet bieden.",
        "Places that are available for {jaren} years or longer, or become available for that period "
        "within {maanden} months after the raming (by {grens} at the latest), are deducted from what "
        "{provincie} must provide.",
    ),
    "spreidingswet.duurzaam.omvang": (
        "Minimale omvang: {regulier} reguliere of {bijzonder} bijzondere plaatsen per gemeente; de "
        "plaatsen mogen over meer voorzieningen binnen de gemeente verspreid zijn.",
        "Minimum size: {regulier} regular or {bijzonder} special places per gemeente; the places may "
        "be spread over several facilities within the gemeente.",
    ),
    "spreidingswet.duurzaam.aftrek": (
        "{aftrek} duurzame plaatsen tellen mee; {provincie} moet nog {resterend} plaatsen bieden.",
        "{aftrek} durable places count; {provincie} must still provide {resterend} places.",
    ),
    "spreidingswet.duurzaam.aftrek_groter": (
        "{aftrek} duurzame plaatsen tellen mee; {provincie} moet nog {resterend} plaatsen bieden "
        "(de aftrek is groter dan de opgave).",
        "{aftrek} durable places count; {provincie} must still provide {resterend} places "
        "(the deduction is larger than the opgave).",
    ),
    # -- uitkeringen (_uitkering.py, _uitkering_duurzaam.py) -----------------------------------------
    "spreidingswet.uitkering.fout_bedrag": ("een bedrag is een Decimal ≥ 0", "an amount is a Decimal ≥ 0"),
    "spreidingswet.uitkering.fout_bedrag_groot": (
        "bedrag te groot om tot op de cent exact te rekenen",
        "amount too large to compute exactly to the cent",
    ),
    "spreidingswet.uitkering.fout_voldaan": (
        "gemeenten zonder geboden plaatsen in 'geboden'",
        "gemeenten without offered places in 'geboden'",
    ),
    "spreidingswet.uitkering.fout_buiten_provincie": (
        "{gemeente} ligt niet in {provincie}: art. 9 lid 3 telt alleen de plaatsen in de provincie",
        "{gemeente} does not lie in {provincie}: art. 9 lid 3 counts only the places in the provincie",
    ),
    "spreidingswet.uitkering.fout_uitgesloten": (
        "meer dan de {geboden} geboden plaatsen: de uitgesloten plaatsen (art. 9 lid 3) zijn er een deel van",
        "more than the {geboden} places offered: the excluded places (art. 9 lid 3) are part of them",
    ),
    "spreidingswet.uitkering.fout_fractie": ("een fractie tussen 0 en 1", "a fraction between 0 and 1"),
    "spreidingswet.uitkering.drempel": (
        "Na de periode van twee jaar ({periode}) is een uitkering verschuldigd voor iedere plaats "
        "waarmee {procent}% van de provinciale opgave ({opgave}) wordt overschreden: boven {drempel} "
        "plaatsen.",
        "After the two-year period ({periode}) an uitkering is due for every place by which "
        "{procent}% of the provincial opgave ({opgave}) is exceeded: above {drempel} places.",
    ),
    "spreidingswet.uitkering.geboden": (
        "In de provincie zijn {geboden} plaatsen geboden; {uitgesloten} daarvan kregen al een "
        "uitkering op grond van lid 2 en tellen niet mee: {boven} plaatsen boven de drempel.",
        "{geboden} places were offered in the provincie; {uitgesloten} of them already received an "
        "uitkering under lid 2 and do not count: {boven} places above the threshold.",
    ),
    "spreidingswet.uitkering.nog_niet": (
        "Op {peildatum} is de periode nog niet voorbij (eindigt {einde}): nog geen uitkering.",
        "On {peildatum} the period is not over yet (it ends {einde}): no uitkering yet.",
    ),
    "spreidingswet.uitkering.provincie_deel_onbekend": (
        "De wet verdeelt de uitkering tussen de provincie en de gemeenten, maar noemt het deel van "
        "de provincie niet; zonder dat deel geven we alleen de verhouding tussen de gemeenten en "
        "geen bedragen.",
        "The law splits the uitkering between the provincie and the gemeenten but does not name "
        "the provincie's part; without that part we give only the ratio between the gemeenten and "
        "no amounts.",
    ),
    "spreidingswet.uitkering.provincie_deel": (
        "Scenario: de provincie krijgt {aandeel} van de uitkering.",
        "Scenario: the provincie gets {aandeel} of the uitkering.",
    ),
    "spreidingswet.uitkering.niemand": (
        "Geen gemeente bood plaatsen én volbracht haar taak: het deel van de gemeenten wordt aan "
        "niemand toegekend.",
        "No gemeente both offered places and fulfilled its task: the gemeenten's part is awarded to no one.",
    ),
    "spreidingswet.uitkering.naar_rato": (
        "Het deel van de gemeenten gaat naar rato van de geboden plaatsen naar de {aantal} "
        "gemeenten die plaatsen boden en hun taak volbrachten.",
        "The gemeenten's part goes pro rata to the places offered to the {aantal} gemeenten that "
        "offered places and fulfilled their task.",
    ),
    "spreidingswet.uitkering.bedrag": (
        "Met € {bedrag} per plaats (opgegeven door de gebruiker) is de uitkering € {totaal}, tot op "
        "de cent verdeeld.",
        "With € {bedrag} per place (given by the user) the uitkering is € {totaal}, split to the cent.",
    ),
    "spreidingswet.duurzaam.drempel": (
        "Een gemeente kan een uitkering krijgen voor iedere duurzame plaats boven een bij regeling "
        "bepaald aantal; als drempel nemen we het indicatieve aantal: {drempel}.",
        "A gemeente can receive an uitkering for every durable place above a number set by "
        "regeling; as the threshold we take the indicative number: {drempel}.",
    ),
    "spreidingswet.duurzaam.niet_duurzaam": (
        "{aantal} niet-duurzame plaatsen tellen voor deze uitkering niet mee: zij is er alleen voor "
        "plaatsen die minimaal vijf jaar beschikbaar zijn.",
        "{aantal} non-durable places do not count for this uitkering: it is only for places that "
        "are available for at least five years.",
    ),
    "spreidingswet.duurzaam.batch_gebruiker": (
        "{plaatsen} duurzame plaatsen (fase {fase}) à € {bedrag} (opgegeven door de gebruiker).",
        "{plaatsen} durable places (fase {fase}) at € {bedrag} (given by the user).",
    ),
    "spreidingswet.duurzaam.batch": (
        "{plaatsen} duurzame plaatsen (fase {fase}) à € {bedrag}.",
        "{plaatsen} durable places (fase {fase}) at € {bedrag}.",
    ),
    "spreidingswet.duurzaam.batch_dwang": (
        "{plaatsen} duurzame plaatsen onder dwang: de bekende bedragen noemen hiervoor geen bedrag; "
        "geef het zelf op.",
        "{plaatsen} durable places under compulsion: the known amounts name no amount for these; "
        "give it yourself.",
    ),
    "spreidingswet.duurzaam.totaal": (
        "De uitkering is € {totaal} voor {plaatsen} plaatsen boven de drempel.",
        "The uitkering is € {totaal} for {plaatsen} places above the threshold.",
    ),
    # -- escalation (_escalatie.py) ----------------------------------------------------------------
    "spreidingswet.escalatie.fout_termijn": (
        "zonder besluit tot indeplaatsstelling",
        "without a decision on indeplaatsstelling",
    ),
    "spreidingswet.escalatie.fout_termijn_verzoek": (
        "zonder verzoek van de minister (verzoek_minister)",
        "without a request by the minister (verzoek_minister)",
    ),
    "spreidingswet.escalatie.fout_voor_besluit": (
        "ligt vóór {besluit}={datum}: een termijn eindigt niet vóór het besluit dat hem stelt",
        "lies before {besluit}={datum}: a term does not end before the decision that sets it",
    ),
    "spreidingswet.escalatie.stand": (
        "{trede} op {peildatum}: {volgende}",
        "{trede} on {peildatum}: {volgende}",
    ),
    "spreidingswet.escalatie.toezicht": (
        "De Spreidingswet heeft geen eigen handhavingsartikel; niet-nakomen valt onder het algemene "
        "interbestuurlijk toezicht (Gemeentewet art. 124 en 124a).",
        "The Spreidingswet has no enforcement article of its own; non-compliance falls under the "
        "general interbestuurlijk toezicht (Gemeentewet art. 124 and 124a).",
    ),
    "spreidingswet.escalatie.beschikbaar": (
        "De locatie staat sinds {datum} ter beschikking van het COA.",
        "The locatie has been available to the COA since {datum}.",
    ),
    "spreidingswet.escalatie.vertraging": (
        "Het college heeft gemeld dat de locatie naar verwachting niet op tijd komt.",
        "The college has reported that the locatie is not expected to be on time.",
    ),
    "spreidingswet.escalatie.termijn_loopt": (
        "De termijn voor de locatie loopt tot en met {datum}; het college meldt een dreigende "
        "vertraging onverwijld aan de minister.",
        "The term for the locatie runs up to and including {datum}; the college reports a "
        "threatening delay to the minister without delay.",
    ),
    "spreidingswet.escalatie.verstreken": (
        "De termijn voor de locatie is op {datum} verstreken.",
        "The term for the locatie expired on {datum}.",
    ),
    "spreidingswet.escalatie.verzoek_minister": (
        "De minister heeft op {datum} Gedeputeerde Staten verzocht in de plaats van de gemeente te voorzien.",
        "On {datum} the minister asked Gedeputeerde Staten to act in the gemeente's place.",
    ),
    "spreidingswet.escalatie.gs_besloten": (
        "Gedeputeerde Staten hebben besloten in de plaats van de gemeente te voorzien, ten laste van "
        "de gemeente; het besluit wordt in het gemeenteblad bekendgemaakt.",
        "Gedeputeerde Staten have decided to act in the gemeente's place, at the gemeente's cost; "
        "the decision is published in the gemeenteblad.",
    ),
    "spreidingswet.escalatie.uitleg_gevraagd": (
        "De minister heeft de gemeente om uitleg gevraagd in het kader van interbestuurlijk toezicht.",
        "The minister has asked the gemeente for an explanation under interbestuurlijk toezicht.",
    ),
    "spreidingswet.escalatie.brief": (
        "Gemeenten die het verdeelbesluit niet nakomen krijgen een brief met het verzoek om uitleg.",
        "Gemeenten that do not comply with the verdeelbesluit receive a letter asking for an explanation.",
    ),
    "spreidingswet.escalatie.overgegaan": (
        "Gedeputeerde Staten hebben binnen de termijn van de minister ({datum}) niet tot "
        "indeplaatsstelling besloten: de bevoegdheid is overgegaan op de minister, die art. 124 lid 2–4 "
        "overeenkomstig toepast.",
        "Gedeputeerde Staten did not decide on indeplaatsstelling within the minister's term "
        "({datum}): the power has passed to the minister, who applies art. 124 lid 2–4 accordingly.",
    ),
    # the enforcement as current policy (letters, quoted from their own dates on)
    "spreidingswet.escalatie.in_stand": (
        'De minister van Asiel en Migratie schreef op {datum} aan alle gemeenten: "Totdat er '
        'voldoende evenwichtig over het land verdeelde opvang is, blijft de Spreidingswet in stand". '
        "De wet en haar plichten gelden dus; een intrekking bestaat hier alleen als scenario van de "
        "gebruiker.",
        'The Minister of Asiel en Migratie wrote to all gemeenten on {datum} (in Dutch): "Totdat er '
        'voldoende evenwichtig over het land verdeelde opvang is, blijft de Spreidingswet in stand" — '
        "until reception is spread evenly enough over the country, the Spreidingswet stays in force. "
        "So the law and its duties apply; a withdrawal exists here only as a scenario of the user.",
    ),
    "spreidingswet.escalatie.handhaving": (
        'De VNG meldde op {datum} aan haar leden: "Het kabinet heeft nogmaals bevestigd dat de '
        "Spreidingswet geldende wetgeving is en uitgevoerd moet worden door alle gemeenten. Daarbij is "
        "aangegeven dat hierop actief gehandhaafd zal worden en dat van iedere gemeente een bijdrage "
        'wordt verwacht."',
        'The VNG told its members on {datum} (in Dutch): "Het kabinet heeft nogmaals bevestigd dat de '
        "Spreidingswet geldende wetgeving is en uitgevoerd moet worden door alle gemeenten. Daarbij is "
        "aangegeven dat hierop actief gehandhaafd zal worden en dat van iedere gemeente een bijdrage "
        'wordt verwacht." — the cabinet confirmed that the Spreidingswet is law in force that all '
        "gemeenten must carry out, that it will be enforced actively and that a contribution is "
        "expected of every gemeente.",
    ),
    # the user's scenario of a withdrawal (never a default)
    "spreidingswet.escalatie.intrekking": (
        "Scenario van de gebruiker: de Spreidingswet is per {datum} ingetrokken. Geen bron zegt dat: de "
        "minister houdt de wet in stand. Vanaf die datum volgt uit deze wet niets meer; de ladder blijft "
        "staan waar zij de dag ervoor stond.",
        "Scenario of the user: the Spreidingswet is withdrawn as of {datum}. No source says so: the "
        "minister keeps the law in force. From that date on nothing follows from this law; the ladder "
        "stays where it stood the day before.",
    ),
    "spreidingswet.escalatie.intrekking_later": (
        "Scenario van de gebruiker: intrekking van de Spreidingswet per {datum}; op {peildatum} geldt de "
        "wet ook in dat scenario nog.",
        "Scenario of the user: withdrawal of the Spreidingswet as of {datum}; on {peildatum} the law "
        "still applies in that scenario too.",
    ),
    # what comes next (Escalatiestand.volgende)
    "spreidingswet.escalatie.volgende_realiseren": (
        "realiseren binnen de tweejaarstermijn (art. 6)",
        "realise the places within the two-year term (art. 6)",
    ),
    "spreidingswet.escalatie.volgende_realiseren_te_laat": (
        "realiseren binnen de tweejaarstermijn (art. 6) — de locatie kwam na de termijn",
        "realise the places within the two-year term (art. 6) — the locatie came after the term",
    ),
    "spreidingswet.escalatie.volgende_alsnog": (
        "locatie alsnog vóór {datum}; daarna is de termijn verstreken",
        "locatie still before {datum}; after that the term has expired",
    ),
    "spreidingswet.escalatie.volgende_op_schema": (
        "locatie ter beschikking van het COA uiterlijk {datum}",
        "locatie available to the COA by {datum} at the latest",
    ),
    "spreidingswet.escalatie.volgende_minister": (
        "de bevoegdheid tot indeplaatsstelling is overgegaan op de minister",
        "the power of indeplaatsstelling has passed to the minister",
    ),
    "spreidingswet.escalatie.volgende_gs_termijn": (
        "GS passen art. 124 toe binnen de termijn van de minister; anders gaat de bevoegdheid over",
        "GS apply art. 124 within the minister's term; otherwise the power passes on",
    ),
    "spreidingswet.escalatie.volgende_gs_zelf": (
        "de termijn van het besluit is verstreken: GS voorzien zelf in de locatie",
        "the term of the decision has expired: GS provide the locatie themselves",
    ),
    "spreidingswet.escalatie.volgende_gemeente_alsnog": (
        "de gemeente kan binnen de termijn van het besluit alsnog voorzien",
        "the gemeente can still provide within the term of the decision",
    ),
    "spreidingswet.escalatie.volgende_indeplaatsstelling": (
        "indeplaatsstelling door Gedeputeerde Staten (Gemeentewet art. 124)",
        "indeplaatsstelling by Gedeputeerde Staten (Gemeentewet art. 124)",
    ),
    "spreidingswet.escalatie.volgende_uitleg": (
        "verzoek om uitleg door de minister (interbestuurlijk toezicht)",
        "request for an explanation by the minister (interbestuurlijk toezicht)",
    ),
    "spreidingswet.escalatie.volgende_ingetrokken": (
        "niets meer op grond van de Spreidingswet: in het scenario van de gebruiker is zij per {datum} "
        "ingetrokken",
        "nothing more under the Spreidingswet: in the user's scenario it is withdrawn as of {datum}",
    ),
    "spreidingswet.verdeling.ses_overgeslagen": (
        "Bij het lezen van {bron} zijn {aantal} rijen van andere gebieden dan gemeenten (Nederland, "
        "wijken, buurten) overgeslagen.",
        "Reading {bron}, {aantal} rows of regions other than gemeenten (Nederland, wijken, buurten) "
        "were skipped.",
    ),
    # -- comparison with the published figures (_vergelijking.py) -----------------------------------
    "spreidingswet.vergelijking": (
        "{aantal} gepubliceerde aantallen bij een landelijke behoefte van {behoefte}, naast de "
        "berekende verdeling ({methode}, sleutel {sleutel}). De gepubliceerde aantallen zijn met "
        "SES-WOA en oudere inwonertallen berekend.",
        "{aantal} published numbers for a national need of {behoefte}, next to the computed "
        "distribution ({methode}, sleutel {sleutel}). The published numbers were computed with "
        "SES-WOA and older numbers of inhabitants.",
    ),
    "spreidingswet.profiel.gepubliceerd": (
        "Gepubliceerd indicatief aantal van {naam} in {cyclus}: {gepubliceerd} plaatsen (status "
        "{status}; met SES-WOA en de inwonertallen van de minister). Het berekende aantal naar "
        "inwoners ({berekend}) wijkt daar {verschil} van af.",
        "Published indicative number for {naam} in {cyclus}: {gepubliceerd} places (status {status}; "
        "with SES-WOA and the minister's numbers of inhabitants). The number computed by inhabitants "
        "({berekend}) differs from it by {verschil}.",
    ),
    "spreidingswet.profiel.gemeente_rij": (
        "{berekend}; gepubliceerd {gepubliceerd} in {cyclus}, verschil {verschil} — bron: {bron}",
        "{berekend}; published {gepubliceerd} in {cyclus}, difference {verschil} — source: {bron}",
    ),
    # -- command line (asielketen spreiding) -------------------------------------------------------
    "spreidingswet.cli.geen_geheel_getal": ("{tekst} is geen geheel getal", "{tekst} is not a whole number"),
    "spreidingswet.cli.negatief": ("{waarde} is negatief", "{waarde} is negative"),
    "spreidingswet.cli.inwoners_peildatum": (
        "geef de peildatum van het inwonersbestand",
        "give the peildatum of the inhabitants file",
    ),
    "spreidingswet.cli.ses_peildatum": (
        "geef de peildatum van de SES-WOA-scores",
        "give the peildatum of the SES-WOA scores",
    ),
    "spreidingswet.cli.behoefte": ("landelijke behoefte  {behoefte}", "national need        {behoefte}"),
    "spreidingswet.cli.behoefte_scenario": (
        "landelijke behoefte  {behoefte} (gebruikersscenario, niet de raming van de minister)",
        "national need        {behoefte} (user scenario, not the minister's raming)",
    ),
    "spreidingswet.cli.som": (
        "som van gemeenten    {totaal} (verschil {verschil})",
        "sum of gemeenten     {totaal} (difference {verschil})",
    ),
    "spreidingswet.cli.amv": (
        "amv                  {behoefte}, som {totaal} (verschil {verschil})",
        "amv                  {behoefte}, sum {totaal} (difference {verschil})",
    ),
    "spreidingswet.cli.sleutel": (
        "sleutel              {sleutel} · methode {methode}",
        "sleutel (key)        {sleutel} · methode {methode}",
    ),
    "spreidingswet.cli.inwoners": (
        "inwoners             CBS op {peildatum} (In = {nederland})",
        "inhabitants          CBS on {peildatum} (In = {nederland})",
    ),
    "spreidingswet.cli.inwoners_gebruiker": (
        "inwoners             eigen bestand {bestand} op {peildatum} (In = {nederland})",
        "inhabitants          own file {bestand} on {peildatum} (In = {nederland})",
    ),
    "spreidingswet.cli.gepubliceerd": (
        "gepubliceerd         {cyclus}: {gemeenten} gemeenten en {provincies} provincies, status "
        "{status} (verschil = berekend − gepubliceerd; zie bronnen)",
        "published            {cyclus}: {gemeenten} gemeenten and {provincies} provinces, status "
        "{status} (difference = computed − published; see sources)",
    ),
    "spreidingswet.cli.onzeker": (
        "let op               steunt op een aanname of persbron (zie bronnen)",
        "note                 rests on an assumption or press source (see sources)",
    ),
    "spreidingswet.cli.bronnen": ("bronnen:", "sources:"),
}
