"""The explorer: watch a program run step by step (docs/explorer.md).

`inside/tracer.py` runs in the sandbox and streams trace format v1; everything else here is
pure and runs on the server: `trace` reads and validates a stream (untrusted data) and
replays it into the state at any step, `narrate` says what each step changed.
"""
