/**
 * Which procedure models were published from the policy studio ({@code model_version}): asked by
 * the start-up deployment (never replace a published edit), by the forms (the published form goes
 * with it) and by the studio itself. Depends on no other feature, so all of them can use it.
 */
package vn.motcua.engine.models;
