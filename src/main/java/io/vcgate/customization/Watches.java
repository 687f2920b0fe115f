package io.vcgate.customization;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.FaultCategory;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.soap.SoapAdapter;
import io.vcgate.vcenter.Vcenter;
import io.vertx.core.Vertx;

/**
 * Following a customization or a Task to its end. Each watch joins the shared {@link Feed} of its object
 * (per vCenter, caller and object: one vCenter filter, the values vCenter pushes), sees every value that
 * differs from the one before, and ends on the first one that ends it, at its timeout, or with the
 * failure that stops the feed ({@link Watch}). Watches are counted per caller and in all, and refused
 * beyond the caps; an abort's wait for its Task follows the same feed uncounted ({@link #taskWithin}).
 */
@ApplicationScoped
@Startup // its gauges are there from the start
class Watches {

    @Inject
    SoapAdapter soap;

    @Inject
    WatchConfig config;

    @Inject
    Vertx vertx;

    /** A feed's key: the vCenter itself (a rebuilt one starts afresh), the caller's sessions and the object. */
    record Key(Vcenter vcenter, String session, String object) {
    }

    private final Map<Key, Feed<Key, CustomizationInfo>> customizations = new ConcurrentHashMap<>();
    private final Map<Key, Feed<Key, TaskSnapshot>> tasks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perCaller = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    @Inject
    void meters(MeterRegistry meters) {
        Gauge.builder("vcgate.watches", total, AtomicInteger::get).description("Watches open (event streams and long polls)").register(meters);
    }

    /**
     * How a customization feed learns its statuses, from the service: {@code read} the status from the
     * vCenter's API, {@code completed} what a read adds to a pushed status (a FAILED one's failure event),
     * {@code source} the API a read answers from now.
     */
    record Reading(Supplier<Uni<CustomizationInfo>> read, Function<CustomizationInfo, Uni<CustomizationInfo>> completed,
            Supplier<CustomizationInfo.Source> source) {
    }

    /**
     * The customization's statuses, until one ends it ({@code since}: only a run started at or after it
     * counts); what a pushed value costs is {@link PushedStatus}'s to say.
     */
    Multi<Watched<CustomizationInfo>> customization(Vcenter vcenter, Caller caller, String vm, OffsetDateTime since, Duration timeout,
            Reading reading) {
        Permit permit = admit(caller);
        Multi<CustomizationInfo> feed = Feed.follow(customizations, new Key(vcenter, caller.sessionKey(), vm),
                () -> soap.customizationChanges(vcenter, caller, vm), () -> BackendGuard.patiently(reading.read().get()),
                (last, pushed) -> afterPush(last, pushed, reading));
        return Watch.of(feed, info -> ends(info, since), timeout(timeout), this::timer, permit::release);
    }

    /** The status after a pushed value, as {@link PushedStatus} says; a read that cannot be made now tells the pushed value. */
    static Uni<CustomizationInfo> afterPush(CustomizationInfo last, Optional<CustomizationInfo> pushed, Reading reading) {
        return switch (PushedStatus.next(reading.source().get(), last, pushed)) {
            case NOTHING_NEW -> Uni.createFrom().item(last);
            case TELL_PUSHED -> reading.completed().apply(pushed.get());
            case READ -> {
                Uni<CustomizationInfo> read = BackendGuard.patiently(reading.read().get());
                yield pushed.isEmpty() ? read
                        : read.onFailure(PushedStatus::unreadable).recoverWithUni(() -> reading.completed().apply(pushed.get()));
            }
        };
    }

    /** The Task's states, until it has finished. */
    Multi<Watched<TaskSnapshot>> task(Vcenter vcenter, Caller caller, String task, Duration timeout) {
        Permit permit = admit(caller);
        return Watch.of(taskFeed(vcenter, caller, task), TaskSnapshot::finished, timeout(timeout), this::timer, permit::release);
    }

    /**
     * The Task's states until it has finished or {@code wait} runs out: an abort's wait for the Task it
     * started, on the same feed as the Task's watches. Not counted against the watch caps: the abort holds
     * its place under the per-caller in-flight limit until it is answered, and a wait refused after the
     * Task was started would turn a started abort into an error. {@code wait} is the abort's (capped by
     * {@code vcgate.abort.max-wait}), not a watch's.
     */
    Multi<Watched<TaskSnapshot>> taskWithin(Vcenter vcenter, Caller caller, String task, Duration wait) {
        return Watch.of(taskFeed(vcenter, caller, task), TaskSnapshot::finished, wait, this::timer, () -> { });
    }

    /** A Task's feed: its info read once, then as vCenter pushes it (the same vim25 TaskInfo a read answers). */
    private Multi<TaskSnapshot> taskFeed(Vcenter vcenter, Caller caller, String task) {
        Supplier<Uni<TaskSnapshot>> read = () -> BackendGuard.patiently(soap.task(vcenter, caller, task));
        return Feed.follow(tasks, new Key(vcenter, caller.sessionKey(), task), () -> soap.taskChanges(vcenter, caller, task), read,
                (last, pushed) -> pushed.map(info -> Uni.createFrom().item(info)).orElseGet(read));
    }

    /** Whether a status ends a watch: SUCCEEDED or FAILED, of a run started at or after {@code since}. */
    static boolean ends(CustomizationInfo info, OffsetDateTime since) {
        return info.ended() && (since == null || info.startTime() != null && !info.startTime().isBefore(since));
    }

    /** The timeout asked for, or the default one, capped. */
    Duration timeout(Duration asked) {
        Duration timeout = asked == null ? config.defaultTimeout() : asked;
        return timeout.compareTo(config.maxTimeout()) > 0 ? config.maxTimeout() : timeout;
    }

    /** A Vert.x timer (no thread waits for it); what it returns cancels it. */
    private Runnable timer(Duration delay, Runnable task) {
        long id = vertx.setTimer(Math.max(1, delay.toMillis()), x -> task.run());
        return () -> vertx.cancelTimer(id);
    }

    /** One open watch, counted until released. */
    final class Permit {
        private final String caller;
        private boolean released;

        private Permit(String caller) {
            this.caller = caller;
        }

        synchronized void release() {
            if (!released) {
                released = true;
                total.decrementAndGet();
                perCaller.computeIfPresent(caller, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        }
    }

    /** A place for one more watch of the caller, or the failure that refuses it (429 for the caller's cap, 503 for the total). */
    Permit admit(Caller caller) {
        boolean[] over = new boolean[1];
        perCaller.compute(caller.username(), (k, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            over[0] = count.get() >= config.maxPerCaller();
            if (!over[0]) {
                count.incrementAndGet();
            }
            return count.get() == 0 ? null : count;
        });
        if (over[0]) {
            throw BackendFailure.gateway(FaultCategory.TOO_MANY_REQUESTS, "You already follow as many customizations and Tasks as vcgate allows one caller ("
                    + config.maxPerCaller() + "); end one or try again later.");
        }
        Permit permit = new Permit(caller.username());
        if (total.incrementAndGet() > config.maxTotal()) {
            permit.release();
            throw BackendFailure.gateway(FaultCategory.UNAVAILABLE, "vcgate follows as many customizations and Tasks as it allows ("
                    + config.maxTotal() + "); try again shortly.");
        }
        return permit;
    }
}
