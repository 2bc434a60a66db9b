"""Agent messaging: direct messages and broadcasts with their read receipts, message threads, shared docs and
attachment files.

Who reads: the `agent_id` a call names, else `dashboard` (the operator). A direct message is read or archived
on the message itself, by its recipient (archived also by its sender); a broadcast is read and archived per
reader through a receipt, and archived for everyone only by its sender. The operator may do either to any
message of the org.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Iterable

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from ..core.auth import Principal
from ..core.clock import utcnow
from ..core.errors import ApiError, not_found
from ..core.ids import hex_id
from ..core.pagination import NewestFirst, Page, count_up_to
from ..core.redaction import Findings, redact, redact_fields
from ..core.search import contains_text, holds_string
from ..core.serialize import row_to_dict
from ..db.unique import retry_on_duplicate
from ..events.log import MESSAGE_CREATED
from ..events.service import emit
from .attachments import AttachmentFile, checked_file
from .models import Message, MessageAttachment, MessageReceipt, MessageThread, SharedDoc
from .schemas import (
    DocFilters, DocSave, MessageCreate, MessageFilters, MessageUpdate, ThreadCreate, ThreadFilters, ThreadUpdate,
)

if TYPE_CHECKING:
    from ..deps import AppContext

OPERATOR = "dashboard"
"""The reader when a call names no agent: the operator, who may read and archive any message of the org."""
NEWEST_FIRST = NewestFirst(Message.created_at, Message.id)
UNREAD_COUNT_CAP = 1000  # an unread badge reads "1000+" beyond this: the count stays a short index read
THREAD_STATUS_ALIASES = {"active": "open"}  # the SDK's docs list message threads by `status="active"`
ReceiptFor = Callable[[Message], MessageReceipt]
"""The reader's receipt for a broadcast, created when it has none yet."""


# --- messages ---------------------------------------------------------------------------------------------


def send_message(ctx: AppContext, caller: Principal, body: MessageCreate) -> dict[str, Any]:
    """Store a message (a broadcast without `to_agent_id`) and its attachment files, all or nothing."""
    org_id = caller.org_id
    if body.thread_id and body.thread_id.startswith("ct_"):
        raise ApiError(400, "Context threads cannot carry messages")
    files = [checked_file(item) for item in body.attachments or ()]
    data = body.model_dump(exclude={"attachments"})
    findings = redact_fields(data, ("subject", "body"), ctx.redaction.mode(org_id))
    now = utcnow()
    with ctx.db.write() as session:
        if body.thread_id:
            thread = session.scalar(select(MessageThread).where(
                MessageThread.org_id == org_id, MessageThread.id == body.thread_id))
            if thread is None:
                raise not_found("Thread")
            if thread.status != "open":
                raise ApiError(400, "Thread is not open")
            thread.updated_at = thread.last_message_at = thread.last_activity_at = now
            thread.message_count = MessageThread.message_count + 1  # in SQL: concurrent sends all count
        message = Message(id=hex_id("msg"), org_id=org_id, status="sent", created_at=now, **data)
        session.add(message)
        attachments = [_attachment(org_id, message.id, file, now) for file in files]
        session.add_all(attachments)
        session.flush()
        shown = _message_dict(message, attachments, [])
        emit(ctx, session, org_id, MESSAGE_CREATED, shown, subject_id=message.id)
    return {"message": shown, "message_id": message.id, "security": findings.summary()}


