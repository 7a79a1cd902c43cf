"""Prometheus metrics, defined once and shared by web and worker processes."""

from prometheus_client import Counter, Histogram

MESSAGES_IN = Counter("concierge_messages_in_total", "Guest messages received", ["channel"])
DUPLICATES = Counter("concierge_duplicates_total", "Redelivered provider events ignored", ["source"])
REPLIES_OUT = Counter("concierge_replies_out_total", "Replies delivered", ["channel", "status"])
TURN_SECONDS = Histogram("concierge_turn_seconds", "Time to answer one guest turn", ["brain"])
LLM_TOKENS = Counter("concierge_llm_tokens_total", "Tokens sent to and received from the LLM", ["model", "kind"])
LLM_COST = Counter("concierge_llm_cost_usd_total", "LLM cost in USD, by litellm's own price map", ["model"])
LLM_SECONDS = Histogram("concierge_llm_call_seconds", "Latency of one LLM call", ["model"])
