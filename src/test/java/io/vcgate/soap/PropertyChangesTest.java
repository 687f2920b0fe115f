package io.vcgate.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vcgate.vim25.GuestInfoCustomizationInfo;
import io.vcgate.vim25.ObjectUpdate;
import io.vcgate.vim25.ObjectUpdateKind;
import io.vcgate.vim25.PropertyChange;
import io.vcgate.vim25.PropertyChangeOp;
import io.vcgate.vim25.PropertyFilterUpdate;

/** What a filter's report says of its property ({@link PropertyWatches#change}): no vCenter. */
class PropertyChangesTest {

    static PropertyFilterUpdate update(ObjectUpdateKind kind, String name, PropertyChangeOp op, Object value) {
        ObjectUpdate object = new ObjectUpdate();
        object.setKind(kind);
        object.setObj(VimValues.moref("VirtualMachine", "vm-1"));
        if (name != null) {
            PropertyChange change = new PropertyChange();
            change.setName(name);
            change.setOp(op);
            change.setVal(value);
            object.getChangeSet().add(change);
        }
        PropertyFilterUpdate update = new PropertyFilterUpdate();
        update.setFilter(VimValues.moref("PropertyFilter", "f1"));
        update.getObjectSet().add(object);
        return update;
    }

    @Test
    void anAssignmentOfTheWholePropertyIsItsNewValue() {
        GuestInfoCustomizationInfo info = new GuestInfoCustomizationInfo();
        info.setCustomizationStatus("TOOLSDEPLOYPKG_RUNNING");
        PropertyWatches.Change change = PropertyWatches.change(update(ObjectUpdateKind.MODIFY, "guest.customizationInfo", PropertyChangeOp.ASSIGN, info));
        assertTrue(change.isWhole("guest.customizationInfo"));
        assertSame(info, change.value());
        PropertyWatches.Change entered = PropertyWatches.change(update(ObjectUpdateKind.ENTER, "guest.customizationInfo", PropertyChangeOp.ASSIGN, info));
        assertTrue(entered.isWhole("guest.customizationInfo"), "the filter's first report");
    }

    @Test
    void aRemovalIsAnUnsetValue() {
        PropertyWatches.Change change = PropertyWatches.change(update(ObjectUpdateKind.MODIFY, "guest.customizationInfo", PropertyChangeOp.REMOVE, null));
        assertTrue(change.isWhole("guest.customizationInfo"));
        assertEquals(null, change.value());
    }

    @Test
    void aPartOfThePropertyAnObjectLeavingOrNoChangeIsNotKnown() {
        assertFalse(PropertyWatches.change(update(ObjectUpdateKind.MODIFY, "guest.customizationInfo.errorMsg", PropertyChangeOp.REMOVE, null))
                .isWhole("guest.customizationInfo"), "a nested path: only a read says what the whole is");
        assertSame(PropertyWatches.Change.UNKNOWN, PropertyWatches.change(update(ObjectUpdateKind.LEAVE, null, null, null)), "the VM is gone");
        assertSame(PropertyWatches.Change.UNKNOWN, PropertyWatches.change(update(ObjectUpdateKind.MODIFY, null, null, null)));
        assertSame(PropertyWatches.Change.UNKNOWN,
                PropertyWatches.change(update(ObjectUpdateKind.MODIFY, "guest.customizationInfo", PropertyChangeOp.ADD, null)));
    }
}
