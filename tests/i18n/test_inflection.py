# ruff: noqa: E501  (one name through every case per line reads best as a table)
"""Names through every case (domain §6.6a): the dictionary, the rules for what it lacks, and None
(never a guess) where neither applies."""

from __future__ import annotations

import pytest

from coordinator_app.i18n import inflection

# name, sex, genitive, dative, accusative, instrumental, locative
NAMES: list[tuple[str, str, str, str, str, str, str]] = [
    # common first names and surnames from the dictionary
    ("Konrad Ośka", "M", "Konrada Ośki", "Konradowi Ośce", "Konrada Ośkę", "Konradem Ośką", "Konradzie Ośce"),
    ("Henryka Zapora", "K", "Henryki Zapory", "Henryce Zaporze", "Henrykę Zaporę", "Henryką Zaporą", "Henryce Zaporze"),
    ("Konrad Jarema", "M", "Konrada Jaremy", "Konradowi Jaremie", "Konrada Jaremę", "Konradem Jaremą", "Konradzie Jaremie"),
    ("Piotr Lis", "M", "Piotra Lisa", "Piotrowi Lisowi", "Piotra Lisa", "Piotrem Lisem", "Piotrze Lisie"),
    ("Zbigniew Wróbel", "M", "Zbigniewa Wróbla", "Zbigniewowi Wróblowi", "Zbigniewa Wróbla", "Zbigniewem Wróblem", "Zbigniewie Wróblu"),
    ("Sebastian Mróz", "M", "Sebastiana Mroza", "Sebastianowi Mrozowi", "Sebastiana Mroza", "Sebastianem Mrozem", "Sebastianie Mrozie"),
    ("Ryszard Kot", "M", "Ryszarda Kota", "Ryszardowi Kotowi", "Ryszarda Kota", "Ryszardem Kotem", "Ryszardzie Kocie"),
    ("Kacper Gołąb", "M", "Kacpra Gołąba", "Kacprowi Gołąbowi", "Kacpra Gołąba", "Kacprem Gołąbem", "Kacprze Gołąbie"),
    ("Bartłomiej Dudzik", "M", "Bartłomieja Dudzika", "Bartłomiejowi Dudzikowi", "Bartłomieja Dudzika", "Bartłomiejem Dudzikiem", "Bartłomieju Dudziku"),
    # rare first names; men's names ending in -a
    ("Barnaba Kret", "M", "Barnaby Kreta", "Barnabie Kretowi", "Barnabę Kreta", "Barnabą Kretem", "Barnabie Krecie"),
    ("Kuba Wojcicki", "M", "Kuby Wojcickiego", "Kubie Wojcickiemu", "Kubę Wojcickiego", "Kubą Wojcickim", "Kubie Wojcickim"),
    ("Ignacy Sołtys", "M", "Ignacego Sołtysa", "Ignacemu Sołtysowi", "Ignacego Sołtysa", "Ignacym Sołtysem", "Ignacym Sołtysie"),
    # adjectival surnames -ski/-cki/-dzki, -ska/-cka/-dzka, also unknown to the dictionary
    ("Jan Kowalski", "M", "Jana Kowalskiego", "Janowi Kowalskiemu", "Jana Kowalskiego", "Janem Kowalskim", "Janie Kowalskim"),
    ("Stanisław Nowicki", "M", "Stanisława Nowickiego", "Stanisławowi Nowickiemu", "Stanisława Nowickiego", "Stanisławem Nowickim", "Stanisławie Nowickim"),
    ("Aleksander Zawadzki", "M", "Aleksandera Zawadzkiego", "Aleksanderowi Zawadzkiemu", "Aleksandera Zawadzkiego", "Aleksanderem Zawadzkim", "Aleksanderze Zawadzkim"),
    ("Łucja Żółkiewska", "K", "Łucji Żółkiewskiej", "Łucji Żółkiewskiej", "Łucję Żółkiewską", "Łucją Żółkiewską", "Łucji Żółkiewskiej"),
    ("Anna Szczęśniewska", "K", "Anny Szczęśniewskiej", "Annie Szczęśniewskiej", "Annę Szczęśniewską", "Anną Szczęśniewską", "Annie Szczęśniewskiej"),
    ("Natalia Zawadzka", "K", "Natalii Zawadzkiej", "Natalii Zawadzkiej", "Natalię Zawadzką", "Natalią Zawadzką", "Natalii Zawadzkiej"),
    ("Małgorzata Zielińska", "K", "Małgorzaty Zielińskiej", "Małgorzacie Zielińskiej", "Małgorzatę Zielińską", "Małgorzatą Zielińską", "Małgorzacie Zielińskiej"),
    # other adjectival surnames the dictionary knows
    ("Grzegorz Szczęsny", "M", "Grzegorza Szczęsnego", "Grzegorzowi Szczęsnemu", "Grzegorza Szczęsnego", "Grzegorzem Szczęsnym", "Grzegorzu Szczęsnym"),
    ("Krystyna Wolna", "K", "Krystyny Wolnej", "Krystynie Wolnej", "Krystynę Wolną", "Krystyną Wolną", "Krystynie Wolnej"),
    # double-barrelled: each part on its own
    ("Piotr Nowak-Kowalski", "M", "Piotra Nowaka-Kowalskiego", "Piotrowi Nowakowi-Kowalskiemu", "Piotra Nowaka-Kowalskiego", "Piotrem Nowakiem-Kowalskim", "Piotrze Nowaku-Kowalskim"),
    ("Maria Nowak-Kowalska", "K", "Marii Nowak-Kowalskiej", "Marii Nowak-Kowalskiej", "Marię Nowak-Kowalską", "Marią Nowak-Kowalską", "Marii Nowak-Kowalskiej"),
    ("Oliwia Jasińska-Kot", "K", "Oliwii Jasińskiej-Kot", "Oliwii Jasińskiej-Kot", "Oliwię Jasińską-Kot", "Oliwią Jasińską-Kot", "Oliwii Jasińskiej-Kot"),
    # women's surnames ending in a consonant do not decline
    ("Anna Nowak", "K", "Anny Nowak", "Annie Nowak", "Annę Nowak", "Anną Nowak", "Annie Nowak"),
    ("Agnieszka Krawczyk", "K", "Agnieszki Krawczyk", "Agnieszce Krawczyk", "Agnieszkę Krawczyk", "Agnieszką Krawczyk", "Agnieszce Krawczyk"),
    ("Ewa Kmieć", "K", "Ewy Kmieć", "Ewie Kmieć", "Ewę Kmieć", "Ewą Kmieć", "Ewie Kmieć"),
    ("Zofia Mróz", "K", "Zofii Mróz", "Zofii Mróz", "Zofię Mróz", "Zofią Mróz", "Zofii Mróz"),
    ("Wiktoria Sołtys", "K", "Wiktorii Sołtys", "Wiktorii Sołtys", "Wiktorię Sołtys", "Wiktorią Sołtys", "Wiktorii Sołtys"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "sex", "gen", "dat", "acc", "inst", "loc"), NAMES)
