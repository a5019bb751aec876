"""Badge images: the uploaded one as PNG, or a simple one drawn with Pillow; and baking an assertion into
a PNG (Open Badges Baking 2.0: an iTXt chunk with the keyword "openbadges")."""

import io
import json
import textwrap

from PIL import Image, ImageDraw, ImageFont, PngImagePlugin

SIZE = 400
BRAND = (11, 83, 148)
BRAND_DARK = (8, 58, 105)
BAKING_KEYWORD = "openbadges"


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow built without FreeType
        return ImageFont.load_default()


def drawn_badge_png(name):
    """A round badge in the site's colours with the badge name, for badges without an uploaded image."""
    image = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=BRAND_DARK)
    draw.ellipse((28, 28, SIZE - 28, SIZE - 28), fill=BRAND, outline=(255, 255, 255), width=4)
    draw.text((SIZE / 2, 110), "USO", font=_font(64), fill=(255, 255, 255), anchor="mm")
    # Pillow's built-in font has no typographic dashes; a hyphen reads the same on a badge.
    lines = textwrap.wrap(name.replace("–", "-").replace("—", "-"), width=18)[:4]
    font = _font(26)
    top = 215 - (len(lines) - 1) * 17
    for index, line in enumerate(lines):
        draw.text((SIZE / 2, top + index * 34), line, font=font, fill=(255, 255, 255), anchor="mm")
    return _png_bytes(image)


def uploaded_badge_png(file):
    with Image.open(file) as source:
        image = source.convert("RGBA")
    image.thumbnail((SIZE, SIZE))
    return _png_bytes(image)


def _png_bytes(image, pnginfo=None):
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=pnginfo)
    return out.getvalue()


def bake(png_bytes, assertion):
    """The PNG with the assertion JSON in an uncompressed iTXt chunk keyed "openbadges"."""
    with Image.open(io.BytesIO(png_bytes)) as image:
        image.load()
        info = PngImagePlugin.PngInfo()
        info.add_itxt(BAKING_KEYWORD, json.dumps(assertion, ensure_ascii=False), zip=False)
        return _png_bytes(image, pnginfo=info)


def unbake(png_bytes):
    """The baked assertion of a PNG, or None."""
    with Image.open(io.BytesIO(png_bytes)) as image:
        image.load()
        text = image.text.get(BAKING_KEYWORD)
    return json.loads(text) if text else None
