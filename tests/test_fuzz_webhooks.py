"""Property tests over every webhook: a correctly signed but malformed payload is a 4xx or an ignored 200, never a
5xx; a real guest's message with one odd field is still taken in (issue 10: Twilio `NumMedia=abc`, a Telegram
message without `chat`, a Stripe event without `id`, a lone surrogate from Telegram).

Every request is signed the way its provider signs, so what is fuzzed is the parsing, not the verification.
Jobs are only collected (nothing runs): what matters here is what the web side answers and whether it took
the message in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.runtime import Runtime
from hub.app import create_app
from jobs import context, queue
from tests.channel_kit import hub_settings, reference_hotel
from tests.fakes import meta, twilio
from tests.fakes import stripe as fake_stripe
from tests.fakes.telegram import message_update

TELEGRAM_SECRET = "fuzz-telegram-secret"
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GUEST = "+14155550177"

# JSON-ish values a provider (or a broken proxy before it) could put anywhere.
text = st.text(max_size=30)
hostile = st.lists(st.one_of(st.characters(), st.characters(categories=["Cs"]), st.just("\x00")),
                   max_size=20).map("".join)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), text, hostile)
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                            st.dictionaries(text, inner, max_size=3)), max_leaves=8)


class Collect:
    """A job runner that only notes what was enqueued."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, str, tuple]] = []

    def enqueue(self, queue_name, func, *args, job_id=None, retry_intervals=None, at=None):
        self.jobs.append((queue_name, func.__name__, args))
        return job_id


@pytest.fixture(scope="module")
def hub(tmp_path_factory) -> Iterator[tuple[TestClient, Collect]]:
    tmp = tmp_path_factory.mktemp("webhooks")
    settings = hub_settings(tmp, telegram_bot_token="123:fuzz", telegram_webhook_secret=TELEGRAM_SECRET,
                            stripe_secret_key=fake_stripe.SECRET_KEY, stripe_webhook_secret=fake_stripe.WEBHOOK_SECRET)
    hotel = reference_hotel()
    rt = Runtime(settings, hotels={hotel.id: hotel})
    rt.db.migrate()
    jobs = Collect()
    queue.set_runner(jobs)
    try:
        with TestClient(create_app(rt, warm=False), raise_server_exceptions=False) as client:
            yield client, jobs
    finally:
        queue.set_runner(None)
        context.set_runtime(None)


def _never_a_5xx(response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])


# --- Twilio -------------------------------------------------------------------------------------------------

def post_twilio(client: TestClient, params: dict[str, str]):
    url = f"{client.app.state.runtime.settings.public_base_url}/webhooks/twilio"
    return client.post("/webhooks/twilio", data=params, headers={"X-Twilio-Signature": twilio.signature(url, params)})


# forms carry UTF-8 only
form_text = st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r"), max_size=30)


@FUZZ
@given(overrides=st.dictionaries(st.sampled_from(["NumMedia", "MediaUrl0", "MediaContentType0", "MediaUrl1", "Body",
                                                  "From", "To", "MessageSid", "Latitude", "Longitude",
                                                  "ButtonPayload", "MessageStatus", "SmsStatus", "ErrorCode"]),
                                 st.one_of(form_text, st.sampled_from(["abc", "-1", "1e3", "99999999", "2", ""])),
                                 max_size=5),
       drop=st.sets(st.sampled_from(["From", "To", "MessageSid", "Body", "NumMedia"]), max_size=2))
def test_any_signed_twilio_form_is_answered_with_a_2xx_or_a_4xx(hub, overrides, drop):
    client, _jobs = hub
    params = {k: v for k, v in {**twilio.inbound_params(GUEST, twilio.SMS_NUMBER, "hi"), **overrides}.items()
              if k not in drop}
    _never_a_5xx(post_twilio(client, params))


def test_a_real_sms_with_a_garbled_media_count_is_still_taken_in(hub):
    client, jobs = hub
    before = len(jobs.jobs)
    params = {**twilio.inbound_params(GUEST, twilio.SMS_NUMBER, "Is breakfast included?"), "NumMedia": "abc"}
    response = post_twilio(client, params)
    assert response.status_code == 200 and len(jobs.jobs) > before, "a real guest's words are never dropped"


