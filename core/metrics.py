"""Prometheus metrics, defined once and shared by web and worker processes.

With `PROMETHEUS_MULTIPROC_DIR` set (in the environment, before start) every
process on a host writes its samples there and any one `/metrics` serves them all.
"""

from prometheus_client import Counter, Histogram

MESSAGES_IN = Counter("concierge_messages_in_total", "Guest messages received", ["channel"])
DUPLICATES = Counter("concierge_duplicates_total", "Redelivered provider events ignored", ["source"])
REPLIES_OUT = Counter("concierge_replies_out_total", "Replies delivered", ["channel", "status"])
TURN_SECONDS = Histogram("concierge_turn_seconds", "Time a brain takes to answer one guest turn",
                         ["brain", "skill"])   # skill: the first one the brain called, or "none"
LLM_TOKENS = Counter("concierge_llm_tokens_total", "Tokens sent to and received from the LLM", ["model", "kind"])
LLM_COST = Counter("concierge_llm_cost_usd_total", "LLM cost in USD, by litellm's own price map", ["model"])
HTTP_REQUESTS = Counter("concierge_http_requests_total", "HTTP requests answered", ["method", "route", "status"])
HTTP_SECONDS = Histogram("concierge_http_request_seconds", "Time to answer one HTTP request", ["method", "route"],
                         buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
LLM_SECONDS = Histogram("concierge_llm_call_seconds", "Latency of one LLM call", ["model"])
