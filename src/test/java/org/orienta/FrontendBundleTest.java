package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.BundleUtils;
import com.vaadin.flow.server.frontend.scanner.ChunkInfo;
import com.vaadin.flow.server.frontend.scanner.ClassFinder;
import com.vaadin.flow.server.frontend.scanner.CssData;
import com.vaadin.flow.server.frontend.scanner.EntryPointType;
import com.vaadin.flow.server.frontend.scanner.FrontendDependenciesScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed production bundle (src/main/bundles/prod.bundle) belongs to the views as they are. The
 * application serves that bundle as it is: Vaadin's own check before reusing it compares npm packages
 * and the union of all imports, not which components each view loads, so a new view (or a view that
 * starts using a component) got a bundle that had no code for it, and rendered its components as plain
 * text. This test asks Vaadin's own dependency scanner what each view needs and fails, naming the views
 * and the command, when the bundle was built for something else (ADR 0033).
 */
class FrontendBundleTest {

    static final Path BUNDLE = Path.of("src/main/bundles/prod.bundle");
    /** What the bundle was built for: its checksum and each view's frontend dependencies, one line each. */
    static final Path VIEWS = Path.of("src/main/bundles/prod.bundle.views");

    static final String REBUILD = "./mvnw -B -o -DskipTests clean package -Dvaadin.force.production.build=true";
    static final String RECORD = "./mvnw -B -o test -Dtest=FrontendBundleTest -Dorienta.bundle.record=true";
    static final String HOW = "Rebuild it with\n  " + REBUILD + "\nthen record what it was built for with\n  " + RECORD
            + "\nand commit src/main/bundles/ (README, \"The frontend bundle\").";

    private static FrontendDependenciesScanner scanner;

