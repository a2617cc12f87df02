package vn.motcua.workflows.flagship;

/**
 * Element ids, messages, variables and delegate beans that only the five hand-modelled flagship
 * procedures use, on top of the one-stop ids in {@link vn.motcua.workflows.onestop.OneStopModel}
 * which they share (reception, supplement, approval, deadline timers keep their ids so that task
 * queues and services treat every procedure alike).
 */
public final class FlagshipModel {

    /** Liên thông: birth registration + permanent residence + health-insurance card, child under 6. */
    public static final String LINKED_BIRTH_RESIDENCE_INSURANCE = "2.000986";
    public static final String BIRTH_REGISTRATION = "1.001193";
    public static final String PERMANENT_RESIDENCE = "1.004222";
    public static final String MARRIAGE_REGISTRATION = "1.000894";
    public static final String ORDINARY_PASSPORT = "1.001456";

    // birth registration
    public static final String VERIFY_PARENTS = "Task_VerifyParents";
    public static final String ASSIGN_PERSONAL_ID = "Task_AssignPersonalId";

    // permanent residence
    public static final String RESIDENTS_LOOKUP = "Task_ResidentsLookup";
    public static final String REQUEST_OWNER_CONSENT = "Task_RequestOwnerConsent";
    public static final String AWAIT_OWNER_CONSENT = "Gateway_AwaitOwnerConsent";
    public static final String OWNER_CONSENTED = "Event_OwnerConsented";
    public static final String OWNER_DECLINED = "Event_OwnerDeclined";
    public static final String OWNER_SILENT = "Event_OwnerConsentTimeout";
    public static final String UPDATE_RESIDENCE = "Task_UpdateResidence";
    public static final String MESSAGE_OWNER_CONSENTED = "OwnerConsented";
    public static final String MESSAGE_OWNER_DECLINED = "OwnerDeclined";

    // marriage registration
    public static final String VERIFY_MARITAL_STATUS = "Task_VerifyMaritalStatus";
    public static final String BOTH_PARTIES_SIGN = "Task_BothPartiesSign";
    public static final String SIGNING_EXPIRED = "Event_SigningExpired";
    public static final String VOID_CERTIFICATE = "Task_VoidMarriageCertificate";
    public static final String RECORD_MARRIAGE = "Task_RecordMarriage";
    public static final String END_CERTIFICATE_VOIDED = "EndEvent_CertificateVoided";

    // ordinary passport
    public static final String BOOK_BIOMETRICS = "Task_BookBiometricsAppointment";
    public static final String CAPTURE_BIOMETRICS = "Task_CaptureBiometrics";
    public static final String APPOINTMENT_MISSED = "Event_AppointmentMissed";
    public static final String PERSONALISE_PASSPORT = "Task_PersonalisePassport";

    // linked procedure
    public static final String ROUTE_LINKED_UNITS = "Task_RouteLinkedUnits";
    public static final String LINKED_FORK = "Gateway_LinkedFork";
    public static final String LINKED_JOIN = "Gateway_LinkedJoin";
    public static final String SUB_BIRTH = "SubProcess_BirthRegistration";
    public static final String SUB_RESIDENCE = "SubProcess_PermanentResidence";
    public static final String SUB_INSURANCE = "SubProcess_HealthInsuranceCard";
    public static final String BIRTH_PROCESSING = "Task_BirthProcessing";
    public static final String BIRTH_APPROVAL = "Task_BirthApproval";
    public static final String RESIDENCE_PROCESSING = "Task_ResidenceProcessing";
    public static final String RESIDENCE_APPROVAL = "Task_ResidenceApproval";
    public static final String INSURANCE_CARD = "Task_IssueInsuranceCard";
    public static final String COMBINE_RESULTS = "Task_CombineResults";

    /** Units of the other two agencies of the linked procedure, set by {@code ${routeLinkedUnits}}. */
    public static final String VAR_POLICE_UNIT = "policeUnitCode";
    public static final String VAR_INSURANCE_UNIT = "insuranceUnitCode";

    private FlagshipModel() {
    }
}
