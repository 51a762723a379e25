"""NNW insurance in the summary (art. 46 of the act): agreements in force during the period
that last 30 days or fewer need NNW insurance; they are covered by their own policy or when
they lie within the OPS policy's dates. Longer ones are covered by the state (ZUS)."""

from __future__ import annotations

from coordinator_app.core.agreements.rules import is_short, last_valid_day
from coordinator_app.core.calendar import Period
from coordinator_app.core.reports import queries as q
from coordinator_app.core.reports.figures import InsuranceFigures


def insurance_figures(period: Period, rows: list[q.AgreementRow], org: q.OrganisationRow) -> InsuranceFigures:
    short = covered = long = 0
    for row in rows:
        last = last_valid_day(row.period_to, row.terminated_on)
        if row.period_from > period.end or (
            last is not None and (last < period.start or last < row.period_from)
        ):
            continue  # not in force in the period
        if not is_short(row.period_from, row.period_to):
            long += 1
            continue
        short += 1
        inside_policy = (
            org.policy is not None
            and org.valid_from is not None
            and org.valid_to is not None
            and row.period_to is not None
            and org.valid_from <= row.period_from
            and row.period_to <= org.valid_to
        )
        covered += bool(row.nnw_policy) or inside_policy
    return InsuranceFigures(org.insurer, org.policy, org.valid_from, org.valid_to, short, covered, long)
