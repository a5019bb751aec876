"""Tags the lesson's quiz and reflection blocks, and the course page, render this app's parts with.

Answers and attempts are read once per request and lesson, so a lesson with several blocks does not run
a query per block more than it must. They belong to the default-language lesson: on a Swedish or English
copy the blocks look up that original once per request (no query on a Finnish page).
"""

from django import template

from assessments import selectors
from assessments.forms import ReflectionAnswerForm
from courses.translation import canonical

register = template.Library()


def _request_cache(request, key, compute):
    cache = request.__dict__.setdefault("_assessment_cache", {}) if request is not None else {}
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _canonical_lesson(request, lesson, context=None):
    """The default-language lesson, which holds the attempts and answers made on every language's copy. The
    lesson page's context already holds it (courses.selectors.lesson_context): no second query for it."""
    known = context.get("original_lesson") if context is not None else None
    if known is not None and known.translation_key == lesson.translation_key:
        return known
    return _request_cache(request, ("canonical", lesson.pk), lambda: canonical(lesson))


@register.inclusion_tag("assessments/quiz_block.html", takes_context=True)
def quiz_block(context, quiz):
    request = context.get("request")
    lesson = context.get("page")
    user = getattr(request, "user", None)
    if quiz is None or lesson is None or user is None or not lesson.pk:
        return {"panel": None}
    enrolled = context.get("enrolment") is not None
    course = context.get("course")  # the lesson page's context already holds its course
    original = _canonical_lesson(request, lesson, context)
    panel = selectors.quiz_panel(
        quiz=quiz,
        lesson=original,
        user=user,
        enrolled=enrolled,
        course=course,
        original_quiz_id=selectors.original_quiz_id(shown=lesson, original=original, quiz_id=quiz.pk),
        rule=_course_rule(request, course) if enrolled and course is not None else None,
    )
    # `lesson` is the page read, so starting the quiz leads back to it.
    return {"panel": panel, "lesson": lesson, "user": user, "enrolled": enrolled, "request": request}


@register.inclusion_tag("assessments/reflection_answer.html", takes_context=True)
def reflection_answer(context, value):
    request = context.get("request")
    lesson = context.get("page")
    user = getattr(request, "user", None)
    block_id = selectors.block_id_of(lesson, value) if lesson is not None else None
    if block_id is None or user is None or not lesson.pk:
        return {"block_id": None}
    answers = _request_cache(
        request,
        ("reflections", lesson.pk),
        lambda: selectors.reflection_answers_for(user=user, lesson=_canonical_lesson(request, lesson, context)),
    )
    answer = answers.get(block_id)
    form = ReflectionAnswerForm(instance=answer, block_id=block_id) if user.is_authenticated else None
    return {"block_id": block_id, "lesson": lesson, "answer": answer, "form": form, "request": request}


@register.simple_tag
def locked_module_ids(course, module_entries):
    """Ids of the modules of `course` that sequencing still keeps closed."""
    return selectors.locked_module_ids(course=course, module_entries=module_entries)


def _course_rule(request, course):
    """The course's completion rule, read once per request: the lock notice and the quiz block both need it."""
    return _request_cache(request, ("rule", course.pk), lambda: selectors.completion_rule_of(course))


@register.simple_tag(takes_context=True)
def module_lock_notice(context):
    """For the top of a lesson: why its module is still closed by sequencing, or "" when it is open, so the
    learner learns it before reading, not at the button. The lesson context already knows which lessons are
    done (courses.selectors.lesson_context); the course's rule is the one query, shared with the quiz block."""
    course = context.get("course")
    if context.get("enrolment") is None or course is None:
        return ""
    rule = _course_rule(context.get("request"), course)
    if not rule.sequential_modules or context.get("previous_module_done", True):
        return ""
    return selectors.module_lock_text(context["previous_module"])
