"""The thank-you diploma (podziękowanie) for a year of services."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import N_
from coordinator_app.output.documents.kinds import Batch, PrintedKind, PrintOption, Subject, check
from coordinator_app.output.documents.letters_pdf import thanks_segments

KIND = PrintedKind(
    kind=DocumentKind.THANKS,
    title="Podziękowanie",
    subject=Subject.VOLUNTEER,
    content=thanks_segments,
    options=(
        PrintOption("year", "year", N_("Year:")),
        check("hours", N_("the year's hours")),
    ),
    batch=Batch(
        N_("Thank-you diplomas for the volunteers active in a year"),
        "podziekowania",
        monthly=False,
        position=1,
        options=lambda year: {"year": year},
    ),
)
