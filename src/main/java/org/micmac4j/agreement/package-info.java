/**
 * Inter-rater agreement statistics, independent of MICMAC: Kendall's W, Krippendorff's alpha,
 * Fleiss' kappa and the intraclass correlations of Shrout and Fleiss.
 *
 * <p>Every statistic takes its ratings as {@code double[unit][rater]}: one row per unit (subject,
 * object, matrix cell), one column per rater (expert, observer, judge), {@link Double#NaN} for a
 * missing value where the statistic allows one. Inputs are never modified. Each class is an
 * immutable configured object ({@code withDefaults()}, {@code with...()}) and returns a small
 * immutable result that exposes its configuration.
 *
 * <p>Formulas and sources are in each class's Javadoc and in docs/METHOD.md §9.2.
 *
 * <p>Depends on nothing else in the library, only on Apache Commons Statistics (the χ² and F
 * distributions of the p-values and confidence limits). Used by {@code org.micmac4j.experts},
 * reports and the command line.
 */
package org.micmac4j.agreement;
