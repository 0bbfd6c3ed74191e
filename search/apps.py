from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "sitesearch"
    verbose_name = _("Search")

    def ready(self):
        from search import documents, types  # noqa: F401  (types registers the page types)

        documents.connect_signals()
