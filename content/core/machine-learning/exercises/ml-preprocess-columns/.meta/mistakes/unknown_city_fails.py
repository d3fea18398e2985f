"""Turn a table of flats into numbers a model can learn from."""

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def add_features(flats: pd.DataFrame, this_year: int = 2025) -> pd.DataFrame:
    """A new table: the columns of flats, then area_per_room and age."""
    return flats.assign(
        area_per_room=flats["area"] / flats["rooms"],
        age=this_year - flats["year_built"],
    )


def make_preprocessor(numeric: list[str], categorical: list[str]) -> ColumnTransformer:
    """Numbers: the median for a missing value, then scaled. Categories: the most frequent, then one-hot."""
    numbers = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    categories = make_pipeline(
        SimpleImputer(strategy="most_frequent"),
        OneHotEncoder(sparse_output=False),
    )
    return ColumnTransformer([("numeric", numbers, numeric), ("categorical", categories, categorical)])
