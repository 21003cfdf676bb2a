package vn.dvc.adapter.admin;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of a list, newest first; {@code page} counts from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

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
