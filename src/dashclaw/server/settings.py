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


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a number, got {raw!r}") from exc


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

    embeddings_base_url: str | None = None
    """OpenAI-compatible endpoint for semantic knowledge search (DASHCLAW_EMBEDDINGS_BASE_URL, e.g.
    https://api.openai.com/v1); unset, search is full-text only."""

    embeddings_api_key: str | None = None
    embeddings_model: str = "text-embedding-3-small"
    embeddings_timeout_ms: int = 10_000

    guard_webhook_secret: str | None = None
    """When set, guard `webhook_check` calls carry `X-DashClaw-Signature: v1=<hmac>`."""

    webhook_allowed_domains: tuple[str, ...] = ()
    allow_private_webhooks: bool = False
    """Lets webhooks and `webhook_check` reach loopback/private hosts, over plain HTTP too. For tests and labs only."""

    webhook_retry_base_seconds: float = 80.0
    """The first retry of a failed webhook delivery waits this long (with jitter); each later one three times longer."""

    webhook_max_attempts: int = 8
    """Attempts per webhook delivery (8: the last about 24 hours after the first); a webhook whose delivery
    fails them all is disabled."""

    cors_origins: tuple[str, ...] = ("*",)
    """Origins browsers may call the API from (DASHCLAW_CORS_ORIGINS, comma list; `*` for any)."""

    trust_proxy: bool = False
    """Take the client IP from X-Forwarded-For (only behind a proxy you control)."""

    enforce_signatures: bool = False
    closed_enrollment: bool = False

    stream_retention_seconds: int = 600
    """How long `/api/stream` events are kept for clients resuming with `Last-Event-ID` (at least 60)."""

    stream_heartbeat_seconds: int = 15
    """A `: heartbeat` comment goes to every open stream this often."""

    stream_max_seconds: int = 1800
    """A stream is closed after this long (clients reconnect with `Last-Event-ID` and lose nothing)."""

    signal_watch_seconds: int = 30
    """How often new decision-integrity signals are put on the stream (one replica does it)."""

    compliance_schedule_poll_seconds: int = 30
    """How often each replica looks for compliance export schedules that are due (each runs once fleet-wide)."""

    routing_maintenance_seconds: int = 5
    """How often each replica retries or escalates overdue routing tasks and routes queued ones."""

    knowledge_sync_poll_seconds: int = 2
    """How often each replica looks for knowledge collections waiting to sync (each sync runs once fleet-wide)."""

    knowledge_search_candidates: int = 10_000
    """How many matching passages a full-text search ranks at most: the bound on one search's work."""

    admin_email: str | None = None
    """With `admin_password`: the dashboard's first admin user (org_default), created at start if missing."""

    admin_password: str | None = None

    login_max_failures: int = 10
    """Failed dashboard sign-ins allowed per account per `login_window_ms` (five times as many per address)."""

    login_window_ms: int = 300_000

    session_hours: int = 12
    """How long a dashboard sign-in lasts."""

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
            embeddings_base_url=env.get("DASHCLAW_EMBEDDINGS_BASE_URL") or None,
            embeddings_api_key=env.get("DASHCLAW_EMBEDDINGS_API_KEY") or None,
            embeddings_model=env.get("DASHCLAW_EMBEDDINGS_MODEL") or cls.embeddings_model,
            embeddings_timeout_ms=_env_int("DASHCLAW_EMBEDDINGS_TIMEOUT_MS", cls.embeddings_timeout_ms),
            guard_webhook_secret=env.get("DASHCLAW_GUARD_WEBHOOK_SECRET") or None,
            webhook_allowed_domains=tuple(
                d.strip().lower() for d in env.get("DASHCLAW_WEBHOOK_ALLOWED_DOMAINS", "").split(",") if d.strip()
            ),
            allow_private_webhooks=_env_bool("DASHCLAW_ALLOW_PRIVATE_WEBHOOKS"),
            webhook_retry_base_seconds=max(0.0, _env_float("DASHCLAW_WEBHOOK_RETRY_BASE_SECONDS",
                                                           cls.webhook_retry_base_seconds)),
            webhook_max_attempts=max(1, _env_int("DASHCLAW_WEBHOOK_MAX_ATTEMPTS", cls.webhook_max_attempts)),
            cors_origins=tuple(o.strip() for o in env.get("DASHCLAW_CORS_ORIGINS", "*").split(",") if o.strip()),
            trust_proxy=_env_bool("DASHCLAW_TRUST_PROXY"),
            enforce_signatures=_env_bool("DASHCLAW_ENFORCE_AGENT_SIGNATURES"),
            closed_enrollment=_env_bool("DASHCLAW_CLOSED_ENROLLMENT"),
            stream_retention_seconds=max(60, _env_int("DASHCLAW_STREAM_RETENTION_SECONDS", cls.stream_retention_seconds)),
            stream_heartbeat_seconds=_env_int("DASHCLAW_STREAM_HEARTBEAT_SECONDS", cls.stream_heartbeat_seconds),
            stream_max_seconds=_env_int("DASHCLAW_STREAM_MAX_SECONDS", cls.stream_max_seconds),
            signal_watch_seconds=max(1, _env_int("DASHCLAW_SIGNAL_WATCH_SECONDS", cls.signal_watch_seconds)),
            compliance_schedule_poll_seconds=max(1, _env_int("DASHCLAW_COMPLIANCE_SCHEDULE_POLL_SECONDS",
                                                             cls.compliance_schedule_poll_seconds)),
            routing_maintenance_seconds=max(1, _env_int("DASHCLAW_ROUTING_MAINTENANCE_SECONDS",
                                                        cls.routing_maintenance_seconds)),
            knowledge_sync_poll_seconds=max(1, _env_int("DASHCLAW_KNOWLEDGE_SYNC_POLL_SECONDS",
                                                        cls.knowledge_sync_poll_seconds)),
            knowledge_search_candidates=max(1, _env_int("DASHCLAW_KNOWLEDGE_SEARCH_CANDIDATES",
                                                        cls.knowledge_search_candidates)),
            admin_email=env.get("DASHCLAW_ADMIN_EMAIL") or None,
            admin_password=env.get("DASHCLAW_ADMIN_PASSWORD") or None,
            login_max_failures=_env_int("DASHCLAW_LOGIN_MAX_FAILURES", cls.login_max_failures),
            login_window_ms=_env_int("DASHCLAW_LOGIN_WINDOW_MS", cls.login_window_ms),
            session_hours=_env_int("DASHCLAW_SESSION_HOURS", cls.session_hours),
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
