"""Use cases composed from course, grader, store and tutor; the shells call only these.

The CLI and the web app import this package and nothing below it: the types they show
(verdicts, exercises, lessons) are re-exported here, and every failure below is translated
into one of the errors here, each with a message a person can act on.
"""

from pyascent.course import (
    EXPLORER_VIEWS,
    Course,
    Exercise,
    Lesson,
    Module,
    builtin_course_path,
    explorer_view,
    heading_slug,
    topic_catalogue,
)
from pyascent.grader import Frame, RunOutput, SourceProblem, TestResult, Verdict
from pyascent.services.bootstrap import (
    ServerSetup,
    init_workspace,
    load_course_or_explain,
    open_classroom,
    open_learner,
    open_server,
    open_worker,
)
from pyascent.services.course_check import CourseReport, check_course, feedback_text
from pyascent.services.doctor import DoctorReport, run_doctor
from pyascent.services.errors import (
    GradingBusy,
    GradingFailed,
    ServiceError,
    StorageError,
    UnknownFile,
)
from pyascent.services.explorer import END_WORDS, Exploration, explain_file, explore
from pyascent.services.grading import (
    FileVerdict,
    default_grader,
    grade_file,
    job_for,
    replace_main_file,
    server_grader,
)
from pyascent.services.importers import (
    ConvertedExercise,
    ImportReport,
    Skipped,
    import_exercism,
)
from pyascent.services.learner import LearnerService
from pyascent.services.learner_input import InputRefused, checked_text, read_learner_file
from pyascent.services.mutation import (
    ExerciseMutants,
    MutantsCourseReport,
    check_course_mutants,
    mutants_of_exercise,
)
from pyascent.services.paths import data_dir
from pyascent.services.queueing import GradingWorker, QueuedCheck, QueueError, queue_report
from pyascent.services.quizzes import QuizBook, QuizResult, QuizView
from pyascent.services.review import (
    RATING_NAMES,
    CardView,
    Reviewed,
    Reviews,
    ReviewSummary,
)
from pyascent.services.settings import SettingInfo, Settings, Source, info_of, settings_table
from pyascent.services.settings_doc import settings_markdown
from pyascent.services.settings_loader import LoadedSettings, load_settings
from pyascent.services.tutor_eval import EvalReport
from pyascent.services.tutor_eval import evaluate as evaluate_tutor
from pyascent.services.tutoring import Citation, TutorBusy, Tutoring, TutorReply
from pyascent.services.views import (
    AttemptState,
    CheckOutcome,
    Hint,
    ProgressSummary,
    RoadmapExercise,
    RoadmapModule,
    RoadmapPhase,
    SolutionView,
)
from pyascent.services.workspace import effective_settings

__all__ = [
    "END_WORDS",
    "EXPLORER_VIEWS",
    "RATING_NAMES",
    "AttemptState",
    "CardView",
    "CheckOutcome",
    "Citation",
    "ConvertedExercise",
    "Course",
    "CourseReport",
    "DoctorReport",
    "EvalReport",
    "Exercise",
    "ExerciseMutants",
    "Exploration",
    "FileVerdict",
    "Frame",
    "GradingBusy",
    "GradingFailed",
    "GradingWorker",
    "Hint",
    "ImportReport",
    "InputRefused",
    "LearnerService",
    "Lesson",
    "LoadedSettings",
    "Module",
    "MutantsCourseReport",
    "ProgressSummary",
    "QueueError",
    "QueuedCheck",
    "QuizBook",
    "QuizResult",
    "QuizView",
    "ReviewSummary",
    "Reviewed",
    "Reviews",
    "RoadmapExercise",
    "RoadmapModule",
    "RoadmapPhase",
    "RunOutput",
    "ServerSetup",
    "ServiceError",
    "SettingInfo",
    "Settings",
    "Skipped",
    "SolutionView",
    "Source",
    "SourceProblem",
    "StorageError",
    "TestResult",
    "TutorBusy",
    "TutorReply",
    "Tutoring",
    "UnknownFile",
    "Verdict",
    "builtin_course_path",
    "check_course",
    "check_course_mutants",
    "checked_text",
    "data_dir",
    "default_grader",
    "effective_settings",
    "evaluate_tutor",
    "explain_file",
    "explore",
    "explorer_view",
    "feedback_text",
    "grade_file",
    "heading_slug",
    "import_exercism",
    "info_of",
    "init_workspace",
    "job_for",
    "load_course_or_explain",
    "load_settings",
    "mutants_of_exercise",
    "open_classroom",
    "open_learner",
    "open_server",
    "open_worker",
    "queue_report",
    "read_learner_file",
    "replace_main_file",
    "run_doctor",
    "server_grader",
    "settings_markdown",
    "settings_table",
    "topic_catalogue",
]
