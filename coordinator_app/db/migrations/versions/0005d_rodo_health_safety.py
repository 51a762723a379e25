"""health consents and activity-type risk information

Revision ID: 0005d
Revises: 0004
Create Date: 2026-12-03

What: a `health_consents` table (the explicit consent, art. 9 ust. 2 lit. a RODO, under which
the OPS keeps health information about a volunteer given by the volunteer or the guardian: when
it was given, by whom, the information, when it was withdrawn) and `activity_types.risk_info`,
the health-and-safety risk information printed in annex 1 of the agreement (art. 45 ust. 1
pkt 1 of the volunteering act), one line per point. The default activity types get the default
wording; a type the OPS renamed or added keeps an empty text until the OPS writes one.

Why: issue 12, points 7 and 8.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005d"
down_revision = "0004"
branch_labels = None
depends_on = None


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


def upgrade() -> None:
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


def downgrade() -> None:
    with op.batch_alter_table("health_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_consents_volunteer_id"))
    op.drop_table("health_consents")
    with op.batch_alter_table("activity_types", schema=None) as batch_op:
        batch_op.drop_column("risk_info")
