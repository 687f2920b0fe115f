package io.vcgate.compat.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one replica remembers of the ids it has seen: when it last served each (for the idle limit), and
 * which it refuses before their lifetime ends (logged out here, or found idle too long here). Both are
 * bounded: the served ids by {@code servedMax} (the least recently used forgotten first), the refused ones
 * by {@code refusedMax} (the oldest refusal forgotten first); an entry is also forgotten once its id's
 * absolute lifetime is over ({@code forgetAt}), when nobody would honour the id anyway. A forgotten id
 * counts as never seen. Nothing survives a restart.
 * <p>
 * Not thread-safe: its shell ({@link CompatSessions}) guards it. Time is given, never read, so that its
 * tests hold the clock.
 */
final class CompatSessionMemory {

    /** What this replica says of an id. */
    enum Verdict {
        /** Served: its last use is now. */
        SERVED,
        /** Logged out here. */
        LOGGED_OUT,
        /** Unused here for longer than the idle limit (and refused from now on). */
        IDLE
    }

    /** Ids' ends are looked for at most this often, over both maps at once. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private record Served(long lastUse, long forgetAt) {
    }

    private record Refused(Verdict why, long forgetAt) {
    }

    private final long idleMillis;
    private final Map<IdDigest, Served> served;
    private final Map<IdDigest, Refused> refused;
    private long nextSweep = Long.MIN_VALUE;

    CompatSessionMemory(Duration idleTimeout, int servedMax, int refusedMax) {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || servedMax < 1 || refusedMax < 1) {
            throw new IllegalArgumentException("the idle timeout and both bounds must be positive");
        }
        this.idleMillis = idleTimeout.toMillis();
        this.served = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<IdDigest, Served> eldest) {
                return size() > servedMax;
            }
        };
        this.refused = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<IdDigest, Refused> eldest) {
                return size() > refusedMax;
            }
        };
    }

    /**
     * The id is used at {@code now}: refused when logged out here or unused here for longer than the idle
     * limit (then it stays refused until {@code forgetAt}); served otherwise, also when never seen here.
     */
    Verdict use(IdDigest id, Instant now, Instant forgetAt) {
        long at = now.toEpochMilli();
        sweep(at);
        Refused refusal = refused.get(id);
        if (refusal != null) {
            return refusal.why();
        }
        Served last = served.get(id);
        if (last != null && at - last.lastUse() > idleMillis) {
            served.remove(id);
            refused.put(id, new Refused(Verdict.IDLE, last.forgetAt()));
            return Verdict.IDLE;
        }
        served.put(id, new Served(at, forgetAt.toEpochMilli()));
        return Verdict.SERVED;
    }

    /** The id is logged out at {@code now}: refused here from now until {@code forgetAt}. */
    void logout(IdDigest id, Instant now, Instant forgetAt) {
        long at = now.toEpochMilli();
        sweep(at);
        served.remove(id);
        refused.put(id, new Refused(Verdict.LOGGED_OUT, forgetAt.toEpochMilli()));
    }

    private void sweep(long now) {
        if (now < nextSweep) {
            return;
        }
        nextSweep = now + SWEEP_EVERY.toMillis();
        served.values().removeIf(s -> s.forgetAt() < now);
        refused.values().removeIf(r -> r.forgetAt() < now);
    }
}
