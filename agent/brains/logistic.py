"""Multinomial logistic regression in numpy, for the skill router.

The router fits a few hundred sentence vectors once per hotel; scikit-learn and
scipy would add about 90 MB to every worker for that one fit. The objective is
scikit-learn's (softmax log-loss plus an L2 penalty of 1/(2C) on the weights,
none on the intercepts), strictly convex in the weights, so L-BFGS here reaches
the same minimum and the same decisions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


class SoftmaxRegression:
    """Fit with `fit(x, labels)`; `predict_proba` and `classes_` as scikit-learn names them."""

    def __init__(self, C: float = 1.0, max_iter: int = 1000, tol: float = 1e-6):  # noqa: N803 (scikit-learn's name)
        self.C, self.max_iter, self.tol = C, max_iter, tol
        self.classes_ = np.array([])
        self._weights = np.zeros((0, 0))
        self._intercepts = np.zeros(0)

    def fit(self, x: np.ndarray, labels: Sequence[str]) -> SoftmaxRegression:
        self.classes_, y = np.unique(np.asarray(labels), return_inverse=True)
        x = np.asarray(x, dtype=np.float64)
        onehot = np.eye(len(self.classes_))[y]
        n, dims = x.shape
        k = len(self.classes_)

        def objective(params: np.ndarray) -> tuple[float, np.ndarray]:
            weights, intercepts = params[:dims * k].reshape(dims, k), params[dims * k:]
            logits = x @ weights + intercepts
            logits -= logits.max(axis=1, keepdims=True)
            log_norm = np.log(np.exp(logits).sum(axis=1, keepdims=True))
            probabilities = np.exp(logits - log_norm)
            # Scaled by 1/n (the minimum does not move) so the gradient tolerance means the same for any hotel.
            loss = (-(onehot * (logits - log_norm)).sum() + (weights * weights).sum() / (2 * self.C)) / n
            error = probabilities - onehot
            gradient = np.concatenate([(x.T @ error + weights / self.C).ravel(), error.sum(axis=0)]) / n
            return float(loss), gradient

        params = _lbfgs(objective, np.zeros(dims * k + k), self.max_iter, self.tol)
        self._weights, self._intercepts = params[:dims * k].reshape(dims, k), params[dims * k:]
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        logits = np.asarray(x, dtype=np.float64) @ self._weights + self._intercepts
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


def _lbfgs(objective: Objective, start: np.ndarray, max_iter: int, tol: float, memory: int = 10) -> np.ndarray:
    """Minimize a smooth convex function: L-BFGS directions, backtracking (Armijo) steps."""
    point = start
    value, gradient = objective(point)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []   # (s, y, 1 / y·s), newest last
    for _ in range(max_iter):
        if np.abs(gradient).max() <= tol:
            break
        direction = -gradient
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * (s @ direction)
            direction = direction - alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            direction = direction * ((s @ y) / (y @ y))
        else:
            direction = direction / max(np.linalg.norm(gradient), 1.0)
        for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
            direction = direction + s * (alpha - rho * (y @ direction))
        slope = gradient @ direction
        size = 1.0
        while True:
            candidate = point + size * direction
            new_value, new_gradient = objective(candidate)
            if new_value <= value + 1e-4 * size * slope or size < 1e-10:
                break
            size /= 2
        s, y = candidate - point, new_gradient - gradient
        if s @ y > 1e-12:
            steps = [*steps[-(memory - 1):], (s, y, 1.0 / (s @ y))]
        point, value, gradient = candidate, new_value, new_gradient
    return point
