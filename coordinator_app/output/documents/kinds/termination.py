"""The termination of an agreement (rozwiązanie): the date and the way it ends."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import N_
from coordinator_app.output.documents.agreement_pdf import termination_segments
from coordinator_app.output.documents.kinds import PrintedKind, PrintOption, Subject

KIND = PrintedKind(
    kind=DocumentKind.TERMINATION,
    title="Rozwiązanie porozumienia",
    subject=Subject.AGREEMENT,
    content=termination_segments,
    options=(
        PrintOption("on", "date", N_("Terminated on:")),
        PrintOption(
            "mode",
            "choice",
            choices=(
                ("mutual", N_("by agreement of the parties")),
                ("volunteer_notice", N_("notice given by the volunteer")),
                ("ops_notice", N_("notice given by the OPS")),
                ("expiry", N_("expiry of the period")),
            ),
        ),
    ),
)
