"""Which agent should take a task: a pure function over the pool, the task and past results (no I/O).

Candidates are available agents with a free slot. Without required skills the least-loaded one wins.
With skills R, only agents that have every skill in R are candidates (the reference server also took
agents with some of them). Every agent scores (contract 8.2): coverage `40 * |R ∩ skills| / |R|`,
availability `20 * (1 - load / capacity)`, history `25 * completed / (completed + failed)` over its
results at skills in R (12.5 with none), priority `15 * Σ priority of matching capabilities / (10 * |R|)`,
and `+10` for a critical task on an idle agent. Ties go to the name first in alphabetical order. An agent
that just failed the task is passed over when another candidate exists.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

NEUTRAL_HISTORY = 12.5


@dataclass(frozen=True)
class PoolAgent:
    id: str
    name: str
    capabilities: Sequence[Any]
    max_concurrent: int
    current_load: int
    status: str = "available"

    def skills(self) -> dict[str, float]:
        """Skill -> priority; a capability is a skill name (priority 0) or `{skill, priority}`."""
        skills: dict[str, float] = {}
        for capability in self.capabilities:
            if isinstance(capability, str):
                skills.setdefault(capability, 0.0)
            elif isinstance(capability, Mapping) and isinstance(capability.get("skill"), str):
                priority = capability.get("priority")
                number = priority if isinstance(priority, (int, float)) and not isinstance(priority, bool) else 0
                skills[capability["skill"]] = float(number)
        return skills

    @property
    def free(self) -> bool:
        return self.status == "available" and self.current_load < self.max_concurrent


@dataclass(frozen=True)
class Track:
    """An agent's results at one skill."""

    completed: int = 0
    failed: int = 0


@dataclass(frozen=True)
class Scored:
    agent: PoolAgent
    score: float
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"agent_id": self.agent.id, "agent_name": self.agent.name, "score": self.score, "reasons": self.reasons}


def score(agent: PoolAgent, required: Sequence[str], urgency: str, history: Mapping[str, Track]) -> Scored:
    """`agent`'s score for a task needing `required` (0 when it has none of them)."""
    skills = agent.skills()
    matched = [skill for skill in required if skill in skills]
    if not matched:
        return Scored(agent, 0.0, ["Has none of the required skills"])
    coverage = 40 * len(matched) / len(required)
    availability = 20 * (1 - agent.current_load / agent.max_concurrent)
    reasons = [f"Skill coverage {len(matched)}/{len(required)} (+{coverage:.1f})",
               f"Load {agent.current_load}/{agent.max_concurrent} (+{availability:.1f})"]
    tracks = [history[skill] for skill in required if skill in history]
    completed = sum(track.completed for track in tracks)
    failed = sum(track.failed for track in tracks)
    if tracks:
        rate = completed / (completed + failed) if completed + failed else 0.5
        performance = 25 * rate
        reasons.append(f"Success rate {rate:.0%} on these skills (+{performance:.1f})")
    else:
        performance = NEUTRAL_HISTORY
        reasons.append("No performance history (neutral score)")
    priority = 15 * sum(skills[skill] for skill in matched) / (10 * len(required))
    if priority:
        reasons.append(f"Capability priority (+{priority:.1f})")
    bonus = 10.0 if urgency == "critical" and agent.current_load == 0 else 0.0
    if bonus:
        reasons.append("Critical task on an idle agent (+10)")
    return Scored(agent, round(coverage + availability + performance + priority + bonus, 2), reasons)


def rank(
    pool: Iterable[PoolAgent],
    required: Sequence[str],
    urgency: str,
    history: Mapping[str, Mapping[str, Track]],
    avoid: str | None = None,
) -> tuple[Scored | None, list[Scored]]:
    """The chosen agent (or None) and every agent of the pool ranked, best first (busy ones included)."""
    agents = sorted(pool, key=lambda agent: agent.name)
    required = list(dict.fromkeys(required))
    if not required:
        ranked = [Scored(agent, 1.0 if agent.free else 0.0, ["No skill requirements"]) for agent in agents]
        free = sorted((agent for agent in agents if agent.free), key=lambda agent: agent.current_load)
        choice = _prefer_other(free, avoid)
        chosen = Scored(choice, 1.0, ["No skill requirements, routed to least-loaded agent"]) if choice else None
        return chosen, sorted(ranked, key=lambda scored: -scored.score)
    ranked = sorted((score(agent, required, urgency, history.get(agent.id, {})) for agent in agents),
                    key=lambda scored: -scored.score)
    eligible = [scored for scored in ranked if scored.agent.free and set(required) <= scored.agent.skills().keys()]
    choice = _prefer_other([scored.agent for scored in eligible], avoid)
    return next((scored for scored in eligible if scored.agent is choice), None), ranked


def _prefer_other(agents: list[PoolAgent], avoid: str | None) -> PoolAgent | None:
    others = [agent for agent in agents if agent.id != avoid]
    return (others or agents or [None])[0]
