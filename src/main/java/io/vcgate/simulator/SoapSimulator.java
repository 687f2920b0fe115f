package io.vcgate.simulator;

import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vcgate.core.Backend;
import io.quarkus.arc.properties.IfBuildProperty;

import io.vcgate.vim25.AboutInfo;
import io.vcgate.vim25.DynamicProperty;
import io.vcgate.vim25.GuestAuthentication;
import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.InvalidLocaleFaultMsg;
import io.vcgate.vim25.InvalidLoginFaultMsg;
import io.vcgate.vim25.InvalidPropertyFaultMsg;
import io.vcgate.vim25.ManagedObjectReference;
import io.vcgate.vim25.NamePasswordAuthentication;
import io.vcgate.vim25.ObjectContent;
import io.vcgate.vim25.ObjectSpec;
import io.vcgate.vim25.ObjectUpdate;
import io.vcgate.vim25.ObjectUpdateKind;
import io.vcgate.vim25.PropertyChange;
import io.vcgate.vim25.PropertyChangeOp;
import io.vcgate.vim25.PropertyFilterUpdate;
import io.vcgate.vim25.PropertyFilterSpec;
import io.vcgate.vim25.PropertySpec;
import io.vcgate.vim25.RetrieveOptions;
import io.vcgate.vim25.RetrieveResult;
import io.vcgate.vim25.RuntimeFaultFaultMsg;
import io.vcgate.vim25.SAMLTokenAuthentication;
import io.vcgate.vim25.SSPIAuthentication;
import io.vcgate.vim25.ServiceContent;
import io.vcgate.vim25.TaskInfo;
import io.vcgate.vim25.TaskInfoState;
import io.vcgate.vim25.TaskReasonUser;
import io.vcgate.vim25.TicketedSessionAuthentication;
import io.vcgate.vim25.UpdateSet;
import io.vcgate.vim25.UserSession;
import io.vcgate.vim25.WaitOptions;
import io.vcgate.vim25.VirtualMachinePowerState;

/**
 * The simulated vim25 SOAP API served at {@code /sdk} by {@link SoapEndpoint}: ServiceContent,
 * SessionManager, PropertyCollector and the VirtualMachineGuestCustomizationManager, on the generated
 * {@code VimPortType}. Sessions live in the {@code vmware_soap_session} cookie, as on vCenter.
 */
@ApplicationScoped
@IfBuildProperty(name = "vcgate.simulator.enabled", stringValue = "true")
public class SoapSimulator implements io.vcgate.vim25.VimPortType {

    @Inject
    SimulatedVcenters vcenters;

    private SimulatorState state() {
        return vcenters.current().state();
    }

    private SimulatorLedger ledger() {
        return vcenters.current().ledger();
    }

    @Inject
    SoapExchange exchange;

    @Override
    public ServiceContent retrieveServiceContent(ManagedObjectReference _this) {
        ledger().call(Backend.SOAP, "RetrieveServiceContent", null, null);
        ServiceContent content = new ServiceContent();
        content.setRootFolder(SoapFaults.moref("Folder", "group-d1"));
        content.setPropertyCollector(SoapFaults.moref("PropertyCollector", "propertyCollector"));
        content.setSessionManager(SoapFaults.moref("SessionManager", "SessionManager"));
        content.setGuestCustomizationManager(SoapFaults.moref("VirtualMachineGuestCustomizationManager", "guestCustomizationManager"));
        content.setEventManager(SoapFaults.moref("EventManager", "EventManager"));
        AboutInfo about = new AboutInfo();
        about.setName("VMware vCenter Server (vcgate simulator)");
        String version = state().apiVersion().substring(0, state().apiVersion().lastIndexOf('.'));
        about.setFullName("VMware vCenter Server " + version + " (vcgate simulator)");
        about.setVendor("vcgate");
        about.setVersion(version);
        about.setBuild("0");
        about.setOsType("linux-x64");
        about.setProductLineId("vpx");
        about.setApiType("VirtualCenter");
        about.setApiVersion(state().apiVersion());
        about.setInstanceUuid("00000000-0000-4000-8000-00000000vcgt");
        content.setAbout(about);
        return content;
    }

