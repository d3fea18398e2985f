import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering
from sklearn.datasets import load_wine, make_blobs, make_moons
from sklearn.decomposition import PCA
from sklearn.metrics import adjusted_rand_score
from sklearn.preprocessing import StandardScaler

from clusters import components_for, hierarchical, kmeans

BLOBS, BLOB_LABELS = make_blobs(n_samples=300, centers=4, cluster_std=1.5, random_state=3)
START = BLOBS[[0, 1, 2, 3]]  # four points of the data as the first centers
MOONS, MOON_LABELS = make_moons(n_samples=200, noise=0.05, random_state=0)
WINE, _ = load_wine(return_X_y=True)


def same_groups(a, b):
    """True when two labellings make the same groups, whatever number each group gets."""
    return adjusted_rand_score(a, b) == 1.0


def run_kmeans(X, centers, max_iter):
    result = kmeans(X, centers, max_iter)
    assert isinstance(result, tuple) and len(result) == 3, (
        "kmeans should return a tuple of three things: (labels, centers, rounds)"
    )
    labels, centers, rounds = result
    assert isinstance(labels, np.ndarray) and isinstance(centers, np.ndarray), (
        "kmeans should return the labels and the centers as NumPy arrays"
    )
    assert type(rounds) is int, f"The number of rounds should be an int, not {type(rounds).__name__}"
    return labels, centers, rounds


def test_kmeans_by_hand():
    """Six points in two corners: k-means moves the centers to the two groups' means."""
    X = np.array([[0, 0], [0, 1], [1, 0], [9, 9], [9, 10], [10, 9.0]])
    labels, centers, rounds = run_kmeans(X, np.array([[0, 0], [1, 0.0]]), 10)
    assert labels.tolist() == [0, 0, 0, 1, 1, 1], (
        f"kmeans on two corners from the centers [0, 0] and [1, 0] should label them [0, 0, 0, 1, 1, 1], "
        f"not {labels.tolist()}: each point goes to its NEAREST center, and label k means center k"
    )
    assert np.allclose(centers, [[1 / 3, 1 / 3], [28 / 3, 28 / 3]]), (
        "The final centers should be the mean of each group: [1/3, 1/3] and [28/3, 28/3]"
    )
    assert rounds == 3, (
        f"This run needs 3 rounds (two that move the centers, one that finds they no longer move), not {rounds}"
    )


def slow_kmeans(X, centers, max_iter):
    """k-means the slow way, one point and one center at a time: (labels, centers, rounds)."""
    points = X.tolist()
    centers = [list(c) for c in centers]

    def closest(point):
        distances = [sum((p - c) ** 2 for p, c in zip(point, center)) for center in centers]
        return distances.index(min(distances))

    for rounds in range(1, max_iter + 1):
        labels = [closest(point) for point in points]
        moved = []
        for k, center in enumerate(centers):
            members = [point for point, label in zip(points, labels) if label == k]
            moved.append([sum(column) / len(members) for column in zip(*members)] if members else center)
        if np.allclose(moved, centers, rtol=0, atol=1e-12):
            break
        centers = moved
    return [closest(point) for point in points], np.array(centers), rounds


def test_kmeans_agrees_with_a_reference():
    """On 300 points, kmeans gives the labels, centers and rounds of k-means done one point at a time."""
    for max_iter in [1, 2, 3, 100]:
        labels, centers, rounds = run_kmeans(BLOBS, START, max_iter)
        expected_labels, expected_centers, expected_rounds = slow_kmeans(BLOBS, START, max_iter)
        assert labels.tolist() == expected_labels and np.allclose(centers, expected_centers), (
            f"kmeans(X, start, max_iter={max_iter}) gives other labels or centers than k-means done by hand: "
            "each round labels every point with its nearest center, then moves each center to the mean of its "
            "points; the labels returned are those of the final centers"
        )
        assert rounds == expected_rounds, (
            f"kmeans(X, start, max_iter={max_iter}) should run {expected_rounds} rounds, not {rounds}: stop after "
            "a round that moves no center, and never run more than max_iter rounds"
        )


