package vn.dvc.adapter.admin.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Chart data for a {@code <script type="application/json">} block: JSON that cannot close the script tag. */
final class ChartJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartJson() {
    }

    static String of(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
