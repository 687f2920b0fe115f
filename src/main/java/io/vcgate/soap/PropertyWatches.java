package io.vcgate.soap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vcgate.core.Backend;
import io.vcgate.core.BackendFailure;
import io.vcgate.core.Caller;
import io.vcgate.core.FaultCategory;
import io.vcgate.resilience.BackendGuard;
import io.vcgate.vcenter.Vcenter;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.PropertyFilterUpdate;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.UpdateSet;
import io.vcgate.vim25.WaitOptions;

/**
 * Changes of managed object properties, pushed by vCenter's PropertyCollector: one loop per vCenter and
 * caller (a session's PropertyCollector reports every filter of that session), one filter per watched
 * object and property, shared by everyone watching it. The loop reconciles the filters (CreateFilter for
 * new targets, DestroyPropertyFilter for abandoned ones), then waits with {@code WaitForUpdatesEx} from
 * the last version; a change to the set of filters interrupts the wait ({@code CancelWaitForUpdates}).
 *
 * <p>A blip (a failed wait) is retried by the vCenter's SOAP guard with the same version, so nothing is
 * missed; a lost session means a fresh login, and on it the filters are made again and their current
 * values reported. When the guard gives up, every watcher of the loop fails with the reason, and the
 * loop ends. The last watcher of a filter leaving destroys it; the last watcher of the loop ends it.
 */
final class PropertyWatches {

    private static final Logger LOG = Logger.getLogger(PropertyWatches.class);

    /** What a loop does to vCenter, supplied by the SOAP adapter: its session, its ServiceContent, its vim25 client. */
    interface Session {
        /** Runs {@code call} with the caller's session (logging in again once if vCenter says it is gone). */
        <T> Uni<T> call(Vcenter vcenter, Caller caller, SessionCall<T> call);
    }

    interface SessionCall<T> {
        Uni<T> apply(ServiceContent content, String session);
    }

    /** One watched property of one object. */
    record Target(String type, String id, String path) {
        ManagedObjectReference moref() {
            return VimValues.moref(type, id);
        }
    }

    private final VimClient vim;
    private final Session sessions;
    private final Duration pollWait;
    private final Map<String, Loop> loops = new ConcurrentHashMap<>();

    PropertyWatches(VimClient vim, Session sessions, Duration pollWait) {
        this.vim = vim;
        this.sessions = sessions;
        this.pollWait = pollWait;
    }

    /**
     * A signal (the property's path) each time the target's property changes, starting when the filter is made;
     * it fails when vCenter cannot be followed any more. Cancelling it stops following.
     */
    Multi<String> changes(Vcenter vcenter, Caller caller, Target target) {
        // a burst of changes needs one read, not one each: only the latest signal waits for its reader
        return Multi.createFrom().<String> emitter(emitter -> {
            String key = vcenter.name() + "|" + caller.sessionKey();
            while (true) {
                Loop loop = loops.computeIfAbsent(key, k -> new Loop(k, vcenter, caller));
                if (loop.add(target, emitter)) {
                    emitter.onTermination(() -> loop.remove(target, emitter));
                    return;
                }
                loops.remove(key, loop); // ended just now: make a new one
            }
        }, BackPressureStrategy.LATEST);
    }

    /** Filters open in vCenter, all loops together (for tests and metrics). */
    int filters() {
        return loops.values().stream().mapToInt(Loop::filters).sum();
    }

    /** A watched target's filter in vCenter and who watches it. */
    private static final class Filter {
        final Set<MultiEmitter<? super String>> watchers = new LinkedHashSet<>();
        ManagedObjectReference moref;
    }

    private final class Loop {
        private final String key;
        private final Vcenter vcenter;
        private final Caller caller;
        private final BackendGuard guard;
        private final BackendGuard.Operation createFilter;
        private final BackendGuard.Operation destroyFilter;
        private final BackendGuard.Operation waitForUpdates;
        private final Map<Target, Filter> filters = new HashMap<>();
        private final List<ManagedObjectReference> abandoned = new ArrayList<>();
        private String session;
        private String version = "";
        private boolean running;
        private boolean waiting;
        private boolean dirty;
        private boolean ended;

