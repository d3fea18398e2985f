"""Classification metrics written by hand: the confusion matrix, precision, recall, F1, ROC-AUC."""


def confusion_matrix(y_true, y_pred, labels):
    """Row i, column j: how many examples of true label labels[i] were predicted labels[j]."""
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for truth, guess in zip(y_true, y_pred):
        matrix[position[truth]][position[guess]] += 1
    return matrix


def _counts(y_true, y_pred, positive):
    """True positives, false positives and false negatives for the positive label."""
    tp = fp = fn = 0
    for truth, guess in zip(y_true, y_pred):
        if guess == positive and truth == positive:
            tp += 1
        elif guess == positive:
            fp += 1
        elif truth == positive:
            fn += 1
    return tp, fp, fn


def precision(y_true, y_pred, positive=1):
    """Of the examples predicted positive, the share that really are (0.0 if none predicted)."""
    tp, fp, _ = _counts(y_true, y_pred, positive)
    if tp + fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(y_true, y_pred, positive=1):
    """Of the examples that really are positive, the share found (0.0 if there are none)."""
    tp, _, fn = _counts(y_true, y_pred, positive)
    if tp + fn == 0:
        return 0.0
    return tp / (tp + fn)


def f1(y_true, y_pred, positive=1):
    """The harmonic mean of precision and recall (0.0 when both are 0)."""
    p = precision(y_true, y_pred, positive)
    r = recall(y_true, y_pred, positive)
    if p + r == 0:
        return 0.0
    return 2 * p * r / (p + r)


def roc_auc(y_true, scores, positive=1):
    """The chance that a random positive gets a higher score than a random negative (ties: half)."""
    positives = [s for truth, s in zip(y_true, scores) if truth == positive]
    negatives = [s for truth, s in zip(y_true, scores) if truth != positive]
    if not positives or not negatives:
        raise ValueError("roc_auc needs at least one positive and one negative example")
    wins = 0.0
    for p in positives:
        for n in negatives:
            if p > n:
                wins += 1
    return wins / (len(positives) * len(negatives))
