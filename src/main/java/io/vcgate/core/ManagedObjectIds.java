package io.vcgate.core;

import java.util.regex.Pattern;

/**
 * The managed object ids vcgate sends vCenter (vm-100, task-1001, SessionManager), checked before any
 * call: the pattern the facade's contract gives its ids ({@code ^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$}),
 * for the doors whose ids come as plain text (vCenter's own dialects).
 */
public final class ManagedObjectIds {

    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$");

    private ManagedObjectIds() {
    }

    /** {@code value}, once it is such an id; else an {@link InvalidInput} naming {@code field}. */
    public static String check(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new InvalidInput(field, "must be a managed object id such as vm-100 (letters, digits, '-' and '_', at most 80)");
        }
        return value;
    }
}
