package io.vcgate.cli;

import io.vcgate.client.model.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;

@Command(mixinStandardHelpOptions = true, name = "task", description = {
        "Print a vCenter Task started through the gateway (exit 1 when it failed).",
        "With --wait, follow it until it ends: 0 succeeded, 1 failed, 2 when --wait ran out first."})
final class TaskCommand extends GatewayCommand {
    @Parameters(paramLabel = "TASK", description = "The Task's managed object id (task-1001).")
    String task;

    @Option(names = "--wait", paramLabel = "DURATION", description = "Follow the Task up to this long (60s, 5m).")
    String waitFor;

    private Duration waitDuration;

    @Override
    void check() {
        Ids.moref("TASK", task);
        waitDuration = waitFor == null ? null : Durations.parse("--wait", waitFor);
    }

    @Override
    Exit run(Gateway gateway, Printer printer) {
        if (waitDuration != null) {
            return new Following(gateway, printer, root.clock, options.retries)
                    .task(task, root.clock.instant().plus(waitDuration));
        }
        Task t = gateway.task(task, root.clock.instant().plus(Duration.ofMinutes(5)));
        printer.document(t);
        printer.result(Texts.task(t));
        return t.getState() == Task.StateEnum.ERROR ? Exit.FAILED : Exit.OK;
    }
}
