"""Signed, expiring links a provider fetches a voice reply from (`GET /media/{token}`)."""

from __future__ import annotations

import os

import pytest
import redis

from core.settings import load_settings
from core.voice.media import FolderBlobs, MediaExpired, MediaNotFound, MediaStore, RedisBlobs, media_url

KEY = b"test-signing-key"
NOTE = b"OggS\x00\x02voice-note-bytes\n\x00with a newline"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    return MediaStore(KEY, ttl_seconds=3600, blobs=FolderBlobs(tmp_path / "media", clock), clock=clock)


def test_a_provider_fetching_the_link_gets_the_voice_note_back(store):
    token = store.save(NOTE, "audio/ogg")
    assert store.open(token) == (NOTE, "audio/ogg")


def test_the_link_stops_working_when_it_expires(store, clock):
    token = store.save(NOTE, "audio/ogg")
    clock.now += 3599
    assert store.open(token)[0] == NOTE
    clock.now += 2
    with pytest.raises(MediaExpired):
        store.open(token)


@pytest.mark.parametrize("tamper", [
    lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"),       # forged signature
    lambda t: t.replace(t.split(".")[1], str(int(t.split(".")[1]) + 86_400)),  # extended expiry
    lambda t: "x" + t,                                                   # another media id
    lambda t: t.split(".")[0],                                           # no signature at all
    lambda t: "../../etc/passwd",
])
def test_a_tampered_link_finds_nothing(store, tamper):
    token = store.save(NOTE, "audio/ogg")
    with pytest.raises(MediaNotFound) as raised:
        store.open(tamper(token))
    assert not isinstance(raised.value, MediaExpired)


def test_a_link_signed_with_another_key_finds_nothing(store, tmp_path, clock):
    token = store.save(NOTE, "audio/ogg")
    other = MediaStore(b"another-hub", 3600, FolderBlobs(tmp_path / "media", clock), clock=clock)
    with pytest.raises(MediaNotFound):
        other.open(token)


def test_old_files_are_swept_when_new_ones_are_saved(store, tmp_path, clock):
    first = store.save(NOTE, "audio/ogg")
    (old,) = (tmp_path / "media").iterdir()
    os.utime(old, (clock.now - 4000, clock.now - 4000))
    store.save(NOTE, "audio/ogg")
    assert len(list((tmp_path / "media").iterdir())) == 1
    with pytest.raises(MediaNotFound):
        store.open(first)


def test_the_url_is_under_the_public_base_url():
    assert media_url("https://hub.example.com/", "abc.1.sig") == "https://hub.example.com/media/abc.1.sig"


def test_settings_pick_the_folder_in_embedded_mode_and_sign_with_the_hub_key(tmp_path):
    settings = load_settings(_env_file=None, redis_url=None, secret_key="s3cret", media_token_ttl_seconds=60)
    store = MediaStore.from_settings(settings, directory=tmp_path)
    assert isinstance(store.blobs, FolderBlobs) and store.key == b"s3cret" and store.ttl_seconds == 60
    assert store.open(store.save(NOTE, "audio/ogg"))[0] == NOTE


@pytest.mark.redis
def test_with_redis_the_web_process_reads_what_a_worker_saved(clock):
    client = redis.Redis.from_url("redis://127.0.0.1:6379/15")
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    worker = MediaStore(KEY, 60, RedisBlobs(client, prefix="test:media:"), clock=clock)
    web = MediaStore(KEY, 60, RedisBlobs(redis.Redis.from_url("redis://127.0.0.1:6379/15"), prefix="test:media:"),
                     clock=clock)
    token = worker.save(NOTE, "audio/ogg")
    assert web.open(token) == (NOTE, "audio/ogg")
    assert 0 < client.ttl("test:media:" + token.split(".")[0]) <= 60   # Redis forgets the bytes with the token
    clock.now += 61
    with pytest.raises(MediaExpired):
        web.open(token)
