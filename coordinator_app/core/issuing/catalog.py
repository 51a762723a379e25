"""The document kinds, and the registry of what issuing needs to know about each.

`DocumentKind` names every printed document; its values are stored in the database (the
issued-documents register, the templates, the `numbering.<kind>` settings) and, with `_` written
`-`, they are the command line's KIND. `KINDS` holds the kinds issued through the service (all
but the attendance list, which is printed straight from a training's sheet): the label, the default
wording, whether it is numbered and its default number pattern, whether the number belongs to its record, the
fields and conditions its wording may use (checked when a template is edited), the function of
assembly.py that assembles its data, and what issuing records on the record itself.

How each kind is printed (page content, title, print options, what --id names) is declared by
its module in coordinator_app/output/documents/kinds/; core never imports output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from coordinator_app.core.issuing import assembly, defaults
from coordinator_app.db.models import Agreement, AgreementAnnex, Attendance, Partner
from coordinator_app.i18n import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import QueryableAttribute, Session

    from coordinator_app.core.issuing.service import DocumentRequest
    from coordinator_app.core.issuing.snapshot import Assembled, Snapshot

    Assembler = Callable[[Session, DocumentRequest, dt.date], Assembled]
    # (session, snapshot, the number or the template version, date of issue)
    Recorder = Callable[[Session, Snapshot, str, dt.date], None]
    Issued = Callable[[Session, Snapshot, int, dt.date], None]


class DocumentKind(StrEnum):
    AGREEMENT = "agreement"
    ANNEX = "annex"
    TERMINATION = "termination"
    EXPIRY = "expiry"
    REFERRAL = "referral"
    TIMESHEET = "timesheet"
    CERTIFICATE = "certificate"
    OPINION = "opinion"
    THANKS = "thanks"
    TRAINING_CERTIFICATE = "training_certificate"
    ATTENDANCE_LIST = "attendance_list"
    INTAKE_FORM = "intake_form"
    RESIDENCE_STATEMENT = "residence_statement"
    NO_RECORD_STATEMENT = "no_record_statement"
    AUTHORISATION = "authorisation"
    CONFIDENTIALITY_STATEMENT = "confidentiality_statement"
    IMAGE_CONSENT = "image_consent"
    PROCESSING_REGISTER = "processing_register"
    ACTION_SIGNUP_SHEET = "action_signup_sheet"
    ACTION_ATTENDANCE_SHEET = "action_attendance_sheet"
    COALITION_ATTENDANCE = "coalition_attendance"
    COALITION_MINUTES = "coalition_minutes"
    PROGRAMME = "programme"
    COOPERATION_AGREEMENT = "cooperation_agreement"

    @property
    def cli_name(self) -> str:
        """The command line's KIND: `training-certificate`."""
        return self.value.replace("_", "-")


COMMON_FIELDS = frozenset(
    {
        "nazwa_ops",
        "nazwa_ops_dopelniacz",
        "adres_ops",
        "nip",
        "regon",
        "miejscowosc",
        "kierownik",
        "kierownik_stanowisko",
        "koordynator",
        "koordynator_kontakt",
        "iod",
        "kontakt_ops",
        "retencja",
        "numer",
        "data_wydania",
        "imie_nazwisko",
        "data_urodzenia",
        "osoba",
        "zwrot",
        "siedziba",
    }
)
AGE_FLAGS = frozenset({"maloletni", "od_13_do_17", "ponizej_13", "pelnoletni"})


@dataclass(frozen=True)
class KindSpec:
    kind: DocumentKind
    label_msgid: str  # English, translated for the UI
    wording: dict[str, str]  # the default template (defaults/), version 1 of its wording
    numbered: bool  # gets a number from its pattern and a register entry
    fields: frozenset[str]
    flags: frozenset[str]
    assemble: Assembler
    pattern: str = ""  # the default number pattern (numbered kinds)
    # where the record keeps its own number (agreement, annex, training certificate): the
    # numbering looks there too, and the same content is the same document whenever printed
    number_columns: tuple[QueryableAttribute[str] | QueryableAttribute[str | None], ...] = ()
    on_numbered: Recorder | None = None  # records a new number on the record
    on_issued: Issued | None = None  # records the issue on the record

    @property
    def keeps_number(self) -> bool:
        return bool(self.number_columns)

    @property
    def label(self) -> str:
        return _(self.label_msgid)

    @property
    def blocks(self) -> tuple[str, ...]:
        return tuple(self.wording)


