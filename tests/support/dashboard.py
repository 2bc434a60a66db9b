"""Dashboard users and a cookie-keeping HTTP client that signs in as one, as a browser without scripts would."""
from __future__ import annotations

import http.cookiejar
import re
import secrets
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

import dashclaw.server.db.models  # noqa: F401  (every table, so foreign keys resolve)
from dashclaw.server.db.engine import Database
from dashclaw.server.users import service as users_service
from support.server import RunningServer

CSRF = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')


@dataclass
class User:
    email: str
    password: str
    org_id: str
    role: str


def create_user(server: RunningServer, org_id: str, role: str) -> User:
    """A dashboard user stored by the service `dashclaw users create` calls (test_users.py runs the command itself;
    starting it per test would cost seconds of imports each time)."""
    email = f"{role}-{secrets.token_hex(4)}@example.com"
    password = "pw-" + secrets.token_urlsafe(12)
    db = Database(server.database_url)
    try:
        users_service.create_user(db, org_id, email, role, password)
    finally:
        db.dispose()
    return User(email, password, org_id, role)


class _KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer the test looks at


@dataclass
class Answer:
    status: int
    text: str
    headers: dict[str, str]
    set_cookies: list[str] = field(default_factory=list)

    @property
    def location(self) -> str | None:
        return self.headers.get("location")

    def csrf_token(self) -> str:
        return CSRF.search(self.text).group(1)


class Browserless:
    """Cookies in, cookies out, no scripts: the plainest client a page must still work (and be safe) for."""

    def __init__(self, server: RunningServer):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _KeepRedirects())

    def get(self, path: str, headers: dict | None = None) -> Answer:
        return self._send("GET", path, None, headers)

    def post(self, path: str, fields: dict, headers: dict | None = None) -> Answer:
        return self._send("POST", path, urllib.parse.urlencode(fields).encode(), {
            "Content-Type": "application/x-www-form-urlencoded", **(headers or {})})

    def post_from(self, page: str, path: str, fields: dict, headers: dict | None = None) -> Answer:
        """Post a form the way the page would: with the CSRF token the page carries."""
        token = self.get(page).csrf_token()
        return self.post(path, {"csrf_token": token, **fields}, headers)

    def sign_in(self, user: User, headers: dict | None = None) -> Answer:
        form = self.get("/login")
        answer = self.post("/login", {"email": user.email, "password": user.password, "csrf_token": form.csrf_token(),
                                      "next": "/"}, headers)
        return answer

    def _send(self, method: str, path: str, data: bytes | None, headers: dict | None) -> Answer:
        request = urllib.request.Request(self.server.url + path, data=data, method=method, headers=headers or {})
        try:
            response = self._opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            body = response.read().decode()
            return Answer(response.status, body, {k.lower(): v for k, v in response.headers.items()},
                          response.headers.get_all("set-cookie") or [])


def signed_in(server: RunningServer, user: User) -> Browserless:
    """A client already signed in as `user`."""
    client = Browserless(server)
    answer = client.sign_in(user)
    assert answer.status == 303 and answer.location == "/", (answer.status, answer.text[:300])
    return client
