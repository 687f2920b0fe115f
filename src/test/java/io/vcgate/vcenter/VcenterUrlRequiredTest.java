package io.vcgate.vcenter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class VcenterUrlRequiredTest {

    @Test
    void productionWithoutAVcenterUrlRefusesToStartAndSaysWhatToSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VcenterUrlRequired.verify(Optional.empty(), false));
        assertTrue(e.getMessage().contains("vcgate.vcenter.url"));
        assertTrue(e.getMessage().contains("VCGATE_VCENTER_URL"));
        assertThrows(IllegalStateException.class, () -> VcenterUrlRequired.verify(Optional.of(" "), false));
    }

    @Test
    void aVcenterUrlOrTheSimulatorIsEnough() {
        assertDoesNotThrow(() -> VcenterUrlRequired.verify(Optional.of("https://vcenter.example.com"), false));
        assertDoesNotThrow(() -> VcenterUrlRequired.verify(Optional.empty(), true));
    }
}
