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
from coordinator_app.demo.signups import Pool, plan_signups, trim, widen_agreements, write_signups


@dataclass(frozen=True)
class CommunitySummary:
    volunteers: int  # new one-off volunteers
    agreements: int  # short agreements of those registered at actions


def write_community(
    ctx: Ctx, vols: list[Vol], segs: list[Seg], events: list[Event], hours: int
) -> CommunitySummary:
    """Everything after the trainings (the shifts that need one look at who attended).

    One-off helpers come on top of the requested volunteers (none in a demo under 40); the
    entries the attendance became take the place of as many assignment entries, so the demo
    still has `hours` entries (at most a quarter of them from actions)."""
    budget = hours // 4
    one_offs = 0 if len(vols) < 40 else min(len(vols) // 10, 300, budget // 2)
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
    registrations.stay(vols, segs, actions, min(2 + len(vols) // 300, budget // 2 - len(registrations.new)))
    registrations.write()
    signups = trim(ctx, signups, budget - len(registrations.signups))
    widen_agreements(ctx, pool, signups)
    write_signups(ctx, signups + registrations.signups)
    write_meetings(ctx, partners)
    return CommunitySummary(len(registrations.new), len(registrations.agreements))
