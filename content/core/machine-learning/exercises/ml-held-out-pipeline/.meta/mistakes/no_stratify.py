"""Predict which customers leave: split, train a pipeline, evaluate it on data it never saw."""

import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def split(customers: pd.DataFrame, target: str = "churned", seed: int = 0):
    """X_train, X_test, y_train, y_test: a quarter held out, with the same share of each label."""
    X = customers.drop(columns=target)
    y = customers[target]
    return train_test_split(X, y, test_size=0.25, random_state=seed)


def train_model(X_train: pd.DataFrame, y_train: pd.Series) -> Pipeline:
    """A fitted pipeline: fill, scale and one-hot encode the columns, then a logistic regression."""
    numbers = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    categories = make_pipeline(
        SimpleImputer(strategy="most_frequent"),
        OneHotEncoder(handle_unknown="ignore"),
    )
    preprocess = make_column_transformer(
        (numbers, make_column_selector(dtype_include="number")),
        (categories, make_column_selector(dtype_exclude="number")),
    )
    model = make_pipeline(preprocess, LogisticRegression())
    model.fit(X_train, y_train)
    return model


def evaluate(model: Pipeline, X: pd.DataFrame, y: pd.Series) -> dict[str, float]:
    """Accuracy, precision, recall and F1 of the model's predictions on X (1 is the positive label)."""
    predicted = model.predict(X)
    return {
        "accuracy": float(accuracy_score(y, predicted)),
        "precision": float(precision_score(y, predicted)),
        "recall": float(recall_score(y, predicted)),
        "f1": float(f1_score(y, predicted)),
    }
