"""The text of every document kind, for an adult woman, an adult man, a 15-year-old and an
11-year-old, with and without clauses the coordinator wrote, read back from the PDF: no
paragraph printed twice, no `1. 1.`, no default clause beside the coordinator's replacement,
signatures on a page with text, no `r.` at a line start and no day torn from its month."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdfium2 as pdfium
import pytest
from reportlab.platypus import Flowable

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import StatementKind
from coordinator_app.core.issuing.clauses import clause_lines, time_clause
from coordinator_app.core.issuing.service import DocumentRequest, issue, preview
from coordinator_app.core.issuing.snapshot import Signature
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, VolunteerStatement
from coordinator_app.output.documents.render import write_document
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para, polish_nbsp
from coordinator_app.output.pdf.writer import DocumentWriter
from tests.documents_helpers import TODAY, World, build_world, flat
from tests.factories import activity_id, hours_row, session_of

MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
SIGNATURE_LABELS = ("Korzystający (podpis, pieczęć)", "data i podpis", "Przedstawiciel ustawowy")

# Clauses as a coordinator types them: numbered by hand, one with the points run together,
# with gendered forms for the volunteer
WRITTEN = {
    "scope": "1. Pomoc w odrabianiu lekcji dzieciom z rodzin objętych wsparciem.",
    "manner": (
        "1. W świetlicy środowiskowej, osobiście.\n"
        "2. {Wolontariusz/Wolontariuszka} jest {zobowiązany/zobowiązana} do noszenia identyfikatora."
    ),
    "time_commitment": "w każdy wtorek od 16:00 do 18:00",
    "termination_terms": (
        "1. Każda ze Stron może rozwiązać porozumienie z zachowaniem 14-dniowego okresu wypowiedzenia. "
        "2. Oświadczenie o rozwiązaniu składa się na piśmie."
    ),
    "cost_rules": "Korzystający zwraca koszty przejazdu autobusem na podstawie biletów.",
}


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def pages_of(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(io.BytesIO(data))
    try:
        found = []
        for page in document:
            textpage = page.get_textpage()
            found.append(textpage.get_text_range().replace("\r", ""))
            textpage.close()
            page.close()
        return found
    finally:
        document.close()


def render(db: Database, request: DocumentRequest) -> list[str]:
    buffer = io.BytesIO()
    write_document(issue(db, request, TODAY), buffer)
    return pages_of(buffer.getvalue())


def write_clauses(db: Database, agreement_id: int) -> None:
    with session_of(db) as session:
        row = session.get(Agreement, agreement_id)
        assert row is not None
        row.scope = WRITTEN["scope"]
        row.manner = WRITTEN["manner"]
        row.time_commitment = WRITTEN["time_commitment"]
        row.termination_terms = WRITTEN["termination_terms"]
        row.cost_rules = WRITTEN["cost_rules"]


def body_of(pages: list[str]) -> str:
    """The agreement up to its list of annexes (the statements after it repeat by design)."""
    text = flat("\n".join(pages))
    return text.split("Załączniki:")[0]


def sentences(text: str) -> list[str]:
    text = re.sub(r"\s(?:\d{1,2}\.|§ \d+)\s", " | ", f" {text} ")
    return [part.strip() for part in re.split(r"(?<=[.;])\s+|\s\|\s", text) if len(part.strip()) > 50]


def assert_clean(pages: list[str]) -> None:
    """The checks every printed page must pass."""
    whole = flat("\n".join(pages))
    assert not re.search(r"(?<![\d.])1\. 1\.", whole), "numbering printed twice"
    for page in pages:
        lines = [line.strip() for line in page.replace("\u00a0", " ").splitlines()]
        for before, line in zip(["", *lines], lines, strict=False):
            assert not line.startswith("r. ") and line != "r.", f"'r.' at a line start: {line!r}"
            if re.search(r"(?<![\d.,/])\d{1,2}$", before):
                assert line.split(" ")[0] not in MONTHS, f"day torn from its month: {before!r} / {line!r}"
    signed = [page for page in pages if any(label in page for label in SIGNATURE_LABELS)]
    for page in signed:
        head = min(page.find(label) for label in SIGNATURE_LABELS if label in page)
        text_before = [line for line in page[:head].splitlines() if len(line.strip()) > 20]
        assert len(text_before) >= 2, "signatures alone on a page"


def agreements(world: World) -> dict[str, int]:
    return {
        "woman": world.agreement,
        "man": world.short_agreement,
        "15": world.minor_agreement,
        "11": world.child_agreement,
    }


@pytest.mark.parametrize("written", [False, True], ids=["default", "written"])
@pytest.mark.parametrize("who", ["woman", "man", "15", "11"])
def test_agreement_prints_each_clause_once(db: Database, world: World, who: str, written: bool) -> None:
    agreement_id = agreements(world)[who]
    if written:
        write_clauses(db, agreement_id)
    pages = render(db, DocumentRequest("agreement", agreement_id, options={"copies": 1}))
    assert_clean(pages)
    body = body_of(pages)
    seen = sentences(body)
    repeated = {s for s in seen if seen.count(s) > 1}
    assert not repeated, f"printed twice: {repeated}"
    for wrong in ("Wymiar świadczeń:", "lub dokumentowej", "Zasady pokrywania kosztów", "{", "}"):
        assert wrong not in body
    # the form of termination and of amendments: one rule, written form
    assert "Zmiany porozumienia wymagają formy pisemnej pod rygorem nieważności." in body
    # the opinion is something the volunteer may ask for (art. 44 ust. 3), not an obligation
    assert "o wydanie pisemnej opinii o wykonaniu świadczeń (art. 44 ust. 3 ustawy)" in body
    assert "prośbę – pisemną opinię" not in body
    if not written:
        return
    feminine = who in ("woman", "15")
    assert ("jest zobowiązana do noszenia" if feminine else "jest zobowiązany do noszenia") in body
    assert "Pomoc w odrabianiu lekcji dzieciom z rodzin objętych wsparciem." in body
    assert "Świadczenia wykonywane będą w każdy wtorek od 16:00 do 18:00." in body
    if who == "man":  # a 14-day agreement: a 14-day notice could never run (immediate effect)
        assert "ze skutkiem natychmiastowym" in body and "dniowego okresu wypowiedzenia" not in body
    else:
        assert "14-dniowego okresu wypowiedzenia" in body and "7-dniowego" not in body
    assert "Korzystający zwraca koszty przejazdu autobusem" in body
    # no default wording beside the coordinator's replacement
    for default in (
        "wskazanych przez koordynatora wolontariatu",
        "Powierzenie ich osobie trzeciej",
        "kartę czasu pracy",
        "na zasadach dotyczących pracowników (art. 45",
        "za porozumieniem Stron",
    ):
        assert default not in body


def test_travel_waiver_has_one_version(db: Database, world: World) -> None:
    with session_of(db) as session:
        session.add(
            VolunteerStatement(
                volunteer_id=world.adult,
                kind=StatementKind.TRAVEL_WAIVER.value,
                signed_on=dt.date(2025, 1, 2),
                scope="partial: dojazdy w obrębie gminy",
            )
        )
        row = session.get(Agreement, world.agreement)
        assert row is not None
        row.cost_rules = None
    options = {"copies": 1, "travel_waiver_form": True}
    body = flat("\n".join(render(db, DocumentRequest("agreement", world.agreement, options=options))))
    assert (
        "zwolniła Korzystającego z obowiązku pokrywania kosztów podróży służbowych i diet w części "
        "(dojazdy w obrębie gminy) oświadczeniem złożonym na piśmie w dniu 2.01.2025 r." in body
    )
    # the signed statement is cited; no blank form to tick beside it, no second version
    assert "☐ w całości" not in body and "Wzór oświadczenia" not in body
    assert body.count("z obowiązku pokrywania kosztów podróży") == 1


def test_blank_waiver_form_only_when_asked_and_none_signed(db: Database, world: World) -> None:
    options = {"copies": 1, "travel_waiver_form": True}
    body = flat("\n".join(render(db, DocumentRequest("agreement", world.short_agreement, options=options))))
    assert "Wzór oświadczenia o zwolnieniu z obowiązku pokrywania kosztów podróży służbowych i diet" in body
    assert "☐ w całości" in body
    plain = flat("\n".join(render(db, DocumentRequest("agreement", world.short_agreement))))
    assert "☐ w całości" not in plain and "Wzór oświadczenia" not in plain


@pytest.mark.parametrize("who", ["woman", "man", "15", "11"])
def test_every_kind_reads_clean(db: Database, world: World, who: str) -> None:
    volunteer = {"woman": world.adult, "man": world.man, "15": world.minor, "11": world.child}[who]
    if who in ("15", "11"):
        with session_of(db) as session:
            session.add(hours_row(volunteer, dt.date(2025, 4, 8), 120, activity_id(session, "EDU")))
    requests = [
        DocumentRequest("certificate", volunteer),
        DocumentRequest("thanks", volunteer, options={"year": 2025}),
        DocumentRequest("opinion", volunteer, options={"assessment": "Rzetelna współpraca."}),
        DocumentRequest(
            "termination",
            agreements(world)[who],
            options={"on": "2025-06-30", "mode": "volunteer_notice", "notice_on": "2025-06-23"},
        ),
    ]
    if who == "woman":
        requests += [
            DocumentRequest("annex", world.annex),
            DocumentRequest("referral", world.assignment),
            DocumentRequest("timesheet", world.assignment, month=Month(2025, 3)),
            DocumentRequest("training_certificate", world.training, volunteer_id=volunteer),
        ]
    for request in requests:
        pages = render(db, request)
        assert_clean(pages)
        seen = sentences(flat("\n".join(pages)))
        assert not {s for s in seen if seen.count(s) > 1}, request.kind


def test_training_certificate_wording(db: Database, world: World) -> None:
    request = DocumentRequest("training_certificate", world.training, volunteer_id=world.adult)
    text = flat("\n".join(render(db, request)))
    assert "ukończyła szkolenie pt. „Bezpieczeństwo w domu seniora”, zorganizowane przez" in text
    certificate = flat("\n".join(render(db, DocumentRequest("certificate", world.adult))))
    assert "ukończyła szkolenie:" in certificate and "szkolenia:" not in certificate


def test_clause_lines_drop_hand_numbering_and_split_run_in_points() -> None:
    assert clause_lines("1. Pierwszy punkt\n2) Drugi punkt;\n\n- Trzeci") == [
        "Pierwszy punkt.",
        "Drugi punkt.",
        "Trzeci.",
    ]
    assert clause_lines("1. Jeden. 2. Dwa (art. 45 ust. 4) w całości. 3. Trzy") == [
        "Jeden.",
        "Dwa (art. 45 ust. 4) w całości.",
        "Trzy.",
    ]
    assert (
        time_clause("średnio 3 godz. tygodniowo") == "Świadczenia wykonywane będą średnio 3 godz. tygodniowo."
    )


def test_polish_spaces_that_must_not_break() -> None:
    text = polish_nbsp("dnia 30 października 2025 r. (art. 44 ust. 3, nr W/1/2025, § 6, 5 godz.)")
    for bound in (
        "30\u00a0października",
        "2025\u00a0r.",
        "art.\u00a044",
        "ust.\u00a03",
        "nr\u00a0W/1",
        "§\u00a06",
    ):
        assert bound in text
    phone = polish_nbsp(
        "kontakt: Sandra Duda, tel. 883 972 737, e-mail: sduda@example; tel. +48 13 430 12 34"
    )
    assert "tel.\u00a0883\u00a0972\u00a0737, e-mail" in phone
    assert "tel.\u00a0+48\u00a013\u00a0430\u00a012\u00a034" in phone
    address = polish_nbsp(
        "z siedzibą w Modrzewie, ul. Szkolna 12, 38-471 Modrzewo; zam. Jabłonka 58/2a, 38-472"
    )
    assert "ul.\u00a0Szkolna\u00a012," in address and "Jabłonka\u00a058/2a," in address


def test_a_notice_by_e_mail_reads_without_nested_brackets(db: Database, world: World) -> None:
    with session_of(db) as session:
        row = session.get(Agreement, world.agreement)
        assert row is not None
        row.terminated_on, row.termination_mode = dt.date(2025, 9, 30), "volunteer_notice"
        row.notice_given_on, row.notice_delivery = dt.date(2025, 9, 23), "email"
    text = flat("\n".join(render(db, DocumentRequest("termination", world.agreement))))
    assert (
        "złożono w dniu 23 września 2025 r. (doręczone pocztą elektroniczną, w formie dokumentowej)." in text
    )


def test_termination_cites_the_opinion_as_the_volunteers_request(db: Database, world: World) -> None:
    request = DocumentRequest(
        "termination",
        world.agreement,
        options={"on": "2025-09-30", "mode": "volunteer_notice", "notice_on": "2025-09-23"},
    )
    text = flat("\n".join(render(db, request)))
    assert "Wolontariuszka może też zwrócić się o wydanie pisemnej opinii" in text
    assert "prośbę – opinię" not in text


def test_expiry_cites_the_opinion_as_the_volunteers_request(db: Database, world: World) -> None:
    """Art. 44 ust. 3: the opinion is something the volunteer may ask for, never an obligation."""
    text = flat("\n".join(render(db, DocumentRequest("expiry", world.short_agreement))))
    assert "Wolontariusz może też zwrócić się o wydanie pisemnej opinii o wykonaniu świadczeń" in text
    assert "prośbę – opinię" not in text


def test_rodo_clause_does_not_call_the_opinion_a_legal_obligation(db: Database, world: World) -> None:
    buffer = io.BytesIO()
    write_document(preview(db, DocumentRequest("intake_form"), TODAY), buffer)
    text = flat("\n".join(pages_of(buffer.getvalue())))
    assert "wydania na prośbę wolontariusza opinii o wykonaniu świadczeń (art. 6 ust. 1 lit. b RODO)" in text
    assert "zaświadczenia i opinii" not in text


def test_intake_form_asks_no_pesel(db: Database, world: World) -> None:
    buffer = io.BytesIO()
    write_document(preview(db, DocumentRequest("intake_form"), TODAY), buffer)
    text = flat("\n".join(pages_of(buffer.getvalue())))
    assert "Data urodzenia" in text and "PESEL" not in text.split("Klauzula informacyjna")[0]


def test_signatures_never_alone_whatever_the_length_of_the_text() -> None:
    """However much text comes before, the page with the signature lines has text on it: the
    last paragraph moves with the signatures instead of leaving them alone."""
    styles = style_set()
    signers = [Signature("Korzystający (podpis, pieczęć)", "Anna Nowak"), Signature("Wolontariuszka", "Ola")]
    paragraph = "Wolontariuszka wykonuje świadczenia starannie i sumiennie oraz dba o powierzone mienie. " * 3
    for count in range(14, 30):
        story: list[Flowable] = [para(f"{index}. {paragraph}", styles.body) for index in range(count)]
        blocks.sign_here(story, signers)
        buffer = io.BytesIO()
        writer = DocumentWriter(buffer, title="t", author="a")
        writer.add(story)
        writer.close()
        pages = pages_of(buffer.getvalue())
        last = next(page for page in pages if "Korzystający (podpis, pieczęć)" in page)
        assert "sumiennie" in last, f"{count} paragraphs: the signatures stand alone"


def test_hours_card_names_a_single_activity_once_not_on_every_row(db: Database, world: World) -> None:
    request = DocumentRequest("timesheet", world.assignment, month=Month(2025, 3))
    text = flat("\n".join(render(db, request)))
    assert text.count("Rodzaj działania") == 1, "only in the details above the table"
    other = activity_id(db, "TOW")
    with session_of(db) as session:  # an entry of another activity: the column is needed again
        session.add(hours_row(world.adult, dt.date(2025, 3, 18), 60, other, assignment_id=world.assignment))
    request = DocumentRequest("timesheet", world.assignment, month=Month(2025, 3))
    text = flat("\n".join(render(db, request)))
    assert text.count("Rodzaj działania") == 2


def test_a_two_page_hours_card_signs_beside_its_last_entries(db: Database, world: World) -> None:
    """However many entries, the page with the statement carries the card's last entry, not
    only the blank rows and the total."""
    zak = activity_id(db, "ZAK")
    for day in range(1, 29):
        with session_of(db) as session:
            session.add(
                hours_row(world.adult, dt.date(2025, 7, day), 60, zak, assignment_id=world.assignment)
            )
        if day < 12:
            continue
        pages = render(db, DocumentRequest("timesheet", world.assignment, month=Month(2025, 7)))
        signed = next(page for page in pages if "Oświadczam, że powyższe dane" in page)
        assert f"{day}.07.2025" in signed, f"{day} entries"
