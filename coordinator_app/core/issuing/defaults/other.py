# ruff: noqa: E501  (clause texts read best one sentence a line)
"""Default wording of the certificate, opinion, training certificate, referral, monthly hours
card, thank-you diploma and intake form (domain §8.2–§8.5)."""

from __future__ import annotations

ACT = "ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"

CERTIFICATE: dict[str, str] = {
    "title": "ZAŚWIADCZENIE",
    "subtitle": "o wykonywaniu świadczeń przez {wolontariusza/wolontariuszkę}",
    "body": (
        f"[zakonczone,!jeden_dzien] Na podstawie art. 44 ust. 2 {ACT} {{nazwa_ops}} zaświadcza, że {{osoba}}, "
        "{urodzony/urodzona} {data_urodzenia} r., {wykonywał/wykonywała} świadczenia "
        "jako {wolontariusz/wolontariuszka} na rzecz {nazwa_ops_dopelniacz} w okresie od {data_od} r. do {data_do} r.\n"
        f"[zakonczone,jeden_dzien] Na podstawie art. 44 ust. 2 {ACT} {{nazwa_ops}} zaświadcza, że {{osoba}}, "
        "{urodzony/urodzona} {data_urodzenia} r., {wykonywał/wykonywała} świadczenia "
        "jako {wolontariusz/wolontariuszka} na rzecz {nazwa_ops_dopelniacz} w dniu {data_od} r.\n"
        f"[!zakonczone] Na podstawie art. 44 ust. 2 {ACT} {{nazwa_ops}} zaświadcza, że {{osoba}}, "
        "{urodzony/urodzona} {data_urodzenia} r., wykonuje świadczenia jako "
        "{wolontariusz/wolontariuszka} na rzecz {nazwa_ops_dopelniacz} od dnia {data_od} r."
    ),
    "scope": "Zakres wykonywanych świadczeń:",
    "hours": "[godziny] Łączna liczba godzin świadczeń: {godziny}.",
    "trainings": (
        "[szkolenia,!jedno_szkolenie] {osoba} {ukończył/ukończyła} szkolenia:\n"
        "[szkolenia,jedno_szkolenie] {osoba} {ukończył/ukończyła} szkolenie:"
    ),
    "agreement": (
        "[porozumienie,zakonczone] Świadczenia były wykonywane na podstawie {porozumienia}.\n"
        "[porozumienie,!zakonczone] Świadczenia są wykonywane na podstawie {porozumienia}."
    ),
    "closing": (
        "[!cel] Zaświadczenie wydaje się na prośbę {zainteresowanego/zainteresowanej}.\n"
        "[cel] Zaświadczenie wydaje się na prośbę {zainteresowanego/zainteresowanej} w celu przedłożenia {cel}."
    ),
}

OPINION: dict[str, str] = {
    "title": "OPINIA",
    "subtitle": "o wykonywaniu świadczeń przez {wolontariusza/wolontariuszkę}",
    "intro": (
        f"Na podstawie art. 44 ust. 3 {ACT} {{nazwa_ops}} przedstawia opinię dotyczącą {{osoba@D}}, "
        "{wykonującego/wykonującej} świadczenia wolontariackie na rzecz {nazwa_ops_dopelniacz} "
        "{okres}{podstawa}."
    ),
    "scope": "Zakres i charakter świadczeń",
    "hours": (
        "[godziny,!regularnie] Łączny czas świadczeń: {godziny}.\n"
        "[godziny,regularnie] Łączny czas świadczeń: {godziny}, średnio {godziny_miesiecznie} miesięcznie."
    ),
    "assessment": "Ocena wykonywania świadczeń",
    "criteria": "[kryteria] W trakcie współpracy {osoba} {wykazywał/wykazywała} się w szczególności: {kryteria}.",
    "skills": "Nabyte i wykazane umiejętności i kompetencje",
    "trainings": "Ukończone szkolenia",
    "recommendation": "Rekomendacja",
    "closing": "Opinię wydano na prośbę {zainteresowanego/zainteresowanej}.",
}

TRAINING_CERTIFICATE: dict[str, str] = {
    "title": "ZAŚWIADCZENIE",
    "subtitle": "[ukonczone] o ukończeniu szkolenia\n[!ukonczone] o udziale w szkoleniu",
    "person": "{zwrot}\n{imie_nazwisko}\n{urodzony/urodzona} {data_urodzenia} r.",
    "body": (
        "[ukonczone] {ukończył/ukończyła} szkolenie pt. „{tytul}”,\n"
        "[!ukonczone] {wziął/wzięła} udział w szkoleniu pt. „{tytul}”,\n"
        "[ukonczone,!zdalne] zorganizowane przez {organizator} w dniu {data_szkolenia} r. (miejsce: {miejsce}), "
        "w wymiarze {wymiar}.\n"
        "[ukonczone,zdalne] zorganizowane przez {organizator} w dniu {data_szkolenia} r. w formie zdalnej, "
        "w wymiarze {wymiar}.\n"
        "[!ukonczone,!zdalne] zorganizowanym przez {organizator} w dniu {data_szkolenia} r. (miejsce: {miejsce}), "
        "w wymiarze {wymiar}.\n"
        "[!ukonczone,zdalne] zorganizowanym przez {organizator} w dniu {data_szkolenia} r. w formie zdalnej, "
        "w wymiarze {wymiar}."
    ),
    "programme": "[program] Program szkolenia:",
    "trainer": (
        "[prowadzacy_plec] {prowadzacy:Prowadzący/Prowadząca}: {prowadzacy}\n"
        "[!prowadzacy_plec] Osoba prowadząca: {prowadzacy}"
    ),
}