    @BeforeAll
    static void scan_the_views() throws IOException {
        var classes = new HashSet<Class<?>>();
        var root = Path.of("target/classes");
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                try {
                    classes.add(Class.forName(name, false, FrontendBundleTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        scanner = new FrontendDependenciesScanner.FrontendDependenciesScannerFactory()
                .createScanner(false, new ClassFinder.DefaultClassFinder(classes), false, null, false);
    }

    @Test
    void every_view_that_loads_components_of_its_own_has_them_in_the_bundle() throws IOException {
        var keys = loadOnDemandKeys();
        var missing = new TreeSet<String>();
        scanner.getModules().forEach((chunk, modules) -> {
            if (chunk.getType() == EntryPointType.ROUTE
                    && !chunk.isEager()
                    && !modules.isEmpty()
                    && !keys.contains(BundleUtils.getChunkId(chunk.getName()))) {
                missing.add(chunk.getName());
            }
        });

        assertThat(missing)
                .as("Views the committed frontend bundle has no components for (they would show as plain text)." + " "
                        + HOW)
                .isEmpty();
    }

    @Test
    void every_component_the_views_use_is_in_the_bundle() throws IOException {
        var imports = bundleImports();
        var missing = new TreeSet<String>();
        scanner.getModules().values().stream()
                .flatMap(List::stream)
                .filter(module -> !inBundle(module, imports))
                .forEach(missing::add);

        assertThat(missing)
                .as("Frontend modules the views use that the committed bundle lacks. " + HOW)
                .isEmpty();
    }

    @Test
    void the_bundle_was_built_for_the_views_as_they_are() throws IOException {
        var now = views();
        if (Boolean.getBoolean("orienta.bundle.record")) {
            record(now);
        }
        assertThat(Files.exists(VIEWS)).as("%s is missing. %s", VIEWS, HOW).isTrue();
        var recorded = Files.readString(VIEWS, StandardCharsets.UTF_8);

        assertThat(checksum(recorded))
                .as("%s was recorded for another bundle than the committed one. %s", VIEWS, HOW)
                .isEqualTo(sha256(Files.readAllBytes(BUNDLE)));
        assertThat(changedViews(recorded, now))
                .as("Views changed since the committed bundle was built (their components may not load). " + HOW)
                .isEmpty();
    }

    /** Records what the bundle was built for; refuses when the bundle is the one already recorded for other views. */
    private static void record(String now) throws IOException {
        if (Files.exists(VIEWS)) {
            var recorded = Files.readString(VIEWS, StandardCharsets.UTF_8);
            boolean sameBundle = checksum(recorded).equals(sha256(Files.readAllBytes(BUNDLE)));
            assertThat(sameBundle && !changedViews(recorded, now).isEmpty())
                    .as("The bundle was not rebuilt since it was recorded, and the views changed: rebuild it first"
                            + " with\n  " + REBUILD)
                    .isFalse();
        }
        Files.writeString(VIEWS, now, StandardCharsets.UTF_8);
    }

    /** The bundle's checksum, then one line per view (and the shared chunks) with a hash of what it loads. */
    private static String views() throws IOException {
        var lines = new TreeMap<String, String>();
        var modules = scanner.getModules();
        var scripts = scanner.getScripts();
        var css = scanner.getCss();
        var chunks = new HashSet<ChunkInfo>();
        chunks.addAll(modules.keySet());
        chunks.addAll(scripts.keySet());
        chunks.addAll(css.keySet());
        for (ChunkInfo chunk : chunks) {
            var parts = new ArrayList<String>();
            parts.addAll(modules.getOrDefault(chunk, List.of()));
            parts.addAll(scripts.getOrDefault(chunk, List.of()));
            for (CssData data : css.getOrDefault(chunk, List.of())) {
                parts.add(data.getValue() + "|" + data.getId() + "|" + data.getInclude() + "|" + data.getThemefor());
            }
            // What a view loads, not in which order: the scan's order follows class loading, not the views.
            parts.sort(null);
            var name = chunk.getType() + " " + (chunk.getName() == null ? "-" : chunk.getName())
                    + (chunk.isEager() ? " eager" : "");
            lines.merge(name, sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)), (a, b) -> a + b);
        }
        lines.put(
                "npm packages",
                sha256(new TreeMap<>(scanner.getPackages()).toString().getBytes(StandardCharsets.UTF_8)));
        var text = new StringBuilder();
        text.append("# What src/main/bundles/prod.bundle was built for; written by FrontendBundleTest (ADR 0033).\n");
        text.append("bundle ").append(sha256(Files.readAllBytes(BUNDLE))).append('\n');
        lines.forEach((name, hash) -> text.append(name).append(' ').append(hash).append('\n'));
        return text.toString();
    }

    private static String checksum(String views) {
        return views.lines()
                .filter(l -> l.startsWith("bundle "))
                .map(l -> l.substring("bundle ".length()).strip())
                .findFirst()
                .orElse("");
    }

    /** The views whose line differs, was added or is gone; the bundle line is compared separately. */
    private static Set<String> changedViews(String recorded, String now) {
        var before = entries(recorded);
        var after = entries(now);
        var changed = new TreeSet<String>();
        before.forEach((name, hash) -> {
            if (!hash.equals(after.get(name))) {
                changed.add(name);
            }
        });
        after.keySet().stream().filter(name -> !before.containsKey(name)).forEach(changed::add);
        return changed;
    }

    private static Map<String, String> entries(String views) {
        var entries = new TreeMap<String, String>();
        views.lines()
                .filter(l -> !l.startsWith("#") && !l.startsWith("bundle ") && !l.isBlank())
                .forEach(l -> entries.put(l.substring(0, l.lastIndexOf(' ')), l.substring(l.lastIndexOf(' ') + 1)));
        return entries;
    }

    private static boolean inBundle(String module, Set<String> imports) {
        if (imports.contains(module)) {
            return true;
        }
        // The scanner names a jar's own frontend files "./x.js"; the bundle lists them where Vaadin copies them.
        var local = module.startsWith("./") ? module.substring(2) : module;
        return imports.contains("Frontend/generated/jar-resources/" + local) || imports.contains("Frontend/" + local);
    }

    private static Set<String> bundleImports() throws IOException {
        var stats = JsonMapper.builder().build().readTree(entry("config/stats.json"));
        var imports = new HashSet<String>();
        stats.get("bundleImports").forEach(node -> imports.add(node.asString()));
        return imports;
    }

    /**
     * The keys the bundle's entry script loads a view's components by ({@code loadOnDemand}): Vaadin keys
     * a view by a hash of its class name. A bundle keeps older builds' files too, so the keys are read
     * from the script the entry point actually loads.
     */
    private static Set<String> loadOnDemandKeys() throws IOException {
        var stats = JsonMapper.builder().build().readTree(entry("config/stats.json"));
        var entryScript = stats.get("entryScripts").get(0).asString();
        var entry = entry("webapp/" + entryScript);
        var imports =
                Pattern.compile("generated-flow-imports-[A-Za-z0-9_-]+\\.js").matcher(entry);
        assertThat(imports.find())
                .as("the entry script %s loads no generated-flow-imports", entryScript)
                .isTrue();
        var flow = entry("webapp/VAADIN/build/" + imports.group());
        var keys = new HashSet<String>();
        var key = Pattern.compile("===`([0-9a-f]{64})`|=== ?['\"]([0-9a-f]{64})['\"]")
                .matcher(flow);
        while (key.find()) {
            keys.add(key.group(1) != null ? key.group(1) : key.group(2));
        }
        return keys;
    }

    private static String entry(String name) throws IOException {
        try (var zip = new ZipFile(BUNDLE.toFile())) {
            var entry = zip.getEntry(name);
            assertThat(entry).as("%s in %s", name, BUNDLE).isNotNull();
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
