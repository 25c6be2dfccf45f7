/**
 * Morphological analysis (Zwicky; Ritchey's cross-consistency assessment) on the shared scenario
 * space: parameters are {@link org.micmac4j.scenario.Descriptor descriptors}, values are
 * {@link org.micmac4j.scenario.Variant variants}. A {@link org.micmac4j.morph.MorphologicalField}
 * holds the pairwise compatibility table (binary or ordinal −2..+2) and unary exclusions;
 * {@link org.micmac4j.morph.MorphologicalAnalysis} counts the consistent configurations exactly,
 * lists and ranks them, gives per-value survival counts and the inference mode;
 * {@link org.micmac4j.morph.FieldCsv} reads the table.
 *
 * <pre>{@code
 * MorphologicalField f = FieldCsv.read(Path.of("compatibility.csv"), PairScale.BINARY);
 * MorphologicalResult r = MorphologicalAnalysis.withDefaults().analyze(f);
 * r.count();                               // exact BigInteger
 * r.configurations();                      // the first 1000, lexicographic
 * MorphologicalAnalysis.withDefaults().infer(f, Map.of("Drink.Milk", "3")).possibleValues(0);
 * }</pre>
 *
 * <p>The method, its conventions and sources: docs/METHOD.md §11.
 *
 * <p>Depends on {@code org.micmac4j.scenario} (the space), {@code org.micmac4j.io} (the CSV
 * reader), the root package (errors) and the internal message templates. Used by callers, reports
 * and the command line.
 */
package org.micmac4j.morph;
