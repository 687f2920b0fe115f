package io.vcgate.facade.edge;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vcgate.compat.session.CompatSessionRefused;
import io.vcgate.compat.session.CompatSessions;
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
 * Then, for the requests of one of vcgate's doors ({@link Door}: {@code /v1}, and vCenter's own dialects,
 * VI/JSON and {@code /api}; health, metrics and the served contract pass on):
 * <ol start="2">
 * <li><b>body limit</b>: a declared body larger than {@code quarkus.http.limits.max-body-size} is 413,
 * before it is read (Vert.x refuses a larger body sent without a length, with a bare 413);</li>
 * <li><b>raw path</b> ({@link RawPaths}): a path the HTTP layer would reinterpret is 400;</li>
 * <li><b>HTTPS</b>: over plain HTTP (unless {@code vcgate.facade.allow-plain-http}, for a TLS-terminating
 * proxy) 403, since requests carry vCenter passwords;</li>
 * <li><b>credentials</b>: on {@code /v1} and {@code POST /api/session}, HTTP Basic ({@link Callers}), the
 * caller's own vCenter user and password, which vcgate uses for that caller's vCenter sessions and never
 * stores or logs (none is 401 with a challenge, credentials vCenter could not take are 400); on the other
 * calls of vCenter's dialects, the session id vcgate issued at a login ({@link CompatSessions}), which
 * holds the same credentials sealed (a missing, expired, logged-out or foreign one is 401, NotAuthenticated
 * on VI/JSON); the VI/JSON Login and ServiceInstance content need none;</li>
 * <li><b>admission</b> ({@link FacadeAdmission}): a caller with {@code vcgate.facade.caller-max-in-flight}
 * calls under way, on every door together, is 429; watches, long polls and the vCenter list hold no place
 * (they have caps of their own, or are cheap).</li>
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

    @Inject
    CompatSessions sessions;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext request) {
        RequestIds.assign(request);
        TraceParents.received(request.request().getHeader("traceparent"));
        String uri = request.request().uri(); // the request target as sent: normalizedPath() may already be cleaned up
        int query = uri.indexOf('?');
        String raw = query < 0 ? uri : uri.substring(0, query);
        Door.Route route = Door.route(request.normalizedPath());
        if (route.door() == Door.NONE) {
            route = Door.route(raw);
        }
        if (route.door() == Door.NONE) {
            request.next();
            return;
        }
        CurrentDoor.set(request, route);
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
        Credentials credentials = credentials(request, route);
        Caller caller;
        try {
            caller = switch (credentials) {
                case BASIC -> Callers.fromBasic(request.request().getHeader("Authorization")).orElse(null);
                case SESSION_ID -> sessions.resolve(request.request().getHeader(SESSION_HEADER),
                        route.vcenterOrDefault()).caller();
                case NONE -> null;
            };
        } catch (InvalidInput e) {
            refuse(request, Problems.field(e.field(), e.getMessage()));
            return;
        } catch (CompatSessionRefused e) {
            refuse(request, problems.sessionRefused(e.getMessage()));
            return;
        }
        if (caller == null) {
            if (credentials == Credentials.NONE) {
                request.next(); // a VI/JSON Login or ServiceInstance content: no caller yet, no place held
            } else {
                refuse(request, problems.credentialsRequired());
            }
            return;
        }
        CurrentCaller.set(request, caller);
        if (holdsAPlace(request)) {
            String key = FacadeAdmission.key(caller.username());
            if (!admission.tryEnter(key)) {
                refuse(request, problems.callerBusy(admission.limit()));
                return;
            }
            request.addEndHandler(ended -> admission.leave(key));
        }
        request.next();
    }

    /** The header vCenter's own dialects carry a session id in, as vcgate's compat doors do. */
    public static final String SESSION_HEADER = "vmware-api-session-id";

    /** How a door names its caller. */
    private enum Credentials { BASIC, SESSION_ID, NONE }

    /**
     * {@code /v1} and {@code POST /api/session}: HTTP Basic. The VI/JSON Login and ServiceInstance content:
     * none yet (the Login's credentials are in its body). Every other call of vCenter's dialects: the
     * session id vcgate issued at a login.
     */
    private static Credentials credentials(RoutingContext request, Door.Route route) {
        return switch (route.door()) {
            case FACADE -> Credentials.BASIC;
            case VCENTER_API -> route.operation().equals("/session") && HttpMethod.POST.equals(request.request().method().name())
                    ? Credentials.BASIC : Credentials.SESSION_ID;
            case VI_JSON -> OPENS_SESSION.matcher(route.operation()).matches() ? Credentials.NONE : Credentials.SESSION_ID;
            case NONE -> Credentials.NONE;
        };
    }

    private static final java.util.regex.Pattern OPENS_SESSION = java.util.regex.Pattern.compile(
            "^/(SessionManager/[^/]+/Login|ServiceInstance/[^/]+/content)$");

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
