package vn.dvc.adapter.system;

/** Whether schedules are shared between instances: only with the ledger on PostgreSQL (README "Several instances"). */
public final class Clustering {

    /** Quartz's scheduler name (its {@code SCHED_NAME} column): the same on every instance of one cluster. */
    public static final String SCHEDULER_NAME = "dvcqg-adapter";

    private Clustering() {
    }

    public static boolean onPostgres(String datasourceUrl) {
        return datasourceUrl != null && datasourceUrl.startsWith("jdbc:postgresql:");
    }
}
