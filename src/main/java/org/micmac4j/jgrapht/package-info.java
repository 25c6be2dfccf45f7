/**
 * Adapter between micmac4j and <a href="https://jgrapht.org">JGraphT</a>: an
 * {@link org.micmac4j.InfluenceMatrix} from any JGraphT {@code Graph<V, E>}, and the influence
 * graph of any MICMAC view as a JGraphT graph, so that JGraphT's algorithms (centralities,
 * communities, cycles, paths) run next to MICMAC's. See {@link org.micmac4j.jgrapht.JGraphTInfluence}.
 *
 * <p>JGraphT ({@code org.jgrapht:jgrapht-core} 1.5.x) is an optional dependency of micmac4j: add it
 * to your build to use this package; nothing else in micmac4j needs it. This is the only package
 * whose public API shows JGraphT types.
 *
 * <p>Depends on the root package (matrices, results), the internal message templates and JGraphT.
 * Used by callers only.
 */
package org.micmac4j.jgrapht;
