"""What assessments/ tells the apps above it (xapi/)."""

from django.dispatch import Signal

# A quiz attempt was submitted and scored: attempt (a QuizAttempt with score_percent and passed set).
quiz_submitted = Signal()
