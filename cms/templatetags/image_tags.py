"""Responsive images in templates; the logic is in cms/images.py."""

from django import template

from cms import images

register = template.Library()


@register.inclusion_tag("components/picture.html")
def responsive_image(
    image, sizes_spec, sizes=images.DEFAULT_SIZES, alt="", loading="lazy", css_class=""
):
    """A <picture> of `image` in the sizes of `sizes_spec` ("width-400|width-800").

    `alt` overrides the image's own alternative text for this use; pass
    loading="eager" for an image at the top of the page. Renders nothing
    without an image.
    """
    if not image:
        return {"picture": None}
    return {
        "picture": images.picture(image, sizes_spec, sizes=sizes, alt=alt, loading=loading),
        "css_class": css_class,
    }


@register.simple_tag
def image_credit(image, override=""):
    """The credit line of `image` ("Foto: ..."), or of `override` when given."""
    return images.credit_line(override or (image.credit if image else ""))
