package vn.dvc.adapter.admin;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of a list, newest first; {@code page} counts from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    /**
     * The highest page number a caller may ask for: with 500 a page that is 50 million rows, more
     * than any ledger holds, and {@code page * size} stays far from overflowing anything.
     */
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;

    /** A page number from a console link, clamped into 0..{@link #MAX_PAGE} (a page shows an empty list past the end). */
    public static int clamp(int page) {
        return Math.max(0, Math.min(MAX_PAGE, page));
    }

    @JsonProperty("totalPages")
    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(items.stream().map(f).toList(), page, size, total);
    }
}
