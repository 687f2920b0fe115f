package io.vcgate.facade;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vcgate.core.TraceParents;
import io.vcgate.facade.model.Problem;

/**
 * Every request gets a request id: the caller's {@code X-Request-Id} when it is a sane token, a new
 * UUID otherwise (and the caller's W3C {@code traceparent} is kept for the calls to vCenter, see
 * {@link TraceParents}). It is put in the logging MDC when the request arrives, and on the way out in the
 * {@code X-Request-Id} header and, with the {@code instance}, in any problem answered: this is the one
 * place problems are stamped.
 */
public class RequestIds {

    static final String PROPERTY = "requestId";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public void assign(ContainerRequestContext request) {
        String id = of(request.getHeaderString("X-Request-Id"));
        request.setProperty(PROPERTY, id);
        MDC.put(PROPERTY, id);
        TraceParents.received(request.getHeaderString("traceparent"));
    }

    @ServerResponseFilter
    public void stamp(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle("X-Request-Id", id);
        if (response.getEntity() instanceof Problem problem) {
            Problems.stamp(problem, request.getUriInfo().getPath(), id.toString());
        }
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
