"""The annex's changes worded as amendments naming the § and ustęp of the agreement."""

from __future__ import annotations

from coordinator_app.core.issuing.annex_changes import annex_points, paragraph_numbers, split_points
from coordinator_app.core.issuing.defaults.agreement import AGREEMENT
from tests.factories.records import agreement_row

ADULT = {"pelnoletni"}
CHILD_WITH_MINORS = {"maloletni", "ponizej_13", "kwalifikacje_lub_dzieci"}


def test_paragraph_numbers_follow_the_sections_printed() -> None:
    adult = paragraph_numbers(AGREEMENT, ADULT)
    assert (adult["s_time"], adult["s_costs"], adult["s_termination"]) == (4, 6, 9)
    assert "s_vetting" not in adult and "s_minor" not in adult
    child = paragraph_numbers(AGREEMENT, CHILD_WITH_MINORS)
    assert (child["s_vetting"], child["s_termination"], child["s_minor"], child["s_final"]) == (9, 10, 11, 13)


def test_stored_points_keep_a_quoted_text_over_several_lines() -> None:
    stored = (
        "1. Sposób wykonywania świadczeń otrzymuje brzmienie: „Osobiście.\nW świetlicy.”.\n2. Inna zmiana."
    )
    assert split_points(stored) == [
        "Sposób wykonywania świadczeń otrzymuje brzmienie: „Osobiście.\nW świetlicy.”.",
        "Inna zmiana.",
    ]
    assert split_points("Rozszerzenie zakresu\nZmiana wymiaru") == ["Rozszerzenie zakresu", "Zmiana wymiaru"]


def test_each_change_names_its_paragraph_and_ustep() -> None:
    agreement = agreement_row(1, "W/1/2026", manner="Osobiście.\nPod nadzorem koordynatora.")
    numbers = paragraph_numbers(AGREEMENT, ADULT)
    changes = [
        "Sposób wykonywania świadczeń otrzymuje brzmienie: „W świetlicy.\nOsobiście.\nZ identyfikatorem.”",
        "Warunki rozwiązania porozumienia otrzymują brzmienie: „Każda ze Stron może rozwiązać "
        "porozumienie ze skutkiem natychmiastowym.”",
        "Zakres świadczeń obejmuje następujące rodzaje działań: Zakupy; Spacery",
        "Porozumienie zostaje zawarte na czas określony do dnia 30.06.2026 r.",
        "Dodano dyżur telefoniczny",
    ]
    found = annex_points(agreement, changes, numbers, has_activities=True, sex="K")
    assert found.points == [
        "w § 3 ust. 1–2 zastępuje się ustępami w brzmieniu: „1. W świetlicy. 2. Osobiście. "
        "3. Z identyfikatorem.”, a dalsze ustępy otrzymują kolejne numery.",
        "§ 9 otrzymuje brzmienie: „Każda ze Stron może rozwiązać porozumienie ze skutkiem natychmiastowym.”.",
        "w § 2 ust. 1 otrzymuje brzmienie: „Wolontariuszka zobowiązuje się do wykonywania świadczeń "
        "w zakresie: zakupy; spacery.”.",
        "w § 4 ust. 1 otrzymuje brzmienie: „Porozumienie zostaje zawarte na okres od 1 stycznia 2026 r. "
        "do 30 czerwca 2026 r.”.",
        "Dodano dyżur telefoniczny.",
    ]
    assert found.unclear == [5]
