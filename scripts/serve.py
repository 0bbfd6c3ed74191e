#!/usr/bin/env python3
"""Run the development site: web server, task worker and scheduler together.

`make run` ends with this. It stays in the foreground, never reads input,
and on Ctrl-C, SIGTERM or SIGHUP (to itself or its process group) stops
every process it started before it exits. If one of them dies, it stops the
others and exits non-zero, so a half-running site never goes unnoticed.

Usage: scripts/serve.py [--port PORT] [--host HOST]
"""

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
STOP_TIMEOUT = 10


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))
    parser.add_argument("--host", default="127.0.0.1")
    return parser.parse_args()


def port_is_free(host, port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def wait_until_listening(host, port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


class Supervisor:
    def __init__(self):
        self.processes = {}
        self.stopping = False

    def start(self, name, command):
        self.processes[name] = subprocess.Popen(command, cwd=BASE_DIR, stdin=subprocess.DEVNULL)

    def stop(self):
        """Ask every child to stop, then kill what has not stopped in time."""
        self.stopping = True
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + STOP_TIMEOUT
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def first_exited(self):
        for name, process in self.processes.items():
            if process.poll() is not None:
                return name, process.returncode
        return None


def main():
    args = parse_args()
    if not port_is_free(args.host, args.port):
        print(
            f"Port {args.port} on {args.host} is in use. Stop what uses it or choose "
            f"another port: make run PORT=8123",
            file=sys.stderr,
        )
        return 2

    python = sys.executable
    supervisor = Supervisor()

    def on_signal(signum, _frame):
        # A second signal while stopping must not cut the clean-up short.
        if not supervisor.stopping:
            raise KeyboardInterrupt

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)

    try:
        supervisor.start(
            "server",
            [python, "manage.py", "runserver", "--noreload", f"{args.host}:{args.port}"],
        )
        supervisor.start("worker", [python, "manage.py", "db_worker"])
        supervisor.start("scheduler", [python, "manage.py", "run_scheduler"])
        if wait_until_listening(args.host, args.port, supervisor.processes["server"]):
            print(
                f"\n  #sicherimDienst läuft auf http://{args.host}:{args.port}/ "
                f"(English: http://{args.host}:{args.port}/en/)\n"
                f"  Verwaltung: http://{args.host}:{args.port}/admin/ — Beenden mit Strg+C\n",
                flush=True,
            )
        while True:
            exited = supervisor.first_exited()
            if exited:
                name, code = exited
                print(f"The {name} process ended (exit code {code}); stopping.", file=sys.stderr)
                supervisor.stop()
                return 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("\nStopping server, worker and scheduler …", file=sys.stderr, flush=True)
        supervisor.stop()
        return 0


if __name__ == "__main__":
    sys.exit(main())
