"""Stored codes of the domain's closed lists, with their (translatable) display labels."""

from __future__ import annotations

from enum import StrEnum

from coordinator_app.i18n import N_, _


class LabelledEnum(StrEnum):
    @property
    def label(self) -> str:
        return _(_LABELS[(type(self), self.value)])

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]


class VolunteerStatus(LabelledEnum):
    CANDIDATE = "candidate"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"


class Sex(LabelledEnum):
    FEMALE = "K"
    MALE = "M"


class StatementKind(LabelledEnum):
    HEALTH_SAFETY = "health_safety"
    RIGHTS_DUTIES = "rights_duties"
    CONFIDENTIALITY = "confidentiality"
    DATA_AUTHORISATION = "data_authorisation"
    GDPR_CLAUSE = "gdpr_clause"
    TRAVEL_WAIVER = "travel_waiver"
    IMAGE_CONSENT = "image_consent"
    GUARDIAN_CONSENT = "guardian_consent"


class TimeSlot(LabelledEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class ClientStatus(LabelledEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"


class NeedStatus(LabelledEnum):
    OPEN = "open"
    MATCHED = "matched"
    CLOSED = "closed"


class AssignmentStatus(LabelledEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"


# An assignment that serves its need now or soon: it takes the need off the waiting list, counts
# in the volunteer's load and in double booking.
SERVING_ASSIGNMENT = (AssignmentStatus.PLANNED.value, AssignmentStatus.ACTIVE.value)


class HoursStatus(LabelledEnum):
    PLANNED = "planned"
    DONE = "done"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class TrainingCategory(LabelledEnum):
    INDUCTION = "induction"
    SAFETY = "safety"
    GDPR = "gdpr"
    CHILD_PROTECTION = "child_protection"
    FIRST_AID = "first_aid"
    SENIORS = "seniors"
    TOPICAL = "topical"
    SUPERVISION = "supervision"


class AttendanceStatus(LabelledEnum):
    REGISTERED = "registered"  # signed up for a session that has not been marked yet
    PRESENT = "present"
    ABSENT = "absent"
    PARTLY = "partly"


_LABELS: dict[tuple[type, str], str] = {
    (VolunteerStatus, VolunteerStatus.CANDIDATE.value): N_("candidate"),
    (VolunteerStatus, VolunteerStatus.ACTIVE.value): N_("active"),
    (VolunteerStatus, VolunteerStatus.SUSPENDED.value): N_("suspended"),
    (VolunteerStatus, VolunteerStatus.ENDED.value): N_("ended"),
    (Sex, Sex.FEMALE.value): N_("woman"),
    (Sex, Sex.MALE.value): N_("man"),
    (StatementKind, StatementKind.HEALTH_SAFETY.value): N_("Informed of health and safety risks (art. 45)"),
    (StatementKind, StatementKind.RIGHTS_DUTIES.value): N_("Informed of rights and duties"),
    (StatementKind, StatementKind.CONFIDENTIALITY.value): N_("Confidentiality undertaking"),
    (StatementKind, StatementKind.DATA_AUTHORISATION.value): N_("Authorisation to process personal data"),
    (StatementKind, StatementKind.GDPR_CLAUSE.value): N_("GDPR information clause handed over"),
    (StatementKind, StatementKind.TRAVEL_WAIVER.value): N_("Waiver of travel costs (written)"),
    (StatementKind, StatementKind.IMAGE_CONSENT.value): N_("Consent to use of image"),
    (StatementKind, StatementKind.GUARDIAN_CONSENT.value): N_("Legal guardian's consent"),
    (TimeSlot, TimeSlot.MORNING.value): N_("morning"),
    (TimeSlot, TimeSlot.AFTERNOON.value): N_("afternoon"),
    (TimeSlot, TimeSlot.EVENING.value): N_("evening"),
    (ClientStatus, ClientStatus.ACTIVE.value): N_("active"),
    (ClientStatus, ClientStatus.SUSPENDED.value): N_("suspended"),
    (ClientStatus, ClientStatus.ENDED.value): N_("ended"),
    (NeedStatus, NeedStatus.OPEN.value): N_("open"),
    (NeedStatus, NeedStatus.MATCHED.value): N_("matched"),
    (NeedStatus, NeedStatus.CLOSED.value): N_("closed"),
    (AssignmentStatus, AssignmentStatus.PLANNED.value): N_("planned"),
    (AssignmentStatus, AssignmentStatus.ACTIVE.value): N_("active"),
    (AssignmentStatus, AssignmentStatus.SUSPENDED.value): N_("suspended"),
    (AssignmentStatus, AssignmentStatus.ENDED.value): N_("ended"),
    (HoursStatus, HoursStatus.PLANNED.value): N_("planned"),
    (HoursStatus, HoursStatus.DONE.value): N_("done"),
    (HoursStatus, HoursStatus.CONFIRMED.value): N_("confirmed"),
    (HoursStatus, HoursStatus.CANCELLED.value): N_("cancelled"),
    (HoursStatus, HoursStatus.NO_SHOW.value): N_("no-show"),
    (TrainingCategory, TrainingCategory.INDUCTION.value): N_("induction"),
    (TrainingCategory, TrainingCategory.SAFETY.value): N_("health and safety"),
    (TrainingCategory, TrainingCategory.GDPR.value): N_("GDPR and confidentiality"),
    (TrainingCategory, TrainingCategory.CHILD_PROTECTION.value): N_("child-protection standards"),
    (TrainingCategory, TrainingCategory.FIRST_AID.value): N_("first aid"),
    (TrainingCategory, TrainingCategory.SENIORS.value): N_("communicating with seniors"),
    (TrainingCategory, TrainingCategory.TOPICAL.value): N_("topical"),
    (TrainingCategory, TrainingCategory.SUPERVISION.value): N_("supervision / group meeting"),
    (AttendanceStatus, AttendanceStatus.REGISTERED.value): N_("registered"),
    (AttendanceStatus, AttendanceStatus.PRESENT.value): N_("present"),
    (AttendanceStatus, AttendanceStatus.ABSENT.value): N_("absent"),
    (AttendanceStatus, AttendanceStatus.PARTLY.value): N_("partly"),
}
