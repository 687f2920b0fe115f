package io.vcgate.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vcgate.vcrest.model.VapiStdErrorsError;
import io.vcgate.vcrest.model.VapiStdLocalizableMessage;
import io.vcgate.vcrest.model.VapiStdLocalizationParam;
import io.vcgate.vcrest.model.VapiStdNestedLocalizableMessage;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfo;
import io.vcgate.vcrest.model.VcenterVmGuestCustomizationLiveInfoStatus;

/**
 * The vCenter REST models, for Jackson in a native executable: the client reads them from
 * {@code Response} bodies and the simulator writes them into {@code Response}s.
 */
@RegisterForReflection(targets = { VapiStdErrorsError.class, VapiStdLocalizableMessage.class, VapiStdLocalizationParam.class,
        VapiStdLocalizationParam.FormatEnum.class, VapiStdNestedLocalizableMessage.class, VcenterVmGuestCustomizationLiveInfo.class,
        VcenterVmGuestCustomizationLiveInfoStatus.class })
final class VcenterRestModels {

    private VcenterRestModels() {
    }
}
