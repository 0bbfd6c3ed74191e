"""Wagtail admin registrations of intranet.accounts."""