def list_messages(ctx: AppContext, caller: Principal, filters: MessageFilters, page: Page) -> dict[str, Any]:
    """A page of the reader's messages, newest first, and how many are unread (`next_cursor` resumes)."""
    org_id = caller.org_id
    agent = filters.agent_id
    reader = agent or OPERATOR
    direction, branches = _direction(filters.direction, agent)
    conditions = [Message.org_id == org_id, *direction]
    message_type = filters.type or filters.message_type
    if message_type:
        conditions.append(Message.message_type == message_type)
    if filters.thread_id:
        conditions.append(Message.thread_id == filters.thread_id)
    if filters.unread:
        conditions.append(_unread(reader))
    with ctx.db.read() as session:
        rows, next_cursor = NEWEST_FIRST.read_either(
            session, select(Message).where(*conditions), branches, filters.cursor, page.limit, page.offset
        )
        messages = _shown(session, org_id, rows, reader)
        received = [Message.from_agent_id != agent] if agent else []
        unread_count, exact = count_up_to(session, select(Message.id).where(
            Message.org_id == org_id, _unread(reader), *received), UNREAD_COUNT_CAP, _recipients(agent))
    return {"messages": messages, "total": len(messages), "unread_count": unread_count,
            "unread_count_is_lower_bound": not exact, "next_cursor": next_cursor}


def get_message(ctx: AppContext, caller: Principal, message_id: str, reader: str) -> dict[str, Any]:
    """One message with its attachments and whether `reader` has read it."""
    with ctx.db.read() as session:
        row = session.scalar(select(Message).where(Message.org_id == caller.org_id, Message.id == message_id))
        if row is None:
            raise not_found("Message")
        return {"message": _shown(session, caller.org_id, [row], reader)[0]}


def update_messages(ctx: AppContext, caller: Principal, body: MessageUpdate) -> dict[str, Any]:
    """Mark messages read or archive them for the reader; ids that are unknown or not the reader's are skipped."""
    org_id = caller.org_id
    reader = body.agent_id
    ids = list({value for value in body.message_ids if isinstance(value, str)})
    change = _mark_read if body.action == "read" else _archive

    def apply() -> int:
        now = utcnow()
        with ctx.db.write() as session:
            rows = session.scalars(select(Message).where(Message.org_id == org_id, Message.id.in_(ids))).all()
            receipts = {receipt.message_id: receipt for receipt in session.scalars(select(MessageReceipt).where(
                MessageReceipt.org_id == org_id, MessageReceipt.reader_id == reader, MessageReceipt.message_id.in_(ids)))}

            def receipt_for(message: Message) -> MessageReceipt:
                if message.id not in receipts:
                    receipts[message.id] = MessageReceipt(org_id=org_id, message_id=message.id, reader_id=reader)
                    session.add(receipts[message.id])
                return receipts[message.id]

            return sum(change(message, reader, receipt_for, now) for message in rows)

    return {"updated": retry_on_duplicate(apply) if ids else 0}


def _mark_read(message: Message, reader: str, receipt_for: ReceiptFor, now: datetime) -> bool:
    if message.to_agent_id is None:
        receipt = receipt_for(message)
        if receipt.read_at is not None:
            return False
        receipt.read_at = now
        return True
    if message.status != "sent" or reader not in (message.to_agent_id, OPERATOR):
        return False
    message.status, message.read_at = "read", now
    return True


def _archive(message: Message, reader: str, receipt_for: ReceiptFor, now: datetime) -> bool:
    if message.status == "archived":
        return False
    if reader in (OPERATOR, message.from_agent_id, message.to_agent_id):
        message.status, message.archived_at = "archived", now
        return True
    if message.to_agent_id is not None:  # someone else's direct message
        return False
    receipt = receipt_for(message)
    if receipt.archived_at is not None:
        return False
    receipt.archived_at = now
    return True


def _direction(direction: str, agent: str | None) -> tuple[list[Any], list[Any]]:
    """(conditions, branches): the messages of `direction` for `agent` meet every condition and any one branch."""
    if direction == "sent":
        return ([Message.from_agent_id == agent] if agent else []), []
    if direction == "all":
        if not agent:
            return [], []
        received = and_(or_(*_recipients(agent)), Message.from_agent_id != agent)
        return [or_(Message.from_agent_id == agent, received)], []
    inbox = [Message.status != "archived"]
    if not agent:
        return inbox, []
    return [*inbox, Message.from_agent_id != agent, ~_receipt(agent, MessageReceipt.archived_at)], _recipients(agent)


