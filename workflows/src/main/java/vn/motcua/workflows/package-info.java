/**
 * BPMN models of the administrative procedures, their generator from the procedure catalogue and
 * the working-day calendar. Delegates are named by {@code ${beanName}} expressions, so this module
 * has no compile dependency on the engine.
 */
package vn.motcua.workflows;
