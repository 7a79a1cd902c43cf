"""Who is at the console: staff accounts, Argon2 passwords, signed session cookies, CSRF tokens, login limits.

The cookie carries only the signed id of a `StaffSession` row, so logging out
(or disabling an account) ends the session on every web process at once. Each
session has its own CSRF token (synchronizer pattern); every POST must carry
it, and a POST from another origin is refused before that.
"""

from __future__ import annotations

import datetime as dt
import hmac
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from agent.runtime import Runtime
from core.messages import utcnow
from core.store.models import StaffAccount, StaffSession

ROLES = ("front_desk", "manager", "admin")
COOKIE = "concierge_console"
LOGIN_COOKIE = "concierge_login"
SESSION_HOURS = 12
MIN_PASSWORD = 10
# Attempts per window before 429: per address (a password-spraying client) and per account (a guessed email).
LOGIN_WINDOW_SECONDS = 300
LOGIN_LIMIT_PER_ADDRESS = 20
LOGIN_LIMIT_PER_EMAIL = 5
# The author id is `staff:<email>` in a column of 64 characters (conversations.handoff_owner).
MAX_EMAIL = 58
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_hasher = PasswordHasher()


class NotSignedIn(Exception):
    """No valid session: pages redirect to the login form, everything else answers 401."""


class PasswordChangeRequired(Exception):
    """Signed in with a one-time password: the password page comes first."""


class Forbidden(Exception):
    def __init__(self, reason: str):
        self.reason = reason


@dataclass(frozen=True)
class Staff:
    id: int
    email: str
    name: str
    role: str
    hotels: tuple[str, ...]
    csrf_token: str
    session_id: str
    must_change_password: bool

    @property
    def author(self) -> str:
        """How the transcript and the handoff owner name this person (Slack staff are `staff:<user id>`)."""
        return f"staff:{self.email}"


def valid_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > MAX_EMAIL:
        raise ValueError(f"{email!r} is not an email address of at most {MAX_EMAIL} characters")
    return email


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def new_password() -> str:
    """A one-time password to read out or paste: 16 URL-safe characters (~96 bits)."""
    return secrets.token_urlsafe(12)


