"""StreamField blocks that public pages and intranet pages share."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

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


class ImageBlock(blocks.StructBlock):
    """An image with caption and credit; the alt text comes from the image
    unless the editor overrides it here for this context."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, help_text=_("Shown under the image.")
    )
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        help_text=_('Overrides the credit stored with the image, e.g. "Foto: Stadt Köln".'),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Overrides the image's alternative text for this use only."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External address"), required=False, help_text=_("Used when no page is chosen.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    text = blocks.TextBlock(label=_("Text"), required=False, help_text=_("One or two sentences."))
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")


class DownloadItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(
        label=_("Description"), required=False, help_text=_("What the document contains.")
    )


class DownloadsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    items = blocks.ListBlock(DownloadItemBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/downloads.html"
        label = _("Downloads")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Question or title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer or text"))


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open on click (HTML details, works without JS)."""

    heading = blocks.CharBlock(label=_("Heading"), required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Entries"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        label = _("Accordion / FAQ")


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")


class EmbedVideoBlock(blocks.StructBlock):
    """A video on an external platform. Nothing loads from the platform until
    the visitor clicks, because that would send their data there."""

    url = blocks.URLBlock(
        label=_("Video address"), help_text=_("Address of the video, e.g. on YouTube or Vimeo.")
    )
    title = blocks.CharBlock(label=_("Title"), help_text=_("Names the video for screen readers."))
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Transcript"),
        required=False,
        help_text=_("Text version of what is said and shown."),
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_video.html"
        label = _("Video (external, loads on click)")


class VideoBlock(blocks.StructBlock):
    """A video served from this site, with captions and a transcript."""

    title = blocks.CharBlock(label=_("Title"))
    video = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("MP4 or WebM file.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"), required=False, help_text=_("WebVTT file (.vtt) with captions.")
    )
    poster = ImageChooserBlock(label=_("Preview image"), required=False)
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Transcript"),
        help_text=_("Text version of everything said and shown in the video."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video (self-hosted, with captions)")


class ArticleBodyBlock(blocks.StreamBlock):
    """The body of press releases: text, headings, quotes and images."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/paragraph.html"
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    downloads = DownloadsBlock()


class BodyBlock(ArticleBodyBlock):
    """The body of content pages: everything of an article plus the page blocks."""

    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    embed_video = EmbedVideoBlock()
    video = VideoBlock()
