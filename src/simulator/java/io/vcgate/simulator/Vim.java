package io.vcgate.simulator;

import java.time.OffsetDateTime;
import java.util.GregorianCalendar;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import io.vcgate.vim25.ManagedObjectReference;

/** vim25 values the simulated managed objects answer with. */
final class Vim {

    private static final DatatypeFactory TIMES;

    static {
        try {
            TIMES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Vim() {
    }

    /** A reference to the managed object of {@code type} with the id {@code value}. */
    static ManagedObjectReference moref(String type, String value) {
        ManagedObjectReference ref = new ManagedObjectReference();
        ref.setType(type);
        ref.setValue(value);
        return ref;
    }

    /** An xsd:dateTime; null for null. */
    static XMLGregorianCalendar time(OffsetDateTime time) {
        return time == null ? null : TIMES.newXMLGregorianCalendar(GregorianCalendar.from(time.toZonedDateTime()));
    }
}
