package vn.motcua.engine.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a Vietnamese administrative document (Decree 30/2020 layout): the issuing agency
 * under its parent, number and symbol, place and date, the national motto, title and summary,
 * body, signer block and recipients.
 */
public record AdministrativeDocument(
        String parentAgency,
        String agency,
        String numberSymbol,
        String place,
        LocalDate date,
        String title,
        String summary,
        List<Block> body,
        String signerAuthority,
        String signerPosition,
        String signerName,
        List<String> recipients) {

    /** The same document with every text passed through {@code text} (dates and structure unchanged). */
    public AdministrativeDocument withText(java.util.function.UnaryOperator<String> text) {
        java.util.function.UnaryOperator<String> orNull = s -> s == null ? null : text.apply(s);
        return new AdministrativeDocument(orNull.apply(parentAgency), orNull.apply(agency), orNull.apply(numberSymbol),
                orNull.apply(place), date, orNull.apply(title), orNull.apply(summary),
                body.stream().map(b -> b instanceof Text t ? (Block) new Text(orNull.apply(t.text()))
                        : b instanceof Fact f ? new Fact(orNull.apply(f.label()), orNull.apply(f.value())) : b).toList(),
                orNull.apply(signerAuthority), orNull.apply(signerPosition), orNull.apply(signerName),
                recipients.stream().map(orNull).toList());
    }

    /** Every text the document shows, in no particular order. */
    public java.util.stream.Stream<String> texts() {
        java.util.stream.Stream.Builder<String> texts = java.util.stream.Stream.builder();
        withText(text -> {
            texts.add(text);
            return text;
        });
        return texts.build();
    }

    /** A paragraph of body text, or a labelled fact ("Họ và tên: ..."). */
    public sealed interface Block permits Text, Fact {
    }

    public record Text(String text) implements Block {
    }

    public record Fact(String label, String value) implements Block {
    }
}
