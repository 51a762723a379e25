"""Which section of the manual each window opens at when F1 is pressed.

Keys are class names (so this module imports no window); a window's class and its base classes
are looked up in order, and the main window answers for its current tab. A window missing
here opens the manual at its contents.
"""

from __future__ import annotations

CONTENTS = "spis-tresci"

SECTIONS: dict[str, str] = {
    # the main window's tabs
    "DashboardTab": "pulpit",
    "VolunteersTab": "wolontariusze",
    "ClientsTab": "podopieczni",
    "AssignmentsTab": "przydzialy",
    "TrainingsTab": "szkolenia",
    # settings
    "OrganisationDialog": "pierwsze-uruchomienie",
    "DictionariesDialog": "pierwsze-uruchomienie",
    "TemplateEditor": "pierwsze-uruchomienie",
    # records
    "VolunteerDialog": "wolontariusze",
    "VettingDialog": "wolontariusze",
    "NameFormsDialog": "wolontariusze",
    "ClientDialog": "podopieczni",
    "NeedDialog": "podopieczni",
    "AgreementDialog": "porozumienia",
    "AnnexDialog": "porozumienia",
    "TerminationDialog": "porozumienia",
    "WaitingListDialog": "przydzialy",
    "MatchDialog": "przydzialy",
    "AssignmentDialog": "przydzialy",
    "HoursCardDialog": "godziny",
    "MonthCloseDialog": "godziny",
    "SessionDialog": "szkolenia",
    "AttendanceDialog": "szkolenia",
    "ProgrammesDialog": "szkolenia",
    "RequirementsDialog": "szkolenia",
    # documents
    "DocumentPreviewDialog": "drukowanie",
    "OpinionEditor": "drukowanie",
    "BatchPrintDialog": "drukowanie",
    "RegisterDialog": "drukowanie",
    "ReportsDialog": "raporty",
    "PassphraseDialog": "kopie",
    "CoalitionTab": "koalicja",
    "CoalitionMeetingDialog": "koalicja",
    "YearlyProgrammeDialog": "koalicja",
}


def section_for(classes: list[str]) -> str:
    """The section of the first of `classes` (a window's class, then its bases) the map names."""
    return next((SECTIONS[name] for name in classes if name in SECTIONS), CONTENTS)
