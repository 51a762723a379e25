# ruff: noqa: E501  (clause texts read best one sentence a line)
"""Default wording of the child-protection statements a volunteer signs before working with
minors (art. 21 ust. 4-7 of the act of 13 May 2016, as in force since 15.02.2024; domain
§2.2.2): the statement on the countries of residence in the last 20 years (ust. 5) and the
statement for a country whose law provides no criminal-record information (ust. 6). Both are
made under criminal liability for a false statement (ust. 7): the clause replaces the
instruction on that liability. A minor of 13-16 is not criminally liable (art. 10 § 1 of the
Criminal Code: from 17) and is told instead that a false statement is a punishable act under
the act on juveniles; a child under 13 makes no such statement (core/issuing/statement_data)."""

from __future__ import annotations

ACT_2016 = (
    "ustawy z dnia 13 maja 2016 r. o przeciwdziałaniu zagrożeniom przestępczością na tle "
    "seksualnym i ochronie małoletnich"
)
# Criminal liability starts at 17 (art. 10 § 1 of the Criminal Code); a minor of 13-16 answers
# for a false statement as for a punishable act under the act on juveniles (2022).
LIABILITY = (
    "[!nieletni] Jestem {świadomy/świadoma} odpowiedzialności karnej za złożenie fałszywego oświadczenia.\n"
    "[nieletni] Jestem {świadomy/świadoma}, że złożenie fałszywego oświadczenia jest czynem karalnym, "
    "za który odpowiadam na zasadach ustawy z dnia 9 czerwca 2022 r. o wspieraniu i resocjalizacji nieletnich."
)
ACTIVITY = (
    "związanej z wychowaniem, edukacją, wypoczynkiem, leczeniem, świadczeniem porad psychologicznych, "
    "rozwojem duchowym, uprawianiem sportu lub realizacją innych zainteresowań przez małoletnich lub z "
    "opieką nad nimi"
)

RESIDENCE_STATEMENT: dict[str, str] = {
    "title": "OŚWIADCZENIE",
    "subtitle": "o państwach zamieszkania w ciągu ostatnich 20 lat",
    "body": (
        f"Ja, {{niżej podpisany/niżej podpisana}} {{imie_nazwisko}}, {{urodzony/urodzona}} {{data_urodzenia}} r., "
        f"obywatelstwo: {{obywatelstwo}}, na podstawie art. 21 ust. 5 {ACT_2016} oświadczam, że w ciągu "
        "ostatnich 20 lat, poza Rzecząpospolitą Polską i państwem mojego obywatelstwa:"
    ),
    "choices": (
        "nie {zamieszkiwałem/zamieszkiwałam} w żadnym innym państwie;\n"
        "{zamieszkiwałem/zamieszkiwałam} w następujących państwach (państwo, okres pobytu):"
    ),
    "attachments": (
        "Do oświadczenia dołączam informację z rejestru karnego każdego z tych państw uzyskiwaną do "
        f"celów działalności {ACTIVITY} (art. 21 ust. 5), a gdy prawo danego państwa nie przewiduje "
        "wydania takiej informacji lub nie prowadzi się w nim rejestru karnego – oświadczenie, o którym "
        "mowa w art. 21 ust. 6."
    ),
    "liability": LIABILITY,
    "minor": ("[maloletni] Oświadczenie składam w obecności przedstawiciela ustawowego, który je podpisuje."),
}

NO_RECORD_STATEMENT: dict[str, str] = {
    "title": "OŚWIADCZENIE",
    "subtitle": "o braku informacji z rejestru karnego państwa: {panstwo}",
    "body": (
        f"Ja, {{niżej podpisany/niżej podpisana}} {{imie_nazwisko}}, {{urodzony/urodzona}} {{data_urodzenia}} r., "
        f"na podstawie art. 21 ust. 6 {ACT_2016} oświadczam, że prawo państwa: {{panstwo}} nie przewiduje "
        f"wydawania informacji dla celów działalności {ACTIVITY} albo w państwie tym nie prowadzi się "
        "rejestru karnego.\n"
        "Oświadczam ponadto, że nie {byłem/byłam} prawomocnie {skazany/skazana} w tym państwie za czyny "
        "zabronione odpowiadające przestępstwom określonym w rozdziale XIX i XXV Kodeksu karnego, w art. 189a "
        "i art. 207 Kodeksu karnego oraz w ustawie z dnia 29 lipca 2005 r. o przeciwdziałaniu narkomanii, "
        "oraz nie wydano wobec mnie innego orzeczenia, w którym stwierdzono, że "
        "{dopuściłem/dopuściłam} się takich czynów zabronionych, oraz że nie mam obowiązku wynikającego z "
        "orzeczenia sądu, innego uprawnionego organu lub ustawy stosowania się do zakazu zajmowania "
        "wszelkich lub określonych stanowisk, wykonywania wszelkich lub określonych zawodów albo "
        f"działalności {ACTIVITY}."
    ),
    "liability": LIABILITY,
    "minor": ("[maloletni] Oświadczenie składam w obecności przedstawiciela ustawowego, który je podpisuje."),
}
