"""Catalogue: the statushouders taakstelling, backlog, VNG action and voorrang.

Covers :mod:`asielketen.statushouders` and its command line (``asielketen statushouders``); kept
next to the rules that say them, and loaded by the catalogue (:mod:`asielketen._berichten`) on the
first sentence of this domain.
Domain words stay Dutch in English where the law is Dutch (taakstelling, vergunninghouder,
statushouder, gemeente, herindeling, herverdeling, nareiziger, achterstand, voorsprong, peildatum);
the formula's names (vg, iG, iN) and the networks' names (G4 … K80) are the same in every language.
"""

from __future__ import annotations

BERICHTEN: dict[str, tuple[str, str]] = {
    # -- shared argument checks (_gemeenschappelijk.py) -------------------------------------------
    "statushouders.fout.halfjaar": (
        "geef een halfjaar als Halfjaar of als tekst JJJJ-H1/JJJJ-H2",
        "give a half-year as a Halfjaar or as text YYYY-H1/YYYY-H2",
    ),
    "statushouders.fout.voor_kalender": (
        "te vroeg: de peildatum of de uiterste bekendmaking (art. 29) valt vóór 1 januari van het jaar 1",
        "too early: the reference date or the last publication date (art. 29) "
        "falls before 1 January of year 1",
    ),
    "statushouders.fout.aantal": (
        "een aantal is een geheel getal ≥ {minimum}",
        "a count is a whole number ≥ {minimum}",
    ),
    "statushouders.fout.gemeentecode": (
        "geen geldige gemeentecode (GM + 4 cijfers)",
        "not a valid gemeentecode (GM + 4 digits)",
    ),
    "statushouders.fout.naam_leeg": ("een naam mag niet leeg zijn", "a name must not be empty"),
    "statushouders.geen": ("geen", "none"),
    # -- the taakstelling: errors (_formule.py, _herindeling.py, _herverdeling.py, _tabel.py) ------
    "statushouders.vg_ontbreekt": (
        "{fout}; er is geen landelijk aantal vergunninghouders (vg) voor {halfjaar} meegeleverd: "
        "geef het zelf op met landelijk=N (opdrachtregel: --landelijk N)",
        "{fout}; no national number of vergunninghouders (vg) for {halfjaar} is shipped: "
        "give it yourself with landelijk=N (command line: --landelijk N)",
    ),
    "statushouders.fout.landelijk_versie": (
        "kies {keuzes} (ADR 0009)",
        "choose {keuzes} (ADR 0009)",
    ),
    "statushouders.fout.landelijk_versie_eigen": (
        "een eigen landelijk aantal (landelijk=N, --landelijk N) heeft geen bekendgemaakte of bijgestelde "
        "versie; geef het een of het ander",
        "an own national number (landelijk=N, --landelijk N) has no published or adjusted version; give "
        "one or the other",
    ),
    "statushouders.fout.vg_geen_halfjaar": (
        "{bestand}: de geldigheid {periode} van {parameter} is geen kalenderhalfjaar",
        "{bestand}: the validity {periode} of {parameter} is not a calendar half-year",
    ),
    "statushouders.fout.inwoners_nul": (
        "de inwonertallen tellen op tot 0: er is niemand om {vg} vergunninghouders over te verdelen "
        "(iN moet ≥ 1 zijn)",
        "the numbers of inhabitants add up to 0: there is nobody to distribute {vg} vergunninghouders "
        "over (iN must be ≥ 1)",
    ),
    "statushouders.fout.inwoners_nul_op": (
        "de inwonertallen op {peildatum} tellen op tot 0: er is niemand om {vg} vergunninghouders over "
        "te verdelen",
        "the numbers of inhabitants on {peildatum} add up to 0: there is nobody to distribute {vg} "
        "vergunninghouders over",
    ),
    "statushouders.fout.inwoners_ontbreken": (
        "de taakstelling voor {halfjaar} vraagt de inwonertallen (CBS) op {peildatum} — 1 januari van het "
        "kalenderjaar vóór {jaar} (Huisvestingswet 2014 art. 29 lid 1 onder b en c) — maar die ontbreken "
        "voor {aantal} gemeenten (o.a. {voorbeeld}; beschikbaar: {beschikbaar}); lever ze aan met "
        "Register.met_inwoners_csv(pad, date({peiljaar}, 1, 1)) of --inwoners PAD "
        "(CSV met kolommen gemeentecode,inwoners)",
        "the taakstelling for {halfjaar} needs the numbers of inhabitants (CBS) on {peildatum} — 1 January "
        "of the calendar year before {jaar} (Huisvestingswet 2014 art. 29 lid 1 onder b and c) — but they "
        "are missing for {aantal} gemeenten (e.g. {voorbeeld}; available: {beschikbaar}); supply them with "
        "Register.met_inwoners_csv(path, date({peiljaar}, 1, 1)) or --inwoners PATH "
        "(CSV with the columns gemeentecode,inwoners)",
    ),
    "statushouders.fout.herindeling_twee": (
        "een herindeling voegt ten minste twee verschillende gemeenten samen",
        "a herindeling merges at least two different gemeenten",
    ),
    "statushouders.fout.al_opgegaan": (
        "gaat al op in {gemeentecode}; één herindeling per gemeente",
        "already merges into {gemeentecode}; one herindeling per gemeente",
    ),
    "statushouders.fout.code_bezet": (
        "is al de code van een andere gemeente",
        "is already the code of another gemeente",
    ),
    "statushouders.fout.herverdeling_twee": (
        "een herverdeling is een besluit van twee of meer gemeenten",
        "a herverdeling is a decision of two or more gemeenten",
    ),
    "statushouders.fout.herverdeling_dubbel": (
        "elke gemeente komt één keer voor",
        "every gemeente occurs once",
    ),
    "statushouders.fout.herverdeling_type": ("geef een Herverdeling", "give a Herverdeling"),
    "statushouders.fout.herverdeling_som": (
        "de som van de taakstellingen van {namen} is {oud} en zou {nieuw} worden; Huisvestingswet 2014 "
        "art. 29 lid 2 staat alleen een wijziging toe die de som gelijk laat",
        "the sum of the taakstellingen of {namen} is {oud} and would become {nieuw}; Huisvestingswet "
        "2014 art. 29 lid 2 allows only a change that keeps the sum the same",
    ),
    "statushouders.fout.peildatum": (
        "voor {halfjaar} is de peildatum {peildatum}",
        "for {halfjaar} the peildatum is {peildatum}",
    ),
    "statushouders.fout.formule": ("art. 29 lid 1 geeft {verwacht}", "art. 29 lid 1 gives {verwacht}"),
    "statushouders.fout.formule_regel": (
        "art. 29 lid 1 geeft {verwacht} (vg={vg}, iG={ig}, iN={i_n})",
        "art. 29 lid 1 gives {verwacht} (vg={vg}, iG={ig}, iN={i_n})",
    ),
    "statushouders.fout.dubbele_code": ("dubbele gemeentecode", "duplicate gemeentecode"),
    "statushouders.fout.in_som": (
        "iN is de som van iG ({som}) en groter dan 0",
        "iN is the sum of iG ({som}) and greater than 0",
    ),
    "statushouders.fout.som": (
        "de som van de taakstellingen is {som} en van de formule {som_formule}; ze zijn gelijk "
        "(art. 29 lid 2 houdt de som gelijk)",
        "the sum of the taakstellingen is {som} and that of the formula {som_formule}; they are equal "
        "(art. 29 lid 2 keeps the sum the same)",
    ),
    "statushouders.fout.ig_in": (
        "0 ≤ iG ≤ iN is vereist (iN={i_n})",
        "0 ≤ iG ≤ iN is required (iN={i_n})",
    ),
    # kinds of name for UnknownNameError ("onbekende {soort}")
    "statushouders.soort.gemeente_in_taakstellingen": (
        "gemeente in deze taakstellingen",
        "gemeente in these taakstellingen",
    ),
    "statushouders.soort.gemeente_in_register": ("gemeente in het register", "gemeente in the register"),
    "statushouders.soort.opgegaan": (
        "gemeente in {halfjaar}: opgegaan in {gemeentenaam} ({gemeentecode})",
        "gemeente in {halfjaar}: merged into {gemeentenaam} ({gemeentecode})",
    ),
    # -- the taakstelling: explanation steps (_formule.py, _taakstelling.py, _herindeling.py) -------
    "statushouders.stap.vg": (
        "Het landelijke aantal te huisvesten vergunninghouders (vg) voor {halfjaar} is {vg}.",
        "The national number of vergunninghouders to house (vg) for {halfjaar} is {vg}.",
    ),
    "statushouders.stap.vg_bekendgemaakt": (
        "Het landelijke aantal te huisvesten vergunninghouders (vg) voor {halfjaar} is {vg}: het aantal dat "
        "vóór het halfjaar is bekendgemaakt (de wet vraagt bekendmaking in de Staatscourant uiterlijk op "
        "{uiterlijk}). Daarna is het bijgesteld naar {bijgesteld} (bron van {bijgesteld_op}); een "
        "bijstelling na die datum is geen bekendmaking in de zin van art. 29 lid 1 onder a, dus rekent "
        'deze berekening met {vg} (ADR 0009; de bijstelling op verzoek: landelijk_versie="bijgesteld", '
        "opdrachtregel --landelijk-versie bijgesteld).",
        "The national number of vergunninghouders to house (vg) for {halfjaar} is {vg}: the number "
        "published before the half-year (the law requires publication in the Staatscourant on {uiterlijk} "
        "at the latest). It was later adjusted to {bijgesteld} (source dated {bijgesteld_op}); an "
        "adjustment after that date is no publication within the meaning of art. 29 lid 1 onder a, so "
        'this computation uses {vg} (ADR 0009; the adjustment on request: landelijk_versie="bijgesteld", '
        "command line --landelijk-versie bijgesteld).",
    ),
    "statushouders.stap.vg_bijgesteld": (
        "Het landelijke aantal te huisvesten vergunninghouders (vg) voor {halfjaar} is op verzoek de "
        "latere bijstelling: {vg} (bron van {bijgesteld_op}). Vóór het halfjaar was {bekendgemaakt} "
        "bekendgemaakt (de wet vraagt bekendmaking in de Staatscourant uiterlijk op {uiterlijk}); volgens "
        "ADR 0009 is alleen dat aantal vg in de zin van art. 29 lid 1 onder a.",
        "The national number of vergunninghouders to house (vg) for {halfjaar} is, on request, the later "
        "adjustment: {vg} (source dated {bijgesteld_op}). Before the half-year {bekendgemaakt} was "
        "published (the law requires publication in the Staatscourant on {uiterlijk} at the latest); "
        "under ADR 0009 only that number is vg within the meaning of art. 29 lid 1 onder a.",
    ),
    "statushouders.stap.vg_geen_bijstelling": (
        "Het landelijke aantal te huisvesten vergunninghouders (vg) voor {halfjaar} is {vg}; een latere "
        "bijstelling is niet bekend, dus geldt het bekendgemaakte aantal.",
        "The national number of vergunninghouders to house (vg) for {halfjaar} is {vg}; no later "
        "adjustment is known, so the published number counts.",
    ),
    "statushouders.stap.vg_gebruiker": (
        "Het landelijke aantal te huisvesten vergunninghouders (vg) voor {halfjaar} is door de gebruiker "
        "opgegeven: {vg}.",
        "The national number of vergunninghouders to house (vg) for {halfjaar} was given by the user: {vg}.",
    ),
    "statushouders.stap.bekendmaking": (
        "De minister maakt vg ten minste dertien weken vóór de aanvang van het halfjaar ({begin}) bekend "
        "in de Staatscourant, dus uiterlijk op {uiterlijk}.",
        "The minister publishes vg in the Staatscourant at least thirteen weeks before the half-year "
        "begins ({begin}), so on {uiterlijk} at the latest.",
    ),
    "statushouders.stap.peildatum": (
        "iG en iN zijn de inwonertallen volgens het CBS op {peildatum}: 1 januari van het kalenderjaar "
        "vóór {jaar}.",
        "iG and iN are the numbers of inhabitants according to CBS on {peildatum}: 1 January of the "
        "calendar year before {jaar}.",
    ),
    "statushouders.stap.peildatum_gebruiker": (
        "iG en iN zijn de inwonertallen volgens het CBS op {peildatum}: 1 januari van het kalenderjaar "
        "vóór {jaar} (deels door de gebruiker aangeleverd).",
        "iG and iN are the numbers of inhabitants according to CBS on {peildatum}: 1 January of the "
        "calendar year before {jaar} (partly supplied by the user).",
    ),
    "statushouders.stap.herindeling": (
        "Na de herindeling van {datum} vormen {delen} samen {gemeentenaam} ({gemeentecode}); iG is de som "
        "van de CBS-cijfers van die samenstellende delen op de peildatum.",
        "After the herindeling of {datum}, {delen} together form {gemeentenaam} ({gemeentecode}); iG is "
        "the sum of the CBS figures of those component parts on the peildatum.",
    ),
    "statushouders.stap.herindeling_gs": (
        "Na de herindeling van {datum} vormen {delen} samen {gemeentenaam} ({gemeentecode}). In de tekst "
        "van art. 30 die bij de aanvang van het halfjaar gold, stellen gedeputeerde staten iG vast en "
        "houden zij zo veel mogelijk rekening met de inwonertallen van de samenstellende delen; deze "
        "berekening neemt de som van hun CBS-cijfers op de peildatum.",
        "After the herindeling of {datum}, {delen} together form {gemeentenaam} ({gemeentecode}). In the "
        "text of art. 30 in force when the half-year began, gedeputeerde staten set iG, taking the "
        "inhabitants of the component parts into account as far as possible; this computation takes the "
        "sum of their CBS figures on the peildatum.",
    ),
    "statushouders.stap.wettekst_ouder": (
        "De tekst van de Huisvestingswet 2014 die gold bij de aanvang van {halfjaar} ({begin}) is niet "
        "ingezien; de uitleg citeert de oudste ingeziene tekst, geldend op {versie}, die voor art. 28–30 "
        "luidt als de tekst van 2015.",
        "The text of the Huisvestingswet 2014 in force when {halfjaar} began ({begin}) was not read; the "
        "explanation cites the oldest text read, in force on {versie}, which for arts. 28–30 reads as the "
        "text of 2015.",
    ),
    "statushouders.stap.herindeling_later": (
        "De herindeling tot {gemeentenaam} ({gemeentecode}) gaat pas in op {datum}, na de aanvang van "
        "{halfjaar}; voor dit halfjaar telt de oude indeling.",
        "The herindeling into {gemeentenaam} ({gemeentecode}) takes effect only on {datum}, after "
        "{halfjaar} begins; for this half-year the old division counts.",
    ),
    "statushouders.stap.inwoners_nederland": (
        "Nederland telde op {peildatum} {i_n} inwoners (iN), de som over de {aantal} gemeenten.",
        "The Netherlands had {i_n} inhabitants (iN) on {peildatum}, the sum over the {aantal} gemeenten.",
    ),
    "statushouders.stap.formule": (
        "De taakstelling van elke gemeente is vg × iG / iN, naar boven afgerond op een geheel getal; het "
        "college zorgt voor de huisvesting van zoveel vergunninghouders.",
        "The taakstelling of every gemeente is vg × iG / iN, rounded up to a whole number; the college "
        "provides housing for that many vergunninghouders.",
    ),
    "statushouders.stap.som": (
        "Samen is dat {som}: {overschot} meer dan vg door het naar boven afronden (altijd minder dan het "
        "aantal gemeenten, {gemeenten}).",
        "Together that is {som}: {overschot} more than vg through rounding up (always fewer than the "
        "number of gemeenten, {gemeenten}).",
    ),
    # one gemeente, on request (uitleg_gemeente)
    "statushouders.stap.gemeente_vg": (
        "Het landelijke aantal te huisvesten vergunninghouders (vg) voor {halfjaar} is {vg}; de wet vraagt "
        "bekendmaking in de Staatscourant uiterlijk op {uiterlijk}.",
        "The national number of vergunninghouders to house (vg) for {halfjaar} is {vg}; the law requires "
        "publication in the Staatscourant on {uiterlijk} at the latest.",
    ),
    "statushouders.stap.gemeente_inwoners": (
        "{gemeentenaam} ({gemeentecode}) telde op {peildatum} {ig} inwoners (iG); Nederland {i_n} (iN).",
        "{gemeentenaam} ({gemeentecode}) had {ig} inhabitants (iG) on {peildatum}; the Netherlands {i_n} "
        "(iN).",
    ),
    "statushouders.stap.gemeente_inwoners_delen": (
        "{gemeentenaam} ({gemeentecode}) telde op {peildatum} {ig} inwoners (iG) (de som van de "
        "samenstellende delen {delen}); Nederland {i_n} (iN).",
        "{gemeentenaam} ({gemeentecode}) had {ig} inhabitants (iG) on {peildatum} (the sum of the "
        "component parts {delen}); the Netherlands {i_n} (iN).",
    ),
    "statushouders.stap.gemeente_formule_nul": (
        "Taakstelling = 0: vg is 0 en er zijn geen inwoners (iN = 0), dus er is niemand te huisvesten.",
        "Taakstelling = 0: vg is 0 and there are no inhabitants (iN = 0), so there is nobody to house.",
    ),
    "statushouders.stap.gemeente_formule": (
        "Taakstelling = vg × iG / iN = {vg} × {ig} / {i_n} = {heel},{decimalen}…, naar boven afgerond op "
        "een geheel getal: {taakstelling}.",
        "Taakstelling = vg × iG / iN = {vg} × {ig} / {i_n} = {heel}.{decimalen}…, rounded up to a whole "
        "number: {taakstelling}.",
    ),
    "statushouders.stap.gemeente_herverdeling": (
        "Bij een herverdeling met {andere}{omschrijving} is de taakstelling gewijzigd; samen blijft de som "
        "gelijk. Nu: {taakstelling}.",
        "A herverdeling with {andere}{omschrijving} changed the taakstelling; together the sum stays the "
        "same. Now: {taakstelling}.",
    ),
    "statushouders.stap.herverdeling": (
        "Herverdeling tussen {namen}{omschrijving}: samen blijven zij op {oud}; de landelijke som blijft "
        "{som}.",
        "Herverdeling between {namen}{omschrijving}: together they stay at {oud}; the national sum stays "
        "{som}.",
    ),
    # -- backlog (_achterstand.py) ---------------------------------------------------------------------
    "statushouders.fout.eindsaldo": (
        "beginsaldo + gerealiseerd - taakstelling = {verwacht}",
        "beginsaldo + gerealiseerd - taakstelling = {verwacht}",
    ),
    "statushouders.fout.halfjaren_leeg": ("ten minste één halfjaar", "at least one half-year"),
    "statushouders.fout.sluit_niet_aan": (
        "sluit niet aan op {halfjaar} (eindsaldo {eindsaldo})",
        "does not follow on from {halfjaar} (eindsaldo {eindsaldo})",
    ),
    "statushouders.fout.realisaties_type": ("geef Realisatie-objecten", "give Realisatie objects"),
    "statushouders.fout.realisaties_leeg": ("geef ten minste één halfjaar", "give at least one half-year"),
    "statushouders.fout.halfjaar_dubbel": (
        "dit halfjaar komt twee keer voor",
        "this half-year occurs twice",
    ),
    "statushouders.fout.halfjaar_ontbreekt": (
        "ontbreekt tussen {vorige} en {volgende}; de halfjaren moeten aansluiten",
        "is missing between {vorige} and {volgende}; the half-years must be consecutive",
    ),
    "statushouders.fout.saldo": (
        "een saldo is een geheel getal (negatief: achterstand)",
        "a balance is a whole number (negative: achterstand, a backlog)",
    ),
    "statushouders.fout.ja_nee_geen": ("ja of nee (True/False) of None", "yes or no (True/False) or None"),
    "statushouders.stap.nareizigers_wel": (
        "In {halfjaar} tellen gehuisveste nareizigers wel mee voor de taakstelling (open vraag; aanname "
        "van de bibliotheek).",
        "In {halfjaar} housed nareizigers do count toward the taakstelling (an open question; the "
        "library's assumption).",
    ),
    "statushouders.stap.nareizigers_niet": (
        "In {halfjaar} tellen gehuisveste nareizigers niet mee voor de taakstelling (open vraag; aanname "
        "van de bibliotheek).",
        "In {halfjaar} housed nareizigers do not count toward the taakstelling (an open question; the "
        "library's assumption).",
    ),
    "statushouders.stap.nareizigers_gebruiker_wel": (
        "Gehuisveste nareizigers tellen wel mee (opgegeven door de gebruiker, in plaats van de aanname "
        "van de bibliotheek).",
        "Housed nareizigers do count (given by the user, instead of the library's assumption).",
    ),
    "statushouders.stap.nareizigers_gebruiker_niet": (
        "Gehuisveste nareizigers tellen niet mee (opgegeven door de gebruiker, in plaats van de aanname "
        "van de bibliotheek).",
        "Housed nareizigers do not count (given by the user, instead of the library's assumption).",
    ),
    "statushouders.stap.beginsaldo": (
        "Vóór {halfjaar} was het saldo {saldo} ({toestand}).",
        "Before {halfjaar} the balance was {saldo} ({toestand}).",
    ),
    "statushouders.stap.halfjaar": (
        "{halfjaar}: taakstelling {taakstelling}, gehuisvest {gerealiseerd}{nareizigers}; saldo {saldo} → "
        "{eindsaldo} ({toestand}), dat naar het volgende halfjaar doorschuift.",
        "{halfjaar}: taakstelling {taakstelling}, housed {gerealiseerd}{nareizigers}; balance {saldo} → "
        "{eindsaldo} ({toestand}), carried over to the next half-year.",
    ),
    "statushouders.stap.waarvan_nareizigers": (
        " (waarvan {aantal} nareizigers)",
        " (of whom {aantal} nareizigers)",
    ),
    "statushouders.stap.plus_nareizigers": (
        " (plus {aantal} nareizigers, niet meegeteld)",
        " (plus {aantal} nareizigers, not counted)",
    ),
    "statushouders.toestand.achterstand": ("achterstand {aantal}", "achterstand (backlog) {aantal}"),
    "statushouders.toestand.voorsprong": ("voorsprong {aantal}", "voorsprong (lead) {aantal}"),
    "statushouders.toestand.op_schema": ("op schema", "on schedule"),
    # -- voorrang (_voorrang.py) -------------------------------------------------------------------------
    "statushouders.fout.verbod_vanaf": (
        "kies een datum na {datum} (begin van de meegeleverde regel)",
        "choose a date after {datum} (the start of the shipped rule)",
    ),
    "statushouders.stap.voorrang_verbod": (
        "Op {peildatum} geldt in dit scenario het verbod op voorrang voor vergunninghouders "
        "(wetsvoorstel 36 831, verondersteld in werking vanaf {vanaf}): een gemeente geeft geen voorrang "
        "op grond van het vergunninghouderschap.",
        "On {peildatum} the ban on priority for vergunninghouders applies in this scenario (bill 36 831, "
        "assumed in force from {vanaf}): a gemeente gives no priority on the ground of being a "
        "vergunninghouder.",
    ),
    "statushouders.stap.voorrang_geen": (
        "Op {peildatum} geldt geen wettelijk verbod op voorrang voor vergunninghouders: wetsvoorstel "
        "36 831 is aanhangig en voor zover bekend geen wet; het kabinet wil voorrang op termijn "
        "verbieden. Een scenario kan een ingangsdatum zetten (verbod_vanaf).",
        "On {peildatum} no statutory ban on priority for vergunninghouders applies: bill 36 831 is "
        "pending and, as far as known, not law; the cabinet intends to forbid priority in due course. "
        "A scenario can set a start date (verbod_vanaf).",
    ),
    # -- the VNG action (_vng_actie.py) ------------------------------------------------------------------
    "statushouders.fout.keuze": (
        "bij de netwerken {netwerken} en de referentie {referentie} hoort {keuze} (ADR 0003)",
        "the networks {netwerken} and the reference {referentie} give {keuze} (ADR 0003)",
    ),
    "statushouders.fout.totaal": (
        "de regels geven totaal {totaal}, {zonder} gemeenten zonder aantal en {onbekend} met onbekend "
        "netwerk",
        "the rows give a total of {totaal}, {zonder} gemeenten without a number and {onbekend} with an "
        "unknown network",
    ),
    "statushouders.vng.stand": (
        "{netwerk}: {bekend} van {verwacht} leden bekend",
        "{netwerk}: {bekend} of {verwacht} members known",
    ),
    "statushouders.vng.onbekend_aantal": ("een onbekend aantal", "an unknown number of"),
    "statushouders.vng.geen_lijst": ("{netwerk}: geen ledenlijst", "{netwerk}: no member list"),
    "statushouders.stap.vng_onbekend": (
        "{gemeentenaam} ({gemeentecode}) staat op geen ledenlijst van de actie in het register. De lijsten "
        "van {volledig} zijn volledig: daarvan is de gemeente geen lid. De lijsten van {onbekend} zijn "
        "onvolledig ({stand}): of de gemeente daarvan lid is, is onbekend — dus geen aantal, en ook niet "
        "'geen lid'. Ter referentie: {referentie}. Is de gemeente lid, geef dan het lidmaatschap op met "
        "statushouders.met_netwerken_csv (opdrachtregel: --netwerken PAD; kolommen netwerk en "
        "gemeentecode; de leden worden aan een onvolledige lijst toegevoegd).",
        "{gemeentenaam} ({gemeentecode}) is on no member list of the action in the register. The lists "
        "of {volledig} are complete: the gemeente is not a member of those. The lists of {onbekend} are "
        "incomplete ({stand}): whether the gemeente is a member is unknown — so no number, and not 'no "
        "member' either. For reference: {referentie}. If the gemeente is a member, supply the membership "
        "with statushouders.met_netwerken_csv (command line: --netwerken PAD; columns netwerk and "
        "gemeentecode; the members are added to an incomplete list).",
    ),
    "statushouders.stap.vng_mogelijk_hoger": (
        "De ledenlijst van {netwerken} is onvolledig ({stand}); staat {gemeentenaam} daar ook op, dan "
        "geldt het hoogste aantal (één bijdrage).",
        "The member list of {netwerken} is incomplete ({stand}); if {gemeentenaam} is on it as well, the "
        "highest number applies (one contribution).",
    ),
    "statushouders.stap.vng_onvolledig": (
        "De ledenlijsten van {netwerken} zijn onvolledig ({stand}). Van {onbekend} gemeenten die op geen "
        "lijst staan is het netwerk daarom onbekend (niet: 'geen netwerk'); zij krijgen geen aantal en "
        "tellen niet mee in het totaal. {mogelijk_hoger} gemeenten met een aantal kunnen via zo'n lijst "
        "een hoger aantal hebben. Lidmaatschap aanvullen: statushouders.met_netwerken_csv (opdrachtregel: "
        "--netwerken PAD).",
        "The member lists of {netwerken} are incomplete ({stand}). For {onbekend} gemeenten on no list "
        "the network is therefore unknown (not: 'no network'); they get no number and do not count in "
        "the total. {mogelijk_hoger} gemeenten with a number may have a higher one through such a list. "
        "To supply membership: statushouders.met_netwerken_csv (command line: --netwerken PAD).",
    ),
    "statushouders.stap.vng_totaal_bekend": (
        "Samen vraagt de actie indicatief circa {totaal} extra plekken van de {met} gemeenten waarvan een "
        "netwerk bekend is; van {onbekend} gemeenten is het netwerk onbekend en van {geen} is bekend dat "
        "ze van geen netwerk van de actie lid zijn.",
        "Together the action asks indicatively about {totaal} extra places of the {met} gemeenten whose "
        "network is known; for {onbekend} gemeenten the network is unknown and {geen} are known to be "
        "members of no network of the action.",
    ),
    "statushouders.vng.circa": ("{netwerk} circa {plekken}", "{netwerk} about {plekken}"),
    "statushouders.stap.vng_aantallen": (
        "De VNG vraagt in de actie versneld huisvesten statushouders indicatief per gemeente: {aantallen} "
        "extra plekken (gerekend vanuit de solidariteitsgedachte van de Spreidingswet).",
        "In the action versneld huisvesten statushouders (faster housing of statushouders) the VNG asks "
        "indicatively per gemeente: {aantallen} extra places (reckoned from the solidarity principle of "
        "the Spreidingswet).",
    ),
    "statushouders.stap.vng_kosten": (
        "De VNG meldt: 'Vanuit het Rijk is aangegeven dat extra kosten die gemeenten in dit kader maken, "
        "worden vergoed.' Welke kosten en hoeveel, zegt de brief niet.",
        "The VNG reports (quoted in Dutch): 'Vanuit het Rijk is aangegeven dat extra kosten die gemeenten "
        "in dit kader maken, worden vergoed.' (the Rijk has indicated that extra costs gemeenten make in "
        "this context are reimbursed). Which costs and how much, the letter does not say.",
    ),
    "statushouders.stap.vng_overig": (
        "{gemeentenaam} is ook lid van {netwerken}; dat hoort niet bij de actie en telt niet mee.",
        "{gemeentenaam} is also a member of {netwerken}; that is not part of the action and does not count.",
    ),
    "statushouders.stap.vng_lid": (
        "{gemeentenaam} ({gemeentecode}) is lid van {netwerk}: indicatief circa {plekken} extra plekken.",
        "{gemeentenaam} ({gemeentecode}) is a member of {netwerk}: indicatively about {plekken} extra "
        "places.",
    ),
    "statushouders.stap.vng_meerdere": (
        "{gemeentenaam} ({gemeentecode}) is lid van {netwerken}; de gemeente levert één bijdrage, het "
        "hoogste aantal van die netwerken: {netwerk}, circa {plekken} extra plekken.",
        "{gemeentenaam} ({gemeentecode}) is a member of {netwerken}; the gemeente makes one contribution, "
        "the highest number of those networks: {netwerk}, about {plekken} extra places.",
    ),
    "statushouders.stap.vng_geen": (
        "{gemeentenaam} ({gemeentecode}) is van geen netwerk van de actie lid volgens het register "
        "(ledenlijsten: {met}{zonder}). Er is dus geen netwerkaantal, maar de VNG roept ook gemeenten "
        "buiten een netwerk op te kijken welke bijdrage lokaal mogelijk is, met als referentie: "
        "{referentie}.",
        "{gemeentenaam} ({gemeentecode}) is a member of no network of the action according to the "
        "register (member lists: {met}{zonder}). So there is no network number, but the VNG also calls "
        "on gemeenten outside a network to see what contribution is possible locally, with as reference: "
        "{referentie}.",
    ),
    "statushouders.stap.vng_geen_ledenlijst": (
        "; geen ledenlijst voor {netwerken} — voeg die toe met met_netwerken_csv",
        "; no member list for {netwerken} — add it with met_netwerken_csv",
    ),
    "statushouders.stap.vng_ledenlijsten": (
        "Het register heeft ledenlijsten voor {met}{zonder}.",
        "The register has member lists for {met}{zonder}.",
    ),
    "statushouders.vng.geen_netwerk_actie": ("geen netwerk van de actie", "no network of the action"),
    "statushouders.stap.vng_niet_voor": (
        "; niet voor {netwerken} (hun leden tellen hier als 'geen netwerk')",
        "; not for {netwerken} (their members count here as 'no network')",
    ),
    "statushouders.stap.vng_meerdere_landelijk": (
        "{meerdere} gemeenten zijn lid van meer dan één netwerk van de actie; zij leveren één bijdrage, "
        "het hoogste aantal van hun netwerken.",
        "{meerdere} gemeenten are members of more than one network of the action; they make one "
        "contribution, the highest number of their networks.",
    ),
    "statushouders.stap.vng_totaal": (
        "Samen vraagt de actie indicatief circa {totaal} extra plekken van {met} gemeenten; {zonder} "
        "gemeenten zijn van geen netwerk van de actie lid en krijgen geen aantal, alleen de referentie "
        "van de netwerken.",
        "Together the action asks indicatively about {totaal} extra places of {met} gemeenten; {zonder} "
        "gemeenten are members of no network of the action and get no number, only the reference of "
        "the networks.",
    ),
    # reading a membership file (met_netwerken_csv, _invoer.py)
    "statushouders.lees.onbekend_netwerk": (
        "rij {rij}: onbekend netwerk {netwerk} (bekend: {bekend})",
        "row {rij}: unknown network {netwerk} (known: {bekend})",
    ),
    "statushouders.lees.onbekende_code": (
        "rij {rij}: onbekende gemeentecode {code}",
        "row {rij}: unknown gemeentecode {code}",
    ),
    "statushouders.lees.naam_past_niet": (
        "rij {rij}: gemeentenaam {gemeentenaam} past niet bij {code} ({naam})",
        "row {rij}: gemeentenaam {gemeentenaam} does not fit {code} ({naam})",
    ),
    "statushouders.lees.dubbel": (
        "rij {rij}: {code} staat al in {netwerk} (rij {eerder})",
        "row {rij}: {code} is already in {netwerk} (row {eerder})",
    ),
    "statushouders.lees.geen_rijen": ("{bestand}: geen rijen", "{bestand}: no rows"),
    "statushouders.lees.geen_code": (
        "rij {rij}: {kolom} {code} is geen gemeentecode (GM + 4 cijfers)",
        "row {rij}: {kolom} {code} is not a gemeentecode (GM + 4 digits)",
    ),
    "statushouders.lees.herverdeling_dubbel": (
        "rij {rij}: {code} staat al in besluit {besluit} (rij {eerder})",
        "row {rij}: {code} is already in decision {besluit} (row {eerder})",
    ),
    "statushouders.lees.herverdeling_een": (
        "rij {rij}: besluit {besluit} noemt één gemeente; een herverdeling (art. 29 lid 2) is een besluit "
        "van twee of meer gemeenten",
        "row {rij}: decision {besluit} names one gemeente; a herverdeling (art. 29 lid 2) is a decision of "
        "two or more gemeenten",
    ),
    "statushouders.lees.herindeling_anders": (
        "rij {rij}: {code} heeft een andere datum of gemeentenaam dan in rij {eerder}",
        "row {rij}: {code} has another datum or gemeentenaam than in row {eerder}",
    ),
    "statushouders.lees.deel_dubbel": (
        "rij {rij}: {code} gaat al op in een herindeling (rij {eerder})",
        "row {rij}: {code} already merges in a herindeling (row {eerder})",
    ),
    "statushouders.lees.herindeling_een": (
        "rij {rij}: {code} heeft één samenstellend deel; een herindeling (art. 30) voegt twee of meer "
        "gemeenten samen",
        "row {rij}: {code} has one component part; a herindeling (art. 30) merges two or more gemeenten",
    ),
    # -- command line (asielketen/_cli/statushouders.py) --------------------------------------------------
    "statushouders.cli.landelijk": (
        "landelijk={tekst}: een aantal is een geheel getal ≥ 0",
        "landelijk={tekst}: a count is a whole number ≥ 0",
    ),
    "statushouders.cli.peildatum_nodig": (
        "--vng-actie vraagt een peildatum (JJJJ-MM-DD)",
        "--vng-actie needs a peildatum (YYYY-MM-DD)",
    ),
    "statushouders.cli.alleen_taakstelling": (
        "--halfjaar, --landelijk, --landelijk-versie, --inwoners, --herverdeling en --herindeling horen "
        "bij de taakstelling",
        "--halfjaar, --landelijk, --landelijk-versie, --inwoners, --herverdeling and --herindeling belong "
        "to the taakstelling",
    ),
    "statushouders.cli.halfjaar_nodig": (
        "geef --halfjaar JJJJ-H1/JJJJ-H2 (of --vng-actie)",
        "give --halfjaar YYYY-H1/YYYY-H2 (or --vng-actie)",
    ),
    "statushouders.cli.alleen_vng": (
        "--peildatum en --netwerken horen bij --vng-actie",
        "--peildatum and --netwerken belong to --vng-actie",
    ),
    "statushouders.cli.waarde_taakstelling": (
        "taakstelling {gemeentenaam} {halfjaar}: {taakstelling}",
        "taakstelling {gemeentenaam} {halfjaar}: {taakstelling}",
    ),
    "statushouders.cli.kop_taakstelling": (
        "Taakstelling huisvesting vergunninghouders {halfjaar} (Huisvestingswet 2014 art. 29)",
        "Taakstelling for housing vergunninghouders {halfjaar} (Huisvestingswet 2014 art. 29)",
    ),
    "statushouders.cli.landelijk_aantal": ("landelijk aantal (vg): {vg}", "national number (vg): {vg}"),
    "statushouders.cli.inwoners_nederland": (
        "inwoners Nederland (iN) op {peildatum}: {i_n}",
        "inhabitants of the Netherlands (iN) on {peildatum}: {i_n}",
    ),
    "statushouders.cli.som": (
        "som van de taakstellingen: {som} (+{overschot} door naar boven afronden)",
        "sum of the taakstellingen: {som} (+{overschot} through rounding up)",
    ),
    "statushouders.cli.herindeling": (
        "herindeling (art. 30) per {datum}: {delen} → {gemeentecode} {gemeentenaam}",
        "herindeling (art. 30) as of {datum}: {delen} → {gemeentecode} {gemeentenaam}",
    ),
    "statushouders.cli.herindeling_later": (
        "herindeling tot {gemeentecode} {gemeentenaam} gaat pas in op {datum}: telt niet voor {halfjaar}",
        "herindeling into {gemeentecode} {gemeentenaam} takes effect only on {datum}: does not count for "
        "{halfjaar}",
    ),
    "statushouders.cli.herverdeling": (
        "herverdeling (art. 29 lid 2){omschrijving}: {wijzigingen}",
        "herverdeling (art. 29 lid 2){omschrijving}: {wijzigingen}",
    ),
    "statushouders.cli.vng_geen_netwerk": ("geen netwerk (zie referentie)", "no network (see reference)"),
    "statushouders.cli.vng_onbekend": (
        "lidmaatschap onbekend (ledenlijst {netwerken} onvolledig; zie referentie)",
        "membership unknown (member list {netwerken} incomplete; see reference)",
    ),
    "statushouders.cli.vng_circa": ("circa {plekken} ({netwerk})", "about {plekken} ({netwerk})"),
    "statushouders.cli.waarde_vng": (
        "VNG-actie {gemeentenaam}: {tekst}",
        "VNG action {gemeentenaam}: {tekst}",
    ),
    "statushouders.cli.kop_vng": (
        "VNG-actie versneld huisvesten statushouders (brief 28 mei 2026), peildatum {peildatum}",
        "VNG action versneld huisvesten statushouders (letter of 28 May 2026), peildatum {peildatum}",
    ),
    "statushouders.cli.vng_totaal": (
        "totaal indicatief: circa {totaal} extra plekken; {zonder} gemeenten zonder netwerk",
        "indicative total: about {totaal} extra places; {zonder} gemeenten without a network",
    ),
    "statushouders.cli.vng_totaal_bekend": (
        "totaal indicatief over de bekende leden: circa {totaal} extra plekken van {met} gemeenten; van "
        "{onbekend} gemeenten is het netwerk onbekend (ledenlijst {netwerken} onvolledig)",
        "indicative total over the known members: about {totaal} extra places from {met} gemeenten; for "
        "{onbekend} gemeenten the network is unknown (member list {netwerken} incomplete)",
    ),
}
