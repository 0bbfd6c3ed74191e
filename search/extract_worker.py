"""Child process that reads the text of one document file.

    python -m search.extract_worker EXTENSION MAX_CHARS MAX_PAGES < file

Reads the file's bytes from stdin and writes one JSON object to stdout:
{"status": ..., "text": ..., "error": ...}. `search.documents` starts it
and kills it at the time limit; it imports no Django, so it starts quickly.
"""

import json
import logging
import sys

from search.extract import extract

# Against files that make a parser allocate without end; the parent's time
# limit stops the slow ones.
MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024


def limit_memory():
    try:
        import resource
    except ImportError:  # not on POSIX: only the time limit applies
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(hard, MEMORY_LIMIT_BYTES)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv):
    extension, max_chars, max_pages = argv[0], int(argv[1]), int(argv[2])
    limit_memory()
    # pypdf logs every repaired oddity of a file as a warning.
    logging.basicConfig(level=logging.ERROR)
    data = sys.stdin.buffer.read()
    result = extract(data, extension, max_chars=max_chars, max_pages=max_pages)
    json.dump(result._asdict(), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
