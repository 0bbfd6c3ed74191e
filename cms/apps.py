from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def count_listed_organisations():
    from cms.models import Organisation

    return Organisation.objects.filter(is_active=True).count()


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site foundation")

    def ready(self):
        from cms import figures

        figures.register(
            "organisations", _("member organisations"), count_listed_organisations, order=10
        )
