import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Writes the facade contract as JSON, field for field and in the order written, so that the gateway
 * serves {@code /q/openapi?format=json} as a file and carries no YAML parser. Run by the regenerate
 * command (pom.xml, profile regenerate) as a single-file program; the output is committed in generated/
 * and checked by the drift gate like the rest of it:
 *
 *   java -cp <jackson-databind and jackson-dataformat-yaml> src/build/ContractJson.java gateway.openapi.yaml out.json
 */
public class ContractJson {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ContractJson <contract.yaml> <contract.json>");
            System.exit(2);
        }
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(new File(args[0]));
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(contract)
                .replace(System.lineSeparator(), "\n") + "\n";
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
    }
}
