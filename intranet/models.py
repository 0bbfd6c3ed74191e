"""Intranet page types; the intranet home carries the members-only restriction."""

import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock
from search.indexing import ANALYSED_FIELDS, Searchable


class IntranetHomePage(Searchable, Page):
    """Entry page of the members' area, child of the home page.

    The seed restricts it to the group "Mitglieder"; Wagtail applies a view
    restriction to the whole subtree below it.
    """

    intro = models.TextField(_("intro"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["intranet.IntranetPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("intranet home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = IntranetPage.objects.live().child_of(self).select_related("locale")
        from intranet.network.dashboard import dashboard_context

        context.update(dashboard_context(request))
        return context


class IntranetPage(Searchable, Page):
    """A members-only content page below the intranet home."""

    teaser = models.TextField(_("teaser"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("teaser"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        *ANALYSED_FIELDS,
    ]
    parent_page_types = ["intranet.IntranetHomePage", "intranet.IntranetPage"]

    class Meta:
        verbose_name = _("intranet page")


# --- Member network ---------------------------------------------------------


class MemberRole(models.TextChoices):
    """What a person does for the network in their organisation."""

    CONTACT_PERSON = "contact_person", _("Contact person")
    MULTIPLIER = "multiplier", _("Multiplier")
    PREVENTION_OFFICER = "prevention_officer", _("Prevention officer")
    MANAGEMENT = "management", _("Management")
    COORDINATION = "coordination", _("Coordination office")
    OTHER = "other", _("Other role")


class Visibility(models.TextChoices):
    """Who may see one field of a profile; the person themself always may."""

    MEMBERS = "members", _("All members of the network")
    ORGANISATION = "organisation", _("Members of my organisation")
    PRIVATE = "private", _("Only me and the coordination office")


def private_storage():
    """Files that only permission-checked views serve: never below MEDIA_ROOT,
    so no web server configuration can publish them by accident."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def photo_upload_to(profile, filename):
    extension = Path(filename).suffix.lower()
    return f"member-photos/{secrets.token_hex(16)}{extension}"


class Profile(Searchable, index.Indexed, models.Model):
    """A person in the member network: one per member account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    role = models.CharField(
        _("role in the network"),
        max_length=30,
        choices=MemberRole.choices,
        default=MemberRole.CONTACT_PERSON,
    )
    job_title = models.CharField(
        _("position"),
        max_length=150,
        blank=True,
        help_text=_("For example “Head of the citizens' office”."),
    )
    target_groups = models.ManyToManyField(
        "pages.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    topics = models.ManyToManyField(
        "pages.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    expertise = models.TextField(
        _("experience and expertise"),
        max_length=2000,
        blank=True,
        help_text=_("What colleagues can ask you about."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_visibility = models.CharField(
        _("who sees my phone number"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    email_visibility = models.CharField(
        _("who sees my e-mail address"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    photo = models.ImageField(
        _("photo"), storage=private_storage, upload_to=photo_upload_to, blank=True
    )
    photo_visibility = models.CharField(
        _("who sees my photo"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [
        index.SearchField("job_title"),
        index.SearchField("expertise"),
        index.AutocompleteField("job_title"),
        index.RelatedFields(
            "user", [index.SearchField("first_name"), index.SearchField("last_name")]
        ),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("role"),
        index.FilterField("organisation_id"),
        index.FilterField("user_id"),
        index.FilterField("id"),
        *ANALYSED_FIELDS,
    ]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return str(self.user)

    def search_title_text(self):
        return self.user.get_full_name() or str(self.user)


class Invitation(models.Model):
    """An invitation to the intranet: a single-use link that expires.

    Only a hash of the token is stored; the link in the e-mail is the one
    copy of the secret.
    """

    email = models.EmailField(_("e-mail address"))
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
    )
    role = models.CharField(
        _("role in the network"),
        max_length=30,
        choices=MemberRole.choices,
        default=MemberRole.CONTACT_PERSON,
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="de"
    )
    join_request = models.ForeignKey(
        "pages.JoinRequest",
        verbose_name=_("join request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
