"""One-off actions, local partners and the coalition for volunteering (issue 18)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

What: new tables
- `partners`, `partner_contacts`: the organisations the OPS works with and their people;
- `actions`, `action_partners`, `action_shifts`, `action_signups`: one-off actions with their
  shifts and the volunteers signed up (attendance ticked afterwards becomes hours entries);
- `coalition_meetings`, `coalition_attendees`, `coalition_decisions`, `coalition_tasks`: the
  local coalition's meetings and their minutes;
- `programmes`, `programme_items`: the yearly programme of volunteer activities;
and two nullable columns on `volunteers`: `partner_id` (the partner the volunteer came
through) and `registered_at_action_id` (the action at which a one-off volunteer was registered).

Why: issue 18. No existing row or value changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coalition_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("chaired_by", sa.String(length=200), nullable=True),
        sa.Column("minuted_by", sa.String(length=200), nullable=True),
        sa.Column("discussion", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("retention_status", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coalition_meetings")),
    )
    with op.batch_alter_table("coalition_meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coalition_meetings_held_on"), ["held_on"], unique=False)

    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("adopted_by", sa.String(length=200), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("retention_status", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
        sa.UniqueConstraint("year", name=op.f("uq_programmes_year")),
    )
    op.create_table(
        "coalition_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["coalition_meetings.id"],
            name=op.f("fk_coalition_decisions_meeting_id_coalition_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coalition_decisions")),
    )
    with op.batch_alter_table("coalition_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coalition_decisions_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=80), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postal_code", sa.String(length=6), nullable=True),
        sa.Column("locality", sa.String(length=120), nullable=True),
        sa.Column("post_office", sa.String(length=120), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("nip", sa.String(length=10), nullable=True),
        sa.Column("regon", sa.String(length=14), nullable=True),
        sa.Column("krs", sa.String(length=10), nullable=True),
        sa.Column("represented_by", sa.String(length=200), nullable=True),
        sa.Column("represented_by_sex", sa.String(length=1), nullable=True),
        sa.Column("represented_by_role", sa.String(length=160), nullable=True),
        sa.Column("cooperation_since", sa.Date(), nullable=True),
        sa.Column("cooperation_scope", sa.Text(), nullable=True),
        sa.Column("agreement_number", sa.String(length=40), nullable=True),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("agreement_valid_to", sa.Date(), nullable=True),
        sa.Column("coalition_member", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("retention_status", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["village_id"], ["villages.id"], name=op.f("fk_partners_village_id_villages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partners_active"), ["active"], unique=False)
        batch_op.create_index(batch_op.f("ix_partners_kind"), ["kind"], unique=False)

    op.create_table(
        "coalition_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=160), nullable=True),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["coalition_meetings.id"],
            name=op.f("fk_coalition_attendees_meeting_id_coalition_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_coalition_attendees_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coalition_attendees")),
    )
    with op.batch_alter_table("coalition_attendees", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coalition_attendees_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coalition_attendees_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "coalition_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["coalition_meetings.id"],
            name=op.f("fk_coalition_tasks_meeting_id_coalition_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_coalition_tasks_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coalition_tasks")),
    )
    with op.batch_alter_table("coalition_tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coalition_tasks_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_coalition_tasks_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "partner_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("role", sa.String(length=160), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("primary", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_contacts_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contacts")),
    )
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_contacts_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "programme_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("planned_month", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("planned_participants", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("training_session_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_programme_items_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_items_programme_id_programmes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["training_session_id"],
            ["training_sessions.id"],
            name=op.f("fk_programme_items_training_session_id_training_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_items")),
    )
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_items_programme_id"), ["programme_id"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=False),
        sa.Column("date_to", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("organiser_partner_id", sa.Integer(), nullable=True),
        sa.Column("activity_type_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("programme_item_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=True),
        sa.Column("updated_by", sa.String(length=80), nullable=True),
        sa.Column("retention_status", sa.String(length=20), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_type_id"],
            ["activity_types.id"],
            name=op.f("fk_actions_activity_type_id_activity_types"),
        ),
        sa.ForeignKeyConstraint(
            ["organiser_partner_id"], ["partners.id"], name=op.f("fk_actions_organiser_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["programme_item_id"],
            ["programme_items.id"],
            name=op.f("fk_actions_programme_item_id_programme_items"),
        ),
        sa.ForeignKeyConstraint(["village_id"], ["villages.id"], name=op.f("fk_actions_village_id_villages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actions_date_from"), ["date_from"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actions_organiser_partner_id"), ["organiser_partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_actions_programme_item_id"), ["programme_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_status"), ["status"], unique=False)

    op.create_table(
        "action_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("contribution", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_partners_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_action_partners_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_partners")),
        sa.UniqueConstraint("action_id", "partner_id", name=op.f("uq_action_partners_action_id")),
    )
    with op.batch_alter_table("action_partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_partners_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_partners_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "action_shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("tasks", sa.String(length=300), nullable=False),
        sa.Column("people_needed", sa.Integer(), nullable=False),
        sa.Column("minors_allowed", sa.Boolean(), nullable=False),
        sa.Column("required_training", sa.String(length=20), nullable=True),
        sa.Column("requirements", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"], ["actions.id"], name=op.f("fk_action_shifts_action_id_actions"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_shifts")),
    )
    with op.batch_alter_table("action_shifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_shifts_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_shifts_shift_date"), ["shift_date"], unique=False)

    op.create_table(
        "action_signups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("signed_up_on", sa.Date(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("hours_entry_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["hours_entry_id"],
            ["hours_entries.id"],
            name=op.f("fk_action_signups_hours_entry_id_hours_entries"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_action_signups_partner_id_partners")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["action_shifts.id"],
            name=op.f("fk_action_signups_shift_id_action_shifts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["volunteers.id"], name=op.f("fk_action_signups_volunteer_id_volunteers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_signups")),
        sa.UniqueConstraint("shift_id", "volunteer_id", name=op.f("uq_action_signups_shift_id")),
    )
    with op.batch_alter_table("action_signups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_signups_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_signups_hours_entry_id"), ["hours_entry_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_signups_shift_id"), ["shift_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_signups_volunteer_id"), ["volunteer_id"], unique=False)

    # Plain ADD COLUMN (NULL default, so SQLite allows the reference) keeps the volunteers table
    # and every row in place: no copy of the table (whose removal would cascade to its children).
    for column, table in (("partner_id", "partners"), ("registered_at_action_id", "actions")):
        op.execute(
            f"ALTER TABLE volunteers ADD COLUMN {column} INTEGER "
            f"CONSTRAINT fk_volunteers_{column}_{table} REFERENCES {table} (id)"
        )
    op.create_index("ix_volunteers_partner_id", "volunteers", ["partner_id"], unique=False)
    op.create_index(
        "ix_volunteers_registered_at_action_id", "volunteers", ["registered_at_action_id"], unique=False
    )


def downgrade() -> None:
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_volunteers_partner_id_partners"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_volunteers_registered_at_action_id_actions"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_volunteers_partner_id"))
        batch_op.drop_index(batch_op.f("ix_volunteers_registered_at_action_id"))
        batch_op.drop_column("registered_at_action_id")
        batch_op.drop_column("partner_id")

    with op.batch_alter_table("action_signups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_signups_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_action_signups_shift_id"))
        batch_op.drop_index(batch_op.f("ix_action_signups_partner_id"))
        batch_op.drop_index(batch_op.f("ix_action_signups_hours_entry_id"))

    op.drop_table("action_signups")
    with op.batch_alter_table("action_shifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_shifts_shift_date"))
        batch_op.drop_index(batch_op.f("ix_action_shifts_action_id"))

    op.drop_table("action_shifts")
    with op.batch_alter_table("action_partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_partners_partner_id"))
        batch_op.drop_index(batch_op.f("ix_action_partners_action_id"))

    op.drop_table("action_partners")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_status"))
        batch_op.drop_index(batch_op.f("ix_actions_programme_item_id"))
        batch_op.drop_index(batch_op.f("ix_actions_organiser_partner_id"))
        batch_op.drop_index(batch_op.f("ix_actions_date_from"))

    op.drop_table("actions")
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_items_programme_id"))

    op.drop_table("programme_items")
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_contacts_partner_id"))

    op.drop_table("partner_contacts")
    with op.batch_alter_table("coalition_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coalition_tasks_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_coalition_tasks_due_on"))

    op.drop_table("coalition_tasks")
    with op.batch_alter_table("coalition_attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coalition_attendees_partner_id"))
        batch_op.drop_index(batch_op.f("ix_coalition_attendees_meeting_id"))

    op.drop_table("coalition_attendees")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_kind"))
        batch_op.drop_index(batch_op.f("ix_partners_active"))

    op.drop_table("partners")
    with op.batch_alter_table("coalition_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coalition_decisions_meeting_id"))

    op.drop_table("coalition_decisions")
    op.drop_table("programmes")
    with op.batch_alter_table("coalition_meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coalition_meetings_held_on"))

    op.drop_table("coalition_meetings")
