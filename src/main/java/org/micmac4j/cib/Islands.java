package org.micmac4j.cib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.micmac4j.internal.Messages;
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

    static Listing kernel(CibMatrix m, List<int[]> groups, int k, int limit, int threads) {
        int nd = m.space().descriptorCount();
        int count = groups.size();
        List<List<Item>> items = new ArrayList<>();
        List<DescriptorGroup> report = new ArrayList<>();
        for (int[] g : groups) {
            CibMatrix sub = Components.restrict(m, g);
            List<Solutions> found = new PrunedSearch(sub, SearchOrder.greedy(sub), k, GROUP_LIMIT).run(threads);
            long c = Solutions.count(found);
            Messages.require(c <= GROUP_LIMIT, "the independent group of descriptors %s has %d scenarios with an "
                    + "inconsistency of at most %d, more than the %d that can be combined with the other groups",
                    ids(m, g), c, k, GROUP_LIMIT);
            List<Item> list = new ArrayList<>();
            for (Solutions s : found) {
                for (int[] z : s.all()) {
                    list.add(new Item(z, sub.balance(Scenario.of(z)).inconsistency(), term(m, g, z)));
                }
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
            walk(m, groups, products, nd, limit, listed);
        }
        return new Listing(listed, total, report);
    }

    /** A combination: product, positions, its last nonzero position, sum of T_g, full variants. */
    private record Node(int product, int[] at, int last, long sum, int[] z) {
    }

    private static void walk(CibMatrix m, List<int[]> groups, List<List<List<Item>>> products, int nd, int limit,
            List<CibScenario> out) {
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingLong(Node::sum).reversed()
                .thenComparing(Node::z, Arrays::compare));
        for (int p = 0; p < products.size(); p++) {
            queue.add(node(products.get(p), groups, p, new int[groups.size()], 0, nd));
        }
        while (!queue.isEmpty() && out.size() < limit) {
            Node top = queue.poll();
            out.add(m.balance(Scenario.of(top.z)).toCibScenario());
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
     * T_g: the part of TIS that depends on group g's variants z (the others taken at variant 0),
     * every pair of descriptors with at least one in g: TIS of any scenario is the sum of its
     * groups' T_g plus a constant.
     */
    static long term(CibMatrix m, int[] group, int[] z) {
        var s = m.space();
        int nd = s.descriptorCount();
        int[] full = new int[nd];
        boolean[] in = new boolean[nd];
        for (int q = 0; q < group.length; q++) {
            full[group[q]] = z[q];
            in[group[q]] = true;
        }
        long t = 0;
        for (int i : group) {
            int row = s.offset(i) + full[i];
            for (int j = 0; j < nd; j++) {
                t += m.cell(row, s.offset(j) + full[j]);
            }
        }
        for (int j : group) {
            int col = s.offset(j) + full[j];
            for (int i = 0; i < nd; i++) {
                if (!in[i]) {
                    t += m.cell(s.offset(i), col);
                }
            }
        }
        return t;
    }

    private static String ids(CibMatrix m, int[] g) {
        List<String> out = new ArrayList<>();
        for (int d : g) {
            out.add(m.space().descriptor(d).id());
        }
        return String.join(", ", out);
    }
}
