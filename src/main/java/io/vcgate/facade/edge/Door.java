package io.vcgate.facade.edge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vcgate.vcenter.Vcenters;

/**
 * The doors a request can come in by, told from its path, each with its own way of naming a caller and
 * of answering a failure:
 * <ul>
 * <li>{@link #FACADE}: vcgate's own API, {@code /v1}; HTTP Basic; RFC 9457 problems;</li>
 * <li>{@link #VI_JSON}: vCenter's VI/JSON dialect, {@code /sdk/vim25/{release}/...}, or
 * {@code /vcenters/{name}/sdk/vim25/{release}/...} for a named vCenter; a session id from its Login;
 * VimFault answers;</li>
 * <li>{@link #VCENTER_API}: vCenter's Automation REST API, {@code /api/...} or {@code /vcenters/{name}/api/...};
 * a session id from {@code POST /api/session} (HTTP Basic); vapi standard errors;</li>
 * <li>{@link #NONE}: health, metrics, the served contract and anything else: no door of vcgate's.</li>
 * </ul>
 */
public enum Door {
    FACADE, VI_JSON, VCENTER_API, NONE;

    private static final Pattern VI_JSON_PATH = Pattern.compile("^(?:/vcenters/([^/]+))?/sdk/vim25/([^/]*)(/.*)?$");
    private static final Pattern API_PATH = Pattern.compile("^(?:/vcenters/([^/]+))?/api(/.*)?$");

    /**
     * Where a request goes: its door, the vCenter name in its path (null: the default vCenter), the VI/JSON
     * release (null on other doors) and the rest of the path after the door's own prefix ("" when none).
     */
    public record Route(Door door, String vcenter, String release, String operation) {

        /** The vCenter the path names, or the default one for the unnamed paths. */
        public String vcenterOrDefault() {
            return vcenter == null ? Vcenters.DEFAULT : vcenter;
        }
    }

    private static final Route NOWHERE = new Route(NONE, null, null, "");

    public static Route route(String path) {
        if (path == null) {
            return NOWHERE;
        }
        if (path.equals("/v1") || path.startsWith("/v1/")) {
            return new Route(FACADE, null, null, path.substring(3));
        }
        Matcher vi = VI_JSON_PATH.matcher(path);
        if (vi.matches()) {
            return new Route(VI_JSON, vi.group(1), vi.group(2), vi.group(3) == null ? "" : vi.group(3));
        }
        Matcher api = API_PATH.matcher(path);
        if (api.matches()) {
            return new Route(VCENTER_API, api.group(1), null, api.group(2) == null ? "" : api.group(2));
        }
        return NOWHERE;
    }

    public static Door of(String path) {
        return route(path).door();
    }
}
