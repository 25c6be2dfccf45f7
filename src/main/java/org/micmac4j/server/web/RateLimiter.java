package org.micmac4j.server.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Repeated bad credentials from one address are refused for a while (HTTP 429): at most
 * {@link #FAILURES_MAX} bad tokens, links or session cookies per {@link #WINDOW_MILLIS}; after that
 * every request carrying a credential from that address is refused until the oldest failure
 * leaves the window. Good requests are never counted, so a hundred experts behind one address
 * are not slowed.
 */
final class RateLimiter {
    /** Bad credentials allowed per window and address. */
    static final int FAILURES_MAX = 10;
    /** The window. */
    static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    RateLimiter(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * @param address a client address
     * @return seconds to wait, or 0 when the address may try
     */
    long retryAfterSeconds(String address) {
        Deque<Long> d = failures.get(address);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            long now = clock.getAsLong();
            while (!d.isEmpty() && d.peekFirst() <= now - WINDOW_MILLIS) {
                d.pollFirst();
            }
            if (d.size() < FAILURES_MAX) {
                return 0;
            }
            return Math.max(1, (d.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
        }
    }

    /** @param address a client address that gave a bad credential */
    void failure(String address) {
        if (failures.size() > 100_000) {
            failures.clear();
        }
        Deque<Long> d = failures.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(clock.getAsLong());
            while (d.size() > FAILURES_MAX) {
                d.pollFirst();
            }
        }
    }
}
