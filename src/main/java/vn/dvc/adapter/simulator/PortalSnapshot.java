package vn.dvc.adapter.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.adapter.system.OwnerOnly;

/**
 * What the demo's portal simulator holds when the demo ends, kept beside the demo's ledger so that
 * {@code simulate --demo} serves the same portal afterwards: a reconcile then reads back what the demo
 * sent, not an empty portal. With it, the data set it was made from ({@code dossiers}, {@code until}), so
 * the source simulator serves the same dossiers too. Gzipped JSON, written 0600 (it holds the data
 * set's citizens; they are made up, but the demo's files are treated as the ledger's).
 */
public record PortalSnapshot(int dossiers, LocalDate until, Map<String, JsonNode> held, Map<String, List<JsonNode>> progress) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The portal's holdings now, for the data set {@code data}. */
    public static PortalSnapshot of(PortalSimulator portal, DemoData data) {
        Map<String, List<JsonNode>> progress = new HashMap<>();
        portal.dossiers().keySet().forEach(id -> progress.put(id, portal.progress(id)));
        return new PortalSnapshot(data.dossierCount(), data.until(), Map.copyOf(portal.dossiers()), progress);
    }

    /** The data set the snapshot was made from: the same dossiers, dated the same. */
    public DemoData data() {
        return new DemoData(DemoData.HOA_BINH_SEED, dossiers, false, until);
    }

    public void write(Path file) {
        OwnerOnly.write(file, new byte[0]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("dossiers", dossiers);
            g.writeStringField("until", until.toString());
            g.writeArrayFieldStart("held");
            for (Map.Entry<String, JsonNode> e : held.entrySet()) {
                g.writeStartObject();
                g.writeFieldName("dossier");
                JSON.writeTree(g, e.getValue());
                g.writeFieldName("progress");
                JSON.writeValue(g, progress.getOrDefault(e.getKey(), List.of()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo portal's snapshot " + file.toAbsolutePath(), e);
        }
    }

    public static PortalSnapshot read(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = JSON.getFactory().createParser(in)) {
            int dossiers = 0;
            LocalDate until = null;
            Map<String, JsonNode> held = new HashMap<>();
            Map<String, List<JsonNode>> progress = new HashMap<>();
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "dossiers" -> dossiers = p.getIntValue();
                    case "until" -> until = LocalDate.parse(p.getText());
                    case "held" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode one = JSON.readTree(p);
                            String id = one.path("dossier").path("MaHoSo").asText();
                            held.put(id, one.get("dossier"));
                            List<JsonNode> entries = new ArrayList<>();
                            one.path("progress").forEach(entries::add);
                            progress.put(id, entries);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new PortalSnapshot(dossiers, until, held, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo portal's snapshot " + file.toAbsolutePath(), e);
        }
    }
}
