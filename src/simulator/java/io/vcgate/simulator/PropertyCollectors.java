package io.vcgate.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Every session's PropertyCollector in one simulated vCenter: its filters, the change clock, and the
 * WaitForUpdatesEx calls waiting for a change. A wait holds no thread: it is a future, answered when an
 * object one of its collector's filters watches changes, when a filter is added to that collector, when
 * it is cancelled (CancelWaitForUpdates), when its session ends, or when its maxWait runs out (a timer).
 *
 * <p>The change clock counts changes: each object remembers the clock of its last change, each filter the
 * clock when it last reported (-1: never, so all of it is reported, as entering). An answer reports every
 * filter with something new and carries the clock as its version. A wait with no version reports every
 * filter afresh; with one, what is new since each filter last reported.
 *
 * <p>The lock is this object's own, and answers are completed after it is released, so whoever reacts to
 * an answer cannot hold up a change. Only the rendering of an answer (reading the objects' properties)
 * runs under it, so that no change comes between reading and marking as reported.
 */
final class PropertyCollectors {

    /** One object a filter watches, and the properties it reports. */
    record Watched(String type, String obj, List<String> paths) {
        String key() {
            return key(type, obj);
        }

        static String key(String type, String obj) {
            return type + ":" + obj;
        }
    }

    /** One object of an answer: entering (new to the filter: all of it) or changed since the filter last reported. */
    record Report(String filter, Watched object, boolean entering) {
    }

    /** Renders the reports of one answer, with its version, as the answer; runs under the lock. */
    interface Renderer<U> {
        U render(List<Report> reports, long version);
    }

    /** Why a wait ended without an answer. */
    enum End {
        /** Its session was logged out, dropped or is idle past its timeout. */
        SESSION_GONE,
        /** CancelWaitForUpdates. */
        CANCELLED
    }

    /** The failure of a wait that ended without an answer. */
    static final class WaitEnded extends RuntimeException {
        private final End reason;

        WaitEnded(End reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        End reason() {
            return reason;
        }
    }

    private static final class Filter {
        final String id;
        final List<Watched> objects;
        long reportedAt = -1;

        Filter(String id, List<Watched> objects) {
            this.id = id;
            this.objects = objects;
        }
    }

    /** One session's PropertyCollector: its filters, how many watch each object, and whether a cancel is pending. */
    private static final class Collector {
        final Map<String, Filter> filters = new LinkedHashMap<>();
        final Map<String, Integer> watching = new HashMap<>();
        boolean cancelled;
    }

    private static final class Wait<U> {
        final String session;
        final Renderer<U> renderer;
        final CompletableFuture<U> answer = new CompletableFuture<>();
        Timers.Timer timer;

        Wait(String session, Renderer<U> renderer) {
            this.session = session;
            this.renderer = renderer;
        }
    }

    private final Timers timers;
    private final Predicate<String> sessionAlive;
    private final AtomicInteger filterIds = new AtomicInteger();
    private final Object lock = new Object();
    private long clock;
    private final Map<String, Long> changedAt = new HashMap<>();
    private final Map<String, Collector> collectors = new HashMap<>();
    /** For each watched object, the sessions with a filter on it: a change looks at their waits only. */
    private final Map<String, Set<String>> watchers = new HashMap<>();
    private final Map<String, ArrayDeque<Wait<?>>> waits = new HashMap<>();
    /** WaitForUpdatesEx calls of each session not answered yet (waiting, or being answered). */
    private final Map<String, Integer> inFlight = new HashMap<>();
    /** The most WaitForUpdatesEx calls one session had in flight at once. */
    private int mostInFlight;

    /**
     * @param sessionAlive whether a session is still live (a look at a wait asks it, and may keep the
     *        session alive by asking, as every call in the session does)
     */
    PropertyCollectors(Timers timers, Predicate<String> sessionAlive) {
        this.timers = timers;
        this.sessionAlive = sessionAlive;
    }

    /** A filter of the session's collector on {@code objects}; its id. A wait of the session answers with it at once. */
    String createFilter(String session, List<Watched> objects) {
        String id = "session[" + filterIds.incrementAndGet() + "]filter";
        List<Runnable> answers;
        synchronized (lock) {
            Collector collector = collector(session);
            collector.filters.put(id, new Filter(id, List.copyOf(objects)));
            for (Watched object : objects) {
                watch(session, collector, object.key(), 1);
            }
            answers = look(session);
        }
        answers.forEach(Runnable::run);
        return id;
    }

    /** Removes the filter, whichever session's it is; false when there is none of that id. */
    boolean destroyFilter(String id) {
        synchronized (lock) {
            for (Map.Entry<String, Collector> entry : collectors.entrySet()) {
                Filter filter = entry.getValue().filters.remove(id);
                if (filter != null) {
                    for (Watched object : filter.objects) {
                        watch(entry.getKey(), entry.getValue(), object.key(), -1);
                    }
                    return true;
                }
            }
            return false;
        }
    }

    /** Fails the session's wait with {@link End#CANCELLED}; with none waiting, its next wait. */
    void cancelWait(String session) {
        List<Runnable> answers;
        synchronized (lock) {
            collector(session).cancelled = true;
            answers = look(session);
        }
        answers.forEach(Runnable::run);
    }

    /**
     * The session's next updates: at once if its filters have something new (all of them when
     * {@code fromStart}), else when something changes, or null when {@code maxWait} runs out; fails with
     * {@link WaitEnded}.
     */
    <U> CompletableFuture<U> waitForUpdates(String session, boolean fromStart, Duration maxWait, Renderer<U> renderer) {
        Wait<U> wait = new Wait<>(session, renderer);
        Runnable answer;
        synchronized (lock) {
            mostInFlight = Math.max(mostInFlight, inFlight.merge(session, 1, Integer::sum));
        }
        // counted out before the answer leaves (what is returned completes after this), so that the caller's
        // next wait, sent on the answer, never finds this one still counted
        CompletableFuture<U> answered = wait.answer.whenComplete((updates, failure) -> {
            synchronized (lock) {
                inFlight.computeIfPresent(session, (s, n) -> n <= 1 ? null : n - 1);
            }
        });
        synchronized (lock) {
            Collector collector = collector(session);
            if (fromStart) {
                collector.filters.values().forEach(filter -> filter.reportedAt = -1);
            }
            answer = look(wait, maxWait.isZero() || maxWait.isNegative());
            if (answer == null) {
                waits.computeIfAbsent(session, s -> new ArrayDeque<>()).add(wait);
                wait.timer = timers.after(maxWait, () -> expire(wait));
            }
        }
        if (answer != null) {
            answer.run();
        }
        return answered;
    }

    /** Records a change of the object: the waits of the sessions that watch it answer. */
    void changed(String type, String obj) {
        List<Runnable> answers = new ArrayList<>();
        synchronized (lock) {
            String key = Watched.key(type, obj);
            changedAt.put(key, ++clock);
            for (String session : List.copyOf(watchers.getOrDefault(key, Set.of()))) {
                answers.addAll(look(session));
            }
        }
        answers.forEach(Runnable::run);
    }

    /** Forgets every change (after a reset, the fixtures are as new); the clock goes on. */
    void forgetChanges() {
        synchronized (lock) {
            mostInFlight = 0;
            clock++;
            changedAt.clear();
        }
    }

    /** The session ended: its collector and filters go, its waits fail with {@link End#SESSION_GONE}. */
    void sessionEnded(String session) {
        List<Runnable> answers;
        synchronized (lock) {
            Collector collector = collectors.remove(session);
            if (collector != null) {
                for (String key : List.copyOf(collector.watching.keySet())) {
                    unwatch(session, key);
                }
            }
            answers = look(session);
        }
        answers.forEach(Runnable::run);
    }

    /** Every session ended (a restart): every collector and filter goes, every wait fails with {@link End#SESSION_GONE}. */
    void dropAll() {
        List<Runnable> answers = new ArrayList<>();
        synchronized (lock) {
            collectors.clear();
            watchers.clear();
            for (String session : List.copyOf(waits.keySet())) {
                answers.addAll(look(session));
            }
        }
        answers.forEach(Runnable::run);
    }

    /** Filters open, all sessions together. */
    int openFilters() {
        synchronized (lock) {
            return collectors.values().stream().mapToInt(c -> c.filters.size()).sum();
        }
    }

    /** The most WaitForUpdatesEx calls one session had in flight at once since the last reset. */
    int mostWaitsPerSession() {
        synchronized (lock) {
            return mostInFlight;
        }
    }

    /** WaitForUpdatesEx calls waiting, all sessions together. */
    int waiting() {
        synchronized (lock) {
            return waits.values().stream().mapToInt(ArrayDeque::size).sum();
        }
    }

    // --- under the lock ---------------------------------------------------------------------------

    private Collector collector(String session) {
        return collectors.computeIfAbsent(session, s -> new Collector());
    }

    private void watch(String session, Collector collector, String key, int delta) {
        if (collector.watching.merge(key, delta, Integer::sum) > 0) {
            watchers.computeIfAbsent(key, k -> new HashSet<>()).add(session);
        } else {
            collector.watching.remove(key);
            unwatch(session, key);
        }
    }

    private void unwatch(String session, String key) {
        Set<String> sessions = watchers.get(key);
        if (sessions != null && sessions.remove(session) && sessions.isEmpty()) {
            watchers.remove(key);
        }
    }

    private void expire(Wait<?> wait) {
        Runnable answer;
        synchronized (lock) {
            ArrayDeque<Wait<?>> queue = waits.get(wait.session);
            if (queue == null || !queue.remove(wait)) {
                return; // answered meanwhile
            }
            if (queue.isEmpty()) {
                waits.remove(wait.session);
            }
            answer = look(wait, true);
        }
        answer.run();
    }

    /** Looks at every wait of the session: the answers of those that are answered now, which leave the queue. */
    private List<Runnable> look(String session) {
        ArrayDeque<Wait<?>> queue = waits.get(session);
        if (queue == null) {
            return List.of();
        }
        List<Runnable> answers = new ArrayList<>();
        for (Iterator<Wait<?>> it = queue.iterator(); it.hasNext();) {
            Wait<?> wait = it.next();
            Runnable answer = look(wait, false);
            if (answer != null) {
                it.remove();
                wait.timer.cancel();
                answers.add(answer);
            }
        }
        if (queue.isEmpty()) {
            waits.remove(session);
        }
        return answers;
    }

    /** How the wait is answered now, or null if it goes on waiting; always answered when {@code last}. */
    private <U> Runnable look(Wait<U> wait, boolean last) {
        if (!sessionAlive.test(wait.session)) {
            return () -> wait.answer.completeExceptionally(new WaitEnded(End.SESSION_GONE));
        }
        Collector collector = collector(wait.session);
        if (collector.cancelled) {
            collector.cancelled = false;
            return () -> wait.answer.completeExceptionally(new WaitEnded(End.CANCELLED));
        }
        List<Report> reports = new ArrayList<>();
        for (Filter filter : collector.filters.values()) {
            boolean entering = filter.reportedAt < 0;
            boolean reported = false;
            for (Watched object : filter.objects) {
                if (entering || changedAt.getOrDefault(object.key(), 0L) > filter.reportedAt) {
                    reports.add(new Report(filter.id, object, entering));
                    reported = true;
                }
            }
            if (reported) {
                filter.reportedAt = clock;
            }
        }
        if (!reports.isEmpty()) {
            try {
                U updates = wait.renderer.render(reports, clock);
                return () -> wait.answer.complete(updates);
            } catch (RuntimeException e) {
                return () -> wait.answer.completeExceptionally(e);
            }
        }
        return last ? () -> wait.answer.complete(null) : null;
    }
}
