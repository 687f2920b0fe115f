package io.vcgate.soap;

import java.time.OffsetDateTime;

import javax.xml.datatype.XMLGregorianCalendar;

import io.vcgate.core.CustomizationInfo;
import io.vcgate.core.TaskSnapshot;
import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.TaskInfo;

/** vim25 values as vcgate's: TaskInfo as a TaskSnapshot, GuestInfoCustomizationInfo as a CustomizationInfo. */
final class TaskSnapshots {

    private TaskSnapshots() {
    }

    static TaskSnapshot of(TaskInfo info) {
        TaskSnapshot.State state = switch (info.getState()) {
            case QUEUED -> TaskSnapshot.State.QUEUED;
            case RUNNING -> TaskSnapshot.State.RUNNING;
            case SUCCESS -> TaskSnapshot.State.SUCCESS;
            case ERROR -> TaskSnapshot.State.ERROR;
        };
        Integer progress = info.getProgress();
        if (progress == null && (state == TaskSnapshot.State.SUCCESS || state == TaskSnapshot.State.ERROR)) {
            progress = 100;
        }
        return new TaskSnapshot(
                info.getKey() != null ? info.getKey() : info.getTask().getValue(),
                info.getEntity() == null ? null : info.getEntity().getValue(),
                state,
                progress,
                info.getError() == null ? null : VimFaults.fromTaskError(info.getError()),
                time(info.getQueueTime()),
                time(info.getStartTime()),
                time(info.getCompleteTime()));
    }

    /** TOOLSDEPLOYPKG_IDLE is "no customization", PENDING stays PENDING; unset or unknown is NOT_AVAILABLE. */
    static CustomizationInfo of(String vm, GuestInfoCustomizationInfo info) {
        if (info == null) {
            return new CustomizationInfo(vm, CustomizationInfo.Status.NOT_AVAILABLE, null, null, null,
                    CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO);
        }
        String raw = info.getCustomizationStatus() == null ? "" : info.getCustomizationStatus();
        CustomizationInfo.Status status = switch (raw) {
            case "TOOLSDEPLOYPKG_PENDING" -> CustomizationInfo.Status.PENDING;
            case "TOOLSDEPLOYPKG_RUNNING" -> CustomizationInfo.Status.RUNNING;
            case "TOOLSDEPLOYPKG_SUCCEEDED" -> CustomizationInfo.Status.SUCCEEDED;
            case "TOOLSDEPLOYPKG_FAILED" -> CustomizationInfo.Status.FAILED;
            default -> CustomizationInfo.Status.NOT_AVAILABLE;
        };
        CustomizationInfo.Message error = info.getErrorMsg() == null ? null
                : new CustomizationInfo.Message(null, info.getErrorMsg(), null);
        return new CustomizationInfo(vm, status, error, time(info.getStartTime()), time(info.getEndTime()),
                CustomizationInfo.Source.GUEST_CUSTOMIZATION_INFO);
    }

    static OffsetDateTime time(XMLGregorianCalendar calendar) {
        return calendar == null ? null : calendar.toGregorianCalendar().toZonedDateTime().toOffsetDateTime();
    }
}
