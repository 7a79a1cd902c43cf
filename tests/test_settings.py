"""Settings: every contract name is read, and a bad value stops start-up naming the setting."""

import pytest

from core.settings import SettingsError, load_settings


def test_contract_settings_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    monkeypatch.setenv("TWILIO_WHATSAPP_NUMBER", "whatsapp:+14155550100")
    monkeypatch.setenv("SLACK_API_BASE", "http://127.0.0.1:9999/api")
    monkeypatch.setenv("LLM_FALLBACK_MODELS", "openai/gpt-4o-mini, anthropic/claude-3-haiku")
    settings = load_settings()
    assert not settings.embedded
    assert settings.twilio_whatsapp_number == "+14155550100"
    assert settings.slack_api_base == "http://127.0.0.1:9999/api/"
    assert settings.llm_fallbacks == ["openai/gpt-4o-mini", "anthropic/claude-3-haiku"]


def test_defaults_are_embedded_mode_with_sqlite(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    settings = load_settings(_env_file=None)
    assert settings.embedded
    assert settings.database_url == "sqlite:///concierge.db"
    assert settings.telegram_api_base == "https://api.telegram.org"
    assert settings.whatsapp_api_base == "https://graph.facebook.com/v21.0"


def test_an_invalid_setting_names_itself(monkeypatch):
    monkeypatch.setenv("TWILIO_SMS_NUMBER", "0415 555")
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert "TWILIO_SMS_NUMBER" in str(error.value)


def test_settings_come_from_a_dotenv_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("API_KEY", raising=False)
    (tmp_path / ".env").write_text("API_KEY=from-dotenv\nPORT=9001\n")
    settings = load_settings()
    assert settings.api_key == "from-dotenv"
    assert settings.port == 9001


def test_embedded_mode_without_secret_key_generates_one_once_and_keeps_it_private(tmp_path):
    import stat

    path = tmp_path / "secret"
    first = load_settings(_env_file=None, redis_url=None, secret_key="", secret_key_file=path).signing_key
    again = load_settings(_env_file=None, redis_url=None, secret_key="", secret_key_file=path).signing_key
    other = load_settings(_env_file=None, redis_url=None, secret_key="", secret_key_file=tmp_path / "b").signing_key
    assert first == again and first != other and len(first) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_media_link_forged_with_the_public_values_of_a_keyless_hub_finds_nothing(tmp_path):
    """Attack: with no secrets set, the signing key was "|".join of the unset secrets and the database URL."""
    from core.voice.media import MediaNotFound, MediaStore

    settings = load_settings(_env_file=None, redis_url=None, secret_key="", secret_key_file=tmp_path / "secret")
    hub = MediaStore.from_settings(settings, directory=tmp_path / "media")
    media_id, expires, _ = hub.save(b"OggS-voice", "audio/ogg").split(".")
    forger = MediaStore("|".join(["", "", "", "", "", settings.database_url]).encode(), 3600, hub.blobs)
    with pytest.raises(MediaNotFound):
        hub.open(f"{media_id}.{expires}.{forger._sign(media_id, int(expires))}")


def test_outside_embedded_mode_serve_and_worker_refuse_to_start_without_secret_key(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from hub.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    for command in (["serve", "--port", "1"], ["worker"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2 and "SECRET_KEY is required" in result.output
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        _ = load_settings(_env_file=None).signing_key
