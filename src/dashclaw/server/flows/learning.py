"""Episodes from actions: each action's outcome scored into its learning episode in the same transaction as
the change (create, outcome update, an operator's approval decision), rebuilds that score one action first, a
backfill for actions that changed without passing through here (older actions), and the scheduled rebuild.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..actions import service as actions_service
from ..actions.children import find_action
from ..actions.models import Action
from ..actions.schemas import ActionOutcome, ApprovalDecision
from ..assumptions.models import Assumption
from ..core.auth import Principal
from ..core.errors import not_found
from ..core.jobs import PeriodicJob
from ..loops.models import OpenLoop
from ..recommendations import service as recommendations
from ..recommendations.formulas import EpisodeFacts, outcome_label, score_episode
from ..recommendations.models import LearningEpisode
from ..recommendations.schemas import RebuildRequest

if TYPE_CHECKING:
    from ..deps import AppContext

REBUILD_PERIOD = timedelta(hours=1)
BACKFILL_CHUNK = 500


def score_action(session: Session, action: Action) -> LearningEpisode:
    """Score the action's episode from its current fields and its assumptions and loops (caller's transaction);
    an applied recommendation also gets an `outcome` event, once per action."""
    org_id, action_id = action.org_id, action.action_id
    invalidated = session.scalar(select(func.count()).select_from(Assumption).where(
        Assumption.org_id == org_id, Assumption.action_id == action_id, Assumption.invalidated == 1)) or 0
    open_loops = session.scalar(select(func.count()).select_from(OpenLoop).where(
        OpenLoop.org_id == org_id, OpenLoop.action_id == action_id, OpenLoop.status == "open")) or 0
    reversible = bool(action.reversible)
    facts = EpisodeFacts(status=action.status, risk_score=action.risk_score, reversible=reversible,
                         duration_ms=action.duration_ms, cost_estimate=action.cost_estimate,
                         confidence=action.confidence, invalidated_assumptions=invalidated, open_loops=open_loops)
    score, breakdown = score_episode(facts)
    label = outcome_label(action.status)
    episode = recommendations.put_episode(session, org_id, action_id, {
        "agent_id": action.agent_id, "action_type": action.action_type, "status": action.status,
        "outcome_label": label, "score": score, "score_breakdown": breakdown, "risk_score": action.risk_score,
        "reversible": reversible, "confidence": action.confidence, "duration_ms": action.duration_ms,
        "cost_estimate": action.cost_estimate, "invalidated_assumptions": invalidated, "open_loops": open_loops,
        "recommendation_id": action.recommendation_id, "recommendation_applied": bool(action.recommendation_applied),
        "created_at": action.timestamp_start,  # analytics place an episode at its action's time
    })
    if action.recommendation_id and action.recommendation_applied and label != "pending":
        recommendations.add_event(session, org_id, {
            "recommendation_id": action.recommendation_id, "agent_id": action.agent_id, "action_id": action_id,
            "event_type": "outcome", "event_key": f"outcome:{action_id}",
            "details": {"status": action.status, "outcome_label": label, "score": score,
                        "duration_ms": action.duration_ms, "cost_estimate": action.cost_estimate,
                        "action_type": action.action_type},
        })
    return episode


def record_outcome(ctx: AppContext, caller: Principal, action_id: str, body: ActionOutcome) -> dict[str, Any]:
    """Record an action's outcome and rescore its episode in the same transaction."""
    return actions_service.record_outcome(ctx, caller, action_id, body, also=score_action)


def decide_approval(ctx: AppContext, caller: Principal, action_id: str, body: ApprovalDecision,
                    ip: str | None) -> dict[str, Any]:
    """Record an operator's allow or deny of a pending action and rescore its episode in the same transaction."""
    return actions_service.approve(ctx, caller, action_id, body, ip, also=score_action)


def rebuild_recommendations(ctx: AppContext, caller: Principal, body: RebuildRequest) -> dict[str, Any]:
    """Score `action_id` first when given (404 when the org has no such action), then rebuild."""
    scored = None
    if body.action_id:
        with ctx.db.write() as session:
            action = find_action(session, caller.org_id, body.action_id)
            if action is None:
                raise not_found("Action")
            scored = recommendations.episode_to_dict(score_action(session, action))
    return {"scored_episode": scored, **recommendations.rebuild(ctx, caller, body)}


def backfill_episodes(ctx: AppContext, org_id: str | None = None) -> int:
    """Score every action with no episode, or changed since its episode was scored; how many were scored."""
    scored, after_pk = 0, 0
    while True:
        with ctx.db.write() as session:
            stale = select(Action).outerjoin(LearningEpisode, (LearningEpisode.org_id == Action.org_id)
                                             & (LearningEpisode.action_id == Action.action_id)).where(
                Action.pk > after_pk, or_(LearningEpisode.id.is_(None), Action.updated_at > LearningEpisode.updated_at),
                *([Action.org_id == org_id] if org_id else []),
            ).order_by(Action.pk).limit(BACKFILL_CHUNK)
            actions = list(session.scalars(stale))
            for action in actions:
                score_action(session, action)
        scored += len(actions)
        if len(actions) < BACKFILL_CHUNK:
            return scored
        after_pk = actions[-1].pk


def scheduled_rebuild(ctx: AppContext) -> PeriodicJob:
    """Backfill episodes and rebuild every org's recommendations once an hour, on one replica."""

    def work() -> None:
        backfill_episodes(ctx)
        recommendations.rebuild_all(ctx)

    return PeriodicJob(ctx.db, "learning-rebuild", REBUILD_PERIOD, work)
