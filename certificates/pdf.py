"""The certificate as a PDF, rendered from an HTML template with WeasyPrint.

A tagged PDF/UA-1 file (a structure tree, /MarkInfo Marked, the title shown as the window title and the
document's language in /Lang), because a certificate is a public-sector document that Act 306/2019 asks to
be accessible. The text is set in DejaVu Sans, shipped in static/fonts/ and embedded in the file, since
Helvetica has no Sámi letters (Ŋ, đ, Č, ž, Ǯ …) and Utsjoki is a member municipality.

WeasyPrint lays text out with the system's Pango library (Debian: libpango-1.0-0, libpangoft2-1.0-0);
.ci/run installs it.
"""

from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from courses.models import CoursePage
from courses.translation import in_active_language

FONT_DIR = Path(settings.BASE_DIR) / "static" / "fonts"


class LocalFontsOnly(URLFetcher):
    """The template asks for nothing but the shipped fonts; anything else (an address that slipped into a
    course title, say) is refused rather than fetched by the server."""

    def fetch(self, url, headers=None):
        # The QR code is the one data: address the template writes (a course title is escaped text).
        if url.startswith("data:image/svg+xml"):
            return super().fetch(url, headers)
        if not url.startswith(FONT_DIR.as_uri() + "/"):
            raise ValueError(f"Refused to fetch {url!r} for a certificate")
        return super().fetch(url, headers)


def verification_qr(url):
    """The verification address as a QR code, an SVG data: URI (dark modules in the site's ink colour)."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0, dark="#1b2430")


def certificate_pdf(*, certificate, verification_url, issuer_name=""):
    """The PDF in the active language (the one the person reads the site in), which also goes into /Lang. The
    course is named as its copy in that language is, where there is one (the certificate keeps the Finnish title
    it was issued with, shown on the public verification page)."""
    course = certificate.course
    if course is not None:
        course = in_active_language([course], model=CoursePage)[course.pk]
    html = render_to_string(
        "certificates/certificate_pdf.html",
        {
            "certificate": certificate,
            "course_title": course.title if course is not None else certificate.course_title,
            "verification_url": verification_url,
            "verification_qr": verification_qr(verification_url),
            "issuer_name": issuer_name,
            "font_dir": FONT_DIR.as_uri(),
            "language": get_language() or settings.LANGUAGE_CODE,
        },
    )
    document = HTML(string=html, url_fetcher=LocalFontsOnly(allowed_protocols=["file", "data"]))
    return document.write_pdf(pdf_variant="pdf/ua-1")
