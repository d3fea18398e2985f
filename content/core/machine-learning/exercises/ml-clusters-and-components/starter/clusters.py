"""Learning without labels: k-means by hand, hierarchical clustering, and how many PCA components."""

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def kmeans(X: np.ndarray, centers: np.ndarray, max_iter: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Lloyd's algorithm from the given centers: the labels, the final centers, the rounds run."""
    raise NotImplementedError("kmeans is not written yet")


def hierarchical(X: np.ndarray, k: int, linkage: str = "single") -> np.ndarray:
    """Agglomerative clustering into k groups: merge the two closest groups until k are left."""
    raise NotImplementedError("hierarchical is not written yet")


def components_for(X: np.ndarray, share: float) -> int:
    """The fewest principal components (of the standardised X) that explain at least share of the variance."""
    raise NotImplementedError("components_for is not written yet")
