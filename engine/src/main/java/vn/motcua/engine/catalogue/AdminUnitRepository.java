package vn.motcua.engine.catalogue;

import static vn.motcua.db.Tables.ADMIN_FORMER_PROVINCE;
import static vn.motcua.db.Tables.ADMIN_PROVINCE;
import static vn.motcua.db.Tables.ADMIN_WARD;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.motcua.workflows.adminunits.AdminUnits;

/** Provinces, wards and former provinces; loaded as a whole, so a reload replaces every row. */
@Repository
class AdminUnitRepository {

    private final DSLContext sql;

    AdminUnitRepository(DSLContext sql) {
        this.sql = sql;
    }

    void replaceAll(AdminUnits units) {
        sql.deleteFrom(ADMIN_FORMER_PROVINCE).execute();
        sql.deleteFrom(ADMIN_WARD).execute();
        sql.deleteFrom(ADMIN_PROVINCE).execute();
        var provinces = sql.insertInto(ADMIN_PROVINCE, ADMIN_PROVINCE.CODE, ADMIN_PROVINCE.NAME,
                ADMIN_PROVINCE.FULL_NAME, ADMIN_PROVINCE.NAME_EN);
        var wards = sql.insertInto(ADMIN_WARD, ADMIN_WARD.CODE, ADMIN_WARD.PROVINCE_CODE, ADMIN_WARD.NAME,
                ADMIN_WARD.FULL_NAME, ADMIN_WARD.NAME_EN);
        for (AdminUnits.Province p : units.provinces()) {
            provinces = provinces.values(p.code(), p.name(), p.fullName(), p.nameEn());
            for (AdminUnits.Ward w : p.wards()) {
                wards = wards.values(w.code(), p.code(), w.name(), w.fullName(), w.nameEn());
            }
        }
        provinces.execute();
        wards.execute();
        var former = sql.insertInto(ADMIN_FORMER_PROVINCE, ADMIN_FORMER_PROVINCE.CODE, ADMIN_FORMER_PROVINCE.NAME,
                ADMIN_FORMER_PROVINCE.MERGED_INTO_CODE);
        for (AdminUnits.FormerProvince f : units.formerProvinces()) {
            former = former.values(f.code(), f.name(), f.mergedIntoCode());
        }
        former.execute();
    }

    int provinceCount() {
        return sql.fetchCount(ADMIN_PROVINCE);
    }

    int wardCount() {
        return sql.fetchCount(ADMIN_WARD);
    }

    int formerProvinceCount() {
        return sql.fetchCount(ADMIN_FORMER_PROVINCE);
    }
}
