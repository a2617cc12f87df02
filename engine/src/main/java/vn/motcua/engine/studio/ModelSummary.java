package vn.motcua.engine.studio;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A line of the procedure models list: the live model's origin and version, who published it and
 * when, whether a draft is open, the open dossiers per version, and whether the catalogue changed
 * the procedure after its model was edited (then the change is not applied silently).
 */
public record ModelSummary(String procedureCode, ModelOrigin origin, int liveVersion, String publishedBy,
                           LocalDateTime publishedAt, ModelDraft.State draft, Map<Integer, Long> openDossiersByVersion,
                           boolean catalogueChangedSinceEdit) {

    public long openDossiers() {
        return openDossiersByVersion.values().stream().mapToLong(Long::longValue).sum();
    }
}
