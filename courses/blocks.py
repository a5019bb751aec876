"""The blocks a trainer writes lessons with.

Each block names its template under templates/blocks/. They are deliberately few and named in the trainer's
words: a new councillor's lesson is text, a key point, a real case from a municipality, a question to reflect
on, a checklist, and now and then a picture, a video or a document.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it. Leave empty if it is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, help_text=_("Defaults to the document title."))
    description = blocks.CharBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document to download")
        template = "blocks/document.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube, Vimeo or similar address."))
    title = blocks.CharBlock(label=_("Title"))
    transcript = blocks.RichTextBlock(
        label=_("Transcript or text alternative"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Required by accessibility law: what the video says and shows, as text."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"


class KeyPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, default="")
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Key point")
        template = "blocks/key_point.html"


class MunicipalCaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    municipality = blocks.CharBlock(
        label=_("Municipality or setting"), required=False, help_text=_("For example 'Muhos' or 'A mid-sized town'.")
    )
    situation = blocks.RichTextBlock(label=_("What happened"), features=RICH_TEXT_FEATURES)
    lesson = blocks.RichTextBlock(label=_("What we learn from it"), features=RICH_TEXT_FEATURES, required=False)
    source = blocks.CharBlock(label=_("Source"), required=False)

    class Meta:
        icon = "site"
        label = _("Case from a municipality")
        template = "blocks/municipal_case.html"


class ReflectionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=500)
    guidance = blocks.TextBlock(label=_("Guidance"), required=False, help_text=_("A hint on how to think about it."))

    class Meta:
        icon = "help"
        label = _("Reflection question")
        template = "blocks/reflection.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Checklist")
        template = "blocks/checklist.html"


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = ImageBlock()
    document = DocumentBlock()
    video = VideoBlock()
    key_point = KeyPointBlock()
    case = MunicipalCaseBlock()
    reflection = ReflectionBlock()
    checklist = ChecklistBlock()
    # Quizzes belong to the assessments app; a string reference keeps courses from importing it.
    quiz = SnippetChooserBlock("assessments.Quiz", label=_("Quiz"), icon="tasks", template="blocks/quiz.html")

    class Meta:
        template = "blocks/stream.html"


class IntroStreamBlock(blocks.StreamBlock):
    """The lighter set for course and module introductions."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = ImageBlock()
    key_point = KeyPointBlock()
    video = VideoBlock()
