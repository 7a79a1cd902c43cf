"""Property tests: whatever a caller sends to `/api/chat`, the answer is a 2xx or a 4xx with an error, never a 500.

Hypothesis generates bodies a client could send: any JSON shape, strings with
lone surrogates, NUL and control characters, wrong types, raw bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.runtime import Runtime
from core.settings import load_settings
from hub.app import create_app
from tests.test_api_chat import HOTEL

KEY = "fuzz-key"
# Text as hostile clients write it: any code point, lone surrogates, NUL and controls included.
# (Built from a list: st.text drops surrogates whatever its alphabet.)
hostile_text = st.lists(st.one_of(st.characters(), st.characters(categories=["Cs"]),
                                  st.sampled_from("\x00\x01\n\t \u202e\ufeff")), max_size=60).map("".join)
values = st.one_of(hostile_text, st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(),
                   st.lists(hostile_text, max_size=2), st.dictionaries(hostile_text, hostile_text, max_size=2),
                   st.sampled_from(["harbor-view", "telegram", "sms", "api", "+14155550123", "audio/ogg", "aGVsbG8="]))
fields = st.sampled_from(["session", "hotel", "text", "audio_base64", "mime_type", "sender", "channel", "note", "x"])
# Mostly well-shaped requests (so the turn itself runs on hostile text), and some of any shape at all.
shaped = st.fixed_dictionaries(
    {"session": st.one_of(st.just("s1"), hostile_text), "text": hostile_text},
    optional={"hotel": st.one_of(st.just("harbor-view"), values), "sender": st.one_of(st.just("+14155550123"), values),
              "channel": st.one_of(st.sampled_from(["api", "sms", "telegram"]), values)})
bodies = st.one_of(shaped, shaped, st.dictionaries(fields, values, max_size=6))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Iterator[TestClient]:
    tmp = tmp_path_factory.mktemp("fuzz")
    rt = Runtime(load_settings(_env_file=None, redis_url=None, database_url=f"sqlite:///{tmp}/fuzz.db", api_key=KEY,
                               embedding_cache_dir=Path(".cache/test-embeddings"), api_rate_limit_per_key=0,
                               api_rate_limit_per_client=0, api_rate_limit_per_session=0),
                 hotels={HOTEL.id: HOTEL})
    rt.db.migrate()
    rt.warm()
    with TestClient(create_app(rt, warm=False), raise_server_exceptions=False) as http:
        yield http


def _never_a_500(response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["error"]


@FUZZ
@given(body=bodies, keyed=st.booleans())
def test_any_json_body_to_api_chat_is_answered_or_refused_never_a_500(client, body, keyed):
    headers = {"content-type": "application/json", **({"Authorization": f"Bearer {KEY}"} if keyed else {})}
    response = client.post("/api/chat", content=json.dumps(body), headers=headers)
    _never_a_500(response)
    if response.status_code == 200:
        assert isinstance(response.json()["replies"], list)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes_to_api_chat_are_a_4xx(client, raw):
    response = client.post("/api/chat", content=raw, headers={"content-type": "application/json",
                                                              "Authorization": f"Bearer {KEY}"})
    _never_a_500(response)


@FUZZ
@given(session=hostile_text.filter(lambda s: s.strip("/") and "/" not in s and s not in (".", "..")),
       body=bodies)
def test_any_session_to_the_listing_and_release_is_a_2xx_or_a_4xx(client, session, body):
    from urllib.parse import quote

    path = "/api/chat/" + quote(session.encode("utf-8", "surrogatepass"), safe="")
    auth = {"Authorization": f"Bearer {KEY}"}
    _never_a_500(client.get(path, headers=auth))
    _never_a_500(client.post(path + "/release", content=json.dumps(body),
                             headers={"content-type": "application/json", **auth}))
