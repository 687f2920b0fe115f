#!/usr/bin/env python3
"""Cut the faithful vim25 subset in specs/vim25/ out of the vSphere 7.0.3 reference WSDL and XSDs.

Usage: python3 src/build/vim25-subset.py ../shared/reference/vim25-7.0.3 specs/vim25

Every kept declaration is copied verbatim, in the reference's order, so names, sequence order and
soapAction stay exactly as vCenter publishes them. The script keeps the operations listed in
OPERATIONS, the extra types listed in EXTRA_TYPES (subtypes vCenter sends with xsi:type, which no
closure can discover), and the closure of every type those reach. core-types, query-types,
query-messagetypes and the reflect schemas are small and are copied whole.
"""
import os
import re
import sys

OPERATIONS = [
    "RetrieveServiceContent", "Login", "Logout", "SessionIsActive", "CurrentTime",
    "AbortCustomization_Task",
    "RetrievePropertiesEx", "ContinueRetrievePropertiesEx", "CancelRetrievePropertiesEx",
    "CreateFilter", "DestroyPropertyFilter", "WaitForUpdatesEx", "CancelWaitForUpdates",
    "QueryEvents",
]
# Subtypes that only ever arrive polymorphically (xsi:type) and so are not reached by the closure.
EXTRA_TYPES = [
    "NamePasswordAuthentication", "SAMLTokenAuthentication", "SSPIAuthentication",
    "TicketedSessionAuthentication",
    "GuestInfoCustomizationInfo", "GuestInfoCustomizationStatus", "VirtualMachinePowerState",
    "VirtualMachineToolsRunningStatus",
    "TaskInProgress", "InvalidPowerState", "InvalidState", "InvalidGuestLogin", "GuestPermissionDenied",
    "CustomizationFault", "NotAuthenticated", "NoPermission", "InvalidLogin", "ManagedObjectNotFound",
    "InvalidArgument", "RuntimeFault", "SystemError", "InvalidLocale", "InvalidProperty",
    "NotSupported", "TaskReasonUser", "TaskInfo", "TaskInfoState",
    "RequestCanceled", "InvalidCollectorVersion",
    "CustomizationStartedEvent", "CustomizationSucceeded", "CustomizationFailed", "CustomizationUnknownFailure",
    "CustomizationSysprepFailed", "CustomizationLinuxIdentityFailed", "CustomizationNetworkSetupFailed",
    "CustomizationFailedReasonCode",
]
WHOLE_FILES = ["core-types.xsd", "query-types.xsd", "query-messagetypes.xsd",
               "reflect-types.xsd", "reflect-messagetypes.xsd", "vimService.wsdl"]

BLOCK = re.compile(r'^(?P<indent> *)<(?P<tag>complexType|simpleType|element|message|operation)\b[^>]*?name="(?P<name>[^"]+)"')


def blocks(lines, indent):
    """Split lines into (name, tag, [lines]) top-level blocks at the given indent; others pass as None."""
    out, i = [], 0
    while i < len(lines):
        m = BLOCK.match(lines[i])
        if m and len(m.group("indent")) == indent:
            tag = m.group("tag")
            if lines[i].rstrip().endswith("/>"):
                out.append((m.group("name"), tag, [lines[i]]))
                i += 1
                continue
            end = " " * indent + "</" + tag + ">"
            j = i
            while lines[j].rstrip() != end:
                j += 1
            out.append((m.group("name"), tag, lines[i:j + 1]))
            i = j + 1
        else:
            out.append((None, None, [lines[i]]))
            i += 1
    return out


def refs(block_lines):
    text = "".join(block_lines)
    return set(re.findall(r'(?:type|base|element|message)="vim25:([A-Za-z0-9_]+)"', text))


def main(ref, out):
    os.makedirs(out, exist_ok=True)
    for f in WHOLE_FILES:
        with open(os.path.join(ref, f)) as src, open(os.path.join(out, f), "w") as dst:
            dst.write(src.read())

    def read(f):
        with open(os.path.join(ref, f)) as src:
            return src.readlines()

    wsdl = read("vim.wsdl")
    vim_types = blocks(read("vim-types.xsd"), 3)
    vim_msgs = blocks(read("vim-messagetypes.xsd"), 3)
    defined = {n: b for n, _, b in vim_types + vim_msgs if n}

    # WSDL sections
    t0 = next(i for i, l in enumerate(wsdl) if l.startswith("   <types>"))
    t1 = next(i for i, l in enumerate(wsdl) if l.startswith("   </types>"))
    p0 = next(i for i, l in enumerate(wsdl) if l.startswith("   <portType"))
    p1 = next(i for i, l in enumerate(wsdl) if l.startswith("   </portType>"))
    b0 = next(i for i, l in enumerate(wsdl) if l.startswith("   <binding"))
    b1 = next(i for i, l in enumerate(wsdl) if l.startswith("   </binding>"))
    schema_blocks = blocks(wsdl[t0:t1 + 1], 9)
    msg_blocks = blocks(wsdl[t1 + 1:p0], 3)
    port_ops = blocks(wsdl[p0:p1 + 1], 6)
    bind_ops = blocks(wsdl[b0:b1 + 1], 6)

    ops = set(OPERATIONS)
    kept_port = [(n, t, b) for n, t, b in port_ops if n is None or n in ops]
    messages = set()
    for n, _, b in kept_port:
        if n:
            messages |= set(re.findall(r'message="vim25:([A-Za-z0-9_]+)"', "".join(b)))
    kept_msgs = [(n, t, b) for n, t, b in msg_blocks if n is None or n in messages]
    elements = set()
    for n, _, b in kept_msgs:
        if n:
            elements |= set(re.findall(r'element="vim25:([A-Za-z0-9_]+)"', "".join(b)))
    kept_schema = [(n, t, b) for n, t, b in schema_blocks if n is None or n in elements]

    # type closure
    wanted, todo = set(), set(EXTRA_TYPES)
    for n, _, b in kept_schema:
        if n:
            todo |= refs(b)
    schema_level = {n for n, _, _ in schema_blocks if n}
    while todo:
        t = todo.pop()
        if t in wanted:
            continue
        wanted.add(t)
        if t in defined:
            todo |= refs(defined[t]) - wanted
        # ArrayOfX wrappers are what vCenter uses for array-valued properties; keep them with X.
        if "ArrayOf" + t in defined:
            todo.add("ArrayOf" + t)

    def emit(path, parts):
        with open(os.path.join(out, path), "w") as dst:
            for n, _, b in parts:
                dst.writelines(b)

    emit("vim-types.xsd", [(n, t, b) for n, t, b in vim_types if n is None or n in wanted])
    emit("vim-messagetypes.xsd", [(n, t, b) for n, t, b in vim_msgs if n is None or n in wanted])
    kept_bind = [(n, t, b) for n, t, b in bind_ops if n is None or n in ops]
    with open(os.path.join(out, "vim.wsdl"), "w") as dst:
        dst.writelines(wsdl[:t0])
        for n, _, b in kept_schema:
            dst.writelines(b)
        for n, _, b in kept_msgs:
            dst.writelines(b)
        for n, _, b in kept_port:
            dst.writelines(b)
        for n, _, b in kept_bind:
            dst.writelines(b)
        dst.writelines(wsdl[b1 + 1:])
    missing = sorted(t for t in wanted if t not in defined and t not in schema_level)
    print("kept %d operations, %d types; resolved outside vim-types: %s" % (
        len([n for n, _, _ in kept_port if n]), len(wanted), ", ".join(missing)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
