"""Image uploads in the admin: an image too large to decode is refused with a message, not a 500.

Wagtail refuses images above WAGTAILIMAGES_MAX_IMAGE_PIXELS, but to count the pixels it asks Pillow, and
Pillow itself raises DecompressionBombError (not a validation error) for an image of more than twice its
own limit: a PNG of a few kilobytes that claims 20000×20000 pixels made the upload answer 500.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class PixelLimitedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            return super().to_python(data)
        except Image.DecompressionBombError as error:
            raise ValidationError(
                _("The image has too many pixels (at most %(limit)s million). Make it smaller and try again.")
                % {"limit": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000},
                code="file_too_many_pixels",
            ) from error


class ImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: the add, edit, multiple-upload and chooser-upload forms all build on it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # The field is made by Wagtail's formfield callback with its label, help text and widget;
            # only its class changes, so everything else stays as Wagtail sets it.
            self.fields["file"].__class__ = PixelLimitedImageField
