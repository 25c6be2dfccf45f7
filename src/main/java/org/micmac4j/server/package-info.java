/**
 * The study workspace ({@code micmac serve}): a web server where a facilitator creates a study,
 * invites experts by personal links and watches the synthesis live, and where the experts fill in
 * their grids. Not part of the library jar: it ships in the command-line jar with its optional
 * dependencies (Javalin, jte, H2, PostgreSQL's driver, Flyway, HikariCP, Jackson).
 *
 * <p>Layers (no cycle; LayersTest): {@code web} (HTTP, pages, security) uses {@code analysis}
 * (every call into the library) and {@code study} (the studies in memory and their rules), which
 * use {@code store} (JDBC, Flyway). See docs/SERVER.md.
 */
package org.micmac4j.server;
