package vn.dvc.adapter.system;

/** A setting is missing or wrong; the message names the setting. Commands exit 2 on it. */
public class ConfigurationError extends RuntimeException {
    public ConfigurationError(String message) {
        super(message);
    }
}
