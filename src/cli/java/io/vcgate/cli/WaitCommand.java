package io.vcgate.cli;

import io.vcgate.client.model.CustomizationStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Command(mixinStandardHelpOptions = true, name = "wait", description = {
        "Wait until a VM's guest customization ends (exit 0 SUCCEEDED, 1 FAILED, 2 timeout).",
        "Follows the gateway's event stream (vCenter pushes each change); a cut stream is followed",
        "again with the same --since, so no end is missed. A FAILED run prints its failure event",
        "and the guest log's location."})
final class WaitCommand extends GatewayCommand {
    @Parameters(paramLabel = "VM", description = "The VM's managed object id (vm-42).")
    String vm;

    @ArgGroup(exclusive = true)
    Since since;

    static final class Since {
        @Option(names = "--since", paramLabel = "TIME",
                description = "Count only a run that started at or after TIME (RFC 3339, e.g. 2026-11-29T10:15:00Z).")
        String time;

        @Option(names = "--since-now",
                description = "Count the run in progress or the next one, never one that ended before the command started.")
        boolean now;
    }

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m",
            description = "How long to wait (90s, 30m, 2h, PT30M; default ${DEFAULT-VALUE}).")
    String timeout;

    private Duration timeoutDuration;
    private OffsetDateTime sinceTime;

    @Override
    void check() {
        Ids.moref("VM", vm);
        timeoutDuration = Durations.parse("--timeout", timeout);
        if (since != null && since.time != null) {
            sinceTime = Durations.instant("--since", since.time);
        }
    }

    @Override
    Exit run(Gateway gateway, Printer printer) {
        Instant deadline = root.clock.instant().plus(timeoutDuration);
        OffsetDateTime from = sinceTime;
        if (since != null && since.now) {
            from = sinceNow(gateway.status(vm, null, null, deadline));
        }
        return new Following(gateway, printer, root.clock, options.retries).customization(vm, from, deadline);
    }

    /**
     * --since-now: never an end reported before the command began. A run in progress counts (from its start
     * when vCenter gave one, else with no {@code since}: its end is the next one); after an end, only a run that
     * starts after it does ({@code since} just past that end, in vCenter's own clock, so clocks that differ
     * cannot hide the next run); with no end to go by, the gateway's clock (its Date header) says "now".
     */
    private OffsetDateTime sinceNow(Gateway.StatusRead read) {
        CustomizationStatus s = read.status();
        CustomizationStatus.StatusEnum status = s.getStatus();
        if (status == CustomizationStatus.StatusEnum.SUCCEEDED || status == CustomizationStatus.StatusEnum.FAILED) {
            if (s.getEndTime() != null) {
                return s.getEndTime().plusNanos(1_000_000);
            }
            return read.gatewayNow() != null ? read.gatewayNow() : OffsetDateTime.ofInstant(root.clock.instant(), ZoneOffset.UTC);
        }
        return s.getStartTime(); // in progress (or never run): its start, or null
    }
}
