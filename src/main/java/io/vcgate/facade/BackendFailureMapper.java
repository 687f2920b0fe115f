package io.vcgate.facade;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vcgate.core.BackendFailure;

/**
 * A failed vCenter call, whatever it came from (a vSphere fault, the wire, vcgate's own guard), by the
 * problem table. A failure that says vCenter is unwell, or that vcgate turned away, is logged once here
 * (with the request id, never a secret); a vSphere fault is vCenter's answer and only logged at DEBUG.
 */
public class BackendFailureMapper {

    private static final Logger LOG = Logger.getLogger(BackendFailureMapper.class);

    @Inject
    ProblemTable table;

    @ServerExceptionMapper
    public Response failed(BackendFailure failure) {
        if (failure.vcenterUnwell() || failure.origin() == BackendFailure.Origin.GATEWAY) {
            LOG.warnf("vCenter call failed (%s, %s): %s", failure.category(), failure.origin(), failure.getMessage());
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf("vCenter answered %s: %s", failure.fault() == null ? failure.category() : failure.fault(), failure.getMessage());
        }
        return Problems.of(failure, table.of(failure.category()));
    }
}
