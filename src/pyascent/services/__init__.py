"""Use cases composed from course, grader, store and tutor; the shells call only these."""

from pyascent.services.bootstrap import (
    default_grader,
    init_workspace,
    load_course_or_explain,
    open_learner,
    open_server,
    server_grader,
)
from pyascent.services.course_check import CourseReport, check_course, feedback_text
from pyascent.services.doctor import DoctorReport, run_doctor
from pyascent.services.errors import ServiceError
from pyascent.services.grading import job_for, replace_main_file
from pyascent.services.learner import (
    CheckOutcome,
    Hint,
    LearnerService,
    ProgressSummary,
    RoadmapExercise,
    RoadmapModule,
    RoadmapPhase,
    SolutionView,
)
from pyascent.services.paths import data_dir, default_database_url, secret_key
from pyascent.store import StoreError

__all__ = [
    "CheckOutcome",
    "CourseReport",
    "DoctorReport",
    "Hint",
    "LearnerService",
    "ProgressSummary",
    "RoadmapExercise",
    "RoadmapModule",
    "RoadmapPhase",
    "ServiceError",
    "SolutionView",
    "StoreError",
    "check_course",
    "data_dir",
    "default_database_url",
    "default_grader",
    "feedback_text",
    "init_workspace",
    "job_for",
    "load_course_or_explain",
    "open_learner",
    "open_server",
    "replace_main_file",
    "run_doctor",
    "secret_key",
    "server_grader",
]
