"""The certificate as a PDF, rendered from an HTML template with xhtml2pdf.

xhtml2pdf is pure Python (on ReportLab), so `pip install` is all a machine needs; WeasyPrint would also
need the system's Pango libraries.
"""

import io

from django.template.loader import render_to_string
from xhtml2pdf import pisa


class PdfError(Exception):
    pass


def certificate_pdf(*, certificate, verification_url):
    html = render_to_string(
        "certificates/certificate_pdf.html", {"certificate": certificate, "verification_url": verification_url}
    )
    out = io.BytesIO()
    status = pisa.CreatePDF(html, dest=out, encoding="utf-8")
    if status.err:
        raise PdfError(f"xhtml2pdf reported {status.err} errors")
    return out.getvalue()
