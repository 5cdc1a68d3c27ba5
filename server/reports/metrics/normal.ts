// The standard normal distribution: what the comparison tests turn a z statistic into.

/**
 * erfc by the rational Chebyshev approximation of Numerical Recipes (erfcc): relative error
 * below 1.2e-7 everywhere, plenty for a p-value shown with two digits.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** P(Z <= z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p-value of a z statistic: the chance of a difference at least this large by noise alone. */
export function twoSidedP(z: number): number {
  if (!Number.isFinite(z)) return z === z ? 0 : 1;
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}
