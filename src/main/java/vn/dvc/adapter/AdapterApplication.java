package vn.dvc.adapter;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.dvc.adapter.cli.Cli;

/** The adapter: {@code java -jar dvcqg-adapter.jar demo|sync|serve|simulate|status}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdapterApplication {

    public static void main(String[] args) {
        // The JDK HTTP server (the simulators) answers loopback calls ~40 ms late without it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.exit(Cli.start(args));
    }
}
