"""The check of one household against the nareisactie: :func:`beoordeel_nareis`.

It asks every legal matter in turn — the action and its date, the household's size and phase,
the gemeente's consent, the nature of the stay (temporary in phase 1), the relation to the
referent, the arrival, the referent's home, the registrations — and concludes: the outcome is the
best the route allows, capped by every reason found (ADR 0004), with what would improve it. From 19
December 2025 it adds, beside the outcome and without changing it, the hotel route for nareizigers
still in the opvang (press; ``_hotel``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from attrs import Attribute, evolve, field

from .._klasse import frozen
from .._openbaar import publiceer_hier
from .._validation import van_soort
from ..bronregister import bron, bronnen_versie
from ..errors import InvalidInputError
from ..explain import Redenering, Uitkomst
from ..parameters import parameterversie
from ..periods import as_date
from ..taal import Bericht, bericht, letterlijk, samengevoegd
from ._fase import check_fase2_vanaf, fase2_is_open, toets_fase2
from ._gemeenschappelijk import (
    BESTAND,
    als_berichten,
    als_tuple,
    check_bool,
    check_count,
    check_enum,
    check_optional_bool,
)
from ._hotel import Hotelplaatsing, check_hotel_invoer, hotelroute_geldt, stappen_hotel
from ._huishouden import Huishouden
from ._instemming import toets_instemming
from ._nareisactie import check_aankomst, stap_aankondiging, toets_aankomst
from ._omvang import Route, toets_omvang
from ._parameters import regels
from ._registratie import toets_registraties
from ._relatie import toets_relatie
from ._uitkomst import Nareisuitkomst, Reden, Redencode, Toetsing
from ._verblijf import toets_verblijf
from ._woning import Woninglezing, toegepaste_lezing, toets_gehuisvest, toets_woning


def _check_optional_hotel(_: object, attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        van_soort(
            attribute.name, value, Hotelplaatsing, reden=lambda: bericht("nareizigers.fout.hotel_of_none")
        )


@frozen(kw_only=True)
class Nareisbeoordeling:
    """The result of :func:`beoordeel_nareis` for one household at a peildatum."""

    peildatum: date
    """The reference date of the check."""
    uitkomst: Nareisuitkomst = field(validator=check_enum(Nareisuitkomst))
    """The outcome."""
    aantal_nareizigers: int = field(validator=check_count)
    """The household's number of nareizigers."""
    route: Route = field(validator=check_enum(Route))
    """The part of the action the household's size points to."""
    fase2_open: bool = field(validator=check_bool)
    """True when phase 2 was open on the peildatum (a user-given opening date)."""
    woninglezing: Woninglezing = field(validator=check_enum(Woninglezing))
    """The reading applied to an unapproved dwelling."""
    redenen: tuple[Reden, ...] = field(default=(), converter=als_tuple)
    """Every reason found, blocking or not, in the order of :class:`Redencode`."""
    wat_verandert: tuple[Bericht, ...] = field(default=(), converter=als_berichten)
    """What would improve the outcome (phrases in every language); empty when in scope, or when
    nothing within the action would help."""
    verblijf_tijdelijk: bool | None = field(default=None, validator=check_optional_bool)
    """True when the household's route places it *temporarily* with the referent (phase 1:
    "tijdelijk bij de referent konden verblijven", VNG-2025-10-13); ``None`` when the letter does
    not say (phase 2) or the household is outside the action."""
    hotel: Hotelplaatsing | None = field(default=None, validator=_check_optional_hotel)
    """The hotel route beside the action (press, from 19 December 2025) when it concerns the
    household: someone still in the opvang, or a placement date or backlog given; else ``None``."""

    @property
    def blokkerende_redenen(self) -> tuple[Reden, ...]:
        """The reasons that cap the outcome."""
        return tuple(r for r in self.redenen if r.blokkeert)

    @property
    def verandering(self) -> Bericht:
        """One sentence, in every language: what would change the outcome."""
        if self.uitkomst is Nareisuitkomst.BINNEN_ACTIE:
            if self.verblijf_tijdelijk:
                return bericht("nareizigers.verandering.niets_tijdelijk")
            return bericht("nareizigers.verandering.niets")
        if not self.wat_verandert:
            return bericht("nareizigers.verandering.geen")
        return bericht("nareizigers.verandering.wat", wat=samengevoegd(self.wat_verandert, letterlijk("; ")))


