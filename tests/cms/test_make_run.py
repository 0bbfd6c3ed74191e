"""`make run` end to end: a fresh database, the seeded site, login, clean stop.

Runs the real command in its own process group, as a newcomer would in a
terminal, against a throwaway SQLite file (fast tier) or a fresh PostgreSQL
database (services tier).
"""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.slow


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def run_env(tmp_path_factory):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.pop("ELASTICSEARCH_URL", None)
    env["VAR_DIR"] = str(tmp_path_factory.mktemp("make-run-var"))
    env["PORT"] = str(free_port())
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url.startswith(("postgres://", "postgresql://")):
        import psycopg

        # One database per pytest-xdist worker (PYTEST_XDIST_WORKER: gw0, gw1).
        name = "sicherimdienst_make_run_" + os.environ.get("PYTEST_XDIST_WORKER", "main")
        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {name}")
        env["DATABASE_URL"] = database_url.rsplit("/", 1)[0] + "/" + name
    else:
        env.pop("DATABASE_URL", None)
    return env


class Site:
    def __init__(self, env):
        self.env = env
        self.base = f"http://127.0.0.1:{env['PORT']}"
        self.log = Path(env["VAR_DIR"]) / "make-run.log"
        self.process = None
        self.offset = 0

    def start(self, timeout=300):
        self.offset = self.log.stat().st_size if self.log.exists() else 0
        self.log_file = self.log.open("ab")
        self.process = subprocess.Popen(
            ["make", "run"],
            cwd=BASE_DIR,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"make run ended early:\n{self.output()[-3000:]}")
            if "läuft auf" in self.output():
                return
            time.sleep(0.5)
        self.stop(signal.SIGTERM)
        pytest.fail(f"make run did not serve within {timeout} s:\n{self.output()[-3000:]}")

    def output(self):
        """What this run printed (the log file is shared between runs)."""
        with self.log.open("rb") as log:
            log.seek(self.offset)
            return log.read().decode(errors="replace")

    def group_pids(self):
        pgid = self.process.pid
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if os.getpgid(int(entry.name)) == pgid:
                        pids.append(int(entry.name))
                except ProcessLookupError:
                    pass
        return pids

    def stop(self, signum):
        os.killpg(self.process.pid, signum)
        code = self.process.wait(timeout=60)
        self.log_file.close()
        return code

    def opener(self):
        return urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def get(self, opener, path):
        try:
            response = opener.open(self.base + path, timeout=30)
            return response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def count_pages(env):
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from wagtail.models import Page; print('PAGES', Page.objects.count())",
        ],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return int(re.search(r"PAGES (\d+)", result.stdout).group(1))


@pytest.fixture(scope="module")
def site(run_env):
    site = Site(run_env)
    site.start()
    yield site
    if site.process.poll() is None:
        site.stop(signal.SIGTERM)


def test_make_run_prints_demo_logins(site):
    output = site.output()
    assert "mitglied@example.org" in output
    assert "redaktion@example.org" in output
    assert f"http://127.0.0.1:{site.env['PORT']}/" in output


def test_make_run_serves_german_home_at_root(site):
    status, html, _ = site.get(site.opener(), "/")
    assert status == 200
    assert '<html lang="de">' in html
    assert "#sicherimDienst" in html


def test_make_run_serves_english_home_under_en(site):
    status, html, _ = site.get(site.opener(), "/en/")
    assert status == 200
    assert '<html lang="en">' in html


def test_demo_member_sees_intranet_that_anonymous_cannot(site):
    anonymous = site.opener()
    status, _, headers = site.get(anonymous, "/mitgliederbereich/")
    assert status == 302
    assert "/accounts/login/" in headers["Location"]

    member = site.opener()
    _, login_page, _ = site.get(member, "/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": "mitglied@example.org",
            "password": "demo-mitglied-passwort",
            "next": "/mitgliederbereich/",
        }
    ).encode()
    request = urllib.request.Request(site.base + "/accounts/login/", data=data)
    try:
        member.open(request, timeout=30)
    except urllib.error.HTTPError as redirect:
        assert redirect.code == 302
    status, html, _ = site.get(member, "/mitgliederbereich/")
    assert status == 200
    assert "Mitgliederbereich" in html


def still_running(pids):
    """PIDs that still run (zombies waiting for a reaper do not count)."""
    running = []
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            continue
        if "State:\tZ" not in status:
            running.append((pid, Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")))
    return running


def test_sigterm_to_process_group_stops_everything(site):
    pids = site.group_pids()
    assert len(pids) >= 4  # make, supervisor, server, worker, scheduler
    code = site.stop(signal.SIGTERM)
    assert code in (0, 2, -signal.SIGTERM)  # make reports the interrupted recipe
    time.sleep(0.5)
    assert still_running(pids) == []
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", int(site.env["PORT"])), timeout=1)


def test_second_run_keeps_data_and_stops_on_ctrl_c(site):
    pages = count_pages(site.env)
    again = Site(site.env)
    again.start()
    try:
        status, _, _ = again.get(again.opener(), "/")
        assert status == 200
        assert count_pages(site.env) == pages
    finally:
        pids = again.group_pids()
        again.stop(signal.SIGINT)
    time.sleep(0.5)
    assert still_running(pids) == []
