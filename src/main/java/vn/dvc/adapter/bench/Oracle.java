package vn.dvc.adapter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import vn.dvc.adapter.simulator.DemoData;

/**
 * Which dossiers a correct adapter sends ({@link DemoData#reachesPortal}), known in advance. The
 * ceiling sends exactly these without checking anything, so it does the same portal work as the
 * adapter; computed before any timing and read by index from the MaHoSo's sequence number.
 */
final class Oracle {

    private final BitSet sends;

    private Oracle(BitSet sends) {
        this.sends = sends;
    }

    static Oracle of(DemoData data) {
        BitSet sends = new BitSet(data.dossierCount());
        for (int i = 0; i < data.dossierCount(); i++) {
            if (data.reachesPortal(i)) {
                sends.set(i);
            }
        }
        return new Oracle(sends);
    }

    static Oracle read(Path file) throws IOException {
        return new Oracle(BitSet.valueOf(Files.readAllBytes(file)));
    }

    Path write(Path file) throws IOException {
        Files.write(file, sends.toByteArray());
        return file;
    }

    int expected() {
        return sends.cardinality();
    }

    /** MaHoSo ends in the dossier's 1-based sequence number: "000.00.12.H25-250301-0000042". */
    boolean sends(String maHoSo) {
        int dash = maHoSo.lastIndexOf('-');
        int index = 0;
        for (int i = dash + 1; i < maHoSo.length(); i++) {
            index = index * 10 + (maHoSo.charAt(i) - '0');
        }
        return sends.get(index - 1);
    }
}
