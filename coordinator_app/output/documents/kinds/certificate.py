"""The certificate of volunteer services (zaświadczenie, art. 44 ust. 2)."""

from typing import Any

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import N_
from coordinator_app.output.documents.kinds import Batch, PrintedKind, PrintOption, Subject, check
from coordinator_app.output.documents.letters_pdf import certificate_segments


def _year(year: int) -> dict[str, Any]:
    return {"period_from": f"{year}-01-01", "period_to": f"{year}-12-31"}


KIND = PrintedKind(
    kind=DocumentKind.CERTIFICATE,
    title="Zaświadczenie",
    subject=Subject.VOLUNTEER,
    content=certificate_segments,
    options=(
        check("hours", N_("total hours")),
        check("trainings", N_("trainings")),
        PrintOption(
            "purpose", "text", N_("For (purpose):"), placeholder=N_("e.g. the school"), max_length=150
        ),
    ),
    batch=Batch(
        N_("Certificates for the volunteers active in a year"),
        "zaswiadczenia",
        monthly=False,
        position=3,
        options=_year,
    ),
)
