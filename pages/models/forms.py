"""Pages with a form: the contact page and the accessibility statement.

Decision: both build on wagtail.contrib.forms (AbstractEmailForm), but with a
fixed Django form instead of editor-defined fields. The fixed fields keep the
consent, the spam protection and the accessible error texts under our
control; Wagtail still lists and exports the submissions in the admin
("Forms") and e-mails them to the page's `to_address`.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, FormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import RICH_TEXT_FEATURES, BodyBlock
from pages.contact_forms import BarrierReportForm, ContactForm
from search.indexing import ANALYSED_FIELDS, Searchable

logger = logging.getLogger(__name__)

# The query parameter of the thank-you state after a successful submission
# (Post/Redirect/Get: reloading it sends nothing again).
SENT_PARAMETER = "sent"


class NetworkFormPage(AbstractEmailForm):
    """Shared behaviour of the pages with a fixed form.

    Usage: subclass, set `form_class`, `email_template` and `retention_days`.
    """

    intro = RichTextField(
        _("intro"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown above the form."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after the form was sent."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked next to the consent checkbox."),
    )

    email_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("to_address"), FieldPanel("from_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the network"),
        )
    ]
    # The e-mail settings are the same in every language; translators only
    # see the texts.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("subject"),
    ]

    form_class = None
    email_template = None
    # How long submissions are kept; `manage.py delete_old_form_submissions`
    # deletes older ones, as the privacy statement promises.
    retention_days = 180
    # Every POST counts, per IP address and page type. Generous, because a
    # whole city administration may share one address.
    rate_limit = "20/h"

    class Meta:
        abstract = True

    # --- the form ---------------------------------------------------------

    def get_form_class(self):
        return self.form_class

    def get_data_fields(self):
        """Columns of the submissions list and export in the admin."""
        form = self.form_class(page=self)
        return [("submit_time", _("Submission date"))] + [
            (field.name, self.short_label(field)) for field in form.visible_fields_in_order
        ]

    def get_initial(self, request):
        return {}

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_post(request)
        if request.GET.get(SENT_PARAMETER):
            return self.render_landing_page(request)
        form = self.get_form(page=self, user=request.user, initial=self.get_initial(request))
        return self.render_form(request, form)

    def serve_post(self, request):
        if is_ratelimited(
            request,
            group=f"pages.{self._meta.model_name}",
            key="ip",
            rate=self.rate_limit,
            method="POST",
            increment=True,
        ):
            # The entries are shown again (not validated), so nothing typed
            # is lost while the person waits.
            form = self.get_form(page=self, user=request.user, initial=request.POST.dict())
            return self.render_form(request, form, rate_limited=True, status=429)
        form = self.get_form(request.POST, page=self, user=request.user)
        if form.is_valid():
            try:
                self.process_form_submission(form)
            except (smtplib.SMTPException, OSError):
                logger.exception("Could not send the e-mail of %s", self)
                form.add_error(
                    None,
                    _(
                        "Your entries could not be sent because of a technical problem. "
                        "Please try again later."
                    ),
                )
            else:
                return redirect(f"{self.get_url(request)}?{SENT_PARAMETER}=1")
        return self.render_form(request, form)

    def render_form(self, request, form, rate_limited=False, status=200):
        context = self.get_context(request)
        context["form"] = form
        context["rate_limited"] = rate_limited
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        context = self.get_context(request)
        return TemplateResponse(request, self.get_landing_page_template(request), context)

    # --- storing and sending ---------------------------------------------

    def process_form_submission(self, form):
        """Store the submission and e-mail it; if the e-mail fails, nothing
        stays stored and the person can send the form again."""
        with transaction.atomic():
            submission = FormSubmission.objects.create(form_data=form.submission_data(), page=self)
            if self.to_address:
                self.send_mail(form)
        return submission

    def send_mail(self, form):
        data = form.submission_data()
        # The coordination office works in German, whatever the language of
        # the page; the page's language is in the text.
        with translation.override(settings.LANGUAGE_CODE):
            subject = self.subject or str(self.default_subject)
            body = render_to_string(
                self.email_template,
                {
                    "page": self,
                    "data": data,
                    "fields": [
                        (self.short_label(field), data.get(field.name))
                        for field in self.form_class(page=self).visible_fields_in_order
                    ],
                    "language": self.locale.get_display_name(),
                    "sent_at": timezone.localtime(),
                },
            )
        if data.get("subject"):
            # A line break in a header would make Django refuse the e-mail.
            subject = f"{subject}: {' '.join(data['subject'].split())}"
        message = EmailMessage(
            subject=subject,
            body=body,
            from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
            to=[address.strip() for address in self.to_address.split(",")],
            reply_to=[data["email"]] if data.get("email") else None,
        )
        message.send()

    def short_label(self, field):
        """The label in the admin's list and in the e-mail: the consent
        checkbox's label is a whole sentence."""
        if field.name == "privacy_consent":
            return _("Consent to the processing")
        return field.label

    def delete_old_submissions(self, now=None):
        """Delete the submissions older than `retention_days`; returns the count."""
        cutoff = (now or timezone.now()) - datetime.timedelta(days=self.retention_days)
        deleted, _details = FormSubmission.objects.filter(
            page=self, submit_time__lt=cutoff
        ).delete()
        return deleted


