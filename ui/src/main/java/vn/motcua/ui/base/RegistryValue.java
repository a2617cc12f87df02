package vn.motcua.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A value the National Residents Database holds about the citizen, shown read-only with its
 * source: the registry is the source of truth, so the citizen is not asked to type it again.
 */
public final class RegistryValue {

    private RegistryValue() {
    }

    public static TextField field(Component view, String id, String labelKey, String value) {
        TextField field = new TextField(view.getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setHelperText(view.getTranslation("profile.source"));
        return field;
    }
}
