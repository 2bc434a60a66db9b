"""The operator dashboard's pages: each parses the request, calls one service or flow, and renders."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..actions import service as actions_service
from ..actions.schemas import STATUSES, ActionFilters, ApprovalDecision
from ..analytics import service as analytics_service
from ..analytics.schemas import SummaryFilters, VelocityFilters
from ..auth import service as auth_service
from ..auth.schemas import KeyCreate
from ..capabilities import service as capabilities_service
from ..capabilities.schemas import RISK_LEVELS
from ..compliance import service as compliance_service
from ..core.auth import SESSION_COOKIE
from ..core.clock import utcnow
from ..core.errors import ApiError
from ..core.pagination import Page
from ..drift import service as drift_service
from ..drift.schemas import AgentFilter, AlertFilters
from ..evaluations import service as evaluations_service
from ..evaluations.schemas import RunFilters
from ..flows import launch as launch_flow
from ..flows import pairing as pairing_flow
from ..pairings import service as pairings_service
from ..pairings.schemas import STATUSES as PAIRING_STATUSES
from ..pairings.schemas import PairingFilters
from ..deps import AppContext, CheckedForm, Ctx, SignedIn, SignedInAdmin, SignedInWriter, SignInForm
from ..flows import compliance as compliance_flow
from ..flows import agent_profile, evaluation, learning, learning_analytics, lineage, overview, shadow
from ..guard import service as guard_service
from ..guard.engine import DECISIONS, POLICY_TYPES
from ..guard.schemas import DecisionFilters, GuardRequest
from ..knowledge import service as knowledge_service
from ..knowledge.schemas import CollectionFilters
from ..policies import service as policies_service
from ..policies.schemas import PolicyCreate, PolicyImport, PolicyUpdate
from ..recommendations import service as recommendations_service
from ..recommendations.schemas import RecommendationFilters
from ..routing import service as routing_service
from ..routing.schemas import AGENT_STATUSES as POOL_STATUSES
from ..routing.schemas import AgentFilters as PoolFilters
from ..routing.schemas import AgentStatusUpdate
from ..schedules import service as schedules_service
from ..schedules.schemas import ScheduleFilters
from ..security import service as security_service
from ..security.schemas import CONTENT_CATEGORIES, INJECTION_CATEGORIES, SEVERITIES
from ..signals import service as signals_service
from ..users import service as users_service
from ..workflows import service as workflows_service
from ..workflows.schemas import TemplateFilters, TemplateLaunch
from ..workspace.service import HISTORY_DAYS
from . import charts
from .access import SIGN_IN_COOKIE, SIGN_IN_PATH, Operator, client_ip, csrf_token_for, new_sign_in_secret, set_cookie
from .pages import DASHBOARD_TAG, is_htmx, render, see_other
from .schemas import (
    FINDING_KINDS, SHADOW_WINDOWS, SINCE, ActionsQuery, CapabilitiesQuery, FindingsQuery, GuardLogQuery, KnowledgeSearchQuery,
    ListingQuery, OverviewQuery, ShadowQuery, from_form, json_object,
)

router = APIRouter(tags=[DASHBOARD_TAG], include_in_schema=False)
ACTIONS_PER_PAGE = 50
QUEUE_LIMIT = 100
GUARD_LOG_PAGE = 50
FINDINGS_PAGE = 50
ROUTING_BOARD_LIMIT = 100
TOKEN_SERIES = {"tokens_in": "tokensIn", "tokens_out": "tokensOut"}
PROOF_MEDIA_TYPES = {"md": "text/markdown; charset=utf-8", "json": "application/json"}
SIGN_IN_FORM_SECONDS = 3600
TRY_EXAMPLE = '{\n  "action_type": "deploy",\n  "agent_id": "my-agent",\n  "risk_score": 40,\n  "systems_touched": ["prod-db"]\n}'


# -- signing in and out --------------------------------------------------------------------------------


@router.get(SIGN_IN_PATH)
def sign_in_page(request: Request, next_path: Annotated[str, Query(alias="next", max_length=2000)] = "/"):
    secret = new_sign_in_secret()
    response = render(request, "login.html", None, csrf_token=csrf_token_for(secret), next=_local(next_path))
    set_cookie(response, request, SIGN_IN_COOKIE, secret, SIGN_IN_FORM_SECONDS, path=SIGN_IN_PATH)
    return response


@router.post(SIGN_IN_PATH)
def sign_in(request: Request, form: SignInForm, ctx: Ctx):
    email, target = str(form.get("email", "")), _local(str(form.get("next", "/")))
    attempt = users_service.sign_in(ctx, email, str(form.get("password", "")), client_ip(request))
    if attempt.outcome != "signed_in":
        throttled = attempt.outcome == "throttled"
        message = (f"Too many failed sign-ins. Try again in {int(attempt.retry_after)} seconds." if throttled
                   else "That email and password do not match an account.")
        secret = new_sign_in_secret()
        response = render(request, "login.html", None, status=429 if throttled else 401, error=message, email=email,
                          csrf_token=csrf_token_for(secret), next=target)
        set_cookie(response, request, SIGN_IN_COOKIE, secret, SIGN_IN_FORM_SECONDS, path=SIGN_IN_PATH)
        return response
    response = see_other(target)
    set_cookie(response, request, SESSION_COOKIE, attempt.token, ctx.settings.session_hours * 3600)
    response.delete_cookie(SIGN_IN_COOKIE, path=SIGN_IN_PATH)
    return response


@router.post("/logout")
def sign_out(request: Request, form: CheckedForm, ctx: Ctx):
    users_service.sign_out(ctx, request.cookies[SESSION_COOKIE])
    response = see_other(SIGN_IN_PATH)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _local(target: str) -> str:
    """Only a path on this site may follow sign-in (never another host)."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


