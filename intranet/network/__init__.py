"""The member network: directory of people and organisations, profiles, the intranet dashboard."""
