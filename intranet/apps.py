from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def count_people():
    from intranet.network.directory import listed_people

    return listed_people().count()


class IntranetConfig(AppConfig):
    name = "intranet"
    verbose_name = _("Intranet")

    def ready(self):
        from cms import figures
        from intranet.accounts import receivers  # noqa: F401 (connects the receivers)

        # A number only: who the people are stays inside the members' area.
        figures.register("people", _("people in the network"), count_people, order=20)
