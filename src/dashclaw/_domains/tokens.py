"""Token usage: explicit reports and automatic reporting from wrapped Anthropic/OpenAI clients."""

from __future__ import annotations

import inspect

from .._sender import RecordSender
from ._base import logger, with_aliases

# Where each provider's SDK keeps the create() call and the token counts of its response.
_PROVIDERS = {
    "anthropic": (("messages",), "input_tokens", "output_tokens"),
    "openai": (("chat", "completions"), "prompt_tokens", "completion_tokens"),
}


def _count(usage, field):
    """A token count from a provider's usage object, or None when it has no whole number there."""
    value = getattr(usage, field, None) if usage is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class TokensMixin:
    _usage_sender = None

    def report_token_usage(self, tokens_in, tokens_out=None, **kwargs):
        """Report a token usage snapshot. Optional: model, session_key (alias session_id), context_used, ...

        A dict in ``tokens_in`` is the whole report: 2.10.0's LangChain handler called it that way, which
        its client rejected. Fix: the documented ``session_id`` keyword is sent as ``session_key``, the
        field the server reads.
        """
        if isinstance(tokens_in, dict):
            fields = dict(tokens_in, **kwargs)
        elif tokens_out is None:
            raise TypeError("report_token_usage() needs tokens_out, or one dict holding the whole report")
        else:
            fields = dict(kwargs, tokens_in=tokens_in, tokens_out=tokens_out)
        payload = {"agent_id": self.agent_id, **with_aliases(fields, {"session_id": "session_key"})}
        return self._post("/api/tokens", payload)

    def _report_token_usage_from_llm(self, tokens_in, tokens_out, model):
        """Queue a token report for a wrapped LLM call; the host's call never waits for it or sees it fail."""
        if tokens_in is None and tokens_out is None:
            return
        body = {"tokens_in": tokens_in or 0, "tokens_out": tokens_out or 0, "model": model, "agent_id": self.agent_id}
        if self._usage_sender is None:
            self._usage_sender = RecordSender(wait=0, max_queued=1000)
        self._usage_sender.send_nowait(self._post, "/api/tokens", body)

    def wrap_client(self, llm_client, provider=None):
        """Wrap an Anthropic or OpenAI client so every create() call reports its token usage.

        Reports go out from a background thread, so the call returns as soon as the provider answers, and
        a slow, failing or unreachable DashClaw server never changes its result or raises into the caller.
        Returns the same client instance (mutated) for fluent usage::

            anthropic = claw.wrap_client(Anthropic())
            msg = anthropic.messages.create(model="claude-sonnet-4-20250514", max_tokens=1024, messages=[...])
        """
        if getattr(llm_client, "_dashclaw_wrapped", False):
            return llm_client
        detected = provider
        if not detected:
            if hasattr(llm_client, "messages") and hasattr(llm_client.messages, "create"):
                detected = "anthropic"
            elif hasattr(llm_client, "chat") and hasattr(llm_client.chat, "completions"):
                detected = "openai"
        if detected not in _PROVIDERS:
            raise ValueError(
                "DashClaw.wrap_client: unable to detect provider. Pass provider='anthropic' or provider='openai'."
            )
        attribute_path, input_field, output_field = _PROVIDERS[detected]
        owner = llm_client
        for name in attribute_path:
            owner = getattr(owner, name)
        original_create = owner.create

        def report(response):
            try:  # whatever the response looks like, the caller gets it unchanged
                usage = getattr(response, "usage", None)  # streams have none: nothing to report
                self._report_token_usage_from_llm(
                    tokens_in=_count(usage, input_field),
                    tokens_out=_count(usage, output_field),
                    model=getattr(response, "model", None),
                )
            except Exception as exc:
                logger.debug("dashclaw: token usage not reported: %s", exc)
            return response

        async def report_when_answered(pending):
            return report(await pending)

        def create(*args, **kwargs):
            response = original_create(*args, **kwargs)
            if inspect.isawaitable(response):  # an asyncio provider client (AsyncAnthropic, AsyncOpenAI)
                return report_when_answered(response)
            return report(response)

        owner.create = create
        llm_client._dashclaw_wrapped = True
        return llm_client
