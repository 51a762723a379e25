"""Polish texts tied to activity types: needs, hours descriptions, places, typical durations."""

from __future__ import annotations

# Codes of the default activity-type dictionary (domain §4) the demo uses.
INDIVIDUAL = ("TOW", "SPA", "ZAK", "TLEK", "CODZ", "EDU", "INT", "OND", "KOMP", "DROB", "TEL")
GROUP_ONLY = ("ZAJ", "CZW")
GROUP_OPTIONAL = {"EDU": 0.4, "INT": 0.5, "KOMP": 0.4, "SPA": 0.2}
NO_CLIENT = ("BIU",)
EVENT = "IMP"
CHILD_WORK = ("EDU", "CZW")

# Typical length of one visit or class in minutes.
VISIT_MINUTES = {
    "TOW": (60, 90, 120), "SPA": (60, 90, 120), "ZAK": (60, 90), "TLEK": (120, 180, 240),
    "CODZ": (60, 90, 120), "EDU": (60, 90), "CZW": (120, 180), "INT": (90, 120), "OND": (90, 120, 180),
    "KOMP": (60, 90), "ZAJ": (90, 120), "DROB": (120, 180), "IMP": (180, 240), "BIU": (120, 180, 240),
    "TEL": (30, 45, 60), "INNE": (60, 120),
}  # fmt: skip

NEED_DESCRIPTIONS = {
    "TOW": ("Potrzebuje rozmowy i towarzystwa, czyta gazety z pomocą.", "Wspólne czytanie, rozmowa."),
    "SPA": ("Krótkie spacery po okolicy przy dobrej pogodzie.", "Wyjścia na świeże powietrze."),
    "ZAK": ("Zakupy spożywcze raz w tygodniu i wykup leków.", "Opłacanie rachunków na poczcie."),
    "TLEK": ("Towarzyszenie w wizytach w przychodni w Modrzewie.", "Pomoc w załatwieniu spraw w urzędzie."),
    "CODZ": ("Pomoc w bieżących sprawach domowych.", "Pomoc w porządkowaniu dokumentów."),
    "EDU": ("Pomoc dzieciom w odrabianiu lekcji (szkoła podstawowa).",
            "Nauka czytania z młodszym dzieckiem."),
    "CZW": ("Zajęcia czasu wolnego dla dzieci w wakacje.", "Wspólne gry i zabawy z dziećmi."),
    "INT": ("Wyjścia na spotkania Klubu Seniora.", "Przeciwdziałanie osamotnieniu, udział w życiu wsi."),
    "OND": ("Wsparcie w aktywnym spędzaniu czasu, porusza się na wózku.", "Wyjścia na zajęcia w GOK."),
    "KOMP": ("Nauka obsługi smartfona i rozmów wideo z rodziną.", "Nauka korzystania z internetu."),
    "DROB": ("Drobne naprawy w domu, skoszenie trawy.", "Pomoc w uporządkowaniu podwórka."),
    "TEL": ("Telefon życzliwości kilka razy w tygodniu.", "Regularny kontakt telefoniczny."),
    "ZAJ": ("Zajęcia rękodzieła w świetlicy.", "Zajęcia muzyczne."),
    "BIU": ("Pomoc w GOPS przy paczkach żywnościowych.", "Pomoc w pracach biurowych."),
    "IMP": ("Pomoc przy imprezie gminnej.", "Pomoc przy zbiórce."),
    "INNE": ("Inna pomoc uzgodniona z pracownikiem socjalnym.",),
}  # fmt: skip

HOURS_DESCRIPTIONS = {
    "TOW": ("rozmowa, wspólne czytanie prasy", "wizyta, rozmowa", "wspólne czytanie książki", "gra w karty"),
    "SPA": ("spacer po okolicy", "spacer do parku przy kościele", "wyjście na targ"),
    "ZAK": ("zakupy spożywcze", "wykup leków z apteki", "zakupy i opłacenie rachunków na poczcie"),
    "TLEK": ("towarzyszenie w przychodni", "towarzyszenie w urzędzie gminy", "wizyta u lekarza specjalisty"),
    "CODZ": ("pomoc w sprawach domowych", "pomoc w segregowaniu dokumentów", "pomoc przy praniu"),
    "EDU": ("pomoc w odrabianiu lekcji", "nauka czytania", "przygotowanie do sprawdzianu"),
    "CZW": ("gry i zabawy z dziećmi", "zajęcia plastyczne", "zajęcia sportowe na boisku"),
    "INT": ("wspólne wyjście do Klubu Seniora", "spotkanie integracyjne", "udział w spotkaniu KGW"),
    "OND": ("wspólny spacer", "wyjście na zajęcia w GOK", "zajęcia ruchowe"),
    "KOMP": ("nauka obsługi telefonu", "nauka rozmów wideo", "nauka korzystania z poczty e-mail"),
    "ZAJ": ("zajęcia rękodzieła", "zajęcia muzyczne", "zajęcia taneczne"),
    "DROB": ("drobne naprawy w domu", "koszenie trawy", "porządkowanie podwórka", "rąbanie drewna"),
    "IMP": ("pomoc przy imprezie", "obsługa stoiska", "pomoc przy zbiórce"),
    "BIU": ("pakowanie paczek żywnościowych", "pomoc w pracach biurowych", "dyżur informacyjny"),
    "TEL": ("rozmowa telefoniczna", "telefon życzliwości"),
    "INNE": ("pomoc uzgodniona z koordynatorem",),
}  # fmt: skip