class ContactPage(Searchable, NetworkFormPage):
    """The contact form of the network ("Kontakt"); child of the home page.
    Messages go to the coordination office by e-mail and are listed under
    "Forms" in the admin."""

    content_panels = [
        *NetworkFormPage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("privacy_page"),
        FieldPanel("thank_you_text"),
        *NetworkFormPage.email_panels,
    ]
    search_fields = [*NetworkFormPage.search_fields, index.SearchField("intro"), *ANALYSED_FIELDS]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    form_class = ContactForm
    email_template = "email/contact_message.txt"
    default_subject = _("Contact form")
    retention_days = 180

    class Meta:
        verbose_name = _("contact page")


class AccessibilityStatementPage(Searchable, NetworkFormPage):
    """The accessibility statement ("Erklärung zur Barrierefreiheit", § 10b
    BGG NRW) with its feedback form for reporting barriers; child of the home
    page, edited by communication staff."""

    class ComplianceStatus(models.TextChoices):
        FULL = "full", _("This website is fully compliant with the requirements.")
        PARTIAL = "partial", _("This website is partially compliant with the requirements.")
        NONE = "none", _("This website is not compliant with the requirements.")

    compliance_status = models.CharField(
        _("status of compliance"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    statement_date = models.DateField(
        _("date of the statement"), help_text=_("When the statement was prepared or last checked.")
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("statement"),
        blank=True,
        help_text=_("Content that is not accessible, the reasons and the alternatives."),
    )
    enforcement = RichTextField(
        _("enforcement procedure"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Where people can turn when the feedback did not help (Ombudsverfahren)."),
    )

    content_panels = [
        *NetworkFormPage.content_panels,
        FormSubmissionsPanel(),
        FieldRowPanel([FieldPanel("compliance_status"), FieldPanel("statement_date")]),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("intro"), FieldPanel("privacy_page"), FieldPanel("thank_you_text")],
            heading=_("Feedback form"),
        ),
        FieldPanel("enforcement"),
        *NetworkFormPage.email_panels,
    ]
    search_fields = [
        *NetworkFormPage.search_fields,
        index.SearchField("body"),
        index.SearchField("enforcement"),
        *ANALYSED_FIELDS,
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    form_class = BarrierReportForm
    email_template = "email/contact_barrier_report.txt"
    default_subject = _("Barrier report")
    # Reports document how the site improves; kept a year for the review of
    # the statement.
    retention_days = 365

    class Meta:
        verbose_name = _("accessibility statement")

    def get_initial(self, request):
        # Other pages may link here with ?url=<their address>.
        return {"page_url": request.GET.get("url", "")[:500]}
