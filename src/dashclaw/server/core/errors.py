"""One error type for the API and the handlers that turn every failure into `{"error", "details"}` JSON."""
from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .responses import JSONResponse
from .validation import UnstorableValue, describe_errors

log = logging.getLogger("dashclaw.server")
REQUEST_ID: ContextVar[str] = ContextVar("request_id", default="-")
"""The id of the request being served (set by the gateway, sent back as `X-Request-Id`, logged)."""
CLIENT_IP: ContextVar[str | None] = ContextVar("client_ip", default=None)
"""The address of the client being served (set by the gateway; audit entries record it)."""


class ApiError(Exception):
    """An error the client caused (or a known server condition), with its HTTP status."""

    def __init__(self, status: int, error: str, details: Any = None, headers: dict | None = None, **extra: Any):
        super().__init__(error)
        self.status = status
        self.error = error
        self.details = details
        self.headers = headers
        self.extra = extra

    def body(self) -> dict:
        body: dict[str, Any] = {"error": self.error}
        if self.details is not None:
            body["details"] = self.details
        body.update(self.extra)
        return body


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


def conflict(message: str) -> ApiError:
    return ApiError(409, message)


def validation_failed(details: list[str]) -> ApiError:
    return ApiError(400, "Validation failed", details)


def error_response(status: int, error: str, details: Any = None, headers: dict | None = None, **extra) -> JSONResponse:
    return JSONResponse(ApiError(status, error, details, **extra).body(), status_code=status, headers=headers)


_STATUS_TEXT = {404: "Not found", 405: "Method not allowed"}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(UnstorableValue)
    async def _unstorable_value(_: Request, exc: UnstorableValue):
        return error_response(400, "Validation failed", exc.details)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError):
        status, error, details = describe_errors(exc.errors())
        return error_response(status, error, details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException):
        text = exc.detail if isinstance(exc.detail, str) and exc.status_code not in _STATUS_TEXT else _STATUS_TEXT.get(
            exc.status_code, str(exc.detail)
        )
        return error_response(exc.status_code, text, headers=getattr(exc, "headers", None))

    @app.exception_handler(DataError)
    async def _unstorable_in_the_database(request: Request, exc: DataError):
        # A value the request checks let through but a column cannot hold (a number out of a column's range):
        # the transaction rolled back, so nothing was written; the client sent something it can correct.
        log.warning("value refused by the database on %s %s (request %s)", request.method, request.url.path,
                    REQUEST_ID.get())
        return error_response(400, "Validation failed", ["a value is out of the range this field can hold"])

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s (request %s)", request.method, request.url.path, REQUEST_ID.get())
        return error_response(500, "Internal server error")