REFERRAL: dict[str, str] = {
    "title": "SKIEROWANIE",
    "subtitle": "{wolontariusza/wolontariuszki} do udzielania wsparcia",
    "body": (
        "[!do_dnia] {nazwa_ops} kieruje {osoba@B} – {wolontariusza/wolontariuszkę} {nazwa_ops_dopelniacz}, "
        "{działającego/działającą} na podstawie porozumienia nr {numer_porozumienia} – do udzielania wsparcia w zakresie: "
        "{rodzaj_dzialania}, od dnia {data_od} r.\n"
        "[do_dnia,!jeden_dzien] {nazwa_ops} kieruje {osoba@B} – {wolontariusza/wolontariuszkę} {nazwa_ops_dopelniacz}, "
        "{działającego/działającą} na podstawie porozumienia nr {numer_porozumienia} – do udzielania wsparcia w zakresie: "
        "{rodzaj_dzialania}, od dnia {data_od} r. do dnia {data_do} r.\n"
        "[do_dnia,jeden_dzien] {nazwa_ops} kieruje {osoba@B} – {wolontariusza/wolontariuszkę} {nazwa_ops_dopelniacz}, "
        "{działającego/działającą} na podstawie porozumienia nr {numer_porozumienia} – do udzielania wsparcia w zakresie: "
        "{rodzaj_dzialania}, w dniu {data_od} r.\n"
        "[harmonogram] Uzgodnione terminy: {harmonogram}.\n"
        "[miejsce] Miejsce: {miejsce}.\n"
        "{Wolontariusz/Wolontariuszka} wykonuje świadczenia nieodpłatnie. Nie jest {upoważniony/upoważniona} "
        "do przyjmowania pieniędzy ani zawierania umów w imieniu osoby, której pomaga.\n"
        "[ponizej_13,towarzyszy] {Wolontariuszowi/Wolontariuszce} towarzyszy osoba dorosła: {opiekun_na_miejscu}.\n"
        "[!ponizej_13] Skierowanie należy okazać wraz z dokumentem tożsamości."
    ),
    "contact": (
        "W razie wątpliwości prosimy o kontakt z koordynatorem wolontariatu: {koordynator}{koordynator_kontakt}."
    ),
}

TIMESHEET: dict[str, str] = {
    "title": "KARTA CZASU PRACY WOLONTARIUSZA",
    "subtitle": "{miesiac_rok}",
    "statement": (
        "[!ponizej_13] Oświadczam, że powyższe dane są zgodne z prawdą, a świadczenia {wykonałem/wykonałam} "
        "osobiście i nieodpłatnie.\n"
        "[ponizej_13] Jako przedstawiciel ustawowy oświadczam, że powyższe dane są zgodne z prawdą, "
        "a {małoletni wykonał/małoletnia wykonała} świadczenia osobiście i nieodpłatnie."
    ),
}

THANKS: dict[str, str] = {
    "title": "PODZIĘKOWANIE",
    "addressee": "{zwrot}\n{imie_nazwisko}",
    "body": (
        "Serdecznie dziękujemy za zaangażowanie, życzliwość i czas poświęcony w {rok} roku osobom "
        "potrzebującym wsparcia.\n"
        "[godziny,!maloletni] Na działania wolontariackie {poświęcił/poświęciła} {Pan/Pani} łącznie {godziny_biernik}.\n"
        "[godziny,maloletni] Na działania wolontariackie {poświęciłeś/poświęciłaś} łącznie {godziny_biernik}.\n"
        "[!maloletni] Dzięki {Pana/Pani} pomocy nasi podopieczni mniej odczuwali samotność i trudności dnia codziennego."
        "\n[maloletni] Dzięki Twojej pomocy nasi podopieczni mniej odczuwali samotność i trudności dnia codziennego."
    ),
}

INTAKE_FORM: dict[str, str] = {
    "title": "KARTA ZGŁOSZENIA WOLONTARIUSZA",
    "intro": (
        "Prosimy o czytelne wypełnienie karty. Dane posłużą do dopasowania działań wolontariackich do "
        "Pani/Pana możliwości i oczekiwań."
    ),
    "minor_note": (
        "Osoby niepełnoletnie wypełniają kartę wraz z przedstawicielem ustawowym. Osoba w wieku 13–17 lat "
        "zawiera porozumienie za jego zgodą, a w imieniu osoby poniżej 13 lat porozumienie zawiera "
        "przedstawiciel ustawowy."
    ),
    "declaration": (
        "Oświadczam, że podane dane są zgodne z prawdą. Zapoznałam/zapoznałem się z klauzulą informacyjną "
        "o przetwarzaniu danych osobowych."
    ),
}
