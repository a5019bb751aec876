"""The discussion below a lesson or a module, registered in courses/lesson_extras.py."""

from .forms import AnswerForm, HideForm, QuestionForm, ReportForm
from .selectors import page_discussion


def discussion_context(*, page, request):
    context = page_discussion(page=page, user=request.user)
    if context is None or not context.get("can_read"):
        return context
    return {
        **context,
        "question_form": QuestionForm(),
        "answer_form": AnswerForm(),
        "hide_form": HideForm(),
        "report_form": ReportForm(),
    }
