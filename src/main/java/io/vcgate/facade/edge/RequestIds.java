package io.vcgate.facade.edge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request's id: the caller's {@code X-Request-Id} when it is a sane token, a new UUID otherwise.
 * Assigned once, first thing at the edge ({@link FacadeEdge}), and from there: in the logging MDC (every
 * log line of the request carries it), on the request's Vert.x context (where the problem factory stamps
 * it into any problem), and in the {@code X-Request-Id} header of whatever answer goes out, event streams
 * and the edge's own refusals included: written here and nowhere else.
 */
public final class RequestIds {

    /** The logging MDC key (the console format prints {@code %X{requestId}}). */
    public static final String MDC_KEY = "requestId";
    private static final String KEY = "vcgate.requestId";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** Gives the request its id and writes it into the answer's headers, whatever the answer turns out to be. */
    static String assign(RoutingContext request) {
        String id = of(request.request().getHeader("X-Request-Id"));
        request.put(KEY, id);
        MDC.put(MDC_KEY, id);
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            context.putLocal(KEY, id);
        }
        request.addHeadersEndHandler(end -> request.response().headers().set("X-Request-Id", id));
        return id;
    }

    /** The id of {@code request}. */
    public static String of(RoutingContext request) {
        return request.get(KEY);
    }

    /** The id of the request being served on this Vert.x context; null outside one. */
    public static String current() {
        Context context = Vertx.currentContext();
        return context == null || !VertxContext.isDuplicatedContext(context) ? null : context.getLocal(KEY);
    }

    /**
     * The caller's request id when it is a sane token, else a new random (version 4) UUID. A request id
     * is a correlation token, not a secret: it comes from {@link ThreadLocalRandom}, not from
     * {@code UUID.randomUUID()}'s {@code SecureRandom}, which cost a request about 1% of its CPU.
     */
    static String of(String given) {
        if (given != null && SANE_ID.matcher(given).matches()) {
            return given;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }
}
