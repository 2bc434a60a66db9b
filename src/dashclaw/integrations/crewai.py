"""CrewAI integration: record finished tasks, or instrument an agent to record each task it executes and its steps.

Usage::

    integration = DashClawCrewIntegration(claw)
    task = Task(description="...", agent=analyst, callback=integration.task_callback)
    analyst = integration.instrument_agent(analyst)

CrewAI agents are pydantic models, which refuse new attributes: ``instrument_agent`` puts its ``execute_task``
wrapper in the instance's ``__dict__`` (no subclass, no change to the class or to other agents) and chains its
step callback with the one the agent already has, or else the one its crew gives it, so neither is lost. Each
task is an action, running until the agent returns (completed with the output, or failed with the error);
each step (a tool the agent used, its final answer) is a completed action below it. Records go out as
described in ``_recording``: never raising into the crew, never holding it up while DashClaw is down or slow.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from dashclaw import DashClaw
from dashclaw._domains.actions import new_action_id

from .._sender import RecordSender
from ._recording import GOAL_LENGTH, clip

try:
    from crewai import Agent, Task
except ImportError:  # crewai is optional: keep the module importable without it

    class Agent:  # type: ignore[no-redef]
        pass

    class Task:  # type: ignore[no-redef]
        pass


logger = logging.getLogger("dashclaw")

TASK_RISK = 30
STEP_RISK = 20


class DashClawCrewIntegration:
    """Callbacks that record CrewAI work as DashClaw actions."""

    def __init__(self, client: DashClaw):
        self.client = client
        self.active_tasks = {}  # CrewAI task id -> the action of its execution, while it runs
        self._sender = RecordSender()

    def flush(self, timeout=None) -> bool:
        """Wait until every record was sent; False if ``timeout`` seconds passed first."""
        return self._sender.flush(timeout)

    def task_callback(self, output: Any) -> None:
        """Task callback: record the finished task (a CrewAI ``TaskOutput``) as a completed action."""
        try:
            name = getattr(output, "name", None) or getattr(output, "description", None)
            self._sender.send(
                self.client.create_action,
                action_id=new_action_id(),
                action_type="task",
                declared_goal=clip("CrewAI task completed: {}".format(name) if name else "CrewAI Task Completed",
                                   GOAL_LENGTH),
                agent_name=clip(getattr(output, "agent", None), 256),
                input_summary=clip(getattr(output, "description", None)),
                status="completed",
                output_summary=clip(getattr(output, "raw", output)),
                risk_score=STEP_RISK,
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log CrewAI task: %s", e)

    def instrument_agent(self, agent: Agent):
        """Record every task ``agent`` executes, with its steps; returns the same agent."""
        if getattr(vars(agent).get("execute_task"), "dashclaw_integration", None) is self:
            return agent  # already instrumented by this integration
        execute_task = agent.execute_task
        own_step_callback = agent.step_callback
        executing = []  # the agent's task actions, innermost last (CrewAI may run steps on another thread)

        def execute_and_record(task: Task, context=None, tools=None):
            action_id = self._start_task(agent, task)
            started = time.monotonic()
            executing.append(action_id)
            try:
                result = execute_task(task, context, tools)
            except Exception as error:
                self._finish_task(task, action_id, started, status="failed", error_message=clip(error))
                raise
            finally:
                executing.remove(action_id)
            self._finish_task(task, action_id, started, status="completed", output_summary=clip(result))
            return result

        def record_step(step: Any):
            self._record_step(agent, step, executing[-1] if executing else None)
            crew = getattr(agent, "crew", None)
            forward = own_step_callback or getattr(crew, "step_callback", None)
            return forward(step) if forward else None

        execute_and_record.dashclaw_integration = self
        object.__setattr__(agent, "execute_task", execute_and_record)  # pydantic refuses unknown attributes
        agent.step_callback = record_step
        return agent

    def _start_task(self, agent: Any, task: Any) -> str:
        action_id = new_action_id()
        try:
            self.active_tasks[str(getattr(task, "id", id(task)))] = action_id
            self._sender.send(
                self.client.create_action,
                action_id=action_id,
                action_type="research",
                declared_goal=clip("Agent {} executing task".format(agent.role), GOAL_LENGTH),
                input_summary=clip(task.description),
                agent_name=clip(agent.role, 256),
                risk_score=TASK_RISK,
                systems_touched=["crewai"],
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log CrewAI task start: %s", e)
        return action_id

    def _finish_task(self, task: Any, action_id: str, started: float, **outcome: Any) -> None:
        try:
            self.active_tasks.pop(str(getattr(task, "id", id(task))), None)
            duration_ms = int((time.monotonic() - started) * 1000)
            self._sender.send(self.client.update_outcome, action_id, duration_ms=duration_ms, **outcome)
        except Exception as e:
            logger.warning("dashclaw: failed to log CrewAI task outcome: %s", e)

    def _record_step(self, agent: Any, step: Any, task_action_id) -> None:
        """A tool use (``AgentAction``) or a final answer (``AgentFinish``) as a completed action under the task;
        a ``ToolResult`` repeats the result its ``AgentAction`` carries, so it is not recorded again."""
        try:
            if getattr(step, "tool", None):
                fields = {
                    "action_type": "tool",
                    "declared_goal": "Use Tool: {}".format(step.tool),
                    "input_summary": clip(getattr(step, "tool_input", None)),
                    "output_summary": clip(getattr(step, "result", None)),
                    "systems_touched": [clip(step.tool, 256)],
                }
            elif hasattr(step, "output"):
                fields = {"action_type": "planning", "declared_goal": "Final answer",
                          "output_summary": clip(step.output)}
            else:
                return
            self._sender.send(
                self.client.create_action,
                action_id=new_action_id(),
                parent_action_id=task_action_id,
                agent_name=clip(agent.role, 256),
                reasoning=clip(getattr(step, "thought", None) or None),
                status="completed",
                risk_score=STEP_RISK,
                **fields,
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log CrewAI step: %s", e)
