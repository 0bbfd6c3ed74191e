"""The form members edit their own profile with."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from intranet.access import is_coordinator
from intranet.models import MemberRole, Profile
from intranet.network import photos
from pages.models import TargetGroup, Topic


class LocalizedChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple


class ProfileForm(forms.ModelForm):
    """Name, role, expertise, contact details, photo and who sees what.

    The organisation is not in the form: the coordination office assigns it.
    Target groups and topics are offered in the current language; the
    profile stores their versions in the default language where those exist,
    so filters and search find a profile whatever language it was edited in.
    """

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    target_groups = LocalizedChoiceField(
        label=_("Target groups"),
        queryset=TargetGroup.objects.none(),
        required=False,
        help_text=_("The groups of employees you work with or for."),
    )
    topics = LocalizedChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        required=False,
        help_text=_("What you know about or have experience with."),
    )
    photo = forms.FileField(
        label=_("New photo"),
        required=False,
        help_text=_(
            "JPEG, PNG or WebP, at most 5 MB. It is reduced to 800 pixels and its "
            "metadata (camera, place, time) is removed."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": photos.ACCEPT}),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)

    # The order of the page, which the error summary follows.
    field_order = [
        "first_name",
        "last_name",
        "job_title",
        "role",
        "target_groups",
        "topics",
        "expertise",
        "phone",
        "photo",
        "remove_photo",
        "email_visibility",
        "phone_visibility",
        "photo_visibility",
    ]

    class Meta:
        model = Profile
        fields = [
            "role",
            "job_title",
            "target_groups",
            "topics",
            "expertise",
            "phone",
            "email_visibility",
            "phone_visibility",
            "photo_visibility",
        ]
        labels = {
            "role": _("Role in the network"),
            "job_title": _("Position"),
            "expertise": _("Experience and expertise"),
            "phone": _("Phone"),
            "email_visibility": _("Who sees my e-mail address"),
            "phone_visibility": _("Who sees my phone number"),
            "photo_visibility": _("Who sees my photo"),
        }
        help_texts = {
            "expertise": _(
                "What colleagues can ask you about, e.g. “We trained our front-desk staff "
                "in de-escalation”."
            ),
            "phone": _("A work number, e.g. +49 211 123456."),
        }
        widgets = {
            "expertise": forms.Textarea(attrs={"rows": 6}),
            "job_title": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "email_visibility": forms.RadioSelect,
            "phone_visibility": forms.RadioSelect,
            "photo_visibility": forms.RadioSelect,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        locale = Locale.get_active()
        for name, model in (("target_groups", TargetGroup), ("topics", Topic)):
            field = self.fields[name]
            field.queryset = model.objects.filter(locale=locale)
            if self.instance.pk:
                keys = self.instance_keys(name)
                self.initial[name] = list(field.queryset.filter(translation_key__in=keys))
        # The coordination office's role is given by the office, not taken.
        role = self.fields["role"]
        if not is_coordinator(user) and self.instance.role != MemberRole.COORDINATION:
            role.choices = [c for c in role.choices if c[0] != MemberRole.COORDINATION]
        if not self.instance.photo:
            del self.fields["remove_photo"]

    def instance_keys(self, name):
        return [item.translation_key for item in getattr(self.instance, name).all()]

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return photos.prepare_photo(upload)

    def save(self, commit=True):
        profile = super().save(commit=False)
        self.user.first_name = self.cleaned_data["first_name"]
        self.user.last_name = self.cleaned_data["last_name"]
        self.user.save(update_fields=["first_name", "last_name"])
        old_photo = profile.photo.name if profile.photo else ""
        new_photo = self.cleaned_data.get("photo")
        if new_photo:
            profile.photo.save(new_photo.name, new_photo, save=False)
        elif self.cleaned_data.get("remove_photo"):
            profile.photo = None
        profile.save()
        for name, model in (("target_groups", TargetGroup), ("topics", Topic)):
            getattr(profile, name).set(in_default_language(model, self.cleaned_data[name]))
        if old_photo and old_photo != (profile.photo.name if profile.photo else ""):
            profile.photo.storage.delete(old_photo)
        return profile


def in_default_language(model, snippets):
    """The default-language versions of `snippets`, where they exist."""
    keys = [item.translation_key for item in snippets]
    default = {
        item.translation_key: item
        for item in model.objects.filter(translation_key__in=keys, locale=Locale.get_default())
    }
    return [default.get(item.translation_key, item) for item in snippets]
