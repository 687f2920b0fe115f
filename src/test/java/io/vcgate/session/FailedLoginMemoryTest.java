package io.vcgate.session;

import static io.vcgate.testing.Contract.ADMIN;
import static io.vcgate.testing.Contract.PASSWORD;
import static io.vcgate.testing.Contract.abortBody;
import static io.vcgate.testing.Contract.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vcgate.simulator.SimulatorLedger;
import io.vcgate.simulator.SimulatorState;
import io.vcgate.simulator.VcenterApi;

/**
 * vcgate never locks a vCenter account: a user name and password vCenter rejected are not sent again
 * for a while (vCenter's SSO locks a user after a few failed logins), and concurrent requests with a
 * wrong password share one failed login. Over the wire, against the simulator, which answers each
 * login slowly here so that the 50 requests really wait on one.
 */
@QuarkusTest
class FailedLoginMemoryTest {

    static final ExecutorService CALLERS = Executors.newFixedThreadPool(50);

    @Inject
    SimulatorLedger ledger;

    @Inject
    SimulatorState simulator;

    @AfterEach
    void noLatency() {
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(0, 0, false));
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(0, 0, false));
    }

    static List<Integer> concurrently(int n, Supplier<Response> call) {
        List<CompletableFuture<Response>> calls = IntStream.range(0, n)
                .mapToObj(i -> CompletableFuture.supplyAsync(call, CALLERS)).toList();
        return calls.stream().map(CompletableFuture::join).map(r -> {
            if (r.statusCode() == 401) {
                // vCenter's answer, or the remembered one: the same problem, never the password
                r.then().contentType("application/problem+json").body("retryable", org.hamcrest.Matchers.equalTo(false));
                assertTrue(!r.asString().contains("wrong-"), "the password is never echoed");
            }
            return r.statusCode();
        }).toList();
    }

    static Response status(String password) {
        return anonymous().auth().preemptive().basic(ADMIN, password).get("/v1/vms/vm-100/guest/customization");
    }

    @Test
    void fiftyConcurrentWrongPasswordsCostOneFailedLoginAndTheNextFiftyNone() {
        simulator.faults(VcenterApi.REST, new SimulatorState.Faults(300, 0, false));
        assertEquals(List.of(401), concurrently(50, () -> status("wrong-1")).stream().distinct().toList());
        assertEquals(1, ledger.failedLogins(VcenterApi.REST), "one failed login for 50 requests");

        assertEquals(List.of(401), concurrently(50, () -> status("wrong-1")).stream().distinct().toList());
        assertEquals(1, ledger.failedLogins(VcenterApi.REST), "none more while the pair is remembered");
        assertEquals(0, ledger.failedLogins(VcenterApi.SOAP));
    }

    @Test
    void aDifferentPasswordGoesThroughAtOnce() {
        status("wrong-2").then().statusCode(401);
        status("wrong-3").then().statusCode(401);
        assertEquals(2, ledger.failedLogins(VcenterApi.REST), "each new pair is tried");
        status(PASSWORD).then().statusCode(200);
    }

    @Test
    void aPairTheSoapApiRejectedIsNotTriedOnTheRestApiEither() {
        simulator.faults(VcenterApi.SOAP, new SimulatorState.Faults(300, 0, false));
        List<Integer> aborts = concurrently(50, () -> anonymous().auth().preemptive().basic(ADMIN, "wrong-4")
                .contentType("application/json").body(abortBody("root", "guest-pass")).post("/v1/vms/vm-100/guest/customization/abort"));
        assertEquals(List.of(401), aborts.stream().distinct().toList());
        status("wrong-4").then().statusCode(401).body("fault", org.hamcrest.Matchers.equalTo("InvalidLogin"));
        assertEquals(1, ledger.failedLogins(VcenterApi.SOAP) + ledger.failedLogins(VcenterApi.REST), "one failed login in all");
    }
}
