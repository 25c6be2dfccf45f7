package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Feasibility constraints: combinations of variants that cannot happen together, whatever the
 * judgements say. A scenario violating one is not a scenario: {@link Cib} excludes it before its
 * consistency is judged, inside the search (the branch and bound cuts a subtree at the first
 * violated rule, so constraints make the search faster).
 *
 * <ul>
 *   <li>{@code A:a1 implies B:b2}: a scenario with A = a1 has B = b2;</li>
 *   <li>{@code A:a1 excludes B:b3}: no scenario has A = a1 and B = b3;</li>
 *   <li>{@code C allows c1 c2}: every scenario has C = c1 or C = c2 (several {@code allows} rules
 *       on one descriptor must all hold: their intersection).</li>
 * </ul>
 *
 * <p>The consistency of a feasible scenario is judged as usual, against every variant of each
 * descriptor: constraints remove scenarios, not variants from the impact balance, so the
 * constrained solution set is exactly the unconstrained one minus its infeasible scenarios.
 * Descriptor and variant ids are resolved against the matrix's space when it is solved; an unknown
 * id is an error naming the rule's origin (file and line). A rule between two variants of one
 * descriptor is refused (write {@code allows} to rule variants out).
 *
 * <p>Immutable; the {@code implies}, {@code excludes}, {@code allows} methods return a copy with one
 * more rule.
 *
 * <pre>{@code
 * FeasibilityConstraints c = FeasibilityConstraints.none()
 *         .implies("A", "a1", "B", "b2").excludes("A", "a1", "C", "c3").allows("D", "d1", "d2");
 * Cib.withDefaults().withConstraints(c).solve(matrix);
 * // from a file: ConstraintsFile.read(Path.of("constraints.txt"))
 * }</pre>
 */
