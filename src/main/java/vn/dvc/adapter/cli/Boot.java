package vn.dvc.adapter.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dvc.adapter.AdapterApplication;
import vn.dvc.adapter.system.ConfigurationError;

/** Boots the Spring context for a command, passing through {@code --spring.*} and {@code --adapter.*} arguments. */
final class Boot {

    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    private Boot() {
    }

    static ConfigurableApplicationContext context(List<String> args, WebApplicationType web, Map<String, Object> defaults,
                                                  String... profiles) {
        Map<String, Object> props = new HashMap<>(defaults);
        return new SpringApplicationBuilder(AdapterApplication.class)
                .web(web)
                .profiles(profiles)
                .properties(props)
                .logStartupInfo(false)
                .run(args == null ? new String[0] : args.toArray(String[]::new));
    }

    /** A failed command: a configuration error exits 2 with the setting named; anything else exits 1. */
    static int report(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationError config) {
                ERR.println("Lỗi cấu hình / configuration error: " + config.getMessage());
                return Cli.CONFIG_ERROR;
            }
        }
        ERR.println("Lỗi / error: " + e);
        return 1;
    }
}
