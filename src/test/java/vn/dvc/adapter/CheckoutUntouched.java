package vn.dvc.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test writes under a temporary folder, never into the checkout: a test class that leaves a file
 * or a folder there that was not there before it ran ({@code reports/reconcile-1.json}, {@code data/adapter.mv.db},
 * …), or changes a file under {@code data/} or {@code reports/}, fails, naming them. {@code target/}
 * is the build's own. Registered for every test class (META-INF/services, junit-platform.properties).
 */
public class CheckoutUntouched implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHECKOUT = Path.of("").toAbsolutePath();
    private static final List<String> SKIPPED = List.of("target", ".git", ".idea", ".vscode");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(CheckoutUntouched.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("before", files());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        Map<Path, String> before = (Map<Path, String>) context.getStore(NS).get("before");
        List<String> written = new ArrayList<>();
        files().forEach((file, stamp) -> {
            String was = before.get(file);
            boolean watched = file.startsWith("data") || file.startsWith("reports");
            if (was == null || watched && !was.equals(stamp)) {
                written.add(file.toString());
            }
        });
        if (!written.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " wrote into the checkout " + CHECKOUT + ": " + written
                    + " (tests write under a temporary folder)");
        }
    }

    /** Every file and folder of the checkout outside the build's folders, with a file's size and time. */
    static Map<Path, String> files() {
        Map<Path, String> out = new HashMap<>();
        try (Stream<Path> top = Files.list(CHECKOUT)) {
            for (Path entry : top.filter(p -> !SKIPPED.contains(p.getFileName().toString())).toList()) {
                try (Stream<Path> all = Files.walk(entry)) {
                    all.forEach(f -> out.put(CHECKOUT.relativize(f), Files.isDirectory(f) ? "folder" : stamp(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "gone";   // deleted while listed
        }
    }
}
