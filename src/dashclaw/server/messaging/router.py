from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .attachments import ALLOWED_MIME_TYPES, content_disposition
from .schemas import (
    AttachmentQuery, DocFilters, DocSave, MessageCreate, MessageFilters, MessageReader, MessageUpdate, ThreadCreate,
    ThreadFilters, ThreadUpdate,
)

router = APIRouter(prefix="/api/messages", tags=["messaging"])
THREAD_NOT_FOUND = {404: {"description": "No message thread with that thread_id in the caller's organization."}}
ATTACHMENT_FILE = {
    200: {"description": "The file as it was sent, with its type.",
          "content": {mime: {"schema": {"type": "string", "format": "binary"}} for mime in ALLOWED_MIME_TYPES}},
    404: {"description": "No attachment with that id in the caller's organization."},
}


@router.post("", status_code=201, responses={**THREAD_NOT_FOUND, 413: {"description": "An attachment is too large."}})
def send_message(body: MessageCreate, ctx: Ctx, caller: Caller):
    """A message to one agent (`to_agent_id`) or to all (without it), with up to 3 base64 attachments."""
    return service.send_message(ctx, caller, body)


@router.get("")
def list_messages(filters: Annotated[MessageFilters, Query()], page: Paging(50, 1000), ctx: Ctx, caller: Caller):
    """The messages of `agent_id` (`direction` inbox, sent or all), newest first; `cursor` takes `next_cursor`."""
    return service.list_messages(ctx, caller, filters, page)


@router.patch("")
def update_messages(body: MessageUpdate, ctx: Ctx, caller: Caller):
    return service.update_messages(ctx, caller, body)


@router.post("/threads", status_code=201)
def create_thread(body: ThreadCreate, ctx: Ctx, caller: Caller):
    return service.create_thread(ctx, caller, body)


@router.get("/threads")
def list_threads(filters: Annotated[ThreadFilters, Query()], page: Paging(20, 100), ctx: Ctx, caller: Caller):
    return service.list_threads(ctx, caller, filters, page)


@router.patch("/threads", responses=THREAD_NOT_FOUND)
def update_thread(body: ThreadUpdate, ctx: Ctx, caller: Caller):
    return service.update_thread(ctx, caller, body)


@router.post("/docs", status_code=201)
def save_doc(body: DocSave, ctx: Ctx, caller: Caller):
    """Upsert by name: saving a name again replaces the content as the next version."""
    return service.save_doc(ctx, caller, body)


@router.get("/docs", responses={404: {"description": "No doc with that id in the caller's organization."}})
def get_docs(filters: Annotated[DocFilters, Query()], page: Paging(20, 100), ctx: Ctx, caller: Caller):
    return service.get_docs(ctx, caller, filters, page)


@router.get("/attachments", response_class=Response, responses=ATTACHMENT_FILE)
def get_attachment(query: Annotated[AttachmentQuery, Query()], ctx: Ctx, caller: Caller):
    """The attachment file itself, for download."""
    file = service.get_attachment(ctx, caller, query.id)
    return Response(file.data, headers={
        "Content-Type": file.mime_type,
        "Content-Disposition": content_disposition(file.filename),
        "Cache-Control": "private, max-age=3600",
        "X-Content-Type-Options": "nosniff",
    })


@router.get("/{message_id}")
def get_message(message_id: str, reader: Annotated[MessageReader, Query()], ctx: Ctx, caller: Caller):
    return service.get_message(ctx, caller, message_id, reader.agent_id)
