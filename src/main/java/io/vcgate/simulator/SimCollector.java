package io.vcgate.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One session's PropertyCollector: its filters, and whether a {@code CancelWaitForUpdates} is pending.
 * Guarded by the simulated vCenter's change monitor ({@link SimulatorState#changes()}).
 */
final class SimCollector {

    /** A filter on one object's properties; {@code reportedAt} is the change clock when last reported, -1 for never. */
    static final class Filter {
        final String id;
        final String type;
        final String obj;
        final java.util.List<String> paths;
        long reportedAt = -1;

        Filter(String id, String type, String obj, java.util.List<String> paths) {
            this.id = id;
            this.type = type;
            this.obj = obj;
            this.paths = paths;
        }
    }

    final Map<String, Filter> filters = new LinkedHashMap<>();
    boolean cancelled;
}
