package io.vcgate.facade.edge;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vcgate.core.Caller;
import io.vcgate.core.InvalidInput;
import io.vcgate.core.TraceParents;
import io.vcgate.facade.problem.Problems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The edge of the gateway: everything a request meets before any resource, validation or vCenter call,
 * in the order it meets it. One Vert.x route, ahead of every other ({@link #ORDER}), so that the order
 * is read here and nowhere else:
 * <ol>
 * <li><b>request id</b> ({@link RequestIds}), for every request: the caller's sane {@code X-Request-Id} or
 * a new one, in the log MDC and the answer's {@code X-Request-Id}; the caller's W3C {@code traceparent} is
 * kept for the calls to vCenter ({@link TraceParents}).</li>
 * </ol>
 * Then, for {@code /v1} requests only (health, metrics and the served contract pass on):
 * <ol start="2">
 * <li><b>body limit</b>: a declared body larger than {@code quarkus.http.limits.max-body-size} is 413,
 * before it is read (Vert.x refuses a larger body sent without a length, with a bare 413);</li>
 * <li><b>raw path</b> ({@link RawPaths}): a path the HTTP layer would reinterpret is 400;</li>
 * <li><b>HTTPS</b>: over plain HTTP (unless {@code vcgate.facade.allow-plain-http}, for a TLS-terminating
 * proxy) 403, since requests carry vCenter passwords;</li>
 * <li><b>credentials</b> ({@link Callers}): HTTP Basic, the caller's own vCenter user and password, which
 * vcgate uses for that caller's vCenter sessions and never stores or logs; none is 401 with a challenge,
 * credentials vCenter could not take are 400;</li>
 * <li><b>admission</b> ({@link FacadeAdmission}): a caller with {@code vcgate.facade.caller-max-in-flight}
 * calls under way is 429; watches, long polls and the vCenter list hold no place (they have caps of
 * their own, or are cheap).</li>
 * </ol>
 * Every refusal is a problem from {@link Problems}, counted there.
 */
@ApplicationScoped
public class FacadeEdge {

    /** Before Quarkus' own routes (the body handler, Quarkus REST) and any other of vcgate's. */
    static final int ORDER = -1000;

    @Inject
    FacadeConfig config;

    @Inject
    FacadeAdmission admission;

    @Inject
    Problems problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    /** Whether {@code path} is the facade's ({@code /v1} and below). */
    public static boolean facade(String path) {
        return path != null && (path.equals("/v1") || path.startsWith("/v1/"));
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext request) {
        RequestIds.assign(request);
        TraceParents.received(request.request().getHeader("traceparent"));
        String uri = request.request().uri(); // the request target as sent: normalizedPath() may already be cleaned up
        int query = uri.indexOf('?');
        String raw = query < 0 ? uri : uri.substring(0, query);
        if (!facade(request.normalizedPath()) && !facade(raw)) {
            request.next();
            return;
        }
        if (declaredLength(request) > maxBodySize.asLongValue()) {
            refuse(request, problems.tooLarge(maxBodySize.asLongValue()));
            return;
        }
        String pathProblem = RawPaths.problem(raw);
        if (pathProblem != null) {
            refuse(request, Problems.field("path", pathProblem));
            return;
        }
        if (!config.allowPlainHttp() && !request.request().isSSL()) {
            refuse(request, problems.httpsRequired());
            return;
        }
        Optional<Caller> caller;
        try {
            caller = Callers.fromBasic(request.request().getHeader("Authorization"));
        } catch (InvalidInput e) {
            refuse(request, Problems.field(e.field(), e.getMessage()));
            return;
        }
        if (caller.isEmpty()) {
            refuse(request, problems.credentialsRequired());
            return;
        }
        CurrentCaller.set(request, caller.get());
        if (holdsAPlace(request)) {
            String key = FacadeAdmission.key(caller.get().username());
            if (!admission.tryEnter(key)) {
                refuse(request, problems.callerBusy(admission.limit()));
                return;
            }
            request.addEndHandler(ended -> admission.leave(key));
        }
        request.next();
    }

    /** Answers a refusal; an abort refused here is audited too (with the user, once the credentials are known). */
    private void refuse(RoutingContext request, Problems.Answer answer) {
        problems.send(request, answer);
        String path = request.normalizedPath();
        if (AuditTrail.abort(request.request().method().name(), path)) {
            String user = CurrentCaller.name(request);
            AuditTrail.refused(path, answer.problem(), RequestIds.of(request), user);
        }
    }

    /** The body's declared length, or -1 when none (or none that reads as a number). */
    private static long declaredLength(RoutingContext request) {
        String length = request.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Calls that hold a place under the per-caller limit: all but watches, long polls and the vCenter list. */
    private static boolean holdsAPlace(RoutingContext request) {
        if (!HttpMethod.GET.equals(request.request().method().name())) {
            return true;
        }
        String path = request.normalizedPath();
        return !path.endsWith("/events") && !path.equals("/v1/vcenters") && request.queryParam("wait").isEmpty();
    }
}