# -- overview -------------------------------------------------------------------------------------------


@router.get("/")
def overview_page(request: Request, query: Annotated[OverviewQuery, Query()], operator: SignedIn, ctx: Ctx):
    data = overview.overview(ctx, operator.principal, query.range)
    bucket = {"24h": "hour", "30d": "day"}.get(query.range, "six_hours")
    activity = charts.stacked_bars(data["bucket_starts"], {"actions": data["actions_over_time"]}, bucket, "actions")
    decisions = charts.stacked_bars(data["bucket_starts"], data["decisions_over_time"], bucket, "guard decisions")
    return render(request, "overview.html", operator, data=data, activity=activity, decisions=decisions)


# -- approvals ------------------------------------------------------------------------------------------


@router.get("/approvals")
def approvals_page(request: Request, operator: SignedIn, ctx: Ctx):
    return render(request, "approvals.html", operator, queue=_pending(ctx, operator))


@router.get("/approvals/queue")
def approvals_queue(request: Request, operator: SignedIn, ctx: Ctx):
    """The queue alone: the page's live script fetches it when the stream says the queue changed."""
    return render(request, "_queue.html", operator, queue=_pending(ctx, operator))


@router.post("/approvals/{action_id}")
def decide(action_id: str, request: Request, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    try:
        body = from_form(ApprovalDecision, {"decision": form.get("decision"), "reasoning": form.get("reasoning")})
        decided = learning.decide_approval(ctx, operator.principal, action_id, body, client_ip(request))["action"]
    except ApiError as refusal:
        if not is_htmx(request):
            raise
        return render(request, "_decided.html", operator, action_id=action_id, error=refusal.error,
                      details=refusal.details)
    if is_htmx(request):
        return render(request, "_decided.html", operator, action=decided, action_id=action_id)
    return see_other("/approvals")


def _pending(ctx: AppContext, operator: Operator) -> dict:
    filters = ActionFilters(status="pending_approval")
    return actions_service.page_actions(ctx, operator.principal, filters, QUEUE_LIMIT)


# -- decisions and actions ------------------------------------------------------------------------------


@router.get("/decisions/{action_id}")
def decision_page(action_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    return render(request, "decision.html", operator, record=lineage.decision_record(ctx, operator.principal, action_id))


@router.get("/actions")
def actions_page(request: Request, query: Annotated[ActionsQuery, Query()], operator: SignedIn, ctx: Ctx):
    filters = ActionFilters(
        agent_id=query.agent_id, action_type=query.action_type, status=query.status, risk_min=query.risk_min
    )
    since = utcnow() - SINCE[query.since] if query.since else None
    page = actions_service.page_actions(
        ctx, operator.principal, filters, ACTIONS_PER_PAGE, cursor=query.cursor, since=since
    )
    return render(request, "actions.html", operator, page=page, query=query, statuses=STATUSES)


@router.get("/guard")
def guard_log_page(request: Request, query: Annotated[GuardLogQuery, Query()], operator: SignedIn, ctx: Ctx):
    filters = DecisionFilters(agent_id=query.agent_id, decision=query.decision)
    log = guard_service.list_decisions(ctx, operator.principal, filters, Page(GUARD_LOG_PAGE, query.offset))
    return render(request, "guard.html", operator, log=log, query=query, decisions=DECISIONS)


# -- policies -------------------------------------------------------------------------------------------


@router.get("/policies")
def policies_page(request: Request, operator: SignedIn, ctx: Ctx):
    return _policies(request, operator, ctx)


@router.post("/policies")
def create_policy(request: Request, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    fields = {
        "name": form.get("name"), "policy_type": form.get("policy_type"), "rules": form.get("rules"),
        "active": 1 if form.get("active") else 0, "created_by": operator.email,
    }
    try:
        policies_service.create_policy(ctx, operator.principal, from_form(PolicyCreate, fields))
    except ApiError as refusal:
        return _policies(request, operator, ctx, status=refusal.status, draft=fields, error=refusal)
    return see_other("/policies")


@router.post("/policies/try")
def try_context(request: Request, form: CheckedForm, operator: SignedIn, ctx: Ctx):
    """Evaluate a context against the live policies, logging nothing."""
    text = str(form.get("context", ""))
    try:
        fields = from_form(GuardRequest, json_object(text, "context")).provided()
        outcome = evaluation.evaluate(ctx, operator.principal.org_id, fields).response()
    except ApiError as refusal:
        return _policies(request, operator, ctx, status=200 if is_htmx(request) else refusal.status, context=text,
                         try_error=refusal)
    return _policies(request, operator, ctx, context=text, outcome=outcome)


@router.get("/policies/{policy_id}")
def policy_page(policy_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    policy = policies_service.get_policy(ctx, operator.principal, policy_id)
    return render(request, "policy.html", operator, policy=policy, draft=policy)


@router.post("/policies/{policy_id}")
def update_policy(policy_id: str, request: Request, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    fields = {"id": policy_id, "name": form.get("name"), "rules": form.get("rules")}
    try:
        policies_service.update_policy(ctx, operator.principal, from_form(PolicyUpdate, fields))
    except ApiError as refusal:
        policy = policies_service.get_policy(ctx, operator.principal, policy_id)
        return render(request, "policy.html", operator, status=refusal.status, policy=policy,
                      draft={**policy, **fields}, error=refusal)
    return see_other("/policies")


@router.post("/policies/{policy_id}/active")
def toggle_policy(policy_id: str, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    body = PolicyUpdate(id=policy_id, active=form.get("active") == "1")
    policies_service.update_policy(ctx, operator.principal, body)
    return see_other("/policies")


@router.post("/policies/{policy_id}/delete")
def delete_policy(policy_id: str, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    policies_service.delete_policy(ctx, operator.principal, policy_id)
    return see_other("/policies")


def _policies(request: Request, operator: Operator, ctx: AppContext, *, status: int = 200, **context):
    listed = policies_service.list_policies(ctx, operator.principal)["policies"]
    context.setdefault("context", TRY_EXAMPLE)
    return render(request, "policies.html", operator, status=status, policies=listed, policy_types=POLICY_TYPES,
                  **context)


# -- policy tests and proof, shadow mode, compliance, security findings ---------------------------------


@router.get("/policy-tests")
def policy_tests_page(request: Request, operator: SignedIn, ctx: Ctx):
    return _policy_tests(request, operator, ctx)


@router.post("/policy-tests")
def run_policy_tests(form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    """Run every active policy's tests and keep the run, as `POST /api/policies/test` does."""
    policies_service.test_policies(ctx, operator.principal)
    return see_other("/policy-tests")


@router.get("/policy-tests/proof.{report_format}")
def download_proof(report_format: Literal["md", "json"], operator: SignedIn, ctx: Ctx):
    proof = policies_service.proof_report(ctx, operator.principal, report_format)
    return Response(proof["report"], media_type=PROOF_MEDIA_TYPES[report_format], headers={
        "content-disposition": f'attachment; filename="policy-proof.{report_format}"', "cache-control": "no-store"})


@router.post("/policy-tests/import")
def import_pack(request: Request, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    fields = {"pack": form.get("pack"), "shadow": form.get("shadow") == "1"}
    try:
        imported = policies_service.import_policies(ctx, operator.principal, from_form(PolicyImport, fields))
    except ApiError as refusal:
        return _policy_tests(request, operator, ctx, status=refusal.status, import_error=refusal)
    return _policy_tests(request, operator, ctx, imported=imported, imported_pack=fields["pack"])


def _policy_tests(request: Request, operator: Operator, ctx: AppContext, *, status: int = 200, **context):
    principal = operator.principal
    return render(request, "policy_tests.html", operator, status=status,
                  run=policies_service.latest_test_run(ctx, principal),
                  proof=policies_service.proof_report(ctx, principal, "md")["report"],
                  packs=policies_service.list_packs()["packs"], **context)


@router.get("/shadow")
def shadow_page(request: Request, query: Annotated[ShadowQuery, Query()], operator: SignedIn, ctx: Ctx):
    report = shadow.shadow_report(ctx, operator.principal, query.window)
    return render(request, "shadow.html", operator, report=report, windows=SHADOW_WINDOWS)


@router.get("/compliance")
def compliance_page(request: Request, operator: SignedIn, ctx: Ctx):
    frameworks = compliance_flow.coverage_overview(ctx, operator.principal)
    return render(request, "compliance.html", operator, frameworks=frameworks)


@router.get("/compliance/{framework_id}")
def framework_page(framework_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    coverage = compliance_flow.coverage_with_gaps(ctx, operator.principal, framework_id)
    return render(request, "framework.html", operator, **coverage)


@router.get("/findings")
def findings_page(request: Request, query: Annotated[FindingsQuery, Query()], operator: SignedIn, ctx: Ctx):
    injection = query.kind == "injection"
    listed = security_service.list_injection_scans if injection else security_service.list_findings
    listing = listed(ctx, operator.principal, query, Page(FINDINGS_PAGE, query.offset))
    return render(request, "findings.html", operator, listing=listing, rows=listing["scans" if injection else "findings"],
                  query=query, kinds=FINDING_KINDS, severities=SEVERITIES,
                  categories=INJECTION_CATEGORIES if injection else CONTENT_CATEGORIES)


# -- agents, signals, keys ------------------------------------------------------------------------------


@router.get("/agents")
def agents_page(request: Request, operator: SignedIn, ctx: Ctx):
    return render(request, "agents.html", operator, roster=overview.agent_roster(ctx, operator.principal))


@router.get("/agents/{agent_id}")
def agent_page(agent_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    profile = agent_profile.agent_profile(ctx, operator.principal, agent_id)
    spend = charts.daily_bars(profile["tokens"]["history"], TOKEN_SERIES, HISTORY_DAYS, utcnow().date(), "tokens")
    return render(request, "agent.html", operator, profile=profile, spend=spend, spend_days=HISTORY_DAYS)


@router.get("/signals")
def signals_page(request: Request, operator: SignedIn, ctx: Ctx):
    return render(request, "signals.html", operator, report=signals_service.signals_report(ctx, operator.principal, None))


@router.get("/keys")
def keys_page(request: Request, operator: SignedInAdmin, ctx: Ctx):
    return _keys(request, operator, ctx)


@router.post("/keys")
def mint_key(request: Request, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    try:
        body = from_form(KeyCreate, {"label": form.get("label"), "role": form.get("role")})
        minted = auth_service.create_key(ctx, operator.principal, operator.principal.org_id, body)["key"]
    except ApiError as refusal:
        return _keys(request, operator, ctx, status=refusal.status, error=refusal)
    return _keys(request, operator, ctx, minted=minted)


@router.post("/keys/{key_id}/revoke")
def revoke_key(key_id: str, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    auth_service.revoke_key(ctx, key_id, caller=operator.principal, org_id=operator.principal.org_id)
    return see_other("/keys")


def _keys(request: Request, operator: Operator, ctx: AppContext, *, status: int = 200, **context):
    keys = auth_service.list_keys(ctx, operator.principal, operator.principal.org_id)["keys"]
    return render(request, "keys.html", operator, status=status, keys=keys, **context)


# -- the learning loop: maturity, velocity and recommendations, evaluation runs, drift alerts -------------

LEARNING_ROWS = 100


@router.get("/learning")
def learning_page(request: Request, operator: SignedIn, ctx: Ctx):
    return render(request, "learning.html", operator,
                  summary=learning_analytics.summary(ctx, operator.principal, SummaryFilters()))


@router.get("/learning/{agent_id}")
def agent_learning_page(agent_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    """One agent's maturity, its velocity over the computed periods, and its recommendations with their lift."""
    principal = operator.principal
    periods = analytics_service.list_velocity(ctx, principal, VelocityFilters(agent_id=agent_id), LEARNING_ROWS)["velocity"]
    oldest_first = periods[::-1]
    episodes = charts.stacked_bars([row["period_start"] for row in oldest_first],
                                   {"episodes": [row["episode_count"] for row in oldest_first]}, "day", "episodes")
    filters = RecommendationFilters(agent_id=agent_id, include_inactive=True, include_metrics=True)
    recommendations = recommendations_service.list_recommendations(ctx, principal, filters)
    metrics = {row["recommendation_id"]: row for row in recommendations["metrics"]["metrics"]}
    return render(request, "agent_learning.html", operator, agent_id=agent_id, periods=periods, episodes=episodes,
                  recommendations=recommendations["recommendations"], metrics=metrics,
                  levels=analytics_service.maturity_levels(ctx, principal)["levels"])


@router.get("/evaluations")
def evaluations_page(request: Request, operator: SignedIn, ctx: Ctx):
    runs = evaluations_service.list_runs(ctx, operator.principal, RunFilters(), LEARNING_ROWS)["runs"]
    return render(request, "evaluations.html", operator, runs=runs)


@router.get("/drift")
def drift_page(request: Request, operator: SignedIn, ctx: Ctx):
    principal = operator.principal
    return render(request, "drift.html", operator,
                  alerts=drift_service.list_alerts(ctx, principal, AlertFilters(), LEARNING_ROWS)["alerts"],
                  stats=drift_service.stats(ctx, principal, AgentFilter())["overall"])


# -- routing and schedules -----------------------------------------------------------------------------


@router.get("/routing")
def routing_page(request: Request, operator: SignedIn, ctx: Ctx):
    principal = operator.principal
    pool = routing_service.list_agents(ctx, principal, PoolFilters())["agents"]
    return render(request, "routing.html", operator, pool=pool, names={agent["id"]: agent["name"] for agent in pool},
                  board=routing_service.task_board(ctx, principal, ROUTING_BOARD_LIMIT),
                  stats=routing_service.stats(ctx, principal), health=routing_service.health(ctx, principal),
                  statuses=POOL_STATUSES)


@router.post("/routing/agents/{agent_id}/status")
def set_pool_status(agent_id: str, form: CheckedForm, operator: SignedInAdmin, ctx: Ctx):
    """Mark a pool agent available, busy or offline, as `PATCH /api/routing/agents/{id}` does."""
    body = from_form(AgentStatusUpdate, {"status": form.get("status")})
    routing_service.set_agent_status(ctx, operator.principal, agent_id, body)
    return see_other("/routing")


@router.get("/schedules")
def schedules_page(request: Request, operator: SignedIn, ctx: Ctx):
    principal = operator.principal
    return render(request, "schedules.html", operator,
                  agent_schedules=schedules_service.list_schedules(ctx, principal, ScheduleFilters())["schedules"],
                  export_schedules=compliance_service.list_schedules(ctx, principal)["schedules"])


# -- pairings -------------------------------------------------------------------------------------------

PAIRINGS_PER_PAGE = 100


@router.get("/pairings")
def pairings_page(request: Request, filters: Annotated[PairingFilters, Query()], operator: SignedInAdmin, ctx: Ctx):
    listed = pairings_service.list_pairings(ctx, operator.principal, filters, Page(PAIRINGS_PER_PAGE, 0))
    return render(request, "pairings.html", operator, pairings=listed["pairings"], status_filter=filters.status,
                  statuses=PAIRING_STATUSES)


@router.get("/pair/{pairing_id}")
def pairing_page(pairing_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    """Where `pairing_url` leads: the request, and for admins the buttons that decide it."""
    return render(request, "pair.html", operator, pairing=pairings_service.get(ctx, operator.principal, pairing_id))


@router.post("/pair/{pairing_id}/{decision}")
def decide_pairing(pairing_id: str, decision: Literal["approve", "deny"], request: Request, form: CheckedForm,
                   operator: SignedInAdmin, ctx: Ctx):
    try:
        if decision == "approve":
            pairing_flow.approve(ctx, operator.principal, pairing_id)
        else:
            pairings_service.deny(ctx, operator.principal, pairing_id)
    except ApiError as refusal:
        if refusal.status == 404:
            raise
        pairing = pairings_service.get(ctx, operator.principal, pairing_id)
        return render(request, "pair.html", operator, status=refusal.status, pairing=pairing, error=refusal)
    return see_other(f"/pair/{pairing_id}")


# -- execution studio: templates, strategies, knowledge, capabilities -----------------------------------

STUDIO_PAGE = 100
SEARCH_RESULTS = 10


@router.get("/templates")
def templates_page(request: Request, query: Annotated[ListingQuery, Query()], operator: SignedIn, ctx: Ctx):
    listing = workflows_service.list_templates(ctx, operator.principal, TemplateFilters(cursor=query.cursor),
                                               Page(STUDIO_PAGE, 0))
    return render(request, "templates.html", operator, listing=listing)


@router.get("/templates/{template_id}")
def template_page(template_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    return _template(request, operator, ctx, template_id)


@router.post("/templates/{template_id}/launch")
def launch_template(template_id: str, request: Request, form: CheckedForm, operator: SignedInWriter, ctx: Ctx):
    """Launch as `POST /api/workflows/templates/{id}/launch` does, and show what the guard decided."""
    launched = launch_flow.launch_template(ctx, operator.principal, template_id, TemplateLaunch())
    return _template(request, operator, ctx, template_id, launched=launched)


def _template(request: Request, operator: Operator, ctx: AppContext, template_id: str, **context):
    workflow = workflows_service.get_template(ctx, operator.principal, template_id)["template"]
    return render(request, "template.html", operator, workflow=workflow, **context)


@router.get("/strategies")
def strategies_page(request: Request, query: Annotated[ListingQuery, Query()], operator: SignedIn, ctx: Ctx):
    listing = workflows_service.list_strategies(ctx, operator.principal, query.cursor, Page(STUDIO_PAGE, 0))
    return render(request, "strategies.html", operator, listing=listing)


@router.get("/strategies/{strategy_id}")
def strategy_page(strategy_id: str, request: Request, operator: SignedIn, ctx: Ctx):
    strategy = workflows_service.get_strategy(ctx, operator.principal, strategy_id)["strategy"]
    return render(request, "strategy.html", operator, strategy=strategy)


@router.get("/knowledge")
def collections_page(request: Request, query: Annotated[ListingQuery, Query()], operator: SignedIn, ctx: Ctx):
    listing = knowledge_service.list_collections(ctx, operator.principal, CollectionFilters(cursor=query.cursor),
                                                 Page(STUDIO_PAGE, 0))
    return render(request, "collections.html", operator, listing=listing)


@router.get("/knowledge/{collection_id}")
def collection_page(collection_id: str, request: Request, query: Annotated[KnowledgeSearchQuery, Query()],
                    operator: SignedIn, ctx: Ctx):
    """A collection's ingestion state and its search box; `q` runs the collection search."""
    principal = operator.principal
    collection = knowledge_service.get_collection(ctx, principal, collection_id)["collection"]
    search = query.search()
    found = knowledge_service.search(ctx, principal, collection_id, search)["results"] if search else None
    return render(request, "collection.html", operator, collection=collection, query=query, found=found)


@router.get("/capabilities")
def capabilities_page(request: Request, query: Annotated[CapabilitiesQuery, Query()], operator: SignedIn, ctx: Ctx):
    listing = capabilities_service.list_capabilities(ctx, operator.principal, query, Page(STUDIO_PAGE, 0))
    return render(request, "capabilities.html", operator, listing=listing, query=query, risk_levels=RISK_LEVELS)
