"""scripts/postgres and scripts/redis, the throwaway servers for development and tests.

Every test runs the real script on its own free port and data directory, so the
developer's own servers (ports 54329 and 63799, data in var/) are never touched.
Data directories live under /var/tmp: as root the scripts run the servers as
the postgres/redis system users, which cannot reach pytest's tmp_path (0700).
"""

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parents[2]
POSTGRES_SCRIPT = REPO_DIR / "scripts" / "postgres"
REDIS_SCRIPT = REPO_DIR / "scripts" / "redis"
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
IS_ROOT = os.geteuid() == 0
# Reachable for the server users, unlike pytest's tmp_path when run as root;
# every test directory in it comes from mkdtemp, so names cannot be planted.
SCRATCH_ROOT = Path("/var/tmp")  # noqa: S108

# Values that differ from the defaults, to show the variables are honoured.
TEST_DB = "sid_script_test"
TEST_USER = "sid_script_user"

# As root the scripts install a missing server with apt-get, which takes a while.
SCRIPT_TIMEOUT = 300

needs_postgres = pytest.mark.skipif(
    not IS_ROOT and not (PG_BIN / "initdb").exists(),
    reason=f"PostgreSQL 15 is not installed ({PG_BIN}/initdb); apt-get install postgresql-15",
)
needs_redis = pytest.mark.skipif(
    not IS_ROOT and shutil.which("redis-server") is None,
    reason="redis-server is not installed; apt-get install redis-server",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(**overrides):
    """The caller's environment without service settings that could leak in."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("POSTGRES_", "REDIS_", "PG")) and key != "DATABASE_URL"
    }
    if "PG_BIN" in os.environ:
        env["PG_BIN"] = os.environ["PG_BIN"]
    return {**env, **overrides}


def processes_matching(pattern):
    result = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True)
    return result.stdout.split()


def make_scratch_dir():
    # mkdtemp creates 0700; the server users only need to pass through.
    path = Path(tempfile.mkdtemp(prefix="sicherimdienst-test-", dir=SCRATCH_ROOT))
    path.chmod(0o755)
    return path


@dataclass
class Service:
    """One script with its own port and data directory."""

    script: Path
    port: int
    data_dir: Path
    env: dict

    def run(self, *args):
        return subprocess.run(
            [str(self.script), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=SCRIPT_TIMEOUT,
        )

    def processes(self):
        return processes_matching(str(self.data_dir))

    def shut_down(self):
        """Finaliser: stop the server even if a test left it in a bad state."""
        self.run("stop")
        for pid in self.processes():
            os.kill(int(pid), signal.SIGKILL)


def make_postgres(scratch):
    port = free_port()
    data_dir = scratch / "postgres"
    env = clean_env(
        POSTGRES_PORT=str(port),
        POSTGRES_DATA_DIR=str(data_dir),
        POSTGRES_DB=TEST_DB,
        POSTGRES_USER=TEST_USER,
    )
    return Service(POSTGRES_SCRIPT, port, data_dir, env)


def make_redis(scratch):
    port = free_port()
    data_dir = scratch / "redis"
    env = clean_env(REDIS_PORT=str(port), REDIS_DATA_DIR=str(data_dir))
    return Service(REDIS_SCRIPT, port, data_dir, env)


@contextmanager
def scratch_service(make, start=False):
    scratch = make_scratch_dir()
    service = make(scratch)
    try:
        if start:
            result = service.run("start")
            assert result.returncode == 0, result.stderr
        yield service
    finally:
        service.shut_down()
        shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture
def postgres():
    """A postgres service that is not started yet."""
    with scratch_service(make_postgres) as service:
        yield service


@pytest.fixture(scope="module")
def running_postgres():
    """A started postgres service shared by the tests that only look at it."""
    with scratch_service(make_postgres, start=True) as service:
        yield service


@pytest.fixture
def redis():
    """A redis service that is not started yet."""
    with scratch_service(make_redis) as service:
        yield service


@pytest.fixture(scope="module")
def running_redis():
    """A started redis service shared by the tests that only look at it."""
    with scratch_service(make_redis, start=True) as service:
        yield service


@pytest.fixture
def busy_port():
    """A port on which another program listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def postgres_url(service):
    return f"postgresql://{TEST_USER}@127.0.0.1:{service.port}/{TEST_DB}"


def postgres_query(url, sql):
    try:
        import psycopg
    except ImportError:
        result = subprocess.run(
            [str(PG_BIN / "psql"), url, "-XtAc", sql], capture_output=True, text=True, check=True
        )
        return result.stdout.strip()
    with psycopg.connect(url, connect_timeout=5) as conn:
        return str(conn.execute(sql).fetchone()[0])


def redis_command(port, *words):
    """Sends one command in the Redis protocol and returns the raw reply."""
    request = f"*{len(words)}\r\n" + "".join(f"${len(word)}\r\n{word}\r\n" for word in words)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request.encode())
        return sock.recv(4096)