public final class FeasibilityConstraints implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final FeasibilityConstraints NONE = new FeasibilityConstraints(List.of());

    /** The kind of a rule. */
    public enum Kind {
        /** {@code A:a1 implies B:b2}. */
        IMPLIES,
        /** {@code A:a1 excludes B:b3}. */
        EXCLUDES,
        /** {@code C allows c1 c2 …}. */
        ALLOWS
    }

    /**
     * One rule.
     *
     * @param kind the kind
     * @param descriptor the descriptor id of the left side ({@code A}, or {@code C} of {@code allows})
     * @param variants the variant ids of the left side: one for {@code implies} and {@code excludes},
     *        the allowed ones for {@code allows}
     * @param other the descriptor id of the right side ({@code B}); null for {@code allows}
     * @param otherVariant the variant id of the right side ({@code b2}); null for {@code allows}
     * @param origin where the rule was written, for messages (e.g. {@code constraints.txt line 4});
     *        null when built in code
     */
    public record Rule(Kind kind, String descriptor, List<String> variants, String other, String otherVariant,
            String origin) implements java.io.Serializable {
        /**
         * Checks the shape and copies the list.
         *
         * @param kind the kind
         * @param descriptor the left descriptor id
         * @param variants the left variant ids
         * @param other the right descriptor id, null for {@code allows}
         * @param otherVariant the right variant id, null for {@code allows}
         * @param origin where the rule was written, or null
         * @throws InvalidInputException when a part is missing or blank, {@code allows} lists no
         *         variant, or both sides name one descriptor
         */
        public Rule {
            String where = origin == null ? "" : origin + ": ";
            Messages.require(kind != null, "%sa constraint needs a kind", where);
            Messages.require(descriptor != null && !descriptor.isBlank(), "%sa constraint needs a descriptor", where);
            Messages.require(variants != null && !variants.isEmpty(), "%s%s: no variant given", where, descriptor);
            variants = List.copyOf(variants);
            for (String v : variants) {
                Messages.require(!v.isBlank(), "%s%s: a blank variant id", where, descriptor);
            }
            if (kind == Kind.ALLOWS) {
                Messages.require(other == null && otherVariant == null, "%s'allows' has no right side", where);
            } else {
                Messages.require(variants.size() == 1, "%s'%s' links one variant to one variant", where,
                        kind.name().toLowerCase(java.util.Locale.ROOT));
                Messages.require(other != null && !other.isBlank() && otherVariant != null && !otherVariant.isBlank(),
                        "%s'%s' needs a right side DESCRIPTOR:variant", where,
                        kind.name().toLowerCase(java.util.Locale.ROOT));
                Messages.require(!other.strip().equals(descriptor.strip()), "%sboth sides name descriptor %s: a rule "
                        + "links two descriptors (write '%s allows ...' to rule variants out)", where, descriptor,
                        descriptor);
            }
        }

        /** @return the rule as written in a constraints file, e.g. {@code A:a1 implies B:b2} */
        @Override
        public String toString() {
            return switch (kind) {
                case ALLOWS -> descriptor + " allows " + String.join(" ", variants);
                case IMPLIES -> descriptor + ":" + variants.get(0) + " implies " + other + ":" + otherVariant;
                case EXCLUDES -> descriptor + ":" + variants.get(0) + " excludes " + other + ":" + otherVariant;
            };
        }
    }

    private final List<Rule> rules;

    private FeasibilityConstraints(List<Rule> rules) {
        this.rules = rules;
    }

    /** @return no constraint: every scenario is feasible */
    public static FeasibilityConstraints none() {
        return NONE;
    }

    /**
     * @param rules the rules
     * @return constraints made of them
     */
    public static FeasibilityConstraints of(List<Rule> rules) {
        Objects.requireNonNull(rules, "rules");
        rules.forEach(r -> Objects.requireNonNull(r, "rule"));
        return rules.isEmpty() ? NONE : new FeasibilityConstraints(List.copyOf(rules));
    }

    /**
     * @param a descriptor id
     * @param av its variant id
     * @param b another descriptor id
     * @param bv its variant id
     * @return a copy with the rule {@code a:av implies b:bv}
     */
    public FeasibilityConstraints implies(String a, String av, String b, String bv) {
        return with(new Rule(Kind.IMPLIES, a, List.of(av), b, bv, null));
    }

    /**
     * @param a descriptor id
     * @param av its variant id
     * @param b another descriptor id
     * @param bv its variant id
     * @return a copy with the rule {@code a:av excludes b:bv}
     */
    public FeasibilityConstraints excludes(String a, String av, String b, String bv) {
        return with(new Rule(Kind.EXCLUDES, a, List.of(av), b, bv, null));
    }

    /**
     * @param descriptor a descriptor id
     * @param variants the variant ids it may take
     * @return a copy with the rule {@code descriptor allows variants…}
     */
    public FeasibilityConstraints allows(String descriptor, String... variants) {
        return with(new Rule(Kind.ALLOWS, descriptor, List.of(variants), null, null, null));
    }

    /**
     * @param rule a rule
     * @return a copy with it added last
     */
    public FeasibilityConstraints with(Rule rule) {
        List<Rule> r = new ArrayList<>(rules);
        r.add(Objects.requireNonNull(rule, "rule"));
        return new FeasibilityConstraints(List.copyOf(r));
    }

    /** @return the rules in order (unmodifiable) */
    public List<Rule> rules() {
        return rules;
    }

    /** @return true when there is no rule */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * @param space a scenario space
     * @param scenario a scenario of it
     * @return whether the scenario violates no rule
     * @throws InvalidInputException when a rule names an id the space does not have (naming the rule's origin)
     */
    public boolean admits(ScenarioSpace space, Scenario scenario) {
        space.check(scenario);
        Feasibility f = Feasibility.of(this, space);
        return f == null || f.admits(scenario.variants());
    }

    /** @return the rules, one per line, as written in a constraints file */
    @Override
    public String toString() {
        return String.join("\n", rules.stream().map(Rule::toString).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeasibilityConstraints c && rules.equals(c.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }
}
