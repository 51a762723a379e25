"""The rows of the test spreadsheets: a coordinator's list of volunteers and of clients, with
the mistakes real lists have (a PESEL with a wrong check digit, a name alone, a phone too short,
a person twice) and a person already in the database."""

from __future__ import annotations

import datetime as dt

from tests.core.importing.sheets import Value


def pesel(birth: dt.date, serial: int, female: bool) -> str:
    """A PESEL with a correct check digit."""
    month = birth.month + (20 if birth.year >= 2000 else 0)
    sex_digit = (0 if female else 1) + 2 * (serial % 4)
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial:03d}{sex_digit}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
    return body + str(check)


ANNA = pesel(dt.date(1961, 4, 12), 123, True)
JAN = pesel(dt.date(1978, 11, 3), 456, False)
EWA = pesel(dt.date(1990, 1, 25), 321, True)
EXISTING = pesel(dt.date(1955, 6, 30), 777, False)  # already in the database
BAD_PESEL = ANNA[:-1] + str((int(ANNA[-1]) + 1) % 10)

VOLUNTEER_HEADERS: list[Value] = ["Lp.", "Nazwisko i imię", "PESEL", "Adres", "Tel.", "Uwagi"]
VOLUNTEER_ROWS: list[list[Value]] = [
    [1, "Kowalska Anna", ANNA, "Wólka 12, 38-472 Lipowiec", "600 123 456", "Czyta seniorom"],
    [2, "Nowak Jan", JAN, "ul. Lipowa 5/3, 38-400 Krosno", "tel. 601-222-333", None],
    [3, "Żółkiewska Ewa", EWA, "Mnichowo 132, 62-200 Gniezno", "+48 602 333 444", "Ma samochód"],
    [4, "Wiśniewski Piotr", BAD_PESEL, "Wólka 3, 38-472 Lipowiec", "603 444 555", None],  # bad check digit
    [5, "Zieliński", None, "Wólka 4, 38-472 Lipowiec", "604", None],  # no first name, short phone
    [6, "Kowalska Anna", ANNA, "Wólka 12, 38-472 Lipowiec", "600 123 456", None],  # row 1 again
    [7, "Dąbrowski Stefan", EXISTING, "Lipowiec 1, 38-472 Lipowiec", "605 555 666", None],  # in the database
]
GOOD = ("Kowalska", "Nowak", "Żółkiewska")  # rows 1–3 land; 4, 5 have errors; 6, 7 are duplicates
