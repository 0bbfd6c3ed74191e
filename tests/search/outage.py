"""Ports where no Elasticsearch answers, for the outage tests.

The real client is pointed at 127.0.0.1: a closed port refuses the
connection; a silent port accepts it and never answers (a timeout).
"""

import socket
import threading
from contextlib import contextmanager


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def silent_port():
    """A port that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(32)
    server.settimeout(0.1)
    stop = threading.Event()
    held = []

    def accept():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


def configure_elasticsearch(settings, port):
    """Both backends, as cms/settings does with ELASTICSEARCH_URL, on `port`."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.Elasticsearch9Backend",
            "URLS": [f"http://127.0.0.1:{port}"],
            "INDEX_PREFIX": "test_outage_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"},
    }
