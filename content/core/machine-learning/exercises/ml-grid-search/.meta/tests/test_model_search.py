import numpy as np
import pytest
from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, ParameterGrid, StratifiedKFold, cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

from model_search import candidates, compare_models, tune_svm

X, Y = load_wine(return_X_y=True)  # 178 wines, 13 measurements each, 3 kinds of grape
X_TRAIN, X_TEST, Y_TRAIN, Y_TEST = train_test_split(X, Y, test_size=0.3, stratify=Y, random_state=1)
GRID = {"svc__C": [0.1, 1, 10], "svc__gamma": ["scale", 0.01, 0.1]}
NAMES = ["forest", "knn", "svm", "tree"]
MODELS = {
    "tree": DecisionTreeClassifier(random_state=0),
    "forest": RandomForestClassifier(n_estimators=20, random_state=0),
    "svm": make_pipeline(StandardScaler(), SVC()),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier()),
}


def folds(n, seed):
    return StratifiedKFold(n_splits=n, shuffle=True, random_state=seed)


def mean_accuracy(model, n=5, seed=0):
    return cross_val_score(model, X, Y, cv=folds(n, seed)).mean()


def their_scores(**kwargs):
    scores = compare_models(X, Y, **kwargs)
    assert isinstance(scores, dict) and sorted(scores) == NAMES, (
        f"compare_models should return a dict with the keys {NAMES}, one mean accuracy per model"
    )
    return scores


def kind(estimator):
    """The class name of a scikit-learn estimator, from its repr: 'SVC' for SVC(C=10)."""
    return repr(estimator).split("(")[0]


@pytest.fixture(scope="module")
def search():
    return tune_svm(X_TRAIN, Y_TRAIN)


def test_candidates():
    """candidates(seed) gives the four unfitted models of the instructions."""
    models = candidates(7)
    assert isinstance(models, dict) and sorted(models) == NAMES, f"candidates() should be a dict with the keys {NAMES}"
    tree, forest = models["tree"], models["forest"]
    assert kind(tree) == "DecisionTreeClassifier" and tree.random_state == 7, (
        "candidates(7)['tree'] should be DecisionTreeClassifier(random_state=7): the seed fixes its randomness"
    )
    assert kind(forest) == "RandomForestClassifier" and forest.random_state == 7, (
        "candidates(7)['forest'] should be RandomForestClassifier(n_estimators=20, random_state=7)"
    )
    assert candidates()["tree"].random_state == 0 and candidates()["forest"].random_state == 0, (
        "candidates() should use seed 0 by default: random_state=0 for the tree and the forest"
    )
    assert forest.n_estimators == 20, (
        f"candidates()['forest'] should have 20 trees (n_estimators=20), not {forest.n_estimators}"
    )
    for name, last in [("svm", "SVC"), ("knn", "KNeighborsClassifier")]:
        model = models[name]
        names = [kind(model[i]) for i in range(len(model))] if kind(model) == "Pipeline" else [kind(model)]
        assert names == ["StandardScaler", last], (
            f"candidates()['{name}'] should be make_pipeline(StandardScaler(), {last}()): a model that "
            f"measures distances needs scaled features (it is {model!r})"
        )


def test_compare_models():
    """compare_models gives each model's mean accuracy over the same 5 stratified, shuffled folds."""
    scores = their_scores()
    for name, model in MODELS.items():
        expected = mean_accuracy(model)
        assert isinstance(scores[name], float) and scores[name] == pytest.approx(expected), (
            f"compare_models(X, y)['{name}'] should be {expected:.4f}: cross_val_score(model, X, y, "
            "cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=0)).mean()"
        )
    assert scores["forest"] > scores["tree"], "On these wines the forest should beat the single tree"


def test_compare_models_folds_and_seed():
    """folds= and seed= choose the cross-validation splits and the trees' randomness."""
    scores = their_scores(folds=3, seed=4)
    for name, model in [("tree", DecisionTreeClassifier(random_state=4)), ("knn", MODELS["knn"])]:
        expected = mean_accuracy(model, n=3, seed=4)
        assert scores[name] == pytest.approx(expected), (
            f"compare_models(X, y, folds=3, seed=4)['{name}'] should be {expected:.4f}: "
            "StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed), and candidates(seed)"
        )


def test_grid_search_tries_the_whole_grid(search):
    """tune_svm tries every pair of C and gamma of the grid, on 5 folds, scored by macro F1."""
    assert kind(search) == "GridSearchCV", (
        f"tune_svm should return a fitted GridSearchCV, not a {kind(search)}"
    )
    tried = search.cv_results_["params"]
    assert tried == list(ParameterGrid(GRID)), (
        f"The grid search should try the 9 combinations of {GRID}; it tried {tried}. The SVC step of "
        "make_pipeline is named 'svc', so the keys are svc__C and svc__gamma"
    )
    assert search.scoring == "f1_macro" and search.n_splits_ == 5, (
        "The grid search should score with scoring='f1_macro' on 5 folds"
    )


def test_grid_search_finds_the_best(search):
    """best_params_, best_score_ and every pair's score are those of the same search done here."""
    expected = GridSearchCV(make_pipeline(StandardScaler(), SVC()), GRID, cv=folds(5, 0), scoring="f1_macro")
    expected.fit(X_TRAIN, Y_TRAIN)
    assert search.best_params_ == expected.best_params_, (
        f"The best parameters should be {expected.best_params_}, not {search.best_params_}: scale before the "
        "SVC, and use cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)"
    )
    assert search.best_score_ == pytest.approx(expected.best_score_), (
        f"best_score_ should be {expected.best_score_:.4f}, the mean macro F1 of the best pair over the 5 folds"
    )
    assert np.allclose(search.cv_results_["mean_test_score"], expected.cv_results_["mean_test_score"]), (
        "Every pair's mean score should match a search on StratifiedKFold(5, shuffle=True, random_state=0)"
    )


def test_grid_search_generalises(search):
    """The refitted best model scores a macro F1 of at least 0.95 on wines held out from the search."""
    predicted = search.predict(X_TEST)
    score = f1_score(Y_TEST, predicted, average="macro")
    assert score >= 0.95, (
        f"On held-out wines the tuned SVM's macro F1 is {score:.3f}; it should be at least 0.95. "
        "Scale the measurements before the SVC (an unscaled SVM scores about 0.7)"
    )