def create_account(session: Session, email: str, hotel_id: str, role: str,
                   password: str | None = None) -> tuple[StaffAccount, str | None]:
    """A new account (returns its one-time password), or the hotel added to an existing one (password None)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    email = valid_email(email)
    account = session.scalar(select(StaffAccount).where(StaffAccount.email == email))
    if account is not None:
        if hotel_id not in account.hotels:
            account.hotels = [*account.hotels, hotel_id]
        account.role = role
        return account, None
    password = password or new_password()
    account = StaffAccount(email=email, name=email.split("@")[0], role=role, hotels=[hotel_id],
                           password_hash=hash_password(password), must_change_password=True)
    session.add(account)
    session.flush()
    return account, password


def _serializer(rt: Runtime, purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(rt.settings.signing_key, salt=f"console-{purpose}")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def login_limited(rt: Runtime, request: Request, email: str) -> bool:
    """Count this attempt; True when the address or the account is over its limit for the window."""
    by_address = rt.state.hit(f"console:login:addr:{client_address(request)}", LOGIN_WINDOW_SECONDS)
    by_email = rt.state.hit(f"console:login:email:{email.strip().lower()[:254]}", LOGIN_WINDOW_SECONDS)
    return by_address > LOGIN_LIMIT_PER_ADDRESS or by_email > LOGIN_LIMIT_PER_EMAIL


def authenticate(rt: Runtime, email: str, password: str) -> StaffAccount | None:
    """The account if the password is right (its hash upgraded if Argon2's parameters moved on)."""
    with rt.db.session() as session:
        account = session.scalar(select(StaffAccount).where(StaffAccount.email == email.strip().lower()))
        if account is None or account.disabled:
            _hasher.hash(password)   # the same work as a real check: timing does not tell which emails exist
            return None
        try:
            _hasher.verify(account.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(account.password_hash):
            account.password_hash = _hasher.hash(password)
        account.last_login_at = utcnow()
        return account


def set_password(rt: Runtime, staff: Staff, current: str, new: str) -> str | None:
    """Change the signed-in person's password; returns what is wrong, or None when done."""
    if len(new) < MIN_PASSWORD:
        return f"Choose a password of at least {MIN_PASSWORD} characters."
    with rt.db.session() as session:
        account = session.get(StaffAccount, staff.id)
        try:
            _hasher.verify(account.password_hash, current)
        except (VerificationError, InvalidHashError):
            return "The current password is not right."
        if current == new:
            return "Choose a password different from the one-time password."
        account.password_hash = _hasher.hash(new)
        account.must_change_password = False
        # Every other browser signed in as this person is signed out.
        session.execute(delete(StaffSession).where(StaffSession.staff_id == staff.id,
                                                   StaffSession.id != staff.session_id))
    return None


def open_session(rt: Runtime, account: StaffAccount, request: Request) -> str:
    """A new session row; returns the signed cookie value."""
    session_id = secrets.token_urlsafe(32)
    with rt.db.session() as session:
        session.add(StaffSession(id=session_id, staff_id=account.id, csrf_token=secrets.token_urlsafe(32),
                                 expires_at=utcnow() + dt.timedelta(hours=SESSION_HOURS),
                                 address=client_address(request)[:64]))
    return _serializer(rt, "session").dumps(session_id)


def close_session(rt: Runtime, staff: Staff) -> None:
    with rt.db.session() as session:
        session.execute(delete(StaffSession).where(StaffSession.id == staff.session_id))


def current_staff(request: Request) -> Staff:
    """The signed-in person (a FastAPI dependency); raises NotSignedIn."""
    rt: Runtime = request.app.state.runtime
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        raise NotSignedIn
    try:
        session_id = _serializer(rt, "session").loads(cookie, max_age=SESSION_HOURS * 3600)
    except BadSignature:
        raise NotSignedIn from None
    with rt.db.session() as session:
        row = session.get(StaffSession, session_id)
        if row is None or row.expires_at < utcnow() or row.staff.disabled:
            raise NotSignedIn
        account = row.staff
        hotels = tuple(h for h in account.hotels if h in rt.hotels)
        return Staff(account.id, account.email, account.name or account.email, account.role, hotels,
                     row.csrf_token, row.id, account.must_change_password)


def same_origin(request: Request, base_url: str) -> bool:
    """A browser's POST names where it came from; only the console's own origin may change anything."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return True   # not a browser's cross-site request (browsers send Origin on every cross-site POST)
    seen = urlsplit(origin)
    ours = {(urlsplit(str(request.base_url)).scheme, request.headers.get("host", "")),
            (urlsplit(base_url).scheme, urlsplit(base_url).netloc)}
    return (seen.scheme, seen.netloc) in ours


async def check_csrf(request: Request, expected: str) -> dict[str, str]:
    """The POSTed form, once its CSRF token and origin are checked; raises Forbidden otherwise."""
    rt: Runtime = request.app.state.runtime
    if not same_origin(request, rt.settings.public_base_url):
        raise Forbidden("This form was sent from another site.")
    form = await request.form()
    given = str(form.get("csrf_token") or request.headers.get("x-csrf-token") or "")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise Forbidden("The form's security token is missing or out of date. Reload the page and try again.")
    return {k: str(v) for k, v in form.items()}


def login_token(rt: Runtime, nonce: str) -> str:
    """The login form's CSRF token: the signed nonce of the browser's login cookie (double submit)."""
    return _serializer(rt, "login").dumps(nonce)


def login_token_ok(rt: Runtime, request: Request, token: str) -> bool:
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    try:
        signed = _serializer(rt, "login").loads(token, max_age=3600)
    except BadSignature:
        return False
    return bool(nonce) and hmac.compare_digest(str(signed).encode(), nonce.encode())
