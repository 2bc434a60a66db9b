"""Reading back what an agent recorded: its actions, oldest first."""
from __future__ import annotations

from dashclaw import DashClaw


def recorded_actions(claw: DashClaw) -> list[dict]:
    """Every action of the client's agent, in the order they were created."""
    return list(reversed(list(claw.iter_actions(agent_id=claw.agent_id))))  # newest first, by start and insertion


def children_of(actions: list[dict], parent: dict) -> list[dict]:
    """The actions whose parent is `parent`, in creation order."""
    return [action for action in actions if action["parent_action_id"] == parent["action_id"]]
