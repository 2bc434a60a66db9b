"""The guard's calls to the outside: `webhook_check` URLs and an OpenAI-compatible LLM for `semantic_check`."""
from __future__ import annotations

import http.client
import json
import logging

from ..core.clock import iso, utcnow
from ..core.http import check_target_url, post, signature_headers
from ..core.ids import uuid_id
from ..settings import Settings
from .engine import (
    DECISIONS,
    Evaluation,
    GuardContext,
    PolicySpec,
    SemanticVerdict,
    WebhookReply,
)

log = logging.getLogger("dashclaw.server.guard")


def call_webhook(
    settings: Settings, org_id: str, policy: PolicySpec, context: GuardContext, preliminary: Evaluation
) -> WebhookReply:
    url = policy.rules.get("url")
    problem = check_target_url(url, settings.webhook_allowed_domains, settings.allow_private_webhooks)
    if problem:
        return WebhookReply(failed=True, failure=problem)
    timeout = float(policy.rules.get("timeout_ms") or 5000) / 1000.0
    payload = {
        "event": "guard.evaluation",
        "org_id": org_id,
        "timestamp": iso(utcnow()),
        "context": context.to_payload(),
        "preliminary_decision": preliminary.decision,
        "matched_policies": list(preliminary.matched_policies),
        "reasons": list(preliminary.reasons),
        "warnings": list(preliminary.warnings),
    }
    body = json.dumps(payload).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "DashClaw-Guard/1.0",
        "X-DashClaw-Event": "guard.evaluation",
        "X-DashClaw-Delivery": uuid_id("wd"),
    }
    if settings.guard_webhook_secret:
        headers.update(signature_headers(settings.guard_webhook_secret, body))
    try:
        response = post(url, body, headers, timeout, allow_private=settings.allow_private_webhooks)
    except (OSError, http.client.HTTPException) as exc:
        return WebhookReply(failed=True, failure=type(exc).__name__)
    if not 200 <= response.status < 300:
        return WebhookReply(failed=True, failure=f"HTTP {response.status}")
    try:
        reply = json.loads(response.body)
    except ValueError:
        return WebhookReply(failed=True, failure="non-JSON reply")
    if not isinstance(reply, dict):
        return WebhookReply(failed=True, failure="reply is not an object")
    decision = reply.get("decision") if reply.get("decision") in DECISIONS else None
    return WebhookReply(
        decision=decision,
        reasons=tuple(str(r) for r in reply.get("reasons") or () if isinstance(reply.get("reasons"), list)),
        warnings=tuple(str(w) for w in reply.get("warnings") or () if isinstance(reply.get("warnings"), list)),
    )


SEMANTIC_PROMPT = (
    "You are a policy checker for AI agent actions. Policy instruction: {instruction}\n"
    "Action: {action}\n"
    'Answer with JSON only: {{"allowed": true or false, "reason": "<one sentence>"}}'
)


def ask_llm(settings: Settings, policy: PolicySpec, context: GuardContext) -> SemanticVerdict | None:
    """The LLM's verdict on one `semantic_check` policy, or None when no LLM answered usefully."""
    if not settings.llm_base_url:
        return None
    action = json.dumps(context.to_payload())
    prompt = SEMANTIC_PROMPT.format(instruction=policy.rules.get("instruction"), action=action)
    try:
        content = chat_completion(settings, policy.rules.get("model") or settings.llm_model, prompt)
        verdict = json.loads(_strip_fences(content))
    except (OSError, http.client.HTTPException, ValueError, KeyError, IndexError, TypeError) as exc:
        log.warning("semantic_check %s: no usable LLM answer (%s)", policy.id, type(exc).__name__)
        return None
    if not isinstance(verdict, dict) or not isinstance(verdict.get("allowed"), bool):
        return None
    return SemanticVerdict(allowed=verdict["allowed"], reason=str(verdict.get("reason") or ""))


def chat_completion(settings: Settings, model: str, prompt: str) -> str:
    """The configured OpenAI-compatible endpoint's answer to one user message (raises on any failure)."""
    request = {"model": model, "temperature": 0, "messages": [{"role": "user", "content": prompt}]}
    headers = {"Content-Type": "application/json"}
    if settings.llm_api_key:
        headers["Authorization"] = f"Bearer {settings.llm_api_key}"
    # The LLM endpoint is the operator's own configuration (often a local model server): no SSRF check.
    response = post(
        settings.llm_base_url.rstrip("/") + "/chat/completions", json.dumps(request).encode(), headers,
        settings.llm_timeout_ms / 1000.0, allow_private=True,
    )
    if response.status != 200:
        raise ValueError(f"HTTP {response.status}")
    return json.loads(response.body)["choices"][0]["message"]["content"]


def _strip_fences(content: str) -> str:
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text[text.find("{"):] if "{" in text else text
    return text
