package vn.motcua.engine.dossier;

import vn.motcua.engine.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.engine.catalogue.VietnameseText;
import vn.motcua.engine.registry.RegistryField;
import vn.motcua.engine.registry.RegistryReader;
import vn.motcua.engine.registry.Resident;
import vn.motcua.engine.registry.ResidentsDatabase;
import vn.motcua.engine.staff.StaffMember;
import vn.motcua.engine.staff.StaffRole;
import vn.motcua.forms.identity.ChipCardQr;
import vn.motcua.forms.identity.PersonalIdNumber;

/**
 * Counter reception, the "digital ID card for in-person interactions": a receptionist reads the
 * walk-in citizen's chip card QR, which is checked and matched against the residents database,
 * then files the same form on the citizen's behalf; the dossier's channel is in person and the
 * receptionist is named in the audit trail.
 */
@Service
public class CounterReception {

    /** The citizen the card names as the registry holds them, or why not. */
    public record Identification(Optional<Resident> resident, List<String> problems) {
    }

    private final ChipCardQr qr;
    private final ResidentsDatabase registry;
    private final DossierService dossiers;
    private final Clock clock;

    CounterReception(PersonalIdNumber idNumbers, ResidentsDatabase registry, DossierService dossiers, Clock clock) {
        this.qr = new ChipCardQr(idNumbers);
        this.registry = registry;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @Transactional
    public Identification identify(StaffMember staff, String qrText) {
        requireReception(staff);
        var reading = qr.read(qrText, LocalDate.now(clock));
        if (reading.card().isEmpty()) {
            return new Identification(Optional.empty(), reading.problems());
        }
        ChipCardQr.Card card = reading.card().get();
        Optional<Resident> resident = registry.findByIdNumber(card.idNumber(),
                EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE, RegistryField.GENDER,
                        RegistryField.PERMANENT_ADDRESS, RegistryField.CURRENT_ADDRESS, RegistryField.SPOUSE),
                new RegistryReader(staff.idNumber(), staff.fullName() + " – " + staff.unitName(),
                        "Tiếp nhận hồ sơ trực tiếp: đối chiếu thẻ căn cước", null));
        List<String> problems = new ArrayList<>();
        if (resident.isEmpty()) {
            problems.add("Số định danh " + card.idNumber() + " không có trong Cơ sở dữ liệu quốc gia về dân cư");
        } else {
            if (!VietnameseText.fold(resident.get().fullName()).equals(VietnameseText.fold(card.fullName()))) {
                problems.add("Họ tên trên thẻ không khớp Cơ sở dữ liệu quốc gia về dân cư");
            }
            if (!resident.get().birthDate().equals(card.birthDate())) {
                problems.add("Ngày sinh trên thẻ không khớp Cơ sở dữ liệu quốc gia về dân cư");
            }
        }
        return problems.isEmpty() ? new Identification(resident, List.of()) : new Identification(Optional.empty(), problems);
    }

    /**
     * Files the dossier for the identified citizen, through the same checks as online filing. No
     * transaction of its own: the submission is one, and a retry with the same key must find the
     * first dossier rather than poison an enclosing transaction.
     */
    public Dossier file(StaffMember staff, Resident citizen, String procedureCode, java.util.Map<String, Object> formData,
                        String idempotencyKey) {
        requireReception(staff);
        // identity proven in person with the chip card: the level-2 procedures are open to the walk-in citizen
        return dossiers.submitAtCounter(Applicant.of(citizen),
                new SubmitDossier(procedureCode, "IN_PERSON", formData, idempotencyKey), staff);
    }

    private static void requireReception(StaffMember staff) {
        if (staff == null || !staff.has(StaffRole.RECEPTION)) {
            throw new CounterAccessDeniedException(Messages.text("counter.reception-only"));
        }
    }
}
