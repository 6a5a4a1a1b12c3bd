/*! CoProWidgets embed script (MIT): no dependencies, no eval, no inline script or style. */
(() => {
  'use strict';
  const d = document, w = window, me = d.currentScript;
  if (!me) return;
  const headings = 'h1,h2,h3,h4,h5,h6', at = (e, n) => e.getAttribute('data-copro-' + n);

  // Error summary, a field or thanks, else the heading.
  const focusOn = (root, heading) => {
    const t = root.querySelector('[data-copro-focus]') || (heading && root.querySelector(headings));
    if (t) {
      if (t.tabIndex < 0) t.tabIndex = -1;
      t.focus();
    }
  };

  const parentOrigin = at(me, 'frame');
  if (parentOrigin) {
    // In a frame: links out open in the window; heights go to the checked origin only.
    const inFrame = new URL(at(me, 'embed') || location.pathname, location.href).href;
    let last = 0;
    d.querySelectorAll('a[href]').forEach(a => {
      if (a.href.indexOf(inFrame) && a.getAttribute('href')[0] != '#' && !a.target) a.target = '_top';
    });
    const send = () => {
      const h = Math.ceil(d.documentElement.getBoundingClientRect().height);
      if (h != last) w.parent.postMessage({ copro: 'height', height: last = h }, parentOrigin);
    };
    // Now too: offscreen frames run no observers.
    send();
    w.addEventListener('load', send);
    new ResizeObserver(send).observe(d.documentElement);
    focusOn(d, me.hasAttribute('data-copro-posted'));
    return;
  }

  const base = new URL('../../', me.src).href;
  const origin = new URL(base).origin;
  const own = base + (at(me, 'prefix') || '/copro').replace(/^\/+|\/+$/g, '') + '/';
  const frames = [];
  let policy, embed, known;
  try {
    policy = w.trustedTypes && trustedTypes.createPolicy('copro', { createHTML: s => s });
  } catch (e) { }

  // The host's manifest of widgets. Without it, links stay.
  const manifest = () => known = known || fetch(own + 'widgets.json', { credentials: 'omit' }).then(r => r.json()).then(m => {
    embed = new URL(m.embed.split('{')[0], base).href;
    m.name = RegExp('^(?:' + m.namePattern + ')$');
    return m.version == 1 && m;
  }).catch(() => 0);

  const address = (el, m, frame) => {
    const k = at(el, 'widget'), x = m.widgets.find(x => x.kind == k), name = at(el, 'name');
    if (!x || name && !m.name.test(name)) return;
    const u = new URL(embed + k + (name ? '/' + name : '')), q = u.searchParams;
    ['headingLevel', 'lang', 'format'].forEach((n, i) => (i = at(el, i ? n : 'heading-level')) && q.set(n, i));
    if (frame) {
      q.set('mode', 'frame');
      q.set('origin', location.origin);
    }
    return u.href;
  };

  const mount = (el, m) => {
    if (el.coproMounted || !address(el, m)) return;
    el.coproMounted = 1;

    if (at(el, 'mode') == 'iframe') {
      const f = d.createElement('iframe');
      f.src = address(el, m, 1);
      f.title = at(el, 'title') || el.textContent.trim() || d.title;
      f.setAttribute('sandbox', 'allow-forms allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation');
      f.height = Math.max(el.clientHeight, 150);
      f.style.cssText = 'display:block;width:100%;border:0';
      frames.push(f);
      el.replaceChildren(f);
      return;
    }

    // The fallback link shows until the widget arrives.
    const root = el.attachShadow({ mode: 'open' });
    const slot = d.createElement('slot'), css = d.createElement('link'), box = d.createElement('div');
    let busy;
    css.rel = 'stylesheet';
    css.href = base + '_content/CoProWidgets/copro.css';
    box.className = 'copro-embed';
    box.hidden = true;
    root.append(slot, css, box);
    const styled = new Promise(r => { css.onload = css.onerror = r; });

    const say = text => {
      const p = box.querySelector('.copro-embed__alert') || d.createElement('p');
      p.className = 'copro-embed__alert';
      p.setAttribute('role', 'alert');
      p.textContent = text;
      box.prepend(p);
    };

    const show = (html, acted) => {
      box.innerHTML = policy ? policy.createHTML(html) : html;
      box.querySelectorAll('[href],[action],[src]').forEach(n => {
        for (const a of ['href', 'action', 'src']) {
          const v = n.getAttribute(a);
          if (v && v[0] != '#') n.setAttribute(a, new URL(v, base).href);
        }
      });
      slot.remove();
      box.hidden = false;
      if (acted) focusOn(box, 1);
    };

    const load = (url, init, acted) => {
      if (busy) return;
      busy = 1;
      box.ariaBusy = 'true';
      Promise.all([fetch(url, { credentials: 'omit', ...init }), styled])
        .then(([r]) => r.text().then(t => {
          if (r.ok || r.status == 400 || r.status == 429) show(t, acted);
          else throw 0;
        }))
        .catch(() => acted && say(box.querySelector('[data-copro-retry]')?.dataset.coproRetry))
        .finally(() => {
          busy = 0;
          box.ariaBusy = null;
        });
    };

    root.addEventListener('click', e => {
      const a = e.target.closest('a[href]');
      if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      const h = a.getAttribute('href');
      if (h[0] == '#') {
        // Error summary links target the shadow root.
        const t = root.getElementById(decodeURIComponent(h.slice(1)));
        if (t) {
          e.preventDefault();
          t.focus();
        }
      } else if (!a.href.indexOf(embed)) {
        e.preventDefault();
        load(a.href, 0, 1);
      }
    });

    root.addEventListener('submit', e => {
      // Attributes: a button named "action" hides form.action.
      const f = e.target, to = new URL(f.getAttribute('action') || '', base);
      if (to.href.indexOf(embed)) return;
      e.preventDefault();
      const data = new URLSearchParams(new FormData(f, e.submitter));
      const get = /^get$/i.test(f.getAttribute('method') || 'get');
      if (get) to.search = data;
      load(to.href, !get && { method: 'POST', body: data }, 1);
    });

    load(address(el, m), 0, 0);
  };

  w.addEventListener('message', e => {
    if (e.origin != origin || !e.data || e.data.copro != 'height') return;
    for (const f of frames) if (f.contentWindow == e.source) f.height = Math.min(Math.max(+e.data.height || 0, 50), 50000);
  });

  // A lone link to a widget page becomes it, a level below the heading before.
  const upgrade = m => d.querySelectorAll('p>a[href]').forEach(a => {
    const p = a.parentNode, b = new URL(a.href).pathname.replace(/\/$/, '').split('/');
    if (a.href.indexOf(own) || p.children.length != 1 || p.textContent.trim() != a.textContent.trim()) return;
    m.widgets.some(x => [x.page, x.unnamedPage].some(t => {
      const s = t ? t.split('/') : [], i = s.indexOf('{name}');
      if (s.length != b.length || !s.every((v, j) => v == b[j] || j == i && m.name.test(b[j]))) return;
      const el = d.createElement('div');
      let level = 1;
      d.querySelectorAll(headings).forEach(h => { if (h.compareDocumentPosition(p) & 4) level = +h.tagName[1]; });
      el.setAttribute('data-copro-widget', x.kind);
      if (i > 0) el.setAttribute('data-copro-name', b[i]);
      el.setAttribute('data-copro-heading-level', Math.min(level, 4) + 1);
      p.replaceWith(el);
      return el.append(a) || 1;
    }));
  });

  const scan = () => manifest().then(m => {
    if (!m) return;
    upgrade(m);
    d.querySelectorAll('[data-copro-widget]').forEach(el => mount(el, m));
  });
  w.CoProWidgets = { mount: scan };
  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
