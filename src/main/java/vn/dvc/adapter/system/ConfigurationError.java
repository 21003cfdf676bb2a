package vn.dvc.adapter.system;

import java.util.List;

/** One or more settings are missing or wrong; the message names each setting. Commands exit 2 on it. */
public class ConfigurationError extends RuntimeException {

    private final List<String> problems;

    public ConfigurationError(String message) {
        this(List.of(message));
    }

    /** @param problems one "key problem" each, all of them: the operator fixes them in one go */
    public ConfigurationError(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each missing or wrong setting, one "key problem" each. */
    public List<String> problems() {
        return problems;
    }
}
