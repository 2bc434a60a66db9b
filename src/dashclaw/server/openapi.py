"""The served OpenAPI document: FastAPI's, corrected to say what the API really answers.

FastAPI lists a 422 the API never sends and knows nothing of the `/api` gateway that answers before any
route runs. Every error response here is derived from the facts the server acts on: the gateway's public
prefixes and body methods (400, 401, 403 for readonly keys, 409 for a reused Idempotency-Key, 413, 429),
the route's dependencies (one that can refuse declares `error_statuses`), its path parameters (404), and
what the route itself declares with FastAPI's `responses=` (say, a 404 for a parent named in the body).
Every error carries the one `Error` body.
"""
from __future__ import annotations

from typing import Any, Iterator

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute

from .core.auth import READ_METHODS
from .core.gateway import BODY_METHODS, PUBLIC_PREFIXES
from .core.idempotency import MAX_KEY_LENGTH

try:
    from fastapi.routing import iter_route_contexts
except ImportError:  # FastAPI releases that keep included routes flat in `app.routes`
    def iter_route_contexts(routes):  # type: ignore[no-redef]
        return iter(routes)

API_PREFIX = "/api"
SECURITY_SCHEME = "ApiKey"
ERROR_REF = {"$ref": "#/components/schemas/Error"}

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {"type": "string", "description": "What went wrong, for a person to read."},
        "details": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Every validation message, in the order of the fields.",
        },
        "code": {"type": "string", "description": "A stable reason code, where there is one."},
        "retry_after": {"type": "number", "description": "Seconds until the rate-limit window resets (429)."},
        "maxBytes": {"type": "integer", "description": "The largest body the server accepts (413)."},
        "decision": {"type": "object", "description": "The guard decision that blocked the action (403)."},
    },
}

ERROR_DESCRIPTIONS = {
    400: "Invalid JSON, a field that fails validation, or a NUL character in the path or query.",
    401: "Missing, unknown or revoked API key.",
    403: "The API key's role may not do this (readonly keys only read; some routes are for admins).",
    404: "Not found in the caller's organization.",
    409: "Conflicts with what is stored, or the Idempotency-Key was used for a different request.",
    413: "The request body is larger than the server accepts.",
    429: "Too many requests for this API key (or client address); retry after `Retry-After` seconds.",
}

RETRY_AFTER_HEADER = {
    "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer", "minimum": 1}}
}

IDEMPOTENCY_KEY_PARAMETER = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Retrying with the same key returns the first response for 24 hours instead of acting twice.",
    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH},
}


SWAGGER_ASSETS = "/static/vendor/swagger-ui"  # swagger-ui-dist, vendored with its licence


def install_openapi(app: FastAPI) -> None:
    """Serve `build_openapi(app)` at `/openapi.json`, built on first request, and Swagger UI at `/docs` from
    the package's own files (no request leaves the server)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title=f"{app.title} API", swagger_js_url=f"{SWAGGER_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER_ASSETS}/swagger-ui.css", swagger_favicon_url="/static/favicon.svg",
        )


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document for `app`, with the error responses and security the server really has."""
    document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["Error"] = ERROR_SCHEMA
    _integer_bounds(schemas)
    components["securitySchemes"] = {SECURITY_SCHEME: {"type": "apiKey", "in": "header", "name": "x-api-key"}}
    for path, method, route in _operations(app):
        _describe(document["paths"][path][method.lower()], path, method, route)
    return document


def _operations(app: FastAPI) -> Iterator[tuple[str, str, Any]]:
    for route in iter_route_contexts(app.routes):
        if isinstance(getattr(route, "original_route", route), APIRoute) and route.include_in_schema:
            for method in sorted(route.methods):
                yield route.path_format, method, route


def _describe(operation: dict[str, Any], path: str, method: str, route: Any) -> None:
    authenticated = path.startswith(API_PREFIX) and not path.startswith(PUBLIC_PREFIXES)
    parameters = operation.setdefault("parameters", [])
    for parameter in parameters:
        if parameter["in"] == "query":
            parameter["schema"] = _without_null(parameter["schema"])
    if authenticated:
        operation["security"] = [{SECURITY_SCHEME: []}]
        if method == "POST":
            parameters.append(IDEMPOTENCY_KEY_PARAMETER)
    if not parameters:
        del operation["parameters"]

    responses = operation["responses"]
    responses.pop("422", None)
    for response in responses.values():
        response.setdefault("content", {"application/json": {"schema": {}}})  # the API only answers JSON
    declared = {str(status): spec.get("description") for status, spec in (route.responses or {}).items()}
    for status in sorted(_error_statuses(path, method, authenticated, route)):
        response = responses.setdefault(str(status), {})
        response["description"] = declared.get(str(status)) or ERROR_DESCRIPTIONS.get(status, "Error")
        response["content"] = {"application/json": {"schema": ERROR_REF}}
        if status == 429:
            response["headers"] = RETRY_AFTER_HEADER


def _error_statuses(path: str, method: str, authenticated: bool, route: Any) -> set[int]:
    """Every 4xx the operation can answer, from the gateway's rules, the route's dependencies and its own list."""
    declared = {int(status) for status in (route.responses or {}) if str(status).isdigit()}
    statuses = {status for status in declared if 400 <= status < 500}
    if not path.startswith(API_PREFIX):
        return statuses
    statuses |= {400, 429}
    if method in BODY_METHODS:
        statuses.add(413)
    if authenticated:
        statuses.add(401)
        if method not in READ_METHODS:
            statuses.add(403)
        if method == "POST":
            statuses.add(409)
    if route.dependant.path_params:
        statuses.add(404)
    for dependency in _dependencies(route.dependant):
        statuses |= set(getattr(dependency.call, "error_statuses", ()))
    return statuses


def _dependencies(dependant: Any) -> Iterator[Any]:
    for dependency in dependant.dependencies:
        yield dependency
        yield from _dependencies(dependency)


def _integer_bounds(node: Any) -> None:
    """FastAPI's document model stores every bound as a float; an integer's bounds read as integers."""
    if isinstance(node, dict):
        if node.get("type") == "integer":
            for key in ("minimum", "maximum"):
                if isinstance(node.get(key), float) and node[key].is_integer():
                    node[key] = int(node[key])
        for value in node.values():
            _integer_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _integer_bounds(value)


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query parameter is present or absent; a query string cannot carry a JSON `null`."""
    branches = [branch for branch in schema.get("anyOf", ()) if branch != {"type": "null"}]
    if "anyOf" not in schema or len(branches) != 1:
        return schema
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    return {**branches[0], **rest}
