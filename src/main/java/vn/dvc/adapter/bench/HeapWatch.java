package vn.dvc.adapter.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap and CPU of this JVM over a measured run, from GC notifications: the most heap in use before
 * a collection (the peak), the most left after one (what the run holds), collections and pauses.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private volatile long peak;
    private volatile long live;
    private volatile long collections;
    private volatile long pauseMillis;
    private long cpuStart;
    private long wallStart;

    /** Starts watching from a collected heap, so what earlier work left does not count. */
    HeapWatch start() {
        System.gc();
        peak = used();
        live = peak;
        collections = 0;
        pauseMillis = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            ((NotificationEmitter) gc).addNotificationListener(this, null, null);
        }
        cpuStart = os.getProcessCpuTime();
        wallStart = System.nanoTime();
        return this;
    }

    @Override
    public synchronized void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peak = Math.max(peak, heap(info.getGcInfo().getMemoryUsageBeforeGc()));
        live = Math.max(live, heap(info.getGcInfo().getMemoryUsageAfterGc()));
        collections++;
        // concurrent cycles of G1 are not pauses
        if (!info.getGcAction().contains("concurrent") && !info.getGcName().contains("Concurrent")) {
            pauseMillis += info.getGcInfo().getDuration();
        }
    }

    private long heap(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (var e : usage.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    long peakMb() {
        return Math.max(peak, used()) / MB;
    }

    long liveMb() {
        return live / MB;
    }

    static long maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    long collections() {
        return collections;
    }

    double pauseSeconds() {
        return pauseMillis / 1000.0;
    }

    double cpuSeconds() {
        return (os.getProcessCpuTime() - cpuStart) / 1e9;
    }

    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // not added
            }
        }
    }
}
