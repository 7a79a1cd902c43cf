"""The error every HTTP route of the hub may raise: a status and one line for the caller, as JSON."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse


class ApiError(Exception):
    def __init__(self, status: int, error: str, headers: dict[str, str] | None = None):
        self.status, self.error, self.headers = status, error, headers


def api_error_response(_request: Request, exc: ApiError) -> JSONResponse:
    return JSONResponse({"error": exc.error}, status_code=exc.status, headers=exc.headers)
