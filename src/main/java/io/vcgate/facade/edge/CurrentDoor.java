package io.vcgate.facade.edge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.ext.web.RoutingContext;

/** The door the current request came in by and where its path points, as the edge ({@link FacadeEdge}) read it. */
@RequestScoped
public class CurrentDoor {

    private static final String KEY = "vcgate.route";
    private static final String VM = "vcgate.vm";

    @Inject
    RoutingContext request;

    static void set(RoutingContext request, Door.Route route) {
        request.put(KEY, route);
    }

    private Door.Route route() {
        return of(request);
    }

    /** The vCenter the path names ({@code /vcenters/{name}/...}), or the default one. */
    public String vcenter() {
        return route().vcenterOrDefault();
    }

    /** The VI/JSON release the path names ({@code /sdk/vim25/{release}/...}); null on other doors. */
    public String release() {
        return route().release();
    }

    /** The VM a door read from the request's body (a VI/JSON abort names it there), for the audit trail. */
    public void vm(String vm) {
        request.put(VM, vm);
    }

    /** The VM a door noted, or null. */
    public String vm() {
        return request.get(VM);
    }

    /** The route the edge found for {@code request}, or the one its path gives (before the edge ran). */
    public static Door.Route of(RoutingContext request) {
        Door.Route route = request.get(KEY);
        return route != null ? route : Door.route(request.normalizedPath());
    }

    /** The session id the request carries in {@code vmware-api-session-id}, or null. */
    public String sessionId() {
        return request.request().getHeader(FacadeEdge.SESSION_HEADER);
    }

    /** The caller's address and user agent, as a VI/JSON UserSession reports them. */
    public String remoteAddress() {
        return request.request().remoteAddress() == null ? null : request.request().remoteAddress().hostAddress();
    }

    public String userAgent() {
        return request.request().getHeader("User-Agent");
    }
}
