import numpy as np
import pandas as pd
import pytest
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from churn import evaluate, split, train_model


def customers(n, seed):
    """The same kind of table as customers.py makes (the checks use their own seeds)."""
    rng = np.random.default_rng(seed)
    tenure = rng.integers(1, 73, n)
    fee = rng.uniform(20, 120, n).round(2)
    calls = rng.poisson(2.0, n)
    contract = rng.choice(["monthly", "yearly", "two-year"], n, p=[0.5, 0.3, 0.2])
    payment = rng.choice(["card", "transfer", "cash"], n)
    effect = pd.Series(contract).map({"monthly": 1.6, "yearly": -0.6, "two-year": -2.0}).to_numpy()
    logit = 2.0 * (-0.5 + 0.7 * (calls - 2) - 0.045 * (tenure - 36) + 0.025 * (fee - 70) + effect)
    churned = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    table = pd.DataFrame(
        {
            "tenure_months": tenure,
            "monthly_fee": fee,
            "support_calls": calls,
            "contract": contract,
            "payment": payment,
            "churned": churned,
        }
    )
    table.loc[rng.random(n) < 0.08, "monthly_fee"] = np.nan
    table.loc[rng.random(n) < 0.05, "contract"] = None
    return table


TABLE = customers(800, seed=5)
TRAIN = customers(600, seed=21)
HELD_OUT = customers(2000, seed=99)  # customers the model never sees while it learns
FEATURES = ["tenure_months", "monthly_fee", "support_calls", "contract", "payment"]


def parts(*args, **kwargs):
    result = split(*args, **kwargs)
    assert isinstance(result, (tuple, list)) and len(result) == 4, (
        "split should return four things: X_train, X_test, y_train, y_test (what train_test_split returns)"
    )
    return result


@pytest.fixture(scope="module")
def model():
    return train_model(TRAIN[FEATURES], TRAIN["churned"])


def test_split_sizes_and_columns():
    """split holds a quarter of the rows out, and the label column is not among the features."""
    X_train, X_test, y_train, y_test = parts(TABLE)
    assert (len(X_train), len(X_test)) == (600, 200), (
        f"split of 800 customers should give 600 to train on and 200 to test, not {len(X_train)} and "
        f"{len(X_test)}: test_size=0.25"
    )
    assert list(X_train.columns) == FEATURES and list(X_test.columns) == FEATURES, (
        "X_train and X_test should have every column except the label 'churned': a model must not see the answer"
    )
    assert isinstance(y_train, pd.Series) and y_train.name == "churned" and len(y_test) == 200, (
        "y_train and y_test should be the 'churned' column (a Series), split the same way as X"
    )
    assert (X_train.index == y_train.index).all(), "Row i of X_train and of y_train should be the same customer"


def test_split_is_stratified():
    """split keeps the same share of churned customers in both parts (stratify) and is repeatable."""
    X_train, X_test, y_train, y_test = parts(TABLE)
    X = TABLE.drop(columns="churned")
    expected = train_test_split(X, TABLE["churned"], test_size=0.25, stratify=TABLE["churned"], random_state=0)
    assert sorted(X_test.index) == sorted(expected[1].index), (
        "split(table) should hold out the same customers as train_test_split(X, y, test_size=0.25, "
        "stratify=y, random_state=0): stratify=y keeps the same share of churned customers in both parts"
    )
    assert abs(y_train.mean() - y_test.mean()) < 0.01, "Both parts should have the same share of churned customers"


def test_split_seed_and_target():
    """seed= changes which rows are held out (0 by default); target= names the label column."""
    held_out = sorted(parts(TABLE)[1].index)
    assert sorted(parts(TABLE, seed=0)[1].index) == held_out, "split(table) should be split(table, seed=0)"
    assert sorted(parts(TABLE, seed=1)[1].index) != held_out, (
        "split(table, seed=1) should hold out other customers than seed=0: random_state=seed"
    )
    renamed = TABLE.rename(columns={"churned": "left"})
    X_train, _, y_train, _ = parts(renamed, target="left")
    assert "left" not in X_train.columns and y_train.name == "left", (
        "split(table, target='left') should take the label from the column 'left'"
    )