        Loop(String key, Vcenter vcenter, Caller caller) {
            this.key = key;
            this.vcenter = vcenter;
            this.caller = caller;
            this.guard = vcenter.guard(Backend.SOAP);
            this.createFilter = guard.operation("CreateFilter");
            this.destroyFilter = guard.operation("DestroyPropertyFilter");
            this.waitForUpdates = guard.operation("WaitForUpdatesEx");
        }

        /** False when the loop has ended (its caller makes a new one). */
        boolean add(Target target, MultiEmitter<? super String> watcher) {
            boolean start;
            boolean interrupt;
            synchronized (this) {
                if (ended) {
                    return false;
                }
                Filter filter = filters.computeIfAbsent(target, t -> new Filter());
                filter.watchers.add(watcher);
                boolean isNew = filter.watchers.size() == 1 && filter.moref == null;
                start = !running;
                running = true;
                interrupt = isNew && waiting;
                dirty |= isNew;
            }
            if (start) {
                next();
            } else if (interrupt) {
                interruptWait();
            }
            return true;
        }

        void remove(Target target, MultiEmitter<? super String> watcher) {
            boolean interrupt = false;
            synchronized (this) {
                Filter filter = filters.get(target);
                if (filter == null || !filter.watchers.remove(watcher) || !filter.watchers.isEmpty()) {
                    return;
                }
                filters.remove(target);
                if (filter.moref != null) {
                    abandoned.add(filter.moref);
                }
                dirty = true;
                interrupt = waiting;
            }
            if (interrupt) {
                interruptWait();
            }
        }

        synchronized int filters() {
            return (int) filters.values().stream().filter(f -> f.moref != null).count();
        }

        /** One turn: reconcile the filters, then wait for updates; again until no one watches. */
        private void next() {
            sessions.call(vcenter, caller, (content, id) -> turn(content, id))
                    .subscribe().with(this::updated, this::failed);
        }

        private Uni<UpdateSet> turn(ServiceContent content, String id) {
            synchronized (this) {
                if (!id.equals(session)) {
                    // a new session (the first, or a fresh login): its collector has none of the filters
                    session = id;
                    version = "";
                    filters.values().forEach(f -> f.moref = null);
                    abandoned.clear();
                }
            }
            return reconcile(content, id).flatMap(more -> {
                synchronized (this) {
                    if (filters.isEmpty() && abandoned.isEmpty()) {
                        ended = true; // no one watches: a watcher arriving now starts a new loop
                        running = false;
                        loops.remove(key, this);
                        return Uni.createFrom().item(STOPPED);
                    }
                    if (dirty) {
                        return turn(content, id); // changed while reconciling
                    }
                    waiting = true;
                }
                WaitOptions options = new WaitOptions();
                options.setMaxWaitSeconds((int) pollWait.toSeconds());
                String from;
                synchronized (this) {
                    from = version;
                }
                return guard.longPoll(waitForUpdates, pollWait.plusSeconds(10),
                        () -> vim.waitForUpdatesEx(vcenter, id, content.getPropertyCollector(), from, options)
                                .onFailure(PropertyWatches::canceled).recoverWithItem(CANCELED))
                        .onTermination().invoke(() -> {
                            synchronized (this) {
                                waiting = false;
                            }
                        });
            });
        }

