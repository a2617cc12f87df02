package vn.motcua.engine.staff;

import static vn.motcua.db.Tables.STAFF_MEMBER;
import static vn.motcua.db.Tables.STAFF_ROLE;
import static vn.motcua.db.Tables.STAFF_UNIT;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where, in which roles. Units are keyed like the candidate groups of the process
 * models ({@code ca-xa-00004}); someone who is not in the directory has citizen rights only.
 */
@Service
public class StaffDirectory {

    private final DSLContext sql;

    StaffDirectory(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> find(String idNumber) {
        var row = sql.select(STAFF_MEMBER.ID_NUMBER, STAFF_MEMBER.FULL_NAME, STAFF_MEMBER.UNIT_CODE, STAFF_UNIT.NAME,
                        STAFF_MEMBER.TITLE)
                .from(STAFF_MEMBER).join(STAFF_UNIT).on(STAFF_UNIT.CODE.eq(STAFF_MEMBER.UNIT_CODE))
                .where(STAFF_MEMBER.ID_NUMBER.eq(idNumber), STAFF_MEMBER.ACTIVE.eq((byte) 1)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        sql.select(STAFF_ROLE.ROLE).from(STAFF_ROLE).where(STAFF_ROLE.ID_NUMBER.eq(idNumber))
                .forEach(r -> roles.add(StaffRole.valueOf(r.value1())));
        return Optional.of(new StaffMember(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                Set.copyOf(roles)));
    }

    /** The unit's members, by name: whom a task can be handed to. */
    @Transactional(readOnly = true)
    public java.util.List<StaffMember> membersOf(String unitCode) {
        return sql.select(STAFF_MEMBER.ID_NUMBER).from(STAFF_MEMBER)
                .where(STAFF_MEMBER.UNIT_CODE.eq(unitCode), STAFF_MEMBER.ACTIVE.eq((byte) 1))
                .orderBy(STAFF_MEMBER.FULL_NAME).fetch(STAFF_MEMBER.ID_NUMBER).stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /** A unit of the directory: its code (as in the candidate groups) and name. */
    public record Unit(String code, String name) {
    }

    /** Whether the directory has this unit. */
    @Transactional(readOnly = true)
    public boolean hasUnit(String unitCode) {
        return sql.fetchExists(STAFF_UNIT, STAFF_UNIT.CODE.eq(unitCode));
    }

    /** The units where someone holds the role, by name: e.g. the agencies that can be consulted. */
    @Transactional(readOnly = true)
    public java.util.List<Unit> unitsWithRole(StaffRole role) {
        return sql.selectDistinct(STAFF_UNIT.CODE, STAFF_UNIT.NAME).from(STAFF_UNIT)
                .join(STAFF_MEMBER).on(STAFF_MEMBER.UNIT_CODE.eq(STAFF_UNIT.CODE))
                .join(STAFF_ROLE).on(STAFF_ROLE.ID_NUMBER.eq(STAFF_MEMBER.ID_NUMBER))
                .where(STAFF_ROLE.ROLE.eq(role.name()), STAFF_MEMBER.ACTIVE.eq((byte) 1)).orderBy(STAFF_UNIT.NAME)
                .fetch(r -> new Unit(r.value1(), r.value2()));
    }

    /**
     * Whether someone active in the unit can take each one-stop step a dossier passes through there:
     * reception, processing (specialist) and approval (leader).
     */
    @Transactional(readOnly = true)
    public boolean staffsOneStop(String unitCode) {
        Set<StaffRole> needed = EnumSet.of(StaffRole.RECEPTION, StaffRole.SPECIALIST, StaffRole.LEADER);
        var held = sql.selectDistinct(STAFF_ROLE.ROLE).from(STAFF_ROLE).join(STAFF_MEMBER)
                .on(STAFF_MEMBER.ID_NUMBER.eq(STAFF_ROLE.ID_NUMBER))
                .where(STAFF_MEMBER.UNIT_CODE.eq(unitCode), STAFF_MEMBER.ACTIVE.eq((byte) 1),
                        STAFF_ROLE.ROLE.in(needed.stream().map(Enum::name).toList()))
                .fetchSet(STAFF_ROLE.ROLE);
        return held.size() == needed.size();
    }

    /** The name of a leader of the unit (who signs its documents), if the directory lists one. */
    @Transactional(readOnly = true)
    public Optional<String> leaderOf(String unitCode) {
        return sql.select(STAFF_MEMBER.FULL_NAME).from(STAFF_MEMBER).join(STAFF_ROLE)
                .on(STAFF_ROLE.ID_NUMBER.eq(STAFF_MEMBER.ID_NUMBER))
                .where(STAFF_MEMBER.UNIT_CODE.eq(unitCode), STAFF_ROLE.ROLE.eq(StaffRole.LEADER.name()),
                        STAFF_MEMBER.ACTIVE.eq((byte) 1))
                .orderBy(STAFF_MEMBER.ID_NUMBER).limit(1).fetchOptional(STAFF_MEMBER.FULL_NAME);
    }

    @Transactional
    public void saveUnit(String code, String name) {
        sql.insertInto(STAFF_UNIT).set(STAFF_UNIT.CODE, code).set(STAFF_UNIT.NAME, name)
                .onDuplicateKeyUpdate().set(STAFF_UNIT.NAME, name).execute();
    }

    /** Adds or updates a member and replaces their roles. */
    @Transactional
    public void saveMember(String idNumber, String fullName, String unitCode, String title, Set<StaffRole> roles) {
        sql.insertInto(STAFF_MEMBER).set(STAFF_MEMBER.ID_NUMBER, idNumber).set(STAFF_MEMBER.FULL_NAME, fullName)
                .set(STAFF_MEMBER.UNIT_CODE, unitCode).set(STAFF_MEMBER.TITLE, title)
                .onDuplicateKeyUpdate().set(STAFF_MEMBER.FULL_NAME, fullName).set(STAFF_MEMBER.UNIT_CODE, unitCode)
                .set(STAFF_MEMBER.TITLE, title).set(STAFF_MEMBER.ACTIVE, (byte) 1).execute();
        sql.deleteFrom(STAFF_ROLE).where(STAFF_ROLE.ID_NUMBER.eq(idNumber)).execute();
        for (StaffRole role : roles) {
            sql.insertInto(STAFF_ROLE).set(STAFF_ROLE.ID_NUMBER, idNumber).set(STAFF_ROLE.ROLE, role.name()).execute();
        }
    }

    /** A member as the administration page lists them, active or not. */
    public record Entry(StaffMember member, boolean active) {
    }

    /** Every member of the unit, deactivated ones too, by name. */
    @Transactional(readOnly = true)
    public java.util.List<Entry> everyoneIn(String unitCode) {
        var rows = sql.select(STAFF_MEMBER.ID_NUMBER, STAFF_MEMBER.FULL_NAME, STAFF_MEMBER.TITLE, STAFF_MEMBER.ACTIVE,
                        STAFF_UNIT.NAME)
                .from(STAFF_MEMBER).join(STAFF_UNIT).on(STAFF_UNIT.CODE.eq(STAFF_MEMBER.UNIT_CODE))
                .where(STAFF_MEMBER.UNIT_CODE.eq(unitCode)).orderBy(STAFF_MEMBER.FULL_NAME).fetch();
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        for (var row : rows) {
            Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
            sql.select(STAFF_ROLE.ROLE).from(STAFF_ROLE).where(STAFF_ROLE.ID_NUMBER.eq(row.value1()))
                    .forEach(r -> roles.add(StaffRole.valueOf(r.value1())));
            entries.add(new Entry(new StaffMember(row.value1(), row.value2(), unitCode, row.value5(), row.value3(),
                    Set.copyOf(roles)), row.value4() == 1));
        }
        return entries;
    }

    /** Every unit of the directory with how many active members it has, by name. */
    @Transactional(readOnly = true)
    public java.util.Map<Unit, Integer> unitsWithActiveCounts() {
        var active = org.jooq.impl.DSL.sum(org.jooq.impl.DSL.when(STAFF_MEMBER.ACTIVE.eq((byte) 1), 1).otherwise(0));
        java.util.Map<Unit, Integer> units = new java.util.LinkedHashMap<>();
        sql.select(STAFF_UNIT.CODE, STAFF_UNIT.NAME, active).from(STAFF_UNIT)
                .leftJoin(STAFF_MEMBER).on(STAFF_MEMBER.UNIT_CODE.eq(STAFF_UNIT.CODE))
                .groupBy(STAFF_UNIT.CODE, STAFF_UNIT.NAME).orderBy(STAFF_UNIT.NAME)
                .forEach(r -> units.put(new Unit(r.value1(), r.value2()), r.value3() == null ? 0 : r.value3().intValue()));
        return units;
    }

    /** Activates or deactivates a member; @return whether there was such a member. */
    @Transactional
    public boolean setActive(String idNumber, boolean active) {
        return sql.update(STAFF_MEMBER).set(STAFF_MEMBER.ACTIVE, (byte) (active ? 1 : 0))
                .where(STAFF_MEMBER.ID_NUMBER.eq(idNumber)).execute() == 1;
    }
}
