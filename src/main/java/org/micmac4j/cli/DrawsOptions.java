package org.micmac4j.cli;

import java.util.function.LongConsumer;

import org.micmac4j.Draws;
import org.micmac4j.Threads;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --draws N}, {@code --seed S} and {@code --threads T}: the Monte Carlo options, one picocli
 * mixin for {@code experts}, {@code analyze --draws}, {@code cib --noise} and
 * {@code cib --weights sampled:N}, turned into one {@link Draws}. Each command says which limit
 * applies ({@link #draws}); a count out of range is one error line naming the option and the
 * limit. {@code --threads} is every parallel part of the command (draws, CIB solves, exact
 * weights), under the {@link Threads} policy.
 */
final class DrawsOptions {
    @Option(names = "--draws", paramLabel = "N",
            description = "Monte Carlo draws: analyze and experts, none when absent or 0 (at most 1000000); cib "
                    + "--noise, noisy copies per matrix, 1000 when absent (at most 1000000 in all).")
    Long draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Draws.SEED_DEFAULT,
            description = "Seed of the random draws (default ${DEFAULT-VALUE}). Draw d depends on the seed and d "
                    + "only: the same results on any number of threads.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "" + Threads.AUTO,
            description = "Threads (0: one per processor; results do not depend on it).")
    int threads;

    /** Injected by picocli: the command using the mixin, for error messages. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Creates the options unset (picocli fills them in). */
    DrawsOptions() {
    }

    /** @return --draws as given, or null */
    Long count() {
        return draws;
    }

    /**
     * @return --threads, checked
     * @throws ParameterException when negative
     */
    int threads() {
        if (threads < 0) {
            throw new ParameterException(mixee.commandLine(), "--threads must be >= 0 (0: one per processor), got "
                    + threads);
        }
        return threads;
    }

    /**
     * @param option the option that gave the count, for the message (e.g. {@code --draws})
     * @param count the number of draws
     * @param max the command's limit, with {@code why}
     * @param why why the limit, e.g. "each draw is a whole analysis"
     * @param progress the listener, or null
     * @return the draws: count, --seed, --threads, progress
     * @throws ParameterException when the count is not in 1..max or --threads is negative
     */
    Draws draws(String option, long count, long max, String why, LongConsumer progress) {
        if (count < 1 || count > max) {
            String range = count < 1 ? ">= 1" : "at most " + max + " (" + why + ")";
            throw new ParameterException(mixee.commandLine(), option + " must be " + range + ", got " + count);
        }
        return Draws.withDefaults().withCount(count).withSeed(seed).withThreads(threads()).withProgress(progress);
    }
}
