from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import TranslationStatusView


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("kaannokset/", TranslationStatusView.as_view(), name="courses_translation_status")]


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("courses_translation_status"), icon_name="globe", order=250)


@hooks.register("after_copy_page")
def course_copied_for_the_current_term(request, page, new_page):
    """A course copied in the admin (with its modules and lessons) is the new term's edition: it is marked
    with the current term when the original served an earlier one. Progress is not copied (enrolments and
    completions point at the old pages), so the old course keeps it as history."""
    from municipalities.terms import current_term

    from .models import CoursePage

    copied = new_page.specific
    if not isinstance(copied, CoursePage) or copied.council_term_id is None:
        return
    term = current_term()
    if term is not None and copied.council_term_id != term.pk:
        CoursePage.objects.filter(pk=copied.pk).update(council_term=term)


@hooks.register("before_publish_page")
def translation_lacking_completion_blocks_not_published(request, page):
    """A translated lesson that lacks a quiz of its Finnish original is not published: its readers would see no
    quiz to pass while the lesson is done only by passing it. The draft is kept and the trainer told what to add.
    (Lessons already live in that state show the original's quiz instead: selectors.lesson_context.)"""

    from .models import LessonPage
    from .translation import canonical, missing_completion_blocks

    lesson = page if isinstance(page, LessonPage) else page.specific
    if not isinstance(lesson, LessonPage):
        return None
    original = canonical(lesson)
    missing = missing_completion_blocks(translation=lesson, original=original)
    if not missing:
        return None
    message = _(
        "Not published: this translation lacks what completes the lesson in the original “%(original)s”: "
        "the quiz %(names)s. Add the quiz (or its copy in this language) to the lesson and publish again; "
        "your changes are saved as a draft."
    )
    return _refused(request, page, message, original=original, missing=missing)


# Before wagtail-localize's own before_edit_page hook (order 0), which answers the translation editor's
# Publish itself and publishes without before_publish_page.
@hooks.register("before_edit_page", order=-10)
def synced_translation_lacking_completion_blocks_not_published(request, page):
    """The same rule as above for Publish in wagtail-localize's translation editor: it publishes the original's
    body as of the last sync, so a quiz added to the Finnish lesson since then would be missing. Nothing is
    saved or published; the trainer is told to sync the translation first."""
    if request.method != "POST" or request.POST.get("action") != "publish" or page.alias_of_id:
        return None
    from wagtail_localize.models import Translation

    from .models import LessonPage
    from .translation import canonical, missing_completion_blocks_at_publish

    lesson = page.specific
    if not isinstance(lesson, LessonPage):
        return None
    synced = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    if synced is None:  # edited in the ordinary page editor: the before_publish_page hook above decides
        return None
    original = canonical(lesson)
    missing = missing_completion_blocks_at_publish(translation=lesson, original=original, synced=synced)
    if not missing:
        return None
    message = _(
        "Not published: the original “%(original)s” now has the quiz %(names)s, which this translation "
        "lacks. Open the original and choose “Sync translated pages”, then publish this translation again. "
        "Nothing was changed."
    )
    return _refused(request, page, message, original=original, missing=missing)


def _refused(request, page, message, *, original, missing):
    """Back to the editor with the refusal, naming the original and the quizzes the translation lacks."""
    from django.contrib import messages
    from django.shortcuts import redirect

    names = ", ".join(f"“{block.value}”" for block in missing)
    messages.error(request, message % {"original": original.title, "names": names})
    return redirect("wagtailadmin_pages:edit", page.pk)
