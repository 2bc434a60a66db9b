"""LangChain callback handler that records a run's LLM calls, tool calls and errors as DashClaw actions.

Usage::

    handler = DashClawCallbackHandler(claw)
    chain.invoke({"topic": "..."}, config={"callbacks": [handler]})

The actions mirror LangChain's run tree: the outermost run (a chain, an agent, or a lone model or tool call) is
one action, and every LLM and tool run below it is an action whose ``parent_action_id`` is its nearest recorded
ancestor (inner chain steps such as prompts and parsers are not recorded; an error that starts in one is, as a
failed action). Each action is closed when its run ends: completed with its output, or failed with the error.
Token usage is reported on the LLM call's action and as a token snapshot. Action ids are made here, so a
child never waits for its parent's answer; records go out as described in ``dashclaw._sender`` (never raising into
the chain, never holding it up while DashClaw is down or slow; ``handler.flush()`` waits for them).

``guard_tools=True`` asks DashClaw before each tool runs: the tool's action is created first and guarded by
the org's policies. A ``block`` raises ``GuardBlockedError`` inside the chain; ``require_approval`` waits for an
operator (``ApprovalDeniedError`` or ``ApprovalTimeoutError`` if none approves; an error while waiting is
raised too, and the tool does not run). When the action cannot be created (DashClaw unreachable or failing,
or refusing it for another reason) the tool runs and a warning is logged: fail open, as the client's guard.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Dict, List, Optional, Union
from uuid import UUID

from dashclaw import DashClaw
from dashclaw._domains.actions import new_action_id
from dashclaw._errors import DashClawError, GuardBlockedError

from .._sender import RecordSender
from ._recording import GOAL_LENGTH, SYSTEM_LENGTH, clip

try:
    from langchain_core.callbacks import BaseCallbackHandler
    from langchain_core.outputs import LLMResult
except ImportError:  # langchain is optional: keep the module importable without it

    class BaseCallbackHandler:  # type: ignore[no-redef]
        pass

    class LLMResult:  # type: ignore[no-redef]
        pass


logger = logging.getLogger("dashclaw")

LLM_RISK = 10
TOOL_RISK = 30
RUN_RISK = 20


class DashClawCallbackHandler(BaseCallbackHandler):
    """Maps each recorded LangChain run to a DashClaw action: created on start, closed on end or error."""

    def __init__(self, client: DashClaw, guard_tools: bool = False):
        """``client`` is an initialised ``dashclaw.DashClaw``; ``guard_tools`` guards each tool call first."""
        self.client = client
        self.guard_tools = guard_tools
        self.raise_error = guard_tools  # LangChain passes on a callback's exception only then: the guard's verdict
        self.run_map = {}  # LangChain run_id -> DashClaw action_id, for recorded runs
        self.run_started_at = {}  # LangChain run_id -> monotonic start time
        self.run_parents = {}  # LangChain run_id -> parent run_id, for every run still going
        self.run_models = {}  # LLM run_id -> model name seen at its start
        self._recorded_errors = set()  # ids of exceptions already recorded, until their outermost run ends
        self._sender = RecordSender()

    def flush(self, timeout: Optional[float] = None) -> bool:
        """Wait until every record was sent; False if ``timeout`` seconds passed first."""
        return self._sender.flush(timeout)

    # -- the run tree -------------------------------------------------------------------------------------------

    def _get_action_id(self, run_id: UUID) -> Optional[str]:
        return self.run_map.get(str(run_id))

    def _nearest_recorded_ancestor(self, parent_run_id: Optional[UUID]) -> Optional[str]:
        run = str(parent_run_id) if parent_run_id else None
        while run is not None:
            if run in self.run_map:
                return self.run_map[run]
            run = self.run_parents.get(run)
        return None

    def _root_run(self, run_id: UUID) -> str:
        run = str(run_id)
        while self.run_parents.get(run):
            run = self.run_parents[run]
        return run

    def _consume_duration_ms(self, run_id: UUID) -> int:
        started = self.run_started_at.pop(str(run_id), None)
        if started is None:
            return 0
        return max(0, int((time.monotonic() - started) * 1000))

    def _forget(self, run_id: UUID) -> None:
        run = str(run_id)
        self.run_map.pop(run, None)
        self.run_started_at.pop(run, None)
        self.run_models.pop(run, None)
        if run in self.run_parents and self.run_parents.pop(run) is None:
            self._recorded_errors.clear()  # the outermost run is over

    def _begin(self, run_id: UUID, parent_run_id: Optional[UUID]) -> Optional[str]:
        """Note a run in the tree; returns the action id of its nearest recorded ancestor."""
        self.run_parents[str(run_id)] = str(parent_run_id) if parent_run_id else None
        self.run_started_at.setdefault(str(run_id), time.monotonic())
        return self._nearest_recorded_ancestor(parent_run_id)

    def _action(self, run_id: UUID, parent_run_id: Optional[UUID], **fields: Any) -> Dict[str, Any]:
        """The fields of a new action for a run, with its id (made here) and parent."""
        action_id = new_action_id()
        parent_action_id = self._begin(run_id, parent_run_id)
        self.run_map[str(run_id)] = action_id
        fields["declared_goal"] = clip(fields["declared_goal"], GOAL_LENGTH)
        fields["input_summary"] = clip(fields.get("input_summary"))
        fields["systems_touched"] = [clip(system, SYSTEM_LENGTH) for system in fields.get("systems_touched", [])]
        return dict(fields, action_id=action_id, parent_action_id=parent_action_id)

    def _start_action(self, run_id: UUID, parent_run_id: Optional[UUID], **fields: Any) -> None:
        self._sender.send(self.client.create_action, **self._action(run_id, parent_run_id, **fields))

    def _finish(self, run_id: UUID, **outcome: Any) -> None:
        """Close a recorded run's action with its duration, and forget the run."""
        action_id = self._get_action_id(run_id)
        try:
            if action_id:
                outcome["duration_ms"] = self._consume_duration_ms(run_id)
                self._sender.send(self.client.update_outcome, action_id, **outcome)
        finally:
            self._forget(run_id)

    def _fail(self, run_id: UUID, error: BaseException) -> None:
        self._recorded_errors.add(id(error))
        self._finish(run_id, status="failed", error_message=clip(error))

    # -- chains: the outermost run is recorded; an error that starts in an inner step is too --------------------

    def on_chain_start(
        self,
        serialized: Optional[Dict[str, Any]],
        inputs: Any,
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Record the outermost chain; remember where inner steps sit in the tree."""
        try:
            if parent_run_id is not None:
                self._begin(run_id, parent_run_id)
                return
            name = kwargs.get("name") or (serialized or {}).get("name") or "chain"
            self._start_action(
                run_id,
                None,
                action_type="workflow",
                declared_goal="LangChain run: {}".format(name),
                input_summary=inputs,
                risk_score=RUN_RISK,
                systems_touched=["langchain"],
            )
        except Exception as e:
            logger.warning("dashclaw: failed to log chain start: %s", e)

    def on_chain_end(self, outputs: Any, *, run_id: UUID, **kwargs: Any) -> None:
        """Close the outermost chain's action with its output."""
        try:
            self._finish(run_id, status="completed", output_summary=clip(outputs))
        except Exception as e:
            logger.warning("dashclaw: failed to log chain end: %s", e)

    def on_chain_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        """Fail the outermost chain's action; an error starting in an inner step becomes a failed action."""
        try:
            if self._get_action_id(run_id) is None and id(error) not in self._recorded_errors:
                self._start_action(
                    run_id,
                    self.run_parents.get(str(run_id)),
                    action_type="workflow",
                    declared_goal="LangChain step raised {}".format(type(error).__name__),
                    risk_score=RUN_RISK,
                    systems_touched=["langchain"],
                )
            self._fail(run_id, error)
        except Exception as e:
            logger.warning("dashclaw: failed to log chain error: %s", e)

    # -- LLM calls ----------------------------------------------------------------------------------------------

    def _start_llm(self, run_id, parent_run_id, prompt, serialized, kwargs) -> None:
        params = kwargs.get("invocation_params") or {}
        metadata = kwargs.get("metadata") or {}
        model = (
            params.get("model_name")
            or params.get("model")
            or metadata.get("ls_model_name")
            or params.get("_type")
            or (serialized or {}).get("name")
            or "unknown-llm"
        )
        self._start_action(
            run_id,
            parent_run_id,
            action_type="planning",
            declared_goal="LLM Generate: {}".format((prompt[:100] + "...") if prompt else "LLM Generation"),
            input_summary=prompt or None,
            risk_score=LLM_RISK,
            systems_touched=["llm", model],
        )
        self.run_models[str(run_id)] = model

    def on_llm_start(
        self,
        serialized: Dict[str, Any],
        prompts: List[str],
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Record a text-completion LLM call."""
        try:
            self._start_llm(run_id, parent_run_id, prompts[0] if prompts else "", serialized, kwargs)
        except Exception as e:
            logger.warning("dashclaw: failed to log LLM start: %s", e)

    def on_chat_model_start(
        self,
        serialized: Dict[str, Any],
        messages: List[List[Any]],
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Record a chat model call, its prompt being the conversation it was given."""
        try:
            conversation = messages[0] if messages else []
            prompt = "\n".join("{}: {}".format(getattr(m, "type", "message"), m.content) for m in conversation)
            self._start_llm(run_id, parent_run_id, prompt, serialized, kwargs)
        except Exception as e:
            logger.warning("dashclaw: failed to log chat model start: %s", e)

    def on_llm_end(
        self, response: LLMResult, *, run_id: UUID, parent_run_id: Optional[UUID] = None, **kwargs: Any
    ) -> None:
        """Close the LLM call's action with its answer and token usage, and report the usage."""
        if not self._get_action_id(run_id):
            self._forget(run_id)
            return
        try:
            generation = response.generations[0][0]
            llm_output = getattr(response, "llm_output", None) or {}
            tokens_in, tokens_out = _token_usage(generation, llm_output)
            message = getattr(generation, "message", None)
            model = (
                llm_output.get("model_name")
                or (getattr(message, "response_metadata", None) or {}).get("model_name")
                or self.run_models.get(str(run_id))
            )
            outcome = {"status": "completed", "output_summary": _answer_text(generation)}
            if tokens_in or tokens_out:
                outcome.update(tokens_in=tokens_in, tokens_out=tokens_out)
            session_key = self._root_run(run_id)
            self._finish(run_id, **outcome)
            if tokens_in or tokens_out:
                self._sender.send(
                    self.client.report_token_usage,
                    {"tokens_in": tokens_in, "tokens_out": tokens_out, "model": model, "session_key": session_key},
                )
        except Exception as e:
            logger.warning("dashclaw: failed to log LLM end: %s", e)
            self._forget(run_id)

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        """Fail the LLM call's action."""
        try:
            self._fail(run_id, error)
        except Exception as e:
            logger.warning("dashclaw: failed to log LLM error: %s", e)

    # -- tool calls ---------------------------------------------------------------------------------------------

    def on_tool_start(
        self,
        serialized: Dict[str, Any],
        input_str: str,
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Record the tool call; with ``guard_tools``, first let DashClaw's policies decide whether it runs."""
        try:
            tool_name = (serialized or {}).get("name") or kwargs.get("name") or "tool"
            action = self._action(
                run_id,
                parent_run_id,
                action_type="tool",
                declared_goal="Use Tool: {}".format(tool_name),
                input_summary=input_str,
                risk_score=TOOL_RISK,
                systems_touched=[tool_name],
            )
            if not self.guard_tools:
                self._sender.send(self.client.create_action, **action)
                return
        except Exception as e:
            logger.warning("dashclaw: failed to log tool start: %s", e)
            return
        try:
            self._guard(action)
        except Exception:
            self._forget(run_id)
            raise

    def _guard(self, action: Dict[str, Any]) -> None:
        """Create the tool's action now (the server guards it); raise a block, wait out an approval."""
        self._sender.flush(self._sender.wait)  # its parent reaches the server first
        try:
            created = self.client.create_action(**action)
        except GuardBlockedError:
            raise
        except DashClawError as exc:
            logger.warning("dashclaw: tool call not guarded (%s); it runs", exc)
            return
        if (created.get("action") or {}).get("status") == "pending_approval":
            self.client.wait_for_approval(
                action["action_id"], timeout=self.client.approval_timeout, interval=self.client.approval_poll_interval
            )

    def on_tool_end(self, output: Any, *, run_id: UUID, parent_run_id: Optional[UUID] = None, **kwargs: Any) -> None:
        """Close the tool call's action with its output."""
        try:
            self._finish(run_id, status="completed", output_summary=clip(getattr(output, "content", output)))
        except Exception as e:
            logger.warning("dashclaw: failed to log tool outcome: %s", e)

    def on_tool_error(
        self,
        error: Union[Exception, KeyboardInterrupt],
        *,
        run_id: UUID,
        parent_run_id: Optional[UUID] = None,
        **kwargs: Any,
    ) -> None:
        """Fail the tool call's action."""
        try:
            self._fail(run_id, error)
        except Exception as e:
            logger.warning("dashclaw: failed to log tool outcome: %s", e)


def _token_usage(generation: Any, llm_output: Dict[str, Any]):
    """(tokens_in, tokens_out) from a chat message's ``usage_metadata``, else the provider's ``token_usage``."""
    usage = getattr(getattr(generation, "message", None), "usage_metadata", None)
    if usage:
        return usage.get("input_tokens", 0), usage.get("output_tokens", 0)
    token_usage = llm_output.get("token_usage") or {}
    return token_usage.get("prompt_tokens", 0), token_usage.get("completion_tokens", 0)


def _answer_text(generation: Any) -> str:
    """The generation's text, or the tool calls it asked for when it has none."""
    text = getattr(generation, "text", "") or ""
    tool_calls = getattr(getattr(generation, "message", None), "tool_calls", None) or []
    if not text and tool_calls:
        text = "Tool calls: " + ", ".join("{}({})".format(call["name"], call.get("args")) for call in tool_calls)
    return clip(text)
