package vn.motcua.ui.filing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The filing wizard's steps, each with its own address ({@code ?buoc=<slug>}) so the browser's back
 * and forward buttons move between steps; {@code buoc=thanh-toan} also brings the citizen back from
 * the payment gateway.
 */
enum WizardStep {
    FILL("thong-tin"), ATTACH("giay-to"), REVIEW("xem-lai"), PAY("thanh-toan");

    final String slug;

    WizardStep(String slug) {
        this.slug = slug;
    }

    static Optional<WizardStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