def test_kmeans_integer_centers():
    """Starting centers given as integers still move to exact means (floats)."""
    X = np.array([[0, 0], [0, 1], [1, 0], [9, 9], [9, 10], [10, 9.0]])
    _, centers, _ = run_kmeans(X, np.array([[0, 0], [10, 10]]), 10)
    assert centers.dtype == np.float64 and np.allclose(centers, [[1 / 3, 1 / 3], [28 / 3, 28 / 3]]), (
        "kmeans(X, np.array([[0, 0], [10, 10]]), 10) should give the centers [1/3, 1/3] and [28/3, 28/3] as "
        "floats: copy the starting centers into a float array first (np.array(centers, dtype=float)), or "
        "the means are cut to whole numbers"
    )


def test_kmeans_lonely_and_empty_centers():
    """A center with one point moves onto it; a center with no point at all stays where it is."""
    X = np.array([[0, 0], [0, 1], [10, 10.0]])
    labels, centers, _ = run_kmeans(X, np.array([[0, 0], [9, 9.0]]), 10)
    assert np.allclose(centers, [[0, 0.5], [10, 10]]), (
        "A center whose group has a single point should move onto that point: [10, 10]"
    )
    X = np.array([[0, 0], [0, 1], [1, 1.0]])
    labels, centers, _ = run_kmeans(X, np.array([[0, 0], [0, 1], [100, 100.0]]), 10)
    assert np.allclose(centers[2], [100, 100]) and not np.isnan(centers).any(), (
        "A center that gets no point (here [100, 100]) should stay where it is: the mean of no points is not "
        "a number (NaN)"
    )
    assert labels.tolist() == [0, 1, 1], "The labels should be [0, 1, 1]: nobody is near [100, 100]"


def test_kmeans_finds_the_blobs():
    """From four starting points, kmeans finds the four blobs the data was made from."""
    labels, _, _ = run_kmeans(BLOBS, START, 100)
    score = adjusted_rand_score(BLOB_LABELS, labels)
    assert score > 0.9, f"kmeans should find the 4 blobs (agreement {score:.2f}, it should be above 0.9)"


def test_single_linkage_follows_the_moons():
    """Single linkage separates two half-moons that k-means cuts across."""
    labels = hierarchical(MOONS, 2)
    assert isinstance(labels, np.ndarray) and len(labels) == 200, "hierarchical should return one label per row"
    assert same_groups(labels, MOON_LABELS), (
        "hierarchical(moons, 2) should find the two half-moons: single linkage (linkage='single', the "
        "default) merges the two groups with the closest pair of points, so it follows a long thin shape"
    )
    kmeans_labels, _, _ = run_kmeans(MOONS, MOONS[:2], 100)
    assert not same_groups(kmeans_labels, MOON_LABELS), "k-means alone cannot find the moons (it cuts them in two)"


def test_other_linkages():
    """linkage= chooses how the distance between two groups is measured."""
    for linkage, k in [("ward", 4), ("average", 3), ("complete", 4)]:
        expected = AgglomerativeClustering(n_clusters=k, linkage=linkage).fit_predict(BLOBS)
        assert same_groups(hierarchical(BLOBS, k, linkage=linkage), expected), (
            f"hierarchical(X, {k}, linkage='{linkage}') should make the groups of "
            f"AgglomerativeClustering(n_clusters={k}, linkage='{linkage}')"
        )


def test_components_for():
    """components_for gives the fewest components that explain at least the share asked."""
    ratios = PCA().fit(StandardScaler().fit_transform(WINE)).explained_variance_ratio_
    for share, expected in [(0.5, 2), (0.8, 5), (0.9, 8), (0.95, 10)]:
        result = components_for(WINE, share)
        assert type(result) is int and result == expected, (
            f"components_for(wine, {share}) should be {expected}, not {result!r}: add up "
            "explained_variance_ratio_ until the total reaches the share"
        )
    assert components_for(WINE, ratios[0]) == 1, (
        "When the first component alone explains exactly the share asked, one component is enough: "
        "'at least' means >="
    )
    assert components_for(WINE, 1.0) == 13, "components_for(wine, 1.0) should be 13, every component"


def test_components_of_standardised_data():
    """PCA runs on standardised columns: without scaling, the column with the biggest numbers wins."""
    assert components_for(WINE, 0.99) == 12, (
        "components_for(wine, 0.99) should be 12. Standardise the columns first (StandardScaler): "
        "without it the proline column (values near 1000) explains 99.8 % of the variance by itself"
    )
