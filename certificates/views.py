import json

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from home.links import absolute_url, page_absolute_url

from . import badge_images, openbadges, selectors, services
from .models import BadgeAssertion, BadgeClass, Certificate
from .pdf import certificate_pdf


def _open_to_backpacks(response):
    # Backpacks and verifiers fetch the hosted documents and images from their own pages' scripts. The
    # documents are public and carry no cookies' worth of anything, so any origin may read them.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _json(document, *, status=200):
    return _open_to_backpacks(
        HttpResponse(
            json.dumps(document, ensure_ascii=False, indent=2), content_type=openbadges.CONTENT_TYPE, status=status
        )
    )


def _error(request, error):
    return render(request, "certificates/error.html", {"message": error.message}, status=error.status)


@login_required
def my_certificates(request):
    return render(
        request, "certificates/my_certificates.html", {"courses": selectors.completed_courses(user=request.user)}
    )


@login_required
def certificate_for_course(request, course_id):
    """Issue the learner's certificate of a completed course (once) and send them to its PDF."""
    try:
        certificate = services.certificate_issue(user=request.user, course_id=course_id)
    except services.CertificateError as error:
        return _error(request, error)
    return redirect("certificates:certificate_pdf", code=certificate.code)


@login_required
def certificate_download(request, code):
    # Only the holder downloads the PDF; anyone else gets the same 404 as for a code that does not exist.
    certificate = get_object_or_404(Certificate, code=code, user=request.user, revoked=False)
    verification_url = absolute_url(reverse("certificates:verify", args=[certificate.code]))
    pdf = certificate_pdf(
        certificate=certificate,
        verification_url=verification_url,
        issuer_name=openbadges.issuer_settings()["name"],
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="todistus-{certificate.code}.pdf"'
    return response


@require_safe
def verify_lookup(request):
    code = services.normalise_code(request.GET.get("koodi", ""))
    if not code:
        return render(request, "certificates/verify_form.html")
    return redirect("certificates:verify", code=code)


@require_safe
def verify(request, code):
    normalised = services.normalise_code(code)
    if not normalised:  # nothing like a code in it ("-", punctuation): there is nothing to look up
        return render(request, "certificates/verify.html", {"certificate": None, "code": code}, status=404)
    if normalised != code:
        return redirect("certificates:verify", code=normalised)
    certificate = selectors.certificate_by_code(code)
    status = 200 if certificate is not None else 404
    return render(request, "certificates/verify.html", {"certificate": certificate, "code": code}, status=status)


# Open Badges 2.0 hosted documents -------------------------------------------------------------------------
# Public addresses (these, verification and calendars) answer HEAD as GET does (require_safe): link checkers
# and backpacks ask with HEAD first. The WSGI server (gunicorn) and Django's test client drop the body.


@require_safe
def issuer(request):
    return _json(openbadges.issuer_document())


@require_safe
def revocation_list(request):
    return _json(openbadges.revocation_list_document(selectors.revoked_assertions()))


@require_safe
def badge_class(request, uid):
    badge = get_object_or_404(BadgeClass.objects.select_related("course"), uid=uid)
    course_url = page_absolute_url(badge.course) if badge.course.live else ""
    return _json(openbadges.badge_class_document(badge, course_url=course_url))


def _badge_png(badge):
    if badge.image_id:
        with badge.image.open_file() as file:
            return badge_images.uploaded_badge_png(file)
    return badge_images.drawn_badge_png(badge.name)


@require_safe
def badge_image(request, uid):
    badge = get_object_or_404(BadgeClass.objects.select_related("image"), uid=uid)
    return _open_to_backpacks(HttpResponse(_badge_png(badge), content_type="image/png"))


@require_safe
def assertion(request, uid):
    """The assertion's address serves two readers: a browser gets a page a person can read (what the badge
    certifies, who issued it, when, whether it still holds); a backpack or a verifier asking for JSON-LD or
    JSON, or for anything at all (*/*), gets the Open Badges document."""
    award = get_object_or_404(BadgeAssertion.objects.select_related("badge_class__course"), uid=uid)
    status = 410 if award.revoked else 200
    wanted = request.get_preferred_type([openbadges.CONTENT_TYPE.split(";")[0], "application/json", "text/html"])
    if wanted == "text/html":
        context = {
            "award": award,
            "badge": award.badge_class,
            "issuer": openbadges.issuer_settings(),
            "assertion_url": openbadges.assertion_url(award),
            "is_holder": request.user.is_authenticated and request.user.pk == award.user_id,
        }
        response = render(request, "certificates/badge.html", context, status=status)
    else:
        response = _json(openbadges.assertion_document(award), status=status)
    patch_vary_headers(response, ["Accept"])
    return response


@login_required
def badge_for_course(request, course_id):
    """Award the learner the course's badge (once) and send them to the baked image."""
    try:
        award = services.badge_assertion_issue(user=request.user, course_id=course_id)
    except services.CertificateError as error:
        return _error(request, error)
    return redirect("certificates:baked_badge", uid=award.uid)


@login_required
def baked_badge(request, uid):
    award = (
        BadgeAssertion.objects.filter(uid=uid, user=request.user, revoked=False)
        .select_related("badge_class__image")
        .first()
    )
    if award is None:
        raise Http404
    png = badge_images.bake(_badge_png(award.badge_class), openbadges.assertion_document(award))
    response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="merkki-{award.uid}.png"'
    return response
