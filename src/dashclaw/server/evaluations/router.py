from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Admin, Caller, Ctx
from ..flows import evaluations as evaluations_flow
from . import service
from .schemas import RunCreate, RunFilters, ScoreCreate, ScoreFilters, ScorerCreate, ScorerUpdate, StatsFilters

router = APIRouter(prefix="/api/evaluations", tags=["evaluations"])
NAME_TAKEN = {409: {"description": "The org already has a scorer of that name."}}


@router.post("", status_code=201, responses={404: {"description": "No action with that action_id in the caller's organization."}})
def create_score(body: ScoreCreate, ctx: Ctx, caller: Caller):
    return evaluations_flow.create_score(ctx, caller, body)


@router.get("")
def get_scores(filters: Annotated[ScoreFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_scores(ctx, caller, filters, page.limit)


@router.post("/scorers", status_code=201, responses=NAME_TAKEN)
def create_scorer(body: ScorerCreate, ctx: Ctx, caller: Admin):
    return service.create_scorer(ctx, caller, body)


@router.get("/scorers")
def get_scorers(ctx: Ctx, caller: Caller):
    return service.list_scorers(ctx, caller)


@router.patch("/scorers/{scorer_id}", responses=NAME_TAKEN)
def update_scorer(scorer_id: str, body: ScorerUpdate, ctx: Ctx, caller: Admin):
    return service.update_scorer(ctx, caller, scorer_id, body)


@router.delete("/scorers/{scorer_id}")
def delete_scorer(scorer_id: str, ctx: Ctx, caller: Admin):
    return service.delete_scorer(ctx, caller, scorer_id)


@router.post("/runs", status_code=201, responses={404: {"description": "No scorer with that scorer_id in the caller's organization."}})
def create_eval_run(body: RunCreate, ctx: Ctx, caller: Admin):
    return service.create_run(ctx, caller, body)


@router.get("/runs")
def get_eval_runs(filters: Annotated[RunFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_runs(ctx, caller, filters, page.limit)


@router.get("/runs/{run_id}")
def get_eval_run(run_id: str, ctx: Ctx, caller: Caller):
    return service.get_run(ctx, caller, run_id)


@router.get("/stats")
def get_eval_stats(filters: Annotated[StatsFilters, Query()], ctx: Ctx, caller: Caller):
    return service.stats(ctx, caller, filters)
