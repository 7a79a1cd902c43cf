#!/usr/bin/env bash
# Score the offline brain on the reference hotel's development set, through a real `concierge serve`.
# Usage: scripts/eval.sh [QUESTIONS.yaml]   (needs ../shared beside the repo, or SHARED_DIR)
# The runner is the hotel's "server" here: with API_KEY it may name a guest's `sender` (billing items)
# and release handed-off conversations; without one /api/chat would refuse both with 403.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-$(cd .. && pwd)/shared}
questions=${1:-$shared/hotels/harbor-view/questions.yaml}
port=${EVAL_PORT:-8765}
db=$(mktemp -d)/eval.db
key=${EVAL_API_KEY:-eval-key}

HOTELS_DIR=$shared/hotels DATABASE_URL=sqlite:///$db REDIS_URL= API_KEY=$key LLM_MODEL= \
  .venv/bin/concierge serve --host 127.0.0.1 --port "$port" > "$(dirname "$db")/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.5
done
.venv/bin/python "$shared/eval/score.py" "$questions" --url "http://127.0.0.1:$port" --api-key "$key"
