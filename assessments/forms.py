from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ReflectionAnswer


class ReflectionAnswerForm(forms.ModelForm):
    class Meta:
        model = ReflectionAnswer
        fields = ["text", "share_with_trainers"]
        labels = {"text": _("Your answer")}
        help_texts = {
            "text": _("Only you see your answer. You can come back and edit it at any time."),
            "share_with_trainers": _(
                "Trainers may then read your answer in workshops, without your name. Your municipality is shown "
                "only when at least five people from it have shared an answer."
            ),
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, block_id="", **kwargs):
        # Each reflection block of a lesson has its own form; the prefix keeps their ids unique on the page.
        super().__init__(*args, prefix=f"reflection-{block_id[:8]}", **kwargs)
