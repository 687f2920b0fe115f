import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the reflection configuration the command's native executable needs for Jackson, from the compiled
 * command and client (target/command-classes), so that it follows the contract without anyone editing it: Jackson binds the
 * generated models (io.vcgate.client.model: getters, setters, fields, {@code @JsonCreator} factories, enum
 * {@code fromValue}, {@code @JsonTypeInfo} subtypes, all read reflectively, annotations included), and reads
 * the type argument of each {@code new TypeReference<Task>() {}} of the generated API classes from its
 * generic superclass. picocli's own configuration comes from picocli-codegen's annotation processor (pom.xml,
 * execution command-classes); this covers what picocli does not know about. Both land in the classes'
 * META-INF/native-image, so the command's jar carries them to native-image. Run as a single-file program
 * with the classes and Jackson on the class path:
 *
 *   java -cp target/command-classes:<jackson-core> src/build/CommandNativeConfig.java target/command-classes out.json
 *
 * Fails when there is no model class, so a renamed package cannot leave the executable without them.
 */
public class CommandNativeConfig {
    private static final String CLIENT = "io/vcgate/client/";
    private static final String MODELS = CLIENT + "model/";
    private static final String TYPE_REFERENCE = "com.fasterxml.jackson.core.type.TypeReference";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CommandNativeConfig <classes directory> <reflect-config.json>");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        ClassLoader loader = CommandNativeConfig.class.getClassLoader();
        Class<?> typeReference = Class.forName(TYPE_REFERENCE, false, loader);
        TreeMap<String, String> entries = new TreeMap<>();
        for (String name : classNames(classes)) {
            if (name.startsWith(MODELS.replace('/', '.'))) {
                entries.put(name, model(name));
            } else if (typeReference.isAssignableFrom(Class.forName(name, false, loader))) {
                entries.put(name, typeReference(name));
            }
        }
        if (entries.keySet().stream().noneMatch(n -> n.startsWith(MODELS.replace('/', '.')))) {
            System.err.println("CommandNativeConfig: " + classes + " holds no class under " + MODELS);
            System.exit(1);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, "[\n" + String.join(",\n", entries.values()) + "\n]\n", StandardCharsets.UTF_8);
        System.out.println("CommandNativeConfig: " + entries.size() + " classes for Jackson in " + out);
    }

    private static List<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.startsWith(CLIENT) && f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    /** A model: everything Jackson may look at, declared and inherited public members alike. */
    private static String model(String name) {
        return "  {\"name\": \"" + name + "\", \"allDeclaredConstructors\": true, \"allPublicConstructors\": true,"
                + " \"allDeclaredMethods\": true, \"allPublicMethods\": true,"
                + " \"allDeclaredFields\": true, \"allPublicFields\": true}";
    }

    /** A TypeReference subclass: Jackson reads only its generic superclass. */
    private static String typeReference(String name) {
        return "  {\"name\": \"" + name + "\"}";
    }
}
