"""Auto-calibration (contract 7.3): the org's recent actions gathered here, turned into suggested scales by
`scoring.formulas`."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..actions.models import Action
from ..core.auth import Principal
from ..core.clock import utcnow
from ..scoring import formulas
from ..scoring.schemas import CalibrateRequest

if TYPE_CHECKING:
    from ..deps import AppContext

MAX_ACTIONS = 10_000
COLUMNS = {"duration_ms": Action.duration_ms, "cost_estimate": Action.cost_estimate,
           "tokens_total": Action.tokens_in + Action.tokens_out, "risk_score": Action.risk_score,
           "confidence": Action.confidence}


def calibrate(ctx: AppContext, caller: Principal, body: CalibrateRequest) -> dict[str, Any]:
    """Suggested scales and weights from the distribution of each metric over the last `lookback_days`."""
    conditions = [Action.org_id == caller.org_id, Action.timestamp_start >= utcnow() - timedelta(days=body.lookback_days)]
    if body.action_type:
        conditions.append(Action.action_type == body.action_type)
    if body.agent_id:
        conditions.append(Action.agent_id == body.agent_id)
    metrics = list(dict.fromkeys(body.metrics)) or list(formulas.CALIBRATION_METRICS)
    with ctx.db.read() as session:
        rows = session.execute(select(*(COLUMNS[m] for m in metrics)).where(*conditions)
                               .order_by(Action.timestamp_start.desc()).limit(MAX_ACTIONS)).all()
    if len(rows) < formulas.MIN_CALIBRATION_ACTIONS:
        return {"status": "insufficient_data", "message": f"Need at least {formulas.MIN_CALIBRATION_ACTIONS} actions, found {len(rows)}",
                "count": len(rows), "suggestions": []}
    suggestions = []
    for index, metric in enumerate(metrics):
        found = formulas.calibrate(metric, [float(row[index]) for row in rows if row[index] is not None])
        if found is not None:
            suggestions.append(found)
    return {"status": "ok", "count": len(rows), "action_type": body.action_type or "(all)",
            "lookback_days": body.lookback_days, "suggestions": suggestions}