def beoordeel_nareis(
    huishouden: Huishouden,
    peildatum: date,
    *,
    fase2_vanaf: date | None = None,
    woning_blokkeert: bool | None = None,
    achterstand_taakstelling: bool | None = None,
    hotel_sinds: date | None = None,
) -> Uitkomst[Nareisbeoordeling]:
    """Check whether a household falls under the nareisactie on ``peildatum`` and may move in.

    ``fase2_vanaf`` is the opening date of phase 2 (households of three to four, with the
    gemeente's consent); it is not known, so it is unset by default and phase 2 is then closed.
    ``woning_blokkeert`` chooses the reading of an unapproved dwelling: ``None`` takes the shipped
    default (the COA condition: it blocks), ``False`` applies the press reading (reported, not
    blocking). Every reason found is listed, each with its sources and what would change it. A
    household of phase 1 stays with the referent *temporarily* (``verblijf_tijdelijk``).

    From 19 December 2025 the result also reports the hotel route (``hotel``, press) when someone
    of the household is still in the opvang (``aankomst`` ``None``) or when ``hotel_sinds`` (the day
    of placement in the hotel: at most six months) or ``achterstand_taakstelling`` (is the gemeente
    of destination behind on its taakstelling; ``None``: unknown) is given. It never changes the
    outcome.

    Raises :class:`~asielketen.errors.InvalidInputError` for an arrival after the peildatum, a
    phase-2 date before the announcement, a hotel placement before 19 December 2025 or after the
    peildatum, or a backlog given before the hotel route existed; and
    :class:`~asielketen.errors.ParameterNotValidError` for a peildatum before the announcement
    (23 September 2025): the action did not exist yet.
    """
    van_soort("huishouden", huishouden, Huishouden, reden=lambda: bericht("nareizigers.fout.geen_huishouden"))
    peildatum = as_date(peildatum)
    r = regels(peildatum)
    fase2_datum = check_fase2_vanaf(fase2_vanaf, r.aankondiging.waarde)
    lezing, lezing_bronnen = toegepaste_lezing(woning_blokkeert, r)
    check_aankomst(huishouden.nareizigers, peildatum)
    hotel = _hotel_gevraagd(huishouden, peildatum, hotel_sinds, achterstand_taakstelling)

    rd = Redenering()
    rd.gebruikt(parameterversie(BESTAND), bronnen_versie())
    t = Toetsing(rd, huishouden.nareizigers)
    stap_aankondiging(t, r, peildatum)  # 1. the action and its date
    route, basis = toets_omvang(t, r)  # 2. the household's size: which phase
    if route is Route.FASE2:
        toets_fase2(t, fase2_datum, peildatum)
        toets_instemming(t, huishouden.instemming_gemeente)
    tijdelijk = toets_verblijf(t, r, route)  # 3. the stay with the referent: temporary?
    toets_relatie(t, huishouden.referent)  # 4. the relation to the referent
    toets_aankomst(t, r)  # 5. no arrival before the announcement
    toets_gehuisvest(t, huishouden.referent)  # 6. the referent is housed
    toets_woning(t, huishouden.woning_goedgekeurd, lezing, lezing_bronnen)  # 7. the dwelling
    toets_registraties(t)  # 8. the registrations
    beoordeling = _conclusie(  # 9. the outcome
        t,
        basis,
        peildatum=peildatum,
        route=route,
        fase2_open=fase2_is_open(fase2_datum, peildatum),
        woninglezing=lezing,
        verblijf_tijdelijk=tijdelijk,
    )
    if hotel is not None:  # 10. beside the outcome: the hotel route (press)
        beoordeling = evolve(beoordeling, hotel=stappen_hotel(t.rd, peildatum, *hotel))
    return t.rd.uitkomst(beoordeling)


