"""Publish and unpublish scheduled pages at a fixed interval, and run the
daily housekeeping commands (settings.DAILY_COMMANDS) once a day.

`make run` starts this beside the web server and the task worker, so an
embargoed press release goes live while the development site runs. In
production cron lines do the same jobs (see the README).
"""

import logging
import signal
import threading
import time
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)

DAY = 24 * 60 * 60


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled every SCHEDULER_INTERVAL_SECONDS until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=int,
            default=None,
            help="Seconds between runs (default: SCHEDULER_INTERVAL_SECONDS, 60).",
        )
        parser.add_argument("--once", action="store_true", help="Run once and exit.")

    def handle(self, *args, interval=None, once=False, **options):
        interval = interval or settings.SCHEDULER_INTERVAL_SECONDS
        stop = threading.Event()
        if not once:
            for signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, lambda *_: stop.set())
            self.stdout.write(f"Scheduler: publish_scheduled every {interval} s")
        last_daily_run = None
        while True:
            commands = ["publish_scheduled"]
            if last_daily_run is None or time.monotonic() - last_daily_run >= DAY:
                commands += settings.DAILY_COMMANDS
                last_daily_run = time.monotonic()
            for name in commands:
                try:
                    call_command(name, verbosity=0, stdout=StringIO())
                except Exception:
                    if once:
                        raise
                    # A locked database or a broken page must not end the loop.
                    logger.exception("%s failed; next try in %s s", name, interval)
            if once or stop.wait(interval):
                break
        if not once:
            self.stdout.write("Scheduler stopped.")
