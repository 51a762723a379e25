"""Documents a lawyer signs unchanged and data custody (issues 12 and 13), one release revision.

Part 1 (developed as 0005d): health consents and activity-type risk information


What: a `health_consents` table (the explicit consent, art. 9 ust. 2 lit. a RODO, under which
the OPS keeps health information about a volunteer given by the volunteer or the guardian: when
it was given, by whom, the information, when it was withdrawn) and `activity_types.risk_info`,
the health-and-safety risk information printed in annex 1 of the agreement (art. 45 ust. 1
pkt 1 of the volunteering act), one line per point. The default activity types get the default
wording; a type the OPS renamed or added keeps an empty text until the OPS writes one.

Why: issue 12, points 7 and 8.

Part 2 (developed as 0005a): declined forms of names, the guardian's and the staff's sex


What: `declined_forms` (what is declined: kind person/title/organisation/place and its
nominative text, the sex it was declined for, the genitive, dative, accusative, instrumental
and locative forms, who confirmed them and when), unique by kind, text and sex;
`volunteers.guardian_sex` and `staff.sex` (K/M, nullable).

Why: issue 12, points 2 and 3. Documents put names in the case the sentence governs
("reprezentowanym przez Konrada Ośkę – Kierownika"); the forms the coordinator confirmed once
are kept and used first. The guardian's and the signatory's own sex choose their gendered
forms ("działającą jako przedstawiciel ustawowy").

Only a new table and nullable columns are added (plain ALTER TABLE ADD COLUMN on SQLite), so no
existing row or value changes.

Part 3 (developed as 0005f): hash chain over the audit log


What: a `chain_hash` column on `audit_log`, filled for every existing entry in id order
(`db.audit_chain`: SHA-256 of the previous entry's hash and this entry's fields, the first
linked to a fixed genesis value), and the chain's head (last id, its hash, the number of
entries) in `settings` under `audit_chain_head`.

Why: issue #13, point 9. The audit log is the RODO accountability record; an entry edited or
deleted with a SQLite editor went unnoticed. `coordinator-app check` now verifies the chain.

No existing value is changed: a column is added (SQLite adds it without rebuilding the table)
and filled, and one settings row is added.

Part 4 (developed as 0005c): acts dated by their day, child protection and under-13 rules


What (issue 12, points 5 and 6):
- `agreements`: the agreed notice period in days (`notice_period_days`), the notice of a
  termination (`notice_given_on`, `notice_given_by`: volunteer / ops / both, `notice_delivery`:
  how it was delivered), and for a volunteer under 13 the adult present on site
  (`minor_escort`) and how the child gets there and back (`minor_travel`);
- `staff`: the dates a signatory holds their role (`role_valid_from`, `role_valid_to`), so a
  document about a past act is signed by whoever was in office on that day;
- `volunteer_names`: a volunteer's former names with the last day each was borne;
- `vettings`: the issued statements on countries of residence and on foreign records that do
  not exist (`residence_document_id`, `no_record_document_id`, ids in `issued_documents`);
- `activity_types`: `home_visit`, the flag the assignment gate reads for under-13 volunteers.

Only new nullable columns (or with a default) and one new table; of the rows, only the seeded
activity types done in the client's home (TOW, CODZ, DROB) get `home_visit` set.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from coordinator_app.db import audit_chain

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


# --- 0005d_rodo_health_safety ------------------------------------------------------------------
# The risks, one sentence a line; each default activity type lists the ones of its work.
HOME = (
    "Wizyty w domu osoby objętej wsparciem: przed pierwszą wizytą poznaj od koordynatora sytuację "
    "w domu; nie wchodź do mieszkania, jeśli czujesz zagrożenie, a wizytę przerwij i wyjdź, gdy "
    "ktoś zachowuje się agresywnie lub jest pod wpływem alkoholu; przemoc wobec siebie lub "
    "podopiecznego zgłoś niezwłocznie koordynatorowi, a w nagłej sytuacji pod numer 112."
)
FALLS = (
    "Upadki: uważaj na śliskie podłogi, progi, dywaniki, schody i słabe oświetlenie; nie wchodź "
    "na krzesła ani drabiny; gdy podopieczny upadnie, nie podnoś go na siłę – wezwij pomoc."
)
HYGIENE = (
    "Higiena: myj lub dezynfekuj ręce przed wizytą i po niej; przy kontakcie z wydzielinami, "
    "brudną bielizną lub odpadami używaj rękawiczek jednorazowych otrzymanych od Korzystającego."
)
INFECTION = (
    "Zakażenia: nie przychodź na świadczenia z objawami infekcji (gorączka, kaszel, biegunka) – "
    "zgłoś chorobę koordynatorowi; myj ręce i stosuj maseczkę, gdy podopieczny lub Ty jesteście "
    "przeziębieni."
)
ANIMALS = (
    "Zwierzęta: przed wizytą zapytaj, czy w domu jest pies lub inne zwierzę, i poproś o jego "
    "zamknięcie; nie dotykaj obcych zwierząt; pogryzienie zgłoś koordynatorowi i udaj się do lekarza."
)
LIFTING = (
    "Dźwiganie: nie przenoś ciężkich ani nieporęcznych przedmiotów – ciężar dziel na mniejsze "
    "części (np. zakupy na kilka toreb) i noś w obu rękach; podnoś z ugiętymi kolanami i "
    "prostymi plecami, trzymając ciężar blisko ciała, bez skrętu tułowia; nie podnoś ani nie "
    "przenoś podopiecznego."
)
TRAVEL = (
    "Droga: poruszaj się zgodnie z przepisami ruchu drogowego; po zmroku poza terenem zabudowanym "
    "noś elementy odblaskowe; zimą uważaj na oblodzone chodniki i schody, noś obuwie z "
    "antypoślizgową podeszwą i dostosuj plan wizyt do pogody."
)
WALKS = (
    "Spacery i wyjścia: dobierz trasę i tempo do możliwości podopiecznego; przy wózku inwalidzkim "
    "używaj hamulców na postoju i pokonuj krawężniki tyłem; w upał i mróz skracaj wyjścia."
)
MONEY = (
    "Pieniądze i zakupy: przyjmuj pieniądze tylko na uzgodnione zakupy, przechowuj paragony i "
    "rozliczaj się od razu; nie przyjmuj kart płatniczych, kodów PIN ani pełnomocnictw."
)
OFFICE = (
    "Towarzyszenie w instytucjach: w przychodni i szpitalu stosuj się do zasad higieny placówki; "
    "nie podawaj leków i nie podejmuj decyzji medycznych za podopiecznego."
)
CHILDREN = (
    "Praca z dziećmi: nie zostawaj z dzieckiem sam na sam w zamkniętym pomieszczeniu, jeśli nie "
    "jest to konieczne; przestrzegaj Standardów Ochrony Małoletnich i zgłaszaj koordynatorowi "
    "każde podejrzenie krzywdzenia dziecka."
)
GROUP = (
    "Zajęcia grupowe i imprezy: znaj drogi ewakuacyjne i miejsce apteczki; przy narzędziach, "
    "nożyczkach, klejach i farbach stosuj się do instrukcji producenta; pilnuj porządku na sali."
)
REPAIRS = (
    "Drobne naprawy i porządki: używaj wyłącznie sprawnych narzędzi i środków ochrony "
    "indywidualnej (rękawice, okulary) otrzymanych od Korzystającego; nie wykonuj prac "
    "elektrycznych, gazowych ani na wysokości; środki czystości stosuj zgodnie z etykietą."
)
SCREEN = (
    "Praca przy komputerze i telefonie: rób przerwy co godzinę, ustaw ekran na wysokości oczu; "
    "w rozmowie telefonicznej nie podawaj prywatnego numeru ani adresu."
)
DEFAULT_RISK_INFO: dict[str, str] = {
    "TOW": "\n".join((HOME, FALLS, INFECTION, ANIMALS, TRAVEL)),
    "SPA": "\n".join((WALKS, FALLS, TRAVEL)),
    "ZAK": "\n".join((LIFTING, MONEY, TRAVEL)),
    "TLEK": "\n".join((OFFICE, INFECTION, TRAVEL)),
    "CODZ": "\n".join((HOME, LIFTING, HYGIENE, FALLS, ANIMALS)),
    "EDU": "\n".join((CHILDREN, HOME, INFECTION)),
    "CZW": "\n".join((CHILDREN, GROUP, TRAVEL)),
    "INT": "\n".join((HOME, INFECTION, TRAVEL)),
    "OND": "\n".join((WALKS, LIFTING, HYGIENE)),
    "KOMP": "\n".join((SCREEN, HOME)),
    "ZAJ": "\n".join((GROUP, INFECTION)),
    "DROB": "\n".join((REPAIRS, LIFTING, HOME, ANIMALS)),
    "IMP": "\n".join((GROUP, LIFTING)),
    "BIU": "\n".join((SCREEN, LIFTING)),
    "TEL": SCREEN,
}


def _upgrade_rodo_health_safety() -> None:
    with op.batch_alter_table("activity_types", schema=None) as batch_op:
        batch_op.add_column(sa.Column("risk_info", sa.Text(), nullable=True))
    op.create_table(
        "health_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("given_by", sa.String(length=200), nullable=False),
        sa.Column("given_by_guardian", sa.Boolean(), nullable=False),
        sa.Column("health_info", sa.Text(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_health_consents_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_consents")),
    )
    with op.batch_alter_table("health_consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_consents_volunteer_id"), ["volunteer_id"], unique=False)
    types = sa.table("activity_types", sa.column("code", sa.String), sa.column("risk_info", sa.Text))
    for code, text in DEFAULT_RISK_INFO.items():
        op.execute(types.update().where(types.c.code == code).values(risk_info=text))


def _downgrade_rodo_health_safety() -> None:
    with op.batch_alter_table("health_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_consents_volunteer_id"))
    op.drop_table("health_consents")
    with op.batch_alter_table("activity_types", schema=None) as batch_op:
        batch_op.drop_column("risk_info")


# --- 0005a_declined_forms ----------------------------------------------------------------------
def _upgrade_declined_forms() -> None:
    op.create_table(
        "declined_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("genitive", sa.String(length=300), nullable=False),
        sa.Column("dative", sa.String(length=300), nullable=False),
        sa.Column("accusative", sa.String(length=300), nullable=False),
        sa.Column("instrumental", sa.String(length=300), nullable=False),
        sa.Column("locative", sa.String(length=300), nullable=False),
        sa.Column("confirmed_by", sa.String(length=80), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declined_forms")),
        sa.UniqueConstraint("kind", "text", "sex", name=op.f("uq_declined_forms_kind")),
    )
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guardian_sex", sa.String(length=1), nullable=True))
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sex", sa.String(length=1), nullable=True))


def _downgrade_declined_forms() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("sex")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_column("guardian_sex")
    op.drop_table("declined_forms")


# --- 0005f_audit_chain -------------------------------------------------------------------------
def _upgrade_audit_chain() -> None:
    op.add_column("audit_log", sa.Column("chain_hash", sa.String(length=64), nullable=True))
    audit_chain.link_pending(op.get_bind().exec_driver_sql)


def _downgrade_audit_chain() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = :key").bindparams(key=audit_chain.HEAD_KEY))
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("chain_hash")


# --- 0005c_acts_and_child_protection -----------------------------------------------------------
HOME_VISITS = ("TOW", "CODZ", "DROB")  # the seeded activity types done in the client's home


def _agreement_columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("notice_period_days", sa.Integer(), nullable=True),
        sa.Column("notice_given_on", sa.Date(), nullable=True),
        sa.Column("notice_given_by", sa.String(length=12), nullable=True),
        sa.Column("notice_delivery", sa.String(length=20), nullable=True),
        sa.Column("minor_escort", sa.String(length=200), nullable=True),
        sa.Column("minor_travel", sa.String(length=300), nullable=True),
    )


def _upgrade_acts_and_child_protection() -> None:
    with op.batch_alter_table("agreements", recreate="never") as batch_op:
        for column in _agreement_columns():
            batch_op.add_column(column)
    with op.batch_alter_table("staff", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("role_valid_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("role_valid_to", sa.Date(), nullable=True))
    with op.batch_alter_table("activity_types", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("home_visit", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        f"UPDATE activity_types SET home_visit = 1 WHERE code IN ({', '.join(map(repr, HOME_VISITS))})"
    )
    with op.batch_alter_table("vettings") as batch_op:
        batch_op.add_column(sa.Column("residence_document_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("no_record_document_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_vettings_residence_document_id_issued_documents",
            "issued_documents",
            ["residence_document_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            "fk_vettings_no_record_document_id_issued_documents",
            "issued_documents",
            ["no_record_document_id"],
            ["id"],
        )
    op.create_table(
        "volunteer_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_names_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_names")),
    )
    op.create_index("ix_volunteer_names_volunteer_id", "volunteer_names", ["volunteer_id"], unique=False)


def _downgrade_acts_and_child_protection() -> None:
    op.drop_index("ix_volunteer_names_volunteer_id", table_name="volunteer_names")
    op.drop_table("volunteer_names")
    with op.batch_alter_table("vettings") as batch_op:
        batch_op.drop_constraint("fk_vettings_no_record_document_id_issued_documents", type_="foreignkey")
        batch_op.drop_constraint("fk_vettings_residence_document_id_issued_documents", type_="foreignkey")
        batch_op.drop_column("no_record_document_id")
        batch_op.drop_column("residence_document_id")
    with op.batch_alter_table("activity_types", recreate="never") as batch_op:
        batch_op.drop_column("home_visit")
    with op.batch_alter_table("staff", recreate="never") as batch_op:
        batch_op.drop_column("role_valid_to")
        batch_op.drop_column("role_valid_from")
    with op.batch_alter_table("agreements", recreate="never") as batch_op:
        for column in reversed(_agreement_columns()):
            batch_op.drop_column(column.name)


def upgrade() -> None:
    _upgrade_rodo_health_safety()
    _upgrade_declined_forms()
    _upgrade_audit_chain()
    _upgrade_acts_and_child_protection()


def downgrade() -> None:
    _downgrade_acts_and_child_protection()
    _downgrade_audit_chain()
    _downgrade_declined_forms()
    _downgrade_rodo_health_safety()
