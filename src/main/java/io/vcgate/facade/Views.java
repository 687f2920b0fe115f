package io.vcgate.facade;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.GuestAuth;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.core.Texts;
import io.vcgate.customization.CustomizationService;
import io.vcgate.facade.model.CircuitState;
import io.vcgate.facade.model.Circuits;
import io.vcgate.facade.model.CustomizationError;
import io.vcgate.facade.model.CustomizationFailureEvent;
import io.vcgate.facade.model.CustomizationStatus;
import io.vcgate.facade.model.GuestCredentials;
import io.vcgate.facade.model.PasswordCredentials;
import io.vcgate.facade.model.SamlCredentials;
import io.vcgate.facade.model.SspiCredentials;
import io.vcgate.facade.model.Task;
import io.vcgate.facade.model.TaskError;
import io.vcgate.facade.model.TicketCredentials;
import io.vcgate.facade.model.VcenterList;
import io.vcgate.facade.model.VcenterSummary;

/** vcgate's values as the facade contract's models, and the contract's credentials as vcgate's. */
public final class Views {

    /** The guest credential kinds, as the contract's discriminator names them: password, saml, sspi, ticket. */
    public static final List<String> CREDENTIAL_TYPES = Arrays.stream(GuestCredentials.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name).toList();

    private Views() {
    }

    static CustomizationStatus status(CustomizationInfo info) {
        CustomizationStatus view = new CustomizationStatus()
                .vm(info.vm())
                .status(CustomizationStatus.StatusEnum.fromString(info.status().name()))
                .source(CustomizationStatus.SourceEnum.fromString(info.source().name()))
                .startTime(info.startTime())
                .endTime(info.endTime());
        if (info.error() != null) {
            view.error(new CustomizationError().id(info.error().id()).message(info.error().message())
                    .args(List.copyOf(info.error().args())).event(event(info.error().event())));
        }
        return view;
    }

    /** The status in an answer to a watch: with whether it ended the watch. */
    static CustomizationStatus status(CustomizationInfo info, boolean ended) {
        return status(info).ended(ended);
    }

    private static CustomizationFailureEvent event(CustomizationInfo.FailureEvent event) {
        return event == null ? null : new CustomizationFailureEvent().type(event.type()).reason(event.reason())
                .message(event.message()).createdTime(event.createdTime()).logLocation(event.logLocation());
    }

    static Task task(TaskSnapshot snapshot) {
        Task view = new Task()
                .id(snapshot.id())
                .vm(snapshot.vm())
                .state(Task.StateEnum.fromString(snapshot.state().name()))
                .progress(snapshot.progress())
                .queuedAt(snapshot.queuedAt())
                .startedAt(snapshot.startedAt())
                .completedAt(snapshot.completedAt());
        if (snapshot.error() != null) {
            view.error(new TaskError().fault(snapshot.error().fault()).message(snapshot.error().message()));
        }
        return view;
    }

    static VcenterList vcenters(List<CustomizationService.VcenterState> states) {
        return new VcenterList().vcenters(states.stream().map(state -> new VcenterSummary()
                .name(state.name())
                .apiVersion(state.apiVersion())
                .unifiedSessions(state.unifiedSessions())
                .sessions(state.sessions())
                .circuits(new Circuits().rest(CircuitState.fromValue(state.restCircuit())).soap(CircuitState.fromValue(state.soapCircuit()))))
                .toList());
    }

    /** The guest credentials as vcgate's, once each text is one vim25's XML can carry (else a 400 naming it). */
    static GuestAuth credentials(GuestCredentials credentials) {
        boolean interactive = Boolean.TRUE.equals(credentials.getInteractiveSession());
        if (credentials instanceof PasswordCredentials p) {
            name("credentials.username", p.getUsername());
            secret("credentials.password", p.getPassword());
            return new GuestAuth.Password(p.getUsername(), p.getPassword(), interactive);
        }
        if (credentials instanceof SamlCredentials s) {
            secret("credentials.token", s.getToken());
            name("credentials.username", s.getUsername());
            return new GuestAuth.Saml(s.getToken(), s.getUsername(), interactive);
        }
        if (credentials instanceof SspiCredentials s) {
            secret("credentials.sspiToken", s.getSspiToken());
            return new GuestAuth.Sspi(s.getSspiToken(), interactive);
        }
        if (credentials instanceof TicketCredentials t) {
            secret("credentials.ticket", t.getTicket());
            return new GuestAuth.Ticket(t.getTicket(), interactive);
        }
        throw new IllegalArgumentException("unknown credentials type");
    }

    private static void name(String field, String value) {
        if (value != null) {
            Texts.check(field, Texts.notAName(value));
        }
    }

    private static void secret(String field, String value) {
        if (value != null) {
            Texts.check(field, Texts.notXml(value));
        }
    }
}
