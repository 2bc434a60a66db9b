"""Every DASHCLAW_* setting, typed and documented, read in one place."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_data_dir() -> Path:
    """Per-user data directory that holds the embedded SQLite database."""
    from platformdirs import user_data_dir

    return Path(os.environ.get("DASHCLAW_DATA_DIR") or user_data_dir("dashclaw", appauthor=False))


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class Settings:
    """Server configuration; `Settings.from_env()` reads the environment."""

    database_url: str = ""
    """SQLAlchemy/libpq URL. Empty means a SQLite file in the per-user data directory."""

    api_key: str | None = None
    """Bootstrap admin key (DASHCLAW_API_KEY) for org `api_key_org`; compared in constant time."""

    api_key_org: str = "org_default"

    rate_limit_max: int = 6000
    """Requests allowed per API key (or client IP when unauthenticated) in one window."""

    rate_limit_window_ms: int = 60_000

    max_body_bytes: int = 2 * 1024 * 1024

    idempotency_ttl_seconds: int = 24 * 3600

    guard_log_sync: bool = False
    """Answer a guard call only after its decision-log row is committed (strict audit; slower)."""

    guard_fallback: str = "allow"
    """What a `semantic_check` policy does when no LLM answers: `allow` or `block`."""

    llm_base_url: str | None = None
    """OpenAI-compatible endpoint for `semantic_check` (DASHCLAW_LLM_BASE_URL, e.g. https://api.openai.com/v1)."""

    llm_api_key: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_ms: int = 5000

    guard_webhook_secret: str | None = None
    """When set, guard `webhook_check` calls carry `X-DashClaw-Signature: v1=<hmac>`."""

    webhook_allowed_domains: tuple[str, ...] = ()
    allow_private_webhooks: bool = False
    """Lets `webhook_check` reach loopback/private hosts over plain HTTP. For tests and labs only."""

    cors_origins: tuple[str, ...] = ("*",)
    """Origins browsers may call the API from (DASHCLAW_CORS_ORIGINS, comma list; `*` for any)."""

    trust_proxy: bool = False
    """Take the client IP from X-Forwarded-For (only behind a proxy you control)."""

    enforce_signatures: bool = False
    closed_enrollment: bool = False

    data_dir: Path = field(default_factory=default_data_dir)

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = os.environ
        values = dict(
            database_url=env.get("DASHCLAW_DATABASE_URL", ""),
            api_key=env.get("DASHCLAW_API_KEY") or None,
            api_key_org=env.get("DASHCLAW_API_KEY_ORG") or "org_default",
            rate_limit_max=_env_int("DASHCLAW_RATE_LIMIT_MAX", cls.rate_limit_max),
            rate_limit_window_ms=_env_int("DASHCLAW_RATE_LIMIT_WINDOW_MS", cls.rate_limit_window_ms),
            guard_log_sync=_env_bool("DASHCLAW_GUARD_LOG_SYNC"),
            guard_fallback=(env.get("DASHCLAW_GUARD_FALLBACK") or "allow").lower(),
            llm_base_url=env.get("DASHCLAW_LLM_BASE_URL") or None,
            llm_api_key=env.get("DASHCLAW_LLM_API_KEY") or None,
            llm_model=env.get("DASHCLAW_LLM_MODEL") or cls.llm_model,
            llm_timeout_ms=_env_int("DASHCLAW_LLM_TIMEOUT_MS", cls.llm_timeout_ms),
            guard_webhook_secret=env.get("DASHCLAW_GUARD_WEBHOOK_SECRET") or None,
            webhook_allowed_domains=tuple(
                d.strip().lower() for d in env.get("DASHCLAW_WEBHOOK_ALLOWED_DOMAINS", "").split(",") if d.strip()
            ),
            allow_private_webhooks=_env_bool("DASHCLAW_ALLOW_PRIVATE_WEBHOOKS"),
            cors_origins=tuple(o.strip() for o in env.get("DASHCLAW_CORS_ORIGINS", "*").split(",") if o.strip()),
            trust_proxy=_env_bool("DASHCLAW_TRUST_PROXY"),
            enforce_signatures=_env_bool("DASHCLAW_ENFORCE_AGENT_SIGNATURES"),
            closed_enrollment=_env_bool("DASHCLAW_CLOSED_ENROLLMENT"),
        )
        values.update(overrides)
        return cls(**values)

    def resolved_database_url(self) -> str:
        """The database URL to connect to, creating the data directory for the SQLite default."""
        url = self.database_url
        if not url:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            return f"sqlite:///{self.data_dir / 'dashclaw.db'}"
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url