# --- Telegram -----------------------------------------------------------------------------------------------

def post_telegram(client: TestClient, update: Any):
    raw = json.dumps(update) if not isinstance(update, bytes) else update
    return client.post("/webhooks/telegram/harbor-view", content=raw,
                       headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET,
                                "Content-Type": "application/json"})


@FUZZ
@given(update_id=st.integers(min_value=1, max_value=2**40), changes=st.dictionaries(
    st.sampled_from(["chat", "text", "from", "message_id", "date", "caption", "voice", "photo", "entities"]),
    json_values, max_size=4), drop=st.sets(st.sampled_from(["chat", "from", "date", "message_id"]), max_size=2))
def test_any_secret_bearing_telegram_update_is_answered_with_a_2xx_or_a_4xx(hub, update_id, changes, drop):
    client, _jobs = hub
    update = message_update(update_id, text="hi")
    update["message"] = {k: v for k, v in {**update["message"], **changes}.items() if k not in drop}
    _never_a_5xx(post_telegram(client, update))


@FUZZ
@given(body=json_values)
def test_any_json_at_all_to_the_telegram_webhook_is_a_2xx_or_a_4xx(hub, body):
    client, _jobs = hub
    _never_a_5xx(post_telegram(client, body))


def test_a_telegram_message_without_chat_is_refused_not_a_500(hub):
    client, _jobs = hub
    update = message_update(900_001, text="hello")
    del update["message"]["chat"]
    response = post_telegram(client, update)
    assert 200 <= response.status_code < 500


def test_a_telegram_message_with_a_lone_surrogate_is_taken_in_cleaned(hub):
    client, jobs = hub
    before = len(jobs.jobs)
    response = post_telegram(client, message_update(900_002, text="Is the pool open? \ud83d"))
    assert response.status_code == 200 and len(jobs.jobs) > before
    assert "\ud83d" not in repr(jobs.jobs[before:]).encode("unicode_escape").decode()


# --- WhatsApp (Meta) ----------------------------------------------------------------------------------------

def post_meta(client: TestClient, body: Any):
    raw, headers = meta.signed(body)
    return client.post("/webhooks/whatsapp", content=raw, headers=headers)


@FUZZ
@given(message=st.dictionaries(st.sampled_from(["from", "id", "type", "text", "audio", "interactive", "button",
                                                "timestamp", "context", "location"]), json_values, max_size=5),
       value_changes=st.dictionaries(st.sampled_from(["metadata", "contacts", "messages", "statuses"]), json_values,
                                     max_size=2))
def test_any_signed_whatsapp_payload_is_answered_with_a_2xx_or_a_4xx(hub, message, value_changes):
    client, _jobs = hub
    value = meta.value([meta.text(GUEST.removeprefix("+"), "hi")])
    value["messages"][0].update(message)
    _never_a_5xx(post_meta(client, meta.payload({**value, **value_changes})))


@FUZZ
@given(body=json_values)
def test_any_signed_json_at_all_to_the_whatsapp_webhook_is_a_2xx_or_a_4xx(hub, body):
    client, _jobs = hub
    _never_a_5xx(post_meta(client, body))


# --- Stripe -------------------------------------------------------------------------------------------------

def post_stripe(client: TestClient, event: Any):
    body, header = fake_stripe.signed(event)
    return client.post("/webhooks/stripe", content=body, headers={"Stripe-Signature": header,
                                                                  "Content-Type": "application/json"})


@FUZZ
@given(event=st.dictionaries(st.sampled_from(["id", "type", "data", "object", "created", "livemode"]), json_values,
                             max_size=5),
       known_type=st.sampled_from(["checkout.session.completed", "checkout.session.expired", None]))
def test_any_signed_stripe_event_is_answered_with_a_2xx_or_a_4xx(hub, event, known_type):
    client, _jobs = hub
    if known_type:
        event = {**event, "type": known_type}
    _never_a_5xx(post_stripe(client, event))


def test_a_stripe_event_without_an_id_is_a_400(hub):
    client, jobs = hub
    before = len(jobs.jobs)
    response = post_stripe(client, {"type": "checkout.session.completed",
                                    "data": {"object": {"id": "cs_x", "payment_status": "paid"}}})
    assert response.status_code == 400 and len(jobs.jobs) == before
