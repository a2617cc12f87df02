// MotCua policy studio: the glue between the Vaadin views and the vendored bpmn-js / form-js
// bundles (camunda-bpmn-js 5.35.0, @bpmn-io/form-js 1.23.0). Kept small: the server decides
// (validation, saving, publishing); this file draws, edits and reports changes.
window.MotcuaStudio = (function () {
  'use strict';

  function fit(canvas) {
    try { canvas.zoom('fit-viewport', 'auto'); } catch (e) { /* an empty diagram */ }
  }

  function badge(overlays, id, html, cls, position) {
    try {
      overlays.add(id, { position: position, html: '<div class="motcua-badge ' + cls + '">' + html + '</div>' });
    } catch (e) { /* element without a shape */ }
  }

  /** A read-only diagram (zoom, pan) with figures: {waiting: {id: n}, average: {id: 'text'}}. */
  async function viewer(container, xml, figures) {
    if (container.motcuaViewer) { container.motcuaViewer.destroy(); }
    const view = new BpmnNavigatedViewer({ container: container });
    container.motcuaViewer = view;
    await view.importXML(xml);
    fit(view.get('canvas'));
    const overlays = view.get('overlays');
    Object.entries((figures && figures.waiting) || {}).forEach(([id, n]) =>
      badge(overlays, id, String(n), 'motcua-waiting', { top: -14, right: 14 }));
    Object.entries((figures && figures.average) || {}).forEach(([id, text]) =>
      badge(overlays, id, text, 'motcua-average', { bottom: 0, left: -4 }));
    container.setAttribute('data-rendered', 'true');
    return view;
  }

  /** Colours the elements of a diff: {added: [], removed: [], changed: []}. */
  function colour(container, diff) {
    const view = container.motcuaViewer;
    if (!view) { return; }
    const canvas = view.get('canvas');
    const registry = view.get('elementRegistry');
    ['added', 'changed', 'removed'].forEach(kind => (diff[kind] || []).forEach(id => {
      if (registry.get(id)) { canvas.addMarker(id, 'motcua-diff-' + kind); }
    }));
  }

  /**
   * bpmn-js's translate service over a table of the page's language ({english: translated});
   * a text not in the table stays English. Placeholders ({element}) are filled after the lookup.
   */
  function translator(texts) {
    return function translate(template, replacements) {
      const text = Object.prototype.hasOwnProperty.call(texts, template) ? texts[template] : template;
      return text.replace(/{([^}]+)}/g, (whole, key) =>
        replacements && replacements[key] !== undefined ? replacements[key] : whole);
    };
  }

  /** The editor: modeler with the Camunda 7 properties panel, changes reported to the server. */
  async function modeler(container, panel, xml, templates, server, texts) {
    const modeler = new BpmnModeler({
      container: container,
      propertiesPanel: { parent: panel },
      elementTemplates: templates,
      additionalModules: [{ translate: ['value', translator(texts || {})] }]
    });
    container.motcuaModeler = modeler;
    await modeler.importXML(xml);
    fit(modeler.get('canvas'));
    let timer = null;
    modeler.on('commandStack.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const result = await modeler.saveXML({ format: true });
        server.modelChanged(result.xml);
      }, 600);
    });
    modeler.on('selection.changed', event => {
      const element = event.newSelection && event.newSelection[0];
      if (!element) { server.selected(null, null, null); return; }
      const bo = element.businessObject;
      server.selected(element.id, element.type, bo.get ? (bo.get('camunda:candidateGroups') || '') : '');
    });
    container.setAttribute('data-rendered', 'true');
    return modeler;
  }

  function editorOf(container) { return container.motcuaModeler; }

  /** Selects an element by id (what a click on the canvas does). */
  function select(container, id) {
    const m = editorOf(container);
    const element = m.get('elementRegistry').get(id);
    if (element) { m.get('selection').select(element); }
    return !!element;
  }

  /**
   * Puts a building block (an element template) after the selected step: on its one outgoing flow,
   * so the path goes step → block → what came next.
   */
  function insertAfterSelected(container, template) {
    const m = editorOf(container);
    const selected = m.get('selection').get()[0];
    if (!selected || !selected.outgoing || selected.outgoing.length !== 1) { return 'select-one-outgoing'; }
    const modeling = m.get('modeling');
    const flow = selected.outgoing[0];
    const next = flow.target;
    const shape = m.get('elementFactory').createShape({ type: template.appliesTo[0] });
    const position = { x: selected.x + selected.width + 70, y: selected.y + selected.height / 2 };
    const created = modeling.createShape(shape, position, selected.parent);
    modeling.reconnectEnd(flow, created, { x: created.x, y: created.y + created.height / 2 });
    modeling.connect(created, next);
    m.get('elementTemplates').applyTemplate(created, template);
    m.get('selection').select(created);
    return created.id;
  }

  /** Gives the selected user task to a group chosen from a list (never typed). */
  function setGroup(container, id, group) {
    const m = editorOf(container);
    const element = m.get('elementRegistry').get(id);
    if (element) { m.get('modeling').updateProperties(element, { 'camunda:candidateGroups': group }); }
  }

  /** Marks the elements the validation found, with their messages as overlays. */
  function showFindings(container, findings) {
    const m = editorOf(container);
    const canvas = m.get('canvas');
    const overlays = m.get('overlays');
    const registry = m.get('elementRegistry');
    overlays.remove({ type: 'motcua-finding' });
    registry.getAll().forEach(e => canvas.removeMarker(e.id, 'motcua-invalid'));
    findings.filter(f => f.elementId && registry.get(f.elementId)).forEach(f => {
      canvas.addMarker(f.elementId, 'motcua-invalid');
      overlays.add(f.elementId, 'motcua-finding', { position: { bottom: -6, left: 0 },
        html: '<div class="motcua-finding" role="note">' + f.message.replace(/</g, '&lt;') + '</div>' });
    });
  }

  /** Highlights a test run's path. */
  function showPath(container, ids) {
    const m = editorOf(container);
    const canvas = m.get('canvas');
    const registry = m.get('elementRegistry');
    registry.getAll().forEach(e => canvas.removeMarker(e.id, 'motcua-path'));
    ids.filter(id => registry.get(id)).forEach(id => canvas.addMarker(id, 'motcua-path'));
  }

  async function replaceXml(container, xml) {
    const m = editorOf(container);
    await m.importXML(xml);
    fit(m.get('canvas'));
  }

  /** The form editor (form-js), changes reported to the server. */
  async function formEditor(container, schema, server) {
    const editor = new FormEditor.FormEditor({ container: container });
    container.motcuaFormEditor = editor;
    await editor.importSchema(JSON.parse(schema));
    let timer = null;
    editor.on('changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => server.formChanged(JSON.stringify(editor.saveSchema(), null, 2)), 600);
    });
    container.setAttribute('data-rendered', 'true');
    return editor;
  }

  return { viewer, colour, modeler, select, insertAfterSelected, setGroup, showFindings, showPath, replaceXml, formEditor };
})();
