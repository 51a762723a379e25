"""Issue 12: the agreement's annexes as a lawyer reads them: the coordinator named in the dative
in annex 1, the health consent following the OPS's copy with its page numbers and the child's
name declined, the under-13's RODO annex in the child's gender with the guardian's copy label,
and the layout of every variant (no lead-in or signature alone, no `r.` at a line start)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import re

import pypdfium2 as pdfium
import pytest

from coordinator_app.core.issuing.organisation import get_organisation, update_organisation
from coordinator_app.core.issuing.service import DocumentRequest, issue
from coordinator_app.core.volunteers.health_consent import HealthConsentData, record_health_consent
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, AgreementActivity
from coordinator_app.output.documents.render import write_document
from tests.documents_helpers import TODAY, World, build_world, flat
from tests.factories import agreement_row, save, session_of, staff_row, volunteer_row

OPS_COPY = "Egzemplarz dla Korzystającego"
CONSENT = "Zgoda na przetwarzanie informacji o stanie zdrowia"
MONTHS = "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def raw_pages(db: Database, agreement_id: int) -> list[str]:
    """Each page's text with its line breaks, as laid out."""
    document = issue(db, DocumentRequest("agreement", agreement_id), TODAY)
    buffer = io.BytesIO()
    write_document(document, buffer)
    pdf = pdfium.PdfDocument(io.BytesIO(buffer.getvalue()))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r", "").replace("\u00a0", " "))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def pages_of(db: Database, agreement_id: int) -> list[str]:
    return [flat(page) for page in raw_pages(db, agreement_id)]


def child_girl(db: Database) -> int:
    """An 11-year-old girl's agreement, her father her guardian."""
    with session_of(db) as session:
        girl = save(
            session,
            volunteer_row(
                "Reich Krystyna",
                sex="K",
                birth_date=dt.date(2014, 6, 1),
                pesel=None,
                guardian_name="Jan Reich",
                guardian_sex="M",
                guardian_relation="ojciec",
            ),
        )
        agreement = save(
            session,
            agreement_row(girl, "W/9/2025", period_from=dt.date(2025, 3, 1), period_to=dt.date(2025, 6, 30)),
        )
        activity = session.query(ActivityType).filter(ActivityType.code == "IMP").one()
        session.add(AgreementActivity(agreement_id=agreement, activity_type_id=activity.id))
        return agreement


# 1. annex 1: the coordinator to whom an accident is reported, in the dative


def test_annex_1_reports_accidents_to_the_coordinator_in_the_dative(db: Database, world: World) -> None:
    save(db, staff_row("Śliwiński Łukasz", sex="M"))
    text = " ".join(pages_of(db, world.agreement))
    assert "koordynatorowi wolontariatu – Łukaszowi Śliwińskiemu, tel. 600 700 800" in text
    assert "Łukasz Śliwiński, tel." not in text


def test_a_woman_coordinator_with_an_indeclinable_surname(db: Database, world: World) -> None:
    update_organisation(db, dataclasses.replace(get_organisation(db), coordinator_name="Beata Budkiewicz"))
    save(db, staff_row("Budkiewicz Beata", sex="K"))
    text = " ".join(pages_of(db, world.agreement))
    assert "koordynatorowi wolontariatu – Beacie Budkiewicz, tel. 600 700 800" in text


def test_an_unknown_form_keeps_the_name_in_the_nominative_after_a_colon(db: Database, world: World) -> None:
    text = " ".join(pages_of(db, world.agreement))  # the coordinator's sex is not recorded
    assert "koordynatorowi wolontariatu: Łukasz Śliwiński, tel. 600 700 800" in text
    assert "koordynatorowi wolontariatu – Łukasz" not in text


# 3. the health consent: after the OPS's copy, numbered with it, the child's name declined


def test_the_health_consent_follows_the_ops_copy_and_is_numbered_with_it(db: Database, world: World) -> None:
    record_health_consent(
        db,
        world.minor,
        HealthConsentData(dt.date(2025, 2, 20), "Bożena Źrebięcka", True, "Alergia"),
        today=TODAY,
    )
    pages = pages_of(db, world.minor_agreement)
    labels = [OPS_COPY if OPS_COPY in page else "other" for page in pages]
    ops = labels.count(OPS_COPY)
    assert labels == [OPS_COPY] * ops + ["other"] * (len(pages) - ops)  # the OPS's copy first, whole
    consent = pages[ops - 1]
    assert CONSENT in consent and not any(CONSENT in page for page in pages[: ops - 1] + pages[ops:])
    assert f"Porozumienie nr W/3/2025 – strona {ops} z {ops}" in consent
    assert f"strona {ops - 1} z {ops} " in pages[ops - 2] + " "
    other = len(pages) - ops
    assert other == ops - 1 and f"strona {other} z {other}" in pages[-1]
    assert "GOPS w Łęczycy Małej · www.example.pl" in consent  # the same footer


