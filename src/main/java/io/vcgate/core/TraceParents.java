package io.vcgate.core;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * W3C trace context carried through vcgate without the OpenTelemetry SDK, for a gateway that exports
 * no spans (the SDK's per-request cost is then all overhead, measured in the README's Performance): the
 * caller's {@code traceparent} is kept on the request's Vert.x context, and each call to vCenter sends
 * one of its own, in the same trace, with a new span id and the caller's flags. Off (and OpenTelemetry
 * does it all) when the SDK runs.
 */
public final class TraceParents {

    private static final String KEY = "vcgate.traceparent";
    private static final Pattern W3C = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static volatile boolean enabled;

    private TraceParents() {
    }

    /** Whether vcgate carries trace context itself (set once at start-up: when the OpenTelemetry SDK is off). */
    public static void enable(boolean on) {
        enabled = on;
    }

    /** Keeps the caller's {@code traceparent} (a valid version-00 one) for the calls this request makes. */
    public static void received(String traceparent) {
        if (!enabled || traceparent == null) {
            return;
        }
        String value = traceparent.trim();
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context) && value.length() == 55 && W3C.matcher(value).matches()) {
            context.putLocal(KEY, value);
        }
    }

    /** The {@code traceparent} of a call to vCenter made now: the caller's trace and flags, a new span id; null without one. */
    public static String child() {
        if (!enabled) {
            return null;
        }
        Context context = Vertx.currentContext();
        Object parent = context == null || !VertxContext.isDuplicatedContext(context) ? null : context.getLocal(KEY);
        if (parent == null) {
            return null;
        }
        String value = (String) parent;
        char[] span = new char[16];
        long random = ThreadLocalRandom.current().nextLong() | 1L;
        for (int i = 15; i >= 0; i--) {
            span[i] = HEX[(int) (random & 0xF)];
            random >>>= 4;
        }
        return value.substring(0, 36) + new String(span) + value.substring(52);
    }
}
