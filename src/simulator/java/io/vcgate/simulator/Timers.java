package io.vcgate.simulator;

import java.time.Duration;

/**
 * Runs something later: a customization run's next step, a Task's start and end, the end of a
 * WaitForUpdatesEx at its maxWaitSeconds. No thread waits meanwhile. {@link VertxTimers} in the
 * application, whose timers stop with it; a fake in unit tests.
 */
interface Timers {

    /** Runs {@code task} after {@code delay} (at once if it is zero or less), unless cancelled first. */
    Timer after(Duration delay, Runnable task);

    /** One scheduled task. */
    interface Timer {
        /** The task will not run (nothing happens if it ran already). */
        void cancel();
    }
}
