/**
 * The {@code micmac} command line ({@code java -jar micmac4j-cli.jar}): sub-commands
 * {@code analyze} (the default, on the bundled example study without arguments), {@code ism} and
 * {@code dematel}. {@link org.micmac4j.cli.Main} is the entry point and the one place where errors
 * become a one-line message and an exit status (2 for bad input or options, 1 for other failures;
 * a stack trace only with {@code --debug}).
 *
 * <p>Depends on every other public package (to read, analyse and report) and on picocli, an
 * optional dependency bundled only into the command-line jar. Used by nobody: it is the top of the
 * dependency graph.
 */
package org.micmac4j.cli;
