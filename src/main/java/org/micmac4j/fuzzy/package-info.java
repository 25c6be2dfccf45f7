/**
 * Fuzzy MICMAC: linguistic scales, fuzzy matrices in [0, 1], max-min powers until they settle
 * (unit diagonal) or cycle (reported). Entry point: {@link org.micmac4j.fuzzy.FuzzyMicmac}.
 *
 * <pre>{@code
 * FuzzyResult r = FuzzyMicmac.withDefaults().analyze(FuzzyMatrix.read(table, LinguisticScale.DEFAULT));
 * }</pre>
 *
 * <p>Depends on the root package (variables, influence matrices, errors) and {@code io}
 * (reading). Used by callers and by the operators ({@code IndirectOperators.fuzzyMaxMin()}).
 */
package org.micmac4j.fuzzy;
