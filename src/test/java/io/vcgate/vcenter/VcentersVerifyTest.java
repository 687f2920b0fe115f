package io.vcgate.vcenter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VcentersVerifyTest {

    @Test
    void aGatewayWithoutAnyVcenterRefusesToStartAndSaysWhatToSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Vcenters.verify(List.of()));
        assertTrue(e.getMessage().contains("vcgate.vcenter.url"));
        assertTrue(e.getMessage().contains("VCGATE_VCENTER_URL"));
        assertTrue(e.getMessage().contains("vcgate.vcenters.<name>.url"));
    }

    @Test
    void aVcenterNameMustBeUsableInAPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Vcenters.verify(List.of("site a")));
        assertTrue(e.getMessage().contains("site a"));
        assertThrows(IllegalStateException.class, () -> Vcenters.verify(List.of("../x")));
    }

    @Test
    void oneNamedOrDefaultVcenterIsEnough() {
        assertDoesNotThrow(() -> Vcenters.verify(List.of("default")));
        assertDoesNotThrow(() -> Vcenters.verify(List.of("site-a", "lab_2")));
    }
}
