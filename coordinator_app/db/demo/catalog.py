"""The fictitious rural gmina of the demo: its GOPS, villages, streets and yearly events."""

from __future__ import annotations

from dataclasses import dataclass

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
GDPR_CLAUSE = (
    "Administratorem Pani/Pana danych osobowych jest Gminny Ośrodek Pomocy Społecznej w Modrzewie, "
    "ul. Szkolna 12, 38-471 Modrzewo.\n"
    f"Kontakt z inspektorem ochrony danych: iod@{ORG_DOMAIN}.\n"
    "Dane przetwarzamy w celu zawarcia i wykonania porozumienia o wykonywaniu świadczeń przez "
    "wolontariusza (art. 6 ust. 1 lit. b i c RODO w związku z art. 44 ustawy o działalności pożytku "
    "publicznego i o wolontariacie).\n"
    "Dane przechowujemy przez okres wynikający z przepisów o archiwizacji (Jednolity Rzeczowy Wykaz Akt).\n"
    "Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, ograniczenia przetwarzania "
    "oraz wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.\n"
    "Podanie danych jest warunkiem zawarcia porozumienia."
)

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

SKILLS = (
    "obsługa komputera", "gotowanie", "prace ogrodowe", "drobne naprawy domowe", "gra na gitarze",
    "rękodzieło (szydełko, haft)", "język migowy (podstawy)", "pierwsza pomoc",
    "korepetycje z matematyki", "korepetycje z języka angielskiego", "organizacja imprez",
    "fotografia", "prowadzenie zajęć tanecznych", "opieka nad osobami starszymi",
    "śpiew w zespole ludowym", "malowanie", "pieczenie ciast", "obsługa smartfona",
)  # fmt: skip

EXPERIENCE = (
    "Członkini Koła Gospodyń Wiejskich w {loc}.", "Wolontariat w parafialnym zespole Caritas.",
    "Szkolne Koło Wolontariatu.", "Ochotnicza Straż Pożarna w {loc}.", "Opieka nad chorym rodzicem.",
    "Emerytowana nauczycielka nauczania początkowego.", "Harcerstwo.",
    "Pomoc przy festynach parafialnych.", "Wolontariat podczas Finału WOŚP.",
)  # fmt: skip

MOTIVATION = (
    "Chcę pomagać sąsiadom.", "Na emeryturze mam dużo wolnego czasu.",
    "Chcę zdobyć doświadczenie przed studiami pedagogicznymi.",
    "Sama kiedyś otrzymałam pomoc i chcę się odwdzięczyć.", "Lubię pracę z dziećmi.",
    "Chcę być potrzebny.", "Zachęcił mnie znajomy wolontariusz.",
    "Potrzebuję zaświadczenia o wolontariacie do szkoły.", "Chcę poznać nowych ludzi.",
    "Chcę spędzać czas z osobami starszymi, bo moi dziadkowie mieszkają daleko.",
)  # fmt: skip

VOLUNTEER_NOTES = (
    "Preferuje podopiecznych w swojej miejscowości.", "W wakacje niedostępny (praca sezonowa).",
    "Chętnie pomaga przy imprezach gminnych.", "Dostępna tylko po 15:00.",
    "Prosi o kontakt SMS-em, nie odbiera w pracy.", "Może zabrać podopiecznego swoim samochodem.",
)  # fmt: skip

END_REASONS = (
    "wyjazd za granicę", "podjęcie pracy zawodowej", "rozpoczęcie studiów w innym mieście",
    "względy zdrowotne", "brak czasu", "przeprowadzka poza gminę", "obowiązki rodzinne",
)  # fmt: skip

SUSPEND_REASONS = (
    "choroba", "sesja egzaminacyjna", "opieka nad członkiem rodziny", "wyjazd do pracy sezonowej",
    "urlop macierzyński", "prośba wolontariusza – przerwa na kilka miesięcy",
)  # fmt: skip

TRANSPORT_ADULT = (("samochód", 45), ("rower", 18), ("pieszo", 27), ("autobus", 10))
TRANSPORT_MINOR = (("pieszo", 50), ("rower", 35), ("podwozi rodzic", 15))

LANGUAGES_YOUNG = ("angielski (dobry)", "angielski (podstawowy)", "angielski, niemiecki (podstawowy)")
LANGUAGES_OLD = ("rosyjski (komunikatywny)", "niemiecki (podstawowy)")
LANGUAGES_FOREIGN = "ukraiński (ojczysty), rosyjski, polski (komunikatywny)"

GUARDIAN_RELATIONS = (("matka", 70), ("ojciec", 25), ("opiekun prawny", 5))

CONTACT_RELATIONS = ("córka", "syn", "synowa", "wnuczka", "wnuk", "sąsiadka", "siostrzenica")
