package vn.motcua.engine.registry;

/**
 * The fields of a resident record a reader may ask for; each read is logged with the fields it
 * returned, so that the citizen can see exactly what was looked at.
 */
public enum RegistryField {
    FULL_NAME,
    BIRTH_DATE,
    GENDER,
    ETHNICITY,
    NATIONALITY,
    BIRTH_PLACE,
    PERMANENT_ADDRESS,
    CURRENT_ADDRESS,
    HOUSEHOLD,
    PARENTS,
    SPOUSE
}
