package org.micmac4j.server.analysis;

import java.util.Locale;
import java.util.Map;

import org.micmac4j.server.study.WorkspaceException;

/**
 * The aggregation options of {@code micmac experts}, as query parameters of the synthesis:
 * {@code rule} (mean, median, mode, rounded, max), {@code min-coverage}, {@code disputed},
 * {@code blanks} (zero, aggregate). Defaults are the CLI's.
 *
 * @param rule the rule's name
 * @param minCoverage K
 * @param disputed N
 * @param blanks zero or aggregate
 */
public record SynthesisOptions(String rule, int minCoverage, int disputed, String blanks) {
    /** The CLI's defaults. */
    public static final SynthesisOptions DEFAULTS = new SynthesisOptions("mean", 2, 20, "zero");

    /**
     * @param query the query parameters (first value of each)
     * @return the options, checked
     */
    public static SynthesisOptions parse(Map<String, String> query) {
        String rule = query.getOrDefault("rule", DEFAULTS.rule).toLowerCase(Locale.ROOT);
        if (!java.util.List.of("mean", "median", "mode", "rounded", "max").contains(rule)) {
            throw WorkspaceException.badRequest("rule: one of mean, median, mode, rounded, max; got " + shorten(rule));
        }
        String blanks = query.getOrDefault("blanks", DEFAULTS.blanks).toLowerCase(Locale.ROOT);
        if (!blanks.equals("zero") && !blanks.equals("aggregate")) {
            throw WorkspaceException.badRequest("blanks: zero or aggregate; got " + shorten(blanks));
        }
        int k = integer(query, "min-coverage", DEFAULTS.minCoverage, 1);
        int d = integer(query, "disputed", DEFAULTS.disputed, 0);
        return new SynthesisOptions(rule, k, d, blanks);
    }

    private static int integer(Map<String, String> query, String name, int dflt, int min) {
        String s = query.get(name);
        if (s == null) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(s.strip());
            if (v < min || v > 100_000) {
                throw WorkspaceException.badRequest(name + ": must be between " + min + " and 100000, got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw WorkspaceException.badRequest(name + ": not a whole number: " + shorten(s));
        }
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "..." : s;
    }

    /** @return the options as the CLI's arguments, e.g. {@code --rule median} */
    public String[] cliArguments() {
        return new String[] {"--rule", rule, "--min-coverage", String.valueOf(minCoverage), "--disputed",
            String.valueOf(disputed), "--blanks", blanks};
    }
}
