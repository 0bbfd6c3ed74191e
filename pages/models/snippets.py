"""Snippets of the public site: target groups, topics, press contacts, tags."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TargetGroup(TranslatableMixin, index.Indexed, models.Model):
    """One of the network's five target groups; guidance pages are filed under them.
    Edited by communication staff, translated with wagtail-localize."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Who belongs to this group, in one sentence.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A topic of guidance (de-escalation, building security …); a snippet."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class PressContact(TranslatableMixin, models.Model):
    """The person journalists contact about a press release; a snippet."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PressReleaseTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.PressReleasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )
