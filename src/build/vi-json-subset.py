#!/usr/bin/env python3
"""Cut vcgate's VI/JSON contract, specs/vi-json/vi-json.openapi.yaml, out of VMware's VI/JSON 9.0.0.0 subset.

Usage: python3 src/build/vi-json-subset.py specs/vi-json/vmware/vi-json-9.0.0.0-subset.yaml specs/vi-json/vi-json.openapi.yaml

Every kept block is copied verbatim (text, indentation, `|2` scalars, trailing spaces), in the reference's
order, so paths, operationIds, schema names and `_typeName`s stay exactly as vCenter publishes them. A block
is a key line with everything under it, through the blank line that ends it, as in the reference. The script
keeps:
  - the header (openapi, info, servers) whole;
  - the operations in PATHS, each path block whole (each holds that one method only);
  - the top-level `tags` entries of the managed object types those operations name;
  - components.securitySchemes and components.parameters whole;
  - the schemas those paths reach by `$ref`, the schemas in EXTRA_SCHEMAS (subtypes that only ever arrive
    polymorphically, named by `_typeName`, which no closure can discover), and the closure of both over
    components.schemas. Every `#/components/schemas/X` counts, so the closure holds what `Any`'s
    discriminator mapping points to (the Primitive*/ArrayOf* boxes).
It writes nothing of its own: a `$ref` the reference cannot resolve stops the cut. Run twice, same output.
src/test/java/io/vcgate/contract/ViJsonCutTest.java checks the result against the reference.
"""
import re
import sys

# (path, method): the path blocks kept.
PATHS = [
    ("/ServiceInstance/{moId}/content", "get"),
    ("/SessionManager/{moId}/Login", "post"),
    ("/SessionManager/{moId}/Logout", "post"),
    ("/Task/{moId}/info", "get"),
    ("/VirtualMachineGuestCustomizationManager/{moId}/AbortCustomization_Task", "post"),
]
# Schemas that arrive only polymorphically (by `_typeName`) and so are not reached by the closure.
EXTRA_SCHEMAS = [
    # GuestAuthentication, as the `auth` of AbortCustomization_Task
    "NamePasswordAuthentication", "SAMLTokenAuthentication", "SSPIAuthentication",
    "TicketedSessionAuthentication",
    # the faults the kept operations name in their descriptions (as `***Name***`), and their bases
    "TaskInProgress", "InvalidPowerState", "InvalidState", "InvalidGuestLogin", "GuestPermissionDenied",
    "CustomizationFault", "GuestOperationsFault", "InvalidLogin", "NoPermission", "NotAuthenticated",
    "SecurityError", "ManagedObjectNotFound", "RuntimeFault", "NoPermissionEntityPrivileges",
    # TaskInfo.state boxed for Any slots, and the subtypes of TaskInfo.reason
    "TaskInfoState", "TaskReasonAlarm", "TaskReasonSchedule", "TaskReasonSystem", "TaskReasonUser",
]

SCHEMA_REF = re.compile(r"#/components/schemas/([A-Za-z0-9_.-]+)")
KEY = re.compile(r"^ *(?:- name: (?P<item>\S.*)|(?P<key>[^ \-#][^:]*?):(?: |$))")


def blocks(lines, indent):
    """Split lines into (name, [lines]) blocks keyed at exactly `indent` spaces ("key:" or "- name: X").

    A block runs from its key line up to the next non-empty line indented `indent` or less, so the blank
    line that ends a block belongs to it. Lines before the first key are returned with name None.
    """
    out, name, cur = [], None, []
    for line in lines:
        stripped = line.rstrip("\n")
        depth = len(stripped) - len(stripped.lstrip(" "))
        if stripped.strip() and depth <= indent:
            m = KEY.match(stripped) if depth == indent else None
            if not m:
                raise SystemExit("unexpected line at indent %d: %r" % (depth, stripped))
            if cur:
                out.append((name, cur))
            name, cur = m.group("item") or m.group("key"), []
        cur.append(line)
    if cur:
        out.append((name, cur))
    return out


def children(block, indent):
    """The key line of a block, and its child blocks at `indent`."""
    return block[0], blocks(block[1:], indent)


def main(ref, out):
    with open(ref, newline="") as src:
        lines = src.readlines()
    top = blocks(lines, 0)
    top_names = [n for n, _ in top]
    if top_names != ["openapi", "info", "servers", "paths", "tags", "components"]:
        raise SystemExit("unexpected top-level layout: %s" % top_names)
    top = dict(top)

    paths_head, paths = children(top["paths"], 2)
    wanted_paths = dict(PATHS)
    kept_paths = []
    for name, b in paths:
        if name in wanted_paths:
            methods = [n for n, _ in blocks(b[1:], 4)]
            if methods != [wanted_paths[name]]:
                raise SystemExit("%s holds %s, expected [%s]" % (name, methods, wanted_paths[name]))
            kept_paths.append((name, b))
    missing_paths = sorted(set(wanted_paths) - {n for n, _ in kept_paths})
    if missing_paths:
        raise SystemExit("paths not in the reference: %s" % ", ".join(missing_paths))

    tag_names = set()
    for _, b in kept_paths:
        for m in re.finditer(r"^      tags: \[([^\]]*)\]", "".join(b), re.M):
            tag_names |= {t.strip() for t in m.group(1).split(",")}
    tags_head, tags = children(top["tags"], 2)
    kept_tags = [(n, b) for n, b in tags if n in tag_names]

    comp_head, comps = children(top["components"], 2)
    comp_names = [n for n, _ in comps]
    if comp_names != ["securitySchemes", "schemas", "parameters"]:
        raise SystemExit("unexpected components layout: %s" % comp_names)
    comps = dict(comps)
    schemas_head, schemas = children(comps["schemas"], 4)
    defined = dict(schemas)

    wanted, todo = set(), set(EXTRA_SCHEMAS)
    for _, b in kept_paths:
        todo |= set(SCHEMA_REF.findall("".join(b)))
    while todo:
        s = todo.pop()
        if s in wanted:
            continue
        if s not in defined:
            raise SystemExit("schema %s is not in the reference" % s)
        wanted.add(s)
        todo |= set(SCHEMA_REF.findall("".join(defined[s]))) - wanted

    with open(out, "w", newline="") as dst:
        for name in ("openapi", "info", "servers"):
            dst.writelines(top[name])
        dst.write(paths_head)
        for _, b in kept_paths:
            dst.writelines(b)
        dst.write(tags_head)
        for _, b in kept_tags:
            dst.writelines(b)
        dst.write(comp_head)
        dst.writelines(comps["securitySchemes"])
        dst.write(schemas_head)
        for name, b in schemas:
            if name in wanted:
                dst.writelines(b)
        dst.writelines(comps["parameters"])
    print("kept %d paths, %d tags, %d of %d schemas" % (len(kept_paths), len(kept_tags), len(wanted), len(defined)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
