"""The public member list with its map, and the join request form."""

from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from cms.models import OrganisationKind, Region
from search.indexing import ANALYSED_FIELDS, Searchable


class MemberListPage(Searchable, Page):
    """The organisations that agreed to be listed, by region and type, with a
    map of NRW; one per language, child of the home page. Edited by
    communication staff; the list itself comes from the member organisations."""

    intro = models.TextField(_("intro"), blank=True, help_text=_("Lead text under the title."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member list")

    def get_context(self, request, *args, **kwargs):
        from pages import membership

        context = super().get_context(request, *args, **kwargs)
        context.update(membership.member_list_context(request, self.url))
        return context


class JoinPage(Searchable, RoutablePageMixin, Page):
    """The form organisations use to apply for membership; one per language,
    child of the home page. Edited by communication staff; the requests are
    reviewed by the coordination office under "Join requests" in the admin."""

    intro = models.TextField(_("intro"), blank=True, help_text=_("Lead text above the form."))
    success_text = models.TextField(
        _("text after sending"),
        help_text=_("Shown once the request has been sent, e.g. what happens next."),
    )
    privacy_note = models.TextField(
        _("privacy note"),
        blank=True,
        help_text=_("What happens with the data, in one or two sentences, above the consent."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The consent checkbox links to this page."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("success_text"),
        MultiFieldPanel(
            [FieldPanel("privacy_note"), FieldPanel("privacy_page")], heading=_("Privacy")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    # Posts per address and hour, valid or not (django-ratelimit syntax).
    rate_limit = "10/h"
    success_template = "pages/join_page_success.html"

    class Meta:
        verbose_name = _("join page")

    @path("")
    def join_form(self, request):
        from pages import membership
        from pages.forms import JoinForm

        if request.method == "POST":
            if membership.is_rate_limited(request, self.rate_limit):
                # Nothing is stored; the entries are shown again, unchecked,
                # so the person can send them later.
                context = self.get_context(request)
                context["rate_limited"] = True
                context["form"] = JoinForm(
                    initial=membership.entries_to_keep(request.POST),
                    privacy_url=self.privacy_url,
                )
                return TemplateResponse(request, self.get_template(request), context, status=429)
            form = JoinForm(request.POST, privacy_url=self.privacy_url)
            if form.is_valid():
                membership.submit(form, self.locale.language_code)
                return HttpResponseRedirect(self.url + self.reverse_subpage(self.success_route))
        else:
            form = JoinForm(privacy_url=self.privacy_url)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)

    # One success address per language; the form redirects to its own.
    @path("danke/", name="success_de")
    @path("thanks/", name="success")
    def success(self, request):
        return TemplateResponse(request, self.success_template, self.get_context(request))

    @property
    def privacy_url(self):
        page = self.privacy_page
        if page is None or not page.live:
            return None
        return page.localized.url

    @property
    def success_route(self):
        return "success_de" if self.locale.language_code == "de" else "success"


class JoinRequestStatus(models.TextChoices):
    NEW = "new", _("new")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")


class JoinRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=JoinRequestStatus.NEW)

    def with_name(self, name):
        return self.filter(organisation_name__iexact=name.strip())


class JoinRequest(models.Model):
    """An organisation's application for membership, sent with the join form
    and reviewed by the coordination office; approval creates the
    organisation (pages.membership.approve)."""

    organisation_name = models.CharField(_("name of the organisation"), max_length=200)
    kind = models.CharField(_("type"), max_length=30, choices=OrganisationKind.choices)
    region = models.CharField(_("administrative region"), max_length=20, choices=Region.choices)
    city = models.CharField(_("town"), max_length=100)
    website = models.URLField(_("website"), blank=True)
    street = models.CharField(_("street and number"), max_length=200)
    postal_code = models.CharField(_("postcode"), max_length=10)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    role = models.CharField(_("role or function"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    listed_publicly = models.BooleanField(_("may be listed publicly"), default=False)
    privacy_consent = models.BooleanField(_("agreed to the privacy statement"), default=False)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="de"
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.NEW,
    )
    rejection_reason = models.TextField(_("reason for the rejection"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    organisation = models.ForeignKey(
        "cms.Organisation",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
    )

    objects = JoinRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-created_at", "-pk"]
        permissions = [("review_joinrequest", "Can review join requests")]

    def __str__(self):
        return self.organisation_name

    @property
    def contact_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_open(self):
        return self.status == JoinRequestStatus.NEW
