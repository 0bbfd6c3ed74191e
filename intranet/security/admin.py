"""Wagtail admin registrations of intranet.security."""
