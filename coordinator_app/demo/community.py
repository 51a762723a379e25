"""The community half of the demo: partners, a year of one-off actions with sign-ups and the
hours they became, volunteers registered at actions, the coalition and its yearly programme."""

from __future__ import annotations

from dataclasses import dataclass

from coordinator_app.demo.actions import plan_actions, write_actions
from coordinator_app.demo.agreements import Event
from coordinator_app.demo.coalition import write_meetings, write_programmes
from coordinator_app.demo.context import Ctx
from coordinator_app.demo.oneoffs import Registrations
from coordinator_app.demo.partners import link_volunteers, write_partners
from coordinator_app.demo.records import Seg, Vol
from coordinator_app.demo.signups import Pool, plan_signups, widen_agreements, write_signups


@dataclass(frozen=True)
class CommunitySummary:
    volunteers: int  # new one-off volunteers
    hours: int  # hours entries made from attendance
    agreements: int  # short agreements of those registered at actions


def one_off_count(volunteers: int) -> int:
    """How many of the requested volunteers are one-off helpers registered at actions (none in
    a small demo, whose regular volunteers the other stages need)."""
    return 0 if volunteers < 40 else min(volunteers // 10, 300)


def write_community(
    ctx: Ctx, vols: list[Vol], segs: list[Seg], events: list[Event], one_offs: int
) -> CommunitySummary:
    """Everything after the trainings (the shifts that need one look at who attended)."""
    partners = write_partners(ctx)
    partner_ids = {key: rec.id for key, rec in partners.items()}
    links = link_volunteers(ctx, vols, partners)
    actions = plan_actions(ctx, events, len(vols))
    write_programmes(ctx, actions, partners)
    write_actions(ctx, actions, partner_ids)
    pool = Pool(ctx, vols, segs)
    signups = plan_signups(ctx, actions, pool, links, partner_ids)
    registrations = Registrations(ctx, partners)
    rng = ctx.rng("one-off-actions")
    done = [a for a in actions if a.status == "done"]
    for attempt in range(one_offs * 4 if done else 0):
        if len(registrations.new) >= one_offs:
            break
        # the first is a pupil who came with the school club (the consent-and-minor case)
        pupil = not registrations.new and attempt < 20
        registrations.one_off(done[int(rng.random() * len(done))], pupil)
    registrations.stay(vols, segs, actions, 2 + len(vols) // 300)
    registrations.write()
    widen_agreements(ctx, pool, signups)
    hours = write_signups(ctx, signups + registrations.signups)
    write_meetings(ctx, partners)
    return CommunitySummary(len(registrations.new), hours, len(registrations.agreements))
