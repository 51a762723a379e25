"""Hours: the monthly hours card (fast keyboard entry), month close, and the volunteer's
12-month hours panel. `open_hours_card` and `open_month_close` are the entry points.

`card_dialog` (its window built by `card_layout`), `card_model` and `card_table` (the grid),
`volunteer_field`, `reason`, `month_close_dialog`, `panel`, `actions`. Qt widgets over the
`core.hours` services; imports core, db, i18n and ui.style.
"""

from coordinator_app.ui.hours.actions import open_hours_card, open_month_close
from coordinator_app.ui.hours.card_dialog import HoursCardDialog
from coordinator_app.ui.hours.month_close_dialog import MonthCloseDialog
from coordinator_app.ui.hours.panel import VolunteerHoursPanel

__all__ = [
    "HoursCardDialog",
    "MonthCloseDialog",
    "VolunteerHoursPanel",
    "open_hours_card",
    "open_month_close",
]
