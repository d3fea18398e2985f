"""Classification metrics written by hand: the confusion matrix, precision, recall, F1, ROC-AUC."""


def confusion_matrix(y_true, y_pred, labels):
    """Row i, column j: how many examples of true label labels[i] were predicted labels[j]."""
    raise NotImplementedError("confusion_matrix is not written yet")


def precision(y_true, y_pred, positive=1):
    """Of the examples predicted positive, the share that really are (0.0 if none predicted)."""
    raise NotImplementedError("precision is not written yet")


def recall(y_true, y_pred, positive=1):
    """Of the examples that really are positive, the share found (0.0 if there are none)."""
    raise NotImplementedError("recall is not written yet")


def f1(y_true, y_pred, positive=1):
    """The harmonic mean of precision and recall (0.0 when both are 0)."""
    raise NotImplementedError("f1 is not written yet")


def roc_auc(y_true, scores, positive=1):
    """The chance that a random positive gets a higher score than a random negative (ties: half)."""
    raise NotImplementedError("roc_auc is not written yet")
