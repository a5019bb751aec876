"""What the courses app learns of supplements, through its completion registry (courses/completion.py) only:
a learner whose municipality has a supplement to the course completes it after its required lessons too, and
sees the supplement in the course where it belongs, counted in their own progress (on the course page, in
My learning and in a lesson's progress box). Every one of these reads supplement_progress_by_course(), so
the learner sees the same figure everywhere."""

from django.utils.translation import gettext as _

from courses.completion import CoursePart, LearnerLesson, LearnerLessons

from .selectors import supplement_progress_by_course


def supplement_lessons_done(*, user, course):
    progress = supplement_progress_by_course(user=user, courses=[course]).get(course.translation_key)
    if progress is None or progress.is_complete:
        return []
    return [
        _("Finish the required lessons of your municipality's own part “%(title)s” (%(done)s of %(total)s done).")
        % {"title": progress.supplement.title, "done": progress.done, "total": progress.total}
    ]


def _learner_lessons(progress):
    return LearnerLessons(
        after_module_key=progress.supplement.after_module_key,
        lessons=[
            LearnerLesson(page=entry.lesson, is_done=entry.is_done, is_required=entry.lesson.is_required)
            for entry in progress.lessons
        ],
    )


def supplement_learner_lessons(*, user, courses):
    return {
        key: _learner_lessons(progress)
        for key, progress in supplement_progress_by_course(user=user, courses=courses).items()
    }


def supplement_course_parts(*, user, course):
    progress = supplement_progress_by_course(user=user, courses=[course]).get(course.translation_key)
    if progress is None:
        return []
    lessons = _learner_lessons(progress)
    return [
        CoursePart(
            key="supplement",
            template="supplements/course_part.html",
            after_module_key=lessons.after_module_key,
            done=lessons.done,
            total=lessons.total,
            lessons=lessons.lessons,
            context={"supplement": progress.supplement, "progress": progress},
        )
    ]
