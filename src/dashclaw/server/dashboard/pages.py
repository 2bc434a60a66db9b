"""Rendering pages (Jinja2, autoescaped) and wiring the dashboard into the app."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..._version import __version__
from ..core.errors import ApiError
from ..core.validation import describe_errors
from .access import SIGN_IN_PATH, Operator, PageRefused, SecurityHeaders, SignInRequired

HERE = Path(__file__).parent
DASHBOARD_TAG = "dashboard"
NAV = (
    ("/", "Overview"), ("/approvals", "Approvals"), ("/actions", "Actions"), ("/guard", "Guard log"),
    ("/policies", "Policies"), ("/policy-tests", "Policy tests"), ("/shadow", "Shadow"), ("/compliance", "Compliance"),
    ("/findings", "Findings"), ("/agents", "Agents"), ("/routing", "Routing"), ("/schedules", "Schedules"),
    ("/signals", "Signals"), ("/learning", "Learning"), ("/evaluations", "Evaluations"), ("/drift", "Drift"),
    ("/pairings", "Pairings"),
    ("/templates", "Templates"), ("/strategies", "Strategies"), ("/knowledge", "Knowledge"), ("/capabilities", "Capabilities"),
    ("/keys", "API keys"),
)
templates = Jinja2Templates(directory=HERE / "templates")


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def when(value: str | None) -> str:
    """`2026-11-25 18:51:08 UTC` for an API timestamp."""
    moment = _moment(value)
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "—"


def ago(value: str | None) -> str:
    """`3 min ago` for an API timestamp."""
    moment = _moment(value)
    if moment is None:
        return "never"
    seconds = int((datetime.now(timezone.utc) - moment).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if abs(seconds) >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"


def risk_level(score: int | None) -> str:
    """low, medium or high: the colour of a risk score."""
    if score is None:
        return "none"
    return "high" if score >= 70 else "medium" if score >= 40 else "low"


def pretty_json(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)


templates.env.filters.update(when=when, ago=ago, risk_level=risk_level, pretty_json=pretty_json)
templates.env.globals.update(nav=NAV, version=__version__, urlencode=urlencode)


def render(request: Request, template: str, operator: Operator | None, *, status: int = 200, **context: Any) -> HTMLResponse:
    """A page (or, for htmx, a fragment template) with the signed-in user and the current section."""
    section = "/" + request.url.path.strip("/").split("/")[0] if request.url.path != "/" else "/"
    return templates.TemplateResponse(
        request, template, {"me": operator, "section": section, **context}, status_code=status,
        headers={"cache-control": "no-store"},
    )


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def see_other(url: str) -> RedirectResponse:
    """After a form post: go to `url` with a GET (so a reload does not post again)."""
    return RedirectResponse(url, status_code=303)


def install_dashboard(app: FastAPI, router) -> None:
    """Serve the pages and their vendored assets on the API's port, with page-style errors for page routes."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityHeaders)
    api_error, validation_error = app.exception_handlers[ApiError], app.exception_handlers[RequestValidationError]

    def from_page(request: Request) -> bool:
        return DASHBOARD_TAG in getattr(request.scope.get("route"), "tags", ())

    async def sign_in_required(request: Request, exc: SignInRequired) -> Response:
        target = f"{SIGN_IN_PATH}?next={quote(exc.next_path, safe='')}"
        if is_htmx(request):  # a fragment request must not swap the sign-in page into the page
            return Response(status_code=401, headers={"hx-redirect": target})
        return see_other(target)

    async def refused(request: Request, exc: PageRefused) -> Response:
        return _error_page(request, exc.status, exc.message)

    async def page_api_error(request: Request, exc: ApiError) -> Response:
        if not from_page(request):
            return await api_error(request, exc)
        return _error_page(request, exc.status, exc.error, exc.details)

    async def page_validation_error(request: Request, exc: RequestValidationError) -> Response:
        if not from_page(request):
            return await validation_error(request, exc)
        status, error, details = describe_errors(exc.errors())
        return _error_page(request, status, error, details)

    app.add_exception_handler(SignInRequired, sign_in_required)
    app.add_exception_handler(PageRefused, refused)
    app.add_exception_handler(ApiError, page_api_error)
    app.add_exception_handler(RequestValidationError, page_validation_error)


def _error_page(request: Request, status: int, message: str, details: Any = None) -> HTMLResponse:
    template = "_error.html" if is_htmx(request) else "error.html"
    return render(request, template, None, status=status, code=status, message=message, details=details)
