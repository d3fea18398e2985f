"""Turn a table of flats into numbers a model can learn from."""

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def add_features(flats: pd.DataFrame, this_year: int = 2025) -> pd.DataFrame:
    """A new table: the columns of flats, then area_per_room and age."""
    raise NotImplementedError("add_features is not written yet")


def make_preprocessor(numeric: list[str], categorical: list[str]) -> ColumnTransformer:
    """Numbers: the median for a missing value, then scaled. Categories: the most frequent, then one-hot."""
    raise NotImplementedError("make_preprocessor is not written yet")
