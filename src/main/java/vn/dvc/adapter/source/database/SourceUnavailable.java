package vn.dvc.adapter.source.database;

/** The one-stop system's database cannot be reached now: a read to try again, never a record's fault. */
public class SourceUnavailable extends RuntimeException {

    public SourceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