INDIVIDUAL_PLACES = {
    "TLEK": "przychodnia i urzędy (towarzyszenie)",
    "ZAK": "sklep, apteka, dom podopiecznego",
    "TEL": "zdalnie – telefon",
    "BIU": "siedziba GOPS",
}
GROUP_PLACES = {
    "ZAJ": "świetlica wiejska w {loc}",
    "CZW": "świetlica wiejska w {loc}",
    "EDU": "świetlica środowiskowa przy Szkole Podstawowej w {loc}",
    "INT": "Klub Seniora w {loc}",
    "KOMP": "Gminna Biblioteka Publiczna w {loc}",
    "SPA": "Klub Seniora w {loc} (wyjścia grupowe)",
}
HOME = "miejsce zamieszkania podopiecznego"

FREQUENCIES = (
    "raz w tygodniu", "dwa razy w tygodniu", "raz na dwa tygodnie", "raz w miesiącu", "doraźnie",
)  # fmt: skip
PREFERRED_TIMES = (
    "przed południem", "po 15:00", "wtorki i czwartki", "w weekendy", "dowolnie, po uzgodnieniu",
    "poniedziałki rano", "popołudniami w dni robocze",
)  # fmt: skip
REPORTED_BY_OTHER = (
    "rodzina",
    "sołtys",
    "parafia",
    "podopieczny osobiście",
    "sąsiadka",
    "pielęgniarka środowiskowa",
)

CLIENT_DIRECTIONS = (
    "Dom za kościołem, zielona brama.", "Ostatni dom przed lasem, pies na podwórku.",
    "Wejście od podwórka, dzwonek nie działa – pukać.", "Żółty dom naprzeciwko sklepu.",
    "Dojazd drogą gruntową od przystanku PKS.", "Drugi dom za remizą OSP, po lewej.",
)  # fmt: skip
CLIENT_HEALTH = (
    "Porusza się o kulach.", "Niedosłuch – mówić wyraźnie i powoli.", "Porusza się na wózku.",
    "Słabo widzi, potrzebuje pomocy przy czytaniu.", "Szybko się męczy, krótkie wyjścia.",
)  # fmt: skip
# (for a woman, for a man)
CLIENT_NOTES = (
    ("Proszę dzwonić przed wizytą.", "Proszę dzwonić przed wizytą."),
    ("Pani lubi rozmawiać o ogrodzie.", "Pan lubi rozmawiać o ogrodzie."),
    ("Pani lubi rozmawiać o dawnych czasach.", "Pan jest kibicem, lubi rozmawiać o sporcie."),
    ("W domu jest pies – spokojny.", "W domu jest pies – spokojny."),
    ("Nie przyjmuje wizyt w niedziele.", "Nie przyjmuje wizyt w niedziele."),
    ("Klucz u sąsiadki spod nr 5.", "Klucz u sąsiadki spod nr 5."),
)
CONSENT_HOW = (
    "pisemnie w GOPS", "ustnie podczas wywiadu środowiskowego, notatka pracownika",
    "telefonicznie, potwierdzone pisemnie", "pisemnie podczas wizyty pracownika socjalnego",
)  # fmt: skip

ASSIGNMENT_END_REASONS = (
    "potrzeba zrealizowana", "rezygnacja podopiecznego", "zmiana grafiku wolontariusza",
    "pobyt podopiecznego w szpitalu", "podopieczny zamieszkał u rodziny",
)  # fmt: skip
RATING_COMMENTS = (
    "Bardzo dobra współpraca, punktualność.", "Wolontariusz zaangażowany, podopieczny zadowolony.",
    "Współpraca poprawna.", "Drobne trudności z terminami, rozwiązane.", None,
)  # fmt: skip

AGREEMENT_MANNER = (
    "Świadczenia są wykonywane osobiście, w miejscu zamieszkania podopiecznych na terenie Gminy Modrzewo, "
    "w siedzibie GOPS lub w miejscu wskazanym przez koordynatora, pod nadzorem koordynatora "
    "wolontariatu. {Wolontariusz/Wolontariuszka} przekazuje co miesiąc kartę czasu pracy."
)
AGREEMENT_MANNER_EVENT = (
    "Świadczenia są wykonywane osobiście w miejscu organizacji akcji, pod nadzorem koordynatora "
    "wolontariatu lub osoby przez niego wskazanej."
)
TERMINATION_TERMS = (
    "Porozumienie może zostać rozwiązane przez każdą ze stron z zachowaniem 7-dniowego okresu "
    "wypowiedzenia, a w przypadku rażącego naruszenia jego postanowień – ze skutkiem natychmiastowym. "
    "Porozumienie może zostać rozwiązane w każdym czasie za zgodą obu stron."
)
COST_RULES_PAID = (
    "Zwrot kosztów przejazdu samochodem prywatnym według stawki 1,15 zł/km, na podstawie ewidencji "
    "przebiegu zatwierdzonej przez koordynatora."
)
COST_RULES_WAIVED = (
    "{Wolontariusz/Wolontariuszka} {zrezygnował/zrezygnowała} na piśmie ze zwrotu kosztów podróży "
    "służbowych i diet (art. 45 ust. 4 ustawy)."
)

# How an under-13 gets to the place of the services and back (the agreement's minor_travel).
CHILD_TRAVEL = "{guardian} przyprowadza dziecko na miejsce i odbiera je po zakończeniu świadczeń"
