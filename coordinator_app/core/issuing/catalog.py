"""The document kinds: their labels, template blocks, and the fields and conditions their
wording may use (checked when a template is edited)."""

from __future__ import annotations

from dataclasses import dataclass

from coordinator_app.core.issuing.defaults import DEFAULT_TEMPLATES
from coordinator_app.i18n import N_, _

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
        "numer",
        "data_wydania",
        "imie_nazwisko",
        "data_urodzenia",
    }
)
AGE_FLAGS = frozenset({"maloletni", "od_13_do_17", "ponizej_13", "pelnoletni"})


@dataclass(frozen=True)
class KindSpec:
    kind: str
    label_msgid: str  # English, translated for the UI
    numbered: bool  # gets a number from its pattern and a register entry
    fields: frozenset[str]
    flags: frozenset[str]

    @property
    def label(self) -> str:
        return _(self.label_msgid)

    @property
    def blocks(self) -> tuple[str, ...]:
        return tuple(DEFAULT_TEMPLATES[self.kind])


def _spec(kind: str, label: str, fields: set[str], flags: set[str], *, numbered: bool = True) -> KindSpec:
    return KindSpec(kind, label, numbered, COMMON_FIELDS | fields, frozenset(flags))


KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        _spec(
            "agreement",
            N_("Agreement"),
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
            },
        ),
        _spec(
            "annex",
            N_("Agreement annex"),
            {"numer_porozumienia", "data_porozumienia", "data_aneksu", "reprezentant", "opiekun", "zmiany"},
            set(AGE_FLAGS),
        ),
        _spec(
            "termination",
            N_("Termination of an agreement"),
            {"numer_porozumienia", "data_porozumienia", "data_rozwiazania", "reprezentant", "powod"},
            {"za_porozumieniem", "przez_ops", "przez_wolontariusza", "wygasniecie", "powod"},
        ),
        _spec(
            "certificate",
            N_("Certificate of volunteer services"),
            {"data_od", "data_do", "godziny", "porozumienia", "cel", "sporzadzil"},
            {"zakonczone", "godziny", "szkolenia", "porozumienie", "cel"},
        ),
        _spec(
            "opinion",
            N_("Opinion on volunteer services"),
            {"okres", "podstawa", "godziny", "godziny_miesiecznie", "kryteria"},
            {"godziny", "regularnie", "kryteria"},
        ),
        _spec(
            "training_certificate",
            N_("Training certificate"),
            {"tytul", "organizator", "data_szkolenia", "miejsce", "wymiar", "prowadzacy"},
            {"ukonczone", "zdalne", "program"},
        ),
        _spec(
            "referral",
            N_("Referral to a client"),
            {"numer_porozumienia", "rodzaj_dzialania", "data_od", "harmonogram", "miejsce"},
            {"harmonogram", "miejsce"},
        ),
        _spec("timesheet", N_("Monthly hours card"), {"miesiac_rok", "numer_porozumienia"}, set()),
        _spec("thanks", N_("Thank-you diploma"), {"rok", "godziny", "godziny_biernik"}, {"godziny"}),
        _spec("intake_form", N_("Blank intake form"), set(), set(), numbered=False),
    )
}


def spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(_("Unknown document kind: {kind}.").format(kind=kind)) from None
