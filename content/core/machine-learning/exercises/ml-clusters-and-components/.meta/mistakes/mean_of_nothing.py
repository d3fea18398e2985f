"""Learning without labels: k-means by hand, hierarchical clustering, and how many PCA components."""

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def nearest(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    """For each row of X, the index of the closest center (squared Euclidean distance)."""
    distances = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return distances.argmin(axis=1)


def kmeans(X: np.ndarray, centers: np.ndarray, max_iter: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Lloyd's algorithm from the given centers: the labels, the final centers, the rounds run."""
    centers = np.array(centers, dtype=float)
    rounds = 0
    while rounds < max_iter:
        rounds += 1
        labels = nearest(X, centers)
        moved = centers.copy()
        for k in range(len(centers)):
            members = X[labels == k]
            moved[k] = members.mean(axis=0)
        if np.array_equal(moved, centers):
            break
        centers = moved
    return nearest(X, centers), centers, rounds


def hierarchical(X: np.ndarray, k: int, linkage: str = "single") -> np.ndarray:
    """Agglomerative clustering into k groups: merge the two closest groups until k are left."""
    return AgglomerativeClustering(n_clusters=k, linkage=linkage).fit_predict(X)


def components_for(X: np.ndarray, share: float) -> int:
    """The fewest principal components (of the standardised X) that explain at least share of the variance."""
    ratios = PCA().fit(StandardScaler().fit_transform(X)).explained_variance_ratio_
    explained = np.cumsum(ratios)  # explained[i]: the share of the first i + 1 components
    first = int(np.searchsorted(explained, share))  # the first i with explained[i] >= share
    return min(first + 1, len(ratios))  # share=1.0 may be a hair above the total (rounding)
