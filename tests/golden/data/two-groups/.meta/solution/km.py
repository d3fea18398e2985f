from sklearn.cluster import KMeans

def fit():
    return KMeans(2, n_init=1, random_state=0).fit([[0.0], [1.0], [5.0], [6.0]]).labels_.tolist()
