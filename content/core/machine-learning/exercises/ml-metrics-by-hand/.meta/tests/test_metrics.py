import numpy as np
import pytest
from sklearn import metrics as sk

from metrics import confusion_matrix, f1, precision, recall, roc_auc

RNG = np.random.default_rng(12)


def random_case(size, positive_share):
    """Labels and predictions of 0 and 1, as plain lists; the predictions are right 70 % of the time."""
    y_true = (RNG.random(size) < positive_share).astype(int)
    flip = RNG.random(size) < 0.3
    y_pred = np.where(flip, 1 - y_true, y_true)
    return y_true.tolist(), y_pred.tolist()


CASES = [random_case(int(RNG.integers(5, 60)), float(RNG.uniform(0.1, 0.9))) for _ in range(40)]


def as_float(value, call):
    assert isinstance(value, float), f"{call} should return a float, not {type(value).__name__}"
    return value


def test_confusion_matrix_small():
    """confusion_matrix: rows are the true labels, columns the predicted ones, in the order of labels."""
    y_true = ["cat", "cat", "dog", "dog", "dog", "bird"]
    y_pred = ["cat", "dog", "dog", "dog", "cat", "cat"]
    result = confusion_matrix(y_true, y_pred, ["bird", "cat", "dog"])
    assert result == [[0, 1, 0], [0, 1, 1], [0, 1, 2]], (
        "confusion_matrix(y_true, y_pred, ['bird', 'cat', 'dog']) should be [[0, 1, 0], [0, 1, 1], [0, 1, 2]]: "
        "row i counts the examples whose TRUE label is labels[i], column j those PREDICTED labels[j]"
    )
    assert confusion_matrix(y_true, y_pred, ["dog", "cat", "bird"]) == [[2, 1, 0], [1, 1, 0], [0, 1, 0]], (
        "With labels ['dog', 'cat', 'bird'] the rows and columns follow that order: [[2, 1, 0], [1, 1, 0], [0, 1, 0]]"
    )


def test_confusion_matrix_against_sklearn():
    """confusion_matrix agrees with sklearn.metrics.confusion_matrix on 40 random cases."""
    for y_true, y_pred in CASES:
        expected = sk.confusion_matrix(y_true, y_pred, labels=[0, 1]).tolist()
        result = confusion_matrix(y_true, y_pred, [0, 1])
        assert result == expected, (
            f"confusion_matrix({y_true}, {y_pred}, [0, 1]) should be {expected}: "
            "[[true negatives, false positives], [false negatives, true positives]]"
        )
    three = RNG.integers(0, 3, 50).tolist(), RNG.integers(0, 3, 50).tolist()
    assert confusion_matrix(*three, [2, 0, 1]) == sk.confusion_matrix(*three, labels=[2, 0, 1]).tolist(), (
        "confusion_matrix with three labels [2, 0, 1] should have 3 rows and 3 columns in that order"
    )


def test_precision_recall_f1_small():
    """precision, recall and F1 on a case small enough to count by hand."""
    y_true = [1, 1, 1, 0, 0, 0, 0, 1]
    y_pred = [1, 0, 0, 1, 0, 0, 0, 1]  # tp = 2, fp = 1, fn = 2
    assert as_float(precision(y_true, y_pred), "precision") == pytest.approx(2 / 3), (
        "precision should be tp / (tp + fp) = 2 / 3 here: of the 3 predicted positives, 2 are right"
    )
    assert as_float(recall(y_true, y_pred), "recall") == pytest.approx(2 / 4), (
        "recall should be tp / (tp + fn) = 2 / 4 here: of the 4 real positives, 2 are found"
    )
    assert as_float(f1(y_true, y_pred), "f1") == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5)), (
        "f1 should be 2 * precision * recall / (precision + recall), about 0.5714 here (not their plain average)"
    )


def test_against_sklearn():
    """precision, recall and F1 agree with sklearn.metrics on 40 random cases."""
    for y_true, y_pred in CASES:
        for name, ours, theirs in [
            ("precision", precision, sk.precision_score),
            ("recall", recall, sk.recall_score),
            ("f1", f1, sk.f1_score),
        ]:
            expected = theirs(y_true, y_pred, zero_division=0.0)
            assert ours(y_true, y_pred) == pytest.approx(expected), (
                f"{name}({y_true}, {y_pred}) should be {expected:.4f}, as sklearn.metrics.{theirs.__name__} says"
            )


def test_another_positive_label():
    """positive= says which label counts as positive, for any kind of label."""
    y_true = ["spam", "ham", "spam", "ham", "ham", "spam"]
    y_pred = ["spam", "spam", "ham", "ham", "ham", "spam"]
    assert precision(y_true, y_pred, positive="spam") == pytest.approx(2 / 3), (
        "precision(..., positive='spam') should be 2 / 3: count 'spam' as the positive label"
    )
    assert recall(y_true, y_pred, positive="ham") == pytest.approx(2 / 3), (
        "recall(..., positive='ham') should be 2 / 3: with positive='ham', 'ham' is the label to find"
    )
    y_true, y_pred = [0, 1, 1, 0, 0], [0, 1, 0, 1, 0]
    assert f1(y_true, y_pred, positive=0) == pytest.approx(sk.f1_score(y_true, y_pred, pos_label=0)), (
        "f1(..., positive=0) should treat 0 as the positive label"
    )


