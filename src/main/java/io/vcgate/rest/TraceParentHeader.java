package io.vcgate.rest;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import io.vcgate.core.TraceParents;

/** Sends the caller's trace on each REST call, as a child span, when vcgate carries trace context itself (see TraceParents). */
final class TraceParentHeader implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String traceparent = TraceParents.child();
        if (traceparent != null) {
            request.getHeaders().putSingle("traceparent", traceparent);
        }
    }
}
