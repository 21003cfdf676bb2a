package vn.dvc.adapter.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dvc.adapter.ledger.State;

/**
 * Which transfers to list: states (any when empty), receiving agency, error class or error code
 * (as replay reads {@code error}), and a MaHoSo prefix.
 */
public record TransferFilter(List<State> states, String agency, String error, String q) {

    /** The states a person looks at: everything that did not simply go through. */
    public static final List<State> NOT_THROUGH = List.of(State.FAILED, State.REJECTED, State.HELD, State.QUARANTINED);

    public TransferFilter {
        states = states == null ? List.of() : List.copyOf(states);
        agency = blankToNull(agency);
        error = blankToNull(error);
        q = blankToNull(q);
    }

    /** "FAILED,REJECTED" → its states; an unknown name is refused with the name in the message. */
    public static List<State> states(String csv) {
        List<State> out = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            return out;
        }
        for (String s : csv.split(",")) {
            String name = s.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(State.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("state: '" + s.trim() + "' không phải một trong PENDING, SENT, FAILED, REJECTED,"
                        + " QUARANTINED, HELD / is not one of them");
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
