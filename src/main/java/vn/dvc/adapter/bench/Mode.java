package vn.dvc.adapter.bench;

/** What a worker measures. */
public enum Mode {
    /** The real adapter: Spring context, Camel routes, checks, ledger. */
    ADAPTER,
    /** The bare pipeline: the adapter's HTTP client, paging and batching; no checks, no ledger. */
    CEILING,
    /** One dossier per request, otherwise as the ceiling. */
    NAIVE
}
