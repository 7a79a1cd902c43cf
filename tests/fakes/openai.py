"""A scripted OpenAI-compatible server (`/v1/chat/completions`) for the LLM brain's tests.

Each request pops the next scripted step: a reply (text or tool calls) or an
HTTP error status. Every request is recorded so tests can see what the model saw.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


@dataclass
class FakeLLM:
    steps: list[Any] = field(default_factory=list)     # dict reply | int status | callable(request) -> either
    requests: list[dict] = field(default_factory=list)

    def say(self, text: str) -> FakeLLM:
        self.steps.append({"content": text})
        return self

    def call(self, name: str, **arguments: Any) -> FakeLLM:
        self.steps.append({"tool_calls": [(name, arguments)]})
        return self

    def fail(self, status: int = 500, times: int = 1) -> FakeLLM:
        self.steps.extend([status] * times)
        return self

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def completions(request: Request):
            body = await request.json()
            self.requests.append(body)
            step = self.steps.pop(0) if self.steps else {"content": "(script ended)"}
            if callable(step):
                step = step(body)
            if isinstance(step, int):
                return JSONResponse({"error": {"message": "scripted failure", "type": "server_error"}},
                                    status_code=step)
            return _completion(body["model"], step)

        return app


def _completion(model: str, step: dict) -> dict:
    message: dict[str, Any] = {"role": "assistant", "content": step.get("content")}
    if step.get("tool_calls"):
        message["tool_calls"] = [{"id": f"call_{uuid.uuid4().hex[:8]}", "type": "function",
                                  "function": {"name": name, "arguments": json.dumps(args)}}
                                 for name, args in step["tool_calls"]]
    return {"id": f"chatcmpl-{uuid.uuid4().hex[:10]}", "object": "chat.completion", "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": message,
                         "finish_reason": "tool_calls" if step.get("tool_calls") else "stop"}],
            "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}}