def _hotel_gevraagd(
    huishouden: Huishouden, peildatum: date, hotel_sinds: object, achterstand: object
) -> tuple[date | None, bool | None] | None:
    """The checked hotel input when the hotel route concerns the household, else ``None``.

    It does when the route exists on the peildatum and someone is still in the opvang, or when a
    placement date or a backlog is given; giving either before the route existed is refused.
    """
    geplaatst, achterstand_ = check_hotel_invoer(peildatum, hotel_sinds, achterstand, veld="hotel_sinds")
    if not hotelroute_geldt(peildatum):
        if achterstand_ is not None:
            raise InvalidInputError(
                "achterstand_taakstelling",
                achterstand_,
                bericht("nareizigers.fout.hotel_nog_niet", peildatum=peildatum),
            )
        return None
    nog_in_opvang = any(n.aankomst is None for n in huishouden.nareizigers)
    if nog_in_opvang or geplaatst is not None or achterstand_ is not None:
        return geplaatst, achterstand_
    return None


def _conclusie(
    t: Toetsing,
    basis: Nareisuitkomst,
    *,
    peildatum: date,
    route: Route,
    fase2_open: bool,
    woninglezing: Woninglezing,
    verblijf_tijdelijk: bool | None,
) -> Nareisbeoordeling:
    """The outcome: the best ``basis`` allows, capped by every blocking reason; its step."""
    redenen = t.geordende_redenen()
    uitkomst = min([basis, *(x.hoogstens for x in redenen if x.hoogstens is not None)])
    beoordeling = Nareisbeoordeling(
        peildatum=peildatum,
        uitkomst=uitkomst,
        aantal_nareizigers=t.totaal,
        route=route,
        fase2_open=fase2_open,
        woninglezing=woninglezing,
        redenen=redenen,
        wat_verandert=_wat_verandert(uitkomst, redenen),
        verblijf_tijdelijk=verblijf_tijdelijk,
    )
    t.rd.stap(
        bericht(
            "nareizigers.stap.conclusie",
            omschrijving=uitkomst.omschrijving,
            aantal=len(beoordeling.blokkerende_redenen),
            verandering=beoordeling.verandering,
        ),
        bron("VNG-2025-10-13"),
        uitkomst=uitkomst.value,
    )
    return beoordeling


def _wat_verandert(uitkomst: Nareisuitkomst, redenen: Sequence[Reden]) -> tuple[Bericht, ...]:
    """What would lift the blocking reasons, in order; nothing when one of them is structural.

    The gemeente's consent and the opening of phase 2 read as one phrase ("with the consent of the
    gemeente as soon as phase 2 opens").
    """
    if uitkomst is Nareisuitkomst.BINNEN_ACTIE:
        return ()
    blokkerend = [x for x in redenen if x.blokkeert]
    if any(x.wat_verandert is None for x in blokkerend):
        return ()  # a structural reason: nothing within the action lifts it
    codes = {x.code for x in blokkerend}
    result: list[Bericht] = []
    for x in blokkerend:
        assert x.wat_verandert is not None
        if x.code is Redencode.GEEN_INSTEMMING_GEMEENTE and Redencode.FASE2_NIET_OPEN in codes:
            continue  # merged into the phase-2 phrase below
        if x.code is Redencode.FASE2_NIET_OPEN and Redencode.GEEN_INSTEMMING_GEMEENTE in codes:
            result.append(bericht("nareizigers.wat.instemming_en", wanneer=x.wat_verandert))
        else:
            result.append(x.wat_verandert)
    return tuple(result)


publiceer_hier(globals())  # the package's public names defined here: asielketen.nareizigers.<name>
