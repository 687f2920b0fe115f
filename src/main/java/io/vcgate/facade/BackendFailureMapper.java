package io.vcgate.facade;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vcgate.core.BackendFailure;

/**
 * A failed vCenter call, whatever it came from (a vSphere fault, the wire, vcgate's own guard), by the
 * problem table. A failure that says vCenter is unwell is logged once here (with the request id, never a
 * secret). A call vcgate turned away itself (circuit open, capacity full) and a vSphere fault (vCenter's
 * answer) are logged at DEBUG only: the circuit's opening is logged once where it happens and refusals
 * are counted in metrics, so an outage does not write a line per refused request.
 */
public class BackendFailureMapper {

    private static final Logger LOG = Logger.getLogger(BackendFailureMapper.class);

    @Inject
    ProblemTable table;

    @ServerExceptionMapper
    public Response failed(BackendFailure failure) {
        if (failure.origin() != BackendFailure.Origin.GATEWAY && failure.vcenterUnwell()) {
            LOG.warnf("vCenter call failed (%s, %s): %s", failure.category(), failure.origin(), failure.getMessage());
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf("vCenter answered %s: %s", failure.fault() == null ? failure.category() : failure.fault(), failure.getMessage());
        }
        return Problems.of(failure, table.of(failure.category()));
    }
}
