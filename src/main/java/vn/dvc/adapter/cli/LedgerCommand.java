package vn.dvc.adapter.cli;

import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;

/**
 * A command on the ledger alone ({@code status}, {@code retention}, {@code keys rotate}): no source, no
 * portal, no routes. It takes {@code --json} and Spring's settings, opens the ledger's context, checks the
 * settings it needs, and does its part in {@link #run}.
 */
abstract class LedgerCommand implements Callable<Integer> {

    @Mixin
    SharedOptions.Json output;

    @Mixin
    SharedOptions.SpringArgs spring;

    /** The setting prefixes this command needs right ({@code adapter.retention.}); none unless it says. */
    String[] settings() {
        return new String[0];
    }

    /** What the command does, in the ledger's context; its exit code. */
    abstract int run(ConfigurableApplicationContext ctx);

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            Boot.requireSettings(ctx, settings());
            return run(ctx);
        }
    }
}
