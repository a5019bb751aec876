"""Extra conditions for finishing a lesson or a course, contributed by feature apps.

The courses app knows nothing of quizzes or workshops. An app that adds such a condition registers a check
here from its AppConfig.ready(); the progress services ask every registered check. After the condition
changes (a quiz passed, attendance marked) the app calls services.course_complete_if_done().
"""

from dataclasses import dataclass, field

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


# Parts that feature apps add to a learner's view of a course: a municipality's own lessons, the workshop a
# course asks for. Each part says where it goes (after which module) and how many of its required items the
# learner has done, so the course page can place it and count it in the learner's progress without knowing
# what it is. The network's own figures never include them: they stay comparable between municipalities.

_course_parts = []


@dataclass
class CoursePart:
    key: str
    template: str  # rendered with `part` in the context
    after_module_id: int | None = None  # None: after the course's contents (or after_module_key)
    after_module_key: object = None  # or the module's translation key: the same place in every language
    done: int = 0  # required items the learner has done …
    total: int = 0  # … of the required items that count in their progress
    context: dict = field(default_factory=dict)
    lessons: list = field(default_factory=list)  # LearnerLessons it adds, in order: where to continue


def register_course_parts(provider):
    """`provider(user=, course=)` returns a list of CourseParts for this learner (empty: nothing to add). It must
    run a fixed number of queries."""
    if provider not in _course_parts:
        _course_parts.append(provider)
    return provider


def course_parts(*, user, course):
    return [part for provider in _course_parts for part in provider(user=user, course=course)]


# Lessons that feature apps add to one learner's course (their municipality's own required lessons). My
# learning, the lesson page's progress box, the course page and completion all count them through the same
# provider, so the learner sees one figure everywhere; the network's figures never include them.


@dataclass
class LearnerLesson:
    page: object  # a page with `title` and `url`
    is_done: bool
    is_required: bool


@dataclass
class LearnerLessons:
    after_module_key: object = None  # translation key of the module they follow; None: after the course's own
    lessons: list = field(default_factory=list)  # LearnerLessons in reading order

    @property
    def done(self):
        return sum(1 for item in self.lessons if item.is_required and item.is_done)

    @property
    def total(self):
        return sum(1 for item in self.lessons if item.is_required)


_learner_lessons = []


def register_learner_lessons(provider):
    """`provider(user=, courses=)` returns {course translation key: LearnerLessons} for the courses that have
    lessons of its own for this learner. It must run a fixed number of queries whatever the number of courses
    (My learning asks for all of a learner's courses at once)."""
    if provider not in _learner_lessons:
        _learner_lessons.append(provider)
    return provider


def learner_lessons(*, user, courses):
    """{course translation key: [LearnerLessons, …]} of every registered provider, for a signed-in learner."""
    found = {}
    if not user.is_authenticated or not courses:
        return found
    for provider in _learner_lessons:
        for key, lessons in provider(user=user, courses=courses).items():
            found.setdefault(key, []).append(lessons)
    return found
