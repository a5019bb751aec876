"""Reads: which quizzes and reflection questions a lesson holds, a learner's attempts, locks from
sequencing, feedback, and the trainers' statistics and shared reflections.

Lesson bodies are read from their raw JSON, so finding the quizzes of a whole course is one query
whatever the number of lessons or blocks.

Attempts and reflection answers are kept on the default-language (Finnish) lesson and course, like lesson
completions (courses/translation.py): the functions here that take a lesson expect that one, so a learner
sees the same attempts, limits and answers in every language.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Count, Q, Value, When
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import CoursePage, LessonCompletion, LessonPage, ModulePage
from courses.translation import default_locale_id, in_active_language

from .layout import layout_apply
from .models import CourseCompletionRule, Quiz, QuizAttempt, ReflectionAnswer
from .scoring import questions_of

QUIZ_BLOCK = "quiz"
REFLECTION_BLOCK = "reflection"
# A municipality is named next to shared reflections only when at least this many people of it shared an
# answer to the question; with fewer, the name could point at a person.
ANONYMITY_THRESHOLD = 5


def quiz_ids_in(lesson):
    """Ids of the quizzes placed in the lesson, in the order they appear."""
    return [int(block["value"]) for block in lesson.body.raw_data if block["type"] == QUIZ_BLOCK and block["value"]]


def _quiz_ids_by_block(lesson):
    return {
        block["id"]: int(block["value"])
        for block in lesson.body.raw_data
        if block["type"] == QUIZ_BLOCK and block["value"]
    }


def original_quiz_id(*, shown, original, quiz_id):
    """The quiz whose attempts count for the quiz `quiz_id` shown on `shown`, a copy of the lesson `original` in
    another language. A translated lesson may hold its language's copy of a quiz in the block (same block id) where
    the original holds the original quiz; attempts, their limit and completion stay with the original quiz, whose
    question and option ids the copy shares."""
    if shown.pk == original.pk:
        return quiz_id
    originals = _quiz_ids_by_block(original)
    for block_id, shown_id in _quiz_ids_by_block(shown).items():
        if shown_id == quiz_id and block_id in originals:
            return originals[block_id]
    return quiz_id


def shown_quiz(*, shown, original, quiz):
    """The copy of `quiz` (a quiz of the lesson `original`) that `shown`, a copy of the lesson in another language,
    holds in the same block; `quiz` itself when there is none."""
    if shown.pk == original.pk:
        return quiz
    shown_ids = _quiz_ids_by_block(shown)
    for block_id, original_id in _quiz_ids_by_block(original).items():
        if original_id == quiz.pk and shown_ids.get(block_id, quiz.pk) != quiz.pk:
            return Quiz.objects.filter(pk=shown_ids[block_id]).first() or quiz
    return quiz


def reflection_questions_in(lesson):
    """{block id: question text} of the lesson's reflection blocks."""
    return {
        block["id"]: block["value"].get("question", "")
        for block in lesson.body.raw_data
        if block["type"] == REFLECTION_BLOCK
    }


def block_id_of(page, value):
    """The uuid of the block of `page.body` whose value is `value` (the very object a template is given)."""
    for child in getattr(page, "body", None) or ():
        if child.value is value:
            return child.id
    return None


def completion_rule_for(*, course_id):
    """The course's rule, or an unsaved one holding the defaults."""
    return CourseCompletionRule.objects.filter(course_id=course_id).first() or CourseCompletionRule(course_id=course_id)


def completion_rule_of(course):
    """The rule of `course` read in any language: the rule of its default-language original, else the
    defaults. One query. (A rule saved on a translation before the admin refused those still counts when
    the original has none.)"""
    rule = (
        CourseCompletionRule.objects.filter(course__translation_key=course.translation_key)
        .order_by(Case(When(course__locale_id=default_locale_id(), then=Value(0)), default=Value(1)))
        .first()
    )
    return rule or CourseCompletionRule(course_id=course.id)


def course_path_of(lesson):
    return lesson.path[: -2 * Page.steplen]


