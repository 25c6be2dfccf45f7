// The expert's page: the grid (whole matrix with the keyboard, or one variable at a time), saved
// cell by cell at once; changes made offline are kept in localStorage and sent when the
// connection comes back.
'use strict';
(function () {
  const {t, el, api} = window.micmac;
  const root = document.getElementById('expert');
  if (!root) return;
  const secret = location.pathname.split('/').filter(Boolean).pop();
  const base = '/api/expert/' + secret;
  const queueKey = 'micmac.queue.' + secret;
  const VALUES = ['0', '1', '2', '3', 'P'];

  let vars = [];
  let n = 0;
  let values = [];        // n*n: '0'..'3', 'P' or null
  let rationales = [];    // n*n: text or null
  let disputed = {};      // cell index -> counts [0,1,2,3,P]
  let round = 1;
  let focus = {i: 0, j: 1};
  let queue = loadQueue(); // [{from, to, value, rationale}] kept in localStorage until acknowledged
  let sending = false;
  let offline = false;    // the last attempt failed on the network
  let replaying = false;  // sending changes kept offline or from an earlier visit
  let sentKept = 0;       // how many of those have been acknowledged
  let replayed = 0;       // shown once the kept changes are all saved
  let retryDelay = 1000;
  let lastError = null;
  const okKey = 'micmac.ok.' + secret;
  let accepted = loadAccepted(); // alerts the expert said were meant

  const statusEl = document.getElementById('save-status');
  const progressEl = document.getElementById('progress');
  const progressBar = document.getElementById('progress-bar');
  const grid = document.getElementById('grid');
  const rationaleInput = document.getElementById('rationale');

  function loadQueue() {
    try { return JSON.parse(localStorage.getItem(queueKey) || '[]'); } catch (e) { return []; }
  }
  function storeQueue() {
    try { localStorage.setItem(queueKey, JSON.stringify(queue)); } catch (e) { /* private mode: kept in memory */ }
  }
  function loadAccepted() {
    try { return new Set(JSON.parse(localStorage.getItem(okKey) || '[]')); } catch (e) { return new Set(); }
  }
  function storeAccepted() {
    try { localStorage.setItem(okKey, JSON.stringify([...accepted])); } catch (e) { /* kept in memory */ }
  }

  function idx(i, j) { return i * n + j; }

  function showStatus() {
    statusEl.classList.remove('ok', 'busy', 'offline', 'error');
    if (lastError) {
      statusEl.textContent = t('expert.error', lastError);
      statusEl.classList.add('error');
    } else if (offline && queue.length > 0) {
      statusEl.textContent = t('expert.offline', queue.length);
      statusEl.classList.add('offline');
    } else if (queue.length > 0) {
      statusEl.textContent = replaying ? t('expert.replaying', queue.length) : t('expert.saving');
      statusEl.classList.add('busy');
    } else {
      statusEl.textContent = replayed > 0 ? t('expert.replayed', replayed) : t('expert.saved');
      statusEl.classList.add('ok');
    }
    statusEl.dataset.pending = String(queue.length);
    statusEl.dataset.offline = String(offline);
  }

  function showProgress() {
    let filled = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && values[idx(i, j)] !== null) filled++;
    const total = n * (n - 1);
    const pct = total === 0 ? 0 : Math.round(100 * filled / total);
    progressEl.textContent = t('expert.progress', filled, total, pct);
    progressBar.value = pct;
  }

  /** Queues a save (one entry per key: the latest wins; a kept rationale is carried over). */
  function enqueue(entry) {
    const k = queue.findIndex(q => q.key === entry.key);
    if (k >= 0) {
      if (entry.body.rationale === undefined && queue[k].body.rationale !== undefined) entry.body.rationale = queue[k].body.rationale;
      queue.splice(k, 1);
    }
    queue.push(entry);
    storeQueue();
    lastError = null;
    replayed = 0;
    showStatus();
    pump();
  }

  /** Records a change of the grid locally, then queues it for the server. */
  function change(i, j, value, rationale) {
    const c = idx(i, j);
    values[c] = value;
    if (rationale !== undefined) rationales[c] = rationale === '' ? null : rationale;
    const body = {value: value};
    if (rationale !== undefined) body.rationale = rationale;
    renderCell(i, j);
    renderOneView();
    showCellPanel();
    showProgress();
    checkContradictions();
    enqueue({key: 'm|' + vars[i].id + '|' + vars[j].id, from: vars[i].id, to: vars[j].id, body: body,
      url: base + '/cells/' + encodeURIComponent(vars[i].id) + '/' + encodeURIComponent(vars[j].id)});
  }

  /** Sends the queue in order, one request at a time; stops on a network failure and retries. */
  async function pump() {
    if (sending) return;
    sending = true;
    try {
      while (queue.length > 0) {
        const e = queue[0];
        let r;
        try {
          r = await api('PUT', e.url, e.body);
        } catch (err) {
          r = null;
        }
        if (r === null || r.status >= 500 || r.status === 429) {
          if (!offline) { offline = true; replaying = true; }
          showStatus();
          setTimeout(pump, retryDelay);
          retryDelay = Math.min(retryDelay * 2, 8000);
          return;
        }
        if (queue[0] === e) queue.shift();
        storeQueue();
        retryDelay = 1000;
        offline = false;
        if (r.status !== 200) {
          lastError = (r.json && r.json.error) || ('HTTP ' + r.status);
        } else if (replaying) {
          sentKept++;
        }
        if (r.status === 200 && cib && e.key.startsWith('c|') && r.json && r.json.alerts) {
          cib.alerts = r.json.alerts;
          renderCibAlerts();
        }
        if (queue.length === 0 && replaying) {
          replayed = sentKept;
          replaying = false;
          sentKept = 0;
        }
        showStatus();
      }
    } finally {
      sending = false;
    }
  }
  window.addEventListener('online', () => { retryDelay = 1000; pump(); });

  // ---------------------------------------------------------------- the whole matrix

  function cellText(v) { return v === null ? '' : v; }

  function buildGrid() {
    grid.textContent = '';
    const head = el('tr', null, el('th', {class: 'corner', scope: 'col'}, '→'));
    for (let j = 0; j < n; j++) head.append(el('th', {scope: 'col', class: 'col', title: vars[j].name}, el('span', null, vars[j].id)));
    grid.append(el('thead', null, head));
    const tbody = el('tbody');
    for (let i = 0; i < n; i++) {
      const tr = el('tr', null, el('th', {scope: 'row', class: 'row', title: vars[i].name}, vars[i].id));
      for (let j = 0; j < n; j++) {
        const td = el('td', {'data-i': i, 'data-j': j});
        if (i === j) {
          td.className = 'diag';
        } else {
          td.tabIndex = -1;
          td.addEventListener('click', () => setFocus(i, j, true));
        }
        tr.append(td);
      }
      tbody.append(tr);
    }
    grid.append(tbody);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) renderCell(i, j);
    grid.addEventListener('keydown', onKey);
  }

  function td(i, j) { return grid.tBodies[0].rows[i].cells[j + 1]; }

  function renderCell(i, j) {
    const cell = td(i, j);
    const v = values[idx(i, j)];
    cell.textContent = cellText(v);
    cell.className = 'v' + (v === null ? 'x' : v) + (disputed[idx(i, j)] ? ' disputed' : '')
        + (rationales[idx(i, j)] ? ' noted' : '') + (focus.i === i && focus.j === j ? ' focus' : '');
    cell.setAttribute('aria-label', vars[i].id + ' → ' + vars[j].id + ': ' + (v === null ? t('expert.none') : v));
  }

  function setFocus(i, j, domFocus) {
    const old = focus;
    focus = {i, j};
    if (old.i !== old.j && old.i < n && old.j < n) renderCell(old.i, old.j);
    renderCell(i, j);
    if (domFocus) td(i, j).focus();
    showCellPanel();
  }

  function showCellPanel() {
    const {i, j} = focus;
    document.getElementById('cell-label').textContent = t('expert.cell', vars[i].name + ' (' + vars[i].id + ')',
        vars[j].name + ' (' + vars[j].id + ')');
    rationaleInput.disabled = false;
    rationaleInput.value = rationales[idx(i, j)] || '';
    const notes = document.getElementById('cell-notes');
    notes.textContent = '';
    notes.append(...cellNotes(i, j));
    const d = document.getElementById('cell-distribution');
    const counts = disputed[idx(i, j)];
    if (counts) {
      d.hidden = false;
      d.textContent = t('expert.distribution', ...counts) + ' ' + (values[idx(i, j)] === null ? t('expert.none') : values[idx(i, j)]);
    } else {
      d.hidden = true;
      d.textContent = '';
    }
  }

  function move(di, dj) {
    let {i, j} = focus;
    for (let step = 0; step < 2; step++) {
      i = Math.max(0, Math.min(n - 1, i + di));
      j = Math.max(0, Math.min(n - 1, j + dj));
      if (i !== j) break;
    }
    if (i === j) return;
    setFocus(i, j, true);
  }

  function onKey(e) {
    if (e.target.tagName !== 'TD') return;
    const k = e.key;
    const {i, j} = focus;
    if (k === 'ArrowRight') move(0, 1);
    else if (k === 'ArrowLeft') move(0, -1);
    else if (k === 'ArrowDown') move(1, 0);
    else if (k === 'ArrowUp') move(-1, 0);
    else if (['0', '1', '2', '3'].includes(k)) change(i, j, k);
    else if (k === 'p' || k === 'P') change(i, j, 'P');
    else if (k === 'Delete' || k === 'Backspace') change(i, j, null);
    else if (k === 'Enter') { rationaleInput.focus(); }
    else return;
    e.preventDefault();
  }

  rationaleInput.addEventListener('change', () => {
    const {i, j} = focus;
    change(i, j, values[idx(i, j)], rationaleInput.value.trim());
  });
  rationaleInput.addEventListener('keydown', e => {
    if (e.key === 'Enter' || e.key === 'Escape') {
      e.preventDefault();
      if (e.key === 'Enter') rationaleInput.dispatchEvent(new Event('change'));
      td(focus.i, focus.j).focus();
    }
  });

  // ---------------------------------------------------------------- one variable at a time

  const oneSelect = document.getElementById('one-select');
  const oneList = document.getElementById('one-list');

  function buildOneView() {
    oneSelect.textContent = '';
    vars.forEach((v, i) => oneSelect.append(el('option', {value: i}, v.id + ' — ' + v.name)));
    oneSelect.addEventListener('change', renderOneView);
  }

  function renderOneView() {
    const x = Number(oneSelect.value || 0);
    document.getElementById('one-question').textContent = t('expert.one.question', vars[x].name);
    document.getElementById('one-description').textContent = vars[x].description || '';
    const open = oneList.querySelector('details[open]');
    const keepOpen = open && Number(oneList.dataset.x) === x ? open.closest('li').dataset.to : null;
    oneList.dataset.x = String(x);
    oneList.textContent = '';
    for (let j = 0; j < n; j++) {
      if (j === x) continue;
      const c = idx(x, j);
      const v = values[c];
      const buttons = el('div', {class: 'choices', role: 'group', 'aria-label': vars[x].id + ' → ' + vars[j].id});
      for (const choice of VALUES.concat([null])) {
        const label = choice === null ? '–' : choice;
        buttons.append(el('button', {type: 'button', class: 'choice', 'aria-pressed': String(v === choice),
          title: choice === null ? t('expert.none') : null, 'data-value': choice === null ? '' : choice,
          onclick: () => change(x, j, choice)}, label));
      }
      const counts = disputed[c];
      const why = el('input', {class: 'why-input', maxlength: 300, 'aria-label': t('expert.rationale') + ': ' + vars[x].id + ' → ' + vars[j].id});
      why.value = rationales[c] || '';
      why.addEventListener('change', () => change(x, j, values[c], why.value.trim()));
      why.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); why.blur(); } });
      const details = el('details', {class: 'why'}, el('summary', null, rationales[c] ? t('expert.rationale.short') + ': ' + rationales[c]
          : t('expert.rationale.add')), why);
      if (keepOpen === vars[j].id) details.open = true;
      oneList.append(el('li', {'data-to': vars[j].id},
          el('span', {class: 'target'}, vars[j].name, ' ', el('span', {class: 'muted'}, '(' + vars[j].id + ')')),
          buttons,
          ...cellNotes(x, j),
          counts ? el('p', {class: 'distribution'}, t('expert.distribution', ...counts) + ' ' + (v === null ? t('expert.none') : v)) : null,
          details));
    }
  }

  function showView(view) {
    document.getElementById('matrix-view').hidden = view !== 'matrix';
    document.getElementById('one-view').hidden = view !== 'one';
    document.getElementById('cib-view').hidden = view !== 'cib';
    document.getElementById('tab-matrix').setAttribute('aria-selected', String(view === 'matrix'));
    document.getElementById('tab-one').setAttribute('aria-selected', String(view === 'one'));
    document.getElementById('tab-cib').setAttribute('aria-selected', String(view === 'cib'));
    if (view === 'one') renderOneView();
  }
  document.getElementById('tab-matrix').addEventListener('click', () => showView('matrix'));
  document.getElementById('tab-one').addEventListener('click', () => showView('one'));
  document.getElementById('tab-cib').addEventListener('click', () => showView('cib'));

  // ---------------------------------------------------------------- cross-impact judgements (CIB)

  // One pair of descriptors at a time ("if A is ..., what does it do to B?"): a small table that
  // fits a phone, with the pair's progress in the picker and the panel's distribution after the
  // last round under each disputed judgement.
  let cib = null; // {ds, pairs, judged, disputed, round, pair}

  async function startCib() {
    let r;
    try { r = await api('GET', base + '/cib'); } catch (e) { return; }
    if (r.status !== 200 || r.json.descriptors.length === 0) return;
    const ds = r.json.descriptors;
    const judged = {};
    for (const c of r.json.cells) judged[[c.from, c.fromVariant, c.to, c.toVariant].join('|')] = c.value;
    for (const q of queue) if (q.key.startsWith('c|')) judged[q.key.substring(2)] = q.body.value;
    const disputed = {};
    for (const c of r.json.disputed) disputed[[c.from, c.fromVariant, c.to, c.toVariant].join('|')] = c.counts;
    const pairs = [];
    ds.forEach(a => ds.forEach(b => { if (a !== b) pairs.push([a, b]); }));
    cib = {ds, pairs, judged, disputed, round: r.json.round, pair: cib ? Math.min(cib.pair, pairs.length - 1) : 0,
      alerts: r.json.alerts || []};
    document.getElementById('tab-cib').hidden = false;
    document.getElementById('cib-round').textContent = t('expert.cib.round', cib.round);
    renderCibPicker();
    renderCibPair();
    showCibProgress();
    renderCibAlerts();
  }

  /** The server's alerts about the expert's own judgements (CibAlerts), as of the last save. */
  function renderCibAlerts() {
    const list = document.getElementById('cib-alert-list');
    list.textContent = '';
    const byId = {};
    cib.ds.forEach(d => { byId[d.id] = d; });
    const variantName = (d, v) => { const x = d.variants.find(y => y.id === v); return x ? x.name : v; };
    for (const a of cib.alerts) {
      const from = byId[a.from];
      const to = byId[a.to];
      if (!from || !to || accepted.has(a.id)) continue;
      const text = t('expert.cib.alert.' + a.kind, from.name, variantName(from, a.fromVariant), to.name,
          a.toVariants.map(v => variantName(to, v)).join(', '));
      list.append(el('li', {'data-alert': a.id}, text, ' ',
          el('button', {type: 'button', class: 'secondary small', onclick: () => accept(a.id)}, t('expert.alert.ok'))));
    }
    document.getElementById('cib-alerts').hidden = list.children.length === 0;
  }

  function pairCount(a, b) {
    let k = 0;
    for (const va of a.variants) for (const vb of b.variants) {
      const v = cib.judged[[a.id, va.id, b.id, vb.id].join('|')];
      if (v !== null && v !== undefined) k++;
    }
    return k;
  }

  function showCibProgress() {
    let k = 0;
    let all = 0;
    for (const [a, b] of cib.pairs) {
      k += pairCount(a, b);
      all += a.variants.length * b.variants.length;
    }
    document.getElementById('cib-progress').textContent = t('expert.cib.progress', k, all, all === 0 ? 0 : Math.round(100 * k / all));
  }

  function renderCibPicker() {
    const select = document.getElementById('cib-pair');
    select.textContent = '';
    cib.pairs.forEach(([a, b], k) => select.append(el('option', {value: k},
        t('expert.cib.pairProgress', a.id + ' ' + a.name, b.id + ' ' + b.name, pairCount(a, b), a.variants.length * b.variants.length))));
    select.value = String(cib.pair);
  }

  function renderCibPair() {
    const [a, b] = cib.pairs[cib.pair];
    const box = document.getElementById('cib-blocks');
    box.textContent = '';
    const table = el('table', {class: 'plain cib', 'data-pair': a.id + '>' + b.id});
    table.append(el('caption', null, t('expert.cib.question', a.name, b.name)));
    table.append(el('tr', null, el('th', null, a.id + ' \\ ' + b.id), ...b.variants.map(v => el('th', {title: v.name}, v.id + ' ' + v.name))));
    for (const va of a.variants) {
      const row = el('tr', null, el('th', {title: va.name}, va.id + ' ' + va.name));
      for (const vb of b.variants) {
        const key = [a.id, va.id, b.id, vb.id].join('|');
        const select = el('select', {'aria-label': a.id + '.' + va.id + ' → ' + b.id + '.' + vb.id, 'data-cib': key});
        select.append(el('option', {value: ''}, '–'));
        for (let x = -3; x <= 3; x++) select.append(el('option', {value: x}, (x > 0 ? '+' : '') + x));
        const v = cib.judged[key];
        select.value = v === null || v === undefined ? '' : String(v);
        select.addEventListener('change', () => {
          const value = select.value === '' ? null : Number(select.value);
          cib.judged[key] = value;
          enqueue({key: 'c|' + key, body: {value: value}, url: base + '/cib/' + [a.id, va.id, b.id, vb.id].map(encodeURIComponent).join('/')});
          renderCibPicker();
          showCibProgress();
        });
        const counts = cib.disputed[key];
        row.append(el('td', counts ? {class: 'disputed'} : null, select,
            counts ? el('p', {class: 'distribution', 'data-distribution': key}, t('expert.cib.distribution', ...counts)) : null));
      }
      table.append(row);
    }
    box.append(el('div', {class: 'scroll'}, table));
    document.getElementById('cib-previous').disabled = cib.pair === 0;
    document.getElementById('cib-next').disabled = cib.pair === cib.pairs.length - 1;
  }

  function showPair(k) {
    cib.pair = k;
    document.getElementById('cib-pair').value = String(k);
    renderCibPair();
  }
  document.getElementById('cib-pair').addEventListener('change', e => showPair(Number(e.target.value)));
  document.getElementById('cib-previous').addEventListener('click', () => showPair(Math.max(0, cib.pair - 1)));
  document.getElementById('cib-next').addEventListener('click', () => showPair(Math.min(cib.pairs.length - 1, cib.pair + 1)));

  // ---------------------------------------------------------------- gentle alerts

  // A note, never a block: the answer is saved as given; the expert may say it is meant.

  /** The alerts about a cell's answers: [{id, text}]; accepted ones are left out. */
  function alertsOf(i, j) {
    const out = [];
    const strong = (a, b) => values[idx(a, b)] === '3' && values[idx(b, a)] === '0';
    // a strong influence of A on B while B is said to be unrelated to A (B → A = 0), whichever was typed where
    if (strong(i, j)) out.push({id: 'mutual|' + vars[i].id + '|' + vars[j].id, text: t('expert.alert.mutual', vars[i].name, vars[j].name)});
    if (strong(j, i)) out.push({id: 'mutual|' + vars[j].id + '|' + vars[i].id, text: t('expert.alert.mutual', vars[j].name, vars[i].name)});
    if (values[idx(i, j)] === null && rationales[idx(i, j)]) {
      out.push({id: 'rationale|' + vars[i].id + '|' + vars[j].id, text: t('expert.alert.rationale', vars[i].name, vars[j].name)});
    }
    return out.filter(a => !accepted.has(a.id));
  }

  function accept(id) {
    accepted.add(id);
    storeAccepted();
    if (cib) renderCibAlerts();
    checkContradictions();
    renderOneView();
    showCellPanel();
  }

  /** The alert notes shown next to a cell (one-variable view, the cell's panel). */
  function cellNotes(i, j) {
    return alertsOf(i, j).map(a => el('p', {class: 'note', role: 'note', 'data-alert': a.id}, a.text, ' ',
        el('button', {type: 'button', class: 'secondary small', onclick: () => accept(a.id)}, t('expert.alert.ok'))));
  }

  function checkContradictions() {
    const alerts = new Map();
    for (let i = 0; i < n && alerts.size < 12; i++) {
      for (let j = 0; j < n && alerts.size < 12; j++) {
        if (i !== j) for (const a of alertsOf(i, j)) alerts.set(a.id, a);
      }
    }
    const box = document.getElementById('alerts');
    const list = document.getElementById('alert-list');
    list.textContent = '';
    alerts.forEach(a => list.append(el('li', {'data-alert': a.id}, a.text, ' ',
        el('button', {type: 'button', class: 'secondary small', onclick: () => accept(a.id)}, t('expert.alert.ok')))));
    box.hidden = alerts.size === 0;
  }

  // ---------------------------------------------------------------- start

  async function start() {
    let r;
    try {
      r = await api('GET', base);
    } catch (e) {
      statusEl.textContent = t('dash.offline');
      setTimeout(start, 2000);
      return;
    }
    if (r.status !== 200) {
      statusEl.textContent = (r.json && r.json.error) || ('HTTP ' + r.status);
      statusEl.classList.add('error');
      return;
    }
    const d = r.json;
    vars = d.variables;
    n = vars.length;
    round = d.study.round;
    values = new Array(n * n).fill(null);
    rationales = new Array(n * n).fill(null);
    const index = {};
    vars.forEach((v, i) => { index[v.id] = i; });
    for (const c of d.cells) {
      values[idx(index[c.from], index[c.to])] = c.value;
      rationales[idx(index[c.from], index[c.to])] = c.rationale || null;
    }
    for (const c of d.disputed) disputed[idx(index[c.from], index[c.to])] = c.counts;
    // Changes kept from an earlier visit that were never acknowledged win over the server's.
    queue = queue.filter(q => q.key && q.url && q.body);
    for (const q of queue) {
      if (!q.key.startsWith('m|') || index[q.from] === undefined || index[q.to] === undefined) continue;
      values[idx(index[q.from], index[q.to])] = q.body.value;
      if (q.body.rationale !== undefined) rationales[idx(index[q.from], index[q.to])] = q.body.rationale || null;
    }
    document.getElementById('round-label').textContent = t('expert.round', round);
    const dl = document.getElementById('variables');
    dl.textContent = '';
    for (const v of vars) {
      dl.append(el('dt', null, v.id + ' — ' + v.name + (v.group ? ' · ' + v.group : '')));
      dl.append(el('dd', null, v.description || ''));
    }
    buildGrid();
    buildOneView();
    renderOneView();
    setFocus(0, 1, false);
    showProgress();
    checkContradictions();
    if (queue.length > 0) replaying = true;
    showStatus();
    pump();
    await startCib();
    if (cib && location.hash === '#cib') showView('cib'); // a link straight to the cross-impacts
    root.dataset.ready = 'true';
  }
  start();
})();
