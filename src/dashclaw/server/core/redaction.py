"""The one DLP pipeline: secrets in stored text become `[REDACTED:<pattern>]` before they reach the database."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

CRITICAL, HIGH = "critical", "high"

# Order matters: more specific patterns run first so that, e.g., an Anthropic key is not named an OpenAI key.
PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, severity, re.compile(regex))
    for name, severity, regex in (
        ("private_key", CRITICAL, r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"),
        ("database_url", CRITICAL, r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqp)://[^\s:@/]+:[^\s@/]+@[^\s'\"]+"),
        ("aws_access_key", CRITICAL, r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
        ("aws_secret_key", CRITICAL, r"(?i)\baws_?(?:secret|private)?_?(?:access)?_?key\s*[:=]\s*['\"]?[A-Za-z0-9/+=]{40}\b"),
        ("github_token", CRITICAL, r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b"),
        ("anthropic_key", CRITICAL, r"\bsk-ant-[A-Za-z0-9_\-]{20,}"),
        ("stripe_key", CRITICAL, r"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"),
        ("openai_key", CRITICAL, r"\bsk-(?:proj-)?[A-Za-z0-9_\-]{20,}"),
        ("slack_token", CRITICAL, r"\bxox[abprs]-[A-Za-z0-9\-]{10,}"),
        ("dashclaw_api_key", CRITICAL, r"\boc_live_[0-9a-f]{32}\b"),
        ("jwt_token", HIGH, r"\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"),
        ("bearer_token", HIGH, r"(?i)\bbearer\s+[A-Za-z0-9._~+/\-]{20,}=*"),
        ("password_field", HIGH, r"(?i)\b(?:password|passwd|pwd)\s*[:=]\s*['\"]?[^\s'\",;]{4,}"),
        ("api_key_generic", HIGH, r"(?i)\b(?:api[_\-]?key|apikey|access[_\-]?token|secret[_\-]?key|client[_\-]?secret)\s*[:=]\s*['\"]?[A-Za-z0-9_\-]{16,}"),
    )
)


@dataclass
class Findings:
    """What the pipeline redacted, as the `security` block write endpoints return."""

    matches: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: "Findings") -> None:
        self.matches.extend(other.matches)

    def summary(self) -> dict[str, Any]:
        categories = sorted({name for name, _ in self.matches})
        return {
            "clean": not self.matches,
            "findings_count": len(self.matches),
            "critical_count": sum(1 for _, severity in self.matches if severity == CRITICAL),
            "categories": categories,
        }


def redact_text(text: str, findings: Findings) -> str:
    for name, severity, pattern in PATTERNS:
        def _replace(match: re.Match[str], _name=name, _severity=severity) -> str:
            findings.matches.append((_name, _severity))
            return f"[REDACTED:{_name}]"

        text = pattern.sub(_replace, text)
    return text


def redact(value: Any, findings: Findings) -> Any:
    """Redact strings anywhere inside `value` (lists and dicts recursively)."""
    if isinstance(value, str):
        return redact_text(value, findings) if len(value) >= 8 else value
    if isinstance(value, list):
        return [redact(item, findings) for item in value]
    if isinstance(value, dict):
        return {key: redact(item, findings) for key, item in value.items()}
    return value


def redact_value(value: Any) -> tuple[Any, Findings]:
    """One value redacted, and what was found in it."""
    findings = Findings()
    return redact(value, findings), findings


def redact_fields(data: dict[str, Any], names: tuple[str, ...]) -> Findings:
    """Redact the named fields of `data` in place and return what was found."""
    findings = Findings()
    for name in names:
        if data.get(name) is not None:
            data[name] = redact(data[name], findings)
    return findings