def module_lock_message(*, user, lesson, rule):
    """Why the lesson's module is still closed under sequencing, or None when it is open."""
    if not rule.sequential_modules:
        return None
    module_path = lesson.path[: -Page.steplen]
    previous = (
        ModulePage.objects.live()
        .filter(path__startswith=course_path_of(lesson), depth=lesson.depth - 1, path__lt=module_path)
        .order_by("-path")
        .only("id", "title", "path", "translation_key")
        .first()
    )
    if previous is None:
        return None
    unfinished = (
        LessonPage.objects.live()
        .filter(path__startswith=previous.path, is_required=True)
        .exclude(completions__user=user)
        .exists()
    )
    if unfinished:
        previous = in_active_language([previous], model=ModulePage)[previous.pk]  # the title in the reader's language
        return module_lock_text(previous)
    return None


def module_lock_text(previous_module):
    return _("This module opens when you have finished the module “%(title)s”.") % {"title": previous_module.title}


def locked_module_ids(*, course, module_entries):
    """Ids of the modules still closed by sequencing, from the course page's module entries (in any
    language: their progress counts lessons done in any language)."""
    rule = completion_rule_of(course)
    if not rule.sequential_modules:
        return set()
    locked = set()
    for previous, entry in zip(module_entries, module_entries[1:], strict=False):
        if previous.progress.done < previous.progress.total:
            locked.add(entry.module.id)
    return locked


def unpassed_graded_quiz_ids(*, user, lesson, quiz_ids):
    """The quizzes among `quiz_ids` that still hold the lesson up for the learner: not passed in the lesson and
    not practice quizzes (a quiz deleted since still holds it up, as before). One query."""
    passed = QuizAttempt.objects.filter(user=user, lesson=lesson, passed=True).values("quiz_id")
    satisfied = Quiz.objects.filter(Q(mode=Quiz.PRACTICE) | Q(id__in=passed), id__in=quiz_ids)
    return set(quiz_ids) - set(satisfied.values_list("id", flat=True))


def unpassed_quizzes_of_course(*, user, course):
    """Titles of the quizzes in the course's live required lessons that the learner has not passed."""
    lessons = list(
        LessonPage.objects.live()
        .filter(path__startswith=course.path, is_required=True)
        .order_by("path")
        .only("id", "body", "path")
    )
    wanted = {(lesson.id, quiz_id) for lesson in lessons for quiz_id in quiz_ids_in(lesson)}
    if not wanted:
        return []
    passed = set(QuizAttempt.objects.filter(user=user, course=course, passed=True).values_list("lesson_id", "quiz_id"))
    missing = wanted - passed
    quizzes = {
        quiz_id: (title, mode)
        for quiz_id, title, mode in Quiz.objects.filter(id__in={quiz_id for _lesson, quiz_id in missing}).values_list(
            "id", "title", "mode"
        )
    }
    titles = set()
    for _lesson, quiz_id in missing:
        title, mode = quizzes.get(quiz_id, ("", Quiz.GRADED))
        if mode != Quiz.PRACTICE:  # practice quizzes are not required
            titles.add(title)
    return sorted(titles)


@dataclass
class QuizPanel:
    """What the quiz block in a lesson shows to one learner."""

    quiz: object
    questions: list
    attempts: list = field(default_factory=list)
    open_attempt: QuizAttempt | None = None
    lock_message: str | None = None

    @property
    def submitted(self):
        return [attempt for attempt in self.attempts if not attempt.is_open]

    @property
    def passed(self):
        return any(attempt.passed for attempt in self.submitted)

    @property
    def best_percent(self):
        return max((attempt.score_percent for attempt in self.submitted), default=None)

    @property
    def last_attempt(self):
        return self.submitted[0] if self.submitted else None

    @property
    def attempts_left(self):
        if self.quiz.max_attempts is None:
            return None
        return max(0, self.quiz.max_attempts - len(self.submitted))

    @property
    def can_start(self):
        return self.open_attempt is None and self.attempts_left != 0 and not self.lock_message

    @property
    def form_questions(self):
        """The open attempt's questions: those it drew, each with its options in the attempt's order."""
        if self.open_attempt is None:
            return []
        return layout_apply(questions=self.questions, layout=self.open_attempt.layout)


