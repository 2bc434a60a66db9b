"""The DLP pipeline on its own: what it redacts, and that hostile text costs time in proportion to its length."""
from __future__ import annotations

import time

import pytest

from dashclaw.server.core.redaction import PATTERNS, Findings, redact, redact_text, redact_value

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\nVJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dV\n"
SECRETS = [
    ("private_key", f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}-----END RSA PRIVATE KEY-----"),
    ("private_key", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B\n\n"
                    f"{PEM_BODY}-----END ENCRYPTED PRIVATE KEY-----"),
    ("database_url", "postgresql://admin:s3cret@db.internal:5432/prod"),
    ("aws_access_key", "AKIAIOSFODNN7EXAMPLE"),
    ("aws_secret_key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("github_token", "ghp_" + "a1B2" * 9),
    ("github_token", "github_pat_" + "11ABCDEFG" * 4),
    ("anthropic_key", "sk-ant-abcdefghijklmnopqrstuvwxyz012345"),
    ("stripe_key", "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"),
    ("openai_key", "sk-proj-abcdefghijklmnopqrstuvwxyz"),
    ("slack_token", "xoxb-123456789012-abcdefghij"),
    ("dashclaw_api_key", "oc_live_" + "0123456789abcdef" * 2),
    ("jwt_token", JWT),
    ("bearer_token", "Authorization: Bearer abcdefghijklmnopqrstuvwxyz.0123"),
    ("password_field", "password=hunter2secret"),
    ("api_key_generic", "client_secret: 'abcdefghijklmnop1234'"),
    # the detectors core/detectors.py adds to the reference's thirteen
    ("azure_storage_key", "AccountKey=" + "Zm9vYmFy" * 10 + "Zm9vYm=="),
    ("gcp_service_account", '"private_key_id": "' + "0123456789abcdef0123" * 2 + '"'),
    ("google_api_key", "AIza" + "SyD3k9Lq0Zx8Vw7Ut6Sr5Qp4On3Ml2Kj1Ih"),
    ("gitlab_token", "glpat-" + "x7Kq2Lm9Np4Rs6Tv8Wy0"),
    ("slack_webhook", "https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/" + "q1W2e3R4t5Y6u7I8o9P0a1S2"),
    ("sendgrid_key", "SG." + "k3J9s8D7f6G5h4J3k2L1m0" + "." + "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X1c"),
    ("twilio_key", "SK" + "0123456789abcdef" * 2),
    ("mailchimp_key", "0123456789abcdef" * 2 + "-us14"),
    ("npm_token", "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
    ("pypi_token", "pypi-AgEIcHlwaS5vcmc" + "Q1w2E3r4T5y6U7i8O9p0" * 3),
    ("huggingface_token", "hf_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7"),
    ("shopify_token", "shpat_" + "0123456789abcdef" * 2),
    ("digitalocean_token", "dop_v1_" + "0123456789abcdef" * 4),
    ("square_token", "sq0atp-" + "a1B2c3D4e5F6g7H8i9J0k1"),
    ("telegram_bot_token", "123456789:AA" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q"),
    ("discord_token", "MTk4NjIyNDgzNDcxOTI1MjQ4." + "Cl2FMQ" + "." + "ZnCjm1XVW7vRze4b7Cq4se7kKWs"),
    ("basic_auth_header", "Authorization: Basic YWRtaW46U3VwM3JTM2NyZXQh"),
    ("url_credentials", "https://deploy:t0kenPass99@artifacts.example.io/repo"),
    ("cli_credentials", "curl -u deploy:zbttOofL9H2W https://ci.example.dev/api"),
    ("config_secret", '<add key="SmtpPassword" value="Kq8!vZ2w"/>'),
    ("token_assignment", "refresh_token: 6i9BPkDj3zHdo1B055YjnhDxS3aQ"),
    ("secret_assignment", "SECRET_TOKEN=" + "Xk29fjQ8zLm3Np7Rs1"),
    ("password_phrase", "the wifi password is Orchid-7731"),
    ("key_phrase", "my api key is uZsvk2pK7S9zhWTuW0ORT"),
    ("token_phrase", "Bearer token for staging: 5TY4MyWuUFjsUNPjc01T5GOBUS"),
    ("azure_client_secret", "bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR"),
    ("service_api_key", "gsk_" + "a1B2c3D4e5F6g7H8i9J0" * 2 + "k1L2m3N4o5P6"),
    ("service_token", "hvs." + "CAESIJ1k2L3m4N5o6P7q8R9s" * 4),
    ("authorization_header", "Authorization: Token 22cb987851bc5659229114c62e60c79abd0d2c08"),
]


def test_every_pattern_has_an_example():
    assert {pattern.name for pattern in PATTERNS} == {name for name, _ in SECRETS}


@pytest.mark.parametrize("name,secret", SECRETS, ids=[f"{name}-{i}" for i, (name, _) in enumerate(SECRETS)])
def test_every_pattern_redacts_its_secret(name, secret):
    findings = Findings()
    text = redact_text(f"before {secret} after", findings)
    assert text.startswith("before ") and text.endswith(" after"), text
    assert f"[REDACTED:{name}]" in text and name in findings.summary()["categories"]


def test_clean_text_is_returned_as_it_came():
    findings = Findings()
    text = "Deploy the billing service to the EU cluster — rollback plan in the runbook, 日本語もOK."
    assert redact_text(text, findings) == text
    assert findings.summary() == {"clean": True, "findings_count": 0, "critical_count": 0, "categories": []}


def test_a_private_key_cut_short_is_still_redacted():
    text = redact_text(f"key: -----BEGIN PRIVATE KEY-----\n{PEM_BODY}", Findings())
    assert text == "key: [REDACTED:private_key]"


def test_a_jwt_after_a_hyphen_is_redacted():
    assert redact_text(f"token-{JWT}", Findings()) == "token-[REDACTED:jwt_token]"


@pytest.mark.parametrize("text", [
    "paſsword=hunter2secret",  # long s
    "apı_key=abcdefghijklmnop1234",  # dotless i
    "api_\u212aey=abcdefghijklmnop1234",  # Kelvin sign
    "BEARER abcdefghijklmnopqrstuvwxyz.0123",
])
def test_case_insensitive_patterns_match_every_letter_they_match_in_regex_terms(text):
    """The substring pre-check must never skip text the pattern itself would match."""
    findings = Findings()
    assert redact_text(text, findings).startswith("[REDACTED:")
    assert findings.matches


def test_redacts_inside_any_nesting_without_recursion():
    value: object = f"password=hunter2secret and {JWT}"
    for depth in range(10_000):
        value = [value] if depth % 2 else {"k": value}
    redacted, findings = redact_value(value)
    for depth in reversed(range(10_000)):
        redacted = redacted[0] if depth % 2 else redacted["k"]
    assert redacted == "[REDACTED:password_field] and [REDACTED:jwt_token]"
    assert findings.summary()["findings_count"] == 2


def test_redact_copies_and_leaves_the_input_alone():
    original = {"a": ["password=hunter2secret"], "n": 5}
    copy = redact(original, Findings())
    assert original == {"a": ["password=hunter2secret"], "n": 5}
    assert copy == {"a": ["[REDACTED:password_field]"], "n": 5}


# ---------------------------------------------------------------------------------------- linear time

# Each unit, repeated, is a worst case for at least one pattern: attempts that start everywhere and fail
# late under a backtracking engine (the first two made 160 KB cost 5 s before the patterns were bounded).
WORST_CASES = {
    "jwt starts": "eyJ-",
    "private key begins": "-----BEGIN RSA PRIVATE KEY-----",
    "private key without end": "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
    "jwt first segment only": "eyJ" + "a" * 12 + ".",
    "jwt without third segment": "eyJaaaaaaaaaaaa.bbbbbbbbbbbb.x ",
    "database url without @": "postgres://user:pass",
    "database url users": "redis://a:",
    "github token then underscore": "ghp_" + "a" * 40 + "_",
    "github token in a long word": "ghp_" + "a" * 400 + "é ",
    "key prefixes": "sk-ant-sk-xoxb-",
    "bearer then spaces": "bearer          ",
    "password then spaces": "password          :",
    "api key prefix": "api_key=",
    "aws key prefix": "aws_secret_access_key = ",
    "access key prefix": "AKIA",
    "every hint at once": "-----BEGIN PRIVATE KEY----- eyJ- bearer password: api_key= aws postgres://u:p sk-ant- ghp_ ",
    "hyphenated words": "a-" * 50 + " ",
    "putty private lines": "Private-Lines: 9\nQUJD\n",
    "password and words": "password for the box so you can ",
    "command-line options": "mysql --db-password --api-key -p ",
    "authorization values": "Authorization: Token ",
    "id-like runs": "X1234567 12345678Z 123.456.789-",
}


def _seconds_per_kb(text: str, repeats: int) -> float:
    """CPU seconds of this thread per KB (the best of `repeats`), so a busy machine does not inflate it."""
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        redact_text(text, Findings())
        best = min(best, time.thread_time() - started)
    return best / (len(text) / 1000)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", WORST_CASES.values(), ids=list(WORST_CASES))
def test_worst_case_text_costs_time_in_proportion_to_its_length(unit):
    per_kb_small = _seconds_per_kb(_repeated(unit, 32_000), repeats=3)
    per_kb_large = _seconds_per_kb(_repeated(unit, 1_000_000), repeats=2)
    shown = f"{per_kb_small * 1e6:.0f} µs/KB at 32 KB, {per_kb_large * 1e6:.0f} µs/KB at 1 MB"
    # Quadratic scanning would make each KB of the 1 MB text about 31 times dearer than one of the 32 KB text.
    assert per_kb_large < 6 * per_kb_small + 20e-6, shown
    assert per_kb_large < 5e-3, shown  # the scanners' budget: under 5 ms of CPU per KB
