"""Course packs: the content model, its loader and the static checks.

Pure: reads files, runs nothing. Other packages import only what is re-exported here.
"""

from pyascent.course.answers import ANSWERS_FILE, code_digest, quiz_key, render_answers
from pyascent.course.builtin import builtin_course_path
from pyascent.course.examples import EXPLORER_VIEWS, explorer_view
from pyascent.course.loader import load_course, load_course_partially, load_exercise_folder
from pyascent.course.model import (
    Bug,
    ChoiceOption,
    Course,
    EquivalentMutant,
    Exercise,
    Flashcard,
    Lesson,
    LimitOverrides,
    Mistake,
    Module,
    Quiz,
    ReadingLink,
    RecordedAnswer,
    TutorOptions,
)
from pyascent.course.problems import ContentError, Problem
from pyascent.course.quizzes import same_output, shuffled
from pyascent.course.sections import Section, heading_slug, lesson_sections, unique_slugs
from pyascent.course.topics import Topic, TopicCatalogue, topic_catalogue
from pyascent.course.validate import Coverage, coverage, static_problems

__all__ = [
    "ANSWERS_FILE",
    "EXPLORER_VIEWS",
    "Bug",
    "ChoiceOption",
    "ContentError",
    "Course",
    "Coverage",
    "EquivalentMutant",
    "Exercise",
    "Flashcard",
    "Lesson",
    "LimitOverrides",
    "Mistake",
    "Module",
    "Problem",
    "Quiz",
    "ReadingLink",
    "RecordedAnswer",
    "Section",
    "Topic",
    "TopicCatalogue",
    "TutorOptions",
    "builtin_course_path",
    "code_digest",
    "coverage",
    "explorer_view",
    "heading_slug",
    "lesson_sections",
    "load_course",
    "load_course_partially",
    "load_exercise_folder",
    "quiz_key",
    "render_answers",
    "same_output",
    "shuffled",
    "static_problems",
    "topic_catalogue",
    "unique_slugs",
]
