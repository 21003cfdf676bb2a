package vn.dvc.adapter.simulator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DVCQG's procedure catalogue per agency; tests change it to exercise catalogue refreshes. */
final class PortalCatalogue {

    private final Map<String, Map<String, CatalogueEntry>> byAgency = new HashMap<>();

    PortalCatalogue(DemoData data) {
        for (Agency agency : data.allAgencies()) {
            Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
            data.nationalCatalogue(agency.code()).forEach(e -> entries.put(e.maTTHC(), e));
            byAgency.put(agency.code(), entries);
        }
    }

    synchronized boolean lists(String maTTHC) {
        for (Map<String, CatalogueEntry> entries : byAgency.values()) {
            if (entries.containsKey(maTTHC)) {
                return true;
            }
        }
        return false;
    }

    synchronized List<CatalogueEntry> of(String maDonVi) {
        return List.copyOf(byAgency.getOrDefault(maDonVi, Map.of()).values());
    }

    synchronized void remove(String maTTHC) {
        byAgency.values().forEach(entries -> entries.remove(maTTHC));
    }

    synchronized void add(String maDonVi, CatalogueEntry entry) {
        byAgency.computeIfAbsent(maDonVi, k -> new LinkedHashMap<>()).put(entry.maTTHC(), entry);
    }
}
