"""Names of the messages replicas exchange on the event bus."""

KEY_REVOKED = "auth.key_revoked"  # {"key_hash"}: drop the cached lookup at once
POLICIES_CHANGED = "policies.changed"  # {"org_id"}: reload that org's active policies
EVENTS_APPENDED = "events.appended"  # {"latest": {org_id: seq}}: these orgs' streams have events up to seq
REDACTION_CHANGED = "security.redaction_changed"  # {"org_id"}: reload that org's redaction mode
WEBHOOKS_CHANGED = "webhooks.changed"  # {"org_id"}: reload that org's active webhooks
CAPABILITIES_CHANGED = "capabilities.changed"  # {"org_id"}: reload that org's approval-gated capabilities
