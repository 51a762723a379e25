"""The agreement and its annex as a lawyer reads them (issue 12, the visual review of W, M, T, U):
one rule on travel costs, the waiver made by whoever may make it, the guardian's relation in the
sentence's case, the 13–17 party block closed by its definition, a notice period shorter than
the agreement, an annex naming the § and ustęp it replaces, the head of the centre acting by
virtue of office and a deputy on an authorisation, the post office's town in an address."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from coordinator_app.core.enums import StatementKind
from coordinator_app.core.issuing.common import postal_address
from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, AgreementAnnex, VolunteerStatement
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat, pdf_text
from tests.factories import save, session_of
from tests.factories.records import staff_row

UNIT = "Gminnego Ośrodka Pomocy Społecznej w Łęczycy Małej"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def text_of(db: Database, kind: str, record: int) -> str:
    document = issue(db, DocumentRequest(kind, record, options={"copies": 1}), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    return flat(pdf_text(buffer.getvalue()))


def body_of(text: str) -> str:
    return text.split("Załączniki:")[0]


def waive(
    db: Database, volunteer: int, agreement: int, scope: str = "full", cost_rules: str | None = None
) -> None:
    with session_of(db) as session:
        session.add(
            VolunteerStatement(
                volunteer_id=volunteer,
                kind=StatementKind.TRAVEL_WAIVER.value,
                signed_on=dt.date(2025, 2, 3),
                scope=scope,
            )
        )
        row = session.get(Agreement, agreement)
        assert row is not None
        row.cost_rules = cost_rules


def agreement_of(world: World, who: str) -> tuple[int, int]:
    return {
        "woman": (world.adult, world.agreement),
        "man": (world.man, world.short_agreement),
        "15": (world.minor, world.minor_agreement),
        "11": (world.child, world.child_agreement),
    }[who]


@pytest.mark.parametrize("waiver", [False, True], ids=["no-waiver", "waiver"])
@pytest.mark.parametrize("who", ["woman", "man", "15", "11"])
def test_travel_costs_are_one_rule(db: Database, world: World, who: str, waiver: bool) -> None:
    volunteer, agreement = agreement_of(world, who)
    if waiver:
        waive(db, volunteer, agreement)
    body = body_of(text_of(db, "agreement", agreement))
    # § 5 no longer promises to pay the costs "on the terms of § 6" beside a waiver in § 6
    assert "pokrywa koszty podróży służbowych i diet na zasadach określonych w §" not in body
    assert ("Korzystający pokrywa koszty podróży służbowych" in body) is not waiver
    assert ("z obowiązku pokrywania kosztów podróży służbowych i diet w całości" in body) is waiver


def test_the_guardian_waives_for_a_child_and_consents_for_a_teenager(db: Database, world: World) -> None:
    waive(db, world.child, world.child_agreement, "partial: dojazdy w obrębie gminy")
    child = body_of(text_of(db, "agreement", world.child_agreement))
    assert (
        "Piotr Mały – przedstawiciel ustawowy Wolontariusza, działając w jego imieniu, zwolnił "
        "Korzystającego z obowiązku pokrywania kosztów podróży służbowych i diet w części" in child
    )
    assert "Wolontariusz zwolnił" not in child
    waive(db, world.minor, world.minor_agreement)
    teenager = body_of(text_of(db, "agreement", world.minor_agreement))
    assert "Wolontariuszka, za zgodą przedstawiciela ustawowego, zwolniła Korzystającego" in teenager


def test_a_coordinators_waiver_wording_gives_way_to_the_signed_statement(db: Database, world: World) -> None:
    written = (
        "{Wolontariusz/Wolontariuszka} {zrezygnował/zrezygnowała} na piśmie ze zwrotu kosztów podróży.\n"
        "Korzystający pokrywa koszty materiałów plastycznych."
    )
    waive(db, world.child, world.child_agreement, cost_rules=written)
    body = body_of(text_of(db, "agreement", world.child_agreement))
    assert "zrezygnował" not in body, "the child does not waive anything himself"
    assert "działając w jego imieniu, zwolnił Korzystającego" in body
    assert "Korzystający pokrywa koszty materiałów plastycznych." in body


def test_the_relation_follows_the_case_of_its_sentence(db: Database, world: World) -> None:
    teenager = text_of(db, "agreement", world.minor_agreement)
    assert "przedstawiciela ustawowego – Bożeny Źrebięckiej (matki)" in teenager
    assert "jako matka i przedstawiciel ustawowy małoletniej" in teenager
    assert "(matka)" not in teenager
    child = text_of(db, "agreement", world.child_agreement)
    assert "a Piotrem Małym (ojcem), zam." in child and "(ojciec)" not in child


def test_the_teenagers_party_block_ends_with_its_definition(db: Database, world: World) -> None:
    text = text_of(db, "agreement", world.minor_agreement)
    parties = text.split("zwanymi dalej łącznie")[0].split(" a ")[-1]
    assert re.search(
        r"Olą Źrebięcką, zam\. .+, działającą za zgodą przedstawiciela ustawowego – Bożeny Źrebięckiej "
        r"\(matki\), zam\. .+, zwaną dalej „Wolontariuszką”,$",
        parties.strip(),
    ), parties


def test_a_notice_longer_than_the_agreement_prints_as_immediate_effect(db: Database, world: World) -> None:
    with session_of(db) as session:
        row = session.get(Agreement, world.short_agreement)
        assert row is not None
        row.period_to = row.period_from + dt.timedelta(days=4)  # five days, a 7-day notice
    body = body_of(text_of(db, "agreement", world.short_agreement))
    assert "7-dniowego" not in body
    assert "Każda ze Stron może rozwiązać porozumienie ze skutkiem natychmiastowym." in body


def test_the_annex_names_the_paragraph_it_replaces(db: Database, world: World) -> None:
    with session_of(db) as session:
        annex = session.get(AgreementAnnex, world.annex)
        assert annex is not None
        annex.changes = (
            "1. Okres obowiązywania porozumienia zostaje przedłużony do dnia 31.03.2026 r.\n"
            "2. Czas wykonywania świadczeń otrzymuje brzmienie: „średnio 6 godz. tygodniowo”."
        )
    agreement = text_of(db, "agreement", world.agreement)
    time_paragraph = re.search(r"§ ?(\d+) Czas wykonywania świadczeń", agreement)
    assert time_paragraph is not None
    number = time_paragraph.group(1)
    text = text_of(db, "annex", world.annex)
    assert (
        f"w § {number} ust. 1 otrzymuje brzmienie: „Porozumienie zostaje zawarte na okres od 2 stycznia "
        "2025 r. do 31 marca 2026 r.”" in text
    )
    assert (
        f"w § {number} ust. 2 otrzymuje brzmienie: „Świadczenia wykonywane będą średnio 6 godz. tygodniowo.”"
        in text
    )
    assert "Czas wykonywania świadczeń otrzymuje brzmienie" not in text


def test_the_head_acts_by_office_and_a_deputy_on_an_authorisation(db: Database, world: World) -> None:
    head = text_of(db, "agreement", world.agreement)
    assert f"reprezentowanym przez Grażynę Żółtowską – Kierownika {UNIT}, zwanym dalej" in head
    assert "upoważnienia nr" not in body_of(head).split("zwanym dalej")[0]
    deputy = save(
        db,
        staff_row(
            "Woźniak Małgorzata",
            position="Zastępca kierownika",
            sex="K",
            is_signatory=True,
            authorisation_number="5/2025",
            authorisation_date=dt.date(2025, 1, 8),
        ),
    )
    with session_of(db) as session:
        row = session.get(Agreement, world.minor_agreement)
        assert row is not None
        row.representative_id = deputy
    text = text_of(db, "agreement", world.minor_agreement)
    assert (
        "reprezentowanym przez Małgorzatę Woźniak – Zastępcę kierownika, działającą na podstawie "
        "upoważnienia nr 5/2025 z dnia 8 stycznia 2025 r., zwanym dalej „Korzystającym”" in text
    )


@pytest.mark.parametrize(
    ("street", "locality", "post_office", "expected"),
    [
        (None, "Podlesie", "Lipowiec", "Podlesie 128, 38-472 Lipowiec"),
        (None, "Lipowiec", "Lipowiec", "Lipowiec 128, 38-472 Lipowiec"),
        (None, "Podlesie", None, "Podlesie 128, 38-472 Podlesie"),
        ("Leśna", "Podlesie", "Lipowiec", "ul. Leśna 128, Podlesie, 38-472 Lipowiec"),
        ("Rynek", "Lipowiec", "Lipowiec", "Rynek 128, 38-472 Lipowiec"),
    ],
)
def test_the_post_office_town_follows_the_postal_code(
    street: str | None, locality: str, post_office: str | None, expected: str
) -> None:
    assert postal_address(street, "128", None, "38-472", locality, post_office) == expected


def test_a_childs_statements_are_confirmed_by_the_guardian(db: Database, world: World) -> None:
    body = body_of(text_of(db, "agreement", world.child_agreement))
    assert "co przedstawiciel ustawowy potwierdza w oświadczeniu stanowiącym załącznik nr 1" in body
    assert "przedstawiciel ustawowy zobowiązuje się tego dopilnować w zobowiązaniu stanowiącym" in body
    assert "co Wolontariusz potwierdza" not in body and "), co potwierdza w zobowiązaniu" not in body


def test_a_village_without_postal_code_is_said_once() -> None:
    """A one-off volunteer registered at an action with only the village: `Dąbrówka`, not
    `Dąbrówka, Dąbrówka`; with a house number `Dąbrówka 7`."""
    assert postal_address(None, "", None, "", "Dąbrówka") == "Dąbrówka"
    assert postal_address(None, "7", None, None, "Dąbrówka") == "Dąbrówka 7"
    assert postal_address(None, "7", None, "", "Podlesie", "Lipowiec") == "Podlesie 7, Lipowiec"
