"""Voice notes: decode what guests send, hear it, speak replies, and serve them by signed URL.

Import the modules themselves (`core.voice.stt`, `.tts`, `.audio`, `.media`): this
package imports nothing, so the web process can serve `/media/{token}` without
loading speech libraries.
"""
