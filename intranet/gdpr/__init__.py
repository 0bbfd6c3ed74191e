"""GDPR self-service: a member downloads their data or has it removed."""
