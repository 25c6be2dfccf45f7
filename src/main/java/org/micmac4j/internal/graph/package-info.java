/**
 * Graph algorithms on the influence graph of a matrix (edge i → j where m_ij &gt; 0), in
 * O(n + non-zeros): strongly connected components (Tarjan, iterative) in topological order,
 * periods of components (gcd of breadth-first level differences), longest paths of acyclic graphs,
 * Perron roots of components (Collatz–Wielandt bounds), the resulting structure (kind, effective
 * period) that the automatic order needs before iterating, and the Boolean matrix on bit sets with
 * the library's one transitive closure (Warshall; ISM and the reachability operator), and the
 * library's one union-find ({@code DisjointSets}: CIB descriptor groups, morphological components,
 * ISM cycles in the level diagram). Internal, not API.
 *
 * <p>Depends on {@code internal.store} (the matrix it reads) only. Used by the root package
 * ({@code StructureDiagnosis}), ISM, the operators, CIB, morphology and the reports.
 */
package org.micmac4j.internal.graph;
