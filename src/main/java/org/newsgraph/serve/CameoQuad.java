package org.newsgraph.serve;

/**
 * The four CAMEO quad classes, by the code's two-digit root: 01–05 verbal cooperation, 06–09 material
 * cooperation, 10–14 verbal conflict, 15–20 material conflict. The workbench colours events by them.
 */
enum CameoQuad {
    VERBAL_COOPERATION("verbal-cooperation", "verbal cooperation"),
    MATERIAL_COOPERATION("material-cooperation", "material cooperation"),
    VERBAL_CONFLICT("verbal-conflict", "verbal conflict"),
    MATERIAL_CONFLICT("material-conflict", "material conflict"),
    UNKNOWN("unknown", "unclassified");

    final String key;
    final String label;

    CameoQuad(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The quad class of a CAMEO code such as {@code "173"} or {@code "0211"}; {@link #UNKNOWN} when it is none. */
    static CameoQuad of(String code) {
        if (code == null || code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
            return UNKNOWN;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 5) {
            return VERBAL_COOPERATION;
        }
        if (root >= 6 && root <= 9) {
            return MATERIAL_COOPERATION;
        }
        if (root >= 10 && root <= 14) {
            return VERBAL_CONFLICT;
        }
        if (root >= 15 && root <= 20) {
            return MATERIAL_CONFLICT;
        }
        return UNKNOWN;
    }
}
