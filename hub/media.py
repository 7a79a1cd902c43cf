"""`GET /media/{token}`: generated voice replies, for providers that fetch media by URL (Twilio, Meta)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from core.voice.media import MediaExpired, MediaNotFound, MediaStore

router = APIRouter()


@router.get("/media/{token}")
async def media(token: str, request: Request) -> Response:
    settings = request.app.state.runtime.settings
    try:
        data, mime = MediaStore.from_settings(settings).open(token)
    except MediaExpired:
        return JSONResponse({"error": "link expired"}, status_code=410)
    except MediaNotFound:
        return JSONResponse({"error": "not found"}, status_code=404)
    return Response(data, media_type=mime, headers={"Cache-Control": "private, no-store"})
