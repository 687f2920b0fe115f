package io.vcgate.facade;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vcgate.facade.model.AbortRequest;
import io.vcgate.facade.model.CustomizationError;
import io.vcgate.facade.model.CustomizationStatus;
import io.vcgate.facade.model.FieldError;
import io.vcgate.facade.model.GuestCredentials;
import io.vcgate.facade.model.PasswordCredentials;
import io.vcgate.facade.model.Problem;
import io.vcgate.facade.model.SamlCredentials;
import io.vcgate.facade.model.SspiCredentials;
import io.vcgate.facade.model.Task;
import io.vcgate.facade.model.TaskError;
import io.vcgate.facade.model.TicketCredentials;
import io.vcgate.facade.model.VcenterList;
import io.vcgate.facade.model.VcenterSummary;
import io.vcgate.facade.model.Circuits;
import io.vcgate.facade.model.CircuitState;

/**
 * The facade's generated models, for Jackson in a native executable: the resources answer with
 * {@code Response}, so Quarkus cannot see which models they serialize.
 */
@RegisterForReflection(targets = { AbortRequest.class, CustomizationError.class, CustomizationStatus.class,
        CustomizationStatus.StatusEnum.class, CustomizationStatus.SourceEnum.class, FieldError.class, GuestCredentials.class,
        PasswordCredentials.class, Problem.class, SamlCredentials.class, SspiCredentials.class, Task.class, Task.StateEnum.class,
        TaskError.class, TicketCredentials.class, VcenterList.class, VcenterSummary.class, Circuits.class, CircuitState.class })
final class FacadeModels {

    private FacadeModels() {
    }
}
