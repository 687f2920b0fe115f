package io.vcgate.cli;

import java.util.regex.Pattern;

/** A managed object id as the contract takes it (MoRefId): checked before anything is sent. */
final class Ids {
    private static final Pattern MOREF = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$");

    private Ids() {
    }

    static String moref(String what, String id) {
        if (id == null || !MOREF.matcher(id).matches()) {
            throw CommandFailure.usage(what + ": not a managed object id: " + Durations.quoted(id) + " (e.g. vm-42, task-1001)");
        }
        return id;
    }
}
