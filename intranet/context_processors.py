from django.conf import settings
from django.utils.translation import get_language

from intranet.models import IntranetHomePage


def intranet(request):
    """The intranet link for the header, for users who may open it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if not (user.is_superuser or user.groups.filter(name=settings.MEMBERS_GROUP_NAME).exists()):
        return {}
    home = IntranetHomePage.objects.live().filter(locale__language_code=get_language()).first()
    return {"intranet_home": home}