def test_is_a_fitted_pipeline(model):
    """train_model returns a fitted Pipeline: the preprocessing and the model in one object."""
    kind = repr(model).split("(")[0]
    assert kind == "Pipeline", (
        f"train_model should return a scikit-learn Pipeline, not a {kind}: "
        "make_pipeline(preprocessor, LogisticRegression()), fitted"
    )
    predicted = model.predict(HELD_OUT[FEATURES].head(5))
    assert len(predicted) == 5 and set(np.unique(predicted)) <= {0, 1}, (
        "model.predict on 5 customers should give 5 labels, each 0 or 1"
    )


def test_the_preprocessing_step(model):
    """The pipeline's first step fills and scales the numbers, then one-hot encodes the categories."""
    expected = ColumnTransformer(
        [
            ("numbers", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), FEATURES[:3]),
            ("words", make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), FEATURES[3:]),
        ]
    ).fit(TRAIN[FEATURES])
    sample = HELD_OUT[FEATURES].head(60)
    features = model[0].transform(sample)
    if not isinstance(features, np.ndarray):
        features = features.toarray()  # a sparse matrix
    wanted = expected.transform(sample)
    assert features.shape == wanted.shape, (
        f"The first step of the pipeline should turn 60 customers into a 60 x {wanted.shape[1]} array "
        f"(3 numbers, 3 contracts, 3 payments), not {features.shape}"
    )
    assert np.allclose(features[:, :3], wanted[:, :3]), (
        "The first 3 columns made by the pipeline's first step should be the numeric columns, each hole "
        "filled with the training median and THEN scaled: make_pipeline(SimpleImputer(strategy='median'), "
        "StandardScaler()), in that order"
    )
    assert np.allclose(features[:, 3:], wanted[:, 3:]), (
        "After the numbers come the one-hot columns of contract and payment, a hole filled with the most "
        "frequent value FIRST: make_pipeline(SimpleImputer(strategy='most_frequent'), "
        "OneHotEncoder(handle_unknown='ignore'))"
    )


def test_held_out_accuracy_and_f1(model):
    """On 2,000 customers it never saw, the model is right at least 80 % of the time, with F1 >= 0.78."""
    predicted = model.predict(HELD_OUT[FEATURES])
    truth = HELD_OUT["churned"]
    accuracy, f1 = accuracy_score(truth, predicted), f1_score(truth, predicted)
    baseline = (truth == 0).mean()
    assert accuracy >= 0.80, (
        f"On held-out customers the accuracy is {accuracy:.3f}; it should be at least 0.80 (always saying "
        f"'stays' gets {baseline:.3f}). Use every column: scale the numbers and one-hot encode the "
        "categories (contract matters a lot), then a LogisticRegression"
    )
    assert f1 >= 0.78, (
        f"On held-out customers F1 for 'churned' is {f1:.3f}; it should be at least 0.78: the model must "
        "find the customers who leave, not only be right about those who stay"
    )


def test_new_customers_with_holes(model):
    """The pipeline handles what new data brings: missing values everywhere and a contract never seen."""
    odd = pd.DataFrame(
        {
            "tenure_months": [12.0, np.nan, 40.0],
            "monthly_fee": [np.nan, 99.0, 30.0],
            "support_calls": [np.nan, 1.0, 0.0],
            "contract": [None, "weekly", "yearly"],
            "payment": ["card", None, "voucher"],
        }
    )
    predicted = model.predict(odd)
    assert len(predicted) == 3, (
        "model.predict should work on customers with missing numbers and categories, and with a "
        "contract ('weekly') never seen in training: impute, and OneHotEncoder(handle_unknown='ignore')"
    )


def test_evaluate(model):
    """evaluate gives accuracy, precision, recall and F1 of the model on the data it is given."""
    X, y = HELD_OUT[FEATURES].head(400), HELD_OUT["churned"].head(400)
    scores = evaluate(model, X, y)
    assert isinstance(scores, dict) and sorted(scores) == ["accuracy", "f1", "precision", "recall"], (
        "evaluate should return a dict with the keys 'accuracy', 'precision', 'recall' and 'f1'"
    )
    predicted = model.predict(X)
    for name, metric in [
        ("accuracy", accuracy_score),
        ("precision", precision_score),
        ("recall", recall_score),
        ("f1", f1_score),
    ]:
        expected = metric(y, predicted)
        assert isinstance(scores[name], float) and scores[name] == pytest.approx(expected), (
            f"evaluate(...)['{name}'] should be {expected:.4f}: sklearn.metrics.{metric.__name__}(y, "
            "model.predict(X)), true labels first"
        )
