"""Accounts: invitations, password reset and change, e-mail change, the account overview."""
