"""All tables. Importing this package registers every model on `Base.metadata`.

One module per subject (`volunteers`, `clients`, `work`, `training`, `dictionaries`,
`documents`, `registers`, `imports`, `privacy`, `partners`, `actions`, `coalition`) on
`base`. Imports SQLAlchemy only.
"""

from coordinator_app.db.models.actions import Action, ActionPartner, ActionShift, ActionSignup
from coordinator_app.db.models.base import Base, Tracked
from coordinator_app.db.models.clients import Client, ClientType, Need
from coordinator_app.db.models.coalition import (
    CoalitionAttendee,
    CoalitionDecision,
    CoalitionMeeting,
    CoalitionTask,
    Programme,
    ProgrammeItem,
)
from coordinator_app.db.models.dictionaries import ActivityType, Staff, Village, VillageDistance
from coordinator_app.db.models.documents import DocumentImage, DocumentTemplate
from coordinator_app.db.models.imports import ImportBatch, ImportRecord
from coordinator_app.db.models.partners import Partner, PartnerContact
from coordinator_app.db.models.privacy import (
    AnonymisationEntry,
    Authorisation,
    ImageConsent,
    PrivacyRequest,
    ProcessingActivity,
)
from coordinator_app.db.models.registers import (
    AuditEntry,
    DeclinedForm,
    IssuedDocument,
    Organisation,
    Setting,
)
from coordinator_app.db.models.training import (
    Attendance,
    TrainingProgramme,
    TrainingProgrammeSession,
    TrainingRequirement,
    TrainingSession,
)
from coordinator_app.db.models.volunteers import (
    HealthConsent,
    Qualification,
    Vetting,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerName,
    VolunteerStatement,
    VolunteerStatusChange,
    VolunteerVillage,
)
from coordinator_app.db.models.work import (
    Agreement,
    AgreementActivity,
    AgreementAnnex,
    Assignment,
    AssignmentSchedule,
    HoursEntry,
    MonthClose,
)

__all__ = [
    "Action",
    "ActionPartner",
    "ActionShift",
    "ActionSignup",
    "ActivityType",
    "Agreement",
    "AgreementActivity",
    "AgreementAnnex",
    "AnonymisationEntry",
    "Assignment",
    "AssignmentSchedule",
    "Attendance",
    "AuditEntry",
    "Authorisation",
    "Base",
    "Client",
    "ClientType",
    "CoalitionAttendee",
    "CoalitionDecision",
    "CoalitionMeeting",
    "CoalitionTask",
    "DeclinedForm",
    "DocumentImage",
    "DocumentTemplate",
    "HealthConsent",
    "HoursEntry",
    "ImageConsent",
    "ImportBatch",
    "ImportRecord",
    "IssuedDocument",
    "MonthClose",
    "Need",
    "Organisation",
    "Partner",
    "PartnerContact",
    "PrivacyRequest",
    "ProcessingActivity",
    "Programme",
    "ProgrammeItem",
    "Qualification",
    "Setting",
    "Staff",
    "Tracked",
    "TrainingProgramme",
    "TrainingProgrammeSession",
    "TrainingRequirement",
    "TrainingSession",
    "Vetting",
    "Village",
    "VillageDistance",
    "Volunteer",
    "VolunteerActivityPreference",
    "VolunteerAvailability",
    "VolunteerName",
    "VolunteerStatement",
    "VolunteerStatusChange",
    "VolunteerVillage",
]
