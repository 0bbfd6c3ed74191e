"""Which search backend answers, and what happens when it cannot.

Placeholder: the Elasticsearch fallback (issue 6, point 6) replaces
`run_with_fallback` with one that answers from the database backend when the
search server is unreachable.
"""

from wagtail.search.backends import get_search_backend


def run_with_fallback(search):
    """`search(backend)` on the configured backend; returns (result, degraded)."""
    return search(get_search_backend()), False
