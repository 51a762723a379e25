"""The monthly summary as HTML for the preview in the window (Qt's rich text subset): the
same sections and tables as the PDF, with a bar drawn in each month's row."""

from __future__ import annotations

from html import escape

from coordinator_app.output.summaries.monthly_model import Hours, ReportDocument, ReportTable, Value
from coordinator_app.output.summaries.monthly_values import is_number, text

BAR_COLOUR = "#3c6e9f"
HEADER_COLOUR = "#e8edf3"
TOTAL_COLOUR = "#f3f3f3"
BAR_WIDTH = 220  # pixels for the longest bar
MONTHS_TABLE = "Godziny w ostatnich 12 miesiącach"  # drawn as bars instead


def _cell(value: Value, tag: str = "td", bold: bool = False) -> str:
    align = ' align="right"' if is_number(value) else ""
    content = escape(text(value)).replace(" ", "&nbsp;") if is_number(value) else escape(text(value))
    if bold:
        content = f"<b>{content}</b>"
    background = f' bgcolor="{TOTAL_COLOUR}"' if bold else ""
    return f"<{tag}{align}{background}>{content}</{tag}>"


def _table(table: ReportTable) -> str:
    parts = [f"<p><b>{escape(table.title)}</b></p>"]
    parts.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse;">')
    header = "".join(f'<th bgcolor="{HEADER_COLOUR}">{escape(title)}</th>' for title in table.columns)
    parts.append(f"<tr>{header}</tr>")
    for row in table.rows:
        parts.append("<tr>" + "".join(_cell(value) for value in row) + "</tr>")
    if table.total is not None:
        parts.append("<tr>" + "".join(_cell(value, bold=True) for value in table.total) + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def _months(document: ReportDocument) -> str:
    top = max((minutes for _label, minutes in document.months), default=0) or 1
    rows = []
    for label, minutes in document.months:
        width = round(BAR_WIDTH * minutes / top)
        bar = f'<td width="{width}" bgcolor="{BAR_COLOUR}"></td>' if width else ""
        hours = escape(text(Hours(minutes)))
        rows.append(
            f"<tr><td>{escape(label)}</td>"
            f'<td><table cellspacing="0" cellpadding="4"><tr>{bar}</tr></table></td>'
            f'<td align="right">{hours}</td></tr>'
        )
    return (
        "<p><b>Godziny zatwierdzone w ostatnich 12 miesiącach</b></p>"
        '<table cellspacing="2" cellpadding="1">' + "".join(rows) + "</table>"
    )


def _tile(label: str, value: Value) -> str:
    figure = f"<big><b>{escape(text(value))}</b></big>"
    return f'<td bgcolor="#f1f5f9" align="center">{figure}<br/>{escape(label)}</td>'


def document_html(document: ReportDocument) -> str:
    period = f"<b>{escape(document.period_label)}</b>"
    parts = [
        f"<h2>{escape(document.title)}</h2>",
        f"<p>{escape(document.organisation)}<br/>{period} · porównanie z okresem: "
        f"{escape(document.previous_label)}</p>",
        *(f'<p style="color: #9c2a00;"><b>{escape(line)}</b></p>' for line in document.notice),
        '<table cellspacing="6"><tr>' + "".join(_tile(label, value) for label, value in document.key_figures),
        "</tr></table>",
        _months(document),
    ]
    for section in document.sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        parts += [_table(table) for table in section.tables if table.title != MONTHS_TABLE]
        parts += [f"<p><small><i>{escape(note)}</i></small></p>" for note in section.notes]
    parts += [f"<p>{escape(label)}: {escape(name) or '…'}</p>" for label, name in document.approval]
    return "\n".join(parts)
