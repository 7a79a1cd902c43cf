"""`concierge voice transcribe FILE` and `concierge voice say TEXT`: hear and speak as the concierge does."""

from __future__ import annotations

import mimetypes
import time
from pathlib import Path

import typer

from core.hotels import VoiceChoice
from core.settings import load_settings

app = typer.Typer(help="Transcribe and speak, as the concierge does with voice notes.", no_args_is_help=True)


@app.command()
def transcribe(file: Path = typer.Argument(..., exists=True, dir_okay=False, help="a voice note in any format"),
               hint: str = typer.Option(None, "--hint", help="language to assume when detection is unsure")) -> None:
    """Print the language, the text and the length of a voice note (STT_MODEL decides the model)."""
    from core.voice.audio import TooLong, UndecodableAudio  # speech loads for this command, not for every one
    from core.voice.stt import TooLarge, Transcriber

    start = time.perf_counter()
    try:
        transcript = Transcriber.from_settings(load_settings()).transcribe(
            file.read_bytes(), mimetypes.guess_type(file.name)[0], hint)
    except (UndecodableAudio, TooLong, TooLarge) as exc:
        typer.secho(f"{file}: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    typer.echo(f"language: {transcript.language or 'unknown'}  model: {transcript.model}  "
               f"seconds: {transcript.duration_seconds:.1f} (heard in {time.perf_counter() - start:.2f})")
    typer.echo(transcript.text)


@app.command()
def say(text: str = typer.Argument(..., help="what to say"),
        lang: str = typer.Option("en", "--lang", "-l", help="language code, e.g. en, ja"),
        output: Path = typer.Option(Path("reply.ogg"), "--output", "-o", help="OGG/Opus file to write"),
        voice: str = typer.Option(None, "--voice", help="a voice name, e.g. jm_kumo for Japanese"),
        espeak: bool = typer.Option(False, "--espeak", help="allow espeak-ng, as a hotel opting in would")) -> None:
    """Speak TEXT into an OGG/Opus voice note (TTS_MODEL decides the voice)."""
    from core.voice.audio import decode
    from core.voice.tts import Speaker

    choice = VoiceChoice(voices={lang: voice} if voice else {}, espeak_languages=[lang] if espeak else [])
    note = Speaker.from_settings(load_settings()).say(text, lang, choice)
    if note is None:
        typer.secho(f"no voice for {lang!r}: a guest would get this reply as text only", fg=typer.colors.YELLOW,
                    err=True)
        raise typer.Exit(1)
    output.write_bytes(note)
    typer.echo(f"{output}: {decode(note).duration_seconds:.1f} s, {len(note) / 1024:.0f} KB OGG/Opus")
