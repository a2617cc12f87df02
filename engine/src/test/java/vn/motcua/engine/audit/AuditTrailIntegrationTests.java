package vn.motcua.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anEventIsStoredWithTheChangeItDescribes() {
        transaction.executeWithoutResult(status ->
                audit.record("citizen:001099012345", "DRAFT_SAVED", "DOSSIER", "T-1", "step 1"));

        assertThat(audit.eventsFor("DOSSIER", "T-1"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("citizen:001099012345");
                    assertThat(e.action()).isEqualTo("DRAFT_SAVED");
                    assertThat(e.details()).isEqualTo("step 1");
                    assertThat(e.occurredAt()).isNotNull();
                });
    }

    @Test
    void anEventOfARolledBackChangeIsNotStored() {
        transaction.executeWithoutResult(status -> {
            audit.record("staff:1", "DECISION", "DOSSIER", "T-2", "approve");
            status.setRollbackOnly();
        });
        assertThat(audit.eventsFor("DOSSIER", "T-2")).isEmpty();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record("x", "Y", "DOSSIER", "T-3", null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(audit.eventsFor("DOSSIER", "T-3")).isEmpty();
    }
}
