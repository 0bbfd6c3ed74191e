"""Signals the public site sends for other apps to act on."""

from django.dispatch import Signal

# Sent inside the approval's transaction, with join_request, organisation and
# reviewer; a receiver that raises rolls the approval back.
join_request_approved = Signal()
