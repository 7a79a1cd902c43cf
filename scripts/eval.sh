#!/usr/bin/env bash
# Score the offline brain on a questions file, through a real `concierge serve`.
# Usage: scripts/eval.sh [QUESTIONS.yaml] [HOTEL_ID] [score.py options, e.g. --json]   (needs ../shared beside the repo, or SHARED_DIR)
# Defaults: the reference hotel's development set, hotel harbor-view. The server loads every hotel
# of shared/hotels, core/sample_hotels and tests/data/hotels (development hotels the product does not
# ship), so one script scores any of them (make eval-heldout).
# The runner is the hotel's "server" here: with API_KEY it may name a guest's `sender` (billing items)
# and release handed-off conversations; without one /api/chat would refuse both with 403.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-$(cd .. && pwd)/shared}
questions=${1:-$shared/hotels/harbor-view/questions.yaml}
hotel=${2:-harbor-view}
port=${EVAL_PORT:-8765}
db=$(mktemp -d)/eval.db
hotels=$(dirname "$db")/hotels
mkdir "$hotels"
for folder in "$shared"/hotels/*/ core/sample_hotels/*/ tests/data/hotels/*/; do
  if [ -f "$folder/hotel.yaml" ]; then ln -s "$(cd "$folder" && pwd)" "$hotels/$(basename "$folder")"; fi
done
key=${EVAL_API_KEY:-eval-key}

HOTELS_DIR=$hotels DATABASE_URL=sqlite:///$db REDIS_URL= API_KEY=$key LLM_MODEL= \
  .venv/bin/concierge serve --host 127.0.0.1 --port "$port" > "$(dirname "$db")/serve.log" 2>&1 &
server=$!
# Wait for the server to be gone, so the next run (make eval-heldout) can take the same port.
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
ready=
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then ready=1; break; fi
  kill -0 $server 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "eval: the server on port $port never became ready; its log:" >&2
  tail -20 "$(dirname "$db")/serve.log" >&2
  exit 1
fi
.venv/bin/python "$shared/eval/score.py" "$questions" --url "http://127.0.0.1:$port" --api-key "$key" --hotel "$hotel" "${@:3}"
