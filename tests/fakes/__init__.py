"""Local fake providers: real HTTP servers the real SDKs talk to through `*_API_BASE`."""
