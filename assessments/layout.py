"""What one attempt shows: which questions of the quiz's bank were drawn, and in which order each question's
options appear.

The layout is drawn once, when the attempt starts, and stored on it (QuizAttempt.layout) as ids, so a reload,
a form shown again because a question was left unanswered, and the feedback page all show the same questions
in the same order. Positions carry no information: options are shuffled for every attempt, so "always the
first option" scores what chance scores.

A layout refers to the block ids of questions and options, which a Swedish or English copy of the quiz
shares, so the same layout applies to the copy the learner reads.
"""

import dataclasses
import random

_system_random = random.SystemRandom()


def layout_draw(*, questions, draw_count=None, rng=None, seen=()):
    """{"questions": [question ids], "options": {question id: [option ids]}} for a new attempt.

    `draw_count` questions are drawn without repeats (None or 0: all of them); questions in `seen` (drawn in
    the learner's earlier attempts) are drawn only when the unseen ones run out, so a retake brings new
    questions when the bank has them. The drawn questions keep the quiz's order: a trainer may build a quiz
    from easier to harder. `rng` is a random.Random; tests pass a seeded one."""
    rng = rng or _system_random
    count = len(questions) if not draw_count else min(draw_count, len(questions))
    seen = set(seen)
    unseen = [question for question in questions if question.id not in seen]
    again = [question for question in questions if question.id in seen]
    drawn = rng.sample(unseen, min(count, len(unseen)))
    drawn += rng.sample(again, count - len(drawn))
    chosen = {question.id for question in drawn}
    in_order = [question for question in questions if question.id in chosen]
    return {
        "questions": [question.id for question in in_order],
        "options": {
            question.id: rng.sample([option.id for option in question.options], len(question.options))
            for question in in_order
        },
    }


def layout_apply(*, questions, layout):
    """The attempt's questions, in its order, each with its options in the attempt's order.

    An attempt started before layouts existed (an empty layout) shows every question in the quiz's order. If a
    trainer edits the quiz while an attempt is open, questions removed since are left out, and options added
    since come last; should every drawn question be gone, the attempt shows the whole quiz."""
    if not layout or not layout.get("questions"):
        return list(questions)
    by_id = {question.id: question for question in questions}
    shown = []
    for question_id in layout["questions"]:
        question = by_id.get(question_id)
        if question is None:
            continue
        order = {option_id: index for index, option_id in enumerate(layout.get("options", {}).get(question_id, []))}
        options = sorted(question.options, key=lambda option: order.get(option.id, len(order)))
        shown.append(dataclasses.replace(question, options=tuple(options)))
    return shown or list(questions)
