package vn.dvc.adapter.simulator;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/** A field (lĩnh vực) with the base names of its procedures. */
record ProcedureField(String code, String name, List<String> procedures) {

    /** Source literals are normalised once so every generated string is NFC whatever the editor did. */
    static ProcedureField of(String code, String name, String... procedures) {
        return new ProcedureField(code, nfc(name), Arrays.stream(procedures).map(ProcedureField::nfc).toList());
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