def _spec(
    kind: DocumentKind,
    label: str,
    wording: dict[str, str],
    fields: set[str],
    flags: set[str],
    assemble: Assembler,
    pattern: str = "",
    *,
    number_columns: tuple[QueryableAttribute[str] | QueryableAttribute[str | None], ...] = (),
    on_numbered: Recorder | None = None,
    on_issued: Issued | None = None,
) -> KindSpec:
    """A numbered kind names its default pattern; one without a pattern is not numbered."""
    return KindSpec(
        kind,
        label,
        wording,
        bool(pattern),
        COMMON_FIELDS | fields,
        frozenset(flags),
        assemble,
        pattern,
        number_columns,
        on_numbered,
        on_issued,
    )


KINDS: dict[str, KindSpec] = {
    spec.kind.value: spec
    for spec in (
        _spec(
            DocumentKind.AGREEMENT,
            N_("Agreement"),
            defaults.AGREEMENT,
            {
                "data_zawarcia",
                "miejsce_zawarcia",
                "reprezentant",
                "adres_wolontariusza",
                "identyfikator",
                "opiekun",
                "opiekun_stosunek",
                "opiekun_adres",
                "opiekun_telefon",
                "rodzaje_dzialan",
                "zakres",
                "sposob",
                "czas",
                "data_od",
                "data_do",
                "okres",
                "warunki_rozwiazania",
                "zasady_kosztow",
                "zakres_zwolnienia",
                "ubezpieczyciel_nnw",
                "polisa_nnw",
                "polisa_oc",
                "klauzula_rodo",
                "informacje_bhp",
                "informacje_zdrowie",
                "zgoda_zdrowie_data",
                "zgoda_zdrowie_kto",
                "par_podstawa",
                "par_zakres",
                "par_sposob",
                "par_czas",
                "par_obowiazki_ops",
                "par_koszty",
                "par_ubezpieczenie",
                "par_obowiazki",
                "par_kwalifikacje",
                "par_rozwiazanie",
                "par_maloletni",
                "par_dane",
                "par_koncowe",
                "zal_bhp",
                "zal_poufnosc",
                "zal_koszty",
                "zal_opiekun",
                "zal_rodo",
                "zal_wizerunek",
                "zal_standardy",
                "opiekun_na_miejscu",
                "dojazd",
            },
            set(AGE_FLAGS)
            | {
                "bez_terminu",
                "nnw",
                "ustawowe",
                "polisa",
                "oc",
                "koszty",
                "zwolnienie_z_kosztow",
                "praca_z_dziecmi",
                "kwalifikacje",
                "kwalifikacje_lub_dzieci",
                "wizerunek",
                "rodzaje",
                "koordynator",
                "formularz_zwolnienia",
                "ryzyka",
                "zdrowie",
                "zgoda_zdrowie",
                "towarzyszy",
                "dojazd",
            },
            assembly.agreement,
            "W/{nr}/{rrrr}",
            number_columns=(Agreement.number,),
            on_issued=assembly.record_agreement_template,
        ),
        _spec(
            DocumentKind.ANNEX,
            N_("Agreement annex"),
            defaults.ANNEX,
            {"numer_porozumienia", "data_porozumienia", "data_aneksu", "reprezentant", "opiekun", "zmiany"},
            set(AGE_FLAGS),
            assembly.annex,
            "AN/{nr}/{rrrr}",
            number_columns=(AgreementAnnex.number,),
        ),
        _spec(
            DocumentKind.TERMINATION,
            N_("Termination of an agreement"),
            defaults.TERMINATION,
            {
                "numer_porozumienia",
                "data_porozumienia",
                "data_rozwiazania",
                "reprezentant",
                "powod",
                "data_wypowiedzenia",
                "sposob_doreczenia",
                "okres_wypowiedzenia",
                "opiekun",
            },
            set(AGE_FLAGS)
            | {
                "za_porozumieniem",
                "przez_ops",
                "przez_wolontariusza",
                "wygasniecie",
                "powod",
                "wypowiedzenie",
                "doreczenie",
                "skrocone",
            },
            assembly.termination,
            "RP/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.EXPIRY,
            N_("Confirmation of the expiry of an agreement"),
            defaults.EXPIRY,
            {"numer_porozumienia", "data_porozumienia", "okres", "data_wygasniecia", "reprezentant"},
            set(AGE_FLAGS),
            assembly.expiry,
            "WP/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.CERTIFICATE,
            N_("Certificate of volunteer services"),
            defaults.CERTIFICATE,
            {"data_od", "data_do", "godziny", "porozumienia", "cel", "sporzadzil"},
            {"zakonczone", "jeden_dzien", "godziny", "szkolenia", "jedno_szkolenie", "porozumienie", "cel"},
            assembly.certificate,
            "Z/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.OPINION,
            N_("Opinion on volunteer services"),
            defaults.OPINION,
            {"okres", "podstawa", "godziny", "godziny_miesiecznie", "kryteria"},
            {"godziny", "regularnie", "kryteria"},
            assembly.opinion,
            "OP/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.TRAINING_CERTIFICATE,
            N_("Training certificate"),
            defaults.TRAINING_CERTIFICATE,
            {"tytul", "organizator", "data_szkolenia", "miejsce", "wymiar", "prowadzacy"},
            {"ukonczone", "zdalne", "program", "prowadzacy_plec"},
            assembly.training_certificate,
            "S/{nr}/{rrrr}",
            number_columns=(Attendance.certificate_number,),
            on_numbered=assembly.record_training_certificate_number,
        ),
        _spec(
            DocumentKind.REFERRAL,
            N_("Referral to a client"),
            defaults.REFERRAL,
            {
                "numer_porozumienia",
                "rodzaj_dzialania",
                "data_od",
                "data_do",
                "harmonogram",
                "miejsce",
                "opiekun_na_miejscu",
            },
            {"harmonogram", "miejsce", "ponizej_13", "towarzyszy", "do_dnia", "jeden_dzien"},
            assembly.referral,
            "SK/{nr}/{rrrr}",
            on_issued=assembly.record_referral_date,
        ),
        _spec(
            DocumentKind.TIMESHEET,
            N_("Monthly hours card"),
            defaults.TIMESHEET,
            {"miesiac_rok", "numer_porozumienia"},
            {"ponizej_13"},
            assembly.timesheet,
            "KCP/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.THANKS,
            N_("Thank-you diploma"),
            defaults.THANKS,
            {"rok", "godziny", "godziny_biernik"},
            {"godziny", "maloletni"},
            assembly.thanks,
            "PD/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.RESIDENCE_STATEMENT,
            N_("Statement on the countries of residence (art. 21)"),
            defaults.RESIDENCE_STATEMENT,
            {"obywatelstwo"},
            set(AGE_FLAGS) | {"nieletni"},
            assembly.residence_statement,
            "OZ/{nr}/{rrrr}",
            on_issued=assembly.link_statement,
        ),
        _spec(
            DocumentKind.NO_RECORD_STATEMENT,
            N_("Statement on a country without criminal-record information (art. 21)"),
            defaults.NO_RECORD_STATEMENT,
            {"panstwo"},
            set(AGE_FLAGS) | {"nieletni"},
            assembly.no_record_statement,
            "OB/{nr}/{rrrr}",
            on_issued=assembly.link_statement,
        ),
        _spec(
            DocumentKind.INTAKE_FORM,
            N_("Blank intake form"),
            defaults.INTAKE_FORM,
            set(),
            set(),
            assembly.intake_form,
        ),
        _spec(
            DocumentKind.AUTHORISATION,
            N_("Authorisation to process personal data"),
            defaults.AUTHORISATION,
            {"zakres", "wazne_do"},
            set(AGE_FLAGS),
            assembly.authorisation,
            "UPD/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.CONFIDENTIALITY_STATEMENT,
            N_("Confidentiality statement"),
            defaults.CONFIDENTIALITY_STATEMENT,
            set(),
            set(AGE_FLAGS),
            assembly.confidentiality_statement,
            "OP/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.IMAGE_CONSENT,
            N_("Consent to the use of the image"),
            defaults.IMAGE_CONSENT,
            {"zakres"},
            set(AGE_FLAGS),
            assembly.image_consent,
            "ZW/{nr}/{rrrr}",
        ),
        _spec(
            DocumentKind.PROCESSING_REGISTER,
            N_("Register of processing activities"),
            defaults.PROCESSING_REGISTER,
            set(),
            set(),
            assembly.processing_register,
        ),
        _spec(
            DocumentKind.COOPERATION_AGREEMENT,
            N_("Cooperation agreement with a partner"),
            defaults.COOPERATION_AGREEMENT,
            {
                "data_zawarcia",
                "miejsce_zawarcia",
                "reprezentant",
                "partner",
                "partner_siedziba",
                "partner_adres",
                "partner_identyfikatory",
                "partner_reprezentant",
                "zakres_partnera",
                "kontakt_partnera",
                "data_do",
            },
            {"bez_terminu", "zakres", "kontakt"},
            assembly.cooperation_agreement,
            "PW/{nr}/{rrrr}",
            number_columns=(Partner.agreement_number,),
            on_numbered=assembly.record_cooperation_agreement_number,
        ),
    )
}

# The default wording of every issued kind, stored as version 1 of its template when first used.
DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {kind: kind_spec.wording for kind, kind_spec in KINDS.items()}


def spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(_("Unknown document kind: {kind}.").format(kind=kind)) from None
