package vn.motcua.engine.workflow;

import static vn.motcua.workflows.flagship.FlagshipModel.VAR_INSURANCE_UNIT;
import static vn.motcua.workflows.flagship.FlagshipModel.VAR_POLICE_UNIT;
import static vn.motcua.workflows.onestop.OneStopModel.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.motcua.engine.audit.AuditTrail;

/**
 * {@code ${routeLinkedUnits}}: the linked procedure 2.000986 is received by the ward People's
 * Committee (whatever agency the catalogue names as competent) and handled in parallel with the
 * ward police (permanent residence) and the provincial social insurance (health-insurance card).
 */
@Component("routeLinkedUnits")
class RouteLinkedUnitsDelegate implements JavaDelegate {

    private final AuditTrail audit;

    RouteLinkedUnitsDelegate(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ward = (String) execution.getVariable(VAR_APPLICANT_WARD);
        String province = (String) execution.getVariable(VAR_APPLICANT_PROVINCE);
        if (ward == null || province == null) {
            throw new IllegalStateException("The linked procedure needs the applicant's ward and province");
        }
        String committee = AgencyKind.PEOPLES_COMMITTEE.wardUnit(ward);
        String police = AgencyKind.POLICE.wardUnit(ward);
        String insurance = AgencyKind.SOCIAL_INSURANCE.provinceUnit(province);
        execution.setVariable(VAR_UNIT, committee);
        execution.setVariable(VAR_POLICE_UNIT, police);
        execution.setVariable(VAR_INSURANCE_UNIT, insurance);
        audit.record("system", "LINKED_UNITS_ROUTED", "DOSSIER", DossierDocuments.dossierCode(execution),
                committee + ", " + police + ", " + insurance);
    }
}
