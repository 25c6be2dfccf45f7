// micmac4j workspace: helpers shared by the pages. Plain JavaScript, no framework; every text
// from the server is inserted with textContent (never as HTML).
'use strict';
(function () {
  const body = document.body;
  let messages = {};
  try { messages = JSON.parse(body.dataset.messages || '{}'); } catch (e) { messages = {}; }

  /** The message of a key, with {0}, {1}... replaced by the arguments. */
  function t(key, ...args) {
    const m = messages[key] || key;
    return m.replace(/\{(\d+)\}/g, (all, i) => (args[i] === undefined ? all : String(args[i])));
  }

  /** Builds an element: el('td', {class: 'x', title: 'y'}, 'text', child, ...). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /**
   * Calls the API: resolves to {status, json}; rejects only when the network fails. State-changing
   * calls carry the session's CSRF token.
   */
  async function api(method, url, data, contentType) {
    const headers = {};
    const opts = {method, headers, credentials: 'same-origin', cache: 'no-store'};
    if (body.dataset.csrf) headers['X-CSRF-Token'] = body.dataset.csrf;
    if (data !== undefined) {
      if (contentType) {
        headers['Content-Type'] = contentType;
        opts.body = data;
      } else {
        headers['Content-Type'] = 'application/json';
        opts.body = JSON.stringify(data);
      }
    }
    const r = await fetch(url, opts);
    let json = null;
    try { json = await r.json(); } catch (e) { json = null; }
    return {status: r.status, json};
  }

  function number(x, digits) {
    return x === null || x === undefined ? '–' : Number(x).toFixed(digits === undefined ? 3 : digits);
  }

  window.micmac = {t, el, api, number};
})();
