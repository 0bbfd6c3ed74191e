"""The upload form of the import view in the Wagtail admin."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.importer.reading import SUPPORTED_EXTENSIONS

MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else single(data, initial)


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Press release files"),
        help_text=_(
            "One or more .txt or .docx files, up to %(count)d at a time. "
            "Each becomes a draft in the newsroom; page noise such as menus "
            "and cookie notices is left out."
        )
        % {"count": MAX_FILES},
        widget=MultipleFileInput(attrs={"accept": ",".join(SUPPORTED_EXTENSIONS)}),
    )
    publish = forms.BooleanField(
        label=_("Publish at once"),
        required=False,
        help_text=_("Without this, the releases are saved as drafts for review."),
    )

    def __init__(self, *args, can_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                _("Please upload at most %(count)d files at a time.") % {"count": MAX_FILES}
            )
        return files
