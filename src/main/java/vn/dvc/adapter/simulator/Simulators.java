package vn.dvc.adapter.simulator;

/** Both simulators over one data set, for the {@code demo} and {@code simulate} commands. */
public final class Simulators implements AutoCloseable {

    private final SourceSimulator source;
    private final PortalSimulator portal;

    private Simulators(SourceSimulator source, PortalSimulator portal) {
        this.source = source;
        this.portal = portal;
    }

    /** Ports 0 pick free ones; the portal takes the demo credentials. */
    public static Simulators start(DemoData data, int sourcePort, int portalPort) {
        return start(data, null, sourcePort, portalPort);
    }

    /** The same, the portal holding what {@code snapshot} held (none: empty). */
    public static Simulators start(DemoData data, PortalSnapshot snapshot, int sourcePort, int portalPort) {
        SourceSimulator source = new SourceSimulator(data).start(sourcePort);
        try {
            PortalSimulator portal = new PortalSimulator(data, PortalSimulator.Credentials.demo());
            if (snapshot != null) {
                portal.restore(snapshot);
            }
            return new Simulators(source, portal.start(portalPort));
        } catch (RuntimeException e) {
            source.close(); // the portal port was taken: do not leave the source listening
            throw e;
        }
    }

    public SourceSimulator source() {
        return source;
    }

    public PortalSimulator portal() {
        return portal;
    }

    @Override
    public void close() {
        try {
            portal.close();
        } finally {
            source.close();
        }
    }
}
