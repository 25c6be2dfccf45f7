package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

import org.micmac4j.scenario.Scenario;

/**
 * The solution set of a matrix whose descriptors split into independent groups ({@link Components}):
 * every scenario with IC ≤ K is a combination of one solution per group, so the set is counted
 * exactly as a product ({@link BigInteger}) and only its first {@code limit} scenarios in
 * {@link CibScenario#ORDER} are built.
 *
 * <p><b>Listing the first ones without listing all.</b> IC is the largest of the groups' ICs, and
 * TIS is a sum of one term per group (a cell between two groups is the first row of its block
 * plus a number that depends on the impacting variant only: see {@link Components}), T_g below.
 * The combinations of largest IC exactly c are the disjoint union over h of the products where
 * groups before h have IC ≤ c − 1, group h has IC = c and groups after h have IC ≤ c. In each
 * product every group's solutions are sorted by T_g descending, then by their variants; a
 * combination is a vector of positions, and its parent is the same vector with its last nonzero
 * position lowered by one. A child never comes before its parent in the order (its sum of T_g is
 * at most the parent's, and when equal its variants compare greater in the one group that
 * changed), so popping a priority queue from the roots and pushing each popped combination's
 * children yields the combinations exactly in order, whatever the ties.
 */
final class Islands {
    /** Largest solution set of one group that is combined with others. */
    static final int GROUP_LIMIT = 10_000_000;

    private Islands() {
    }

    /** The listed scenarios, the exact count, and each group's own count. */
    record Listing(List<CibScenario> listed, BigInteger count, List<DescriptorGroup> groups) {
    }

    /** One group's solution: its variants (in the group's descriptor order), IC and TIS term. */
    private record Item(int[] z, int ic, long t) {
    }

    /**
     * @param m the matrix (with an intervention: the reduced one)
     * @param groups its independent groups
     * @param feasibility constraints over m's space, or null (a pair rule couples its descriptors)
     * @param k the largest inconsistency
     * @param limit how many to list
     * @param threads worker threads
     * @param measure the measures of a scenario of m (of its whole scenario, with an intervention):
     *     their TIS must be a sum of one term per group plus a constant, as it is
     * @return the count, the first listed, each group's count
     */
    static Listing kernel(CibMatrix m, List<int[]> groups, Feasibility feasibility, int k, int limit, int threads,
            Function<int[], CibScenario> measure) {
        int nd = m.space().descriptorCount();
        int count = groups.size();
        int[] none = new int[nd];
        Arrays.fill(none, -1);
        List<List<Item>> items = new ArrayList<>();
        List<DescriptorGroup> report = new ArrayList<>();
        for (int[] g : groups) {
            CibMatrix sub = Components.restrict(m, g);
            Feasibility f = feasibility == null ? null : feasibility.restricted(none, g, sub.space());
            int[] caps = new int[g.length];
            Arrays.fill(caps, k);
            List<Solutions> found = new PrunedSearch(sub, SearchOrder.greedy(sub), caps, f, GROUP_LIMIT).run(threads);
            List<int[]> all = Solutions.all(found, "the independent group of descriptors " + ids(m, g));
            long c = all.size();
            List<Item> list = new ArrayList<>();
            for (int[] z : all) {
                list.add(new Item(z, sub.balance(Scenario.of(z)).inconsistency(), term(g, z, nd, measure)));
            }
            items.add(list);
            List<String> ds = new ArrayList<>();
            for (int d : g) {
                ds.add(m.space().descriptor(d).id());
            }
            report.add(new DescriptorGroup(ds, sub.space().size(), c));
        }
        BigInteger total = BigInteger.ONE;
        for (List<Item> l : items) {
            total = total.multiply(BigInteger.valueOf(l.size()));
        }
        List<CibScenario> listed = new ArrayList<>();
        for (int c = 0; c <= k && listed.size() < limit; c++) {
            List<List<List<Item>>> products = new ArrayList<>();
            for (int h = 0; h < count; h++) {
                List<List<Item>> product = new ArrayList<>();
                for (int g = 0; g < count; g++) {
                    int cap = g < h ? c - 1 : c;
                    boolean exact = g == h;
                    List<Item> l = new ArrayList<>();
                    for (Item it : items.get(g)) {
                        if (exact ? it.ic == c : it.ic <= cap) {
                            l.add(it);
                        }
                    }
                    l.sort(Comparator.comparingLong(Item::t).reversed().thenComparing(Item::z, Arrays::compare));
                    product.add(l);
                }
                if (product.stream().noneMatch(List::isEmpty)) {
                    products.add(product);
                }
            }
            walk(groups, products, nd, limit, listed, measure);
        }
        return new Listing(listed, total, report);
    }

    /** A combination: product, positions, its last nonzero position, sum of T_g, full variants. */
    private record Node(int product, int[] at, int last, long sum, int[] z) {
    }

    private static void walk(List<int[]> groups, List<List<List<Item>>> products, int nd, int limit,
            List<CibScenario> out, Function<int[], CibScenario> measure) {
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingLong(Node::sum).reversed()
                .thenComparing(Node::z, Arrays::compare));
        for (int p = 0; p < products.size(); p++) {
            queue.add(node(products.get(p), groups, p, new int[groups.size()], 0, nd));
        }
        while (!queue.isEmpty() && out.size() < limit) {
            Node top = queue.poll();
            out.add(measure.apply(top.z));
            List<List<Item>> product = products.get(top.product);
            for (int j = top.last; j < groups.size(); j++) {
                if (top.at[j] + 1 < product.get(j).size()) {
                    int[] at = top.at.clone();
                    at[j]++;
                    queue.add(node(product, groups, top.product, at, j, nd));
                }
            }
        }
    }

    private static Node node(List<List<Item>> product, List<int[]> groups, int p, int[] at, int last, int nd) {
        int[] z = new int[nd];
        long sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            Item it = product.get(g).get(at[g]);
            int[] ds = groups.get(g);
            for (int q = 0; q < ds.length; q++) {
                z[ds[q]] = it.z[q];
            }
            sum += it.t;
        }
        return new Node(p, at, last, sum, z);
    }

    /**
     * T_g: the TIS of group g's variants z with every other descriptor at variant 0. TIS is a sum
     * of one term per group plus a constant (see the class documentation), so TIS of any scenario
     * is the sum of its groups' T_g minus (groups − 1) times the TIS of the all-0 scenario: the
     * order of the sums is the order of the TIS.
     */
    private static long term(int[] group, int[] z, int nd, Function<int[], CibScenario> measure) {
        int[] full = new int[nd];
        for (int q = 0; q < group.length; q++) {
            full[group[q]] = z[q];
        }
        return measure.apply(full).totalImpactScore();
    }

    private static String ids(CibMatrix m, int[] g) {
        List<String> out = new ArrayList<>();
        for (int d : g) {
            out.add(m.space().descriptor(d).id());
        }
        return String.join(", ", out);
    }
}
