/**
 * The scenario space shared by cross-impact balance ({@code org.micmac4j.cib}) and morphological
 * analysis ({@code org.micmac4j.morph}): {@link org.micmac4j.scenario.Descriptor descriptors}
 * (morphological parameters) each with mutually exclusive {@link org.micmac4j.scenario.Variant
 * variants} (parameter values), the {@link org.micmac4j.scenario.ScenarioSpace space} of their
 * combinations, counted exactly, and a {@link org.micmac4j.scenario.Scenario scenario}: one variant
 * per descriptor.
 *
 * <p>Depends only on {@code org.micmac4j} (errors) and its internal messages; used by
 * {@code org.micmac4j.cib} and {@code org.micmac4j.morph}.
 *
 * <pre>{@code
 * ScenarioSpace space = ScenarioSpace.of(List.of(
 *         Descriptor.of("A", "Government", List.of(Variant.of("A1"), Variant.of("A2"))),
 *         Descriptor.of("B", "Economy", List.of(Variant.of("B1"), Variant.of("B2"), Variant.of("B3")))));
 * space.size();                        // 6, as a BigInteger
 * Scenario s = space.scenario("A2", "B1");
 * space.variantIds(s);                 // [A2, B1]
 * }</pre>
 *
 * <p>Depends on the root package (errors) and the internal message templates. Used by
 * {@code org.micmac4j.cib}, {@code org.micmac4j.morph}, reports and the command line.
 */
package org.micmac4j.scenario;
