"""Models that the public site and the intranet share."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from search.indexing import ANALYSED_FIELDS, Searchable


class EmailUserManager(UserManager):
    """Creates users identified by e-mail address; there is no user name."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """An account of a member, an editor or an administrator; logs in by e-mail."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    deleted_at = models.DateTimeField(
        _("deleted"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the member had their personal data removed (GDPR)."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email


# --- Member organisations -------------------------------------------------


class Region(models.TextChoices):
    """NRW's five administrative regions (Regierungsbezirke)."""

    DUESSELDORF = "duesseldorf", _("Düsseldorf")
    KOELN = "koeln", _("Cologne")
    MUENSTER = "muenster", _("Münster")
    DETMOLD = "detmold", _("Detmold")
    ARNSBERG = "arnsberg", _("Arnsberg")


class OrganisationKind(models.TextChoices):
    CITY = "city", _("City or municipality")
    DISTRICT = "district", _("District")
    JOB_CENTRE = "job_centre", _("Job centre")
    POLICE = "police", _("Police")
    STATE_AUTHORITY = "state_authority", _("State authority")
    ASSOCIATION = "association", _("Association or union")
    OTHER = "other", _("Other organisation")


class OrganisationQuerySet(models.QuerySet):
    def listed(self):
        """Members that agreed to appear in the public list."""
        return self.filter(is_active=True, listed_publicly=True)


class Organisation(Searchable, index.Indexed, models.Model):
    """A member organisation of the network; the public list shows those that
    agreed, the intranet shows all. Created by the coordination office, or
    from an approved join request."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=30, choices=OrganisationKind.choices)
    region = models.CharField(
        _("administrative region"),
        max_length=20,
        choices=Region.choices,
        help_text=_("The Regierungsbezirk the organisation belongs to."),
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    joined_on = models.DateField(_("member since"), null=True, blank=True)
    logo = models.ForeignKey(
        "cms.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listed_publicly = models.BooleanField(
        _("listed publicly"),
        default=False,
        help_text=_("The organisation agreed to appear in the public member list."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Former members stay on record but inactive.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = OrganisationQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.FilterField("is_active"),
        index.FilterField("listed_publicly"),
        index.FilterField("region"),
        *ANALYSED_FIELDS,
    ]

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


# --- Images ---------------------------------------------------------------
# docs.wagtail.org: advanced_topics/images/custom_image_model


class CustomImage(AbstractImage):
    """Wagtail's image with the accessibility text and credit every use needs."""

    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describes the image for people who cannot see it. Required unless the image "
            "is purely decorative."
        ),
    )
    # Not "decorative": Wagtail's AbstractImage.__init__ sets an attribute of
    # that name to False on every instance (for its own ImageBlock), which
    # would hide the stored value.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Purely decorative images get an empty alternative text."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=250,
        blank=True,
        help_text=_('Photographer or source, e.g. "Foto: Stadt Musterstadt".'),
    )

    admin_form_fields = (
        *WagtailImage.admin_form_fields,
        "alt_text",
        "is_decorative",
        "credit",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        return "" if self.is_decorative else (self.alt_text or "")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


# --- Navigation and footer (SiteSettings) ---------------------------------
# One SiteSettings per language rather than Wagtail's BaseSiteSetting: the
# single site serves German and English, and the footer's labels and pages
# differ per language. Editors find it under Settings; the German and
# English versions are edited separately (or translated with
# wagtail-localize, which maps the chosen pages to their translations).


class SiteSettings(TranslatableMixin, ClusterableModel):
    """Footer links and contact details of one language; edited by
    communication staff under Settings → Footer and contact."""

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("easy language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The information in Leichte Sprache."),
    )
    sign_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sign language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The information in German Sign Language (DGS)."),
    )
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)

    panels = [
        InlinePanel("service_links", heading=_("Service links"), label=_("Service link")),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_language_page"),
                FieldPanel("sign_language_page"),
            ],
            heading=_("Legal and accessibility pages"),
            help_text=_("A link is shown only while its page is published."),
        ),
        FieldPanel("contact_email"),
        InlinePanel(
            "social_links", heading=_("Social media profiles"), label=_("Social media profile")
        ),
    ]

    # The footer names these in this order, under these labels.
    LEGAL_PAGES = [
        ("imprint_page", _("Imprint")),
        ("privacy_page", _("Privacy policy")),
        ("accessibility_page", _("Accessibility statement")),
        ("easy_language_page", _("Easy language")),
        ("sign_language_page", _("Sign language")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer and contact")
        verbose_name_plural = _("footer and contact")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="cms_sitesettings_one_per_language")
        ]

    def __str__(self):
        return gettext("Footer and contact (%(language)s)") % {
            "language": self.locale.get_display_name() if self.locale_id else "–"
        }

    def clean(self):
        super().clean()
        if (
            self.locale_id
            and SiteSettings.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk).exists()
        ):
            raise ValidationError(
                _("This language has its footer settings already; edit those instead.")
            )


class FooterServiceLink(TranslatableMixin, Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="service_links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Leave empty to use the page title.")
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("service link")
        verbose_name_plural = _("service links")


class SocialProfileLink(TranslatableMixin, Orderable):
    """A plain text link to a profile; no logos or embedded widgets, which
    would load external resources."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    label = models.CharField(_("label"), max_length=80, help_text=_('E.g. "Mastodon".'))
    url = models.URLField(_("address"), max_length=300)

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("social media profile")
        verbose_name_plural = _("social media profiles")
