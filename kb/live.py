"""The knowledge base staff edit while the hub runs: kb.yaml overlaid with the store's versioned changes.

kb.yaml is where a hotel starts (and the import/export format); every change
made since (editor, import, revert) is a `KBVersion` row holding the whole entry
after it, with who and when, so history, diffs and reverts need nothing else.
The newest row per entry wins over the file; a retired entry's row holds none.

Every process (web, workers) compares the hotel's newest version id with the
one its search index was built at before a turn (`LiveKnowledge.check`, one
indexed query); when it moved, a thread rebuilds the index (the embedding cache
re-embeds only changed text) and swaps hotel and index in one step, so no turn
sees half of an edit. The turn that noticed waits for the swap a little, so the
guest after an edit already gets the new answer, on any process, no restart.
"""

from __future__ import annotations

import difflib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import yaml
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.hotels import Hotel, KBEntry
from core.store.db import Database
from core.store.models import KBVersion

log = logging.getLogger(__name__)

WAIT_FOR_SWAP = 2.0   # seconds the turn that noticed a change waits for the new index before answering with the old


class KBChangeError(ValueError):
    """A change staff asked for that cannot be made as asked (the message says why, for the form)."""


def version(session: Session, hotel_id: str) -> int:
    """The hotel's KB version: the newest change's id (0: kb.yaml as shipped)."""
    return session.scalar(select(func.max(KBVersion.id)).where(KBVersion.hotel_id == hotel_id)) or 0


def _newest(session: Session, hotel_id: str) -> dict[str, KBVersion]:
    newest = (select(func.max(KBVersion.id)).where(KBVersion.hotel_id == hotel_id)
              .group_by(KBVersion.entry_id).scalar_subquery())
    rows = session.scalars(select(KBVersion).where(KBVersion.id.in_(newest)))
    return {row.entry_id: row for row in rows}


def current_entries(session: Session, hotel: Hotel) -> list[KBEntry]:
    """The entries the concierge answers from: kb.yaml's, changed, retired and added as the store says."""
    changes = _newest(session, hotel.id)
    entries = [_entry(changes[e.id]) if e.id in changes else e for e in hotel.kb]
    known = {e.id for e in hotel.kb}
    added = sorted((row for entry_id, row in changes.items() if entry_id not in known), key=lambda r: r.id)
    return [e for e in entries + [_entry(row) for row in added] if e is not None]


def _entry(row: KBVersion) -> KBEntry | None:
    return KBEntry.model_validate(row.entry) if row.entry is not None else None


def _state(session: Session, hotel: Hotel, entry_id: str) -> KBEntry | None:
    return next((e for e in current_entries(session, hotel) if e.id == entry_id), None)


def _record(session: Session, hotel: Hotel, entry_id: str, action: str, entry: KBEntry | None,
            author: str) -> KBVersion:
    row = KBVersion(hotel_id=hotel.id, entry_id=entry_id, action=action, author=author,
                    entry=entry.model_dump(mode="json", exclude_defaults=False) if entry else None)
    session.add(row)
    session.flush()
    return row


def validated(data: dict) -> KBEntry:
    """An entry from a form or a file, cleaned (blank questions and translations dropped) and checked."""
    data = dict(data)
    data["questions"] = [q.strip() for q in data.get("questions") or [] if q and q.strip()]
    data["translations"] = {k: v.strip() for k, v in (data.get("translations") or {}).items() if v and v.strip()}
    data["answer"] = (data.get("answer") or "").strip()
    data["id"] = (data.get("id") or "").strip()
    if not data["id"] or not data["id"].replace("-", "").replace("_", "").isalnum():
        raise KBChangeError("the id must be letters, digits, - or _ (e.g. bowling-alley)")
    try:
        return KBEntry.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise KBChangeError(problems) from None


def save(session: Session, hotel: Hotel, entry: KBEntry, author: str, *, create: bool = False) -> KBVersion | None:
    """Create a new entry or edit an existing one (a no-op edit records nothing and returns None)."""
    before = _state(session, hotel, entry.id)
    if create and before is not None:
        raise KBChangeError(f"an entry {entry.id!r} already exists")
    if not create and before is None:
        raise KBChangeError(f"no entry {entry.id!r} to edit")
    if before == entry:
        return None
    return _record(session, hotel, entry.id, "create" if create else "edit", entry, author)


def retire(session: Session, hotel: Hotel, entry_id: str, author: str) -> KBVersion:
    if _state(session, hotel, entry_id) is None:
        raise KBChangeError(f"no entry {entry_id!r} to retire")
    return _record(session, hotel, entry_id, "retire", None, author)


def revert(session: Session, hotel: Hotel, entry_id: str, to_version: int, author: str) -> KBVersion:
    """Put the entry back as it was after change `to_version` (0: as kb.yaml has it)."""
    if to_version == 0:
        target = hotel.kb_entry(entry_id)
    else:
        row = session.get(KBVersion, to_version)
        if row is None or row.hotel_id != hotel.id or row.entry_id != entry_id:
            raise KBChangeError(f"no version {to_version} of entry {entry_id!r}")
        target = _entry(row)
    return _record(session, hotel, entry_id, "revert", target, author)


