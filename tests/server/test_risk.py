"""The risk scorer is a pure, documented function; these pin its factors."""
from dashclaw.server.guard.risk import assess


def test_destructive_irreversible_production_change_scores_above_ninety():
    result = assess("database_write", "Drop legacy user table", ["production_db"], reversible=False)
    assert result.score == 95
    assert result.factors == ("destructive_operation", "irreversible", "production_system", "data_store")


def test_factors_add_up_and_clamp():
    assert assess("research", "Read the docs").score == 10
    assert assess("deploy", "Ship v2.0", ["prod-api"]).factors == ("state_change", "production_system")
    assert assess("deploy", "Ship v2.0", ["prod-api"]).score == 45
    assert assess("email", "Send the newsletter to customers").factors == ("external_communication",)
    everything = assess("iam_admin", "Delete and wipe all root credentials", ["prod-db", "live-api", "s3", "billing"], False)
    assert everything.score == 100


def test_word_forms_are_recognised():
    assert "destructive_operation" in assess("cleanup", "Dropped the staging tables").factors
    assert "destructive_operation" in assess("cleanup", "deleting old logs").factors
    assert assess("dropdown_render", "Render a dropdown").factors == ()
