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

    /** A paragraph of body text, or a labelled fact ("Họ và tên: ..."). */
    public sealed interface Block permits Text, Fact {
    }

    public record Text(String text) implements Block {
    }

    public record Fact(String label, String value) implements Block {
    }
}
