package io.vcgate.cli;

import io.vcgate.client.model.CustomizationError;
import io.vcgate.client.model.CustomizationFailureEvent;
import io.vcgate.client.model.CustomizationStatus;
import io.vcgate.client.model.Task;
import io.vcgate.client.model.VcenterList;
import io.vcgate.client.model.VcenterSummary;

import java.util.ArrayList;
import java.util.List;

/** The command's text form of the gateway's documents (JSON output prints the documents themselves). */
final class Texts {
    private Texts() {
    }

    static String status(CustomizationStatus s) {
        StringBuilder b = new StringBuilder().append(s.getVm()).append(' ').append(s.getStatus());
        if (s.getStartTime() != null) {
            b.append(" started ").append(s.getStartTime());
        }
        if (s.getEndTime() != null) {
            b.append(" ended ").append(s.getEndTime());
        }
        return b.toString();
    }

    /** The whole outcome: the status line, then why it failed, the failure event and the guest log. */
    static List<String> outcome(CustomizationStatus s) {
        List<String> lines = new ArrayList<>();
        lines.add(status(s));
        CustomizationError error = s.getError();
        if (error != null) {
            lines.add("  error: " + clean(error.getMessage()) + (error.getId() == null ? "" : " (" + error.getId() + ")"));
            CustomizationFailureEvent event = error.getEvent();
            if (event != null) {
                lines.add("  event: " + event.getType() + (event.getCreatedTime() == null ? "" : " at " + event.getCreatedTime())
                        + (event.getReason() == null ? "" : ", reason " + clean(event.getReason())));
                if (event.getMessage() != null) {
                    lines.add("  message: " + clean(event.getMessage()));
                }
                if (event.getLogLocation() != null) {
                    lines.add("  guest log: " + clean(event.getLogLocation()));
                }
            }
        }
        return lines;
    }

    static String task(Task t) {
        StringBuilder b = new StringBuilder().append(t.getId()).append(' ').append(t.getState());
        if (t.getProgress() != null && t.getState() != Task.StateEnum.SUCCESS && t.getState() != Task.StateEnum.ERROR) {
            b.append(' ').append(t.getProgress()).append('%');
        }
        if (t.getVm() != null) {
            b.append(" (").append(t.getVm()).append(')');
        }
        if (t.getError() != null) {
            b.append(": ").append(t.getError().getFault()).append(": ").append(clean(t.getError().getMessage()));
        }
        return b.toString();
    }

    static List<String> vcenters(VcenterList list) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-20s %-10s %-8s %-9s %-8s %s", "NAME", "API", "UNIFIED", "SESSIONS", "REST", "SOAP"));
        for (VcenterSummary v : list.getVcenters()) {
            lines.add(String.format("%-20s %-10s %-8s %-9s %-8s %s", v.getName(),
                    v.getApiVersion() == null ? "-" : v.getApiVersion(),
                    v.getUnifiedSessions() == null ? "-" : v.getUnifiedSessions(),
                    v.getSessions() == null ? "-" : v.getSessions(),
                    v.getCircuits() == null ? "-" : v.getCircuits().getRest(),
                    v.getCircuits() == null ? "-" : v.getCircuits().getSoap()));
        }
        return lines;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
    }
}
