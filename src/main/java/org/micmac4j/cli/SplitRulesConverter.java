package org.micmac4j.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.micmac4j.SplitRule;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a comma-separated list of split rules drawn among in each Monte Carlo draw:
 * {@code mean}, {@code median}, {@code midpoint}, {@code mean-plus-sd} (FIXED needs thresholds and
 * cannot be drawn), each at most once.
 */
final class SplitRulesConverter implements ITypeConverter<SplitRulesConverter.Rules> {
    /** The rules as written on the command line. */
    static final String NAMES = "mean, median, midpoint, mean-plus-sd";

    /**
     * The rules given (a record, not a bare set, so that picocli reads the option as one value).
     *
     * @param set the rules, at least one
     */
    record Rules(Set<SplitRule> set) {
    }

    @Override
    public Rules convert(String value) {
        Set<SplitRule> rules = EnumSet.noneOf(SplitRule.class);
        for (String part : value.split(",", -1)) {
            SplitRule rule = parse(part.strip());
            if (rule == null) {
                throw new TypeConversionException("'" + part.strip() + "' in '" + value
                        + "' is not a split rule: give a comma-separated list of " + NAMES);
            }
            if (!rules.add(rule)) {
                throw new TypeConversionException("'" + value + "' names " + part.strip() + " twice");
            }
        }
        return new Rules(rules);
    }

    private static SplitRule parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (SplitRule r : SplitRule.values()) {
            if (r != SplitRule.FIXED && r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)) {
                return r;
            }
        }
        return null;
    }
}
