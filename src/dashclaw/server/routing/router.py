from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..core.pagination import Paging
from ..deps import Caller, Ctx
from . import service
from .schemas import AgentFilters, AgentRegistration, AgentStatusUpdate, TaskCompletion, TaskFilters, TaskSubmission

router = APIRouter(prefix="/api/routing", tags=["routing"])
ALREADY_FINISHED = {409: {"description": "The task is already completed or escalated."}}


@router.get("/agents")
def list_agents(filters: Annotated[AgentFilters, Query()], ctx: Ctx, caller: Caller):
    return service.list_agents(ctx, caller, filters)


@router.post("/agents", status_code=201)
def register_agent(body: AgentRegistration, ctx: Ctx, caller: Caller):
    return service.register_agent(ctx, caller, body)


@router.get("/agents/{agent_id}")
def get_agent(agent_id: str, ctx: Ctx, caller: Caller):
    return service.agent_detail(ctx, caller, agent_id)


@router.patch("/agents/{agent_id}")
def update_agent_status(agent_id: str, body: AgentStatusUpdate, ctx: Ctx, caller: Caller):
    return service.set_agent_status(ctx, caller, agent_id, body)


@router.delete("/agents/{agent_id}")
def delete_agent(agent_id: str, ctx: Ctx, caller: Caller):
    return service.remove_agent(ctx, caller, agent_id)


@router.get("/tasks")
def list_tasks(filters: Annotated[TaskFilters, Query()], page: Paging(50, 200), ctx: Ctx, caller: Caller):
    return service.list_tasks(ctx, caller, filters, page)


@router.post("/tasks", status_code=201)
def submit_task(body: TaskSubmission, ctx: Ctx, caller: Caller):
    return service.submit_task(ctx, caller, body)


@router.get("/tasks/{task_id}")
def get_task(task_id: str, ctx: Ctx, caller: Caller):
    return service.task_detail(ctx, caller, task_id)


@router.delete("/tasks/{task_id}")
def delete_task(task_id: str, ctx: Ctx, caller: Caller):
    return service.remove_task(ctx, caller, task_id)


@router.post("/tasks/{task_id}/complete", responses=ALREADY_FINISHED)
def complete_task(task_id: str, body: TaskCompletion, ctx: Ctx, caller: Caller):
    return service.complete_task(ctx, caller, task_id, body)


@router.get("/stats")
def routing_stats(ctx: Ctx, caller: Caller):
    return service.stats(ctx, caller)


@router.get("/health")
def routing_health(ctx: Ctx, caller: Caller):
    return service.health(ctx, caller)