def test_nothing_to_divide_by():
    """No predicted positives: precision 0.0; no real positives: recall 0.0; both 0: F1 0.0."""
    assert precision([1, 0, 1], [0, 0, 0]) == 0.0, (
        "precision([1, 0, 1], [0, 0, 0]) should be 0.0: nothing was predicted positive, so tp + fp is 0 "
        "(check for it before dividing)"
    )
    assert recall([0, 0, 0], [1, 0, 0]) == 0.0, (
        "recall([0, 0, 0], [1, 0, 0]) should be 0.0: there are no real positives, so tp + fn is 0"
    )
    assert f1([1, 0, 1], [0, 1, 0]) == 0.0, (
        "f1([1, 0, 1], [0, 1, 0]) should be 0.0: precision and recall are both 0"
    )


def test_accuracy_misleads_on_imbalanced_data():
    """A model that always says 'no' is 95 % accurate on 5 % positives, but its recall and F1 are 0."""
    y_true = [1] * 5 + [0] * 95
    always_no = [0] * 100
    assert confusion_matrix(y_true, always_no, [0, 1]) == [[95, 0], [5, 0]], (
        "confusion_matrix of 95 negatives and 5 positives, all predicted 0, should be [[95, 0], [5, 0]]"
    )
    assert recall(y_true, always_no) == 0.0 and f1(y_true, always_no) == 0.0, (
        "A model that never predicts the positive label finds none of them: recall and f1 should be 0.0"
    )


def test_roc_auc_small():
    """roc_auc: the share of (positive, negative) pairs where the positive has the higher score."""
    y_true = [0, 0, 1, 1]
    assert as_float(roc_auc(y_true, [0.1, 0.4, 0.35, 0.8]), "roc_auc") == pytest.approx(0.75), (
        "roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) should be 0.75: of the 4 (positive, negative) pairs, "
        "3 have the positive scored higher"
    )
    assert roc_auc(y_true, [0.9, 0.8, 0.2, 0.1]) == 0.0, "Scores that rank every negative first give 0.0"
    assert roc_auc([1, 0, 1, 0], [3, 1, 2, 0]) == 1.0, "Scores that rank every positive first give 1.0"


def test_roc_auc_ties_count_half():
    """A tie between a positive and a negative counts as half a win: constant scores give 0.5."""
    assert roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == pytest.approx(0.5), (
        "roc_auc with every score the same should be 0.5 (a coin toss): a tie counts as half a pair won"
    )
    assert roc_auc([0, 0, 1], [0.2, 0.6, 0.6]) == pytest.approx(0.75), (
        "roc_auc([0, 0, 1], [0.2, 0.6, 0.6]) should be 0.75: one pair won (0.6 > 0.2) and one tie (half)"
    )


def test_roc_auc_against_sklearn():
    """roc_auc agrees with sklearn.metrics.roc_auc_score on 30 random cases, with ties."""
    for _ in range(30):
        size = int(RNG.integers(4, 80))
        y_true = (RNG.random(size) < 0.3).astype(int)
        y_true[:2] = [0, 1]  # both classes are there
        scores = np.round(y_true * 0.3 + RNG.random(size), 1)  # rounded: some ties
        expected = sk.roc_auc_score(y_true, scores)
        result = roc_auc(y_true.tolist(), scores.tolist())
        assert result == pytest.approx(expected), (
            f"roc_auc({y_true.tolist()}, {scores.tolist()}) should be {expected:.4f}, as sklearn.metrics.roc_auc_score says"
        )
    y_true = ["yes", "no", "yes", "no"]
    assert roc_auc(y_true, [0.9, 0.2, 0.1, 0.3], positive="yes") == pytest.approx(0.5), (
        "roc_auc(..., positive='yes') should count 'yes' as positive and everything else as negative"
    )


def test_roc_auc_needs_both_classes():
    """roc_auc raises ValueError when there is no positive or no negative to compare."""
    with pytest.raises(ValueError) as raised:
        roc_auc([1, 1, 1], [0.2, 0.5, 0.9])
    assert str(raised.value).strip() != "", (
        "The ValueError of roc_auc should have a message that says what is missing, e.g. "
        "'roc_auc needs at least one positive and one negative example'"
    )
    with pytest.raises(ValueError):
        roc_auc([0, 0], [0.2, 0.5])


def test_numpy_arrays_work_too():
    """The functions accept NumPy arrays as well as lists."""
    y_true = np.array([1, 0, 1, 1, 0])
    y_pred = np.array([1, 1, 1, 0, 0])
    assert precision(y_true, y_pred) == pytest.approx(2 / 3), "precision should work on NumPy arrays too"
    assert confusion_matrix(y_true, y_pred, [0, 1]) == [[1, 1], [1, 2]], (
        "confusion_matrix should work on NumPy arrays too and return a list of lists of ints"
    )
    assert roc_auc(y_true, np.array([0.9, 0.1, 0.8, 0.15, 0.2])) == pytest.approx(5 / 6), (
        "roc_auc should work on NumPy arrays too"
    )
