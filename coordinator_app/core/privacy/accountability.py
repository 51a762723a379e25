"""Accountability (art. 5 ust. 2, art. 29, 30 RODO; issue 15, point 6): what a volunteer's
authorisation to process data (upoważnienie, art. 29) and confidentiality statement (art. 100
ust. 7 u.p.s.) hold, when they are in force, the image consent, and the default entries of the
register of processing activities for the volunteering module. Pure: no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.i18n import N_, _

AUTHORISATION = "authorisation"
CONFIDENTIALITY = "confidentiality"
KINDS = {
    AUTHORISATION: N_("authorisation to process personal data"),
    CONFIDENTIALITY: N_("confidentiality statement"),
}
DEFAULT_SCOPE = (
    "dane osób objętych wsparciem w zakresie niezbędnym do udzielanej pomocy: imię i nazwisko, "
    "adres, numer telefonu, rodzaj potrzebnej pomocy i wskazówki praktyczne; bez dostępu do "
    "dokumentacji pracownika socjalnego."
)
DEFAULT_IMAGE_SCOPE = (
    "zdjęcia i nagrania z działań wolontariatu na stronie internetowej i w mediach społecznościowych ośrodka"
)
SCOPE_LENGTH = 2000
REASON_AGREEMENT_ENDED = "agreement_ended"


class AccountabilityError(ValueError):
    """Input refused; the message is the sentence for the coordinator."""


@dataclass(frozen=True)
class AuthorisationData:
    kind: str
    issued_on: dt.date
    scope: str
    expires_on: dt.date | None = None


def validate_authorisation(data: AuthorisationData) -> AuthorisationData:
    if data.kind not in KINDS:
        raise ValueError(data.kind)
    scope = " ".join(data.scope.split())
    if not scope:
        raise AccountabilityError(_("Describe the scope of the data the volunteer may process."))
    if len(scope) > SCOPE_LENGTH:
        raise AccountabilityError(
            _("The scope is too long (at most {count} characters).").format(count=SCOPE_LENGTH)
        )
    if data.expires_on is not None and data.expires_on < data.issued_on:
        raise AccountabilityError(_("The expiry date cannot be earlier than the date of issue."))
    return AuthorisationData(data.kind, data.issued_on, scope, data.expires_on)


def in_force(issued_on: dt.date, expires_on: dt.date | None, revoked_on: dt.date | None, on: dt.date) -> bool:
    """Whether an authorisation (or statement) holds on `on`."""
    if issued_on > on:
        return False
    if revoked_on is not None and revoked_on <= on:
        return False
    return expires_on is None or expires_on >= on


@dataclass(frozen=True)
class ActivityEntry:
    """One entry of the register of processing activities (art. 30 ust. 1 lit. b–g)."""

    name: str
    purposes: str
    legal_basis: str
    subjects: str
    data_categories: str
    recipients: str
    transfers: str
    retention: str
    security: str


_SECURITY = (
    "Dane przetwarzane w programie na komputerze ośrodka z kontem chronionym hasłem; kopie "
    "zapasowe szyfrowane; dziennik zmian i odczytów danych o zdrowiu; upoważnienia i oświadczenia "
    "o zachowaniu poufności; dokumenty papierowe w zamykanej szafie."
)
_RETENTION = (
    "Zgodnie z jednolitym rzeczowym wykazem akt (domyślnie kat. B5); do ustalenia z archiwistą i IOD."
)
DEFAULT_REGISTER = (
    ActivityEntry(
        name="Organizacja wolontariatu: wolontariusze",
        purposes="Zawarcie i wykonanie porozumień wolontariackich, ubezpieczenie, zaświadczenia i opinie, "
        "sprawozdawczość",
        legal_basis="Art. 6 ust. 1 lit. b i c RODO; art. 42–46 ustawy o działalności pożytku publicznego "
        "i o wolontariacie; art. 6 ust. 1 lit. a RODO w zakresie danych dobrowolnych (wizerunek)",
        subjects="Wolontariusze, kandydaci na wolontariuszy, "
        "przedstawiciele ustawowi małoletnich wolontariuszy",
        data_categories="Imię i nazwisko, data urodzenia, PESEL, adres, dane kontaktowe, umiejętności i "
        "dostępność, godziny świadczeń, szkolenia",
        recipients="Ubezpieczyciel, organy kontrolne, dostawcy usług informatycznych",
        transfers="Nie dotyczy",
        retention=_RETENTION,
        security=_SECURITY,
    ),
    ActivityEntry(
        name="Weryfikacja wolontariuszy pracujących z małoletnimi",
        purposes="Sprawdzenie w Rejestrze Sprawców Przestępstw na Tle Seksualnym i informacja z KRK",
        legal_basis="Art. 6 ust. 1 lit. c i art. 10 RODO; art. 21 ustawy z dnia 13 maja 2016 r. "
        "o przeciwdziałaniu zagrożeniom przestępczością na tle seksualnym i ochronie małoletnich",
        subjects="Wolontariusze pracujący z małoletnimi",
        data_categories="Imię i nazwisko, PESEL, wynik sprawdzenia w rejestrze, informacja o niekaralności, "
        "oświadczenia o państwach zamieszkania",
        recipients="Nie udostępnia się",
        transfers="Nie dotyczy",
        retention="Do zakończenia współpracy z wolontariuszem; do ustalenia z IOD.",
        security=_SECURITY,
    ),
    ActivityEntry(
        name="Wsparcie osób objętych pomocą przez wolontariuszy",
        purposes="Dobór wolontariusza do potrzeb osoby, organizacja i ewidencja pomocy",
        legal_basis="Art. 6 ust. 1 lit. c i e, art. 9 ust. 2 lit. b RODO; "
        "art. 100 ustawy o pomocy społecznej",
        subjects="Osoby objęte wsparciem i osoby do kontaktu",
        data_categories="Imię i nazwisko, adres, telefon, rodzaj potrzebnej pomocy, informacje o zdrowiu "
        "w zakresie niezbędnym do pomocy",
        recipients="Wolontariusze w zakresie upoważnienia",
        transfers="Nie dotyczy",
        retention=_RETENTION,
        security=_SECURITY,
    ),
)
