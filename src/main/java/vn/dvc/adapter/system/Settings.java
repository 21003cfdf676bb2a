package vn.dvc.adapter.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * Checks the operator's settings straight from the environment, before a context is refreshed:
 * binds {@link AdapterProperties} as Spring would, but notes a value that does not convert (say
 * {@code adapter.sync.batch-size=abc}) and goes on with the default, so one try names every
 * problem — the ones binding finds and the ones {@link AdapterProperties#problems()} finds.
 */
public final class Settings {

    private Settings() {
    }

    /** A settings group as binding makes it from nothing: its {@code @DefaultValue}s, the rest null. */
    public static <T> T defaults(Class<T> group) {
        return new Binder().bindOrCreate("adapter", Bindable.of(group));
    }

    /** Every missing or wrong {@code adapter.*} setting, one "key problem" each; empty when all is well. */
    public static List<String> problems(Environment env) {
        List<String> unreadable = new ArrayList<>();
        AbstractBindHandler noting = new AbstractBindHandler() {
            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error) {
                var property = context.getConfigurationProperty();
                unreadable.add(name + " is not a valid " + target.getType().resolve(Object.class).getSimpleName()
                        + ", is '" + (property == null ? null : property.getValue()) + "'");
                return null;   // the default stands in, so the other settings are still checked
            }
        };
        AdapterProperties properties = Binder.get(env).bindOrCreate("adapter", Bindable.of(AdapterProperties.class), noting);
        List<String> problems = new ArrayList<>(unreadable);
        problems.addAll(properties.problems());
        return problems;
    }
}