    @Override
    public UserSession login(ManagedObjectReference _this, String userName, String password, String locale)
            throws InvalidLocaleFaultMsg, InvalidLoginFaultMsg, RuntimeFaultFaultMsg {
        if (!SimulatorState.validUser(userName, password)) {
            ledger().call(Backend.SOAP, "Login", null, null);
            throw SoapFaults.invalidLogin();
        }
        String id = state().openSession(Backend.SOAP, userName);
        ledger().login(Backend.SOAP, userName);
        ledger().call(Backend.SOAP, "Login", userName, id);
        exchange.startSession(id);
        UserSession session = new UserSession();
        session.setKey(id.substring(0, 8) + "-session");
        session.setUserName(userName);
        session.setFullName(Fixtures.USERS.getOrDefault(userName, userName));
        session.setLoginTime(xml(SimulatorState.now()));
        session.setLastActiveTime(xml(SimulatorState.now()));
        session.setLocale(locale == null ? "en" : locale);
        session.setMessageLocale(locale == null ? "en" : locale);
        return session;
    }

    @Override
    public void logout(ManagedObjectReference _this) throws RuntimeFaultFaultMsg {
        String id = sessionId();
        String user = requireUser("Logout");
        state().closeSession(Backend.SOAP, id);
        ledger().logout(Backend.SOAP, user);
    }

    @Override
    public boolean sessionIsActive(ManagedObjectReference _this, String sessionID, String userName) throws RuntimeFaultFaultMsg {
        requireUser("SessionIsActive");
        return state().sessionUser(Backend.SOAP, sessionID).map(u -> u.equals(userName)).orElse(false);
    }

    @Override
    public XMLGregorianCalendar currentTime(ManagedObjectReference _this) throws RuntimeFaultFaultMsg {
        requireUser("CurrentTime");
        return xml(SimulatorState.now());
    }

    @Override
    public ManagedObjectReference abortCustomizationTask(ManagedObjectReference _this, ManagedObjectReference vm,
            GuestAuthentication auth) throws io.vcgate.vim25.CustomizationFaultFaultMsg,
            io.vcgate.vim25.GuestPermissionDeniedFaultMsg, io.vcgate.vim25.InvalidGuestLoginFaultMsg,
            io.vcgate.vim25.InvalidStateFaultMsg, io.vcgate.vim25.TaskInProgressFaultMsg, RuntimeFaultFaultMsg {
        String vmId = vm == null ? null : vm.getValue();
        String user = requireUser("AbortCustomization_Task", vmId);
        SimVm target = state().vm(vmId)
                .orElseThrow(() -> SoapFaults.notFound(vm == null ? SoapFaults.moref("VirtualMachine", "") : vm));
        if (!target.poweredOn) {
            throw SoapFaults.poweredOff();
        }
        if (!target.toolsRunning) {
            throw SoapFaults.toolsNotRunning();
        }
        if (target.busyTask != null) {
            throw SoapFaults.taskInProgress(target.busyTask);
        }
        // guest credentials are checked by Tools inside the guest, so their faults arrive in the Task
        String[] fault = guestFault(auth);
        if (fault == null && target.customizationFault) {
            fault = new String[] { "CustomizationFault", "Customization of the guest operating system failed: the deployment package is corrupt." };
        }
        SimTask task = state().startTask(target, user, fault == null ? null : fault[0], fault == null ? null : fault[1]);
        return SoapFaults.moref("Task", task.id());
    }

