"""Wagtail admin registrations of intranet.network."""