def quiz_panel(*, quiz, lesson, user, enrolled, course=None, original_quiz_id=None, rule=None):
    """`lesson` is the default-language lesson, which holds the attempts made in every language. `course`,
    the lesson's course in whichever language the page is read, saves a query when the caller has it, and
    `rule`, the course's completion rule, one more. `original_quiz_id` is the quiz holding the attempts when
    `quiz` is its copy in the reader's language."""
    panel = QuizPanel(quiz=quiz, questions=questions_of(quiz))
    if not (user.is_authenticated and enrolled):
        return panel
    panel.attempts = list(
        QuizAttempt.objects.filter(user=user, lesson=lesson, quiz_id=original_quiz_id or quiz.pk)
        .only("id", "submitted_at", "score_percent", "passed", "started_at", "layout")
        .order_by("-started_at", "-id")
    )
    panel.open_attempt = next((attempt for attempt in panel.attempts if attempt.is_open), None)
    if rule is None:
        rule = (
            completion_rule_of(course) if course is not None else completion_rule_for(course_id=_course_id_of(lesson))
        )
    panel.lock_message = module_lock_message(user=user, lesson=lesson, rule=rule)
    return panel


def _course_id_of(lesson):
    return CoursePage.objects.filter(path=course_path_of(lesson)).values_list("id", flat=True).first()


@dataclass
class QuestionFeedback:
    question: object
    chosen: list
    points: float

    @property
    def is_right(self):
        return self.points >= 1

    @property
    def is_partly_right(self):
        return 0 < self.points < 1


def attempt_feedback(*, attempt, quiz=None):
    """Per question: the options chosen (with their feedback) and the points given. `quiz` is the attempt's quiz
    in the reader's language (same question and option ids), when it has a copy there."""
    chosen_ids = set(attempt.answers.values_list("option_id", flat=True))
    feedback = []
    for question in layout_apply(questions=questions_of(quiz or attempt.quiz), layout=attempt.layout):
        chosen = [option for option in question.options if option.id in chosen_ids]
        feedback.append(
            QuestionFeedback(question=question, chosen=chosen, points=attempt.question_points.get(question.id, 0))
        )
    submitted = QuizAttempt.objects.filter(
        user=attempt.user_id, quiz=attempt.quiz_id, lesson=attempt.lesson_id, submitted_at__isnull=False
    ).count()
    max_attempts = attempt.quiz.max_attempts
    return {
        "feedback": feedback,
        "attempts_used": submitted,
        "attempts_left": None if max_attempts is None else max(0, max_attempts - submitted),
    }


def reflection_answers_for(*, user, lesson):
    """{block id: answer} of the learner in the lesson, one query for all reflection blocks."""
    if not user.is_authenticated or not lesson.pk:
        return {}
    return {answer.block_id: answer for answer in ReflectionAnswer.objects.filter(user=user, lesson=lesson)}


@dataclass
class SharedQuestion:
    block_id: str
    question: str
    answers: list


def shared_reflections(*, lesson):
    """The answers learners agreed to share, per question of the lesson, without names; the municipality
    only where at least ANONYMITY_THRESHOLD people of it shared an answer to the question."""
    questions = reflection_questions_in(lesson)
    # Answers given in any language (translations keep the block ids of the original).
    rows = list(
        ReflectionAnswer.objects.filter(lesson__translation_key=lesson.translation_key, share_with_trainers=True)
        .values("block_id", "text", "user__municipality__name_fi", "user__municipality_id")
        .order_by("block_id", "text")
    )
    counts = {}
    for row in rows:
        key = (row["block_id"], row["user__municipality_id"])
        counts[key] = counts.get(key, 0) + 1
    by_block = {
        block_id: SharedQuestion(block_id=block_id, question=text, answers=[]) for block_id, text in questions.items()
    }
    for row in rows:
        entry = by_block.get(row["block_id"])
        if entry is None:  # the question was removed from the lesson since
            continue
        shown = counts[(row["block_id"], row["user__municipality_id"])] >= ANONYMITY_THRESHOLD
        entry.answers.append(
            {"text": row["text"], "municipality": row["user__municipality__name_fi"] if shown else None}
        )
    return list(by_block.values())


def lessons_with_shared_reflections():
    """Lessons that have shared reflection answers, with their number, for the trainers' index."""
    return list(
        LessonPage.objects.filter(reflection_answers__share_with_trainers=True)
        .annotate(shared=Count("reflection_answers"))
        .order_by("path")
        .only("id", "title", "path")
    )


def lesson_done(*, user, lesson):
    return LessonCompletion.objects.filter(user=user, lesson=lesson).exists()
