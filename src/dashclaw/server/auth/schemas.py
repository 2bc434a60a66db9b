from __future__ import annotations

from pydantic import Field

from ..core.validation import OneOf, RequestModel, Text


class OrgCreate(RequestModel):
    name: Text(256, required=True)
    slug: Text(64, required=True)


class OrgUpdate(RequestModel):
    name: Text(256, required=True) | None = None


class KeyCreate(RequestModel):
    label: Text(256) = Field(default="API Key")
    role: OneOf("admin", "member", "readonly") = "member"
