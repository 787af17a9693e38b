"""The foundation in English: errors, citations, cycles and the profile, from the catalogue.

Dutch stays the default and unchanged; English is asked with ``err.tekst("en")``,
``uitleg(taal="en")`` or inside ``in_taal("en")``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asielketen import strategies as aks
from asielketen.apportion import grootste_overschot
from asielketen.bronregister import bron
from asielketen.data import bestand
from asielketen.errors import (
    AmbiguousNameError,
    DataUnavailableError,
    InvalidInputError,
    InvalidPeriodError,
    InvalidSourceError,
    ParameterNotValidError,
    StructureError,
    UnknownNameError,
)
from asielketen.gebied import Gemeente, register
from asielketen.parameters import parameter
from asielketen.periods import Cyclus, Geldigheid, Halfjaar, Parameter, Periode, as_date
from asielketen.profiel import gemeenteprofiel
from asielketen.serialization import from_json, structure
from asielketen.sources import Aanname, Brief, Statistiek, Uitspraak, Wetsartikel
from asielketen.taal import in_taal

B = Aanname(id="test", omschrijving="test")


def test_unknown_gemeente_with_suggestions_in_english() -> None:
    with pytest.raises(UnknownNameError) as exc:
        register().gemeente("Amsterdm")
    e = exc.value
    assert str(e).startswith("gemeente='Amsterdm': onbekende gemeente; bedoelt u 'Amsterdam' of ")
    assert e.tekst("en").startswith("gemeente='Amsterdm': unknown gemeente; did you mean 'Amsterdam' or ")
    assert e.suggesties[0] == "Amsterdam"
    with in_taal("en"):
        assert str(e) == e.tekst("en")


def test_name_of_another_kind_in_english() -> None:
    with pytest.raises(UnknownNameError) as exc:
        register().gemeente("Fryslân")
    assert exc.value.tekst() == "gemeente='Fryslân': onbekende gemeente (Fryslân (PV21) is een provincie)"
    assert exc.value.tekst("en") == "gemeente='Fryslân': unknown gemeente (Fryslân (PV21) is a provincie)"


def test_ambiguous_name_in_english() -> None:
    with pytest.raises(AmbiguousNameError) as exc:
        register().gemeente("Bergen")
    kandidaten = "'Bergen (NH.) (GM0373)', 'Bergen (L.) (GM0893)'"
    assert exc.value.tekst("nl") == f"gemeente='Bergen': meerdere gemeenten passen: {kandidaten}"
    assert exc.value.tekst("en") == f"gemeente='Bergen': more than one gemeente fits: {kandidaten}"


def test_missing_inhabitants_in_english() -> None:
    g = register().gemeente("GM1966")
    with pytest.raises(DataUnavailableError) as exc:
        g.inwoners_op(date(2026, 1, 1))  # shipped: CBS on 2024-01-01 and 2025-01-01
    assert exc.value.tekst("en") == (
        "the number of inhabitants of Het Hogeland (GM1966) on 2026-01-01 is not available "
        "(available: 2024-01-01, 2025-01-01); supply it with Register.met_inwoners() or --inwoners PATH"
    )
    assert "is niet beschikbaar (wel: 2024-01-01, 2025-01-01); lever het aan" in exc.value.tekst("nl")
    zonder = Gemeente(code="GM0001", naam="X", provinciecode="PV20", veiligheidsregiocode="VR01")
    with pytest.raises(DataUnavailableError) as exc:
        zonder.meest_recente_inwoners(date(2025, 1, 1))
    assert exc.value.tekst("nl").endswith("op of vóór 2025-01-01 (wel: geen)")
    assert exc.value.tekst("en").endswith("on or before 2025-01-01 (available: none)")


@pytest.mark.parametrize(
    ("maak", "nl", "en"),
    [
        (
            lambda: Periode(date(2025, 1, 1), date(2024, 1, 1)),
            "tot=datetime.date(2024, 1, 1): een periode eindigt na haar begin (van=2025-01-01); "
            "tot is de eerste dag ná de periode",
            "tot=datetime.date(2024, 1, 1): a period ends after it begins (van=2025-01-01); "
            "tot is the first day after the period",
        ),
        (
            lambda: Halfjaar.parse("2025-H3"),
            "halfjaar='2025-H3': schrijf een halfjaar als JJJJ-H1 of JJJJ-H2",
            "halfjaar='2025-H3': write a half-year as YYYY-H1 or YYYY-H2",
        ),
        (
            lambda: as_date("2025-02-30"),
            "peildatum='2025-02-30': geen geldige datum (JJJJ-MM-DD)",
            "peildatum='2025-02-30': not a valid date (YYYY-MM-DD)",
        ),
        (
            lambda: Cyclus(0),
            "ramingsjaar=0: jaar tussen 1 en 9996",
            "ramingsjaar=0: a year between 1 and 9996",
        ),
    ],
)
def test_bad_period_in_english(maak: Any, nl: str, en: str) -> None:
    with pytest.raises(InvalidPeriodError) as exc:
        maak()
    assert (exc.value.tekst("nl"), exc.value.tekst("en")) == (nl, en)


_HALFJAAR_VORM = re.compile(r"^\s*[0-9]{4}\s*-?\s*[Hh]\s*[12]\s*$")


@given(st.text(max_size=12).filter(lambda t: not _HALFJAAR_VORM.match(t)))
def test_any_bad_halfyear_names_its_value_in_both_languages(tekst: str) -> None:
    with pytest.raises(InvalidPeriodError) as exc:
        Halfjaar.parse(tekst)
    e = exc.value
    assert e.reden_bericht.sleutel == "periodes.halfjaar"
    assert e.tekst("nl") == f"halfjaar={tekst!r}: schrijf een halfjaar als JJJJ-H1 of JJJJ-H2"
    assert e.tekst("en") == f"halfjaar={tekst!r}: write a half-year as YYYY-H1 or YYYY-H2"


def test_parameter_not_valid_in_english() -> None:
    p: Parameter[int] = Parameter(
        naam="normbedrag",
        waarden=[Geldigheid(periode=Periode(date(2024, 1, 1), date(2025, 1, 1)), waarde=61, bron=B)],
    )
    with pytest.raises(ParameterNotValidError) as exc:
        p.op(date(2025, 3, 1))
    assert exc.value.tekst("en") == (
        "parameter 'normbedrag' has no value on 2025-03-01 (last valid on 2024-12-31)"
    )
    with pytest.raises(InvalidPeriodError) as overlap:
        Parameter(
            naam="x",
            waarden=[
                Geldigheid(periode=Periode(date(2024, 1, 1)), waarde=1, bron=B),
                Geldigheid(periode=Periode(date(2025, 1, 1)), waarde=2, bron=B),
            ],
        )
    assert overlap.value.tekst("en").endswith("overlaps [2024-01-01, …); validities must not overlap")
    with pytest.raises(UnknownNameError) as onbekend:
        parameter("statushouders.json", "bestaat.niet")
    assert onbekend.value.tekst("en").startswith(
        "parameter='bestaat.niet': unknown parameter; did you mean 'statushouders."
    )


def test_structure_error_in_english_with_the_same_paths() -> None:
    bad = {
        "code": 12,
        "naam": "Ergens",
        "provinciecode": "PV20",
        "veiligheidsregiocode": "VR99x",
        "inwoners": [{"peildatum": "2024-02-30", "aantal": "veel", "bron": "x"}],
        "extra": 1,
    }
    with pytest.raises(StructureError) as exc:
        structure(bad, Gemeente, veld="gemeente")
    e = exc.value
    nl = [f.tekst("nl") for f in e.fout_berichten]
    en = [f.tekst("en") for f in e.fout_berichten]
    assert [f.rsplit(" @ ", 1)[1] for f in nl] == [f.rsplit(" @ ", 1)[1] for f in en]
    assert "ongeldige waarde voor str (verwacht een tekst, kreeg 12) @ $.code" in nl
    assert "invalid value for str (expected a string, got 12) @ $.code" in en
    assert (
        "invalid value for date (not a valid date (YYYY-MM-DD): '2024-02-30') @ $.inwoners[0].peildatum" in en
    )
    assert "invalid value for int (expected an integer, got 'veel') @ $.inwoners[0].aantal" in en
    assert "extra fields found: extra @ $" in en and "onbekende velden: extra @ $" in nl
    with in_taal("en"):
        assert e.fouten == tuple(en)
    assert e.fouten == tuple(nl)
    # once the types fit, the classes' own validators speak (through the catalogue as well)
    with pytest.raises(StructureError) as waarde:
        structure(
            {"code": "GM12", "naam": "X", "provinciecode": "PV20", "veiligheidsregiocode": "VR99x"}, Gemeente
        )
    assert waarde.value.fout_berichten[0].teksten == (
        "code='GM12': geen geldige gemeentecode (GM + 4 cijfers) @ $",
        "code='GM12': not a valid gemeentecode (GM + 4 digits) @ $",
    )


def test_missing_field_and_bad_json_in_english() -> None:
    with pytest.raises(StructureError) as exc:
        structure({"code": "GM0001"}, Gemeente)
    assert "verplicht veld ontbreekt @ $.naam" in exc.value.fouten
    assert "required field missing @ $.naam" in exc.value.tekst("en")
    with pytest.raises(StructureError) as bad:
        from_json("{niet json", Gemeente)
    assert bad.value.fout_berichten[0].tekst("en").startswith("not valid JSON (")
    assert bad.value.fout_berichten[0].tekst("nl").startswith("geen geldige JSON (")


@given(
    aks.gemeente_objecten(), st.sampled_from(["code", "naam", "provinciecode", "stedelijkheid", "inwoners"])
)
def test_paths_are_the_same_in_every_language(g: Gemeente, veld: str) -> None:
    from asielketen.serialization import unstructure

    data = unstructure(g)
    data[veld] = [True]  # never valid for any of these fields
    try:
        structure(data, Gemeente)
    except StructureError as e:
        paden = {taal: [f.tekst(taal).rsplit(" @ ", 1)[1] for f in e.fout_berichten] for taal in ("nl", "en")}
        assert paden["nl"] == paden["en"] and paden["nl"]
        assert all(p.startswith("$") for p in paden["nl"])
    else:  # pragma: no cover - the value is never valid
        raise AssertionError(veld)


def test_source_errors_and_citations_in_english() -> None:
    with pytest.raises(InvalidSourceError) as exc:
        Uitspraak(id="x", ecli="ECLI:NL:X", instantie="Rb", datum=date(2025, 1, 1))
    assert exc.value.tekst("en") == "ecli='ECLI:NL:X': not a valid ECLI (form: ECLI:NL:RBNNE:2025:4074)"
    art = bron("huisvestingswet.art29.lid1")
    assert isinstance(art, Wetsartikel)
    assert art.citatie == "Huisvestingswet 2014 (BWBR0035303) art. 29 lid 1, tekst geldend op 2026-01-01"
    assert art.tekst("en") == (
        "Huisvestingswet 2014 (BWBR0035303) art. 29 para. 1, text in force on 2026-01-01 [wettekst]"
    )
    brief = bron("VNG-2025-10-13")
    assert isinstance(brief, Brief)
    assert brief.citatie_bericht.tekst("en").startswith("Letter from VNG to ")
    assert B.citatie_bericht.teksten == ("Aanname: test", "Assumption: test")
    with in_taal("en"):  # str() of a source is stable: it may be an argument of bericht()
        assert str(art) == art.tekst("nl")
        assert art.tekst() == art.tekst("en")


def test_cycle_description_per_language_and_stable_str() -> None:
    c = Cyclus(2024)
    assert c.omschrijving.teksten == (
        "cyclus 2024 (verdeling 2025–2026)",
        "cyclus 2024 (allocation for 2025–2026)",
    )
    with in_taal("en"):
        assert str(c) == "cyclus 2024 (verdeling 2025–2026)"


def test_other_foundation_errors_in_english() -> None:
    with pytest.raises(UnknownNameError) as exc:
        bestand("bestaat.csv")
    assert "unknown data file" in exc.value.tekst("en") and "onbekende gegevensbestand" in str(exc.value)
    with pytest.raises(UnknownNameError) as bron_exc:
        bron("VNG-2025-10-14")
    assert bron_exc.value.tekst("en").startswith(
        "bron='VNG-2025-10-14': unknown source; did you mean 'VNG-2025-10-13'"
    )
    with pytest.raises(UnknownNameError) as net:
        register().netwerk("G5")
    assert net.value.tekst("en").startswith("netwerk='G5': unknown network; did you mean")
    with pytest.raises(InvalidInputError) as nul:
        grootste_overschot(3, {"a": 0})
    assert str(nul.value) == "gewichten='alle 0': kan 3 niet verdelen over gewicht 0"
    assert nul.value.tekst("en") == "gewichten='alle 0': cannot divide 3 over a total weight of 0"


def test_profile_explanation_in_english() -> None:
    u = gemeenteprofiel("Het Hogeland", peildatum=date(2025, 6, 1))
    en = u.uitleg(taal="en")
    assert (
        "  1. Het Hogeland (GM1966) lies in the provincie Groningen and the veiligheidsregio Groningen." in en
    )
    assert "  2. Het Hogeland had 48178 inhabitants on 2025-01-01." in en  # the newest on the peildatum
    assert (
        "Spreidingswet, cyclus 2024 (allocation for 2025–2026): with a national need of 96000, the "
        "indicative number for Het Hogeland by inhabitants is 258 places" in en
    )
    nl = u.uitleg()
    assert "  2. Het Hogeland had 48178 inwoners op 2025-01-01." in nl
    assert "Spreidingswet, cyclus 2024 (verdeling 2025–2026): bij een landelijke behoefte van 96000" in nl
    assert nl != en and len(nl.splitlines()) == len(en.splitlines())
    with in_taal("en"):
        assert u.uitleg() == en
    ontbreekt = [s for s in u.stappen if s.bericht.sleutel == "profiel.ontbreekt"]
    assert ontbreekt, "the VNG action is not yet known on 2025-06-01"
    assert (
        ontbreekt[0]
        .bericht.tekst("en")
        .startswith("For the VNG action versneld huisvesten, a figure is missing: parameter ")
    )


@given(aks.bronnen())
def test_every_source_cites_itself_in_every_language(b: Any) -> None:
    nl, en = b.tekst("nl"), b.tekst("en")
    assert nl == str(b) and nl.endswith(f" [{b.status.value}]") and en.endswith(f" [{b.status.value}]")
    assert b.citatie == b.citatie_bericht.nl and b.citatie_bericht.teksten == (
        nl[: -len(b.status.value) - 3],
        en[: -len(b.status.value) - 3],
    )
    with in_taal("en"):
        assert str(b) == nl and b.tekst() == en
    if isinstance(b, (Wetsartikel, Brief, Statistiek, Aanname)):  # a frame of words, not only names
        assert nl != en
