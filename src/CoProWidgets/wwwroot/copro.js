/*! CoProWidgets embed script (MIT): no dependencies, no eval, no inline script or style. See the README. */
(() => {
  'use strict';
  const d = document, w = window, me = d.currentScript;
  if (!me) return;
  const headings = 'h1,h2,h3,h4,h5,h6';

  // After a post: the error summary or thanks, else the heading.
  const focusOn = (root, heading) => {
    const t = root.querySelector('[data-copro-focus]') || (heading && root.querySelector(headings));
    if (t) {
      if (!t.hasAttribute('tabindex')) t.tabIndex = -1;
      t.focus();
    }
  };

  const parentOrigin = me.getAttribute('data-copro-frame');
  if (parentOrigin) {
    // In a frame: links out open in the window; heights go to the checked origin only.
    const inFrame = new URL(me.getAttribute('data-copro-embed') || location.pathname, location.href).href;
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
  const own = base + (me.getAttribute('data-copro-prefix') || '/copro').replace(/^\/+|\/+$/g, '') + '/', embed = own + 'embed/';
  const frames = [];
  let policy;
  try {
    // Hosts requiring Trusted Types allow: trusted-types copro
    policy = w.trustedTypes && trustedTypes.createPolicy('copro', { createHTML: s => s });
  } catch (e) { }

  // A kind and a content name, checked to be no more than that: the embed address names no other page here, and
  // the widget host answers 404 for a kind it does not have.
  const address = (el, frame) => {
    const kind = el.getAttribute('data-copro-widget'), name = el.getAttribute('data-copro-name'), level = el.getAttribute('data-copro-heading-level');
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(kind) || name && !/^[\w-]{1,64}$/.test(name)) return;
    const u = new URL(embed + kind + (name ? '/' + name : ''));
    if (level) u.searchParams.set('headingLevel', level);
    if (frame) {
      u.searchParams.set('mode', 'frame');
      u.searchParams.set('origin', location.origin);
    }
    return u.href;
  };

  const mount = el => {
    if (el.coproMounted || !address(el)) return;
    el.coproMounted = 1;

    if (el.getAttribute('data-copro-mode') == 'iframe') {
      const f = d.createElement('iframe');
      f.src = address(el, 1);
      f.title = el.getAttribute('data-copro-title') || el.textContent.trim() || 'Co-production';
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

    const show = (html, act) => {
      box.innerHTML = policy ? policy.createHTML(html) : html;
      // Addresses are on the widget host.
      box.querySelectorAll('[href],[action],[src]').forEach(n => {
        for (const a of ['href', 'action', 'src']) {
          const v = n.getAttribute(a);
          if (v && v[0] != '#') n.setAttribute(a, new URL(v, base).href);
        }
      });
      slot.remove();
      box.hidden = false;
      if (act) focusOn(box, 1);
    };

    // act: the visitor acted, so the focus follows.
    const load = (url, init, act) => {
      if (busy) return;
      busy = 1;
      box.setAttribute('aria-busy', 'true');
      Promise.all([fetch(url, Object.assign({ credentials: 'omit' }, init)), styled])
        .then(([r]) => r.text().then(t => {
          // 400 and 429 are the widget again.
          if (r.ok || r.status == 400 || r.status == 429) show(t, act);
          else throw 0;
        }))
        .catch(() => act && say('Sorry, that did not work. Check your connection and try again.'))
        .finally(() => {
          busy = 0;
          box.removeAttribute('aria-busy');
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
      if (/^get$/i.test(f.getAttribute('method') || 'get')) {
        to.search = data;
        load(to.href, 0, 1);
      } else {
        load(to.href, { method: 'POST', body: data }, 1);
      }
    });

    load(address(el), 0, 0);
  };

  w.addEventListener('message', e => {
    if (e.origin != origin || !e.data || e.data.copro != 'height') return;
    for (const f of frames) if (f.contentWindow == e.source) f.height = Math.min(Math.max(+e.data.height || 0, 50), 50000);
  });

  // Which addresses are widget pages is the widget host's to say: its manifest, read once, only when a page has a link
  // that could be one. Unknown formats leave the links as they are.
  let pages;
  const manifest = () => pages = pages || fetch(own + 'widgets.json', { credentials: 'omit' })
    .then(r => r.ok ? r.json() : 0)
    .then(m => m && m.version == 1 ? m.widgets.flatMap(x => [[x.page, 1], [x.unnamedPage, 0]].filter(p => p[0]).map(([t, named]) =>
      [new RegExp('^' + t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{name\\}', '(' + m.namePattern + ')') + '/?$'), x.kind, named])) : [])
    .catch(() => []);

  // A link alone in its paragraph to a widget page becomes the widget, a level below the heading before it.
  const upgrade = () => {
    const links = [...d.querySelectorAll('p>a[href]')].filter(a => !a.href.indexOf(own) && a.parentNode.children.length == 1
      && a.parentNode.textContent.trim() == a.textContent.trim());
    if (links.length) manifest().then(known => links.forEach(a => {
      // Another scan may have placed it while the manifest came.
      const p = a.parentNode, path = new URL(a.href).pathname;
      for (const [re, kind, named] of p.localName == 'p' ? known : []) {
        const m = path.match(re);
        if (!m) continue;
        const el = d.createElement('div');
        let level = 1;
        d.querySelectorAll(headings).forEach(h => { if (h.compareDocumentPosition(p) & 4) level = +h.tagName[1]; });
        el.setAttribute('data-copro-widget', kind);
        if (named) el.setAttribute('data-copro-name', m[1]);
        el.setAttribute('data-copro-heading-level', Math.min(level, 4) + 1);
        p.replaceWith(el);
        el.append(a);
        mount(el);
        break;
      }
    }));
  };

  const scan = () => {
    upgrade();
    d.querySelectorAll('[data-copro-widget]').forEach(mount);
  };
  w.CoProWidgets = { mount: scan };
  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
