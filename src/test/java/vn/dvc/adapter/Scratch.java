package vn.dvc.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder of the build's own ({@code target/}), for what a test makes the adapter write: never the checkout. */
public final class Scratch {

    private Scratch() {
    }

    public static Path folder(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
