"""The router's numpy logistic regression reaches scikit-learn's minimum: same probabilities, same decisions."""

from __future__ import annotations

import numpy as np
import pytest

from agent.brains.logistic import SoftmaxRegression


def blobs(seed: int, classes: int = 5, per_class: int = 40, dims: int = 64) -> tuple[np.ndarray, list[str]]:
    """Overlapping clusters of unit vectors, like sentence embeddings of a few skills' examples."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(classes, dims))
    x = np.vstack([centre + 1.5 * rng.normal(size=(per_class, dims)) for centre in centres])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x, [f"skill-{i}" for i in range(classes) for _ in range(per_class)]


@pytest.mark.parametrize("seed, strength", [(1, 30.0), (2, 1.0), (3, 100.0)])
def test_the_same_probabilities_as_scikit_learn(seed, strength):
    from sklearn.linear_model import LogisticRegression

    x, labels = blobs(seed)
    queries, _ = blobs(seed + 100)
    ours = SoftmaxRegression(C=strength).fit(x, labels)
    theirs = LogisticRegression(C=strength, tol=1e-10, max_iter=20_000).fit(x, labels)
    assert list(ours.classes_) == list(theirs.classes_)
    assert np.abs(ours.predict_proba(queries) - theirs.predict_proba(queries)).max() < 1e-3
    assert (ours.predict_proba(queries).argmax(1) == theirs.predict_proba(queries).argmax(1)).all()


def test_probabilities_are_a_distribution_over_the_labels_seen():
    x, labels = blobs(4, classes=3)
    model = SoftmaxRegression(C=10.0).fit(x, labels)
    probabilities = model.predict_proba(x[:7])
    assert probabilities.shape == (7, 3)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert list(model.classes_) == ["skill-0", "skill-1", "skill-2"]
