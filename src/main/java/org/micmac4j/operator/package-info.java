/**
 * One interface, {@link org.micmac4j.operator.IndirectOperator}, over every indirect-influence
 * operator (cumulative, Katz, DEMATEL total relation, fuzzy max-min, Boolean reachability, Perron
 * limit; the core's matrix power fits the same interface), their factories in
 * {@link org.micmac4j.operator.IndirectOperators}, and
 * {@link org.micmac4j.operator.OperatorComparison} (Kendall's tau-b between their rankings).
 */
package org.micmac4j.operator;
