"""Launching a workflow template: a `workflow_launch` action, recorded through the guard like any other.

Nothing is executed. The action carries the template's identity, version, links and resolved model strategy
in its `reasoning` (`WORKFLOW_LAUNCH_META=<json>`, contract execution-studio 2.6), so the launch is traceable
from the action's record; a blocked launch stores nothing but its guard decision, an approval-gated one
waits as `pending_approval` like any action.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from ..actions.schemas import ActionCreate
from ..core.auth import Principal
from ..workflows import service as workflows
from ..workflows.models import LINKED_FIELDS
from ..workflows.schemas import TemplateLaunch
from .recording import Recorded, create_action

if TYPE_CHECKING:
    from ..deps import AppContext

LAUNCH_ACTION_TYPE = "workflow_launch"
LAUNCH_META_PREFIX = "WORKFLOW_LAUNCH_META="
DEFAULT_LAUNCHER = "workflow_launcher"


def launch_template(ctx: AppContext, caller: Principal, template_id: str, body: TemplateLaunch) -> Recorded:
    """Guard and record the launch; when it is not blocked, snapshot the resolved strategy onto the template."""
    template, strategy = workflows.launch_plan(ctx, caller, template_id)
    meta = {
        "template_id": template["template_id"], "template_name": template["name"], "template_slug": template["slug"],
        "template_version": template["version"], **{name: template[name] for name in LINKED_FIELDS},
        "resolved_strategy": strategy,
    }
    # Built, not validated: the metadata may be longer than a client's `reasoning` may be.
    action = ActionCreate.model_construct(
        agent_id=body.agent_id or DEFAULT_LAUNCHER, action_type=LAUNCH_ACTION_TYPE,
        declared_goal=body.declared_goal or template["objective"] or f"Launch workflow: {template['name']}",
        trigger=f"workflow:{template['template_id']}", reasoning=LAUNCH_META_PREFIX + orjson.dumps(meta).decode(),
        reversible=True, risk_score=0, confidence=50,
    )
    recorded = create_action(ctx, caller, action, {})
    if recorded.outcome == "blocked":
        return recorded
    if strategy is not None:
        workflows.keep_launch_snapshot(ctx, caller, template_id, strategy)
    action_record = recorded.body["action"]
    launch = {
        "action_id": action_record["action_id"], "template_id": template["template_id"],
        "template_version": template["version"], "launched_at": action_record["timestamp_start"],
        "resolved_strategy": strategy, "status": action_record["status"],
    }
    return Recorded(recorded.outcome, {"launch": launch, "decision": recorded.body["decision"]})