    private static String[] guestFault(GuestAuthentication auth) {
        if (auth instanceof NamePasswordAuthentication password) {
            if (Fixtures.GUEST_DENIED_USER.equals(password.getUsername())) {
                return new String[] { "GuestPermissionDenied", "Insufficient permissions in guest operating system to perform this operation." };
            }
            if (Fixtures.GUEST_USER.equals(password.getUsername()) && Fixtures.GUEST_PASSWORD.equals(password.getPassword())) {
                return null;
            }
        } else if (auth instanceof SAMLTokenAuthentication saml && notBlank(saml.getToken())
                || auth instanceof SSPIAuthentication sspi && notBlank(sspi.getSspiToken())
                || auth instanceof TicketedSessionAuthentication ticket && notBlank(ticket.getTicket())) {
            return null;
        }
        return new String[] { "InvalidGuestLogin", "Failed to authenticate with the guest operating system using the supplied credentials." };
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public RetrieveResult retrievePropertiesEx(ManagedObjectReference _this, List<PropertyFilterSpec> specSet,
            RetrieveOptions options) throws InvalidPropertyFaultMsg, RuntimeFaultFaultMsg {
        requireUser("RetrievePropertiesEx", firstObject(specSet));
        RetrieveResult result = new RetrieveResult();
        for (PropertyFilterSpec spec : specSet) {
            for (ObjectSpec objectSpec : spec.getObjectSet()) {
                ManagedObjectReference obj = objectSpec.getObj();
                ObjectContent content = new ObjectContent();
                content.setObj(obj);
                for (PropertySpec propertySpec : spec.getPropSet()) {
                    if (!propertySpec.getType().equals(obj.getType())) {
                        continue;
                    }
                    for (String path : propertySpec.getPathSet()) {
                        DynamicProperty property = new DynamicProperty();
                        property.setName(path);
                        property.setVal(property(obj, path));
                        if (property.getVal() != null) {
                            content.getPropSet().add(property);
                        }
                    }
                }
                result.getObjects().add(content);
            }
        }
        return result;
    }

    private Object property(ManagedObjectReference obj, String path) throws RuntimeFaultFaultMsg, InvalidPropertyFaultMsg {
        switch (obj.getType()) {
            case "Task" -> {
                SimTask task = state().task(obj.getValue()).orElseThrow(() -> SoapFaults.notFound(obj));
                if (!"info".equals(path)) {
                    throw invalidProperty(path);
                }
                return taskInfo(task);
            }
            case "VirtualMachine" -> {
                SimVm vm = state().vm(obj.getValue()).orElseThrow(() -> SoapFaults.notFound(obj));
                return switch (path) {
                    case "guest.customizationInfo" -> customizationInfo(vm);
                    case "runtime.powerState" -> vm.poweredOn ? VirtualMachinePowerState.POWERED_ON : VirtualMachinePowerState.POWERED_OFF;
                    case "name" -> vm.name;
                    default -> throw invalidProperty(path);
                };
            }
            default -> throw SoapFaults.notFound(obj);
        }
    }

    private static InvalidPropertyFaultMsg invalidProperty(String path) {
        io.vcgate.vim25.InvalidProperty fault = new io.vcgate.vim25.InvalidProperty();
        fault.setName(path);
        return new InvalidPropertyFaultMsg("Invalid property: " + path, fault);
    }

    private static GuestInfoCustomizationInfo customizationInfo(SimVm vm) {
        GuestInfoCustomizationInfo info = new GuestInfoCustomizationInfo();
        info.setCustomizationStatus("TOOLSDEPLOYPKG_" + vm.status.name());
        info.setStartTime(xml(vm.start));
        info.setEndTime(xml(vm.end));
        info.setErrorMsg(vm.status == SimVm.Status.FAILED ? vm.errorMessage : null);
        return info;
    }

    private static TaskInfo taskInfo(SimTask task) {
        OffsetDateTime now = SimulatorState.now();
        SimTask.Phase phase = task.phase(now);
        TaskInfo info = new TaskInfo();
        info.setKey(task.id());
        info.setTask(SoapFaults.moref("Task", task.id()));
        info.setName("AbortCustomization_Task");
        info.setDescriptionId("vm.GuestCustomizationManager.abortCustomization");
        info.setEntity(SoapFaults.moref("VirtualMachine", task.vm()));
        info.setEntityName(task.vmName());
        info.setState(TaskInfoState.fromValue(phase.name().toLowerCase()));
        info.setCancelled(false);
        info.setCancelable(false);
        info.setProgress(task.progress(now));
        TaskReasonUser reason = new TaskReasonUser();
        reason.setUserName(task.user());
        info.setReason(reason);
        info.setQueueTime(xml(task.queued()));
        if (phase != SimTask.Phase.QUEUED) {
            info.setStartTime(xml(task.started()));
        }
        if (phase == SimTask.Phase.SUCCESS || phase == SimTask.Phase.ERROR) {
            info.setCompleteTime(xml(task.completed()));
        }
        if (phase == SimTask.Phase.ERROR) {
            info.setError(SoapFaults.taskError(task.fault(), task.faultMessage()));
        }
        info.setEventChainId(task.eventChainId());
        return info;
    }

    @Override
    public RetrieveResult continueRetrievePropertiesEx(ManagedObjectReference _this, String token)
            throws InvalidPropertyFaultMsg, RuntimeFaultFaultMsg {
        requireUser("ContinueRetrievePropertiesEx");
        // every result fits in one page, so no token is ever handed out
        io.vcgate.vim25.InvalidArgument fault = new io.vcgate.vim25.InvalidArgument();
        fault.setInvalidProperty("token");
        throw new RuntimeFaultFaultMsg("A specified parameter was not correct: token", fault);
    }

    @Override
    public void cancelRetrievePropertiesEx(ManagedObjectReference _this, String token)
            throws InvalidPropertyFaultMsg, RuntimeFaultFaultMsg {
        requireUser("CancelRetrievePropertiesEx");
    }

    // --- PropertyCollector filters and updates -----------------------------------------------------

    /** The longest a WaitForUpdatesEx waits here, whatever it asks (a worker thread waits with it). */
    static final int MAX_WAIT_SECONDS = 60;

    @Override
    public ManagedObjectReference createFilter(ManagedObjectReference _this, PropertyFilterSpec spec, boolean partialUpdates)
            throws InvalidPropertyFaultMsg, RuntimeFaultFaultMsg {
        String obj = firstObject(List.of(spec));
        String session = sessionId();
        requireUser("CreateFilter", obj);
        List<SimCollector.Filter> made = new java.util.ArrayList<>();
        for (ObjectSpec objectSpec : spec.getObjectSet()) {
            ManagedObjectReference ref = objectSpec.getObj();
            List<String> paths = spec.getPropSet().stream().filter(p -> p.getType().equals(ref.getType()))
                    .flatMap(p -> p.getPathSet().stream()).toList();
            for (String path : paths) {
                property(ref, path); // an unknown object or property fails here, as on vCenter
            }
            made.add(new SimCollector.Filter(null, ref.getType(), ref.getValue(), paths));
        }
        String id = state().nextFilterId();
        synchronized (state().changes()) {
            SimCollector collector = state().collector(session);
            for (SimCollector.Filter filter : made) {
                collector.filters.put(id, new SimCollector.Filter(id, filter.type, filter.obj, filter.paths));
            }
            state().changes().notifyAll();
        }
        return SoapFaults.moref("PropertyFilter", id);
    }

    @Override
    public void destroyPropertyFilter(ManagedObjectReference _this) throws RuntimeFaultFaultMsg {
        requireUser("DestroyPropertyFilter", _this == null ? null : _this.getValue());
        synchronized (state().changes()) {
            SimCollector collector = _this == null ? null : state().collectorOf(_this.getValue());
            if (collector == null) {
                throw SoapFaults.notFound(_this == null ? SoapFaults.moref("PropertyFilter", "") : _this);
            }
            collector.filters.remove(_this.getValue());
            state().changes().notifyAll();
        }
    }

    @Override
    public void cancelWaitForUpdates(ManagedObjectReference _this) throws RuntimeFaultFaultMsg {
        String session = sessionId();
        requireUser("CancelWaitForUpdates");
        synchronized (state().changes()) {
            state().collector(session).cancelled = true;
            state().changes().notifyAll();
        }
    }

    /**
     * Answers as soon as a filtered property changes (a change wakes the waiting call, no timer loop):
     * with no version (or an empty one) every filter's current values; with a version, what changed
     * since, and the values of filters created since. Null when nothing changed within maxWaitSeconds.
     */
    @Override
    public UpdateSet waitForUpdatesEx(ManagedObjectReference _this, String version, WaitOptions options)
            throws io.vcgate.vim25.InvalidCollectorVersionFaultMsg, RuntimeFaultFaultMsg {
        String session = sessionId();
        requireUser("WaitForUpdatesEx");
        int maxWait = options == null || options.getMaxWaitSeconds() == null ? MAX_WAIT_SECONDS
                : Math.max(0, Math.min(MAX_WAIT_SECONDS, options.getMaxWaitSeconds()));
        long deadline = System.nanoTime() + maxWait * 1_000_000_000L;
        SimulatorState state = state();
        synchronized (state.changes()) {
            SimCollector collector = state.collector(session);
            if (version == null || version.isEmpty()) {
                collector.filters.values().forEach(f -> f.reportedAt = -1);
            }
            while (true) {
                if (state.sessionUser(Backend.SOAP, session).isEmpty()) {
                    throw SoapFaults.notAuthenticated(); // logged out or dropped while waiting
                }
                collector = state.collector(session);
                if (collector.cancelled) {
                    collector.cancelled = false;
                    throw new RuntimeFaultFaultMsg("The task was canceled by a user.", new io.vcgate.vim25.RequestCanceled());
                }
                UpdateSet updates = updates(state, collector);
                if (updates != null) {
                    return updates;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return null;
                }
                try {
                    state.changes().wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** What the collector's filters have not reported yet; null when nothing. Under the change monitor. */
    private UpdateSet updates(SimulatorState state, SimCollector collector) throws RuntimeFaultFaultMsg {
        UpdateSet set = new UpdateSet();
        long now = state.clock();
        for (SimCollector.Filter filter : collector.filters.values()) {
            boolean entering = filter.reportedAt < 0;
            if (!entering && state.changedAt(filter.type, filter.obj) <= filter.reportedAt) {
                continue;
            }
            ManagedObjectReference obj = SoapFaults.moref(filter.type, filter.obj);
            ObjectUpdate update = new ObjectUpdate();
            update.setKind(entering ? ObjectUpdateKind.ENTER : ObjectUpdateKind.MODIFY);
            update.setObj(obj);
            for (String path : filter.paths) {
                PropertyChange change = new PropertyChange();
                change.setName(path);
                change.setOp(PropertyChangeOp.ASSIGN);
                try {
                    change.setVal(property(obj, path));
                } catch (InvalidPropertyFaultMsg e) {
                    continue;
                } catch (RuntimeFaultFaultMsg gone) {
                    update.setKind(ObjectUpdateKind.LEAVE); // the object was deleted
                    break;
                }
                update.getChangeSet().add(change);
            }
            PropertyFilterUpdate filterUpdate = new PropertyFilterUpdate();
            filterUpdate.setFilter(SoapFaults.moref("PropertyFilter", filter.id));
            filterUpdate.getObjectSet().add(update);
            set.getFilterSet().add(filterUpdate);
            filter.reportedAt = now;
        }
        if (set.getFilterSet().isEmpty()) {
            return null;
        }
        set.setVersion(Long.toString(now));
        return set;
    }

    // --- EventManager ------------------------------------------------------------------------------

    /** The VM's events (the filter's entity), of the types asked for, from its begin time; oldest first. */
    @Override
    public List<io.vcgate.vim25.Event> queryEvents(ManagedObjectReference _this, io.vcgate.vim25.EventFilterSpec filter)
            throws RuntimeFaultFaultMsg {
        ManagedObjectReference entity = filter == null || filter.getEntity() == null ? null : filter.getEntity().getEntity();
        requireUser("QueryEvents", entity == null ? null : entity.getValue());
        if (entity == null || !"VirtualMachine".equals(entity.getType())) {
            return List.of(); // the simulator keeps events of VMs only
        }
        java.util.Set<String> types = filter.getType() == null || filter.getType().isEmpty() ? null : java.util.Set.copyOf(filter.getType());
        OffsetDateTime begin = filter.getTime() == null || filter.getTime().getBeginTime() == null ? null
                : filter.getTime().getBeginTime().toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
        List<io.vcgate.vim25.Event> answer = new java.util.ArrayList<>();
        for (SimEvent event : state().events(entity.getValue())) {
            if ((types == null || types.contains(event.type())) && (begin == null || !event.created().isBefore(begin))) {
                answer.add(event(event));
            }
        }
        return answer;
    }

    private static io.vcgate.vim25.Event event(SimEvent e) {
        io.vcgate.vim25.CustomizationEvent event = switch (e.type()) {
            case "CustomizationStartedEvent" -> new io.vcgate.vim25.CustomizationStartedEvent();
            case "CustomizationSucceeded" -> new io.vcgate.vim25.CustomizationSucceeded();
            case "CustomizationNetworkSetupFailed" -> new io.vcgate.vim25.CustomizationNetworkSetupFailed();
            case "CustomizationLinuxIdentityFailed" -> new io.vcgate.vim25.CustomizationLinuxIdentityFailed();
            case "CustomizationUnknownFailure" -> new io.vcgate.vim25.CustomizationUnknownFailure();
            default -> new io.vcgate.vim25.CustomizationFailed();
        };
        event.setKey(e.key());
        event.setChainId(e.key());
        event.setCreatedTime(xml(e.created()));
        event.setUserName("VSPHERE.LOCAL\\vpxd-extension");
        io.vcgate.vim25.VmEventArgument vm = new io.vcgate.vim25.VmEventArgument();
        vm.setName(e.vmName());
        vm.setVm(SoapFaults.moref("VirtualMachine", e.vm()));
        event.setVm(vm);
        event.setFullFormattedMessage(e.message());
        event.setLogLocation(e.logLocation());
        if (event instanceof io.vcgate.vim25.CustomizationFailed failed) {
            failed.setReason(e.reason());
        }
        return event;
    }

    // --- session plumbing --------------------------------------------------------------------------

    private String requireUser(String operation) throws RuntimeFaultFaultMsg {
        return requireUser(operation, null);
    }

    private String requireUser(String operation, String target) throws RuntimeFaultFaultMsg {
        String id = sessionId();
        Optional<String> user = state().sessionUser(Backend.SOAP, id);
        ledger().call(Backend.SOAP, operation, user.orElse(null), id, target);
        return user.orElseThrow(SoapFaults::notAuthenticated);
    }

    private static String firstObject(List<PropertyFilterSpec> specSet) {
        return specSet == null ? null : specSet.stream().flatMap(spec -> spec.getObjectSet().stream())
                .map(ObjectSpec::getObj).filter(java.util.Objects::nonNull).map(ManagedObjectReference::getValue)
                .findFirst().orElse(null);
    }

    private String sessionId() {
        return exchange.sessionId();
    }

    static XMLGregorianCalendar xml(OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(time.toZonedDateTime()));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

}
