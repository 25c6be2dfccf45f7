/**
 * One interface, {@link org.micmac4j.operator.IndirectOperator}, over every indirect-influence
 * operator (cumulative, Katz, DEMATEL total relation, fuzzy max-min, Boolean reachability, Perron
 * limit; the core's matrix power fits the same interface), their factories in
 * {@link org.micmac4j.operator.IndirectOperators}, and
 * {@link org.micmac4j.operator.OperatorComparison} (Kendall's tau-b between their rankings).
 *
 * <pre>{@code
 * OperatorComparison c = OperatorComparison.of(m, List.of(IndirectOperators.matrixPower(7),
 *         IndirectOperators.cumulative(7), IndirectOperators.dematel()));
 * double tau = c.influenceTau(0, 1);
 * }</pre>
 *
 * <p>Depends on the root package (matrices, the MICMAC analysis, the {@link org.micmac4j.Ranking}
 * shape), on {@code dematel} and {@code fuzzy} (whose analyses two operators wrap) and on the
 * internal kernels, storage and linear algebra. Used by callers only.
 */
package org.micmac4j.operator;
