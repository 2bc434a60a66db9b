from __future__ import annotations

from typing import Any

from pydantic import Field

from ..core.validation import OneOf, RequestModel, Text


class OrgCreate(RequestModel):
    """Checked by `service.check_org_fields`, with the wording the org routes have always used."""

    name: Any = None
    slug: Any = None


class OrgUpdate(RequestModel):
    name: Any = None


class KeyCreate(RequestModel):
    label: Text(256) = Field(default="API Key")
    role: OneOf("admin", "member", "readonly") = "member"


class PlainKeyCreate(RequestModel):
    """`POST /api/keys`: checked by `service.create_admin_key`, with the contract's wording."""

    label: Any = None
