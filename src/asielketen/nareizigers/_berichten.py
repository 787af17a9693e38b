"""Catalogue: the nareisactie check (:mod:`asielketen.nareizigers`) and its command line.

Quoted words of the VNG ledenbrief (U20250645) stay Dutch in English, with a gloss.
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- the outcome's labels (Nareisuitkomst.omschrijving) -----------------------------------
    "nareizigers.uitkomst.buiten_actie": ("valt niet onder de nareisactie", "not within the nareisactie"),
    "nareizigers.uitkomst.nog_niet": ("nog niet", "not yet"),
    "nareizigers.uitkomst.binnen_actie_met_instemming": (
        "valt onder de nareisactie, met instemming van de gemeente",
        "within the nareisactie, with the consent of the gemeente",
    ),
    "nareizigers.uitkomst.binnen_actie": ("valt onder de nareisactie", "within the nareisactie"),
    # -- bad input ----------------------------------------------------------------------------
    "nareizigers.fout.ja_nee": ("ja of nee (True/False)", "yes or no (True/False)"),
    "nareizigers.fout.ja_nee_onbekend": (
        "ja, nee of onbekend (True/False/None)",
        "yes, no or unknown (True/False/None)",
    ),
    "nareizigers.fout.hotel_of_none": ("een Hotelplaatsing of None", "a Hotelplaatsing or None"),
    "nareizigers.fout.hotel_voor_route": (
        "ligt vóór {vanaf}, de dag vanaf wanneer het COA nareizigers in een hotel in de gemeente van "
        "bestemming onderbrengt",
        "lies before {vanaf}, the day from which the COA places nareizigers in a hotel in the gemeente "
        "of destination",
    ),
    "nareizigers.fout.hotel_na_peildatum": (
        "ligt na de peildatum {peildatum}",
        "lies after the peildatum {peildatum}",
    ),
    "nareizigers.fout.hotel_nog_niet": (
        "op {peildatum} bracht het COA nareizigers nog niet onder in hotels in de gemeente van "
        "bestemming (pas vanaf 19 december 2025): een achterstand heeft dan geen betekenis",
        "on {peildatum} the COA did not yet place nareizigers in hotels in the gemeente of destination "
        "(only from 19 December 2025): a backlog has no meaning then",
    ),
    "nareizigers.fout.een_van": ("een van {waarden}", "one of {waarden}"),
    "nareizigers.fout.datum_of_none": ("een datum (datetime.date) of None", "a date (datetime.date) or None"),
    "nareizigers.fout.naam_of_none": ("een niet-lege naam of None", "a non-empty name or None"),
    "nareizigers.fout.gemeentecode": (
        "een gemeentecode (GM + 4 cijfers) of None",
        "a gemeentecode (GM + 4 digits) or None",
    ),
    "nareizigers.fout.aantal": ("een geheel getal ≥ 0", "a whole number ≥ 0"),
    "nareizigers.fout.geen_geheel_getal": ("geen geheel getal", "not a whole number"),
    "nareizigers.fout.leeg_huishouden": (
        "een huishouden telt minstens één nareiziger",
        "a household has at least one nareiziger",
    ),
    "nareizigers.fout.te_veel": (
        "meer dan {maximum} nareizigers in één huishouden is geen geldige invoer",
        "more than {maximum} nareizigers in one household is not valid input",
    ),
    "nareizigers.fout.geen_nareiziger": ("geen Nareiziger", "not a Nareiziger"),
    "nareizigers.fout.geen_referent": ("geen Referent", "not a Referent"),
    "nareizigers.fout.geen_huishouden": ("geen Huishouden", "not a Huishouden"),
    "nareizigers.fout.uitkomst_of_none": ("een Nareisuitkomst of None", "a Nareisuitkomst or None"),
    "nareizigers.fout.gemeente_of_none": ("een Gemeente of None", "a Gemeente or None"),
    "nareizigers.fout.woning_blokkeert": (
        "True, False of None (standaard)",
        "True, False or None (the default)",
    ),
    "nareizigers.fout.aankomst_na_peildatum": (
        "ligt na de peildatum {peildatum}; wie nog niet bij de referent is, heeft aankomst None",
        "lies after the peildatum {peildatum}; a nareiziger not yet at the referent's has aankomst None",
    ),
    "nareizigers.fout.fase2_voor_aankondiging": (
        "fase 2 kan niet openen vóór de aankondiging van de nareisactie ({aankondiging})",
        "phase 2 cannot open before the nareisactie was announced ({aankondiging})",
    ),
    "nareizigers.fout.grenzen": (
        "{bestand}: de huishoudgrenzen op {peildatum} sluiten niet aan (fase 1 {f1min}-{f1max}, "
        "fase 2 {f2min}-{f2max}, buiten de actie vanaf {buiten})",
        "{bestand}: the household bounds on {peildatum} do not fit together (phase 1 {f1min}-{f1max}, "
        "phase 2 {f2min}-{f2max}, outside the action from {buiten})",
    ),
    # -- who a reason concerns ----------------------------------------------------------------
    "nareizigers.wie.de_nareiziger": ("de nareiziger", "the nareiziger"),
    "nareizigers.wie.beide": ("beide nareizigers", "both nareizigers"),
    "nareizigers.wie.alle": ("alle {totaal} nareizigers", "all {totaal} nareizigers"),
    "nareizigers.wie.deel": ("{aantal} van de {totaal} nareizigers", "{aantal} of the {totaal} nareizigers"),
    "nareizigers.wie.met_namen": ("{wie} ({namen})", "{wie} ({namen})"),
    "nareizigers.amv.ja": (
        "als alleenstaande minderjarige",
        "as an alleenstaande minderjarige (unaccompanied minor)",
    ),
    "nareizigers.amv.nee": ("niet als amv", "not as an amv"),
    # -- the steps of beoordeel_nareis --------------------------------------------------------
    "nareizigers.stap.aankondiging": (
        "De nareisactie is aangekondigd op {aankondiging} (Kamerbrief): nareizigers van wie de referent "
        "al gehuisvest is, trekken bij de referent in; kleine gezinnen eerst.",
        "The nareisactie was announced on {aankondiging} (Kamerbrief): nareizigers whose referent is "
        "already housed move in with the referent; small families first.",
    ),
    "nareizigers.stap.fase1": (
        "Het huishouden telt {aantal} nareiziger(s): fase 1 ({minimum} tot {maximum} nareizigers), "
        "waarop de actie zich 'in eerste instantie' richt.",
        "The household has {aantal} nareiziger(s): phase 1 ({minimum} to {maximum} nareizigers), on which "
        "the action focuses 'in eerste instantie' (in the first instance).",
    ),
    "nareizigers.stap.fase2": (
        "Het huishouden telt {aantal} nareizigers: fase 2 ({minimum} tot {maximum} nareizigers), "
        "alleen 'op een later moment' en 'na toestemming van de gemeente'.",
        "The household has {aantal} nareizigers: phase 2 ({minimum} to {maximum} nareizigers), only "
        "'op een later moment' (at a later moment) and 'na toestemming van de gemeente' (after the "
        "gemeente's consent).",
    ),
    "nareizigers.stap.fase2_open": (
        "Fase 2 is open sinds {datum} (datum opgegeven door de gebruiker).",
        "Phase 2 has been open since {datum} (date given by the user).",
    ),
    "nareizigers.stap.instemming": (
        "De gemeente heeft ingestemd met de plaatsing.",
        "The gemeente has consented to the placement.",
    ),
    "nareizigers.stap.verblijf_tijdelijk": (
        "Het verblijf bij de referent is tijdelijk: volgens het oorspronkelijke plan ging het om 'kleine "
        "gezinnen (één à twee personen) die tijdelijk bij de referent konden verblijven' (fase 1, "
        "{minimum} tot {maximum} nareizigers).",
        "The stay with the referent is temporary: the original plan concerned 'kleine gezinnen (één à "
        "twee personen) die tijdelijk bij de referent konden verblijven' (small families of one or two "
        "persons who could stay with the referent temporarily; phase 1, {minimum} to {maximum} "
        "nareizigers).",
    ),
    "nareizigers.stap.verblijf_niet_tijdelijk": (
        "Het verblijf bij de referent is op de peildatum niet als tijdelijk aangemerkt (fase 1, {minimum} "
        "tot {maximum} nareizigers).",
        "On the peildatum the stay with the referent is not marked as temporary (phase 1, {minimum} to "
        "{maximum} nareizigers).",
    ),
    "nareizigers.stap.verblijf_fase2": (
        "Voor fase 2 schrijft de brief dat gezinnen 'bij de referent kunnen worden gehuisvest'; of dat "
        "verblijf tijdelijk is, zegt zij niet.",
        "For phase 2 the letter writes that families 'bij de referent kunnen worden gehuisvest' (can be "
        "housed with the referent); whether that stay is temporary, it does not say.",
    ),
    "nareizigers.stap.relatie": (
        "De relatie van {wie} tot de referent is een nareisrelatie (echtgenoot, partner, (pleeg)kind, of "
        "ouder van een referent die als amv kwam).",
        "The relation of {wie} to the referent is a nareis relation (spouse, partner, (foster) child, or "
        "parent of a referent who came as an amv).",
    ),
    "nareizigers.stap.niet_te_vroeg": (
        "Geen nareiziger kwam vóór {aankondiging} bij de referent aan.",
        "No nareiziger arrived at the referent's before {aankondiging}.",
    ),
    "nareizigers.stap.gehuisvest": (
        "De referent is al in een gemeente gehuisvest.",
        "The referent is already housed in a gemeente.",
    ),
    "nareizigers.stap.woning": (
        "De gemeente heeft de woning van de referent goedgekeurd (toegepaste lezing: {lezing}).",
        "The gemeente approved the referent's dwelling (reading applied: {lezing}).",
    ),
    "nareizigers.stap.brp": ("{wie}: ingeschreven in de BRP.", "{wie}: registered in the BRP."),
    "nareizigers.stap.bsn": ("{wie}: BSN aanwezig.", "{wie}: BSN present."),
    "nareizigers.stap.mvv": ("{wie}: mvv aanwezig.", "{wie}: mvv present."),
    "nareizigers.stap.ind_melding": ("{wie}: gemeld bij de IND.", "{wie}: reported to the IND."),
    "nareizigers.stap.conclusie": (
        "Uitkomst: {omschrijving} ({aantal} blokkerende reden(en)). {verandering}",
        "Outcome: {omschrijving} ({aantal} blocking reason(s)). {verandering}",
    ),
    # -- the reasons (Reden.zin) --------------------------------------------------------------
    "nareizigers.reden.fase2_onbekend": (
        "Fase 2 is niet open: een openingsdatum is niet bekend (niet opgegeven).",
        "Phase 2 is not open: no opening date is known (none given).",
    ),
    "nareizigers.reden.fase2_later": (
        "Fase 2 is op de peildatum nog niet open (opent op {datum}, datum opgegeven door de gebruiker).",
        "Phase 2 is not open yet on the peildatum (it opens on {datum}, date given by the user).",
    ),
    "nareizigers.reden.geen_instemming": (
        "De gemeente heeft niet ingestemd; in fase 2 is haar toestemming nodig.",
        "The gemeente has not consented; phase 2 needs its consent.",
    ),
    "nareizigers.reden.te_groot": (
        "Het huishouden telt {aantal} nareizigers: vanaf {buiten} valt het buiten de nareisactie "
        "(alleen {f1min} tot {f1max}, later {f2min} tot {f2max}); de reguliere route blijft.",
        "The household has {aantal} nareizigers: from {buiten} on it falls outside the nareisactie "
        "(only {f1min} to {f1max}, later {f2min} to {f2max}); the regular route remains.",
    ),
    "nareizigers.reden.relatie": (
        "Voor {wie} is de relatie tot de referent ({soorten}) geen nareisrelatie: nareizen kunnen "
        "echtgenoot, partner en (pleeg)kinderen, ouders alleen als de referent als alleenstaande "
        "minderjarige kwam (de referent kwam {amv}).",
        "For {wie} the relation to the referent ({soorten}) is not a nareis relation: the spouse, partner "
        "and (foster) children can join, the parents only if the referent came as an alleenstaande "
        "minderjarige (the referent came {amv}).",
    ),
    "nareizigers.reden.te_vroeg": (
        "{wie} kwam(en) vóór {aankondiging} al bij de referent aan; die situaties maken geen onderdeel "
        "uit van de nareisactie.",
        "{wie} already arrived at the referent's before {aankondiging}; such situations are not part of "
        "the nareisactie.",
    ),
    "nareizigers.reden.niet_gehuisvest": (
        "De referent is nog niet gehuisvest; de actie geldt alleen voor nareizigers van wie de referent "
        "al in een gemeente gehuisvest is.",
        "The referent is not housed yet; the action only applies to nareizigers whose referent is "
        "already housed in a gemeente.",
    ),
    "nareizigers.reden.woning_coa": (
        "De gemeente heeft de woning van de referent niet goedgekeurd; volgens de COA-voorwaarde "
        "(toegepaste lezing) mag pas worden ingetrokken in een goedgekeurde woning.",
        "The gemeente has not approved the referent's dwelling; under the COA condition (the reading "
        "applied) moving in is allowed only into an approved dwelling.",
    ),
    "nareizigers.reden.woning_pers": (
        "De gemeente heeft de woning van de referent niet goedgekeurd; in de toegepaste perslezing "
        "verhuizen nareizigers onder de actie ook naar een nog niet geschikte woning: gemeld, niet "
        "blokkerend.",
        "The gemeente has not approved the referent's dwelling; in the press reading applied "
        "(perslezing), nareizigers under the action also move into a dwelling that is not yet suitable: "
        "reported, not blocking.",
    ),
    "nareizigers.reden.geen_brp": (
        "{wie}: geen inschrijving in de BRP.",
        "{wie}: not registered in the BRP.",
    ),
    "nareizigers.reden.geen_bsn": ("{wie}: geen BSN.", "{wie}: no BSN."),
    "nareizigers.reden.geen_mvv": ("{wie}: geen mvv.", "{wie}: no mvv."),
    "nareizigers.reden.geen_ind_melding": (
        "{wie}: niet gemeld bij de IND.",
        "{wie}: not reported to the IND.",
    ),
    # -- what would lift a reason (Reden.wat_verandert) ---------------------------------------
    "nareizigers.wat.fase2": ("zodra fase 2 opent", "as soon as phase 2 opens"),
    "nareizigers.wat.fase2_op": ("zodra fase 2 opent ({datum})", "as soon as phase 2 opens ({datum})"),
    "nareizigers.wat.instemming": ("met instemming van de gemeente", "with the consent of the gemeente"),
    "nareizigers.wat.instemming_en": (
        "met instemming van de gemeente {wanneer}",
        "with the consent of the gemeente {wanneer}",
    ),
    "nareizigers.wat.gehuisvest": (
        "zodra de referent in een gemeente gehuisvest is",
        "as soon as the referent is housed in a gemeente",
    ),
    "nareizigers.wat.woning": (
        "als de gemeente de woning goedkeurt",
        "once the gemeente approves the dwelling",
    ),
    "nareizigers.wat.brp": ("na inschrijving in de BRP", "after registration in the BRP"),
    "nareizigers.wat.bsn": ("met een BSN", "with a BSN"),
    "nareizigers.wat.mvv": ("met een mvv", "with an mvv"),
    "nareizigers.wat.ind_melding": (
        "na melding bij de IND (Zevenaar)",
        "after reporting to the IND (Zevenaar)",
    ),
    # -- Nareisbeoordeling.verandering --------------------------------------------------------
    "nareizigers.verandering.niets": (
        "Niets: het huishouden valt onder de nareisactie en mag bij de referent intrekken.",
        "Nothing: the household falls within the nareisactie and may move in with the referent.",
    ),
    "nareizigers.verandering.niets_tijdelijk": (
        "Niets: het huishouden valt onder de nareisactie en mag tijdelijk bij de referent verblijven.",
        "Nothing: the household falls within the nareisactie and may stay with the referent temporarily.",
    ),
    "nareizigers.verandering.geen": (
        "Binnen de nareisactie verandert niets hieraan; de reguliere route blijft.",
        "Nothing within the nareisactie changes this; the regular route remains.",
    ),
    "nareizigers.verandering.wat": (
        "Wat de uitkomst verbetert: {wat}.",
        "What would improve the outcome: {wat}.",
    ),
    # -- the steps of nareisactie_op ----------------------------------------------------------
    "nareizigers.stand.aankondiging": (
        "De nareisactie is aangekondigd op {aankondiging}; wie daarvóór al bij de referent aankwam, valt "
        "er niet onder. De actie geldt voor nareizigers van wie de referent al gehuisvest is.",
        "The nareisactie was announced on {aankondiging}; whoever arrived at the referent's before then "
        "is not covered. The action applies to nareizigers whose referent is already housed.",
    ),
    "nareizigers.stand.fase1": (
        "Fase 1: huishoudens van {minimum} tot {maximum} nareizigers.",
        "Phase 1: households of {minimum} to {maximum} nareizigers.",
    ),
    "nareizigers.stand.fase2": (
        "Fase 2: huishoudens van {minimum} tot {maximum} nareizigers, met instemming van {wie}; {stand}.",
        "Phase 2: households of {minimum} to {maximum} nareizigers, with the consent of {wie}; {stand}.",
    ),
    "nareizigers.stand.fase2_open": ("open sinds {datum}", "open since {datum}"),
    "nareizigers.stand.fase2_later": ("nog niet open (opent {datum})", "not open yet (opens {datum})"),
    "nareizigers.stand.fase2_onbekend": (
        "niet open (openingsdatum onbekend)",
        "not open (opening date unknown)",
    ),
    "nareizigers.stand.college": ("het college van {gemeente}", "the college of {gemeente}"),
    "nareizigers.stand.gemeente": ("de gemeente", "the gemeente"),
    "nareizigers.stand.buiten": (
        "Vanaf {buiten} nareizigers valt een huishouden buiten de actie (reguliere route).",
        "From {buiten} nareizigers on, a household falls outside the action (regular route).",
    ),
    "nareizigers.stand.woning": (
        "Een niet goedgekeurde woning: toegepaste lezing {lezing}.",
        "An unapproved dwelling: reading applied {lezing}.",
    ),
    "nareizigers.stand.tijdelijk": (
        "Huishoudens van fase 1 verblijven tijdelijk bij de referent; voor fase 2 zegt de brief dat niet.",
        "Households of phase 1 stay with the referent temporarily; for phase 2 the letter does not say so.",
    ),
    # -- the hotel route (press, from 19 December 2025) ---------------------------------------
    "nareizigers.hotel.route": (
        "Sinds {vanaf} brengt het COA nareizigers die nog in de opvang verblijven onder in een hotel in "
        "de gemeente waar zij een woning moeten krijgen, voor ten hoogste {maanden} maanden; daarna is "
        "het de bedoeling dat zij doorstromen naar een woning (pers). Hoe deze route zich verhoudt tot de "
        "nareisactie, zeggen de bronnen niet: zij verandert de uitkomst niet.",
        "Since {vanaf} the COA places nareizigers who are still in the opvang in a hotel in the gemeente "
        "where they are to be housed, for at most {maanden} months; after that they are meant to move on "
        "to a dwelling (press). How this route relates to the nareisactie, the sources do not say: it "
        "does not change the outcome.",
    ),
    "nareizigers.hotel.bestemming": ("de gemeente van bestemming", "the gemeente of destination"),
    "nareizigers.hotel.voorrang_ja": (
        "Gemeenten die achterlopen met hun taakstelling komen eerst aan de beurt (pers); {wie} loopt "
        "volgens de opgave achter, en heeft dus voorrang.",
        "Gemeenten that are behind on their taakstelling come first (press); {wie} is behind according to "
        "the input, so it comes first.",
    ),
    "nareizigers.hotel.voorrang_nee": (
        "Gemeenten die achterlopen met hun taakstelling komen eerst aan de beurt (pers); {wie} loopt "
        "volgens de opgave niet achter, en heeft dus geen voorrang.",
        "Gemeenten that are behind on their taakstelling come first (press); {wie} is not behind according "
        "to the input, so it does not come first.",
    ),
    "nareizigers.hotel.voorrang_onbekend": (
        "Gemeenten die achterlopen met hun taakstelling komen eerst aan de beurt (pers); of {wie} "
        "achterloopt, is niet opgegeven: de voorrang is onbekend.",
        "Gemeenten that are behind on their taakstelling come first (press); whether {wie} is behind was "
        "not given: the priority is unknown.",
    ),
    "nareizigers.hotel.geen_voorrangsregel": (
        "Een voorrang voor gemeenten die achterlopen met hun taakstelling geldt op de peildatum niet.",
        "No priority for gemeenten behind on their taakstelling applies on the peildatum.",
    ),
    "nareizigers.hotel.termijn": (
        "Geplaatst in het hotel op {geplaatst}: het verblijf loopt tot uiterlijk {tot} (ten hoogste "
        "{maanden} maanden).",
        "Placed in the hotel on {geplaatst}: the stay runs until {tot} at the latest (at most {maanden} "
        "months).",
    ),
    "nareizigers.hotel.termijn_verstreken": (
        "Geplaatst in het hotel op {geplaatst}: het verblijf liep tot uiterlijk {tot} (ten hoogste "
        "{maanden} maanden); op {peildatum} is die termijn verstreken.",
        "Placed in the hotel on {geplaatst}: the stay ran until {tot} at the latest (at most {maanden} "
        "months); on {peildatum} that term has passed.",
    ),
    # -- the command line ---------------------------------------------------------------------
    "nareizigers.cli.uitkomst": ("uitkomst", "outcome"),
    "nareizigers.cli.nareizigers": ("nareizigers", "nareizigers"),
    "nareizigers.cli.peildatum": ("peildatum", "peildatum"),
    "nareizigers.cli.fase2": ("fase 2", "phase 2"),
    "nareizigers.cli.woninglezing": ("woninglezing", "woninglezing"),
    "nareizigers.cli.verblijf": ("verblijf", "stay"),
    "nareizigers.cli.verblijf_tijdelijk": ("tijdelijk bij de referent", "temporary, with the referent"),
    "nareizigers.cli.verblijf_niet_tijdelijk": ("niet als tijdelijk aangemerkt", "not marked as temporary"),
    "nareizigers.cli.verblijf_niet_gezegd": ("niet gezegd (fase 2)", "not said (phase 2)"),
    "nareizigers.cli.verblijf_nvt": ("n.v.t. (buiten de actie)", "n/a (outside the action)"),
    "nareizigers.cli.hotel": ("hotel", "hotel"),
    "nareizigers.cli.hotel_regel": (
        "sinds {vanaf}, ten hoogste {maanden} maanden (pers)",
        "since {vanaf}, at most {maanden} months (press)",
    ),
    "nareizigers.cli.hotel_tot": ("tot uiterlijk {tot}", "until {tot} at the latest"),
    "nareizigers.cli.hotel_verstreken": ("termijn verstreken op {tot}", "term passed on {tot}"),
    "nareizigers.cli.voorrang": ("voorrang", "priority"),
    "nareizigers.cli.voorrang_ja": ("ja (loopt achter)", "yes (behind)"),
    "nareizigers.cli.voorrang_nee": ("nee", "no"),
    "nareizigers.cli.voorrang_onbekend": (
        "onbekend (achterstand niet opgegeven)",
        "unknown (backlog not given)",
    ),
    "nareizigers.cli.open": ("open", "open"),
    "nareizigers.cli.niet_open": ("niet open", "not open"),
    "nareizigers.cli.redenen": ("Redenen:", "Reasons:"),
    "nareizigers.cli.geen_redenen": ("Redenen: geen", "Reasons: none"),
    "nareizigers.cli.hoogstens": ("hoogstens {uitkomst}", "at best {uitkomst}"),
    "nareizigers.cli.niet_blokkerend": ("gemeld, blokkeert niet", "reported, does not block"),
    "nareizigers.cli.wat_verandert": ("wat verandert: {wat}", "what would change it: {wat}"),
    "nareizigers.cli.bronnen": ("bronnen: {bronnen}", "sources: {bronnen}"),
}
