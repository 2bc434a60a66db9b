"""CrewAI integration: log finished tasks, or instrument an agent to log each task it executes.

Usage::

    integration = DashClawCrewIntegration(claw)
    task = Task(description="...", agent=analyst, callback=integration.task_callback)
    analyst = integration.instrument_agent(analyst)
"""

from __future__ import annotations

import logging
import time
from typing import Any

from dashclaw import DashClaw

try:
    from crewai import Agent, Task
except ImportError:  # crewai is optional: keep the module importable without it

    class Agent:  # type: ignore[no-redef]
        pass

    class Task:  # type: ignore[no-redef]
        pass


logger = logging.getLogger("dashclaw")


class DashClawCrewIntegration:
    """Callbacks that record CrewAI work as DashClaw actions."""

    def __init__(self, client: DashClaw):
        self.client = client
        self.active_tasks = {}  # task id -> action id

    def task_callback(self, output: Any) -> None:
        """Task callback: record the finished task as a completed action."""
        try:
            output_str = str(output)
            self.client.create_action(
                action_type="task",
                declared_goal="CrewAI Task Completed",
                status="completed",
                output_summary=output_str[:1000],
                risk_score=20,
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log CrewAI task: %s", e)

    def instrument_agent(self, agent: Agent):
        """Wrap ``agent.execute_task`` so every task becomes an action with its outcome and duration."""
        original_execute = agent.execute_task

        def wrapped_execute(task: Task, context=None, tools=None):
            res = self.client.create_action(
                action_type="research",
                declared_goal="Agent {} executing task".format(agent.role),
                input_summary=task.description,
                agent_name=agent.role,
                risk_score=30,
            )
            action_id = res.get("action_id") if res else None
            start_time = time.time()

            def record(**outcome):
                if action_id:
                    duration_ms = int((time.time() - start_time) * 1000)
                    self.client.update_outcome(action_id, duration_ms=duration_ms, **outcome)

            try:
                result = original_execute(task, context, tools)
            except Exception as e:
                record(status="failed", error_message=str(e))
                raise
            record(status="completed", output_summary=str(result))
            return result

        agent.execute_task = wrapped_execute
        return agent