# --- Both scripts --------------------------------------------------------------


@pytest.mark.parametrize("script", [POSTGRES_SCRIPT, REDIS_SCRIPT], ids=["postgres", "redis"])
@pytest.mark.parametrize(
    "args", [[], ["restart"], ["start", "now"]], ids=["missing", "unknown", "extra-argument"]
)
def test_script_without_a_known_subcommand_prints_usage_and_exits_2(script, args):
    result = subprocess.run(
        [str(script), *args], env=clean_env(), capture_output=True, text=True, timeout=30
    )

    assert result.returncode == 2
    assert "Usage:" in result.stderr
    assert result.stdout == ""


# --- PostgreSQL ------------------------------------------------------------------


@pytest.mark.postgres
@needs_postgres
def test_postgres_start_prints_only_the_database_url_on_stdout(postgres):
    result = postgres.run("start")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"DATABASE_URL={postgres_url(postgres)}\n"


@pytest.mark.postgres
@needs_postgres
def test_postgres_database_url_accepts_a_connection(running_postgres):
    url = postgres_url(running_postgres)

    assert postgres_query(url, "SELECT current_database()") == TEST_DB
    assert postgres_query(url, "SELECT current_user") == TEST_USER


@pytest.mark.postgres
@needs_postgres
def test_postgres_database_is_utf8(running_postgres):
    url = postgres_url(running_postgres)

    assert postgres_query(url, "SHOW server_encoding") == "UTF8"


@pytest.mark.postgres
@needs_postgres
def test_postgres_listens_on_loopback_only(running_postgres):
    url = postgres_url(running_postgres)

    assert postgres_query(url, "SHOW listen_addresses") == "127.0.0.1"


@pytest.mark.postgres
@needs_postgres
def test_postgres_start_when_running_prints_the_same_url(running_postgres):
    result = running_postgres.run("start")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"DATABASE_URL={postgres_url(running_postgres)}\n"
    assert "already running" in result.stderr


@pytest.mark.postgres
@needs_postgres
def test_postgres_status_when_running_exits_0_with_the_url(running_postgres):
    result = running_postgres.run("status")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"DATABASE_URL={postgres_url(running_postgres)}\n"


@pytest.mark.postgres
@needs_postgres
def test_postgres_status_after_stop_exits_3(postgres):
    assert postgres.run("start").returncode == 0
    assert postgres.run("stop").returncode == 0

    result = postgres.run("status")

    assert result.returncode == 3
    assert result.stdout == ""
    assert "not running" in result.stderr


@pytest.mark.postgres
@needs_postgres
def test_postgres_status_before_the_first_start_exits_3(postgres):
    result = postgres.run("status")

    assert result.returncode == 3
    assert "not running" in result.stderr


@pytest.mark.postgres
@needs_postgres
def test_postgres_stop_leaves_no_process(postgres):
    assert postgres.run("start").returncode == 0
    assert postgres.processes()

    result = postgres.run("stop")

    assert result.returncode == 0, result.stderr
    assert postgres.processes() == []


@pytest.mark.postgres
@needs_postgres
def test_postgres_stop_when_not_running_exits_0(postgres):
    result = postgres.run("stop")

    assert result.returncode == 0, result.stderr
    assert "not running" in result.stderr


@pytest.mark.postgres
@needs_postgres
def test_postgres_start_refuses_a_port_taken_by_another_listener(postgres, busy_port):
    postgres.env["POSTGRES_PORT"] = str(busy_port)

    result = postgres.run("start")

    assert result.returncode != 0
    assert str(busy_port) in result.stderr
    assert "POSTGRES_PORT=" in result.stderr
    assert result.stdout == ""
    assert postgres.processes() == []


