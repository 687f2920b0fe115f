package io.vcgate.cli;

import java.util.regex.Pattern;

/**
 * The ids the command puts in a path, checked as the contract takes them before anything is sent: a managed
 * object id (MoRefId) and a vCenter's name (Name), which the contract spells alike.
 */
final class Ids {
    private static final Pattern PATH_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$");

    private Ids() {
    }

    static String moref(String what, String id) {
        if (id == null || !PATH_ID.matcher(id).matches()) {
            throw CommandFailure.usage(what + ": not a managed object id: " + Durations.quoted(id) + " (e.g. vm-42, task-1001)");
        }
        return id;
    }

    /** A vCenter's name in the gateway; null (the default vCenter) stays null. */
    static String vcenterName(String what, String name) {
        if (name != null && !PATH_ID.matcher(name).matches()) {
            throw CommandFailure.usage(what + ": not a vCenter name: " + Durations.quoted(name) + " (letters, digits, '-' and '_')");
        }
        return name;
    }
}
