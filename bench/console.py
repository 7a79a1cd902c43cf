"""The console's page weight and time to first render, and the widget's size, on this machine. Prints numbers.

A real `concierge serve` (embedded mode, the sample hotel, a fresh SQLite file)
in its own process, `concierge staff add` for the account, guests' messages
through `/api/chat`, then Debian's Chromium (Playwright) signs in and loads the
inbox and a conversation. Weight is the bytes of the document, scripts and
styles as the browser read them (uncompressed: uvicorn sends no gzip); first render is the browser's own
`first-contentful-paint`, next to the small widget demo page served by the same hub
(`/webchat/{hotel}/demo`) as the baseline of the same run.

    .venv/bin/python bench/console.py [--conversations 50]
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.fakes.server import free_port  # noqa: E402

CONCIERGE = [sys.executable, "-c", "from hub.cli import main; main()"]
QUESTIONS = ["Do you allow dogs?", "What time is breakfast?", "Is there parking?", "wifi password?",
             "¿A qué hora es el check-out?", "Avez-vous une piscine ?"]
TIMING = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const resources = performance.getEntriesByType('resource');
  return {fcp: paint ? paint.startTime : null, dcl: nav.domContentLoadedEventEnd,
          html: nav.decodedBodySize,
          bytes: nav.decodedBodySize + resources.reduce((n, r) => n + r.decodedBodySize, 0),
          files: 1 + resources.filter(r => r.initiatorType !== 'other').length};
}"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=50)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="bench-console-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{work}/concierge.db", "PUBLIC_BASE_URL": base,
           "PYTHONPATH": str(REPO)}
    for name in ("REDIS_URL", "API_KEY", "HOTELS_DIR", "LLM_MODEL"):
        env.pop(name, None)
    added = subprocess.run([*CONCIERGE, "staff", "add", "bench@hotel.example", "--hotel", "lisbon-garden"],
                           env=env, cwd=work, capture_output=True, text=True, check=True).stdout
    password = re.search(r"One-time password: (\S+)", added).group(1)
    server = subprocess.Popen([*CONCIERGE, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=work,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        for i in range(args.conversations):
            httpx.post(f"{base}/api/chat", json={"session": f"bench-{i}", "text": QUESTIONS[i % len(QUESTIONS)]},
                       timeout=60).raise_for_status()
        widget = httpx.get(f"{base}/widget.js").content
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"{base}/console/login")
            page.fill("#email", "bench@hotel.example")
            page.fill("#password", password)
            page.click("button[type=submit]")
            page.wait_for_url(re.compile("/console/password"))
            page.fill("#current", password)
            page.fill("#new", "bench-password-1")
            page.fill("#repeat", "bench-password-1")
            page.click("#main button[type=submit]")
            page.wait_for_url(re.compile("/console/inbox"))
            # A first visit's weight: every file fetched again on each load, none from the browser's cache.
            page.context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
            results = {}
            for name, url in (("inbox", f"{base}/console/inbox"),
                              ("conversation", None),
                              ("baseline: widget demo", f"{base}/webchat/lisbon-garden/demo")):
                if url is None:
                    url = base + page.eval_on_selector("#inbox a", "a => a.getAttribute('href')")
                runs = []
                for _ in range(5):
                    page.goto(url, wait_until="load")
                    page.wait_for_timeout(200)
                    runs.append(page.evaluate(TIMING))
                runs.sort(key=lambda r: r["fcp"] or 0)
                results[name] = runs[len(runs) // 2]
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(f"console on this machine ({args.conversations} conversations in the inbox; median of 5 loads, cache off)")
    for name, r in results.items():
        print(f"  {name:22s} first-contentful-paint {r['fcp']:.0f} ms · DOMContentLoaded {r['dcl']:.0f} ms · "
              f"weight {r['bytes']} B in {r['files']} files (HTML {r['html']} B)")
    print(f"  widget.js {len(widget)} B ({len(gzip.compress(widget))} B gzipped)")


if __name__ == "__main__":
    main()
