"""Account security: login with lockout, two-factor authentication, sessions,
password policy."""
