package vn.motcua.engine.registry;

import static vn.motcua.db.Tables.REGISTRY_ACCESS;
import static vn.motcua.db.Tables.RESIDENT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.db.tables.records.ResidentRecord;
import vn.motcua.forms.identity.Gender;

/**
 * The sandbox registry in MariaDB. A read and its access-log row commit together: there is no
 * read that is not logged. Only the fields asked for are returned; the others are left empty.
 */
@Service
class MariaDbResidentsDatabase implements ResidentsDatabase {

    private final DSLContext sql;
    private final Clock clock;

    MariaDbResidentsDatabase(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Resident> findByIdNumber(String idNumber, Set<RegistryField> fields, RegistryReader reader) {
        Optional<Resident> found = sql.selectFrom(RESIDENT).where(RESIDENT.ID_NUMBER.eq(idNumber)).fetchOptional()
                .map(r -> only(fields, toResident(r)));
        found.ifPresent(r -> log(r.idNumber(), fields, reader));
        return found;
    }

    @Override
    @Transactional
    public List<Resident> household(String idNumber, Set<RegistryField> fields, RegistryReader reader) {
        String household = sql.select(RESIDENT.HOUSEHOLD_ID).from(RESIDENT).where(RESIDENT.ID_NUMBER.eq(idNumber))
                .fetchOne(RESIDENT.HOUSEHOLD_ID);
        if (household == null) {
            return List.of();
        }
        List<Resident> members = sql.selectFrom(RESIDENT).where(RESIDENT.HOUSEHOLD_ID.eq(household))
                .orderBy(RESIDENT.RELATION_TO_HEAD.eq(HouseholdRelation.HEAD.name()).desc(), RESIDENT.BIRTH_DATE)
                .fetch(r -> only(fields, toResident(r)));
        Set<RegistryField> withHousehold = EnumSet.copyOf(fields.isEmpty() ? EnumSet.of(RegistryField.HOUSEHOLD) : fields);
        withHousehold.add(RegistryField.HOUSEHOLD);
        members.forEach(m -> log(m.idNumber(), withHousehold, reader));
        return members;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistryAccess> accessLog(String idNumber, int limit) {
        return sql.selectFrom(REGISTRY_ACCESS).where(REGISTRY_ACCESS.ID_NUMBER.eq(idNumber))
                .orderBy(REGISTRY_ACCESS.ACCESSED_AT.desc(), REGISTRY_ACCESS.ID.desc()).limit(limit)
                .fetch(r -> new RegistryAccess(r.getAccessedAt().atZone(clock.getZone()).toInstant(), r.getAccessor(),
                        r.getAccessorName(), r.getPurpose(), r.getDossierCode(),
                        Arrays.stream(r.getFields().split(",")).map(RegistryField::valueOf).toList()));
    }

    private void log(String idNumber, Set<RegistryField> fields, RegistryReader reader) {
        sql.insertInto(REGISTRY_ACCESS)
                .set(REGISTRY_ACCESS.ID_NUMBER, idNumber)
                .set(REGISTRY_ACCESS.ACCESSED_AT, LocalDateTime.now(clock))
                .set(REGISTRY_ACCESS.ACCESSOR, reader.accessor())
                .set(REGISTRY_ACCESS.ACCESSOR_NAME, reader.accessorName())
                .set(REGISTRY_ACCESS.PURPOSE, reader.purpose())
                .set(REGISTRY_ACCESS.DOSSIER_CODE, reader.dossierCode())
                .set(REGISTRY_ACCESS.FIELDS, fields.stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .execute();
    }

    static Resident toResident(Record record) {
        ResidentRecord r = record.into(RESIDENT);
        return new Resident(r.getIdNumber(), r.getFullName(), r.getBirthDate(), Gender.valueOf(r.getGender()),
                r.getEthnicity(), r.getNationality(), r.getBirthProvinceCode(), r.getPermanentWardCode(),
                r.getPermanentAddress(), r.getCurrentWardCode(), r.getCurrentAddress(), r.getHouseholdId(),
                HouseholdRelation.valueOf(r.getRelationToHead()), r.getFatherIdNumber(), r.getMotherIdNumber(),
                r.getSpouseIdNumber());
    }

    /** Blanks what was not asked for, so that callers cannot use unlogged data. */
    private static Resident only(Set<RegistryField> f, Resident r) {
        return new Resident(r.idNumber(),
                f.contains(RegistryField.FULL_NAME) ? r.fullName() : null,
                f.contains(RegistryField.BIRTH_DATE) ? r.birthDate() : null,
                f.contains(RegistryField.GENDER) ? r.gender() : null,
                f.contains(RegistryField.ETHNICITY) ? r.ethnicity() : null,
                f.contains(RegistryField.NATIONALITY) ? r.nationality() : null,
                f.contains(RegistryField.BIRTH_PLACE) ? r.birthProvinceCode() : null,
                f.contains(RegistryField.PERMANENT_ADDRESS) ? r.permanentWardCode() : null,
                f.contains(RegistryField.PERMANENT_ADDRESS) ? r.permanentAddress() : null,
                f.contains(RegistryField.CURRENT_ADDRESS) ? r.currentWardCode() : null,
                f.contains(RegistryField.CURRENT_ADDRESS) ? r.currentAddress() : null,
                f.contains(RegistryField.HOUSEHOLD) ? r.householdId() : null,
                f.contains(RegistryField.HOUSEHOLD) ? r.relationToHead() : null,
                f.contains(RegistryField.PARENTS) ? r.fatherIdNumber() : null,
                f.contains(RegistryField.PARENTS) ? r.motherIdNumber() : null,
                f.contains(RegistryField.SPOUSE) ? r.spouseIdNumber() : null);
    }
}
