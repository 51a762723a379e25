"""`monthly_summary`: every figure of the summary for management, for any period.

All queries run in one read transaction (one consistent snapshot); the figures are then put
together in Python from a few thousand grouped rows. Definitions (domain §5.3):

- an *active* volunteer has at least one confirmed hours entry in the period; *new* ones have
  their first confirmed hours ever in it; age (bands, minors) is taken on the period's last day;
- an agreement is *signed* when concluded in the period and *ends* when its last day in force
  (end date or termination, whichever is first) falls in it;
- hours *by village* are where the help was given: the client's village; work without a
  client (group work, events, the office) is a line of its own;
- a *visit* is a confirmed entry of an assignment to a client; clients are counted once;
- *retention*: active volunteers whose first confirmed hours are at least 3, 6 or 12 calendar
  months back, the period's last month included;
- NNW: agreements in force during the period that last 30 days or fewer need NNW insurance;
  they are covered by their own policy or when they lie within the OPS policy's dates;
- the period's status (closed or not, hours pending) and the year to date: `standing`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection

from coordinator_app.core.agreements.rules import last_valid_day
from coordinator_app.core.bulk import paused_collection
from coordinator_app.core.calendar import Month, Period
from coordinator_app.core.clients import CLIENT_TYPE_LABELS
from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.reports import queries as q
from coordinator_app.core.reports.actions_figures import action_figures
from coordinator_app.core.reports.figures import (
    AGE_BANDS,
    DOCUMENT_KINDS,
    NO_CLIENT,
    RETENTION_MONTHS,
    SEXES,
    AgreementFigures,
    ClientFigures,
    ClientTypeLine,
    Compared,
    CostFigures,
    HoursFigures,
    HoursLine,
    KorpusFigures,
    RetentionFigures,
    SmallCount,
    Summary,
    Tally,
    TrainingFigures,
    TrainingLine,
    VolunteerFigures,
    YearToDate,
    age_band,
    suppress_partition,
    suppress_tallies,
    work_value,
)
from coordinator_app.core.reports.insurance import insurance_figures
from coordinator_app.core.reports.korpus import requirement
from coordinator_app.core.reports.settings import ReportSettings, read_report_settings
from coordinator_app.core.reports.standing import period_status, signatories, year_start, year_to_date
from coordinator_app.core.rules import age_on
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.engine import Database

Progress = Callable[[int, int, str], bool]
CHART_MONTHS = 12


class Cancelled(Exception):
    """The user cancelled the computation through the progress callback."""


@dataclass
class _Steps:
    progress: Progress | None
    total: int
    done: int = 0

    def __call__(self, stage: str) -> None:
        if self.progress is not None and not self.progress(self.done, self.total, stage):
            raise Cancelled
        self.done += 1


def monthly_summary(
    db: Database,
    period: Period,
    *,
    today: dt.date | None = None,
    settings: ReportSettings | None = None,
    progress: Progress | None = None,
) -> Summary:
    """The figures of `period` against the period before it. `progress(done, total, stage)`
    returning False cancels (raises `Cancelled`)."""
    settings = settings or read_report_settings(db)
    history = max(CHART_MONTHS, settings.korpus.longest)
    last = period.last_month
    window = [last.back(i) for i in range(history - 1, -1, -1)]
    ytd = year_start(period)
    steps = _Steps(progress, total=len(q.work_slices(period, window, ytd)) + 6)
    with paused_collection(), db.session() as session:
        conn = session.connection()
        work = q.period_work(conn, period, window, ytd, step=lambda: steps("hours"))
        current, previous, monthly = work.current, work.previous, work.monthly
        steps("volunteers")
        people = q.volunteers(conn)
        first_days = q.first_confirmed_days(conn)
        steps("clients")
        to_client = q.assignment_clients(conn)
        places = q.client_places(conn)
        types = q.client_types(conn)
        activities = q.activity_types(conn)
        steps("agreements")
        year_agreements = q.agreements(conn, ytd.start, ytd.end)
        agreement_rows = (  # the year so far holds the period but for one reaching into last year
            q.agreements_within(year_agreements, period.start, period.end)
            if ytd.start <= period.start
            else q.agreements(conn, period.start, period.end)
        )
        organisation = q.organisation(conn)
        steps("trainings")
        training_rows = q.trainings(conn, period.start, period.end)
        documents = q.issued_documents(conn, period.start, period.end)
        steps("year")
        status = period_status(conn, period)
        year = _year_so_far(conn, ytd, (work.year, year_agreements), first_days, to_client, settings)
        actions = action_figures(conn, period.start, period.end, settings.small_count)
    steps("figures")
    threshold = settings.small_count
    active = {row.volunteer_id for row in current}
    active_before = {row.volunteer_id for row in previous}
    minutes = sum(row.minutes for row in current)
    return Summary(
        period=period,
        previous=period.previous(),
        organisation=organisation.name,
        generated_on=today or dt.date.today(),
        threshold=threshold,
        volunteers=_volunteers(period, active, len(active_before), people, first_days, threshold),
        agreements=_agreements(period, agreement_rows),
        hours=HoursFigures(
            minutes=Compared(minutes, sum(row.minutes for row in previous)),
            entries=sum(row.entries for row in current),
            by_activity=_by_activity(current, previous, activities),
            by_village=_by_village(current, previous, to_client, places, threshold),
            by_month=tuple((m, sum(monthly[m].values())) for m in window[-CHART_MONTHS:]),
        ),
        clients=_clients(current, previous, to_client, types, threshold),
        trainings=_trainings(training_rows),
        documents=tuple((kind, documents.get(kind, 0)) for kind in DOCUMENT_KINDS),
        retention=_retention(last, active, first_days),
        korpus=_korpus(last, active, people, monthly, settings, history),
        insurance=insurance_figures(period, agreement_rows, organisation),
        costs=CostFigures(
            travel_grosze=sum(row.travel_grosze for row in current),
            travel_km=sum(row.travel_km for row in current),
            volunteers_with_travel=len({r.volunteer_id for r in current if r.travel_grosze or r.travel_km}),
            training_grosze=sum({row.session_id: row.cost_grosze for row in training_rows}.values()),
            hour_value_grosze=settings.hour_value_grosze,
            work_value_grosze=work_value(minutes, settings.hour_value_grosze),
        ),
        status=status,
        year_to_date=year,
        signatories=signatories(organisation),
        actions=actions,
    )


def _year_so_far(
    conn: Connection,
    ytd: Period,
    read: tuple[list[q.WorkRow], list[q.AgreementRow]],
    first_days: dict[int, dt.date],
    to_client: dict[int, int],
    settings: ReportSettings,
) -> YearToDate:
    rows, agreement_rows = read
    return year_to_date(
        ytd,
        rows,
        q.pending_minutes(conn, ytd.start, ytd.end),
        _agreements(ytd, agreement_rows),
        _trainings(q.trainings(conn, ytd.start, ytd.end)),
        (first_days, to_client, settings.small_count, settings.hour_value_grosze),
    )


def _tallies(counter: Counter[str], keys: Iterable[str]) -> tuple[Tally, ...]:
    return tuple(Tally(key, key, counter.get(key, 0)) for key in keys)


def _volunteers(
    period: Period,
    active: set[int],
    previous_active: int,
    people: dict[int, q.Person],
    first_days: dict[int, dt.date],
    threshold: int,
) -> VolunteerFigures:
    sexes: Counter[str] = Counter()
    bands: Counter[str] = Counter()
    villages: Counter[str] = Counter()
    adults = new = 0
    for vid in active:
        person = people[vid]
        age = age_on(person.birth_date, period.end)
        sexes[person.sex if person.sex in SEXES else ""] += 1
        bands[age_band(age)] += 1
        villages[person.village] += 1
        adults += age >= 18
        new += first_days.get(vid, period.start) >= period.start
    village_keys = sorted(villages, key=lambda name: (name == "", polish_sort_key(name)))
    tenure = Counter({"new": new, "continuing": len(active) - new})
    majority = Counter({"adults": adults, "minors": len(active) - adults})
    return VolunteerFigures(
        active=Compared(len(active), previous_active),
        by_sex=suppress_tallies(_tallies(sexes, SEXES), threshold),
        by_age=suppress_tallies(_tallies(bands, (key for key, _low, _high in AGE_BANDS)), threshold),
        new=new,
        continuing=len(active) - new,
        adults=adults,
        minors=len(active) - adults,
        by_village=suppress_tallies(_tallies(villages, village_keys), threshold),
        by_tenure=suppress_tallies(_tallies(tenure, ("new", "continuing")), threshold),
        by_majority=suppress_tallies(_tallies(majority, ("adults", "minors")), threshold),
    )


def _agreements(period: Period, rows: list[q.AgreementRow]) -> AgreementFigures:
    signed = ended = early = in_force = 0
    for row in rows:
        signed += period.start <= row.concluded_on <= period.end
        last = last_valid_day(row.period_to, row.terminated_on)
        if last is not None and last >= row.period_from and period.start <= last <= period.end:
            ended += 1
            early += row.terminated_on is not None and (
                row.period_to is None or row.terminated_on < row.period_to
            )
        in_force += row.period_from <= period.end and (last is None or last >= period.end)
    return AgreementFigures(signed, ended, early, in_force)


def _by_activity(
    current: list[q.WorkRow], previous: list[q.WorkRow], activities: list[tuple[int, str, str]]
) -> tuple[HoursLine, ...]:
    now: Counter[int] = Counter()
    before: Counter[int] = Counter()
    entries: Counter[int] = Counter()
    for row in current:
        now[row.activity_type_id] += row.minutes
        entries[row.activity_type_id] += row.entries
    for row in previous:
        before[row.activity_type_id] += row.minutes
    return tuple(
        HoursLine(code, name, Compared(now[aid], before[aid]), entries[aid])
        for aid, code, name in activities
        if now[aid] or before[aid]
    )


def _by_village(
    current: list[q.WorkRow],
    previous: list[q.WorkRow],
    to_client: dict[int, int],
    places: dict[int, str],
    threshold: int,
) -> tuple[HoursLine, ...]:
    def place(row: q.WorkRow) -> str:
        client = to_client.get(row.assignment_id) if row.assignment_id is not None else None
        return NO_CLIENT if client is None else places.get(client, "")

    now: Counter[str] = Counter()
    before: Counter[str] = Counter()
    entries: Counter[str] = Counter()
    clients: dict[str, set[int]] = defaultdict(set)
    for row in current:
        key = place(row)
        now[key] += row.minutes
        entries[key] += row.entries
        if key != NO_CLIENT and row.assignment_id is not None:
            clients[key].add(to_client[row.assignment_id])
    for row in previous:
        before[place(row)] += row.minutes
    keys = sorted(set(now) | set(before), key=lambda k: (k == NO_CLIENT, k == "", polish_sort_key(k)))
    village_keys = [k for k in keys if k != NO_CLIENT]
    counts = dict(
        zip(village_keys, suppress_partition([len(clients[k]) for k in village_keys], threshold), strict=True)
    )
    return tuple(HoursLine(k, k, Compared(now[k], before[k]), entries[k], counts.get(k)) for k in keys)


def _clients(
    current: list[q.WorkRow],
    previous: list[q.WorkRow],
    to_client: dict[int, int],
    types: dict[int, list[str]],
    threshold: int,
) -> ClientFigures:
    visits: Counter[int] = Counter()
    for row in current:
        if row.assignment_id is not None and row.assignment_id in to_client:
            visits[to_client[row.assignment_id]] += row.entries
    before = {to_client[r.assignment_id] for r in previous if r.assignment_id in to_client}
    type_clients: Counter[str] = Counter()
    type_visits: Counter[str] = Counter()
    for client, count in visits.items():
        for code in types.get(client, ()):
            type_clients[code] += 1
            type_visits[code] += count
    codes = [*CLIENT_TYPE_LABELS, *sorted(set(type_clients) - set(CLIENT_TYPE_LABELS))]
    return ClientFigures(
        clients=SmallCount.of(len(visits), threshold),
        previous_clients=SmallCount.of(len(before), threshold),
        visits=SmallCount.of(sum(visits.values()), threshold),
        by_type=tuple(
            ClientTypeLine(
                code,
                SmallCount.of(type_clients[code], threshold),
                SmallCount.of(type_visits[code], threshold),
            )
            for code in codes
        ),
    )


def _trainings(rows: list[q.TrainingRow]) -> TrainingFigures:
    sessions: dict[str, set[int]] = defaultdict(set)
    people: Counter[str] = Counter()
    minutes: Counter[str] = Counter()
    trained: set[int] = set()
    for row in rows:
        sessions[row.category].add(row.session_id)
        if row.volunteer_id is not None:
            people[row.category] += 1
            minutes[row.category] += (
                row.duration_minutes if row.minutes_attended is None else row.minutes_attended
            )
            trained.add(row.volunteer_id)
    order = [c.value for c in TrainingCategory] + sorted(set(sessions) - {c.value for c in TrainingCategory})
    lines = tuple(
        TrainingLine(category, len(sessions[category]), people[category], minutes[category])
        for category in order
        if sessions.get(category)
    )
    return TrainingFigures(
        sessions=sum(line.sessions for line in lines),
        participants=sum(line.participants for line in lines),
        participant_minutes=sum(line.participant_minutes for line in lines),
        volunteers_trained=len(trained),
        cost_grosze=sum({row.session_id: row.cost_grosze for row in rows}.values()),
        by_category=lines,
    )


def _retention(last: Month, active: set[int], first_days: dict[int, dt.date]) -> RetentionFigures:
    result = []
    for months in RETENTION_MONTHS:
        started_by = last.back(months - 1).last  # first hours in that month or before
        result.append((months, sum(1 for vid in active if first_days.get(vid, dt.date.max) <= started_by)))
    return RetentionFigures(len(active), tuple(result))


def _korpus(
    last: Month,
    active: set[int],
    people: dict[int, q.Person],
    monthly: dict[Month, dict[int, int]],
    settings: ReportSettings,
    history: int,
) -> KorpusFigures:
    """`korpus.korpus_status` for every active volunteer, reading the monthly sums in place."""
    months = [last.back(i) for i in range(history)]  # newest first
    columns = [monthly[month] for month in months if month in monthly]
    standard = reduced = members = 0
    for vid in active:
        person = people[vid]
        members += person.korpus_member
        need = requirement(person.birth_date, last.last, settings.korpus)
        run = 0
        for column in columns:
            if need.monthly_minutes <= 0 or column.get(vid, 0) < need.monthly_minutes:
                break
            run += 1
        if run >= need.months:
            reduced += need.reduced
            standard += not need.reduced
    bands = suppress_tallies(
        (Tally("standard", "standard", standard), Tally("reduced", "reduced", reduced)), settings.small_count
    )
    return KorpusFigures(settings.korpus, standard + reduced, standard, reduced, members, bands)
