/**
 * Form schemas (Camunda Forms / form-js JSON), their server-side validation and the Vietnamese
 * validators. Plain Java on purpose: the same rules run in the engine and in the Vaadin renderer,
 * so this module must not depend on Spring web, Vaadin or Camunda (checked by the architecture test).
 */
package vn.motcua.forms;
