from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import CollectionCreate, CollectionFilters, CollectionUpdate, ItemCreate, ItemFilters, SearchRequest

router = APIRouter(prefix="/api/knowledge/collections", tags=["knowledge"])


@router.post("", status_code=201)
def create_collection(body: CollectionCreate, ctx: Ctx, caller: Caller):
    return service.create_collection(ctx, caller, body)


@router.get("")
def list_collections(filters: Annotated[CollectionFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_collections(ctx, caller, filters, page)


@router.get("/{collection_id}")
def get_collection(collection_id: str, ctx: Ctx, caller: Caller):
    return service.get_collection(ctx, caller, collection_id)


@router.patch("/{collection_id}")
def update_collection(collection_id: str, body: CollectionUpdate, ctx: Ctx, caller: Caller):
    return service.update_collection(ctx, caller, collection_id, body)


@router.delete("/{collection_id}")
def delete_collection(collection_id: str, ctx: Ctx, caller: Caller):
    return service.delete_collection(ctx, caller, collection_id)


@router.get("/{collection_id}/items")
def list_items(collection_id: str, filters: Annotated[ItemFilters, Query()], page: Paging(100, 500), ctx: Ctx,
               caller: Caller):
    return service.list_items(ctx, caller, collection_id, filters, page)


@router.post("/{collection_id}/items", status_code=201)
def add_item(collection_id: str, body: ItemCreate, ctx: Ctx, caller: Caller):
    return service.add_item(ctx, caller, collection_id, body)


@router.post("/{collection_id}/sync", status_code=202)
def request_sync(collection_id: str, ctx: Ctx, caller: Caller):
    """Queue the collection for (re)indexing; it runs in the background (watch `ingestion_status`)."""
    return service.request_sync(ctx, caller, collection_id)


@router.post("/{collection_id}/search")
def search(collection_id: str, body: SearchRequest, ctx: Ctx, caller: Caller):
    return service.search(ctx, caller, collection_id, body)
