"""Admin forms the apps share."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class CustomImageForm(BaseImageForm):
    """The image add/edit form of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE).

    Every image needs an alternative text unless an editor marks it as
    decorative. The multiple upload runs this form too: an image without the
    text stays a pending upload until the editor completes its form.
    """

    def clean(self):
        cleaned_data = super().clean()
        # Forms limited to a few fields (partial updates) skip the rule.
        if "alt_text" not in self.fields or "is_decorative" not in self.fields:
            return cleaned_data
        alt_text = (cleaned_data.get("alt_text") or "").strip()
        if not alt_text and not cleaned_data.get("is_decorative"):
            self.add_error(
                "alt_text",
                _(
                    "Describe the image for people who cannot see it, or mark it as "
                    "decorative if it adds no information."
                ),
            )
        cleaned_data["alt_text"] = alt_text
        return cleaned_data
