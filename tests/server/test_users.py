"""`dashclaw users create`, and what it stores: dashboard users sign in with the password they were given."""
from __future__ import annotations

import re
import secrets
import subprocess
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool
from support.dashboard import User, create_user, signed_in


def users_create(server, *args: str, password: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashclaw.cli", "users", "create", *args, "--database-url", server.database_url,
         *(["--password-stdin"] if password is not None else [])],
        input=None if password is None else password + "\n", capture_output=True, text=True, timeout=60,
    )


def stored_user(server, email: str):
    url = server.database_url.replace("postgresql://", "postgresql+psycopg://")
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT org_id, role, password_hash FROM users WHERE email = :e"), {"e": email}).first()
    finally:
        engine.dispose()


def test_a_user_created_without_a_password_gets_one_shown_once(server, tenant):
    email = f"Ops-{secrets.token_hex(3)}@Example.com"
    done = users_create(server, "--email", email, "--role", "member", "--org", tenant.org_id)
    assert done.returncode == 0, done.stderr
    password = re.search(r"shown once, stored hashed\):\s+(\S+)", done.stdout).group(1)
    user = User(email.lower(), password, tenant.org_id, "member")
    client = signed_in(server, user)
    assert user.email in client.get("/").text
    row = stored_user(server, user.email)
    assert (row.org_id, row.role) == (tenant.org_id, "member")
    assert row.password_hash.startswith("$argon2id$") and password not in row.password_hash


def test_a_password_from_standard_input_is_never_printed(server, tenant):
    password = "stdin-" + secrets.token_urlsafe(10)
    email = f"reader-{secrets.token_hex(3)}@example.com"
    done = users_create(server, "--email", email, "--role", "readonly", "--org", tenant.org_id, password=password)
    assert done.returncode == 0 and password not in done.stdout + done.stderr
    signed_in(server, User(email, password, tenant.org_id, "readonly"))


def test_refusals_say_what_is_wrong(server, tenant):
    taken = create_user(server, tenant.org_id, "admin")
    cases = [
        (("--email", taken.email, "--role", "admin", "--org", tenant.org_id), "x" * 12, "already exists"),
        (("--email", "someone@example.com", "--role", "admin", "--org", "org_nope"), "x" * 12, "Organization not found"),
        (("--email", "not-an-email", "--role", "admin", "--org", tenant.org_id), "x" * 12, "email must be an email"),
        (("--email", "short@example.com", "--role", "admin", "--org", tenant.org_id), "short", "password must be"),
    ]
    for args, password, message in cases:
        done = users_create(server, *args, password=password)
        assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
    bad_role = users_create(server, "--email", "r@example.com", "--role", "owner", "--org", tenant.org_id)
    assert bad_role.returncode == 2 and "invalid choice" in bad_role.stderr
    assert stored_user(server, "someone@example.com") is None
