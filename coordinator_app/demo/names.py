"""Pools of Polish first names and surnames (male and female forms), built once per run.

Faker is asked a few hundred times for names; the rows then pick from the pools with the
run's `random.Random`, which is fast and reproducible. Older people get the first names
typical of their generation, which Faker's modern lists lack.
"""

from __future__ import annotations

import random

from faker import Faker

COMMON_SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski",
    "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król",
    "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski",
    "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora",
    "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Duda",
    "Zalewski", "Wróblewski", "Jasiński", "Marciniak", "Bąk", "Zawadzki", "Sadowski", "Jakubowski",
    "Chmielewski", "Włodarczyk", "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański",
    "Kubiak", "Maciejewski", "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek",
    "Wysocki", "Adamski", "Kaźmierczak", "Wasilewski", "Sobczak", "Czerwiński", "Andrzejewski",
    "Cieślak", "Głowacki", "Zakrzewski", "Kołodziej", "Sikorski", "Krajewski", "Gajewski", "Szulc",
    "Szymczak", "Baranowski", "Laskowski", "Brzeziński", "Makowski", "Ziółkowski", "Przybylski",
)  # fmt: skip

OLDER_FEMALE = (
    "Krystyna", "Janina", "Stanisława", "Halina", "Teresa", "Zofia", "Danuta", "Barbara", "Irena",
    "Helena", "Maria", "Jadwiga", "Genowefa", "Czesława", "Bożena", "Elżbieta", "Wanda", "Alicja",
    "Grażyna", "Zdzisława", "Henryka", "Lucyna", "Leokadia", "Bronisława", "Władysława",
)  # fmt: skip
OLDER_MALE = (
    "Stanisław", "Józef", "Jan", "Tadeusz", "Zbigniew", "Kazimierz", "Henryk", "Ryszard", "Czesław",
    "Zdzisław", "Władysław", "Edward", "Mieczysław", "Bogdan", "Jerzy", "Andrzej", "Marian", "Roman",
    "Eugeniusz", "Wiesław", "Franciszek", "Bolesław", "Leszek", "Antoni",
)  # fmt: skip
MIDDLE_FEMALE = (
    "Agnieszka", "Katarzyna", "Anna", "Małgorzata", "Joanna", "Magdalena", "Monika", "Beata",
    "Ewa", "Dorota", "Renata", "Iwona", "Aneta", "Justyna", "Marta", "Sylwia", "Edyta", "Jolanta",
)  # fmt: skip
MIDDLE_MALE = (
    "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Grzegorz", "Marek", "Dariusz",
    "Robert", "Mariusz", "Jacek", "Wojciech", "Łukasz", "Rafał", "Sławomir", "Artur", "Adam",
)  # fmt: skip

FOREIGN_FEMALE = (
    "Ołena", "Iryna", "Natalia", "Oksana", "Switłana", "Tetiana", "Julia", "Anastasija", "Kateryna", "Łesia",
)  # fmt: skip
FOREIGN_MALE = ("Ołeksandr", "Andrij", "Serhij", "Wołodymyr", "Dmytro", "Mykoła", "Bohdan", "Taras")
FOREIGN_SURNAMES = (
    "Kowalenko", "Szewczenko", "Bondarenko", "Tkaczenko", "Kowalczuk", "Melnyk", "Bojko", "Kraweć",
    "Ołijnyk", "Połiszczuk", "Marczenko", "Rudenko", "Sawczuk", "Łysenko",
)  # fmt: skip


def female_surname(male: str) -> str:
    """The female form of a surname: Kowalski → Kowalska, Biały → Biała, Nowak → Nowak."""
    if male.endswith(("ski", "cki", "dzki")):
        return male[:-1] + "a"
    if male.endswith("y") and len(male) > 3:
        return male[:-1] + "a"
    return male


class NamePools:
    """Name pools drawn from Faker("pl_PL") seeded with the run's seed."""

    def __init__(self, seed: int, size: int = 400) -> None:
        fake = Faker("pl_PL")
        fake.seed_instance(seed)
        young_f = [fake.first_name_female() for _ in range(size)]
        young_m = [fake.first_name_male() for _ in range(size)]
        faker_surnames = [fake.last_name_male() for _ in range(size)]
        # Common surnames twice over: a rural gmina has many Nowaks and few Hulbójs.
        self.surnames_m: list[str] = [*COMMON_SURNAMES, *COMMON_SURNAMES, *faker_surnames]
        self.young_f = young_f
        self.young_m = [name for name in young_m if name not in ("Bartek", "Maks", "Aleks", "Alex")]
        self.middle_f = [*MIDDLE_FEMALE, *young_f[: size // 4]]
        self.middle_m = [*MIDDLE_MALE, *self.young_m[: size // 4]]

    def first(self, rng: random.Random, sex: str, birth_year: int) -> str:
        """A first name that fits the sex ("K"/"M") and the generation."""
        if birth_year < 1965:
            pool: list[str] | tuple[str, ...] = OLDER_FEMALE if sex == "K" else OLDER_MALE
        elif birth_year < 1990:
            pool = self.middle_f if sex == "K" else self.middle_m
        else:
            pool = self.young_f if sex == "K" else self.young_m
        return pool[int(rng.random() * len(pool))]

    def surname(self, rng: random.Random) -> str:
        """A surname in its male form; use `female_surname` for a woman."""
        return self.surnames_m[int(rng.random() * len(self.surnames_m))]

    def full_surname(self, rng: random.Random, sex: str) -> str:
        male = self.surname(rng)
        return female_surname(male) if sex == "K" else male

    @staticmethod
    def foreign(rng: random.Random, sex: str) -> tuple[str, str]:
        first = rng.choice(FOREIGN_FEMALE if sex == "K" else FOREIGN_MALE)
        return first, rng.choice(FOREIGN_SURNAMES)
