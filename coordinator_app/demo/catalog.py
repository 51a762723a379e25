"""The fictitious rural gmina of the demo: its GOPS, villages, streets and yearly events."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

GMINA = "Modrzewo"
GMINA_LOCATIVE = "Modrzewie"
POWIAT = "olszański"
VOIVODESHIP = "podkarpackie"
AREA_CODE = "13"  # landline numbering zone of the region
ORG_DOMAIN = "gops-modrzewo.example"
INSURER = "Przykładowe Towarzystwo Ubezpieczeń S.A."


@dataclass(frozen=True)
class VillageInfo:
    name: str
    locative: str  # "w Jabłonce"
    weight: int  # relative number of inhabitants
    postal_code: str
    post_office: str
    streets: tuple[str, ...] = ()  # empty: a village without streets
    is_solectwo: bool = True


_SEAT_STREETS = (
    "Szkolna", "Kościelna", "Ogrodowa", "Polna", "Leśna", "Sportowa", "3 Maja", "Kwiatowa",
    "Słoneczna", "Rynek", "Jana Pawła II", "Mickiewicza", "Zielona", "Krótka", "Spółdzielcza",
)  # fmt: skip

VILLAGES: tuple[VillageInfo, ...] = (
    VillageInfo("Modrzewo", "Modrzewie", 14, "38-471", "Modrzewo", _SEAT_STREETS),
    VillageInfo("Wola Modrzewska", "Woli Modrzewskiej", 4, "38-471", "Modrzewo"),
    VillageInfo("Jabłonka", "Jabłonce", 5, "38-472", "Lipowiec"),
    VillageInfo("Lipowiec", "Lipowcu", 6, "38-472", "Lipowiec", ("Główna", "Szkolna", "Polna", "Leśna")),
    VillageInfo("Dąbrówka", "Dąbrówce", 4, "38-473", "Stara Wieś"),
    VillageInfo("Zagórze", "Zagórzu", 3, "38-471", "Modrzewo"),
    VillageInfo("Podlesie", "Podlesiu", 2, "38-472", "Lipowiec"),
    VillageInfo("Kamionka", "Kamionce", 3, "38-473", "Stara Wieś"),
    VillageInfo("Łęki", "Łękach", 3, "38-471", "Modrzewo"),
    VillageInfo("Żabnica", "Żabnicy", 2, "38-473", "Stara Wieś"),
    VillageInfo("Stara Wieś", "Starej Wsi", 6, "38-473", "Stara Wieś", ("Główna", "Kościelna", "Ogrodowa")),
    VillageInfo("Nowa Wieś", "Nowej Wsi", 3, "38-473", "Stara Wieś"),
    VillageInfo("Górki", "Górkach", 2, "38-471", "Modrzewo"),
    VillageInfo("Olszyny", "Olszynach", 3, "38-472", "Lipowiec"),
    VillageInfo("Święcany", "Święcanach", 3, "38-472", "Lipowiec"),
    VillageInfo("Przyłęk", "Przyłęku", 2, "38-471", "Modrzewo"),
    VillageInfo("Wólka Leśna", "Wólce Leśnej", 1, "38-472", "Lipowiec", is_solectwo=False),
    VillageInfo("Modrzewo-Kolonia", "Modrzewie-Kolonii", 1, "38-471", "Modrzewo", is_solectwo=False),
)

# Organisation (domain §7.8); the identifiers are computed, the rest is fixed text.
ORG_SHORT_NAME = "GOPS w Modrzewie"
ORG_STREET = "Szkolna"
ORG_HOUSE = "12"
ORG_PHONE = "+48134301234"
ORG_EMAIL = f"sekretariat@{ORG_DOMAIN}"
ORG_WEBSITE = f"https://{ORG_DOMAIN}"
ORG_EPUAP = "/GOPSModrzewo/SkrytkaESP"
DPO_NAME = "Marek Zawadzki"
DPO_CONTACT = f"iod@{ORG_DOMAIN}, tel. 13 430 12 39"

STAFF_POSITIONS = (
    # (position, social worker, signatory, coordinator)
    ("Kierownik", False, True, False),
    ("Zastępca kierownika", False, True, False),
    ("Koordynator wolontariatu", False, False, True),
    ("Starszy pracownik socjalny", True, False, False),
    ("Pracownik socjalny", True, False, False),
    ("Pracownik socjalny", True, False, False),
    ("Specjalista pracy socjalnej", True, False, False),
    ("Asystent rodziny", False, False, False),
)

# Yearly events: (month, day on or after which the Saturday falls, name, place pattern).
EVENTS: tuple[tuple[int, int, str, str], ...] = (
    (3, 22, "Wielkanocna zbiórka żywności", "sklepy na terenie gminy"),
    (6, 1, "Gminny Dzień Dziecka", "boisko szkolne w {loc}"),
    (8, 24, "Dożynki gminne", "plac przy remizie OSP w {loc}"),
    (10, 1, "Dzień Seniora", "Gminny Ośrodek Kultury w Modrzewie"),
    (12, 1, "Świąteczna zbiórka żywności", "sklepy na terenie gminy"),
    (12, 6, "Mikołajki dla dzieci", "świetlica wiejska w {loc}"),
    (12, 17, "Wigilia dla osób samotnych", "sala parafialna w {loc}"),
)

HEARD_FROM = (
    "od pracownika socjalnego", "z ogłoszenia w parafii", "ze strony internetowej gminy",
    "z profilu GOPS na Facebooku", "od znajomych", "w szkole (Szkolne Koło Wolontariatu)",
    "z ogłoszenia w sklepie", "od sołtysa", "na zebraniu Koła Gospodyń Wiejskich",
    "z gazetki gminnej",
)  # fmt: skip
HEARD_AT_SCHOOL = "w szkole (Szkolne Koło Wolontariatu)"

SKILLS = (
    "obsługa komputera", "gotowanie", "prace ogrodowe", "drobne naprawy domowe", "gra na gitarze",
    "rękodzieło (szydełko, haft)", "język migowy (podstawy)", "pierwsza pomoc",
    "korepetycje z matematyki", "korepetycje z języka angielskiego", "organizacja imprez",
    "fotografia", "prowadzenie zajęć tanecznych", "opieka nad osobami starszymi",
    "śpiew w zespole ludowym", "malowanie", "pieczenie ciast", "obsługa smartfona",
)  # fmt: skip

# Gendered texts: (woman's form, man's form, minimum age, maximum age).
GenderedText = tuple[str, str, int, int]

EXPERIENCE: tuple[GenderedText, ...] = (
    ("Członkini Koła Gospodyń Wiejskich w {loc}.", "Członek Ochotniczej Straży Pożarnej w {loc}.", 30, 99),
    ("Wolontariat w parafialnym zespole Caritas.", "Wolontariat w parafialnym zespole Caritas.", 16, 99),
    ("Szkolne Koło Wolontariatu.", "Szkolne Koło Wolontariatu.", 10, 25),
    ("Opiekowała się chorą mamą.", "Opiekował się chorym ojcem.", 30, 99),
    (
        "Emerytowana nauczycielka nauczania początkowego.",
        "Emerytowany nauczyciel wychowania fizycznego.",
        60,
        99,
    ),
    ("Harcerstwo.", "Harcerstwo.", 10, 40),
    ("Pomagała przy festynach parafialnych.", "Pomagał przy festynach parafialnych.", 14, 99),
    ("Wolontariuszka Finału WOŚP.", "Wolontariusz Finału WOŚP.", 10, 45),
)

MOTIVATION: tuple[GenderedText, ...] = (
    ("Chcę pomagać sąsiadom.", "Chcę pomagać sąsiadom.", 10, 99),
    ("Na emeryturze mam dużo wolnego czasu.", "Na emeryturze mam dużo wolnego czasu.", 60, 99),
    (
        "Chcę zdobyć doświadczenie przed studiami pedagogicznymi.",
        "Chcę zdobyć doświadczenie przed studiami.",
        16,
        22,
    ),
    (
        "Sama kiedyś otrzymałam pomoc i chcę się odwdzięczyć.",
        "Sam kiedyś otrzymałem pomoc i chcę się odwdzięczyć.",
        25,
        99,
    ),
    ("Lubię pracę z dziećmi.", "Lubię pracę z dziećmi.", 14, 70),
    ("Chcę być potrzebna.", "Chcę być potrzebny.", 18, 99),
    ("Zachęcił mnie znajomy wolontariusz.", "Zachęcił mnie znajomy wolontariusz.", 10, 99),
    (
        "Potrzebuję zaświadczenia o wolontariacie do szkoły.",
        "Potrzebuję zaświadczenia o wolontariacie do szkoły.",
        10,
        19,
    ),
    ("Chcę poznać nowych ludzi.", "Chcę poznać nowych ludzi.", 10, 99),
    (
        "Moi dziadkowie mieszkają daleko, chcę spędzać czas ze starszymi.",
        "Moi dziadkowie mieszkają daleko, chcę spędzać czas ze starszymi.",
        10,
        35,
    ),
)

VOLUNTEER_NOTES: tuple[GenderedText, ...] = (
    (
        "Preferuje podopiecznych w swojej miejscowości.",
        "Preferuje podopiecznych w swojej miejscowości.",
        10,
        99,
    ),
    ("W wakacje niedostępna (praca sezonowa).", "W wakacje niedostępny (praca sezonowa).", 16, 60),
    ("Chętnie pomaga przy imprezach gminnych.", "Chętnie pomaga przy imprezach gminnych.", 10, 99),
    ("Dostępna tylko po 15:00.", "Dostępny tylko po 15:00.", 16, 65),
    ("Prosi o kontakt SMS-em, nie odbiera w pracy.", "Prosi o kontakt SMS-em, nie odbiera w pracy.", 20, 65),
    ("Może zabrać podopiecznego swoim samochodem.", "Może zabrać podopiecznego swoim samochodem.", 20, 80),
)

END_REASONS: tuple[GenderedText, ...] = (
    ("wyjazd za granicę", "wyjazd za granicę", 18, 60),
    ("podjęcie pracy zawodowej", "podjęcie pracy zawodowej", 18, 60),
    ("rozpoczęcie studiów w innym mieście", "rozpoczęcie studiów w innym mieście", 18, 24),
    ("względy zdrowotne", "względy zdrowotne", 40, 99),
    ("brak czasu", "brak czasu", 10, 99),
    ("przeprowadzka poza gminę", "przeprowadzka poza gminę", 18, 99),
    ("obowiązki rodzinne", "obowiązki rodzinne", 25, 99),
)

SUSPEND_REASONS: tuple[GenderedText, ...] = (
    ("choroba", "choroba", 10, 99),
    ("sesja egzaminacyjna", "sesja egzaminacyjna", 18, 25),
    ("opieka nad członkiem rodziny", "opieka nad członkiem rodziny", 25, 99),
    ("wyjazd do pracy sezonowej", "wyjazd do pracy sezonowej", 18, 55),
    ("urlop macierzyński", "urlop ojcowski", 22, 42),
    (
        "prośba wolontariuszki – przerwa na kilka miesięcy",
        "prośba wolontariusza – przerwa na kilka miesięcy",
        10,
        99,
    ),
)


def gendered(rng: Random, options: tuple[GenderedText, ...], sex: str, age: int) -> str:
    """A text that fits the person's sex and age (a general one when none fits)."""
    fitting = [o for o in options if o[2] <= age <= o[3]] or list(options)
    female, male, _low, _high = rng.choice(fitting)
    return female if sex == "K" else male


TRANSPORT_ADULT = (("samochód", 45), ("rower", 18), ("pieszo", 27), ("autobus", 10))
TRANSPORT_MINOR = (("pieszo", 50), ("rower", 35), ("podwozi rodzic", 15))

LANGUAGES_YOUNG = ("angielski (dobry)", "angielski (podstawowy)", "angielski, niemiecki (podstawowy)")
LANGUAGES_OLD = ("rosyjski (komunikatywny)", "niemiecki (podstawowy)")
LANGUAGES_FOREIGN = "ukraiński (ojczysty), rosyjski, polski (komunikatywny)"

GUARDIAN_RELATIONS = (("matka", 70), ("ojciec", 25), ("opiekun prawny", 5))

# Contact persons: (relation, years younger than the client; None = a neighbour of any age).
CONTACT_RELATIONS_SENIOR = (
    ("córka", 28), ("syn", 28), ("synowa", 28), ("wnuczka", 52), ("wnuk", 52), ("sąsiadka", None),
    ("siostrzenica", 25),
)  # fmt: skip
CONTACT_RELATIONS_OTHER = (("matka", -25), ("siostra", 2), ("brat", -2), ("sąsiadka", None))