def _recipients(agent: str | None) -> list[Any]:
    """What `agent` receives, as conditions no message meets twice: its direct messages, and the broadcasts (none
    without an agent). Read one by one, each is an index range."""
    if not agent:
        return []
    return [Message.to_agent_id == agent, Message.to_agent_id.is_(None)]


def _receipt(reader: str, stamp: Any) -> Any:
    """The reader has a receipt for the message with `stamp` set."""
    return exists().where(MessageReceipt.org_id == Message.org_id, MessageReceipt.message_id == Message.id,
                          MessageReceipt.reader_id == reader, stamp.is_not(None))


def _unread(reader: str) -> Any:
    """Still unread by `reader`: a direct message not yet read, a broadcast without the reader's receipt."""
    broadcast_seen = and_(Message.to_agent_id.is_(None), _receipt(reader, MessageReceipt.read_at))
    return and_(Message.status == "sent", ~broadcast_seen, ~_receipt(reader, MessageReceipt.archived_at))


def _shown(session: Session, org_id: str, rows: list[Message], reader: str) -> list[dict[str, Any]]:
    """Messages as the API shows them: attachments (never their data), broadcast readers, `is_read` for reader."""
    ids = [row.id for row in rows]
    attachments: dict[str, list[MessageAttachment]] = defaultdict(list)
    readers: dict[str, list[str]] = defaultdict(list)
    if ids:
        for attachment in session.scalars(select(MessageAttachment).where(
                MessageAttachment.org_id == org_id, MessageAttachment.message_id.in_(ids))
                .order_by(MessageAttachment.created_at, MessageAttachment.id)):
            attachments[attachment.message_id].append(attachment)
        for message_id, reader_id in session.execute(select(MessageReceipt.message_id, MessageReceipt.reader_id).where(
                MessageReceipt.org_id == org_id, MessageReceipt.message_id.in_(ids), MessageReceipt.read_at.is_not(None))
                .order_by(MessageReceipt.read_at, MessageReceipt.pk)):
            readers[message_id].append(reader_id)
    shown = []
    for row in rows:
        message = _message_dict(row, attachments[row.id], readers[row.id])
        message["is_read"] = row.status in ("read", "archived") or reader in (message["read_by"] or ())
        shown.append(message)
    return shown


def _message_dict(row: Message, attachments: Iterable[MessageAttachment], readers: list[str]) -> dict[str, Any]:
    message = row_to_dict(row)
    message["read_by"] = readers if row.to_agent_id is None else None
    message["attachments"] = [_attachment_dict(attachment) for attachment in attachments]
    return message


# --- attachments ------------------------------------------------------------------------------------------


def _attachment(org_id: str, message_id: str, file: AttachmentFile, now: datetime) -> MessageAttachment:
    return MessageAttachment(id=hex_id("att"), org_id=org_id, message_id=message_id, filename=file.filename,
                             mime_type=file.mime_type, size_bytes=len(file.data), data=file.data, created_at=now)


def _attachment_dict(attachment: MessageAttachment) -> dict[str, Any]:
    return row_to_dict(attachment, exclude=("data",))


def get_attachment(ctx: AppContext, caller: Principal, attachment_id: str | None) -> AttachmentFile:
    """One attachment file of the org, as it was stored."""
    if not attachment_id:
        raise ApiError(400, "id query parameter is required")
    with ctx.db.read() as session:
        row = session.scalar(select(MessageAttachment).where(
            MessageAttachment.org_id == caller.org_id, MessageAttachment.id == attachment_id))
        if row is None:
            raise not_found("Attachment")
        return AttachmentFile(row.filename, row.mime_type, row.data)


# --- message threads --------------------------------------------------------------------------------------


def create_thread(ctx: AppContext, caller: Principal, body: ThreadCreate) -> dict[str, Any]:
    """Open a message thread."""
    now = utcnow()
    thread = MessageThread(id=hex_id("mt"), org_id=caller.org_id, status="open", created_at=now, updated_at=now,
                           last_activity_at=now, message_count=0, **body.model_dump())
    with ctx.db.write() as session:
        session.add(thread)
        session.flush()
        shown = row_to_dict(thread)
    return {"thread": shown, "thread_id": thread.id}


