package org.micmac4j.fuzzy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.micmac4j.internal.Messages;

/**
 * Linguistic terms of a fuzzy MICMAC questionnaire and the values in [0, 1] they stand for.
 * Terms match case-insensitively, with runs of blanks, hyphens and underscores read as one space
 * ({@code "Very-High"} = {@code "very high"}).
 *
 * <p>{@link #DEFAULT} is the seven-term scale common in fuzzy MICMAC applications (a possibility
 * of reachability): no 0, very low 0.1, low 0.3, medium 0.5, high 0.7, very high 0.9, full 1. The
 * exact terms and values vary between papers; use {@link #of(Map)} for another scale.
 *
 * <pre>{@code
 * LinguisticScale.DEFAULT.value("Very High")  // Optional[0.9]
 * LinguisticScale.of(Map.of("none", 0.0, "weak", 0.25, "strong", 1.0))
 * }</pre>
 *
 * <p>Immutable.
 */
public final class LinguisticScale {
    /** no 0, very low 0.1, low 0.3, medium 0.5, high 0.7, very high 0.9, full 1. */
    public static final LinguisticScale DEFAULT = of(defaultTerms());

    private final Map<String, Double> values;

    private LinguisticScale(Map<String, Double> values) {
        this.values = values;
    }

    private static Map<String, Double> defaultTerms() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("no", 0.0);
        m.put("very low", 0.1);
        m.put("low", 0.3);
        m.put("medium", 0.5);
        m.put("high", 0.7);
        m.put("very high", 0.9);
        m.put("full", 1.0);
        return m;
    }

    /**
     * A scale from terms to values.
     *
     * @param terms term to value in [0, 1]; iteration order is kept for {@link #terms()}; copied
     * @return the scale
     * @throws org.micmac4j.InvalidInputException on a blank term, two terms equal after
     *     normalisation, or a value outside [0, 1]
     */
    public static LinguisticScale of(Map<String, Double> terms) {
        Messages.require(!terms.isEmpty(), "a linguistic scale needs at least one term");
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : terms.entrySet()) {
            Messages.require(e.getKey() != null && !e.getKey().isBlank(), "blank term in a linguistic scale");
            String key = normalise(e.getKey());
            Double v = e.getValue();
            Messages.require(v != null && v >= 0 && v <= 1, "term '%s': value %s is outside [0, 1]", e.getKey(), v);
            Messages.require(m.put(key, v) == null, "term '%s' appears twice in the linguistic scale", e.getKey());
        }
        return new LinguisticScale(Collections.unmodifiableMap(m));
    }

    static String normalise(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    /**
     * @param term a term, in any case
     * @return its value, or empty when the scale has no such term
     */
    public Optional<Double> value(String term) {
        return Optional.ofNullable(values.get(normalise(term)));
    }

    /** @return the terms (normalised), in order, unmodifiable */
    public List<String> terms() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
