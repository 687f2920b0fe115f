package io.vcgate.cli;

import io.vcgate.client.model.AbortRequest;
import io.vcgate.client.model.GuestCredentials;
import io.vcgate.client.model.PasswordCredentials;
import io.vcgate.client.model.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

@Command(mixinStandardHelpOptions = true, name = "abort", description = {
        "Abort the guest customization running in a VM (AbortCustomization_Task).",
        "Guest credentials from $VCGATE_GUEST_USER and $VCGATE_GUEST_PASSWORD, or --guest-credentials FILE.",
        "Sent once, never again. Exit 0 when started (with --wait: when its Task succeeded), 1 when",
        "vCenter refused it or its Task failed, 2 when --wait ran out first."})
final class AbortCommand extends GatewayCommand {
    @Parameters(paramLabel = "VM", description = "The VM's managed object id (vm-42).")
    String vm;

    @Option(names = "--wait", paramLabel = "DURATION", description = "Follow the abort's Task up to this long (60s, 5m).")
    String waitFor;

    @Option(names = "--guest-credentials", paramLabel = "FILE",
            description = "The guest credentials as the gateway's JSON: {\"type\":\"password\",\"username\":..,\"password\":..}, "
                    + "or a saml, sspi or ticket object.")
    Path guestCredentialsFile;

    private Duration waitDuration;
    private GuestCredentials guest;

    @Override
    void check() {
        Ids.moref("VM", vm);
        waitDuration = waitFor == null ? null : Durations.parse("--wait", waitFor);
        guest = guestCredentials();
    }

    @Override
    Exit run(Gateway gateway, Printer printer) {
        Task started = gateway.abort(vm, new AbortRequest().credentials(guest));
        printer.document(started);
        if (waitDuration == null) {
            printer.result("abort started: " + Texts.task(started));
            return Exit.OK;
        }
        printer.progress(Texts.task(started));
        return new Following(gateway, printer, root.clock, options.retries)
                .task(started.getId(), root.clock.instant().plus(waitDuration));
    }

    private GuestCredentials guestCredentials() {
        if (guestCredentialsFile != null) {
            try {
                byte[] json = Files.readAllBytes(guestCredentialsFile);
                return io.vcgate.client.ApiClient.createDefaultObjectMapper().readValue(json, GuestCredentials.class);
            } catch (IOException e) {
                // Jackson's message may quote the file's content: a secret. Say only what is wrong.
                throw CommandFailure.usage("--guest-credentials: " + guestCredentialsFile + " is not readable as the "
                        + "gateway's guest credentials JSON (an object with \"type\": password, saml, sspi or ticket)");
            }
        }
        String user = root.env.get("VCGATE_GUEST_USER");
        String password = root.env.get("VCGATE_GUEST_PASSWORD");
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw CommandFailure.usage("no guest credentials: set VCGATE_GUEST_USER and VCGATE_GUEST_PASSWORD, or use "
                    + "--guest-credentials FILE");
        }
        return new PasswordCredentials().username(user).password(password).type("password");
    }
}
