from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.background import BackgroundTask

from ..deps import Caller, Ctx
from . import service
from .schemas import StreamFilters

router = APIRouter(prefix="/api/stream", tags=["stream"])
HEARTBEAT = ServerSentEvent(comment="heartbeat")
SEND_TIMEOUT_SECONDS = 60  # a client that takes nothing for this long is dropped; it resumes with Last-Event-ID


@router.get("", response_class=EventSourceResponse, responses={
    200: {"content": {"text/event-stream": {}}, "description": "Server-Sent Events: `id`, `event`, `data` (JSON)."},
    503: {"description": "The event stream cannot be read right now."},
})
async def stream(
    filters: Annotated[StreamFilters, Query()], ctx: Ctx, caller: Caller,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
):
    """The org's events as they happen; resume with `Last-Event-ID` to get exactly what was missed."""
    events = await service.open_stream(ctx, caller, filters, last_event_id)
    frames = (
        ServerSentEvent(data=item.data, event=item.type, id=None if item.seq is None else str(item.seq))
        async for item in events
    )
    return EventSourceResponse(
        frames,
        headers={"Cache-Control": "no-cache, no-transform"},
        ping=ctx.settings.stream_heartbeat_seconds,
        ping_message_factory=lambda: HEARTBEAT,
        send_timeout=SEND_TIMEOUT_SECONDS,
        background=BackgroundTask(events.close),
    )