@pytest.mark.postgres
@needs_postgres
def test_postgres_start_recovers_after_the_server_was_killed(postgres):
    assert postgres.run("start").returncode == 0
    postmaster_pid = int((postgres.data_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
    os.kill(postmaster_pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while postgres.processes() and time.monotonic() < deadline:
        time.sleep(0.1)

    result = postgres.run("start")

    assert result.returncode == 0, result.stderr
    assert postgres_query(postgres_url(postgres), "SELECT 1") == "1"


@pytest.mark.postgres
@needs_postgres
@pytest.mark.skipif(not IS_ROOT, reason="the fallback directory is only used as root")
def test_postgres_as_root_falls_back_to_var_tmp_when_the_checkout_is_unreachable():
    # A 0700 directory owned by root, like a checkout under /root.
    checkout = Path(tempfile.mkdtemp(prefix="sicherimdienst-checkout-", dir=SCRATCH_ROOT))
    (checkout / "scripts").mkdir()
    script = checkout / "scripts" / "postgres"
    shutil.copy2(POSTGRES_SCRIPT, script)
    repo_hash = hashlib.sha256(str(checkout.resolve()).encode()).hexdigest()[:10]
    fallback = SCRATCH_ROOT / f"sicherimdienst-postgres-{repo_hash}"
    service = Service(script, free_port(), fallback, clean_env())
    service.env["POSTGRES_PORT"] = str(service.port)
    try:
        result = service.run("start")

        assert result.returncode == 0, result.stderr
        assert f"data directory: {fallback}" in result.stderr
        assert (fallback / "pgdata" / "PG_VERSION").exists()
        assert not (checkout / "var" / "postgres").exists()
    finally:
        service.shut_down()
        shutil.rmtree(fallback, ignore_errors=True)
        shutil.rmtree(checkout, ignore_errors=True)


# --- Redis -----------------------------------------------------------------------


@pytest.mark.redis
@needs_redis
def test_redis_start_prints_only_the_redis_url_on_stdout(redis):
    result = redis.run("start")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"REDIS_URL=redis://127.0.0.1:{redis.port}/0\n"


@pytest.mark.redis
@needs_redis
def test_redis_url_answers_ping(running_redis):
    assert redis_command(running_redis.port, "PING") == b"+PONG\r\n"


@pytest.mark.redis
@needs_redis
def test_redis_listens_on_loopback_only(running_redis):
    reply = redis_command(running_redis.port, "CONFIG", "GET", "bind")

    assert reply == b"*2\r\n$4\r\nbind\r\n$9\r\n127.0.0.1\r\n"


@pytest.mark.redis
@needs_redis
def test_redis_keeps_nothing_on_disk(running_redis):
    reply = redis_command(running_redis.port, "CONFIG", "GET", "save")

    assert reply == b"*2\r\n$4\r\nsave\r\n$0\r\n\r\n"


@pytest.mark.redis
@needs_redis
def test_redis_start_when_running_prints_the_same_url(running_redis):
    result = running_redis.run("start")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"REDIS_URL=redis://127.0.0.1:{running_redis.port}/0\n"
    assert "already running" in result.stderr


@pytest.mark.redis
@needs_redis
def test_redis_status_when_running_exits_0_with_the_url(running_redis):
    result = running_redis.run("status")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"REDIS_URL=redis://127.0.0.1:{running_redis.port}/0\n"


@pytest.mark.redis
@needs_redis
def test_redis_status_after_stop_exits_3(redis):
    assert redis.run("start").returncode == 0
    assert redis.run("stop").returncode == 0

    result = redis.run("status")

    assert result.returncode == 3
    assert result.stdout == ""
    assert "not running" in result.stderr


@pytest.mark.redis
@needs_redis
def test_redis_status_before_the_first_start_exits_3(redis):
    result = redis.run("status")

    assert result.returncode == 3
    assert "not running" in result.stderr


@pytest.mark.redis
@needs_redis
def test_redis_stop_leaves_no_process(redis):
    assert redis.run("start").returncode == 0
    assert redis.processes()

    result = redis.run("stop")

    assert result.returncode == 0, result.stderr
    assert redis.processes() == []


@pytest.mark.redis
@needs_redis
def test_redis_stop_when_not_running_exits_0(redis):
    result = redis.run("stop")

    assert result.returncode == 0, result.stderr
    assert "not running" in result.stderr


@pytest.mark.redis
@needs_redis
def test_redis_start_refuses_a_port_taken_by_another_listener(redis, busy_port):
    redis.env["REDIS_PORT"] = str(busy_port)

    result = redis.run("start")

    assert result.returncode != 0
    assert str(busy_port) in result.stderr
    assert "REDIS_PORT=" in result.stderr
    assert result.stdout == ""
    assert redis.processes() == []
