"""Extra conditions for finishing a lesson or a course, contributed by feature apps.

The courses app knows nothing of quizzes or workshops. An app that adds such a condition registers a check
here from its AppConfig.ready(); the progress services ask every registered check. After the condition
changes (a quiz passed, attendance marked) the app calls services.course_complete_if_done().
"""

_lesson_checks = []
_course_requirements = []


def register_lesson_check(check):
    """`check(user=, lesson=)` returns None when the lesson may be marked done, or a message saying why not."""
    if check not in _lesson_checks:
        _lesson_checks.append(check)
    return check


def register_course_requirement(requirement):
    """`requirement(user=, course=)` returns a list of messages, one per condition still unmet (empty: met)."""
    if requirement not in _course_requirements:
        _course_requirements.append(requirement)
    return requirement


def lesson_blocker(*, user, lesson):
    for check in _lesson_checks:
        message = check(user=user, lesson=lesson)
        if message:
            return message
    return None


def unmet_course_requirements(*, user, course):
    return [message for requirement in _course_requirements for message in requirement(user=user, course=course)]
