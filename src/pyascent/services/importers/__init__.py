"""Importers: course material from elsewhere turned into pyascent packs (Exercism tracks)."""

from pyascent.services.importers.exercism_import import (
    ConvertedExercise,
    ImportReport,
    import_exercism,
)
from pyascent.services.importers.exercism_track import Skipped

__all__ = ["ConvertedExercise", "ImportReport", "Skipped", "import_exercism"]
