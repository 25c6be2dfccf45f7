package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;

/**
 * Exact succession basins of a range of starts: every attractor reached from the starts of ranks
 * {@link #first()} to {@link #last()} (0-based, both included, in the order of
 * {@link org.micmac4j.scenario.ScenarioSpace}), with the number of those starts ending in it.
 * Computed alone ({@link Succession#weights(CibMatrix, long, long)}), on another machine or as a
 * Spark task, written and read as a small file ({@link org.micmac4j.cib.io.SuccessionParts}), and
 * merged exactly ({@link #merge}); the merge of parts covering the whole space is the exact
 * {@link SuccessionResult} ({@link Succession#result}).
 *
 * <p>A part records what it was computed from: the matrix's {@link CibMatrix#fingerprint()}, the
 * size of its space, the succession settings ({@link Succession#settings()}) and the library
 * version. Immutable; {@link #source()} (a file name, for messages) is not part of equality.
 *
 * <pre>{@code
 * SuccessionPart a = Succession.withDefaults().weights(m, 0, 999_999);
 * SuccessionPart b = Succession.withDefaults().weights(m, 1_000_000, m.space().size().longValue() - 1);
 * SuccessionResult all = Succession.withDefaults().result(m, List.of(a, b));
 * }</pre>
 */
public final class SuccessionPart {
    private final String fingerprint;
    private final long spaceSize;
    private final String settings;
    private final String library;
    private final long first;
    private final long last;
    private final List<Basin> basins;
    private final String source;

    /**
     * @param fingerprint the matrix's {@link CibMatrix#fingerprint()}
     * @param spaceSize the number of scenarios of its space
     * @param settings the succession settings ({@link Succession#settings()})
     * @param library the version of the library that computed it
     * @param first the first start's rank, ≥ 0
     * @param last the last start's rank, first ≤ last &lt; spaceSize
     * @param basins every attractor reached from the range, with its number of starts (positive,
     *     adding up to last − first + 1); fixed points and cycles, in any order (kept in
     *     {@link SuccessionResult}'s order: weight descending, then scenario)
     * @param source what to call the part in messages (e.g. its file), or null for its range
     * @throws InvalidInputException when the range or the counts do not hold together
     */
    public SuccessionPart(String fingerprint, long spaceSize, String settings, String library, long first, long last,
            List<Basin> basins, String source) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.library = Objects.requireNonNull(library, "library");
        this.spaceSize = spaceSize;
        this.first = first;
        this.last = last;
        this.source = source == null ? "range " + first + ":" + last : source;
        Messages.require(first >= 0 && first <= last && last < spaceSize,
                "%s: the range %d:%d is not within the space of %d scenarios", this.source, first, last, spaceSize);
        List<Basin> sorted = new ArrayList<>(basins);
        sorted.sort(SuccessionResult.ORDER);
        long sum = 0;
        for (Basin b : sorted) {
            Messages.require(b.weight() > 0, "%s: attractor %s has weight %d", this.source,
                    b.attractor().scenarios().get(0), b.weight());
            sum = Math.addExact(sum, b.weight());
        }
        Messages.require(sum == last - first + 1, "%s: the weights add up to %d, but the range holds %d starts",
                this.source, sum, last - first + 1);
        this.basins = List.copyOf(sorted);
    }

    /** @return the matrix's fingerprint */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return the number of scenarios of the space */
    public long spaceSize() {
        return spaceSize;
    }

    /** @return the succession settings it was computed with */
    public String settings() {
        return settings;
    }

    /** @return the library version that computed it */
    public String library() {
        return library;
    }

    /** @return the first start's rank */
    public long first() {
        return first;
    }

    /** @return the last start's rank (included) */
    public long last() {
        return last;
    }

    /** @return the number of starts, last − first + 1 */
    public long starts() {
        return last - first + 1;
    }

    /** @return every attractor reached with its number of starts, weight descending then scenario */
    public List<Basin> basins() {
        return basins;
    }

    /** @return what messages call this part */
    public String source() {
        return source;
    }

    /**
     * @param newSource what messages should call this part (e.g. the file it was read from)
     * @return a copy with that name
     */
    public SuccessionPart withSource(String newSource) {
        return new SuccessionPart(fingerprint, spaceSize, settings, library, first, last, basins, newSource);
    }

    /** @return whether the part covers the whole space */
    public boolean isComplete() {
        return first == 0 && last == spaceSize - 1;
    }

    /**
     * Merges parts of the same matrix and settings whose ranges follow each other, in any order:
     * the attractors' counts are added (exact).
     *
     * @param parts at least one
     * @return the part of the union of their ranges
     * @throws InvalidInputException naming the parts when their matrices (fingerprints or space
     *     sizes) or settings differ, or their ranges overlap or leave a gap
     */
    public static SuccessionPart merge(List<SuccessionPart> parts) {
        Messages.require(parts != null && !parts.isEmpty(), "nothing to merge: no partial result given");
        List<SuccessionPart> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingLong(SuccessionPart::first));
        SuccessionPart a = sorted.get(0);
        for (SuccessionPart p : sorted) {
            Messages.require(p.fingerprint.equals(a.fingerprint) && p.spaceSize == a.spaceSize,
                    "%s and %s were computed from different matrices (%s, %d scenarios; %s, %d scenarios)", a.source,
                    p.source, a.fingerprint, a.spaceSize, p.fingerprint, p.spaceSize);
            Messages.require(p.settings.equals(a.settings), "%s and %s were computed with different settings (%s; %s)",
                    a.source, p.source, a.settings, p.settings);
        }
        TreeMap<Scenario, Basin> byFirst = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            SuccessionPart p = sorted.get(i);
            if (i > 0) {
                SuccessionPart q = sorted.get(i - 1);
                Messages.require(p.first <= q.last + 1, "%s and %s leave a gap: starts %d:%d are in no part", q.source,
                        p.source, q.last + 1, p.first - 1);
                Messages.require(p.first > q.last, "%s and %s overlap: starts %d:%d are in both", q.source, p.source,
                        p.first, Math.min(p.last, q.last));
            }
            for (Basin b : p.basins) {
                byFirst.merge(b.attractor().scenarios().get(0), b,
                        (x, y) -> new Basin(x.attractor(), Math.addExact(x.weight(), y.weight())));
            }
        }
        SuccessionPart end = sorted.get(sorted.size() - 1);
        String name = sorted.size() == 1 ? a.source : a.source + " .. " + end.source;
        return new SuccessionPart(a.fingerprint, a.spaceSize, a.settings, a.library, a.first, end.last,
                new ArrayList<>(byFirst.values()), name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SuccessionPart p && fingerprint.equals(p.fingerprint) && spaceSize == p.spaceSize
                && settings.equals(p.settings) && library.equals(p.library) && first == p.first && last == p.last
                && basins.equals(p.basins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint, spaceSize, settings, library, first, last, basins);
    }

    @Override
    public String toString() {
        return "SuccessionPart[" + source + ", " + first + ":" + last + " of " + spaceSize + ", " + basins.size()
                + " attractors, " + settings + "]";
    }
}
