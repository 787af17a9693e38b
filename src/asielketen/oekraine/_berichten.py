"""Catalogue: opvang of ontheemden from Ukraine (:mod:`asielketen.oekraine` and its command line).

Quotes from the VNG letters stay Dutch in every language; the English templates add a gloss.
"""

from __future__ import annotations

_VNG_CITAAT = (
    "een inspanningsverplichting als het gaat om de aantallen per gemeente, en tegelijk een ongelimiteerde "
    "plicht op basis van de Tijdelijke wet opvang Oekraïne"
)

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- who bears the duty (Regime.plichthouder) --------------------------------------------------
    "oekraine.plichthouder.burgemeester": ("de burgemeester", "the burgemeester (mayor)"),
    "oekraine.plichthouder.college": (
        "het college van burgemeester en wethouders",
        "the college van burgemeester en wethouders (municipal executive)",
    ),
    # -- the exclusion grounds of RooO art. 4 lid 1 (Uitsluitingsgrond.omschrijving) ---------------
    "oekraine.grond.vrijheidsontneming": (
        "de ontheemde is rechtens van zijn vrijheid ontnomen (art. 4 onder a)",
        "the ontheemde is lawfully deprived of liberty (art. 4 under a)",
    ),
    "oekraine.grond.bescherming_geweigerd": (
        "tijdelijke bescherming is geweigerd op grond van art. 28 van Richtlijn 2001/55/EG (art. 4 onder b)",
        "temporary protection was refused on the ground of art. 28 of Directive 2001/55/EC (art. 4 under b)",
    ),
    "oekraine.grond.nederlanderschap": (
        "de ontheemde heeft ook de Nederlandse nationaliteit (art. 4 onder c)",
        "the ontheemde also holds Dutch nationality (art. 4 under c)",
    ),
    # -- what the college can do when full (Alternatief.omschrijving) ------------------------------
    "oekraine.alternatief.tijdelijke_alternatieve_voorziening": (
        "een tijdelijke alternatieve opvangvoorziening die aan de minimumnormen voldoet (RooO art. 3)",
        "a temporary alternative opvang facility that meets the minimum standards (RooO art. 3)",
    ),
    "oekraine.alternatief.andere_gemeente": ("opvang in een andere gemeente", "opvang in another gemeente"),
    "oekraine.alternatief.particuliere_opvang_met_vergoeding": (
        "particuliere opvang waarvan de kosten worden vergoed",
        "private opvang whose costs are reimbursed",
    ),
    "oekraine.alternatief.geld_om_opvang_te_regelen": (
        "geld waarmee de ontheemde zelf opvang regelt",
        "money with which the ontheemde arranges opvang themselves",
    ),
    # -- error reasons ----------------------------------------------------------------------------
    "oekraine.fout.aantal": (
        "een geheel aantal van 0 tot en met {maximum}",
        "a whole number from 0 up to and including {maximum}",
    ),
    "oekraine.fout.ja_nee": ("ja of nee (True/False)", "yes or no (True/False)"),
    "oekraine.fout.datum": ("een datum (datetime.date)", "a date (datetime.date)"),
    "oekraine.fout.uitsluitingsgrond": (
        "een uitsluitingsgrond: {gronden}",
        "an uitsluitingsgrond (exclusion ground): {gronden}",
    ),
    "oekraine.fout.onrechtmatig": (
        "een inspanningsverplichting missen is niet op zich onrechtmatig",
        "missing an inspanningsverplichting is not by itself unlawful",
    ),
    "oekraine.fout.aanspraak": (
        "het gevraagde aantal geeft niemand een individuele aanspraak",
        "the number asked gives no one an individual claim",
    ),
    "oekraine.fout.bezet_zonder_plaatsen": (
        "bezet telt de bezette plaatsen van plaatsen: geef plaatsen ook op",
        "bezet counts the occupied places among plaatsen: give plaatsen too",
    ),
    "oekraine.fout.eigen_beide": (
        "geef --eigen-plaatsen en --eigen-bezet allebei op, of geen van beide",
        "give both --eigen-plaatsen and --eigen-bezet, or neither",
    ),
    "oekraine.fout.bezet_boven_plaatsen": (
        "meer dan plaatsen={plaatsen}: bezet telt de bezette plaatsen daarvan",
        "more than plaatsen={plaatsen}: bezet counts the occupied places among them",
    ),
    "oekraine.fout.niveau": ("gemeente of veiligheidsregio", "gemeente or veiligheidsregio"),
    "oekraine.fout.verzoek": ("een Opvangverzoek", "an Opvangverzoek"),
    "oekraine.fout.capaciteit": ("een Capaciteit of None", "a Capaciteit or None"),
    "oekraine.fout.centen": (
        "een bedrag in hele centen (ten hoogste twee decimalen)",
        "an amount in whole cents (at most two decimals)",
    ),
    "oekraine.fout.gebied": ("een Gemeente of Veiligheidsregio", "a Gemeente or Veiligheidsregio"),
    "oekraine.fout.huishouden": (
        "aantal meerderjarigen met inkomen per huishouden (1 of meer)",
        "the number of adults with income per household (1 or more)",
    ),
    "oekraine.fout.niet_allebei": (
        "geef óf de ontvangen bijdragen óf huishoudens voor de aanname van de maximale eigen bijdrage, "
        "niet allebei",
        "give either the contributions received or households for the assumption of the maximum eigen "
        "bijdrage, not both",
    ),
    "oekraine.fout.periode": ("een Periode(van, tot)", "a Periode(van, tot)"),
    "oekraine.fout.gesloten": (
        "een vergoeding vraagt een gesloten periode",
        "a compensation needs a closed period",
    ),
    "oekraine.fout.voor_regime": (
        "ligt vóór het begin van het regime voor opvang van ontheemden uit Oekraïne ({begin})",
        "lies before the start of the regime for the opvang of ontheemden from Ukraine ({begin})",
    ),
    "oekraine.fout.na_twoo": (
        "ligt na het uiterste einde van de Twoo ({einde}, art. 10 lid 2)",
        "lies after the latest end of the Twoo ({einde}, art. 10 lid 2)",
    ),
    "oekraine.fout.kalendermaand": (
        "maandbedragen (BooO art. 3 lid 4, RooO art. 8) gelden per kalendermaand: laat de periode op de "
        "eerste van een maand beginnen en eindigen",
        "monthly amounts (BooO art. 3 lid 4, RooO art. 8) apply per calendar month: let the period begin "
        "and end on the first of a month",
    ),
    "oekraine.fout.aftrek_te_hoog": (
        "de af te trekken bijdragen (EUR {aftrek}) zijn hoger dan het totaalbedrag voor gemeentelijke "
        "opvang (EUR {bruto}, BooO art. 3 lid 1), het enige bedrag waarvan lid 7 ze aftrekt; controleer "
        "de invoer",
        "the contributions to deduct (EUR {aftrek}) exceed the total for municipal opvang (EUR {bruto}, "
        "BooO art. 3 lid 1), the only amount lid 7 deducts them from; check the input",
    ),
    "oekraine.fout.bedrag": (
        "een bedrag in euro (Decimal, 0 of meer)",
        "an amount in euro (Decimal, 0 or more)",
    ),
    # -- the regime at the peildatum --------------------------------------------------------------
    "oekraine.regime.nog_niet": (
        "Op {peildatum} bestond de gemeentelijke opvangtaak voor ontheemden uit Oekraïne nog niet: die "
        "begon op {begin} (Wet verplaatsing bevolking).",
        "On {peildatum} the municipal opvang task for ontheemden from Ukraine did not exist yet: it began "
        "on {begin} (Wet verplaatsing bevolking).",
    ),
    "oekraine.regime.vervallen": (
        "Op {peildatum} geldt de Twoo niet meer: zij vervalt uiterlijk één jaar na het einde van de "
        "tijdelijke bescherming (laatste dag {laatste_dag}), dus uiterlijk op {einde}.",
        "On {peildatum} the Twoo no longer applies: it lapses at the latest one year after the end of the "
        "temporary protection (last day {laatste_dag}), so on {einde} at the latest.",
    ),
    "oekraine.regime.wvb": (
        "Op {peildatum} rust de opvangtaak op de Wet verplaatsing bevolking (artt. 2c en 4): de "
        "burgemeester draagt zorg voor de opvang van ontheemden.",
        "On {peildatum} the opvang task rests on the Wet verplaatsing bevolking (artt. 2c and 4): the "
        "burgemeester (mayor) provides for the opvang of ontheemden.",
    ),
    "oekraine.regime.twoo_venster": (
        "De Twoo staat sinds {eerste} in het BWB; het KB over de inwerkingtreding is niet gevonden. Wij "
        "nemen {begin} als ingangsdatum (ADR 0005).",
        "The Twoo has been in the BWB since {eerste}; the royal decree (KB) on its entry into force was "
        "not found. We take {begin} as its start date (ADR 0005).",
    ),
    "oekraine.regime.twoo": (
        "Op {peildatum} geldt de Tijdelijke wet opvang ontheemden Oekraïne: het college van burgemeester "
        "en wethouders draagt zorg voor de opvang van ontheemden (art. 2 lid 1). De tijdelijke "
        "bescherming loopt tot en met {laatste_dag}. De Twoo geldt hier vanaf {begin}: het KB over de "
        "inwerkingtreding is niet gevonden, die datum is een aanname (ADR 0005).",
        "On {peildatum} the Tijdelijke wet opvang ontheemden Oekraïne (Twoo) applies: the college van "
        "burgemeester en wethouders (municipal executive) provides for the opvang of ontheemden (art. 2 "
        "lid 1). The temporary protection runs up to and including {laatste_dag}. The Twoo is taken to "
        "apply from {begin}: the royal decree (KB) on its entry into force was not found, so that date is "
        "an aanname (assumption, ADR 0005).",
    ),
    "oekraine.regime.uitloop": (
        "De tijdelijke bescherming eindigde na {laatste_dag}. De Twoo vervalt uiterlijk één jaar later "
        "(het KB kan een eerder tijdstip kiezen) en blijft in dat jaar alleen van toepassing op wie op de "
        "dag voor het einde ({laatste_dag}) tijdelijke bescherming genoot.",
        "The temporary protection ended after {laatste_dag}. The Twoo lapses one year later at the latest "
        "(the royal decree (KB) may choose an earlier moment) and in that year applies only to those who "
        "enjoyed temporary protection on the day before it ended ({laatste_dag}).",
    ),
    "oekraine.regime.uitloop_niet_beschermd": (
        "Deze ontheemde genoot op {laatste_dag} geen tijdelijke bescherming: de Twoo is op hem niet meer "
        "van toepassing.",
        "This ontheemde did not enjoy temporary protection on {laatste_dag}: the Twoo no longer applies to "
        "them.",
    ),
    # -- prioritering -----------------------------------------------------------------------------
    "oekraine.prioritering.scenario": (
        "SCENARIO, geen geldend recht: voorrang voor kwetsbare groepen binnen schaarse opvang is aangezet "
        "vanaf {vanaf}. Volgens de VNG is prioritering nu juist niet juridisch mogelijk.",
        "SCENARIO, not law in force: priority for vulnerable groups within scarce opvang is switched on "
        "from {vanaf}. According to the VNG, prioritisation is precisely not legally possible now.",
    ),
    "oekraine.prioritering.niet_mogelijk": (
        "Voorrang voor kwetsbare groepen binnen schaarse opvang is niet juridisch mogelijk: de VNG vraagt "
        "het kabinet juist om 'prioritering voor de opvang juridisch mogelijk [te] maken'.",
        "Priority for vulnerable groups within scarce opvang is not legally possible: the VNG asks the "
        "cabinet precisely to make it possible (quoted in Dutch: 'prioritering voor de opvang juridisch "
        "mogelijk [te] maken').",
    ),
    # -- the individual duty ----------------------------------------------------------------------
    "oekraine.individueel.buiten_regime": (
        "Op {peildatum} valt het verzoek buiten het regime voor opvang van ontheemden uit Oekraïne; de "
        "gemeentelijke opvangplicht geldt niet.",
        "On {peildatum} the request falls outside the regime for the opvang of ontheemden from Ukraine; "
        "the municipal duty to provide opvang does not apply.",
    ),
    "oekraine.individueel.geen_ontheemde_stap": (
        "Zonder tijdelijke bescherming is de aanvrager geen ontheemde in de zin van de Twoo: de opvangtaak "
        "geldt voor vreemdelingen die onder Uitvoeringsbesluit (EU) 2022/382 of een verlenging daarvan "
        "vallen.",
        "Without temporary protection the applicant is no ontheemde within the meaning of the Twoo: the "
        "opvang task applies to foreign nationals covered by Implementing Decision (EU) 2022/382 or an "
        "extension of it.",
    ),
    "oekraine.individueel.geen_ontheemde": (
        "Geen ontheemde: de gemeentelijke opvangtaak geldt niet.",
        "No ontheemde: the municipal opvang task does not apply.",
    ),
    "oekraine.individueel.amv_stap": (
        "De taak van het college is niet van toepassing op alleenstaande minderjarige ontheemden (RooO "
        "art. 2 lid 1, tweede volzin).",
        "The college's task does not apply to unaccompanied minor ontheemden (amv; RooO art. 2 lid 1, "
        "second sentence).",
    ),
    "oekraine.individueel.amv": (
        "Alleenstaande minderjarige: valt buiten de gemeentelijke opvangtaak.",
        "Unaccompanied minor (amv): outside the municipal opvang task.",
    ),
    "oekraine.individueel.uitsluiting_stap": (
        "Het college kan de ontheemde van de opvang uitsluiten (RooO art. 4 lid 1): {gronden}. Dit is de "
        "enige grond waarop de plicht vervalt; het is een bevoegdheid, geen automatisme.",
        "The college may exclude the ontheemde from opvang (RooO art. 4 lid 1): {gronden}. This is the "
        "only ground on which the duty lapses; it is a power, not an automatic consequence.",
    ),
    "oekraine.individueel.geen_plicht": (
        "Geen plicht: het college kan de ontheemde uitsluiten op grond van RooO art. 4.",
        "No duty: the college may exclude the ontheemde under RooO art. 4.",
    ),
    "oekraine.individueel.plicht_stap": (
        "De ontheemde heeft om opvang gevraagd; {plichthouder} moet die bieden. Dat is een "
        "resultaatsverplichting: elke ontheemde die erom vraagt heeft er recht op, ook als de "
        "opvanglocaties vol zijn (Rechtbank Noord-Nederland, Het Hogeland).",
        "The ontheemde has asked for opvang; {plichthouder} must provide it. That is a "
        "resultaatsverplichting (obligation of result): every ontheemde who asks is entitled to it, even "
        "when the opvang locations are full (Rechtbank Noord-Nederland, Het Hogeland).",
    ),
    "oekraine.individueel.overlast_stap": (
        "Overlast is geen grond om de opvang geheel te beëindigen of te weigeren: de rechter heeft dat "
        "afgewezen (Tiel). Alleen RooO art. 4 kent uitsluitingsgronden.",
        "Nuisance is no ground to end or refuse opvang entirely: the court rejected that (Tiel). Only RooO "
        "art. 4 has exclusion grounds.",
    ),
    "oekraine.individueel.capaciteit_onbekend": (
        "De eigen opvangcapaciteit van de gemeente is niet opgegeven: of er een plaats vrij is, is "
        "onbekend. Is de eigen opvang vol, dan blijft de plicht en moet het college een alternatief "
        "vinden (zoals een tijdelijke alternatieve opvangvoorziening, RooO art. 3).",
        "The gemeente's own opvang capacity was not given: whether a place is free is unknown. If the own "
        "opvang is full, the duty remains and the college must find an alternative (such as a temporary "
        "alternative opvang facility, RooO art. 3).",
    ),
    "oekraine.individueel.capaciteit_regio": (
        "Alleen aantallen van de veiligheidsregio zijn opgegeven; die gelden voor de collectieve plicht en "
        "zeggen niet of de eigen opvang van de gemeente plaats heeft. De eigen opvangcapaciteit is dus "
        "onbekend. Is de eigen opvang vol, dan blijft de plicht en moet het college een alternatief "
        "vinden (zoals een tijdelijke alternatieve opvangvoorziening, RooO art. 3).",
        "Only numbers of the veiligheidsregio were given; they apply to the collective duty and do not say "
        "whether the gemeente's own opvang has room. So the own opvang capacity is unknown. If the own "
        "opvang is full, the duty remains and the college must find an alternative (such as a temporary "
        "alternative opvang facility, RooO art. 3).",
    ),
    "oekraine.individueel.capaciteit_verouderd": (
        "De eigen opvang is hier afgeleid uit plaatsen en bezet, de aantallen die ook de collectieve plicht "
        "voeden; dat is verouderd: geef de eigen opvang van de gemeente apart op (eigen=Capaciteit(...), "
        "op de opdrachtregel --eigen-plaatsen en --eigen-bezet).",
        "The own opvang is taken here from plaatsen and bezet, the numbers that also feed the collective "
        "duty; that is deprecated: give the gemeente's own opvang separately (eigen=Capaciteit(...), on "
        "the command line --eigen-plaatsen and --eigen-bezet).",
    ),
    "oekraine.individueel.opvang_onbekend": (
        "{plichthouder} moet opvang bieden (resultaatsverplichting); of de eigen opvang plaats heeft is "
        "onbekend — is die vol, dan moet het college een alternatief bieden.",
        "{plichthouder} must provide opvang (resultaatsverplichting); whether the own opvang has room is "
        "unknown — if it is full, the college must offer an alternative.",
    ),
    "oekraine.individueel.capaciteit_vol": (
        "De eigen opvang van de gemeente heeft {plaatsen} plaatsen, waarvan {bezet} bezet: de locatie is "
        "vol.",
        "The gemeente's own opvang has {plaatsen} places, {bezet} of them occupied: the location is full.",
    ),
    "oekraine.individueel.capaciteit_vrij": (
        "De eigen opvang van de gemeente heeft {plaatsen} plaatsen, waarvan {bezet} bezet: {vrij} vrij.",
        "The gemeente's own opvang has {plaatsen} places, {bezet} of them occupied: {vrij} free.",
    ),
    "oekraine.individueel.opvang_plaats": (
        "{plichthouder} moet opvang bieden; er is plaats.",
        "{plichthouder} must provide opvang; there is room.",
    ),
    "oekraine.individueel.vol_stap": (
        "Vol is geen verweer: het college moet een alternatief vinden — {alternatieven}. Een tijdelijke "
        "alternatieve opvangvoorziening mag juist wanneer er geen opvangvoorziening meer beschikbaar is "
        "(RooO art. 3 onder a).",
        "Full is no defence: the college must find an alternative — {alternatieven}. A temporary "
        "alternative opvang facility is allowed precisely when no opvang facility is available any more "
        "(RooO art. 3 under a).",
    ),
    "oekraine.individueel.kwetsbaar_stap": (
        "Vraagt de specifieke situatie van deze kwetsbare ontheemde andersoortige opvang, dan kan het "
        "college een tijdelijke alternatieve opvangvoorziening bieden (RooO art. 3 onder b).",
        "If the specific situation of this vulnerable ontheemde calls for a different kind of opvang, the "
        "college may offer a temporary alternative opvang facility (RooO art. 3 under b).",
    ),
    "oekraine.individueel.voorrang_stap": (
        "SCENARIO: deze kwetsbare ontheemde krijgt voorrang op de eerstvolgende vrije plek; tot dan geldt "
        "de plicht onverkort en moet een alternatief worden geboden.",
        "SCENARIO: this vulnerable ontheemde gets priority for the next free place; until then the duty "
        "holds in full and an alternative must be offered.",
    ),
    "oekraine.individueel.voorrang": (
        "Scenario (geen geldend recht): voorrang voor deze kwetsbare ontheemde; de plicht blijft.",
        "Scenario (not law in force): priority for this vulnerable ontheemde; the duty remains.",
    ),
    "oekraine.individueel.scenario_stap": (
        "SCENARIO: kwetsbare ontheemden gaan voor bij de eerstvolgende vrije plek; voor deze ontheemde "
        "blijft de plicht onverkort en moet het college een alternatief bieden.",
        "SCENARIO: vulnerable ontheemden go first for the next free place; for this ontheemde the duty "
        "holds in full and the college must offer an alternative.",
    ),
    "oekraine.individueel.alternatief": (
        "De locatie is vol, maar de plicht blijft: het college moet een alternatief bieden{termijn}."
        "{scenario}",
        "The location is full, but the duty remains: the college must offer an alternative{termijn}."
        "{scenario}",
    ),
    "oekraine.individueel.alternatief_termijn": (
        " (de rechter gaf eerder {uren} uur)",
        " (a court earlier allowed {uren} hours)",
    ),
    "oekraine.individueel.alternatief_scenario": (
        " Scenario: kwetsbaren gaan voor.",
        " Scenario: the vulnerable go first.",
    ),
    "oekraine.termijn.onbekend": (
        "Op {peildatum} is geen door de rechter gestelde termijn bekend; de eerste bekende (Vlaardingen) "
        "dateert van {eerste}.",
        "On {peildatum} no term set by a court is known; the first known one (Vlaardingen) dates from "
        "{eerste}.",
    ),
    "oekraine.termijn.bekend": (
        "De rechter gelastte in een vergelijkbaar geval opvang binnen {uren} uur (Rechtbank Rotterdam, "
        "Vlaardingen; alleen uit de pers bekend).",
        "In a comparable case the court ordered opvang within {uren} hours (Rechtbank Rotterdam, "
        "Vlaardingen; known from the press only).",
    ),
    # -- the collective duty ----------------------------------------------------------------------
    "oekraine.gebied.gemeente": ("de gemeente {naam}", "the gemeente {naam}"),
    "oekraine.gebied.veiligheidsregio": ("de veiligheidsregio {naam}", "the veiligheidsregio {naam}"),
    "oekraine.collectief.inspanning_stap": (
        "Het aantal opvangplekken dat het Rijk van {wie} vraagt is een inspanningsverplichting: '"
        + _VNG_CITAAT
        + "'. De wet zelf noemt geen aantal plaatsen.",
        "The number of opvang places the national government asks of {wie} is an "
        "inspanningsverplichting (obligation of effort; VNG letter, quoted in Dutch: '"
        + _VNG_CITAAT
        + "' — an obligation of effort as to the numbers per gemeente, and at the same time an unlimited "
        "duty under the Twoo). The law itself names no number of places.",
    ),
    "oekraine.collectief.buiten_regime": (
        "Op {peildatum} geldt het regime voor opvang van ontheemden uit Oekraïne niet.",
        "On {peildatum} the regime for the opvang of ontheemden from Ukraine does not apply.",
    ),
    "oekraine.collectief.streefaantal": (
        "Landelijk vraagt het Rijk {aantal} opvangplekken (status pers).",
        "Nationally the government asks for {aantal} opvang places (status pers: press).",
    ),
    "oekraine.collectief.geen_streefaantal": (
        "Voor {peildatum} is geen landelijk streefaantal bekend (voor 2026 is het open).",
        "For {peildatum} no national target is known (for 2026 it is open).",
    ),
    "oekraine.collectief.onbekend_stap": (
        "Het gevraagde en het gerealiseerde aantal zijn niet (beide) opgegeven; het tekort is onbekend.",
        "The number asked and the number realised were not (both) given; the shortfall is unknown.",
    ),
    "oekraine.collectief.onbekend": (
        "Inspanningsverplichting; het tekort is onbekend (geef gevraagd en gerealiseerd op).",
        "Inspanningsverplichting; the shortfall is unknown (give gevraagd and gerealiseerd).",
    ),
    "oekraine.collectief.tekort_stap": (
        "Gevraagd {gevraagd}, gerealiseerd {gerealiseerd}: tekort {tekort}.",
        "Asked {gevraagd}, realised {gerealiseerd}: shortfall {tekort}.",
    ),
    "oekraine.collectief.tekort": (
        "Inspanningsverplichting: tekort {tekort} van {gevraagd} gevraagde plekken; niet op zich "
        "onrechtmatig, geen individuele aanspraak.",
        "Inspanningsverplichting: a shortfall of {tekort} of {gevraagd} places asked; not by itself "
        "unlawful, no individual claim.",
    ),
    "oekraine.collectief.gehaald": (
        "Inspanningsverplichting: het gevraagde aantal ({gevraagd}) is gehaald; niet op zich onrechtmatig, "
        "geen individuele aanspraak.",
        "Inspanningsverplichting: the number asked ({gevraagd}) has been reached; not by itself unlawful, "
        "no individual claim.",
    ),
    "oekraine.collectief.geen_aanspraak_stap": (
        "Het gevraagde aantal niet halen is niet op zich onrechtmatig en geeft geen enkele ontheemde een "
        "aanspraak; de aanspraak van de individuele ontheemde volgt uit de Twoo (resultaatsverplichting), "
        "los van dit aantal.",
        "Not reaching the number asked is not by itself unlawful and gives no ontheemde a claim; the "
        "individual ontheemde's claim follows from the Twoo (resultaatsverplichting), independently of "
        "this number.",
    ),
    # -- financing (Bekostigingsregeling art. 3) --------------------------------------------------
    "oekraine.vergoeding.gemeentelijk": (
        "Gemeentelijke opvang {periode}: {plaatsen} plaatsen × {dagen} dagen × EUR {normbedrag} (art. 3 "
        "lid 1 onder {onderdeel}) = EUR {bedrag}.",
        "Municipal opvang {periode}: {plaatsen} places × {dagen} days × EUR {normbedrag} (art. 3 lid 1 "
        "under {onderdeel}) = EUR {bedrag}.",
    ),
    "oekraine.vergoeding.begindatum": (
        "Art. 3 lid 1 onder a noemt geen begindatum; wij laten EUR {normbedrag} ingaan met het regime op "
        "{begin} (ADR 0005).",
        "Art. 3 lid 1 under a names no start date; we let EUR {normbedrag} apply from the start of the "
        "regime on {begin} (ADR 0005).",
    ),
    "oekraine.vergoeding.particulier": (
        "Particuliere opvang {periode}: {personen} personen × {maanden} maanden × EUR {bedrag_per_maand} "
        "(art. 3 lid 4) = EUR {bedrag}.",
        "Private opvang {periode}: {personen} persons × {maanden} months × EUR {bedrag_per_maand} (art. 3 "
        "lid 4) = EUR {bedrag}.",
    ),
    "oekraine.vergoeding.aanname_eigen_bijdrage": (
        "AANNAME: eigen bijdragen {periode} als volledig ontvangen: per huishouden EUR {per_volwassene} per "
        "meerderjarige met inkomen, ten hoogste EUR {maximum}; samen EUR {per_maand} per maand × {maanden} "
        "maanden = EUR {bedrag}. BooO art. 3 lid 7 trekt de werkelijke ontvangsten af van het totaalbedrag "
        "voor gemeentelijke opvang (lid 1); RooO art. 8 lid 1 staat 'geheel of gedeeltelijk' in rekening "
        "brengen toe en art. 2b sluit schrijnende gevallen uit, dus de werkelijke aftrek kan lager zijn.",
        "AANNAME (assumption): eigen bijdragen {periode} taken as received in full: per household EUR "
        "{per_volwassene} per adult with income, at most EUR {maximum}; together EUR {per_maand} per month "
        "× {maanden} months = EUR {bedrag}. BooO art. 3 lid 7 deducts the actual receipts from the total "
        "for municipal opvang (lid 1); RooO art. 8 lid 1 allows charging 'geheel of gedeeltelijk' (in "
        "whole or in part) and art. 2b exempts hardship cases, so the actual deduction may be lower.",
    ),
    "oekraine.vergoeding.ontvangsten": (
        "Ontvangsten van de gemeente over {periode}: eigen bijdragen (RooO art. 8) EUR {eigen}, bijdragen "
        "voor maaltijden (RooO art. 7 lid 4) EUR {catering}; zij gaan af van het totaalbedrag voor "
        "gemeentelijke opvang op grond van lid 1, niet van het bedrag voor particuliere opvang (BooO art. 3 "
        "lid 7: 'Op het totaalbedrag op basis van het eerste lid, wordt in mindering gebracht').",
        "Receipts of the gemeente over {periode}: eigen bijdragen (RooO art. 8) EUR {eigen}, contributions "
        "for meals (RooO art. 7 lid 4) EUR {catering}; they are deducted from the total for municipal "
        "opvang under lid 1, not from the amount for private opvang (BooO art. 3 lid 7, quoted in Dutch: "
        "'Op het totaalbedrag op basis van het eerste lid, wordt in mindering gebracht').",
    ),
    "oekraine.vergoeding.geen_aftrek": (
        "Geen ontvangen eigen bijdragen of maaltijdbijdragen opgegeven: er gaat niets af. BooO art. 3 lid 7 "
        "trekt de ontvangsten van de gemeente af van het totaalbedrag voor gemeentelijke opvang (lid 1); "
        "dit totaal is vóór die aftrek.",
        "No eigen bijdragen or meal contributions received were given: nothing is deducted. BooO art. 3 "
        "lid 7 deducts the gemeente's receipts from the total for municipal opvang (lid 1); this total is "
        "before that deduction.",
    ),
    "oekraine.vergoeding.lid7_aanname": (
        "BooO art. 3 lid 7 staat pas in de gelezen teksten geldend vanaf {vanaf}; een oudere gelezen tekst "
        "kent geen lid 7 en de versies daartussen zijn niet gelezen. Voor het deel van de periode vóór "
        "{vanaf} trekken we de bijdragen toch af: een aanname (ADR 0010).",
        "BooO art. 3 lid 7 appears only in the texts read in force from {vanaf}; an older text read has no "
        "lid 7 and the versions in between were not read. For the part of the period before {vanaf} we "
        "deduct the contributions all the same: an aanname (assumption, ADR 0010).",
    ),
    "oekraine.vergoeding.boekjaren": (
        "De periode {van} tot {tot} beslaat meer dan één kalenderjaar; BooO art. 3 lid 7 trekt de bedragen "
        "af die de gemeente 'in een boekjaar ontvangt'. Hier gaan de opgegeven ontvangsten af van het "
        "totaalbedrag van de hele periode; reken voor de vaststelling per boekjaar één periode per jaar "
        "(ADR 0010).",
        "The period {van} to {tot} spans more than one calendar year; BooO art. 3 lid 7 deducts the amounts "
        "the gemeente receives 'in een boekjaar' (in a financial year). Here the receipts given are deducted "
        "from the total of the whole period; for the settlement per financial year compute one period per "
        "year (ADR 0010).",
    ),
    "oekraine.vergoeding.totaal": (
        "Totaal: (EUR {gemeentelijk} − EUR {eigen} − EUR {catering}) + EUR {particulier} = EUR {totaal} "
        "(aftrek volgens lezing '{aftrek}'). Bedragen volgens de Bekostigingsregeling opvang ontheemden "
        "Oekraïne, tekst geldend op {versie}.",
        "Total: (EUR {gemeentelijk} − EUR {eigen} − EUR {catering}) + EUR {particulier} = EUR {totaal} "
        "(deduction according to reading '{aftrek}'). Amounts according to the Bekostigingsregeling opvang "
        "ontheemden Oekraïne, text in force on {versie}.",
    ),
    # -- command line: argument errors --------------------------------------------------------------
    "oekraine.cli.geen_geheel_getal": ("{tekst}: geen geheel getal", "{tekst}: not a whole number"),
    "oekraine.cli.aantal_negatief": (
        "{tekst}: een aantal is niet negatief",
        "{tekst}: a number is not negative",
    ),
    "oekraine.cli.geen_bedrag": ("{tekst}: geen bedrag", "{tekst}: not an amount"),
    "oekraine.cli.bedrag_negatief": (
        "{tekst}: een bedrag is eindig en niet negatief",
        "{tekst}: an amount is finite and not negative",
    ),
    "oekraine.cli.geen_centen": (
        "{tekst}: een bedrag in hele centen (ten hoogste twee decimalen)",
        "{tekst}: an amount in whole cents (at most two decimals)",
    ),
    "oekraine.cli.minstens_een": ("{tekst}: minstens 1", "{tekst}: at least 1"),
    # -- command line: output ---------------------------------------------------------------------
    "oekraine.cli.kop": ("{naam} ({code}), peildatum {peildatum}", "{naam} ({code}), peildatum {peildatum}"),
    "oekraine.cli.individueel": (
        "Individuele plicht ({soort}): {samenvatting}",
        "Individual duty ({soort}): {samenvatting}",
    ),
    "oekraine.cli.collectief": (
        "Collectieve plicht ({soort}): {samenvatting}",
        "Collective duty ({soort}): {samenvatting}",
    ),
    "oekraine.cli.bronnen": ("bronnen: {ids}", "sources: {ids}"),
    "oekraine.cli.onzeker": (
        "Let op: steunt (deels) op bronnen met status pers of aanname.",
        "Note: rests (partly) on sources with status pers (press) or aanname (assumption).",
    ),
    "oekraine.cli.vergoeding_kop": (
        "Vergoeding {periode} (tot = eerste dag ná de periode), {plaatsen} plaatsen",
        "Compensation {periode} (tot = first day after the period), {plaatsen} places",
    ),
    "oekraine.cli.totaal": (
        "totaal  EUR {totaal}  (Bekostigingsregeling, tekst geldend op {versie})",
        "total  EUR {totaal}  (Bekostigingsregeling, text in force on {versie})",
    ),
    "oekraine.cli.aftrek": (
        "aftrek  lezing '{aftrek}' (BooO art. 3 lid 7)",
        "deduction  reading '{aftrek}' (BooO art. 3 lid 7)",
    ),
}