def test_the_health_consent_declines_the_childs_name(db: Database, world: World) -> None:
    girl = " ".join(pages_of(db, child_girl(db)))
    assert "jako przedstawiciel ustawowy małoletniej Krystyny Reich, wyrażam wyraźną zgodę" in girl
    boy = " ".join(pages_of(db, world.child_agreement))
    assert re.search(r"jako przedstawiciel ustawowy małoletniego (Stasia Małego|Staś Mały)?", boy)
    assert "małoletniego Staś Mały, wyrażam" not in boy


# 4. the under-13's RODO annex: the child's gender, the guardian's copy


def test_a_girl_under_13_is_never_called_maloletni(db: Database, world: World) -> None:
    pages = pages_of(db, child_girl(db))
    text = " ".join(pages)
    assert "z udziałem małoletniej i kontaktu w nagłej sytuacji" in text
    assert "co do własnych danych i danych małoletniej;" in text
    assert "małoletniego" not in text
    assert "Egzemplarz dla Wolontariuszki" not in text
    # the father speaks for her, in his own gender; she makes no statement of her own
    assert re.findall(r"\w+łam\b", text) == []
    assert "Ja, Jan Reich, przedstawiciel ustawowy małoletniej Krystyny Reich, oświadczam, że:" in text
    assert text.count("Egzemplarz dla przedstawiciela ustawowego Wolontariuszki") == text.count(OPS_COPY) - 1


def test_a_boy_under_13_and_his_fathers_copy(db: Database, world: World) -> None:
    text = " ".join(pages_of(db, world.child_agreement))
    assert "z udziałem małoletniego i kontaktu w nagłej sytuacji" in text
    assert "Egzemplarz dla przedstawiciela ustawowego Wolontariusza" in text
    assert "Egzemplarz dla Wolontariusza" not in text
    assert "małoletniej" not in text


def test_the_guardians_confidentiality_statement_has_no_authorisation_to_sign(
    db: Database, world: World
) -> None:
    pages = pages_of(db, world.child_agreement)
    [statement] = [
        page for page in pages if OPS_COPY in page and "nie otrzymuje upoważnienia do przetwarzania" in page
    ]
    assert "Zobowiązanie przedstawiciela ustawowego do zachowania poufności" in statement
    assert "za administratora danych" not in statement
    adult = pages_of(db, world.agreement)
    assert any("za administratora danych" in page and "(art. 29 RODO)" in page for page in adult)


# 6. the layout of every variant


def _layout_faults(pages: list[str]) -> list[str]:
    faults = []
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for before, after in itertools.pairwise(lines):
            if after.startswith("r.") and re.search(r"\d$", before):
                faults.append(f"p{number}: 'r.' starts a line after {before[-20:]!r}")
            if re.search(r"(?<![\d.])\d{1,2}$", before) and re.match(rf"({MONTHS})\b", after):
                faults.append(f"p{number}: day and month split: {before[-20:]!r} / {after[:20]!r}")
        text = [
            line for line in lines if not line.startswith(("Egzemplarz dla", "GOPS w", "Porozumienie nr"))
        ]
        signing = [i for i, line in enumerate(text) if line.startswith("data i podpis")]
        if signing and all(
            re.fullmatch(r"\.{10,}.*|data i podpis.*|za administratora.*|[\w\- ]+", line) for line in text
        ):
            faults.append(f"p{number}: signatures alone")
        ending = [line for line in text if not re.fullmatch(r"\.{10,}.*", line)]
        if not signing and ending and (ending[-1].endswith(":") or re.match(r"[IVX]+\. ", ending[-1])):
            faults.append(f"p{number}: lead-in at the page bottom: {ending[-1]!r}")
    return faults


@pytest.mark.parametrize("which", ["agreement", "short_agreement", "minor_agreement", "child_agreement"])
def test_no_line_or_signature_is_left_alone_in_any_variant(db: Database, world: World, which: str) -> None:
    record_health_consent(
        db, world.minor, HealthConsentData(dt.date(2025, 2, 20), "Bożena Źrebięcka", True, None), today=TODAY
    )
    pages = raw_pages(db, getattr(world, which))
    assert len(pages) > 4
    assert _layout_faults(pages) == []
