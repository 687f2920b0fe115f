package io.vcgate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.VcenterApi;

/** What the simulated vCenter saw of two interleaved callers ({@link TwoCallers}), checked the same way for both backends. */
public final class Isolation {

    private Isolation() {
    }

    /**
     * Each {@code operation} call that carried a live session carried the session of the caller who
     * asked for its VM: one session per caller, each serving one user, and {@code expected} such calls.
     * A call made with the other caller's session fails here, by the VM it names.
     */
    public static void eachCallCarriedItsCallersSession(SimulatorLedger ledger, VcenterApi backend, String operation, int expected) {
        List<SimulatorLedger.Call> calls = ledger.calls(backend).stream()
                .filter(c -> c.operation().equals(operation) && c.user() != null).toList();
        assertEquals(expected, calls.size(), operation + " calls that carried a live session");
        Map<String, List<String>> usersBySession = calls.stream().collect(Collectors.groupingBy(
                SimulatorLedger.Call::sessionFingerprint, Collectors.mapping(SimulatorLedger.Call::user, Collectors.toList())));
        assertEquals(2, usersBySession.size(), "one session per caller");
        usersBySession.values().forEach(users -> assertEquals(1, users.stream().distinct().count(), "a session served one user"));
        calls.forEach(call -> assertEquals(TwoCallers.askedBy(call.target()), call.user(),
                call.target() + " read with another caller's session"));
        assertEquals(1, ledger.logins(backend, TwoCallers.ADMIN.username()), "one login for admin");
        assertEquals(1, ledger.logins(backend, TwoCallers.AUTOMATION.username()), "one login for automation");
    }
}
