/**
 * The policy studio: policy staff view, edit, validate, test-run and submit procedure models and
 * their forms; a reviewer (never the author) approves and publishes them as new versions; running
 * dossiers are moved between versions. Camunda keeps the versions; this feature keeps the drafts
 * ({@code model_draft}) and who wrote and approved each published edit ({@code model_version}).
 */
package vn.motcua.engine.studio;
