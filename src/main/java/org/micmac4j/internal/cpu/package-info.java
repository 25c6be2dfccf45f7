/**
 * What the processor and the JVM offer: whether the Vector API kernels can run (the JVM started
 * with {@code --add-modules jdk.incubator.vector}, the system property {@code micmac4j.vector} not
 * {@code false}). A leaf of its own, so that the kernels (which load the vector versions) and the
 * storage rule (whose sparse threshold depends on them) can both ask without depending on each
 * other. Internal, not API.
 *
 * <p>Depends on nothing else in the library. Used by {@code internal.kernel} and
 * {@code internal.store}.
 */
package org.micmac4j.internal.cpu;
