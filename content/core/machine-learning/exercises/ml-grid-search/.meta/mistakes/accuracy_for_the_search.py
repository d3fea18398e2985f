"""Compare classic algorithms with cross-validation, then tune an SVM with a grid search."""

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

GRID = {"svc__C": [0.1, 1, 10], "svc__gamma": ["scale", 0.01, 0.1]}


def candidates(seed: int = 0) -> dict:
    """The four models to compare, unfitted: the ones that measure distances are scaled first."""
    return {
        "tree": DecisionTreeClassifier(random_state=seed),
        "forest": RandomForestClassifier(n_estimators=20, random_state=seed),
        "svm": make_pipeline(StandardScaler(), SVC()),
        "knn": make_pipeline(StandardScaler(), KNeighborsClassifier()),
    }


def compare_models(X: np.ndarray, y: np.ndarray, folds: int = 5, seed: int = 0) -> dict[str, float]:
    """The mean cross-validated accuracy of each candidate, all on the same folds."""
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return {name: float(cross_val_score(model, X, y, cv=cv).mean()) for name, model in candidates(seed).items()}


def tune_svm(X: np.ndarray, y: np.ndarray, seed: int = 0) -> GridSearchCV:
    """A fitted grid search over C and gamma of a scaled SVM, scored by macro F1 on 5 folds."""
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    search = GridSearchCV(make_pipeline(StandardScaler(), SVC()), GRID, cv=cv)
    return search.fit(X, y)
