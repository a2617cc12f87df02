package vn.motcua.workflows.catalogue;

import java.util.Optional;

/** Remarks in the portal's cells come in parentheses, sometimes nested or doubled: "((hồ sơ))". */
final class Parentheses {

    private Parentheses() {
    }

    /** The text inside the balanced parentheses that open {@code text}, without the outer pairs. */
    static Optional<String> leading(String text) {
        if (!text.startsWith("(")) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return Optional.of(unwrap(text.substring(1, i).strip())).filter(s -> !s.isBlank());
            }
        }
        // unbalanced: the remark runs to the end of the cell
        return Optional.of(text.substring(1).strip()).filter(s -> !s.isBlank());
    }

    private static String unwrap(String inner) {
        String s = inner;
        while (s.startsWith("(") && s.endsWith(")") && leading(s).map(x -> x.length() == s.length() - 2).orElse(false)) {
            return unwrap(s.substring(1, s.length() - 1).strip());
        }
        return s;
    }
}
