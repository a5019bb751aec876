"""What courses/ tells the apps above it, for those that keep a record elsewhere (xapi/). Sent after the
change is saved; a receiver must not fail the learner's request."""

from django.dispatch import Signal

# A learner completed a course: user, course (the canonical CoursePage), completed_at.
course_completed = Signal()
