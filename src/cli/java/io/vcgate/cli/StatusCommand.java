package io.vcgate.cli;

import io.vcgate.client.model.CustomizationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Duration;

@Command(mixinStandardHelpOptions = true, name = "status", description = "Print the status of the guest customization of a VM (exit 1 when it FAILED).")
final class StatusCommand extends GatewayCommand {
    @Parameters(paramLabel = "VM", description = "The VM's managed object id (vm-42).")
    String vm;

    @Override
    void check() {
        Ids.moref("VM", vm);
    }

    @Override
    Exit run(Gateway gateway, Printer printer) {
        CustomizationStatus s = gateway.status(vm, null, null, root.clock.instant().plus(Duration.ofMinutes(5))).status();
        printer.document(s);
        Texts.outcome(s).forEach(printer::result);
        return s.getStatus() == CustomizationStatus.StatusEnum.FAILED ? Exit.FAILED : Exit.OK;
    }
}
