"""The summary's charts, drawn with ReportLab's graphics (vector, in the embedded fonts):
confirmed hours in the last twelve months, and hours by activity type in the period."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator_app.output.pdf.fonts import register_fonts
from coordinator_app.output.summaries.monthly_model import Hours
from coordinator_app.output.summaries.monthly_values import text

BAR = colors.HexColor("#3c6e9f")
LAST_BAR = colors.HexColor("#d08b2c")
GRID = colors.HexColor("#d9d9d9")
AXIS_TEXT = colors.HexColor("#333333")
LABEL_CHARACTERS = 30  # an activity name beside its bar is wrapped into lines this long
LINE_HEIGHT = 8.0  # points between the lines of a wrapped name


def _hours(minutes: int) -> float:
    return minutes / 60


def _axis(value: float) -> tuple[float, float]:
    """A round axis top a little above `value`, and its step (four steps of 1, 2 or 5 × 10ⁿ)."""
    if value <= 0:
        return 4.0, 1.0
    wanted = value * 1.08 / 4
    magnitude = 10 ** math.floor(math.log10(wanted))
    step = next(factor * magnitude for factor in (1, 2, 5, 10) if factor * magnitude >= wanted)
    return 4 * step, step


def _title(drawing: Drawing, caption: str, width: float, height: float) -> None:
    family = register_fonts()
    drawing.initialFontName = family  # else the renderer's default (Helvetica) lands in the PDF
    drawing.add(String(0, height - 11, caption, fontName=f"{family}-Bold", fontSize=9, fillColor=AXIS_TEXT))
    del width


def months_chart(months: Sequence[tuple[str, int]], width: float, height: float = 5.6 * cm) -> Drawing:
    """Vertical bars, one a month, the period's month last (highlighted), hours on the bars."""
    family = register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, "Godziny zatwierdzone w ostatnich 12 miesiącach", width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 1.3 * cm, 0.9 * cm
    chart.width, chart.height = width - 1.5 * cm, height - 1.9 * cm
    values = [_hours(minutes) for _label, minutes in months] or [0.0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = _axis_labels([label for label, _minutes in months]) or [""]
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.labels.leading = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _axis(max(values))
    chart.valueAxis.labels.fontName = family
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: text(Hours(round(v * 60)))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.barWidth = 10
    chart.groupSpacing = 10
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    if len(values) > 0:
        chart.bars[(0, len(values) - 1)].fillColor = LAST_BAR
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    chart.barLabelFormat = _bar_label
    drawing.add(chart)
    return drawing


def _axis_labels(labels: list[str]) -> list[str]:
    """`lis 2025` -> `lis` under a bar, with the year under the first month and January."""
    result = []
    for index, label in enumerate(labels):
        name, _space, year = label.partition(" ")
        result.append(f"{name}\n{year}" if index == 0 or name == "sty" else name)
    return result


def _bar_label(value: float) -> str:
    """The hours on a bar as the tables print them: `138,5`, never rounded to `138`."""
    if not value:
        return ""
    return text(Hours(round(value * 60)))


def _wrapped(name: str, limit: int = LABEL_CHARACTERS) -> str:
    """An activity's name whole, broken between words into lines of about `limit` characters."""
    lines: list[str] = []
    words: list[str] = []
    for word in name.split():  # a one-letter word ("i", "w") never ends a line
        words.append(f"{words.pop()} {word}" if words and len(words[-1]) == 1 else word)
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def activities_chart(activities: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars, one an activity type (by its whole name, wrapped), largest first."""
    family = register_fonts()
    activities = [(_wrapped(name), minutes) for name, minutes in activities]
    labels = max(
        (stringWidth(line, family, 7) for name, _minutes in activities for line in name.split("\n")),
        default=0,
    )
    ordered = sorted(activities, key=lambda item: -item[1])[:16]
    rows = max(len(ordered), 1)
    lines = max((name.count("\n") + 1 for name, _minutes in ordered), default=1)
    height = 1.4 * cm + rows * (0.42 * cm + (lines - 1) * LINE_HEIGHT)
    drawing = Drawing(width, height)
    _title(drawing, "Godziny zatwierdzone według rodzaju działań", width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = labels + 6, 0.5 * cm
    chart.width, chart.height = width - labels - 6 - 1.2 * cm, height - 1.2 * cm
    values = [_hours(minutes) for _name, minutes in reversed(ordered)] or [0.0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [name for name, _minutes in reversed(ordered)] or [""]
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.leading = LINE_HEIGHT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _axis(max(values))
    chart.valueAxis.labels.fontName = family
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: text(Hours(round(v * 60)))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = _bar_label
    drawing.add(chart)
    return drawing
