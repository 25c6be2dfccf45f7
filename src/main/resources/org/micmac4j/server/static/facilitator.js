// The facilitator's pages: sign-in, the list of studies with creation and import, and the live
// dashboard of a study (polls the study's version; redraws from the JSON API when it changes).
'use strict';
(function () {
  const {t, el, api, number} = window.micmac;
  const $ = id => document.getElementById(id);

  function showError(id, r) {
    $(id).textContent = (r && r.json && r.json.error) || (r ? 'HTTP ' + r.status : t('dash.offline'));
  }

  // ---------------------------------------------------------------- sign-in, sign-out
  const login = $('login-form');
  if (login) {
    login.addEventListener('submit', async e => {
      e.preventDefault();
      const r = await api('POST', '/login', {token: $('token').value.trim()});
      if (r.status === 200) location.reload(); else showError('login-error', r);
    });
  }
  const logout = $('logout-form');
  if (logout) {
    logout.addEventListener('submit', async e => {
      e.preventDefault();
      await api('POST', '/logout', {});
      location.href = '/';
    });
  }

  // ---------------------------------------------------------------- home: create, import
  const example = $('create-example');
  if (example) {
    example.addEventListener('click', async () => {
      example.disabled = true;
      const r = await api('POST', '/api/studies/example?lang=' + document.documentElement.lang, {});
      if (r.status === 201) location.href = '/studies/' + r.json.id; else { example.disabled = false; showError('create-error', r); }
    });
  }
  let previewVariables = null;
  const fileInput = $('variables-file');
  if (fileInput) {
    fileInput.addEventListener('change', async () => {
      previewVariables = null;
      $('create-submit').disabled = true;
      $('create-error').textContent = '';
      const table = $('variables-preview');
      table.textContent = '';
      const f = fileInput.files[0];
      if (!f) return;
      const bytes = await f.arrayBuffer();
      const r = await api('POST', '/api/variables/preview?filename=' + encodeURIComponent(f.name), bytes, 'application/octet-stream');
      if (r.status !== 200) { showError('create-error', r); return; }
      previewVariables = r.json.variables;
      table.append(el('caption', null, previewVariables.length + ' ' + t('create.preview')));
      table.append(el('tr', null, el('th', null, 'id'), el('th', null, 'name'), el('th', null, 'group')));
      for (const v of previewVariables) table.append(el('tr', null, el('td', null, v.id), el('td', null, v.name), el('td', null, v.group || '')));
      $('create-submit').disabled = false;
    });
    $('create-form').addEventListener('submit', async e => {
      e.preventDefault();
      if (!previewVariables) return;
      const r = await api('POST', '/api/studies', {title: $('study-title').value, variables: previewVariables});
      if (r.status === 201) location.href = '/studies/' + r.json.id; else showError('create-error', r);
    });
  }
  const importForm = $('import-form');
  if (importForm) {
    importForm.addEventListener('submit', async e => {
      e.preventDefault();
      const f = $('import-file').files[0];
      if (!f) return;
      const r = await api('POST', '/api/studies/import', await f.arrayBuffer(), 'application/zip');
      if (r.status === 201) location.href = '/studies/' + r.json.id; else showError('import-error', r);
    });
  }

  // ---------------------------------------------------------------- the dashboard
  const dash = $('dashboard');
  if (!dash) return;
  const id = dash.dataset.study;
  const base = '/api/studies/' + id;
  let version = -1;
  let round = 1;

  $('invite-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('invite-error').textContent = '';
    const r = await api('POST', base + '/experts', {name: $('invite-name').value});
    if (r.status !== 201) { showError('invite-error', r); return; }
    $('invite-who').textContent = r.json.name;
    $('invite-link').value = r.json.link;
    $('invite-result').hidden = false;
    $('invite-name').value = '';
    refresh();
  });
  $('copy-link').addEventListener('click', async () => {
    const input = $('invite-link');
    input.select();
    try { await navigator.clipboard.writeText(input.value); } catch (e) { document.execCommand('copy'); }
    $('copy-link').textContent = t('dash.copied');
  });
  $('next-round').addEventListener('click', async () => {
    if (!confirm(t('dash.nextRound.confirm', round, round + 1))) return;
    const r = await api('POST', base + '/rounds', {close: round});
    if (r.status !== 201) alert((r.json && r.json.error) || r.status);
    refresh();
  });
  $('mc-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('mc-error').textContent = '';
    const r = await api('POST', base + '/montecarlo', {draws: Number($('mc-draws').value)});
    if (r.status !== 202) { showError('mc-error', r); return; }
    pollMonteCarlo();
  });

  async function pollMonteCarlo() {
    let r;
    try { r = await api('GET', base + '/montecarlo'); } catch (e) { setTimeout(pollMonteCarlo, 1000); return; }
    const s = r.json;
    const bar = $('mc-progress');
    if (!s || s.state === 'none') return;
    bar.hidden = false;
    bar.max = s.draws;
    bar.value = s.done;
    bar.textContent = t('dash.mc.running', s.done, s.draws);
    if (s.state === 'running') { setTimeout(pollMonteCarlo, 400); return; }
    if (s.state === 'failed') { $('mc-error').textContent = s.error; return; }
    bar.value = s.draws;
    const table = $('mc-table');
    table.textContent = '';
    table.append(el('caption', null, t('dash.mc.done', s.draws, s.seed)));
    const sectors = ['INFLUENT', 'RELAY', 'DEPENDENT', 'AUTONOMOUS'];
    table.append(el('tr', null, el('th', null, t('dash.col.variable')), ...sectors.map(x => el('th', null, t('sector.' + x)))));
    for (const v of s.variables) {
      table.append(el('tr', null, el('th', {title: v.name}, v.id), ...sectors.map(x => el('td', {class: 'num'}, number(v[x], 2)))));
    }
  }

  function renderExperts(d) {
    const tbody = $('experts-table').tBodies[0];
    tbody.textContent = '';
    for (const x of d.experts) {
      const pct = x.cells === 0 ? 0 : Math.round(100 * x.opinions / x.cells);
      const bar = el('progress', {max: 100, value: pct});
      const revoke = x.revoked ? el('span', {class: 'muted'}, t('dash.revoked'))
        : el('button', {type: 'button', class: 'secondary small', onclick: async () => {
          if (!confirm(t('dash.revoke.confirm'))) return;
          await api('DELETE', base + '/experts/' + x.id);
          refresh();
        }}, t('dash.revoke'));
      const cibCount = x.cibCells === undefined ? null
        : el('div', {class: 'cib-count muted'}, t('dash.cib.progress', x.cibJudgements, x.cibCells));
      tbody.append(el('tr', {'data-expert': x.name}, el('td', null, x.name),
          el('td', null, bar, ' ', el('span', {class: 'count'}, x.opinions + ' / ' + x.cells), cibCount), el('td', null, revoke)));
    }
  }

  function renderAgreement(s) {
    const dl = $('agreement');
    dl.textContent = '';
    $('no-synthesis').hidden = !!s;
    if (!s) return;
    const a = s.agreement;
    const row = (k, v) => { dl.append(el('dt', null, k)); dl.append(el('dd', {class: 'num'}, v)); };
    row(t('dash.experts'), s.experts.length);
    if (a) {
      row(t('dash.kendallW') + ' · ' + t('dash.kendallW.di'), number(a.kendallWDirectInfluence));
      row(t('dash.kendallW') + ' · ' + t('dash.kendallW.dd'), number(a.kendallWDirectDependence));
      row(t('dash.kendallW') + ' · ' + t('dash.kendallW.ii'), number(a.kendallWIndirectInfluence));
      row(t('dash.kendallW') + ' · ' + t('dash.kendallW.id'), number(a.kendallWIndirectDependence));
      row(t('dash.alpha') + ' · ' + t('dash.alpha.ordinal'), number(a.alphaOrdinal));
      row(t('dash.alpha') + ' · ' + t('dash.alpha.interval'), number(a.alphaInterval));
    }
  }

  function matrix(tableId, ids, cell) {
    const table = $(tableId);
    table.textContent = '';
    table.append(el('tr', null, el('th', {class: 'corner'}, '→'), ...ids.map(x => el('th', {class: 'col'}, el('span', null, x)))));
    ids.forEach((rowId, i) => {
      table.append(el('tr', null, el('th', {class: 'row'}, rowId), ...ids.map((c, j) => cell(i, j))));
    });
  }

  function renderSynthesis(d) {
    const s = d.synthesis;
    renderAgreement(s);
    const ids = d.variables.map(v => v.id);
    const plane = $('plane');
    if (!s) {
      plane.hidden = true;
      ['classification', 'disputed', 'aggregate', 'coverage'].forEach(x => { $(x).textContent = ''; });
      return;
    }
    plane.hidden = false;
    plane.src = base + '/plane.svg?view=indirect&v=' + d.version;
    const cls = $('classification');
    cls.textContent = '';
    cls.append(el('tr', null, el('th', null, t('dash.col.variable')), el('th', null, t('dash.col.direct')), el('th', null, t('dash.col.indirect'))));
    for (const r of s.classification) {
      cls.append(el('tr', null, el('th', {title: r.name}, r.id + ' — ' + r.name),
          el('td', null, r.directInfluenceRank + ' / ' + r.directDependenceRank + ' · ', el('span', {class: 'sector ' + r.directSector}, t('sector.' + r.directSector))),
          el('td', null, r.indirectInfluenceRank + ' / ' + r.indirectDependenceRank + ' · ', el('span', {class: 'sector ' + r.indirectSector}, t('sector.' + r.indirectSector)))));
    }
    const dis = $('disputed');
    dis.textContent = '';
    dis.append(el('tr', null, el('th', null, t('dash.col.cell')), el('th', null, t('dash.col.spread')), el('th', null, t('dash.col.distribution'))));
    for (const c of s.disputedCells) {
      const bars = el('span', {class: 'dist'});
      c.counts.forEach((k, v) => bars.append(el('span', {class: 'bar b' + v, title: ['0', '1', '2', '3', 'P'][v] + ': ' + k}, String(k))));
      dis.append(el('tr', {'data-cell': c.from + '>' + c.to}, el('td', null, c.from + ' → ' + c.to), el('td', {class: 'num'}, number(c.spread, 2)), el('td', null, bars)));
    }
    matrix('aggregate', ids, (i, j) => {
      const v = s.aggregate[i][j];
      const level = v === '' ? 'd' : v === 'P' ? 'p' : String(Math.min(3, Math.round(Number(v))));
      const shown = v === '' || v === 'P' || Number.isInteger(Number(v)) ? v : Number(v).toFixed(1);
      return el('td', {class: 'h' + level, title: v}, shown);
    });
    matrix('coverage', ids, (i, j) => {
      if (i === j) return el('td', {class: 'hd'}, '');
      const k = s.coverage[i][j];
      return el('td', {class: k < s.minCoverage ? 'weak' : 'ok'}, String(k));
    });
  }

  $('cib-setup').addEventListener('click', async () => {
    $('cib-error').textContent = '';
    const r = await api('POST', base + '/cib', {fromKeyVariables: Number($('cib-max').value)});
    if (r.status !== 201) { showError('cib-error', r); return; }
    refresh();
  });

  let cibState = null;

  async function refreshCib() {
    let r;
    try { r = await api('GET', base + '/cib'); } catch (e) { return; }
    if (r.status !== 200) return;
    const c = r.json;
    cibState = c;
    $('cib-setup-form').hidden = c.descriptors.length > 0;
    $('cib-live').hidden = c.descriptors.length === 0;
    if (c.descriptors.length === 0) return;
    $('cib-round').textContent = t('dash.cib.round', c.round);
    $('cib-close').textContent = t('dash.cib.close', c.round);
    $('cib-aside').hidden = !c.putAside;
    $('cib-aside').textContent = t('dash.cib.putAsideWaiting', c.putAside);
    const list = $('cib-descriptors');
    list.textContent = '';
    for (const d of c.descriptors) list.append(el('li', null, el('strong', null, d.id), ' ' + d.name + ': ' + d.variants.map(v => v.id + ' ' + v.name).join(' · ')));
    if (!$('cib-editor').open) renderCibEditor(c.descriptors);
    const table = $('cib-scenarios');
    table.textContent = '';
    table.append(el('caption', null, t('dash.cib.members', c.ensemble.members.length)));
    table.append(el('tr', null, el('th', null, t('dash.cib.share')), el('th', null, t('dash.cib.scenario')), el('th', null, t('dash.experts'))));
    for (const s of c.ensemble.scenarios) {
      table.append(el('tr', null, el('td', {class: 'num'}, Math.round(100 * s.share) + ' % (' + s.count + ')'),
          el('td', null, s.variants.map(v => v.descriptor + '=' + v.variant).join(', ')), el('td', null, s.experts.join(', '))));
    }
    const dis = $('cib-disputed');
    dis.textContent = '';
    dis.append(el('tr', null, el('th', null, t('dash.col.cell')), el('th', null, t('dash.col.distribution'))));
    for (const d of c.disputedThisRound) {
      const bars = el('span', {class: 'dist'});
      d.counts.forEach((k, v) => bars.append(el('span', {class: 'bar', title: (v > 3 ? '+' : '') + (v - 3) + ': ' + k}, String(k))));
      dis.append(el('tr', null, el('td', null, d.from + '.' + d.fromVariant + ' → ' + d.to + '.' + d.toVariant), el('td', null, bars)));
    }
  }

  $('cib-close').addEventListener('click', async () => {
    $('cib-error').textContent = '';
    const r = await api('POST', base + '/cib/rounds', {close: cibState.round});
    if (r.status !== 201) { showError('cib-error', r); return; }
    refresh();
  });

  // The editor: descriptors and variants renamed (names and ids: each remembers the id it had, sent
  // as "was", so its judgements follow it), added, removed and moved up or down; a removal that
  // would take judgements away is asked about first (they are then kept aside, not lost).
  function renderCibEditor(descriptors) {
    const form = $('cib-edit-form');
    form.textContent = '';
    for (const d of descriptors) form.append(descriptorBox(d.id, d.name, d.variants, true));
  }

  /** Moves an element before its previous sibling (up) or after its next one (down). */
  function moveButtons(item, label) {
    return [
      el('button', {type: 'button', class: 'secondary small move-up', title: t('dash.cib.up', label),
        'aria-label': t('dash.cib.up', label), onclick: () => {
          if (item.previousElementSibling) item.parentNode.insertBefore(item, item.previousElementSibling);
        }}, '↑'),
      el('button', {type: 'button', class: 'secondary small move-down', title: t('dash.cib.down', label),
        'aria-label': t('dash.cib.down', label), onclick: () => {
          if (item.nextElementSibling) item.parentNode.insertBefore(item.nextElementSibling, item);
        }}, '↓')];
  }

  function descriptorBox(id, name, variants, existing) {
    const box = el('fieldset', {class: 'cib-descriptor', 'data-id': id, 'data-was': existing ? id : null});
    box.append(el('legend', null, existing ? id : t('dash.cib.newDescriptor')));
    const list = el('ul', {class: 'cib-variants'});
    for (const v of variants) list.append(variantRow(id, v.id, v.name, existing));
    box.append(list);
    box.append(el('button', {type: 'button', class: 'secondary small add-variant', onclick: () => {
      const taken = new Set([...list.querySelectorAll('.cib-variant-id')].map(x => x.value));
      let k = taken.size + 1;
      while (taken.has('H' + k)) k++;
      list.append(variantRow(id, 'H' + k, '', false));
    }}, t('dash.cib.addVariant')));
    box.insertBefore(el('div', {class: 'inline'},
        el('label', null, t('dash.cib.id'), ' ',
            el('input', {class: 'cib-id', maxlength: 100, value: id, 'aria-label': t('dash.cib.id') + ' ' + id})),
        el('input', {class: 'cib-name', maxlength: 300, value: name, 'aria-label': id}),
        ...moveButtons(box, id),
        el('button', {type: 'button', class: 'secondary small remove-descriptor', onclick: () => box.remove()},
            t('dash.cib.removeDescriptor'))), list);
    return box;
  }

  function variantRow(descriptor, id, name, existing) {
    const li = el('li', {'data-id': id, 'data-was': existing ? id : null},
        el('input', {class: 'cib-variant-id', maxlength: 100, size: 6, value: id,
          'aria-label': t('dash.cib.id') + ' ' + descriptor + '.' + id}), ' ',
        el('input', {class: 'cib-variant', maxlength: 1000, value: name, 'aria-label': descriptor + '.' + id}));
    li.append(el('button', {type: 'button', class: 'secondary small', onclick: () => li.remove()}, t('dash.cib.removeVariant')));
    li.append(...moveButtons(li, descriptor + '.' + id));
    return li;
  }

  $('cib-add-descriptor').addEventListener('click', () => {
    const taken = new Set([...$('cib-edit-form').querySelectorAll('.cib-id')].map(x => x.value));
    let k = taken.size + 1;
    while (taken.has('D' + k)) k++;
    $('cib-edit-form').append(descriptorBox('D' + k, '', [{id: 'H1', name: ''}, {id: 'H2', name: ''}], false));
  });

  /** The editor's descriptors as the API takes them: ids as typed, "was" where an id changed. */
  function editedDescriptors() {
    return [...$('cib-edit-form').querySelectorAll('fieldset')].map(f => {
      const d = {id: f.querySelector('.cib-id').value.trim(), name: f.querySelector('.cib-name').value,
        variants: [...f.querySelectorAll('li')].map(li => {
          const v = {id: li.querySelector('.cib-variant-id').value.trim(), name: li.querySelector('.cib-variant').value};
          if (li.dataset.was !== undefined && li.dataset.was !== v.id) v.was = li.dataset.was;
          return v;
        })};
      if (f.dataset.was !== undefined && f.dataset.was !== d.id) d.was = f.dataset.was;
      return d;
    });
  }

  async function saveCib(putAside) {
    const descriptors = editedDescriptors();
    $('cib-put-aside').hidden = true;
    const r = await api('PUT', base + '/cib', putAside ? {descriptors, putAside: true} : {descriptors});
    if (r.status === 409 && !putAside) {
      $('cib-edit-status').textContent = t('dash.cib.putAsideAsk', r.json.error);
      $('cib-put-aside').hidden = false;
      return;
    }
    if (r.status !== 200) { showError('cib-edit-status', r); return; }
    $('cib-edit-status').textContent = (r.json.putAside ? t('dash.cib.putAsideWaiting', r.json.putAside) : t('dash.cib.saved'))
        + (r.json.restored ? ' ' + t('dash.cib.restored', r.json.restored) : '');
    $('cib-editor').open = false;
    refresh();
  }
  $('cib-save').addEventListener('click', () => saveCib(false));
  $('cib-put-aside').addEventListener('click', () => saveCib(true));

  async function refresh() {
    let r;
    try {
      r = await api('GET', base + '/dashboard');
    } catch (e) {
      $('live-status').textContent = t('dash.offline');
      return;
    }
    if (r.status !== 200) { $('live-status').textContent = (r.json && r.json.error) || r.status; return; }
    const d = r.json;
    version = d.version;
    round = d.round;
    $('round-label').textContent = t('dash.round') + ' ' + d.round;
    $('round-text').textContent = t('dash.roundText', d.round, d.round + 1);
    renderExperts(d);
    renderSynthesis(d);
    await refreshCib();
    $('live-status').textContent = t('dash.live') + ' · ' + t('dash.updated') + ' ' + new Date().toLocaleTimeString();
    dash.dataset.version = String(version);
  }

  async function poll() {
    try {
      const r = await api('GET', base + '/version');
      if (r.status === 200 && r.json.version !== version) await refresh();
      else if (r.status !== 200) $('live-status').textContent = (r.json && r.json.error) || r.status;
    } catch (e) {
      $('live-status').textContent = t('dash.offline');
    }
    setTimeout(poll, 1500);
  }
  refresh().then(poll);
  pollMonteCarlo();
})();
