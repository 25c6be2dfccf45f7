/**
 * Apache Spark jobs for the largest runs: exact basins by ranges of starts
 * ({@link org.micmac4j.spark.SparkCib#weights}), and judgement noise, ensembles and the experts'
 * Monte Carlo robustness by ranges of draws ({@link org.micmac4j.spark.SparkCib},
 * {@link org.micmac4j.spark.SparkRobustness}). Each task recomputes its range from the inputs alone
 * (draw d from {@code Draws.stream(seed, d)}), so results are bit for bit those of one machine
 * whatever the partitions, executors or retries.
 *
 * <p>Depends on {@code org.micmac4j.cib}, {@code org.micmac4j.experts} and Spark ({@code provided}).
 * Used by the command line in {@code micmac4j-spark.jar}; not in the library jar.
 */
package org.micmac4j.spark;
