package vn.motcua.engine.registry;

/** Quan hệ với chủ hộ: a resident's relation to the head of their household. */
public enum HouseholdRelation {
    HEAD,    // Chủ hộ
    SPOUSE,  // Vợ / Chồng
    CHILD,   // Con
    PARENT   // Bố / Mẹ
}
