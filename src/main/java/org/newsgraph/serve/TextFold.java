package org.newsgraph.serve;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Folds a label for search-as-you-type: two spellings an analyst would call "the same name" fold to the same
 * string. Arabic loses its diacritics (harakat, shadda, superscript alef) and tatweel, every hamza carrier
 * becomes its bare letter (أ إ آ ٱ → ا, ؤ → و, ئ → ي), alef maqsura becomes ya and ta marbuta ha; Latin loses
 * case and accents (Tokaïev → tokaiev). Whitespace runs become one space.
 *
 * <p>The same function is registered for SPARQL as {@value #FUNCTION_IRI}, so the search endpoint folds the
 * stored labels and the user's input alike, and analysts can use it in their own queries.
 */
public final class TextFold {

    /** The SPARQL function IRI: {@code FILTER(CONTAINS(<…fold>(?label), <…fold>("ماسيموف")))}. */
    public static final String FUNCTION_IRI = "https://w3id.org/newsgraph/function/fold";

    private TextFold() {
    }

    /** The folded form of {@code text}; never null. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x0640 /* tatweel */) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(foldLetter(cp));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int foldLetter(int cp) {
        return switch (cp) {
            case 0x0671 -> 0x0627; // alef wasla -> alef (NFKD keeps it whole)
            case 0x0649, 0x06CC -> 0x064A; // alef maqsura, Farsi yeh -> yeh
            case 0x0629 -> 0x0647; // ta marbuta -> ha
            case 0x06A9 -> 0x0643; // keheh -> kaf
            default -> cp;
        };
    }

    /** Makes {@value #FUNCTION_IRI} available to every SPARQL query in this JVM (idempotent). */
    public static void register() {
        FunctionRegistry.get().put(FUNCTION_IRI, Fold.class);
    }

    /** The SPARQL binding of {@link #fold(String)}: takes any literal, returns a plain string. */
    public static final class Fold extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue value) {
            return NodeValue.makeString(fold(value.asNode().isLiteral() ? value.asNode().getLiteralLexicalForm()
                                                                       : value.asString()));
        }
    }
}
