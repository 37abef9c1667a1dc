"""The optional end-of-meeting check, in the spirit of a session rating scale.

Whoever wants to answers a few questions on a 0–10 scale. Answers are anonymous (no
member, no time) and only averages are ever read back.

owns: tables rating, rating_respondent
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass

from .meetings import MeetingStatus
from .problems import Code, Problem, ValidationError
from .store import Change, Store

# Averages of fewer answer sets are not shown: one or two would tell what someone said.
MIN_RESPONDENTS_SHOWN = 3


class Question(enum.Enum):
    STAYED_WITH_QUESTIONS = "stayed_with_questions"  # bleven we bij de vragen van de inbrengers?
    EVERY_ITEM_DECIDED = "every_item_decided"  # eindigde elk punt in een besluit?
    TIME_WELL_DIVIDED = "time_well_divided"  # was de tijd goed verdeeld?
    PROCESS_CHAIR_HELPED = "process_chair_helped"  # hielp de procesvoorzitter?


@dataclass(frozen=True)
class Averages:
    respondents: int  # answer sets; an answer set may skip questions
    per_question: dict[Question, float]

    @property
    def overall(self) -> float | None:
        values = list(self.per_question.values())
        return sum(values) / len(values) if values else None


def submit(store: Store, meeting_id: int, answers: dict[Question, int]) -> None:
    """Store one person's answers (any subset of the questions), anonymously."""
    problems = [Problem(q.value, Code.OUT_OF_RANGE, {"min": 0, "max": 10})
                for q, score in answers.items()
                if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 10]
    if not answers:
        problems.append(Problem("answers", Code.REQUIRED))
    if problems:
        raise ValidationError(problems)
    with store.transaction() as conn:
        rows = store.query("SELECT status FROM meeting WHERE id = ?", (meeting_id,))
        if not rows:
            raise ValidationError([Problem("meeting", Code.NOT_FOUND)])
        if rows[0]["status"] == MeetingStatus.PLANNED.value:
            raise ValidationError([Problem("meeting", Code.MEETING_NOT_RUNNING)])
        # Insert in random order so row ids say nothing about who answered what.
        items = list(answers.items())
        random.shuffle(items)
        conn.executemany("INSERT INTO rating(meeting_id, question, score) VALUES (?, ?, ?)",
                         [(meeting_id, q.value, s) for q, s in items])
        conn.execute("INSERT INTO rating_respondent(meeting_id) VALUES (?)", (meeting_id,))
        store.notify(Change("rating", (meeting_id,)))


def averages(store: Store, meeting_id: int) -> Averages:
    rows = store.query("SELECT question, avg(score) AS mean FROM rating"
                       " WHERE meeting_id = ? GROUP BY question", (meeting_id,))
    per = {Question(row["question"]): float(row["mean"]) for row in rows}
    respondents = int(store.query("SELECT count(*) FROM rating_respondent WHERE meeting_id = ?",
                                  (meeting_id,))[0][0])
    return Averages(respondents, per)
