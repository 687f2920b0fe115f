package io.vcgate.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vcgate.simulator.SimVm.Status;

/**
 * The simulator's fixed world, documented in the README's "Simulator" section.
 * Users {@code administrator@vsphere.local}, {@code automation@vsphere.local} and
 * {@code pipeline-01@vsphere.local} to {@code pipeline-20@vsphere.local}, {@code load001@vsphere.local} to
 * {@code load999@vsphere.local} (password {@code VMware1!});
 * guest credentials {@code root} / {@code guest-pass}; VMs vm-100 to vm-107, and vm-110 and vm-111
 * whose customization moves in time; the customization events of vm-103 and vm-104.
 */
final class Fixtures {

    static final String PASSWORD = "VMware1!";
    static final Map<String, String> USERS = users();
    static final String GUEST_USER = "root";
    static final String GUEST_PASSWORD = "guest-pass";
    static final String GUEST_DENIED_USER = "nobody";

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Where Tools writes its customization log in a Linux guest, as vCenter's customization events say. */
    static final String LOG_LOCATION = "/var/log/vmware-imc/toolsDeployPkg.log";

    /** VMs whose customization moves: a run starts at every reset and ends as said here. */
    static final Map<String, Status> MOVING = Map.of("vm-110", Status.SUCCEEDED, "vm-111", Status.FAILED);

    private Fixtures() {
    }

    /** A vCenter user: the named ones, and load001@vsphere.local to load999@vsphere.local for load and budget runs. */
    static boolean user(String name) {
        return name != null && (USERS.containsKey(name) || name.matches("load\\d{3}@vsphere\\.local"));
    }

    private static Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("administrator@vsphere.local", "Administrator");
        users.put("automation@vsphere.local", "Pipeline Automation");
        for (int i = 1; i <= 20; i++) {
            users.put(String.format("pipeline-%02d@vsphere.local", i), String.format("Pipeline %02d", i));
        }
        return Map.copyOf(users);
    }

    static Map<String, SimVm> vms() {
        Map<String, SimVm> vms = new LinkedHashMap<>();
        add(vms, new SimVm("vm-100", "clone-web-01", true, true, null, false, Status.RUNNING, T0.plusMinutes(70), null, null, null));
        add(vms, new SimVm("vm-101", "clone-web-02", false, false, null, false, Status.IDLE, null, null, null, null));
        add(vms, new SimVm("vm-102", "clone-db-01", true, false, null, false, Status.RUNNING, T0.plusMinutes(65), null, null, null));
        add(vms, new SimVm("vm-103", "clone-app-01", true, true, null, false, Status.SUCCEEDED, T0, T0.plusMinutes(2).plusSeconds(10), null, null));
        add(vms, new SimVm("vm-104", "clone-app-02", true, true, null, false, Status.FAILED, T0, T0.plusMinutes(2).plusSeconds(10),
                "com.vmware.vcenter.guest.customization.failed",
                "Customization failed: network configuration could not be applied."));
        add(vms, new SimVm("vm-105", "clone-app-03", true, true, "task-900", false, Status.RUNNING, T0.plusMinutes(60), null, null, null));
        add(vms, new SimVm("vm-106", "clone-app-04", true, true, null, true, Status.RUNNING, T0.plusMinutes(61), null, null, null));
        add(vms, new SimVm("vm-107", "clone-app-05", true, true, null, false, Status.PENDING, null, null, null, null));
        add(vms, new SimVm("vm-110", "clone-ci-01", true, true, null, false, Status.IDLE, null, null, null, null));
        add(vms, new SimVm("vm-111", "clone-ci-02", true, true, null, false, Status.IDLE, null, null, null, null));
        return vms;
    }

    /** The events of the VMs that do not move: vm-103's run succeeded, vm-104's failed setting up the network. */
    static java.util.List<SimEvent> events(java.util.concurrent.atomic.AtomicInteger keys) {
        return java.util.List.of(
                new SimEvent(keys.incrementAndGet(), "CustomizationStartedEvent", "vm-103", "clone-app-01", T0,
                        "Started customization of VM clone-app-01. Customization log located at " + LOG_LOCATION + " in the guest OS.", null, LOG_LOCATION),
                new SimEvent(keys.incrementAndGet(), "CustomizationSucceeded", "vm-103", "clone-app-01", T0.plusMinutes(2).plusSeconds(10),
                        "Customization of VM clone-app-01 succeeded. Customization log located at " + LOG_LOCATION + " in the guest OS.", null, LOG_LOCATION),
                new SimEvent(keys.incrementAndGet(), "CustomizationStartedEvent", "vm-104", "clone-app-02", T0,
                        "Started customization of VM clone-app-02. Customization log located at " + LOG_LOCATION + " in the guest OS.", null, LOG_LOCATION),
                new SimEvent(keys.incrementAndGet(), "CustomizationNetworkSetupFailed", "vm-104", "clone-app-02", T0.plusMinutes(2).plusSeconds(10),
                        "Network settings of VM clone-app-02 could not be customized in the guest. See the customization log at "
                                + LOG_LOCATION + " in the guest OS for details.", null, LOG_LOCATION));
    }

    private static void add(Map<String, SimVm> vms, SimVm vm) {
        vms.put(vm.id, vm);
    }
}
