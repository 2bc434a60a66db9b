"""One mixin per API domain; ``dashclaw.client.DashClaw`` composes them into the flat 2.10.0 surface."""