def test_a_name_through_every_case(
    name: str, sex: str, gen: str, dat: str, acc: str, inst: str, loc: str
) -> None:
    assert inflection.person(name, sex) == {"M": name, "D": gen, "C": dat, "B": acc, "N": inst, "Ms": loc}


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Yuki Tanaka", "K"),  # a woman's -a name the dictionary does not know
        ("Oleksandr Shevchenko", "M"),  # a foreign man's name: no safe declension
        ("Siobhan O'Brien", "M"),
        ("Mohammed Al-Rashid", "M"),
        ("Jan Kowalski", None),  # the sex is not recorded: never guessed
        ("", "K"),
    ],
)
def test_names_nothing_safe_declines_give_none(name: str, sex: str | None) -> None:
    assert inflection.person(name, sex) is None


def test_foreign_women_s_names_ending_in_a_consonant_stay_as_they_are() -> None:
    forms = inflection.person("Siobhan O'Brien", "K")
    assert forms is not None and set(forms.values()) == {"Siobhan O'Brien"}


@pytest.mark.parametrize(
    ("title", "acc", "inst"),
    [
        ("Kierownik", "Kierownika", "Kierownikiem"),
        ("Dyrektor", "Dyrektora", "Dyrektorem"),
        ("Zastępca Kierownika", "Zastępcę Kierownika", "Zastępcą Kierownika"),
        ("Kierowniczka", "Kierowniczkę", "Kierowniczką"),
        ("Główny Księgowy", "Głównego Księgowego", "Głównym Księgowym"),
        ("Starszy specjalista pracy socjalnej", "Starszego specjalistę pracy socjalnej", "Starszym specjalistą pracy socjalnej"),
    ],
)  # fmt: skip
def test_job_titles(title: str, acc: str, inst: str) -> None:
    forms = inflection.job_title(title)
    assert forms is not None and (forms["B"], forms["N"]) == (acc, inst)


