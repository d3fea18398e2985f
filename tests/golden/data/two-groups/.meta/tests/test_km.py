from km import fit

def test_fit():
    """KMeans runs in the subject."""
    assert len(fit()) == 4, "four labels"
