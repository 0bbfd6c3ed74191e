"""Context of the intranet home page (dashboard)."""


def dashboard_context(request):
    return {}
