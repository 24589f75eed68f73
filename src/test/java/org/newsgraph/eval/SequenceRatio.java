package org.newsgraph.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.SequenceMatcher(None, a, b).ratio()}, ported step for step (longest matching block,
 * then recursively left and right of it; "popular" elements of a long {@code b} ignored as difflib's autojunk
 * does), because the scorer's loose English name match ({@code ratio >= 0.88}) must agree with score.py to the
 * last pair: a different similarity measure would pass or fail other names near the threshold.
 */
final class SequenceRatio {

    private SequenceRatio() {
    }

    /** {@code 2 * matches / (len(a) + len(b))}, over code points; 1.0 for two empty strings. */
    static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int total = x.length + y.length;
        return total == 0 ? 1.0 : 2.0 * matches(x, y) / total;
    }

    private static int matches(int[] a, int[] b) {
        Map<Integer, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            b2j.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        if (b.length >= 200) {
            int ntest = b.length / 100 + 1;
            b2j.values().removeIf(indices -> indices.size() > ntest);
        }
        int sum = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
            int[] m = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
            int i = m[0], j = m[1], k = m[2];
            if (k > 0) {
                sum += k;
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        return sum;
    }

    /** difflib's find_longest_match with no junk: the earliest longest block, extended over popular elements. */
    private static int[] longestMatch(int[] a, int[] b, Map<Integer, List<Integer>> b2j, int alo, int ahi, int blo, int bhi) {
        int besti = alo, bestj = blo, bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : b2j.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = next;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
