package io.vcgate.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock that moves only when told, and the timers due on it: {@link #advance} runs those that come due, in order. */
final class FakeClock implements SessionBudget.Timer {

    private record Due(long at, Runnable task) {
    }

    private final List<Due> timers = new ArrayList<>();
    private long now;

    long nanos() {
        return now;
    }

    @Override
    public Runnable after(Duration delay, Runnable task) {
        Due due = new Due(now + delay.toNanos(), task);
        timers.add(due);
        return () -> timers.remove(due);
    }

    void advance(Duration by) {
        long until = now + by.toNanos();
        while (true) {
            Due next = timers.stream().filter(d -> d.at() <= until).min(Comparator.comparingLong(Due::at)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = next.at();
            next.task().run();
        }
        now = until;
    }

    int timersPending() {
        return timers.size();
    }
}
