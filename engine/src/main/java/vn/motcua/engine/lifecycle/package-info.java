/**
 * The dossier lifecycle's vocabulary: the typed events a dossier's life produces and the states it
 * passes through. Plain records and enums that depend on nothing, so the features that publish
 * them (filing, the workflow steps, payments, staff decisions) and those that consume them
 * (the status read model, notifications and e-mail, the staff queue, statistics) need not know
 * each other. Every event names its dossier by its code, the one identity it has everywhere.
 */
package vn.motcua.engine.lifecycle;
