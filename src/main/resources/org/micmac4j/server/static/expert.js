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
  let offline = false;
  let retryDelay = 1000;
  let lastError = null;

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
      statusEl.textContent = offline ? t('expert.replaying', queue.length) : t('expert.saving');
      statusEl.classList.add('busy');
    } else {
      statusEl.textContent = t('expert.saved');
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

  /** Records a change locally, then queues it for the server (one entry per cell: the latest). */
  function change(i, j, value, rationale) {
    const c = idx(i, j);
    values[c] = value;
    if (rationale !== undefined) rationales[c] = rationale === '' ? null : rationale;
    const entry = {from: vars[i].id, to: vars[j].id, value: value};
    if (rationale !== undefined) entry.rationale = rationale;
    const k = queue.findIndex(q => q.from === entry.from && q.to === entry.to);
    if (k >= 0) {
      if (entry.rationale === undefined && queue[k].rationale !== undefined) entry.rationale = queue[k].rationale;
      queue.splice(k, 1);
    }
    queue.push(entry);
    storeQueue();
    lastError = null;
    renderCell(i, j);
    renderOneView();
    showProgress();
    checkContradictions();
    showStatus();
    pump();
  }

  /** Sends the queue in order, one request at a time; stops on a network failure and retries. */
  async function pump() {
    if (sending) return;
    sending = true;
    try {
      while (queue.length > 0) {
        const e = queue[0];
        const payload = {value: e.value};
        if (e.rationale !== undefined) payload.rationale = e.rationale;
        let r;
        try {
          r = await api('PUT', base + '/cells/' + encodeURIComponent(e.from) + '/' + encodeURIComponent(e.to), payload);
        } catch (err) {
          r = null;
        }
        if (r === null || r.status >= 500 || r.status === 429) {
          offline = true;
          showStatus();
          setTimeout(pump, retryDelay);
          retryDelay = Math.min(retryDelay * 2, 8000);
          return;
        }
        if (queue[0] === e) queue.shift();
        storeQueue();
        retryDelay = 1000;
        if (r.status !== 200) {
          lastError = (r.json && r.json.error) || ('HTTP ' + r.status);
        } else {
          offline = false;
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
    oneList.textContent = '';
    for (let j = 0; j < n; j++) {
      if (j === x) continue;
      const v = values[idx(x, j)];
      const buttons = el('div', {class: 'choices', role: 'group', 'aria-label': vars[x].id + ' → ' + vars[j].id});
      for (const choice of VALUES.concat([null])) {
        const label = choice === null ? '–' : choice;
        buttons.append(el('button', {type: 'button', class: 'choice', 'aria-pressed': String(v === choice),
          title: choice === null ? t('expert.none') : null, 'data-value': choice === null ? '' : choice,
          onclick: () => change(x, j, choice)}, label));
      }
      const counts = disputed[idx(x, j)];
      oneList.append(el('li', {'data-to': vars[j].id},
          el('span', {class: 'target'}, vars[j].name, ' ', el('span', {class: 'muted'}, '(' + vars[j].id + ')')),
          buttons,
          counts ? el('p', {class: 'distribution'}, t('expert.distribution', ...counts) + ' ' + (v === null ? t('expert.none') : v)) : null));
    }
  }

  function showView(one) {
    document.getElementById('matrix-view').hidden = one;
    document.getElementById('one-view').hidden = !one;
    document.getElementById('tab-matrix').setAttribute('aria-selected', String(!one));
    document.getElementById('tab-one').setAttribute('aria-selected', String(one));
    if (one) renderOneView();
  }
  document.getElementById('tab-matrix').addEventListener('click', () => showView(false));
  document.getElementById('tab-one').addEventListener('click', () => showView(true));

  // ---------------------------------------------------------------- gentle alerts

  function checkContradictions() {
    const alerts = [];
    for (let i = 0; i < n && alerts.length < 12; i++) {
      for (let j = 0; j < n && alerts.length < 12; j++) {
        if (i === j) continue;
        if (values[idx(i, j)] === '3' && values[idx(j, i)] === '0') alerts.push(t('expert.alert.mutual', vars[i].id, vars[j].id));
        if (values[idx(i, j)] === null && rationales[idx(i, j)]) alerts.push(t('expert.alert.rationale', vars[i].id, vars[j].id));
      }
    }
    const box = document.getElementById('alerts');
    const list = document.getElementById('alert-list');
    list.textContent = '';
    alerts.forEach(a => list.append(el('li', null, a)));
    box.hidden = alerts.length === 0;
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
    for (const q of queue) {
      if (index[q.from] === undefined || index[q.to] === undefined) continue;
      values[idx(index[q.from], index[q.to])] = q.value;
      if (q.rationale !== undefined) rationales[idx(index[q.from], index[q.to])] = q.rationale || null;
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
    if (queue.length > 0) offline = true;
    showStatus();
    pump();
    root.dataset.ready = 'true';
  }
  start();
})();
