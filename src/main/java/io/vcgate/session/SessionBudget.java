package io.vcgate.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * How many sessions may be held on one vCenter at once: a small asynchronous semaphore. A place is taken
 * before a login and given back once the session is logged out (or its login failed), so logins under way
 * and logouts not yet answered count too and the bound holds under a burst of new callers.
 *
 * <p>A login that finds no place waits, first in first served, at most {@code wait}, then fails with
 * {@code full}. While logins wait, the budget asks for room: {@code makeRoom} logs out one session nobody
 * is using (the pool answers with its least recently used idle one) and says whether it did; the budget
 * asks once per waiting login, no more, and again whenever a session falls idle ({@link #idle()}) or a
 * place is given back with logins still waiting.
 */
final class SessionBudget {

    /** Runs a task once after a delay (the wait's end); a fake one in tests. */
    @FunctionalInterface
    interface Timer {
        /** Runs {@code task} after {@code delay}; the answer cancels it. */
        Runnable after(Duration delay, Runnable task);

        static Timer on(ScheduledExecutorService executor) {
            return (delay, task) -> {
                ScheduledFuture<?> scheduled = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> scheduled.cancel(false);
            };
        }
    }

    /** A login waiting for a place. */
    private static final class Waiter {
        UniEmitter<? super Void> emitter;
        Runnable cancelTimer;
        /** Given a place (under the lock) that it must use or give back. */
        boolean served;
    }

    private final int max;
    private final Duration wait;
    private final Timer timer;
    private final BooleanSupplier makeRoom;
    private final Supplier<RuntimeException> full;
    private final Object lock = new Object();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private int held;
    /** Sessions asked to make room and not yet given back: each is meant for one waiting login. */
    private int coming;

    SessionBudget(int max, Duration wait, Timer timer, BooleanSupplier makeRoom, Supplier<RuntimeException> full) {
        if (max < 1) {
            throw new IllegalArgumentException("a session budget must allow at least one session");
        }
        this.max = max;
        this.wait = wait;
        this.timer = timer;
        this.makeRoom = makeRoom;
        this.full = full;
    }

    /** A place for one more session: at once, or once one is given back; fails with {@code full} after {@code wait}. */
    Uni<Void> acquire() {
        Waiter waiter = new Waiter();
        return Uni.createFrom().<Void> emitter(emitter -> {
            boolean now;
            synchronized (lock) {
                now = held < max && waiting.isEmpty();
                if (now) {
                    held++;
                } else {
                    waiter.emitter = emitter;
                    waiting.add(waiter);
                    waiter.cancelTimer = timer.after(wait, () -> expire(waiter));
                }
            }
            if (now) {
                emitter.complete(null);
            } else {
                askForRoom();
            }
        }).onCancellation().invoke(() -> abandon(waiter));
    }

    /** A place given back: a session logged out, forgotten, or a login that failed. The next waiting login takes it. */
    void release() {
        Waiter next;
        synchronized (lock) {
            held--;
            if (coming > 0) {
                coming--;
            }
            next = waiting.poll();
            if (next != null) {
                held++;
                next.served = true;
            }
        }
        if (next != null) {
            next.cancelTimer.run();
            next.emitter.complete(null);
        }
        askForRoom();
    }

    /** A session fell idle: room can perhaps be made for a waiting login now. */
    void idle() {
        askForRoom();
    }

    /** Places taken: live sessions, logins under way and logouts not yet answered. */
    int held() {
        synchronized (lock) {
            return held;
        }
    }

    /** Asks {@code makeRoom} for one session per waiting login not yet provided for, until it has none to give. */
    private void askForRoom() {
        while (true) {
            synchronized (lock) {
                if (waiting.size() <= coming) {
                    return;
                }
                coming++;
            }
            if (!makeRoom.getAsBoolean()) {
                synchronized (lock) {
                    coming--;
                }
                return;
            }
        }
    }

    /** The wait ran out: the login fails, unless it was given a place meanwhile. */
    private void expire(Waiter waiter) {
        synchronized (lock) {
            if (!waiting.remove(waiter)) {
                return;
            }
        }
        waiter.emitter.fail(full.get());
    }

    /** The login waiting was cancelled: out of the queue, and a place given to it too late goes to the next. */
    private void abandon(Waiter waiter) {
        boolean orphaned;
        synchronized (lock) {
            waiting.remove(waiter);
            orphaned = waiter.served;
        }
        if (waiter.cancelTimer != null) {
            waiter.cancelTimer.run();
        }
        if (orphaned) {
            release();
        }
    }
}
