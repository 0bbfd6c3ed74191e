"""RSS 2.0 and Atom feeds of a newsroom, served by its routes rss/ and atom/.

docs.djangoproject.com: ref/contrib/syndication. Each newsroom's feed lists
its own language's live, public releases; Django adds the request's host to
relative links. The feed's language is the active one, which the URL's
language prefix sets, as for the newsroom page itself.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

FEED_LENGTH = 20


class NewsroomRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, newsroom):
        return newsroom

    def title(self, newsroom):
        return f"{newsroom.title} – #sicherimDienst"

    def link(self, newsroom):
        return newsroom.get_url(self.request)

    def feed_url(self, newsroom):
        name = "atom_feed" if self.feed_type is Atom1Feed else "rss_feed"
        return newsroom.subpage_url(self.request, name)

    def description(self, newsroom):
        return newsroom.intro or _("Press releases of #sicherimDienst")

    def subtitle(self, newsroom):
        return self.description(newsroom)

    def items(self, newsroom):
        return newsroom.releases().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, release):
        return release.title

    def item_description(self, release):
        return release.teaser

    def item_link(self, release):
        return release.get_url(self.request)

    def item_pubdate(self, release):
        """The press date; the exact publishing time when it was that day."""
        published = release.first_published_at
        if published and timezone.localtime(published).date() == release.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(release.date, datetime.time()))

    def item_updateddate(self, release):
        return release.last_published_at

    def item_categories(self, release):
        return [tag.name for tag in release.tags.all()]


class NewsroomAtomFeed(NewsroomRssFeed):
    feed_type = Atom1Feed
