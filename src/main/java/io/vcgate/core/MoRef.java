package io.vcgate.core;

/** A vSphere managed object reference: its type (VirtualMachine, Task, SessionManager) and value (vm-100, task-7). */
public record MoRef(String type, String value) {
}