def test_a_title_it_cannot_read_is_unknown() -> None:
    assert inflection.job_title("p.o. Kierownika") is None


@pytest.mark.parametrize(
    ("name", "gen", "inst"),
    [
        (
            "Gminny Ośrodek Pomocy Społecznej w Modrzewie",
            "Gminnego Ośrodka Pomocy Społecznej w Modrzewie",
            "Gminnym Ośrodkiem Pomocy Społecznej w Modrzewie",
        ),
        (
            "Miejsko-Gminny Ośrodek Pomocy Społecznej w Nowej Wsi",
            "Miejsko-Gminnego Ośrodka Pomocy Społecznej w Nowej Wsi",
            "Miejsko-Gminnym Ośrodkiem Pomocy Społecznej w Nowej Wsi",
        ),
        ("Centrum Usług Społecznych w Lesznie", "Centrum Usług Społecznych w Lesznie", "Centrum Usług Społecznych w Lesznie"),
        ("Gminne Centrum Usług Społecznych", "Gminnego Centrum Usług Społecznych", "Gminnym Centrum Usług Społecznych"),
        ("Miejska Biblioteka Publiczna", "Miejskiej Biblioteki Publicznej", "Miejską Biblioteką Publiczną"),
    ],
)  # fmt: skip
def test_organisation_names_decline_the_head_and_keep_the_tail(name: str, gen: str, inst: str) -> None:
    forms = inflection.organisation(name)
    assert forms is not None and (forms["D"], forms["N"]) == (gen, inst)


@pytest.mark.parametrize(
    ("place", "loc"),
    [
        ("Modrzewo", "Modrzewie"),
        ("Kraków", "Krakowie"),
        ("Kielce", "Kielcach"),
        ("Łódź", "Łodzi"),
        ("Zakopane", "Zakopanem"),
    ],
)
def test_place_names_in_the_locative(place: str, loc: str) -> None:
    forms = inflection.place(place)
    assert forms is not None and forms["Ms"] == loc


@pytest.mark.parametrize("place", ["Łęczyca Mała", "Nowa Wieś", "Xyzzy", "ul. Szkolna 12"])
def test_places_it_does_not_know_are_unknown(place: str) -> None:
    assert inflection.place(place) is None


def test_person_with_title_and_honorific() -> None:
    forms = inflection.person_with_title(inflection.person("Konrad Ośka", "M"), "Kierownik")
    assert forms is not None and forms["B"] == "Konrada Ośkę – Kierownika"
    assert inflection.person_with_title(None, "Kierownik") is None
    assert inflection.honorific("K") == {
        "M": "Pani",
        "D": "Pani",
        "C": "Pani",
        "B": "Panią",
        "N": "Panią",
        "Ms": "Pani",
    }
    assert inflection.honorific(None) is None
