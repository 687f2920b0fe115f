package io.vcgate.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class StartupGuardTest {

    @Test
    void productionWithoutAVcenterUrlRefusesToStartAndSaysWhatToSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StartupGuard.verify(Optional.empty(), false));
        assertTrue(e.getMessage().contains("vcgate.vcenter.url"));
        assertTrue(e.getMessage().contains("VCGATE_VCENTER_URL"));
        assertThrows(IllegalStateException.class, () -> StartupGuard.verify(Optional.of(" "), false));
    }

    @Test
    void aVcenterUrlOrTheSimulatorIsEnough() {
        assertDoesNotThrow(() -> StartupGuard.verify(Optional.of("https://vcenter.example.com"), false));
        assertDoesNotThrow(() -> StartupGuard.verify(Optional.empty(), true));
    }
}
