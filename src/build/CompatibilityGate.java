import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The facade compatibility gate: compares the facade contract with the last released one and fails,
 * saying what broke and how to go on, when a client of the released contract would break. Says nothing
 * when the contract is compatible. Run by the build (pom.xml, validate phase) as a single-file program:
 *
 *   java -cp <openapi-diff-core and its dependencies> src/build/CompatibilityGate.java released.yaml current.yaml
 */
public class CompatibilityGate {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.out.println("usage: CompatibilityGate <released contract> <current contract>");
            System.exit(2);
        }
        ChangedOpenApi diff = OpenApiCompare.fromLocations(args[0], args[1]);
        if (!diff.isIncompatible()) {
            return;
        }
        System.out.println("The facade contract " + args[1] + " breaks clients of the released contract " + args[0] + ":");
        System.out.println(new ConsoleRender().render(diff));
        System.out.println("Fix: make the change an addition (a new optional field, a new operation, a new response),");
        System.out.println("or, for a deliberate new major version of the API, make the new contract the baseline in the");
        System.out.println("same commit, and say so in the commit message:");
        System.out.println("    cp specs/gateway.openapi.yaml specs/released/gateway-1.0.openapi.yaml");
        System.exit(1);
    }
}