def list_threads(ctx: AppContext, caller: Principal, filters: ThreadFilters, page: Page) -> dict[str, Any]:
    """The org's message threads (those `agent_id` takes part in), most recently active first."""
    org_id = caller.org_id
    in_thread = and_(Message.org_id == MessageThread.org_id, Message.thread_id == MessageThread.id)
    conditions = [MessageThread.org_id == org_id]
    if filters.status:
        conditions.append(MessageThread.status == THREAD_STATUS_ALIASES.get(filters.status, filters.status))
    if filters.agent_id:
        agent = filters.agent_id
        conditions.append(or_(
            MessageThread.created_by == agent,
            holds_string(MessageThread.participants, agent),
            exists().where(in_thread, or_(Message.from_agent_id == agent, Message.to_agent_id == agent)),
        ))
    with ctx.db.read() as session:
        rows = session.scalars(
            select(MessageThread).where(*conditions)
            .order_by(MessageThread.last_activity_at.desc(), MessageThread.id.desc())
            .limit(page.limit).offset(page.offset)
        ).all()
        threads = [row_to_dict(thread) for thread in rows]
    return {"threads": threads, "total": len(threads)}


def update_thread(ctx: AppContext, caller: Principal, body: ThreadUpdate) -> dict[str, Any]:
    """Resolve (or reopen) a message thread; a summary given replaces the old one, none keeps it."""
    now = utcnow()
    with ctx.db.write() as session:
        thread = session.scalar(select(MessageThread).where(
            MessageThread.org_id == caller.org_id, MessageThread.id == body.thread_id))
        if thread is None:
            raise not_found("Thread")
        if body.status is not None:
            if body.status == "resolved" and thread.resolved_at is None:
                thread.resolved_at = now
            thread.status = body.status
        if body.summary is not None:
            thread.summary = body.summary
        thread.updated_at = now
        session.flush()
        return {"thread": row_to_dict(thread)}


# --- shared docs ------------------------------------------------------------------------------------------


def save_doc(ctx: AppContext, caller: Principal, body: DocSave) -> dict[str, Any]:
    """Create a shared doc, or replace the content of the org's doc of that name as its next version."""
    org_id = caller.org_id
    findings = Findings()
    content = redact(body.content, findings, ctx.redaction.mode(org_id))

    def upsert() -> dict[str, Any]:
        now = utcnow()
        with ctx.db.write() as session:
            doc = session.scalar(select(SharedDoc).where(SharedDoc.org_id == org_id, SharedDoc.name == body.name))
            if doc is None:
                doc = SharedDoc(id=hex_id("sd"), org_id=org_id, name=body.name, created_by=body.agent_id, version=0,
                                created_at=now)
                session.add(doc)
            doc.content, doc.last_edited_by, doc.version, doc.updated_at = content, body.agent_id, doc.version + 1, now
            session.flush()
            return row_to_dict(doc)

    doc = retry_on_duplicate(upsert)
    return {"doc": doc, "doc_id": doc["id"], "security": findings.summary()}


def get_docs(ctx: AppContext, caller: Principal, filters: DocFilters, page: Page) -> dict[str, Any]:
    """One doc (`id`), or the org's docs whose name holds `search`, most recently updated first."""
    conditions = [SharedDoc.org_id == caller.org_id]
    with ctx.db.read() as session:
        if filters.id is not None:
            doc = session.scalar(select(SharedDoc).where(*conditions, SharedDoc.id == filters.id))
            if doc is None:
                raise not_found("Document")
            return {"doc": row_to_dict(doc)}
        if filters.search:
            conditions.append(contains_text(SharedDoc.name, filters.search))
        docs = session.scalars(select(SharedDoc).where(*conditions).order_by(SharedDoc.updated_at.desc(), SharedDoc.id.desc())
                               .limit(page.limit).offset(page.offset)).all()
    return {"docs": [row_to_dict(doc) for doc in docs], "total": len(docs)}
