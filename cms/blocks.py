"""StreamField blocks that public pages and intranet pages share."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    person = blocks.CharBlock(label=_("Person"), required=False, help_text=_("Who said it."))
    role = blocks.CharBlock(
        label=_("Role"), required=False, help_text=_("Position and organisation of the person.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")


class BodyBlock(blocks.StreamBlock):
    """The body of articles and content pages: text, headings and quotes."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/paragraph.html"
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
