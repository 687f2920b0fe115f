package io.vcgate.vcenter;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * What one vCenter can do, learned once from its ServiceContent (which needs no session) and kept with
 * the vCenter: its API version, and from it whether one session serves both APIs (8.0.3 and later) and
 * whether customization-live exists (9.0 and later); whether it has a guest customization manager (7.0.2
 * and later) and an event manager.
 *
 * <ul>
 * <li><b>Once, single flight.</b> The first call that needs them reads them ({@link #learn}, with the read
 * its caller supplies: the SOAP adapter's RetrieveServiceContent); every call meanwhile waits for that
 * read. A failed read is not kept: the next call reads again.</li>
 * <li><b>Again after a restart.</b> A vCenter is upgraded by restarting it, and a restart loses every
 * session: so when vCenter turns down as gone a session it had taken, the vCenter's session pool counts a
 * restart ({@code restartsSeen}), and the next call after that reads the capabilities again (once for
 * all callers, however many sessions the restart took). A vCenter restarted at a new version is so picked
 * up by the first call that meets one of its lost sessions. Learned capabilities are handed to
 * {@code learned} (the session pool, which must know whether sessions are unified before a caller's
 * first login).</li>
 * <li><b>customization-live: the version, then vCenter's own answer.</b> Whether a status read asks
 * customization-live is what the version says; a vCenter whose version is not known is asked. When
 * vCenter answers that the operation does not exist, it is believed for the time the caller says
 * ({@code vcgate.rest.api-level-recheck}) and then asked again; a restart ends that belief too.</li>
 * </ul>
 */
public final class Capabilities {

    /** What a vCenter's ServiceContent says. */
    public record Known(String apiVersion, boolean guestCustomizationManager, boolean eventManager) {

        /** One session serves REST and SOAP from vSphere 8.0 Update 3 (API 8.0.3.0) on. */
        public boolean unifiedSessions() {
            return atLeast(apiVersion, 8, 0, 3);
        }

        /** customization-live exists from vSphere 9.0 on. */
        public boolean customizationLive() {
            return atLeast(apiVersion, 9, 0, 0);
        }
    }

    private final LongSupplier restartsSeen;
    private final Consumer<Known> learned;
    private final LongSupplier clock;
    private final Object lock = new Object();
    /** The read under way or its answer (single flight); null: read on next use. */
    private Uni<Known> learning;
    /** The restarts seen when that read began: another one since, and it is read again. */
    private long learningAfter;
    private volatile Known known;
    /** vCenter answered that customization-live does not exist: believed until then, unless it restarts. */
    private volatile boolean customizationLiveMissing;
    private long missingUntil;
    private long missingAfter;

    /**
     * @param restartsSeen restarts of the vCenter seen so far (its session pool counts them)
     * @param learned told each time the capabilities are learned
     * @param clock nanoseconds
     */
    public Capabilities(LongSupplier restartsSeen, Consumer<Known> learned, LongSupplier clock) {
        this.restartsSeen = restartsSeen;
        this.learned = learned;
        this.clock = clock;
    }

    /**
     * The capabilities: as learned, or learned now with {@code read} when they never were, the read before
     * failed, or the vCenter restarted since (one read, whoever asks meanwhile).
     */
    public Uni<Known> learn(Supplier<Uni<Known>> read) {
        synchronized (lock) {
            long restarts = restartsSeen.getAsLong();
            if (learning != null && learningAfter == restarts) {
                return learning;
            }
            AtomicReference<Uni<Known>> self = new AtomicReference<>();
            Uni<Known> fresh = Uni.createFrom().deferred(read::get)
                    .invoke(capabilities -> {
                        known = capabilities;
                        learned.accept(capabilities);
                    })
                    .onFailure().invoke(e -> {
                        synchronized (lock) {
                            if (learning == self.get()) {
                                learning = null;
                            }
                        }
                    })
                    .memoize().indefinitely();
            self.set(fresh);
            learning = fresh;
            learningAfter = restarts;
            return fresh;
        }
    }

    /**
     * Whether a status read asks customization-live: not while vCenter's answer that the operation does not
     * exist is believed; else as the version says, and yes when the version is not known.
     */
    public boolean customizationLive() {
        if (customizationLiveMissing) {
            synchronized (lock) {
                if (customizationLiveMissing && clock.getAsLong() - missingUntil < 0 && missingAfter == restartsSeen.getAsLong()) {
                    return false;
                }
            }
        }
        Known capabilities = known;
        return capabilities == null || capabilities.customizationLive();
    }

    /** vCenter answered that customization-live does not exist: believed for {@code believedFor}, then it is asked again. */
    public void customizationLiveMissing(Duration believedFor) {
        synchronized (lock) {
            customizationLiveMissing = true;
            missingUntil = clock.getAsLong() + believedFor.toNanos();
            missingAfter = restartsSeen.getAsLong();
        }
    }

    /** customization-live answered: it exists. */
    public void customizationLiveAnswered() {
        if (customizationLiveMissing) {
            synchronized (lock) {
                customizationLiveMissing = false;
            }
        }
    }

    /** Whether a dotted version ("8.0.3.0") is at least {@code parts}, part by part; an unreadable one is older than any. */
    static boolean atLeast(String version, int... parts) {
        if (version == null) {
            return false;
        }
        String[] given = version.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            int part;
            try {
                part = i < given.length ? Integer.parseInt(given[i].trim()) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            if (part != parts[i]) {
                return part > parts[i];
            }
        }
        return true;
    }
}
