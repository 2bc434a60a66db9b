"""LangChain callback handler that records LLM calls and tool use as DashClaw actions.

Usage::

    handler = DashClawCallbackHandler(claw)
    agent.run("Hello world", callbacks=[handler])

Token usage is reported as one dict, as 2.10.0's handler did; 2.10.0's client rejected that form (so
nothing was reported, silently), ours accepts it.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Dict, List, Optional, Union
from uuid import UUID

from dashclaw import DashClaw

try:
    from langchain_core.callbacks import BaseCallbackHandler
    from langchain_core.outputs import LLMResult
except ImportError:  # langchain is optional: keep the module importable without it

    class BaseCallbackHandler:  # type: ignore[no-redef]
        pass

    class LLMResult:  # type: ignore[no-redef]
        pass


logger = logging.getLogger("dashclaw")


class DashClawCallbackHandler(BaseCallbackHandler):
    """Maps each LangChain run to a DashClaw action: created on start, closed on end or error."""

    def __init__(self, client: DashClaw):
        """``client`` is an initialised ``dashclaw.DashClaw``."""
        self.client = client
        self.run_map = {}  # LangChain run_id -> DashClaw action_id
        self.run_started_at = {}  # LangChain run_id -> monotonic start time

    def _get_action_id(self, run_id: UUID) -> Optional[str]:
        return self.run_map.get(str(run_id))

    def _mark_run_start(self, run_id: UUID) -> None:
        self.run_started_at[str(run_id)] = time.monotonic()

    def _consume_duration_ms(self, run_id: UUID) -> int:
        started = self.run_started_at.pop(str(run_id), None)
        if started is None:
            return 0
        return max(0, int((time.monotonic() - started) * 1000))

    def _forget(self, run_id: UUID) -> None:
        self.run_map.pop(str(run_id), None)
        self.run_started_at.pop(str(run_id), None)

    def _start_action(self, run_id, parent_run_id, **action) -> None:
        self._mark_run_start(run_id)
        parent_action_id = self.run_map.get(str(parent_run_id)) if parent_run_id else None
        res = self.client.create_action(parent_action_id=parent_action_id, **action)
        if res and "action_id" in res:
            self.run_map[str(run_id)] = res["action_id"]

    def on_llm_start(
        self,
        serialized: Dict[str, Any],
        prompts: List[str],
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Run when LLM starts running."""
        try:
            model = kwargs.get("invocation_params", {}).get("model_name") or "unknown-llm"
            prompt_preview = (prompts[0][:100] + "...") if prompts else "LLM Generation"
            self._start_action(
                run_id,
                parent_run_id,
                action_type="planning",
                declared_goal="LLM Generate: {}".format(prompt_preview),
                input_summary=prompts[0] if prompts else None,
                risk_score=10,  # low risk for generation
                systems_touched=["llm", model],
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log LLM start: %s", e)

    def on_llm_end(
        self, response: LLMResult, *, run_id: UUID, parent_run_id: Optional[UUID] = None, **kwargs: Any
    ) -> None:
        """Run when LLM ends running."""
        action_id = self._get_action_id(run_id)
        if not action_id:
            self.run_started_at.pop(str(run_id), None)
            return
        try:
            duration_ms = self._consume_duration_ms(run_id)
            output = response.generations[0][0].text
            llm_output = response.llm_output or {}
            token_usage = llm_output.get("token_usage", {})
            tokens_in = token_usage.get("prompt_tokens", 0)
            tokens_out = token_usage.get("completion_tokens", 0)
            update_payload = {
                "status": "completed",
                "output_summary": output[:500] + "..." if len(output) > 500 else output,
                "duration_ms": duration_ms,
            }
            if tokens_in or tokens_out:
                update_payload["tokens_in"] = tokens_in
                update_payload["tokens_out"] = tokens_out
            self.client.update_outcome(action_id, **update_payload)
            if tokens_in or tokens_out:
                self.client.report_token_usage(
                    {
                        "tokens_in": tokens_in,
                        "tokens_out": tokens_out,
                        "model": llm_output.get("model_name"),
                        "session_key": str(parent_run_id or run_id),
                    }
                )
        except Exception as e:
            logger.warning("dashclaw: failed to log LLM end: %s", e)
        finally:
            self._forget(run_id)

    def on_tool_start(
        self,
        serialized: Dict[str, Any],
        input_str: str,
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Run when tool starts running."""
        try:
            tool_name = serialized.get("name", "tool")
            self._start_action(
                run_id,
                parent_run_id,
                action_type="tool",
                declared_goal="Use Tool: {}".format(tool_name),
                input_summary=input_str,
                risk_score=30,  # moderate risk for tools
                systems_touched=[tool_name],
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log tool start: %s", e)

    def _finish_tool(self, run_id: UUID, **outcome: Any) -> None:
        action_id = self._get_action_id(run_id)
        if not action_id:
            self.run_started_at.pop(str(run_id), None)
            return
        try:
            self.client.update_outcome(action_id, duration_ms=self._consume_duration_ms(run_id), **outcome)
        except Exception as e:
            logger.warning("dashclaw: failed to log tool outcome: %s", e)
        finally:
            self._forget(run_id)

    def on_tool_end(self, output: str, *, run_id: UUID, parent_run_id: Optional[UUID] = None, **kwargs: Any) -> None:
        """Run when tool ends running."""
        self._finish_tool(run_id, status="completed", output_summary=str(output)[:1000])

    def on_tool_error(
        self,
        error: Union[Exception, KeyboardInterrupt],
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Run when tool errors."""
        self._finish_tool(run_id, status="failed", error_message=str(error))
