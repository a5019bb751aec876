"""The conditions this app adds to finishing lessons and courses, registered with courses.completion.

- A lesson with a quiz counts as done only when the learner has passed its quiz (unless the course's rule
  turns quiz requirements off).
- Under sequencing, a lesson can be done only when the previous module is done.
- A course is complete only when every quiz in its required lessons is passed. This repeats the lesson
  check on purpose: a lesson marked done before a trainer added a quiz to it does not complete the course.
"""

from django.utils.translation import gettext as _

from courses.models import CoursePage

from . import selectors


def _rule_for_lesson(lesson):
    course_id = CoursePage.objects.filter(path=selectors.course_path_of(lesson)).values_list("id", flat=True).first()
    return selectors.completion_rule_for(course_id=course_id)


def lesson_check(*, user, lesson):
    rule = _rule_for_lesson(lesson)
    lock = selectors.module_lock_message(user=user, lesson=lesson, rule=rule)
    if lock:
        return lock
    if not rule.require_quizzes_passed:
        return None
    quiz_ids = selectors.quiz_ids_in(lesson)
    if not quiz_ids:
        return None
    if selectors.unpassed_graded_quiz_ids(user=user, lesson=lesson, quiz_ids=quiz_ids):
        return _("Pass the quiz of this lesson first; the lesson is then marked as done for you.")
    return None


def course_requirement(*, user, course):
    rule = selectors.completion_rule_for(course_id=course.id)
    if not rule.require_quizzes_passed:
        return []
    return [
        _("Pass the quiz “%(title)s”.") % {"title": title}
        for title in selectors.unpassed_quizzes_of_course(user=user, course=course)
    ]
