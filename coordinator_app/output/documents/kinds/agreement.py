"""The agreement (porozumienie, domain §8.1): two copies, its attachments and statements."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import N_
from coordinator_app.output.documents.agreement_pdf import agreement_segments
from coordinator_app.output.documents.kinds import PrintedKind, Subject, check

KIND = PrintedKind(
    kind=DocumentKind.AGREEMENT,
    title="Porozumienie",
    subject=Subject.AGREEMENT,
    content=agreement_segments,
    options=(
        check("copies", N_("two copies"), on_off=(2, 1)),
        check("image_consent", N_("image consent form")),
        check("travel_waiver_form", N_("travel-cost waiver form"), default=False),
    ),
)
