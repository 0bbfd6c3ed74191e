from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pages import sitemaps
from search import views as search_views
from search.autocomplete import autocomplete_api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # One sitemap and robots.txt for both languages, at the root.
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# German (the default language) has no prefix; English lives under /en/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/autocomplete/", autocomplete_api, name="search_autocomplete"),
    # Account pages live outside the members' area: login, 2FA, invitations.
    path("accounts/", include("intranet.security.urls")),
    path("accounts/", include("intranet.accounts.urls")),
    path("accounts/data/", include("intranet.gdpr.urls")),
    # The member network below the intranet home ("mitgliederbereich/").
    path(_("members-area/"), include("intranet.network.urls")),
    # Wagtail's own front-end login knows nothing of 2FA: one login only.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="login", query_string=True),
        name="wagtail_login_redirect",
    ),
    # Wagtail's page serving comes last: it answers every other path.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
