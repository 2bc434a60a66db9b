"""`dashclaw serve | keys | users | audit | db | policies`: run the platform, manage API keys and dashboard users,
verify the activity log, migrate the database, check policies as code offline."""
from __future__ import annotations

import argparse
import os
import sys


def _server_imports():
    if sys.version_info < (3, 10):
        sys.exit("The DashClaw server needs Python 3.10 or newer (the SDK itself runs on 3.8).")
    try:
        from .server import app as server_app
        from .server.auth import service as auth_service
        from .server.db.engine import Database
        from .server.settings import Settings
    except ImportError as exc:  # the SDK alone is installed
        sys.exit(f'The DashClaw server is not installed ({exc.name} missing). Install it with: pip install "dashclaw[server]"')
    return server_app, auth_service, Database, Settings


def serve(args: argparse.Namespace) -> int:
    server_app, auth_service, Database, Settings = _server_imports()
    import uvicorn

    from .server.core.protocol import HTTP_PROTOCOL

    if args.database_url:
        os.environ["DASHCLAW_DATABASE_URL"] = args.database_url
    settings = Settings.from_env()
    url = settings.resolved_database_url()
    db = Database(url)
    if args.workers > 1 and db.is_sqlite:
        sys.exit("Several workers need PostgreSQL (--database-url postgresql://...); SQLite runs one worker.")
    server_app.prepare_database(settings, db)
    print(f"DashClaw database: {db.engine.url.render_as_string(hide_password=True)}", flush=True)
    if not settings.api_key and auth_service.active_key_count(db) == 0:
        minted = auth_service.mint_key(db, auth_service.DEFAULT_ORG, role="admin", label="First admin key",
                                       platform_admin=True)
        print(
            "\nNo API key was configured, so an admin key (also a platform admin: it may create orgs) was created\n"
            "for org_default.\n"
            "It is shown only this once; it is stored hashed and cannot be recovered:\n\n"
            f"    {minted.raw_key}\n\n"
            "Use it as the x-api-key header, or in the SDK: DashClaw(base_url=..., api_key=..., agent_id=...).\n"
            "Mint more with: dashclaw keys create --org org_default --role member\n",
            flush=True,
        )
    _first_admin_user(db, settings)
    db.dispose()
    print(f"DashClaw listening on http://{args.host}:{args.port}  (API docs: http://{args.host}:{args.port}/docs)", flush=True)
    uvicorn.run(
        "dashclaw.server.app:app_factory",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        http=HTTP_PROTOCOL,
        log_level=args.log_level,
        access_log=args.access_log,
    )
    return 0


def _first_admin_user(db, settings) -> None:
    """The dashboard is never open: with no user yet, create an admin (configured, or generated and shown once)."""
    from .server.core.errors import ApiError
    from .server.users import service as users_service

    try:
        created = users_service.ensure_first_admin(db, settings.admin_email, settings.admin_password)
    except ApiError as exc:
        sys.exit(f"DASHCLAW_ADMIN_EMAIL/DASHCLAW_ADMIN_PASSWORD: {'; '.join(exc.details or [exc.error])}")
    if created is None:
        return
    if created.password is None:
        print(f"Created the dashboard admin {created.email} (DASHCLAW_ADMIN_EMAIL) for org_default.", flush=True)
        return
    print(
        "\nNo dashboard user existed, so an admin was created for org_default. Sign in at /login with:\n\n"
        f"    email:    {created.email}\n    password: {created.password}\n\n"
        "The password is shown only this once and stored hashed (argon2). Add people with:\n"
        "    dashclaw users create --email you@example.com --role admin\n",
        flush=True,
    )


def _database(args: argparse.Namespace):
    server_app, auth_service, Database, Settings = _server_imports()
    settings = Settings.from_env(**({"database_url": args.database_url} if args.database_url else {}))
    db = Database(settings.resolved_database_url())
    server_app.prepare_database(settings, db)
    return db, auth_service, settings


