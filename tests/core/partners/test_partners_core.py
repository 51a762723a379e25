"""Partners in the core: validation in Polish, saving with contact persons, the list, and the
partner's volunteers, actions and share of hours summed in SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core import validation as v
from coordinator_app.core.partners import (
    ContactData,
    PartnerData,
    create_partner,
    get_partner,
    get_partner_details,
    list_partners,
    partner_options,
    update_partner,
    validate_partner,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, PartnerContact
from tests.factories import TODAY, TOW, add_people, hours_row, save, save_all, volunteer_row
from tests.factories.partners import (
    action_partner_row,
    action_row,
    partner_row,
    shift_row,
    signup_row,
)


def school(**changes: object) -> PartnerData:
    values: dict[str, object] = {
        "name": "Szkoła Podstawowa w Lipowcu",
        "kind": "school",
        "house_number": "12",
        "postal_code": "38471",
        "locality": "Lipowiec",
        "represented_by": "jan kowalski",
        "represented_by_sex": "M",
        "represented_by_role": "Dyrektor Szkoły",
        "contacts": [ContactData("Ewa", "Nowak", "K", "opiekunka Szkolnego Koła Wolontariatu", "600123456")],
    }
    values.update(changes)
    return PartnerData(**values)  # type: ignore[arg-type]


def errors_of(data: PartnerData) -> dict[str, str]:
    with pytest.raises(v.ValidationErrors) as caught:
        validate_partner(data, TODAY)
    return caught.value.by_field()


def test_validation_cleans_and_normalises() -> None:
    clean = validate_partner(
        school(nip="856-734-62-15", regon="192598184", krs="12345", phone="600 100 200"), TODAY
    )
    assert clean.postal_code == "38-471"
    assert clean.nip == "8567346215" and clean.regon == "192598184" and clean.krs == "0000012345"
    assert clean.phone == "+48600100200"
    assert clean.represented_by == "Jan Kowalski"
    assert clean.contacts[0].phone == "+48600123456"


def test_validation_names_every_wrong_field_in_polish() -> None:
    found = errors_of(
        PartnerData(
            name=" ",
            kind="",
            nip="8567346216",
            regon="192598183",
            krs="12a",
            email="szkola@",
            represented_by="Jan Kowalski",
            cooperation_since=TODAY + dt.timedelta(days=1),
            contacts=[ContactData("", "Nowak")],
        )
    )
    assert found["name"] == "Pole „Nazwa” jest wymagane."
    assert found["kind"] == "Wybierz rodzaj partnera."
    assert found["house_number"] and found["locality"] and found["postal_code"]
    assert found["nip"] == "NIP jest niepoprawny."
    assert found["regon"] == "REGON jest niepoprawny."
    assert found["krs"] == "Numer KRS ma 10 cyfr."
    assert found["email"] == "Adres e-mail jest niepoprawny."
    assert "płeć" in found["represented_by_sex"]
    assert found["cooperation_since"] == "Data nie może być z przyszłości."
    assert "Osoba kontaktowa 1" in found["contacts"]


def test_only_one_main_contact() -> None:
    found = errors_of(
        school(contacts=[ContactData("Ewa", "Nowak", primary=True), ContactData("Jan", "Lis", primary=True)])
    )
    assert found == {"contacts": "Tylko jedna osoba kontaktowa może być główna."}


def test_create_and_update_keep_contacts_in_step(db: Database) -> None:
    partner_id = create_partner(db, school(), today=TODAY)
    data = get_partner(db, partner_id)
    assert data.name == "Szkoła Podstawowa w Lipowcu" and data.postal_code == "38-471"
    assert [(c.full_name, c.role) for c in data.contacts] == [
        ("Ewa Nowak", "opiekunka Szkolnego Koła Wolontariatu")
    ]
    first = data.contacts[0]
    first.role = "pedagog szkolny"
    data.contacts.append(ContactData("Adam", "Lis", "M", "wicedyrektor", primary=True))
    update_partner(db, partner_id, data, today=TODAY)
    again = get_partner(db, partner_id)
    assert [(c.full_name, c.role, c.primary) for c in again.contacts] == [
        ("Adam Lis", "wicedyrektor", True),
        ("Ewa Nowak", "pedagog szkolny", False),
    ]
    again.contacts = [c for c in again.contacts if c.last_name == "Lis"]
    update_partner(db, partner_id, again, today=TODAY)
    with db.session() as session:
        assert [c.last_name for c in session.query(PartnerContact).all()] == ["Lis"]
        deleted = session.query(AuditEntry).filter_by(entity="partner_contact", action="delete").count()
        assert deleted > 0


def test_list_and_options(db: Database) -> None:
    parish, club = save_all(
        db,
        [
            partner_row(
                "Parafia Rzymskokatolicka pw. św. Józefa w Modrzewie", kind="parish", short_name="Parafia"
            ),
            partner_row("Koło Gospodyń Wiejskich w Żabnie", kind="housewives", active=False),
        ],
    )
    save(db, volunteer_row(partner_id=parish))
    rows = {row.id: row for row in list_partners(db)}
    assert rows[parish].volunteers == 1 and rows[parish].actions == 0
    assert "parafia" in rows[parish].search_text
    assert "zabnie" in rows[club].search_text  # folded: Polish letters ignored
    assert [o.name for o in partner_options(db)] == ["Parafia"]
    assert [o.id for o in partner_options(db, keep=club)] == [club, parish]


def test_details_count_volunteers_actions_and_hours_in_sql(db: Database) -> None:
    school_id, parish_id = save_all(db, [partner_row(), partner_row("Parafia w Modrzewie", kind="parish")])
    pupil, teacher, outsider = add_people(db, "Lis Ola", "Kos Ewa", "Wróbel Jan")
    with db.session() as session:
        session.get_one(type(volunteer_row()), pupil).partner_id = school_id
    organised = save(db, action_row(TOW, organiser_partner_id=school_id))
    joined = save(
        db,
        action_row(
            TOW, name="Wigilia dla samotnych", date_from=dt.date(2026, 12, 20), date_to=dt.date(2026, 12, 20)
        ),
    )
    save(db, action_partner_row(joined, school_id, contribution="kolędy w wykonaniu uczniów"))
    save(db, action_partner_row(joined, parish_id))
    shift = save(db, shift_row(organised))
    later = save(db, shift_row(joined, shift_date=dt.date(2026, 12, 20)))
    hours = save_all(
        db,
        [
            hours_row(pupil, dt.date(2026, 11, 7), 240, TOW, source="coordinator"),
            hours_row(teacher, dt.date(2026, 11, 7), 240, TOW, source="coordinator"),
            hours_row(outsider, dt.date(2026, 11, 7), 240, TOW, source="coordinator"),
            hours_row(pupil, dt.date(2026, 10, 1), 60, TOW),  # other confirmed hours
            hours_row(pupil, dt.date(2026, 10, 2), 90, TOW, status="done"),  # not confirmed
        ],
    )
    save_all(
        db,
        [
            signup_row(shift, pupil, attended=True, hours_entry_id=hours[0]),  # via the volunteer
            signup_row(shift, teacher, partner_id=school_id, attended=True, hours_entry_id=hours[1]),
            signup_row(shift, outsider, partner_id=parish_id, attended=True, hours_entry_id=hours[2]),
            signup_row(later, pupil),  # not yet attended
        ],
    )
    details = get_partner_details(db, school_id)
    by_name = {v.name: v for v in details.volunteers}
    assert set(by_name) == {"Lis Ola", "Kos Ewa"}
    assert by_name["Lis Ola"].on_record and not by_name["Kos Ewa"].on_record
    assert (
        by_name["Lis Ola"].signups,
        by_name["Lis Ola"].action_minutes,
        by_name["Lis Ola"].total_minutes,
    ) == (
        2,
        240,
        300,
    )
    assert [(a.name, a.organiser, a.signups, a.minutes) for a in details.actions] == [
        ("Wigilia dla samotnych", False, 1, 0),
        ("Zbiórka żywności", True, 2, 480),
    ]
    assert details.actions[0].contribution == "kolędy w wykonaniu uczniów"
    share = details.share
    assert (share.actions_organised, share.actions_joined, share.volunteers) == (1, 1, 2)
    assert (share.action_minutes, share.volunteer_minutes) == (480, 540)
    parish = get_partner_details(db, parish_id).share
    assert (parish.actions_joined, parish.volunteers, parish.action_minutes) == (1, 1, 240)


def test_shares_of_a_period_for_the_summaries(db: Database) -> None:
    from coordinator_app.core.partners import partner_shares

    school, parish, idle = save_all(
        db,
        [
            partner_row(),
            partner_row("Parafia w Modrzewie", kind="parish"),
            partner_row("Biblioteka", kind="library"),
        ],
    )
    pupil, other = add_people(db, "Lis Ola", "Kos Ewa")
    with db.session() as session:
        session.get_one(type(volunteer_row()), pupil).partner_id = school
    november = save(db, action_row(TOW, organiser_partner_id=school))
    save(db, action_partner_row(november, parish))
    last_year = save(db, action_row(TOW, date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 6, 1)))
    save(db, action_partner_row(last_year, school))
    shift = save(db, shift_row(november))
    old_shift = save(db, shift_row(last_year, shift_date=dt.date(2025, 6, 1)))
    entries = save_all(
        db,
        [
            hours_row(pupil, dt.date(2026, 11, 7), 240, TOW, source="coordinator"),
            hours_row(other, dt.date(2026, 11, 7), 180, TOW, source="coordinator"),
            hours_row(pupil, dt.date(2025, 6, 1), 120, TOW, source="coordinator"),
        ],
    )
    save_all(
        db,
        [
            signup_row(shift, pupil, attended=True, hours_entry_id=entries[0]),
            signup_row(shift, other, partner_id=parish, attended=True, hours_entry_id=entries[1]),
            signup_row(old_shift, pupil, attended=True, hours_entry_id=entries[2]),
        ],
    )
    with db.session() as session:
        rows = {
            r.partner_id: r for r in partner_shares(session, (dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
        }
    assert set(rows) == {school, parish}  # the library did nothing
    assert (rows[school].actions_organised, rows[school].actions_joined) == (1, 0)
    assert (rows[school].volunteers, rows[school].signups, rows[school].action_minutes) == (1, 1, 240)
    assert rows[school].volunteer_minutes == 240  # last year's hours are not in the period
    assert (rows[parish].actions_joined, rows[parish].signups, rows[parish].action_minutes) == (1, 1, 180)
    assert idle not in rows