@dataclass(frozen=True)
class Change:
    version: int
    action: str
    author: str
    at: str
    diff: str       # unified diff of the entry as YAML, from the state before


def history(session: Session, hotel: Hotel, entry_id: str) -> list[Change]:
    """Every change to one entry, newest first, each with its diff from the one before."""
    rows = list(session.scalars(select(KBVersion).where(KBVersion.hotel_id == hotel.id,
                                                        KBVersion.entry_id == entry_id).order_by(KBVersion.id)))
    before, changes = _yaml(hotel.kb_entry(entry_id)), []
    for row in rows:
        after = _yaml(_entry(row))
        diff = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                            f"{entry_id} before", f"{entry_id} v{row.id}"))
        changes.append(Change(row.id, row.action, row.author, row.created_at.isoformat(timespec="seconds"), diff))
        before = after
    return changes[::-1]


def _yaml(entry: KBEntry | None) -> str:
    return "" if entry is None else yaml.safe_dump(entry.model_dump(mode="json"), allow_unicode=True, sort_keys=False)


def export_yaml(entries: list[KBEntry]) -> str:
    """The entries as a kb.yaml the hub loads as is."""
    return yaml.safe_dump([e.model_dump(mode="json") for e in entries], allow_unicode=True, sort_keys=False,
                          width=120)


def import_entries(session: Session, hotel: Hotel, entries: list[KBEntry], author: str) -> dict[str, int]:
    """Make the live KB exactly `entries`: new ones created, changed ones edited, absent ones retired."""
    now = {e.id: e for e in current_entries(session, hotel)}
    counts = {"created": 0, "edited": 0, "retired": 0, "unchanged": 0}
    for entry in entries:
        if entry.id not in now:
            _record(session, hotel, entry.id, "import", entry, author)
            counts["created"] += 1
        elif now[entry.id] != entry:
            _record(session, hotel, entry.id, "import", entry, author)
            counts["edited"] += 1
        else:
            counts["unchanged"] += 1
    for entry_id in now.keys() - {e.id for e in entries}:
        _record(session, hotel, entry_id, "retire", None, author)
        counts["retired"] += 1
    return counts


def missing_translations(entry: KBEntry, languages: list[str]) -> list[str]:
    """The hotel's languages the entry's answer is not written in ("missing in: fr, ja")."""
    return [lang for lang in languages if lang != "en" and lang not in entry.translations]


class LiveKnowledge:
    """One process's view of every hotel's live KB: what it was built at, and the rebuild when that moved.

    `files` are the hotels as their folders have them; `build` makes a search index for a hotel;
    `swap` installs a hotel and its index together.
    """

    def __init__(self, db: Database, files: dict[str, Hotel], build: Callable[[Hotel], object],
                 swap: Callable[[Hotel, object], None]):
        self.db, self.files, self._build, self._swap = db, files, build, swap
        self.built: dict[str, int] = {}
        self._rebuilds: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def load(self, hotel_id: str) -> tuple[Hotel, object]:
        """The hotel with its live entries and their index, built now (a process's first use)."""
        hotel, at = self._live(hotel_id)
        index = self._build(hotel)
        self.built[hotel_id] = at
        return hotel, index

    def check(self, hotel_id: str, wait: float = WAIT_FOR_SWAP) -> None:
        """Before a turn: if the hotel's KB changed since this process built it, rebuild and swap."""
        try:
            newest = self._newest(hotel_id)
        except SQLAlchemyError as exc:   # the store is down: keep answering from what is built
            log.warning("KB version of %s not read: %s", hotel_id, exc)
            return
        if newest == self.built.get(hotel_id, 0):
            return
        with self._lock:
            thread = self._rebuilds.get(hotel_id)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(target=self._rebuild, args=(hotel_id,), name=f"kb-rebuild-{hotel_id}",
                                          daemon=True)
                self._rebuilds[hotel_id] = thread
                thread.start()
        thread.join(wait)

    def _live(self, hotel_id: str) -> tuple[Hotel, int]:
        base = self.files[hotel_id]
        try:
            with self.db.session() as session:
                at = version(session, hotel_id)
                entries = current_entries(session, base) if at else base.kb
        except SQLAlchemyError as exc:   # no store yet (a tool run before `migrate`): the files alone
            log.warning("KB changes of %s not read, kb.yaml only: %s", hotel_id, exc)
            return base, 0
        return (base.model_copy(update={"kb": entries}) if at else base), at

    def _rebuild(self, hotel_id: str) -> None:
        try:
            hotel, at = self._live(hotel_id)
            index = self._build(hotel)
            self._swap(hotel, index)
            self.built[hotel_id] = at
            log.info("KB of %s now at version %s: %d entries", hotel_id, at, len(hotel.kb))
        except Exception:   # a bad rebuild keeps the index in service until the next change
            log.exception("KB rebuild of %s failed", hotel_id)
            self.built[hotel_id] = self._newest(hotel_id)

    def _newest(self, hotel_id: str) -> int:
        with self.db.session() as session:
            return version(session, hotel_id)