def keys_create(args: argparse.Namespace) -> int:
    db, auth_service, _ = _database(args)
    if args.create_org:
        auth_service.ensure_org(db, args.org)
    try:
        minted = auth_service.mint_key(db, args.org, role=args.role, label=args.label, platform_admin=args.platform_admin)
    except (LookupError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kind = f"{minted.role} key" + (" (platform admin)" if minted.platform_admin else "")
    print(f"Created {kind} {minted.id} for {minted.org_id}. Shown once:\n\n    {minted.raw_key}\n")
    return 0


def keys_revoke(args: argparse.Namespace) -> int:
    from .server.core.errors import ApiError
    from .server.deps import build_context

    db, auth_service, settings = _database(args)
    try:  # running replicas forget the key at once on PostgreSQL; on SQLite the server's cache lapses in 1 s
        auth_service.revoke_key(build_context(settings, db), args.key_id)
    except ApiError as exc:
        print(f"error: {exc.error} ({args.key_id})", file=sys.stderr)
        return 2
    print(f"Revoked {args.key_id}.")
    return 0


def users_create(args: argparse.Namespace) -> int:
    from .server.core.errors import ApiError
    from .server.users import service as users_service

    db, _, _ = _database(args)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    try:
        created = users_service.create_user(db, args.org, args.email, args.role, password)
    except ApiError as exc:
        print(f"error: {'; '.join(exc.details) if exc.details else exc.error}", file=sys.stderr)
        return 2
    print(f"Created {created.role} user {created.email} in {created.org_id}.")
    if created.password is not None:
        print(f"Password (shown once, stored hashed):\n\n    {created.password}\n")
    return 0


def audit_verify(args: argparse.Namespace) -> int:
    """Recompute each org's activity-log hash chain; exit 1 when any chain is broken, naming its first broken link."""
    from .server.activity import service as activity_service
    from .server.deps import build_context

    db, _, settings = _database(args)
    ctx = build_context(settings, db)
    broken = 0
    for org_id in [args.org] if args.org else activity_service.audited_orgs(db):
        report = activity_service.verify_chain(ctx, activity_service.system_actor(org_id))
        link = report["first_broken"]
        if link is None:
            print(f"{org_id}: {report['checked']} entries, chain intact")
            continue
        broken += 1
        entry = f"entry {link['sequence']}" + (f" ({link['id']})" if link["id"] else "")
        print(f"{org_id}: BROKEN at {entry}: {link['reason']} ({report['checked']} entries before it hold)")
    return 1 if broken else 0


def db_upgrade(args: argparse.Namespace) -> int:
    db, _, _ = _database(args)  # preparing the database applies every migration
    print(f"Database at {db.engine.url.render_as_string(hide_password=True)} is up to date.")
    return 0


def db_revision(args: argparse.Namespace) -> int:
    """For developers: write a migration for the difference between the models and the database."""
    from alembic import command

    from .server.db.migrate import alembic_config

    db, _, _ = _database(args)
    command.revision(alembic_config(db.engine), message=args.message, autogenerate=True)
    return 0


def _offline_policies():
    if sys.version_info < (3, 10):
        sys.exit("dashclaw policies needs Python 3.10 or newer (the SDK itself runs on 3.8).")
    try:
        from .server.policies import offline
    except ImportError as exc:
        sys.exit(f'dashclaw policies needs the server extras ({exc.name} missing): pip install "dashclaw[server]"')
    return offline


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        sys.exit(f"error: cannot read {path}: {exc.strerror}")


def policies_lint(args: argparse.Namespace) -> int:
    """Check a policies YAML file as an import would, offline; exit 1 on any error."""
    offline = _offline_policies()
    result = offline.lint(_read(args.file))
    for warning in result.warnings:
        print(f"warning: {warning}")
    for error in result.errors:
        print(f"error: {error}")
    print(f"{len(result.drafts)} policies, {len(result.errors)} errors, {len(result.warnings)} warnings")
    return 1 if result.errors else 0


def policies_test(args: argparse.Namespace) -> int:
    """Run a policies file's own tests and a cases file on the guard engine, offline; exit 1 on any failure."""
    offline = _offline_policies()
    result = offline.lint(_read(args.file))
    if result.errors:
        for error in result.errors:
            print(f"error: {error}")
        return 1
    try:
        cases = offline.load_cases(_read(args.cases)) if args.cases else []
    except offline.DocumentError as exc:
        print(f"error: {exc}")
        return 1
    run = offline.run(offline.specs(result), cases)
    print("\n".join(run.lines))
    print(f"{run.passed} passed, {run.failed} failed")
    return 1 if run.failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dashclaw", description="DashClaw: decision infrastructure for AI agents.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve_cmd = commands.add_parser("serve", help="run the API server")
    serve_cmd.add_argument("--host", default=os.environ.get("DASHCLAW_HOST", "127.0.0.1"))
    serve_cmd.add_argument("--port", type=int, default=int(os.environ.get("DASHCLAW_PORT", "3000")))
    serve_cmd.add_argument("--database-url", help="default: a SQLite file in the per-user data directory")
    serve_cmd.add_argument("--workers", type=int, default=1)
    serve_cmd.add_argument("--log-level", default="info")
    serve_cmd.add_argument("--access-log", action="store_true", help="log every request")
    serve_cmd.set_defaults(func=serve)

    keys = commands.add_parser("keys", help="manage API keys").add_subparsers(dest="keys_command", required=True)
    create = keys.add_parser("create", help="mint an API key (shown once, stored hashed)")
    create.add_argument("--org", default="org_default", help="org the key belongs to (default: org_default)")
    create.add_argument("--role", default="member", choices=("admin", "member", "readonly"),
                        help="admin manages policies and approvals; readonly may only read (default: member)")
    create.add_argument("--label", default="API Key", help="a name to recognise the key by")
    create.add_argument("--create-org", action="store_true", help="create the org if it does not exist")
    create.add_argument("--platform-admin", action="store_true",
                        help="the key may also create orgs (POST /api/orgs); needs --role admin. Only the CLI mints these")
    create.add_argument("--database-url", help="default: DASHCLAW_DATABASE_URL, else the local SQLite file")
    create.set_defaults(func=keys_create)
    revoke = keys.add_parser("revoke", help="revoke an API key by id (key_...)")
    revoke.add_argument("key_id")
    revoke.add_argument("--database-url", help="default: DASHCLAW_DATABASE_URL, else the local SQLite file")
    revoke.set_defaults(func=keys_revoke)

    users = commands.add_parser("users", help="manage dashboard users").add_subparsers(dest="users_command", required=True)
    user_create = users.add_parser("create", help="add a dashboard user (sign-in by email and password)")
    user_create.add_argument("--email", required=True)
    user_create.add_argument("--role", required=True, choices=("admin", "member", "readonly"),
                             help="admin decides approvals and manages policies and keys; readonly may only look")
    user_create.add_argument("--org", default="org_default", help="org the user belongs to (default: org_default)")
    user_create.add_argument("--password-stdin", action="store_true",
                             help="read the password from standard input (else one is generated and printed once)")
    user_create.add_argument("--database-url", help="default: DASHCLAW_DATABASE_URL, else the local SQLite file")
    user_create.set_defaults(func=users_create)

    policies = commands.add_parser("policies", help="policies as code, checked offline (no server needed)")
    policy_commands = policies.add_subparsers(dest="policies_command", required=True)
    test = policy_commands.add_parser("test", help="run a policies file's tests (and --cases) on the guard engine")
    test.add_argument("file", help="a YAML document with a `policies` list (the import format)")
    test.add_argument("--cases", help="a YAML file with a `cases` list, each checked against the whole policy set")
    test.set_defaults(func=policies_test)
    lint = policy_commands.add_parser("lint", help="validate a policies file as an import would")
    lint.add_argument("file")
    lint.set_defaults(func=policies_lint)

    audit = commands.add_parser("audit", help="the tamper-evident activity log").add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser("verify", help="recompute the activity log's hash chains; exit 1 on a broken one")
    verify.add_argument("--org", help="one org (default: every org with an activity log)")
    verify.add_argument("--database-url", help="default: DASHCLAW_DATABASE_URL, else the local SQLite file")
    verify.set_defaults(func=audit_verify)

    database = commands.add_parser("db", help="database migrations").add_subparsers(dest="db_command", required=True)
    upgrade = database.add_parser("upgrade", help="apply pending migrations (serve does this at start)")
    upgrade.add_argument("--database-url", help="default: DASHCLAW_DATABASE_URL, else the local SQLite file")
    upgrade.set_defaults(func=db_upgrade)
    revision = database.add_parser("revision", help="(developers) generate a migration from model changes")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--database-url", help="a database at the current head to compare against")
    revision.set_defaults(func=db_revision)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
