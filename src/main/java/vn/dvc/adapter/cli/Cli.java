package vn.dvc.adapter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The adapter's commands; each boots the Spring context it needs and maps the outcome to an exit code. */
@Command(name = "dvcqg-adapter", mixinStandardHelpOptions = true,
        description = "Liên thông hồ sơ từ Hệ thống một cửa điện tử lên Cổng Dịch vụ công Quốc gia.",
        subcommands = {DemoCommand.class, SyncCommand.class, SimulateCommand.class, ServeCommand.class, StatusCommand.class, ReplayCommand.class,
                CatalogueCommand.class, ComplianceCommand.class, ReconcileCommand.class, BenchCommand.class})
public class Cli implements Runnable {

    /** Every dossier was sent or refused for its data. */
    public static final int OK = 0;
    /** A setting is missing or wrong. */
    public static final int CONFIG_ERROR = 2;
    /** Some transfers failed and wait for a retry. */
    public static final int RETRY_LATER = 3;

    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Boot.report(e));
        return cli.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
