package io.vcgate.cli;

import io.vcgate.client.model.VcenterList;
import picocli.CommandLine.Command;

import java.time.Duration;

@Command(mixinStandardHelpOptions = true, name = "vcenters", description = "List the gateway's vCenters: API version, sessions, circuits.")
final class VcentersCommand extends GatewayCommand {
    @Override
    Exit run(Gateway gateway, Printer printer) {
        VcenterList list = gateway.vcenters(root.clock.instant().plus(Duration.ofMinutes(5)));
        printer.document(list);
        Texts.vcenters(list).forEach(printer::result);
        return Exit.OK;
    }
}
