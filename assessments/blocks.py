"""The blocks a trainer writes quiz questions with.

Questions and options live in a StreamField of the quiz, so each question and each option keeps a stable
id (the block uuid) across edits: attempts store those ids, and statistics count answers by them.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class QuestionKind(blocks.ChoiceBlock):
    SINGLE = "single"
    MULTIPLE = "multiple"

    def __init__(self, **kwargs):
        super().__init__(
            choices=[
                (self.SINGLE, _("Single choice: exactly one right option")),
                (self.MULTIPLE, _("Multiple choice: one or more right options")),
            ],
            default=self.SINGLE,
            **kwargs,
        )


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=500)
    is_correct = blocks.BooleanBlock(label=_("Right answer"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        help_text=_("Shown to a learner who chose this option: why it is right or wrong."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


def _options_checked(value):
    right = sum(1 for option in value["options"] if option["is_correct"])
    if right == 0:
        raise StructBlockValidationError(
            non_block_errors=[ValidationError(_("Mark at least one option as the right answer."))]
        )
    if value["kind"] == QuestionKind.SINGLE and right != 1:
        raise StructBlockValidationError(
            non_block_errors=[ValidationError(_("A single choice question has exactly one right option."))]
        )
    return value


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=500)
    kind = QuestionKind(label=_("Kind"))
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        return _options_checked(super().clean(value))


class ScenarioQuestionBlock(blocks.StructBlock):
    """A short case, a question about it, and the rule it turns on. The rule is shown with the feedback to
    everyone who answered, right or wrong, so the learner leaves knowing why, not only whether."""

    case = blocks.TextBlock(
        label=_("Situation"),
        max_length=1500,
        help_text=_("A short situation from council work, told in a few sentences. Shown before the question."),
    )
    text = blocks.CharBlock(label=_("Question"), max_length=500)
    kind = QuestionKind(label=_("Kind"))
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("The rule"),
        max_length=1500,
        help_text=_("Shown with the feedback after the attempt: the rule the case turns on, and where it is written."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Scenario question")

    def clean(self, value):
        return _options_checked(super().clean(value))


class QuestionStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()
    scenario = ScenarioQuestionBlock()

    class Meta:
        min_num = 1