        /** Destroys abandoned filters and makes missing ones, one call at a time. */
        private Uni<Boolean> reconcile(ServiceContent content, String id) {
            ManagedObjectReference gone;
            Target missing = null;
            synchronized (this) {
                dirty = false;
                gone = abandoned.isEmpty() ? null : abandoned.remove(0);
                if (gone == null) {
                    for (Map.Entry<Target, Filter> entry : filters.entrySet()) {
                        if (entry.getValue().moref == null) {
                            missing = entry.getKey();
                            break;
                        }
                    }
                }
            }
            if (gone != null) {
                ManagedObjectReference filter = gone;
                return guard.read(destroyFilter, () -> vim.destroyPropertyFilter(vcenter, id, filter))
                        .onFailure().invoke(e -> LOG.debugf("DestroyPropertyFilter on %s failed: %s", vcenter.name(), e.getMessage()))
                        .onFailure().recoverWithNull()
                        .flatMap(x -> reconcile(content, id));
            }
            if (missing != null) {
                Target target = missing;
                return guard.read(createFilter, () -> vim.createFilter(vcenter, id, content.getPropertyCollector(),
                        VimValues.propertySpec(target.moref(), target.path())))
                        .flatMap(filter -> {
                            boolean orphan;
                            synchronized (this) {
                                Filter watched = filters.get(target);
                                orphan = watched == null;
                                if (orphan) {
                                    abandoned.add(filter); // everyone left while it was being made
                                } else {
                                    watched.moref = filter;
                                }
                            }
                            return reconcile(content, id);
                        })
                        .onFailure(e -> e instanceof BackendFailure f
                                && (f.category() == FaultCategory.NOT_FOUND || f.category() == FaultCategory.INVALID_ARGUMENT))
                        .recoverWithUni(e -> {
                            // a filter vCenter refuses (the object is gone, ...) ends its own watchers only
                            failWatchers(target, e);
                            return reconcile(content, id);
                        });
            }
            return Uni.createFrom().item(true);
        }

        private void updated(UpdateSet updates) {
            if (updates == STOPPED) {
                return;
            }
            Map<MultiEmitter<? super String>, String> notify = new java.util.LinkedHashMap<>();
            synchronized (this) {
                if (updates != null && updates != CANCELED) {
                    if (updates.getVersion() != null) {
                        version = updates.getVersion();
                    }
                    for (PropertyFilterUpdate update : updates.getFilterSet()) {
                        for (Map.Entry<Target, Filter> entry : filters.entrySet()) {
                            Filter filter = entry.getValue();
                            if (filter.moref != null && update.getFilter() != null && filter.moref.getValue().equals(update.getFilter().getValue())
                                    && !update.getObjectSet().isEmpty()) {
                                filter.watchers.forEach(w -> notify.put(w, entry.getKey().path()));
                            }
                        }
                    }
                }
            }
            notify.forEach(MultiEmitter::emit);
            next();
        }

        private void failed(Throwable failure) {
            List<MultiEmitter<? super String>> all = new ArrayList<>();
            synchronized (this) {
                ended = true;
                running = false;
                filters.values().forEach(f -> all.addAll(f.watchers));
                filters.clear();
            }
            loops.remove(key, this);
            LOG.debugf("following properties on %s for %s ended: %s", vcenter.name(), caller, failure.getMessage());
            all.forEach(w -> w.fail(failure));
        }

        private void failWatchers(Target target, Throwable failure) {
            Filter filter;
            synchronized (this) {
                filter = filters.remove(target);
            }
            if (filter != null) {
                new ArrayList<>(filter.watchers).forEach(w -> w.fail(failure));
            }
        }

        /** Ends the pending WaitForUpdatesEx at once (it fails with RequestCanceled), so the next turn reconciles. */
        private void interruptWait() {
            sessions.call(vcenter, caller, (content, id) -> {
                synchronized (this) {
                    if (!id.equals(session)) {
                        return Uni.createFrom().voidItem(); // the wait runs on another session: it ends on its own
                    }
                }
                return vim.cancelWaitForUpdates(vcenter, id, content.getPropertyCollector());
            }).subscribe().with(x -> { }, e -> LOG.debugf("CancelWaitForUpdates on %s failed: %s", vcenter.name(), e.getMessage()));
        }
    }

    /** The answer of a wait that CancelWaitForUpdates ended. */
    private static final UpdateSet CANCELED = new UpdateSet();
    /** The answer of a turn that found no one watching: the loop ends. */
    private static final UpdateSet STOPPED = new UpdateSet();

    static boolean canceled(Throwable e) {
        return e instanceof BackendFailure f && "RequestCanceled".equals(f.fault());
    }
}
